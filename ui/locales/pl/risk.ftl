## Obraz ryzyka: oceny ryzyka, część osoby wspierającej, wzorce z dziennika zdarzeń.
## Nazwy infolinii zostają po angielsku; numery telefonów i godziny przychodzą jako zmienne.
## Bez form „Pan/Pani”: formy bezosobowe, tryb rozkazujący w przyciskach, „ta osoba” o sprawcy.

## Odpowiedzi

risk-answer-yes = Tak
risk-answer-no = Nie
risk-answer-not-known = Nie wiem

## Pytania. Przemoc domowa: obszary listy kontrolnej SafeLives DASH (1–24). Nękanie: obszary S-DASH (1–11).
## Potem wcześniejsze pytania. Znaczenie musi być dokładne: osoby wspierające przepisują odpowiedzi do oficjalnych formularzy.

risk-q-da-injury = Czy ostatnie zdarzenie skończyło się obrażeniami?
risk-q-da-frightened = Czy bardzo się boisz?
risk-q-da-afraid-of = Czy boisz się, że ta osoba znowu zrobi Ci krzywdę albo zrobi coś gorszego?
risk-q-da-isolated = Czy ta osoba odcina Cię od rodziny, przyjaciół, lekarza lub innych ludzi?
risk-q-da-low-mood = Czy ostatnio masz bardzo obniżony nastrój albo myśli o odebraniu sobie życia?
risk-q-da-separation = Czy w ostatnim roku doszło do rozstania z tą osobą albo do próby rozstania?
risk-q-da-child-contact = Czy są konflikty z tą osobą o kontakty z dziećmi?
risk-q-da-stalking = Czy ta osoba ciągle do Ciebie pisze, dzwoni, chodzi za Tobą lub Cię obserwuje?
risk-q-da-pregnancy = Czy jesteś w ciąży albo czy w ciągu ostatnich 18 miesięcy urodziło Ci się dziecko?
risk-q-da-more-often = Czy dzieje się to częściej niż wcześniej?
risk-q-da-worse = Czy jest coraz gorzej?
risk-q-da-control = Czy ta osoba próbuje kontrolować, co robisz, albo jest bardzo zazdrosna?
risk-q-da-weapon = Czy ta osoba kiedykolwiek zraniła Cię bronią lub jakimś przedmiotem?
risk-q-da-threat-to-kill = Czy ta osoba kiedykolwiek groziła, że zabije Ciebie lub kogoś innego, i brzmiało to dla Ciebie wiarygodnie?
risk-q-da-strangling = Czy ta osoba kiedykolwiek próbowała Cię dusić, ściskać za gardło, zatykać Ci usta i nos albo topić?
risk-q-da-sexual = Czy ta osoba robi lub mówi rzeczy o charakterze seksualnym, które Cię krzywdzą lub sprawiają, że czujesz się źle, albo robi tak wobec kogoś innego?
risk-q-da-other-threat = Czy jest ktoś jeszcze, kto Ci groził albo kogo się boisz?
risk-q-da-hurt-others = Czy wiesz o tym, że ta osoba skrzywdziła kogoś innego, na przykład dzieci, kogoś z rodziny albo byłego partnera lub byłą partnerkę?
risk-q-da-animals = Czy ta osoba kiedykolwiek skrzywdziła zwierzę, także domowe, albo źle je traktowała?
risk-q-da-money = Czy są problemy z pieniędzmi, na przykład zależność finansowa od tej osoby albo utrata przez nią pracy?
risk-q-da-their-problems = Czy w ostatnim roku alkohol, narkotyki lub problemy ze zdrowiem psychicznym utrudniały tej osobie codzienne życie?
risk-q-da-their-suicide = Czy ta osoba kiedykolwiek groziła, że odbierze sobie życie, albo próbowała to zrobić?
risk-q-da-broken-terms = Czy ta osoba kiedykolwiek złamała warunki zwolnienia za kaucją (bail), nakaz sądowy (court order) albo ustalenia dotyczące kontaktów z Tobą lub z dziećmi?
risk-q-da-police = Czy wiesz, czy ta osoba miała kłopoty z policją albo była karana?

