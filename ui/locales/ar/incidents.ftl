## The incident log (incidents.ts, incident-links.ts)

# Between the items of a list read in a sentence ("Fixated, Repeated").
incidents-list-separator = { "، " }

## The log
incidents-title = سجل الحوادث
incidents-lead = يُرجى تدوين الأمور في أقرب وقت ممكن. يحتفظ كل مُدخل بوقت كتابته، وتُحفظ التصحيحات كنسخ جديدة، حتى يمكن عرضه على الشرطة أو المحكمة.
incidents-list-label = الحوادث، الأحدث أولًا
incidents-shared-list-label = الحوادث التي يشاركها الشخص، الأحدث أولًا
incidents-new = تدوين ما حدث
incidents-bring-chat = جلب محادثة أو قائمة رسائل…
incidents-bring-files = جلب صور أو ملفات…
incidents-bring-emails = جلب رسائل بريد إلكتروني…
incidents-show-older = عرض المدخلات الأقدم
incidents-nothing-yet = لم يُدوَّن شيء بعد.
incidents-everything-shown = هذا كل شيء.
incidents-load-failed = تعذّر تحميل السجل.
# $count is 1 or more.
incidents-check-intact =
    { $count ->
        [one] تم التحقق: لم تتغير النسخة المحفوظة منذ كتابتها.
        [two] تم التحقق: لم تتغير أيٌّ من النسختين المحفوظتين منذ كتابتها.
       *[other] تم التحقق: لم تتغير أيٌّ من النسخ المحفوظة ({ $count }) منذ كتابتها.
    }
incidents-check-changed = تحذير: تم تغيير جزء من هذا السجل خارج التطبيق بعد كتابته.

## How many entries are shown ($filters: the chosen filters in words, from the incidents-filter-said-… messages)
incidents-count-none-matching = لا توجد مدخلات تطابق: { $filters }. يُرجى اختيار “عرض كل شيء” لرؤية السجل كاملًا.
incidents-count-all =
    { $total ->
        [one] مُدخل واحد.
        [two] مُدخلان.
       *[other] جميع المدخلات ({ $total }).
    }
incidents-count-all-matching =
    { $total ->
        [one] مُدخل واحد مطابق.
        [two] مُدخلان مطابقان.
       *[other] جميع المدخلات المطابقة ({ $total }).
    }
# $total is 2 or more.
incidents-count-newest = أحدث المدخلات: { $shown } من أصل { $total }.
incidents-count-newest-matching = أحدث المدخلات المطابقة: { $shown } من أصل { $total }.

## The filters
incidents-filter-legend = عرض فقط
incidents-filter-kind = ما حدث
incidents-filter-any-kind = أي نوع
incidents-filter-fits = الوصف المنطبق
incidents-filter-anything = أي وصف
incidents-filter-files = الملفات
incidents-filter-files-any = مع ملفات أو بدونها
incidents-filter-files-with = مع ملفات مرفقة
incidents-filter-files-without = بدون ملفات
incidents-filter-who = مَن
incidents-filter-anyone = أي شخص
incidents-filter-order = الأمر الذي خُرق
incidents-filter-any-order = أي أمر، أو لا شيء
incidents-filter-from = من (اليوم)
incidents-filter-to = إلى (اليوم)
incidents-filter-any-day = أي يوم
incidents-filter-chosen = تم الاختيار
incidents-filter-clear = عرض كل شيء
incidents-filter-backwards = يوم “من” يقع بعد يوم “إلى”: لا يمكن أن يطابق أي شيء. يُرجى اختيار الأيام مرة أخرى.
# The chosen filters in words, joined by incidents-list-separator into $filters above.
incidents-filter-said-kind = ما حدث: { $choice }
incidents-filter-said-fits = الوصف المنطبق: { $choice }
incidents-filter-said-with-files = مع ملفات مرفقة
incidents-filter-said-without-files = بدون ملفات
incidents-filter-said-who = مَن: { $choice }
incidents-filter-said-order = الأمر الذي خُرق: { $choice }
incidents-filter-said-from = من { $day }
incidents-filter-said-to = إلى { $day }

## The four behaviours (FOUR: Fixated, Obsessed, Unwanted, Repeated)
incidents-behaviour-name-fixated = التعلّق
incidents-behaviour-name-obsessed = الهوس
incidents-behaviour-name-unwanted = دون رغبتي
incidents-behaviour-name-repeated = التكرار
incidents-behaviour-fixated = التعلّق: يبدو أن تركيز هذا الشخص منصبّ عليّ
incidents-behaviour-obsessed = الهوس: يستحوذ الأمر على وقت هذا الشخص
incidents-behaviour-unwanted = دون رغبتي: لم أرغب في هذا
incidents-behaviour-repeated = التكرار: يتكرر الأمر باستمرار

## An entry in the list
incidents-open = فتح
incidents-open-label = فتح: { $kind }، { $when }
incidents-entry-fits = الوصف المنطبق: { $behaviours }
incidents-entry-who = مَن: { $who }
incidents-entry-breach = مُعلَّم على أنه خرق لـ: { $condition }
incidents-entry-corrected = مُصحَّح (النسخة { $version })
incidents-entry-files =
    { $count ->
        [one] ملف واحد مرفق
        [two] ملفان مرفقان
        [few] { $count } ملفات مرفقة
        [many] { $count } ملفًا مرفقًا
       *[other] { $count } ملف مرفق
    }

