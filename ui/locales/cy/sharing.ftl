# Sharing with an advocate (screens/sharing.ts, screens/sharing-logic.ts).
# $role is "advocate" on an advocate's app (in an open case), anything else on the person's own.

## The screen's heading and opening words

sharing-intro-title = Rhannu gyda fy eiriolwr
sharing-intro-lead = Gadewch i'ch eiriolwr weld y rhannau o'ch cynllun diogelwch rydych chi'n eu dewis, wedi'u cadw'n gyfredol. Mae rhannu i ffwrdd oni bai eich bod chi'n ei droi ymlaen, ac mae popeth sy'n cael ei anfon wedi'i gloi fel mai dim ond y ddau ap sy'n gallu ei ddarllen.
# Once the person shares with more than one person (their advocate, the officer in their case, a solicitor).
sharing-intro-title-several = Rhannu gyda'r bobl sy'n eich cefnogi
sharing-intro-lead-several = Mae pob person rydych chi'n paru â nhw yn gweld dim ond y rhannau o'ch cynllun diogelwch rydych chi'n eu dewis ar eu cyfer nhw, wedi'u cadw'n gyfredol. Mae popeth sy'n cael ei anfon wedi'i gloi fel mai dim ond eich ap chi a'u hap nhw sy'n gallu ei ddarllen.
sharing-case-title = Rhannu gyda'r person rydych chi'n ei gefnogi
# $name: the label of the advocate's open case.
sharing-case-lead-named = Mae'r rhannu hwn ar gyfer yr achos “{ $name }” yn unig. Nhw sy'n dewis beth gallwch chi ei weld, ac mae popeth sy'n cael ei anfon wedi'i gloi fel mai dim ond y ddau ap sy'n gallu ei ddarllen.
sharing-case-lead = Mae'r rhannu hwn ar gyfer yr achos hwn yn unig. Nhw sy'n dewis beth gallwch chi ei weld, ac mae popeth sy'n cael ei anfon wedi'i gloi fel mai dim ond y ddau ap sy'n gallu ei ddarllen.
sharing-check-failed = Doedd dim modd gwirio'r rhannu ar hyn o bryd. Rhowch gynnig arall arni.

## Who is at the other end, in words

sharing-other-side = { $role ->
    [advocate] y person rydych chi'n ei gefnogi
   *[other] eich eiriolwr
    }

## Off: the person connects with the code their advocate shows

