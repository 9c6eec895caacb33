## What a new vault starts with, in the language in use while the person has not changed it:
## the built-in checklists (crates/store/src/checklists.rs) and the support directory's
## services (crates/store/src/directory.rs). Names of organisations stay as they are.

builtin-checklist-changing-routines = معمولات میں تبدیلی
builtin-checklist-changing-routines-01 = جن جگہوں پر باقاعدگی سے جانا ہوتا ہے، وہاں جانے کے راستے بدلتے رہیں
builtin-checklist-changing-routines-02 = نکلنے اور پہنچنے کے اوقات بدلتے رہیں
builtin-checklist-changing-routines-03 = جب ممکن ہو، کسی اور کے ساتھ سفر کریں
builtin-checklist-changing-routines-04 = اپنا سفر یا پہنچنے کا متوقع وقت کسی قابلِ اعتماد شخص کے ساتھ شیئر کریں
builtin-checklist-changing-routines-05 = اپنے موجودہ یا آئندہ مقام کے بارے میں پوسٹ کرنے سے گریز کریں، اور ایسی تصاویر سے بھی جن سے یہ ظاہر ہو
builtin-checklist-changing-routines-06 = دوستوں اور گھر والوں سے کہیں کہ آپ کا مقام یا آپ کی تصاویر پوسٹ نہ کریں
builtin-checklist-changing-routines-07 = کام یا اسکول میں کسی کو بتائیں کہ کیا ہو رہا ہے، اور مل کر ایک منصوبہ طے کریں
builtin-checklist-changing-routines-08 = انتخابی رجسٹر (electoral register) میں گمنام طور پر اندراج کی درخواست کریں
builtin-checklist-changing-routines-09 = اپنی ڈاک کسی دوسرے پتے پر منتقل کروائیں، یا PO box (ڈاک خانے کا ڈبہ) استعمال کریں
builtin-checklist-changing-routines-10 = وقتاً فوقتاً مختلف دکانیں، جم یا کیفے استعمال کریں
builtin-checklist-changing-routines-11 = اپنا فون چارج رکھیں اور اسے اپنے پاس رکھیں

builtin-checklist-devices-and-accounts = ڈیوائسز اور اکاؤنٹس
builtin-checklist-devices-and-accounts-warning = سیٹنگز یا پاس ورڈ بدلنے سے دوسرے شخص کو خبر ہو سکتی ہے کہ اقدامات کیے جا رہے ہیں، اور کچھ لوگوں کے لیے اس سے خطرہ بڑھ جاتا ہے۔ اگر یقین نہ ہو، تو پہلے کسی مدد کی سروس سے بات کریں، اور تبدیلیاں ایسی ڈیوائس سے کریں جس تک اس شخص کی کبھی رسائی نہ رہی ہو۔
builtin-checklist-devices-and-accounts-01 = Find My / Find My Device چیک کریں، اور یہ بھی کہ آپ کا مقام کون دیکھ سکتا ہے
builtin-checklist-devices-and-accounts-02 = نقشوں، میسجنگ اور سوشل ایپس میں مقام کی شیئرنگ چیک کریں
builtin-checklist-devices-and-accounts-03 = چیک کریں کہ آپ کے اکاؤنٹس میں کون سی ڈیوائسز سائن اِن ہیں
builtin-checklist-devices-and-accounts-04 = ان اکاؤنٹس کی فہرست بنائیں جو مشترکہ ہیں یا جن کا پاس ورڈ شاید دوسرے شخص کو معلوم ہو
builtin-checklist-devices-and-accounts-05 = اپنے بیگ، کوٹ اور گاڑی میں ٹریکنگ ٹیگز (AirTag، Tile، SmartTag) تلاش کریں
builtin-checklist-devices-and-accounts-06 = اپنے فون پر نامعلوم ایپس، پروفائلز یا ڈیوائس مینجمنٹ چیک کریں
builtin-checklist-devices-and-accounts-07 = کسی محفوظ ڈیوائس سے پاس ورڈ تبدیل کریں، ای میل سے شروع کر کے
builtin-checklist-devices-and-accounts-08 = ای میل، بینکنگ اور سوشل میڈیا کے لیے دو مرحلوں والی تصدیق (two-step verification) آن کریں
builtin-checklist-devices-and-accounts-09 = ای میل فارورڈنگ کے اصول اور ریکوری فون نمبر چیک کریں
builtin-checklist-devices-and-accounts-10 = اسمارٹ ہوم ڈیوائسز، دروازے کی گھنٹیاں اور کیمرے چیک کریں جن تک دوسرے شخص کی رسائی ہو سکتی ہو
builtin-checklist-devices-and-accounts-11 = گاڑی کی ایپ اور اس سے منسلک سروسز چیک کریں

