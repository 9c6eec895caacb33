## What a new vault starts with, in the language in use while the person has not changed it:
## the built-in checklists (crates/store/src/checklists.rs) and the support directory's
## services (crates/store/src/directory.rs). Names of organisations stay as they are.

builtin-checklist-changing-routines = Newid arferion
builtin-checklist-changing-routines-01 = Amrywio'r llwybrau rwy'n eu dilyn i'r llefydd rwy'n mynd iddyn nhw'n rheolaidd
builtin-checklist-changing-routines-02 = Amrywio'r amseroedd rwy'n gadael ac yn cyrraedd
builtin-checklist-changing-routines-03 = Teithio gyda rhywun arall pan alla i
builtin-checklist-changing-routines-04 = Rhannu fy nhaith neu'r amser rwy'n disgwyl cyrraedd gyda rhywun rwy'n ymddiried ynddo
builtin-checklist-changing-routines-05 = Osgoi postio ble rydw i neu ble bydda i, neu luniau sy'n dangos hynny
builtin-checklist-changing-routines-06 = Gofyn i ffrindiau a theulu beidio â phostio fy lleoliad na lluniau ohona i
builtin-checklist-changing-routines-07 = Dweud wrth rywun yn y gwaith neu yn yr ysgol beth sy'n digwydd a chytuno ar gynllun
builtin-checklist-changing-routines-08 = Gofyn am gael bod ar y gofrestr etholiadol yn ddienw
builtin-checklist-changing-routines-09 = Ailgyfeirio fy post neu ddefnyddio blwch swyddfa bost (PO box)
builtin-checklist-changing-routines-10 = Defnyddio siopau, campfeydd neu gaffis gwahanol o bryd i'w gilydd
builtin-checklist-changing-routines-11 = Cadw fy ffôn wedi'i wefru a gyda mi

builtin-checklist-devices-and-accounts = Dyfeisiau a chyfrifon
builtin-checklist-devices-and-accounts-warning = Gall newid gosodiadau neu gyfrineiriau rybuddio'r person arall eich bod yn cymryd camau, ac i rai pobl mae hynny'n gwneud pethau'n fwy peryglus. Os nad ydych chi'n siŵr, siaradwch â gwasanaeth cymorth yn gyntaf, a gwnewch newidiadau ar ddyfais nad ydyn nhw erioed wedi cael mynediad ati.
builtin-checklist-devices-and-accounts-01 = Gwirio Find My / Find My Device a phwy sy'n gallu gweld fy lleoliad
builtin-checklist-devices-and-accounts-02 = Gwirio rhannu lleoliad mewn apiau mapiau, negeseuon a chyfryngau cymdeithasol
builtin-checklist-devices-and-accounts-03 = Gwirio pa ddyfeisiau sydd wedi mewngofnodi i fy nghyfrifon
builtin-checklist-devices-and-accounts-04 = Rhestru'r cyfrifon rydyn ni'n eu rhannu, neu y gallen nhw wybod eu cyfrinair
builtin-checklist-devices-and-accounts-05 = Gwirio fy mag, fy nghot a fy nghar am dagiau tracio (AirTag, Tile, SmartTag)
builtin-checklist-devices-and-accounts-06 = Gwirio am apiau, proffiliau neu reolaeth dyfais anghyfarwydd ar fy ffôn
builtin-checklist-devices-and-accounts-07 = Newid cyfrineiriau ar ddyfais ddiogel, gan ddechrau gydag e-bost
builtin-checklist-devices-and-accounts-08 = Troi dilysu dau gam ymlaen ar gyfer e-bost, bancio a chyfryngau cymdeithasol
builtin-checklist-devices-and-accounts-09 = Gwirio rheolau anfon e-bost ymlaen a rhifau ffôn adfer
builtin-checklist-devices-and-accounts-10 = Gwirio dyfeisiau cartref clyfar, clychau drws a chamerâu y gallen nhw gael mynediad atyn nhw
builtin-checklist-devices-and-accounts-11 = Gwirio ap y car a'r gwasanaethau sydd wedi'u cysylltu ag ef

