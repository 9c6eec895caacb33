## The incident log (incidents.ts, incident-links.ts)

# Between the items of a list read in a sentence ("Fiksacja, Powtarzające się").
incidents-list-separator = { ", " }

## The log
incidents-title = Dziennik zdarzeń
incidents-lead = Zapisuj wszystko jak najszybciej. Każdy wpis zachowuje czas, w którym został napisany, a poprawki są zachowywane jako nowe wersje, więc dziennik można pokazać policji lub w sądzie.
incidents-list-label = Zdarzenia, od najnowszych
incidents-shared-list-label = Zdarzenia udostępniane przez tę osobę, od najnowszych
incidents-new = Zapisz, co się stało
incidents-bring-chat = Wczytaj czat lub listę wiadomości…
incidents-bring-files = Wczytaj zdjęcia lub pliki…
incidents-bring-emails = Wczytaj e-maile…
incidents-show-older = Pokaż starsze wpisy
incidents-nothing-yet = Nic jeszcze nie zapisano.
incidents-everything-shown = To już wszystko.
incidents-load-failed = Nie udało się wczytać dziennika.
# $count is 1 or more.
incidents-check-intact =
    { $count ->
        [one] Sprawdzono: zapisana wersja nie została zmieniona od chwili napisania.
        [few] Sprawdzono: żadna z { $count } zapisanych wersji nie została zmieniona od chwili napisania.
        [many] Sprawdzono: żadna z { $count } zapisanych wersji nie została zmieniona od chwili napisania.
       *[other] Sprawdzono: żadna z { $count } zapisanych wersji nie została zmieniona od chwili napisania.
    }
incidents-check-changed = Uwaga: część tego dziennika została zmieniona poza aplikacją już po zapisaniu.

## How many entries are shown ($filters: the chosen filters in words, from the incidents-filter-said-… messages)
incidents-count-none-matching = Żaden wpis nie pasuje do wybranych filtrów: { $filters }. Naciśnij „Pokaż wszystko”, aby zobaczyć cały dziennik.
incidents-count-all =
    { $total ->
        [one] { $total } wpis.
       *[other] Wszystkie wpisy: { $total }.
    }
incidents-count-all-matching =
    { $total ->
        [one] { $total } pasujący wpis.
       *[other] Wszystkie pasujące wpisy: { $total }.
    }
# $total is 2 or more.
incidents-count-newest = Najnowsze wpisy: { $shown } z { $total }.
incidents-count-newest-matching = Najnowsze pasujące wpisy: { $shown } z { $total }.

## The filters
incidents-filter-legend = Pokaż tylko
incidents-filter-kind = Co się stało
incidents-filter-any-kind = Dowolny rodzaj
incidents-filter-fits = Pasuje
incidents-filter-anything = Dowolne
incidents-filter-files = Pliki
incidents-filter-files-any = Z plikami lub bez
incidents-filter-files-with = Z załączonymi plikami
incidents-filter-files-without = Bez plików
incidents-filter-who = Kto
incidents-filter-anyone = Dowolna osoba
incidents-filter-order = Złamany nakaz
incidents-filter-any-order = Dowolny lub żaden
incidents-filter-from = Od (dzień)
incidents-filter-to = Do (dzień)
incidents-filter-any-day = Dowolny dzień
incidents-filter-chosen = Wybrano
incidents-filter-clear = Pokaż wszystko
incidents-filter-backwards = Dzień „Od” jest późniejszy niż dzień „Do”: nic nie może pasować. Wybierz dni ponownie.
# The chosen filters in words, joined by incidents-list-separator into $filters above.
incidents-filter-said-kind = co się stało: { $choice }
incidents-filter-said-fits = pasuje: { $choice }
incidents-filter-said-with-files = z załączonymi plikami
incidents-filter-said-without-files = bez plików
incidents-filter-said-who = kto: { $choice }
incidents-filter-said-order = złamany nakaz: { $choice }
incidents-filter-said-from = od { $day }
incidents-filter-said-to = do { $day }

## The four behaviours (FOUR: Fixated, Obsessed, Unwanted, Repeated)
incidents-behaviour-name-fixated = Fiksacja
incidents-behaviour-name-obsessed = Obsesja
incidents-behaviour-name-unwanted = Niechciane
incidents-behaviour-name-repeated = Powtarzające się
incidents-behaviour-fixated = Fiksacja: ta osoba wydaje się skupiona na mnie
incidents-behaviour-obsessed = Obsesja: to pochłania czas tej osoby
incidents-behaviour-unwanted = Niechciane: nie chcę tego
incidents-behaviour-repeated = Powtarzające się: to wciąż się dzieje

## An entry in the list
incidents-open = Otwórz
incidents-open-label = Otwórz: { $kind }, { $when }
incidents-entry-fits = Pasuje: { $behaviours }
incidents-entry-who = Kto: { $who }
incidents-entry-breach = Oznaczono jako naruszenie: { $condition }
incidents-entry-corrected = Poprawiono (wersja { $version })
incidents-entry-files =
    { $count ->
        [one] { $count } załączony plik
        [few] { $count } załączone pliki
        [many] { $count } załączonych plików
       *[other] { $count } załączonego pliku
    }

