### The words of the documents the app writes: the report of incidents for the police or a court,
### the printed plan, and the README of the machine-readable export.
###
### The report is evidence of stalking or abuse. Say exactly what the English says, no more and
### no less: it counts, quotes and describes; it never judges, and it never names an offence
### (harassment, stalking) where the English does not.
### Keep as they are: digits (never other digits), SHA-256, ed25519, DASH, S-DASH, SafeLives,
### MARAC, 999, and every command, file name and field name in the README.
### A variable such as { $date } is filled in by the app: keep each one, in the place your
### language needs it.

## Dates and times

# The days of the week, abbreviated, Monday first: as in "Tue 3 Nov 2026, 21:40 (UTC+00:00)".
date-weekday-1 = الاثنين
date-weekday-2 = الثلاثاء
date-weekday-3 = الأربعاء
date-weekday-4 = الخميس
date-weekday-5 = الجمعة
date-weekday-6 = السبت
date-weekday-7 = الأحد

# The months, abbreviated: as in "3 Nov 2026". They are only used inside a date, so give the
# form your language uses there (a genitive, say).
date-month-1 = يناير
date-month-2 = فبراير
date-month-3 = مارس
date-month-4 = أبريل
date-month-5 = مايو
date-month-6 = يونيو
date-month-7 = يوليو
date-month-8 = أغسطس
date-month-9 = سبتمبر
date-month-10 = أكتوبر
date-month-11 = نوفمبر
date-month-12 = ديسمبر

# A day: "3 Nov 2026". $day and $year are digits; $month is one of the date-month messages.
date-day = { $day } { $month } { $year }
# A day and a time, in the table of all incidents: "3 Nov 2026 21:40". $time is on the 24-hour
# clock.
date-day-time = { $day } { $month } { $year }، { $time }
# When something happened or was written down: "Tue 3 Nov 2026, 21:40 (UTC+00:00)". $weekday is
# one of the date-weekday messages, $time is "21:40" or "21:40:05" (24-hour clock), $offset is
# the difference from UTC, as "+01:00".
date-moment = { $weekday }، { $day } { $month } { $year }، { $time } (UTC{ $offset })

## Types of incident (the person chose one for each incident)

kind-following = الملاحقة
kind-loitering = الانتظار أو التسكع في الجوار
kind-calls = المكالمات
kind-messages = الرسائل
kind-social-media = وسائل التواصل الاجتماعي
kind-gifts-letters = الهدايا أو الخطابات
kind-damage = إتلاف الممتلكات
kind-third-party-contact = التواصل عبر أشخاص آخرين
# Someone tracking where the person is, or getting into their phone or online accounts.
kind-tracking-account-access = التتبّع أو الوصول إلى الحسابات
kind-threats = التهديدات
# A breach of a court order or of bail conditions.
kind-order-breach = خرق أمر
kind-other = شيء آخر

## The four behaviour markers the police use to describe stalking ("FOUR": Fixated, Obsessed,
## Unwanted, Repeated). The person marks each incident with any of them.

behaviour-fixated = التعلّق
behaviour-obsessed = الهوس
behaviour-unwanted = غير مرغوب فيه
behaviour-repeated = التكرار

## The sections of the plan, in the report and on the printed plan. They are printed on the
## plan a person may leave on a printer: never use the word "safety" in them.

plan-section-emergency = حالات الطوارئ
plan-section-safe-places = الأماكن الآمنة
plan-section-code-words = الكلمات الرمزية
# A bag packed and hidden, ready to leave in a hurry.
plan-section-escape-bag = حقيبة المغادرة
plan-section-documents = الوثائق المهمة
plan-section-home = المنزل
plan-section-work-school = العمل والمدرسة
plan-section-travel = التنقّل
plan-section-children = الأطفال
plan-section-pets = الحيوانات الأليفة
plan-section-online-safety = الهواتف والحواسيب والحسابات
plan-section-legal = الحماية القانونية
plan-section-support = خدمات الدعم

## Kinds of order a court or the police can make (the law of England and Wales). Where your
## language has no name for one, keep the English and add a translation in brackets.

order-kind-spo = أمر الحماية من الملاحقة (Stalking Protection Order)
order-kind-nmo = أمر منع التعرّض (non-molestation order)
order-kind-restraining = أمر تقييدي (restraining order)
# An order saying who may live in, or enter, a home.
order-kind-occupation = أمر شغل المسكن (occupation order)
order-kind-dapo = أمر الحماية من الإساءة المنزلية (Domestic Abuse Protection Order)
order-kind-dvpo = أمر الحماية من العنف المنزلي (Domestic Violence Protection Order)
order-kind-bail = شروط الإفراج بكفالة (bail conditions)
order-kind-other = أمر أو شرط آخر

## The report: its title page and the foot of every page

# The report's title, on its first page and as the PDF file's own title.
report-title = سجل الحوادث
report-subtitle = سجلّ بالحوادث، دُوِّن وقت حدوثها أو بعده بوقت قصير.
# Beside the name of the person who kept the log.
report-kept-by = صاحب السجل
report-period-covered = الفترة المشمولة
# $from and $until are days (as date-day).
report-period = من { $from } إلى { $until }
report-incident-count = الحوادث في هذا التقرير
report-corrected-later = صُحِّحت لاحقًا
# How many incidents were corrected after they were first written down.
report-corrected-count =
    { $count ->
        [zero] لا توجد حوادث
        [one] حادثة واحدة
        [two] حادثتان
        [few] { $count } حوادث
        [many] { $count } حادثة
       *[other] { $count } حادثة
    } (تُعرض كل نسخة سابقة مع الحادثة)