sharing-off-title = Mae rhannu i ffwrdd
sharing-connect-title = Cysylltu â'ch eiriolwr
sharing-connect-title-add = Cysylltu â nhw
sharing-fact-nothing-leaves = Does dim byd yn gadael y cyfrifiadur hwn nes i chi baru â'ch eiriolwr, wyneb yn wyneb.
# $length: how many characters a code has (16).
sharing-fact-address-code = Bydd eich eiriolwr yn rhoi cyfeiriad rhannu a chod { $length } nod i chi, neu wahoddiad cyfan i'w ludo.
sharing-fact-you-choose = Chi sy'n dewis beth gallan nhw ei weld, fesul adran.
sharing-fact-stop = Gallwch chi stopio unrhyw bryd: mae rhannu'n dod i ben yma ar unwaith, ac mae'r copïau wedi'u selio ar y gweinydd trosglwyddo yn cael eu tynnu cyn gynted ag y bydd modd ei gyrraedd.
sharing-address-label = Cyfeiriad rhannu
sharing-address-hint = Bydd eich eiriolwr yn rhoi hwn i chi. Mae'n dechrau gyda https:// (does dim ei angen os ydych chi'n gludo gwahoddiad cyfan isod).
sharing-address-hint-add = Mae eu hap nhw'n ei ddangos. Mae'n dechrau gyda https:// (does dim ei angen os ydych chi'n gludo gwahoddiad cyfan isod).
sharing-code-label = Cod gan eich eiriolwr
sharing-code-label-add = Y cod mae eu hap yn ei ddangos
# $length: how many characters a code has (16); $example: an example code, shown as it is.
sharing-code-hint = { $length } o lythrennau a rhifau, fel { $example }. Does dim ots am briflythrennau, bylchau na llinellau toriad. Os rhoddodd eich eiriolwr wahoddiad cyfan i chi, gludwch ef yma yn lle hynny.
# $length: how many characters a code has (16); $example: an example code, shown as it is.
sharing-code-hint-add = { $length } o lythrennau a rhifau, fel { $example }. Does dim ots am briflythrennau, bylchau na llinellau toriad. Os rhoddon nhw wahoddiad cyfan i chi, gludwch ef yma yn lle hynny.
sharing-connect = Cysylltu
sharing-join-waiting-title = Yn aros am ap eich eiriolwr…
sharing-join-waiting-text = Gall hyn gymryd ychydig funudau. Cadwch y sgrin hon ar agor; mae angen i ap eich eiriolwr fod ar agor ac yn dangos y cod hefyd.
sharing-join-waiting-title-add = Yn aros am eu hap nhw…
sharing-join-waiting-text-add = Gall hyn gymryd ychydig funudau. Cadwch y sgrin hon ar agor; mae angen i'w hap nhw fod ar agor ac yn dangos y cod hefyd.
sharing-join-cancelled = Wedi stopio. Chafodd dim byd ei rannu.
sharing-join-failed = Doedd dim modd cyrraedd ap eich eiriolwr. Chafodd dim byd ei rannu; rhowch gynnig arall arni.
sharing-cancel = Canslo

## Checking what was typed (shown as errors)

sharing-address-needs-https = Dylai'r cyfeiriad rhannu ddechrau â https:// (gall y person rydych chi'n paru â nhw ddweud wrthych beth ydyw).
sharing-address-empty = Teipiwch y cyfeiriad rhannu a roddodd eich eiriolwr i chi.
sharing-address-spaces = All y cyfeiriad rhannu ddim cynnwys bylchau.
# $character: the character typed that codes never use, shown as typed.
sharing-code-bad-character = Mae “{ $character }” yn y cod, a dydy codau byth yn defnyddio hwnnw. Gwiriwch y cod gyda'ch eiriolwr.
sharing-code-empty = Teipiwch y cod gan eich eiriolwr.
# $length: how many characters a code has (16); $example: an example code; $count: how many were typed.
sharing-code-length = Mae'r cod yn { $length } o lythrennau a rhifau, fel { $example }. Mae gan hwn { $count }. Gwiriwch y cod gyda'ch eiriolwr.
sharing-invitation-incomplete = Mae'n ymddangos nad yw'r gwahoddiad hwnnw'n gyflawn. Gofynnwch i'ch eiriolwr ei ddangos eto, neu teipiwch y cod a'r cyfeiriad yn lle hynny.
sharing-invitation-address = Dydy'r cyfeiriad rhannu yn y gwahoddiad hwnnw ddim yn edrych yn iawn. Gofynnwch i'ch eiriolwr ei ddangos eto, neu teipiwch y cod a'r cyfeiriad yn lle hynny.
sharing-host-address-empty = Teipiwch gyfeiriad rhannu eich gwasanaeth yn gyntaf: mae'n mynd i mewn i'r gwahoddiad.
sharing-host-address-needs-https = Dylai'r cyfeiriad rhannu ddechrau gyda https:// (gall eich gwasanaeth ddweud wrthych chi beth ydyw).

## In the own space: the way to an advocate's caseload

sharing-caseload-title = Yn cefnogi pobl fel eiriolwr?
sharing-caseload-text = Cadwch bob person rydych chi'n ei gefnogi yn ei achos ei hun, ar wahân i bob achos arall ac i'ch lle eich hun. Agorwch achos i baru â nhw ac i weithio ar y cynllun maen nhw'n ei rannu.
sharing-open-caseload = Agor fy llwyth achosion

