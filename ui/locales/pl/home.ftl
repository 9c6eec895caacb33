# The open app: the header, its row of sections and the notes under it.

home-title = Twoja przestrzeń
home-quick-exit = Szybkie wyjście
home-quick-exit-label = Szybkie wyjście: ukryj i zablokuj teraz
home-skip-link = Przejdź do ekranu

## The row of sections.
home-nav-label = Sekcje
home-nav-plan = Plan bezpieczeństwa
home-nav-checklists = Listy kontrolne
home-nav-incidents = Dziennik zdarzeń
home-nav-people = Osoby i nakazy
home-nav-risk = Obraz ryzyka
home-nav-evidence = Raport
home-nav-contacts = Zaufane kontakty
home-nav-support = Uzyskaj pomoc
home-nav-search = Szukaj
home-nav-sharing = Udostępnianie
home-nav-settings = Ustawienia

## Notes said once after unlock.
home-open-settings = Otwórz Ustawienia
home-open-people-orders = Otwórz Osoby i nakazy