report-made = تاريخ إعداد التقرير
report-how-to-read = كيفية قراءة هذا التقرير
report-how-to-read-times = تُبيّن كل حادثة وقت حدوثها (كما كتبه صاحب السجل) ووقت تدوينها (مأخوذًا من ساعة التطبيق نفسه لحظة الحفظ، وهي ساعة لا يستطيع صاحب السجل ضبطها).
report-how-to-read-versions = لا يمكن تعديل الإدخالات أو حذفها في التطبيق. يُحفظ التصحيح كنسخة جديدة؛ ويُحتفظ بالنسخ السابقة وتُعرض في هذا التقرير مع الحادثة.
report-how-to-read-chain = ترتبط كل نسخة من كل إدخال بما قبلها عبر سلسلة تجزئة SHA-256 (hash chain)، ويوقّعها التطبيق. يشرح القسم الأخير كيفية التحقق من ذلك، ويذكر رأس السلسلة: أي قيمة تجزئة أحدث إدخال عند إعداد التقرير.
report-how-to-read-files = الملفات المرفقة كأدلة مدرجة مع قيمة SHA-256 الخاصة بكل منها، ويمكن لأي شخص مقارنتها بالملف الأصلي.
# At the foot of every page. $made is the day the report was made (as date-day); $page and
# $pages are numbers.
report-footer = سجل الحوادث · أُعدّ في { $made } · الصفحة { $page } من { $pages }
# The same, with the start of the chain head (the hash of the newest entry) as $head.
report-footer-with-head = سجل الحوادث · أُعدّ في { $made } · رأس السلسلة { $head }… · الصفحة { $page } من { $pages }

## The report: the table of all incidents

report-all-in-order = جميع الحوادث بالترتيب
# Column headers. "#" is the incident's number in the table.
report-column-number = #
report-column-happened = وقت الحدوث
report-column-written-down = وقت التدوين
report-column-type = النوع
report-column-where = المكان
report-column-crime-reference = الرقم المرجعي للجريمة
# A cell of the table shows only the start of a long text ($text); the incident's own section
# further on gives it in full.
report-cell-cut = { $text }… (النص الكامل أدناه)

## The report: each incident in full

# $number and $total are numbers, $kind is a type of incident (a kind- message).
report-incident-heading = الحادثة { $number } من { $total }: { $kind }
# The labels of an incident's fields, in the order they are shown.
report-field-happened = وقت الحدوث
# An incident that went on for a while: $from and $until are as date-moment.
report-happened-until = { $from }، حتى { $until }
# When the entry was saved, by the app's own clock.
report-field-written-down = وقت التدوين
report-field-this-version = كتابة هذه النسخة
# $written is as date-moment; $version and $versions are numbers.
report-this-version = { $written } (النسخة { $version } من { $versions }؛ النسخ السابقة معروضة أدناه)
report-field-where = المكان
# The people the incident is linked to.
report-field-who = مَن
# The condition of an order the person marked the incident as breaching.
report-field-breaching = مُعلَّم على أنه خرق لـ
report-field-type = النوع
# The behaviour markers (behaviour- messages) the person marked the incident with.
report-field-marked-as = مُعلَّم على أنه
report-field-said-or-done = ما قيل أو ما فُعل
# How the person causing harm looked.
report-field-appearance = المظهر
report-field-vehicle = المركبة
report-field-witnesses = الشهود
# The effect on the person who kept the log (in their own words).
report-field-effect-on-me = الأثر عليّ
report-field-effect-on-life = الأثر على الحياة اليومية
report-field-officer = ضابط الشرطة
report-field-crime-reference = الرقم المرجعي للجريمة (crime reference)
# Anyone else the incident was reported to (a landlord, a school, a support service).
report-field-reported-to = مَن أُبلغ أيضًا
report-field-attached = الملفات المرفقة
# Beside "Attached files" when a version had none.
report-attached-none = (لا يوجد)
# Each attached file is numbered: "File 1", "File 2".
report-file-label = الملف { $number }
# An attached file: its name, its type (as "image/png") and its size (a report-size- message).
report-file = { $name } ({ $type }، { $size })
report-size-bytes =
    { $bytes ->
        [zero] { $bytes } بايت
        [one] بايت واحد
        [two] بايتان
        [few] { $bytes } بايتات
        [many] { $bytes } بايتًا
       *[other] { $bytes } بايت
    }
# $size has one decimal, written with a full stop ("1.5").
report-size-kb = { $size } KB
report-size-mb = { $size } MB
# Read out by a screen reader for a picture in the report; $name is the file's name.
report-picture-alt = صورة مرفقة بهذا الإدخال: { $name }
report-earlier-versions = النسخ السابقة. لا تُظهر كل نسخة إلا ما ورد فيها مختلفًا عن النسخة التي كُتبت بعدها.
# $version and $versions are numbers, $written is as date-moment.
report-version-written = النسخة { $version } من { $versions }، كُتبت في { $written }
report-no-differences = (لا اختلاف في المحتوى)
# The entry's SHA-256, which links it into the chain of all entries.
report-entry-hash = قيمة تجزئة الإدخال
# Below the entry's hash: its place in the chain of all entries (a number).
report-chain-position = (الموضع في السلسلة { $position })
# Between the items of a list, as in "Fixated, Repeated". The quotes keep its spaces.
report-list-separator = {"، "}
# In place of a field left empty.
report-not-recorded = (لم يُسجَّل)
# Beside a field that runs on from the page before.
report-continued = (تابع)

## The report: what else the person chose to include, one item at a time

report-also-included = مضمَّن أيضًا، باختيار كل عنصر على حدة
report-from-plan = من خطة الأمان
# A step of the plan ($text, in the person's words) and the day it was done.
report-plan-item-done = { $text } (أُنجز في { $date })
report-contacts = جهات الاتصال
report-contact-name = الاسم
report-contact-relationship = الصلة
report-contact-how-to-reach = طريقة التواصل
report-contact-what-they-know = ما يعرفه هذا الشخص
# "The person" (second time) is the person who kept the log.
report-people = الشخص المتسبب في الأذى، كما يصفه صاحب السجل
report-person-name = الاسم
report-person-other-names = أسماء أخرى
report-person-relationship = صلته بصاحب السجل
report-person-description = الوصف
report-person-vehicles = المركبات
report-person-addresses = العناوين
report-person-workplaces = أماكن العمل
report-person-social-media = وسائل التواصل الاجتماعي
report-person-photo = الصورة
# The photo's file name and its SHA-256.
report-photo-file = { $name } (SHA-256 { $sha256 })
# Read out by a screen reader for the photo; $name is the file's name.
report-photo-alt = صورة الشخص الموصوف: { $name }
report-photo-kept = محفوظة في التطبيق (غير مطبوعة هنا)
report-orders = الأوامر والشروط
report-orders-intro = الشروط بصيغتها الحالية. الإدخال المُعلَّم على أنه خرق لأحدها يقتبسه بالصيغة التي كان عليها عند كتابة الإدخال.
report-order = الأمر
# An order's name: its kind (an order-kind- message) and the court's reference for it.
report-order-title = { $kind }، { $reference }
# The person the order is against.
report-order-against = ضد
# The court or police force that made the order.
report-order-made-by = الجهة المُصدِرة
report-order-made-on = تاريخ الإصدار
report-order-ends = تاريخ الانتهاء
report-order-condition = الشرط { $number }
report-order-note = ملاحظة

