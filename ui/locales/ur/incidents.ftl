## The incident log (incidents.ts, incident-links.ts)

# Between the items of a list read in a sentence ("مرکوز، بار بار").
incidents-list-separator = { "، " }

## The log
incidents-title = واقعات کا ریکارڈ
incidents-lead = جتنی جلدی ہو سکے، باتیں لکھ لیں۔ ہر اندراج میں اس کے لکھے جانے کا وقت محفوظ رہتا ہے، اور تصحیحیں نئے ورژن کے طور پر رکھی جاتی ہیں، اس لیے یہ ریکارڈ پولیس یا عدالت کو دکھایا جا سکتا ہے۔
incidents-list-label = واقعات، تازہ ترین پہلے
incidents-shared-list-label = اس فرد کے شیئر کیے گئے واقعات، تازہ ترین پہلے
incidents-new = جو ہوا وہ لکھیں
incidents-bring-chat = کوئی چیٹ یا پیغامات کی فہرست شامل کریں…
incidents-bring-files = تصاویر یا فائلیں شامل کریں…
incidents-bring-emails = ای میلز شامل کریں…
incidents-show-older = پرانے اندراجات دکھائیں
incidents-nothing-yet = ابھی کچھ نہیں لکھا گیا۔
incidents-everything-shown = بس، یہی سب کچھ ہے۔
incidents-load-failed = ریکارڈ لوڈ نہیں ہو سکا۔
# $count is 1 or more.
incidents-check-intact =
    { $count ->
        [one] جانچ ہو گئی: محفوظ کیا گیا ورژن لکھے جانے کے بعد سے تبدیل نہیں ہوا۔
       *[other] جانچ ہو گئی: محفوظ کیے گئے { $count } ورژنز میں سے کوئی بھی لکھے جانے کے بعد سے تبدیل نہیں ہوا۔
    }
incidents-check-changed = انتباہ: اس ریکارڈ کا کچھ حصہ لکھے جانے کے بعد ایپ سے باہر تبدیل کیا گیا ہے۔

## How many entries are shown ($filters: the chosen filters in words, from the incidents-filter-said-… messages)
incidents-count-none-matching = منتخب کردہ فلٹرز سے کوئی اندراج میل نہیں کھاتا: { $filters }۔ پورا ریکارڈ دیکھنے کے لیے “سب کچھ دکھائیں” دبائیں۔
incidents-count-all =
    { $total ->
        [one] { $total } اندراج۔
       *[other] تمام { $total } اندراجات۔
    }
incidents-count-all-matching =
    { $total ->
        [one] میل کھانے والا { $total } اندراج۔
       *[other] میل کھانے والے تمام { $total } اندراجات۔
    }
# $total is 2 or more.
incidents-count-newest = { $total } اندراجات میں سے تازہ ترین { $shown }۔
incidents-count-newest-matching = میل کھانے والے { $total } اندراجات میں سے تازہ ترین { $shown }۔

## The filters
incidents-filter-legend = صرف یہ دکھائیں
incidents-filter-kind = کیا ہوا
incidents-filter-any-kind = کوئی بھی قسم
incidents-filter-fits = میل کھاتا ہے
incidents-filter-anything = کچھ بھی
incidents-filter-files = فائلیں
incidents-filter-files-any = فائلوں کے ساتھ یا بغیر
incidents-filter-files-with = منسلک فائلوں کے ساتھ
incidents-filter-files-without = فائلوں کے بغیر
incidents-filter-who = کون
incidents-filter-anyone = کوئی بھی
incidents-filter-order = توڑا گیا حکم
incidents-filter-any-order = کوئی بھی، یا کوئی نہیں
incidents-filter-from = سے (دن)
incidents-filter-to = تک (دن)
incidents-filter-any-day = کوئی بھی دن
incidents-filter-chosen = منتخب
incidents-filter-clear = سب کچھ دکھائیں
incidents-filter-backwards = “سے” والا دن “تک” والے دن کے بعد ہے: کچھ بھی میل نہیں کھا سکتا۔ براہ کرم دن دوبارہ منتخب کریں۔
# The chosen filters in words, joined by incidents-list-separator into $filters above.
incidents-filter-said-kind = کیا ہوا: { $choice }
incidents-filter-said-fits = میل کھاتا ہے: { $choice }
incidents-filter-said-with-files = منسلک فائلوں کے ساتھ
incidents-filter-said-without-files = فائلوں کے بغیر
incidents-filter-said-who = کون: { $choice }
incidents-filter-said-order = توڑا گیا: { $choice }
incidents-filter-said-from = { $day } سے
incidents-filter-said-to = { $day } تک

