# The app's frame: the disguise's page (main.ts), the Quick exit bar, drafts, the case banner,
# incident kinds and messages made by the page itself.

## The disguise's page (before unlock): only the tool's own words.
app-disguise-calculator = الآلة الحاسبة
app-disguise-notes = ملاحظات
# $code (String) - the digits that open first-run setup ("0000").
app-first-run-calculator = أول استخدام؟ للإعداد: { $code } ثم =.
app-first-run-notes = أول استخدام؟ للإعداد: { $code } في سطر مستقل، ثم الضغط على Enter.

## The bar over setup and a new PIN after the recovery key.
app-quick-exit = خروج سريع
app-quick-exit-label = خروج سريع: الإخفاء الآن

## Shared bits.
app-updated-just-now = تم التحديث للتو
app-closed = هذا مغلق. يُرجى فتحه مرة أخرى للمتابعة.
app-refused-during-switch = كانت حالة أخرى قيد الفتح، لذا لم يُحفظ ذلك التغيير. يُرجى إجراء التغيير مرة أخرى.

## Incident kinds.
app-kind-following = الملاحقة
app-kind-loitering = الانتظار أو التسكع في الجوار
app-kind-calls = المكالمات الهاتفية
app-kind-messages = الرسائل أو رسائل البريد الإلكتروني
app-kind-social-media = وسائل التواصل الاجتماعي
app-kind-gifts-letters = الهدايا أو الخطابات
app-kind-damage = إتلاف الممتلكات
app-kind-third-party-contact = التواصل عبر أشخاص آخرين
app-kind-tracking-account-access = التتبّع أو الدخول إلى الحسابات
app-kind-threats = التهديدات
app-kind-order-breach = خرق أمر قضائي
app-kind-other = شيء آخر

## An advocate's open case: the banner in the header.
app-case-caseload = قائمة الحالات
app-case-back-to-own-space = العودة إلى مساحتي الخاصة
app-case-close-failed = تعذّرت العودة الآن. يُرجى المحاولة مرة أخرى.

## Drafts: what was being written and is not saved yet.
app-draft-discarded = تم الحذف.
# $label (String) - what the draft is, e.g. "A new incident".
app-draft-discard-label = حذف: { $label }
app-draft-discard-it = حذفه
# $hint (String) - how to keep it, e.g. "press Save notes to keep it" (app-draft-save-hint when the form gives none).
app-draft-note = هذا ما كان قيد الكتابة من قبل. لم يُحفظ بعد: { $hint }.
app-draft-save-hint = يُرجى حفظه للاحتفاظ به
app-draft-confirm-discard = نعم، حذف
app-draft-keep = الاحتفاظ به
app-draft-discard-question = حذف ما كان قيد الكتابة؟ لا يمكن استعادته.
