# Y person sy'n achosi niwed, a'r gorchmynion a'r amodau sydd arnyn nhw.

## Mathau o orchymyn (enwau'r DU, gyda'r enw Saesneg mewn cromfachau)

people-orders-kind-stalking-protection = Gorchymyn Diogelu rhag Stelcio (Stalking Protection Order)
people-orders-kind-non-molestation = Gorchymyn rhag molestu (non-molestation order)
people-orders-kind-restraining = Gorchymyn atal (restraining order)
people-orders-kind-occupation = Gorchymyn anheddu (occupation order)
people-orders-kind-domestic-abuse-protection = Gorchymyn Diogelu rhag Cam-drin Domestig (Domestic Abuse Protection Order)
people-orders-kind-domestic-violence-protection = Gorchymyn Diogelu rhag Trais Domestig (Domestic Violence Protection Order)
people-orders-kind-bail = Amodau mechnïaeth (bail conditions)
people-orders-kind-other = Gorchymyn neu amod arall
people-orders-title-with-reference = { $kind }, { $reference }

## Nodiadau atgoffa

people-orders-reminder-soon = { $title }: mae'n dod i ben ymhen { $days } diwrnod, ar { $date }. Os oes angen iddo barhau, siaradwch { $who ->
        [officer] â'ch eiriolwr neu â'r swyddog sy'n gyfrifol am eich achos
       *[other] â'ch eiriolwr neu'ch cyfreithiwr
    } nawr.
people-orders-reminder-tomorrow = { $title }: mae'n dod i ben yfory, { $date }. Os oes angen iddo barhau, siaradwch { $who ->
        [officer] â'ch eiriolwr neu â'r swyddog sy'n gyfrifol am eich achos
       *[other] â'ch eiriolwr neu'ch cyfreithiwr
    } heddiw.
people-orders-reminder-today = { $title }: mae'n dod i ben heddiw, { $date }.
people-orders-reminder-ended = { $title }: daeth i ben ar { $date }. Os cafodd ei adnewyddu, newidiwch y dyddiad gorffen fel bod y nodyn atgoffa'n stopio.

## Y sgrin

people-orders-heading = Pobl a gorchmynion
people-orders-lead = Pwy sy'n achosi niwed, ac unrhyw orchmynion neu amodau sydd arnyn nhw. Yna gall y cofnodion yn eich log ddweud pwy oedd yn gyfrifol, a pha amod a dorrwyd. Does dim byd yma'n gadael y cyfrifiadur hwn oni bai eich bod yn ei dicio ar gyfer adroddiad.
people-orders-people-heading = Pwy ydyn nhw
people-orders-orders-heading = Gorchmynion ac amodau
people-orders-load-failed = Doedd dim modd llwytho hwn ar hyn o bryd. Rhowch gynnig arall arni.
people-orders-not-listed = Heb ei restru yma

## Botymau cerdyn, a thynnu

people-orders-change = Newid
people-orders-change-label = Newid { $name }
people-orders-remove = Tynnu
people-orders-remove-label = Tynnu { $name }
people-orders-remove-yes = Ie, tynnu
people-orders-remove-keep = Cadw
people-orders-remove-failed = Doedd dim modd ei dynnu ar hyn o bryd.
people-orders-removed = Mae { $name } wedi'i dynnu.
people-orders-person-remove-question = Tynnu { $name }? Bydd cofnodion sy'n eu henwi yn cadw'r enw a ysgrifennwyd ar y pryd.
people-orders-person-remove-orders = { $count ->
        [one] Mae un gorchymyn wedi'i gofnodi yn eu herbyn: bydd yn aros, ond heb eu henw.
       *[other] Mae { $count } gorchymyn wedi'u cofnodi yn eu herbyn: byddan nhw'n aros, ond heb eu henw.
    }
people-orders-order-remove-question = Tynnu { $title }?

## Cerdyn person

people-orders-fact-aliases = Enwau eraill
people-orders-fact-relationship = Sut rydych chi'n eu hadnabod
people-orders-fact-description = Sut maen nhw'n edrych
people-orders-fact-vehicles = Cerbydau
people-orders-fact-addresses = Cyfeiriadau
people-orders-fact-workplaces = Ble maen nhw'n gweithio
people-orders-fact-social-media = Cyfryngau cymdeithasol
people-orders-photo-label = Llun:

## Ychwanegu neu newid person

