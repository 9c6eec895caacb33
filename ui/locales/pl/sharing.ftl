# Sharing with an advocate (screens/sharing.ts, screens/sharing-logic.ts).
# $role is "advocate" on an advocate's app (in an open case), anything else on the person's own.
# "advocate" = "osoba wspierająca"; "the person you support" = "osoba, którą wspierasz".

## The screen's heading and opening words

sharing-intro-title = Udostępnianie osobie wspierającej
sharing-intro-lead = Osoba wspierająca może widzieć wybrane części planu bezpieczeństwa, zawsze w aktualnej wersji. Udostępnianie jest wyłączone, dopóki się go nie włączy, a wszystko, co jest wysyłane, jest zabezpieczone tak, że odczytać to mogą tylko te dwie aplikacje.
# Once the person shares with more than one person (their advocate, the officer in their case, a solicitor).
sharing-intro-title-several = Udostępnianie osobom, które Cię wspierają
sharing-intro-lead-several = Każda osoba, z którą się sparujesz, widzi tylko te części planu bezpieczeństwa, które dla niej wybierzesz, zawsze w aktualnej wersji. Wszystko, co jest wysyłane, jest zabezpieczone tak, że odczytać to mogą tylko Twoja aplikacja i aplikacja tej osoby.
sharing-case-title = Udostępnianie osobie, którą wspierasz
# $name: the label of the advocate's open case.
sharing-case-lead-named = To udostępnianie dotyczy tylko sprawy „{ $name }”. To ta osoba decyduje, co możesz zobaczyć, a wszystko, co jest wysyłane, jest zabezpieczone tak, że odczytać to mogą tylko te dwie aplikacje.
sharing-case-lead = To udostępnianie dotyczy tylko tej sprawy. To ta osoba decyduje, co możesz zobaczyć, a wszystko, co jest wysyłane, jest zabezpieczone tak, że odczytać to mogą tylko te dwie aplikacje.
sharing-check-failed = Nie udało się teraz sprawdzić udostępniania. Proszę spróbować ponownie.

## Who is at the other end, in words

sharing-other-side = { $role ->
    [advocate] osoba, którą wspierasz
   *[other] osoba wspierająca
    }

## Off: the person connects with the code their advocate shows

sharing-off-title = Udostępnianie jest wyłączone
sharing-connect-title = Połączenie z osobą wspierającą
sharing-connect-title-add = Połączenie z tą osobą
sharing-fact-nothing-leaves = Nic nie opuszcza tego komputera, dopóki nie nastąpi parowanie z osobą wspierającą podczas osobistego spotkania.
# $length: how many characters a code has (16).
sharing-fact-address-code = Osoba wspierająca podaje adres udostępniania i kod złożony z { $length } znaków albo całe zaproszenie do wklejenia.
sharing-fact-you-choose = To Ty decydujesz, co ta osoba może zobaczyć, część po części.
sharing-fact-stop = Można to zatrzymać w dowolnym momencie: udostępnianie kończy się tutaj od razu, a zapieczętowane kopie na serwerze pośredniczącym są usuwane, gdy tylko uda się z nim połączyć.
sharing-address-label = Adres udostępniania
sharing-address-hint = Ten adres podaje osoba wspierająca. Zaczyna się od https:// (nie jest potrzebny, jeśli poniżej wkleja się całe zaproszenie).
sharing-address-hint-add = Ten adres pokazuje aplikacja tej osoby. Zaczyna się od https:// (nie jest potrzebny, jeśli poniżej wkleja się całe zaproszenie).
sharing-code-label = Kod od osoby wspierającej
sharing-code-label-add = Kod pokazany w aplikacji tej osoby
# $length: how many characters a code has (16); $example: an example code, shown as it is.
sharing-code-hint = { $length } liter i cyfr, np. { $example }. Wielkie litery, spacje i myślniki nie mają znaczenia. Jeśli osoba wspierająca przekazała całe zaproszenie, proszę wkleić je tutaj.
# $length: how many characters a code has (16); $example: an example code, shown as it is.
sharing-code-hint-add = { $length } liter i cyfr, np. { $example }. Wielkie litery, spacje i myślniki nie mają znaczenia. Jeśli ta osoba przekazała całe zaproszenie, proszę wkleić je tutaj.
sharing-connect = Połącz
sharing-join-waiting-title = Oczekiwanie na aplikację osoby wspierającej…
sharing-join-waiting-text = To może potrwać kilka minut. Proszę nie zamykać tego ekranu; aplikacja osoby wspierającej też musi być otwarta i pokazywać kod.
sharing-join-waiting-title-add = Oczekiwanie na aplikację tej osoby…
sharing-join-waiting-text-add = To może potrwać kilka minut. Proszę nie zamykać tego ekranu; aplikacja tej osoby też musi być otwarta i pokazywać kod.
sharing-join-cancelled = Zatrzymano. Nic nie zostało udostępnione.
sharing-join-failed = Nie udało się połączyć z aplikacją osoby wspierającej. Nic nie zostało udostępnione; proszę spróbować ponownie.
sharing-cancel = Anuluj