## Off, on an advocate's app in an open case: showing the invitation

sharing-host-fact-nothing = Does dim byd yn cael ei anfon na'i dderbyn ar gyfer yr achos hwn nes i chi baru â'r person, wyneb yn wyneb.
sharing-host-fact-invitation = Dangoswch wahoddiad iddyn nhw. Maen nhw'n teipio ei god a chyfeiriad rhannu eich gwasanaeth yn eu hap, neu'n gludo'r gwahoddiad cyfan fel testun. Mae'r cod QR yn dal yr un gwahoddiad, ar gyfer dyfais sy'n sganio.
sharing-host-fact-choose = Nhw sy'n dewis beth gallwch chi ei weld, a gall y naill neu'r llall ohonoch chi stopio unrhyw bryd.
sharing-host-address-hint = Cyfeiriad gweinydd trosglwyddo eich gwasanaeth. Mae'n mynd i mewn i'r gwahoddiad, ac mae ei angen arnyn nhw i deipio'r cod.
sharing-show-code = Dangos cod
sharing-show-new-code = Dangos cod newydd
sharing-invitation-title = Dangoswch y gwahoddiad iddyn nhw
sharing-qr-label = Cod QR y gwahoddiad
sharing-code-shown-label = Neu gadewch iddyn nhw deipio'r cod hwn:
sharing-address-shown-label = gyda'r cyfeiriad rhannu hwn:
sharing-code-shown-hint = Mae'n gweithio unwaith. Gadewch iddyn nhw ei ddarllen o'ch sgrin, neu darllenwch ef yn uchel iddyn nhw.
sharing-invitation-as-text = Y gwahoddiad fel testun
sharing-invitation-hint = Gallan nhw ludo hwn i'r blwch cod yn eu hap, yn lle teipio'r cod a'r cyfeiriad.
sharing-invitation-label = Gwahoddiad
sharing-wait = Aros amdanyn nhw
sharing-address-changed = Mae'r cyfeiriad rhannu wedi newid. Dangoswch god newydd i'w roi yn y gwahoddiad.
sharing-code-failed = Doedd dim modd creu cod ar hyn o bryd. Rhowch gynnig arall arni.
sharing-host-unreachable = Doedd dim modd cyrraedd eu hap.
# $reason: why it failed, a sentence (from the app, or sharing-host-unreachable).
sharing-host-failed = { $reason } Chafodd dim byd ei rannu; dangoswch god newydd i roi cynnig arall arni.
sharing-host-waiting-title = Yn aros am eu hap…
sharing-host-waiting-text = Gall hyn gymryd ychydig funudau. Cadwch y sgrin hon ar agor tra byddan nhw'n rhoi'r gwahoddiad neu'r cod yn eu hap.
sharing-host-cancelled = Wedi stopio. Chafodd dim byd ei rannu. Dangoswch god newydd i roi cynnig arall arni.

## The four words, read aloud together

sharing-phrase-title = Gwirio'r geiriau gyda'ch gilydd
sharing-phrase-label = Y pedwar gair
sharing-phrase-question = Darllenwch y geiriau hyn yn uchel gyda'ch gilydd. Ydy'r ddwy sgrin yn dangos yn union yr un geiriau?
sharing-words-match = Ydyn, maen nhw'r un fath
sharing-words-differ = Nac ydyn, maen nhw'n wahanol
# $why: a sentence saying why (one of the messages below, or one from the app).
# $role is "another" when the person was pairing with someone else while already sharing.
sharing-nothing-shared = { $role ->
    [advocate] Chafodd dim byd ei rannu. { $why } Dechreuwch eto gyda'ch gilydd, gyda chod newydd.
    [another] Chafodd dim byd ei rannu gyda nhw. { $why } Dechreuwch eto gyda'ch gilydd, gyda chod newydd ganddyn nhw.
   *[other] Chafodd dim byd ei rannu. { $why } Dechreuwch eto gyda'ch gilydd, gyda chod newydd gan eich eiriolwr.
    }
