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
date-weekday-1 = pon.
date-weekday-2 = wt.
date-weekday-3 = śr.
date-weekday-4 = czw.
date-weekday-5 = pt.
date-weekday-6 = sob.
date-weekday-7 = niedz.

# The months, abbreviated: as in "3 Nov 2026". They are only used inside a date, so give the
# form your language uses there (a genitive, say).
date-month-1 = sty
date-month-2 = lut
date-month-3 = mar
date-month-4 = kwi
date-month-5 = maj
date-month-6 = cze
date-month-7 = lip
date-month-8 = sie
date-month-9 = wrz
date-month-10 = paź
date-month-11 = lis
date-month-12 = gru

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

kind-following = Chodzenie za kimś
kind-loitering = Czekanie lub kręcenie się w pobliżu
kind-calls = Połączenia telefoniczne
kind-messages = Wiadomości
kind-social-media = Media społecznościowe
kind-gifts-letters = Prezenty lub listy
kind-damage = Zniszczenie mienia
kind-third-party-contact = Kontakt przez inne osoby
# Someone tracking where the person is, or getting into their phone or online accounts.
kind-tracking-account-access = Namierzanie lub wchodzenie na konta
kind-threats = Groźby
# A breach of a court order or of bail conditions.
kind-order-breach = Naruszenie nakazu
kind-other = Coś innego

## The four behaviour markers the police use to describe stalking ("FOUR": Fixated, Obsessed,
## Unwanted, Repeated). The person marks each incident with any of them.

behaviour-fixated = Fiksacja
behaviour-obsessed = Obsesja
behaviour-unwanted = Niechciane
behaviour-repeated = Powtarzające się

## The sections of the plan, in the report and on the printed plan. They are printed on the
## plan a person may leave on a printer: never use the word "safety" in them.

plan-section-emergency = W nagłym wypadku
plan-section-safe-places = Bezpieczne miejsca
plan-section-code-words = Słowa kodowe
# A bag packed and hidden, ready to leave in a hurry.
plan-section-escape-bag = Torba na wypadek ucieczki
plan-section-documents = Ważne dokumenty
plan-section-home = W domu
plan-section-work-school = Praca i szkoła
plan-section-travel = Przemieszczanie się
plan-section-children = Dzieci
plan-section-pets = Zwierzęta domowe
plan-section-online-safety = Telefony, komputery i konta
plan-section-legal = Ochrona prawna
plan-section-support = Usługi wsparcia

## Kinds of order a court or the police can make (the law of England and Wales). Where your
## language has no name for one, keep the English and add a translation in brackets.

order-kind-spo = Nakaz ochrony przed stalkingiem (Stalking Protection Order)
order-kind-nmo = Zakaz nękania (non-molestation order)
order-kind-restraining = Zakaz zbliżania się (restraining order)
# An order saying who may live in, or enter, a home.
order-kind-occupation = Nakaz dotyczący zajmowania domu (occupation order)
order-kind-dapo = Nakaz ochrony przed przemocą domową (Domestic Abuse Protection Order)
order-kind-dvpo = Nakaz ochrony przed przemocą w rodzinie (Domestic Violence Protection Order)
order-kind-bail = Warunki zwolnienia z aresztu (bail conditions)
order-kind-other = Inny nakaz lub warunek

## The report: its title page and the foot of every page

# The report's title, on its first page and as the PDF file's own title.
report-title = Dziennik zdarzeń
report-subtitle = Zapis zdarzeń sporządzany w chwili, gdy miały miejsce, lub wkrótce potem.
# Beside the name of the person who kept the log.
report-kept-by = Dziennik prowadzi
report-period-covered = Okres objęty raportem
# $from and $until are days (as date-day).
report-period = od { $from } do { $until }
report-incident-count = Liczba zdarzeń w tym raporcie
report-corrected-later = Poprawione później
# How many incidents were corrected after they were first written down.
report-corrected-count =
    { $count ->
        [one] { $count } zdarzenie
        [few] { $count } zdarzenia
        [many] { $count } zdarzeń
       *[other] { $count } zdarzenia
    } (każda wcześniejsza wersja jest pokazana przy zdarzeniu)
report-made = Raport sporządzono
report-how-to-read = Jak czytać ten raport
report-how-to-read-times = Przy każdym zdarzeniu podano, kiedy miało miejsce (tak jak zapisała to osoba prowadząca dziennik), oraz kiedy zostało zapisane (czas pobrany z zegara samej aplikacji w chwili zapisu; osoba ta nie może tego zegara ustawić).
report-how-to-read-versions = W aplikacji nie można edytować ani usuwać wpisów. Poprawka jest zapisywana jako nowa wersja; wcześniejsze wersje są zachowywane i pokazane w tym raporcie przy zdarzeniu.
report-how-to-read-chain = Każda wersja każdego wpisu jest powiązana z poprzednią łańcuchem skrótów (hash chain) SHA-256 i podpisana przez aplikację. Ostatnia część raportu wyjaśnia, jak to sprawdzić, i podaje ostatnie ogniwo łańcucha: skrót najnowszego wpisu w chwili sporządzenia raportu.
report-how-to-read-files = Pliki załączone jako materiał dowodowy są wymienione wraz z ich skrótem SHA-256, który każdy może porównać z oryginalnym plikiem.
# At the foot of every page. $made is the day the report was made (as date-day); $page and
# $pages are numbers.
report-footer = Dziennik zdarzeń · sporządzono { $made } · strona { $page } z { $pages }
# The same, with the start of the chain head (the hash of the newest entry) as $head.
report-footer-with-head = Dziennik zdarzeń · sporządzono { $made } · ostatnie ogniwo łańcucha { $head }… · strona { $page } z { $pages }

