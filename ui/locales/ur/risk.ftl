## خطرے کی صورتحال: جانچیں، معاون کارکن کا حصہ، واقعات کے ریکارڈ سے انداز۔
## ہیلپ لائنوں کے نام انگریزی میں رہتے ہیں؛ ان کے فون نمبر اور اوقات متغیرات کے طور پر آتے ہیں۔
## "advocate" کا ترجمہ "معاون کارکن" ہے (ایڈووکیٹ نہیں، جس کا مطلب وکیل سمجھا جاتا ہے)۔

## جوابات

risk-answer-yes = ہاں
risk-answer-no = نہیں
risk-answer-not-known = معلوم نہیں

## سوالات۔ گھریلو زیادتی: SafeLives DASH چیک لسٹ کے حصے (1 تا 24)۔ پیچھا کرنا: S-DASH کے حصے (1 تا 11)۔
## پھر پہلے والے سوالات۔ مطلب بالکل وہی رہے: معاون کارکن جوابات سرکاری فارم پر نقل کرتے ہیں۔

risk-q-da-injury = کیا پچھلی بار جب کچھ ہوا تو آپ کو چوٹ آئی تھی؟
risk-q-da-frightened = کیا آپ کو بہت زیادہ ڈر لگتا ہے؟
risk-q-da-afraid-of = کیا آپ کو ڈر ہے کہ وہ آپ کو پھر نقصان پہنچائیں گے، یا اس سے بھی بُرا کچھ کریں گے؟
risk-q-da-isolated = کیا وہ آپ کو گھر والوں، دوستوں، آپ کے ڈاکٹر یا دوسرے لوگوں سے دور رکھتے ہیں؟
risk-q-da-low-mood = کیا آپ کا دل بہت زیادہ اداس رہا ہے، یا آپ کے ذہن میں اپنی جان لینے کے خیالات آئے ہیں؟
risk-q-da-separation = کیا پچھلے ایک سال میں آپ نے انہیں چھوڑا ہے، یا چھوڑنے کی کوشش کی ہے؟
risk-q-da-child-contact = کیا بچوں سے ملنے کے معاملے پر ان کے ساتھ جھگڑا ہے؟
risk-q-da-stalking = کیا وہ بار بار آپ کو پیغام بھیجتے، فون کرتے، آپ کا پیچھا کرتے یا آپ پر نظر رکھتے ہیں؟
risk-q-da-pregnancy = کیا آپ حاملہ ہیں، یا پچھلے 18 مہینوں میں آپ کے ہاں بچہ پیدا ہوا ہے؟
risk-q-da-more-often = کیا یہ پہلے سے زیادہ بار ہو رہا ہے؟
risk-q-da-worse = کیا یہ بدتر ہوتا جا رہا ہے؟
risk-q-da-control = کیا وہ آپ کے کاموں کو قابو میں رکھنے کی کوشش کرتے ہیں، یا بہت زیادہ حسد کرتے ہیں؟
risk-q-da-weapon = کیا انہوں نے کبھی کسی ہتھیار یا کسی چیز سے آپ کو زخمی کیا ہے؟
risk-q-da-threat-to-kill = کیا انہوں نے کبھی آپ کو یا کسی اور کو جان سے مارنے کی دھمکی دی ہے، اور آپ کو ان کی بات پر یقین آیا؟
risk-q-da-strangling = کیا انہوں نے کبھی آپ کا گلا گھونٹنے، گلا دبانے، سانس روکنے یا آپ کو ڈبونے کی کوشش کی ہے؟
risk-q-da-sexual = کیا وہ ایسی جنسی حرکتیں کرتے یا باتیں کہتے ہیں جن سے آپ کو تکلیف پہنچتی ہے یا برا محسوس ہوتا ہے، یا کسی اور کے ساتھ ایسا کرتے ہیں؟
risk-q-da-other-threat = کیا کوئی اور بھی ہے جس نے آپ کو دھمکی دی ہو، یا جس سے آپ کو ڈر لگتا ہو؟
risk-q-da-hurt-others = کیا آپ کے علم میں ہے کہ انہوں نے کسی اور کو نقصان پہنچایا ہے، جیسے بچوں، کسی رشتہ دار یا سابق ساتھی کو؟
risk-q-da-animals = کیا انہوں نے کبھی کسی جانور یا پالتو جانور کو نقصان پہنچایا ہے یا اس کے ساتھ برا سلوک کیا ہے؟
risk-q-da-money = کیا پیسوں کے مسائل ہیں، جیسے پیسوں کے لیے ان پر انحصار، یا ان کی نوکری چلی جانا؟
risk-q-da-their-problems = کیا پچھلے ایک سال میں شراب، منشیات یا ان کی ذہنی صحت کی وجہ سے ان کے لیے روزمرہ زندگی مشکل رہی ہے؟
risk-q-da-their-suicide = کیا انہوں نے کبھی اپنی جان لینے کی دھمکی دی ہے یا کوشش کی ہے؟
risk-q-da-broken-terms = کیا انہوں نے کبھی ضمانت کی شرائط (bail)، عدالتی حکم (court order)، یا آپ سے یا بچوں سے ملنے کے بارے میں کوئی معاہدہ توڑا ہے؟
risk-q-da-police = کیا آپ کے علم میں ہے کہ وہ پولیس کے ساتھ کسی مسئلے میں رہے ہیں، یا ان کا مجرمانہ ریکارڈ ہے؟

