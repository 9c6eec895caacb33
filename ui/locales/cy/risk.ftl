## Darlun o'r risg: sgrinio, rhan yr eiriolwr, patrymau o'r cofnod digwyddiadau.
## Mae enwau'r llinellau cymorth yn aros yn Saesneg; daw eu rhifau ffôn a'u horiau fel newidynnau.

## Yr atebion

risk-answer-yes = Ie
risk-answer-no = Na
risk-answer-not-known = Ddim yn gwybod

## Y cwestiynau. Cam-drin domestig: meysydd rhestr wirio DASH SafeLives (1–24). Stelcio: meysydd S-DASH (1–11).
## Yna'r cwestiynau cynharach. Cadwch yr ystyr yn union: mae eiriolwyr yn copïo'r atebion i'r ffurflenni cyhoeddedig.

risk-q-da-injury = Gawsoch chi eich anafu y tro diwethaf i rywbeth ddigwydd?
risk-q-da-frightened = Ydych chi'n ofnus iawn?
risk-q-da-afraid-of = Ydych chi'n ofni y byddan nhw'n eich brifo eto, neu'n gwneud rhywbeth gwaeth?
risk-q-da-isolated = Ydyn nhw'n eich cadw draw oddi wrth deulu, ffrindiau, eich meddyg neu bobl eraill?
risk-q-da-low-mood = Ydych chi wedi bod yn teimlo'n isel iawn, neu wedi meddwl am ddod â'ch bywyd i ben?
risk-q-da-separation = Ydych chi wedi'u gadael, neu wedi ceisio gwneud hynny, yn ystod y flwyddyn ddiwethaf?
risk-q-da-child-contact = Oes gwrthdaro rhyngoch chi a nhw ynghylch gweld y plant?
risk-q-da-stalking = Ydyn nhw'n dal ati i anfon negeseuon atoch, eich ffonio, eich dilyn neu eich gwylio?
risk-q-da-pregnancy = Ydych chi'n feichiog, neu ydych chi wedi cael babi yn ystod y 18 mis diwethaf?
risk-q-da-more-often = Ydy hyn yn digwydd yn amlach nag o'r blaen?
risk-q-da-worse = Ydy hyn yn gwaethygu?
risk-q-da-control = Ydyn nhw'n ceisio rheoli'r hyn rydych chi'n ei wneud, neu'n genfigennus iawn?
risk-q-da-weapon = Ydyn nhw erioed wedi'ch brifo ag arf neu wrthrych?
risk-q-da-threat-to-kill = Ydyn nhw erioed wedi bygwth eich lladd chi neu rywun arall, ac roeddech chi'n eu credu?
risk-q-da-strangling = Ydyn nhw erioed wedi ceisio'ch tagu, gwasgu'ch gwddf, eich mygu neu eich boddi?
risk-q-da-sexual = Ydyn nhw'n gwneud neu'n dweud pethau rhywiol sy'n eich brifo neu'n gwneud i chi deimlo'n ddrwg, neu'n gwneud hynny i rywun arall?
risk-q-da-other-threat = Oes unrhyw un arall sydd wedi'ch bygwth, neu rydych chi'n ei ofni?
risk-q-da-hurt-others = Ydych chi'n gwybod amdanyn nhw'n brifo unrhyw un arall, fel plant, perthynas neu gyn-bartner?
risk-q-da-animals = Ydyn nhw erioed wedi brifo neu gam-drin anifail neu anifail anwes?
risk-q-da-money = Oes problemau arian, fel dibynnu arnyn nhw am arian, neu eu bod wedi colli eu swydd?
risk-q-da-their-problems = Yn ystod y flwyddyn ddiwethaf, ydy diod, cyffuriau neu eu hiechyd meddwl wedi gwneud bywyd bob dydd yn anodd iddyn nhw?
risk-q-da-their-suicide = Ydyn nhw erioed wedi bygwth cymryd eu bywyd eu hunain, neu wedi ceisio gwneud hynny?
risk-q-da-broken-terms = Ydyn nhw erioed wedi torri amodau mechnïaeth (bail), gorchymyn llys (court order), neu gytundeb ynghylch eich gweld chi neu'r plant?
risk-q-da-police = Ydych chi'n gwybod a ydyn nhw wedi bod mewn trafferth gyda'r heddlu, neu a oes ganddyn nhw gofnod troseddol?

