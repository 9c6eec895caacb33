# Who to call: the support directory (screens/support.ts, screens/support-regions.ts).
# $name is a service's name. Phone numbers (999, 55) and the name "Silent Solution" stay as they are.

## The directory

support-title = Cael help
support-silent-solution = Mewn perygl nawr? Ffoniwch 999. Os na allwch siarad, ffoniwch 999 o ffôn symudol, gwrandewch ar y gweithredwr, yna pwyswch 55 pan ofynnir i chi. Dyma'r Silent Solution (yr Ateb Tawel): mae'n dweud wrthyn nhw ei fod yn argyfwng go iawn, a byddan nhw'n dal i'ch helpu.
support-add = Ychwanegu gwasanaeth
support-list-label = Gwasanaethau cymorth
support-empty = Does dim gwasanaethau yn eich rhestr. Ffoniwch 999 mewn argyfwng.
support-load-failed = Doedd dim modd llwytho'r cyfeiriadur.
support-phone = Ffôn:{ " " }
support-edited = Rydych chi wedi newid y manylion hyn.
support-change = Newid
support-change-label = Newid { $name }
support-remove = Tynnu
support-remove-label = Tynnu { $name }
support-remove-builtin-question = Tynnu { $name } o'ch rhestr? Gallwch ei roi'n ôl yn nes ymlaen.
support-remove-question = Tynnu { $name }? Does dim modd dadwneud hyn.
support-removed-builtin = Mae { $name } wedi'i dynnu. Mae wedi'i restru o dan "Gwasanaethau rydych chi wedi'u tynnu".
support-removed = Mae { $name } wedi'i dynnu.
support-remove-failed = Doedd dim modd tynnu { $name }. Does dim byd wedi newid.

## Services put aside

support-removed-label = Gwasanaethau rydych chi wedi'u tynnu
support-removed-summary = Gwasanaethau rydych chi wedi'u tynnu ({ $count })
support-put-back-about = Mae Rhoi'n ôl yn dod â gwasanaeth yn ôl fel yr oedd gennych chi ddiwethaf.
support-put-back = Rhoi'n ôl
support-put-back-label = Rhoi { $name } yn ôl
support-putting-back = Wrthi'n rhoi'n ôl…
support-back-in-list = Mae { $name } yn ôl yn eich rhestr.
support-put-back-failed = Doedd dim modd rhoi hwnnw'n ôl. Does dim byd wedi newid.

## Adding or changing a service

support-add-title = Ychwanegu gwasanaeth
support-change-title = Newid { $name }
support-builtin-note = Dyma un o'r gwasanaethau sy'n dod gyda'r ap. Mae eich newidiadau yn aros ar y cyfrifiadur hwn; gallwch ei roi'n ôl fel y'i cyhoeddwyd unrhyw bryd.
support-own-note = Er enghraifft, eich gwasanaeth IDVA lleol, neu linell gymorth ar gyfer lle rydych chi'n byw.
support-field-name = Enw
support-field-phone = Rhif ffôn
support-field-hours = Pryd maen nhw ar agor
support-field-hours-hint = Er enghraifft: 24 awr, neu ddyddiau'r wythnos 9 tan 5.
support-field-region = Ble maen nhw'n helpu
support-field-description = Beth maen nhw'n ei wneud
support-save-changes = Cadw newidiadau
support-add-to-list = Ychwanegu at fy rhestr
support-cancel = Canslo
support-restore = Rhoi'n ôl fel y'i cyhoeddwyd
support-restore-sure = Ie, taflu fy newidiadau
support-restore-warning = Bydd y manylion a gyhoeddwyd yn cymryd lle eich newidiadau i'r gwasanaeth hwn. Pwyswch eto i wneud hyn.
support-restored = Mae { $name } yn ôl fel y'i cyhoeddwyd.
support-name-empty = Rhowch enw i'r gwasanaeth.
support-saving = Wrthi'n cadw…
support-changes-saved = Mae eich newidiadau wedi'u cadw.
support-added = Mae { $name } yn eich rhestr.
support-save-failed = Doedd dim modd cadw hyn. Does dim byd wedi newid.
support-changes-draft = Newidiadau i { $name }
support-new-draft = Gwasanaeth newydd ar gyfer Cael help
support-save-changes-hint = pwyswch Cadw newidiadau i'w gadw
support-add-hint = pwyswch Ychwanegu at fy rhestr i'w gadw

## Where a service helps

support-region-gb = Y DU gyfan
support-region-eng = Lloegr
support-region-eaw = Cymru a Lloegr
support-region-wls = Cymru
support-region-sct = Yr Alban
support-region-nir = Gogledd Iwerddon
support-region-none = Dim un lle (ar-lein, neu rywle arall)
