## Ustawienia: jak aplikacja się ukrywa i blokuje, kody PIN oraz sprawdzanie tego, co jest tam wpisywane.

settings-title = Ustawienia
settings-lead = Jak ta aplikacja się ukrywa i blokuje, kody PIN, które ją otwierają, kopie zapasowe i aktualizacje.
settings-restored = Przywrócono. Wszystko, co jest teraz widoczne, pochodzi z kopii zapasowej.
settings-load-failed = Nie udało się wczytać ustawień. Spróbuj ponownie.

## Wygląd po ukryciu, skrót szybkiego ukrywania, automatyczne blokowanie

settings-hiding-and-locking = Ukrywanie i blokowanie
settings-look-title = Jak wygląda ukryta aplikacja
settings-look-calculator = Kalkulator
settings-look-calculator-how = Aby otworzyć aplikację: wpisz swój PIN, a potem naciśnij =.
settings-look-notes = Notatnik
settings-look-notes-how = Aby otworzyć aplikację: wpisz swój PIN w osobnym wierszu, a potem naciśnij Enter. Jak każdy notatnik zachowuje wpisane wiersze, które może przeczytać każdy, kto korzysta z tego komputera, ale nigdy nie zachowuje wiersza z czterema lub więcej cyframi z rzędu (czyli nigdy PIN-u ani klucza odzyskiwania, a także numerów telefonów czy lat). Wszystko, co prywatne, trzymaj w aplikacji, nie w notatniku.
settings-shortcut-title = Skrót szybkiego ukrywania
settings-shortcut-label = Klawisze skrótu
settings-shortcut-hint = Naciśnięcie tych klawiszy od razu ukrywa i blokuje aplikację, niezależnie od tego, co jeszcze jest na ekranie.
# „Calculator” to nazwa, pod którą pulpit pokazuje aplikację: nie tłumaczyć.
settings-shortcut-not-possible = Na pulpicie tego komputera skrót działający wszędzie nie jest możliwy. Aby szybko ukryć aplikację, użyj przycisku szybkiego wyjścia u góry albo naciśnij Shift trzy razy.
settings-shortcut-kept-by-desktop = Ten pulpit sam przechowuje skrót. Aby go zobaczyć lub zmienić, otwórz ustawienia klawiatury pulpitu i poszukaj pozycji „Calculator”. Przycisk szybkiego wyjścia i trzykrotne naciśnięcie Shift też działają.
settings-shortcut-now = Teraz: { $keys }.
settings-record = Nagraj nowy skrót
settings-record-press-now = Naciśnij teraz klawisze (Esc, aby przerwać)
settings-record-how = Przytrzymaj Ctrl, Alt lub Shift (albo kilka z nich) i naciśnij literę, cyfrę lub klawisz od F1 do F12. Naciśnij Esc, aby przerwać bez żadnych zmian.
settings-record-stopped = Przerwano. Skrót się nie zmienił.
settings-record-new = Nowy skrót: { $keys }. Naciśnij Zapisz, aby go zachować.
settings-record-no-modifier = Przytrzymaj też Ctrl, Alt lub Shift, a potem naciśnij klawisz.
settings-record-shift-types-text = Shift z literą, cyfrą lub znakiem służy do pisania wielkich liter i symboli, więc nie może być skrótem. Dodaj Ctrl lub Alt.
settings-record-unsupported = Tego klawisza nie można użyć. Spróbuj litery, cyfry lub klawisza od F1 do F12.
settings-shortcut-empty = Wybierz skrót szybkiego ukrywania.
settings-shortcut-incomplete = Skrót musi zawierać co najmniej jeden z klawiszy Ctrl, Alt lub Shift oraz jeden inny klawisz, na przykład Ctrl+Shift+H.
settings-autolock-title = Automatyczne blokowanie
settings-minutes-label = Minuty do zablokowania
settings-minutes-hint = Jeśli przez tyle minut nic nie zostanie wpisane ani kliknięte, aplikacja sama się zablokuje i trzeba będzie znowu wpisać PIN. Od { $min } do { $max }; krótszy czas jest bezpieczniejszy, jeśli z tego komputera korzystają inne osoby.
settings-minutes-rule = Wybierz pełną liczbę minut od { $min } do { $max }.
settings-save = Zapisz
settings-saved = Zapisano.
settings-save-failed = Nie udało się zapisać ustawień. Spróbuj ponownie.

## Zmiana PIN-u

settings-change-pin-title = Zmień PIN
settings-key-place-password-store = Twój PIN działa razem z kluczem przechowywanym w magazynie haseł tego komputera, więc kopii plików aplikacji nie da się otworzyć na innym komputerze.
settings-key-place-chip = Twój PIN działa tylko na tym komputerze: jego układ zabezpieczeń (chip) sprawdza PIN i uniemożliwia szybkie zgadywanie. Osoba z uprawnieniami administratora mogłaby obejść to ograniczenie, dlatego bezpieczniejszy jest PIN o długości { $digits } lub więcej cyfr.
settings-key-place-chip-limited = Twój PIN działa tylko na tym komputerze: jego układ zabezpieczeń (chip) sprawdza PIN i nie pozwala nikomu szybko próbować kolejnych kodów.
settings-chip-hint = Na tym komputerze około połowy wszystkich kodów PIN nie da się użyć. Jeśli któryś zostanie odrzucony, po prostu wybierz inny.
settings-current-pin = Obecny PIN
settings-need-current-pin = Najpierw wpisz swój obecny PIN.
settings-new-pin = Nowy PIN
settings-new-pin-again = Wpisz nowy PIN ponownie
settings-change-pin = Zmień PIN
settings-changing = Zmienianie…
settings-pin-changed = PIN został zmieniony. Od teraz do otwierania używaj nowego PIN-u.
settings-pin-not-changed = Nie udało się zmienić PIN-u. Stary PIN nadal działa.

