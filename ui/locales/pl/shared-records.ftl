# What an advocate sees, read-only, of the person's incident log and risk screenings
# (screens/shared-records.ts, screens/shared-records-logic.ts).

## The section

shared-records-heading = Udostępnione przez tę osobę (tylko do odczytu)
shared-records-empty = Nic jeszcze nie zostało udostępnione. To ta osoba decyduje, co możesz zobaczyć.
shared-records-incidents-lead = Dziennik zdarzeń prowadzony przez tę osobę, w zakresie, w jakim go udostępnia, od najnowszych wpisów. Można go tu czytać, ale nie można go zmieniać. Dołączone przez nią pliki zostają na jej komputerze, chyba że zdecyduje się któryś pokazać.
shared-records-screenings-lead = Odpowiedzi tej osoby z jej własnych ocen ryzyka, w zakresie, w jakim je udostępnia, od najnowszych. Można je tu czytać, ale nie można ich zmieniać.
shared-records-load-failed = Nie udało się teraz wczytać tego, co udostępnia ta osoba.
# Whether what is shown is what the person's app signed.
shared-records-signed = Każdy wpis pokazany tutaj jest dokładnie taki, jak podpisała go aplikacja tej osoby.
shared-records-unchecked = { $count ->
    [one] Jeden wpis tutaj nie jest taki, jak podpisała go aplikacja tej osoby. Jest oznaczony poniżej: mógł zostać zmieniony, odkąd opuścił jej aplikację.
    [few] { $count } wpisy tutaj nie są takie, jak podpisała je aplikacja tej osoby. Są oznaczone poniżej: mogły zostać zmienione, odkąd opuściły jej aplikację.
    [many] { $count } wpisów tutaj nie jest takich, jak podpisała je aplikacja tej osoby. Są oznaczone poniżej: mogły zostać zmienione, odkąd opuściły jej aplikację.
   *[other] { $count } wpisu tutaj nie jest takich, jak podpisała je aplikacja tej osoby. Są oznaczone poniżej: mogły zostać zmienione, odkąd opuściły jej aplikację.
    }
shared-records-not-signed = Te wpisy nie są podpisane przez aplikację tej osoby, więc nie da się sprawdzić, czy pochodzą od niej.
# Followed by the key, in groups of eight characters on a line of its own.
shared-records-key = Klucz podpisu jej aplikacji (podany też w jej raporcie o zdarzeniach):
shared-records-entry-unchecked = Ten wpis nie jest taki, jak podpisała go aplikacja tej osoby: mógł zostać zmieniony, odkąd opuścił jej aplikację. Proszę poprosić tę osobę, aby obejrzała go we własnej aplikacji; liczą się kopia i raport z jej aplikacji.
# In an advocate's case, while changes the person sent have not arrived after asking again.
shared-records-incomplete = Niektóre najnowsze zmiany od tej osoby jeszcze nie dotarły, więc może to nie być wszystko, co udostępnia.

## One shared incident

# $from and $until: a date and time, or only a time when both are on the same day.
shared-records-span = { $from } – { $until }
# $when: a date and time.
shared-records-first-written = Pierwszy zapis: { $when }
shared-records-corrected = { $count ->
    [one] Poprawiono raz
   *[other] Poprawiono { $count } razy
    }
# $corrected: shared-records-corrected; $when: a date and time.
shared-records-corrected-last = { $corrected } (ostatnio: { $when })
shared-records-files-kept = { $count ->
    [one] { $count } plik zostaje na komputerze tej osoby
    [few] { $count } pliki zostają na komputerze tej osoby
    [many] { $count } plików zostaje na komputerze tej osoby
   *[other] { $count } pliku zostaje na komputerze tej osoby
    }
shared-records-files-shown = { $count ->
    [one] { $count } plik pokazany Tobie
    [few] { $count } pliki pokazane Tobie
    [many] { $count } plików pokazanych Tobie
   *[other] { $count } pliku pokazanego Tobie
    }
# $shown: files the person shows; $kept: files that stay on their computer.
shared-records-files-shown-and-kept = { $shown ->
    [one] { $shown } plik pokazany Tobie; pozostałe na komputerze tej osoby: { $kept }
    [few] { $shown } pliki pokazane Tobie; pozostałe na komputerze tej osoby: { $kept }
    [many] { $shown } plików pokazanych Tobie; pozostałe na komputerze tej osoby: { $kept }
   *[other] { $shown } pliku pokazanego Tobie; pozostałe na komputerze tej osoby: { $kept }
    }
shared-records-files-label = Pliki pokazane przez tę osobę przy tym wpisie
shared-records-behaviour = Zachowanie
shared-records-police = Policja
# $reference: the crime reference number, as written.
shared-records-crime-reference = Numer zgłoszenia przestępstwa (crime reference): { $reference }
# $officer: the police officer's name, as written.
shared-records-officer = Osoba z policji: { $officer }
shared-records-more = Więcej szczegółów
shared-records-appearance = Wygląd
shared-records-vehicle = Pojazd
shared-records-witnesses = Świadkowie
shared-records-impact = Jak to wpłynęło na tę osobę
shared-records-daily-life = Zmiany w codziennym życiu
shared-records-also-told = Kogo jeszcze poinformowano

## The four behaviours (Fixated, Obsessed, Unwanted, Repeated: FOUR). The English word stays in brackets.

shared-records-behaviour-fixated = Skupione na jednej osobie (Fixated)
shared-records-behaviour-obsessed = Obsesyjne (Obsessed)
shared-records-behaviour-unwanted = Niechciane (Unwanted)
shared-records-behaviour-repeated = Powtarzające się (Repeated)