sharing-interrupted = Torrwyd ar draws y cysylltiad, felly cafodd ei stopio.
sharing-mismatch = Doedd y ddau ap ddim yn cytuno, felly cafodd y cysylltiad ei stopio. Gall hyn ddigwydd ar ôl camgymeriad teipio yn y cod neu'r cyfeiriad rhannu, neu, yn anaml, os ceisiodd rhywun ddod rhyngoch chi.
sharing-pairing-failed = Doedd dim modd gorffen y paru.
sharing-words-different = Gan fod y geiriau'n wahanol, cafodd y cysylltiad ei stopio. Fel arfer, mae gwahaniaeth yn golygu camgymeriad teipio yn y cod neu'r cyfeiriad rhannu, ond gall hefyd olygu bod rhywun wedi ceisio dod rhyngoch chi.
sharing-finishing = { $role ->
    [advocate] Yn gorffen: yn aros i'w hap nhw gadarnhau hefyd…
    [another] Yn gorffen: yn aros i'w hap nhw gadarnhau hefyd…
   *[other] Yn gorffen: yn aros i ap eich eiriolwr gadarnhau hefyd…
    }
sharing-connected = { $role ->
    [advocate] Wedi cysylltu. Bydd yr hyn maen nhw'n dewis ei rannu yn cyrraedd pan fyddwch chi'n anfon ac yn derbyn.
   *[other] Mae rhannu wedi'i osod. Does dim byd yn cael ei rannu nes i chi ei dicio isod.
    }

## On: sending and receiving

sharing-on-title = Mae rhannu ymlaen
sharing-on-title-named = Mae rhannu gyda { $name } ymlaen
sharing-summary = { $role ->
    [advocate] Wedi'i rannu gyda'r person rydych chi'n ei gefnogi
   *[other] Wedi'i rannu gyda'ch eiriolwr
    }
# $relay: the sharing address, shown as it is.
sharing-summary-through = { $role ->
    [advocate] Wedi'i rannu gyda'r person rydych chi'n ei gefnogi drwy { $relay }
   *[other] Wedi'i rannu gyda'ch eiriolwr drwy { $relay }
    }
sharing-summary-named = Wedi'i rannu gyda { $name }
sharing-summary-named-through = Wedi'i rannu gyda { $name } drwy { $relay }
sharing-name-label = Beth rydych chi'n eu galw nhw (dewisol)
sharing-name-hint = I wahaniaethu rhwng y bobl rydych chi'n rhannu gyda nhw, fel “Sam, fy IDVA”. Dim ond chi sy'n ei weld, a dim ond pan fydd yr ap hwn ar agor.
sharing-name-save = Cadw'r enw
sharing-name-saved = Enw wedi'i gadw.
sharing-name-failed = Doedd dim modd cadw'r enw. Rhowch gynnig arall arni.

## Several people

