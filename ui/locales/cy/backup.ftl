## Copïau wrth gefn, yn y Gosodiadau (mae'r dewis "cloi gyda" hefyd yn cael ei ddefnyddio wrth osod, i adfer).

backup-lock-with = Cloi'r copi wrth gefn gyda
backup-locked-with = Mae'r copi wrth gefn wedi'i gloi gyda
backup-with-recovery-key = Fy allwedd adfer
backup-with-passphrase = Cyfrinymadrodd copi wrth gefn
backup-recovery-key-label = Allwedd adfer
backup-recovery-key-hint-save = Eich allwedd adfer: y { $digits } digid a ddangoswyd i chi pan wnaethoch chi osod hwn. Does dim ots am fylchau.
backup-recovery-key-hint-restore = Yr allwedd adfer a gafodd ei defnyddio i gloi'r copi wrth gefn, fel y gwnaethoch chi ei hysgrifennu. Does dim ots am fylchau.
backup-passphrase-label = Cyfrinymadrodd y copi wrth gefn
backup-passphrase-hint-save = O leiaf { $characters } nod, er enghraifft ychydig eiriau na fyddai neb ond chi yn eu rhoi at ei gilydd. Hebddo, does dim modd agor y copi wrth gefn hwn.
backup-passphrase-hint-restore = Y cyfrinymadrodd a ddewisoch chi pan wnaethoch chi'r copi wrth gefn.
backup-need-recovery-key = Teipiwch eich allwedd adfer.
backup-need-passphrase = Teipiwch gyfrinymadrodd y copi wrth gefn.

## Gwneud copi wrth gefn

backup-save-title = Gwneud copi wrth gefn
backup-save-about = Mae copi wrth gefn yn un ffeil wedi'i chloi sy'n dal popeth sydd yma, gan gynnwys ffeiliau atodedig. Cadwch hi rywle lle dim ond chi sy'n gallu ei chyrraedd, fel cof bach USB rydych chi'n ei gadw'n ddiogel. Heb yr allwedd adfer neu'r cyfrinymadrodd, does dim modd ei darllen.
backup-save = Cadw copi wrth gefn…
backup-choose-where = Dewiswch ble i'w gadw…
backup-saved = Copi wrth gefn wedi'i gadw ({ $size } MB).
backup-not-saved = Chafodd dim copi wrth gefn ei gadw.
backup-save-failed = Doedd dim modd cadw'r copi wrth gefn. Does dim byd yma wedi newid.

## Adfer o gopi wrth gefn

backup-restore-title = Adfer o gopi wrth gefn
backup-restore-about = Mae hyn yn rhoi'r hyn sydd mewn ffeil copi wrth gefn yn lle popeth sydd yma. Caiff y ffeil gyfan ei gwirio yn gyntaf: os oes unrhyw beth o'i le arni, does dim byd yma'n newid. Mae'ch rhifau PIN yn aros yr un fath.
backup-restore-start = Adfer o gopi wrth gefn…
backup-restore-question = Rhoi'r copi wrth gefn yn lle popeth sydd yma? Bydd unrhyw beth a gafodd ei ychwanegu ers gwneud y copi wrth gefn yn cael ei golli.
backup-restore-yes = Ie, rhowch y copi yn lle popeth
backup-restore-no = Cadw'r hyn sydd yma
backup-choose-file = Dewiswch y ffeil copi wrth gefn…
backup-restored = Wedi adfer o'r copi wrth gefn.
backup-not-restored = Chafodd dim byd ei adfer.
backup-restore-failed = Chafodd dim byd ei adfer. Mae popeth yma fel yr oedd.