builtin-service-gb-999-name = Gwasanaethau brys
builtin-service-gb-999-description = Yr heddlu, ambiwlans neu'r gwasanaeth tân pan fydd rhywun mewn perygl nawr.
builtin-service-gb-999-hours = 24 awr
builtin-service-gb-silent-solution-name = Silent Solution (yr Ateb Tawel)
builtin-service-gb-silent-solution-description = Os na allwch siarad: ffoniwch 999 o ffôn symudol, gwrandewch, yna pwyswch 55 pan ofynnir i chi. Bydd y gweithredwr yn gwybod ei fod yn argyfwng go iawn.
builtin-service-gb-silent-solution-hours = 24 awr
builtin-service-gb-101-name = Yr heddlu (nid argyfwng)
builtin-service-gb-101-description = I roi gwybod am rywbeth sydd eisoes wedi digwydd, neu i ofyn am gyngor pan nad oes neb mewn perygl uniongyrchol.
builtin-service-gb-101-hours = 24 awr
builtin-service-gb-national-stalking-helpline-name = National Stalking Helpline
builtin-service-gb-national-stalking-helpline-description = Cyngor a chymorth i unrhyw un y mae stelcio yn effeithio arno.
builtin-service-gb-national-stalking-helpline-hours = Llun, Maw, Iau, Gwe 09:30–16:00; Mer 13:00–16:00
builtin-service-gb-refuge-name = National Domestic Abuse Helpline (Refuge)
builtin-service-gb-refuge-description = Cymorth am ddim a chyfrinachol i unrhyw un sy'n profi cam-drin domestig, gan gynnwys dod o hyd i loches.
builtin-service-gb-refuge-hours = 24 awr
builtin-service-gb-crimestoppers-name = Crimestoppers
builtin-service-gb-crimestoppers-description = Rhoi gwybodaeth am droseddau yn ddienw.
builtin-service-gb-crimestoppers-hours = 24 awr
builtin-service-gb-paladin-name = Paladin National Stalking Advocacy Service
builtin-service-gb-paladin-description = Eiriolwyr stelcio arbenigol sy'n cefnogi pobl sydd mewn perygl mawr ac yn eu helpu drwy brosesau'r heddlu a'r llysoedd.
builtin-service-gb-paladin-hours = Dydd Llun i ddydd Gwener
builtin-service-gb-wls-live-fear-free-name = Live Fear Free helpline (Llinell Gymorth Byw Heb Ofn)
builtin-service-gb-wls-live-fear-free-description = Help am ddim a chyfrinachol yn Gymraeg neu yn Saesneg i unrhyw un yng Nghymru sy'n profi cam-drin domestig, trais rhywiol neu stelcio. Gallwch hefyd anfon neges destun i 07860 077 333.
builtin-service-gb-wls-live-fear-free-hours = 24 awr
builtin-service-gb-sct-domestic-abuse-helpline-name = Scotland's Domestic Abuse and Forced Marriage Helpline
builtin-service-gb-sct-domestic-abuse-helpline-description = Cymorth am ddim a chyfrinachol i unrhyw un yn yr Alban y mae cam-drin domestig neu briodas dan orfod yn effeithio arno.
builtin-service-gb-sct-domestic-abuse-helpline-hours = 24 awr
builtin-service-gb-nir-domestic-sexual-abuse-helpline-name = Domestic and Sexual Abuse Helpline
builtin-service-gb-nir-domestic-sexual-abuse-helpline-description = Cymorth am ddim a chyfrinachol i unrhyw un yng Ngogledd Iwerddon y mae cam-drin domestig neu rywiol yn effeithio arno.
builtin-service-gb-nir-domestic-sexual-abuse-helpline-hours = 24 awr
builtin-service-gb-mens-advice-line-name = Men's Advice Line (Respect)
builtin-service-gb-mens-advice-line-description = Cymorth cyfrinachol i ddynion sy'n profi cam-drin domestig.
builtin-service-gb-mens-advice-line-hours = Dydd Llun i ddydd Gwener
builtin-service-gb-galop-name = Galop National LGBT+ Domestic Abuse Helpline
builtin-service-gb-galop-description = Cymorth i bobl LHDT+ sy'n profi cam-drin domestig, gan gynnwys gan aelodau o'r teulu.
builtin-service-gb-galop-hours = Dydd Llun i ddydd Gwener