risk-q-st-frightened = Ydych chi'n ofnus iawn?
risk-q-st-history = Oedden nhw'n eich cam-drin chi neu'n aflonyddu arnoch chi, neu ar unrhyw un arall, cyn i hyn ddechrau?
risk-q-st-damage = Ydyn nhw wedi difrodi neu ddinistrio unrhyw beth sy'n eiddo i chi?
risk-q-st-turns-up = Ydyn nhw'n ymddangos lle rydych chi, heb wahoddiad, fwy na thair gwaith yr wythnos?
risk-q-st-follows = Ydyn nhw wedi'ch dilyn, neu wedi loetran yn agos atoch chi?
risk-q-st-threats = Ydyn nhw wedi bygwth eich brifo'n gorfforol neu'n rhywiol?
risk-q-st-third-parties = Ers i hyn ddechrau, ydyn nhw wedi aflonyddu ar bobl sy'n agos atoch chi (teulu, plant, ffrindiau, partner, cydweithwyr neu gymdogion)?
risk-q-st-violent-to-others = Ydyn nhw wedi bod yn dreisgar tuag at unrhyw un arall tra bo hyn wedi bod yn digwydd?
risk-q-st-helpers = Ydyn nhw wedi cael pobl eraill i'w helpu, p'un a yw'r bobl hynny'n gwybod hynny ai peidio?
risk-q-st-drink-drugs = Ydy'n hysbys eu bod yn camddefnyddio diod neu gyffuriau?
risk-q-st-violent-before = Ydyn nhw wedi bod yn dreisgar yn y gorffennol, yn gorfforol neu'n emosiynol?

risk-q-weekly = Ydy hyn yn digwydd bob wythnos, neu'n amlach?
risk-q-worse = Ydy hyn wedi bod yn digwydd yn amlach, neu'n mynd yn fwy brawychus, yn ddiweddar?
risk-q-long-running = Ydy hyn wedi bod yn mynd ymlaen ers mwy nag ychydig fisoedd?
risk-q-threats = Ydyn nhw wedi'ch bygwth chi, eich plant, neu rywun sy'n agos atoch chi?
risk-q-threat-to-kill = Ydyn nhw wedi bygwth eich lladd neu eich brifo'n ddifrifol, neu frifo eu hunain?
risk-q-violence = Ydyn nhw erioed wedi'ch brifo, neu wedi bod yn dreisgar tuag at unrhyw un arall?
risk-q-weapon = Oes ganddyn nhw arf, neu ydyn nhw wedi sôn am gael neu ddefnyddio un?
risk-q-third-parties = Ydyn nhw wedi cael pobl eraill i gysylltu â chi, eich gwylio neu eich dilyn ar eu rhan?
risk-q-turns-up = Ydyn nhw wedi ymddangos yn eich cartref, eich gwaith, eich ysgol neu lefydd rydych chi'n mynd iddyn nhw?
risk-q-damage = Ydyn nhw wedi difrodi neu ymyrryd â'ch pethau, eich car, eich cartref neu eich post?
risk-q-tracking = Ydyn nhw fel petaen nhw'n gwybod ble rydych chi, neu'n mynd i mewn i'ch ffôn neu'ch cyfrifon?
risk-q-fear = Oes arnoch chi ofn beth allen nhw ei wneud nesaf?
risk-q-changed-life = Ydych chi wedi newid eich trefn, eich gwaith neu eich cartref o'u hachos nhw?
risk-q-order-breach = Ydyn nhw wedi torri gorchymyn llys (court order), amodau mechnïaeth (bail conditions) neu rybudd gan yr heddlu?
risk-q-former-partner = Ydyn nhw'n gyn-bartner i chi?

