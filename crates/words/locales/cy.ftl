### The words of the documents the app writes: the report of incidents for the police or a court,
### the printed plan, and the README of the machine-readable export.
###
### The report is evidence of stalking or abuse. Say exactly what the English says, no more and
### no less: it counts, quotes and describes; it never judges, and it never names an offence
### (harassment, stalking) where the English does not.
### Keep as they are: digits (never other digits), SHA-256, ed25519, DASH, S-DASH, SafeLives,
### MARAC, 999, and every command, file name and field name in the README.
### A variable such as { $date } is filled in by the app: keep each one, in the place your
### language needs it.

## Dates and times

# The days of the week, abbreviated, Monday first: as in "Tue 3 Nov 2026, 21:40 (UTC+00:00)".
date-weekday-1 = Llun
date-weekday-2 = Maw
date-weekday-3 = Mer
date-weekday-4 = Iau
date-weekday-5 = Gwe
date-weekday-6 = Sad
date-weekday-7 = Sul

# The months, abbreviated: as in "3 Nov 2026". They are only used inside a date, so give the
# form your language uses there (a genitive, say).
date-month-1 = Ion
date-month-2 = Chwef
date-month-3 = Maw
date-month-4 = Ebr
date-month-5 = Mai
date-month-6 = Meh
date-month-7 = Gorff
date-month-8 = Awst
date-month-9 = Medi
date-month-10 = Hyd
date-month-11 = Tach
date-month-12 = Rhag

# A day: "3 Nov 2026". $day and $year are digits; $month is one of the date-month messages.
date-day = { $day } { $month } { $year }
# A day and a time, in the table of all incidents: "3 Nov 2026 21:40". $time is on the 24-hour
# clock.
date-day-time = { $day } { $month } { $year }, { $time }
# When something happened or was written down: "Tue 3 Nov 2026, 21:40 (UTC+00:00)". $weekday is
# one of the date-weekday messages, $time is "21:40" or "21:40:05" (24-hour clock), $offset is
# the difference from UTC, as "+01:00".
date-moment = { $weekday }, { $day } { $month } { $year }, { $time } (UTC{ $offset })

## Types of incident (the person chose one for each incident)

kind-following = Dilyn
kind-loitering = Aros neu sefyllian gerllaw
kind-calls = Galwadau ffôn
kind-messages = Negeseuon
kind-social-media = Cyfryngau cymdeithasol
kind-gifts-letters = Anrhegion neu lythyrau
kind-damage = Difrod i eiddo
kind-third-party-contact = Cysylltu drwy bobl eraill
# Someone tracking where the person is, or getting into their phone or online accounts.
kind-tracking-account-access = Tracio neu fynd i mewn i gyfrifon
kind-threats = Bygythiadau
# A breach of a court order or of bail conditions.
kind-order-breach = Torri gorchymyn
kind-other = Rhywbeth arall

## The four behaviour markers the police use to describe stalking ("FOUR": Fixated, Obsessed,
## Unwanted, Repeated). The person marks each incident with any of them.

behaviour-fixated = Sefydlog
behaviour-obsessed = Obsesiynol
behaviour-unwanted = Digroeso
behaviour-repeated = Ailadroddus

## The sections of the plan, in the report and on the printed plan. They are printed on the
## plan a person may leave on a printer: never use the word "safety" in them.

plan-section-emergency = Mewn argyfwng
plan-section-safe-places = Lleoedd diogel
plan-section-code-words = Geiriau cod
# A bag packed and hidden, ready to leave in a hurry.
plan-section-escape-bag = Bag dianc
plan-section-documents = Dogfennau pwysig
plan-section-home = Gartref
plan-section-work-school = Gwaith ac ysgol
plan-section-travel = Mynd o le i le
plan-section-children = Plant
plan-section-pets = Anifeiliaid anwes
plan-section-online-safety = Ffonau, cyfrifiaduron a chyfrifon
plan-section-legal = Amddiffyniad cyfreithiol
plan-section-support = Gwasanaethau cymorth

## Kinds of order a court or the police can make (the law of England and Wales). Where your
## language has no name for one, keep the English and add a translation in brackets.

order-kind-spo = Gorchymyn Diogelu rhag Stelcio (Stalking Protection Order)
order-kind-nmo = Gorchymyn rhag molestu (non-molestation order)
order-kind-restraining = Gorchymyn atal (restraining order)
# An order saying who may live in, or enter, a home.
order-kind-occupation = Gorchymyn anheddu (occupation order)
order-kind-dapo = Gorchymyn Diogelu rhag Cam-drin Domestig (Domestic Abuse Protection Order)
order-kind-dvpo = Gorchymyn Diogelu rhag Trais Domestig (Domestic Violence Protection Order)
order-kind-bail = Amodau mechnïaeth (bail conditions)
order-kind-other = Gorchymyn neu amod arall

## The report: its title page and the foot of every page

