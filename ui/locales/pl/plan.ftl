# The safety plan (screens/plan.ts).
# Section titles and their guidance come from the vault; $section is a section's title,
# $step the words of one of the person's steps.

## Heading and where the person is now

plan-title = Plan bezpieczeństwa
plan-guidance-staying = Wskazówki dla etapu: pozostanie.
plan-guidance-preparing = Wskazówki dla etapu: przygotowanie do odejścia.
plan-guidance-after = Wskazówki dla etapu: po odejściu.
plan-load-failed = Nie udało się wczytać planu.
plan-stage-legend = Obecna sytuacja
plan-stage-hint = Wskazówki w każdej części dopasują się do niej. Można to zmienić w dowolnym momencie.
plan-stage-staying = Pozostanie
plan-stage-preparing = Przygotowanie do odejścia
plan-stage-after = Po odejściu
plan-stage-failed = Nie udało się tego zmienić. Plan jest taki jak wcześniej.

## Review date

plan-review-form = Data przeglądu
plan-review-by = Przejrzeć plan do dnia
plan-review-hint = Dzień, w którym warto znów przejrzeć plan. Przypomnienie pojawia się tylko tutaj, w aplikacji.
plan-review-save = Zapisz
plan-review-save-label = Zapisz datę przeglądu
plan-review-clear = Wyczyść
plan-review-clear-label = Wyczyść datę przeglądu
plan-review-due = Czas przejrzeć plan.
plan-review-save-failed = Nie udało się tego zapisać. Proszę spróbować ponownie.
# „Wyczyść” is the button plan-review-clear.
plan-review-no-date = Proszę najpierw wybrać pełną datę. Aby usunąć datę, proszę użyć przycisku „Wyczyść”.
plan-review-saved = Zapisano datę przeglądu.
plan-review-cleared = Usunięto datę przeglądu.

## A section: its steps and notes

plan-steps-label = { $section }: kroki
plan-add-step-label = Dodaj krok w części { $section }
plan-add-step-placeholder = Dodaj krok
plan-add = Dodaj
plan-add-failed = Nie udało się tego zapisać.
plan-step-deleted = Usunięto krok.
plan-new-step-draft = Nowy krok w części { $section }
plan-new-step-save-hint = proszę nacisnąć „Dodaj”, aby go zachować
plan-notes-label = Notatki: { $section }
plan-notes-save = Zapisz notatki
plan-notes-save-label = Zapisz notatki: { $section }
plan-notes-save-failed = Nie udało się zapisać notatek. Nadal tu są; proszę spróbować ponownie.
plan-notes-save-hint = proszę nacisnąć „Zapisz notatki”, aby go zachować
plan-these-notes = te notatki

## One step

plan-step-edit = Edytuj
plan-step-edit-label = Edytuj krok: { $step }
plan-step-delete = Usuń
plan-step-delete-label = Usuń krok: { $step }
plan-step-change-label = Zmień krok: { $step }
plan-step-save = Zapisz
plan-step-save-label = Zapisz krok
plan-step-close = Zamknij
plan-step-close-label = Zamknij bez zapisywania; zmiana zostanie zachowana jako wersja robocza
plan-step-empty = Proszę coś wpisać albo użyć przycisku „Usuń”, aby usunąć ten krok.
plan-step-save-failed = Nie udało się tego zapisać. Wpisany tekst nadal tu jest.
plan-step-draft = Zmiana kroku „{ $step }” w części { $section }
plan-step-save-hint = proszę nacisnąć „Zapisz”, aby go zachować
plan-step-delete-question = Usunąć „{ $step }”? Tego nie można cofnąć.
plan-step-delete-yes = Tak, usuń
plan-step-keep = Zostaw
plan-step-delete-failed = Nie udało się tego usunąć. Nic się nie zmieniło.

## Printing the plan

plan-print-title = Wydruk planu
# "My plan" is the heading the PDF itself has (in English for now).
plan-print-about = Plik PDF z samym planem, z nagłówkiem „My plan”: notatki i kroki, z zaznaczeniem, co już zrobiono. Nie trafia do niego nic z dziennika zdarzeń. Plik nie jest zabezpieczony: każdy, kto go otworzy albo znajdzie wydruk, może go przeczytać.
plan-print-contacts = Dołącz też moje zaufane osoby (imiona, sposób kontaktu, słowa kodowe)
plan-print-stage = Pokaż, na jakim etapie teraz jestem
plan-print-stage-hint = Pozostanie, przygotowanie do odejścia lub po odejściu. Lepiej tego nie zaznaczać, jeśli ktoś może zobaczyć tę stronę.
plan-print-save = Zapisz plan jako PDF…
plan-print-choose = Proszę wybrać, gdzie zapisać plik.
plan-print-saving = Zapisywanie…
plan-print-saved = Zapisano ({ $pages ->
        [one] { $pages } strona
        [few] { $pages } strony
        [many] { $pages } stron
       *[other] { $pages } strony
    }). Po wydrukowaniu najlepiej usunąć plik albo przechować go w bezpiecznym miejscu.
plan-print-nothing = Nic nie zostało zapisane.
plan-print-failed = Nie udało się utworzyć pliku PDF. Nic w aplikacji się nie zmieniło. Proszę spróbować ponownie.