## The report: the table of all incidents

report-all-in-order = Wszystkie zdarzenia po kolei
# Column headers. "#" is the incident's number in the table.
report-column-number = Nr
report-column-happened = Kiedy miało miejsce
report-column-written-down = Kiedy zapisano
report-column-type = Rodzaj
report-column-where = Gdzie
report-column-crime-reference = Numer zgłoszenia przestępstwa
# A cell of the table shows only the start of a long text ($text); the incident's own section
# further on gives it in full.
report-cell-cut = { $text }… (pełny tekst poniżej)

## The report: each incident in full

# $number and $total are numbers, $kind is a type of incident (a kind- message).
report-incident-heading = Zdarzenie { $number } z { $total }: { $kind }
# The labels of an incident's fields, in the order they are shown.
report-field-happened = Kiedy miało miejsce
# An incident that went on for a while: $from and $until are as date-moment.
report-happened-until = { $from }, do { $until }
# When the entry was saved, by the app's own clock.
report-field-written-down = Kiedy zapisano
report-field-this-version = Zapis tej wersji
# $written is as date-moment; $version and $versions are numbers.
report-this-version = { $written } (wersja { $version } z { $versions }; wcześniejsze wersje są pokazane poniżej)
report-field-where = Gdzie
# The people the incident is linked to.
report-field-who = Kto
# The condition of an order the person marked the incident as breaching.
report-field-breaching = Oznaczono jako naruszenie
report-field-type = Rodzaj
# The behaviour markers (behaviour- messages) the person marked the incident with.
report-field-marked-as = Oznaczono jako
report-field-said-or-done = Co zostało powiedziane lub zrobione
# How the person causing harm looked.
report-field-appearance = Jak wyglądała ta osoba
report-field-vehicle = Pojazd
report-field-witnesses = Świadkowie
# The effect on the person who kept the log (in their own words).
report-field-effect-on-me = Wpływ na mnie
report-field-effect-on-life = Wpływ na codzienne życie
report-field-officer = Funkcjonariusz policji
report-field-crime-reference = Numer zgłoszenia przestępstwa
# Anyone else the incident was reported to (a landlord, a school, a support service).
report-field-reported-to = Kogo jeszcze powiadomiono
report-field-attached = Załączone pliki
# Beside "Attached files" when a version had none.
report-attached-none = (brak)
# Each attached file is numbered: "File 1", "File 2".
report-file-label = Plik { $number }
# An attached file: its name, its type (as "image/png") and its size (a report-size- message).
report-file = { $name } ({ $type }, { $size })
report-size-bytes =
    { $bytes ->
        [one] { $bytes } bajt
        [few] { $bytes } bajty
        [many] { $bytes } bajtów
       *[other] { $bytes } bajta
    }
# $size has one decimal, written with a full stop ("1.5").
report-size-kb = { $size } KB
report-size-mb = { $size } MB
# Read out by a screen reader for a picture in the report; $name is the file's name.
report-picture-alt = Zdjęcie załączone do tego wpisu: { $name }
report-earlier-versions = Wcześniejsze wersje. Każda pokazuje tylko to, czym różniła się od wersji zapisanej po niej.
# $version and $versions are numbers, $written is as date-moment.
report-version-written = Wersja { $version } z { $versions }, zapisana { $written }
report-no-differences = (brak różnic w treści)
# The entry's SHA-256, which links it into the chain of all entries.
report-entry-hash = Skrót wpisu
# Below the entry's hash: its place in the chain of all entries (a number).
report-chain-position = (pozycja w łańcuchu: { $position })
# Between the items of a list, as in "Fixated, Repeated". The quotes keep its spaces.
report-list-separator = {", "}
# In place of a field left empty.
report-not-recorded = (nie zapisano)
# Beside a field that runs on from the page before.
report-continued = (ciąg dalszy)

## The report: what else the person chose to include, one item at a time

report-also-included = Dołączone także, wybrane pojedynczo
report-from-plan = Z planu bezpieczeństwa
# A step of the plan ($text, in the person's words) and the day it was done.
report-plan-item-done = { $text } (zrobiono { $date })
report-contacts = Kontakty
report-contact-name = Imię lub nazwa
report-contact-relationship = Relacja
report-contact-how-to-reach = Jak się skontaktować
report-contact-what-they-know = Co wie ta osoba
# "The person" (second time) is the person who kept the log.
report-people = Osoba wyrządzająca krzywdę w opisie osoby prowadzącej dziennik
report-person-name = Imię lub określenie
report-person-other-names = Inne imiona i nazwy
report-person-relationship = Skąd zna ją osoba prowadząca dziennik
report-person-description = Opis
report-person-vehicles = Pojazdy
report-person-addresses = Adresy
report-person-workplaces = Miejsca pracy
report-person-social-media = Media społecznościowe
report-person-photo = Zdjęcie
# The photo's file name and its SHA-256.
report-photo-file = { $name } (SHA-256 { $sha256 })
# Read out by a screen reader for the photo; $name is the file's name.
report-photo-alt = Zdjęcie opisanej osoby: { $name }
report-photo-kept = przechowywane w aplikacji (nie wydrukowano go tutaj)
report-orders = Nakazy i warunki
report-orders-intro = Warunki w obecnym brzmieniu. Wpis oznaczony jako naruszenie jednego z nich przytacza go w brzmieniu z chwili, gdy wpis został zapisany.
report-order = Nakaz
# An order's name: its kind (an order-kind- message) and the court's reference for it.
report-order-title = { $kind }, { $reference }
# The person the order is against.
report-order-against = Wobec
# The court or police force that made the order.
report-order-made-by = Kto wydał
report-order-made-on = Data wydania
report-order-ends = Data zakończenia
report-order-condition = Warunek { $number }
report-order-note = Uwagi

