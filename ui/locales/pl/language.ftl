## Wybór języka aplikacji (konfiguracja i Ustawienia)
language-not-loaded = Nie udało się teraz wczytać tego języka. Aplikacja pozostaje bez zmian. Spróbuj ponownie.
language-not-kept = Nie udało się teraz zapisać tego języka. Aplikacja pozostaje bez zmian. Spróbuj ponownie.