## The report: its last section, how to check it

report-checking = التحقق من هذا التقرير
# $count is the number of entries in the whole log.
report-chain-intact =
    عند إعداد هذا التقرير، أعاد التطبيق التحقق من كل إدخال في السجل كله ({ $count ->
        [zero] { $count } إدخال
        [one] إدخال واحد
        [two] إدخالان
        [few] { $count } إدخالات
        [many] { $count } إدخالًا
       *[other] { $count } إدخال
    }، بما في ذلك أي إدخالات غير واردة في هذا التقرير): جاءت نتيجة التحقق من كل قيمة تجزئة وكل رابط وكل توقيع سليمة.
# $position is a number; $problem is one of the chain-break- messages (at the end of this file).
report-chain-broken = عند إعداد هذا التقرير، أعاد التطبيق التحقق من السجل كله ووجد مشكلة في الموضع { $position } من السلسلة: { $problem }. قد تكون الإدخالات من تلك النقطة فصاعدًا قد تعرّضت للتلف أو التغيير خارج التطبيق.
# The chain head is the hash of the newest entry in the whole log.
report-chain-head-position = موضع رأس السلسلة
report-chain-head-hash = قيمة SHA-256 لرأس السلسلة
report-chain-head = رأس السلسلة
report-signing-key = مفتاح التوقيع (ed25519)
report-how-chain-works = كيف تعمل السلسلة
report-chain-encoding = تُرمَّز كل نسخة من كل إدخال بطريقة ثابتة (موثّقة مع التطبيق) وتُحسب قيمة تجزئتها باستخدام SHA-256. يتضمن هذا الترميز قيمة تجزئة الإدخال الذي قبلها، لذا تعتمد كل قيمة تجزئة على كل ما كُتب قبلها. وأي تغيير لإدخال سابق أو حذفه أو تغيير ترتيبه يغيّر كل قيمة تجزئة تليه.
report-chain-head-note = رأس السلسلة المذكور أعلاه هو قيمة تجزئة أحدث إدخال في السجل كله عند إعداد هذا التقرير. يُرجى تدوينه، أو الطلب من الشخص الذي يتسلّم هذا التقرير تدوينه. إذا احتوت سلسلة تقرير لاحق على رأس السلسلة هذا، في الموضع نفسه، فهذا يبيّن أن شيئًا مما كُتب قبله لم يُغيَّر ولم يُحذف منذ ذلك الحين.
report-chain-signed = ويُوقَّع كل إدخال أيضًا بمفتاح التوقيع المذكور أعلاه، مما يبيّن أنه كُتب بالنسخة المثبَّتة نفسها من التطبيق.
# Keep each command as it is; FILE stands for the file's name and may be translated.
report-chain-check-file = للتحقق من ملف مرفق، تُحسب قيمة SHA-256 له وتُقارن بالقيمة المدرجة: في Windows: certutil -hashfile FILE SHA256؛ في macOS: shasum -a 256 FILE؛ في Linux: sha256sum FILE (يُكتب اسم الملف مكان FILE).
report-chain-export = يحتوي التصدير القابل للقراءة آليًا من التطبيق على كل حقل وكل قيمة تجزئة وكل توقيع، بحيث يمكن إعادة حساب السلسلة بشكل مستقل.

## The report: "The entries together", the page that counts and quotes the entries before they
## are given one by one. It describes and counts; it never judges or names an offence.

conduct-heading = الإدخالات مجتمعة
# $table is the name of the table of all incidents (report-all-in-order).
conduct-intro = تُحصي هذه الصفحة ما كتبه صاحب السجل في الإدخالات التالية وتقتبس منه. ويُذكر مع كل اقتباس رقم الإدخال في جدول «{ $table }».
# A number of incidents, used in conduct-summary and beside each behaviour marker.
conduct-incidents =
    { $count ->
        [zero] لا توجد حوادث
        [one] حادثة واحدة
        [two] حادثتان
        [few] { $count } حوادث
        [many] { $count } حادثة
       *[other] { $count } حادثة
    }
conduct-days =
    { $count ->
        [zero] { $count } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
conduct-weeks =
    { $count ->
        [zero] { $count } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $count } أسابيع
        [many] { $count } أسبوعًا
       *[other] { $count } أسبوع
    }
# "4 incidents over 10 days, between 3 Oct 2026 and 12 Oct 2026.": $incidents is a
# conduct-incidents message, $span a conduct-days or conduct-weeks one, $first and $last days.
conduct-summary = { $incidents } خلال { $span }، بين { $first } و{ $last }.
# The same when the days are not known.
conduct-summary-undated = { $incidents } خلال { $span }.
# Beside the first and the latest incident.
conduct-first = أول حادثة
conduct-latest = أحدث حادثة
# "3 Oct 2026, Following (entry 1)": the day, the type of incident, and its number in the table.
conduct-entry-day = { $date }، { $kind } (الإدخال { $entry })
conduct-by-type = حسب النوع
conduct-column-type = نوع الحادثة
conduct-column-number = العدد
conduct-behaviour = السلوك المُعلَّم
# Use the same four words as the behaviour- messages.
conduct-behaviour-intro = علّم صاحب السجل كل حادثة بما ينطبق عليها من أربعة أنواع من السلوك (التعلّق، الهوس، غير مرغوب فيه، التكرار). ولكل منها، تُقتبس أول حادثة وأحدث حادثة عُلِّمتا به.
# The person's own words ($quote), the day, and the entry's number. Use your language's quotation marks.
conduct-quote = «{ $quote }» ({ $date }، الإدخال { $entry })
conduct-effects = الأثر على الحياة اليومية
conduct-effects-intro =
    كتب صاحب السجل عن الأثر على حياته اليومية في { $count ->
        [zero] { $count } إدخال
        [one] إدخال واحد
        [two] إدخالين
        [few] { $count } إدخالات
        [many] { $count } إدخالًا
       *[other] { $count } إدخال
    }:
