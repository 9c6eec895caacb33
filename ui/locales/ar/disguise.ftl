# The disguises: an ordinary calculator and an ordinary notes pad. Only the words any calculator
# or notes app in this language would use; never a word about what the app is.

## The calculator.
disguise-calculator = الآلة الحاسبة
disguise-keypad = لوحة المفاتيح
# The keys' names, as a screen reader says them.
disguise-key-clear = مسح
disguise-key-backspace = مسح للخلف
disguise-key-percent = نسبة مئوية
disguise-key-divide = قسمة
disguise-key-multiply = ضرب
disguise-key-minus = ناقص
disguise-key-plus = زائد
disguise-key-change-sign = تغيير الإشارة
disguise-key-decimal-point = فاصلة عشرية
disguise-key-equals = يساوي
# What the display shows when it cannot go on, as a calculator's does (short: it fills the display).
disguise-error = خطأ
disguise-divide-by-zero = لا يمكن القسمة على صفر
disguise-overflow = تجاوز السعة

## The notes pad.
disguise-notes = ملاحظات
