# معاون کارکن (advocate) کے کیس۔ ایک “کیس” وہ ایک فرد ہے جس کی معاون کارکن مدد کرتا ہے۔

## اسکرین

caseload-heading = کیسوں کی فہرست
caseload-lead = آپ کے زیرِ مدد ہر فرد کا اپنا کیس ہے، جو ہر دوسرے کیس سے اور آپ کی اپنی جگہ سے الگ رکھا جاتا ہے۔ ان کا پلان، رابطے اور چیک لسٹیں دیکھنے اور ان پر کام کرنے کے لیے کیس کھولیں۔
caseload-list-label = آپ کے کیس
caseload-sort-label = کیسوں کی ترتیب
caseload-order-added = شامل کرنے کا وقت
caseload-order-name = نام
caseload-order-level = تازہ ترین خطرے کی سطح، سب سے زیادہ پہلے
caseload-order-marac = MARAC ریفرل، تازہ ترین پہلے
caseload-order-review = اگلا جائزہ، سب سے قریب پہلے
caseload-empty = ابھی کوئی کیس نہیں۔ اپنے زیرِ مدد ہر فرد کے لیے نیچے ایک کیس شامل کریں۔
caseload-load-failed = آپ کے کیس ابھی لوڈ نہیں ہو سکے۔ براہ کرم دوبارہ کوشش کریں۔

## کیس شامل کرنا

caseload-add-heading = کیس شامل کریں
caseload-field-label = اس کیس کے لیے آپ کا نام، مثلاً ابتدائی حروف
caseload-field-hint = یہ صرف آپ کو نظر آتا ہے۔ ابتدائی حروف یا مختصر نام کافی ہے۔
caseload-add = کیس شامل کریں
caseload-added = کیس “{ $label }” شامل کر دیا گیا۔
caseload-add-failed = کیس ابھی شامل نہیں ہو سکا۔ براہ کرم دوبارہ کوشش کریں۔
caseload-label-missing = براہ کرم اس کیس کے لیے کوئی نام لکھیں، جیسے اس فرد کے ابتدائی حروف۔
caseload-label-too-long = براہ کرم اسے { $max } حروف یا اس سے کم رکھیں (ابھی { $length } ہیں)۔ ابتدائی حروف کافی ہیں۔

## فہرست میں ایک کیس

caseload-open-now = ابھی کھلا ہے
caseload-open = کھولیں
caseload-go-to = اس پر جائیں
caseload-open-label = کیس { $label } کھولیں
caseload-open-failed = کیس ابھی کھل نہیں سکا۔ براہ کرم دوبارہ کوشش کریں۔
caseload-sharing-off = ابھی جوڑا نہیں گیا
caseload-sharing-on = شیئرنگ جاری ہے
caseload-sharing-ended = شیئرنگ ختم ہو گئی
caseload-high = زیادہ

## کیس کی خطرے والی سطر

caseload-risk-none = ابھی تک خطرے کی کوئی جانچ نظر نہیں آئی (کیس کھولنے سے یہ سطر تازہ ہو جائے گی)
caseload-risk-latest = تازہ ترین خطرے کی سطح: { $level } ({ $published }، { $date })
caseload-published-earlier = پہلے کے سوالات
caseload-risk-marac = MARAC ریفرل: { $date }
caseload-risk-review = اگلا جائزہ: { $date }
caseload-risk-review-due = اگلا جائزہ: { $date } (آج ہونا ہے)
caseload-risk-review-overdue = اگلا جائزہ: { $date } (وقت گزر چکا ہے)

## نجی نوٹس

caseload-notes-summary = نجی نوٹس
caseload-notes-summary-unsaved = نجی نوٹس (ابھی محفوظ نہیں)
caseload-notes-label = کیس { $label } کے نوٹس
caseload-notes-hint = یہ نوٹس صرف آپ کو نظر آتے ہیں۔ انہیں کبھی اس فرد کے ساتھ شیئر نہیں کیا جاتا۔
caseload-notes-save = نوٹس محفوظ کریں
caseload-notes-save-label = کیس { $label } کے نوٹس محفوظ کریں
caseload-notes-saved = نوٹس محفوظ ہو گئے۔
caseload-notes-save-failed = آپ کے نوٹس محفوظ نہیں ہو سکے۔ وہ ابھی یہیں موجود ہیں؛ براہ کرم دوبارہ کوشش کریں۔

## کیس ہٹانا

caseload-remove = کیس ہٹائیں
caseload-remove-label = کیس { $label } ہٹائیں
caseload-remove-question = کیس “{ $label }” ہٹا دیں؟ اس سے اس کمپیوٹر سے اس کیس کی کاپی مٹ جائے گی: اس فرد کے لیے رکھا گیا پلان، رابطے اور چیک لسٹیں، اور آپ کے نجی نوٹس۔ یہ واپس نہیں ہو سکتا۔ اس فرد کی اپنی ایپ میں کوئی تبدیلی نہیں ہوگی۔
caseload-remove-yes = ہاں، ہٹا دیں
caseload-remove-no = رہنے دیں
caseload-removed = کیس “{ $label }” اس کمپیوٹر سے ہٹا دیا گیا ہے۔
caseload-remove-failed = کیس ابھی ہٹایا نہیں جا سکا۔ کچھ بھی نہیں مٹا؛ براہ کرم دوبارہ کوشش کریں۔
caseload-stop-sharing-first = پہلے اس فرد کے ساتھ شیئرنگ بند کریں: کیس کھولیں، “شیئرنگ” پر جائیں، پھر “شیئرنگ بند کریں” منتخب کریں۔

## کھلا کیس، اوپر والی پٹی میں

caseload-banner = کیس: { $label }
caseload-banner-open = کیس کھلا ہے

## “بیک اپ محفوظ ہو گیا” کے بعد

caseload-backup-all = { $count ->
        [one] اس میں آپ کا { $count } کیس شامل ہے۔
       *[other] اس میں آپ کے تمام { $count } کیس شامل ہیں۔
    }
caseload-backup-some = { $count ->
        [one] اس میں { $count } کیس شامل ہے۔
       *[other] اس میں { $count } کیس شامل ہیں۔
    }
caseload-backup-unreadable = { $count ->
        [one] { $count } کیس پڑھا نہیں جا سکا (ہو سکتا ہے اس کی فائل خراب ہو) اور یہ اس میں شامل نہیں۔
       *[other] { $count } کیس پڑھے نہیں جا سکے (ہو سکتا ہے ان کی فائلیں خراب ہوں) اور یہ اس میں شامل نہیں۔
    }

## “بیک اپ سے بحال کر دیا گیا” کے بعد

caseload-restore-came-back = { $count ->
        [one] { $count } کیس اس سے واپس آیا
       *[other] { $count } کیس اس سے واپس آئے
    }
caseload-restore-kept = { $count ->
        [one] بیک اپ کے بعد شامل کیا گیا { $count } کیس جیسا تھا ویسا ہی رکھا گیا
       *[other] بیک اپ کے بعد شامل کیے گئے { $count } کیس جیسے تھے ویسے ہی رکھے گئے
    }
caseload-restore-left-out = { $count ->
        [one] اس میں سے { $count } کیس اپنی جگہ نہیں لگایا جا سکا اور پہلے جیسا ہی ہے
       *[other] اس میں سے { $count } کیس اپنی جگہ نہیں لگائے جا سکے اور پہلے جیسے ہی ہیں
    }
caseload-restore-separator = { "؛ " }
caseload-restore-sentence = { $parts }۔
