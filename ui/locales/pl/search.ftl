## Wyszukiwanie w tym, co zostało zapisane.

search-title = Szukaj
search-lead = Znajdź słowa w dzienniku zdarzeń, planie bezpieczeństwa, zaufanych kontaktach i listach kontrolnych.
search-form-label = Przeszukaj swoje informacje
search-for = Szukaj
search-hint = Wyniki pojawiają się w trakcie pisania.
search-nothing-found = Nic nie znaleziono dla „{ $query }”.
search-failed = Wyszukiwanie teraz nie zadziałało. Spróbuj ponownie.
search-result-count =
    { $count ->
        [one] { $count } wynik.
        [few] { $count } wyniki.
        [many] { $count } wyników.
       *[other] { $count } wyniku.
    }
search-untitled = Bez tytułu
search-hit-label = { $title }: { $snippet }

## Nagłówki grup wyników

search-group-incidents = Zdarzenia
search-group-plan = Plan bezpieczeństwa
search-group-plan-notes = Notatki do planu
search-group-contacts = Kontakty
search-group-checklists = Listy kontrolne
