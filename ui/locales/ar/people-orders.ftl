# الشخص الذي يتسبب في الأذى، والأوامر والشروط المفروضة عليه.

## أنواع الأوامر (الأسماء المستخدمة في المملكة المتحدة، مع الاسم الإنجليزي بين قوسين)

people-orders-kind-stalking-protection = أمر الحماية من الملاحقة (Stalking Protection Order)
people-orders-kind-non-molestation = أمر منع التعرّض (non-molestation order)
people-orders-kind-restraining = أمر تقييدي (restraining order)
people-orders-kind-occupation = أمر شغل المسكن (occupation order)
people-orders-kind-domestic-abuse-protection = أمر الحماية من الإساءة المنزلية (Domestic Abuse Protection Order)
people-orders-kind-domestic-violence-protection = أمر الحماية من العنف المنزلي (Domestic Violence Protection Order)
people-orders-kind-bail = شروط الإفراج بكفالة (bail conditions)
people-orders-kind-other = أمر أو شرط آخر
people-orders-title-with-reference = { $kind }، { $reference }

## التذكيرات

people-orders-reminder-soon = { $title }: تنتهي المدة بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، في { $date }. إذا لزم التمديد، يُرجى التحدث الآن إلى { $who ->
        [officer] المستشار الذي يدعمك أو ضابط الشرطة المسؤول عن قضيتك
       *[other] المستشار الذي يدعمك أو المحامي
    }.
people-orders-reminder-tomorrow = { $title }: تنتهي المدة غدًا، { $date }. إذا لزم التمديد، يُرجى التحدث اليوم إلى { $who ->
        [officer] المستشار الذي يدعمك أو ضابط الشرطة المسؤول عن قضيتك
       *[other] المستشار الذي يدعمك أو المحامي
    }.
people-orders-reminder-today = { $title }: تنتهي المدة اليوم، { $date }.
people-orders-reminder-ended = { $title }: انتهت المدة في { $date }. إذا تم التجديد، يُرجى تغيير تاريخ الانتهاء حتى يتوقف التذكير.

## الشاشة

people-orders-heading = الأشخاص والأوامر
people-orders-lead = مَن يتسبب في الأذى، وأي أوامر أو شروط مفروضة على هذا الشخص. يمكن بعد ذلك أن تذكر المدخلات في سجلّك مَن الفاعل، وأي شرط تم خرقه. لا يخرج شيء من هنا من هذا الحاسوب إلا إذا اخترته لتقرير.
people-orders-people-heading = مَن الشخص
people-orders-orders-heading = الأوامر والشروط
people-orders-load-failed = تعذّر تحميل هذا الآن. يُرجى المحاولة مرة أخرى.
people-orders-not-listed = غير مدرج هنا

## أزرار البطاقة، والإزالة

people-orders-change = تغيير
people-orders-change-label = تغيير { $name }
people-orders-remove = إزالة
people-orders-remove-label = إزالة { $name }
people-orders-remove-yes = نعم، إزالة
people-orders-remove-keep = إبقاء
people-orders-remove-failed = تعذّرت الإزالة الآن.
people-orders-removed = تمت إزالة { $name }.
people-orders-person-remove-question = إزالة { $name }؟ ستحتفظ المدخلات التي تذكر هذا الشخص بالاسم الذي كُتبت به.
people-orders-person-remove-orders = { $count ->
        [one] هناك أمر واحد مسجّل ضد هذا الشخص: سيبقى، ولكن دون اسمه.
        [two] هناك أمران مسجّلان ضد هذا الشخص: سيبقيان، ولكن دون اسمه.
        [few] هناك { $count } أوامر مسجّلة ضد هذا الشخص: ستبقى، ولكن دون اسمه.
        [many] هناك { $count } أمرًا مسجّلًا ضد هذا الشخص: ستبقى، ولكن دون اسمه.
       *[other] هناك { $count } أمر مسجّل ضد هذا الشخص: ستبقى، ولكن دون اسمه.
    }
people-orders-order-remove-question = إزالة { $title }؟

## بطاقة الشخص

people-orders-fact-aliases = أسماء أخرى
people-orders-fact-relationship = صلتك بهذا الشخص
people-orders-fact-description = المظهر
people-orders-fact-vehicles = المركبات
people-orders-fact-addresses = العناوين
people-orders-fact-workplaces = أماكن العمل
people-orders-fact-social-media = وسائل التواصل الاجتماعي
people-orders-photo-label = الصورة:

## إضافة شخص أو تغييره

