# The safety plan (screens/plan.ts).
# Section titles and their guidance come from the vault; $section is a section's title,
# $step the words of one of the person's steps.
# Written without gendered verb forms: buttons are verbal nouns, requests use "يُرجى".

## Heading and where the person is now

plan-title = خطة الأمان
plan-guidance-staying = الإرشادات المعروضة لمرحلة: البقاء.
plan-guidance-preparing = الإرشادات المعروضة لمرحلة: الاستعداد للمغادرة.
plan-guidance-after = الإرشادات المعروضة لمرحلة: بعد المغادرة.
plan-load-failed = تعذّر تحميل خطتك.
plan-stage-legend = وضعك الآن
plan-stage-hint = تتغير الإرشادات في كل قسم لتناسب وضعك. يمكن تغيير هذا في أي وقت.
plan-stage-staying = البقاء
plan-stage-preparing = الاستعداد للمغادرة
plan-stage-after = بعد المغادرة
plan-stage-failed = تعذّر تغيير ذلك. خطتك كما كانت.

## Review date

plan-review-form = تاريخ المراجعة
plan-review-by = موعد مراجعة خطتك
plan-review-hint = يوم لإلقاء نظرة أخرى على خطتك. لا يظهر التذكير إلا هنا، داخل التطبيق.
plan-review-save = حفظ
plan-review-save-label = حفظ تاريخ المراجعة
plan-review-clear = مسح
plan-review-clear-label = مسح تاريخ المراجعة
plan-review-due = حان وقت إلقاء نظرة على خطتك.
plan-review-save-failed = تعذّر حفظ ذلك. يُرجى المحاولة مرة أخرى.
# «مسح» is the button plan-review-clear.
plan-review-no-date = يُرجى اختيار تاريخ كامل أولًا. لإزالة التاريخ، يمكن استخدام «مسح».
plan-review-saved = تم حفظ تاريخ المراجعة.
plan-review-cleared = تم مسح تاريخ المراجعة.

## A section: its steps and notes

plan-steps-label = { $section }: خطواتك
plan-add-step-label = إضافة خطوة إلى { $section }
plan-add-step-placeholder = إضافة خطوة
plan-add = إضافة
plan-add-failed = تعذّر حفظ ذلك.
plan-step-deleted = تم حذف الخطوة.
plan-new-step-draft = خطوة جديدة في { $section }
plan-new-step-save-hint = للاحتفاظ به يُرجى الضغط على «إضافة»
plan-notes-label = ملاحظات { $section }
plan-notes-save = حفظ الملاحظات
plan-notes-save-label = حفظ ملاحظات { $section }
plan-notes-save-failed = تعذّر حفظ ملاحظاتك. ما زالت هنا؛ يُرجى المحاولة مرة أخرى.
plan-notes-save-hint = للاحتفاظ به يُرجى الضغط على «حفظ الملاحظات»
plan-these-notes = هذه الملاحظات

## One step

plan-step-edit = تعديل
plan-step-edit-label = تعديل الخطوة: { $step }
plan-step-delete = حذف
plan-step-delete-label = حذف الخطوة: { $step }
plan-step-change-label = تغيير الخطوة: { $step }
plan-step-save = حفظ
plan-step-save-label = حفظ الخطوة
plan-step-close = إغلاق
plan-step-close-label = إغلاق دون حفظ؛ يُحتفظ بأي تغيير كمسودة
plan-step-empty = يُرجى كتابة شيء، أو استخدام «حذف» لإزالة هذه الخطوة.
plan-step-save-failed = تعذّر حفظ ذلك. كلماتك ما زالت هنا.
plan-step-draft = تغيير في الخطوة «{ $step }» في { $section }
plan-step-save-hint = للاحتفاظ به يُرجى الضغط على «حفظ»
plan-step-delete-question = حذف «{ $step }»؟ لا يمكن التراجع عن ذلك.
plan-step-delete-yes = نعم، حذف
plan-step-keep = إبقاء
plan-step-delete-failed = تعذّر حذف ذلك. لم يتغير شيء.

## Printing the plan

plan-print-title = طباعة خطتك
# "My plan" is the heading the PDF itself has (in English for now).
plan-print-about = ملف PDF لهذه الخطة وحدها، بعنوان "My plan": ملاحظاتك وخطواتك، مع ما أُنجز منها. لا يدخل فيه شيء من سجل الحوادث. الملف غير مقفل: يستطيع قراءته كل من يفتحه أو يعثر على النسخة المطبوعة.
plan-print-contacts = تضمين جهات الاتصال الموثوقة الخاصة بي أيضًا (الأسماء، وطرق التواصل معهم، والكلمات الرمزية)
plan-print-stage = ذكر وضعي الحالي
plan-print-stage-hint = البقاء، أو الاستعداد للمغادرة، أو بعد المغادرة. يُفضَّل ترك هذا الخيار دون تحديد إذا كان أحد قد يرى الصفحة.
plan-print-save = حفظ الخطة كملف PDF…
plan-print-choose = يُرجى اختيار مكان الحفظ.
plan-print-saving = جارٍ الحفظ…
plan-print-saved = تم الحفظ ({ $pages ->
        [zero] { $pages } صفحة
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحة
       *[other] { $pages } صفحة
    }). يُرجى حذف الملف بعد طباعته، أو الاحتفاظ به في مكان آمن.
plan-print-nothing = لم يُحفظ شيء.
plan-print-failed = تعذّر إنشاء ملف PDF. لم يتغير شيء في التطبيق. يُرجى المحاولة مرة أخرى.