risk-q-st-frightened = Czy bardzo się boisz?
risk-q-st-history = Czy ta osoba, zanim to się zaczęło, krzywdziła lub nękała Ciebie albo kogoś innego?
risk-q-st-damage = Czy ta osoba zniszczyła lub uszkodziła coś, co należy do Ciebie?
risk-q-st-turns-up = Czy ta osoba pojawia się tam, gdzie jesteś, bez zaproszenia, częściej niż trzy razy w tygodniu?
risk-q-st-follows = Czy ta osoba chodziła za Tobą albo kręciła się w pobliżu Ciebie?
risk-q-st-threats = Czy ta osoba groziła Ci przemocą fizyczną lub seksualną?
risk-q-st-third-parties = Czy od kiedy to się zaczęło, ta osoba nękała bliskie Ci osoby (rodzinę, dzieci, przyjaciół, partnera lub partnerkę, współpracowników albo sąsiadów)?
risk-q-st-violent-to-others = Czy ta osoba stosowała przemoc wobec kogoś innego w czasie, gdy to wszystko trwa?
risk-q-st-helpers = Czy ta osoba nakłoniła innych ludzi, by jej pomagali, niezależnie od tego, czy ci ludzie o tym wiedzą?
risk-q-st-drink-drugs = Czy wiadomo, że ta osoba nadużywa alkoholu lub narkotyków?
risk-q-st-violent-before = Czy ta osoba stosowała w przeszłości przemoc, fizyczną lub psychiczną?

risk-q-weekly = Czy dzieje się to co tydzień lub częściej?
risk-q-worse = Czy ostatnio dzieje się to częściej albo staje się bardziej przerażające?
risk-q-long-running = Czy trwa to dłużej niż kilka miesięcy?
risk-q-threats = Czy ta osoba groziła Tobie, Twoim dzieciom albo komuś Ci bliskiemu?
risk-q-threat-to-kill = Czy ta osoba groziła, że Cię zabije lub ciężko skrzywdzi, albo że zrobi krzywdę sobie?
risk-q-violence = Czy ta osoba kiedykolwiek zrobiła Ci krzywdę albo stosowała przemoc wobec kogoś innego?
risk-q-weapon = Czy ta osoba ma broń albo mówiła o tym, że ją zdobędzie lub jej użyje?
risk-q-third-parties = Czy ta osoba nakłoniła innych, by w jej imieniu kontaktowali się z Tobą, obserwowali Cię lub chodzili za Tobą?
risk-q-turns-up = Czy ta osoba pojawiała się w Twoim domu, pracy, szkole lub miejscach, w których bywasz?
risk-q-damage = Czy ta osoba niszczyła Twoje rzeczy, samochód, dom lub pocztę albo przy nich grzebała?
risk-q-tracking = Czy ta osoba wydaje się wiedzieć, gdzie jesteś, albo dostaje się do Twojego telefonu lub kont?
risk-q-fear = Czy boisz się tego, co ta osoba może zrobić dalej?
risk-q-changed-life = Czy z powodu tej osoby doszło do zmiany Twojego planu dnia, pracy lub miejsca zamieszkania?
risk-q-order-breach = Czy ta osoba złamała nakaz sądowy (court order), warunki zwolnienia za kaucją (bail conditions) albo ostrzeżenie policji?
risk-q-former-partner = Czy to Twój były partner lub była partnerka?

## Nagłówki obszarów

risk-area-you = Ty i Twoje samopoczucie
risk-area-situation = Twoja sytuacja
risk-area-what-they-do = Co robi ta osoba
risk-area-others-animals-money = Inni ludzie, zwierzęta i pieniądze
risk-area-about-them = O tej osobie
risk-area-how-you-feel = Jak się czujesz
risk-area-what-has-happened = Co się wydarzyło
risk-area-other-people = Inni ludzie

