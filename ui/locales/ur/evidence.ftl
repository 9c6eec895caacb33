## رپورٹ اور ایکسپورٹ: پولیس یا عدالت کے لیے PDF، کیس ورکر یا وکیل (solicitor) کے لیے ایکسپورٹ،
## اور کسی کی بھیجی ہوئی لاک شدہ ایکسپورٹ کھولنا۔

evidence-title = رپورٹ اور ایکسپورٹ
evidence-lead = اس سے آپ کے چنے ہوئے واقعات کی ایک رپورٹ بنتی ہے، جو پولیس، عدالت، وکیل (solicitor) یا معاون کارکن کو دی جا سکتی ہے۔ اس میں صرف وہی شامل ہوتا ہے جو آپ چنیں۔ ہر چنا ہوا اندراج پورا شامل ہوتا ہے: اس کا ہر ورژن، یہ کہاں ہوا، اور اس کی منسلک فائلیں۔
evidence-warning-title = چننے سے پہلے:
evidence-warning-other-side = پولیس یا عدالتی کارروائی میں دوسرا فریق، بشمول وہ شخص جس کے بارے میں یہ ہے، رپورٹ دیکھ سکتا ہے۔ صرف وہی شامل کریں جس کا انہیں دکھایا جانا آپ کے لیے ٹھیک ہو۔
evidence-warning-never-included = آپ کا حفاظتی منصوبہ، آپ کے رابطے اور ان میں درج پتے کبھی شامل نہیں ہوتے، جب تک آپ انہیں نیچے ایک ایک کر کے نہ چنیں۔ ہر چنے ہوئے اندراج میں وہ ضرور شامل ہوتا ہے جو آپ نے لکھا کہ یہ کہاں ہوا۔ رپورٹ یہ بھی دکھاتی ہے کہ آپ کے پورے ریکارڈ میں کتنے اندراجات ہیں (ان میں کیا لکھا ہے، یہ نہیں)، کیونکہ اسی طرح اس کی جانچ کی جا سکتی ہے۔

## کیا شامل ہوگا

evidence-what-goes-in = کیا شامل ہوگا
evidence-period = مدت
evidence-period-hint = دونوں تاریخیں شامل ہیں۔ تمام اندراجات دیکھنے کے لیے انہیں خالی چھوڑ دیں۔
evidence-from = سے
evidence-until = تک
evidence-show-entries = اندراجات دکھائیں
evidence-entries = اندراجات
evidence-choose-all = سب چنیں
evidence-choose-none = کوئی نہ چنیں
evidence-chosen-count = { $total } میں سے { $chosen } چنے گئے
evidence-no-entries = اس مدت میں کوئی اندراج نہیں۔
evidence-entries-error = اندراجات لوڈ نہیں ہو سکے۔ براہ کرم دوبارہ کوشش کریں۔
evidence-row-files = { $count ->
        [one] { $count } فائل
       *[other] { $count } فائلیں
    }
evidence-row-nothing-written = "کیا کہا یا کیا گیا" کے تحت کچھ نہیں لکھا گیا۔
evidence-happened-range = { $start } سے { $end } تک
evidence-name-label = سرورق پر دکھانے کے لیے نام (اختیاری)
evidence-name-hint = مثلاً آپ کا نام، یا پولیس کا دیا ہوا کوئی حوالہ نمبر۔ چاہیں تو خالی چھوڑ دیں۔
# The report's language, offered when the app is not in English. $language is the language's own name (Cymraeg, Polski…).
evidence-language-label = رپورٹ کی زبان
evidence-language-hint = انگلینڈ اور ویلز میں پولیس اور عدالتوں کو رپورٹ انگریزی میں درکار ہوتی ہے۔ رپورٹ کے اپنے الفاظ زبان کے مطابق بدل جاتے ہیں؛ جو آپ نے لکھا اس کا کبھی ترجمہ نہیں ہوتا، اور وہ ویسے ہی دکھایا جاتا ہے جیسے آپ نے لکھا۔ دو زبانوں میں پوری رپورٹ دو بار آتی ہے۔
evidence-language-both = انگریزی اور { $language } میں (پہلے انگریزی)
evidence-language-own = صرف { $language } میں
evidence-language-english = صرف انگریزی میں
evidence-embed-label = تصاویر (PNG اور JPEG) کو رپورٹ میں تصویروں کی صورت میں شامل کریں
evidence-embed-hint = دونوں صورتوں میں ہر منسلک فائل اپنے فنگر پرنٹ (SHA-256) کے ساتھ درج ہوتی ہے، تاکہ بعد میں دکھایا جا سکے کہ یہ وہی فائل ہے۔
evidence-draft-label = رپورٹ کے لیے انتخاب
evidence-draft-save-hint = یہ انتخاب رپورٹ یا ایکسپورٹ محفوظ کرتے وقت استعمال ہوتے ہیں

## یہ بھی شامل کریں

