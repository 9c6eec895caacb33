## The incident log (incidents.ts, incident-links.ts)

# Between the items of a list read in a sentence ("Sefydlog, Ailadroddus").
incidents-list-separator = { ", " }

## The log
incidents-title = Cofnod digwyddiadau
incidents-lead = Ysgrifennwch bethau cyn gynted ag y gallwch chi. Mae pob cofnod yn cadw'r amser y cafodd ei ysgrifennu, ac mae cywiriadau'n cael eu cadw fel fersiynau newydd, felly gellir ei ddangos i'r heddlu neu i lys.
incidents-list-label = Digwyddiadau, y mwyaf diweddar yn gyntaf
incidents-shared-list-label = Digwyddiadau mae'r person yn eu rhannu, y mwyaf diweddar yn gyntaf
incidents-new = Ysgrifennu beth ddigwyddodd
incidents-bring-chat = Dod â sgwrs neu restr o negeseuon i mewn…
incidents-bring-files = Dod â lluniau neu ffeiliau i mewn…
incidents-bring-emails = Dod ag e-byst i mewn…
incidents-show-older = Dangos cofnodion hŷn
incidents-nothing-yet = Does dim byd wedi'i ysgrifennu eto.
incidents-everything-shown = Dyna'r cyfan.
incidents-load-failed = Doedd dim modd llwytho'r log.
# $count is 1 or more.
incidents-check-intact =
    { $count ->
        [one] Wedi gwirio: dydy'r fersiwn sydd wedi'i chadw ddim wedi newid ers iddi gael ei hysgrifennu.
       *[other] Wedi gwirio: dydy dim un o'r { $count } fersiwn sydd wedi'u cadw wedi newid ers iddyn nhw gael eu hysgrifennu.
    }
incidents-check-changed = Rhybudd: mae rhan o'r log hwn wedi cael ei newid y tu allan i'r ap ers iddo gael ei ysgrifennu.

## How many entries are shown ($filters: the chosen filters in words, from the incidents-filter-said-… messages)
incidents-count-none-matching = Does dim cofnod yn cyfateb i'r dewisiadau hyn: { $filters }. Pwyswch Dangos y cyfan i weld y log cyfan.
incidents-count-all =
    { $total ->
        [one] { $total } cofnod.
       *[other] Pob cofnod: { $total }.
    }
incidents-count-all-matching =
    { $total ->
        [one] { $total } cofnod sy'n cyfateb.
       *[other] Pob cofnod sy'n cyfateb: { $total }.
    }
# $total is 2 or more.
incidents-count-newest = Y cofnodion mwyaf diweddar: { $shown } o { $total }.
incidents-count-newest-matching = Y cofnodion mwyaf diweddar sy'n cyfateb: { $shown } o { $total }.

## The filters
incidents-filter-legend = Dangos yn unig
incidents-filter-kind = Beth ddigwyddodd
incidents-filter-any-kind = Unrhyw fath
incidents-filter-fits = Yn cyfateb i
incidents-filter-anything = Unrhyw beth
incidents-filter-files = Ffeiliau
incidents-filter-files-any = Gyda neu heb
incidents-filter-files-with = Gyda ffeiliau wedi'u hatodi
incidents-filter-files-without = Heb ffeiliau
incidents-filter-who = Pwy
incidents-filter-anyone = Unrhyw un
incidents-filter-order = Gorchymyn a dorrwyd
incidents-filter-any-order = Unrhyw un, neu ddim un
incidents-filter-from = O (diwrnod)
incidents-filter-to = Hyd at (diwrnod)
incidents-filter-any-day = Unrhyw ddiwrnod
incidents-filter-chosen = Wedi'i ddewis
incidents-filter-clear = Dangos y cyfan
incidents-filter-backwards = Mae'r diwrnod O ar ôl y diwrnod Hyd at: does dim byd yn gallu cyfateb. Dewiswch y diwrnodau eto.
# The chosen filters in words, joined by incidents-list-separator into $filters above.
incidents-filter-said-kind = beth ddigwyddodd: { $choice }
incidents-filter-said-fits = yn cyfateb i: { $choice }
incidents-filter-said-with-files = gyda ffeiliau wedi'u hatodi
incidents-filter-said-without-files = heb ffeiliau
incidents-filter-said-who = pwy: { $choice }
incidents-filter-said-order = wedi torri: { $choice }
incidents-filter-said-from = o { $day }
incidents-filter-said-to = hyd at { $day }

