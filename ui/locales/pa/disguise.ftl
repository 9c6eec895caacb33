# The disguises: an ordinary calculator and an ordinary notes pad. Only the words any calculator
# or notes app in this language would use; never a word about what the app is.

## The calculator.
disguise-calculator = ਕੈਲਕੁਲੇਟਰ
disguise-keypad = ਕੀਪੈਡ
# The keys' names, as a screen reader says them.
disguise-key-clear = ਸਾਫ਼ ਕਰੋ
disguise-key-backspace = ਬੈਕਸਪੇਸ
disguise-key-percent = ਪ੍ਰਤੀਸ਼ਤ
disguise-key-divide = ਭਾਗ
disguise-key-multiply = ਗੁਣਾ
disguise-key-minus = ਘਟਾਓ
disguise-key-plus = ਜੋੜੋ
disguise-key-change-sign = ਚਿੰਨ੍ਹ ਬਦਲੋ
disguise-key-decimal-point = ਦਸ਼ਮਲਵ
disguise-key-equals = ਬਰਾਬਰ
# What the display shows when it cannot go on, as a calculator's does (short: it fills the display).
disguise-error = ਗ਼ਲਤੀ
disguise-divide-by-zero = ਜ਼ੀਰੋ ਨਾਲ ਭਾਗ ਨਹੀਂ ਹੋ ਸਕਦਾ
disguise-overflow = ਓਵਰਫ਼ਲੋ

## The notes pad.
disguise-notes = ਨੋਟਸ
