# Routine-change and device-safety checklists (screens/checklists.ts).
# $list is a list's name, $item the words of an item on it.

## How often an item comes back

checklists-repeat-weekly = co tydzień
checklists-repeat-monthly = co miesiąc
checklists-repeat-days = { $days ->
        [one] codziennie
       *[other] co { $days } dni
    }
checklists-repeat-once = Jednorazowo
checklists-repeat-every-week = Co tydzień
checklists-repeat-every-month = Co miesiąc
checklists-repeat-every-days = { $days ->
        [one] Codziennie
       *[other] Co { $days } dni
    }

## The lists

checklists-title = Listy kontrolne
checklists-due-count = { $count ->
        [one] { $count } zadanie do zrobienia teraz.
        [few] { $count } zadania do zrobienia teraz.
        [many] { $count } zadań do zrobienia teraz.
       *[other] { $count } zadania do zrobienia teraz.
    }
checklists-nothing-due = Na razie nie ma nic do zrobienia.
checklists-load-failed = Nie udało się wczytać list kontrolnych.
checklists-change-list = Zmień tę listę
checklists-change-list-label = Zmień tę listę: { $list }
checklists-done-changing = Zakończ zmiany
checklists-done-changing-label = Zakończ zmiany: { $list }
checklists-empty = Na tej liście nie ma jeszcze nic.
checklists-due-again = do zrobienia ponownie

## Changing an item

checklists-item-change = Zmień
checklists-item-change-label = Zmień „{ $item }”
checklists-item-remove = Usuń
checklists-item-remove-label = Usuń „{ $item }”
checklists-what-to-do = Co zrobić
checklists-how-often = Jak często
checklists-item-save = Zapisz
checklists-item-cancel = Anuluj
checklists-item-empty = Proszę coś wpisać albo usunąć tę pozycję.
checklists-saving = Zapisywanie…
checklists-saved = Zapisano.
checklists-item-save-failed = Nie udało się tego zapisać. Nic się nie zmieniło.
checklists-item-remove-question = Usunąć tę pozycję? Tego nie można cofnąć.
checklists-item-removed = Usunięto „{ $item }”.
checklists-item-remove-failed = Nie udało się tego usunąć. Nic się nie zmieniło.

## Adding an item, renaming or removing a list

checklists-add-item = Dodaj pozycję
checklists-add-item-label = Dodaj pozycję do listy { $list }
checklists-new-item = Nowa pozycja
checklists-new-item-draft = Nowa pozycja na liście „{ $list }”
checklists-new-item-save-hint = proszę nacisnąć „Dodaj pozycję”, aby go zachować
checklists-new-item-empty = Proszę wpisać treść pozycji.
checklists-adding = Dodawanie…
checklists-added = Dodano.
checklists-add-failed = Nie udało się tego dodać. Nic się nie zmieniło.
checklists-list-name = Nazwa listy
checklists-name-form-label = Nazwa listy { $list }
checklists-save-name = Zapisz nazwę
checklists-name-empty = Proszę nadać liście nazwę.
checklists-renamed = Lista nazywa się teraz „{ $list }”.
checklists-rename-failed = Nie udało się zapisać nazwy. Nic się nie zmieniło.
checklists-remove-list = Usuń tę listę
checklists-remove-list-question = Usunąć listę „{ $list }” razem z całą zawartością? Tego nie można cofnąć.
checklists-list-removed = Usunięto listę „{ $list }”.
checklists-remove-list-failed = Nie udało się usunąć listy. Nic się nie zmieniło.

## A new list

checklists-new-list-title = Nowa, własna lista
checklists-make-list = Utwórz listę
checklists-new-list-draft = Nowa lista kontrolna
checklists-new-list-save-hint = proszę nacisnąć „Utwórz listę”, aby go zachować
checklists-making = Tworzenie…
checklists-made = Utworzono listę „{ $list }”. Poniżej można dodać jej pierwszą pozycję.
checklists-make-failed = Nie udało się utworzyć listy. Nic się nie zmieniło.