# After the entries quoted: how many more there are.
conduct-effects-more =
    { $count ->
        [zero] { $count } إدخال آخر، يرد كل منها كاملًا مع الحادثة الخاصة به.
        [one] إدخال واحد آخر، يرد كاملًا مع الحادثة الخاصة به.
        [two] إدخالان آخران، يرد كل منهما كاملًا مع الحادثة الخاصة به.
        [few] { $count } إدخالات أخرى، يرد كل منها كاملًا مع الحادثة الخاصة به.
        [many] { $count } إدخالًا آخر، يرد كل منها كاملًا مع الحادثة الخاصة به.
       *[other] { $count } إدخال آخر، يرد كل منها كاملًا مع الحادثة الخاصة به.
    }
conduct-breaches = الشروط المُعلَّم على أنها خُرقت
conduct-breaches-intro = علّم صاحب السجل هذه الإدخالات على أنها خرق لشرط من شروط أمر:
# One entry marked as breaching a condition: its number in the table and its day.
conduct-breach-entry = الإدخال { $entry } ({ $date })
# The same, for an entry dated before the order was made.
conduct-breach-entry-before = الإدخال { $entry } ({ $date }، قبل إصدار الأمر)
# The same, for an entry dated after the order ended.
conduct-breach-entry-after = الإدخال { $entry } ({ $date }، بعد انتهاء الأمر)
# A condition (as the entries recorded it), how many entries were marked as breaching it, and
# those entries (conduct-breach-entry messages, separated by report-list-separator).
conduct-breach =
    { $condition }: { $count ->
        [zero] { $count } إدخال
        [one] إدخال واحد
        [two] إدخالان
        [few] { $count } إدخالات
        [many] { $count } إدخالًا
       *[other] { $count } إدخال
    }: { $entries }.
# The same when only the first entries are listed: $more is how many more there are.
conduct-breach-more =
    { $condition }: { $count ->
        [zero] { $count } إدخال
        [one] إدخال واحد
        [two] إدخالان
        [few] { $count } إدخالات
        [many] { $count } إدخالًا
       *[other] { $count } إدخال
    }: { $entries } و{ $more ->
        [zero] { $more } إدخال آخر
        [one] إدخال واحد آخر
        [two] إدخالان آخران
        [few] { $more } إدخالات أخرى
        [many] { $more } إدخالًا آخر
       *[other] { $more } إدخال آخر
    }.

## The report: risk screenings the person chose. DASH (SafeLives) and S-DASH are the published
## UK checklists; a MARAC is the meeting of agencies that plans for someone at high risk; an
## advocate is the person's domestic abuse or stalking caseworker (IDVA). Keep those names.

screening-heading = تقييمات المخاطر، المختارة واحدًا تلو الآخر
screening-intro = يُحفظ كل تقييم كما أُجيب عنه، مع اليوم الذي أُجري فيه. الأسئلة بصياغة التطبيق نفسه؛ والرقم المذكور بجانب كل سؤال هو رقم السؤال الذي يقابله في القائمة المنشورة (قائمة SafeLives DASH لتحديد المخاطر، 24 سؤالًا، أو قائمة S-DASH الخاصة بالملاحقة، 11 سؤالًا).
screening-instrument-domestic-abuse = تقييم الإساءة الأسرية (مجالات DASH)
screening-instrument-stalking = تقييم الملاحقة (مجالات S-DASH)
# A screening answered with the app's first set of questions, no longer asked.
screening-instrument-earlier = تقييم المخاطر (أسئلة التطبيق السابقة)
# $screening is one of the screening-instrument- messages, $date a day.
screening-done = { $screening }، أُجري في { $date }
screening-completed-by = مَن أكمله
screening-by-alone = الشخص، بمفرده
screening-by-advocate = الشخص، مع مستشاره
# $advocate is the advocate's name (and role), as written.
screening-by-named-advocate = الشخص، مع مستشاره، { $advocate }
screening-yes-answers = الإجابات بـ"نعم"
# $yes, $questions and $answered are numbers.
screening-yes-count =
    { $yes } من أصل { $questions ->
        [zero] { $questions } سؤال
        [one] سؤال واحد
        [two] سؤالين
        [few] { $questions } أسئلة
        [many] { $questions } سؤالًا
       *[other] { $questions } سؤال
    } (أُجيب عن { $answered })
screening-threshold = العدد اللازم للإحالة إلى MARAC
# $count is the number of "yes" answers that means a referral to a MARAC.
screening-threshold-reached =
    { $count ->
        [few] { $count } إجابات "نعم" أو أكثر
       *[other] { $count } إجابة "نعم" أو أكثر
    }: تم بلوغه
screening-threshold-not-reached =
    { $count ->
        [few] { $count } إجابات "نعم" أو أكثر
       *[other] { $count } إجابة "نعم" أو أكثر
    }: لم يتم بلوغه
screening-level = المستوى
# Levels of the app's earlier questions.
screening-level-fewer = مخاوف أقل
screening-level-some = بعض المخاوف
screening-level-serious = مخاوف جدية
# Levels of risk, as used with DASH: standard, medium, high.
screening-level-ungraded = غير مصنّف (دون العدد اللازم، ولم يُسجَّل أي تقدير)
screening-level-standard = عادي
screening-level-medium = متوسط
screening-level-high = مرتفع
screening-judgement = تقدير المستشار
# $level is a screening-level- message.
screening-judgement-refers = { $level }؛ مع الإحالة إلى MARAC بناءً على التقدير
screening-reason = السبب المذكور
screening-escalation = التصاعد
screening-escalation-noted = ثلاث حوادث أو أكثر خلال الأشهر الـ12 الماضية، سجّلها المستشار
screening-marac-criteria = معايير MARAC المستوفاة
# The reasons for a MARAC referral, listed after one another (the first is given a capital).
screening-marac-count = العدد
screening-marac-judgement = التقدير المهني
screening-marac-escalation = التصاعد
screening-referred = أُحيل إلى MARAC
screening-review = المراجعة التالية
screening-note = ملاحظة
# Column headers of the table of questions: the number of the question on the published form.
screening-column-dash = رقم DASH
screening-column-sdash = رقم S-DASH
screening-column-question = السؤال (بصياغة التطبيق)
screening-column-answer = الإجابة
screening-answer-yes = نعم
screening-answer-no = لا
screening-answer-not-known = لا أعرف
screening-answer-none = لم تتم الإجابة

