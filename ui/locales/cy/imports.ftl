## Bringing things into the log: files, a chat, e-mails (files-import.ts, chat-import.ts, email-import.ts, one-or-each.ts)

# Between line numbers ("Line 4, 9 of the file…").
imports-list-separator = { ", " }

imports-how = Sut i'w hysgrifennu
imports-what-kind = Pa fath o beth yw hwn?
imports-bring-them-in = Dod â nhw i mewn
imports-bringing = Wrthi'n dod â nhw i mewn…
imports-cancel = Canslo
imports-nothing-brought-in = Ni ddaeth dim byd i mewn.

## Photos or files
imports-files-title = Dod â lluniau neu ffeiliau i mewn
imports-files-choose = Dewis y ffeiliau
imports-files-hint = Sgrinluniau, lluniau, ffeiliau PDF: cymaint ag y mynnwch chi. Caiff pob un ei gopïo i'r ap hwn a'i gloi i ffwrdd, gyda'i ôl bys (SHA-256). Mae'r ffeiliau gwreiddiol yn aros lle maen nhw — efallai yr hoffech chi eu dileu.
imports-files-chosen =
    { $count ->
        [one] { $count } ffeil wedi'i dewis.
       *[other] { $count } ffeil wedi'u dewis.
    }
imports-files-each = Un cofnod ar gyfer pob ffeil, wedi'i ddyddio pan gafodd y ffeil ei newid ddiwethaf ar y cyfrifiadur hwn (gallwch chi gywiro pob cofnod)
imports-files-together = Un cofnod yn eu dal i gyd
imports-files-none = Dewiswch o leiaf un ffeil.
imports-files-adding = Wrthi'n ychwanegu ffeil { $number } o { $total }…
imports-files-done-together =
    { $files ->
        [one] 1 cofnod wedi'i ysgrifennu, yn dal 1 ffeil.
       *[other] 1 cofnod wedi'i ysgrifennu, yn dal { $files } ffeil.
    }
# $count is 2 or more.
imports-files-done-each = { $count } cofnod wedi'u hysgrifennu, un ar gyfer pob ffeil.
imports-files-failed = Does dim byd wedi'i ysgrifennu. Rhowch gynnig arall arni.

