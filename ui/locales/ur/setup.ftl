# First-run setup, and the recovery key shown once after it.

setup-title = سیٹ اپ
setup-explainer-label = یہ کس چیز سے حفاظت کرتا ہے اور کس سے نہیں کر سکتا
setup-explainer-locked = یہاں رکھی گئی ہر چیز آپ کے PIN سے لاک ہوتی ہے اور اسی کمپیوٹر پر رہتی ہے۔
setup-explainer-opens = جو شخص ایپ کھولتا ہے اسے کیلکولیٹر نظر آتا ہے، جب تک کہ اسے آپ کا PIN معلوم نہ ہو۔
setup-explainer-copies = جو شخص فائلیں کاپی کرتا ہے وہ انہیں پڑھ نہیں سکتا۔
setup-explainer-spyware = یہ آپ کو اس کمپیوٹر پر موجود جاسوسی سافٹ ویئر (spyware) سے یا آپ کی اسکرین دیکھنے والے کسی شخص سے نہیں بچا سکتا۔
setup-explainer-monitored = اگر اس کمپیوٹر کی نگرانی ہو رہی ہو سکتی ہے، تو منصوبہ بندی کے لیے کوئی زیادہ محفوظ ڈیوائس بہتر ہو سکتی ہے۔

## The form.
setup-pin-label = PIN منتخب کریں
setup-pin-again-label = PIN دوبارہ ٹائپ کریں
setup-second-pin-label = دوسرا PIN (اختیاری)
# $min, $max (Number) - the fewest and most digits a PIN may have.
setup-second-pin-hint = اگر کوئی آپ کو یہ کھولنے پر مجبور کرے تو اس کی بجائے یہ PIN ٹائپ کریں۔ یہ ایک عام روزمرہ نوٹ بک کھولتا ہے جس میں آپ کی کوئی اصل معلومات نہیں ہوتیں (سیٹنگز میں اسے بدلا جا سکتا ہے)۔ { $min } سے { $max } ہندسے، آپ کے مرکزی PIN سے مختلف۔ چھوڑنے کے لیے خالی رہنے دیں؛ اسے بعد میں بھی شامل کیا جا سکتا ہے۔ مقرر کرنے کے بعد، اسے اسی PIN سے کھولیں، کوئی بھی صفحہ جو آپ کی زندگی سے میل نہ کھائے حذف کر دیں، اور اپنا ایک صفحہ شامل کریں۔
setup-second-pin-digits = دوسرے PIN میں بھی { $min } سے { $max } ہندسے ہونے چاہئیں، بغیر خالی جگہ یا حروف کے۔
setup-shortcut-label = فوری چھپانے کی کیز
setup-shortcut-hint = انہیں کہیں بھی دبانے سے یہ فوراً چھپ جاتا ہے اور لاک ہو جاتا ہے۔ Shift تین بار دبانا بھی کام کرتا ہے۔
setup-look-legend = بند ہونے پر یہ کیسا نظر آتا ہے
setup-look-calculator = کیلکولیٹر
setup-look-notes = نوٹس پیڈ
setup-restore-instead = اس کی بجائے بیک اپ سے بحال کریں
setup-start-empty-instead = اس کی بجائے خالی شروع کریں
setup-restore-title = بیک اپ لائیں
setup-restore-text = اپنا PIN منتخب کرنے کے بعد، بیک اپ فائل چننی ہوگی۔ پہلے اسے پوری طرح جانچا جاتا ہے؛ اگر اس میں کوئی خرابی ہو تو کچھ بھی سیٹ اپ نہیں ہوتا۔
setup-not-now = ابھی نہیں
setup-submit = سیٹ اپ کریں
setup-submit-restore = سیٹ اپ کریں اور بیک اپ چنیں…
setup-working = سیٹ اپ ہو رہا ہے…

## What went wrong, or how a restore went.
setup-no-backup-chosen = کوئی بیک اپ نہیں چنا گیا، اس لیے ابھی کچھ بھی سیٹ اپ نہیں ہوا۔
setup-restored = بیک اپ کی ہر چیز یہاں موجود ہے۔ یہ آپ کی نئی بحالی کی کلید ہے؛ بیک اپ کی پرانی کلید اسے نہیں کھولتی۔
setup-not-restored = آپ کی جگہ سیٹ اپ ہو گئی ہے، لیکن بیک اپ نہیں لایا جا سکا۔ سیٹنگز سے دوبارہ کوشش کی جا سکتی ہے۔
setup-failed-nothing-set-up = کچھ غلط ہو گیا۔ کچھ بھی سیٹ اپ نہیں ہوا۔
setup-failed = کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔

## The recovery key.
setup-key-title = آپ کی بحالی کی کلید
setup-key-unseen = بحالی کی کلید لکھ لینے کی تصدیق سے پہلے ایپ بند ہو گئی تھی، اس لیے یہ دوبارہ دکھائی جا رہی ہے۔
setup-key-explain = اگر آپ اپنا PIN بھول جائیں تو یہ کلید آپ کی معلومات کھولتی ہے۔ اسے کاغذ پر لکھیں اور اس کمپیوٹر سے دور کسی محفوظ جگہ رکھیں۔ یہ بتانے کے بعد کہ اسے لکھ لیا گیا ہے، یہ دوبارہ نہیں دکھائی جائے گی۔
# $digits (String) - the key read digit by digit, its groups separated by commas.
setup-key-spoken = بحالی کی کلید: { $digits }۔
setup-key-written-down = میں نے اسے لکھ لیا ہے
setup-key-later = ابھی نہیں: اگلی بار دکھائیں
setup-key-question = کیا آپ نے تمام 40 ہندسے لکھ لیے ہیں؟ یہ آپ کو دوبارہ نظر نہیں آئیں گے۔
setup-key-yes = ہاں، لکھ لیے ہیں
setup-key-back = ابھی نہیں، مجھے کلید دکھائیں

## How to use the key, on the disguise chosen.
setup-how-title-notes = اسے کیسے استعمال کریں — اگر آپ اپنا PIN بھول جائیں، یا آپ کا PIN اسے کھولنا بند کر دے:
# $error (String) - what the calculator's display shows on an error (disguise-error).
setup-how-title-calculator = اسے کیسے استعمال کریں — اگر آپ اپنا PIN بھول جائیں، یا PIN ٹائپ کرنے پر کیلکولیٹر { $error } دکھائے:
setup-how-notes-type = نوٹس پیڈ پر، 40 ہندسے ایک الگ سطر میں ٹائپ کریں۔ خالی جگہیں رہنے دیں یا نکال دیں، دونوں ٹھیک ہیں۔
setup-how-notes-enter = Enter دبائیں۔
setup-how-calculator-type = کیلکولیٹر پر 40 ہندسے ٹائپ کریں۔ خالی جگہوں کی ضرورت نہیں۔ اسکرین صرف پہلے 12 ہندسے دکھاتی ہے؛ ٹائپ کرتے رہیں۔
setup-how-calculator-equals = = دبائیں۔
setup-how-new-pin = نیا PIN منتخب کریں۔
setup-how-mistake-notes = اگر غلطی ہو جائے تو نئی سطر پر دوبارہ شروع کریں۔
setup-how-mistake-calculator = اگر غلطی ہو جائے تو Esc دبائیں اور دوبارہ شروع کریں۔
setup-how-wait = کئی غلط PIN کے بعد یہ کھلنے سے پہلے چند منٹ انتظار کرتا ہے۔ اگر لگے کہ آپ کا PIN کچھ نہیں کر رہا، تو انتظار کریں اور دوبارہ کوشش کریں۔