## An entry's page
incidents-back = العودة إلى السجل
incidents-correct = تصحيح هذا المُدخل أو الإضافة إليه
incidents-another = تدوين مُدخل آخر مثل هذا
incidents-attached-files = الملفات المرفقة
incidents-plan-prompt = تم الحفظ. عندما يحدث شيء جديد، قد يفيد الاطلاع على خطة الأمان والتحقق من أنها لا تزال مناسبة. لا داعي للعجلة.
incidents-plan-open = الاطلاع على خطة الأمان الخاصة بي
incidents-row-happened = وقت الحدوث
incidents-happened-span = من { $from } إلى { $until }
incidents-row-first-written = الكتابة الأولى
incidents-row-this-version = كتابة هذه النسخة
incidents-row-where = المكان
incidents-row-who = مَن
incidents-row-breaching = مُعلَّم على أنه خرق لـ
incidents-row-behaviour = السلوك
incidents-row-description = ما قيل أو ما فُعل
incidents-row-appearance = المظهر
incidents-row-vehicle = المركبة
incidents-row-witnesses = الشهود
incidents-row-impact = كيف أثّر ذلك عليّ
incidents-row-daily-life = كيف غيّر ذلك حياتي اليومية
incidents-row-officer = ضابط الشرطة
incidents-row-crime-ref = الرقم المرجعي للجريمة (crime reference)
incidents-row-also-told = مَن أُبلغ أيضًا
incidents-versions = النسخ
incidents-versions-label = جميع النسخ، الأقدم أولًا
incidents-version-first = الكتابة الأولى
incidents-version-correction = التصحيح { $number }
incidents-version-written = كُتبت في { $when }
# $fields: the names below, joined by incidents-list-separator.
incidents-version-changed = ما تغيّر: { $fields }
incidents-version-unchanged = لا تغييرات في النص.
incidents-field-occurred-at = وقت الحدوث
incidents-field-occurred-until = حتى متى
incidents-field-location = المكان
incidents-field-kind = النوع
incidents-field-behaviours = السلوك
incidents-field-description = ما قيل أو ما فُعل
incidents-field-appearance = المظهر
incidents-field-vehicle = المركبة
incidents-field-witnesses = الشهود
incidents-field-impact = الأثر عليّ
incidents-field-daily-life = الحياة اليومية
incidents-field-police = بيانات الشرطة
incidents-field-reported-to = مَن أُبلغ أيضًا
incidents-field-attachments = المرفقات
incidents-field-links = مَن، أو الأمر الذي خُرق

## The entry form
incidents-form-title-new = تدوين ما حدث
incidents-form-title-correct = تصحيح هذا المُدخل أو الإضافة إليه
incidents-form-correct-hint = تبقى النسخة الأولى كما كانت. يُحفظ هذا كنسخة جديدة بتاريخ اليوم.
incidents-form-like-hint = تمت تعبئة هذا من المُدخل الذي كان معروضًا. يُرجى التحقق من الوقت، وتغيير أي شيء كان مختلفًا.
incidents-form-when = متى حدث ذلك؟
incidents-form-until = حتى متى (إذا استمر لبعض الوقت)
incidents-form-where = المكان
incidents-form-kind = ما نوع ما حدث؟
incidents-form-breach-hint = يُرجى وضع علامة على الشرط الذي خُرق، تحت “هل خُرق أمر أو شرط؟”، حتى يتمكن السجل من إيجاد هذا المُدخل من خلال الأمر الخاص به.
incidents-form-behaviours = أيٌّ من هذه ينطبق؟ (يمكن اختيار أكثر من واحد)
incidents-form-description = ما قيل أو ما فُعل
incidents-form-description-hint = الكلمات نفسها التي قيلت، إن أمكن تذكّرها.
incidents-form-appearance = كيف كان المظهر؟
incidents-form-vehicle = المركبة
incidents-form-vehicle-hint = الطراز، واللون، ورقم اللوحة إن شوهد.
incidents-form-witnesses = الشهود
incidents-form-impact = كيف كان شعورك بسبب ذلك؟
incidents-form-daily = هل غيّر ذلك شيئًا في حياتك اليومية؟
incidents-form-daily-hint = مثلًا: طريق مختلف، أو البقاء في المنزل، أو التغيّب عن العمل. هذا مهم للشرطة.
incidents-form-officer = ضابط الشرطة (في حال الإبلاغ)
incidents-form-crime-ref = الرقم المرجعي للجريمة (crime reference number)
incidents-form-reported-to = أي شخص آخر تم إخباره
incidents-form-close = إغلاق
incidents-form-close-label = إغلاق دون حفظ؛ يُحتفظ بما كُتب كمسودة
incidents-form-save = حفظ
incidents-form-need-time = يُرجى إدخال التاريخ والوقت، ولو بشكل تقريبي.
incidents-form-files-busy = لا تزال إضافة الملفات جارية. يُرجى الحفظ مرة أخرى بعد قليل.
incidents-form-not-saved = تعذّر الحفظ. لم يُفقد أي شيء؛ يُرجى المحاولة مرة أخرى.
# What the kept draft is called in the list at the top.
incidents-draft-new = حادثة جديدة
incidents-draft-correction = تصحيح للمُدخل المؤرَّخ { $when } ({ $kind })
# Ends the sentence "You were writing this before. It isn't saved yet: …."
incidents-draft-save-hint = يُرجى الضغط على “حفظ” في نهاية النموذج للاحتفاظ به

## Who it was, and the order broken (incident-links.ts)
incidents-link-who = مَن الفاعل؟ (يمكن اختيار أكثر من شخص)
incidents-link-breach = هل خُرق أمر أو شرط؟ (يُرجى وضع علامة على الشرط)
incidents-link-gone = { $label } (لم يعد مدرجًا)
# Followed by the button incidents-link-add.
incidents-link-none = لتحديد الفاعل، أو الأمر الذي خُرق، يُرجى إضافته أولًا:{ " " }
incidents-link-add = الإضافة في “الأشخاص والأوامر”
