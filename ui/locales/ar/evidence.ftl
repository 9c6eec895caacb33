## التقرير والتصدير: ملف PDF للشرطة أو المحكمة، وتصدير لموظف متابعة الحالة أو المحامي،
## وفتح تصدير مقفل أرسله شخص ما.

evidence-title = التقرير والتصدير
evidence-lead = يُنشئ هذا تقريرًا بالحوادث المختارة، لتقديمه إلى الشرطة أو المحكمة أو محامٍ أو مستشار. لا يُضمَّن إلا ما يقع عليه اختيارك. يُضمَّن كل إدخال مختار كاملًا: كل نسخة منه، ومكان حدوثه، والملفات المرفقة به.
evidence-warning-title = قبل الاختيار:
evidence-warning-other-side = في إجراءات الشرطة أو المحكمة، قد يُطلَع الطرف الآخر، بمن فيه الشخص المعني، على التقرير. يُرجى ألا تُضمَّن إلا الأمور التي لا بأس لديك في أن يراها.
evidence-warning-never-included = لا تُضمَّن خطة الأمان الخاصة بك وجهات اتصالك والعناوين الواردة فيها أبدًا، إلا إذا اخترتها واحدًا تلو الآخر أدناه. لكن كل إدخال مختار يتضمن ما كتبته عن مكان حدوثه. ويُظهر التقرير أيضًا عدد الإدخالات في سجلك كله (دون محتواها)، لأن هذا ما يتيح التحقق منه.

## ما يُضمَّن

evidence-what-goes-in = ما يُضمَّن
evidence-period = الفترة
evidence-period-hint = يشمل ذلك التاريخين كليهما. لعرض كل الإدخالات، يُترك التاريخان فارغين.
evidence-from = من
evidence-until = حتى
evidence-show-entries = عرض الإدخالات
evidence-entries = الإدخالات
evidence-choose-all = اختيار الكل
evidence-choose-none = إلغاء اختيار الكل
evidence-chosen-count = تم اختيار { $chosen } من أصل { $total }
evidence-no-entries = لا توجد إدخالات في هذه الفترة.
evidence-entries-error = تعذّر تحميل الإدخالات. يُرجى المحاولة مرة أخرى.
evidence-row-files = { $count ->
        [one] ملف واحد
        [two] ملفان
        [few] { $count } ملفات
        [many] { $count } ملفًا
       *[other] { $count } ملف
    }
evidence-row-nothing-written = لم يُكتب شيء في خانة "ما قيل أو ما فُعل".
evidence-happened-range = من { $start } إلى { $end }
evidence-name-label = الاسم الذي يظهر على صفحة العنوان (اختياري)
evidence-name-hint = مثلًا اسمك، أو رقم مرجعي أعطتك إياه الشرطة. يمكن تركه فارغًا إذا كان ذلك أفضل لك.
# The report's language, offered when the app is not in English. $language is the language's own name (Cymraeg, Polski…).
evidence-language-label = لغة التقرير
evidence-language-hint = تحتاج الشرطة والمحاكم في إنجلترا وويلز إلى التقرير باللغة الإنجليزية. تتغير نصوص التقرير نفسه بحسب اللغة؛ أما ما كتبته فلا يُترجم أبدًا، ويظهر كما كتبته. وعند اختيار لغتين، يظهر التقرير كاملًا مرتين.
evidence-language-both = بالإنجليزية وباللغة { $language } (الإنجليزية أولاً)
evidence-language-own = باللغة { $language } فقط
evidence-language-english = بالإنجليزية فقط
evidence-embed-label = إدراج الصور (PNG وJPEG) في التقرير كصور
evidence-embed-hint = في الحالتين، يُدرج كل ملف مرفق مع بصمته الرقمية (SHA-256)، حتى يمكن إثبات لاحقًا أنه الملف نفسه.
evidence-draft-label = اختيارات لتقرير
evidence-draft-save-hint = تُستخدم هذه الاختيارات عند حفظ التقرير أو التصدير

## تضمين أيضًا

evidence-extras-summary = تضمين عناصر من الخطة أو جهات اتصال أو تقييمات مخاطر أو أشخاص أو أوامر أيضًا (اختياري)
evidence-extras-ticked = ({ $count ->
        [0] لم يُحدَّد شيء
       *[other] المحدَّد: { $count }
    })
