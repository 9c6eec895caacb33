# Trusted contacts (screens/contacts.ts). $name is a contact's name (or contacts-unnamed).
# Names cannot be declined, so they follow the word "kontakt" (kontakt Anna, kontaktu Anna).

## The list

contacts-title = Zaufane osoby
contacts-lead = Osoby, którym można zaufać, i ustalone sposoby utrzymywania z nimi kontaktu.
contacts-list-label = Lista zaufanych osób
contacts-none = Nie ma jeszcze żadnych kontaktów.
contacts-load-failed = Nie udało się wczytać kontaktów.
# Stands for the name of a contact saved without one ("kontakt bez imienia").
contacts-unnamed = bez imienia
contacts-edit = Edytuj
contacts-edit-label = Edytuj kontakt { $name }
contacts-delete = Usuń
contacts-delete-label = Usuń kontakt { $name }
contacts-delete-question = Usunąć kontakt { $name }? Tego nie można cofnąć.
contacts-delete-yes = Tak, usuń
contacts-keep = Zostaw
contacts-delete-failed = Nie udało się usunąć kontaktu { $name }. Nic się nie zmieniło.
contacts-removed = Kontakt { $name } został usunięty z listy.

## A contact's card

contacts-row-reach = Jak się skontaktować
contacts-row-code-word = Słowo kodowe
contacts-row-knows = Co wie ta osoba
contacts-row-check-in = Umówiony kontakt
contacts-row-safe-times = Bezpieczne pory
contacts-row-emergency = W nagłym wypadku
contacts-may-call = Można dzwonić
contacts-do-not-call = Proszę nie dzwonić

## The form

contacts-add-title = Dodaj kontakt
contacts-change-title = Zmień dane kontaktu { $name }
contacts-field-name = Imię lub nazwa
contacts-field-relationship = Kim jest ta osoba (relacja)
contacts-field-reach = Jak się z tą osobą skontaktować
contacts-field-code-word = Słowo kodowe
contacts-field-code-word-hint = Słowo, które między wami oznacza „Potrzebuję pomocy”.
contacts-field-knows = Co wie ta osoba
contacts-field-check-in = Ustalenia, jak sprawdzać, czy wszystko w porządku
contacts-field-safe-times = Bezpieczne pory kontaktu
contacts-field-emergency = Można dzwonić w nagłym wypadku
contacts-close = Zamknij
contacts-close-label = Zamknij bez zapisywania; zmiany zostaną zachowane jako wersja robocza
contacts-save-changes = Zapisz zmiany
contacts-save-contact = Zapisz kontakt
contacts-save-failed = Nie udało się tego zapisać. Proszę spróbować ponownie.
contacts-this-contact = ten kontakt
contacts-changes-draft = Zmiany w kontakcie { $name }
contacts-new-draft = Nowy kontakt
contacts-save-changes-hint = proszę nacisnąć „Zapisz zmiany”, aby go zachować
contacts-save-contact-hint = proszę nacisnąć „Zapisz kontakt”, aby go zachować