## The questions of the domestic abuse screening, each covering the question of the DASH
## checklist with the same number (the app's own wording). The screen asks the same questions
## (ui/locales/*/risk.ftl, as risk-q-…): say them in the same words.

screening-question-da-injury = هل أصبت بأذى في آخر مرة حدث فيها شيء؟
screening-question-da-frightened = هل يتملّكك خوف شديد؟
screening-question-da-afraid-of = هل لديك خوف من أن يؤذيك هذا الشخص مجددًا، أو أن يفعل ما هو أسوأ؟
screening-question-da-isolated = هل يُبعدك هذا الشخص عن العائلة أو الأصدقاء أو طبيبك أو أشخاص آخرين؟
screening-question-da-low-mood = هل مررت بفترة من الحزن الشديد، أو راودتك أفكار بإنهاء حياتك؟
screening-question-da-separation = هل انفصلت عن هذا الشخص، أو حاولت ذلك، خلال السنة الماضية؟
screening-question-da-child-contact = هل يوجد خلاف مع هذا الشخص بشأن رؤية الأطفال؟
screening-question-da-stalking = هل يواصل هذا الشخص مراسلتك أو الاتصال بك أو تعقّبك أو مراقبتك؟
screening-question-da-pregnancy = هل أنت حامل، أو هل أنجبت طفلًا خلال آخر 18 شهرًا؟
screening-question-da-more-often = هل أصبح ذلك يحدث أكثر من ذي قبل؟
screening-question-da-worse = هل يزداد الأمر سوءًا؟
screening-question-da-control = هل يحاول هذا الشخص التحكم في تصرفاتك، أو يُظهر غيرة شديدة؟
screening-question-da-weapon = هل سبق أن آذاك هذا الشخص بسلاح أو بأداة؟
screening-question-da-threat-to-kill = هل سبق أن هدّد هذا الشخص بقتلك أو بقتل شخص آخر، وصدّقت تهديده؟
screening-question-da-strangling = هل سبق أن حاول هذا الشخص خنقك أو الضغط على عنقك أو كتم أنفاسك أو إغراقك؟
screening-question-da-sexual = هل يفعل هذا الشخص أو يقول أشياء جنسية تؤذيك أو تسبب لك شعورًا سيئًا، أو يفعل ذلك مع شخص آخر؟
screening-question-da-other-threat = هل هناك أي شخص آخر هدّدك، أو يثير خوفك؟
screening-question-da-hurt-others = هل وصل إلى علمك أن هذا الشخص آذى أحدًا آخر، مثل الأطفال أو أحد الأقارب أو شريك سابق؟
screening-question-da-animals = هل سبق أن آذى هذا الشخص حيوانًا أو حيوانًا أليفًا، أو أساء معاملته؟
screening-question-da-money = هل توجد مشكلات مالية، مثل الاعتماد عليه في المال، أو فقدانه لعمله؟
screening-question-da-their-problems = خلال السنة الماضية، هل جعلت الكحول أو المخدرات أو صحته النفسية الحياة اليومية صعبة عليه؟
screening-question-da-their-suicide = هل سبق أن هدّد هذا الشخص بإنهاء حياته أو حاول ذلك؟
screening-question-da-broken-terms = هل سبق أن خالف هذا الشخص شروط الإفراج بكفالة (bail) أو أمرًا من المحكمة (court order) أو اتفاقًا بشأن رؤيتك أو رؤية الأطفال؟
screening-question-da-police = هل وصل إلى علمك أن هذا الشخص واجه مشكلات مع الشرطة، أو أن لديه سجلًا جنائيًا؟

## The questions of the stalking screening, each covering the question of the S-DASH with the
## same number (the app's own wording; the screen asks them too, as risk-q-…).

screening-question-st-frightened = هل يتملّكك خوف شديد؟
screening-question-st-history = هل أساء إليك هذا الشخص أو ضايقك، أو فعل ذلك بأي شخص آخر، قبل أن يبدأ هذا؟
screening-question-st-damage = هل أتلف هذا الشخص أو دمّر أي شيء من ممتلكاتك؟
screening-question-st-turns-up = هل يظهر هذا الشخص في مكان وجودك، دون دعوة، أكثر من ثلاث مرات في الأسبوع؟
screening-question-st-follows = هل تعقّبك هذا الشخص، أو ظل يحوم بالقرب منك؟
screening-question-st-threats = هل هدّدك هذا الشخص بإيذائك جسديًا أو جنسيًا؟
screening-question-st-third-parties = منذ أن بدأ هذا، هل ضايق هذا الشخص المقربين منك (العائلة أو الأطفال أو الأصدقاء أو شريكًا أو زملاء العمل أو الجيران)؟
screening-question-st-violent-to-others = هل مارس هذا الشخص العنف ضد أي شخص آخر أثناء حدوث كل هذا؟
screening-question-st-helpers = هل استعان هذا الشخص بأشخاص آخرين لمساعدته، سواء كان هؤلاء يعلمون بذلك أم لا؟
screening-question-st-drink-drugs = هل من المعروف أن هذا الشخص يسيء استخدام الكحول أو المخدرات؟
screening-question-st-violent-before = هل مارس هذا الشخص العنف في الماضي، جسديًا أو نفسيًا؟

## The app's earlier questions: no longer asked, but screenings answered with them are kept and
## can be put in a report.