evidence-extras-never-unless-ticked = لا تُضمَّن هذه أبدًا إلا إذا حدّدتها هنا. كل ما يُحدَّد هنا يمكن أن يقرأه أي شخص يتسلّم التقرير أو التصدير.
evidence-extras-contact-hint = تُضمَّن جهة الاتصال المحدَّدة مع اسمها وصلتها بك وطريقة الوصول إليها وما تعرفه. أما كلمة السر المتفق عليها وخطة الاطمئنان والأوقات الآمنة فلا تُضمَّن أبدًا.
evidence-extras-person-hint = يُضمَّن الشخص المحدَّد مع كل ما كُتب عنه (بما في ذلك العناوين وأماكن العمل ووسائل التواصل الاجتماعي)؛ ويُضمَّن الأمر المحدَّد مع شروطه ومن صدر بحقه.
evidence-group-contacts = جهات الاتصال الموثوقة
evidence-group-screenings = تقييمات المخاطر
evidence-group-people = من يتسبب في الأذى
evidence-group-orders = الأوامر والشروط
evidence-screening-label = { $name }، { $date } (حُفظ الساعة { $time }): { $level }، { $yes }
evidence-screening-label-alone = { $name }، { $date } (حُفظ الساعة { $time })، أُجيب عنه بشكل فردي: { $level }، { $yes }
evidence-screening-label-with = { $name }، { $date } (حُفظ الساعة { $time })، مع { $advocate }: { $level }، { $yes }
evidence-screening-label-with-an-advocate = { $name }، { $date } (حُفظ الساعة { $time })، مع مستشار: { $level }، { $yes }
evidence-extras-empty = لا يوجد هنا ما يمكن اختياره بعد: لا خطوات في الخطة، ولا جهات اتصال، ولا تقييمات، ولا أشخاص، ولا أوامر.
evidence-extras-error = تعذّر تحميل خطتك وجهات اتصالك وتقييماتك. يُرجى المحاولة مرة أخرى.

## مشكلات في الاختيار

evidence-problem-from-date = يُرجى إدخال تاريخ "من" باليوم والشهر والسنة، أو تركه فارغًا.
evidence-problem-until-date = يُرجى إدخال تاريخ "حتى" باليوم والشهر والسنة، أو تركه فارغًا.
evidence-problem-until-before-from = تاريخ "حتى" يسبق تاريخ "من". يُرجى تغيير أحدهما.
evidence-problem-not-loaded = لم تُحمَّل قائمة الإدخالات بعد. يُرجى الضغط على "عرض الإدخالات".
evidence-problem-dates-changed = تغيّرت التواريخ بعد عرض القائمة. يُرجى الضغط على "عرض الإدخالات" والتحقق مما هو محدَّد.
evidence-problem-no-entries = لا توجد إدخالات في هذه الفترة. يُرجى اختيار تواريخ أخرى، أو تركها فارغة لعرض كل الإدخالات.
evidence-problem-none-ticked = يُرجى تحديد إدخال واحد على الأقل لتضمينه.

## تقرير PDF

evidence-report-title = تقرير للشرطة أو المحكمة
evidence-report-about = ملف PDF يمكن طباعته أو إرساله، يضم الإدخالات المختارة مرتبة حسب التاريخ، ووقت كتابة كل منها، وأي تصحيحات، ووسيلة للتحقق من أن شيئًا لم يتغير بعد ذلك.
evidence-save-report = حفظ تقرير PDF
evidence-saving = جارٍ الحفظ…
evidence-report-making = جارٍ إعداد التقرير. ستُفتح نافذة الحفظ عندما يصبح جاهزًا.
evidence-report-error = تعذّر إعداد التقرير. لم يتغير شيء في التطبيق. يُرجى المحاولة مرة أخرى.
evidence-not-saved = لم يُحفظ.
evidence-report-saved = حُفظ التقرير: { $entries ->
        [one] إدخال واحد
        [two] إدخالان
        [few] { $entries } إدخالات
        [many] { $entries } إدخالًا
       *[other] { $entries } إدخال
    }، { $pages ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }.
