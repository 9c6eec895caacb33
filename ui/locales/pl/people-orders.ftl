# Osoba wyrządzająca krzywdę oraz nakazy i warunki, które ją obowiązują.

## Rodzaje nakazów (nazwy brytyjskie, z nazwą angielską w nawiasie)

people-orders-kind-stalking-protection = Nakaz ochrony przed stalkingiem (Stalking Protection Order)
people-orders-kind-non-molestation = Zakaz nękania (non-molestation order)
people-orders-kind-restraining = Zakaz zbliżania się (restraining order)
people-orders-kind-occupation = Nakaz dotyczący zajmowania domu (occupation order)
people-orders-kind-domestic-abuse-protection = Nakaz ochrony przed przemocą domową (Domestic Abuse Protection Order)
people-orders-kind-domestic-violence-protection = Nakaz ochrony przed przemocą w rodzinie (Domestic Violence Protection Order)
people-orders-kind-bail = Warunki zwolnienia z aresztu (bail conditions)
people-orders-kind-other = Inny nakaz lub warunek
people-orders-title-with-reference = { $kind }, { $reference }

## Przypomnienia

people-orders-reminder-soon = { $title }: kończy się za { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    }, { $date }. Jeśli ma obowiązywać dłużej, już teraz porozmawiaj { $who ->
        [officer] z osobą wspierającą lub z policjantem prowadzącym Twoją sprawę
       *[other] z osobą wspierającą lub z prawnikiem
    }.
people-orders-reminder-tomorrow = { $title }: kończy się jutro, { $date }. Jeśli ma obowiązywać dłużej, porozmawiaj jeszcze dziś { $who ->
        [officer] z osobą wspierającą lub z policjantem prowadzącym Twoją sprawę
       *[other] z osobą wspierającą lub z prawnikiem
    }.
people-orders-reminder-today = { $title }: kończy się dzisiaj, { $date }.
people-orders-reminder-ended = { $title }: obowiązywanie zakończyło się { $date }. Jeśli nastąpiło przedłużenie, zmień datę zakończenia, a przypomnienie zniknie.

## Ekran

people-orders-heading = Osoby i nakazy
people-orders-lead = Kto wyrządza krzywdę oraz nakazy lub warunki, które obowiązują tę osobę. Wpisy w dzienniku mogą wtedy wskazać, kto to był i który warunek został złamany. Nic z tego nie opuszcza tego komputera, chyba że zaznaczysz to do raportu.
people-orders-people-heading = Kto to jest
people-orders-orders-heading = Nakazy i warunki
people-orders-load-failed = Nie udało się teraz tego wczytać. Spróbuj ponownie.
people-orders-not-listed = Nie ma na liście

## Przyciski na karcie i usuwanie

people-orders-change = Zmień
people-orders-change-label = Zmień: { $name }
people-orders-remove = Usuń
people-orders-remove-label = Usuń: { $name }
people-orders-remove-yes = Tak, usuń
people-orders-remove-keep = Zostaw
people-orders-remove-failed = Nie udało się teraz tego usunąć.
people-orders-removed = Usunięto: { $name }.
people-orders-person-remove-question = Usunąć: { $name }? Wpisy, które wskazują tę osobę, zachowają imię, z którym zostały zapisane.
people-orders-person-remove-orders = { $count ->
        [one] Wobec tej osoby zapisano jeden nakaz: pozostanie, ale bez jej imienia.
        [few] Wobec tej osoby zapisano { $count } nakazy: pozostaną, ale bez jej imienia.
        [many] Wobec tej osoby zapisano { $count } nakazów: pozostaną, ale bez jej imienia.
       *[other] Wobec tej osoby zapisano { $count } nakazu: pozostaną, ale bez jej imienia.
    }
people-orders-order-remove-question = Usunąć: { $title }?

## Karta osoby

people-orders-fact-aliases = Inne imiona i nazwy
people-orders-fact-relationship = Skąd znasz tę osobę
people-orders-fact-description = Wygląd
people-orders-fact-vehicles = Pojazdy
people-orders-fact-addresses = Adresy
people-orders-fact-workplaces = Miejsca pracy
people-orders-fact-social-media = Media społecznościowe
people-orders-photo-label = Zdjęcie:

## Dodawanie lub zmiana osoby

