# The size of text in the open app (Settings, and Ctrl with Plus or Minus).

text-size-title = حجم النص
text-size-hint = حجم النص وكل ما على الشاشة. يتغير فورًا ويُحفظ. يمكن أيضًا تغييره بالضغط مع الاستمرار على Ctrl ثم الضغط على + أو −، أو على Ctrl مع 0 للعودة إلى الحجم المعتاد. عند إخفاء التطبيق، يظهر دائمًا بالحجم المعتاد.
# $size (Number) - the text size in per cent, e.g. 150.
text-size-choice = { $size }%
text-size-choice-usual = { $size }% (المعتاد)
text-size-failed = تعذّر تغيير حجم النص الآن. يُرجى المحاولة مرة أخرى.

## Said to screen readers when the size changes.
text-size-said = حجم النص { $size }%.
text-size-said-usual = حجم النص { $size }%، الحجم المعتاد.
text-size-said-largest = حجم النص { $size }%، الحجم الأكبر.
text-size-said-failed = تعذّر تغيير حجم النص الآن.