## Penawdau'r meysydd

risk-area-you = Chi, a sut rydych chi
risk-area-situation = Eich sefyllfa
risk-area-what-they-do = Beth maen nhw'n ei wneud
risk-area-others-animals-money = Pobl eraill, anifeiliaid ac arian
risk-area-about-them = Amdanyn nhw
risk-area-how-you-feel = Sut rydych chi'n teimlo
risk-area-what-has-happened = Beth sydd wedi digwydd
risk-area-other-people = Pobl eraill

## Y sgriniadau

risk-instrument-domestic-abuse = Sgrinio cam-drin domestig
risk-instrument-domestic-abuse-choice = Cam-drin gan bartner, cyn-bartner neu aelod o'r teulu ({ $count } cwestiwn)
risk-instrument-stalking = Sgrinio stelcio
risk-instrument-stalking-choice = Stelcio neu aflonyddu, gan unrhyw un ({ $count } cwestiwn)
risk-instrument-earlier = Sgrinio risg (cwestiynau cynharach)

## Lefelau

risk-level-not-graded = Heb ei raddio
risk-level-fewer-concerns = Llai o bryderon
risk-level-some-concerns = Rhai pryderon
risk-level-serious-concerns = Pryderon difrifol
risk-level-standard = Safonol
risk-level-medium = Canolig
risk-level-high = Uchel

## Beth a ddywedir ar ôl sgrinio

risk-helpline-stalking = y National Stalking Helpline (y llinell gymorth genedlaethol ar gyfer stelcio: { $phone }, dydd Llun i ddydd Gwener { $weekdays }, dydd Mercher { $wednesdays })
risk-helpline-domestic-abuse = y National Domestic Abuse Helpline (y llinell gymorth genedlaethol ar gyfer cam-drin domestig: { $phone }, unrhyw bryd)
risk-in-danger = Os ydych chi mewn perygl nawr, ffoniwch 999. Os na allwch chi siarad, ffoniwch 999 o ffôn symudol a phwyswch 55 pan ofynnir i chi.
risk-level-high-message = Mae rhai o'ch atebion yn rhai y mae eiriolwyr yn eu cymryd o ddifrif iawn. Does dim rhaid i chi ddelio â hyn ar eich pen eich hun. Gall { $helpline } neu eich IDVA siarad am hyn gyda chi a'ch helpu i gynllunio.
risk-level-raised-message = Mae rhai o'ch atebion yn bethau y byddai eiriolwr am wybod amdanyn nhw. Does dim rhaid i chi ddelio â hyn ar eich pen eich hun. Gall { $helpline } neu eich IDVA siarad am hyn gyda chi. Os ydych chi mewn perygl nawr, ffoniwch 999.
risk-thanks = Diolch. Gall pethau newid, felly gall helpu dod yn ôl at hyn bob hyn a hyn.
risk-screening-count-reached = Mae { $yes } o { $total } ateb yn ie. { $threshold } neu fwy yw'r nifer pan fydd eiriolwyr yn atgyfeirio rhywun at MARAC: cyfarfod lle mae gwasanaethau lleol yn cynllunio gyda'i gilydd i gadw pobl yn ddiogel.
risk-screening-judgement = Barn yr eiriolwr: { $level }.
risk-screening-serious = Mae rhai o'ch atebion yn rhai y mae eiriolwyr yn eu cymryd o ddifrif iawn.
risk-screening-some = Mae rhai o'ch atebion yn bethau y byddai eiriolwr am wybod amdanyn nhw.
risk-screening-meets-criteria = Mae hyn yn bodloni'r meini prawf ar gyfer atgyfeirio at MARAC.
risk-screening-explain-referral = Gall eiriolwr (IDVA) egluro beth mae atgyfeiriad yn ei olygu a siarad amdano gyda chi. Gall { $helpline } eich rhoi mewn cysylltiad ag un.
risk-screening-not-alone = Does dim rhaid i chi ddelio â hyn ar eich pen eich hun. Gall { $helpline } neu eich IDVA siarad am hyn gyda chi.
risk-referred-on = Atgyfeiriwyd at MARAC ar { $date }.

