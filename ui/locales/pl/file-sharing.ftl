# Files shown to the advocate with an incident entry (screens/file-sharing.ts,
# screens/file-sharing-logic.ts).

## The person's side: on an opened entry

# $who is "several" when the incident log is shared with more than one person (a ticked file
# goes to each of them), anything else when with one.
file-sharing-hint = { $who ->
    [several] Osoby, którym udostępniasz dziennik zdarzeń, widzą ten wpis. Jego pliki zostają na tym komputerze, chyba że zostaną zaznaczone poniżej, a zaznaczony plik jest pokazywany każdej z tych osób. Odznaczenie pliku cofa jego pokazanie: plik zostanie usunięty z kopii tych osób, gdy ich aplikacje następnym razem odbiorą zmiany.
   *[other] Osoba wspierająca widzi ten wpis. Jego pliki zostają na tym komputerze, chyba że zostaną zaznaczone poniżej. Odznaczenie pliku cofa jego pokazanie: plik zostanie usunięty z kopii osoby wspierającej, gdy jej aplikacja następnym razem odbierze zmiany.
    }
file-sharing-show = { $who ->
    [several] Pokaż osobom, którym udostępniam
   *[other] Pokaż osobie wspierającej
    }
# Stands for a file whose name cannot be found, at the start of a sentence ($name below).
file-sharing-the-file = Plik
# $name: the file's name.
file-sharing-just-sent = { $who ->
    [several] { $name } został wysłany. Każda z tych osób otrzyma go, gdy jej aplikacja następnym razem się połączy.
   *[other] { $name } został wysłany. Osoba wspierająca otrzyma go, gdy jej aplikacja następnym razem się połączy.
    }
file-sharing-will-show = { $who ->
    [several] { $name } zostanie pokazany wszystkim osobom, którym udostępniasz dziennik zdarzeń.
   *[other] { $name } zostanie pokazany osobie wspierającej.
    }
file-sharing-taken-back = { $who ->
    [several] { $name } został wycofany. Zostanie usunięty z kopii tych osób, gdy ich aplikacje następnym razem odbiorą zmiany.
   *[other] { $name } został wycofany. Zostanie usunięty z kopii osoby wspierającej, gdy jej aplikacja następnym razem odbierze zmiany.
    }
file-sharing-change-failed = Nie udało się teraz tego zmienić. Nic nie zostało wysłane.

## How far a chosen file has gone (under its tick)

file-sharing-sent = { $who ->
    [several] Wysłano. Każda z tych osób otrzyma plik, gdy jej aplikacja następnym razem się połączy.
   *[other] Wysłano. Osoba wspierająca otrzyma plik, gdy jej aplikacja następnym razem się połączy.
    }
# With the incident log shared with several people, the file has gone to some of them.
# $reached: to how many; $seeing: how many see the log.
file-sharing-sent-some = Wysłano do { $reached } z { $seeing } osób, którym udostępniasz dziennik zdarzeń. Do pozostałych plik trafi przy wysyłaniu i odbieraniu z każdą z nich (w sekcji Udostępnianie wybierz osobę, a potem „Wyślij i odbierz teraz”) albo podczas wspólnej pracy.
file-sharing-not-sent = Jeszcze nie wysłano. Plik zostanie wysłany przy następnym wysyłaniu i odbieraniu w tej aplikacji albo podczas wspólnej pracy.
# $sent: how many parts have gone; $count: how many parts there are.
file-sharing-parts-sent = Wysłano { $sent } z { $count } części. Reszta zostanie wysłana przy następnym wysyłaniu i odbieraniu w tej aplikacji albo podczas wspólnej pracy.

## The advocate's side: under a file the person shows
# „Wyślij i odbierz teraz” is the button on the Sharing screen (sharing-sync).

file-sharing-arriving = W drodze: jeszcze go tu nie ma. Dotrze, gdy aplikacja tej osoby go wyśle („Wyślij i odbierz teraz” w sekcji Udostępnianie pobiera to, co już dotarło).
# $here: how many parts have arrived; $count: how many parts there are.
file-sharing-arriving-parts = W drodze: dotarło { $here } z { $count } części. Reszta dotrze, gdy aplikacja tej osoby ją wyśle („Wyślij i odbierz teraz” w sekcji Udostępnianie pobiera to, co już dotarło).
file-sharing-not-shown-here = Tego rodzaju pliku nie można otworzyć w tej aplikacji. Widoczne są jego nazwa, rozmiar i SHA-256.
