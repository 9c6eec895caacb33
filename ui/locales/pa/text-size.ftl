# The size of text in the open app (Settings, and Ctrl with Plus or Minus).

text-size-title = ਲਿਖਤ ਦਾ ਆਕਾਰ
text-size-hint = ਲਿਖਤ ਅਤੇ ਸਕ੍ਰੀਨ 'ਤੇ ਹਰ ਚੀਜ਼ ਦਾ ਆਕਾਰ। ਇਹ ਤੁਰੰਤ ਬਦਲਦਾ ਹੈ, ਅਤੇ ਯਾਦ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ। Ctrl ਦਬਾ ਕੇ ਰੱਖੋ ਅਤੇ + ਜਾਂ − ਦਬਾਓ, ਤਾਂ ਵੀ ਇਹ ਬਦਲ ਜਾਂਦਾ ਹੈ; ਆਮ ਆਕਾਰ ਲਈ Ctrl ਅਤੇ 0 ਦਬਾਓ। ਜਦੋਂ ਐਪ ਲੁਕਦੀ ਹੈ, ਤਾਂ ਇਹ ਹਮੇਸ਼ਾ ਆਮ ਆਕਾਰ ਵਿੱਚ ਦਿਸਦੀ ਹੈ।
# $size (Number) - the text size in per cent, e.g. 150.
text-size-choice = { $size }%
text-size-choice-usual = { $size }% (ਆਮ)
text-size-failed = ਲਿਖਤ ਦਾ ਆਕਾਰ ਇਸ ਵੇਲੇ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Said to screen readers when the size changes.
text-size-said = ਲਿਖਤ ਦਾ ਆਕਾਰ { $size }%।
text-size-said-usual = ਲਿਖਤ ਦਾ ਆਕਾਰ { $size }%, ਆਮ ਆਕਾਰ।
text-size-said-largest = ਲਿਖਤ ਦਾ ਆਕਾਰ { $size }%, ਸਭ ਤੋਂ ਵੱਡਾ।
text-size-said-failed = ਲਿਖਤ ਦਾ ਆਕਾਰ ਇਸ ਵੇਲੇ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।