screening-question-weekly = هل يحدث ذلك كل أسبوع، أو أكثر؟
screening-question-worse = هل أصبح ذلك يحدث مؤخرًا بوتيرة أكبر، أو صار أكثر إخافة؟
screening-question-long-running = هل يستمر ذلك منذ أكثر من بضعة أشهر؟
screening-question-threats = هل هدّدك هذا الشخص، أو هدّد أطفالك، أو أحد المقربين منك؟
screening-question-threat-to-kill = هل هدّد هذا الشخص بقتلك أو بإيذائك إيذاءً شديدًا، أو بإيذاء نفسه؟
screening-question-violence = هل سبق أن آذاك هذا الشخص، أو مارس العنف ضد أي شخص آخر؟
screening-question-weapon = هل يملك هذا الشخص سلاحًا، أو تحدّث عن الحصول على سلاح أو استخدامه؟
screening-question-third-parties = هل جعل هذا الشخص أشخاصًا آخرين يتواصلون معك أو يراقبونك أو يتعقبونك نيابة عنه؟
screening-question-turns-up = هل ظهر هذا الشخص عند منزلك أو عملك أو مدرستك أو الأماكن التي اعتدت الذهاب إليها؟
screening-question-damage = هل أتلف هذا الشخص أغراضك أو سيارتك أو منزلك أو بريدك، أو عبث بها؟
screening-question-tracking = هل يبدو أن هذا الشخص يعرف مكانك، أو يدخل إلى هاتفك أو حساباتك؟
screening-question-fear = هل لديك خوف مما قد يفعله هذا الشخص لاحقًا؟
screening-question-changed-life = هل غيّرت روتينك أو عملك أو منزلك بسبب هذا الشخص؟
screening-question-order-breach = هل خالف هذا الشخص أمرًا من المحكمة (court order) أو شروط الإفراج بكفالة (bail conditions) أو تحذيرًا من الشرطة؟
screening-question-former-partner = هل هذا الشخص شريك سابق لك؟

## The printed plan, for the person alone (not for court). A page left on a printer must not
## say what it is for: never use the word "safety" (or yours for it) here, not even in the title.

# The PDF file's own title.
plan-sheet-title = خطة
plan-sheet-heading = خطتي
# $date is the day it was printed (as date-day).
plan-sheet-made-on = أُعدّت في { $date }. يستطيع أي شخص يجد هذه الصفحة قراءتها: يُرجى الاحتفاظ بها في مكان لا يصل إليه أحد سواك، أو لدى شخص موضع ثقتك.
# Where the person is in their situation (a plan-sheet-stage- message beside it).
plan-sheet-stage = وضعي الآن
plan-sheet-stage-staying = البقاء
plan-sheet-stage-preparing-to-leave = الاستعداد للمغادرة
plan-sheet-stage-after-leaving = بعد المغادرة
# Beside the day the person means to read the plan again.
plan-sheet-review = موعد الاطلاع عليها مجددًا
# A step of the plan that is done: the step ($step, in the person's words) and the day.
plan-sheet-step-done = { $step } (أُنجز في { $date })
plan-sheet-empty = لم يُكتب شيء في الخطة بعد.
plan-sheet-people = أشخاص أثق بهم
plan-sheet-no-people = لم تُكتب أي جهة اتصال موثوقة بعد.
plan-sheet-name = الاسم
plan-sheet-who = صلته بي
plan-sheet-how-to-reach = طريقة التواصل مع هذا الشخص
# A word agreed with the contact that means "I need help".
plan-sheet-code-word = الكلمة الرمزية
# How and when the person and the contact check that all is well.
plan-sheet-check-in = الاطمئنان المتفق عليه
# When it is safe to contact the person.
plan-sheet-safe-times = الأوقات الآمنة
plan-sheet-emergency = في حالة الطوارئ
# Said of a contact the person allowed to be called in an emergency.
plan-sheet-may-be-called = يمكن الاتصال
# UK numbers: 999 is the emergency number; pressing 55 on a silent 999 call from a mobile is the
# police's "Silent Solution" (keep that name).
plan-sheet-danger = في خطر الآن: يُرجى الاتصال بالرقم 999. إذا لم يكن بإمكانك الكلام، يُرجى الاتصال بالرقم 999 من هاتف محمول، والاستماع، ثم الضغط على 55 عندما يُطلب منك ذلك (Silent Solution).
# At the foot of every page: $made is the day it was printed, $page and $pages are numbers.
plan-sheet-footer = { $made } · الصفحة { $page } من { $pages }

## The README.txt in the machine-readable export (a plain text file). Keep every file name
## (incidents.json, SHA256SUMS, attachments/), field name (the words with underscores) and
## command as it is. The line breaks are kept: break lines at about 80 characters.

bundle-readme-title = تصدير سجل الحوادث
# Beside the file name incidents.json.
bundle-readme-incidents =
    كل حادثة اختيرت لهذا التصدير، مع كل نسخة منها (التصحيح نسخة جديدة؛ وتُحفظ
    النسخ السابقة). لكل نسخة occurred_at (وقت الحدوث، كما كُتب)، و recorded_at
    (وقت الحفظ، من ساعة التطبيق نفسه)، وجميع الحقول، ومرفقاتها، و prev_hash،
    و hash، وتوقيع ed25519 لقيمة التجزئة.
# Beside the folder name attachments/.
bundle-readme-attachments =
    الملفات الأصلية، بايتًا ببايت. يربط incidents.json معرّف (id) كل مرفق بملفه
    هنا (attachment_files) ويذكر قيمة SHA-256 الخاصة به.