risk-q-st-frightened = کیا آپ کو بہت زیادہ ڈر لگتا ہے؟
risk-q-st-history = کیا یہ سب شروع ہونے سے پہلے انہوں نے آپ کے ساتھ یا کسی اور کے ساتھ بدسلوکی کی تھی یا ہراساں کیا تھا؟
risk-q-st-damage = کیا انہوں نے آپ کی کسی چیز کو نقصان پہنچایا ہے یا تباہ کیا ہے؟
risk-q-st-turns-up = کیا وہ بغیر بلائے، ہفتے میں تین بار سے زیادہ، وہاں آ جاتے ہیں جہاں آپ موجود ہوں؟
risk-q-st-follows = کیا انہوں نے آپ کا پیچھا کیا ہے، یا آپ کے آس پاس منڈلاتے رہے ہیں؟
risk-q-st-threats = کیا انہوں نے آپ کو جسمانی یا جنسی نقصان پہنچانے کی دھمکی دی ہے؟
risk-q-st-third-parties = یہ سب شروع ہونے کے بعد سے، کیا انہوں نے آپ کے قریبی لوگوں (گھر والوں، بچوں، دوستوں، ساتھی، ساتھ کام کرنے والوں یا پڑوسیوں) کو ہراساں کیا ہے؟
risk-q-st-violent-to-others = جب سے یہ سب ہو رہا ہے، کیا انہوں نے کسی اور کے ساتھ تشدد کیا ہے؟
risk-q-st-helpers = کیا انہوں نے دوسرے لوگوں سے اپنی مدد کروائی ہے، چاہے ان لوگوں کو اس کا علم ہو یا نہ ہو؟
risk-q-st-drink-drugs = کیا یہ بات معلوم ہے کہ وہ شراب یا منشیات کا غلط استعمال کرتے ہیں؟
risk-q-st-violent-before = کیا وہ ماضی میں جسمانی یا جذباتی طور پر تشدد کرتے رہے ہیں؟