sharing-people-title = Pobl rydych chi'n rhannu gyda nhw
sharing-people-text = Dim ond yr hyn rydych chi'n ei ddewis ar eu cyfer nhw mae pob person yn ei weld. Gallwch chi stopio rhannu gydag un a dal ati i rannu gyda'r lleill.
sharing-person-number = Person { $number }
sharing-person-ended = (rhannu wedi dod i ben)
sharing-add-person = Rhannu gyda rhywun arall
sharing-add-person-text = Gallwch chi hefyd rannu gyda'r swyddog sy'n gyfrifol am eich achos neu gyda chyfreithiwr. Parwch â nhw yn yr un ffordd, wyneb yn wyneb, gyda'r cod mae eu hap yn ei ddangos. Does dim byd yn cael ei rannu gyda nhw nes i chi ei dicio. Mae rhywbeth rydych chi'n ei rannu gyda mwy nag un person yr un fath i bob un ohonyn nhw: mae pob un yn gweld beth mae'r lleill yn ei ychwanegu ato. Mae ffeiliau rydych chi wedi dewis eu dangos gyda'ch cofnod digwyddiadau yn mynd i bawb rydych chi'n rhannu'r cofnod gyda nhw.
# $when: a date and time.
sharing-last-synced = Anfonwyd a derbyniwyd ddiwethaf: { $when }
sharing-last-synced-never = Anfonwyd a derbyniwyd ddiwethaf: ddim eto
sharing-sync = Anfon a derbyn nawr
# Shown under "Last sent and received" when changes did not get across even after being sent
# again. Calm: nothing is lost, and the app keeps trying by itself. Never the code name: the
# app is disguised.
sharing-stuck-here = { $role ->
    [advocate] Dydy rhai newidiadau gan y person rydych chi'n ei gefnogi ddim wedi cyrraedd eto. Mae'r ap wedi gofyn amdanyn nhw eto ac mae'n dal ati i geisio yn awtomatig. Os bydd hyn yn parhau, y tro nesaf y gallwch chi siarad yn ddiogel, gofynnwch iddyn nhw agor eu hap fel y gall eu hanfon.
   *[other] Dydy rhai newidiadau gan eich eiriolwr ddim wedi cyrraedd eto. Mae'r ap wedi gofyn amdanyn nhw eto ac mae'n dal ati i geisio yn awtomatig. Os bydd hyn yn parhau, gofynnwch i'ch eiriolwr agor eu hap fel y gall eu hanfon.
    }
sharing-stuck-there = { $role ->
    [advocate] Dydy rhai o'ch newidiadau ddim wedi cyrraedd y person rydych chi'n ei gefnogi eto. Maen nhw'n ddiogel yma, ac mae'r ap yn dal ati i'w hanfon yn awtomatig.
   *[other] Dydy rhai o'ch newidiadau ddim wedi cyrraedd eich eiriolwr eto. Maen nhw'n ddiogel yma, ac mae'r ap yn dal ati i'w hanfon yn awtomatig. Os bydd hyn yn para diwrnod, dywedwch wrth eich eiriolwr pan fydd hi'n ddiogel gwneud hynny.
    }
sharing-syncing = Wrthi'n anfon a derbyn…
# After "Send and receive now" while something has not got across (the note below says what).
sharing-sync-done-stuck = Anfonwyd a derbyniwyd yr hyn a allai fynd. Mae rhai newidiadau ar eu ffordd o hyd: gweler isod.
sharing-sync-failed = Wnaeth anfon a derbyn ddim gweithio y tro hwn. Does dim byd wedi'i golli; rhowch gynnig arall arni.
sharing-sync-ended = Mae rhannu wedi dod i ben: mae'r ap arall wedi stopio rhannu, felly does dim byd mwy yn cael ei anfon na'i dderbyn. Mae'r hyn sydd ar y cyfrifiadur hwn yma o hyd.
sharing-sync-done = { $received ->
    [one] Yn gyfredol: derbyniwyd { $received } newid, anfonwyd { $sent }.
   *[other] Yn gyfredol: derbyniwyd { $received } newid, anfonwyd { $sent }.
    }
sharing-sync-skipped = { $skipped ->
    [one] Doedd dim modd defnyddio { $skipped } newid, felly cafodd ei adael allan.
   *[other] Doedd dim modd defnyddio { $skipped } newid, felly cawson nhw eu gadael allan.
    }

## On: working together

