# The size of text in the open app (Settings, and Ctrl with Plus or Minus).

text-size-title = متن کا سائز
text-size-hint = متن اور اسکرین پر موجود ہر چیز کا سائز۔ یہ فوراً بدل جاتا ہے، اور محفوظ رہتا ہے۔ Ctrl دبائے رکھ کر + یا − دبانے سے بھی اسے بدلا جا سکتا ہے، اور Ctrl کے ساتھ 0 دبانے سے معمول کا سائز واپس آ جاتا ہے۔ جب ایپ چھپتی ہے تو ہمیشہ معمول کے سائز میں نظر آتی ہے۔
# $size (Number) - the text size in per cent, e.g. 150.
text-size-choice = { $size }%
text-size-choice-usual = { $size }% (معمول کا)
text-size-failed = متن کا سائز ابھی بدلا نہیں جا سکا۔ براہ کرم دوبارہ کوشش کریں۔

## Said to screen readers when the size changes.
text-size-said = متن کا سائز { $size }%۔
text-size-said-usual = متن کا سائز { $size }%، معمول کا سائز۔
text-size-said-largest = متن کا سائز { $size }%، سب سے بڑا۔
text-size-said-failed = متن کا سائز ابھی بدلا نہیں جا سکا۔