risk-q-weekly = کیا یہ ہر ہفتے، یا اس سے بھی زیادہ بار ہو رہا ہے؟
risk-q-worse = کیا حال ہی میں یہ زیادہ بار ہونے لگا ہے، یا زیادہ خوفناک ہوتا جا رہا ہے؟
risk-q-long-running = کیا یہ چند مہینوں سے زیادہ عرصے سے چل رہا ہے؟
risk-q-threats = کیا انہوں نے آپ کو، آپ کے بچوں کو، یا آپ کے کسی قریبی شخص کو دھمکی دی ہے؟
risk-q-threat-to-kill = کیا انہوں نے آپ کو جان سے مارنے یا شدید نقصان پہنچانے کی، یا خود کو نقصان پہنچانے کی دھمکی دی ہے؟
risk-q-violence = کیا انہوں نے کبھی آپ کو نقصان پہنچایا ہے، یا کسی اور کے ساتھ تشدد کیا ہے؟
risk-q-weapon = کیا ان کے پاس کوئی ہتھیار ہے، یا انہوں نے ہتھیار حاصل کرنے یا استعمال کرنے کی بات کی ہے؟
risk-q-third-parties = کیا انہوں نے دوسرے لوگوں کے ذریعے اپنی طرف سے آپ سے رابطہ کروایا، آپ پر نظر رکھوائی یا آپ کا پیچھا کروایا ہے؟
risk-q-turns-up = کیا وہ آپ کے گھر، کام کی جگہ، اسکول یا ان جگہوں پر آ پہنچے ہیں جہاں آپ کا آنا جانا ہے؟
risk-q-damage = کیا انہوں نے آپ کی چیزوں، گاڑی، گھر یا ڈاک کو نقصان پہنچایا ہے یا ان سے چھیڑ چھاڑ کی ہے؟
risk-q-tracking = کیا ایسا لگتا ہے کہ انہیں معلوم ہوتا ہے کہ آپ کہاں ہیں، یا وہ آپ کے فون یا اکاؤنٹس تک پہنچ جاتے ہیں؟
risk-q-fear = کیا آپ کو ڈر ہے کہ وہ آگے کیا کر سکتے ہیں؟
risk-q-changed-life = کیا ان کی وجہ سے آپ نے اپنا معمول، کام یا گھر بدلا ہے؟
risk-q-order-breach = کیا انہوں نے کوئی عدالتی حکم (court order)، ضمانت کی شرائط (bail conditions) یا پولیس کی وارننگ توڑی ہے؟
risk-q-former-partner = کیا وہ آپ کے سابق ساتھی ہیں؟

## حصوں کے عنوانات

risk-area-you = آپ، اور آپ کا حال
risk-area-situation = آپ کی صورتحال
risk-area-what-they-do = وہ کیا کرتے ہیں
risk-area-others-animals-money = دوسرے لوگ، جانور اور پیسے
risk-area-about-them = ان کے بارے میں
risk-area-how-you-feel = آپ کے احساسات
risk-area-what-has-happened = کیا ہوا ہے
risk-area-other-people = دوسرے لوگ

## جانچیں

risk-instrument-domestic-abuse = گھریلو زیادتی کی جانچ
risk-instrument-domestic-abuse-choice = کسی ساتھی، سابق ساتھی یا گھر کے کسی فرد کی طرف سے زیادتی ({ $count ->
        [one] { $count } سوال
       *[other] { $count } سوالات
    })
risk-instrument-stalking = پیچھا کرنے (اسٹاکنگ) کی جانچ
risk-instrument-stalking-choice = کسی کی طرف سے بھی پیچھا کرنا (اسٹاکنگ) یا ہراساں کرنا ({ $count ->
        [one] { $count } سوال
       *[other] { $count } سوالات
    })
risk-instrument-earlier = خطرے کی جانچ (پہلے والے سوالات)

## درجے

risk-level-not-graded = درجہ بندی نہیں ہوئی
risk-level-fewer-concerns = کم خدشات
risk-level-some-concerns = کچھ خدشات
risk-level-serious-concerns = سنگین خدشات
risk-level-standard = معیاری
risk-level-medium = درمیانہ
risk-level-high = زیادہ

## جانچ کے بعد کیا کہا جاتا ہے

