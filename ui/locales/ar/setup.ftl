# First-run setup, and the recovery key shown once after it.

setup-title = الإعداد
setup-explainer-label = ما الذي يحميه هذا وما الذي لا يستطيع حمايته
setup-explainer-locked = كل ما يُحفظ هنا مقفل بالـ PIN ويبقى على هذا الحاسوب.
setup-explainer-opens = من يفتح التطبيق يرى آلة حاسبة، ما لم يعرف الـ PIN.
setup-explainer-copies = من ينسخ الملفات لا يستطيع قراءتها.
setup-explainer-spyware = لا يمكنه الحماية من برامج التجسس على هذا الحاسوب، ولا من شخص يراقب الشاشة.
setup-explainer-monitored = إذا كان هذا الحاسوب قد يكون مراقَبًا، فقد يكون استخدام جهاز أكثر أمانًا أفضل للتخطيط.

## The form.
setup-pin-label = اختيار PIN
setup-pin-again-label = إعادة كتابة الـ PIN
setup-second-pin-label = PIN ثانٍ (اختياري)
# $min, $max (Number) - the fewest and most digits a PIN may have.
setup-second-pin-hint = إذا أجبرك أحد على فتح هذا، يُرجى كتابة هذا الـ PIN بدلًا من ذلك. فهو يفتح دفتر ملاحظات يوميًا عاديًا لا يحتوي على أي من معلوماتك الحقيقية (يمكن تغيير ذلك من الإعدادات). يتكون من { $min } إلى { $max } رقمًا، ويختلف عن الـ PIN الرئيسي. يُترك فارغًا للتخطي؛ ويمكن إضافته لاحقًا. بعد تعيينه، يُرجى فتحه بذلك الـ PIN، وحذف أي صفحة لا تناسب حياتك، وإضافة صفحة خاصة بك.
setup-second-pin-digits = يجب أن يتكون الـ PIN الثاني أيضًا من { $min } إلى { $max } رقمًا، دون مسافات أو حروف.
setup-shortcut-label = مفاتيح الإخفاء السريع
setup-shortcut-hint = الضغط عليها في أي مكان يخفي هذا فورًا ويقفله. الضغط على Shift ثلاث مرات يعمل أيضًا.
setup-look-legend = مظهره عند الإغلاق
setup-look-calculator = آلة حاسبة
setup-look-notes = مفكرة ملاحظات
setup-restore-instead = الاستعادة من نسخة احتياطية بدلًا من ذلك
setup-start-empty-instead = البدء فارغًا بدلًا من ذلك
setup-restore-title = جلب نسخة احتياطية
setup-restore-text = بعد اختيار الـ PIN، سيتم اختيار ملف النسخة الاحتياطية. يُفحص الملف بالكامل أولًا؛ وإذا كان فيه أي خلل، فلن يُعَدّ أي شيء.
setup-not-now = ليس الآن
setup-submit = إعداد
setup-submit-restore = إعداد واختيار النسخة الاحتياطية…
setup-working = جارٍ الإعداد…

## What went wrong, or how a restore went.
setup-no-backup-chosen = لم يتم اختيار نسخة احتياطية، لذا لم يُعَدّ أي شيء بعد.
setup-restored = كل ما في النسخة الاحتياطية موجود هنا. هذا هو مفتاح الاسترداد الجديد؛ مفتاح النسخة الاحتياطية القديم لا يفتح هذا.
setup-not-restored = تم إعداد مساحتك، لكن تعذّر جلب النسخة الاحتياطية. يمكن المحاولة مرة أخرى من الإعدادات.
setup-failed-nothing-set-up = حدث خطأ ما. لم يُعَدّ أي شيء.
setup-failed = حدث خطأ ما. يُرجى المحاولة مرة أخرى.

## The recovery key.
setup-key-title = مفتاح الاسترداد
setup-key-unseen = أُغلق التطبيق قبل تأكيد كتابة مفتاح الاسترداد، لذا يظهر هنا مرة أخرى.
setup-key-explain = عند نسيان الـ PIN، يفتح هذا المفتاح معلوماتك. يُرجى كتابته على ورقة وحفظه في مكان آمن بعيدًا عن هذا الحاسوب. بعد تأكيد كتابته، لن يُعرض مرة أخرى.
# $digits (String) - the key read digit by digit, its groups separated by commas.
setup-key-spoken = مفتاح الاسترداد: { $digits }.
setup-key-written-down = تمت كتابته
setup-key-later = ليس الآن: عرضه في المرة القادمة
setup-key-question = هل تمت كتابة الأرقام الـ 40 كلها؟ لن تظهر مرة أخرى.
setup-key-yes = نعم، تمت كتابتها
setup-key-back = ليس بعد، عرض المفتاح

## How to use the key, on the disguise chosen.
setup-how-title-notes = طريقة الاستخدام — عند نسيان الـ PIN، أو إذا توقف الـ PIN عن العمل:
# $error (String) - what the calculator's display shows on an error (disguise-error).
setup-how-title-calculator = طريقة الاستخدام — عند نسيان الـ PIN، أو إذا أظهرت الآلة الحاسبة { $error } عند كتابة الـ PIN:
setup-how-notes-type = في مفكرة الملاحظات، تُكتب الأرقام الـ 40 في سطر مستقل. يمكن ترك المسافات أو حذفها.
setup-how-notes-enter = الضغط على Enter.
setup-how-calculator-type = تُكتب الأرقام الـ 40 على الآلة الحاسبة. لا حاجة إلى المسافات. تعرض الشاشة أول 12 رقمًا فقط؛ يُرجى مواصلة الكتابة.
setup-how-calculator-equals = الضغط على =.
setup-how-new-pin = اختيار PIN جديد.
setup-how-mistake-notes = عند حدوث خطأ، يُرجى البدء من جديد في سطر جديد.
setup-how-mistake-calculator = عند حدوث خطأ، يُرجى الضغط على Esc والبدء من جديد.
setup-how-wait = بعد عدة محاولات PIN خاطئة، ينتظر بضع دقائق قبل الفتح. إذا بدا أن الـ PIN لا يفعل شيئًا، يُرجى الانتظار والمحاولة مرة أخرى.