## Checking what was typed (shown as errors)

sharing-address-needs-https = Adres udostępniania powinien zaczynać się od https:// (może go podać osoba, z którą się parujesz).
sharing-address-empty = Proszę wpisać adres udostępniania podany przez osobę wspierającą.
sharing-address-spaces = Adres udostępniania nie może zawierać spacji.
# $character: the character typed that codes never use, shown as typed.
sharing-code-bad-character = W kodzie jest znak „{ $character }”, którego kody nigdy nie zawierają. Proszę sprawdzić kod z osobą wspierającą.
sharing-code-empty = Proszę wpisać kod od osoby wspierającej.
# $length: how many characters a code has (16); $example: an example code; $count: how many were typed.
sharing-code-length = Kod ma { $length } liter i cyfr, np. { $example }. Wpisano znaków: { $count }. Proszę sprawdzić kod z osobą wspierającą.
sharing-invitation-incomplete = To zaproszenie wygląda na niepełne. Proszę poprosić osobę wspierającą o ponowne pokazanie zaproszenia albo wpisać kod i adres.
sharing-invitation-address = Adres udostępniania w tym zaproszeniu wygląda na nieprawidłowy. Proszę poprosić osobę wspierającą o ponowne pokazanie zaproszenia albo wpisać kod i adres.
sharing-host-address-empty = Proszę najpierw wpisać adres udostępniania swojej organizacji: trafia on do zaproszenia.
sharing-host-address-needs-https = Adres udostępniania powinien zaczynać się od https:// (może go podać Twoja organizacja).

## In the own space: the way to an advocate's caseload

sharing-caseload-title = Praca w roli osoby wspierającej?
sharing-caseload-text = Każdą osobę, którą wspierasz, warto prowadzić w osobnej sprawie, oddzielonej od wszystkich innych spraw i od Twojej własnej przestrzeni. Otwórz sprawę, aby sparować się z tą osobą i pracować nad udostępnianym przez nią planem.
sharing-open-caseload = Otwórz prowadzone sprawy

## Off, on an advocate's app in an open case: showing the invitation

