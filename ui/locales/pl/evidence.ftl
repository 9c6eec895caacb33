## Raport i eksport: PDF dla policji lub sądu, eksport dla osoby prowadzącej sprawę lub prawnika,
## oraz otwieranie zablokowanego eksportu od innej osoby.

evidence-title = Raport i eksport
evidence-lead = Tu powstaje raport z wybranych zdarzeń, który można przekazać policji, sądowi, prawnikowi lub osobie wspierającej. Trafia do niego tylko to, co wybierzesz. Każdy wybrany wpis trafia do raportu w całości: każda jego wersja, miejsce zdarzenia i załączone pliki.
evidence-warning-title = Zanim wybierzesz:
evidence-warning-other-side = w postępowaniu policyjnym lub sądowym druga strona, w tym osoba, której to dotyczy, może zobaczyć raport. Dołącz tylko to, co ta strona może zobaczyć bez szkody dla Ciebie.
evidence-warning-never-included = Twój plan bezpieczeństwa, Twoje kontakty i zapisane w nich adresy nigdy nie trafiają do raportu, chyba że wybierzesz je pojedynczo poniżej. Każdy wybrany wpis zawiera natomiast to, co napisano w nim o miejscu zdarzenia. Raport pokazuje też, ile wpisów liczy cały Twój dziennik (ale nie ich treść), bo dzięki temu można go sprawdzić.

## Co trafia do raportu

evidence-what-goes-in = Co trafia do raportu
evidence-period = Okres
evidence-period-hint = Obie daty są wliczone. Zostaw je puste, aby zobaczyć wszystkie wpisy.
evidence-from = Od
evidence-until = Do
evidence-show-entries = Pokaż wpisy
evidence-entries = Wpisy
evidence-choose-all = Wybierz wszystkie
evidence-choose-none = Odznacz wszystkie
evidence-chosen-count = Wybrano { $chosen } z { $total }
evidence-no-entries = Brak wpisów w tym okresie.
evidence-entries-error = Nie udało się wczytać wpisów. Spróbuj ponownie.
evidence-row-files = { $count ->
        [one] { $count } plik
        [few] { $count } pliki
        [many] { $count } plików
       *[other] { $count } pliku
    }
evidence-row-nothing-written = Nic nie wpisano w polu „Co zostało powiedziane lub zrobione”.
evidence-happened-range = { $start } do { $end }
evidence-name-label = Nazwa na stronie tytułowej (opcjonalnie)
evidence-name-hint = Na przykład Twoje imię i nazwisko albo numer sprawy nadany przez policję. Możesz zostawić to pole puste.
# The report's language, offered when the app is not in English. $language is the language's own name (Cymraeg, Polski…).
evidence-language-label = Język raportu
evidence-language-hint = Policja i sądy w Anglii i Walii potrzebują raportu po angielsku. Słowa samego raportu zmieniają się razem z językiem; Twoje własne słowa nigdy nie są tłumaczone i pojawiają się tak, jak je zapisano. Przy dwóch językach cały raport pojawia się dwa razy.
evidence-language-both = Po angielsku i w języku: { $language } (najpierw angielski)
evidence-language-own = Tylko w języku: { $language }
evidence-language-english = Tylko po angielsku
evidence-embed-label = Wstaw zdjęcia (PNG i JPEG) do raportu jako obrazy
evidence-embed-hint = Niezależnie od wyboru każdy załączony plik jest wymieniony ze swoim odciskiem cyfrowym (SHA-256), aby można było później wykazać, że to ten sam plik.
evidence-draft-label = Wybór do raportu
evidence-draft-save-hint = ten wybór zostanie użyty przy zapisywaniu raportu lub eksportu

## Dołącz też

evidence-extras-summary = Dołącz też elementy planu, kontakty, oceny ryzyka, osoby lub nakazy (opcjonalnie)
evidence-extras-ticked = ({ $count ->
        [0] nic nie zaznaczono
       *[other] zaznaczono: { $count }
    })
evidence-extras-never-unless-ticked = Te elementy nigdy nie trafiają do raportu, chyba że je tu zaznaczysz. Wszystko, co zaznaczysz, może przeczytać każdy, kto otrzyma raport lub eksport.
evidence-extras-contact-hint = Zaznaczony kontakt trafia do raportu z imieniem, relacją, sposobem kontaktu i tym, co ta osoba wie. Słowo kodowe, plan kontaktów kontrolnych i bezpieczne pory nigdy nie są dołączane.
evidence-extras-person-hint = Zaznaczona osoba trafia do raportu ze wszystkim, co o niej zapisano (także z adresami, miejscami pracy i mediami społecznościowymi); zaznaczony nakaz – z warunkami i informacją, kogo dotyczy.
evidence-group-contacts = Zaufane osoby
evidence-group-screenings = Oceny ryzyka
evidence-group-people = Kto wyrządza krzywdę
evidence-group-orders = Nakazy i warunki
evidence-screening-label = { $name }, { $date } (zapisano o { $time }): { $level }, { $yes }
evidence-screening-label-alone = { $name }, { $date } (zapisano o { $time }), wypełniono samodzielnie: { $level }, { $yes }
evidence-screening-label-with = { $name }, { $date } (zapisano o { $time }), z osobą wspierającą ({ $advocate }): { $level }, { $yes }
evidence-screening-label-with-an-advocate = { $name }, { $date } (zapisano o { $time }), z osobą wspierającą: { $level }, { $yes }
evidence-extras-empty = Na razie nie ma tu nic do wybrania: brak kroków planu, kontaktów, ocen, osób i nakazów.
evidence-extras-error = Nie udało się wczytać planu, kontaktów i ocen. Spróbuj ponownie.

## Problemy z wyborem

