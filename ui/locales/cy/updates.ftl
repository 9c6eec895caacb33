## Diweddariadau, yn y Gosodiadau.

updates-title = Diweddariadau
updates-about = Dydy'r ap hwn byth yn chwilio am ddiweddariadau ar ei ben ei hun. Pan fyddwch chi'n gwirio, dim ond diweddariad wedi'i lofnodi gan ei wneuthurwyr mae'n ei dderbyn.
updates-running = Dyma fersiwn { $version }.
updates-cannot-check = Cafodd y copi hwn ei adeiladu heb allwedd lofnodi'r gwneuthurwyr, felly all e ddim gwirio am ddiweddariadau'n ddiogel. Cewch ddiweddariadau yn yr un ffordd ag y cawsoch chi'r ap hwn.
updates-address-label = Cyfeiriad i'w wirio
updates-address-hint = Cyfeiriad y gwneuthurwyr eu hunain, yn dechrau gyda https://. Mae gwirio yn gofyn iddo unwaith a dydy e'n anfon dim amdanoch chi na'r hyn rydych chi'n ei gadw yma, ond gall ei berchennog, a phwy bynnag sy'n rhedeg y rhwydwaith rydych chi arno (y Wi-Fi, er enghraifft), weld ei enw a gweld bod y cyfrifiadur hwn wedi gofyn. Felly defnyddiwch gyfeiriad plaen, nid cyfeiriad gwasanaeth cymorth.
updates-check = Gwirio am ddiweddariadau
updates-checking = Wrthi'n gwirio…
updates-check-failed = Doedd dim modd gwneud y gwiriad. Does dim byd wedi newid.
updates-up-to-date = Chafwyd dim fersiwn mwy newydd. Dyma fersiwn { $version }.
updates-available = Mae fersiwn { $version } (cyhoeddwyd { $published }) ar gael. Mae wedi'i llofnodi gan wneuthurwyr yr ap hwn. Lawrlwythwch hi, yna gosodwch hi yn yr un ffordd ag y gosodoch chi'r un hon.
updates-file = Ffeil: { $name }
updates-download = Lawrlwytho…
updates-downloading = Wrthi'n lawrlwytho…
updates-saved = Wedi cadw { $name }. Cafodd ei gwirio yn erbyn llofnod y gwneuthurwyr ac mae'n ddilys. Gosodwch hi yn yr un ffordd ag y gosodoch chi'r ap hwn.
updates-not-saved = Chafodd dim byd ei gadw. Mae fersiwn { $version } yno o hyd pan fyddwch chi'n barod.
updates-download-failed = Doedd dim modd lawrlwytho'r diweddariad. Chafodd dim byd ei gadw.
updates-load-failed = Doedd dim modd llwytho'r gosodiadau diweddaru.