sharing-host-fact-nothing = W tej sprawie nic nie jest wysyłane ani odbierane, dopóki nie nastąpi parowanie z tą osobą podczas osobistego spotkania.
sharing-host-fact-invitation = Pokaż tej osobie zaproszenie. Wpisuje ona w swojej aplikacji kod z zaproszenia i adres udostępniania Twojej organizacji albo wkleja całe zaproszenie jako tekst. Kod QR zawiera to samo zaproszenie, dla urządzenia, które skanuje kody.
sharing-host-fact-choose = To ta osoba decyduje, co możesz zobaczyć, a każda ze stron może to zatrzymać w dowolnym momencie.
sharing-host-address-hint = Adres serwera pośredniczącego Twojej organizacji. Trafia do zaproszenia, a ta osoba potrzebuje go, aby wpisać kod.
sharing-show-code = Pokaż kod
sharing-show-new-code = Pokaż nowy kod
sharing-invitation-title = Pokaż zaproszenie tej osobie
sharing-qr-label = Kod QR zaproszenia
sharing-code-shown-label = Albo ta osoba może wpisać ten kod:
sharing-address-shown-label = z tym adresem udostępniania:
sharing-code-shown-hint = Działa tylko raz. Ta osoba może odczytać go z Twojego ekranu albo można go jej przeczytać na głos.
sharing-invitation-as-text = Zaproszenie jako tekst
sharing-invitation-hint = Ta osoba może wkleić to w pole kodu w swojej aplikacji, zamiast wpisywać kod i adres.
sharing-invitation-label = Zaproszenie
sharing-wait = Poczekaj na tę osobę
sharing-address-changed = Adres udostępniania się zmienił. Pokaż nowy kod, aby trafił do zaproszenia.
sharing-code-failed = Nie udało się teraz utworzyć kodu. Proszę spróbować ponownie.
sharing-host-unreachable = Nie udało się połączyć z aplikacją tej osoby.
# $reason: why it failed, a sentence (from the app, or sharing-host-unreachable).
sharing-host-failed = { $reason } Nic nie zostało udostępnione; pokaż nowy kod, aby spróbować ponownie.
sharing-host-waiting-title = Oczekiwanie na aplikację tej osoby…
sharing-host-waiting-text = To może potrwać kilka minut. Proszę nie zamykać tego ekranu, gdy ta osoba wpisuje zaproszenie lub kod w swojej aplikacji.
sharing-host-cancelled = Zatrzymano. Nic nie zostało udostępnione. Pokaż nowy kod, aby spróbować ponownie.

## The four words, read aloud together

sharing-phrase-title = Sprawdźcie razem słowa
sharing-phrase-label = Cztery słowa
sharing-phrase-question = Przeczytajcie te słowa razem na głos. Czy oba ekrany pokazują dokładnie te same słowa?
sharing-words-match = Tak, są takie same
sharing-words-differ = Nie, są różne
# $why: a sentence saying why (one of the messages below, or one from the app).
# $role is "another" when the person was pairing with someone else while already sharing.
sharing-nothing-shared = { $role ->
    [advocate] Nic nie zostało udostępnione. { $why } Proszę zacząć razem od nowa, z nowym kodem.
    [another] Nic nie zostało tej osobie udostępnione. { $why } Proszę zacząć razem od nowa, z nowym kodem od tej osoby.
   *[other] Nic nie zostało udostępnione. { $why } Proszę zacząć razem od nowa, z nowym kodem od osoby wspierającej.
    }
sharing-interrupted = Połączenie zostało przerwane, więc je zatrzymano.
sharing-mismatch = Obie aplikacje nie zgadzały się ze sobą, więc połączenie zostało zatrzymane. Może się tak zdarzyć po literówce w kodzie lub adresie udostępniania albo, rzadko, gdy ktoś próbował wtrącić się w połączenie.
sharing-pairing-failed = Nie udało się dokończyć parowania.
sharing-words-different = Ponieważ słowa były różne, połączenie zostało zatrzymane. Różnica zwykle oznacza literówkę w kodzie lub adresie udostępniania, ale może też oznaczać, że ktoś próbował wtrącić się w połączenie.
sharing-finishing = { $role ->
    [advocate] Kończenie: oczekiwanie na potwierdzenie także z aplikacji tej osoby…
    [another] Kończenie: oczekiwanie na potwierdzenie także z aplikacji tej osoby…
   *[other] Kończenie: oczekiwanie na potwierdzenie także z aplikacji osoby wspierającej…
    }
