# The disguises: an ordinary calculator and an ordinary notes pad. Only the words any calculator
# or notes app in this language would use; never a word about what the app is.

## The calculator.
disguise-calculator = Calculator
disguise-keypad = Keypad
# The keys' names, as a screen reader says them.
disguise-key-clear = clear
disguise-key-backspace = backspace
disguise-key-percent = percent
disguise-key-divide = divide
disguise-key-multiply = multiply
disguise-key-minus = minus
disguise-key-plus = plus
disguise-key-change-sign = change sign
disguise-key-decimal-point = decimal point
disguise-key-equals = equals
# What the display shows when it cannot go on, as a calculator's does (short: it fills the display).
disguise-error = Error
disguise-divide-by-zero = Cannot divide by zero
disguise-overflow = Overflow

## The notes pad.
disguise-notes = Notes