## The report: its last section, how to check it

report-checking = Sprawdzanie tego raportu
# $count is the number of entries in the whole log.
report-chain-intact =
    W chwili sporządzenia tego raportu aplikacja ponownie sprawdziła każdy wpis w całym dzienniku ({ $count ->
        [one] { $count } wpis
        [few] { $count } wpisy
        [many] { $count } wpisów
       *[other] { $count } wpisu
    }, łącznie z tymi, których nie ma w tym raporcie): wszystkie skróty, powiązania i podpisy okazały się poprawne.
# $position is a number; $problem is one of the chain-break- messages (at the end of this file).
report-chain-broken = W chwili sporządzenia tego raportu aplikacja ponownie sprawdziła cały dziennik i wykryła problem na pozycji { $position } w łańcuchu: { $problem }. Wpisy od tego miejsca mogły zostać uszkodzone lub zmienione poza aplikacją.
# The chain head is the hash of the newest entry in the whole log.
report-chain-head-position = Pozycja ostatniego ogniwa łańcucha
report-chain-head-hash = SHA-256 ostatniego ogniwa łańcucha
report-chain-head = Ostatnie ogniwo łańcucha
report-signing-key = Klucz podpisu (ed25519)
report-how-chain-works = Jak działa łańcuch
report-chain-encoding = Każda wersja każdego wpisu jest kodowana w ustalony sposób (opisany w dokumentacji aplikacji), a następnie obliczany jest jej skrót SHA-256. Kodowanie obejmuje skrót poprzedniego wpisu, więc każdy skrót zależy od wszystkiego, co zapisano wcześniej. Zmiana, usunięcie lub przestawienie któregokolwiek wcześniejszego wpisu zmienia każdy następny skrót.
report-chain-head-note = Podane powyżej ostatnie ogniwo łańcucha to skrót najnowszego wpisu w całym dzienniku w chwili sporządzenia tego raportu. Warto je zanotować albo poprosić o to osobę, która otrzymuje ten raport. Późniejszy raport, którego łańcuch nadal zawiera to ogniwo na tej samej pozycji, pokazuje, że od tamtej pory nic, co zapisano przed nim, nie zostało zmienione ani usunięte.
report-chain-signed = Każdy wpis jest też podpisany powyższym kluczem podpisu, co pokazuje, że zapisała go ta sama kopia aplikacji.
# Keep each command as it is; FILE stands for the file's name and may be translated.
report-chain-check-file = Aby sprawdzić załączony plik, należy obliczyć jego skrót SHA-256 i porównać go z podanym: w systemie Windows certutil -hashfile PLIK SHA256; w systemie macOS shasum -a 256 PLIK; w systemie Linux sha256sum PLIK.
report-chain-export = Eksport z aplikacji w formie czytelnej dla komputera zawiera wszystkie pola, skróty i podpisy, dzięki czemu łańcuch można niezależnie obliczyć ponownie.

## The report: "The entries together", the page that counts and quotes the entries before they
## are given one by one. It describes and counts; it never judges or names an offence.

conduct-heading = Zestawienie wpisów
# $table is the name of the table of all incidents (report-all-in-order).
conduct-intro = Ta strona podaje liczby i cytaty z tego, co osoba prowadząca dziennik zapisała w przedstawionych dalej wpisach. Przy każdym cytacie podano numer wpisu w tabeli „{ $table }”.
# A number of incidents, used in conduct-summary and beside each behaviour marker.
conduct-incidents =
    { $count ->
        [one] { $count } zdarzenie
        [few] { $count } zdarzenia
        [many] { $count } zdarzeń
       *[other] { $count } zdarzenia
    }
conduct-days =
    { $count ->
        [one] { $count } dnia
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dnia
    }
conduct-weeks =
    { $count ->
        [one] { $count } tygodnia
        [few] { $count } tygodni
        [many] { $count } tygodni
       *[other] { $count } tygodnia
    }
# "4 incidents over 10 days, between 3 Oct 2026 and 12 Oct 2026.": $incidents is a
# conduct-incidents message, $span a conduct-days or conduct-weeks one, $first and $last days.
conduct-summary = { $incidents } w ciągu { $span }, od { $first } do { $last }.
# The same when the days are not known.
conduct-summary-undated = { $incidents } w ciągu { $span }.
# Beside the first and the latest incident.
conduct-first = Pierwsze
conduct-latest = Ostatnie
# "3 Oct 2026, Following (entry 1)": the day, the type of incident, and its number in the table.
conduct-entry-day = { $date }, { $kind } (wpis { $entry })
conduct-by-type = Według rodzaju
conduct-column-type = Rodzaj zdarzenia
conduct-column-number = Liczba
conduct-behaviour = Oznaczone zachowania
# Use the same four words as the behaviour- messages.
conduct-behaviour-intro = Osoba prowadząca dziennik oznaczała zdarzenia dowolnymi spośród czterech zachowań (Fiksacja, Obsesja, Niechciane, Powtarzające się). Dla każdego z nich przytoczono pierwsze i ostatnie zdarzenie tak oznaczone.
# The person's own words ($quote), the day, and the entry's number. Use your language's quotation marks.
conduct-quote = „{ $quote }” ({ $date }, wpis { $entry })
conduct-effects = Wpływ na codzienne życie
conduct-effects-intro =
    Osoba prowadząca dziennik opisała wpływ na swoje codzienne życie w { $count ->
        [one] { $count } wpisie
        [few] { $count } wpisach
        [many] { $count } wpisach
       *[other] { $count } wpisu
    }:
