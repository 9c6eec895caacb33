# First-run setup, and the recovery key shown once after it.

setup-title = Konfiguracja
setup-explainer-label = Przed czym to chroni, a przed czym nie
setup-explainer-locked = Wszystko, co tu przechowujesz, jest zablokowane Twoim PIN-em i zostaje na tym komputerze.
setup-explainer-opens = Osoba, która otworzy aplikację, zobaczy kalkulator, chyba że zna Twój PIN.
setup-explainer-copies = Osoba, która skopiuje pliki, nie będzie mogła ich odczytać.
setup-explainer-spyware = Nie chroni przed oprogramowaniem szpiegującym na tym komputerze ani przed kimś, kto patrzy na Twój ekran.
setup-explainer-monitored = Jeśli ten komputer może być monitorowany, do planowania lepiej użyć bezpieczniejszego urządzenia.

## The form.
setup-pin-label = Wybierz PIN
setup-pin-again-label = Wpisz PIN ponownie
setup-second-pin-label = Drugi PIN (opcjonalnie)
# $min, $max (Number) - the fewest and most digits a PIN may have.
setup-second-pin-hint = Jeśli ktoś zmusza Cię do otwarcia tej aplikacji, wpisz zamiast tego ten PIN. Otworzy on zwykły zeszyt na notatki bez żadnych Twoich prawdziwych informacji (można to zmienić w Ustawieniach). Od { $min } do { $max } cyfr, inny niż główny PIN. Zostaw puste, aby pominąć; można go dodać później. Po ustawieniu otwórz go tym PIN-em, usuń każdą stronę, która nie pasuje do Twojego życia, i dodaj jedną własną.
setup-second-pin-digits = Drugi PIN też musi mieć od { $min } do { $max } cyfr, bez spacji i liter.
setup-shortcut-label = Klawisze szybkiego ukrywania
setup-shortcut-hint = Naciśnięcie ich w dowolnym miejscu od razu ukrywa i blokuje aplikację. Działa też trzykrotne naciśnięcie Shift.
setup-look-legend = Jak wygląda po zamknięciu
setup-look-calculator = Kalkulator
setup-look-notes = Notatnik
setup-restore-instead = Zamiast tego przywróć z kopii zapasowej
setup-start-empty-instead = Zamiast tego zacznij od zera
setup-restore-title = Wczytaj kopię zapasową
setup-restore-text = Po wybraniu PIN-u wskażesz plik kopii zapasowej. Najpierw zostanie w całości sprawdzony; jeśli coś będzie z nim nie tak, nic nie zostanie skonfigurowane.
setup-not-now = Nie teraz
setup-submit = Skonfiguruj
setup-submit-restore = Skonfiguruj i wybierz kopię zapasową…
setup-working = Konfigurowanie…

## What went wrong, or how a restore went.
setup-no-backup-chosen = Nie wybrano kopii zapasowej, więc nic jeszcze nie zostało skonfigurowane.
setup-restored = Wszystko z kopii zapasowej jest tutaj. To jest nowy klucz odzyskiwania; stary klucz z kopii zapasowej tego nie otworzy.
setup-not-restored = Twoja przestrzeń jest gotowa, ale nie udało się wczytać kopii zapasowej. Można spróbować ponownie w Ustawieniach.
setup-failed-nothing-set-up = Coś poszło nie tak. Nic nie zostało skonfigurowane.
setup-failed = Coś poszło nie tak. Spróbuj ponownie.

## The recovery key.
setup-key-title = Twój klucz odzyskiwania
setup-key-unseen = Aplikacja została zamknięta, zanim potwierdzono zapisanie klucza odzyskiwania, więc jest on pokazany ponownie.
setup-key-explain = Jeśli zapomnisz PIN-u, ten klucz otworzy Twoje informacje. Zapisz go na papierze i przechowuj w bezpiecznym miejscu, z dala od tego komputera. Po potwierdzeniu, że został zapisany, nie będzie już pokazywany.
# $digits (String) - the key read digit by digit, its groups separated by commas.
setup-key-spoken = Klucz odzyskiwania: { $digits }.
setup-key-written-down = Klucz jest zapisany
setup-key-later = Nie teraz: pokaż go następnym razem
setup-key-question = Czy zapisano wszystkie 40 cyfr? Nie będzie można ich już zobaczyć.
setup-key-yes = Tak, zapisano
setup-key-back = Jeszcze nie, pokaż klucz

## How to use the key, on the disguise chosen.
setup-how-title-notes = Jak go użyć — jeśli zapomnisz PIN-u albo PIN przestanie działać:
# $error (String) - what the calculator's display shows on an error (disguise-error).
setup-how-title-calculator = Jak go użyć — jeśli zapomnisz PIN-u albo kalkulator pokaże { $error } po wpisaniu PIN-u:
setup-how-notes-type = W notatniku wpisz 40 cyfr w osobnym wierszu. Spacje można zostawić lub pominąć.
setup-how-notes-enter = Naciśnij Enter.
setup-how-calculator-type = Wpisz 40 cyfr na kalkulatorze. Spacje nie są potrzebne. Ekran pokazuje tylko pierwsze 12 cyfr; pisz dalej.
setup-how-calculator-equals = Naciśnij =.
setup-how-new-pin = Wybierz nowy PIN.
setup-how-mistake-notes = W razie pomyłki zacznij od nowa w nowym wierszu.
setup-how-mistake-calculator = W razie pomyłki naciśnij Esc i zacznij od nowa.
setup-how-wait = Po kilku błędnych PIN-ach aplikacja czeka kilka minut przed otwarciem. Jeśli PIN zdaje się nic nie robić, zaczekaj i spróbuj ponownie.