people-orders-add-person-heading = Ychwanegu person
people-orders-field-name = Enw, neu beth rydych chi'n eu galw
people-orders-field-aliases = Enwau eraill maen nhw'n eu defnyddio (un ar bob llinell)
people-orders-field-relationship = Sut rydych chi'n eu hadnabod
people-orders-field-relationship-hint = Er enghraifft: cyn-bartner, cymydog, rhywun dydw i ddim yn ei adnabod
people-orders-field-description = Sut maen nhw'n edrych
people-orders-field-vehicles = Cerbydau a rhifau cofrestru (un ar bob llinell)
people-orders-field-addresses = Cyfeiriadau (un ar bob llinell)
people-orders-field-workplaces = Ble maen nhw'n gweithio (un ar bob llinell)
people-orders-field-social-media = Cyfrifon cyfryngau cymdeithasol (un ar bob llinell)
people-orders-field-photo = Llun ohonyn nhw (dewisol)
people-orders-photo-kept = Mae llun yn cael ei gadw.
people-orders-photo-drop = Tynnu'r llun
people-orders-photo-adding = Wrthi'n ychwanegu'r llun…
people-orders-photo-ready-file = Mae'r llun yn barod: { $file }. Bydd yn cael ei gadw pan fyddwch chi'n cadw.
people-orders-photo-ready = Mae llun yn barod. Bydd yn cael ei gadw pan fyddwch chi'n cadw.
people-orders-photo-add-failed = Doedd dim modd ychwanegu'r llun.
people-orders-photo-none = Dim llun.
people-orders-name-missing = Rhowch enw, neu beth rydych chi'n eu galw (fel “y dyn yn y fan las”).
people-orders-add-person = Ychwanegu'r person hwn

## Cadw'r naill ffurflen neu'r llall

people-orders-save-changes = Cadw'r newidiadau
people-orders-cancel = Canslo
people-orders-changes-saved = Newidiadau wedi'u cadw.
people-orders-added = { $name } wedi'i ychwanegu.
people-orders-save-failed = Doedd dim modd cadw hwn. Does dim byd wedi'i golli; rhowch gynnig arall arni.

## Drafftiau

people-orders-draft-changes = Newidiadau i { $name }
people-orders-draft-person = Person sy'n achosi niwed
people-orders-draft-order = Gorchymyn neu amodau
people-orders-save-hint-changes = pwyswch Cadw'r newidiadau i'w gadw
people-orders-save-hint-person = pwyswch Ychwanegu'r person hwn i'w gadw
people-orders-save-hint-order = pwyswch Ychwanegu'r gorchymyn hwn i'w gadw

## Cerdyn gorchymyn

people-orders-fact-against = Yn erbyn
people-orders-fact-made-by = Wedi'i wneud gan
people-orders-fact-made-on = Dyddiad ei wneud
people-orders-fact-ends = Yn dod i ben
people-orders-fact-note = Nodyn
people-orders-conditions-label = Amodau:
people-orders-no-conditions = Dim amodau wedi'u hysgrifennu eto.

## Ychwanegu neu newid gorchymyn

people-orders-add-order-label = Ychwanegu gorchymyn
people-orders-add-order-heading = Ychwanegu gorchymyn neu amodau
people-orders-field-kind = Pa fath
people-orders-choose-kind = Dewiswch pa fath
people-orders-field-against = Yn erbyn pwy
people-orders-field-made-by = Wedi'i wneud gan (y llys neu'r heddlu)
people-orders-field-reference = Cyfeirnod
people-orders-field-made-on = Dyddiad ei wneud (dewisol)
people-orders-field-ends-on = Yn dod i ben ar (dewisol)
people-orders-field-ends-on-hint = Cewch eich atgoffa yma, a phan fyddwch chi'n agor yr ap, bedair wythnos cyn iddo ddod i ben.
people-orders-field-note = Unrhyw beth arall amdano (dewisol)
people-orders-conditions-legend = Pob amod ar ei linell ei hun, yn union fel mae'r gorchymyn yn ei eirio
people-orders-condition-label = Amod { $number }
people-orders-condition-remove-label = Tynnu amod { $number }
people-orders-condition-remove = Tynnu
people-orders-condition-add = Ychwanegu amod
people-orders-add-order = Ychwanegu'r gorchymyn hwn
people-orders-kind-missing = Dewiswch pa fath o orchymyn neu amod yw e.
people-orders-date-incomplete = Dydy'r dyddiad hwn ddim yn gyflawn. Teipiwch y diwrnod, y mis a'r flwyddyn, neu gadewch e'n wag.
people-orders-ends-before-made = Mae'n dod i ben cyn y diwrnod y cafodd ei wneud. Gwiriwch y dyddiadau.
people-orders-order-empty = Rhowch o leiaf ei gyfeirnod, yn erbyn pwy mae e, neu un amod.
