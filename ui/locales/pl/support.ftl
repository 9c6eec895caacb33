# Who to call: the support directory (screens/support.ts, screens/support-regions.ts).
# $name is a service's name, put in quotes (names cannot be declined).
# Phone numbers (999, 55) and the name "Silent Solution" stay as they are.

## The directory

support-title = Pomoc
support-silent-solution = Zagrożenie teraz? Proszę dzwonić pod 999. Jeśli nie można mówić, należy zadzwonić pod 999 z telefonu komórkowego, wysłuchać operatora, a gdy poprosi, nacisnąć 55. To jest Silent Solution (Ciche Rozwiązanie): operator wie wtedy, że to prawdziwy nagły wypadek, i nadal udziela pomocy.
support-add = Dodaj usługę
support-list-label = Usługi wsparcia
support-empty = Na liście nie ma żadnych usług. W nagłym wypadku proszę dzwonić pod 999.
support-load-failed = Nie udało się wczytać katalogu.
support-phone = Telefon:{ " " }
support-edited = Te dane zostały zmienione.
support-change = Zmień
support-change-label = Zmień: { $name }
support-remove = Usuń
support-remove-label = Usuń: { $name }
support-remove-builtin-question = Usunąć „{ $name }” z listy? Później można to przywrócić.
support-remove-question = Usunąć „{ $name }”? Tego nie można cofnąć.
support-removed-builtin = Usunięto „{ $name }”. Ta usługa jest teraz w części „Usunięte usługi”.
support-removed = Usunięto „{ $name }”.
support-remove-failed = Nie udało się usunąć „{ $name }”. Nic się nie zmieniło.

## Services put aside

support-removed-label = Usunięte usługi
support-removed-summary = Usunięte usługi ({ $count })
support-put-back-about = Przycisk „Przywróć” przywraca usługę w takiej postaci, w jakiej była ostatnio.
support-put-back = Przywróć
support-put-back-label = Przywróć: { $name }
support-putting-back = Przywracanie…
support-back-in-list = „{ $name }” znów jest na liście.
support-put-back-failed = Nie udało się tego przywrócić. Nic się nie zmieniło.

## Adding or changing a service

support-add-title = Dodaj usługę
support-change-title = Zmień: { $name }
support-builtin-note = To jedna z usług dołączonych do aplikacji. Zmiany zostają na tym komputerze; w każdej chwili można przywrócić opublikowaną wersję.
support-own-note = Na przykład lokalna usługa IDVA albo telefon zaufania dla miejsca zamieszkania.
support-field-name = Nazwa
support-field-phone = Numer telefonu
support-field-hours = Godziny otwarcia
support-field-hours-hint = Na przykład: 24 godziny na dobę albo w dni powszednie od 9 do 17.
support-field-region = Obszar działania
support-field-description = Czym się zajmują
support-save-changes = Zapisz zmiany
support-add-to-list = Dodaj do mojej listy
support-cancel = Anuluj
support-restore = Przywróć opublikowaną wersję
support-restore-sure = Tak, odrzuć moje zmiany
support-restore-warning = Zmiany w tej usłudze zostaną zastąpione opublikowanymi danymi. Aby to zrobić, proszę nacisnąć jeszcze raz.
support-restored = Przywrócono opublikowaną wersję „{ $name }”.
support-name-empty = Proszę podać nazwę usługi.
support-saving = Zapisywanie…
support-changes-saved = Zmiany zostały zapisane.
support-added = „{ $name }” jest teraz na liście.
support-save-failed = Nie udało się tego zapisać. Nic się nie zmieniło.
support-changes-draft = Zmiany w „{ $name }”
support-new-draft = Nowa usługa w części „Pomoc”
support-save-changes-hint = proszę nacisnąć „Zapisz zmiany”, aby go zachować
support-add-hint = proszę nacisnąć „Dodaj do mojej listy”, aby go zachować

## Where a service helps

support-region-gb = Całe Zjednoczone Królestwo
support-region-eng = Anglia
support-region-eaw = Anglia i Walia
support-region-wls = Walia
support-region-sct = Szkocja
support-region-nir = Irlandia Północna
support-region-none = Bez jednego miejsca (online lub gdzie indziej)
