# The disguises: an ordinary calculator and an ordinary notes pad. Only the words any calculator
# or notes app in this language would use; never a word about what the app is.

## The calculator.
disguise-calculator = کیلکولیٹر
disguise-keypad = کی پیڈ
# The keys' names, as a screen reader says them.
disguise-key-clear = صاف کریں
disguise-key-backspace = بیک اسپیس
disguise-key-percent = فیصد
disguise-key-divide = تقسیم
disguise-key-multiply = ضرب
disguise-key-minus = منفی
disguise-key-plus = جمع
disguise-key-change-sign = علامت بدلیں
disguise-key-decimal-point = اعشاریہ
disguise-key-equals = برابر
# What the display shows when it cannot go on, as a calculator's does (short: it fills the display).
disguise-error = خرابی
disguise-divide-by-zero = صفر سے تقسیم نہیں ہو سکتا
disguise-overflow = حد سے تجاوز

## The notes pad.
disguise-notes = نوٹس
