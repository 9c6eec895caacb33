# The size of text in the open app (Settings, and Ctrl with Plus or Minus).

text-size-title = Rozmiar tekstu
text-size-hint = Rozmiar tekstu i wszystkiego na ekranie. Zmienia się od razu i jest zapamiętywany. Można też przytrzymać Ctrl i nacisnąć + lub −, aby go zmienić, albo Ctrl i 0, aby wrócić do zwykłego rozmiaru. Gdy aplikacja się ukrywa, zawsze ma zwykły rozmiar.
# $size (Number) - the text size in per cent, e.g. 150.
text-size-choice = { $size }%
text-size-choice-usual = { $size }% (zwykły)
text-size-failed = Nie udało się teraz zmienić rozmiaru tekstu. Spróbuj ponownie.

## Said to screen readers when the size changes.
text-size-said = Rozmiar tekstu { $size }%.
text-size-said-usual = Rozmiar tekstu { $size }%, zwykły rozmiar.
text-size-said-largest = Rozmiar tekstu { $size }%, największy.
text-size-said-failed = Nie udało się teraz zmienić rozmiaru tekstu.