sharing-connected = { $role ->
    [advocate] Połączono. To, co ta osoba zdecyduje się udostępnić, dotrze przy wysyłaniu i odbieraniu.
   *[other] Udostępnianie jest skonfigurowane. Nic nie jest udostępniane, dopóki nie zostanie zaznaczone poniżej.
    }

## On: sending and receiving

sharing-on-title = Udostępnianie jest włączone
sharing-on-title-named = Włączone jest udostępnianie osobie: { $name }
sharing-summary = { $role ->
    [advocate] Udostępniane osobie, którą wspierasz
   *[other] Udostępniane osobie wspierającej
    }
# $relay: the sharing address, shown as it is.
sharing-summary-through = { $role ->
    [advocate] Udostępniane osobie, którą wspierasz, przez { $relay }
   *[other] Udostępniane osobie wspierającej przez { $relay }
    }
sharing-summary-named = Udostępniane osobie: { $name }
sharing-summary-named-through = Udostępniane przez { $relay } osobie: { $name }
sharing-name-label = Jak chcesz nazywać tę osobę (opcjonalnie)
sharing-name-hint = Pomaga odróżnić od siebie osoby, którym udostępniasz, np. „Sam, mój IDVA”. Widzisz to tylko Ty i tylko wtedy, gdy ta aplikacja jest otwarta.
sharing-name-save = Zapisz nazwę
sharing-name-saved = Nazwa zapisana.
sharing-name-failed = Nie udało się zapisać nazwy. Proszę spróbować ponownie.

## Several people

sharing-people-title = Osoby, którym udostępniasz
sharing-people-text = Każda osoba widzi tylko to, co dla niej wybierzesz. Można zatrzymać udostępnianie jednej osobie i dalej udostępniać pozostałym.
sharing-person-number = Osoba { $number }
sharing-person-ended = (udostępnianie zakończone)
sharing-add-person = Udostępnij innej osobie
sharing-add-person-text = Można też udostępniać policjantowi prowadzącemu Twoją sprawę albo prawnikowi. Parowanie odbywa się tak samo, podczas osobistego spotkania, z kodem, który pokazuje aplikacja tej osoby. Nic nie jest jej udostępniane, dopóki tego nie zaznaczysz. To, co udostępniasz więcej niż jednej osobie, jest takie samo dla nich wszystkich: każda z nich widzi, co dodają do tego pozostałe. Pliki wybrane do pokazania razem z dziennikiem zdarzeń trafiają do wszystkich osób, którym udostępniasz ten dziennik.
# $when: a date and time.
sharing-last-synced = Ostatnie wysłanie i odebranie: { $when }
sharing-last-synced-never = Ostatnie wysłanie i odebranie: jeszcze nie
sharing-sync = Wyślij i odbierz teraz
# Shown under "Last sent and received" when changes did not get across even after being sent
# again. Calm: nothing is lost, and the app keeps trying by itself. Never the code name: the
# app is disguised.
sharing-stuck-here = { $role ->
    [advocate] Niektóre zmiany od osoby, którą wspierasz, jeszcze nie dotarły. Aplikacja poprosiła o nie ponownie i sama próbuje dalej. Jeśli to się nie zmieni, przy najbliższej okazji do bezpiecznej rozmowy proszę poprosić tę osobę o otwarcie jej aplikacji, aby mogła je wysłać.
   *[other] Niektóre zmiany od osoby wspierającej jeszcze nie dotarły. Aplikacja poprosiła o nie ponownie i sama próbuje dalej. Jeśli to się nie zmieni, proszę poprosić osobę wspierającą o otwarcie jej aplikacji, aby mogła je wysłać.
    }
sharing-stuck-there = { $role ->
    [advocate] Niektóre Twoje zmiany jeszcze nie dotarły do osoby, którą wspierasz. Są tu bezpieczne, a aplikacja sama dalej próbuje je wysłać.
   *[other] Niektóre Twoje zmiany jeszcze nie dotarły do osoby wspierającej. Są tu bezpieczne, a aplikacja sama dalej próbuje je wysłać. Jeśli potrwa to dobę, proszę powiedzieć o tym osobie wspierającej, gdy będzie to bezpieczne.
    }
