# Llwyth achosion eiriolwr. Mae "achos" yn un person mae'r eiriolwr yn ei gefnogi.

## Y sgrin

caseload-heading = Llwyth achosion
caseload-lead = Mae gan bob person rydych chi'n ei gefnogi achos ei hun, wedi'i gadw ar wahân i bob achos arall ac i'ch gofod eich hun. Agorwch achos i weld a gweithio ar ei gynllun, ei gysylltiadau a'i restrau gwirio.
caseload-list-label = Eich achosion
caseload-sort-label = Trefnu achosion yn ôl
caseload-order-added = Pryd y'i hychwanegwyd
caseload-order-name = Enw
caseload-order-level = Lefel risg ddiweddaraf, yr uchaf yn gyntaf
caseload-order-marac = Atgyfeiriad MARAC, y diweddaraf yn gyntaf
caseload-order-review = Adolygiad nesaf, y cynharaf yn gyntaf
caseload-empty = Dim achosion eto. Ychwanegwch un isod ar gyfer pob person rydych chi'n ei gefnogi.
caseload-load-failed = Doedd dim modd llwytho eich llwyth achosion ar hyn o bryd. Rhowch gynnig arall arni.

## Ychwanegu achos

caseload-add-heading = Ychwanegu achos
caseload-field-label = Beth rydych chi'n galw'r achos hwn, e.e. blaenlythrennau
caseload-field-hint = Dim ond chi sy'n gweld hwn. Mae blaenlythrennau neu enw byr yn ddigon.
caseload-add = Ychwanegu achos
caseload-added = Achos “{ $label }” wedi'i ychwanegu.
caseload-add-failed = Doedd dim modd ychwanegu'r achos ar hyn o bryd. Rhowch gynnig arall arni.
caseload-label-missing = Teipiwch beth rydych chi'n galw'r achos hwn, fel eu blaenlythrennau.
caseload-label-too-long = Cadwch ef i { $max } nod neu lai (mae hwn yn { $length }). Mae blaenlythrennau'n ddigon.

## Un achos yn y rhestr

caseload-open-now = Ar agor nawr
caseload-open = Agor
caseload-go-to = Mynd ato
caseload-open-label = Agor achos { $label }
caseload-open-failed = Doedd dim modd agor yr achos ar hyn o bryd. Rhowch gynnig arall arni.
caseload-sharing-off = Heb baru eto
caseload-sharing-on = Rhannu ymlaen
caseload-sharing-ended = Rhannu wedi dod i ben
caseload-high = Uchel

## Llinell risg achos

caseload-risk-none = Dim sgrinio risg wedi'i weld eto (bydd agor yr achos yn diweddaru'r llinell hon)
caseload-risk-latest = Lefel risg ddiweddaraf: { $level } ({ $published }, { $date })
caseload-published-earlier = cwestiynau cynharach
caseload-risk-marac = Atgyfeiriad MARAC: { $date }
caseload-risk-review = Adolygiad nesaf: { $date }
caseload-risk-review-due = Adolygiad nesaf: { $date } (i'w wneud heddiw)
caseload-risk-review-overdue = Adolygiad nesaf: { $date } (yn hwyr)

## Nodiadau preifat

caseload-notes-summary = Nodiadau preifat
caseload-notes-summary-unsaved = Nodiadau preifat (heb eu cadw eto)
caseload-notes-label = Nodiadau ar achos { $label }
caseload-notes-hint = Dim ond chi sy'n gweld y nodiadau hyn. Dydyn nhw byth yn cael eu rhannu â'r person.
caseload-notes-save = Cadw nodiadau
caseload-notes-save-label = Cadw nodiadau ar gyfer achos { $label }
caseload-notes-saved = Nodiadau wedi'u cadw.
caseload-notes-save-failed = Doedd dim modd cadw eich nodiadau. Maen nhw yma o hyd; rhowch gynnig arall arni.

## Tynnu achos

caseload-remove = Tynnu achos
caseload-remove-label = Tynnu achos { $label }
caseload-remove-question = Tynnu'r achos “{ $label }”? Mae hyn yn dileu copi'r achos hwn o'r cyfrifiadur hwn: y cynllun, y cysylltiadau a'r rhestrau gwirio a gadwyd ar eu cyfer, a'ch nodiadau preifat. Does dim modd dadwneud hyn. Dydy ap y person ei hun ddim yn newid.
caseload-remove-yes = Ie, ei dynnu
caseload-remove-no = Ei gadw
caseload-removed = Mae'r achos “{ $label }” wedi'i dynnu o'r cyfrifiadur hwn.
caseload-remove-failed = Doedd dim modd tynnu'r achos ar hyn o bryd. Chafodd dim byd ei ddileu; rhowch gynnig arall arni.
caseload-stop-sharing-first = Rhowch y gorau i rannu gyda'r person hwn yn gyntaf: agorwch yr achos, ewch i Rhannu, yna dewiswch Stopio rhannu.

## Yr achos sydd ar agor, yn y faner ar y brig

caseload-banner = Achos: { $label }
caseload-banner-open = Achos ar agor

## Ar ôl "Copi wrth gefn wedi'i gadw"

caseload-backup-all = { $count ->
        [one] Mae'n cynnwys eich { $count } achos.
       *[other] Mae'n cynnwys pob un o'ch { $count } achos.
    }
caseload-backup-some = Mae'n cynnwys { $count } achos.
caseload-backup-unreadable = { $count ->
        [one] Doedd dim modd darllen { $count } achos (efallai bod ei ffeil wedi'i difrodi), a dydy e ddim ynddo.
       *[other] Doedd dim modd darllen { $count } achos (efallai bod eu ffeiliau wedi'u difrodi), a dydyn nhw ddim ynddo.
    }

## Ar ôl "Wedi adfer o'r copi wrth gefn"

caseload-restore-came-back = { $count } achos wedi dod yn ôl ohono
caseload-restore-kept = { $count ->
        [one] { $count } achos a ychwanegwyd ers y copi wrth gefn wedi'i gadw fel yr oedd
       *[other] { $count } achos a ychwanegwyd ers y copi wrth gefn wedi'u cadw fel yr oedden nhw
    }
caseload-restore-left-out = { $count ->
        [one] { $count } achos ohono heb ei roi yn ei le, ac mae fel yr oedd o'r blaen
       *[other] { $count } achos ohono heb eu rhoi yn eu lle, ac maen nhw fel yr oedden nhw o'r blaen
    }
caseload-restore-separator = { "; " }
caseload-restore-sentence = { $parts }.
