# A new PIN after opening with the recovery key.

recovery-title = نیا PIN منتخب کریں
recovery-intro = آپ کی بحالی کی کلید نے آپ کی معلومات کھول دی ہیں۔ وہ PIN منتخب کریں جو اب سے استعمال ہوگا۔
recovery-new-pin-label = نیا PIN
recovery-new-pin-again-label = نیا PIN دوبارہ ٹائپ کریں
recovery-save = نیا PIN محفوظ کریں
recovery-saving = محفوظ ہو رہا ہے…
recovery-save-failed = نیا PIN محفوظ نہیں ہو سکا۔ براہ کرم دوبارہ کوشش کریں۔

## Saved.
recovery-saved-title = نیا PIN محفوظ ہو گیا
recovery-saved = آپ کا نیا PIN محفوظ ہو گیا ہے۔ اب سے یہی استعمال کریں۔ آپ کی بحالی کی کلید اب بھی کام کرتی ہے؛ اسے محفوظ جگہ پر رکھیں۔
recovery-saved-second-pin-off = آپ کا نیا PIN محفوظ ہو گیا ہے۔ آپ کا دوسرا PIN بند کر دیا گیا ہے، کیونکہ اس کمپیوٹر سے وہ کلید کھو گئی جس کی اسے ضرورت تھی۔ اگر دوسرا PIN استعمال کرنا ہو تو سیٹنگز میں نیا مقرر کریں۔
recovery-continue = جاری رکھیں