evidence-pictures-left-out = تعذّر إدراج بعض الصور في التقرير؛ وهي مدرجة في القائمة مع بصماتها الرقمية.

## التصدير

evidence-export-title = تصدير لموظف متابعة الحالة أو المحامي
evidence-export-about = الإدخالات المختارة نفسها في ملف تقرؤه أجهزة الكمبيوتر: البيانات، والملفات المرفقة الأصلية، وقائمة ببصماتها الرقمية (SHA-256) لإثبات أن أيًا منها لم يتغير. تُضمَّن الصور دائمًا كملفات أصلية.
evidence-export-how = طريقة الحفظ
evidence-export-plain = ملف zip عادي (يستطيع أي شخص لديه الملف فتحه)
evidence-export-locked = مقفل بعبارة مرور (يُفتح بهذا التطبيق)
evidence-passphrase = عبارة المرور
evidence-passphrase-hint = { $min ->
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل، مثل بضع كلمات متصلة. يُرجى إبلاغ الشخص الذي يُرسَل إليه الملف بها بطريقة مختلفة، مثلًا عبر الهاتف، وليس في البريد الإلكتروني نفسه.
evidence-passphrase-again = إعادة كتابة عبارة المرور
evidence-save-export = حفظ التصدير
evidence-export-choose-where = اختيار مكان الحفظ…
evidence-export-error = تعذّر إعداد التصدير. لم يتغير شيء في التطبيق. يُرجى المحاولة مرة أخرى.
evidence-export-saved = حُفظ التصدير: { $entries ->
        [one] إدخال واحد
        [two] إدخالان
        [few] { $entries } إدخالات
        [many] { $entries } إدخالًا
       *[other] { $entries } إدخال
    }، { $files ->
        [0] بلا ملفات مرفقة
        [one] ملف مرفق واحد
        [two] ملفان مرفقان
        [few] { $files } ملفات مرفقة
        [many] { $files } ملفًا مرفقًا
       *[other] { $files } ملف مرفق
    }.
evidence-locked-export-saved = حُفظ التصدير المقفل: { $entries ->
        [one] إدخال واحد
        [two] إدخالان
        [few] { $entries } إدخالات
        [many] { $entries } إدخالًا
       *[other] { $entries } إدخال
    }، { $files ->
        [0] بلا ملفات مرفقة
        [one] ملف مرفق واحد
        [two] ملفان مرفقان
        [few] { $files } ملفات مرفقة
        [many] { $files } ملفًا مرفقًا
       *[other] { $files } ملف مرفق
    }.
evidence-problem-passphrase-missing = يُرجى اختيار عبارة مرور لقفل التصدير بها.
evidence-problem-passphrase-short = يجب أن تتكون عبارة المرور من { $min ->
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل، مثل بضع كلمات متصلة.
evidence-problem-passphrase-again = يُرجى كتابة عبارة المرور مرة ثانية.
evidence-problem-passphrase-differs = عبارتا المرور غير متطابقتين. يُرجى كتابتها مرة أخرى.

## فتح تصدير مقفل أرسله شخص ما

evidence-open-title = فتح تصدير مقفل أرسله إليك شخص ما
evidence-open-hint = سيُطلب أولًا اختيار الملف، ثم مكان حفظ النسخة المفتوحة. النسخة المفتوحة ملف zip عادي يمكن لأي شخص لديه قراءته، لذا يُرجى حفظها في مكان آمن.
evidence-open-passphrase = عبارة المرور التي أُعطيت لك
evidence-open-button = فتح تصدير مقفل…
evidence-opening = جارٍ الفتح…
evidence-open-choose-file = اختيار الملف المقفل…
evidence-open-error = تعذّر فتح الملف. لم يُحفظ شيء. يُرجى المحاولة مرة أخرى.
evidence-problem-open-passphrase-missing = يُرجى كتابة عبارة المرور التي أُعطيت لك مع الملف.
evidence-problem-open-passphrase-short = تستخدم التصديرات المقفلة عبارة مرور من { $min ->
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل، لذا فهذه العبارة غير مكتملة. يُرجى التحقق منها مع الشخص الذي أرسل الملف.
evidence-opened = فُتح وحُفظ.
evidence-not-opened = لم يُفتح.