## The four behaviours (FOUR: Fixated, Obsessed, Unwanted, Repeated)
incidents-behaviour-name-fixated = Sefydlog
incidents-behaviour-name-obsessed = Obsesiynol
incidents-behaviour-name-unwanted = Digroeso
incidents-behaviour-name-repeated = Ailadroddus
incidents-behaviour-fixated = Sefydlog: mae'n ymddangos eu bod nhw wedi'u hoelio arna i
incidents-behaviour-obsessed = Obsesiynol: mae'n cymryd eu hamser i gyd
incidents-behaviour-unwanted = Digroeso: doeddwn i ddim eisiau hyn
incidents-behaviour-repeated = Ailadroddus: mae'n digwydd dro ar ôl tro

## An entry in the list
incidents-open = Agor
incidents-open-label = Agor: { $kind }, { $when }
incidents-entry-fits = Yn cyfateb i: { $behaviours }
incidents-entry-who = Pwy: { $who }
incidents-entry-breach = Wedi'i nodi fel achos o dorri: { $condition }
incidents-entry-corrected = Wedi'i gywiro (fersiwn { $version })
incidents-entry-files =
    { $count ->
        [one] { $count } ffeil wedi'i hatodi
       *[other] { $count } ffeil wedi'u hatodi
    }

## An entry's page
incidents-back = Yn ôl i'r log
incidents-correct = Cywiro'r cofnod hwn neu ychwanegu ato
incidents-another = Ysgrifennu un arall fel hwn
incidents-attached-files = Ffeiliau wedi'u hatodi
incidents-plan-prompt = Mae hwn wedi'i gadw. Pan fydd rhywbeth newydd yn digwydd, gall helpu i edrych dros eich cynllun diogelwch a gwirio ei fod yn dal yn addas. Does dim brys.
incidents-plan-open = Edrych dros fy nghynllun diogelwch
incidents-row-happened = Digwyddodd
incidents-happened-span = { $from } tan { $until }
incidents-row-first-written = Ysgrifennwyd gyntaf
incidents-row-this-version = Ysgrifennwyd y fersiwn hon
incidents-row-where = Ble
incidents-row-who = Pwy
incidents-row-breaching = Wedi'i nodi fel achos o dorri
incidents-row-behaviour = Ymddygiad
incidents-row-description = Beth a ddywedwyd neu a wnaed
incidents-row-appearance = Sut roedden nhw'n edrych
incidents-row-vehicle = Cerbyd
incidents-row-witnesses = Tystion
incidents-row-impact = Sut effeithiodd arna i
incidents-row-daily-life = Sut newidiodd fy mywyd bob dydd
incidents-row-officer = Swyddog heddlu
incidents-row-crime-ref = Cyfeirnod trosedd
incidents-row-also-told = Wedi dweud hefyd wrth
incidents-versions = Fersiynau
incidents-versions-label = Pob fersiwn, yr hynaf yn gyntaf
incidents-version-first = Ysgrifennwyd gyntaf
incidents-version-correction = Cywiriad { $number }
incidents-version-written = Ysgrifennwyd { $when }
# $fields: the names below, joined by incidents-list-separator.
incidents-version-changed = Newidiwyd: { $fields }
incidents-version-unchanged = Dim newidiadau i'r testun.
incidents-field-occurred-at = pryd digwyddodd
incidents-field-occurred-until = tan pryd
incidents-field-location = ble
incidents-field-kind = math
incidents-field-behaviours = ymddygiad
incidents-field-description = beth a ddywedwyd neu a wnaed
incidents-field-appearance = golwg
incidents-field-vehicle = cerbyd
incidents-field-witnesses = tystion
incidents-field-impact = sut effeithiodd arna i
incidents-field-daily-life = bywyd bob dydd
incidents-field-police = manylion yr heddlu
incidents-field-reported-to = wedi dweud hefyd wrth
incidents-field-attachments = atodiadau
incidents-field-links = pwy, neu'r gorchymyn a dorrwyd

