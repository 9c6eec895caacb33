# Who to call: the support directory (screens/support.ts, screens/support-regions.ts).
# $name is a service's name. Phone numbers (999, 55) and the name "Silent Solution" stay as they are.

## The directory

support-title = مدد حاصل کریں
support-silent-solution = ابھی خطرے میں ہیں؟ 999 پر کال کریں۔ اگر بولنا ممکن نہ ہو، تو موبائل فون سے 999 پر کال کریں، آپریٹر کی بات سنیں، پھر پوچھے جانے پر 55 دبائیں۔ یہ Silent Solution (خاموش حل) ہے: اس سے انہیں پتہ چلتا ہے کہ یہ واقعی ہنگامی صورت ہے، اور وہ آپ کی مدد کرتے رہیں گے۔
support-add = سروس شامل کریں
support-list-label = مدد کی سروسز
support-empty = آپ کی فہرست میں کوئی سروس نہیں۔ ہنگامی صورت میں 999 پر کال کریں۔
support-load-failed = ڈائریکٹری لوڈ نہیں ہو سکی۔
support-phone = فون:{ " " }
support-edited = آپ نے یہ تفصیلات تبدیل کی ہیں۔
support-change = تبدیل کریں
support-change-label = { $name } تبدیل کریں
support-remove = ہٹائیں
support-remove-label = { $name } ہٹائیں
support-remove-builtin-question = { $name } کو اپنی فہرست سے ہٹا دیں؟ اسے بعد میں واپس لایا جا سکتا ہے۔
support-remove-question = { $name } کو ہٹا دیں؟ اسے واپس نہیں لایا جا سکتا۔
support-removed-builtin = { $name } کو ہٹا دیا گیا ہے۔ یہ "آپ کی ہٹائی ہوئی سروسز" میں درج ہے۔
support-removed = { $name } کو ہٹا دیا گیا ہے۔
support-remove-failed = { $name } کو ہٹایا نہیں جا سکا۔ کچھ نہیں بدلا۔

## Services put aside

support-removed-label = آپ کی ہٹائی ہوئی سروسز
support-removed-summary = آپ کی ہٹائی ہوئی سروسز ({ $count })
support-put-back-about = "واپس لائیں" سے سروس ویسی ہی واپس آ جاتی ہے جیسی آخری بار آپ کے پاس تھی۔
support-put-back = واپس لائیں
support-put-back-label = { $name } واپس لائیں
support-putting-back = واپس لائی جا رہی ہے…
support-back-in-list = { $name } دوبارہ آپ کی فہرست میں ہے۔
support-put-back-failed = اسے واپس نہیں لایا جا سکا۔ کچھ نہیں بدلا۔

## Adding or changing a service

support-add-title = سروس شامل کریں
support-change-title = { $name } تبدیل کریں
support-builtin-note = یہ ان سروسز میں سے ایک ہے جو ایپ کے ساتھ آتی ہیں۔ آپ کی تبدیلیاں اسی کمپیوٹر پر رہتی ہیں؛ اسے کسی بھی وقت شائع شدہ حالت میں واپس لایا جا سکتا ہے۔
support-own-note = مثال کے طور پر آپ کی مقامی IDVA سروس، یا آپ کے علاقے کی کوئی ہیلپ لائن۔
support-field-name = نام
support-field-phone = فون نمبر
support-field-hours = کب کھلے ہوتے ہیں
support-field-hours-hint = مثال کے طور پر: 24 گھنٹے، یا ہفتے کے دنوں میں 9 سے 5 بجے تک۔
support-field-region = کہاں مدد کرتے ہیں
support-field-description = کیا کرتے ہیں
support-save-changes = تبدیلیاں محفوظ کریں
support-add-to-list = میری فہرست میں شامل کریں
support-cancel = منسوخ کریں
support-restore = شائع شدہ حالت میں واپس لائیں
support-restore-sure = ہاں، میری تبدیلیاں ختم کر دیں
support-restore-warning = اس سروس میں آپ کی تبدیلیوں کی جگہ شائع شدہ تفصیلات آ جائیں گی۔ ایسا کرنے کے لیے دوبارہ دبائیں۔
support-restored = { $name } دوبارہ ویسی ہی ہے جیسی شائع ہوئی تھی۔
support-name-empty = براہِ کرم سروس کو ایک نام دیں۔
support-saving = محفوظ ہو رہا ہے…
support-changes-saved = آپ کی تبدیلیاں محفوظ ہو گئی ہیں۔
support-added = { $name } آپ کی فہرست میں ہے۔
support-save-failed = یہ محفوظ نہیں ہو سکا۔ کچھ نہیں بدلا۔
support-changes-draft = { $name } میں تبدیلیاں
support-new-draft = "مدد حاصل کریں" کے لیے نئی سروس
support-save-changes-hint = اسے رکھنے کے لیے "تبدیلیاں محفوظ کریں" دبائیں
support-add-hint = اسے رکھنے کے لیے "میری فہرست میں شامل کریں" دبائیں

## Where a service helps

support-region-gb = پورا برطانیہ
support-region-eng = انگلینڈ
support-region-eaw = انگلینڈ اور ویلز
support-region-wls = ویلز
support-region-sct = اسکاٹ لینڈ
support-region-nir = شمالی آئرلینڈ
support-region-none = کوئی ایک جگہ نہیں (آن لائن، یا کہیں اور)
