## What a new vault starts with, in the language in use while the person has not changed it:
## the built-in checklists (crates/store/src/checklists.rs) and the support directory's
## services (crates/store/src/directory.rs). Names of organisations stay as they are.

builtin-checklist-changing-routines = Zmiana codziennych nawyków
builtin-checklist-changing-routines-01 = Zmieniać trasy do miejsc, w których regularnie bywam
builtin-checklist-changing-routines-02 = Wychodzić i docierać na miejsce o różnych porach
builtin-checklist-changing-routines-03 = Gdy to możliwe, podróżować z kimś innym
builtin-checklist-changing-routines-04 = Udostępniać zaufanej osobie swoją trasę lub przewidywaną godzinę dotarcia
builtin-checklist-changing-routines-05 = Nie publikować, gdzie jestem lub gdzie będę, ani zdjęć, które to pokazują
builtin-checklist-changing-routines-06 = Poprosić przyjaciół i rodzinę o niepublikowanie mojej lokalizacji ani zdjęć ze mną
builtin-checklist-changing-routines-07 = Powiedzieć komuś w pracy lub w szkole, co się dzieje, i uzgodnić plan
builtin-checklist-changing-routines-08 = Poprosić o anonimowy wpis do rejestru wyborców
builtin-checklist-changing-routines-09 = Przekierować pocztę lub korzystać ze skrytki pocztowej (PO box)
builtin-checklist-changing-routines-10 = Od czasu do czasu korzystać z innych sklepów, siłowni lub kawiarni
builtin-checklist-changing-routines-11 = Mieć telefon naładowany i zawsze przy sobie

builtin-checklist-devices-and-accounts = Urządzenia i konta
builtin-checklist-devices-and-accounts-warning = Zmiana ustawień lub haseł może zaalarmować drugą osobę, że podejmowane są jakieś kroki, a dla niektórych osób to zwiększa zagrożenie. W razie wątpliwości najlepiej najpierw porozmawiać z organizacją wsparcia i wprowadzać zmiany na urządzeniu, do którego ta osoba nigdy nie miała dostępu.
builtin-checklist-devices-and-accounts-01 = Sprawdzić Find My / Find My Device i to, kto widzi moją lokalizację
builtin-checklist-devices-and-accounts-02 = Sprawdzić udostępnianie lokalizacji w mapach, komunikatorach i aplikacjach społecznościowych
builtin-checklist-devices-and-accounts-03 = Sprawdzić, które urządzenia są zalogowane na moich kontach
builtin-checklist-devices-and-accounts-04 = Spisać konta, które są wspólne albo do których ta osoba może znać hasło
builtin-checklist-devices-and-accounts-05 = Sprawdzić torbę, płaszcz i samochód, czy nie ma w nich lokalizatorów (AirTag, Tile, SmartTag)
builtin-checklist-devices-and-accounts-06 = Sprawdzić, czy na moim telefonie nie ma nieznanych aplikacji, profili lub zarządzania urządzeniem
builtin-checklist-devices-and-accounts-07 = Zmienić hasła na bezpiecznym urządzeniu, zaczynając od poczty e-mail
builtin-checklist-devices-and-accounts-08 = Włączyć weryfikację dwuetapową dla poczty e-mail, bankowości i mediów społecznościowych
builtin-checklist-devices-and-accounts-09 = Sprawdzić reguły przekazywania poczty e-mail i numery telefonów do odzyskiwania konta
builtin-checklist-devices-and-accounts-10 = Sprawdzić urządzenia inteligentnego domu, dzwonki do drzwi i kamery, do których ta osoba może mieć dostęp
builtin-checklist-devices-and-accounts-11 = Sprawdzić aplikację samochodu i połączone z nią usługi

