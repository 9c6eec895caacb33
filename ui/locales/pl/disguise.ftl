# The disguises: an ordinary calculator and an ordinary notes pad. Only the words any calculator
# or notes app in this language would use; never a word about what the app is.

## The calculator.
disguise-calculator = Kalkulator
disguise-keypad = Klawiatura
# The keys' names, as a screen reader says them.
disguise-key-clear = wyczyść
disguise-key-backspace = cofnij
disguise-key-percent = procent
disguise-key-divide = dzielenie
disguise-key-multiply = mnożenie
disguise-key-minus = minus
disguise-key-plus = plus
disguise-key-change-sign = zmień znak
disguise-key-decimal-point = separator dziesiętny
disguise-key-equals = równa się
# What the display shows when it cannot go on, as a calculator's does (short: it fills the display).
disguise-error = Błąd
disguise-divide-by-zero = Nie można dzielić przez zero
disguise-overflow = Przepełnienie

## The notes pad.
disguise-notes = Notatki
