# Working together live (screens/live-logic.ts): the connection, whether the other side is here,
# and what a save did when both changed something.
# $role is "advocate" on an advocate's app (in an open case), anything else on the person's own.

## The connection, under "Working together"

live-connecting = Łączenie…
live-on = Wspólna praca trwa. Zmiany trafiają na drugą stronę w chwili zapisania.
live-offline = Nie można teraz połączyć się z usługą udostępniania. Kolejna próba nastąpi automatycznie.
live-clock-wrong = Usługa udostępniania odrzuca ten komputer, bo zegary się nie zgadzają. Proszę sprawdzić datę i godzinę w ustawieniach komputera; wspólna praca wznowi się automatycznie.
live-refused = Usługa udostępniania nie przyjmuje teraz tego komputera. Kolejna próba co pół minuty.

## Shown instead of "Send and receive now" while working together

live-sync-note = Wspólna praca: zmiany trafiają na drugą stronę w chwili zapisania.
live-sync-note-offline = Wspólna praca, ale bez połączenia: to, co zostanie zapisane, jest przechowywane tutaj i trafi na drugą stronę po połączeniu.

## Whether the other side is here

live-presence-away = { $role ->
    [advocate] Osoby, którą wspierasz, nie ma teraz tutaj.
   *[other] Osoby wspierającej nie ma teraz tutaj.
    }
live-presence-away-named = Osoby: { $name } nie ma teraz tutaj.
live-presence-here = { $role ->
    [advocate] Osoba, którą wspierasz, jest tutaj.
   *[other] Osoba wspierająca jest tutaj.
    }
live-presence-here-named = { $name } jest tutaj.
# $title: the title of what they are looking at (a plan section, a contact, a checklist).
live-presence-looking = { $role ->
    [advocate] Osoba, którą wspierasz, jest tutaj i ogląda: { $title }.
   *[other] Osoba wspierająca jest tutaj i ogląda: { $title }.
    }
live-presence-looking-named = { $name } jest tutaj i ogląda: { $title }.
# The small badge on the plan section the other side is looking at.
live-badge = { $role ->
    [advocate] Osoba, którą wspierasz, jest tutaj
   *[other] Osoba wspierająca jest tutaj
    }
live-badge-named = { $name } jest tutaj

## The header's quiet indicator

live-indicator = Wspólna praca
live-indicator-offline = Wspólna praca · brak połączenia
live-indicator-here = { $role ->
    [advocate] Wspólna praca · ta osoba jest tutaj
   *[other] Wspólna praca · osoba wspierająca jest tutaj
    }
live-indicator-here-named = Wspólna praca · { $name } jest tutaj

## When both changed something
# $role is "several" when the person shares with several people and works together with none of
# them just now (the change may have come from any of them).

# $what: what was changed, e.g. "these notes" or "this contact" (given by the screen, already in words).
live-changed-while-typing = { $role ->
    [advocate] Osoba, którą wspierasz, zmieniła { $what }. Zapisz swoją wersję, aby zobaczyć obie razem.
    [several] Jedna z osób, którym to udostępniasz, zmieniła { $what }. Zapisz swoją wersję, aby zobaczyć obie razem.
   *[other] Osoba wspierająca zmieniła { $what }. Zapisz swoją wersję, aby zobaczyć obie razem.
    }
live-changed-while-typing-named = Osoba: { $name } zmieniła { $what }. Zapisz swoją wersję, aby zobaczyć obie razem.
live-removed-while-editing = { $role ->
    [advocate] Osoba, którą wspierasz, usunęła ten kontakt. Wpisany tekst nadal tu jest, ale nie można go już zapisać w tym kontakcie.
    [several] Jedna z osób, którym udostępniasz ten kontakt, usunęła go. Wpisany tekst nadal tu jest, ale nie można go już zapisać w tym kontakcie.
   *[other] Osoba wspierająca usunęła ten kontakt. Wpisany tekst nadal tu jest, ale nie można go już zapisać w tym kontakcie.
    }
live-removed-while-editing-named = Osoba: { $name } usunęła ten kontakt. Wpisany tekst nadal tu jest, ale nie można go już zapisać w tym kontakcie.
live-notes-saved = Notatki zapisane.
live-notes-saved-merged = { $role ->
    [advocate] Notatki zapisane, razem ze zmianami tej osoby.
    [several] Notatki zapisane, razem ze zmianami jednej z osób, którym je udostępniasz.
   *[other] Notatki zapisane, razem ze zmianami osoby wspierającej.
    }
live-notes-saved-merged-named = Notatki zapisane, razem ze zmianami osoby: { $name }.
live-notes-saved-both = { $role ->
    [advocate] Notatki zapisane. Te same wiersze zostały zmienione po obu stronach (przez Ciebie i przez osobę, którą wspierasz), więc zachowano obie wersje, najpierw Twoją. Proszę je przejrzeć.
    [several] Notatki zapisane. Te same wiersze zostały zmienione po obu stronach (przez Ciebie i przez jedną z osób, którym je udostępniasz), więc zachowano obie wersje, najpierw Twoją. Proszę je przejrzeć.
   *[other] Notatki zapisane. Te same wiersze zostały zmienione po obu stronach (przez Ciebie i przez osobę wspierającą), więc zachowano obie wersje, najpierw Twoją. Proszę je przejrzeć.
    }
live-notes-saved-both-named = Notatki zapisane. Te same wiersze zostały zmienione po obu stronach (przez Ciebie i przez osobę: { $name }), więc zachowano obie wersje, najpierw Twoją. Proszę je przejrzeć.
live-contact-saved = Zmiany zapisane.
live-contact-saved-both = { $role ->
    [advocate] Zmiany zapisane. Te same dane zostały zmienione po obu stronach (przez Ciebie i przez osobę, którą wspierasz), więc zachowano obie wersje, najpierw Twoją. Proszę je przejrzeć.
    [several] Zmiany zapisane. Te same dane zostały zmienione po obu stronach (przez Ciebie i przez jedną z osób, którym udostępniasz ten kontakt), więc zachowano obie wersje, najpierw Twoją. Proszę je przejrzeć.
   *[other] Zmiany zapisane. Te same dane zostały zmienione po obu stronach (przez Ciebie i przez osobę wspierającą), więc zachowano obie wersje, najpierw Twoją. Proszę je przejrzeć.
    }
live-contact-saved-both-named = Zmiany zapisane. Te same dane zostały zmienione po obu stronach (przez Ciebie i przez osobę: { $name }), więc zachowano obie wersje, najpierw Twoją. Proszę je przejrzeć.