## Ffeithiau am sgrinio

risk-facts-earlier = { $level }. { $yes }.
risk-facts = { $level }, { $yes }.
risk-yes-of = { $yes } o { $total } yn ie
risk-yes-count = { $count ->
        [0] Dim atebion ie
       *[other] { $count } ateb ie
    }
risk-done-alone-your = Wedi'i wneud ar { $date }, ar eich pen eich hun.
risk-done-alone-their = Wedi'i wneud ar { $date }, ar eu pen eu hunain.
risk-done-with-your-advocate-named = Wedi'i wneud ar { $date }, gyda'ch eiriolwr, { $advocate }.
risk-done-with-their-advocate-named = Wedi'i wneud ar { $date }, gyda'u heiriolwr, { $advocate }.
risk-done-with-your-advocate = Wedi'i wneud ar { $date }, gyda'ch eiriolwr.
risk-done-with-their-advocate = Wedi'i wneud ar { $date }, gyda'u heiriolwr.
risk-count-line-reached = Nifer ar gyfer atgyfeirio at MARAC ({ $threshold } neu fwy yn ie): wedi'i gyrraedd.
risk-count-line-not-reached = Nifer ar gyfer atgyfeirio at MARAC ({ $threshold } neu fwy yn ie): heb ei gyrraedd.
risk-judgement-line = Barn yr eiriolwr: { $level }. Rheswm: { $reason }
risk-judgement-line-referring = Barn yr eiriolwr: { $level }, yn atgyfeirio at MARAC. Rheswm: { $reason }
risk-escalation-line = Tri digwyddiad neu fwy yn ystod y 12 mis diwethaf (gwaethygu).
risk-marac-criteria-met = Meini prawf MARAC wedi'u bodloni: { $criteria }.
risk-marac-reason-count = y nifer
risk-marac-reason-judgement = barn broffesiynol
risk-marac-reason-escalation = gwaethygu
risk-next-review-line = Adolygiad nesaf: { $date }.

## Problemau gyda rhan yr eiriolwr

risk-problem-done-on-missing = Rhowch y diwrnod y gwnaed y sgrinio.
risk-problem-done-on-future = Mae'r diwrnod y cafodd ei wneud yn y dyfodol. Gwiriwch y dyddiad.
risk-problem-reason-missing = Rhowch y rheswm dros y farn: mae'n mynd gyda'r sgrinio.
risk-problem-judgement-missing = Dewiswch safonol, canolig neu uchel ar gyfer y farn cyn atgyfeirio ar ei sail.
risk-problem-marac-before-screening = Mae dyddiad yr atgyfeiriad at MARAC cyn y sgrinio. Gwiriwch ef.
risk-problem-marac-future = Mae dyddiad yr atgyfeiriad at MARAC yn y dyfodol. Cofnodwch ef unwaith y bydd yr atgyfeiriad wedi'i wneud.
risk-problem-review-too-early = Dylai'r adolygiad nesaf fod ar ôl diwrnod y sgrinio.
risk-problem-date-incomplete = Dydy'r dyddiad hwn ddim yn gyflawn. Teipiwch y diwrnod, y mis a'r flwyddyn, neu gadewch ef yn wag.
risk-problem-choose-questions = Dewiswch yn gyntaf pa gwestiynau rydych chi'n eu hateb.

## Beth sydd wedi newid ers y sgrinio cynt

risk-change-since = Ers { $date }
risk-change-since-time = Ers { $date } am { $time }
risk-change-same-your = { $since }: mae eich atebion yr un fath.
risk-change-same-their = { $since }: mae eu hatebion yr un fath.
risk-change = { $since }: { $changes }.
risk-change-level = mae'r darlun cyffredinol wedi symud o “{ $from }” i “{ $to }”
risk-change-now-yes = mae { $count } ateb wedi newid i ie
risk-change-no-longer-yes = nid yw { $count } ateb yn ie mwyach
risk-change-other = newidiodd rhai atebion, ond dim un i ie nac o ie
# Mae pob rhan yn dechrau â "mae" neu "nid", felly "ac".
risk-join-and = { $first } ac { $last }
risk-join-comma = { $first }, { $next }