## Oceny

risk-instrument-domestic-abuse = Ocena ryzyka: przemoc domowa
risk-instrument-domestic-abuse-choice = Przemoc ze strony partnera, byłego partnera lub członka rodziny ({ $count ->
        [one] { $count } pytanie
        [few] { $count } pytania
        [many] { $count } pytań
       *[other] { $count } pytania
    })
risk-instrument-stalking = Ocena ryzyka: uporczywe nękanie (stalking)
risk-instrument-stalking-choice = Uporczywe nękanie (stalking) przez kogokolwiek ({ $count ->
        [one] { $count } pytanie
        [few] { $count } pytania
        [many] { $count } pytań
       *[other] { $count } pytania
    })
risk-instrument-earlier = Ocena ryzyka (wcześniejsze pytania)

## Poziomy

risk-level-not-graded = Bez oceny
risk-level-fewer-concerns = Mniej obaw
risk-level-some-concerns = Pewne obawy
risk-level-serious-concerns = Poważne obawy
risk-level-standard = Standardowe
risk-level-medium = Średnie
risk-level-high = Wysokie

## Co jest mówione po ocenie

risk-helpline-stalking = Infolinia National Stalking Helpline (krajowa infolinia ds. nękania: { $phone }, w dni robocze { $weekdays }, w środy { $wednesdays })
risk-helpline-domestic-abuse = Infolinia National Domestic Abuse Helpline (krajowa infolinia ds. przemocy domowej: { $phone }, o każdej porze)
risk-in-danger = Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999. Jeśli nie możesz mówić, zadzwoń pod 999 z telefonu komórkowego i naciśnij 55, gdy usłyszysz taką prośbę.
risk-level-high-message = Osoby wspierające traktują niektóre Twoje odpowiedzi bardzo poważnie. Nie musisz radzić sobie z tym w pojedynkę. { $helpline } albo Twój IDVA może z Tobą o tym porozmawiać i pomóc zaplanować dalsze kroki.
risk-level-raised-message = Niektóre Twoje odpowiedzi to sprawy, o których osoba wspierająca chciałaby wiedzieć. Nie musisz radzić sobie z tym w pojedynkę. { $helpline } albo Twój IDVA może z Tobą o tym porozmawiać. Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999.
risk-thanks = Dziękujemy. Sytuacja może się zmieniać, więc warto od czasu do czasu tu wracać.
risk-screening-count-reached = Odpowiedzi „tak”: { $yes } z { $total }. Od { $threshold } odpowiedzi „tak” osoby wspierające kierują sprawę na MARAC: spotkanie, na którym lokalne służby wspólnie planują, jak zapewnić ludziom bezpieczeństwo.
risk-screening-judgement = Ocena osoby wspierającej: ryzyko { $level }.
risk-screening-serious = Osoby wspierające traktują niektóre Twoje odpowiedzi bardzo poważnie.
risk-screening-some = Niektóre Twoje odpowiedzi to sprawy, o których osoba wspierająca chciałaby wiedzieć.
risk-screening-meets-criteria = To spełnia kryteria skierowania na MARAC.
risk-screening-explain-referral = Osoba wspierająca (IDVA) może wyjaśnić, co oznacza skierowanie, i porozmawiać o tym z Tobą. { $helpline } może skontaktować Cię z taką osobą.
risk-screening-not-alone = Nie musisz radzić sobie z tym w pojedynkę. { $helpline } albo Twój IDVA może z Tobą o tym porozmawiać.
risk-referred-on = Skierowano na MARAC: { $date }.

## Fakty o ocenie

risk-facts-earlier = { $level }. { $yes }.
risk-facts = { $level }, { $yes }.
risk-yes-of = { $yes } z { $total } na „tak”
risk-yes-count = { $count ->
        [0] Brak odpowiedzi „tak”
        [one] { $count } odpowiedź „tak”
       *[other] { $count } odpowiedzi „tak”
    }