builtin-service-gb-999-name = Służby ratunkowe
builtin-service-gb-999-description = Policja, pogotowie ratunkowe lub straż pożarna, gdy ktoś jest teraz w niebezpieczeństwie.
builtin-service-gb-999-hours = 24 godziny na dobę
builtin-service-gb-silent-solution-name = Silent Solution (Ciche Rozwiązanie)
builtin-service-gb-silent-solution-description = Jeśli nie można mówić: należy zadzwonić pod 999 z telefonu komórkowego, posłuchać, a gdy operator poprosi, nacisnąć 55. Operator będzie wiedzieć, że to prawdziwy nagły wypadek.
builtin-service-gb-silent-solution-hours = 24 godziny na dobę
builtin-service-gb-101-name = Policja (sprawy niepilne)
builtin-service-gb-101-description = Aby zgłosić coś, co już się wydarzyło, lub poprosić o radę, gdy nikomu nie grozi bezpośrednie niebezpieczeństwo.
builtin-service-gb-101-hours = 24 godziny na dobę
builtin-service-gb-national-stalking-helpline-name = National Stalking Helpline (krajowa infolinia ds. nękania)
builtin-service-gb-national-stalking-helpline-description = Porady i wsparcie dla każdej osoby dotkniętej uporczywym nękaniem (stalkingiem).
builtin-service-gb-national-stalking-helpline-hours = Pon., wt., czw., pt. 09:30–16:00; śr. 13:00–16:00
builtin-service-gb-refuge-name = National Domestic Abuse Helpline (krajowa infolinia ds. przemocy domowej, Refuge)
builtin-service-gb-refuge-description = Bezpłatne, poufne wsparcie dla każdej osoby doświadczającej przemocy domowej, w tym pomoc w znalezieniu bezpiecznego schronienia (refuge).
builtin-service-gb-refuge-hours = 24 godziny na dobę
builtin-service-gb-crimestoppers-name = Crimestoppers
builtin-service-gb-crimestoppers-description = Anonimowe przekazywanie informacji o przestępstwach.
builtin-service-gb-crimestoppers-hours = 24 godziny na dobę
builtin-service-gb-paladin-name = Paladin National Stalking Advocacy Service (krajowa służba wsparcia osób nękanych)
builtin-service-gb-paladin-description = Specjalistyczne wsparcie rzeczników ds. stalkingu dla osób w wysokim zagrożeniu, także w kontaktach z policją i sądami.
builtin-service-gb-paladin-hours = W dni robocze
builtin-service-gb-wls-live-fear-free-name = Live Fear Free helpline (infolinia „Żyj bez strachu”)
builtin-service-gb-wls-live-fear-free-description = Bezpłatna, poufna pomoc po walijsku lub po angielsku dla każdej osoby w Walii, która doświadcza przemocy domowej, przemocy seksualnej lub stalkingu. Można też wysłać SMS pod numer 07860 077 333.
builtin-service-gb-wls-live-fear-free-hours = 24 godziny na dobę
builtin-service-gb-sct-domestic-abuse-helpline-name = Scotland's Domestic Abuse and Forced Marriage Helpline (szkocka infolinia ds. przemocy domowej i małżeństw przymusowych)
builtin-service-gb-sct-domestic-abuse-helpline-description = Bezpłatne, poufne wsparcie dla każdej osoby w Szkocji dotkniętej przemocą domową lub małżeństwem przymusowym.
builtin-service-gb-sct-domestic-abuse-helpline-hours = 24 godziny na dobę
builtin-service-gb-nir-domestic-sexual-abuse-helpline-name = Domestic and Sexual Abuse Helpline (infolinia ds. przemocy domowej i seksualnej)
builtin-service-gb-nir-domestic-sexual-abuse-helpline-description = Bezpłatne, poufne wsparcie dla każdej osoby w Irlandii Północnej dotkniętej przemocą domową lub seksualną.
builtin-service-gb-nir-domestic-sexual-abuse-helpline-hours = 24 godziny na dobę
builtin-service-gb-mens-advice-line-name = Men's Advice Line (infolinia porad dla mężczyzn, Respect)
builtin-service-gb-mens-advice-line-description = Poufne wsparcie dla mężczyzn doświadczających przemocy domowej.
builtin-service-gb-mens-advice-line-hours = W dni robocze
builtin-service-gb-galop-name = Galop National LGBT+ Domestic Abuse Helpline (krajowa infolinia ds. przemocy domowej wobec osób LGBT+)
builtin-service-gb-galop-description = Wsparcie dla osób LGBT+ doświadczających przemocy domowej, także ze strony członków rodziny.
builtin-service-gb-galop-hours = W dni robocze
