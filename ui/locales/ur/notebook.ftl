# روزمرہ کی عام نوٹ بک: کسی بھی عام نوٹ بک جیسے الفاظ، اس سے زیادہ کچھ نہیں۔

## پٹی اور صفحات کی فہرست

notebook-bar-title = نوٹ بک
notebook-nav-label = نوٹ بک
notebook-nav-pages = صفحات
notebook-nav-settings = ترتیبات
notebook-lock = لاک کریں
notebook-pages-heading = صفحات
notebook-list-label = آپ کے صفحات
notebook-new-page = نیا صفحہ
notebook-empty = ابھی کوئی صفحہ نہیں۔
notebook-untitled = بغیر عنوان
notebook-load-failed = آپ کے صفحات لوڈ نہیں ہو سکے۔ براہ کرم دوبارہ کوشش کریں۔
notebook-deleted = صفحہ حذف کر دیا گیا ہے۔

## ایک صفحہ

notebook-new-page-heading = نیا صفحہ
notebook-title-label = عنوان
notebook-body-label = متن
notebook-save = محفوظ کریں
notebook-saved = محفوظ ہو گیا۔
notebook-nothing-to-save = ابھی محفوظ کرنے کے لیے کچھ نہیں ہے۔ پہلے کوئی عنوان یا کچھ متن لکھیں۔
notebook-save-failed = صفحہ محفوظ نہیں ہو سکا۔ براہ کرم دوبارہ کوشش کریں۔
notebook-back = صفحات پر واپس جائیں
notebook-leave-question = اپنی تبدیلیاں محفوظ کیے بغیر یہ صفحہ چھوڑ دیں؟
notebook-leave-yes = محفوظ کیے بغیر چھوڑ دیں
notebook-leave-no = لکھنا جاری رکھیں
notebook-delete = حذف کریں
notebook-delete-question = یہ صفحہ حذف کر دیں؟ یہ واپس نہیں ہو سکتا۔
notebook-delete-yes = ہاں، حذف کریں
notebook-delete-no = رہنے دیں
notebook-delete-failed = صفحہ حذف نہیں ہو سکا۔ کچھ بھی نہیں بدلا۔
# تاریخ اور وقت سے پہلے: “آخری تبدیلی: …”
notebook-changed-prefix = آخری تبدیلی:

## ترتیبات: صرف PIN

notebook-settings-heading = ترتیبات
notebook-settings-lead = وہ PIN جس سے آپ کی نوٹ بک کھلتی ہے۔
notebook-change-pin-heading = PIN تبدیل کریں
notebook-current-pin = آپ کا موجودہ PIN
notebook-new-pin = نیا PIN
notebook-pin-hint = { $min } سے { $max } ہندسے۔ ایسی تاریخوں یا نمبروں سے بچیں جن کا دوسرے اندازہ لگا سکیں۔
notebook-new-pin-again = نیا PIN دوبارہ لکھیں
notebook-change-pin = PIN تبدیل کریں
notebook-need-current-pin = براہ کرم پہلے اپنا موجودہ PIN لکھیں۔
notebook-pin-changed = آپ کا PIN تبدیل ہو گیا ہے۔ اب سے اپنی نوٹ بک کھولنے کے لیے نیا PIN استعمال کریں۔
notebook-pin-change-failed = آپ کا PIN تبدیل نہیں ہو سکا۔ آپ کا پرانا PIN اب بھی کام کرتا ہے۔
notebook-pin-not-usable = یہ PIN استعمال نہیں ہو سکتا۔ براہ کرم کوئی اور منتخب کریں۔
notebook-changing = تبدیل ہو رہا ہے…
