# Why something was refused: each reason the Rust side gives (harbour_reason::reason("x"))
# is the message error-x here. The page shows it in place of the error.

error-app-chip-unavailable = Nie można teraz użyć układu zabezpieczeń tego komputera, więc nie da się sprawdzić PIN-u. Twoje informacje są bezpieczne i niezmienione: klucz odzyskiwania nadal je otwiera.
error-app-damaged = Część zapisanych informacji wygląda na uszkodzoną. Nic nie zostało zmienione ani usunięte.
error-app-damaged-not-opened = Część zapisanych informacji wygląda na uszkodzoną, więc nie została otwarta. Nic nie zostało zmienione ani usunięte. Może pomóc kopia zapasowa lub klucz odzyskiwania.
error-app-device-key-missing = W magazynie haseł tego komputera brakuje jego klucza. Twoje informacje są nadal bezpieczne: można je otworzyć kluczem odzyskiwania.
error-app-keychain-locked = Magazyn haseł tego komputera jest zablokowany, więc nie można teraz tego zrobić. Odblokuj go (zwykle wystarczy się wylogować i zalogować ponownie), a potem spróbuj jeszcze raz. Nic nie zostało zmienione.
error-app-keychain-unavailable = Magazyn haseł tego komputera jest teraz niedostępny, więc nie można niczego otworzyć. Twoje informacje są bezpieczne i niezmienione. Zwykle pomaga wylogowanie się i ponowne zalogowanie.
error-app-locked = To jest zamknięte. Otwórz ponownie, aby kontynuować.
error-app-newer-version = Te informacje zostały zapisane przez nowszą wersję. Zaktualizuj aplikację, a potem spróbuj ponownie. Nic nie zostało zmienione.
error-app-newer-version-update = Te informacje zostały zapisane przez nowszą wersję. Zaktualizuj aplikację, a potem spróbuj ponownie.
error-app-not-available = To nie jest tutaj dostępne.
error-app-not-found = Nie udało się znaleźć tego elementu. Być może został usunięty.
error-app-not-set-up = Nic jeszcze nie zostało skonfigurowane.
error-app-pin-not-usable-here = Tego PIN-u nie można użyć na tym komputerze. Nie ma w nim nic złego: układ zabezpieczeń przyjmuje tylko mniej więcej połowę wszystkich PIN-ów. Wybierz inny. Obecny PIN nadal działa.
error-app-wait-seconds = PIN można wpisywać lub zmieniać tylko kilka razy z rzędu. Odczekaj { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }, a potem spróbuj ponownie.
error-app-went-wrong = Coś poszło nie tak. Nic nie zostało utracone.
error-app-went-wrong-saving-reading = Coś poszło nie tak podczas zapisywania lub odczytywania. Nic nie zostało utracone.
error-app-wrong-pin = To się nie zgadza. Spróbuj ponownie.
error-attachments-file-could-read-added = Nie udało się odczytać tego pliku. Nic nie zostało dodane.
error-attachments-file-empty = Plik jest pusty.
error-attachments-file-name-too-long = Nazwa pliku jest za długa.
error-attachments-file-needs-name = Plik musi mieć nazwę.
error-attachments-file-part-incident-record-draft = Ten plik jest częścią zapisu zdarzenia, wersji roboczej lub profilu, więc nie można go usunąć.
error-attachments-file-too-large = Plik jest za duży.
error-attachments-file-too-large-mb = Plik jest za duży. Pliki mogą mieć najwyżej { $megabytes } MB.
error-attachments-file-type-valid = Ten typ pliku jest nieprawidłowy.
error-backup-choose-backup-passphrase-least-12 = Wybierz hasło kopii zapasowej mające co najmniej 12 znaków, na przykład kilka słów w połączeniu, które nikomu innemu nie przyszłoby do głowy.
error-backup-file-unusable = Nie udało się odczytać ani zapisać pliku w tym miejscu. Spróbuj w innym miejscu. Nic tutaj nie zostało zmienione.
error-backup-locked-backup-passphrase-recovery-key = Ta kopia zapasowa jest zablokowana hasłem kopii zapasowej, a nie kluczem odzyskiwania.
error-backup-locked-recovery-key-passphrase = Ta kopia zapasowa jest zablokowana kluczem odzyskiwania, a nie hasłem.
error-backup-not-a-backup = Ten plik nie jest kompletną kopią zapasową (może być uszkodzony, ucięty albo to inny plik), więc nic nie zostało przywrócone. Wszystko tutaj jest tak jak wcześniej.
error-backup-too-large-back-up = To jest za duże, aby zrobić kopię zapasową.
error-backup-type-your-recovery-key-backup = Wpisz klucz odzyskiwania lub hasło kopii zapasowej.
error-backup-wrong-passphrase = Ten klucz lub hasło nie pasuje do tej kopii zapasowej. Nic nie zostało zmienione.
error-bundle-export-stopped-unexpectedly = Eksport nieoczekiwanie się zatrzymał.
error-bundle-not-prepared = Nie udało się przygotować eksportu.
error-caseload-give-case-name-you-will = Nadaj sprawie nazwę, którą łatwo rozpoznać, na przykład inicjały.
error-caseload-keep-cases-name-short-60 = Nazwa sprawy powinna być krótka (najwyżej 60 znaków).
error-caseload-notes-too-long-save-20 = Te notatki są za długie, aby je zapisać (najwyżej 20 000 znaków).
error-caseload-stop-sharing-person-first-their = Najpierw zakończ udostępnianie tej osobie. Jej własna kopia zostaje u niej.
error-causing-harm-already-50-people-here-change = Jest tu już 50 osób. Najpierw zmień lub usuń jedną z nich.
error-causing-harm-give-name-what-you-call = Podaj imię albo określenie, jakiego się używa (na przykład „mężczyzna z niebieskiej furgonetki”).
error-causing-harm-name-too-long = Imię lub określenie jest za długie.
error-causing-harm-one-fields-too-long = Jedno z pól jest za długie.
error-causing-harm-photo-could-found-add-again = Nie udało się znaleźć zdjęcia. Dodaj je ponownie.
error-chat-import-choose-chat-file-again-brought = Wybierz ponownie plik czatu. Nic nie zostało wczytane.
error-chat-import-mixed-order = Daty w tym pliku są zapisane na dwa różne sposoby (wiersz { $dayFirst } podaje najpierw dzień, a wiersz { $monthFirst } najpierw miesiąc). Nic nie zostało wczytane.
error-chat-import-more-people-wrote-file-whatsapp = W tym pliku pisało więcej osób, niż może liczyć czat WhatsApp, więc nie jest to eksport czatu. Nic nie zostało wczytane.
error-chat-import-no-messages = W tym pliku nie znaleziono żadnych wiadomości. Nic nie zostało wczytane.
error-chat-import-none-fits = Żadna z wiadomości nie pasuje do tego, co wybrano. Wybierz ponownie.
error-chat-import-not-text = Ten plik nie jest eksportem czatu (nie jest tekstem). Wybierz plik .txt utworzony przez WhatsApp za pomocą „Export chat” („Eksportuj czat”) albo listę wiadomości zapisaną jako tekst. Nic nie zostało wczytane.
error-chat-import-too-large = Ten plik jest za duży, aby wczytać go naraz. Nic nie zostało wczytane.
error-chat-import-too-much-for-one = To za dużo na jeden wpis: w jednym mieści się około { $fit } z tych wiadomości. Wybierz mniej albo osobny wpis dla każdej wiadomości. Nic nie zostało wczytane.
error-chat-import-unreadable-lines = Niektórych wierszy tego pliku nie udało się odczytać jako wiadomości (wiersz { $lines }{ $more ->
        [0] {""}
       *[other] {" "}i jeszcze { $more }
    }). Czy to plik utworzony przez WhatsApp za pomocą „Export chat”, bez zmian, albo lista, w której każda wiadomość zaczyna się w nowym wierszu od daty, godziny i nadawcy? Nic nie zostało wczytane.
