## Kopie zapasowe, w Ustawieniach (wybór „czym zablokować” jest też używany przy konfiguracji, do przywracania).

backup-lock-with = Czym zablokować kopię zapasową
backup-locked-with = Czym zablokowano kopię zapasową
backup-with-recovery-key = Mój klucz odzyskiwania
backup-with-passphrase = Hasło do kopii zapasowej
backup-recovery-key-label = Klucz odzyskiwania
backup-recovery-key-hint-save =
    Twój klucz odzyskiwania: { $digits } { $digits ->
        [few] cyfry pokazane
       *[other] cyfr pokazanych
    } podczas konfiguracji. Spacje nie mają znaczenia.
backup-recovery-key-hint-restore = Klucz odzyskiwania, którym zablokowano kopię zapasową, tak jak został zapisany. Spacje nie mają znaczenia.
backup-passphrase-label = Hasło do kopii zapasowej
backup-passphrase-hint-save =
    Co najmniej { $characters } { $characters ->
        [one] znak
        [few] znaki
       *[other] znaków
    }, na przykład kilka słów zestawionych w sposób znany tylko Tobie. Bez niego tej kopii zapasowej nie da się otworzyć.
backup-passphrase-hint-restore = Hasło wybrane przy tworzeniu kopii zapasowej.
backup-need-recovery-key = Wpisz swój klucz odzyskiwania.
backup-need-passphrase = Wpisz hasło do kopii zapasowej.

## Tworzenie kopii zapasowej

backup-save-title = Utwórz kopię zapasową
backup-save-about = Kopia zapasowa to jeden zablokowany plik zawierający wszystko, co tu jest, łącznie z załączonymi plikami. Trzymaj go w miejscu, do którego tylko Ty masz dostęp, na przykład na pendrivie przechowywanym w bezpiecznym miejscu. Bez klucza odzyskiwania lub hasła nie da się go odczytać.
backup-save = Zapisz kopię zapasową…
backup-choose-where = Wybierz, gdzie ją zapisać…
backup-saved = Kopia zapasowa została zapisana ({ $size } MB).
backup-not-saved = Nie zapisano kopii zapasowej.
backup-save-failed = Nie udało się zapisać kopii zapasowej. Nic tutaj nie zostało zmienione.

## Przywracanie z kopii zapasowej

backup-restore-title = Przywróć z kopii zapasowej
backup-restore-about = To zastępuje wszystko, co tu jest, zawartością pliku kopii zapasowej. Najpierw sprawdzany jest cały plik: jeśli coś jest z nim nie tak, nic tutaj się nie zmieni. Kody PIN pozostaną takie same.
backup-restore-start = Przywróć z kopii zapasowej…
backup-restore-question = Zastąpić wszystko, co tu jest, kopią zapasową? Wszystko, co dodano od czasu utworzenia kopii, zostanie utracone.
backup-restore-yes = Tak, zastąp wszystko
backup-restore-no = Zachowaj to, co jest
backup-choose-file = Wybierz plik kopii zapasowej…
backup-restored = Przywrócono z kopii zapasowej.
backup-not-restored = Nic nie zostało przywrócone.
backup-restore-failed = Nic nie zostało przywrócone. Wszystko tutaj jest tak, jak było.
