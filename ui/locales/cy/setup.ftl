# First-run setup, and the recovery key shown once after it.

setup-title = Gosod
setup-explainer-label = Beth mae hyn yn ei ddiogelu a beth na all ei ddiogelu
setup-explainer-locked = Mae popeth rydych chi'n ei gadw yma wedi'i gloi â'ch PIN ac yn aros ar y cyfrifiadur hwn.
setup-explainer-opens = Bydd rhywun sy'n agor yr ap yn gweld cyfrifiannell oni bai eu bod yn gwybod eich PIN.
setup-explainer-copies = Ni all rhywun sy'n copïo'r ffeiliau eu darllen.
setup-explainer-spyware = Ni all eich diogelu rhag ysbïwedd ar y cyfrifiadur hwn na rhag rhywun sy'n gwylio eich sgrin.
setup-explainer-monitored = Os gallai'r cyfrifiadur hwn fod yn cael ei fonitro, efallai y byddai dyfais fwy diogel yn well ar gyfer cynllunio.

## The form.
setup-pin-label = Dewiswch PIN
setup-pin-again-label = Teipiwch y PIN eto
setup-second-pin-label = Ail PIN (dewisol)
# $min, $max (Number) - the fewest and most digits a PIN may have.
setup-second-pin-hint = Os bydd rhywun yn gwneud i chi agor hwn, teipiwch y PIN hwn yn lle hynny. Mae'n agor llyfr nodiadau bob dydd heb ddim o'ch gwybodaeth go iawn ynddo (gall y Gosodiadau newid hyn). { $min } i { $max } digid, yn wahanol i'ch prif PIN. Gadewch yn wag i'w hepgor; gallwch ei ychwanegu nes ymlaen. Ar ôl ei osod, agorwch ef gyda'r PIN hwnnw, dilëwch unrhyw dudalen nad yw'n gweddu i'ch bywyd, ac ychwanegwch un eich hun.
setup-second-pin-digits = Mae angen { $min } i { $max } digid ar yr ail PIN hefyd, heb fylchau na llythrennau.
setup-shortcut-label = Bysellau cuddio cyflym
setup-shortcut-hint = Mae pwyso'r rhain yn unrhyw le yn cuddio hwn ar unwaith ac yn ei gloi. Mae pwyso Shift dair gwaith hefyd yn gweithio.
setup-look-legend = Sut mae'n edrych pan fydd ar gau
setup-look-calculator = Cyfrifiannell
setup-look-notes = Pad nodiadau
setup-restore-instead = Adfer o gopi wrth gefn yn lle hynny
setup-start-empty-instead = Dechrau'n wag yn lle hynny
setup-restore-title = Dod â chopi wrth gefn i mewn
setup-restore-text = Ar ôl i chi ddewis eich PIN, byddwch chi'n dewis y ffeil wrth gefn. Caiff ei gwirio'n llawn yn gyntaf; os oes unrhyw beth o'i le arni, ni fydd dim yn cael ei osod.
setup-not-now = Nid nawr
setup-submit = Gosod
setup-submit-restore = Gosod a dewis y copi wrth gefn…
setup-working = Wrthi'n gosod…

## What went wrong, or how a restore went.
setup-no-backup-chosen = Ni ddewiswyd copi wrth gefn, felly does dim wedi'i osod eto.
setup-restored = Mae popeth o'r copi wrth gefn yma. Dyma eich allwedd adfer newydd; nid yw hen allwedd y copi wrth gefn yn agor hwn.
setup-not-restored = Mae eich lle wedi'i osod, ond doedd dim modd dod â'r copi wrth gefn i mewn. Gallwch roi cynnig arall arni o'r Gosodiadau.
setup-failed-nothing-set-up = Aeth rhywbeth o'i le. Does dim wedi'i osod.
setup-failed = Aeth rhywbeth o'i le. Rhowch gynnig arall arni.

## The recovery key.
setup-key-title = Eich allwedd adfer
setup-key-unseen = Fe wnaethoch chi adael cyn dweud eich bod wedi ysgrifennu eich allwedd adfer, felly dyma hi eto.
setup-key-explain = Os byddwch chi'n anghofio eich PIN, mae'r allwedd hon yn agor eich gwybodaeth. Ysgrifennwch hi ar bapur a'i chadw yn rhywle diogel, i ffwrdd o'r cyfrifiadur hwn. Unwaith y byddwch chi'n dweud eich bod wedi'i hysgrifennu, ni chaiff ei dangos eto.
# $digits (String) - the key read digit by digit, its groups separated by commas.
setup-key-spoken = Allwedd adfer: { $digits }.
setup-key-written-down = Rwyf wedi'i hysgrifennu
setup-key-later = Nid nawr: dangoswch hi y tro nesaf
setup-key-question = Ydych chi wedi ysgrifennu pob un o'r 40 digid? Fyddwch chi ddim yn eu gweld eto.
setup-key-yes = Ydw, rwyf wedi'i hysgrifennu
setup-key-back = Ddim eto, dangoswch yr allwedd i mi

## How to use the key, on the disguise chosen.
setup-how-title-notes = Sut i'w defnyddio — os byddwch chi'n anghofio eich PIN, neu os nad yw eich PIN yn ei agor mwyach:
# $error (String) - what the calculator's display shows on an error (disguise-error).
setup-how-title-calculator = Sut i'w defnyddio — os byddwch chi'n anghofio eich PIN, neu os yw'r gyfrifiannell yn dangos { $error } pan fyddwch chi'n teipio eich PIN:
setup-how-notes-type = Ar y pad nodiadau, teipiwch y 40 digid ar linell ar eu pen eu hunain. Gallwch adael y bylchau i mewn neu eu tynnu allan.
setup-how-notes-enter = Pwyswch Enter.
setup-how-calculator-type = Teipiwch y 40 digid ar y gyfrifiannell. Does dim angen y bylchau. Dim ond y 12 digid cyntaf mae'r sgrin yn eu dangos; daliwch ati i deipio.
setup-how-calculator-equals = Pwyswch =.
setup-how-new-pin = Dewiswch PIN newydd.
setup-how-mistake-notes = Os gwnewch chi gamgymeriad, dechreuwch eto ar linell newydd.
setup-how-mistake-calculator = Os gwnewch chi gamgymeriad, pwyswch Esc a dechrau eto.
setup-how-wait = Ar ôl sawl PIN anghywir, mae'n aros ychydig funudau cyn agor. Os yw'n ymddangos nad yw eich PIN yn gwneud dim, arhoswch a rhowch gynnig arall arni.