# Beside the file name SHA256SUMS.
bundle-readme-sums = قيمة SHA-256 لكل ملف آخر في هذا التصدير.
bundle-readme-checking-files = التحقق من الملفات
# After "Windows: ". Keep the command as it is; FILE stands for a file's name and may be
# translated (the same word both times).
bundle-readme-windows = certutil -hashfile FILE SHA256   (للمقارنة مع السطر الخاص بـ FILE)
bundle-readme-checking-log = التحقق من السجل
bundle-readme-log =
    كل نسخة من كل إدخال جزء من سلسلة تجزئة SHA-256 واحدة: تشمل قيمة تجزئتها ترميزًا
    ثابتًا بالبايت لجميع حقولها، وقيم تجزئة مرفقاتها، وقيمة تجزئة الإدخال السابق
    (يسمّي canonical_encoding في incidents.json هذا التنسيق؛ وهو موثّق مع الشيفرة
    المصدرية للتطبيق في crates/store/src/canonical.rs). chain_head هو أحدث إدخال في
    السجل كله عند إعداد هذا التصدير؛ ويبيّن chain_at_export ما إذا كان التطبيق قد
    وجد السلسلة كلها سليمة في تلك اللحظة. إذا احتوت سلسلة تصدير لاحق على رأس السلسلة
    هذا في الموضع نفسه، فهذا يبيّن أن شيئًا مما سبقه لم يُغيَّر ولم يُحذف.

## The pages of the everyday notebook a second PIN opens. The person may have to open it in front
## of someone who makes them: it must look like anyone's dull notebook. Write pages a person who
## speaks your language in the UK might keep: change a food, a film or a habit to one more usual
## for them where that reads better, but keep each page dull, and never add anything about
## safety, health, worries, money trouble, named people, pets, cars or places the person would
## have to be. Keep the line breaks: each line is a line of the page. { $n } is a number the app
## picks (a different one each time it appears): keep each where your language needs it, and
## write no other digits than the English has.

decoy-shopping-title = مشتريات
decoy-shopping =
    حليب
    خبز
    بيض
    سائل غسيل الصحون
    أكياس قمامة
    شاي
    تفاح
decoy-big-shop-title = مشتريات الشهر
decoy-big-shop =
    معكرونة × { $n }
    طماطم معلّبة
    أرز
    حبوب الإفطار
    ورق تواليت
    بامية مجمّدة
    جبنة
decoy-bin-days-title = أيام جمع القمامة
decoy-bin-days =
    الحاوية السوداء: الثلاثاء كل أسبوعين
    إعادة التدوير: الخميس
    مخلّفات الحديقة: مراجعة مواعيد الجمع
decoy-meter-readings-title = قراءات العدّاد
decoy-meter-readings =
    الكهرباء: { $n }{ $n }{ $n }{ $n }
    الغاز: { $n }{ $n }{ $n }
    تصوير العدّاد أيضًا في المرة القادمة
decoy-recipes-to-try-title = وصفات للتجربة
decoy-recipes-to-try =
    شوربة عدس
    كيكة الموز (من الموز الذي اسودّ)
    صينية فلفل وحلوم في الفرن
    فطائر سبانخ بما تبقّى من السبانخ
decoy-banana-bread-title = كيكة الموز
decoy-banana-bread =
    3 حبات موز ناضجة
    75 غ زبدة مذابة
    150 غ سكر
    بيضة واحدة
    ملعقة صغيرة فانيليا
    ملعقة صغيرة بيكربونات الصودا
    190 غ طحين

    الفرن على 175 درجة، حوالي 50 دقيقة
decoy-films-to-watch-title = أفلام للمشاهدة
decoy-films-to-watch =
    بادينغتون 2
    ونكا
    ذلك الوثائقي عن النحل
    أي فيلم لعادل إمام
decoy-garden-title = الحديقة
decoy-garden =
    تقليم السياج قبل أن تبني الطيور أعشاشها
    بذور الطماطم في مارس
    شراء أكياس سماد (حوالي { $n })
    إصلاح مزلاج البوابة
decoy-plants-title = النباتات
decoy-plants =
    الريحان: سقيه كل يومين
    زنبق السلام: مرة في الأسبوع
    الصبّار: يُترك وشأنه
    نقل نبتة العنكبوت إلى أصيص أكبر
decoy-to-do-title = مهام
decoy-to-do =
    إرجاع الطرد
    حجز موعد صيانة البويلر
    ترتيب الخزانة التي تحت الدرج
    إلغاء اشتراك المجلة
decoy-weekend-title = عطلة نهاية الأسبوع
decoy-weekend =
    السبت: ترتيب البيت، والسوق إذا لم تمطر
    الأحد: مقلوبة على الغداء، والبدء في البازل
decoy-cleaning-title = التنظيف
decoy-cleaning =
    تنظيف غلاية الماء من الكلس
    الفرن (شراء البخاخ)
    غسل الستائر
    إذابة الثلج في الفريزر
    الكنس بالمكنسة الكهربائية تحت الأسرّة
decoy-wifi-title = الواي فاي
decoy-wifi =
    الراوتر هو الصندوق الأبيض في الممر
    إذا توقّف التلفزيون: إطفاؤه وتشغيله من جديد
    الاتصال بالشركة إذا زاد عدد مرات الانقطاع في اليوم عن { $n }
decoy-diy-title = تصليحات في البيت
decoy-diy =
    رف المطبخ: البراغي ({ $n }) والخوابير
    إصلاح الحنفية التي تقطّر (تغيير الجلدة)
    تصليح الدهان في الممر
    لمبة جديدة لممر الطابق العلوي
decoy-walks-title = نزهات مشي
decoy-walks =
    ممشى القناة ذهابًا وإيابًا: حوالي 40 د
    لفّة حول المتنزّه
    زهور الجرس الزرقاء في أبريل
decoy-crossword-words-title = كلمات للكلمات المتقاطعة
decoy-crossword-words =
    يمّ (البحر)
    سنا
    ندّ
    عاج
    رُخّ (طائر خرافي)
decoy-podcasts-title = بودكاست
decoy-podcasts =
    ذلك البودكاست عن البيوت القديمة
    حلقات عن التاريخ
    حلقات الدحيح
decoy-music-title = موسيقى
decoy-music =
    البحث عن الألبوم الذي سمعته في الصيف
    فيروز
    قائمة أغانٍ لوقت التنظيف
decoy-gift-ideas-title = أفكار للهدايا
decoy-gift-ideas =
    شمعة جميلة
    قسيمة هدية من مشتل
    جوارب (دائمًا)
    كتاب الطبخ الذي في واجهة المحل
decoy-soup-title = شوربة
decoy-soup =
    بصل، جزر، كرفس
    مكعب مرقة وكمّون
    عدس أو بازلاء مجروشة
    على نار هادئة 20 د
    هرس نصف الكمية بالخلاط