## The entry form
incidents-form-title-new = Ysgrifennu beth ddigwyddodd
incidents-form-title-correct = Cywiro'r cofnod hwn neu ychwanegu ato
incidents-form-correct-hint = Mae'r fersiwn gyntaf yn aros fel yr oedd hi. Caiff hwn ei gadw fel fersiwn newydd, gyda dyddiad heddiw.
incidents-form-like-hint = Wedi'i lenwi o'r cofnod roeddech chi'n edrych arno. Gwiriwch yr amser, a newidiwch unrhyw beth oedd yn wahanol.
incidents-form-when = Pryd digwyddodd e?
incidents-form-until = Tan (os aeth ymlaen am sbel)
incidents-form-where = Ble
incidents-form-kind = Pa fath o beth ddigwyddodd?
incidents-form-breach-hint = Ticiwch yr amod a dorrwyd, o dan “A wnaethon nhw dorri gorchymyn neu amod?”, fel bod y log yn gallu dod o hyd i'r cofnod hwn drwy ei orchymyn.
incidents-form-behaviours = Pa rai o'r rhain sy'n cyfateb? (dewiswch unrhyw rai)
incidents-form-description = Beth a ddywedwyd neu a wnaed
incidents-form-description-hint = Eu hunion eiriau, os gallwch chi eu cofio.
incidents-form-appearance = Sut roedden nhw'n edrych?
incidents-form-vehicle = Cerbyd
incidents-form-vehicle-hint = Gwneuthuriad, lliw, rhif cofrestru os gwelsoch chi fe.
incidents-form-witnesses = Tystion
incidents-form-impact = Sut gwnaeth i chi deimlo?
incidents-form-daily = Ydy e wedi newid beth rydych chi'n ei wneud o ddydd i ddydd?
incidents-form-daily-hint = Er enghraifft llwybr gwahanol, aros yn y tŷ, amser i ffwrdd o'r gwaith. Mae hyn yn bwysig i'r heddlu.
incidents-form-officer = Swyddog heddlu (os cafodd ei riportio)
incidents-form-crime-ref = Cyfeirnod trosedd (crime reference number)
incidents-form-reported-to = Unrhyw un arall y dywedoch chi wrtho
incidents-form-close = Cau
incidents-form-close-label = Cau heb gadw; caiff yr hyn a ysgrifennoch chi ei gadw fel drafft
incidents-form-save = Cadw
incidents-form-need-time = Rhowch y dyddiad a'r amser, hyd yn oed yn fras.
incidents-form-files-busy = Mae'r ffeiliau'n dal i gael eu hychwanegu. Cadwch eto mewn eiliad.
incidents-form-not-saved = Doedd dim modd cadw hynny. Does dim byd wedi'i golli; rhowch gynnig arall arni.
# What the kept draft is called in the list at the top.
incidents-draft-new = Digwyddiad newydd
incidents-draft-correction = Cywiriad i gofnod { $when } ({ $kind })
# Ends the sentence "You were writing this before. It isn't saved yet: …."
incidents-draft-save-hint = pwyswch Cadw, ar ddiwedd y ffurflen, i'w gadw

## Who it was, and the order broken (incident-links.ts)
incidents-link-who = Pwy oedd e? (dewiswch unrhyw rai)
incidents-link-breach = A wnaethon nhw dorri gorchymyn neu amod? (ticiwch yr amod)
incidents-link-gone = { $label } (ddim ar y rhestr mwyach)
# Followed by the button incidents-link-add.
incidents-link-none = I ddweud pwy oedd e, neu pa orchymyn a dorrwyd, ychwanegwch nhw yn gyntaf:{ " " }
incidents-link-add = Eu hychwanegu o dan Pobl a gorchmynion
