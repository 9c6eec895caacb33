## Bringing things into the log: files, a chat, e-mails (files-import.ts, chat-import.ts, email-import.ts, one-or-each.ts)

# Between line numbers ("Line 4, 9 of the file…").
imports-list-separator = { ", " }

imports-how = Jak je zapisać
imports-what-kind = Jakiego rodzaju jest to zdarzenie?
imports-bring-them-in = Wczytaj je
imports-bringing = Wczytywanie…
imports-cancel = Anuluj
imports-nothing-brought-in = Nic nie zostało wczytane.

## Photos or files
imports-files-title = Wczytaj zdjęcia lub pliki
imports-files-choose = Wybierz pliki
imports-files-hint = Zrzuty ekranu, zdjęcia, pliki PDF: dowolnie wiele. Każdy plik jest kopiowany do tej aplikacji i zamykany razem z jego odciskiem (SHA-256). Oryginały zostają tam, gdzie są — warto rozważyć ich usunięcie.
imports-files-chosen =
    { $count ->
        [one] Wybrano { $count } plik.
        [few] Wybrano { $count } pliki.
        [many] Wybrano { $count } plików.
       *[other] Wybrano { $count } pliku.
    }
imports-files-each = Osobny wpis dla każdego pliku, z datą ostatniej zmiany pliku na tym komputerze (każdy wpis można poprawić)
imports-files-together = Jeden wpis ze wszystkimi plikami
imports-files-none = Wybierz co najmniej jeden plik.
imports-files-adding = Dodawanie pliku { $number } z { $total }…
imports-files-done-together =
    { $files ->
        [one] Zapisano 1 wpis z 1 plikiem.
       *[other] Zapisano 1 wpis z { $files } plikami.
    }
# $count is 2 or more.
imports-files-done-each = Zapisano wpisy: { $count }, po jednym dla każdego pliku.
imports-files-failed = Nic nie zostało zapisane. Spróbuj ponownie.

## A chat (WhatsApp's "Export chat", or a list of messages)
imports-chat-choose = Wybierz plik czatu utworzony w WhatsApp funkcją „Eksportuj czat” (Export chat) — plik .txt albo .zip, jeśli wybrano dołączenie multimediów — lub listę wiadomości zapisaną jako tekst, w której każda wiadomość zaczyna się w nowym wierszu od daty, godziny i nadawcy, na przykład: 12/03/2026 21:15 Tom: Gdzie jesteś
imports-chat-read-failed = Nie udało się odczytać tego pliku. Nic nie zostało wczytane.
imports-chat-title = Wczytaj wiadomości
# $first and $last: the dates as the phone wrote them.
imports-chat-about =
    { $count ->
        [one] { $file }: { $count } wiadomość, pierwsza wysłana { $first }, ostatnia { $last } (tak jak zapisał to telefon).
       *[other] { $file }: { $count } wiadomości, pierwsza wysłana { $first }, ostatnia { $last } (tak jak zapisał to telefon).
    }
imports-chat-about-files =
    { $count ->
        [one] { $count } element (zdjęcie lub plik) z czatu jest dołączany do wiadomości, z którą go wysłano.
        [few] { $count } elementy (zdjęcia i pliki) z czatu są dołączane do wiadomości, z którymi je wysłano.
        [many] { $count } elementów (zdjęć i plików) z czatu jest dołączanych do wiadomości, z którymi je wysłano.
       *[other] Zdjęcia i pliki z czatu ({ $count }) są dołączane do wiadomości, z którymi je wysłano.
    }
imports-chat-about-left-out =
    { $count ->
        [one] { $count } inny plik w archiwum zip nie jest wymieniony w żadnej wiadomości: nie jest dodawany osobno, ale zostaje zachowany w pliku czatu.
        [few] { $count } inne pliki w archiwum zip nie są wymienione w żadnej wiadomości: nie są dodawane osobno, ale zostają zachowane w pliku czatu.
        [many] { $count } innych plików w archiwum zip nie jest wymienionych w żadnej wiadomości: nie są dodawane osobno, ale zostają zachowane w pliku czatu.
       *[other] Inne pliki w archiwum zip, niewymienione w żadnej wiadomości ({ $count }), nie są dodawane osobno, ale zostają zachowane w pliku czatu.
    }
imports-chat-about-notices =
    { $count ->
        [one] Pominięto { $count } wiersz napisany przez sam WhatsApp.
        [few] Pominięto { $count } wiersze napisane przez sam WhatsApp.
        [many] Pominięto { $count } wierszy napisanych przez sam WhatsApp.
       *[other] Pominięto { $count } wiersza napisanego przez sam WhatsApp.
    }
imports-chat-again = Ten plik czatu został już wcześniej wczytany ({ $date }). Ponowne wczytanie zapisze jego wiadomości jeszcze raz. Aby dodać tylko nowsze wiadomości, wybierz ich numery poniżej.
# $lines: line numbers joined by imports-list-separator; $count: how many.
imports-chat-kept =
    { $count ->
        [one] Wiersz { $lines } pliku wygląda jak nowa wiadomość, ale cofa się w czasie, więc został zachowany jako część poprzedniej wiadomości. Jeśli to błąd, być może dzień i miesiąc są zapisane odwrotnie.
       *[other] Wiersze { $lines } pliku wyglądają jak nowe wiadomości, ale cofają się w czasie, więc każdy z nich został zachowany jako część poprzedniej wiadomości. Jeśli to błąd, być może dzień i miesiąc są zapisane odwrotnie.
    }