## The four behaviours (FOUR: Fixated, Obsessed, Unwanted, Repeated)
incidents-behaviour-name-fixated = مرکوز
incidents-behaviour-name-obsessed = جنونی
incidents-behaviour-name-unwanted = ان چاہا
incidents-behaviour-name-repeated = بار بار
incidents-behaviour-fixated = مرکوز: لگتا ہے ان کی توجہ مجھ پر جمی ہوئی ہے
incidents-behaviour-obsessed = جنونی: یہ ان کا سارا وقت لے لیتا ہے
incidents-behaviour-unwanted = ان چاہا: میں نے یہ نہیں چاہا تھا
incidents-behaviour-repeated = بار بار: یہ بار بار ہوتا رہتا ہے

## An entry in the list
incidents-open = کھولیں
incidents-open-label = کھولیں: { $kind }، { $when }
incidents-entry-fits = میل کھاتا ہے: { $behaviours }
incidents-entry-who = کون: { $who }
incidents-entry-breach = خلاف ورزی کے طور پر نشان زد: { $condition }
incidents-entry-corrected = تصحیح شدہ (ورژن { $version })
incidents-entry-files =
    { $count ->
        [one] { $count } فائل منسلک
       *[other] { $count } فائلیں منسلک
    }

## An entry's page
incidents-back = ریکارڈ پر واپس جائیں
incidents-correct = اس اندراج کی تصحیح کریں یا اس میں اضافہ کریں
incidents-another = اسی طرح کا ایک اور اندراج لکھیں
incidents-attached-files = منسلک فائلیں
incidents-plan-prompt = یہ محفوظ ہو گیا ہے۔ جب کوئی نئی بات ہو، تو اپنے حفاظتی منصوبے پر نظر ڈالنا اور یہ دیکھنا کہ وہ اب بھی مناسب ہے، مددگار ہو سکتا ہے۔ کوئی جلدی نہیں۔
incidents-plan-open = اپنے حفاظتی منصوبے پر نظر ڈالیں
incidents-row-happened = کب ہوا
incidents-happened-span = { $from } سے { $until } تک
incidents-row-first-written = پہلی بار لکھا گیا
incidents-row-this-version = یہ ورژن لکھا گیا
incidents-row-where = کہاں
incidents-row-who = کون
incidents-row-breaching = خلاف ورزی کے طور پر نشان زد
incidents-row-behaviour = رویہ
incidents-row-description = کیا کہا یا کیا گیا
incidents-row-appearance = ان کا حلیہ
incidents-row-vehicle = گاڑی
incidents-row-witnesses = گواہ
incidents-row-impact = اس کا مجھ پر کیا اثر ہوا
incidents-row-daily-life = اس سے میری روزمرہ زندگی کیسے بدلی
incidents-row-officer = پولیس افسر
incidents-row-crime-ref = جرم کا حوالہ نمبر
incidents-row-also-told = مزید کسے بتایا گیا
incidents-versions = ورژنز
incidents-versions-label = تمام ورژنز، پرانے پہلے
incidents-version-first = پہلی بار لکھا گیا
incidents-version-correction = تصحیح { $number }
incidents-version-written = { $when } کو لکھا گیا
# $fields: the names below, joined by incidents-list-separator.
incidents-version-changed = تبدیل شدہ: { $fields }
incidents-version-unchanged = متن میں کوئی تبدیلی نہیں۔
incidents-field-occurred-at = کب ہوا
incidents-field-occurred-until = کب تک
incidents-field-location = کہاں
incidents-field-kind = قسم
incidents-field-behaviours = رویہ
incidents-field-description = کیا کہا یا کیا گیا
incidents-field-appearance = حلیہ
incidents-field-vehicle = گاڑی
incidents-field-witnesses = گواہ
incidents-field-impact = مجھ پر اثر
incidents-field-daily-life = روزمرہ زندگی
incidents-field-police = پولیس کی تفصیلات
incidents-field-reported-to = مزید کسے بتایا گیا
incidents-field-attachments = منسلکات
incidents-field-links = کون، یا توڑا گیا حکم

