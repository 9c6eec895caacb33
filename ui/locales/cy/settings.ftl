## Gosodiadau: sut mae'r ap yn cuddio ac yn cloi, y rhifau PIN, a'r gwiriadau ar yr hyn sy'n cael ei deipio yno.

settings-title = Gosodiadau
settings-lead = Sut mae'r ap hwn yn cuddio ac yn cloi, y rhifau PIN sy'n ei agor, copïau wrth gefn a diweddariadau.
settings-restored = Wedi adfer. Mae popeth a welwch chi nawr yn dod o'r copi wrth gefn.
settings-load-failed = Doedd dim modd llwytho'ch gosodiadau. Rhowch gynnig arall arni.

## Sut mae'n edrych pan fydd wedi'i guddio, y llwybr byr cuddio cyflym, cloi ar ei ben ei hun

settings-hiding-and-locking = Cuddio a chloi
settings-look-title = Sut mae'r ap yn edrych pan fydd wedi'i guddio
settings-look-calculator = Cyfrifiannell
settings-look-calculator-how = I'w agor: teipiwch eich PIN, yna pwyswch =.
settings-look-notes = Pad nodiadau
settings-look-notes-how = I'w agor: teipiwch eich PIN ar linell ar ei phen ei hun, yna pwyswch Enter. Fel unrhyw ap nodiadau, mae'n cadw'r llinellau sy'n cael eu teipio ynddo, lle gallai unrhyw un sy'n defnyddio'r cyfrifiadur hwn eu darllen, ond byth linell â phedwar digid neu fwy yn olynol (felly byth y PIN na'r allwedd adfer, na rhifau ffôn na blynyddoedd chwaith). Cadwch unrhyw beth preifat y tu mewn i'r ap, nid yn y pad.
settings-shortcut-title = Llwybr byr cuddio cyflym
settings-shortcut-label = Bysellau'r llwybr byr
settings-shortcut-hint = Mae pwyso'r bysellau hyn yn cuddio hwn ar unwaith ac yn ei gloi, beth bynnag arall sydd ar y sgrin.
# "Calculator" yw'r enw mae'r bwrdd gwaith yn ei ddangos am yr ap: peidiwch â'i gyfieithu.
settings-shortcut-not-possible = Ar fwrdd gwaith y cyfrifiadur hwn, does dim modd cael llwybr byr sy'n gweithio ym mhobman. I guddio hwn yn gyflym, defnyddiwch y botwm Gadael yn gyflym ar y brig, neu pwyswch Shift dair gwaith.
settings-shortcut-kept-by-desktop = Mae'r bwrdd gwaith hwn yn cadw'r llwybr byr ei hun. I'w weld neu ei newid, agorwch osodiadau bysellfwrdd y bwrdd gwaith a chwiliwch am "Calculator". Mae'r botwm Gadael yn gyflym a phwyso Shift dair gwaith yn gweithio hefyd.
settings-shortcut-now = Nawr: { $keys }.
settings-record = Recordio llwybr byr newydd
settings-record-press-now = Pwyswch y bysellau nawr (Esc i stopio)
settings-record-how = Daliwch Ctrl, Alt neu Shift (neu fwy nag un) a phwyswch lythyren, rhif neu F1 i F12. Pwyswch Esc i stopio heb newid dim.
settings-record-stopped = Wedi stopio. Dydy'ch llwybr byr ddim wedi newid.
settings-record-new = Llwybr byr newydd: { $keys }. Pwyswch Cadw i'w gadw.
settings-record-no-modifier = Daliwch Ctrl, Alt neu Shift hefyd, yna pwyswch y fysell.
settings-record-shift-types-text = Shift gyda llythyren, rhif neu symbol yw'r ffordd o deipio priflythrennau a symbolau, felly all hynny ddim bod yn llwybr byr. Ychwanegwch Ctrl neu Alt.
settings-record-unsupported = Does dim modd defnyddio'r fysell honno. Rhowch gynnig ar lythyren, rhif neu F1 i F12.
settings-shortcut-empty = Dewiswch lwybr byr cuddio cyflym.
settings-shortcut-incomplete = Mae angen o leiaf un o Ctrl, Alt neu Shift ar y llwybr byr, ac un fysell arall, er enghraifft Ctrl+Shift+H.
settings-autolock-title = Cloi'n awtomatig
settings-minutes-label = Munudau cyn iddo gloi
settings-minutes-hint = Os na fydd dim yn cael ei deipio na'i glicio am y nifer hwn o funudau, bydd yn cloi ei hun a bydd angen eich PIN arnoch chi eto. Rhwng { $min } a { $max }; mae amser byrrach yn fwy diogel os bydd pobl eraill yn defnyddio'r cyfrifiadur hwn.
settings-minutes-rule = Dewiswch nifer cyfan o funudau rhwng { $min } a { $max }.
settings-save = Cadw
settings-saved = Wedi'u cadw.
settings-save-failed = Doedd dim modd cadw'ch gosodiadau. Rhowch gynnig arall arni.

## Newid y PIN

settings-change-pin-title = Newid eich PIN
settings-key-place-password-store = Mae'ch PIN yn gweithio ynghyd ag allwedd sy'n cael ei chadw yn storfa gyfrineiriau'r cyfrifiadur hwn, felly does dim modd agor copi o ffeiliau'r ap ar gyfrifiadur arall.
settings-key-place-chip = Dim ond ar y cyfrifiadur hwn mae'ch PIN yn gweithio: mae ei sglodyn diogelwch yn ei wirio ac yn atal dyfalu cyflym. Gallai rhywun sydd â mynediad gweinyddwr fynd heibio i'r cyfyngiad hwn, felly mae PIN o { $digits } digid neu fwy yn fwy diogel.
settings-key-place-chip-limited = Dim ond ar y cyfrifiadur hwn mae'ch PIN yn gweithio: mae ei sglodyn diogelwch yn ei wirio ac yn atal unrhyw un rhag rhoi cynnig ar rifau PIN yn gyflym.
settings-chip-hint = Ar y cyfrifiadur hwn, does dim modd defnyddio tua hanner yr holl rifau PIN. Os caiff un ei wrthod, dewiswch un arall.
settings-current-pin = Eich PIN presennol
settings-need-current-pin = Teipiwch eich PIN presennol yn gyntaf.
settings-new-pin = PIN newydd
settings-new-pin-again = Teipiwch y PIN newydd eto
settings-change-pin = Newid PIN
settings-changing = Wrthi'n newid…
settings-pin-changed = Mae'ch PIN wedi'i newid. O hyn ymlaen, defnyddiwch y PIN newydd i agor hwn.
settings-pin-not-changed = Doedd dim modd newid eich PIN. Mae'ch hen PIN yn dal i weithio.

## Gwiriadau ar PIN sy'n cael ei ddewis (hefyd wrth osod, ar ôl yr allwedd adfer, ac yn y llyfr
## nodiadau bob dydd mae'r ail PIN yn ei agor: rhaid i'r rhain beidio â dweud dim am bwrpas yr ap)

settings-pin-field-hint = { $min } i { $max } digid, fel bod modd ei deipio ar y gyfrifiannell neu'r pad nodiadau. Osgowch ddyddiadau neu rifau y gallai pobl eraill eu dyfalu.
settings-pin-rule = Defnyddiwch { $min } i { $max } digid, heb fylchau na llythrennau.
settings-pin-empty = Teipiwch PIN.
settings-pin-confirm-empty = Teipiwch y PIN eto, i wneud yn siŵr ei fod yn gywir.
settings-pin-too-easy = Does dim modd defnyddio'r PIN hwn: mae'n rhy hawdd ei ddyfalu. Dewiswch un arall.
settings-pins-differ = Dydy'r ddau PIN ddim yr un fath. Teipiwch nhw eto.
settings-wrong-current-pin = Nid hwnnw yw'ch PIN presennol. Teipiwch ef eto.
settings-strength-not-digits = Digidau yn unig, os gwelwch yn dda, heb fylchau na llythrennau.
settings-strength-long = Mae hynny'n fwy na { $max } digid. Defnyddiwch lai.
settings-strength-refused = Does dim modd defnyddio'r PIN hwn: mae'n rhy hawdd ei ddyfalu.
settings-strength-easy = Hawdd ei ddyfalu. Mae digidau heb batrwm yn gryfach.
settings-strength-ok = Iawn. Mae PIN hirach yn anoddach ei ddyfalu: mae { $digits } digid neu fwy yn well.
settings-strength-good = Da.
settings-strength-strong = Cryf.

## Yr ail PIN (ffug)

settings-second-title = Ail PIN (ffug)
settings-second-about = Mae ail PIN yn agor gofod ar wahân sy'n edrych yn gyffredin, heb ddim o'r hyn rydych chi'n ei gadw yma. Os bydd rhywun byth yn gwneud i chi agor yr ap, gallwch chi deipio'r ail PIN yn lle hynny, a byddan nhw'n gweld y gofod hwnnw, nid hwn.
settings-second-starts-new = Mae gosod ail PIN yn dechrau gofod newydd gyda thudalennau gwahanol. Mae unrhyw beth yn yr hen un, gan gynnwys tudalennau a ysgrifennoch chi, yn cael ei ddileu.
settings-opens-legend = Beth mae'ch ail PIN yn ei agor
settings-opens-notebook = Llyfr nodiadau bob dydd (argymhellir)
settings-opens-notebook-hint = Llyfr nodiadau syml ar gyfer ysgrifennu tudalennau. Does dim byd ynddo sy'n awgrymu bod yr ap hwn yn bodoli.
settings-opens-app = Copi o'r ap hwn heb ddim o'ch pethau chi ynddo
settings-opens-app-hint = Dim ond os yw'r person arall eisoes yn gwybod bod yr ap hwn yma. Byddan nhw'n gweld ei ddewislenni (Cynllun diogelwch, Cofnod digwyddiadau…) ond dim o'ch gwybodaeth chi.
settings-second-pin = Ail PIN
settings-second-pin-again = Teipiwch yr ail PIN eto
settings-second-pin-hint = { $min } i { $max } digid, yn wahanol i'ch prif PIN.
settings-second-pin-same = Rhaid i'ch ail PIN fod yn wahanol i'ch prif PIN.
settings-second-set = Gosod ail PIN
settings-second-setting = Wrthi'n gosod…
settings-second-set-notebook = Mae'ch ail PIN wedi'i osod. Mae'n agor llyfr nodiadau bob dydd yn lle'r gofod hwn. Bydd rhywun sy'n gwneud i chi deipio'ch ail PIN yn darllen ei dudalennau. Agorwch ef gyda'ch ail PIN, dilëwch unrhyw dudalen sydd ddim yn gweddu i'ch bywyd, ac ychwanegwch un neu ddwy o'ch rhai eich hun, fel rhestr siopa go iawn.
settings-second-set-app = Mae'ch ail PIN wedi'i osod. Mae'n agor copi ar wahân o'r ap hwn heb ddim o'ch gwybodaeth chi ynddo.
settings-second-not-set = Doedd dim modd gosod yr ail PIN. Rhowch gynnig arall arni.
settings-second-remove = Tynnu'r ail PIN
settings-second-remove-question = Tynnu'r ail PIN? Ar ôl hyn, dim ond eich prif PIN fydd yn agor yr ap.
settings-second-remove-yes = Ie, tynnwch ef
settings-second-remove-no = Ei gadw
settings-second-removing = Wrthi'n tynnu…
settings-second-removed = Mae'r ail PIN wedi'i dynnu. Dim ond eich prif PIN sy'n agor yr ap nawr.
settings-second-not-removed = Doedd dim modd tynnu'r ail PIN. Rhowch gynnig arall arni.
settings-second-pin-changed-below = Cafodd eich ail PIN ei newid o'r tu mewn i'r gofod mae'n ei agor. Os nad chi wnaeth hyn, rhywun a agorodd y gofod hwnnw a'i gwnaeth, ac maen nhw'n gwybod y PIN newydd. Doedden nhw ddim yn gallu gweld dim byd yma. Dydy'r ail PIN a ddewisoch chi ddim yn ei agor mwyach: i gael un eto, gosodwch ail PIN newydd isod.
settings-second-pin-changed-in-settings = Cafodd eich ail PIN ei newid o'r tu mewn i'r gofod mae'n ei agor. Os nad chi wnaeth hyn, rhywun a agorodd y gofod hwnnw a'i gwnaeth, ac maen nhw'n gwybod y PIN newydd. Doedden nhw ddim yn gallu gweld dim byd yma. Dydy'r ail PIN a ddewisoch chi ddim yn ei agor mwyach: i gael un eto, gosodwch ail PIN newydd yn y Gosodiadau.
