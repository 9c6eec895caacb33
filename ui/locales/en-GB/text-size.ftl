# The size of text in the open app (Settings, and Ctrl with Plus or Minus).

text-size-title = Text size
text-size-hint = The size of text and everything on screen. Changes at once, and is kept. You can also hold Ctrl and press + or − to change it, or Ctrl and 0 for the usual size. When the app hides, it always looks the usual size.
# $size (Number) - the text size in per cent, e.g. 150.
text-size-choice = { $size }%
text-size-choice-usual = { $size }% (usual)
text-size-failed = The text size could not be changed just now. Please try again.

## Said to screen readers when the size changes.
text-size-said = Text size { $size }%.
text-size-said-usual = Text size { $size }%, the usual size.
text-size-said-largest = Text size { $size }%, the largest.
text-size-said-failed = The text size could not be changed just now.