risk-done-alone-your = Wypełniono { $date }, samodzielnie.
risk-done-alone-their = Wypełniono { $date }, samodzielnie przez tę osobę.
risk-done-with-your-advocate-named = Wypełniono { $date }, razem z Twoją osobą wspierającą: { $advocate }.
risk-done-with-their-advocate-named = Wypełniono { $date }, razem ze swoją osobą wspierającą: { $advocate }.
risk-done-with-your-advocate = Wypełniono { $date }, razem z Twoją osobą wspierającą.
risk-done-with-their-advocate = Wypełniono { $date }, razem ze swoją osobą wspierającą.
risk-count-line-reached = Próg skierowania na MARAC ({ $threshold } lub więcej odpowiedzi „tak”): osiągnięty.
risk-count-line-not-reached = Próg skierowania na MARAC ({ $threshold } lub więcej odpowiedzi „tak”): nieosiągnięty.
risk-judgement-line = Ocena osoby wspierającej: ryzyko { $level }. Uzasadnienie: { $reason }
risk-judgement-line-referring = Ocena osoby wspierającej: ryzyko { $level }, ze skierowaniem na MARAC. Uzasadnienie: { $reason }
risk-escalation-line = Trzy lub więcej zdarzeń w ciągu ostatnich 12 miesięcy (eskalacja).
risk-marac-criteria-met = Spełnione kryteria MARAC: { $criteria }.
risk-marac-reason-count = liczba odpowiedzi „tak”
risk-marac-reason-judgement = ocena profesjonalna
risk-marac-reason-escalation = eskalacja
risk-next-review-line = Następny przegląd: { $date }.

## Problemy z częścią osoby wspierającej

risk-problem-done-on-missing = Podaj dzień, w którym wypełniono ocenę.
risk-problem-done-on-future = Dzień wypełnienia jest w przyszłości. Sprawdź datę.
risk-problem-reason-missing = Podaj uzasadnienie oceny: jest zapisywane razem z kwestionariuszem.
risk-problem-judgement-missing = Zanim skierujesz sprawę na podstawie oceny, wybierz ryzyko standardowe, średnie lub wysokie.
risk-problem-marac-before-screening = Data skierowania na MARAC jest wcześniejsza niż ocena. Sprawdź ją.
risk-problem-marac-future = Data skierowania na MARAC jest w przyszłości. Wpisz ją, gdy skierowanie zostanie wysłane.
risk-problem-review-too-early = Następny przegląd powinien być później niż dzień oceny.
risk-problem-date-incomplete = Ta data jest niepełna. Wpisz dzień, miesiąc i rok albo zostaw pole puste.
risk-problem-choose-questions = Najpierw wybierz, na które pytania odpowiadasz.

## Co się zmieniło od poprzedniej oceny

risk-change-since = Od { $date }
risk-change-since-time = Od { $date }, godz. { $time }
risk-change-same-your = { $since }: Twoje odpowiedzi są takie same.
risk-change-same-their = { $since }: odpowiedzi tej osoby są takie same.
risk-change = { $since }: { $changes }.
risk-change-level = ogólny obraz zmienił się z „{ $from }” na „{ $to }”
risk-change-now-yes = { $count ->
        [one] { $count } odpowiedź zmieniła się
        [few] { $count } odpowiedzi zmieniły się
       *[other] { $count } odpowiedzi zmieniło się
    } na „tak”
risk-change-no-longer-yes = { $count ->
        [one] { $count } odpowiedź nie jest już na „tak”
        [few] { $count } odpowiedzi nie są już na „tak”
       *[other] { $count } odpowiedzi nie jest już na „tak”
    }
risk-change-other = niektóre odpowiedzi się zmieniły, ale żadna nie zmieniła się na „tak” ani z „tak”
risk-join-and = { $first } i { $last }
risk-join-comma = { $first }, { $next }

## Wzorce z dziennika zdarzeń