risk-helpline-stalking = اسٹاکنگ کی قومی ہیلپ لائن National Stalking Helpline (فون { $phone }، پیر سے جمعہ { $weekdays }، بدھ کو { $wednesdays })
risk-helpline-domestic-abuse = گھریلو زیادتی کی قومی ہیلپ لائن National Domestic Abuse Helpline (فون { $phone }، کسی بھی وقت)
risk-in-danger = اگر آپ اس وقت خطرے میں ہیں تو 999 پر کال کریں۔ اگر بولنا ممکن نہ ہو تو موبائل سے 999 پر کال کریں اور پوچھے جانے پر 55 دبائیں۔
risk-level-high-message = آپ کے کچھ جوابات ایسے ہیں جنہیں معاون کارکن بہت سنجیدگی سے لیتے ہیں۔ آپ کو اس کا سامنا اکیلے نہیں کرنا۔ { $helpline } یا آپ کا IDVA آپ کے ساتھ اس پر بات کر سکتا ہے اور منصوبہ بنانے میں آپ کی مدد کر سکتا ہے۔
risk-level-raised-message = آپ کے کچھ جوابات ایسی باتیں ہیں جن کے بارے میں معاون کارکن جاننا چاہیں گے۔ آپ کو اس کا سامنا اکیلے نہیں کرنا۔ { $helpline } یا آپ کا IDVA آپ کے ساتھ اس پر بات کر سکتا ہے۔ اگر آپ اس وقت خطرے میں ہیں تو 999 پر کال کریں۔
risk-thanks = شکریہ۔ حالات بدل سکتے ہیں، اس لیے کبھی کبھار یہاں دوبارہ آنا مددگار ہو سکتا ہے۔
risk-screening-count-reached = { $total } میں سے { $yes } جوابات "ہاں" ہیں۔ { $threshold } یا اس سے زیادہ "ہاں" پر معاون کارکن کسی کو MARAC کے پاس بھیجتے ہیں: یہ ایک میٹنگ ہے جس میں مقامی ادارے مل کر لوگوں کو محفوظ رکھنے کا منصوبہ بناتے ہیں۔
risk-screening-judgement = معاون کارکن کی رائے: { $level }۔
risk-screening-serious = آپ کے کچھ جوابات ایسے ہیں جنہیں معاون کارکن بہت سنجیدگی سے لیتے ہیں۔
risk-screening-some = آپ کے کچھ جوابات ایسی باتیں ہیں جن کے بارے میں معاون کارکن جاننا چاہیں گے۔
risk-screening-meets-criteria = یہ MARAC کو بھیجنے (ریفرل) کے معیار پر پورا اترتا ہے۔
risk-screening-explain-referral = ایک معاون کارکن (IDVA) آپ کو بتا سکتا ہے کہ ریفرل کا کیا مطلب ہے اور آپ کے ساتھ اس پر بات کر سکتا ہے۔ { $helpline } کسی معاون کارکن سے آپ کا رابطہ کروا سکتی ہے۔
risk-screening-not-alone = آپ کو اس کا سامنا اکیلے نہیں کرنا۔ { $helpline } یا آپ کا IDVA آپ کے ساتھ اس پر بات کر سکتا ہے۔
risk-referred-on = { $date } کو MARAC کے پاس بھیجا گیا۔

## جانچ کے بارے میں حقائق

risk-facts-earlier = { $level }۔ { $yes }۔
risk-facts = { $level }، { $yes }۔
risk-yes-of = { $total } میں سے { $yes } "ہاں"
risk-yes-count = { $count ->
        [0] کوئی جواب "ہاں" نہیں
        [one] { $count } جواب "ہاں"
       *[other] { $count } جوابات "ہاں"
    }
risk-done-alone-your = { $date } کو آپ نے خود اکیلے مکمل کی۔
risk-done-alone-their = { $date } کو اس شخص نے خود اکیلے مکمل کی۔
risk-done-with-your-advocate-named = { $date } کو آپ کے معاون کارکن، { $advocate }، کے ساتھ مکمل کی گئی۔
risk-done-with-their-advocate-named = { $date } کو ان کے معاون کارکن، { $advocate }، کے ساتھ مکمل کی گئی۔
risk-done-with-your-advocate = { $date } کو آپ کے معاون کارکن کے ساتھ مکمل کی گئی۔
risk-done-with-their-advocate = { $date } کو ان کے معاون کارکن کے ساتھ مکمل کی گئی۔
risk-count-line-reached = MARAC ریفرل کے لیے گنتی ({ $threshold } یا زیادہ "ہاں"): پوری ہو گئی۔
risk-count-line-not-reached = MARAC ریفرل کے لیے گنتی ({ $threshold } یا زیادہ "ہاں"): پوری نہیں ہوئی۔
risk-judgement-line = معاون کارکن کی رائے: { $level }۔ وجہ: { $reason }
risk-judgement-line-referring = معاون کارکن کی رائے: { $level }، MARAC کو ریفرل کے ساتھ۔ وجہ: { $reason }
risk-escalation-line = پچھلے 12 مہینوں میں تین یا زیادہ واقعات (شدت میں اضافہ)۔
risk-marac-criteria-met = MARAC کے معیار پورے ہوئے: { $criteria }۔
risk-marac-reason-count = گنتی
risk-marac-reason-judgement = پیشہ ورانہ رائے
risk-marac-reason-escalation = شدت میں اضافہ
risk-next-review-line = اگلا جائزہ: { $date }۔