sharing-live-title = Cydweithio
sharing-live-text = { $role ->
    [advocate] Tra byddwch chi'n cydweithio, mae'r hyn rydych chi'n ei gadw yn mynd ar draws ar unwaith, ac mae newidiadau gan y person rydych chi'n ei gefnogi yn ymddangos yn awtomatig. Mae'n stopio pan fyddwch chi'n ei stopio, neu pan fydd yr ap hwn wedi'i guddio neu wedi'i gloi.
   *[other] Tra byddwch chi'n cydweithio, mae'r hyn rydych chi'n ei gadw yn mynd ar draws ar unwaith, ac mae newidiadau gan eich eiriolwr yn ymddangos yn awtomatig. Mae'n stopio pan fyddwch chi'n ei stopio, neu pan fydd yr ap hwn wedi'i guddio neu wedi'i gloi.
    }
sharing-live-text-named = Tra byddwch chi'n cydweithio gyda { $name }, mae'r hyn rydych chi'n ei gadw yn mynd ar draws ar unwaith, ac mae newidiadau gan { $name } yn ymddangos yn awtomatig. Mae'n stopio pan fyddwch chi'n ei stopio, neu pan fydd yr ap hwn wedi'i guddio neu wedi'i gloi.
sharing-live-elsewhere = Rydych chi'n cydweithio gyda { $name } ar hyn o bryd. I gydweithio gyda'r person hwn yn lle hynny, stopiwch hynny yn gyntaf.
sharing-live-start = Cydweithio nawr
sharing-live-stop = Stopio cydweithio
sharing-live-start-failed = Doedd dim modd dechrau cydweithio ar hyn o bryd. Does dim byd wedi'i golli; rhowch gynnig arall arni.
sharing-live-stop-failed = Doedd dim modd stopio cydweithio ar hyn o bryd. Rhowch gynnig arall arni.
sharing-live-stopped = Wedi stopio cydweithio. Bydd yr hyn rydych chi'n ei newid o hyn ymlaen yn mynd ar draws y tro nesaf y byddwch chi'n anfon ac yn derbyn.
sharing-live-stop-named = Stopio cydweithio gyda { $name }
sharing-live-stopped-named = Wedi stopio cydweithio gyda { $name }. Bydd yr hyn rydych chi'n ei newid o hyn ymlaen yn mynd atyn nhw y tro nesaf y byddwch chi'n anfon ac yn derbyn.

## On: choosing what is shared

sharing-choose-title-advocate = Beth rydych chi'n ei rannu
sharing-choose-title = Dewis beth gall eich eiriolwr ei weld
sharing-choose-title-named = Dewis beth gall { $name } ei weld
sharing-choose-text = Mae pethau wedi'u ticio yn cael eu hanfon y tro nesaf y byddwch chi'n anfon ac yn derbyn, neu ar unwaith tra byddwch chi'n cydweithio. Dad-diciwch rywbeth i stopio ei rannu.
sharing-choose-history = { $role ->
    [advocate] Mae'r person rydych chi'n ei gefnogi yn gweld pob peth rydych chi'n ei dicio fel y mae nawr, nid yr hyn wnaethoch chi ei ysgrifennu a'i ddileu cyn i chi ei dicio.
   *[other] Mae eich eiriolwr yn gweld pob peth rydych chi'n ei dicio fel y mae nawr, nid yr hyn wnaethoch chi ei ysgrifennu a'i ddileu cyn i chi ei dicio. Mae'r hyn rydych chi'n ei newid ar ôl hynny yn eu cyrraedd nhw hefyd.
    }
sharing-choose-history-named = Mae { $name } yn gweld pob peth rydych chi'n ei dicio fel y mae nawr, nid yr hyn wnaethoch chi ei ysgrifennu a'i ddileu cyn i chi ei dicio. Ond mae rhywbeth rydych chi eisoes yn ei rannu gyda rhywun arall yn mynd at { $name } fel yr aeth atyn nhw, gyda'r hyn a gafodd ei ysgrifennu a'i ddileu ynddo ers hynny.
sharing-count-none = { $role ->
    [advocate] Does dim byd wedi'i rannu eto. Ticiwch beth rydych chi am i'r person rydych chi'n ei gefnogi ei weld.
   *[other] Does dim byd wedi'i rannu eto. Ticiwch beth rydych chi am i'ch eiriolwr ei weld.
    }