# The report's title, on its first page and as the PDF file's own title.
report-title = Cofnod digwyddiadau
report-subtitle = Cofnod o ddigwyddiadau, wedi'u hysgrifennu ar yr adeg y digwyddon nhw neu'n fuan wedyn.
# Beside the name of the person who kept the log.
report-kept-by = Wedi'i gadw gan
report-period-covered = Y cyfnod dan sylw
# $from and $until are days (as date-day).
report-period = { $from } i { $until }
report-incident-count = Digwyddiadau yn yr adroddiad hwn
report-corrected-later = Wedi'u cywiro yn ddiweddarach
# How many incidents were corrected after they were first written down.
report-corrected-count =
    { $count ->
        [two] { $count } ddigwyddiad
       *[other] { $count } digwyddiad
    } (dangosir pob fersiwn gynharach gyda'r digwyddiad)
report-made = Gwnaed yr adroddiad
report-how-to-read = Sut i ddarllen yr adroddiad hwn
report-how-to-read-times = Mae pob digwyddiad yn dangos pryd y digwyddodd (fel yr ysgrifennodd y person ef) a phryd y cafodd ei ysgrifennu (wedi'i gymryd o gloc yr ap ei hun ar yr eiliad y cafodd ei gadw, cloc na all y person ei osod).
report-how-to-read-versions = Does dim modd golygu na dileu cofnodion yn yr ap. Caiff cywiriad ei gadw fel fersiwn newydd; caiff y fersiynau cynharach eu cadw a'u dangos yn yr adroddiad hwn gyda'r digwyddiad.
report-how-to-read-chain = Mae pob fersiwn o bob cofnod wedi'i chysylltu â'r un o'i blaen drwy gadwyn stwnsh (hash chain) SHA-256, ac wedi'i llofnodi gan yr ap. Mae'r adran olaf yn egluro sut i wirio hyn, ac yn rhoi pen y gadwyn: stwnsh y cofnod mwyaf diweddar pan wnaed yr adroddiad.
report-how-to-read-files = Mae ffeiliau sydd wedi'u hatodi fel tystiolaeth wedi'u rhestru gyda'u SHA-256, y gall unrhyw un ei gymharu â'r ffeil wreiddiol.
# At the foot of every page. $made is the day the report was made (as date-day); $page and
# $pages are numbers.
report-footer = Cofnod digwyddiadau · gwnaed { $made } · tudalen { $page } o { $pages }
# The same, with the start of the chain head (the hash of the newest entry) as $head.
report-footer-with-head = Cofnod digwyddiadau · gwnaed { $made } · pen y gadwyn { $head }… · tudalen { $page } o { $pages }

## The report: the table of all incidents

report-all-in-order = Pob digwyddiad mewn trefn
# Column headers. "#" is the incident's number in the table.
report-column-number = #
report-column-happened = Digwyddodd
report-column-written-down = Ysgrifennwyd
report-column-type = Math
report-column-where = Ble
report-column-crime-reference = Cyfeirnod trosedd
# A cell of the table shows only the start of a long text ($text); the incident's own section
# further on gives it in full.
report-cell-cut = { $text }… (yn llawn isod)

## The report: each incident in full

# $number and $total are numbers, $kind is a type of incident (a kind- message).
report-incident-heading = Digwyddiad { $number } o { $total }: { $kind }
# The labels of an incident's fields, in the order they are shown.
report-field-happened = Digwyddodd
# An incident that went on for a while: $from and $until are as date-moment.
report-happened-until = { $from }, tan { $until }
# When the entry was saved, by the app's own clock.
report-field-written-down = Ysgrifennwyd
report-field-this-version = Ysgrifennwyd y fersiwn hon
# $written is as date-moment; $version and $versions are numbers.
report-this-version = { $written } (fersiwn { $version } o { $versions }; dangosir fersiynau cynharach isod)
report-field-where = Ble
# The people the incident is linked to.
report-field-who = Pwy
# The condition of an order the person marked the incident as breaching.
report-field-breaching = Wedi'i nodi fel achos o dorri
report-field-type = Math
# The behaviour markers (behaviour- messages) the person marked the incident with.
report-field-marked-as = Wedi'i nodi fel
report-field-said-or-done = Beth a ddywedwyd neu a wnaed
# How the person causing harm looked.
report-field-appearance = Sut roedden nhw'n edrych
report-field-vehicle = Cerbyd
report-field-witnesses = Tystion
# The effect on the person who kept the log (in their own words).
report-field-effect-on-me = Yr effaith arna i
report-field-effect-on-life = Yr effaith ar fywyd bob dydd
report-field-officer = Swyddog heddlu
report-field-crime-reference = Cyfeirnod trosedd
# Anyone else the incident was reported to (a landlord, a school, a support service).
report-field-reported-to = Wedi rhoi gwybod hefyd i
report-field-attached = Ffeiliau wedi'u hatodi
# Beside "Attached files" when a version had none.
report-attached-none = (dim)
# Each attached file is numbered: "File 1", "File 2".
report-file-label = Ffeil { $number }
# An attached file: its name, its type (as "image/png") and its size (a report-size- message).
report-file = { $name } ({ $type }, { $size })
report-size-bytes =
    { $bytes ->
        [two] { $bytes } feit
       *[other] { $bytes } beit
    }
# $size has one decimal, written with a full stop ("1.5").
report-size-kb = { $size } KB
report-size-mb = { $size } MB
# Read out by a screen reader for a picture in the report; $name is the file's name.
report-picture-alt = Llun wedi'i atodi i'r cofnod hwn: { $name }
report-earlier-versions = Fersiynau cynharach. Mae pob un yn dangos dim ond lle roedd yn dweud rhywbeth gwahanol i'r fersiwn a ysgrifennwyd ar ei hôl.
# $version and $versions are numbers, $written is as date-moment.
report-version-written = Fersiwn { $version } o { $versions }, ysgrifennwyd { $written }
report-no-differences = (dim gwahaniaeth yn y cynnwys)
# The entry's SHA-256, which links it into the chain of all entries.
report-entry-hash = Stwnsh y cofnod
# Below the entry's hash: its place in the chain of all entries (a number).
report-chain-position = (safle yn y gadwyn: { $position })
# Between the items of a list, as in "Fixated, Repeated". The quotes keep its spaces.
report-list-separator = {", "}
# In place of a field left empty.
report-not-recorded = (heb ei gofnodi)
# Beside a field that runs on from the page before.
report-continued = (parhad)

## The report: what else the person chose to include, one item at a time

report-also-included = Hefyd wedi'u cynnwys, wedi'u dewis fesul un
report-from-plan = O'r cynllun diogelwch
# A step of the plan ($text, in the person's words) and the day it was done.
report-plan-item-done = { $text } (wedi'i wneud { $date })
report-contacts = Cysylltiadau
report-contact-name = Enw
report-contact-relationship = Perthynas
report-contact-how-to-reach = Sut i gysylltu
report-contact-what-they-know = Beth maen nhw'n ei wybod
# "The person" (second time) is the person who kept the log.
report-people = Y person sy'n achosi niwed, fel y mae'r person a gadwodd y cofnod yn eu disgrifio
report-person-name = Enw
report-person-other-names = Enwau eraill
report-person-relationship = Sut mae'r person yn eu hadnabod
report-person-description = Disgrifiad
report-person-vehicles = Cerbydau
report-person-addresses = Cyfeiriadau
report-person-workplaces = Gweithleoedd
report-person-social-media = Cyfryngau cymdeithasol
report-person-photo = Llun
# The photo's file name and its SHA-256.
report-photo-file = { $name } (SHA-256 { $sha256 })
# Read out by a screen reader for the photo; $name is the file's name.
report-photo-alt = Llun o'r person a ddisgrifir: { $name }
report-photo-kept = wedi'i gadw yn yr ap (heb ei argraffu yma)
report-orders = Gorchmynion ac amodau
report-orders-intro = Amodau fel y maen nhw wedi'u geirio nawr. Mae cofnod sydd wedi'i nodi fel achos o dorri un ohonyn nhw yn ei ddyfynnu fel yr oedd wedi'i eirio pan ysgrifennwyd y cofnod.
report-order = Gorchymyn
# An order's name: its kind (an order-kind- message) and the court's reference for it.
report-order-title = { $kind }, { $reference }
# The person the order is against.
report-order-against = Yn erbyn
# The court or police force that made the order.
report-order-made-by = Wedi'i wneud gan
report-order-made-on = Dyddiad ei wneud
report-order-ends = Yn dod i ben
report-order-condition = Amod { $number }
report-order-note = Nodyn

## The report: its last section, how to check it

report-checking = Gwirio'r adroddiad hwn
# $count is the number of entries in the whole log.
report-chain-intact =
    Pan wnaed yr adroddiad hwn, fe wnaeth yr ap ailwirio pob cofnod yn y log cyfan ({ $count ->
        [two] { $count } gofnod
        [few] { $count } chofnod
        [many] { $count } chofnod
       *[other] { $count } cofnod
    }, gan gynnwys unrhyw rai nad ydyn nhw yn yr adroddiad hwn): roedd pob stwnsh, cyswllt a llofnod yn gywir.
# $position is a number; $problem is one of the chain-break- messages (at the end of this file).
report-chain-broken = Pan wnaed yr adroddiad hwn, fe wnaeth yr ap ailwirio'r log cyfan a chanfod problem yn safle { $position } yn y gadwyn: { $problem }. Mae'n bosibl bod cofnodion o'r pwynt hwnnw ymlaen wedi cael eu difrodi neu eu newid y tu allan i'r ap.
# The chain head is the hash of the newest entry in the whole log.
report-chain-head-position = Safle pen y gadwyn
report-chain-head-hash = SHA-256 pen y gadwyn
report-chain-head = Pen y gadwyn
report-signing-key = Allwedd llofnodi (ed25519)
report-how-chain-works = Sut mae'r gadwyn yn gweithio
report-chain-encoding = Caiff pob fersiwn o bob cofnod ei hamgodio mewn ffordd sefydlog (sydd wedi'i dogfennu gyda'r ap), a chyfrifir ei stwnsh gyda SHA-256. Mae'r amgodiad yn cynnwys stwnsh y cofnod o'i flaen, felly mae pob stwnsh yn dibynnu ar bopeth a ysgrifennwyd cyn hynny. Mae newid, dileu neu aildrefnu unrhyw gofnod cynharach yn newid pob stwnsh ar ei ôl.
report-chain-head-note = Pen y gadwyn uchod yw stwnsh y cofnod mwyaf diweddar yn y log cyfan pan wnaed yr adroddiad hwn. Cadwch nodyn ohono, neu gofynnwch i'r person sy'n cael yr adroddiad hwn wneud hynny. Mae adroddiad diweddarach y mae ei gadwyn yn dal i gynnwys y pen hwn, yn yr un safle, yn dangos nad oes dim a ysgrifennwyd cyn hynny wedi cael ei newid na'i ddileu ers hynny.
report-chain-signed = Mae pob cofnod hefyd wedi'i lofnodi â'r allwedd llofnodi uchod, sy'n dangos iddo gael ei ysgrifennu gan yr un copi o'r ap.
# Keep each command as it is; FILE stands for the file's name and may be translated.
report-chain-check-file = I wirio ffeil sydd wedi'i hatodi, cyfrifwch ei SHA-256 a'i gymharu â'r un a restrir: ar Windows, certutil -hashfile FFEIL SHA256; ar macOS, shasum -a 256 FFEIL; ar Linux, sha256sum FFEIL.
report-chain-export = Mae'r allforiad o'r ap y gall peiriannau ei ddarllen yn cynnwys pob maes, stwnsh a llofnod, fel y gellir ailgyfrifo'r gadwyn yn annibynnol.

## The report: "The entries together", the page that counts and quotes the entries before they
## are given one by one. It describes and counts; it never judges or names an offence.

conduct-heading = Y cofnodion gyda'i gilydd
# $table is the name of the table of all incidents (report-all-in-order).
conduct-intro = Mae'r dudalen hon yn cyfrif ac yn dyfynnu'r hyn a ysgrifennodd y person yn y cofnodion sy'n dilyn. Mae pob dyfyniad yn rhoi rhif y cofnod yn y tabl “{ $table }”.
# A number of incidents, used in conduct-summary and beside each behaviour marker.
conduct-incidents =
    { $count ->
        [two] { $count } ddigwyddiad
       *[other] { $count } digwyddiad
    }
conduct-days =
    { $count ->
        [two] { $count } ddiwrnod
       *[other] { $count } diwrnod
    }
conduct-weeks = { $count } wythnos
# "4 incidents over 10 days, between 3 Oct 2026 and 12 Oct 2026.": $incidents is a
# conduct-incidents message, $span a conduct-days or conduct-weeks one, $first and $last days.
conduct-summary = { $incidents } dros { $span }, rhwng { $first } a { $last }.
# The same when the days are not known.
conduct-summary-undated = { $incidents } dros { $span }.
# Beside the first and the latest incident.
conduct-first = Y cyntaf
conduct-latest = Y diweddaraf
# "3 Oct 2026, Following (entry 1)": the day, the type of incident, and its number in the table.
conduct-entry-day = { $date }, { $kind } (cofnod { $entry })
conduct-by-type = Yn ôl math
conduct-column-type = Math o ddigwyddiad
conduct-column-number = Nifer
conduct-behaviour = Ymddygiad a nodwyd
# Use the same four words as the behaviour- messages.
conduct-behaviour-intro = Nododd y person bob digwyddiad ag unrhyw rai o bedwar ymddygiad (Sefydlog, Obsesiynol, Digroeso, Ailadroddus). Ar gyfer pob un, dyfynnir y digwyddiad cyntaf a'r digwyddiad diweddaraf a nodwyd felly.
# The person's own words ($quote), the day, and the entry's number. Use your language's quotation marks.
conduct-quote = “{ $quote }” ({ $date }, cofnod { $entry })
conduct-effects = Yr effaith ar fywyd bob dydd
conduct-effects-intro =
    Ysgrifennodd y person am yr effaith ar eu bywyd bob dydd mewn { $count ->
        [two] { $count } gofnod
        [few] { $count } chofnod
        [many] { $count } chofnod
       *[other] { $count } cofnod
    }:
# After the entries quoted: how many more there are.
conduct-effects-more =
    { $count ->
        [two] { $count } gofnod
        [few] { $count } chofnod
        [many] { $count } chofnod
       *[other] { $count } cofnod
    } arall, pob un wedi'i roi'n llawn gyda'i ddigwyddiad.
conduct-breaches = Amodau a nodwyd fel rhai a dorrwyd
conduct-breaches-intro = Nododd y person fod y cofnodion hyn yn achosion o dorri amod gorchymyn:
# One entry marked as breaching a condition: its number in the table and its day.
conduct-breach-entry = cofnod { $entry } ({ $date })
# The same, for an entry dated before the order was made.
conduct-breach-entry-before = cofnod { $entry } ({ $date }, cyn i'r gorchymyn gael ei wneud)
# The same, for an entry dated after the order ended.
conduct-breach-entry-after = cofnod { $entry } ({ $date }, ar ôl i'r gorchymyn ddod i ben)
# A condition (as the entries recorded it), how many entries were marked as breaching it, and
# those entries (conduct-breach-entry messages, separated by report-list-separator).
conduct-breach =
    { $condition }: { $count ->
        [two] { $count } gofnod
        [few] { $count } chofnod
        [many] { $count } chofnod
       *[other] { $count } cofnod
    }: { $entries }.
# The same when only the first entries are listed: $more is how many more there are.
conduct-breach-more =
    { $condition }: { $count ->
        [two] { $count } gofnod
        [few] { $count } chofnod
        [many] { $count } chofnod
       *[other] { $count } cofnod
    }: { $entries } a { $more } arall.

## The report: risk screenings the person chose. DASH (SafeLives) and S-DASH are the published
## UK checklists; a MARAC is the meeting of agencies that plans for someone at high risk; an
## advocate is the person's domestic abuse or stalking caseworker (IDVA). Keep those names.

screening-heading = Sgriniadau risg, wedi'u dewis fesul un
screening-intro = Caiff pob sgrinio ei gadw fel y cafodd ei ateb, gyda'r diwrnod y cafodd ei wneud. Mae'r cwestiynau yng ngeiriad yr ap ei hun; y rhif wrth ymyl pob un yw rhif y cwestiwn ar y rhestr wirio gyhoeddedig y mae'n ei gwmpasu (rhestr wirio adnabod risg DASH SafeLives, 24 cwestiwn, neu'r S-DASH ar gyfer stelcio, 11 cwestiwn).
screening-instrument-domestic-abuse = Sgrinio cam-drin domestig (meysydd DASH)
screening-instrument-stalking = Sgrinio stelcio (meysydd S-DASH)
# A screening answered with the app's first set of questions, no longer asked.
screening-instrument-earlier = Sgrinio risg (cwestiynau cynharach yr ap)
# $screening is one of the screening-instrument- messages, $date a day.
screening-done = { $screening }, wedi'i wneud { $date }
screening-completed-by = Wedi'i gwblhau gan
screening-by-alone = Y person, ar eu pen eu hunain
screening-by-advocate = Y person gyda'u heiriolwr
# $advocate is the advocate's name (and role), as written.
screening-by-named-advocate = Y person gyda'u heiriolwr, { $advocate }
screening-yes-answers = Atebion ie
# $yes, $questions and $answered are numbers.
screening-yes-count =
    { $yes } o { $questions ->
        [two] { $questions } gwestiwn
        [few] { $questions } chwestiwn
        [many] { $questions } chwestiwn
       *[other] { $questions } cwestiwn
    } ({ $answered } wedi'u hateb)
screening-threshold = Nifer ar gyfer atgyfeirio at MARAC
# $count is the number of "yes" answers that means a referral to a MARAC.
screening-threshold-reached = { $count } ateb ie neu fwy: wedi'i gyrraedd
screening-threshold-not-reached = { $count } ateb ie neu fwy: heb ei gyrraedd
screening-level = Lefel
# Levels of the app's earlier questions.
screening-level-fewer = Llai o bryderon
screening-level-some = Rhai pryderon
screening-level-serious = Pryderon difrifol
# Levels of risk, as used with DASH: standard, medium, high.
screening-level-ungraded = Heb ei raddio (islaw'r nifer, dim barn wedi'i chofnodi)
screening-level-standard = Safonol
screening-level-medium = Canolig
screening-level-high = Uchel
screening-judgement = Barn yr eiriolwr
# $level is a screening-level- message.
screening-judgement-refers = { $level }; yn atgyfeirio at MARAC ar sail barn
screening-reason = Y rheswm a roddwyd
screening-escalation = Gwaethygu
screening-escalation-noted = Tri digwyddiad neu fwy yn ystod y 12 mis diwethaf, wedi'u nodi gan yr eiriolwr
screening-marac-criteria = Meini prawf MARAC wedi'u bodloni
# The reasons for a MARAC referral, listed after one another (the first is given a capital).
screening-marac-count = y nifer
screening-marac-judgement = barn broffesiynol
screening-marac-escalation = gwaethygu
screening-referred = Atgyfeiriwyd at MARAC
screening-review = Adolygiad nesaf
screening-note = Nodyn
# Column headers of the table of questions: the number of the question on the published form.
screening-column-dash = Rhif DASH
screening-column-sdash = Rhif S-DASH
screening-column-question = Cwestiwn (geiriad yr ap)
screening-column-answer = Ateb
screening-answer-yes = Ie
screening-answer-no = Na
screening-answer-not-known = Ddim yn gwybod
screening-answer-none = Heb ei ateb

## The questions of the domestic abuse screening, each covering the question of the DASH
## checklist with the same number (the app's own wording). The screen asks the same questions
## (ui/locales/*/risk.ftl, as risk-q-…): say them in the same words.

screening-question-da-injury = Gawsoch chi eich anafu y tro diwethaf i rywbeth ddigwydd?
screening-question-da-frightened = Ydych chi'n ofnus iawn?
screening-question-da-afraid-of = Ydych chi'n ofni y byddan nhw'n eich brifo eto, neu'n gwneud rhywbeth gwaeth?
screening-question-da-isolated = Ydyn nhw'n eich cadw draw oddi wrth deulu, ffrindiau, eich meddyg neu bobl eraill?
screening-question-da-low-mood = Ydych chi wedi bod yn teimlo'n isel iawn, neu wedi meddwl am ddod â'ch bywyd i ben?
screening-question-da-separation = Ydych chi wedi'u gadael, neu wedi ceisio gwneud hynny, yn ystod y flwyddyn ddiwethaf?
screening-question-da-child-contact = Oes gwrthdaro rhyngoch chi a nhw ynghylch gweld y plant?
screening-question-da-stalking = Ydyn nhw'n dal ati i anfon negeseuon atoch, eich ffonio, eich dilyn neu eich gwylio?
screening-question-da-pregnancy = Ydych chi'n feichiog, neu ydych chi wedi cael babi yn ystod y 18 mis diwethaf?
screening-question-da-more-often = Ydy hyn yn digwydd yn amlach nag o'r blaen?
screening-question-da-worse = Ydy hyn yn gwaethygu?
screening-question-da-control = Ydyn nhw'n ceisio rheoli'r hyn rydych chi'n ei wneud, neu'n genfigennus iawn?
screening-question-da-weapon = Ydyn nhw erioed wedi'ch brifo ag arf neu wrthrych?
screening-question-da-threat-to-kill = Ydyn nhw erioed wedi bygwth eich lladd chi neu rywun arall, ac roeddech chi'n eu credu?
screening-question-da-strangling = Ydyn nhw erioed wedi ceisio'ch tagu, gwasgu'ch gwddf, eich mygu neu eich boddi?
screening-question-da-sexual = Ydyn nhw'n gwneud neu'n dweud pethau rhywiol sy'n eich brifo neu'n gwneud i chi deimlo'n ddrwg, neu'n gwneud hynny i rywun arall?
screening-question-da-other-threat = Oes unrhyw un arall sydd wedi'ch bygwth, neu rydych chi'n ei ofni?
screening-question-da-hurt-others = Ydych chi'n gwybod amdanyn nhw'n brifo unrhyw un arall, fel plant, perthynas neu gyn-bartner?
screening-question-da-animals = Ydyn nhw erioed wedi brifo neu gam-drin anifail neu anifail anwes?
screening-question-da-money = Oes problemau arian, fel dibynnu arnyn nhw am arian, neu eu bod wedi colli eu swydd?
screening-question-da-their-problems = Yn ystod y flwyddyn ddiwethaf, ydy diod, cyffuriau neu eu hiechyd meddwl wedi gwneud bywyd bob dydd yn anodd iddyn nhw?
screening-question-da-their-suicide = Ydyn nhw erioed wedi bygwth cymryd eu bywyd eu hunain, neu wedi ceisio gwneud hynny?
screening-question-da-broken-terms = Ydyn nhw erioed wedi torri amodau mechnïaeth (bail), gorchymyn llys (court order), neu gytundeb ynghylch eich gweld chi neu'r plant?
screening-question-da-police = Ydych chi'n gwybod a ydyn nhw wedi bod mewn trafferth gyda'r heddlu, neu a oes ganddyn nhw gofnod troseddol?

## The questions of the stalking screening, each covering the question of the S-DASH with the
## same number (the app's own wording; the screen asks them too, as risk-q-…).

screening-question-st-frightened = Ydych chi'n ofnus iawn?
screening-question-st-history = Oedden nhw'n eich cam-drin chi neu'n aflonyddu arnoch chi, neu ar unrhyw un arall, cyn i hyn ddechrau?
screening-question-st-damage = Ydyn nhw wedi difrodi neu ddinistrio unrhyw beth sy'n eiddo i chi?
screening-question-st-turns-up = Ydyn nhw'n ymddangos lle rydych chi, heb wahoddiad, fwy na thair gwaith yr wythnos?
screening-question-st-follows = Ydyn nhw wedi'ch dilyn, neu wedi loetran yn agos atoch chi?
screening-question-st-threats = Ydyn nhw wedi bygwth eich brifo'n gorfforol neu'n rhywiol?
screening-question-st-third-parties = Ers i hyn ddechrau, ydyn nhw wedi aflonyddu ar bobl sy'n agos atoch chi (teulu, plant, ffrindiau, partner, cydweithwyr neu gymdogion)?
screening-question-st-violent-to-others = Ydyn nhw wedi bod yn dreisgar tuag at unrhyw un arall tra bo hyn wedi bod yn digwydd?
screening-question-st-helpers = Ydyn nhw wedi cael pobl eraill i'w helpu, p'un a yw'r bobl hynny'n gwybod hynny ai peidio?
screening-question-st-drink-drugs = Ydy'n hysbys eu bod yn camddefnyddio diod neu gyffuriau?
screening-question-st-violent-before = Ydyn nhw wedi bod yn dreisgar yn y gorffennol, yn gorfforol neu'n emosiynol?

## The app's earlier questions: no longer asked, but screenings answered with them are kept and
## can be put in a report.

screening-question-weekly = Ydy hyn yn digwydd bob wythnos, neu'n amlach?
screening-question-worse = Ydy hyn wedi bod yn digwydd yn amlach, neu'n mynd yn fwy brawychus, yn ddiweddar?
screening-question-long-running = Ydy hyn wedi bod yn mynd ymlaen ers mwy nag ychydig fisoedd?
screening-question-threats = Ydyn nhw wedi'ch bygwth chi, eich plant, neu rywun sy'n agos atoch chi?
screening-question-threat-to-kill = Ydyn nhw wedi bygwth eich lladd neu eich brifo'n ddifrifol, neu frifo eu hunain?
screening-question-violence = Ydyn nhw erioed wedi'ch brifo, neu wedi bod yn dreisgar tuag at unrhyw un arall?
screening-question-weapon = Oes ganddyn nhw arf, neu ydyn nhw wedi sôn am gael neu ddefnyddio un?
screening-question-third-parties = Ydyn nhw wedi cael pobl eraill i gysylltu â chi, eich gwylio neu eich dilyn ar eu rhan?
screening-question-turns-up = Ydyn nhw wedi ymddangos yn eich cartref, eich gwaith, eich ysgol neu lefydd rydych chi'n mynd iddyn nhw?
screening-question-damage = Ydyn nhw wedi difrodi neu ymyrryd â'ch pethau, eich car, eich cartref neu eich post?
screening-question-tracking = Ydyn nhw fel petaen nhw'n gwybod ble rydych chi, neu'n mynd i mewn i'ch ffôn neu'ch cyfrifon?
screening-question-fear = Oes arnoch chi ofn beth allen nhw ei wneud nesaf?
screening-question-changed-life = Ydych chi wedi newid eich trefn, eich gwaith neu eich cartref o'u hachos nhw?
screening-question-order-breach = Ydyn nhw wedi torri gorchymyn llys (court order), amodau mechnïaeth (bail conditions) neu rybudd gan yr heddlu?
screening-question-former-partner = Ydyn nhw'n gyn-bartner i chi?

## The printed plan, for the person alone (not for court). A page left on a printer must not
## say what it is for: never use the word "safety" (or yours for it) here, not even in the title.

# The PDF file's own title.
plan-sheet-title = Cynllun
plan-sheet-heading = Fy nghynllun
# $date is the day it was printed (as date-day).
plan-sheet-made-on = Gwnaed ar { $date }. Gall unrhyw un sy'n dod o hyd i'r dudalen hon ei darllen: cadwch hi rywle lle dim ond chi sy'n mynd, neu gyda rhywun rydych chi'n ymddiried ynddo.
# Where the person is in their situation (a plan-sheet-stage- message beside it).
plan-sheet-stage = Ble rydw i nawr
plan-sheet-stage-staying = Aros
plan-sheet-stage-preparing-to-leave = Paratoi i adael
plan-sheet-stage-after-leaving = Ar ôl gadael
# Beside the day the person means to read the plan again.
plan-sheet-review = Edrych arno eto ar
# A step of the plan that is done: the step ($step, in the person's words) and the day.
plan-sheet-step-done = { $step } (wedi'i wneud { $date })
plan-sheet-empty = Does dim byd wedi'i ysgrifennu yn y cynllun eto.
plan-sheet-people = Pobl rydw i'n ymddiried ynddyn nhw
plan-sheet-no-people = Does dim cysylltiadau dibynadwy wedi'u hysgrifennu eto.
plan-sheet-name = Enw
plan-sheet-who = Pwy ydyn nhw i mi
plan-sheet-how-to-reach = Sut i'w cyrraedd
# A word agreed with the contact that means "I need help".
plan-sheet-code-word = Gair cod
# How and when the person and the contact check that all is well.
plan-sheet-check-in = Gwirio fy mod yn iawn
# When it is safe to contact the person.
plan-sheet-safe-times = Amseroedd diogel
plan-sheet-emergency = Mewn argyfwng
# Said of a contact the person allowed to be called in an emergency.
plan-sheet-may-be-called = Gellir eu ffonio
# UK numbers: 999 is the emergency number; pressing 55 on a silent 999 call from a mobile is the
# police's "Silent Solution" (keep that name).
plan-sheet-danger = Mewn perygl nawr: ffoniwch 999. Os na allwch chi siarad, ffoniwch 999 o ffôn symudol, gwrandewch, yna pwyswch 55 pan ofynnir i chi (y Silent Solution).
# At the foot of every page: $made is the day it was printed, $page and $pages are numbers.
plan-sheet-footer = { $made } · tudalen { $page } o { $pages }

## The README.txt in the machine-readable export (a plain text file). Keep every file name
## (incidents.json, SHA256SUMS, attachments/), field name (the words with underscores) and
## command as it is. The line breaks are kept: break lines at about 80 characters.

bundle-readme-title = Allforiad y cofnod digwyddiadau
# Beside the file name incidents.json.
bundle-readme-incidents =
    Pob digwyddiad a ddewiswyd ar gyfer yr allforiad hwn, gyda phob fersiwn ohono
    (mae cywiriad yn fersiwn newydd; caiff fersiynau cynharach eu cadw). Mae gan
    bob fersiwn occurred_at (pryd y digwyddodd, fel yr ysgrifennwyd), recorded_at
    (pryd y cafodd ei chadw, o gloc yr ap ei hun), pob maes, ei hatodiadau,
    prev_hash, hash a llofnod ed25519 o'r stwnsh (hash).
# Beside the folder name attachments/.
bundle-readme-attachments =
    Y ffeiliau gwreiddiol, beit am feit. Mae incidents.json yn cysylltu id pob
    atodiad â'i ffeil yma (attachment_files) ac yn rhestru ei SHA-256.
# Beside the file name SHA256SUMS.
bundle-readme-sums = SHA-256 pob ffeil arall yn yr allforiad hwn.
bundle-readme-checking-files = Gwirio'r ffeiliau
# After "Windows: ". Keep the command as it is; FILE stands for a file's name and may be
# translated (the same word both times).
bundle-readme-windows = certutil -hashfile FFEIL SHA256   (cymharwch â'r llinell ar gyfer FFEIL)
bundle-readme-checking-log = Gwirio'r log
bundle-readme-log =
    Mae pob fersiwn o bob cofnod yn rhan o un gadwyn stwnsh (hash chain) SHA-256:
    mae ei stwnsh yn cwmpasu amgodiad beit sefydlog o'i holl feysydd, stwnsh ei
    hatodiadau a stwnsh y cofnod blaenorol (mae canonical_encoding yn
    incidents.json yn enwi'r gosodiad; mae wedi'i ddogfennu gyda chod ffynhonnell
    yr ap yn crates/store/src/canonical.rs). chain_head yw'r cofnod mwyaf
    diweddar yn y log cyfan pan wnaed yr allforiad hwn; mae chain_at_export yn
    dweud a oedd yr ap wedi canfod bod y gadwyn gyfan heb ei thorri ar yr eiliad
    honno. Mae allforiad diweddarach y mae ei gadwyn yn dal i gynnwys y pen hwn
    yn yr un safle yn dangos nad oes dim cyn hynny wedi cael ei newid na'i
    ddileu.

## The pages of the everyday notebook a second PIN opens. The person may have to open it in front
## of someone who makes them: it must look like anyone's dull notebook. Write pages a person who
## speaks your language in the UK might keep: change a food, a film or a habit to one more usual
## for them where that reads better, but keep each page dull, and never add anything about
## safety, health, worries, money trouble, named people, pets, cars or places the person would
## have to be. Keep the line breaks: each line is a line of the page. { $n } is a number the app
## picks (a different one each time it appears): keep each where your language needs it, and
## write no other digits than the English has.

decoy-shopping-title = Siopa
decoy-shopping =
    Llaeth
    Bara
    Wyau
    Hylif golchi llestri
    Bagiau bin
    Bagiau te
    Afalau
decoy-big-shop-title = Siop fawr
decoy-big-shop =
    Pasta x{ $n }
    Tomatos tun
    Reis
    Grawnfwyd
    Papur tŷ bach
    Pys wedi'u rhewi
    Caws
decoy-bin-days-title = Diwrnodau bin
decoy-bin-days =
    Bin du: bob yn ail ddydd Mawrth
    Ailgylchu: dydd Iau
    Gwastraff gardd: gwirio'r dyddiadau casglu
decoy-meter-readings-title = Darlleniadau mesurydd
decoy-meter-readings =
    Trydan: { $n }{ $n }{ $n }{ $n }
    Nwy: { $n }{ $n }{ $n }
    Tynnu llun hefyd y tro nesa
decoy-recipes-to-try-title = Ryseitiau i'w trio
decoy-recipes-to-try =
    Cawl corbys
    Bara banana (defnyddio'r bananas brown)
    Pupurau a halloumi yn y popty mewn un tun
    Rhywbeth gyda gweddill y sbigoglys
decoy-banana-bread-title = Bara banana
decoy-banana-bread =
    3 banana aeddfed
    75g menyn wedi toddi
    150g siwgr
    1 wy
    1 llwy de fanila
    1 llwy de soda pobi
    190g blawd

    175C am tua 50 munud
decoy-films-to-watch-title = Ffilmiau i'w gwylio
decoy-films-to-watch =
    Paddington 2
    The Holdovers
    Y rhaglen ddogfen 'na am y gwenyn
    Unrhyw beth gyda Michael Sheen
decoy-garden-title = Yr ardd
decoy-garden =
    Torri'r gwrych cyn i'r adar nythu
    Hadau tomato ym mis Mawrth
    Prynu compost (tua { $n } bag)
    Trwsio clicied y giât
decoy-plants-title = Planhigion
decoy-plants =
    Dyfrio'r basil bob yn ail ddiwrnod
    Lili heddwch: unwaith yr wythnos
    Cactws: gadael llonydd iddo
    Ailbotio'r planhigyn pry cop
decoy-to-do-title = I'w wneud
decoy-to-do =
    Anfon y parsel yn ôl
    Bwcio gwasanaeth y boeler
    Clirio'r cwpwrdd dan y grisiau
    Canslo'r cylchgrawn
decoy-weekend-title = Penwythnos
decoy-weekend =
    Dydd Sadwrn: tacluso, y farchnad os yw hi'n sych
    Dydd Sul: cinio rhost, dechrau'r jig-so
decoy-cleaning-title = Glanhau
decoy-cleaning =
    Tynnu'r cen o'r tegell
    Popty (prynu'r chwistrell)
    Golchi'r llenni
    Dadrewi'r rhewgell
    Hwfro o dan y gwelyau
decoy-wifi-title = Wifi
decoy-wifi =
    Y llwybrydd yw'r bocs gwyn yn y cyntedd
    Ei ddiffodd a'i droi 'mlaen eto os yw'r teledu'n stopio
    Eu ffonio os yw'n torri mwy na { $n } gwaith y dydd
decoy-diy-title = DIY
decoy-diy =
    Silff yn y gegin: { $n } sgriw, plygiau wal
    Trwsio'r tap sy'n diferu (wasier)
    Twtio'r paent yn y cyntedd
    Bylb newydd i'r landin
decoy-walks-title = Teithiau cerdded
decoy-walks =
    Llwybr yr afon ac yn ôl: tua 40 munud
    Cylch y parc
    Clychau'r gog ym mis Ebrill
decoy-crossword-words-title = Geiriau croesair
decoy-crossword-words =
    Ywen
    Eos
    Ael
    Awel
    Iwrch (math o garw)
decoy-podcasts-title = Podlediadau
decoy-podcasts =
    Yr un am hen dai
    Penodau hanes
    Y sioe banel gomedi 'na
decoy-music-title = Cerddoriaeth
decoy-music =
    Dod o hyd i'r albwm o'r haf
    Super Furry Animals
    Rhestr chwarae i lanhau
decoy-gift-ideas-title = Syniadau am anrhegion
decoy-gift-ideas =
    Cannwyll neis
    Taleb canolfan arddio
    Sanau (bob tro)
    Y llyfr coginio o ffenest y siop
decoy-soup-title = Cawl
decoy-soup =
    Winwns, moron, seleri
    Ciwb stoc
    Corbys neu bys hollt
    Mudferwi 20 munud
    Blendio hanner
decoy-sunday-roast-title = Cinio dydd Sul
decoy-sunday-roast =
    Cyw iâr i mewn ar 190C, tua 20 munud bob 500g a 20 arall
    Hanner berwi'r tatws 10 munud
    Gronynnau grefi
    Moron a phys
decoy-energy-saving-title = Arbed ynni
decoy-energy-saving =
    Troi'r thermostat i lawr un radd
    Atalydd drafft i'r drws cefn
    Golchi ar 30
    Amserydd i'r twymwr dŵr
decoy-fitness-title = Cadw'n heini
decoy-fitness =
    Cerdded { $n } mil o gamau
    Ymestyn yn y bore
    Trio'r fideo ioga am ddim
    Yfed mwy o ddŵr
decoy-kitchen-title = Y gegin
decoy-kitchen =
    Angen padell ffrio newydd
    Hogi'r cyllyll
    Trefnu'r cwpwrdd tuniau
    Taflu'r hen sbeisys
decoy-clothes-title = Dillad
decoy-clothes =
    Côt aeaf i'r siop sychlanhau
    Sodlau newydd ar yr esgidiau
    Sortio'r drôr ar gyfer y siop elusen
    Menig
decoy-knitting-title = Gwau
decoy-knitting =
    Sgarff at y gaeaf: { $n } pelen o'r gwlân llwyd
    Gweill maint 5
    Chwilio am batrwm het syml
decoy-tea-and-coffee-title = Te a choffi
decoy-tea-and-coffee =
    Bagiau te yn mynd yn brin
    Di-gaffein gyda'r nos
    Tynnu'r cen o'r tegell gyntaf
decoy-freezer-title = Rhewgell
decoy-freezer =
    Pys
    Cawl x{ $n }
    Bara (wedi'i sleisio)
    Gorffen y bysedd pysgod
decoy-batteries-title = Batris
decoy-batteries =
    AA x{ $n } i'r teclyn teledu a'r cloc
    Larwm mwg: pwyso'r botwm profi bob mis
decoy-pancakes-title = Crempogau
decoy-pancakes =
    100g blawd
    2 wy
    300ml llaeth
    Pinsied o halen
    Gadael iddo sefyll 30 munud
decoy-jigsaw-title = Jig-so
decoy-jigsaw =
    { $n }00 darn, yr un gyda'r goleudy
    Yr ymylon gyntaf
    Yr awyr olaf
decoy-houseplants-to-get-title = Planhigion tŷ i'w prynu
decoy-houseplants-to-get =
    Pothos
    Planhigyn neidr
    Rhywbeth sy'n hoffi'r stafell molchi
decoy-spring-clean-title = Glanhau'r gwanwyn
decoy-spring-clean =
    Ffenestri tu mewn a thu allan
    Silffoedd yr oergell
    Dolenni drysau a switshis
    O dan glustogau'r soffa
decoy-takeaway-menu-title = Bwydlen tecawê
decoy-takeaway-menu =
    Rhif { $n }: y nwdls
    Reis ychwanegol
    Creision corgimwch

## The lists and contacts the app holds when a second PIN opens it as the app with everyday
## things in it (rather than the notebook). As dull as the pages above; Mum may be any relative
## your language would more usually buy a card for.

decoy-list-weekly = Tasgau'r wythnos
decoy-list-weekly-bins = Biniau allan nos Fawrth
decoy-list-weekly-plants = Dyfrio'r planhigion
decoy-list-weekly-meter = Darllen y mesurydd
decoy-list-weekly-bed = Newid y dillad gwely
decoy-list-shopping = Siopa
decoy-list-shopping-milk = Llaeth
decoy-list-shopping-bread = Bara
decoy-list-shopping-washing-up = Hylif golchi llestri
decoy-list-shopping-card = Cerdyn pen-blwydd i Mam
decoy-contact-dentist = Deintydd
decoy-contact-dentist-relationship = Derbynfa'r feddygfa
decoy-contact-dentist-how = Ffonio yn y bore i gael apwyntiad
# A first name usual in your language (short, common, either sex).
decoy-contact-friend = Gwen
decoy-contact-friend-relationship = Clwb llyfrau
decoy-contact-friend-how = Yn rhydd fel arfer ar ôl 6

## The computer's own Open and Save windows, as the app opens them: their titles and the name of
## the kind of file they show. Dull words any program uses.

dialog-save = Cadw fel
dialog-open = Agor
dialog-choose-backup = Dewis copi wrth gefn
dialog-save-backup = Cadw copi wrth gefn
dialog-save-update = Cadw'r diweddariad
dialog-kind-text-or-zip = Ffeiliau testun neu zip
dialog-kind-emails = E-byst wedi'u cadw fel ffeiliau

## The description of the app's hiding key that the desktop lists among its keyboard shortcuts
## (GNOME or KDE settings). Anyone may read it: it names only the calculator.

shortcut-hide = Cuddio'r gyfrifiannell

## In the report's last section (report-chain-broken, as { $problem }): what the app found wrong
## when it re-checked the log. An entry is one saved version of an incident.

chain-break-unreadable = mae cofnod yn cynnwys gwerth na ellir ei ddarllen
chain-break-missing = mae cofnod cyn yr un hwn ar goll neu allan o drefn
chain-break-not-linked = dydy'r cofnod hwn ddim yn cysylltu â'r un o'i flaen
chain-break-content-changed = dydy cynnwys y cofnod ddim yn cyfateb i'w stwnsh
chain-break-signature = mae dilysu llofnod y cofnod yn methu
chain-break-file-changed = mae ffeil sydd wedi'i hatodi wedi newid
chain-break-recorded-earlier = mae'r amser cadw a nodir ar y cofnod yn gynharach na'r un ar y cofnod o'i flaen
chain-break-revision-numbers = dydy rhif fersiwn y cofnod ddim yn dilyn ymlaen o'r un o'i flaen
chain-break-list-differs = dydy'r rhestr o ddigwyddiadau ddim yn cyfateb i gofnod diweddaraf y digwyddiad hwn
chain-break-list-missing = mae'r digwyddiad hwn ar goll o'r rhestr o ddigwyddiadau
chain-break-list-extra = mae'r rhestr o ddigwyddiadau yn cynnwys digwyddiad heb unrhyw gofnodion
