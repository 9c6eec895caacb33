# Who to call: the support directory (screens/support.ts, screens/support-regions.ts).
# $name is a service's name. Phone numbers (999, 55) and the name "Silent Solution" stay as they are.

## The directory

support-title = طلب المساعدة
support-silent-solution = في خطر الآن؟ يُرجى الاتصال بالرقم 999. إذا تعذّر الكلام، يمكن الاتصال بالرقم 999 من هاتف محمول، والاستماع إلى موظف الطوارئ، ثم الضغط على 55 عند الطلب. هذا هو Silent Solution (الحل الصامت): يُعلمهم بأنها حالة طوارئ حقيقية، وسيواصلون تقديم المساعدة.
support-add = إضافة خدمة
support-list-label = خدمات الدعم
support-empty = لا توجد خدمات في قائمتك. في حالة الطوارئ يُرجى الاتصال بالرقم 999.
support-load-failed = تعذّر تحميل الدليل.
support-phone = الهاتف:{ " " }
support-edited = تم تغيير هذه التفاصيل.
support-change = تغيير
support-change-label = تغيير { $name }
support-remove = إزالة
support-remove-label = إزالة { $name }
support-remove-builtin-question = إزالة { $name } من قائمتك؟ يمكن إعادتها لاحقًا.
support-remove-question = إزالة { $name }؟ لا يمكن التراجع عن ذلك.
support-removed-builtin = تمت إزالة { $name }. وهي مدرجة تحت «الخدمات التي أزلتها».
support-removed = تمت إزالة { $name }.
support-remove-failed = تعذّرت إزالة { $name }. لم يتغير شيء.

## Services put aside

support-removed-label = الخدمات التي أزلتها
support-removed-summary = الخدمات التي أزلتها ({ $count })
support-put-back-about = يعيد زر «إعادة» الخدمة كما كانت لديك آخر مرة.
support-put-back = إعادة
support-put-back-label = إعادة { $name }
support-putting-back = جارٍ الإعادة…
support-back-in-list = تمت إعادة { $name } إلى قائمتك.
support-put-back-failed = تعذّرت إعادة ذلك. لم يتغير شيء.

## Adding or changing a service

support-add-title = إضافة خدمة
support-change-title = تغيير { $name }
support-builtin-note = هذه إحدى الخدمات المرفقة مع التطبيق. تبقى تغييراتك على هذا الحاسوب؛ ويمكن إعادتها إلى نسختها المنشورة في أي وقت.
support-own-note = مثلًا: خدمة IDVA المحلية لديك، أو خط مساعدة لمنطقة سكنك.
support-field-name = الاسم
support-field-phone = رقم الهاتف
support-field-hours = أوقات العمل
support-field-hours-hint = مثلًا: على مدار 24 ساعة، أو أيام الأسبوع من 9 صباحًا إلى 5 مساءً.
support-field-region = منطقة الخدمة
support-field-description = ما تقدّمه الخدمة
support-save-changes = حفظ التغييرات
support-add-to-list = إضافة إلى قائمتي
support-cancel = إلغاء
support-restore = الإعادة إلى النسخة المنشورة
support-restore-sure = نعم، التخلي عن تغييراتي
support-restore-warning = ستحلّ التفاصيل المنشورة محلّ تغييراتك على هذه الخدمة. يُرجى الضغط مرة أخرى للتنفيذ.
support-restored = تمت إعادة { $name } كما نُشرت.
support-name-empty = يُرجى إعطاء الخدمة اسمًا.
support-saving = جارٍ الحفظ…
support-changes-saved = تم حفظ تغييراتك.
support-added = تمت إضافة { $name } إلى قائمتك.
support-save-failed = تعذّر حفظ ذلك. لم يتغير شيء.
support-changes-draft = تغييرات على { $name }
support-new-draft = خدمة جديدة في «طلب المساعدة»
support-save-changes-hint = للاحتفاظ به يُرجى الضغط على «حفظ التغييرات»
support-add-hint = للاحتفاظ به يُرجى الضغط على «إضافة إلى قائمتي»

## Where a service helps

support-region-gb = المملكة المتحدة كلها
support-region-eng = إنجلترا
support-region-eaw = إنجلترا وويلز
support-region-wls = ويلز
support-region-sct = اسكتلندا
support-region-nir = أيرلندا الشمالية
support-region-none = ليس مكانًا واحدًا (عبر الإنترنت، أو في مكان آخر)