sharing-count-none-named = Does dim byd wedi'i rannu gyda { $name } eto. Ticiwch beth rydych chi am iddyn nhw ei weld.
sharing-count = { $count ->
    [one] Mae { $count } peth wedi'i rannu.
   *[other] Mae { $count } peth wedi'u rhannu.
    }
sharing-group-plan = Adrannau'r cynllun diogelwch
sharing-group-plan-empty = Dim adrannau cynllun.
sharing-group-contacts = Cysylltiadau
sharing-group-contacts-empty = Dim cysylltiadau eto.
sharing-group-checklists = Rhestrau gwirio
sharing-group-checklists-empty = Dim rhestrau gwirio eto.
sharing-group-records = Eich cofnodion (darllen yn unig)
sharing-records-note = Gall eich eiriolwr ddarllen y rhain ond nid eu newid. Mae ffeiliau rydych chi wedi'u hatodi yn aros ar y cyfrifiadur hwn oni bai eich bod chi'n eu ticio ar eu cofnod. Os byddwch chi'n stopio rhannu eich cofnod digwyddiadau, bydd eich eiriolwr yn cadw'r hyn sydd ganddyn nhw'n barod, gan gynnwys ffeiliau rydych chi wedi'u dangos iddyn nhw.
sharing-records-note-named = Gall { $name } ddarllen y rhain ond nid eu newid. Mae ffeiliau rydych chi wedi'u hatodi yn aros ar y cyfrifiadur hwn oni bai eich bod chi'n eu ticio ar y cofnod maen nhw'n perthyn iddo, ac mae ffeil rydych chi'n ei thicio yn cael ei dangos i bawb rydych chi'n rhannu eich cofnod digwyddiadau gyda nhw. Os byddwch chi'n stopio rhannu eich cofnod digwyddiadau gyda { $name }, byddan nhw'n cadw'r hyn sydd ganddyn nhw'n barod, gan gynnwys ffeiliau rydych chi wedi'u dangos iddyn nhw.
sharing-plan-section-note = Mae rhannu unrhyw adran hefyd yn rhannu cyfnod eich cynllun (ble rydych chi nawr) a'i ddyddiad adolygu.
sharing-contact-note = Mae cyswllt sy'n cael ei rannu yn cynnwys popeth ar gerdyn y cyswllt, gan gynnwys geiriau cod.
sharing-untitled = Heb deitl
sharing-save-failed = Doedd dim modd cadw'r newid hwnnw. Rhowch gynnig arall arni.

## On: stopping

sharing-stop-title = Stopio rhannu
sharing-stop-text = Mae hyn yn dod â rhannu i ben am byth. I rannu eto yn nes ymlaen, byddai angen i chi baru eto wyneb yn wyneb, gyda chod newydd.
sharing-stop-text-named = Mae hyn yn dod â rhannu gyda { $name } i ben am byth. I rannu gyda nhw eto yn nes ymlaen, byddai angen i chi baru eto wyneb yn wyneb, gyda chod newydd.
sharing-stop = Stopio rhannu gyda phawb
sharing-stop-named = Stopio rhannu gyda { $name }
sharing-stop-question = { $role ->
    [advocate] Stopio rhannu gyda phawb? Fydd eu hap nhw ddim yn derbyn dim byd mwy, ac mae'r gweinydd trosglwyddo yn dileu popeth sydd ganddo. Mae'r hyn sydd ar y cyfrifiadur hwn yn aros.
   *[other] Stopio rhannu gyda phawb? Fydd ap eich eiriolwr ddim yn derbyn dim byd mwy, ac mae'r gweinydd trosglwyddo yn dileu popeth sydd ganddo. Mae'r hyn sydd ar y cyfrifiadur hwn yn aros.
    }