## معاون کارکن کے حصے میں مسائل

risk-problem-done-on-missing = براہ کرم وہ دن بتائیں جب جانچ کی گئی۔
risk-problem-done-on-future = جانچ کا دن مستقبل میں ہے۔ براہ کرم تاریخ دیکھ لیں۔
risk-problem-reason-missing = براہ کرم رائے کی وجہ لکھیں: یہ جانچ کے ساتھ محفوظ ہوتی ہے۔
risk-problem-judgement-missing = رائے کی بنیاد پر ریفرل سے پہلے معیاری، درمیانہ یا زیادہ میں سے ایک چنیں۔
risk-problem-marac-before-screening = MARAC ریفرل کی تاریخ جانچ سے پہلے کی ہے۔ براہ کرم اسے دیکھ لیں۔
risk-problem-marac-future = MARAC ریفرل کی تاریخ مستقبل میں ہے۔ ریفرل ہو جانے کے بعد اسے درج کریں۔
risk-problem-review-too-early = اگلا جائزہ جانچ کے دن کے بعد ہونا چاہیے۔
risk-problem-date-incomplete = یہ تاریخ مکمل نہیں ہے۔ براہ کرم دن، مہینہ اور سال لکھیں، یا اسے خالی چھوڑ دیں۔
risk-problem-choose-questions = پہلے چنیں کہ کون سے سوالات کے جواب دینے ہیں۔

## پچھلی جانچ کے بعد کیا بدلا

risk-change-since = { $date } سے
risk-change-since-time = { $date } کو { $time } سے
risk-change-same-your = { $since }: آپ کے جوابات وہی ہیں۔
risk-change-same-their = { $since }: ان کے جوابات وہی ہیں۔
risk-change = { $since }: { $changes }۔
risk-change-level = مجموعی صورتحال "{ $from }" سے بدل کر "{ $to }" ہو گئی ہے
risk-change-now-yes = { $count ->
        [one] { $count } جواب بدل کر "ہاں" ہو گیا ہے
       *[other] { $count } جوابات بدل کر "ہاں" ہو گئے ہیں
    }
risk-change-no-longer-yes = { $count ->
        [one] { $count } جواب اب "ہاں" نہیں رہا
       *[other] { $count } جوابات اب "ہاں" نہیں رہے
    }
risk-change-other = کچھ جوابات بدلے ہیں، لیکن کوئی بھی "ہاں" میں یا "ہاں" سے نہیں بدلا
risk-join-and = { $first } اور { $last }
risk-join-comma = { $first }، { $next }

## واقعات کے ریکارڈ سے انداز

risk-pattern-one-on = اب تک 1 واقعہ، { $date } کو۔
risk-pattern-one = اب تک 1 واقعہ۔
risk-pattern-summary-first = { $weeks ->
        [one] { $weeks } ہفتے
       *[other] { $weeks } ہفتوں
    } میں { $count ->
        [one] { $count } واقعہ
       *[other] { $count } واقعات
    }، پہلا { $date } کو۔
risk-pattern-summary = { $weeks ->
        [one] { $weeks } ہفتے
       *[other] { $weeks } ہفتوں
    } میں { $count ->
        [one] { $count } واقعہ
       *[other] { $count } واقعات
    }۔
risk-trend-too-few = ابھی اتنے اندراجات نہیں ہیں کہ بتایا جا سکے کہ حالات بدل رہے ہیں یا نہیں۔
risk-trend-rising = پچھلے چار ہفتوں میں { $recent ->
        [one] { $recent } واقعہ ہوا
       *[other] { $recent } واقعات ہوئے
    }، جبکہ اس سے پہلے کے چار ہفتوں میں { $before } تھے۔ واقعات کا زیادہ بار ہونا ایسی بات ہے جسے معاون کارکن سنجیدگی سے لیتے ہیں۔ اپنے حفاظتی منصوبے پر دوبارہ نظر ڈالنا یا اپنے معاون کارکن سے بات کرنا مددگار ہو سکتا ہے۔
