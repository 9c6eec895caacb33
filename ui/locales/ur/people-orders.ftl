# نقصان پہنچانے والا فرد، اور اس پر لاگو احکامات اور شرائط۔

## احکامات کی قسمیں (برطانیہ کے نام، قوسین میں انگریزی نام کے ساتھ)

people-orders-kind-stalking-protection = پیچھا کرنے سے تحفظ کا حکم (Stalking Protection Order)
people-orders-kind-non-molestation = ہراساں نہ کرنے کا حکم (non-molestation order)
people-orders-kind-restraining = امتناعی حکم (restraining order)
people-orders-kind-occupation = گھر میں رہائش کا حکم (occupation order)
people-orders-kind-domestic-abuse-protection = گھریلو زیادتی سے تحفظ کا حکم (Domestic Abuse Protection Order)
people-orders-kind-domestic-violence-protection = گھریلو تشدد سے تحفظ کا حکم (Domestic Violence Protection Order)
people-orders-kind-bail = ضمانت کی شرائط (bail conditions)
people-orders-kind-other = کوئی اور حکم یا شرط
people-orders-title-with-reference = { $kind }، { $reference }

## یاد دہانیاں

people-orders-reminder-soon = { $title }: اس کی مدت { $days } دن میں، { $date } کو ختم ہو رہی ہے۔ اگر اسے جاری رکھنے کی ضرورت ہے تو ابھی { $who ->
        [officer] اپنے معاون کارکن یا اپنے کیس کے پولیس افسر
       *[other] اپنے معاون کارکن یا وکیل
    } سے بات کریں۔
people-orders-reminder-tomorrow = { $title }: اس کی مدت کل، { $date } کو ختم ہو رہی ہے۔ اگر اسے جاری رکھنے کی ضرورت ہے تو آج ہی { $who ->
        [officer] اپنے معاون کارکن یا اپنے کیس کے پولیس افسر
       *[other] اپنے معاون کارکن یا وکیل
    } سے بات کریں۔
people-orders-reminder-today = { $title }: اس کی مدت آج، { $date } کو ختم ہو رہی ہے۔
people-orders-reminder-ended = { $title }: اس کی مدت { $date } کو ختم ہو گئی۔ اگر اس کی تجدید ہو گئی ہے تو اس کی اختتامی تاریخ بدل دیں تاکہ یاد دہانی بند ہو جائے۔

## اسکرین

people-orders-heading = افراد اور احکامات
people-orders-lead = کون نقصان پہنچا رہا ہے، اور اس فرد پر لاگو کوئی بھی احکامات یا شرائط۔ پھر آپ کے ریکارڈ کے اندراجات میں بتایا جا سکتا ہے کہ یہ کس نے کیا، اور کون سی شرط توڑی گئی۔ یہاں سے کچھ بھی اس کمپیوٹر سے باہر نہیں جاتا، جب تک آپ اسے رپورٹ کے لیے منتخب نہ کریں۔
people-orders-people-heading = یہ کون ہے
people-orders-orders-heading = احکامات اور شرائط
people-orders-load-failed = یہ ابھی لوڈ نہیں ہو سکا۔ براہ کرم دوبارہ کوشش کریں۔
people-orders-not-listed = یہاں درج نہیں

## کارڈ کے بٹن، اور ہٹانا

people-orders-change = تبدیل کریں
people-orders-change-label = { $name } کو تبدیل کریں
people-orders-remove = ہٹائیں
people-orders-remove-label = { $name } کو ہٹائیں
people-orders-remove-yes = ہاں، ہٹا دیں
people-orders-remove-keep = رہنے دیں
people-orders-remove-failed = اسے ابھی ہٹایا نہیں جا سکا۔
people-orders-removed = { $name } کو ہٹا دیا گیا ہے۔
people-orders-person-remove-question = { $name } کو ہٹا دیں؟ جن اندراجات میں ان کا نام ہے، ان میں وہی نام رہے گا جو لکھتے وقت تھا۔
people-orders-person-remove-orders = { $count ->
        [one] ان کے خلاف ایک حکم درج ہے: وہ برقرار رہے گا، مگر ان کے نام کے بغیر۔
       *[other] ان کے خلاف { $count } احکامات درج ہیں: وہ برقرار رہیں گے، مگر ان کے نام کے بغیر۔
    }
people-orders-order-remove-question = { $title } کو ہٹا دیں؟

## فرد کا کارڈ

people-orders-fact-aliases = دوسرے نام
people-orders-fact-relationship = ان سے آپ کا تعلق
people-orders-fact-description = ان کا حلیہ
people-orders-fact-vehicles = گاڑیاں
people-orders-fact-addresses = پتے
people-orders-fact-workplaces = کام کی جگہیں
people-orders-fact-social-media = سوشل میڈیا
people-orders-photo-label = تصویر:

## فرد کو شامل کرنا یا تبدیل کرنا

