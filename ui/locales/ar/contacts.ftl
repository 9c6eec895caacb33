# Trusted contacts (screens/contacts.ts). $name is a contact's name (or contacts-unnamed).

## The list

contacts-title = جهات الاتصال الموثوقة
contacts-lead = أشخاص موضع ثقتك، والطريقة المتفق عليها للبقاء على تواصل معهم.
contacts-list-label = جهات الاتصال الموثوقة لديك
contacts-none = لا توجد جهات اتصال بعد.
contacts-load-failed = تعذّر تحميل جهات الاتصال.
contacts-unnamed = جهة الاتصال هذه
contacts-edit = تعديل
contacts-edit-label = تعديل { $name }
contacts-delete = حذف
contacts-delete-label = حذف { $name }
contacts-delete-question = حذف { $name }؟ لا يمكن التراجع عن ذلك.
contacts-delete-yes = نعم، حذف
contacts-keep = إبقاء
contacts-delete-failed = تعذّر حذف { $name }. لم يتغير شيء.
contacts-removed = تمت إزالة { $name } من جهات الاتصال.

## A contact's card

contacts-row-reach = طريقة التواصل
contacts-row-code-word = الكلمة الرمزية
contacts-row-knows = ما يعرفه هذا الشخص
contacts-row-check-in = الاطمئنان المتفق عليه
contacts-row-safe-times = الأوقات الآمنة
contacts-row-emergency = في حالة الطوارئ
contacts-may-call = يمكن الاتصال
contacts-do-not-call = يُرجى عدم الاتصال

## The form

contacts-add-title = إضافة جهة اتصال
contacts-change-title = تغيير تفاصيل { $name }
contacts-field-name = الاسم
contacts-field-relationship = صلة هذا الشخص بك
contacts-field-reach = طريقة التواصل مع هذا الشخص
contacts-field-code-word = الكلمة الرمزية
contacts-field-code-word-hint = كلمة تعني بينكما 'أحتاج إلى مساعدة'.
contacts-field-knows = ما يعرفه هذا الشخص
contacts-field-check-in = ترتيب الاطمئنان (تواصل متفق عليه للتأكد من أنك بخير)
contacts-field-safe-times = الأوقات الآمنة للتواصل
contacts-field-emergency = يمكن الاتصال في حالة الطوارئ
contacts-close = إغلاق
contacts-close-label = إغلاق دون حفظ؛ يُحتفظ بالتغييرات كمسودة
contacts-save-changes = حفظ التغييرات
contacts-save-contact = حفظ جهة الاتصال
contacts-save-failed = تعذّر حفظ ذلك. يُرجى المحاولة مرة أخرى.
contacts-this-contact = جهة الاتصال هذه
contacts-changes-draft = تغييرات على { $name }
contacts-new-draft = جهة اتصال جديدة
contacts-save-changes-hint = للاحتفاظ به يُرجى الضغط على «حفظ التغييرات»
contacts-save-contact-hint = للاحتفاظ به يُرجى الضغط على «حفظ جهة الاتصال»