people-orders-add-person-heading = Dodaj osobę
people-orders-field-name = Imię lub to, jak nazywasz tę osobę
people-orders-field-aliases = Inne imiona lub nazwy tej osoby (po jednym w wierszu)
people-orders-field-relationship = Skąd znasz tę osobę
people-orders-field-relationship-hint = Na przykład: były partner lub była partnerka, sąsiad, ktoś, kogo nie znam
people-orders-field-description = Jak wygląda
people-orders-field-vehicles = Pojazdy i numery rejestracyjne (po jednym w wierszu)
people-orders-field-addresses = Adresy (po jednym w wierszu)
people-orders-field-workplaces = Miejsca pracy (po jednym w wierszu)
people-orders-field-social-media = Konta w mediach społecznościowych (po jednym w wierszu)
people-orders-field-photo = Zdjęcie tej osoby (opcjonalnie)
people-orders-photo-kept = Zdjęcie jest zachowane.
people-orders-photo-drop = Usuń zdjęcie
people-orders-photo-adding = Dodawanie zdjęcia…
people-orders-photo-ready-file = Zdjęcie gotowe: { $file }. Zostanie zachowane po zapisaniu.
people-orders-photo-ready = Zdjęcie jest gotowe. Zostanie zachowane po zapisaniu.
people-orders-photo-add-failed = Nie udało się dodać zdjęcia.
people-orders-photo-none = Brak zdjęcia.
people-orders-name-missing = Podaj imię lub to, jak nazywasz tę osobę (na przykład „mężczyzna w niebieskim vanie”).
people-orders-add-person = Dodaj tę osobę

## Zapisywanie formularza

people-orders-save-changes = Zapisz zmiany
people-orders-cancel = Anuluj
people-orders-changes-saved = Zmiany zapisane.
people-orders-added = Dodano: { $name }.
people-orders-save-failed = Nie udało się tego zapisać. Nic nie zostało utracone; spróbuj ponownie.

## Wersje robocze (podpowiedzi kończą zdanie „To nie jest jeszcze zapisane: …”)

people-orders-draft-changes = Zmiany: { $name }
people-orders-draft-person = Osoba wyrządzająca krzywdę
people-orders-draft-order = Nakaz lub warunki
people-orders-save-hint-changes = naciśnij Zapisz zmiany, aby to zachować
people-orders-save-hint-person = naciśnij Dodaj tę osobę, aby to zachować
people-orders-save-hint-order = naciśnij Dodaj ten nakaz, aby to zachować

## Karta nakazu

people-orders-fact-against = Wobec
people-orders-fact-made-by = Kto wydał
people-orders-fact-made-on = Data wydania
people-orders-fact-ends = Koniec
people-orders-fact-note = Uwagi
people-orders-conditions-label = Warunki:
people-orders-no-conditions = Nie zapisano jeszcze żadnych warunków.

## Dodawanie lub zmiana nakazu

people-orders-add-order-label = Dodaj nakaz
people-orders-add-order-heading = Dodaj nakaz lub warunki
people-orders-field-kind = Rodzaj
people-orders-choose-kind = Wybierz rodzaj
people-orders-field-against = Wobec kogo
people-orders-field-made-by = Kto wydał (sąd lub policja)
people-orders-field-reference = Numer referencyjny
people-orders-field-made-on = Data wydania (opcjonalnie)
people-orders-field-ends-on = Data zakończenia (opcjonalnie)
people-orders-field-ends-on-hint = Przypomnienie pojawi się tutaj i przy otwieraniu aplikacji, cztery tygodnie przed końcem.
people-orders-field-note = Coś jeszcze na ten temat (opcjonalnie)
people-orders-conditions-legend = Każdy warunek w osobnym wierszu, tak jak jest sformułowany w nakazie
people-orders-condition-label = Warunek { $number }
people-orders-condition-remove-label = Usuń warunek { $number }
people-orders-condition-remove = Usuń
people-orders-condition-add = Dodaj warunek
people-orders-add-order = Dodaj ten nakaz
people-orders-kind-missing = Wybierz rodzaj nakazu lub warunku.
people-orders-date-incomplete = Ta data jest niepełna. Wpisz dzień, miesiąc i rok albo zostaw to pole puste.
people-orders-ends-before-made = Data zakończenia jest wcześniejsza niż data wydania. Sprawdź daty.
people-orders-order-empty = Podaj co najmniej numer referencyjny, wobec kogo obowiązuje, albo jeden warunek.
