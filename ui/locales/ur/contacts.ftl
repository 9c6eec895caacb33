# Trusted contacts (screens/contacts.ts). $name is a contact's name (or contacts-unnamed).

## The list

contacts-title = قابلِ اعتماد رابطے
contacts-lead = وہ لوگ جن پر آپ کو بھروسہ ہے، اور ان سے رابطے میں رہنے کا طے شدہ طریقہ۔
contacts-list-label = آپ کے قابلِ اعتماد رابطے
contacts-none = ابھی کوئی رابطہ نہیں۔
contacts-load-failed = آپ کے رابطے لوڈ نہیں ہو سکے۔
contacts-unnamed = یہ رابطہ
contacts-edit = ترمیم کریں
contacts-edit-label = { $name } میں ترمیم کریں
contacts-delete = حذف کریں
contacts-delete-label = { $name } کو حذف کریں
contacts-delete-question = { $name } کو حذف کر دیں؟ اسے واپس نہیں لایا جا سکتا۔
contacts-delete-yes = ہاں، حذف کریں
contacts-keep = رہنے دیں
contacts-delete-failed = { $name } کو حذف نہیں کیا جا سکا۔ کچھ نہیں بدلا۔
contacts-removed = { $name } کو آپ کے رابطوں سے ہٹا دیا گیا ہے۔

## A contact's card

contacts-row-reach = رابطے کا طریقہ
contacts-row-code-word = کوڈ ورڈ
contacts-row-knows = انہیں کیا معلوم ہے
contacts-row-check-in = خیریت معلوم کرنے کا طریقہ
contacts-row-safe-times = محفوظ اوقات
contacts-row-emergency = ہنگامی صورت میں
contacts-may-call = فون کیا جا سکتا ہے
contacts-do-not-call = براہِ کرم فون نہ کریں

## The form

contacts-add-title = رابطہ شامل کریں
contacts-change-title = { $name } کی تفصیلات تبدیل کریں
contacts-field-name = نام
contacts-field-relationship = وہ آپ کے کیا لگتے ہیں
contacts-field-reach = ان تک کیسے پہنچا جائے
contacts-field-code-word = کوڈ ورڈ
contacts-field-code-word-hint = ایک لفظ جس کا آپ دونوں کے درمیان مطلب ہو 'مجھے مدد چاہیے'۔
contacts-field-knows = انہیں کیا معلوم ہے
contacts-field-check-in = خیریت معلوم کرنے کا انتظام
contacts-field-safe-times = رابطے کے محفوظ اوقات
contacts-field-emergency = ہنگامی صورت میں فون کیا جا سکتا ہے
contacts-close = بند کریں
contacts-close-label = محفوظ کیے بغیر بند کریں؛ تبدیلیاں مسودے کے طور پر رکھی جاتی ہیں
contacts-save-changes = تبدیلیاں محفوظ کریں
contacts-save-contact = رابطہ محفوظ کریں
contacts-save-failed = یہ محفوظ نہیں ہو سکا۔ براہِ کرم دوبارہ کوشش کریں۔
contacts-this-contact = یہ رابطہ
contacts-changes-draft = { $name } میں تبدیلیاں
contacts-new-draft = نیا رابطہ
contacts-save-changes-hint = اسے رکھنے کے لیے "تبدیلیاں محفوظ کریں" دبائیں
contacts-save-contact-hint = اسے رکھنے کے لیے "رابطہ محفوظ کریں" دبائیں