decoy-sunday-roast-title = دجاج بالفرن
decoy-sunday-roast =
    الدجاج في الفرن على 190 درجة، حوالي 20 د لكل 500 غ، زائد 20 د
    سلق البطاطا 10 دقائق قبل الفرن
    أرز بالشعيرية
    جزر وبازلاء
decoy-energy-saving-title = توفير الطاقة
decoy-energy-saving =
    خفض الثرموستات درجة واحدة
    عازل هواء لأسفل الباب الخلفي
    الغسيل على 30 درجة
    مؤقّت لسخّان الماء
decoy-fitness-title = لياقة
decoy-fitness =
    المشي { $n } ألف خطوة
    تمارين تمدّد في الصباح
    تجربة فيديو اليوغا المجاني
    شرب ماء أكثر
decoy-kitchen-title = المطبخ
decoy-kitchen =
    مقلاة جديدة
    سنّ السكاكين
    ترتيب خزانة المعلّبات
    التخلّص من البهارات القديمة
decoy-clothes-title = الملابس
decoy-clothes =
    معطف الشتاء إلى التنظيف الجاف
    تغيير كعب الحذاء
    فرز الدرج لمحل الجمعية الخيرية
    قفازات
decoy-knitting-title = حياكة
decoy-knitting =
    وشاح للشتاء: لفّات الصوف الرمادي ({ $n })
    إبر مقاس 5
    البحث عن طريقة سهلة لقبعة
decoy-tea-and-coffee-title = الشاي والقهوة
decoy-tea-and-coffee =
    أكياس الشاي قاربت على النفاد
    قهوة بدون كافيين للمساء
    تنظيف غلاية الماء من الكلس أولًا
decoy-freezer-title = الفريزر
decoy-freezer =
    بازلاء
    شوربة × { $n }
    خبز عربي
    إنهاء ما تبقّى من السمبوسك
decoy-batteries-title = البطاريات
decoy-batteries =
    بطاريات AA × { $n } للريموت والساعة
    كاشف الدخان: الضغط على زر الاختبار كل شهر
decoy-pancakes-title = بان كيك
decoy-pancakes =
    100 غ طحين
    بيضتان
    300 مل حليب
    رشة ملح
    يرتاح الخليط 30 د
decoy-jigsaw-title = البازل
decoy-jigsaw =
    { $n }00 قطعة، صورة المنارة
    الأطراف أولًا
    السماء في الآخر
decoy-houseplants-to-get-title = نباتات منزلية للشراء
decoy-houseplants-to-get =
    بوتس
    سانسيفيريا
    نبتة تحب جو الحمّام
decoy-spring-clean-title = تنظيف شامل
decoy-spring-clean =
    النوافذ من الداخل والخارج
    رفوف الثلاجة
    مقابض الأبواب ومفاتيح الكهرباء
    تحت وسائد الكنبة
decoy-takeaway-menu-title = قائمة المطعم
decoy-takeaway-menu =
    رقم { $n }: شاورما دجاج
    بطاطا إضافية
    ثومية زيادة

## The lists and contacts the app holds when a second PIN opens it as the app with everyday
## things in it (rather than the notebook). As dull as the pages above; Mum may be any relative
## your language would more usually buy a card for.

decoy-list-weekly = أعمال الأسبوع
decoy-list-weekly-bins = إخراج القمامة مساء الثلاثاء
decoy-list-weekly-plants = سقي النباتات
decoy-list-weekly-meter = قراءة العدّاد
decoy-list-weekly-bed = تغيير مفارش السرير
decoy-list-shopping = مشتريات
decoy-list-shopping-milk = حليب
decoy-list-shopping-bread = خبز
decoy-list-shopping-washing-up = سائل غسيل الصحون
decoy-list-shopping-card = بطاقة عيد ميلاد لأمي
decoy-contact-dentist = طبيب الأسنان
decoy-contact-dentist-relationship = استقبال العيادة
decoy-contact-dentist-how = الاتصال صباحًا لحجز المواعيد
# A first name usual in your language (short, common, either sex).
decoy-contact-friend = نور
decoy-contact-friend-relationship = نادي القراءة
decoy-contact-friend-how = عادةً بعد الساعة 6

## The computer's own Open and Save windows, as the app opens them: their titles and the name of
## the kind of file they show. Dull words any program uses.

dialog-save = حفظ باسم
dialog-open = فتح
dialog-choose-backup = اختيار نسخة احتياطية
dialog-save-backup = حفظ نسخة احتياطية
dialog-save-update = حفظ التحديث
dialog-kind-text-or-zip = ملفات نصية أو ملفات zip
dialog-kind-emails = رسائل بريد إلكتروني محفوظة كملفات

## The description of the app's hiding key that the desktop lists among its keyboard shortcuts
## (GNOME or KDE settings). Anyone may read it: it names only the calculator.

shortcut-hide = إخفاء الآلة الحاسبة

## In the report's last section (report-chain-broken, as { $problem }): what the app found wrong
## when it re-checked the log. An entry is one saved version of an incident.

chain-break-unreadable = أحد الإدخالات يحتوي على قيمة لا يمكن قراءتها
chain-break-missing = أحد الإدخالات التي تسبق هذا الإدخال مفقود أو في غير ترتيبه
chain-break-not-linked = هذا الإدخال غير مرتبط بالإدخال الذي قبله
chain-break-content-changed = محتوى الإدخال لا يطابق قيمة تجزئته
chain-break-signature = توقيع الإدخال لا يجتاز التحقق
chain-break-file-changed = أحد الملفات المرفقة قد تغيّر
chain-break-recorded-earlier = الإدخال مسجَّل على أنه حُفظ في وقت أسبق من الإدخال الذي قبله
chain-break-revision-numbers = رقم نسخة الإدخال لا يلي رقم نسخة الإدخال الذي قبله
chain-break-list-differs = قائمة الحوادث لا تطابق أحدث إدخال لهذه الحادثة
chain-break-list-missing = هذه الحادثة غير موجودة في قائمة الحوادث
chain-break-list-extra = قائمة الحوادث تتضمن حادثة ليس لها أي إدخالات
