# دفتر الملاحظات اليومي العادي: كلمات أي دفتر ملاحظات عادي، لا أكثر.

## الشريط وقائمة الصفحات

notebook-bar-title = دفتر الملاحظات
notebook-nav-label = دفتر الملاحظات
notebook-nav-pages = الصفحات
notebook-nav-settings = الإعدادات
notebook-lock = قفل
notebook-pages-heading = الصفحات
notebook-list-label = صفحاتك
notebook-new-page = صفحة جديدة
notebook-empty = لا توجد صفحات بعد.
notebook-untitled = بلا عنوان
notebook-load-failed = تعذّر تحميل صفحاتك. يُرجى المحاولة مرة أخرى.
notebook-deleted = تم حذف الصفحة.

## صفحة واحدة

notebook-new-page-heading = صفحة جديدة
notebook-title-label = العنوان
notebook-body-label = النص
notebook-save = حفظ
notebook-saved = تم الحفظ.
notebook-nothing-to-save = لا يوجد ما يُحفظ بعد. يُرجى كتابة عنوان أو بعض النص أولًا.
notebook-save-failed = تعذّر حفظ الصفحة. يُرجى المحاولة مرة أخرى.
notebook-back = العودة إلى الصفحات
notebook-leave-question = مغادرة هذه الصفحة دون حفظ التغييرات؟
notebook-leave-yes = المغادرة دون حفظ
notebook-leave-no = متابعة الكتابة
notebook-delete = حذف
notebook-delete-question = حذف هذه الصفحة؟ لا يمكن التراجع عن ذلك.
notebook-delete-yes = نعم، حذف
notebook-delete-no = إبقاؤها
notebook-delete-failed = تعذّر حذف الصفحة. لم يتغير شيء.
# قبل التاريخ والوقت: “آخر تعديل: …”
notebook-changed-prefix = آخر تعديل:

## الإعدادات: رمز PIN فقط

notebook-settings-heading = الإعدادات
notebook-settings-lead = رمز PIN الذي يفتح دفتر ملاحظاتك.
notebook-change-pin-heading = تغيير رمز PIN
notebook-current-pin = رمز PIN الحالي
notebook-new-pin = رمز PIN الجديد
notebook-pin-hint = عدد الأرقام من { $min } إلى { $max }. يُرجى تجنّب التواريخ أو الأرقام التي قد يخمّنها الآخرون.
notebook-new-pin-again = إعادة كتابة رمز PIN الجديد
notebook-change-pin = تغيير رمز PIN
notebook-need-current-pin = يُرجى كتابة رمز PIN الحالي أولًا.
notebook-pin-changed = تم تغيير رمز PIN. يُرجى استخدام رمز PIN الجديد لفتح دفتر ملاحظاتك من الآن فصاعدًا.
notebook-pin-change-failed = تعذّر تغيير رمز PIN. رمز PIN القديم ما زال يعمل.
notebook-pin-not-usable = لا يمكن استخدام رمز PIN هذا. يُرجى اختيار رمز آخر.
notebook-changing = جارٍ التغيير…