evidence-problem-from-date = Podaj datę „Od” jako dzień, miesiąc i rok albo zostaw pole puste.
evidence-problem-until-date = Podaj datę „Do” jako dzień, miesiąc i rok albo zostaw pole puste.
evidence-problem-until-before-from = Data „Do” jest wcześniejsza niż data „Od”. Zmień jedną z nich.
evidence-problem-not-loaded = Lista wpisów jeszcze się nie wczytała. Naciśnij „Pokaż wpisy”.
evidence-problem-dates-changed = Daty zmieniono po wyświetleniu listy. Naciśnij „Pokaż wpisy” i sprawdź, co jest zaznaczone.
evidence-problem-no-entries = W tym okresie nie ma wpisów. Wybierz inne daty albo zostaw je puste, aby zobaczyć wszystkie wpisy.
evidence-problem-none-ticked = Zaznacz co najmniej jeden wpis do dołączenia.

## Raport PDF

evidence-report-title = Raport dla policji lub sądu
evidence-report-about = Plik PDF do wydrukowania lub wysłania, z wybranymi wpisami w kolejności dat, informacją, kiedy każdy z nich zapisano, ewentualnymi poprawkami i sposobem na sprawdzenie, że nic później nie zmieniono.
evidence-save-report = Zapisz raport PDF
evidence-saving = Zapisywanie…
evidence-report-making = Tworzenie raportu. Okno zapisu otworzy się, gdy raport będzie gotowy.
evidence-report-error = Nie udało się utworzyć raportu. Nic w aplikacji nie zostało zmienione. Spróbuj ponownie.
evidence-not-saved = Nie zapisano.
evidence-report-saved = Zapisano raport: { $entries ->
        [one] { $entries } wpis
        [few] { $entries } wpisy
        [many] { $entries } wpisów
       *[other] { $entries } wpisu
    }, { $pages ->
        [one] { $pages } strona
        [few] { $pages } strony
        [many] { $pages } stron
       *[other] { $pages } strony
    }.
evidence-pictures-left-out = Niektórych zdjęć nie udało się umieścić w raporcie; są wymienione z ich odciskami cyfrowymi.

## Eksport

evidence-export-title = Eksport dla osoby prowadzącej sprawę lub prawnika
evidence-export-about = Te same wybrane wpisy jako plik czytelny dla komputerów: dane, oryginalne załączone pliki i lista ich odcisków cyfrowych (SHA-256), która pokazuje, że żaden nie został zmieniony. Zdjęcia są zawsze dołączane jako oryginalne pliki.
evidence-export-how = Jak zapisać
evidence-export-plain = Zwykły plik zip (każdy, kto ma plik, może go otworzyć)
evidence-export-locked = Zablokowany hasłem (otwierany w tej aplikacji)
evidence-passphrase = Hasło
evidence-passphrase-hint = Co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
        [many] { $min } znaków
       *[other] { $min } znaku
    }, na przykład kilka połączonych słów. Przekaż je osobie, której wysyłasz plik, inną drogą, na przykład telefonicznie, a nie w tym samym e-mailu.
evidence-passphrase-again = Wpisz hasło ponownie
evidence-save-export = Zapisz eksport
evidence-export-choose-where = Wybierz miejsce zapisu…
evidence-export-error = Nie udało się utworzyć eksportu. Nic w aplikacji nie zostało zmienione. Spróbuj ponownie.
evidence-export-saved = Zapisano eksport: { $entries ->
        [one] { $entries } wpis
        [few] { $entries } wpisy
        [many] { $entries } wpisów
       *[other] { $entries } wpisu
    }, { $files ->
        [0] bez załączonych plików
        [one] { $files } załączony plik
        [few] { $files } załączone pliki
        [many] { $files } załączonych plików
       *[other] { $files } załączonego pliku
    }.
evidence-locked-export-saved = Zapisano zablokowany eksport: { $entries ->
        [one] { $entries } wpis
        [few] { $entries } wpisy
        [many] { $entries } wpisów
       *[other] { $entries } wpisu
    }, { $files ->
        [0] bez załączonych plików
        [one] { $files } załączony plik
        [few] { $files } załączone pliki
        [many] { $files } załączonych plików
       *[other] { $files } załączonego pliku
    }.
evidence-problem-passphrase-missing = Wybierz hasło, którym zostanie zablokowany eksport.
evidence-problem-passphrase-short = Hasło musi mieć co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
        [many] { $min } znaków
       *[other] { $min } znaku
    }, na przykład kilka połączonych słów.
evidence-problem-passphrase-again = Wpisz hasło jeszcze raz.
evidence-problem-passphrase-differs = Wpisane hasła się różnią. Wpisz je ponownie.

## Otwieranie zablokowanego eksportu

evidence-open-title = Otwórz zablokowany eksport od innej osoby
evidence-open-hint = Najpierw wybierzesz plik, a potem miejsce zapisu otwartej kopii. Otwarta kopia to zwykły plik zip, który może przeczytać każdy, kto go ma, więc zapisz ją w bezpiecznym miejscu.
evidence-open-passphrase = Otrzymane hasło
evidence-open-button = Otwórz zablokowany eksport…
evidence-opening = Otwieranie…
evidence-open-choose-file = Wybierz zablokowany plik…
evidence-open-error = Nie udało się otworzyć pliku. Nic nie zostało zapisane. Spróbuj ponownie.
evidence-problem-open-passphrase-missing = Wpisz hasło otrzymane razem z plikiem.
evidence-problem-open-passphrase-short = Zablokowane eksporty mają hasło o długości co najmniej { $min ->
        [one] { $min } znaku
       *[other] { $min } znaków
    }, więc to hasło jest niepełne. Sprawdź je z osobą, która wysłała plik.
evidence-opened = Otwarto i zapisano.
evidence-not-opened = Nie otwarto.