sharing-syncing = Wysyłanie i odbieranie…
# After "Send and receive now" while something has not got across (the note below says what).
sharing-sync-done-stuck = Wysłano i odebrano to, co się dało. Niektóre zmiany są jeszcze w drodze: szczegóły poniżej.
sharing-sync-failed = Tym razem wysyłanie i odbieranie się nie udało. Nic nie zostało utracone; proszę spróbować ponownie.
sharing-sync-ended = Udostępnianie się zakończyło: druga aplikacja przestała udostępniać, więc nic więcej nie jest wysyłane ani odbierane. To, co jest na tym komputerze, nadal tu jest.
sharing-sync-done = { $received ->
    [one] Wszystko aktualne: odebrano { $received } zmianę, wysłano { $sent }.
    [few] Wszystko aktualne: odebrano { $received } zmiany, wysłano { $sent }.
    [many] Wszystko aktualne: odebrano { $received } zmian, wysłano { $sent }.
   *[other] Wszystko aktualne: odebrano { $received } zmiany, wysłano { $sent }.
    }
sharing-sync-skipped = { $skipped ->
    [one] Pominięto { $skipped } zmianę, której nie dało się użyć.
    [few] Pominięto { $skipped } zmiany, których nie dało się użyć.
    [many] Pominięto { $skipped } zmian, których nie dało się użyć.
   *[other] Pominięto { $skipped } zmiany, których nie dało się użyć.
    }

## On: working together

sharing-live-title = Wspólna praca
sharing-live-text = { $role ->
    [advocate] Podczas wspólnej pracy to, co zostanie zapisane, od razu trafia na drugą stronę, a zmiany od osoby, którą wspierasz, pojawiają się same. Wspólna praca kończy się po jej zatrzymaniu albo gdy ta aplikacja zostanie ukryta lub zablokowana.
   *[other] Podczas wspólnej pracy to, co zostanie zapisane, od razu trafia na drugą stronę, a zmiany od osoby wspierającej pojawiają się same. Wspólna praca kończy się po jej zatrzymaniu albo gdy ta aplikacja zostanie ukryta lub zablokowana.
    }
sharing-live-text-named = Podczas wspólnej pracy to, co zostanie zapisane, od razu trafia na drugą stronę, a zmiany, które wprowadza { $name }, pojawiają się same. Wspólna praca kończy się po jej zatrzymaniu albo gdy ta aplikacja zostanie ukryta lub zablokowana.
sharing-live-elsewhere = Trwa teraz wspólna praca z osobą: { $name }. Aby zamiast tego pracować wspólnie z tą osobą, najpierw zakończ tamtą wspólną pracę.
sharing-live-start = Zacznij wspólną pracę
sharing-live-stop = Zakończ wspólną pracę
sharing-live-start-failed = Nie udało się teraz rozpocząć wspólnej pracy. Nic nie zostało utracone; proszę spróbować ponownie.
sharing-live-stop-failed = Nie udało się teraz zakończyć wspólnej pracy. Proszę spróbować ponownie.
sharing-live-stopped = Wspólna praca zakończona. Zmiany wprowadzone od teraz trafią na drugą stronę przy następnym wysyłaniu i odbieraniu.
sharing-live-stop-named = Zakończ wspólną pracę z osobą: { $name }
sharing-live-stopped-named = Zakończono wspólną pracę z osobą: { $name }. Zmiany wprowadzone od teraz trafią do tej osoby przy następnym wysyłaniu i odbieraniu.

## On: choosing what is shared

