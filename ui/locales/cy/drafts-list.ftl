## What the person was writing and has not saved (drafts-list.ts)
drafts-list-title-one = Roeddech chi'n ysgrifennu hwn, a dydy e ddim wedi'i gadw eto
drafts-list-title-many = Roeddech chi'n ysgrifennu'r rhain, a dydyn nhw ddim wedi'u cadw eto
drafts-list-untitled = Rhywbeth roeddech chi'n ei ysgrifennu
# $time: e.g. 14:05.
drafts-list-today-at = heddiw am { $time }
drafts-list-carry-on = Parhau
drafts-list-carry-on-label = Parhau: { $label }
drafts-list-discard = Gwaredu
drafts-list-discard-label = Gwaredu: { $label }
# Said by a screen reader when a form with unsaved words is left.
drafts-list-left = { $label }: wedi'i gadw fel drafft, ond heb ei gadw'n iawn eto. Mae ar y rhestr ar y brig, i barhau ag ef neu ei waredu.
