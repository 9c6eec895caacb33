# Routine-change and device-safety checklists (screens/checklists.ts).
# $list is a list's name, $item the words of an item on it.

## How often an item comes back

checklists-repeat-weekly = كل أسبوع
checklists-repeat-monthly = كل شهر
checklists-repeat-days = { $days ->
        [one] كل يوم
        [two] كل يومين
        [few] كل { $days } أيام
        [many] كل { $days } يومًا
       *[other] كل { $days } يوم
    }
checklists-repeat-once = مرة واحدة
checklists-repeat-every-week = كل أسبوع
checklists-repeat-every-month = كل شهر
checklists-repeat-every-days = { $days ->
        [one] كل يوم
        [two] كل يومين
        [few] كل { $days } أيام
        [many] كل { $days } يومًا
       *[other] كل { $days } يوم
    }

## The lists

checklists-title = قوائم التحقق
checklists-due-count = { $count ->
        [one] مهمة واحدة مطلوبة الآن.
        [two] مهمتان مطلوبتان الآن.
        [few] { $count } مهام مطلوبة الآن.
        [many] { $count } مهمة مطلوبة الآن.
       *[other] { $count } مهمة مطلوبة الآن.
    }
checklists-nothing-due = لا شيء مطلوب الآن.
checklists-load-failed = تعذّر تحميل قوائم التحقق.
checklists-change-list = تغيير هذه القائمة
checklists-change-list-label = تغيير هذه القائمة: { $list }
checklists-done-changing = إنهاء التغيير
checklists-done-changing-label = إنهاء تغيير { $list }
checklists-empty = لا شيء في هذه القائمة بعد.
checklists-due-again = مطلوب مجددًا

## Changing an item

checklists-item-change = تغيير
checklists-item-change-label = تغيير «{ $item }»
checklists-item-remove = إزالة
checklists-item-remove-label = إزالة «{ $item }»
checklists-what-to-do = ما يجب فعله
checklists-how-often = كم مرة
checklists-item-save = حفظ
checklists-item-cancel = إلغاء
checklists-item-empty = يُرجى كتابة شيء لهذا البند، أو إزالته.
checklists-saving = جارٍ الحفظ…
checklists-saved = تم الحفظ.
checklists-item-save-failed = تعذّر حفظ ذلك. لم يتغير شيء.
checklists-item-remove-question = إزالة هذا البند؟ لا يمكن التراجع عن ذلك.
checklists-item-removed = تمت إزالة «{ $item }».
checklists-item-remove-failed = تعذّرت إزالة ذلك. لم يتغير شيء.

## Adding an item, renaming or removing a list

checklists-add-item = إضافة بند
checklists-add-item-label = إضافة بند إلى { $list }
checklists-new-item = بند جديد
checklists-new-item-draft = بند جديد في «{ $list }»
checklists-new-item-save-hint = للاحتفاظ به يُرجى الضغط على «إضافة بند»
checklists-new-item-empty = يُرجى كتابة نص البند.
checklists-adding = جارٍ الإضافة…
checklists-added = تمت الإضافة.
checklists-add-failed = تعذّرت إضافة ذلك. لم يتغير شيء.
checklists-list-name = اسم القائمة
checklists-name-form-label = اسم { $list }
checklists-save-name = حفظ الاسم
checklists-name-empty = يُرجى إعطاء القائمة اسمًا.
checklists-renamed = أصبح اسم القائمة «{ $list }».
checklists-rename-failed = تعذّر حفظ الاسم. لم يتغير شيء.
checklists-remove-list = إزالة هذه القائمة
checklists-remove-list-question = إزالة القائمة «{ $list }» وكل ما فيها؟ لا يمكن التراجع عن ذلك.
checklists-list-removed = تمت إزالة القائمة «{ $list }».
checklists-remove-list-failed = تعذّرت إزالة القائمة. لم يتغير شيء.

## A new list

checklists-new-list-title = قائمة جديدة خاصة بك
checklists-make-list = إنشاء القائمة
checklists-new-list-draft = قائمة تحقق جديدة
checklists-new-list-save-hint = للاحتفاظ به يُرجى الضغط على «إنشاء القائمة»
checklists-making = جارٍ الإنشاء…
checklists-made = تم إنشاء «{ $list }». يمكن إضافة أول بند فيها أدناه.
checklists-make-failed = تعذّر إنشاء القائمة. لم يتغير شيء.
