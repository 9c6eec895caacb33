# The app's frame: the disguise's page (main.ts), the Quick exit bar, drafts, the case banner,
# incident kinds and messages made by the page itself.

## The disguise's page (before unlock): only the tool's own words.
app-disguise-calculator = Kalkulator
app-disguise-notes = Notatki
# $code (String) - the digits that open first-run setup ("0000").
app-first-run-calculator = Pierwszy raz tutaj? Wpisz { $code }, a potem =, aby skonfigurować.
app-first-run-notes = Pierwszy raz tutaj? Wpisz { $code } w osobnym wierszu i naciśnij Enter, aby skonfigurować.

## The bar over setup and a new PIN after the recovery key.
app-quick-exit = Szybkie wyjście
app-quick-exit-label = Szybkie wyjście: ukryj teraz

## Shared bits.
app-updated-just-now = Zaktualizowano przed chwilą
app-closed = To jest zamknięte. Otwórz ponownie, aby kontynuować.
app-refused-during-switch = Otwierała się inna sprawa, więc ta zmiana nie została zapisana. Wprowadź ją ponownie.

## Incident kinds.
app-kind-following = Chodzenie za kimś
app-kind-loitering = Czekanie lub kręcenie się w pobliżu
app-kind-calls = Połączenia telefoniczne
app-kind-messages = Wiadomości lub e-maile
app-kind-social-media = Media społecznościowe
app-kind-gifts-letters = Prezenty lub listy
app-kind-damage = Zniszczenie mienia
app-kind-third-party-contact = Kontakt przez inne osoby
app-kind-tracking-account-access = Namierzanie lub wchodzenie na konta
app-kind-threats = Groźby
app-kind-order-breach = Naruszenie nakazu sądowego
app-kind-other = Coś innego

## An advocate's open case: the banner in the header.
app-case-caseload = Lista spraw
app-case-back-to-own-space = Powrót do mojej przestrzeni
app-case-close-failed = Nie udało się teraz wrócić. Spróbuj ponownie.

## Drafts: what was being written and is not saved yet.
app-draft-discarded = Odrzucono.
# $label (String) - what the draft is, e.g. "A new incident".
app-draft-discard-label = Odrzuć: { $label }
app-draft-discard-it = Odrzuć
# $hint (String) - how to keep it, e.g. "press Save notes to keep it" (app-draft-save-hint when the form gives none).
app-draft-note = Ten tekst był już wcześniej pisany. Nie jest jeszcze zapisany: { $hint }.
app-draft-save-hint = zapisz, aby go zachować
app-draft-confirm-discard = Tak, odrzuć
app-draft-keep = Zachowaj
app-draft-discard-question = Odrzucić to, co było pisane? Nie da się tego przywrócić.