sharing-stop-question-named = Stopio rhannu gyda { $name }? Fydd eu hap nhw ddim yn derbyn dim byd mwy, ac mae'r gweinydd trosglwyddo yn dileu popeth sydd ganddo ar eu cyfer nhw. Mae'r hyn sydd ar y cyfrifiadur hwn yn aros, ac felly hefyd rhannu gydag unrhyw un arall.
sharing-stop-yes = Ie, stopio rhannu
sharing-stop-no = Dal ati i rannu
sharing-stopping = Wrthi'n stopio…
sharing-stopped = { $role ->
    [advocate] Mae rhannu wedi stopio. Fydd eu hap nhw ddim yn derbyn dim byd mwy, ac mae'r gweinydd trosglwyddo wedi dileu'r hyn oedd ganddo. Mae'r hyn sydd ar y cyfrifiadur hwn yma o hyd.
   *[other] Mae rhannu wedi stopio. Fydd ap eich eiriolwr ddim yn derbyn dim byd mwy, ac mae'r gweinydd trosglwyddo wedi dileu'r hyn oedd ganddo. Mae'r hyn sydd ar y cyfrifiadur hwn yma o hyd.
    }
sharing-stopped-named = Mae rhannu gyda { $name } wedi stopio. Fydd eu hap nhw ddim yn derbyn dim byd mwy, ac mae'r gweinydd trosglwyddo wedi dileu'r hyn oedd ganddo ar eu cyfer nhw. Mae'r hyn sydd ar y cyfrifiadur hwn yma o hyd.
sharing-now-showing = Yn dangos nawr beth rydych chi'n ei rannu gyda { $name }.
# $names: the others shared with, separated by commas.
sharing-still-on = Mae rhannu gyda { $names } yn parhau fel o'r blaen.
sharing-stop-failed = Doedd dim modd stopio rhannu ar hyn o bryd. Rhowch gynnig arall arni.
sharing-stopped-offline = Mae rhannu wedi stopio ar y cyfrifiadur hwn: does dim byd mwy yn cael ei anfon na'i dderbyn. Doedd dim modd dweud wrth y gweinydd trosglwyddo am ddileu'r hyn sydd ganddo (all e ddim darllen dim ohono). Cliriwch y manylion yn nes ymlaen i roi cynnig arall arni, neu cliriwch nhw ar y cyfrifiadur hwn yn unig.

## Ended

sharing-ended-title = Mae rhannu wedi dod i ben
sharing-ended-text = Does dim byd mwy yn cael ei anfon na'i dderbyn. Naill ai rhoddodd yr ochr arall y gorau i rannu, neu chi wnaeth.
sharing-ended-stays = Mae'r hyn sydd ar y cyfrifiadur hwn yn aros yma.
sharing-ended-clear-text = Mae clirio'r manylion rhannu yn anghofio'r hen gysylltiad, fel y gallwch chi baru eto yn nes ymlaen gyda chod newydd.
sharing-clear = Clirio'r manylion rhannu
sharing-clear-here = Clirio ar y cyfrifiadur hwn yn unig
sharing-clear-here-note = Doedd dim modd dweud wrth y gweinydd trosglwyddo ar hyn o bryd. Mae clirio yma yn anghofio'r cysylltiad ar y cyfrifiadur hwn; dydy'r ap arall ddim yn cael gwybod, ac mae'r gweinydd trosglwyddo yn tynnu ei gopïau wedi'u cloi ei hun yn nes ymlaen.
sharing-cleared = Mae'r manylion rhannu wedi'u clirio. Gallwch chi baru eto unrhyw bryd, wyneb yn wyneb.
sharing-clear-failed = Doedd dim modd clirio'r manylion rhannu ar hyn o bryd. Rhowch gynnig arall arni.