evidence-extras-summary = منصوبے کے نکات، رابطے، خطرے کی جانچیں، افراد یا احکامات بھی شامل کریں (اختیاری)
evidence-extras-ticked = ({ $count ->
        [0] کوئی نشان زد نہیں
       *[other] { $count } نشان زد
    })
evidence-extras-never-unless-ticked = یہ کبھی شامل نہیں ہوتے جب تک آپ یہاں ان پر نشان نہ لگائیں۔ جس چیز پر بھی نشان لگایا جائے، اسے ہر وہ شخص پڑھ سکتا ہے جسے رپورٹ یا ایکسپورٹ دی جائے۔
evidence-extras-contact-hint = نشان زد رابطہ اپنے نام، رشتے، ان تک پہنچنے کے طریقے اور ان کی معلومات کے ساتھ شامل ہوتا ہے۔ ان کا کوڈ ورڈ، خیریت معلوم کرنے کا منصوبہ اور محفوظ اوقات کبھی شامل نہیں ہوتے۔
evidence-extras-person-hint = نشان زد شخص ان کے بارے میں لکھی ہر بات کے ساتھ شامل ہوتا ہے (پتے، کام کی جگہیں اور سوشل میڈیا بھی)؛ نشان زد حکم اپنی شرائط کے ساتھ، اور یہ بتاتے ہوئے کہ یہ کس کے خلاف ہے۔
evidence-group-contacts = قابلِ اعتماد رابطے
evidence-group-screenings = خطرے کی جانچیں
evidence-group-people = کون نقصان پہنچا رہا ہے
evidence-group-orders = احکامات اور شرائط
evidence-screening-label = { $name }، { $date } ({ $time } بجے محفوظ کی گئی): { $level }، { $yes }
evidence-screening-label-alone = { $name }، { $date } ({ $time } بجے محفوظ کی گئی)، اکیلے جواب دیے گئے: { $level }، { $yes }
evidence-screening-label-with = { $name }، { $date } ({ $time } بجے محفوظ کی گئی)، { $advocate } کے ساتھ: { $level }، { $yes }
evidence-screening-label-with-an-advocate = { $name }، { $date } ({ $time } بجے محفوظ کی گئی)، ایک معاون کارکن کے ساتھ: { $level }، { $yes }
evidence-extras-empty = ابھی یہاں چننے کے لیے کچھ نہیں: نہ منصوبے کے نکات، نہ رابطے، نہ جانچیں، نہ افراد اور نہ احکامات۔
evidence-extras-error = آپ کا منصوبہ، رابطے اور جانچیں لوڈ نہیں ہو سکیں۔ براہ کرم دوبارہ کوشش کریں۔

## انتخاب میں مسائل

evidence-problem-from-date = براہ کرم "سے" والی تاریخ دن، مہینے اور سال کی صورت میں لکھیں، یا اسے خالی چھوڑ دیں۔
evidence-problem-until-date = براہ کرم "تک" والی تاریخ دن، مہینے اور سال کی صورت میں لکھیں، یا اسے خالی چھوڑ دیں۔
evidence-problem-until-before-from = "تک" والی تاریخ "سے" والی تاریخ سے پہلے کی ہے۔ براہ کرم ان میں سے ایک بدلیں۔
evidence-problem-not-loaded = اندراجات کی فہرست ابھی لوڈ نہیں ہوئی۔ براہ کرم "اندراجات دکھائیں" دبائیں۔
evidence-problem-dates-changed = فہرست دکھائے جانے کے بعد تاریخیں بدلی گئیں۔ براہ کرم "اندراجات دکھائیں" دبائیں اور دیکھیں کہ کن پر نشان لگا ہے۔
evidence-problem-no-entries = اس مدت میں کوئی اندراج نہیں ہے۔ براہ کرم دوسری تاریخیں چنیں، یا تمام اندراجات دیکھنے کے لیے انہیں خالی چھوڑ دیں۔
evidence-problem-none-ticked = براہ کرم شامل کرنے کے لیے کم از کم ایک اندراج پر نشان لگائیں۔

## PDF رپورٹ

evidence-report-title = پولیس یا عدالت کے لیے رپورٹ
evidence-report-about = ایک PDF جسے پرنٹ کیا یا بھیجا جا سکتا ہے، جس میں چنے ہوئے اندراجات تاریخ کی ترتیب سے ہوں، ہر ایک کب لکھا گیا، کوئی بھی تصحیح، اور یہ جانچنے کا طریقہ کہ بعد میں کچھ نہیں بدلا گیا۔
evidence-save-report = PDF رپورٹ محفوظ کریں
evidence-saving = محفوظ ہو رہا ہے…
evidence-report-making = رپورٹ بن رہی ہے۔ تیار ہونے پر محفوظ کرنے کی ونڈو کھلے گی۔
evidence-report-error = رپورٹ نہیں بن سکی۔ ایپ میں کچھ نہیں بدلا۔ براہ کرم دوبارہ کوشش کریں۔
evidence-not-saved = محفوظ نہیں ہوا۔
evidence-report-saved = رپورٹ محفوظ ہو گئی: { $entries ->
        [one] { $entries } اندراج
       *[other] { $entries } اندراجات
    }، { $pages ->
        [one] { $pages } صفحہ
       *[other] { $pages } صفحات
    }۔