builtin-service-gb-999-name = ہنگامی سروسز
builtin-service-gb-999-description = جب کوئی ابھی خطرے میں ہو تو پولیس، ایمبولینس یا فائر بریگیڈ۔
builtin-service-gb-999-hours = 24 گھنٹے
builtin-service-gb-silent-solution-name = Silent Solution (خاموش حل)
builtin-service-gb-silent-solution-description = اگر بولنا ممکن نہ ہو: موبائل فون سے 999 پر کال کریں، سنیں، پھر پوچھے جانے پر 55 دبائیں۔ آپریٹر کو پتہ چل جائے گا کہ یہ واقعی ہنگامی صورت ہے۔
builtin-service-gb-silent-solution-hours = 24 گھنٹے
builtin-service-gb-101-name = پولیس (غیر ہنگامی)
builtin-service-gb-101-description = کسی ایسی بات کی رپورٹ کرنے کے لیے جو پہلے ہی ہو چکی ہو، یا مشورہ لینے کے لیے جب کوئی فوری خطرے میں نہ ہو۔
builtin-service-gb-101-hours = 24 گھنٹے
builtin-service-gb-national-stalking-helpline-name = National Stalking Helpline (اسٹاکنگ کی قومی ہیلپ لائن)
builtin-service-gb-national-stalking-helpline-description = پیچھا کیے جانے (اسٹاکنگ) سے متاثر ہر شخص کے لیے مشورہ اور مدد۔
builtin-service-gb-national-stalking-helpline-hours = پیر، منگل، جمعرات، جمعہ 09:30–16:00؛ بدھ 13:00–16:00
builtin-service-gb-refuge-name = National Domestic Abuse Helpline (گھریلو زیادتی کی قومی ہیلپ لائن، Refuge)
builtin-service-gb-refuge-description = گھریلو زیادتی کا سامنا کرنے والے ہر شخص کے لیے مفت، رازدارانہ مدد، جس میں پناہ گاہ (refuge) تلاش کرنے میں مدد بھی شامل ہے۔
builtin-service-gb-refuge-hours = 24 گھنٹے
builtin-service-gb-crimestoppers-name = Crimestoppers
builtin-service-gb-crimestoppers-description = جرم کے بارے میں معلومات گمنام طور پر دیں۔
builtin-service-gb-crimestoppers-hours = 24 گھنٹے
builtin-service-gb-paladin-name = Paladin National Stalking Advocacy Service (اسٹاکنگ کے متاثرین کی مدد کی قومی سروس)
builtin-service-gb-paladin-description = اسٹاکنگ کے ماہر معاون کارکن جو زیادہ خطرے میں موجود لوگوں کی مدد کرتے ہیں اور پولیس اور عدالتوں کے مراحل میں ان کا ساتھ دیتے ہیں۔
builtin-service-gb-paladin-hours = پیر سے جمعہ
builtin-service-gb-wls-live-fear-free-name = Live Fear Free helpline (خوف کے بغیر جیئیں ہیلپ لائن)
builtin-service-gb-wls-live-fear-free-description = ویلز میں گھریلو زیادتی، جنسی تشدد یا اسٹاکنگ کا سامنا کرنے والے ہر شخص کے لیے ویلش یا انگریزی میں مفت، رازدارانہ مدد۔ 07860 077 333 پر ٹیکسٹ میسج بھی بھیجا جا سکتا ہے۔
builtin-service-gb-wls-live-fear-free-hours = 24 گھنٹے
builtin-service-gb-sct-domestic-abuse-helpline-name = Scotland's Domestic Abuse and Forced Marriage Helpline (گھریلو زیادتی اور جبری شادی کے لیے اسکاٹ لینڈ کی ہیلپ لائن)
builtin-service-gb-sct-domestic-abuse-helpline-description = اسکاٹ لینڈ میں گھریلو زیادتی یا جبری شادی سے متاثر ہر شخص کے لیے مفت، رازدارانہ مدد۔
builtin-service-gb-sct-domestic-abuse-helpline-hours = 24 گھنٹے
builtin-service-gb-nir-domestic-sexual-abuse-helpline-name = Domestic and Sexual Abuse Helpline (گھریلو اور جنسی زیادتی کی ہیلپ لائن)
builtin-service-gb-nir-domestic-sexual-abuse-helpline-description = شمالی آئرلینڈ میں گھریلو یا جنسی زیادتی سے متاثر ہر شخص کے لیے مفت، رازدارانہ مدد۔
builtin-service-gb-nir-domestic-sexual-abuse-helpline-hours = 24 گھنٹے
builtin-service-gb-mens-advice-line-name = Men's Advice Line (مردوں کے لیے مشورے کی لائن، Respect)
builtin-service-gb-mens-advice-line-description = گھریلو زیادتی کا سامنا کرنے والے مردوں کے لیے رازدارانہ مدد۔
builtin-service-gb-mens-advice-line-hours = پیر سے جمعہ
builtin-service-gb-galop-name = Galop National LGBT+ Domestic Abuse Helpline (LGBT+ افراد کے لیے گھریلو زیادتی کی قومی ہیلپ لائن)
builtin-service-gb-galop-description = گھریلو زیادتی کا سامنا کرنے والے LGBT+ افراد کے لیے مدد، بشمول خاندان کے افراد کی طرف سے زیادتی۔
builtin-service-gb-galop-hours = پیر سے جمعہ
