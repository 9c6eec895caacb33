# The size of text in the open app (Settings, and Ctrl with Plus or Minus).

text-size-title = Maint y testun
text-size-hint = Maint y testun a phopeth ar y sgrin. Mae'n newid ar unwaith, ac yn cael ei gadw. Gallwch hefyd ddal Ctrl a phwyso + neu − i'w newid, neu Ctrl a 0 i gael y maint arferol. Pan fydd yr ap yn cuddio, mae bob amser yn edrych y maint arferol.
# $size (Number) - the text size in per cent, e.g. 150.
text-size-choice = { $size }%
text-size-choice-usual = { $size }% (arferol)
text-size-failed = Doedd dim modd newid maint y testun ar hyn o bryd. Rhowch gynnig arall arni.

## Said to screen readers when the size changes.
text-size-said = Maint y testun { $size }%.
text-size-said-usual = Maint y testun { $size }%, y maint arferol.
text-size-said-largest = Maint y testun { $size }%, y mwyaf.
text-size-said-failed = Doedd dim modd newid maint y testun ar hyn o bryd.