risk-trend-falling = پچھلے چار ہفتوں میں { $recent ->
        [one] { $recent } واقعہ ہوا
       *[other] { $recent } واقعات ہوئے
    }، جو اس سے پہلے کے چار ہفتوں کے { $before } سے کم ہیں۔ حالات بدل سکتے ہیں، اس لیے جب کچھ ہو تو اسے لکھ لینا اب بھی مددگار ہے۔
risk-trend-steady = پچھلے چار ہفتوں میں { $recent ->
        [one] { $recent } واقعہ ہوا
       *[other] { $recent } واقعات ہوئے
    }، تقریباً اتنے ہی جتنے اس سے پہلے کے چار ہفتوں میں تھے ({ $before })۔

## خطرے کی صورتحال کی اسکرین

risk-title = خطرے کی صورتحال
risk-lead = اس سے آپ کو اور آپ کے معاون کارکن کو یہ دیکھنے میں مدد ملتی ہے کہ حالات کیسے بدل رہے ہیں۔ یہ کوئی امتحان نہیں ہے، اور کوئی جواب غلط نہیں ہے۔
risk-lead-case = اس شخص کے لیے حالات کیسے بدل رہے ہیں: اس کیس کے ریکارڈ میں انداز، اور وقت کے ساتھ جانچیں۔
risk-shared-list-label = خطرے کی جانچیں جو اس شخص نے شیئر کی ہیں، نئی سے پرانی ترتیب میں
risk-get-help = مدد حاصل کریں
risk-open-plan = میرا حفاظتی منصوبہ کھولیں
risk-patterns-title = انداز
risk-patterns-empty = جب آپ کے واقعات کے ریکارڈ میں اندراجات شامل ہوں گے تو یہاں دکھایا جائے گا کہ چیزیں کتنی بار ہوتی ہیں۔
risk-patterns-error = اس وقت انداز معلوم نہیں کیے جا سکے۔
risk-chart-per-week = ہر ہفتے واقعات
risk-chart-last-weeks = چارٹ { $count ->
        [one] پچھلا { $count } ہفتہ
       *[other] پچھلے { $count } ہفتے
    } دکھاتا ہے۔
risk-chart-by-type = قسم کے لحاظ سے

## جانچ کا فارم

risk-screening-title = خطرے کی جانچ
risk-screening-intro = وہ سوالات جو معاون کارکن یہ جاننے کے لیے پوچھتے ہیں کہ کیا ہو رہا ہے، دو حصوں میں: ایک کسی ساتھی، سابق ساتھی یا گھر کے کسی فرد کی طرف سے زیادتی کے بارے میں، اور ایک پیچھا کرنے (اسٹاکنگ) یا ہراساں کرنے کے بارے میں۔ جتنے چاہیں اتنے سوالات کے جواب دیں۔ آپ کے جوابات تاریخ کے ساتھ محفوظ رہتے ہیں تاکہ آپ دیکھ سکیں کہ حالات کیسے بدلتے ہیں۔ جب تک آپ انہیں شیئر کرنا نہ چنیں، یہ اسی کمپیوٹر پر رہتے ہیں۔
risk-screening-intro-case = اس شخص کے ساتھ کی گئی جانچیں اس کیس میں ان کی تاریخ کے ساتھ محفوظ رہتی ہیں، ان جانچوں کے ساتھ جو وہ آپ سے شیئر کرتے ہیں۔ یہاں سے کچھ بھی انہیں نہیں بھیجا جاتا۔
risk-latest-saved = { $name }: { $date } کو محفوظ کی گئی
risk-latest-last-time = پچھلی بار: { $name }، { $date }
risk-answer-again = سوالات کے جواب دوبارہ دیں
risk-questions-error = اس وقت سوالات لوڈ نہیں ہو سکے۔
risk-form-label = خطرے کی جانچ کے سوالات
risk-which-questions = کون سے سوالات؟
risk-stalking-followup = اس کا جواب "ہاں" دیا گیا ہے: پیچھا کرنے (اسٹاکنگ) کے سوالات اس کے بارے میں مزید پوچھتے ہیں۔ یہ جوابات محفوظ کرنے کے بعد ان کے جواب بھی دیے جا سکتے ہیں۔
risk-clear-answer = جواب مٹائیں
risk-clear-answer-to = اس کا جواب مٹائیں: { $question }
risk-count-choose = سوالات دیکھنے کے لیے پہلے ایک حصہ چنیں۔
risk-count = اب تک "ہاں": { $total } میں سے { $yes }۔ جواب دیے گئے: { $answered }۔
risk-done-on-label = جانچ کا دن
risk-who-answered = جواب کس نے دیے؟
risk-by-alone = میں نے، خود اکیلے
risk-by-advocate = میں نے، اپنے معاون کارکن کے ساتھ، ایک سیشن میں
risk-by-alone-case = اس شخص نے، اکیلے
risk-by-advocate-case = اس شخص نے، میرے ساتھ، ایک سیشن میں
risk-note-label = کچھ اور جو آپ شامل کرنا چاہیں (اختیاری)
risk-save = جوابات محفوظ کریں
risk-save-error = آپ کے جوابات محفوظ نہیں ہو سکے۔ کچھ بھی ضائع نہیں ہوا؛ براہ کرم دوبارہ کوشش کریں۔
risk-draft-label = خطرے کی ایک جانچ
# ایک جملہ ختم کرتا ہے جو بتاتا ہے کہ یہ ابھی محفوظ نہیں ہوا۔ بٹن کا نام risk-save جیسا ہے۔
risk-draft-save-hint = انہیں رکھنے کے لیے "جوابات محفوظ کریں" دبائیں