## A chat (WhatsApp's "Export chat", or a list of messages)
imports-chat-choose = Dewiswch y ffeil sgwrs a wnaeth WhatsApp gydag "Export chat" (y ffeil .txt, neu'r ffeil .zip os dewisoch chi gynnwys cyfryngau), neu restr o negeseuon wedi'i chadw fel testun, gyda phob neges yn dechrau ar linell newydd gyda'i dyddiad, ei hamser a phwy a'i hanfonodd, fel hyn: 12/03/2026 21:15 Tom: Ble wyt ti
imports-chat-read-failed = Doedd dim modd darllen y ffeil honno. Ni ddaeth dim byd i mewn.
imports-chat-title = Dod â negeseuon i mewn
# $first and $last: the dates as the phone wrote them.
imports-chat-about =
    { $count ->
        [one] { $file }: { $count } neges, anfonwyd y gyntaf ar { $first } a'r olaf ar { $last } (fel yr ysgrifennodd y ffôn nhw).
       *[other] { $file }: { $count } neges, anfonwyd y gyntaf ar { $first } a'r olaf ar { $last } (fel yr ysgrifennodd y ffôn nhw).
    }
imports-chat-about-files =
    { $count ->
        [one] Mae { $count } llun neu ffeil o'r sgwrs yn mynd gyda'r neges a'i hanfonodd.
       *[other] Mae { $count } llun a ffeil o'r sgwrs yn mynd gyda'r negeseuon a'u hanfonodd.
    }
imports-chat-about-left-out =
    { $count ->
        [one] Dydy { $count } ffeil arall yn y zip ddim wedi'i henwi mewn unrhyw neges: dydy hi ddim yn cael ei hychwanegu ar ei phen ei hun, ond mae'n cael ei chadw y tu mewn i'r ffeil sgwrs.
       *[other] Dydy { $count } ffeil arall yn y zip ddim wedi'u henwi mewn unrhyw neges: dydyn nhw ddim yn cael eu hychwanegu ar eu pennau eu hunain, ond maen nhw'n cael eu cadw y tu mewn i'r ffeil sgwrs.
    }
imports-chat-about-notices =
    { $count ->
        [one] Mae { $count } llinell a ysgrifennwyd gan WhatsApp ei hun wedi'i gadael allan.
       *[other] Mae { $count } llinell a ysgrifennwyd gan WhatsApp ei hun wedi'u gadael allan.
    }
imports-chat-again = Daethpwyd â'r ffeil sgwrs hon i mewn o'r blaen, ar { $date }. Os dewch chi â hi i mewn eto, bydd ei negeseuon yn cael eu hysgrifennu eto. I ychwanegu negeseuon mwy newydd yn unig, dewiswch eu rhifau isod.
# $lines: line numbers joined by imports-list-separator; $count: how many.
imports-chat-kept =
    { $count ->
        [one] Mae llinell { $lines } yn y ffeil yn edrych fel neges newydd ond mae'n mynd yn ôl mewn amser, felly caiff ei chadw fel rhan o'r neges o'i blaen. Os yw hynny'n anghywir, efallai fod y dyddiadau y ffordd arall o gwmpas.
       *[other] Mae llinellau { $lines } yn y ffeil yn edrych fel negeseuon newydd ond maen nhw'n mynd yn ôl mewn amser, felly caiff pob un ei chadw fel rhan o'r neges o'i blaen. Os yw hynny'n anghywir, efallai fod y dyddiadau y ffordd arall o gwmpas.
    }
imports-chat-order-legend = Sut mae'r ffôn yn ysgrifennu dyddiadau?
imports-chat-order-hint = Anfonwyd y neges gyntaf ar { $first }. Ydy'r diwrnod neu'r mis yn dod gyntaf?
imports-chat-day-first = Diwrnod yn gyntaf: 12/03 yw 12 Mawrth (fel yn y DU)
imports-chat-month-first = Mis yn gyntaf: 03/12 yw 12 Mawrth (fel yn UDA)
imports-chat-read-that-way-failed = Doedd dim modd darllen y ffeil yn y ffordd honno.
imports-chat-senders = Negeseuon pwy?
imports-chat-senders-hint = Dad-diciwch y rhai nad ydych chi am eu hysgrifennu (eich rhai chi, er enghraifft).
imports-chat-sender =
    { $count ->
        [one] { $name } ({ $count } neges)
       *[other] { $name } ({ $count } neges)
    }
imports-chat-each = Pob neges fel cofnod ar wahân, ar yr amser y cafodd ei hanfon
imports-chat-together = Pob un ohonyn nhw fel un cofnod, o'r gyntaf i'r olaf
imports-chat-range = Pa negeseuon?
imports-chat-range-hint = Wedi'u rhifo o 1 (y gyntaf, a anfonwyd ar { $first }) i { $last } (yr olaf).
imports-chat-from = O neges
imports-chat-to = i neges
# $zone: the computer's time zone, e.g. Europe/London.
imports-chat-time-hint = Caiff amseroedd eu darllen fel amser y cyfrifiadur hwn ({ $zone }); mae pob cofnod hefyd yn dweud pwy anfonodd y neges a phryd, yn union fel yr ysgrifennodd y ffeil sgwrs hynny. Caiff y ffeil sgwrs gyfan ei chadw gyda phob cofnod, gyda'i hôl bys (SHA-256): bydd unrhyw un y byddwch chi'n rhoi'r cofnodion hyn iddo yn nes ymlaen (wrth allforio adroddiad) yn cael y sgwrs gyfan, pob ochr ohoni.
imports-chat-need-sender = Ticiwch negeseuon pwy i ddod â nhw i mewn.
imports-chat-need-order = Dywedwch sut mae'r ffôn yn ysgrifennu dyddiadau, fel bod pob neges yn cael y diwrnod cywir.
imports-chat-bad-range = Rhowch rifau negeseuon o 1 i { $last }.
imports-chat-done-together =
    { $count ->
        [one] 1 cofnod wedi'i ysgrifennu o { $count } neges.
       *[other] 1 cofnod wedi'i ysgrifennu o { $count } neges.
    }
# $count is 2 or more.
imports-chat-done-each = { $count } cofnod wedi'u hysgrifennu, un ar gyfer pob neges.
imports-chat-failed = Ni ddaeth dim byd i mewn. Rhowch gynnig arall arni.

## E-mails saved as files (.eml)
imports-email-choose = Dewiswch un neu ragor o e-byst wedi'u cadw fel ffeiliau (.eml). Yn y rhan fwyaf o raglenni e-bost: agorwch y neges, yna Cadw Fel (Save As) neu Lawrlwytho (Download).
imports-email-read-failed = Doedd dim modd darllen y ffeiliau hynny. Ni ddaeth dim byd i mewn.
imports-email-title =
    { $count ->
        [one] Dod â'r e-bost hwn i mewn
       *[other] Dod â { $count } e-bost i mewn
    }
imports-email-lead = Bydd pob e-bost yn dod yn gofnod ar wahân, wedi'i ddyddio pan gafodd ei anfon, gyda'r ffeil e-bost wedi'i chadw'n gyfan a'i ffeiliau atodedig. Does dim byd yn cael ei ysgrifennu nes i chi bwyso'r botwm isod.
imports-email-list-label = Yr e-byst a ddewiswyd
imports-email-no-subject = (dim pwnc)
imports-email-from = Oddi wrth: { $from }
imports-email-from-unknown = (heb ei roi)
imports-email-sent = Anfonwyd: { $date }
imports-email-no-date = Does dim dyddiad y gellir ei ddarllen: caiff ei ddyddio nawr. Gallwch chi gywiro'r amser wedyn.
imports-email-files =
    { $count ->
        [one] { $count } ffeil wedi'i hatodi
       *[other] { $count } ffeil wedi'u hatodi
    }
imports-email-file = Ffeil: { $name }
imports-email-before = Daethpwyd â'r union ffeil hon i mewn o'r blaen, ar { $date }. Os dewch chi â hi i mewn eto, caiff ei hysgrifennu eto.
imports-email-before-count =
    { $count ->
        [one] Mae { $count } o'r rhain wedi dod i mewn o'r blaen.
       *[other] Mae { $count } o'r rhain wedi dod i mewn o'r blaen.
    }
imports-email-kind = Eu ffeilio o dan
imports-email-bring =
    { $count ->
        [one] Dod ag ef i mewn
       *[other] Dod â nhw i mewn
    }
imports-email-back = Yn ôl i'r log hebddyn nhw
imports-email-done =
    { $count ->
        [one] { $count } e-bost wedi dod i mewn, un cofnod yr un.
       *[other] { $count } e-bost wedi dod i mewn, un cofnod yr un.
    }
imports-email-failed = Doedd dim modd dod â nhw i mewn. Does dim byd wedi'i ysgrifennu; rhowch gynnig arall arni.
