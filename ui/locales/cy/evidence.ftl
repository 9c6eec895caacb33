## Adroddiad ac allforio: PDF ar gyfer yr heddlu neu lys, allforiad ar gyfer gweithiwr achos neu gyfreithiwr,
## ac agor allforiad wedi'i gloi a anfonodd rhywun.

evidence-title = Adroddiad ac allforio
evidence-lead = Mae hyn yn gwneud adroddiad o'r digwyddiadau rydych chi'n eu dewis, i'w roi i'r heddlu, llys, cyfreithiwr neu eiriolwr. Dim ond yr hyn rydych chi'n ei ddewis sy'n mynd i mewn. Mae pob cofnod a ddewiswch yn mynd i mewn yn gyfan: pob fersiwn ohono, ble digwyddodd, a'i ffeiliau atodedig.
evidence-warning-title = Cyn i chi ddewis:
evidence-warning-other-side = mewn achos gan yr heddlu neu'r llys, efallai y bydd yr ochr arall, gan gynnwys y person dan sylw, yn cael gweld yr adroddiad. Rhowch i mewn dim ond yr hyn rydych chi'n gyfforddus iddyn nhw ei weld.
evidence-warning-never-included = Dydy eich cynllun diogelwch, eich cysylltiadau a'r cyfeiriadau ynddyn nhw byth yn cael eu cynnwys oni bai eich bod yn eu dewis fesul un isod. Mae pob cofnod a ddewiswch yn cynnwys yr hyn a ysgrifennoch am ble digwyddodd. Mae'r adroddiad hefyd yn dangos faint o gofnodion sydd yn eich cofnod digwyddiadau cyfan (nid beth maen nhw'n ei ddweud), oherwydd dyna sut y gellir ei wirio.

## Beth sy'n mynd i mewn

evidence-what-goes-in = Beth sy'n mynd i mewn
evidence-period = Cyfnod
evidence-period-hint = Mae'r ddau ddyddiad wedi'u cynnwys. Gadewch nhw'n wag i weld pob cofnod.
evidence-from = O
evidence-until = Hyd at
evidence-show-entries = Dangos cofnodion
evidence-entries = Cofnodion
evidence-choose-all = Dewis y cyfan
evidence-choose-none = Dewis dim
evidence-chosen-count = { $chosen } o { $total } wedi'u dewis
evidence-no-entries = Dim cofnodion yn y cyfnod hwn.
evidence-entries-error = Doedd dim modd llwytho'r cofnodion. Rhowch gynnig arall arni.
evidence-row-files = { $count } ffeil
evidence-row-nothing-written = Dim byd wedi'i ysgrifennu o dan “Beth a ddywedwyd neu a wnaed”.
evidence-happened-range = { $start } i { $end }
evidence-name-label = Enw i'w ddangos ar y dudalen deitl (dewisol)
evidence-name-hint = Er enghraifft eich enw, neu gyfeirnod a roddodd yr heddlu i chi. Gadewch yn wag os yw'n well gennych.
# The report's language, offered when the app is not in English. $language is the language's own name (Cymraeg, Polski…).
evidence-language-label = Iaith yr adroddiad
evidence-language-hint = Mae angen yr adroddiad yn Saesneg ar yr heddlu a'r llysoedd yng Nghymru a Lloegr. Mae geiriau'r adroddiad ei hun yn newid yn ôl yr iaith; dydy'r hyn a ysgrifennoch chi byth yn cael ei gyfieithu, ac mae'n cael ei ddangos fel y gwnaethoch chi ei ysgrifennu. Mewn dwy iaith, mae'r adroddiad cyfan yn ymddangos ddwywaith.
evidence-language-both =
    Yn Saesneg ac yn { $language ->
        [Cymraeg] Gymraeg
       *[other] { $language }
    } (Saesneg yn gyntaf)
evidence-language-own =
    Yn { $language ->
        [Cymraeg] Gymraeg
       *[other] { $language }
    } yn unig
evidence-language-english = Yn Saesneg yn unig
evidence-embed-label = Rhoi lluniau (PNG a JPEG) yn yr adroddiad fel delweddau
evidence-embed-hint = Y naill ffordd neu'r llall, mae pob ffeil atodedig wedi'i rhestru gyda'i hôl bys (SHA-256), fel y gellir dangos yn nes ymlaen mai'r un ffeil yw hi.
evidence-draft-label = Dewisiadau ar gyfer adroddiad
evidence-draft-save-hint = defnyddir y dewisiadau hyn pan fyddwch chi'n cadw'r adroddiad neu'r allforiad

## Cynnwys hefyd

evidence-extras-summary = Cynnwys hefyd eitemau o'r cynllun, cysylltiadau, sgriniadau risg, pobl neu orchmynion (dewisol)
evidence-extras-ticked = ({ $count ->
        [0] dim wedi'u ticio
        [one] { $count } wedi'i dicio
       *[other] { $count } wedi'u ticio
    })
evidence-extras-never-unless-ticked = Dydy'r rhain byth yn cael eu cynnwys oni bai eich bod yn eu ticio yma. Gall unrhyw un sy'n cael yr adroddiad neu'r allforiad ddarllen unrhyw beth rydych chi'n ei dicio.
evidence-extras-contact-hint = Mae cyswllt wedi'i dicio yn mynd i mewn gyda'u henw, y berthynas, sut i'w cyrraedd a'r hyn maen nhw'n ei wybod. Dydy eu gair cod, eu cynllun cadw mewn cysylltiad a'u hamseroedd diogel byth yn mynd i mewn.
evidence-extras-person-hint = Mae person wedi'i dicio yn mynd i mewn gyda phopeth a ysgrifennwyd amdanyn nhw (cyfeiriadau, gweithleoedd a chyfryngau cymdeithasol hefyd); gorchymyn wedi'i dicio gyda'i amodau a phwy mae yn ei erbyn.
evidence-group-contacts = Cysylltiadau dibynadwy
evidence-group-screenings = Sgriniadau risg
evidence-group-people = Pwy sy'n achosi niwed
evidence-group-orders = Gorchmynion ac amodau
evidence-screening-label = { $name }, { $date } (cadwyd { $time }): { $level }, { $yes }
evidence-screening-label-alone = { $name }, { $date } (cadwyd { $time }), atebwyd heb neb arall: { $level }, { $yes }
evidence-screening-label-with = { $name }, { $date } (cadwyd { $time }), gyda { $advocate }: { $level }, { $yes }
evidence-screening-label-with-an-advocate = { $name }, { $date } (cadwyd { $time }), gydag eiriolwr: { $level }, { $yes }
evidence-extras-empty = Does dim byd yma i'w ddewis eto: dim camau yn y cynllun, cysylltiadau, sgriniadau, pobl na gorchmynion.
evidence-extras-error = Doedd dim modd llwytho eich cynllun, eich cysylltiadau a'ch sgriniadau. Rhowch gynnig arall arni.

## Problemau gyda'r dewis

evidence-problem-from-date = Rhowch y dyddiad “O” fel diwrnod, mis a blwyddyn, neu gadewch ef yn wag.
evidence-problem-until-date = Rhowch y dyddiad “Hyd at” fel diwrnod, mis a blwyddyn, neu gadewch ef yn wag.
evidence-problem-until-before-from = Mae'r dyddiad “Hyd at” cyn y dyddiad “O”. Newidiwch un ohonyn nhw.
evidence-problem-not-loaded = Dydy'r rhestr o gofnodion ddim wedi llwytho eto. Pwyswch “Dangos cofnodion”.
evidence-problem-dates-changed = Cafodd y dyddiadau eu newid ar ôl i'r rhestr gael ei dangos. Pwyswch “Dangos cofnodion” a gwiriwch beth sydd wedi'i dicio.
evidence-problem-no-entries = Does dim cofnodion yn y cyfnod hwn. Dewiswch ddyddiadau eraill, neu gadewch nhw'n wag i weld pob cofnod.
evidence-problem-none-ticked = Ticiwch o leiaf un cofnod i'w gynnwys.

## Yr adroddiad PDF

evidence-report-title = Adroddiad ar gyfer yr heddlu neu lys
evidence-report-about = PDF y gallwch ei argraffu neu ei anfon, gyda'r cofnodion a ddewiswyd yn nhrefn dyddiad, pryd ysgrifennwyd pob un, unrhyw gywiriadau, a ffordd o wirio na chafodd dim ei newid wedyn.
evidence-save-report = Cadw adroddiad PDF
evidence-saving = Wrthi'n cadw…
evidence-report-making = Wrthi'n gwneud yr adroddiad. Bydd y ffenestr gadw yn agor pan fydd yn barod.
evidence-report-error = Doedd dim modd gwneud yr adroddiad. Chafodd dim byd yn yr ap ei newid. Rhowch gynnig arall arni.
evidence-not-saved = Heb ei gadw.
evidence-report-saved = Adroddiad wedi'i gadw: { $entries } cofnod, { $pages } tudalen.
evidence-pictures-left-out = Doedd dim modd rhoi rhai lluniau yn yr adroddiad; maen nhw wedi'u rhestru gyda'u holion bysedd.

## Yr allforiad

evidence-export-title = Allforio ar gyfer gweithiwr achos neu gyfreithiwr
evidence-export-about = Yr un cofnodion a ddewiswyd fel ffeil y gall cyfrifiaduron ei darllen: y data, y ffeiliau atodedig gwreiddiol, a rhestr o'u holion bysedd (SHA-256) i ddangos na chafodd yr un ei newid. Mae lluniau bob amser yn cael eu cynnwys fel y ffeiliau gwreiddiol.
evidence-export-how = Sut i'w gadw
evidence-export-plain = Ffeil zip gyffredin (gall unrhyw un sydd â'r ffeil ei hagor)
evidence-export-locked = Wedi'i chloi â chyfrinymadrodd (yn cael ei hagor gyda'r ap hwn)
evidence-passphrase = Cyfrinymadrodd
evidence-passphrase-hint = O leiaf { $min } nod, fel ychydig o eiriau wedi'u rhoi at ei gilydd. Rhowch y cyfrinymadrodd i'r person sy'n cael y ffeil mewn ffordd wahanol, er enghraifft dros y ffôn, nid yn yr un e-bost.
evidence-passphrase-again = Teipiwch y cyfrinymadrodd eto
evidence-save-export = Cadw'r allforiad
evidence-export-choose-where = Dewiswch ble i'w gadw…
evidence-export-error = Doedd dim modd gwneud yr allforiad. Chafodd dim byd yn yr ap ei newid. Rhowch gynnig arall arni.
evidence-export-saved = Allforiad wedi'i gadw: { $entries } cofnod, { $files ->
        [0] dim ffeiliau atodedig
       *[other] { $files } ffeil atodedig
    }.