evidence-pictures-left-out = کچھ تصاویر رپورٹ میں شامل نہیں ہو سکیں؛ وہ اپنے فنگر پرنٹس کے ساتھ درج ہیں۔

## ایکسپورٹ

evidence-export-title = کیس ورکر یا وکیل (solicitor) کے لیے ایکسپورٹ
evidence-export-about = وہی چنے ہوئے اندراجات ایک ایسی فائل کی صورت میں جسے کمپیوٹر پڑھ سکیں: ڈیٹا، اصل منسلک فائلیں، اور ان کے فنگر پرنٹس (SHA-256) کی فہرست تاکہ دکھایا جا سکے کہ کوئی بھی نہیں بدلی گئی۔ تصاویر ہمیشہ اصل فائلوں کی صورت میں شامل ہوتی ہیں۔
evidence-export-how = اسے کیسے محفوظ کیا جائے
evidence-export-plain = عام zip فائل (جس کے پاس بھی فائل ہو وہ اسے کھول سکتا ہے)
evidence-export-locked = پاس فریز سے لاک (اسی ایپ سے کھلتی ہے)
evidence-passphrase = پاس فریز
evidence-passphrase-hint = کم از کم { $min } حروف، جیسے چند الفاظ ملا کر۔ جس شخص کو فائل بھیجیں، اسے یہ کسی دوسرے طریقے سے بتائیں، مثلاً فون پر، اسی ای میل میں نہیں۔
evidence-passphrase-again = پاس فریز دوبارہ لکھیں
evidence-save-export = ایکسپورٹ محفوظ کریں
evidence-export-choose-where = چنیں کہ اسے کہاں محفوظ کرنا ہے…
evidence-export-error = ایکسپورٹ نہیں بن سکی۔ ایپ میں کچھ نہیں بدلا۔ براہ کرم دوبارہ کوشش کریں۔
evidence-export-saved = ایکسپورٹ محفوظ ہو گئی: { $entries ->
        [one] { $entries } اندراج
       *[other] { $entries } اندراجات
    }، { $files ->
        [0] کوئی منسلک فائل نہیں
        [one] { $files } منسلک فائل
       *[other] { $files } منسلک فائلیں
    }۔
evidence-locked-export-saved = لاک شدہ ایکسپورٹ محفوظ ہو گئی: { $entries ->
        [one] { $entries } اندراج
       *[other] { $entries } اندراجات
    }، { $files ->
        [0] کوئی منسلک فائل نہیں
        [one] { $files } منسلک فائل
       *[other] { $files } منسلک فائلیں
    }۔
evidence-problem-passphrase-missing = براہ کرم ایکسپورٹ کو لاک کرنے کے لیے ایک پاس فریز چنیں۔
evidence-problem-passphrase-short = پاس فریز میں کم از کم { $min } حروف ہونے چاہییں، جیسے چند الفاظ ملا کر۔
evidence-problem-passphrase-again = براہ کرم پاس فریز دوسری بار لکھیں۔
evidence-problem-passphrase-differs = دونوں پاس فریز ایک جیسے نہیں ہیں۔ براہ کرم دوبارہ لکھیں۔

## کسی کی بھیجی ہوئی لاک شدہ ایکسپورٹ کھولنا

evidence-open-title = کسی کی بھیجی ہوئی لاک شدہ ایکسپورٹ کھولیں
evidence-open-hint = پہلے فائل چننے کو کہا جائے گا، پھر یہ کہ کھلی ہوئی کاپی کہاں محفوظ کرنی ہے۔ کھلی ہوئی کاپی ایک عام zip فائل ہے جسے کوئی بھی پڑھ سکتا ہے جس کے پاس یہ ہو، اس لیے اسے کسی محفوظ جگہ رکھیں۔
evidence-open-passphrase = آپ کو دیا گیا پاس فریز
evidence-open-button = لاک شدہ ایکسپورٹ کھولیں…
evidence-opening = کھل رہی ہے…
evidence-open-choose-file = لاک شدہ فائل چنیں…
evidence-open-error = فائل نہیں کھل سکی۔ کچھ بھی محفوظ نہیں ہوا۔ براہ کرم دوبارہ کوشش کریں۔
evidence-problem-open-passphrase-missing = براہ کرم وہ پاس فریز لکھیں جو آپ کو فائل کے ساتھ دیا گیا تھا۔
evidence-problem-open-passphrase-short = لاک شدہ ایکسپورٹس میں کم از کم { $min } حروف کا پاس فریز ہوتا ہے، اس لیے یہ مکمل نہیں ہے۔ براہ کرم فائل بھیجنے والے شخص سے اس کی تصدیق کریں۔
evidence-opened = کھول کر محفوظ کر لیا گیا۔
evidence-not-opened = نہیں کھولا گیا۔
