# The app's frame: the disguise's page (main.ts), the Quick exit bar, drafts, the case banner,
# incident kinds and messages made by the page itself.

## The disguise's page (before unlock): only the tool's own words.
app-disguise-calculator = کیلکولیٹر
app-disguise-notes = نوٹس
# $code (String) - the digits that open first-run setup ("0000").
app-first-run-calculator = پہلی بار استعمال؟ سیٹ اپ کے لیے { $code } ٹائپ کریں، پھر = دبائیں۔
app-first-run-notes = پہلی بار استعمال؟ سیٹ اپ کے لیے { $code } ایک الگ سطر میں ٹائپ کریں اور Enter دبائیں۔

## The bar over setup and a new PIN after the recovery key.
app-quick-exit = فوری باہر نکلیں
app-quick-exit-label = فوری باہر نکلیں: ابھی چھپائیں

## Shared bits.
app-updated-just-now = ابھی اپ ڈیٹ ہوا
app-closed = یہ بند ہو چکا ہے۔ جاری رکھنے کے لیے اسے دوبارہ کھولیں۔
app-refused-during-switch = ایک اور کیس کھل رہا تھا، اس لیے وہ تبدیلی محفوظ نہیں ہوئی۔ براہ کرم یہ تبدیلی دوبارہ کریں۔

## Incident kinds.
app-kind-following = پیچھا کرنا
app-kind-loitering = آس پاس انتظار کرنا یا منڈلانا
app-kind-calls = فون کالز
app-kind-messages = پیغامات یا ای میلز
app-kind-social-media = سوشل میڈیا
app-kind-gifts-letters = تحفے یا خطوط
app-kind-damage = املاک کو نقصان
app-kind-third-party-contact = دوسرے لوگوں کے ذریعے رابطہ
app-kind-tracking-account-access = ٹریک کرنا یا اکاؤنٹس میں گھسنا
app-kind-threats = دھمکیاں
app-kind-order-breach = عدالتی حکم کی خلاف ورزی
app-kind-other = کچھ اور

## An advocate's open case: the banner in the header.
app-case-caseload = کیسز کی فہرست
app-case-back-to-own-space = واپس اپنی جگہ پر
app-case-close-failed = ابھی واپس جانا ممکن نہیں ہو سکا۔ براہ کرم دوبارہ کوشش کریں۔

## Drafts: what was being written and is not saved yet.
app-draft-discarded = حذف کر دیا گیا۔
# $label (String) - what the draft is, e.g. "A new incident".
app-draft-discard-label = حذف کریں: { $label }
app-draft-discard-it = اسے حذف کریں
# $hint (String) - how to keep it, e.g. "press Save notes to keep it" (app-draft-save-hint when the form gives none).
app-draft-note = یہ پہلے لکھا جا رہا تھا۔ یہ ابھی محفوظ نہیں ہوا: { $hint }۔
app-draft-save-hint = اسے رکھنے کے لیے محفوظ کریں
app-draft-confirm-discard = ہاں، حذف کریں
app-draft-keep = اسے رکھیں
app-draft-discard-question = جو لکھا جا رہا تھا اسے حذف کریں؟ اسے واپس نہیں لایا جا سکے گا۔
