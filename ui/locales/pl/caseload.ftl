# Prowadzone sprawy osoby wspierającej. „Sprawa” to jedna osoba, którą się wspiera.

## Ekran

caseload-heading = Prowadzone sprawy
caseload-lead = Każda osoba, którą wspierasz, ma własną sprawę, oddzieloną od wszystkich innych spraw i od Twojej własnej przestrzeni. Otwórz sprawę, aby zobaczyć plan, kontakty i listy kontrolne tej osoby i nad nimi pracować.
caseload-list-label = Twoje sprawy
caseload-sort-label = Sortuj sprawy według
caseload-order-added = Data dodania
caseload-order-name = Nazwa
caseload-order-level = Ostatni poziom ryzyka, od najwyższego
caseload-order-marac = Skierowanie do MARAC, od najnowszego
caseload-order-review = Następny przegląd, od najbliższego
caseload-empty = Nie ma jeszcze spraw. Dodaj poniżej sprawę dla każdej osoby, którą wspierasz.
caseload-load-failed = Nie udało się teraz wczytać Twoich spraw. Spróbuj ponownie.

## Dodawanie sprawy

caseload-add-heading = Dodaj sprawę
caseload-field-label = Jak nazywasz tę sprawę, np. inicjały
caseload-field-hint = Widzisz to tylko Ty. Wystarczą inicjały lub krótka nazwa.
caseload-add = Dodaj sprawę
caseload-added = Dodano sprawę „{ $label }”.
caseload-add-failed = Nie udało się teraz dodać sprawy. Spróbuj ponownie.
caseload-label-missing = Wpisz, jak nazywasz tę sprawę, na przykład inicjały tej osoby.
caseload-label-too-long = Użyj najwyżej { $max } znaków (teraz jest ich { $length }). Wystarczą inicjały.

## Jedna sprawa na liście

caseload-open-now = Teraz otwarta
caseload-open = Otwórz
caseload-go-to = Przejdź
caseload-open-label = Otwórz sprawę { $label }
caseload-open-failed = Nie udało się teraz otworzyć sprawy. Spróbuj ponownie.
caseload-sharing-off = Jeszcze nie sparowano
caseload-sharing-on = Udostępnianie włączone
caseload-sharing-ended = Udostępnianie zakończone
caseload-high = Wysoki

## Wiersz ryzyka sprawy

caseload-risk-none = Nie widać jeszcze oceny ryzyka (otwarcie sprawy zaktualizuje ten wiersz)
caseload-risk-latest = Ostatni poziom ryzyka: { $level } ({ $published }, { $date })
caseload-published-earlier = wcześniejsze pytania
caseload-risk-marac = Skierowanie do MARAC: { $date }
caseload-risk-review = Następny przegląd: { $date }
caseload-risk-review-due = Następny przegląd: { $date } (dzisiaj)
caseload-risk-review-overdue = Następny przegląd: { $date } (po terminie)

## Prywatne notatki

caseload-notes-summary = Prywatne notatki
caseload-notes-summary-unsaved = Prywatne notatki (jeszcze niezapisane)
caseload-notes-label = Notatki do sprawy { $label }
caseload-notes-hint = Tylko Ty widzisz te notatki. Nigdy nie są udostępniane tej osobie.
caseload-notes-save = Zapisz notatki
caseload-notes-save-label = Zapisz notatki do sprawy { $label }
caseload-notes-saved = Notatki zapisane.
caseload-notes-save-failed = Nie udało się zapisać notatek. Nadal tu są; spróbuj ponownie.

## Usuwanie sprawy

caseload-remove = Usuń sprawę
caseload-remove-label = Usuń sprawę { $label }
caseload-remove-question = Usunąć sprawę „{ $label }”? Spowoduje to usunięcie kopii tej sprawy z tego komputera: planu, kontaktów i list kontrolnych prowadzonych dla tej osoby oraz Twoich prywatnych notatek. Tego nie da się cofnąć. Aplikacja tej osoby nie zmieni się.
caseload-remove-yes = Tak, usuń
caseload-remove-no = Zostaw
caseload-removed = Sprawa „{ $label }” została usunięta z tego komputera.
caseload-remove-failed = Nie udało się teraz usunąć sprawy. Nic nie zostało usunięte; spróbuj ponownie.
caseload-stop-sharing-first = Najpierw zatrzymaj udostępnianie tej osobie: otwórz sprawę, przejdź do Udostępniania, a potem wybierz Zatrzymaj udostępnianie.

## Otwarta sprawa, na pasku u góry

caseload-banner = Sprawa: { $label }
caseload-banner-open = Sprawa otwarta

## Po „Kopia zapasowa zapisana (12 MB).”

caseload-backup-all = { $count ->
        [one] Zawiera Twoją jedyną sprawę.
       *[other] Zawiera wszystkie Twoje sprawy ({ $count }).
    }
caseload-backup-some = { $count ->
        [one] Zawiera { $count } sprawę.
        [few] Zawiera { $count } sprawy.
        [many] Zawiera { $count } spraw.
       *[other] Zawiera { $count } sprawy.
    }
caseload-backup-unreadable = { $count ->
        [one] Nie udało się odczytać { $count } sprawy (jej plik może być uszkodzony), więc nie ma jej w kopii.
       *[other] Nie udało się odczytać { $count } spraw (ich pliki mogą być uszkodzone), więc nie ma ich w kopii.
    }

## Po „Przywrócono z kopii zapasowej.”

caseload-restore-came-back = { $count ->
        [one] { $count } sprawa wróciła z kopii
        [few] { $count } sprawy wróciły z kopii
        [many] { $count } spraw wróciło z kopii
       *[other] { $count } sprawy wróciło z kopii
    }
caseload-restore-kept = { $count ->
        [one] { $count } sprawa dodana po zrobieniu kopii została bez zmian
        [few] { $count } sprawy dodane po zrobieniu kopii zostały bez zmian
        [many] { $count } spraw dodanych po zrobieniu kopii zostało bez zmian
       *[other] { $count } sprawy dodanej po zrobieniu kopii zostało bez zmian
    }
caseload-restore-left-out = { $count ->
        [one] { $count } sprawa z kopii nie mogła zostać przywrócona i pozostaje taka jak wcześniej
        [few] { $count } sprawy z kopii nie mogły zostać przywrócone i pozostają takie jak wcześniej
        [many] { $count } spraw z kopii nie mogło zostać przywróconych i pozostaje takich jak wcześniej
       *[other] { $count } sprawy z kopii nie mogło zostać przywrócone i pozostaje takich jak wcześniej
    }
caseload-restore-separator = { "; " }
caseload-restore-sentence = { $parts }.