evidence-locked-export-saved = Allforiad wedi'i gloi wedi'i gadw: { $entries } cofnod, { $files ->
        [0] dim ffeiliau atodedig
       *[other] { $files } ffeil atodedig
    }.
evidence-problem-passphrase-missing = Dewiswch gyfrinymadrodd i gloi'r allforiad ag ef.
evidence-problem-passphrase-short = Mae angen o leiaf { $min } nod ar y cyfrinymadrodd, fel ychydig o eiriau wedi'u rhoi at ei gilydd.
evidence-problem-passphrase-again = Teipiwch y cyfrinymadrodd eilwaith.
evidence-problem-passphrase-differs = Dydy'r ddau gyfrinymadrodd ddim yr un fath. Teipiwch ef eto.

## Agor allforiad wedi'i gloi

evidence-open-title = Agor allforiad wedi'i gloi a anfonodd rhywun atoch
evidence-open-hint = Gofynnir i chi ddewis y ffeil, yna ble i gadw'r copi agored. Mae'r copi agored yn ffeil zip gyffredin y gall unrhyw un sydd â hi ei darllen, felly cadwch hi rywle diogel.
evidence-open-passphrase = Y cyfrinymadrodd a roddwyd i chi
evidence-open-button = Agor allforiad wedi'i gloi…
evidence-opening = Wrthi'n agor…
evidence-open-choose-file = Dewiswch y ffeil wedi'i chloi…
evidence-open-error = Doedd dim modd agor y ffeil. Chafodd dim byd ei gadw. Rhowch gynnig arall arni.
evidence-problem-open-passphrase-missing = Teipiwch y cyfrinymadrodd a roddwyd i chi gyda'r ffeil.
evidence-problem-open-passphrase-short = Mae allforion wedi'u cloi yn defnyddio cyfrinymadrodd o leiaf { $min } nod, felly dydy hwn ddim yn gyflawn. Gwiriwch ef gyda'r person a anfonodd y ffeil.
evidence-opened = Wedi'i agor a'i gadw.
evidence-not-opened = Heb ei agor.
