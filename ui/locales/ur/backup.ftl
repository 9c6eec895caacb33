## بیک اپ، ترتیبات میں ("کس سے لاک کیا جائے" کا انتخاب سیٹ اپ کے وقت بحال کرنے کے لیے بھی استعمال ہوتا ہے)۔

backup-lock-with = بیک اپ کس سے لاک کیا جائے
backup-locked-with = بیک اپ کس سے لاک کیا گیا ہے
backup-with-recovery-key = میری ریکوری کلید
backup-with-passphrase = بیک اپ کا پاس فریز
backup-recovery-key-label = ریکوری کلید
backup-recovery-key-hint-save = آپ کی ریکوری کلید: وہ { $digits } ہندسے جو آپ کو سیٹ اپ کرتے وقت دکھائے گئے تھے۔ خالی جگہوں سے کوئی فرق نہیں پڑتا۔
backup-recovery-key-hint-restore = وہ ریکوری کلید جس سے بیک اپ لاک کیا گیا تھا، جیسے آپ نے اسے لکھا تھا۔ خالی جگہوں سے کوئی فرق نہیں پڑتا۔
backup-passphrase-label = بیک اپ کا پاس فریز
backup-passphrase-hint-save = کم از کم { $characters } حروف، جیسے چند الفاظ جنہیں صرف آپ ہی اس طرح جوڑیں۔ اس کے بغیر یہ بیک اپ نہیں کھولا جا سکتا۔
backup-passphrase-hint-restore = وہ پاس فریز جو آپ نے بیک اپ بناتے وقت چنا تھا۔
backup-need-recovery-key = براہ کرم اپنی ریکوری کلید ٹائپ کریں۔
backup-need-passphrase = براہ کرم بیک اپ کا پاس فریز ٹائپ کریں۔

## بیک اپ بنانا

backup-save-title = بیک اپ بنائیں
backup-save-about = بیک اپ ایک لاک شدہ فائل ہے جس میں یہاں کی ہر چیز ہوتی ہے، منسلک فائلوں سمیت۔ اسے ایسی جگہ رکھیں جہاں صرف آپ پہنچ سکیں، جیسے کوئی USB اسٹک جسے آپ حفاظت سے رکھیں۔ ریکوری کلید یا پاس فریز کے بغیر اسے پڑھا نہیں جا سکتا۔
backup-save = بیک اپ محفوظ کریں…
backup-choose-where = چنیں کہ اسے کہاں محفوظ کرنا ہے…
backup-saved = بیک اپ محفوظ ہو گیا ({ $size } MB)۔
backup-not-saved = کوئی بیک اپ محفوظ نہیں ہوا۔
backup-save-failed = بیک اپ محفوظ نہیں ہو سکا۔ یہاں کچھ تبدیل نہیں ہوا۔

## بیک اپ سے بحال کرنا

backup-restore-title = بیک اپ سے بحال کریں
backup-restore-about = یہ یہاں کی ہر چیز کو بیک اپ فائل کے مواد سے بدل دیتا ہے۔ پہلے پوری فائل جانچی جاتی ہے: اگر اس میں کوئی خرابی ہو تو یہاں کچھ نہیں بدلتا۔ آپ کے PIN وہی رہتے ہیں۔
backup-restore-start = بیک اپ سے بحال کریں…
backup-restore-question = یہاں کی ہر چیز کو بیک اپ سے بدل دیں؟ بیک اپ بننے کے بعد شامل کی گئی ہر چیز ضائع ہو جائے گی۔
backup-restore-yes = ہاں، سب کچھ بدل دیں
backup-restore-no = جو یہاں ہے اسے رکھیں
backup-choose-file = بیک اپ فائل چنیں…
backup-restored = بیک اپ سے بحال ہو گیا۔
backup-not-restored = کچھ بحال نہیں ہوا۔
backup-restore-failed = کچھ بحال نہیں ہوا۔ یہاں سب کچھ ویسا ہی ہے جیسا پہلے تھا۔