error-checklists-give-list-name = Nadaj liście nazwę.
error-checklists-name-too-long-characters-name = Nazwa jest za długa albo zawiera znaki, których nazwa nie może mieć.
error-checklists-repeating-item-needs-repeat-every = Powtarzane zadanie musi się powtarzać co 1 dzień lub rzadziej.
error-checklists-repeating-item-repeat-most-every = Powtarzane zadanie może się powtarzać najrzadziej co 3660 dni.
error-checklists-too-long = To jest za długie.
error-checklists-write-something-item = Wpisz treść tego zadania.
error-contacts-give-contact-name = Podaj nazwę tego kontaktu.
error-database-vault-folders-name-cannot-used = Nazwy folderu sejfu nie można tu użyć.
error-directory-give-service-name = Podaj nazwę usługi.
error-documents-shared-copy-too-large = Udostępniona kopia jest za duża.
error-documents-shared-copy-unreadable = Nie udało się odczytać udostępnionej kopii.
error-drafts-not-kept = Nie udało się zachować tej wersji roboczej.
error-drafts-too-long = To jest za długie, aby zachować to jako wersję roboczą. Zapisz to albo skopiuj tekst w bezpieczne miejsce.
error-drafts-too-many = Jest za dużo niedokończonych wersji roboczych, aby zachować kolejną. Zapisz lub odrzuć niektóre z nich.
error-drafts-too-many-at-once = Naraz pisanych jest zbyt wiele rzeczy, aby zachować je wszystkie. Zapisz niektóre z nich.
error-email-import-choose-e-mails-again-brought = Wybierz ponownie e-maile. Nic nie zostało wczytane.
error-email-import-file-too-large = Plik „{ $name }” ma załącznik, który jest za duży, aby go wczytać. Nic nie zostało wczytane.
error-email-import-not-an-email = Plik „{ $name }” nie jest e-mailem zapisanym jako plik (.eml). W programie pocztowym otwórz wiadomość i wybierz Zapisz jako lub Pobierz. Nic nie zostało wczytane.
error-email-import-too-large = Plik „{ $name }” jest za duży, aby go wczytać. Nic nie zostało wczytane.
error-email-import-too-many = Wybierz naraz najwyżej { $limit ->
        [one] { $limit } e-mail
        [few] { $limit } e-maile
        [many] { $limit } e-maili
       *[other] { $limit } e-maila
    }. Nic nie zostało wczytane.