# After the entries quoted: how many more there are.
conduct-effects-more =
    { $count ->
        [one] Jeszcze { $count } wpis, podany w całości przy swoim zdarzeniu.
        [few] Jeszcze { $count } wpisy, każdy podany w całości przy swoim zdarzeniu.
        [many] Jeszcze { $count } wpisów, każdy podany w całości przy swoim zdarzeniu.
       *[other] Jeszcze { $count } wpisu, każdy podany w całości przy swoim zdarzeniu.
    }
conduct-breaches = Warunki oznaczone jako naruszone
conduct-breaches-intro = Osoba prowadząca dziennik oznaczyła te wpisy jako naruszenie warunku nakazu:
# One entry marked as breaching a condition: its number in the table and its day.
conduct-breach-entry = wpis { $entry } ({ $date })
# The same, for an entry dated before the order was made.
conduct-breach-entry-before = wpis { $entry } ({ $date }, przed wydaniem nakazu)
# The same, for an entry dated after the order ended.
conduct-breach-entry-after = wpis { $entry } ({ $date }, po zakończeniu obowiązywania nakazu)
# A condition (as the entries recorded it), how many entries were marked as breaching it, and
# those entries (conduct-breach-entry messages, separated by report-list-separator).
conduct-breach =
    { $condition }: { $count ->
        [one] { $count } wpis
        [few] { $count } wpisy
        [many] { $count } wpisów
       *[other] { $count } wpisu
    }: { $entries }.
# The same when only the first entries are listed: $more is how many more there are.
conduct-breach-more =
    { $condition }: { $count ->
        [one] { $count } wpis
        [few] { $count } wpisy
        [many] { $count } wpisów
       *[other] { $count } wpisu
    }: { $entries } i jeszcze { $more }.

## The report: risk screenings the person chose. DASH (SafeLives) and S-DASH are the published
## UK checklists; a MARAC is the meeting of agencies that plans for someone at high risk; an
## advocate is the person's domestic abuse or stalking caseworker (IDVA). Keep those names.

screening-heading = Oceny ryzyka, wybrane pojedynczo
screening-intro = Każda ocena jest zachowana w takiej postaci, w jakiej udzielono odpowiedzi, z datą wypełnienia. Pytania są sformułowane przez aplikację; numer obok każdego z nich to numer pytania opublikowanego kwestionariusza, któremu ono odpowiada (kwestionariusz identyfikacji ryzyka SafeLives DASH, 24 pytania, lub S-DASH dotyczący stalkingu, 11 pytań).
screening-instrument-domestic-abuse = Ocena ryzyka: przemoc domowa (obszary DASH)
screening-instrument-stalking = Ocena ryzyka: uporczywe nękanie (stalking), obszary S-DASH
# A screening answered with the app's first set of questions, no longer asked.
screening-instrument-earlier = Ocena ryzyka (wcześniejsze pytania aplikacji)
# $screening is one of the screening-instrument- messages, $date a day.
screening-done = { $screening }, wypełniono { $date }
screening-completed-by = Kto wypełnił
screening-by-alone = Ta osoba, samodzielnie
screening-by-advocate = Ta osoba razem ze swoją osobą wspierającą
# $advocate is the advocate's name (and role), as written.
screening-by-named-advocate = Ta osoba razem ze swoją osobą wspierającą: { $advocate }
screening-yes-answers = Odpowiedzi „tak”
# $yes, $questions and $answered are numbers.
screening-yes-count =
    { $yes } z { $questions ->
        [one] { $questions } pytania
        [few] { $questions } pytań
        [many] { $questions } pytań
       *[other] { $questions } pytania
    } (udzielone odpowiedzi: { $answered })
screening-threshold = Próg skierowania na MARAC
# $count is the number of "yes" answers that means a referral to a MARAC.
screening-threshold-reached = { $count } lub więcej odpowiedzi „tak”: osiągnięty
screening-threshold-not-reached = { $count } lub więcej odpowiedzi „tak”: nieosiągnięty
screening-level = Poziom
# Levels of the app's earlier questions.
screening-level-fewer = Mniej obaw
screening-level-some = Pewne obawy
screening-level-serious = Poważne obawy
# Levels of risk, as used with DASH: standard, medium, high.
screening-level-ungraded = Bez oceny (poniżej progu, nie zapisano oceny profesjonalnej)
screening-level-standard = Ryzyko standardowe
screening-level-medium = Ryzyko średnie
screening-level-high = Ryzyko wysokie
screening-judgement = Ocena osoby wspierającej
# $level is a screening-level- message.
screening-judgement-refers = { $level }; skierowanie na MARAC na podstawie oceny profesjonalnej
screening-reason = Podane uzasadnienie
screening-escalation = Eskalacja
screening-escalation-noted = Trzy lub więcej zdarzeń w ciągu ostatnich 12 miesięcy, odnotowane przez osobę wspierającą
screening-marac-criteria = Spełnione kryteria MARAC
# The reasons for a MARAC referral, listed after one another (the first is given a capital).
screening-marac-count = liczba odpowiedzi „tak”
screening-marac-judgement = ocena profesjonalna
screening-marac-escalation = eskalacja
screening-referred = Skierowano na MARAC
screening-review = Następny przegląd
screening-note = Notatka
# Column headers of the table of questions: the number of the question on the published form.
screening-column-dash = Nr DASH
screening-column-sdash = Nr S-DASH
screening-column-question = Pytanie (w brzmieniu aplikacji)
screening-column-answer = Odpowiedź
screening-answer-yes = Tak
screening-answer-no = Nie
screening-answer-not-known = Nie wiem
screening-answer-none = Bez odpowiedzi

