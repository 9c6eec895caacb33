# Zwykły notatnik na co dzień: słowa jak w każdym zwykłym notatniku, nic więcej.

## Pasek i lista stron

notebook-bar-title = Notatnik
notebook-nav-label = Notatnik
notebook-nav-pages = Strony
notebook-nav-settings = Ustawienia
notebook-lock = Zablokuj
notebook-pages-heading = Strony
notebook-list-label = Twoje strony
notebook-new-page = Nowa strona
notebook-empty = Nie ma jeszcze stron.
notebook-untitled = Bez tytułu
notebook-load-failed = Nie udało się wczytać stron. Spróbuj ponownie.
notebook-deleted = Strona została usunięta.

## Jedna strona

notebook-new-page-heading = Nowa strona
notebook-title-label = Tytuł
notebook-body-label = Tekst
notebook-save = Zapisz
notebook-saved = Zapisano.
notebook-nothing-to-save = Nie ma jeszcze nic do zapisania. Najpierw wpisz tytuł lub trochę tekstu.
notebook-save-failed = Nie udało się zapisać strony. Spróbuj ponownie.
notebook-back = Wróć do stron
notebook-leave-question = Opuścić tę stronę bez zapisywania zmian?
notebook-leave-yes = Wyjdź bez zapisywania
notebook-leave-no = Pisz dalej
notebook-delete = Usuń
notebook-delete-question = Usunąć tę stronę? Tego nie da się cofnąć.
notebook-delete-yes = Tak, usuń
notebook-delete-no = Zostaw
notebook-delete-failed = Nie udało się usunąć strony. Nic się nie zmieniło.
# Przed datą i godziną: „Ostatnia zmiana: 5 lip 2025, 14:05”.
notebook-changed-prefix = Ostatnia zmiana:

## Ustawienia: tylko PIN

notebook-settings-heading = Ustawienia
notebook-settings-lead = PIN, który otwiera Twój notatnik.
notebook-change-pin-heading = Zmień PIN
notebook-current-pin = Obecny PIN
notebook-new-pin = Nowy PIN
notebook-pin-hint = Od { $min } do { $max } cyfr. Unikaj dat i liczb, które inni mogliby odgadnąć.
notebook-new-pin-again = Wpisz nowy PIN jeszcze raz
notebook-change-pin = Zmień PIN
notebook-need-current-pin = Najpierw wpisz obecny PIN.
notebook-pin-changed = PIN został zmieniony. Od teraz otwieraj notatnik nowym PIN-em.
notebook-pin-change-failed = Nie udało się zmienić PIN-u. Stary PIN nadal działa.
notebook-pin-not-usable = Tego PIN-u nie można użyć. Wybierz inny.
notebook-changing = Zmienianie…