error-email-import-too-many-files = Plik „{ $name }” ma więcej załączników, niż może pomieścić jeden wpis. Nic nie zostało wczytane.
error-evidence-backup-not-export = Ten plik to kopia zapasowa, a nie eksport. Kopie zapasowe przywraca się w Ustawieniach.
error-evidence-choose-least-one-entry-include = Wybierz co najmniej jeden wpis do uwzględnienia.
error-evidence-end-period-before-start = Koniec okresu wypada przed jego początkiem.
error-evidence-file-unreadable = Nie udało się odczytać tego pliku. Spróbuj ponownie.
error-evidence-not-an-export = Ten plik nie jest kompletnym zablokowanym eksportem (może być uszkodzony, ucięty albo to inny plik).
error-evidence-not-made = Tym razem nie udało się utworzyć pliku. Nic w aplikacji nie zostało zmienione. Spróbuj ponownie, może z mniejszą liczbą wpisów.
error-evidence-something-chosen-report-longer-choose = Czegoś, co wybrano do raportu, już nie ma. Wybierz ponownie.
error-evidence-too-many-entries = To więcej niż { $limit ->
        [one] { $limit } wpis
        [few] { $limit } wpisy
        [many] { $limit } wpisów
       *[other] { $limit } wpisu
    }. Wybierz krótszy okres.
error-evidence-wrong-passphrase = To hasło nie otwiera tego pliku. Sprawdź je z osobą, która go przysłała.
error-files-cannot-write = Nie udało się zapisać pliku w tym miejscu. Spróbuj w innym miejscu. Nic w aplikacji nie zostało zmienione.
error-files-no-dialog = Nie można tu wybierać plików. Nic nie zostało zmienione.
error-hide-choose-key-together-ctrl-alt = Wybierz klawisz razem z Ctrl, Alt lub Shift.
error-hide-choose-letter-number-f-key = Wybierz literę, cyfrę lub klawisz F razem z Ctrl, Alt lub Shift.
error-hide-shortcut-taken = Inny program już używa tego skrótu. Wybierz inny.
error-incident-links-condition-gone = Wybranego warunku nie ma już na liście. Wybierz ponownie.
error-incident-links-more-people-conditions-one-entry = To więcej osób i warunków, niż może wymienić jeden wpis.
error-incident-links-person-gone = Wskazanej osoby nie ma już na liście. Wybierz ponownie.
error-incidents-attached-file-could-found = Nie udało się znaleźć jednego z załączonych plików.
error-incidents-end-time-before-start-time = Godzina zakończenia jest wcześniejsza niż godzina rozpoczęcia.
error-incidents-nothing-to-bring-in = Nie ma nic do wczytania.
error-incidents-nothing-to-write = Nie ma nic do zapisania.
error-incidents-same-file-attached-twice = Ten sam plik jest załączony dwa razy.
error-incidents-too-many-at-once = To więcej niż { $limit ->
        [one] { $limit } wpis
        [few] { $limit } wpisy
        [many] { $limit } wpisów
       *[other] { $limit } wpisu
    } naraz. Wczytaj je w częściach.