## Sprawdzanie wybieranego PIN-u (także przy konfiguracji, po użyciu klucza odzyskiwania i w zwykłym
## zeszycie, który otwiera drugi PIN: te teksty nie mogą mówić nic o tym, do czego służy aplikacja)

settings-pin-field-hint = Od { $min } do { $max } cyfr, aby dało się go wpisać w kalkulatorze lub notatniku. Unikaj dat i liczb, które inni mogliby odgadnąć.
settings-pin-rule = Użyj od { $min } do { $max } cyfr, bez spacji i liter.
settings-pin-empty = Wpisz PIN.
settings-pin-confirm-empty = Wpisz PIN drugi raz, aby mieć pewność, że jest poprawny.
settings-pin-too-easy = Tego PIN-u nie można użyć: jest zbyt łatwy do odgadnięcia. Wybierz inny.
settings-pins-differ = Te dwa PIN-y nie są takie same. Wpisz je ponownie.
settings-wrong-current-pin = To nie jest obecny PIN. Wpisz go ponownie.
settings-strength-not-digits = Tylko cyfry, bez spacji i liter.
settings-strength-long =
    To więcej niż { $max } { $max ->
        [one] cyfra
        [few] cyfry
       *[other] cyfr
    }. Użyj mniej cyfr.
settings-strength-refused = Tego PIN-u nie można użyć: jest zbyt łatwy do odgadnięcia.
settings-strength-easy = Łatwy do odgadnięcia. Cyfry bez żadnego wzoru są silniejsze.
settings-strength-ok = W porządku. Dłuższy PIN trudniej odgadnąć: { $digits } lub więcej cyfr to lepszy wybór.
settings-strength-good = Dobry.
settings-strength-strong = Silny.

## Drugi PIN (pozorny)

settings-second-title = Drugi PIN (pozorny)
settings-second-about = Drugi PIN otwiera osobną przestrzeń, która wygląda zwyczajnie i nie zawiera niczego z tego, co jest przechowywane tutaj. Jeśli ktoś kiedyś zmusi Cię do otwarcia aplikacji, możesz zamiast tego wpisać drugi PIN, a ta osoba zobaczy tamtą przestrzeń, nie tę.
settings-second-starts-new = Ustawienie drugiego PIN-u tworzy nową przestrzeń z innymi stronami. Wszystko, co było w poprzedniej, łącznie z napisanymi stronami, zostanie usunięte.
settings-opens-legend = Co otwiera drugi PIN
settings-opens-notebook = Zwykły zeszyt na co dzień (zalecane)
settings-opens-notebook-hint = Prosty zeszyt do pisania stron. Nic w nim nie wskazuje, że ta aplikacja istnieje.
settings-opens-app = Kopia tej aplikacji bez żadnych Twoich danych
settings-opens-app-hint = Tylko jeśli druga osoba już wie, że ta aplikacja tu jest. Zobaczy jej menu (Plan bezpieczeństwa, Dziennik zdarzeń…), ale żadnych Twoich informacji.
settings-second-pin = Drugi PIN
settings-second-pin-again = Wpisz drugi PIN ponownie
settings-second-pin-hint = Od { $min } do { $max } cyfr, inny niż główny PIN.
settings-second-pin-same = Drugi PIN musi być inny niż główny PIN.
settings-second-set = Ustaw drugi PIN
settings-second-setting = Ustawianie…
settings-second-set-notebook = Drugi PIN jest ustawiony. Otwiera zwykły zeszyt zamiast tej przestrzeni. Osoba, która zmusi Cię do wpisania drugiego PIN-u, przeczyta jego strony. Otwórz go drugim PIN-em, usuń strony, które nie pasują do Twojego życia, i dodaj jedną lub dwie własne, na przykład prawdziwą listę zakupów.
settings-second-set-app = Drugi PIN jest ustawiony. Otwiera osobną kopię tej aplikacji bez żadnych Twoich informacji.
settings-second-not-set = Nie udało się ustawić drugiego PIN-u. Spróbuj ponownie.
settings-second-remove = Usuń drugi PIN
settings-second-remove-question = Usunąć drugi PIN? Potem aplikację będzie otwierać tylko główny PIN.
settings-second-remove-yes = Tak, usuń go
settings-second-remove-no = Zachowaj go
settings-second-removing = Usuwanie…
settings-second-removed = Drugi PIN został usunięty. Teraz aplikację otwiera tylko główny PIN.
settings-second-not-removed = Nie udało się usunąć drugiego PIN-u. Spróbuj ponownie.
settings-second-pin-changed-below = Drugi PIN został zmieniony z wnętrza przestrzeni, którą otwiera. Jeśli to nie była Twoja zmiana, zrobiła to osoba, która otworzyła tamtą przestrzeń, i zna ona nowy PIN. Nie mogła zobaczyć niczego, co jest tutaj. Wybrany wcześniej drugi PIN już jej nie otwiera: aby znów mieć drugi PIN, ustaw nowy poniżej.
settings-second-pin-changed-in-settings = Drugi PIN został zmieniony z wnętrza przestrzeni, którą otwiera. Jeśli to nie była Twoja zmiana, zrobiła to osoba, która otworzyła tamtą przestrzeń, i zna ona nowy PIN. Nie mogła zobaczyć niczego, co jest tutaj. Wybrany wcześniej drugi PIN już jej nie otwiera: aby znów mieć drugi PIN, ustaw nowy w Ustawieniach.