risk-pattern-one-on = Na razie 1 zdarzenie: { $date }.
risk-pattern-one = Na razie 1 zdarzenie.
risk-pattern-summary-first = { $count ->
        [one] { $count } zdarzenie
        [few] { $count } zdarzenia
        [many] { $count } zdarzeń
       *[other] { $count } zdarzenia
    } w ciągu { $weeks ->
        [one] { $weeks } tygodnia
       *[other] { $weeks } tygodni
    }, pierwsze: { $date }.
risk-pattern-summary = { $count ->
        [one] { $count } zdarzenie
        [few] { $count } zdarzenia
        [many] { $count } zdarzeń
       *[other] { $count } zdarzenia
    } w ciągu { $weeks ->
        [one] { $weeks } tygodnia
       *[other] { $weeks } tygodni
    }.
risk-trend-too-few = Na razie jest za mało wpisów, by ocenić, czy coś się zmienia.
risk-trend-rising = W ostatnich czterech tygodniach { $recent ->
        [one] było { $recent } zdarzenie
        [few] były { $recent } zdarzenia
        [many] było { $recent } zdarzeń
       *[other] było { $recent } zdarzenia
    }, więcej niż w czterech tygodniach wcześniej ({ $before }). Coraz częstsze zdarzenia to coś, co osoby wspierające traktują poważnie. Warto przejrzeć swój plan bezpieczeństwa lub porozmawiać z osobą wspierającą.
risk-trend-falling = W ostatnich czterech tygodniach { $recent ->
        [one] było { $recent } zdarzenie
        [few] były { $recent } zdarzenia
        [many] było { $recent } zdarzeń
       *[other] było { $recent } zdarzenia
    }, mniej niż w czterech tygodniach wcześniej ({ $before }). Sytuacja może się zmieniać, więc nadal warto zapisywać to, co się dzieje, na bieżąco.
risk-trend-steady = W ostatnich czterech tygodniach { $recent ->
        [one] było { $recent } zdarzenie
        [few] były { $recent } zdarzenia
        [many] było { $recent } zdarzeń
       *[other] było { $recent } zdarzenia
    }, mniej więcej tyle samo co w czterech tygodniach wcześniej ({ $before }).

## Ekran obrazu ryzyka

risk-title = Obraz ryzyka
risk-lead = To pomaga Tobie i Twojej osobie wspierającej zobaczyć, jak zmienia się sytuacja. To nie jest test i nie ma złych odpowiedzi.
risk-lead-case = Jak zmienia się sytuacja tej osoby: wzorce w dzienniku tej sprawy i oceny na przestrzeni czasu.
risk-shared-list-label = Oceny ryzyka udostępnione przez tę osobę, od najnowszych
risk-get-help = Uzyskaj pomoc
risk-open-plan = Otwórz mój plan bezpieczeństwa
risk-patterns-title = Wzorce
risk-patterns-empty = Gdy w dzienniku zdarzeń pojawią się wpisy, tutaj będzie widać, jak często coś się dzieje.
risk-patterns-error = Nie udało się teraz wyliczyć wzorców.
risk-chart-per-week = Zdarzenia w tygodniu
risk-chart-last-weeks = Wykres pokazuje { $count ->
        [one] ostatni tydzień
        [few] ostatnie { $count } tygodnie
       *[other] ostatnich { $count } tygodni
    }.
risk-chart-by-type = Według rodzaju

## Formularz oceny

