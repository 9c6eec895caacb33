# حالات المستشار الداعم (advocate). “الحالة” هي شخص واحد يتلقى الدعم.

## الشاشة

caseload-heading = الحالات
caseload-lead = لكل شخص تدعمه حالة خاصة به، منفصلة عن كل حالة أخرى وعن مساحتك الخاصة. يُرجى فتح الحالة لعرض خطة هذا الشخص وجهات الاتصال وقوائم التحقق والعمل عليها.
caseload-list-label = حالاتك
caseload-sort-label = ترتيب الحالات حسب
caseload-order-added = وقت الإضافة
caseload-order-name = الاسم
caseload-order-level = أحدث مستوى للخطر، الأعلى أولًا
caseload-order-marac = الإحالة إلى MARAC، الأحدث أولًا
caseload-order-review = المراجعة التالية، الأقرب أولًا
caseload-empty = لا توجد حالات بعد. يُرجى إضافة حالة أدناه لكل شخص تدعمه.
caseload-load-failed = تعذّر تحميل حالاتك الآن. يُرجى المحاولة مرة أخرى.

## إضافة حالة

caseload-add-heading = إضافة حالة
caseload-field-label = اسم لهذه الحالة، مثل الأحرف الأولى
caseload-field-hint = لا يرى هذا أحد غيرك. تكفي الأحرف الأولى أو اسم قصير.
caseload-add = إضافة حالة
caseload-added = تمت إضافة الحالة “{ $label }”.
caseload-add-failed = تعذّرت إضافة الحالة الآن. يُرجى المحاولة مرة أخرى.
caseload-label-missing = يُرجى كتابة اسم لهذه الحالة، مثل الأحرف الأولى من اسم الشخص.
caseload-label-too-long = يُرجى ألا يزيد الاسم عن { $max } حرفًا (عدد الأحرف الآن: { $length }). تكفي الأحرف الأولى.

## حالة واحدة في القائمة

caseload-open-now = مفتوحة الآن
caseload-open = فتح
caseload-go-to = الانتقال إليها
caseload-open-label = فتح الحالة { $label }
caseload-open-failed = تعذّر فتح الحالة الآن. يُرجى المحاولة مرة أخرى.
caseload-sharing-off = لم يتم الاقتران بعد
caseload-sharing-on = المشاركة مفعّلة
caseload-sharing-ended = انتهت المشاركة
caseload-high = مرتفع

## سطر الخطر للحالة

caseload-risk-none = لم يظهر أي تقييم للخطر بعد (فتح الحالة يحدّث هذا السطر)
caseload-risk-latest = أحدث مستوى للخطر: { $level } ({ $published }، { $date })
caseload-published-earlier = أسئلة سابقة
caseload-risk-marac = الإحالة إلى MARAC: { $date }
caseload-risk-review = المراجعة التالية: { $date }
caseload-risk-review-due = المراجعة التالية: { $date } (مستحقة اليوم)
caseload-risk-review-overdue = المراجعة التالية: { $date } (متأخرة)

## ملاحظات خاصة

caseload-notes-summary = ملاحظات خاصة
caseload-notes-summary-unsaved = ملاحظات خاصة (لم تُحفظ بعد)
caseload-notes-label = ملاحظات حول الحالة { $label }
caseload-notes-hint = لا يرى هذه الملاحظات أحد غيرك. لا تتم مشاركتها مع الشخص أبدًا.
caseload-notes-save = حفظ الملاحظات
caseload-notes-save-label = حفظ ملاحظات الحالة { $label }
caseload-notes-saved = تم حفظ الملاحظات.
caseload-notes-save-failed = تعذّر حفظ ملاحظاتك. ما زالت هنا؛ يُرجى المحاولة مرة أخرى.

## إزالة حالة