## The entry form
incidents-form-title-new = جو ہوا وہ لکھیں
incidents-form-title-correct = اس اندراج کی تصحیح کریں یا اس میں اضافہ کریں
incidents-form-correct-hint = پہلا ورژن جوں کا توں رہتا ہے۔ یہ آج کی تاریخ کے ساتھ ایک نئے ورژن کے طور پر محفوظ ہوتا ہے۔
incidents-form-like-hint = یہ اسی اندراج سے بھرا گیا ہے جو کھلا ہوا تھا۔ وقت چیک کریں، اور جو کچھ مختلف تھا اسے بدل دیں۔
incidents-form-when = یہ کب ہوا؟
incidents-form-until = کب تک (اگر یہ کچھ دیر جاری رہا)
incidents-form-where = کہاں
incidents-form-kind = کس قسم کا واقعہ ہوا؟
incidents-form-breach-hint = “کیا انہوں نے کوئی حکم یا شرط توڑی؟” کے نیچے وہ شرط منتخب کریں جو توڑی گئی، تاکہ ریکارڈ میں یہ اندراج اس کے حکم کے ذریعے تلاش کیا جا سکے۔
incidents-form-behaviours = ان میں سے کون سی باتیں میل کھاتی ہیں؟ (جتنی چاہیں منتخب کریں)
incidents-form-description = کیا کہا یا کیا گیا
incidents-form-description-hint = اگر یاد ہوں تو ان کے بالکل وہی الفاظ۔
incidents-form-appearance = ان کا حلیہ کیسا تھا؟
incidents-form-vehicle = گاڑی
incidents-form-vehicle-hint = اگر دیکھا ہو تو کمپنی، رنگ، نمبر پلیٹ۔
incidents-form-witnesses = گواہ
incidents-form-impact = آپ کو کیسا محسوس ہوا؟
incidents-form-daily = کیا اس سے آپ کے روزمرہ کے معمولات بدل گئے ہیں؟
incidents-form-daily-hint = مثال کے طور پر کوئی اور راستہ، گھر پر رہنا، کام سے چھٹی۔ یہ بات پولیس کے لیے اہم ہے۔
incidents-form-officer = پولیس افسر (اگر رپورٹ کیا گیا)
incidents-form-crime-ref = جرم کا حوالہ نمبر (crime reference number)
incidents-form-reported-to = کوئی اور جسے بتایا گیا
incidents-form-close = بند کریں
incidents-form-close-label = محفوظ کیے بغیر بند کریں؛ جو لکھا گیا وہ مسودے کے طور پر رکھا جاتا ہے
incidents-form-save = محفوظ کریں
incidents-form-need-time = براہ کرم تاریخ اور وقت لکھیں، چاہے اندازاً ہی ہو۔
incidents-form-files-busy = فائلیں ابھی شامل کی جا رہی ہیں۔ براہ کرم تھوڑی دیر بعد دوبارہ محفوظ کریں۔
incidents-form-not-saved = یہ محفوظ نہیں ہو سکا۔ کچھ بھی ضائع نہیں ہوا؛ براہ کرم دوبارہ کوشش کریں۔
# What the kept draft is called in the list at the top.
incidents-draft-new = ایک نیا واقعہ
incidents-draft-correction = { $when } کے اندراج ({ $kind }) کی تصحیح
# Ends the sentence "You were writing this before. It isn't saved yet: …."
incidents-draft-save-hint = اسے رکھنے کے لیے فارم کے آخر میں “محفوظ کریں” دبائیں

## Who it was, and the order broken (incident-links.ts)
incidents-link-who = یہ کون تھا؟ (جتنے چاہیں منتخب کریں)
incidents-link-breach = کیا انہوں نے کوئی حکم یا شرط توڑی؟ (شرط منتخب کریں)
incidents-link-gone = { $label } (اب فہرست میں نہیں)
# Followed by the button incidents-link-add.
incidents-link-none = یہ بتانے کے لیے کہ یہ کون تھا، یا کون سا حکم توڑا گیا، پہلے انہیں شامل کریں:{ " " }
incidents-link-add = انہیں “لوگ اور احکامات” میں شامل کریں