people-orders-add-person-heading = کسی فرد کو شامل کریں
people-orders-field-name = نام، یا ان کی کوئی پہچان
people-orders-field-aliases = ان کے دوسرے نام (ہر سطر پر ایک)
people-orders-field-relationship = ان سے آپ کا تعلق
people-orders-field-relationship-hint = مثال کے طور پر: سابق ساتھی، پڑوسی، کوئی اجنبی
people-orders-field-description = ان کا حلیہ
people-orders-field-vehicles = گاڑیاں اور رجسٹریشن نمبر (ہر سطر پر ایک)
people-orders-field-addresses = پتے (ہر سطر پر ایک)
people-orders-field-workplaces = کام کی جگہیں (ہر سطر پر ایک)
people-orders-field-social-media = سوشل میڈیا اکاؤنٹس (ہر سطر پر ایک)
people-orders-field-photo = ان کی تصویر (اختیاری)
people-orders-photo-kept = ایک تصویر رکھی ہوئی ہے۔
people-orders-photo-drop = تصویر ہٹا دیں
people-orders-photo-adding = تصویر شامل کی جا رہی ہے…
people-orders-photo-ready-file = تصویر تیار ہے: { $file }۔ محفوظ کرنے پر یہ رکھ لی جائے گی۔
people-orders-photo-ready = ایک تصویر تیار ہے۔ محفوظ کرنے پر یہ رکھ لی جائے گی۔
people-orders-photo-add-failed = تصویر شامل نہیں ہو سکی۔
people-orders-photo-none = کوئی تصویر نہیں۔
people-orders-name-missing = براہ کرم کوئی نام لکھیں، یا ان کی کوئی پہچان (جیسے “نیلی وین والا آدمی”)۔
people-orders-add-person = یہ فرد شامل کریں

## فارم محفوظ کرنا

people-orders-save-changes = تبدیلیاں محفوظ کریں
people-orders-cancel = منسوخ کریں
people-orders-changes-saved = تبدیلیاں محفوظ ہو گئیں۔
people-orders-added = { $name } کو شامل کر دیا گیا۔
people-orders-save-failed = یہ محفوظ نہیں ہو سکا۔ کچھ بھی ضائع نہیں ہوا؛ براہ کرم دوبارہ کوشش کریں۔

## مسودے

people-orders-draft-changes = { $name } میں تبدیلیاں
people-orders-draft-person = نقصان پہنچانے والا فرد
people-orders-draft-order = حکم یا شرائط
people-orders-save-hint-changes = اسے رکھنے کے لیے “تبدیلیاں محفوظ کریں” دبائیں
people-orders-save-hint-person = اسے رکھنے کے لیے “یہ فرد شامل کریں” دبائیں
people-orders-save-hint-order = اسے رکھنے کے لیے “یہ حکم شامل کریں” دبائیں

## حکم کا کارڈ

people-orders-fact-against = کس کے خلاف
people-orders-fact-made-by = جاری کنندہ
people-orders-fact-made-on = جاری ہونے کی تاریخ
people-orders-fact-ends = اختتام
people-orders-fact-note = نوٹ
people-orders-conditions-label = شرائط:
people-orders-no-conditions = ابھی کوئی شرط نہیں لکھی گئی۔

## حکم شامل کرنا یا تبدیل کرنا

people-orders-add-order-label = حکم شامل کریں
people-orders-add-order-heading = حکم یا شرائط شامل کریں
people-orders-field-kind = کس قسم کا
people-orders-choose-kind = قسم منتخب کریں
people-orders-field-against = یہ کس کے خلاف ہے
people-orders-field-made-by = جاری کنندہ (عدالت یا پولیس فورس)
people-orders-field-reference = حوالہ نمبر
people-orders-field-made-on = جاری ہونے کی تاریخ (اختیاری)
people-orders-field-ends-on = ختم ہونے کی تاریخ (اختیاری)
people-orders-field-ends-on-hint = ختم ہونے سے چار ہفتے پہلے آپ کو یہاں، اور ایپ کھولنے پر، یاد دلایا جائے گا۔
people-orders-field-note = اس کے بارے میں کوئی اور بات (اختیاری)
people-orders-conditions-legend = ہر شرط الگ سطر پر، بالکل ویسے جیسے حکم میں لکھی ہے
people-orders-condition-label = شرط { $number }
people-orders-condition-remove-label = شرط { $number } ہٹائیں
people-orders-condition-remove = ہٹائیں
people-orders-condition-add = شرط شامل کریں
people-orders-add-order = یہ حکم شامل کریں
people-orders-kind-missing = براہ کرم منتخب کریں کہ یہ کس قسم کا حکم یا شرط ہے۔
people-orders-date-incomplete = یہ تاریخ مکمل نہیں ہے۔ براہ کرم دن، مہینہ اور سال لکھیں، یا اسے خالی چھوڑ دیں۔
people-orders-ends-before-made = اس کے ختم ہونے کی تاریخ جاری ہونے کی تاریخ سے پہلے ہے۔ براہ کرم تاریخیں چیک کریں۔
people-orders-order-empty = براہ کرم کم از کم اس کا حوالہ نمبر، یہ کس کے خلاف ہے، یا ایک شرط لکھیں۔
