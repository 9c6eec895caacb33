## What the person was writing and has not saved (drafts-list.ts)
drafts-list-title-one = Ten tekst był pisany i nie jest jeszcze zapisany
drafts-list-title-many = Te teksty były pisane i nie są jeszcze zapisane
drafts-list-untitled = Coś, co było pisane
# $time: e.g. 14:05.
drafts-list-today-at = dzisiaj o { $time }
drafts-list-carry-on = Kontynuuj
drafts-list-carry-on-label = Kontynuuj: { $label }
drafts-list-discard = Odrzuć
drafts-list-discard-label = Odrzuć: { $label }
# Said by a screen reader when a form with unsaved words is left.
drafts-list-left = { $label }: zachowano, ale jeszcze nie zapisano. Jest na liście u góry, gdzie można kontynuować lub odrzucić.