people-orders-add-person-heading = إضافة شخص
people-orders-field-name = الاسم، أو أي وصف يُعرَف به
people-orders-field-aliases = الأسماء الأخرى المستخدمة (اسم في كل سطر)
people-orders-field-relationship = صلتك بهذا الشخص
people-orders-field-relationship-hint = مثلًا: شريك سابق، جار، شخص لا أعرفه
people-orders-field-description = المظهر
people-orders-field-vehicles = المركبات وأرقام التسجيل (واحدة في كل سطر)
people-orders-field-addresses = العناوين (عنوان في كل سطر)
people-orders-field-workplaces = أماكن العمل (مكان في كل سطر)
people-orders-field-social-media = حسابات التواصل الاجتماعي (حساب في كل سطر)
people-orders-field-photo = صورة لهذا الشخص (اختياري)
people-orders-photo-kept = هناك صورة محفوظة.
people-orders-photo-drop = إزالة الصورة
people-orders-photo-adding = جارٍ إضافة الصورة…
people-orders-photo-ready-file = الصورة جاهزة: { $file }. ستُحفظ عند الحفظ.
people-orders-photo-ready = هناك صورة جاهزة. ستُحفظ عند الحفظ.
people-orders-photo-add-failed = تعذّرت إضافة الصورة.
people-orders-photo-none = لا توجد صورة.
people-orders-name-missing = يُرجى كتابة اسم، أو أي وصف يُعرَف به هذا الشخص (مثل “الرجل صاحب الشاحنة الزرقاء”).
people-orders-add-person = إضافة هذا الشخص

## حفظ النموذج

people-orders-save-changes = حفظ التغييرات
people-orders-cancel = إلغاء
people-orders-changes-saved = تم حفظ التغييرات.
people-orders-added = تمت إضافة { $name }.
people-orders-save-failed = تعذّر الحفظ. لم يُفقد أي شيء؛ يُرجى المحاولة مرة أخرى.

## المسودات

people-orders-draft-changes = تغييرات على { $name }
people-orders-draft-person = شخص يتسبب في الأذى
people-orders-draft-order = أمر أو شروط
people-orders-save-hint-changes = يُرجى الضغط على “حفظ التغييرات” للاحتفاظ به
people-orders-save-hint-person = يُرجى الضغط على “إضافة هذا الشخص” للاحتفاظ به
people-orders-save-hint-order = يُرجى الضغط على “إضافة هذا الأمر” للاحتفاظ به

## بطاقة الأمر

people-orders-fact-against = ضد
people-orders-fact-made-by = الجهة المُصدِرة
people-orders-fact-made-on = تاريخ الإصدار
people-orders-fact-ends = تاريخ الانتهاء
people-orders-fact-note = ملاحظة
people-orders-conditions-label = الشروط:
people-orders-no-conditions = لم تُكتب أي شروط بعد.

## إضافة أمر أو تغييره

people-orders-add-order-label = إضافة أمر
people-orders-add-order-heading = إضافة أمر أو شروط
people-orders-field-kind = النوع
people-orders-choose-kind = اختيار النوع
people-orders-field-against = ضد مَن
people-orders-field-made-by = الجهة المُصدِرة (المحكمة أو قوة الشرطة)
people-orders-field-reference = الرقم المرجعي
people-orders-field-made-on = تاريخ الإصدار (اختياري)
people-orders-field-ends-on = تاريخ الانتهاء (اختياري)
people-orders-field-ends-on-hint = سيظهر لك تذكير هنا، وعند فتح التطبيق، قبل الانتهاء بأربعة أسابيع.
people-orders-field-note = أي شيء آخر بشأنه (اختياري)
people-orders-conditions-legend = كل شرط في سطر مستقل، بالصيغة الواردة في الأمر
people-orders-condition-label = الشرط { $number }
people-orders-condition-remove-label = حذف الشرط { $number }
people-orders-condition-remove = حذف
people-orders-condition-add = إضافة شرط
people-orders-add-order = إضافة هذا الأمر
people-orders-kind-missing = يُرجى اختيار نوع الأمر أو الشرط.
people-orders-date-incomplete = هذا التاريخ غير مكتمل. يُرجى كتابة اليوم والشهر والسنة، أو ترك الحقل فارغًا.
people-orders-ends-before-made = تاريخ الانتهاء يسبق تاريخ الإصدار. يُرجى التحقق من التواريخ.
people-orders-order-empty = يُرجى كتابة الرقم المرجعي على الأقل، أو ضد مَن هو، أو شرط واحد.