## The questions of the domestic abuse screening, each covering the question of the DASH
## checklist with the same number (the app's own wording). The screen asks the same questions
## (ui/locales/*/risk.ftl, as risk-q-…): say them in the same words.

screening-question-da-injury = Czy ostatnie zdarzenie skończyło się obrażeniami?
screening-question-da-frightened = Czy bardzo się boisz?
screening-question-da-afraid-of = Czy boisz się, że ta osoba znowu zrobi Ci krzywdę albo zrobi coś gorszego?
screening-question-da-isolated = Czy ta osoba odcina Cię od rodziny, przyjaciół, lekarza lub innych ludzi?
screening-question-da-low-mood = Czy ostatnio masz bardzo obniżony nastrój albo myśli o odebraniu sobie życia?
screening-question-da-separation = Czy w ostatnim roku doszło do rozstania z tą osobą albo do próby rozstania?
screening-question-da-child-contact = Czy są konflikty z tą osobą o kontakty z dziećmi?
screening-question-da-stalking = Czy ta osoba ciągle do Ciebie pisze, dzwoni, chodzi za Tobą lub Cię obserwuje?
screening-question-da-pregnancy = Czy jesteś w ciąży albo czy w ciągu ostatnich 18 miesięcy urodziło Ci się dziecko?
screening-question-da-more-often = Czy dzieje się to częściej niż wcześniej?
screening-question-da-worse = Czy jest coraz gorzej?
screening-question-da-control = Czy ta osoba próbuje kontrolować, co robisz, albo jest bardzo zazdrosna?
screening-question-da-weapon = Czy ta osoba kiedykolwiek zraniła Cię bronią lub jakimś przedmiotem?
screening-question-da-threat-to-kill = Czy ta osoba kiedykolwiek groziła, że zabije Ciebie lub kogoś innego, i brzmiało to dla Ciebie wiarygodnie?
screening-question-da-strangling = Czy ta osoba kiedykolwiek próbowała Cię dusić, ściskać za gardło, zatykać Ci usta i nos albo topić?
screening-question-da-sexual = Czy ta osoba robi lub mówi rzeczy o charakterze seksualnym, które Cię krzywdzą lub sprawiają, że czujesz się źle, albo robi tak wobec kogoś innego?
screening-question-da-other-threat = Czy jest ktoś jeszcze, kto Ci groził albo kogo się boisz?
screening-question-da-hurt-others = Czy wiesz o tym, że ta osoba skrzywdziła kogoś innego, na przykład dzieci, kogoś z rodziny albo byłego partnera lub byłą partnerkę?
screening-question-da-animals = Czy ta osoba kiedykolwiek skrzywdziła zwierzę, także domowe, albo źle je traktowała?
screening-question-da-money = Czy są problemy z pieniędzmi, na przykład zależność finansowa od tej osoby albo utrata przez nią pracy?
screening-question-da-their-problems = Czy w ostatnim roku alkohol, narkotyki lub problemy ze zdrowiem psychicznym utrudniały tej osobie codzienne życie?
screening-question-da-their-suicide = Czy ta osoba kiedykolwiek groziła, że odbierze sobie życie, albo próbowała to zrobić?
screening-question-da-broken-terms = Czy ta osoba kiedykolwiek złamała warunki zwolnienia za kaucją (bail), nakaz sądowy (court order) albo ustalenia dotyczące kontaktów z Tobą lub z dziećmi?
screening-question-da-police = Czy wiesz, czy ta osoba miała kłopoty z policją albo była karana?

## The questions of the stalking screening, each covering the question of the S-DASH with the
## same number (the app's own wording; the screen asks them too, as risk-q-…).

screening-question-st-frightened = Czy bardzo się boisz?
screening-question-st-history = Czy ta osoba, zanim to się zaczęło, krzywdziła lub nękała Ciebie albo kogoś innego?
screening-question-st-damage = Czy ta osoba zniszczyła lub uszkodziła coś, co należy do Ciebie?
screening-question-st-turns-up = Czy ta osoba pojawia się tam, gdzie jesteś, bez zaproszenia, częściej niż trzy razy w tygodniu?
screening-question-st-follows = Czy ta osoba chodziła za Tobą albo kręciła się w pobliżu Ciebie?
screening-question-st-threats = Czy ta osoba groziła Ci przemocą fizyczną lub seksualną?
screening-question-st-third-parties = Czy od kiedy to się zaczęło, ta osoba nękała bliskie Ci osoby (rodzinę, dzieci, przyjaciół, partnera lub partnerkę, współpracowników albo sąsiadów)?
screening-question-st-violent-to-others = Czy ta osoba stosowała przemoc wobec kogoś innego w czasie, gdy to wszystko trwa?
screening-question-st-helpers = Czy ta osoba nakłoniła innych ludzi, by jej pomagali, niezależnie od tego, czy ci ludzie o tym wiedzą?
screening-question-st-drink-drugs = Czy wiadomo, że ta osoba nadużywa alkoholu lub narkotyków?
screening-question-st-violent-before = Czy ta osoba stosowała w przeszłości przemoc, fizyczną lub psychiczną?

## The app's earlier questions: no longer asked, but screenings answered with them are kept and
## can be put in a report.

