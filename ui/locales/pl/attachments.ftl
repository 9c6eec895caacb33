## Attached files (attachments.ts, attachment-format.ts)

# Between the files of a version ("a.jpg (…), b.png (…)").
attachments-list-separator = { ", " }

## Sizes ($count and $size are numbers; 1 KB = 1024 bytes)
attachments-size-unknown = nieznany rozmiar
attachments-size-bytes =
    { $count ->
        [one] { $count } bajt
        [few] { $count } bajty
        [many] { $count } bajtów
       *[other] { $count } bajta
    }
attachments-size-kb = { $size } KB
attachments-size-mb = { $size } MB
attachments-size-gb = { $size } GB

## Adding files to an entry
attachments-add = Dodaj zdjęcia lub pliki
attachments-hint = Plik jest kopiowany do tej aplikacji i zamykany razem z resztą danych. Oryginał zostaje tam, gdzie był — warto rozważyć usunięcie go z komputera lub telefonu, z którego pochodzi.
attachments-hint-revising = Plik usunięty z tej listy pozostaje we wcześniejszych wersjach.
attachments-list-label = Pliki załączone do tego wpisu
attachments-earlier-file = Plik załączony wcześniej
attachments-remove = Usuń
attachments-remove-label = Usuń: { $name }
attachments-removed = Usunięto z tego wpisu: { $name }.
attachments-loading = Wczytywanie szczegółów…
attachments-details-failed-still-attached = Nie udało się wczytać szczegółów, ale plik nadal jest załączony.
attachments-details-failed-all = Nie udało się wczytać szczegółów już załączonych plików. Nadal są załączone i zostaną zachowane.
attachments-adding = Dodawanie: { $name }…
attachments-adding-one-of = Dodawanie { $number } z { $total }: { $name }…
# $problem: attachments-too-large, attachments-add-failed, or the vault's own words.
attachments-file-problem = { $name }: { $problem }
attachments-too-large = Plik jest za duży. Pliki mogą mieć najwyżej { $size } MB.
attachments-add-failed = nie udało się go dodać. Spróbuj ponownie.
attachments-already = Plik { $name } jest już załączony, więc nie został dodany drugi raz.
attachments-added-one = Dodano: { $name }.
# $count is 2 or more.
attachments-added-many = Dodano pliki: { $count }.

## An entry's files
attachments-view-label = Załączone pliki
attachments-a-file = Plik
attachments-details-failed-now = Nie udało się teraz wczytać szczegółów.
attachments-show = Pokaż
attachments-show-label = Pokaż: { $name }
attachments-hide = Ukryj
attachments-hide-label = Ukryj: { $name }
attachments-picture-failed = Nie można tu wyświetlić tego obrazu. Sam plik jest bezpiecznie przechowywany.
attachments-full-hash = Pełny SHA-256
# Before the files of one version in the history.
attachments-version-files =
    { $count ->
        [one] Plik:
       *[other] Pliki:
    }
attachments-version-file-unknown = plik, którego szczegółów nie udało się wczytać
