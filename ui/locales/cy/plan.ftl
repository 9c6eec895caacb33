# The safety plan (screens/plan.ts).
# Section titles and their guidance come from the vault; $section is a section's title,
# $step the words of one of the person's steps.

## Heading and where the person is now

plan-title = Cynllun diogelwch
plan-guidance-staying = Arweiniad ar gyfer: aros.
plan-guidance-preparing = Arweiniad ar gyfer: paratoi i adael.
plan-guidance-after = Arweiniad ar gyfer: ar ôl gadael.
plan-load-failed = Doedd dim modd llwytho eich cynllun.
plan-stage-legend = Ble rydych chi nawr
plan-stage-hint = Mae'r arweiniad ym mhob adran yn newid i gyd-fynd â hyn. Gallwch newid hyn unrhyw bryd.
plan-stage-staying = Aros
plan-stage-preparing = Paratoi i adael
plan-stage-after = Ar ôl gadael
plan-stage-failed = Doedd dim modd newid hynny. Mae eich cynllun fel yr oedd.

## Review date

plan-review-form = Dyddiad adolygu
plan-review-by = Adolygu eich cynllun erbyn
plan-review-hint = Diwrnod i edrych dros eich cynllun eto. Dim ond yma, yn yr ap, y bydd y nodyn atgoffa yn ymddangos.
plan-review-save = Cadw
plan-review-save-label = Cadw'r dyddiad adolygu
plan-review-clear = Clirio
plan-review-clear-label = Clirio'r dyddiad adolygu
plan-review-due = Mae'n bryd edrych dros eich cynllun.
plan-review-save-failed = Doedd dim modd cadw hynny. Rhowch gynnig arall arni.
# "Clirio" is the button plan-review-clear.
plan-review-no-date = Dewiswch ddyddiad cyfan yn gyntaf. I dynnu'r dyddiad, defnyddiwch Clirio.
plan-review-saved = Dyddiad adolygu wedi'i gadw.
plan-review-cleared = Dyddiad adolygu wedi'i glirio.

## A section: its steps and notes

plan-steps-label = { $section }: eich camau
plan-add-step-label = Ychwanegu cam at { $section }
plan-add-step-placeholder = Ychwanegu cam
plan-add = Ychwanegu
plan-add-failed = Doedd dim modd cadw hynny.
plan-step-deleted = Cam wedi'i ddileu.
plan-new-step-draft = Cam newydd ar gyfer { $section }
plan-new-step-save-hint = pwyswch Ychwanegu i'w gadw
plan-notes-label = Nodiadau ar gyfer { $section }
plan-notes-save = Cadw nodiadau
plan-notes-save-label = Cadw nodiadau ar gyfer { $section }
plan-notes-save-failed = Doedd dim modd cadw eich nodiadau. Maen nhw yma o hyd; rhowch gynnig arall arni.
plan-notes-save-hint = pwyswch Cadw nodiadau i'w gadw
plan-these-notes = y nodiadau hyn

## One step

plan-step-edit = Golygu
plan-step-edit-label = Golygu cam: { $step }
plan-step-delete = Dileu
plan-step-delete-label = Dileu cam: { $step }
plan-step-change-label = Newid cam: { $step }
plan-step-save = Cadw
plan-step-save-label = Cadw'r cam
plan-step-close = Cau
plan-step-close-label = Cau heb gadw; caiff newid ei gadw fel drafft
plan-step-empty = Ysgrifennwch rywbeth, neu defnyddiwch Dileu i dynnu'r cam hwn.
plan-step-save-failed = Doedd dim modd cadw hynny. Mae eich geiriau yma o hyd.
plan-step-draft = Newid i'r cam “{ $step }” yn { $section }
plan-step-save-hint = pwyswch Cadw i'w gadw
plan-step-delete-question = Dileu “{ $step }”? Does dim modd dadwneud hyn.
plan-step-delete-yes = Ie, dileu
plan-step-keep = Ei gadw
plan-step-delete-failed = Doedd dim modd dileu hynny. Does dim byd wedi newid.

## Printing the plan

plan-print-title = Argraffu eich cynllun
# "My plan" is the heading the PDF itself has (in English for now).
plan-print-about = PDF o'r cynllun hwn ar ei ben ei hun, gyda'r pennawd "My plan": eich nodiadau a'ch camau, gyda'r hyn sydd wedi'i wneud. Does dim byd o'ch cofnod digwyddiadau yn mynd i mewn iddo. Nid yw'r ffeil wedi'i chloi: gall unrhyw un sy'n ei hagor, neu sy'n dod o hyd i'r copi papur, ei darllen.
plan-print-contacts = Rhoi fy nghysylltiadau dibynadwy ynddo hefyd (enwau, sut i'w cyrraedd, geiriau cod)
plan-print-stage = Dweud ble rydw i nawr
plan-print-stage-hint = Aros, paratoi i adael neu ar ôl gadael. Gadewch hwn heb ei dicio os gallai rhywun weld y dudalen.
plan-print-save = Cadw'r cynllun fel PDF…
plan-print-choose = Dewiswch ble i'w gadw.
plan-print-saving = Wrthi'n cadw…
plan-print-saved = Wedi'i gadw ({ $pages ->
        [one] { $pages } dudalen
        [two] { $pages } dudalen
       *[other] { $pages } tudalen
    }). Dilëwch y ffeil pan fyddwch wedi'i hargraffu, neu cadwch hi yn rhywle diogel.
plan-print-nothing = Ni chafodd dim ei gadw.
plan-print-failed = Doedd dim modd creu'r PDF. Does dim byd yn yr ap wedi newid. Rhowch gynnig arall arni.