imports-chat-order-legend = Jak telefon zapisuje daty?
imports-chat-order-hint = Pierwsza wiadomość została wysłana { $first }. Czy najpierw jest dzień, czy miesiąc?
imports-chat-day-first = Najpierw dzień: 12/03 to 12 marca (jak w Wielkiej Brytanii)
imports-chat-month-first = Najpierw miesiąc: 03/12 to 12 marca (jak w USA)
imports-chat-read-that-way-failed = Nie udało się odczytać pliku w ten sposób.
imports-chat-senders = Czyje wiadomości?
imports-chat-senders-hint = Odznacz te, których nie chcesz zapisywać (na przykład własne).
imports-chat-sender =
    { $count ->
        [one] { $name } ({ $count } wiadomość)
       *[other] { $name } ({ $count } wiadomości)
    }
imports-chat-each = Każda wiadomość jako osobny wpis, z czasem jej wysłania
imports-chat-together = Wszystkie jako jeden wpis, od pierwszej do ostatniej
imports-chat-range = Które wiadomości?
imports-chat-range-hint = Ponumerowane od 1 (pierwsza, wysłana { $first }) do { $last } (ostatnia).
imports-chat-from = Od wiadomości
imports-chat-to = do wiadomości
# $zone: the computer's time zone, e.g. Europe/London.
imports-chat-time-hint = Godziny są odczytywane według czasu tego komputera ({ $zone }); każdy wpis podaje też, kto wysłał wiadomość i kiedy, dokładnie tak, jak zapisano to w pliku czatu. Cały plik czatu jest zachowywany przy każdym wpisie, razem z jego odciskiem (SHA-256): każdy, komu te wpisy zostaną później przekazane (w eksporcie raportu), otrzyma cały czat, ze wszystkimi stronami rozmowy.
imports-chat-need-sender = Zaznacz, czyje wiadomości wczytać.
imports-chat-need-order = Wskaż, jak telefon zapisuje daty, aby każda wiadomość otrzymała właściwy dzień.
imports-chat-bad-range = Podaj numery wiadomości od 1 do { $last }.
imports-chat-done-together =
    { $count ->
        [one] Zapisano 1 wpis z { $count } wiadomości.
       *[other] Zapisano 1 wpis z { $count } wiadomości.
    }
# $count is 2 or more.
imports-chat-done-each = Zapisano wpisy: { $count }, po jednym dla każdej wiadomości.
imports-chat-failed = Nic nie zostało wczytane. Spróbuj ponownie.

## E-mails saved as files (.eml)
imports-email-choose = Wybierz jeden lub więcej e-maili zapisanych jako pliki (.eml). W większości programów pocztowych: otwórz wiadomość, a potem wybierz Zapisz jako lub Pobierz.
imports-email-read-failed = Nie udało się odczytać tych plików. Nic nie zostało wczytane.
imports-email-title =
    { $count ->
        [one] Wczytaj ten e-mail
        [few] Wczytaj { $count } e-maile
        [many] Wczytaj { $count } e-maili
       *[other] Wczytaj { $count } e-maila
    }
imports-email-lead = Każdy e-mail staje się osobnym wpisem z datą wysłania; cały plik e-maila i załączone do niego pliki są zachowywane. Nic nie zostanie zapisane, dopóki nie naciśniesz przycisku poniżej.
imports-email-list-label = Wybrane e-maile
imports-email-no-subject = (bez tematu)
imports-email-from = Od: { $from }
imports-email-from-unknown = (nie podano)
imports-email-sent = Wysłano: { $date }
imports-email-no-date = Brak czytelnej daty: wpis otrzyma bieżącą datę. Czas można później poprawić.
imports-email-files =
    { $count ->
        [one] { $count } załączony plik
        [few] { $count } załączone pliki
        [many] { $count } załączonych plików
       *[other] { $count } załączonego pliku
    }
imports-email-file = Plik: { $name }
imports-email-before = Ten sam plik został już wcześniej wczytany ({ $date }). Ponowne wczytanie zapisze go jeszcze raz.
imports-email-before-count =
    { $count ->
        [one] { $count } z nich został już wcześniej wczytany.
        [few] { $count } z nich zostały już wcześniej wczytane.
        [many] { $count } z nich zostało już wcześniej wczytanych.
       *[other] Część z nich ({ $count }) została już wcześniej wczytana.
    }
imports-email-kind = Zapisz je w kategorii
imports-email-bring =
    { $count ->
        [one] Wczytaj go
       *[other] Wczytaj je
    }
imports-email-back = Wróć do dziennika bez nich
imports-email-done =
    { $count ->
        [one] Wczytano { $count } e-mail jako osobny wpis.
        [few] Wczytano { $count } e-maile, każdy jako osobny wpis.
        [many] Wczytano { $count } e-maili, każdy jako osobny wpis.
       *[other] Wczytano { $count } e-maila, każdy jako osobny wpis.
    }
imports-email-failed = Nie udało się ich wczytać. Nic nie zostało zapisane; spróbuj ponownie.