## Patrymau o'r cofnod digwyddiadau

risk-pattern-one-on = 1 digwyddiad hyd yma, ar { $date }.
risk-pattern-one = 1 digwyddiad hyd yma.
risk-pattern-summary-first = { $count } digwyddiad dros { $weeks } wythnos, y cyntaf ar { $date }.
risk-pattern-summary = { $count } digwyddiad dros { $weeks } wythnos.
risk-trend-too-few = Does dim digon o gofnodion eto i ddweud a yw pethau'n newid.
risk-trend-rising = Yn y pedair wythnos diwethaf bu { $recent } digwyddiad, i fyny o { $before } yn y pedair wythnos cyn hynny. Mae pethau'n digwydd yn amlach yn rhywbeth y mae eiriolwyr yn ei gymryd o ddifrif. Efallai y byddai'n help edrych eto ar eich cynllun diogelwch neu siarad â'ch eiriolwr.
risk-trend-falling = Yn y pedair wythnos diwethaf bu { $recent } digwyddiad, llai na'r { $before } yn y pedair wythnos cyn hynny. Gall pethau newid, felly mae'n dal i helpu ysgrifennu pethau i lawr pan fyddan nhw'n digwydd.
risk-trend-steady = Yn y pedair wythnos diwethaf bu { $recent } digwyddiad, tua'r un faint â'r pedair wythnos cyn hynny ({ $before }).

## Sgrin y darlun o'r risg

risk-title = Darlun o'r risg
risk-lead = Mae hyn yn eich helpu chi a'ch eiriolwr i weld sut mae pethau'n newid. Nid prawf yw hwn, a does dim atebion anghywir.
risk-lead-case = Sut mae pethau'n newid i'r person hwn: y patrymau yng nghofnod yr achos hwn, a sgriniadau dros amser.
risk-shared-list-label = Sgriniadau risg y mae'r person yn eu rhannu, y diweddaraf yn gyntaf
risk-get-help = Cael help
risk-open-plan = Agor fy nghynllun diogelwch
risk-patterns-title = Patrymau
risk-patterns-empty = Pan fyddwch chi'n ychwanegu cofnodion at eich cofnod digwyddiadau, bydd pa mor aml mae pethau'n digwydd yn ymddangos yma.
risk-patterns-error = Doedd dim modd cyfrifo'r patrymau ar hyn o bryd.
risk-chart-per-week = Digwyddiadau bob wythnos
risk-chart-last-weeks = Mae'r siart yn dangos y { $count } wythnos diwethaf.
risk-chart-by-type = Yn ôl math

## Y ffurflen sgrinio

