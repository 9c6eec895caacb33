## Adrannau'r cynllun diogelwch: eu henwau, a'r arweiniad a ddangosir ar gyfer pob cam
## (Aros, Paratoi i adael, Ar ôl gadael; un ar gyfer pob cam lle nad yw'n newid).

plan-section-emergency = Mewn argyfwng
plan-section-safe-places = Lleoedd diogel
plan-section-code-words = Geiriau cod
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

plan-guidance-emergency-staying = Os ydych chi mewn perygl, ffoniwch 999. Os na allwch siarad, ffoniwch 999 o ffôn symudol, gwrandewch, yna pwyswch 55 pan ofynnir i chi. Dyma'r Silent Solution (yr Ateb Tawel): mae'n dangos i'r gweithredwr mai galwad go iawn yw hi. Gallai helpu i benderfynu nawr pa ystafell yw'r un fwyaf diogel (yn agos at ffordd allan, i ffwrdd o'r gegin ac o unrhyw beth y gellid ei ddefnyddio i'ch brifo).
plan-guidance-emergency-preparing-to-leave = Cofiwch am 999 ar bob cam. Os na allwch siarad, ffoniwch 999 o ffôn symudol a phwyswch 55 pan ofynnir i chi: dyma'r Silent Solution (yr Ateb Tawel). Meddyliwch pryd y byddai'n fwyaf diogel gadael, a phwy y gallech eu ffonio bryd hynny.
plan-guidance-emergency-after-leaving = Gallwch ffonio 999 o hyd unrhyw bryd y byddwch yn teimlo mewn perygl. Os na allwch siarad, ffoniwch 999 o ffôn symudol a phwyswch 55 pan ofynnir i chi: dyma'r Silent Solution (yr Ateb Tawel). Efallai yr hoffech ofyn i'r heddlu roi nodyn ar eich cyfeiriad newydd, fel bod galwadau ohono'n cael eu trin ar frys.
plan-guidance-safe-places-staying = Nodwch leoedd y gallech fynd iddyn nhw ar fyr rybudd: cymydog, ffrind, siop neu lyfrgell sydd ar agor yn hwyr. Ysgrifennwch sut y byddech chi'n cyrraedd yno.
plan-guidance-safe-places-preparing-to-leave = Rhestrwch ble y gallech aros ar y diwrnod y byddwch yn gadael ac am yr ychydig nosweithiau cyntaf, a sut i gael lle mewn lloches (refuge) drwy linell gymorth os oes angen un arnoch.
plan-guidance-safe-places-after-leaving = Meddyliwch am leoedd yn agos at eich trefn newydd y gallech fynd iddyn nhw os ydych chi'n teimlo bod rhywun yn eich dilyn: siopau prysur, gorsaf heddlu, cartref ffrind.
plan-guidance-code-words-any = Gall gair cod neu arwydd y cytunwyd arno gyda phobl rydych chi'n ymddiried ynddyn nhw ddweud wrthyn nhw fod angen help arnoch, heb i neb arall wybod. Ysgrifennwch beth mae'n ei olygu a beth ddylen nhw ei wneud.
plan-guidance-escape-bag-staying = Mae rhai pobl yn cadw bag bach wedi'i guddio, neu gyda rhywun maen nhw'n ymddiried ynddo: allweddi sbâr, arian, meddyginiaethau, gwefrydd a chopïau o ddogfennau. Gwnewch hyn dim ond os yw'n ddiogel i chi.
plan-guidance-escape-bag-preparing-to-leave = Rhestrwch yr hyn rydych chi am ei gymryd: dogfennau, meddyginiaethau, cardiau banc, ffôn a gwefrydd, pethau sy'n bwysig i chi ac i'ch plant. Gallwch ychwanegu at y bag yn araf.
plan-guidance-escape-bag-after-leaving = Nodwch unrhyw beth a adawoch ar ôl y gallai fod ei angen arnoch; weithiau gall yr heddlu fynd gyda chi i gasglu eich eiddo.
plan-guidance-documents-any = Pasbortau, tystysgrifau geni, trwydded yrru, manylion banc, papurau tenantiaeth neu forgais, llythyrau budd-daliadau, gorchmynion llys. Gall lluniau neu gopïau sy'n cael eu cadw yn rhywle diogel helpu os nad oes modd cyrraedd y rhai gwreiddiol.
plan-guidance-home-staying = Meddyliwch pa ystafelloedd sydd â ffordd allan a signal ffôn, a pha rai i'w hosgoi pan fydd pethau'n teimlo'n llawn tensiwn.
plan-guidance-home-preparing-to-leave = Nodwch unrhyw beth am y cartref sy'n bwysig er mwyn gadael yn ddiogel: adegau pan fyddwch chi ar eich pen eich hun fel arfer, pwy sydd ag allweddi, ble mae pethau pwysig yn cael eu cadw.
plan-guidance-home-after-leaving = Efallai yr hoffech newid y cloeon, ychwanegu cadwyni drws, goleuadau neu gloch drws fideo, a gofyn am archwiliad diogelwch cartref am ddim drwy wasanaethau cymorth lleol.
plan-guidance-work-school-any = Gall rhywun yn y gwaith neu yn yr ysgol rydych chi'n ymddiried ynddo helpu: gwirio galwadau, cerdded gyda chi at eich car neu'ch bws, cadw eich cyfeiriad yn breifat, a gwybod beth i'w wneud os bydd y person yn dod yno.
plan-guidance-travel-any = Gall newid llwybrau ac amseroedd, teithio gydag eraill a rhoi gwybod i rywun pryd i'ch disgwyl ei gwneud hi'n anoddach i rywun eich dilyn.
plan-guidance-children-any = Nodwch pwy gaiff gasglu eich plant o'r ysgol neu'r feithrinfa, a phwy na chaiff. Gall plant ddysgu ffordd syml o ffonio 999, a lle diogel i fynd iddo.
plan-guidance-pets-any = Gall rhai gwasanaethau faethu anifeiliaid anwes tra byddwch chi mewn lloches (refuge). Nodwch fanylion y milfeddyg ac unrhyw beth y byddai angen i chi ei gymryd ar eu cyfer.
plan-guidance-online-safety-any = Gall ffonau, ceir, cyfrifon a dyfeisiau a rennir ddatgelu ble rydych chi. Gall newid gosodiadau rybuddio'r person arall, felly efallai y byddai'n fwy diogel gwneud newidiadau ar ddyfais nad ydyn nhw erioed wedi cael mynediad ati, neu gael cyngor gan wasanaeth cymorth yn gyntaf.
plan-guidance-legal-any = Gall yr heddlu wneud cais am Orchymyn Diogelu rhag Stelcio (Stalking Protection Order); gallwch chi wneud cais i lys am orchymyn rhag molestu (non-molestation order), a gall cyfreithiwr neu wasanaeth cymorth helpu. Mae torri gorchymyn yn drosedd: cofnodwch bob achos o'i dorri yn y cofnod digwyddiadau, a rhowch wybod amdano.
plan-guidance-support-any = Ysgrifennwch y gwasanaethau a'r bobl sy'n eich helpu, sut i'w cyrraedd a phryd. Mae gan y cyfeiriadur cymorth yn yr ap hwn rifau y gallwch eu defnyddio.