screening-question-weekly = Czy dzieje się to co tydzień lub częściej?
screening-question-worse = Czy ostatnio dzieje się to częściej albo staje się bardziej przerażające?
screening-question-long-running = Czy trwa to dłużej niż kilka miesięcy?
screening-question-threats = Czy ta osoba groziła Tobie, Twoim dzieciom albo komuś Ci bliskiemu?
screening-question-threat-to-kill = Czy ta osoba groziła, że Cię zabije lub ciężko skrzywdzi, albo że zrobi krzywdę sobie?
screening-question-violence = Czy ta osoba kiedykolwiek zrobiła Ci krzywdę albo stosowała przemoc wobec kogoś innego?
screening-question-weapon = Czy ta osoba ma broń albo mówiła o tym, że ją zdobędzie lub jej użyje?
screening-question-third-parties = Czy ta osoba nakłoniła innych, by w jej imieniu kontaktowali się z Tobą, obserwowali Cię lub chodzili za Tobą?
screening-question-turns-up = Czy ta osoba pojawiała się w Twoim domu, pracy, szkole lub miejscach, w których bywasz?
screening-question-damage = Czy ta osoba niszczyła Twoje rzeczy, samochód, dom lub pocztę albo przy nich grzebała?
screening-question-tracking = Czy ta osoba wydaje się wiedzieć, gdzie jesteś, albo dostaje się do Twojego telefonu lub kont?
screening-question-fear = Czy boisz się tego, co ta osoba może zrobić dalej?
screening-question-changed-life = Czy z powodu tej osoby doszło do zmiany Twojego planu dnia, pracy lub miejsca zamieszkania?
screening-question-order-breach = Czy ta osoba złamała nakaz sądowy (court order), warunki zwolnienia za kaucją (bail conditions) albo ostrzeżenie policji?
screening-question-former-partner = Czy to Twój były partner lub była partnerka?

## The printed plan, for the person alone (not for court). A page left on a printer must not
## say what it is for: never use the word "safety" (or yours for it) here, not even in the title.

# The PDF file's own title.
plan-sheet-title = Plan
plan-sheet-heading = Mój plan
# $date is the day it was printed (as date-day).
plan-sheet-made-on = Sporządzono { $date }. Każdy, kto znajdzie tę stronę, może ją przeczytać: trzymaj ją w miejscu, do którego zaglądasz tylko Ty, albo u kogoś, komu ufasz.
# Where the person is in their situation (a plan-sheet-stage- message beside it).
plan-sheet-stage = Na jakim etapie teraz jestem
plan-sheet-stage-staying = Pozostanie
plan-sheet-stage-preparing-to-leave = Przygotowanie do odejścia
plan-sheet-stage-after-leaving = Po odejściu
# Beside the day the person means to read the plan again.
plan-sheet-review = Przejrzeć ponownie dnia
# A step of the plan that is done: the step ($step, in the person's words) and the day.
plan-sheet-step-done = { $step } (zrobiono { $date })
plan-sheet-empty = W planie nie ma jeszcze żadnych zapisów.
plan-sheet-people = Osoby, którym ufam
plan-sheet-no-people = Nie zapisano jeszcze żadnych zaufanych osób.
plan-sheet-name = Imię lub nazwa
plan-sheet-who = Kim jest dla mnie ta osoba
plan-sheet-how-to-reach = Jak się z tą osobą skontaktować
# A word agreed with the contact that means "I need help".
plan-sheet-code-word = Słowo kodowe
# How and when the person and the contact check that all is well.
plan-sheet-check-in = Umówiony kontakt
# When it is safe to contact the person.
plan-sheet-safe-times = Bezpieczne pory
plan-sheet-emergency = W nagłym wypadku
# Said of a contact the person allowed to be called in an emergency.
plan-sheet-may-be-called = Można dzwonić
# UK numbers: 999 is the emergency number; pressing 55 on a silent 999 call from a mobile is the
# police's "Silent Solution" (keep that name).
plan-sheet-danger = Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999. Jeśli nie możesz mówić, zadzwoń pod 999 z telefonu komórkowego, posłuchaj, a potem naciśnij 55, gdy usłyszysz taką prośbę (Silent Solution).
# At the foot of every page: $made is the day it was printed, $page and $pages are numbers.
plan-sheet-footer = { $made } · strona { $page } z { $pages }

## The README.txt in the machine-readable export (a plain text file). Keep every file name
## (incidents.json, SHA256SUMS, attachments/), field name (the words with underscores) and
## command as it is. The line breaks are kept: break lines at about 80 characters.

bundle-readme-title = Eksport dziennika zdarzeń
# Beside the file name incidents.json.
bundle-readme-incidents =
    Każde zdarzenie wybrane do tego eksportu, z każdą jego wersją (poprawka to
    nowa wersja; wcześniejsze wersje są zachowywane). Każda wersja zawiera
    occurred_at (kiedy zdarzenie miało miejsce, tak jak je zapisano),
    recorded_at (kiedy wersję zapisano, według zegara samej aplikacji),
    wszystkie pola, załączniki, prev_hash, hash oraz podpis ed25519 skrótu
    (hash).
# Beside the folder name attachments/.
bundle-readme-attachments =
    Oryginalne pliki, bajt po bajcie. Plik incidents.json przypisuje
    identyfikator (id) każdego załącznika do jego pliku w tym folderze
    (attachment_files) i podaje jego SHA-256.
# Beside the file name SHA256SUMS.
bundle-readme-sums = SHA-256 każdego pozostałego pliku w tym eksporcie.
bundle-readme-checking-files = Sprawdzanie plików
# After "Windows: ". Keep the command as it is; FILE stands for a file's name and may be
# translated (the same word both times).
bundle-readme-windows = certutil -hashfile PLIK SHA256   (porównaj z wierszem dla pliku PLIK)
bundle-readme-checking-log = Sprawdzanie dziennika
bundle-readme-log =
    Każda wersja każdego wpisu należy do jednego łańcucha skrótów SHA-256: jej
    skrót obejmuje ustalone kodowanie bajtowe wszystkich jej pól, skróty jej
    załączników i skrót poprzedniego wpisu (canonical_encoding w pliku
    incidents.json wskazuje układ; jest on opisany wraz z kodem źródłowym
    aplikacji w crates/store/src/canonical.rs). chain_head to najnowszy wpis
    w całym dzienniku w chwili sporządzenia tego eksportu; chain_at_export
    mówi, czy aplikacja uznała wtedy cały łańcuch za nienaruszony. Późniejszy
    eksport, którego łańcuch nadal zawiera to ostatnie ogniwo na tej samej
    pozycji, pokazuje, że nic, co było przed nim, nie zostało zmienione ani
    usunięte.