sharing-choose-title-advocate = Co udostępniasz
sharing-choose-title = Wybierz, co może zobaczyć osoba wspierająca
sharing-choose-title-named = Wybierz, co może zobaczyć { $name }
sharing-choose-text = Zaznaczone elementy są wysyłane przy następnym wysyłaniu i odbieraniu albo od razu podczas wspólnej pracy. Aby przestać coś udostępniać, wystarczy to odznaczyć.
sharing-choose-history = { $role ->
    [advocate] Osoba, którą wspierasz, widzi każdy zaznaczony element tak, jak wygląda teraz, a nie to, co było wpisane i usunięte przed zaznaczeniem.
   *[other] Osoba wspierająca widzi każdy zaznaczony element tak, jak wygląda teraz, a nie to, co było wpisane i usunięte przed zaznaczeniem. Zmiany wprowadzone później też do niej trafiają.
    }
sharing-choose-history-named = { $name } widzi każdy zaznaczony element tak, jak wygląda teraz, a nie to, co było wpisane i usunięte przed zaznaczeniem. Ale jeśli coś już udostępniasz komuś innemu, { $name } otrzymuje to tak samo, jak otrzymała to tamta osoba, razem z tym, co od tamtej pory zostało w tym wpisane i usunięte.
sharing-count-none = { $role ->
    [advocate] Nic nie jest jeszcze udostępniane. Zaznacz to, co ma zobaczyć osoba, którą wspierasz.
   *[other] Nic nie jest jeszcze udostępniane. Zaznacz to, co ma zobaczyć osoba wspierająca.
    }
sharing-count-none-named = Nic nie jest jeszcze udostępniane osobie: { $name }. Zaznacz to, co ma zobaczyć ta osoba.
sharing-count = { $count ->
    [one] Udostępniany jest { $count } element.
    [few] Udostępniane są { $count } elementy.
    [many] Udostępnianych jest { $count } elementów.
   *[other] Udostępnianych jest { $count } elementu.
    }
sharing-group-plan = Części planu bezpieczeństwa
sharing-group-plan-empty = Brak części planu.
sharing-group-contacts = Kontakty
sharing-group-contacts-empty = Nie ma jeszcze kontaktów.
sharing-group-checklists = Listy kontrolne
sharing-group-checklists-empty = Nie ma jeszcze list kontrolnych.
sharing-group-records = Twoje zapisy (tylko do odczytu)
sharing-records-note = Osoba wspierająca może je czytać, ale nie może ich zmieniać. Dołączone pliki zostają na tym komputerze, chyba że zostaną zaznaczone przy odpowiednim wpisie. Jeśli udostępnianie dziennika zdarzeń zostanie zatrzymane, osoba wspierająca zachowa to, co już ma, łącznie z pokazanymi jej plikami.
sharing-records-note-named = { $name } może je czytać, ale nie może ich zmieniać. Dołączone pliki zostają na tym komputerze, chyba że zostaną zaznaczone przy odpowiednim wpisie, a zaznaczony plik jest pokazywany wszystkim osobom, którym udostępniasz dziennik zdarzeń. Jeśli udostępnianie dziennika zdarzeń osobie: { $name } zostanie zatrzymane, ta osoba zachowa to, co już ma, łącznie z pokazanymi jej plikami.
sharing-plan-section-note = Udostępnienie dowolnej części udostępnia też etap planu (obecną sytuację) i datę przeglądu planu.
sharing-contact-note = Udostępniony kontakt obejmuje wszystko, co jest na karcie kontaktu, łącznie ze słowami kodowymi.
sharing-untitled = Bez tytułu
sharing-save-failed = Nie udało się zapisać tej zmiany. Proszę spróbować ponownie.

## On: stopping