error-incidents-too-many-files-attached = Załączono zbyt wiele plików.
error-notebook-no-random = brak liczb losowych
error-notebook-page-empty = Strona jest pusta.
error-notebook-page-too-long-keep = Ta strona jest za długa, aby ją zachować.
error-notebook-title-too-long = Ten tytuł jest za długi.
error-notebook-too-many-pages-add-another = Jest za dużo stron, aby dodać kolejną.
error-opening-already-set-up = To jest już skonfigurowane.
error-opening-use-6-16-digits-numbers = Użyj od 6 do 16 cyfr (tylko cyfry).
error-orders-already-50-orders-here-change = Jest tu już 50 nakazów. Najpierw zmień lub usuń jeden z nich.
error-orders-condition-entry-marked-breaching-cannot = Nie można usunąć warunku, który we wpisie oznaczono jako naruszony. Zamiast tego można poprawić jego treść.
error-orders-court-reference-too-long = Nazwa sądu lub sygnatura jest za długa.
error-orders-date-implausible = Jedna z dat wygląda na nieprawidłową. Sprawdź rok.
error-orders-ends-before-day-made-check = Nakaz kończy się przed dniem, w którym został wydany. Sprawdź daty.
error-orders-entries-your-log-marked-breaching = Wpisy w Twoim dzienniku są oznaczone jako naruszenie tego nakazu, więc nakaz zostaje. Można zmienić jego szczegóły; jeśli przestał obowiązywać, zmień datę zakończenia.
error-orders-more-conditions-one-order-hold = To więcej warunków, niż może tu mieć jeden nakaz.
error-orders-new-orders-conditions-all-new = Wszystkie warunki nowego nakazu są nowe.
error-orders-note-too-long = Notatka jest za długa.
error-orders-one-conditions-longer-open-order = Jednego z warunków już nie ma. Otwórz nakaz ponownie.
error-orders-one-conditions-too-long = Jeden z warunków jest za długi.
error-orders-person-order-against-longer-listed = Osoby, której dotyczy ten nakaz, nie ma już na liście. Wybierz ponownie.
error-pending-file-unreadable = Nie udało się odczytać tego pliku. Nic nie zostało wczytane.
error-plan-item-too-long = Ta pozycja jest za długa.
error-plan-note-too-long = Notatka jest za długa.
error-risk-advocates-judgement-marac-referral-advocates = Ocenę osoby wspierającej, skierowanie do MARAC lub imię i nazwisko osoby wspierającej można podać tylko dla kwestionariusza wypełnianego z osobą wspierającą.
error-risk-answer-least-one-question-before = Przed zapisaniem odpowiedz na co najmniej jedno pytanie.
error-risk-choose-standard-medium-high-judgement = Wybierz dla oceny poziom standardowy, średni lub wysoki.
error-risk-day-done-future-check-date = Dzień wypełnienia jest w przyszłości. Sprawdź datę.
error-risk-day-done-looks-too-long = Dzień wypełnienia wydaje się zbyt odległy. Sprawdź datę.
error-risk-give-reason-judgement-goes-screening = Podaj uzasadnienie oceny: zostanie dołączone do kwestionariusza.
error-risk-keep-advocates-name-short-80 = Imię i nazwisko osoby wspierającej powinno być krótkie (najwyżej 80 znaków).
error-risk-marac-referral-date-before-screening = Data skierowania do MARAC jest wcześniejsza niż kwestionariusz. Sprawdź ją.
error-risk-marac-referral-date-future-record = Data skierowania do MARAC jest w przyszłości. Wpisz ją, gdy skierowanie zostanie złożone.
error-risk-next-review-more-three-years = Następny przegląd wypada za ponad trzy lata. Sprawdź datę.
error-risk-next-review-should-after-day = Następny przegląd powinien wypadać po dniu wypełnienia kwestionariusza.
error-risk-one-answers-question-screening-does = Jedna z odpowiedzi dotyczy pytania, którego nie ma w tym kwestionariuszu.
error-risk-question-answered-twice = Na jedno z pytań odpowiedziano dwa razy.
error-risk-reason-too-long = Uzasadnienie jest za długie (najwyżej 5000 znaków).
error-risk-set-questions-longer-asked-choose = Ten zestaw pytań nie jest już używany. Wybierz jeden z kwestionariuszy.
error-risk-sign-offs-advocates-part-added-dash-dash = Część osoby wspierającej można dodać tylko do kwestionariusza DASH lub S-DASH.
error-risk-sign-offs-advocates-part-given-advocate-choose = Część osoby wspierającej wypełnia osoba wspierająca: zaznacz, że kwestionariusz był omawiany razem z nią.
error-secret-pin-too-long = Ten PIN jest za długi.
error-secret-pin-too-short = Wybierz PIN mający co najmniej 4 znaki.
error-secret-recovery-key-incomplete = Ten klucz odzyskiwania jest niekompletny. Sprawdź go i spróbuj ponownie.
error-settings-address-too-long-one = Ten adres jest za długi, aby mógł być prawdziwy.
error-settings-auto-lock-set-between-1 = Automatyczną blokadę można ustawić na czas od 1 do 240 minut.
error-settings-choose-one-languages-offered = Wybierz jeden z dostępnych języków.
error-settings-choose-one-text-sizes-offered = Wybierz jeden z dostępnych rozmiarów tekstu.
error-settings-choose-quick-hide-shortcut = Wybierz skrót szybkiego ukrywania.
error-settings-choose-region = Wybierz region.
error-settings-quick-hide-shortcut-needs-least = Skrót szybkiego ukrywania musi zawierać co najmniej jeden klawisz modyfikujący, na przykład Ctrl lub Shift.
error-settings-type-your-current-pin-first = Najpierw wpisz obecny PIN.
error-shared-files-shown-only-while-log-shared = Pliki można pokazywać tylko osobom, którym udostępniasz dziennik zdarzeń.
error-shared-files-too-much-waiting = Zbyt wiele udostępnionych plików czeka na dostarczenie.
error-shared-files-unreadable = Nie udało się odczytać udostępnionego pliku.
error-sharing-address-should-start-https-your = Adres udostępniania powinien zaczynać się od https:// (może go podać osoba, z którą się parujesz).
error-sharing-advocates-app-isnt-one-showed = Aplikacja osoby wspierającej nie jest tą, która pokazała to zaproszenie, więc nic nie zostało udostępnione. Poproś o pokazanie nowego kodu i zacznijcie razem od nowa.
error-sharing-already-set-up-stop-first = Udostępnianie jest już skonfigurowane. Najpierw je zakończ, aby połączyć się z kimś innym.
error-sharing-busy = Trwa już wysyłanie i odbieranie. Zaczekaj chwilę.
error-sharing-live-with-someone-else = Trwa już wspólna praca z kimś innym. Najpierw ją zakończ, a potem spróbuj ponownie.
error-sharing-name-taken = Jedna z osób, którym udostępniasz, ma już taką nazwę. Wybierz inną, aby można je było od siebie odróżnić.
error-sharing-case-show-code-person-type = W sprawie pokaż kod, który ta osoba wpisze w swojej aplikacji.
error-sharing-change-not-shared = Nadeszła zmiana dotycząca czegoś, co nie jest udostępniane.
error-sharing-change-read-only = Nadeszła zmiana dotycząca czegoś udostępnionego tylko do odczytu.
error-sharing-change-too-large = Udostępniona zmiana jest za duża.
error-sharing-document-too-large = Udostępniona strona stałaby się za duża, więc tej zmiany nie przyjęto.
error-sharing-change-unreadable = Nie udało się odczytać udostępnionej zmiany.
error-sharing-choose-plan-section = Wybierz część planu.
error-sharing-clock-wrong = Usługa udostępniania odrzuciła ten komputer, ponieważ ich zegary się nie zgadzają. Sprawdź datę i godzinę w ustawieniach komputera, a potem spróbuj ponownie. Nic nie zostało utracone.
error-sharing-code-malformed = Ten kod nie wygląda prawidłowo. Ma 16 liter i cyfr, na przykład 7KQ2-M9XD-4TFB-0C8H.
error-sharing-ended = Udostępnianie zostało zakończone. To, co jest na tym komputerze, nadal tu jest.
error-sharing-failed = Tym razem udostępnianie nie zadziałało. Nic na tym komputerze nie zostało zmienione.
error-sharing-mismatch = Obie aplikacje nie potwierdziły się nawzajem, więc nic nie zostało udostępnione. Sprawdźcie kod i zacznijcie razem od nowa.
error-sharing-no-answer = Druga aplikacja nie odpowiedziała na czas. Nic nie zostało utracone; spróbuj ponownie za chwilę.
error-sharing-not-found = Nie udało się tego znaleźć.
error-sharing-not-set-up = Udostępnianie nie jest skonfigurowane.
error-sharing-offline = Nie udało się teraz połączyć z usługą udostępniania. Nic nie zostało utracone; spróbuj ponownie za chwilę.
error-sharing-open-persons-case-your-caseload = Najpierw otwórz sprawę tej osoby w prowadzonych sprawach: plan każdej osoby jest przechowywany osobno.
error-sharing-pairing-cancelled-shared = Parowanie zostało anulowane. Nic nie zostało udostępnione.
error-sharing-person-choose-share-their-own = Tylko sama osoba może zdecydować o udostępnieniu swojego dziennika.
error-sharing-start-again-pairing-under-way = Zacznij od nowa: nie trwa żadne parowanie.
error-sharing-start-again-show-new-code = Zacznij od nowa: najpierw pokaż nowy kod.
error-sharing-stop-sharing-first-clears-sharing = Najpierw zakończ udostępnianie. To czyści tylko udostępnianie, które zostało już zakończone.
error-sharing-too-many-waiting = Zbyt wiele udostępnionych zmian czeka na inne.
error-updates-check-updates-first-downloaded = Najpierw sprawdź, czy są aktualizacje. Nic nie zostało pobrane.
error-updates-copy-built-without-makers-signing = Ta kopia została zbudowana bez klucza podpisu twórców, więc nie może bezpiecznie sprawdzać aktualizacji. Nic nie zostało pobrane.
error-updates-fetched-address-starting-https-fetched = Aktualizacje są pobierane tylko z adresu zaczynającego się od https://. Nic nie zostało pobrane.
error-updates-give-address-check-first-fetched = Najpierw podaj adres do sprawdzenia. Nic nie zostało pobrane.
error-updates-give-address-starting-https-leave = Podaj adres zaczynający się od https:// albo zostaw pole puste.
error-updates-not-an-update = To, co przysłał ten adres, nie jest aktualizacją tej aplikacji, więc nie zostało użyte. Nic nie zostało zapisane.
error-updates-not-signed = To, co przysłał ten adres, nie jest podpisane przez twórców tej aplikacji, więc nie zostało użyte i nic nie zostało zapisane. Nie instaluj niczego z tego źródła.
error-updates-older-than-seen = Ten adres oferuje teraz wersję { $offered }, starszą niż znaleziona wcześniej wersja { $seen }. Może być nieaktualny albo nie należeć do twórców aplikacji. Nic nie zostało pobrane.
error-updates-unreachable = Nie udało się połączyć z adresem aktualizacji albo nic tam nie było. Sprawdź adres i połączenie z internetem, a potem spróbuj ponownie. Nic nie zostało zmienione.
error-vault-choose-pin-6-16-digits = Wybierz PIN mający od 6 do 16 cyfr (tylko cyfry).
error-vault-pin-too-easy = Wybierz inny PIN: ten jest zbyt łatwy do odgadnięcia.
error-vault-pins-must-differ = Wybierz inny PIN: drugi PIN i główny PIN nie mogą być takie same.
