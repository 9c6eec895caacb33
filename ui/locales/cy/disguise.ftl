# The disguises: an ordinary calculator and an ordinary notes pad. Only the words any calculator
# or notes app in this language would use; never a word about what the app is.

## The calculator.
disguise-calculator = Cyfrifiannell
disguise-keypad = Bysellbad
# The keys' names, as a screen reader says them.
disguise-key-clear = clirio
disguise-key-backspace = dileu'n ôl
disguise-key-percent = y cant
disguise-key-divide = rhannu
disguise-key-multiply = lluosi
disguise-key-minus = minws
disguise-key-plus = plws
disguise-key-change-sign = newid arwydd
disguise-key-decimal-point = pwynt degol
disguise-key-equals = hafal
# What the display shows when it cannot go on, as a calculator's does (short: it fills the display).
disguise-error = Gwall
disguise-divide-by-zero = Methu rhannu â sero
disguise-overflow = Gorlif

## The notes pad.
disguise-notes = Nodiadau