risk-screening-title = Ocena ryzyka
risk-screening-intro = Pytania, które osoby wspierające zadają o to, co się dzieje, w dwóch zestawach: jeden dotyczy przemocy ze strony partnera, byłego partnera lub członka rodziny, drugi – uporczywego nękania (stalkingu). Odpowiedz na tyle pytań, na ile chcesz. Odpowiedzi są zapisywane z datą, więc widać, jak zmienia się sytuacja. Zostają na tym komputerze, chyba że zdecydujesz się je udostępnić.
risk-screening-intro-case = Oceny wypełnione z tą osobą są przechowywane w tej sprawie z datą, obok tych, które ta osoba Ci udostępnia. Nic stąd nie jest do niej wysyłane.
risk-latest-saved = { $name }: zapisano { $date }
risk-latest-last-time = Ostatnio: { $name }, { $date }
risk-answer-again = Odpowiedz na pytania ponownie
risk-questions-error = Nie udało się teraz wczytać pytań.
risk-form-label = Pytania oceny ryzyka
risk-which-questions = Które pytania?
risk-stalking-followup = Odpowiedź na to pytanie brzmi „tak”: pytania o nękanie dotyczą tego dokładniej. Możesz na nie odpowiedzieć po zapisaniu tych odpowiedzi.
risk-clear-answer = Wyczyść odpowiedź
risk-clear-answer-to = Wyczyść odpowiedź na pytanie: { $question }
risk-count-choose = Wybierz zestaw pytań, aby je zobaczyć.
risk-count = Na razie „tak”: { $yes } z { $total }. Odpowiedzi: { $answered }.
risk-done-on-label = Dzień wypełnienia
risk-who-answered = Kto odpowiadał?
risk-by-alone = Ja, samodzielnie
risk-by-advocate = Ja, z moją osobą wspierającą, podczas spotkania
risk-by-alone-case = Ta osoba, samodzielnie
risk-by-advocate-case = Ta osoba, ze mną, podczas spotkania
risk-note-label = Coś jeszcze do dodania (opcjonalnie)
risk-save = Zapisz odpowiedzi
risk-save-error = Nie udało się zapisać odpowiedzi. Nic nie zostało utracone; spróbuj ponownie.
risk-draft-label = Ocena ryzyka
# Kończy zdanie o niezapisanym szkicu. Nazwa przycisku jak w risk-save.
risk-draft-save-hint = naciśnij Zapisz odpowiedzi, aby je zachować

## Część osoby wspierającej

risk-advocate-part = Część osoby wspierającej
risk-advocate-name-label = Imię i nazwisko lub funkcja osoby wspierającej, tak jak ma być pokazane (opcjonalnie)
risk-judgement-legend = Ocena profesjonalna osoby wspierającej
risk-professional-judgement = Ocena profesjonalna
risk-judgement-none = Brak oceny
risk-refer-label = Skieruj na MARAC na podstawie tej oceny, niezależnie od liczby odpowiedzi „tak”
risk-reason-label = Uzasadnienie oceny (wymagane, jeśli ocena jest podana)
risk-escalation-label = Trzy lub więcej zdarzeń w ciągu ostatnich 12 miesięcy (eskalacja)
risk-marac-on-label = Data skierowania na MARAC (opcjonalnie)
risk-marac-on-hint = Zostaw puste, jeśli skierowania jeszcze nie było.
risk-review-on-label = Następny przegląd (opcjonalnie)
risk-review-on-hint = Widoczny na liście spraw i oznaczany, gdy przypada jego termin.
risk-add-advocate-part = Dodaj część osoby wspierającej
risk-sign-off-hint = Dodawane z dzisiejszą datą. Odpowiedzi pozostają dokładnie takie, jakie zostały udzielone.
risk-save-advocate-part = Zapisz część osoby wspierającej
risk-cancel = Anuluj
risk-sign-off-save-error = Nie udało się zapisać. Nic nie zostało utracone; spróbuj ponownie.

## Wcześniejsze oceny

risk-history-title = Twoje odpowiedzi na przestrzeni czasu
risk-history-title-case = Oceny w tej sprawie na przestrzeni czasu
risk-entry-note-yours = Twoja notatka:
risk-entry-note-theirs = Notatka tej osoby:
risk-entry-note = Notatka:
risk-entry-at = godz. { $time }
risk-entry-signed-off-on = Część osoby wspierającej dodano { $date }.
risk-entry-now-yes = Teraz „tak”:
risk-entry-see-answers = Zobacz te odpowiedzi
risk-entry-not-answered = Bez odpowiedzi