sharing-stop-title = Zatrzymaj udostępnianie
sharing-stop-text = To kończy udostępnianie na stałe. Aby później znów coś udostępnić, trzeba będzie ponownie sparować aplikacje podczas osobistego spotkania, z nowym kodem.
sharing-stop-text-named = To kończy na stałe udostępnianie osobie: { $name }. Aby później znów coś tej osobie udostępnić, trzeba będzie ponownie sparować aplikacje podczas osobistego spotkania, z nowym kodem.
sharing-stop = Zatrzymaj udostępnianie wszystkim
sharing-stop-named = Zatrzymaj udostępnianie osobie: { $name }
sharing-stop-question = { $role ->
    [advocate] Zatrzymać udostępnianie wszystkim? Aplikacja tej osoby przestanie cokolwiek odbierać, a serwer pośredniczący usunie wszystko, co przechowuje. To, co jest na tym komputerze, zostaje.
   *[other] Zatrzymać udostępnianie wszystkim? Aplikacja osoby wspierającej przestanie cokolwiek odbierać, a serwer pośredniczący usunie wszystko, co przechowuje. To, co jest na tym komputerze, zostaje.
    }
sharing-stop-question-named = Zatrzymać udostępnianie osobie: { $name }? Aplikacja tej osoby przestanie cokolwiek odbierać, a serwer pośredniczący usunie wszystko, co dla niej przechowuje. To, co jest na tym komputerze, zostaje, podobnie jak udostępnianie innym osobom.
sharing-stop-yes = Tak, zatrzymaj udostępnianie
sharing-stop-no = Udostępniaj dalej
sharing-stopping = Zatrzymywanie…
sharing-stopped = { $role ->
    [advocate] Udostępnianie zostało zatrzymane. Aplikacja tej osoby nie odbierze już niczego, a serwer pośredniczący usunął to, co przechowywał. To, co jest na tym komputerze, nadal tu jest.
   *[other] Udostępnianie zostało zatrzymane. Aplikacja osoby wspierającej nie odbierze już niczego, a serwer pośredniczący usunął to, co przechowywał. To, co jest na tym komputerze, nadal tu jest.
    }
sharing-stopped-named = Zatrzymano udostępnianie osobie: { $name }. Aplikacja tej osoby nie odbierze już niczego, a serwer pośredniczący usunął to, co dla niej przechowywał. To, co jest na tym komputerze, nadal tu jest.
sharing-now-showing = Teraz widać to, co udostępniasz osobie: { $name }.
# $names: the others shared with, separated by commas.
sharing-still-on = Udostępnianie trwa dalej tak jak wcześniej w przypadku: { $names }.
sharing-stop-failed = Nie udało się teraz zatrzymać udostępniania. Proszę spróbować ponownie.
sharing-stopped-offline = Udostępnianie zostało zatrzymane na tym komputerze: nic więcej nie jest wysyłane ani odbierane. Nie udało się przekazać serwerowi pośredniczącemu, aby usunął to, co przechowuje (nie może on niczego z tego odczytać). Można później wyczyścić dane, aby spróbować ponownie, albo wyczyścić je tylko na tym komputerze.

## Ended

sharing-ended-title = Udostępnianie się zakończyło
sharing-ended-text = Nic więcej nie jest wysyłane ani odbierane. Udostępnianie zatrzymała druga strona albo zostało zatrzymane tutaj.
sharing-ended-stays = To, co jest na tym komputerze, zostaje tutaj.
sharing-ended-clear-text = Wyczyszczenie danych udostępniania usuwa stare połączenie, więc później można sparować się ponownie z nowym kodem.
sharing-clear = Wyczyść dane udostępniania
sharing-clear-here = Wyczyść tylko na tym komputerze
sharing-clear-here-note = Nie udało się teraz powiadomić serwera pośredniczącego. Wyczyszczenie tutaj usuwa połączenie na tym komputerze; druga aplikacja nie zostanie powiadomiona, a serwer pośredniczący sam usunie później swoje zabezpieczone kopie.
sharing-cleared = Dane udostępniania zostały wyczyszczone. Można sparować się ponownie w dowolnym momencie, podczas osobistego spotkania.
sharing-clear-failed = Nie udało się teraz wyczyścić danych udostępniania. Proszę spróbować ponownie.