## An entry's page
incidents-back = Powrót do dziennika
incidents-correct = Popraw lub uzupełnij ten wpis
incidents-another = Napisz kolejny podobny wpis
incidents-attached-files = Załączone pliki
incidents-plan-prompt = To zostało zapisane. Gdy dzieje się coś nowego, warto przejrzeć plan bezpieczeństwa i sprawdzić, czy nadal pasuje. Nie ma pośpiechu.
incidents-plan-open = Przejrzyj mój plan bezpieczeństwa
incidents-row-happened = Kiedy to się stało
incidents-happened-span = od { $from } do { $until }
incidents-row-first-written = Pierwszy zapis
incidents-row-this-version = Zapis tej wersji
incidents-row-where = Gdzie
incidents-row-who = Kto
incidents-row-breaching = Oznaczono jako naruszenie
incidents-row-behaviour = Zachowanie
incidents-row-description = Co zostało powiedziane lub zrobione
incidents-row-appearance = Jak wyglądała ta osoba
incidents-row-vehicle = Pojazd
incidents-row-witnesses = Świadkowie
incidents-row-impact = Jak to na mnie wpłynęło
incidents-row-daily-life = Jak to zmieniło moje codzienne życie
incidents-row-officer = Funkcjonariusz policji
incidents-row-crime-ref = Numer zgłoszenia przestępstwa
incidents-row-also-told = Kogo jeszcze powiadomiono
incidents-versions = Wersje
incidents-versions-label = Wszystkie wersje, od najstarszej
incidents-version-first = Pierwszy zapis
incidents-version-correction = Poprawka { $number }
incidents-version-written = Zapisano { $when }
# $fields: the names below, joined by incidents-list-separator.
incidents-version-changed = Zmieniono: { $fields }
incidents-version-unchanged = Bez zmian w tekście.
incidents-field-occurred-at = kiedy to się stało
incidents-field-occurred-until = do kiedy
incidents-field-location = gdzie
incidents-field-kind = rodzaj
incidents-field-behaviours = zachowanie
incidents-field-description = co zostało powiedziane lub zrobione
incidents-field-appearance = wygląd
incidents-field-vehicle = pojazd
incidents-field-witnesses = świadkowie
incidents-field-impact = jak to na mnie wpłynęło
incidents-field-daily-life = codzienne życie
incidents-field-police = dane policji
incidents-field-reported-to = kogo jeszcze powiadomiono
incidents-field-attachments = załączniki
incidents-field-links = kto lub złamany nakaz

## The entry form
incidents-form-title-new = Zapisz, co się stało
incidents-form-title-correct = Popraw lub uzupełnij ten wpis
incidents-form-correct-hint = Pierwsza wersja pozostaje bez zmian. To zostanie zapisane jako nowa wersja, z dzisiejszą datą.
incidents-form-like-hint = Wypełniono na podstawie oglądanego wpisu. Sprawdź czas i zmień wszystko, co było inaczej.
incidents-form-when = Kiedy to się stało?
incidents-form-until = Do kiedy (jeśli trwało dłużej)
incidents-form-where = Gdzie
incidents-form-kind = Jakiego rodzaju było to zdarzenie?
incidents-form-breach-hint = Zaznacz złamany warunek w pytaniu „Czy nakaz lub warunek został złamany?”, aby dziennik mógł znaleźć ten wpis według nakazu.
incidents-form-behaviours = Które z nich pasują? (wybierz dowolne)
incidents-form-description = Co zostało powiedziane lub zrobione
incidents-form-description-hint = Dokładne słowa, jeśli udaje się je sobie przypomnieć.
incidents-form-appearance = Jak wyglądała ta osoba?
incidents-form-vehicle = Pojazd
incidents-form-vehicle-hint = Marka, kolor, numer rejestracyjny, jeśli był widoczny.
incidents-form-witnesses = Świadkowie
incidents-form-impact = Jakie uczucia to wywołało?
incidents-form-daily = Czy to zmieniło to, co robisz na co dzień?
incidents-form-daily-hint = Na przykład inna trasa, zostawanie w domu, wolne w pracy. To ważne dla policji.
incidents-form-officer = Funkcjonariusz policji (jeśli zgłoszono)
incidents-form-crime-ref = Numer zgłoszenia przestępstwa (crime reference number)
incidents-form-reported-to = Kogo jeszcze powiadomiono
incidents-form-close = Zamknij
incidents-form-close-label = Zamknij bez zapisywania; napisany tekst zostanie zachowany jako wersja robocza
incidents-form-save = Zapisz
incidents-form-need-time = Podaj datę i godzinę, nawet w przybliżeniu.
incidents-form-files-busy = Pliki są jeszcze dodawane. Zapisz ponownie za chwilę.
incidents-form-not-saved = Nie udało się tego zapisać. Nic nie zostało utracone; spróbuj ponownie.
# What the kept draft is called in the list at the top.
incidents-draft-new = Nowe zdarzenie
incidents-draft-correction = Poprawka wpisu z { $when } ({ $kind })
# Ends the sentence "You were writing this before. It isn't saved yet: …."
incidents-draft-save-hint = naciśnij Zapisz na końcu formularza, aby to zachować

## Who it was, and the order broken (incident-links.ts)
incidents-link-who = Kto to był? (wybierz dowolne)
incidents-link-breach = Czy nakaz lub warunek został złamany? (zaznacz warunek)
incidents-link-gone = { $label } (już nie ma na liście)
# Followed by the button incidents-link-add.
incidents-link-none = Aby wskazać, kto to był lub który nakaz został złamany, najpierw dodaj te dane:{ " " }
incidents-link-add = Dodaj je w sekcji Osoby i nakazy
