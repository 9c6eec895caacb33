# Trusted contacts (screens/contacts.ts). $name is a contact's name (or contacts-unnamed).

## The list

contacts-title = Cysylltiadau dibynadwy
contacts-lead = Pobl rydych chi'n ymddiried ynddyn nhw, a sut rydych chi wedi cytuno i gadw mewn cysylltiad.
contacts-list-label = Eich cysylltiadau dibynadwy
contacts-none = Dim cysylltiadau eto.
contacts-load-failed = Doedd dim modd llwytho eich cysylltiadau.
contacts-unnamed = y cyswllt hwn
contacts-edit = Golygu
contacts-edit-label = Golygu { $name }
contacts-delete = Dileu
contacts-delete-label = Dileu { $name }
contacts-delete-question = Dileu { $name }? Does dim modd dadwneud hyn.
contacts-delete-yes = Ie, dileu
contacts-keep = Ei gadw
contacts-delete-failed = Doedd dim modd dileu { $name }. Does dim byd wedi newid.
contacts-removed = Mae { $name } wedi'i dynnu o'ch cysylltiadau.

## A contact's card

contacts-row-reach = Sut i gysylltu
contacts-row-code-word = Gair cod
contacts-row-knows = Beth maen nhw'n ei wybod
contacts-row-check-in = Gwirio eich bod yn iawn
contacts-row-safe-times = Amseroedd diogel
contacts-row-emergency = Mewn argyfwng
contacts-may-call = Gellir eu ffonio
contacts-do-not-call = Peidiwch â ffonio

## The form

contacts-add-title = Ychwanegu cyswllt
contacts-change-title = Newid manylion { $name }
contacts-field-name = Enw
contacts-field-relationship = Pwy ydyn nhw i chi
contacts-field-reach = Sut i'w cyrraedd
contacts-field-code-word = Gair cod
contacts-field-code-word-hint = Gair sy'n golygu 'Mae angen help arna i' rhyngoch chi.
contacts-field-knows = Beth maen nhw'n ei wybod
contacts-field-check-in = Trefniant i wirio eich bod yn iawn
contacts-field-safe-times = Amseroedd diogel i gysylltu
contacts-field-emergency = Gellir eu ffonio mewn argyfwng
contacts-close = Cau
contacts-close-label = Cau heb gadw; caiff newidiadau eu cadw fel drafft
contacts-save-changes = Cadw newidiadau
contacts-save-contact = Cadw cyswllt
contacts-save-failed = Doedd dim modd cadw hynny. Rhowch gynnig arall arni.
contacts-this-contact = y cyswllt hwn
contacts-changes-draft = Newidiadau i { $name }
contacts-new-draft = Cyswllt newydd
contacts-save-changes-hint = pwyswch Cadw newidiadau i'w gadw
contacts-save-contact-hint = pwyswch Cadw cyswllt i'w gadw
