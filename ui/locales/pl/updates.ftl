## Aktualizacje, w Ustawieniach.

updates-title = Aktualizacje
updates-about = Ta aplikacja nigdy sama nie szuka aktualizacji. Przy sprawdzaniu przyjmuje tylko aktualizację podpisaną przez jej twórców.
updates-running = To jest wersja { $version }.
updates-cannot-check = Ta kopia została zbudowana bez klucza podpisu twórców, więc nie może bezpiecznie sprawdzać aktualizacji. Aktualizacje trzeba pobierać tak samo, jak zdobyto tę aplikację.
updates-address-label = Adres do sprawdzenia
updates-address-hint = Własny adres twórców, zaczynający się od https://. Sprawdzenie łączy się z nim jeden raz i nie wysyła nic o Tobie ani o tym, co jest tu przechowywane, ale jego właściciel oraz ten, kto zarządza siecią, z której korzystasz (na przykład Wi-Fi), mogą zobaczyć jego nazwę i to, że ten komputer o coś zapytał. Dlatego użyj zwykłego adresu, a nie adresu usługi wsparcia.
updates-check = Sprawdź aktualizacje
updates-checking = Sprawdzanie…
updates-check-failed = Nie udało się sprawdzić. Nic nie zostało zmienione.
updates-up-to-date = Nie znaleziono nowszej wersji. To jest wersja { $version }.
updates-available = Dostępna jest wersja { $version } (opublikowana { $published }). Jest podpisana przez twórców tej aplikacji. Pobierz ją, a potem zainstaluj tak samo, jak tę wersję.
updates-file = Plik: { $name }
updates-download = Pobierz…
updates-downloading = Pobieranie…
updates-saved = Zapisano { $name }. Plik został sprawdzony z podpisem twórców i jest autentyczny. Zainstaluj go tak samo, jak tę aplikację.
updates-not-saved = Nic nie zostało zapisane. Wersja { $version } będzie nadal dostępna, kiedy tylko zechcesz.
updates-download-failed = Nie udało się pobrać aktualizacji. Nic nie zostało zapisane.
updates-load-failed = Nie udało się wczytać ustawień aktualizacji.