risk-screening-title = Sgrinio risg
risk-screening-intro = Cwestiynau y mae eiriolwyr yn eu gofyn am yr hyn sydd wedi bod yn digwydd, mewn dwy set: un ar gyfer cam-drin gan bartner, cyn-bartner neu aelod o'r teulu, ac un ar gyfer stelcio neu aflonyddu. Atebwch gymaint neu gyn lleied ag y dymunwch. Caiff eich atebion eu cadw gyda'u dyddiad, er mwyn i chi weld sut mae pethau'n newid. Maen nhw'n aros ar y cyfrifiadur hwn oni bai eich bod chi'n dewis eu rhannu.
risk-screening-intro-case = Caiff sgriniadau rydych chi'n eu gwneud gyda'r person hwn eu cadw yn yr achos hwn gyda'u dyddiad, wrth ymyl y rhai maen nhw'n eu rhannu â chi. Does dim byd yma'n cael ei anfon atyn nhw.
risk-latest-saved = { $name }: wedi'i gadw ar { $date }
risk-latest-last-time = Y tro diwethaf: { $name }, { $date }
risk-answer-again = Ateb y cwestiynau eto
risk-questions-error = Doedd dim modd llwytho'r cwestiynau ar hyn o bryd.
risk-form-label = Cwestiynau sgrinio risg
risk-which-questions = Pa gwestiynau?
risk-stalking-followup = Fe wnaethoch chi ateb ie i hyn: mae'r cwestiynau stelcio yn gofyn mwy amdano. Gallwch eu hateb ar ôl cadw'r rhain.
risk-clear-answer = Clirio'r ateb
risk-clear-answer-to = Clirio'r ateb i: { $question }
risk-count-choose = Dewiswch pa gwestiynau i'w gweld.
risk-count = Ie hyd yma: { $yes } o { $total }. Wedi'u hateb: { $answered }.
risk-done-on-label = Y diwrnod y cafodd ei wneud
risk-who-answered = Pwy atebodd?
risk-by-alone = Fi, ar fy mhen fy hun
risk-by-advocate = Fi, gyda fy eiriolwr, mewn sesiwn
risk-by-alone-case = Y person, ar eu pen eu hunain
risk-by-advocate-case = Y person, gyda fi, mewn sesiwn
risk-note-label = Unrhyw beth rydych chi am ei ychwanegu (dewisol)
risk-save = Cadw'r atebion
risk-save-error = Doedd dim modd cadw eich atebion. Does dim wedi'i golli; rhowch gynnig arall arni.
risk-draft-label = Sgrinio risg
# Yn gorffen y frawddeg "Roeddech chi'n ysgrifennu hwn o'r blaen…". Mae'n enwi'r botwm risk-save.
risk-draft-save-hint = pwyswch Cadw'r atebion i'w cadw

## Rhan yr eiriolwr

risk-advocate-part = Rhan yr eiriolwr
risk-advocate-name-label = Enw neu rôl yr eiriolwr, fel y dylid ei ddangos (dewisol)
risk-judgement-legend = Barn broffesiynol yr eiriolwr
risk-professional-judgement = Barn broffesiynol
risk-judgement-none = Dim wedi'i rhoi
risk-refer-label = Atgyfeirio at MARAC ar sail y farn hon, beth bynnag yw'r nifer
risk-reason-label = Rheswm dros y farn (angen os rhoddir un)
risk-escalation-label = Tri digwyddiad neu fwy yn ystod y 12 mis diwethaf (gwaethygu)
risk-marac-on-label = Atgyfeiriad at MARAC wedi'i wneud ar (dewisol)
risk-marac-on-hint = Gadewch yn wag os nad oes atgyfeiriad wedi'i wneud eto.
risk-review-on-label = Adolygiad nesaf (dewisol)
risk-review-on-hint = Caiff ei ddangos ar y llwyth achosion, a'i nodi pan fydd yn ddyledus.
risk-add-advocate-part = Ychwanegu rhan yr eiriolwr
risk-sign-off-hint = Caiff ei ychwanegu gyda dyddiad heddiw. Mae'r atebion yn aros yn union fel y cawson nhw eu rhoi.
risk-save-advocate-part = Cadw rhan yr eiriolwr
risk-cancel = Canslo
risk-sign-off-save-error = Doedd dim modd ei gadw. Does dim wedi'i golli; rhowch gynnig arall arni.

## Sgriniadau blaenorol

risk-history-title = Eich atebion dros amser
risk-history-title-case = Sgriniadau yn yr achos hwn dros amser
risk-entry-note-yours = Eich nodyn:
risk-entry-note-theirs = Eu nodyn:
risk-entry-note = Nodyn:
risk-entry-at = am { $time }
risk-entry-signed-off-on = Ychwanegwyd rhan yr eiriolwr ar { $date }.
risk-entry-now-yes = Ie nawr:
risk-entry-see-answers = Gweld yr atebion hyn
risk-entry-not-answered = Heb ei ateb