## The pages of the everyday notebook a second PIN opens. The person may have to open it in front
## of someone who makes them: it must look like anyone's dull notebook. Write pages a person who
## speaks your language in the UK might keep: change a food, a film or a habit to one more usual
## for them where that reads better, but keep each page dull, and never add anything about
## safety, health, worries, money trouble, named people, pets, cars or places the person would
## have to be. Keep the line breaks: each line is a line of the page. { $n } is a number the app
## picks (a different one each time it appears): keep each where your language needs it, and
## write no other digits than the English has.

decoy-shopping-title = Zakupy
decoy-shopping =
    Mleko
    Chleb
    Jajka
    Płyn do naczyń
    Worki na śmieci
    Herbata
    Jabłka
decoy-big-shop-title = Duże zakupy
decoy-big-shop =
    Makaron x{ $n }
    Pomidory w puszce
    Ryż
    Płatki śniadaniowe
    Papier toaletowy
    Mrożony groszek
    Ser żółty
decoy-bin-days-title = Śmieci
decoy-bin-days =
    Czarny kosz: co drugi wtorek
    Recykling: czwartek
    Odpady ogrodowe: sprawdzić daty odbioru
decoy-meter-readings-title = Odczyty liczników
decoy-meter-readings =
    Prąd: { $n }{ $n }{ $n }{ $n }
    Gaz: { $n }{ $n }{ $n }
    Następnym razem zrobić też zdjęcie
decoy-recipes-to-try-title = Przepisy do wypróbowania
decoy-recipes-to-try =
    Zupa z soczewicy
    Chlebek bananowy (z tych brązowych bananów)
    Warzywa z piekarnika z papryką i halloumi
    Wykorzystać resztę szpinaku
decoy-banana-bread-title = Chlebek bananowy
decoy-banana-bread =
    3 dojrzałe banany
    75g roztopionego masła
    150g cukru
    1 jajko
    1 łyżeczka ekstraktu waniliowego
    1 łyżeczka sody oczyszczonej
    190g mąki

    175C, ok. 50 min
decoy-films-to-watch-title = Filmy do obejrzenia
decoy-films-to-watch =
    Paddington 2
    Przesilenie zimowe
    Ten dokument o pszczołach
    Cokolwiek z Olivią Colman
decoy-garden-title = Ogród
decoy-garden =
    Przyciąć żywopłot, zanim ptaki zaczną wić gniazda
    Pomidory wysiać w marcu
    Kupić kompost (worki: ok. { $n })
    Naprawić zatrzask w furtce
decoy-plants-title = Rośliny
decoy-plants =
    Bazylia: podlewać co drugi dzień
    Skrzydłokwiat: raz w tygodniu
    Kaktus: nie ruszać
    Przesadzić zielistkę
decoy-to-do-title = Do zrobienia
decoy-to-do =
    Odesłać paczkę
    Umówić przegląd pieca
    Ogarnąć schowek pod schodami
    Zrezygnować z prenumeraty czasopisma
decoy-weekend-title = Na weekend
decoy-weekend =
    Sobota: sprzątanie, targ, jeśli nie będzie padać
    Niedziela: rosół na obiad, zacząć układać puzzle
decoy-cleaning-title = Sprzątanie
decoy-cleaning =
    Odkamienić czajnik
    Piekarnik (kupić spray)
    Wyprać firanki
    Rozmrozić zamrażarkę
    Odkurzyć pod łóżkami
decoy-wifi-title = Wi-Fi
decoy-wifi =
    Router to białe pudełko w przedpokoju
    Jak telewizor się zatnie, wyłączyć i włączyć
    Zadzwonić do nich, jeśli rozłącza więcej niż { $n } razy dziennie
decoy-diy-title = Drobne naprawy
decoy-diy =
    Półka w kuchni: wkręty x{ $n }, kołki
    Cieknący kran (wymienić uszczelkę)
    Poprawić farbę w przedpokoju
    Nowa żarówka na korytarz na górze
decoy-walks-title = Spacery
decoy-walks =
    Wzdłuż kanału i z powrotem: ok. 40 min
    Kółko po parku
    Zawilce w kwietniu
decoy-crossword-words-title = Hasła do krzyżówek
decoy-crossword-words =
    Etui
    Obój
    Aloes
    Apsyda
    Ibis (ptak)
decoy-podcasts-title = Podcasty
decoy-podcasts =
    Ten o starych domach
    Odcinki o historii
    Ten komediowy teleturniej
decoy-music-title = Muzyka
decoy-music =
    Znaleźć ten album z lata
    Fleetwood Mac
    Playlista do sprzątania
decoy-gift-ideas-title = Pomysły na prezenty
decoy-gift-ideas =
    Ładna świeczka
    Bon do sklepu ogrodniczego
    Skarpetki (zawsze)
    Ta książka kucharska z wystawy
decoy-soup-title = Zupa
decoy-soup =
    Cebula, marchewka, seler
    Kostka rosołowa
    Soczewica albo groch łuskany
    Gotować na małym ogniu 20 min
    Zmiksować połowę
