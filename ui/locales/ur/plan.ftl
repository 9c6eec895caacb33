# The safety plan (screens/plan.ts).
# Section titles and their guidance come from the vault; $section is a section's title,
# $step the words of one of the person's steps.

## Heading and where the person is now

plan-title = حفاظتی منصوبہ
plan-guidance-staying = اس صورتحال کے لیے رہنمائی: یہیں رہنا۔
plan-guidance-preparing = اس صورتحال کے لیے رہنمائی: چھوڑنے کی تیاری۔
plan-guidance-after = اس صورتحال کے لیے رہنمائی: چھوڑنے کے بعد۔
plan-load-failed = آپ کا منصوبہ لوڈ نہیں ہو سکا۔
plan-stage-legend = آپ کی موجودہ صورتحال
plan-stage-hint = ہر حصے کی رہنمائی اسی کے مطابق بدل جاتی ہے۔ اسے کسی بھی وقت بدلا جا سکتا ہے۔
plan-stage-staying = یہیں رہنا
plan-stage-preparing = چھوڑنے کی تیاری
plan-stage-after = چھوڑنے کے بعد
plan-stage-failed = یہ تبدیل نہیں ہو سکا۔ آپ کا منصوبہ پہلے جیسا ہی ہے۔

## Review date

plan-review-form = جائزے کی تاریخ
plan-review-by = منصوبے کا جائزہ اس تاریخ تک لیں
plan-review-hint = وہ دن جب منصوبے کو دوبارہ دیکھنا ہے۔ یاد دہانی صرف یہیں، ایپ کے اندر دکھائی دیتی ہے۔
plan-review-save = محفوظ کریں
plan-review-save-label = جائزے کی تاریخ محفوظ کریں
plan-review-clear = صاف کریں
plan-review-clear-label = جائزے کی تاریخ صاف کریں
plan-review-due = اپنے منصوبے پر دوبارہ نظر ڈالنے کا وقت آ گیا ہے۔
plan-review-save-failed = یہ محفوظ نہیں ہو سکا۔ براہِ کرم دوبارہ کوشش کریں۔
# "صاف کریں" is the button plan-review-clear.
plan-review-no-date = براہِ کرم پہلے پوری تاریخ چنیں۔ تاریخ ہٹانے کے لیے "صاف کریں" استعمال کریں۔
plan-review-saved = جائزے کی تاریخ محفوظ ہو گئی۔
plan-review-cleared = جائزے کی تاریخ صاف کر دی گئی۔

## A section: its steps and notes

plan-steps-label = { $section }: آپ کے قدم
plan-add-step-label = { $section } میں ایک قدم شامل کریں
plan-add-step-placeholder = ایک قدم شامل کریں
plan-add = شامل کریں
plan-add-failed = یہ محفوظ نہیں ہو سکا۔
plan-step-deleted = قدم حذف کر دیا گیا۔
plan-new-step-draft = { $section } کے لیے نیا قدم
plan-new-step-save-hint = اسے رکھنے کے لیے "شامل کریں" دبائیں
plan-notes-label = { $section } کے نوٹس
plan-notes-save = نوٹس محفوظ کریں
plan-notes-save-label = { $section } کے نوٹس محفوظ کریں
plan-notes-save-failed = آپ کے نوٹس محفوظ نہیں ہو سکے۔ وہ ابھی یہیں موجود ہیں؛ براہِ کرم دوبارہ کوشش کریں۔
plan-notes-save-hint = اسے رکھنے کے لیے "نوٹس محفوظ کریں" دبائیں
plan-these-notes = یہ نوٹس

## One step

plan-step-edit = ترمیم کریں
plan-step-edit-label = قدم میں ترمیم کریں: { $step }
plan-step-delete = حذف کریں
plan-step-delete-label = قدم حذف کریں: { $step }
plan-step-change-label = قدم تبدیل کریں: { $step }
plan-step-save = محفوظ کریں
plan-step-save-label = قدم محفوظ کریں
plan-step-close = بند کریں
plan-step-close-label = محفوظ کیے بغیر بند کریں؛ تبدیلی مسودے کے طور پر رکھی جاتی ہے
plan-step-empty = براہِ کرم کچھ لکھیں، یا یہ قدم ہٹانے کے لیے "حذف کریں" استعمال کریں۔
plan-step-save-failed = یہ محفوظ نہیں ہو سکا۔ آپ کے الفاظ ابھی یہیں ہیں۔
plan-step-draft = { $section } میں قدم "{ $step }" میں تبدیلی
plan-step-save-hint = اسے رکھنے کے لیے "محفوظ کریں" دبائیں
plan-step-delete-question = "{ $step }" حذف کر دیں؟ اسے واپس نہیں لایا جا سکتا۔
plan-step-delete-yes = ہاں، حذف کریں
plan-step-keep = رہنے دیں
plan-step-delete-failed = یہ حذف نہیں ہو سکا۔ کچھ نہیں بدلا۔

## Printing the plan

plan-print-title = اپنا منصوبہ پرنٹ کریں
# "My plan" is the heading the PDF itself has (in English for now).
plan-print-about = صرف اس منصوبے کی ایک PDF، جس کا عنوان "My plan" ہے: آپ کے نوٹس اور آپ کے قدم، اور یہ کہ کیا ہو چکا ہے۔ آپ کے واقعات کے ریکارڈ میں سے کچھ بھی اس میں شامل نہیں ہوتا۔ فائل لاک نہیں ہوتی: جو بھی اسے کھولے، یا پرنٹ شدہ کاغذ پا لے، اسے پڑھ سکتا ہے۔
plan-print-contacts = میرے قابلِ اعتماد رابطے بھی اس میں شامل کریں (نام، ان تک پہنچنے کا طریقہ، کوڈ ورڈ)
plan-print-stage = میری موجودہ صورتحال بھی لکھیں
plan-print-stage-hint = یہیں رہنا، چھوڑنے کی تیاری یا چھوڑنے کے بعد۔ اگر کوئی یہ صفحہ دیکھ سکتا ہو تو اس پر نشان نہ لگائیں۔
plan-print-save = منصوبہ PDF کے طور پر محفوظ کریں…
plan-print-choose = چنیں کہ اسے کہاں محفوظ کرنا ہے۔
plan-print-saving = محفوظ ہو رہا ہے…
plan-print-saved = محفوظ ہو گیا ({ $pages ->
        [one] { $pages } صفحہ
       *[other] { $pages } صفحات
    })۔ پرنٹ کرنے کے بعد فائل حذف کر دیں، یا اسے کسی محفوظ جگہ پر رکھیں۔
plan-print-nothing = کچھ محفوظ نہیں ہوا۔
plan-print-failed = PDF نہیں بن سکی۔ ایپ میں کچھ نہیں بدلا۔ براہِ کرم دوبارہ کوشش کریں۔