caseload-remove = إزالة الحالة
caseload-remove-label = إزالة الحالة { $label }
caseload-remove-question = إزالة الحالة “{ $label }”؟ سيؤدي هذا إلى حذف نسخة هذه الحالة من هذا الحاسوب: الخطة وجهات الاتصال وقوائم التحقق المحفوظة لهذا الشخص، وملاحظاتك الخاصة. لا يمكن التراجع عن ذلك. لن يتغير تطبيق الشخص نفسه.
caseload-remove-yes = نعم، إزالتها
caseload-remove-no = إبقاؤها
caseload-removed = تمت إزالة الحالة “{ $label }” من هذا الحاسوب.
caseload-remove-failed = تعذّرت إزالة الحالة الآن. لم يُحذف أي شيء؛ يُرجى المحاولة مرة أخرى.
caseload-stop-sharing-first = يجب إيقاف المشاركة مع هذا الشخص أولًا: يُرجى فتح الحالة، والانتقال إلى “المشاركة”، ثم اختيار “إيقاف المشاركة”.

## الحالة المفتوحة، في الشريط العلوي

caseload-banner = الحالة: { $label }
caseload-banner-open = حالة مفتوحة

## بعد “تم حفظ النسخة الاحتياطية”

caseload-backup-all = { $count ->
        [one] تتضمن حالتك الوحيدة.
        [two] تتضمن حالتيك كلتيهما.
       *[other] تتضمن جميع حالاتك ({ $count }).
    }
caseload-backup-some = { $count ->
        [one] تتضمن حالة واحدة.
        [two] تتضمن حالتين.
        [few] تتضمن { $count } حالات.
        [many] تتضمن { $count } حالة.
       *[other] تتضمن { $count } حالة.
    }
caseload-backup-unreadable = { $count ->
        [one] تعذّرت قراءة حالة واحدة (قد يكون ملفها تالفًا)، وهي غير مضمّنة.
        [two] تعذّرت قراءة حالتين (قد تكون ملفاتهما تالفة)، وهما غير مضمّنتين.
        [few] تعذّرت قراءة { $count } حالات (قد تكون ملفاتها تالفة)، وهي غير مضمّنة.
        [many] تعذّرت قراءة { $count } حالة (قد تكون ملفاتها تالفة)، وهي غير مضمّنة.
       *[other] تعذّرت قراءة { $count } حالة (قد تكون ملفاتها تالفة)، وهي غير مضمّنة.
    }

## بعد “تمت الاستعادة من النسخة الاحتياطية”

caseload-restore-came-back = { $count ->
        [one] عادت منها حالة واحدة
        [two] عادت منها حالتان
        [few] عادت منها { $count } حالات
        [many] عادت منها { $count } حالة
       *[other] عادت منها { $count } حالة
    }
caseload-restore-kept = { $count ->
        [one] بقيت حالة واحدة أُضيفت بعد النسخة الاحتياطية كما كانت
        [two] بقيت حالتان أُضيفتا بعد النسخة الاحتياطية كما كانتا
        [few] بقيت { $count } حالات أُضيفت بعد النسخة الاحتياطية كما كانت
        [many] بقيت { $count } حالة أُضيفت بعد النسخة الاحتياطية كما كانت
       *[other] بقيت { $count } حالة أُضيفت بعد النسخة الاحتياطية كما كانت
    }
caseload-restore-left-out = { $count ->
        [one] تعذّر وضع حالة واحدة منها في مكانها، وهي كما كانت من قبل
        [two] تعذّر وضع حالتين منها في مكانهما، وهما كما كانتا من قبل
        [few] تعذّر وضع { $count } حالات منها في مكانها، وهي كما كانت من قبل
        [many] تعذّر وضع { $count } حالة منها في مكانها، وهي كما كانت من قبل
       *[other] تعذّر وضع { $count } حالة منها في مكانها، وهي كما كانت من قبل
    }
caseload-restore-separator = { "؛ " }
caseload-restore-sentence = { $parts }.