decoy-sunday-roast-title = Niedzielny obiad
decoy-sunday-roast =
    Kurczak do piekarnika na 190C, ok. 20 min na 500g plus 20
    Ziemniaki podgotować 10 min
    Sos z granulek
    Marchewka z groszkiem
decoy-energy-saving-title = Oszczędzanie energii
decoy-energy-saving =
    Skręcić termostat o jeden stopień
    Uszczelka pod tylne drzwi
    Prać w 30 stopniach
    Timer do bojlera
decoy-fitness-title = Forma
decoy-fitness =
    Przejść { $n } tys. kroków
    Rozciąganie rano
    Wypróbować darmowy filmik z jogą
    Pić więcej wody
decoy-kitchen-title = Kuchnia
decoy-kitchen =
    Potrzebna nowa patelnia
    Naostrzyć noże
    Uporządkować szafkę z puszkami
    Wyrzucić stare przyprawy
decoy-clothes-title = Ubrania
decoy-clothes =
    Zimowy płaszcz do pralni
    Buty do szewca (nowe fleki)
    Przejrzeć szufladę, rzeczy do sklepu charytatywnego
    Rękawiczki
decoy-knitting-title = Robótki na drutach
decoy-knitting =
    Szalik na zimę: szara włóczka, motki x{ $n }
    Druty nr 5
    Poszukać prostego wzoru na czapkę
decoy-tea-and-coffee-title = Herbata i kawa
decoy-tea-and-coffee =
    Kończy się herbata
    Bezkofeinowa na wieczór
    Najpierw odkamienić czajnik
decoy-freezer-title = Zamrażarka
decoy-freezer =
    Groszek
    Zupa x{ $n }
    Chleb (krojony)
    Dokończyć pierogi
decoy-batteries-title = Baterie
decoy-batteries =
    AA x{ $n } do pilota i zegara
    Czujnik dymu: raz w miesiącu wcisnąć przycisk testu
decoy-pancakes-title = Naleśniki
decoy-pancakes =
    100g mąki
    2 jajka
    300ml mleka
    Szczypta soli
    Odstawić na 30 min
decoy-jigsaw-title = Puzzle
decoy-jigsaw =
    { $n }00 elementów, te z latarnią morską
    Najpierw brzegi
    Niebo na końcu
decoy-houseplants-to-get-title = Rośliny do kupienia
decoy-houseplants-to-get =
    Epipremnum
    Sansewieria
    Coś do łazienki, co lubi wilgoć
decoy-spring-clean-title = Wiosenne porządki
decoy-spring-clean =
    Okna od środka i z zewnątrz
    Półki w lodówce
    Klamki i włączniki światła
    Pod poduszkami kanapy
decoy-takeaway-menu-title = Jedzenie na wynos
decoy-takeaway-menu =
    Nr { $n }: ten makaron
    Dodatkowy ryż
    Chipsy krewetkowe

## The lists and contacts the app holds when a second PIN opens it as the app with everyday
## things in it (rather than the notebook). As dull as the pages above; Mum may be any relative
## your language would more usually buy a card for.

decoy-list-weekly = Co tydzień
decoy-list-weekly-bins = Wystawić śmieci we wtorek wieczorem
decoy-list-weekly-plants = Podlać kwiaty
decoy-list-weekly-meter = Odczyt licznika
decoy-list-weekly-bed = Zmienić pościel
decoy-list-shopping = Zakupy
decoy-list-shopping-milk = Mleko
decoy-list-shopping-bread = Chleb
decoy-list-shopping-washing-up = Płyn do naczyń
decoy-list-shopping-card = Kartka urodzinowa dla mamy
decoy-contact-dentist = Dentysta
decoy-contact-dentist-relationship = Recepcja gabinetu
decoy-contact-dentist-how = W sprawie wizyt dzwonić rano
# A first name usual in your language (short, common, either sex).
decoy-contact-friend = Alex
decoy-contact-friend-relationship = Klub książkowy
decoy-contact-friend-how = Zwykle ma czas po 6 wieczorem

## The computer's own Open and Save windows, as the app opens them: their titles and the name of
## the kind of file they show. Dull words any program uses.

dialog-save = Zapisz jako
dialog-open = Otwórz
dialog-choose-backup = Wybierz kopię zapasową
dialog-save-backup = Zapisz kopię zapasową
dialog-save-update = Zapisz aktualizację
dialog-kind-text-or-zip = Pliki tekstowe lub zip
dialog-kind-emails = E-maile zapisane jako pliki

## The description of the app's hiding key that the desktop lists among its keyboard shortcuts
## (GNOME or KDE settings). Anyone may read it: it names only the calculator.

shortcut-hide = Ukryj kalkulator

## In the report's last section (report-chain-broken, as { $problem }): what the app found wrong
## when it re-checked the log. An entry is one saved version of an incident.

chain-break-unreadable = wpis zawiera wartość, której nie da się odczytać
chain-break-missing = brakuje jednego z wcześniejszych wpisów albo nie jest on na swoim miejscu
chain-break-not-linked = ten wpis nie jest powiązany z poprzednim
chain-break-content-changed = treść wpisu nie zgadza się z jego skrótem
chain-break-signature = podpisu wpisu nie da się zweryfikować
chain-break-file-changed = załączony plik został zmieniony
chain-break-recorded-earlier = czas zapisania wpisu jest wcześniejszy niż czas zapisania poprzedniego wpisu
chain-break-revision-numbers = numer wersji wpisu nie jest kolejnym numerem po poprzednim wpisie
chain-break-list-differs = lista zdarzeń nie zgadza się z najnowszym wpisem tego zdarzenia
chain-break-list-missing = na liście zdarzeń brakuje tego zdarzenia
chain-break-list-extra = lista zdarzeń zawiera zdarzenie, które nie ma żadnych wpisów