## معاون کارکن کا حصہ

risk-advocate-part = معاون کارکن کا حصہ
risk-advocate-name-label = معاون کارکن کا نام یا عہدہ، جیسا دکھایا جانا چاہیے (اختیاری)
risk-judgement-legend = معاون کارکن کی پیشہ ورانہ رائے
risk-professional-judgement = پیشہ ورانہ رائے
risk-judgement-none = کوئی رائے نہیں دی گئی
risk-refer-label = اس رائے کی بنیاد پر MARAC کو ریفر کریں، گنتی چاہے جو بھی ہو
risk-reason-label = رائے کی وجہ (رائے دی جائے تو ضروری)
risk-escalation-label = پچھلے 12 مہینوں میں تین یا زیادہ واقعات (شدت میں اضافہ)
risk-marac-on-label = MARAC ریفرل کی تاریخ (اختیاری)
risk-marac-on-hint = اگر ابھی تک ریفرل نہیں ہوا تو خالی چھوڑ دیں۔
risk-review-on-label = اگلا جائزہ (اختیاری)
risk-review-on-hint = کیسوں کی فہرست پر دکھایا جاتا ہے، اور وقت آنے پر نشان زد کیا جاتا ہے۔
risk-add-advocate-part = معاون کارکن کا حصہ شامل کریں
risk-sign-off-hint = آج کی تاریخ کے ساتھ شامل کیا جاتا ہے۔ جوابات بالکل ویسے ہی رہتے ہیں جیسے دیے گئے تھے۔
risk-save-advocate-part = معاون کارکن کا حصہ محفوظ کریں
risk-cancel = منسوخ کریں
risk-sign-off-save-error = اسے محفوظ نہیں کیا جا سکا۔ کچھ بھی ضائع نہیں ہوا؛ براہ کرم دوبارہ کوشش کریں۔

## پچھلی جانچیں

risk-history-title = وقت کے ساتھ آپ کے جوابات
risk-history-title-case = اس کیس میں وقت کے ساتھ جانچیں
risk-entry-note-yours = آپ کا نوٹ:
risk-entry-note-theirs = ان کا نوٹ:
risk-entry-note = نوٹ:
risk-entry-at = { $time } بجے
risk-entry-signed-off-on = معاون کارکن کا حصہ { $date } کو شامل کیا گیا۔
risk-entry-now-yes = اب "ہاں":
risk-entry-see-answers = یہ جوابات دیکھیں
risk-entry-not-answered = جواب نہیں دیا گیا
