# A new PIN after opening with the recovery key.

recovery-title = Dewiswch PIN newydd
recovery-intro = Mae eich allwedd adfer wedi agor eich gwybodaeth. Dewiswch y PIN y byddwch chi'n ei ddefnyddio o hyn ymlaen.
recovery-new-pin-label = PIN newydd
recovery-new-pin-again-label = Teipiwch y PIN newydd eto
recovery-save = Cadw'r PIN newydd
recovery-saving = Wrthi'n cadw…
recovery-save-failed = Doedd dim modd cadw'r PIN newydd. Rhowch gynnig arall arni.

## Saved.
recovery-saved-title = PIN newydd wedi'i gadw
recovery-saved = Mae eich PIN newydd wedi'i gadw. Defnyddiwch ef o hyn ymlaen. Mae eich allwedd adfer yn dal i weithio; cadwch hi'n ddiogel.
recovery-saved-second-pin-off = Mae eich PIN newydd wedi'i gadw. Mae eich ail PIN wedi'i ddiffodd, oherwydd bod y cyfrifiadur hwn wedi colli'r allwedd yr oedd ei hangen arno. Os ydych chi'n defnyddio ail PIN, gosodwch un newydd yn y Gosodiadau.
recovery-continue = Parhau
