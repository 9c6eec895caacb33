## Attached files (attachments.ts, attachment-format.ts)

# Between the files of a version ("a.jpg (…)، b.png (…)").
attachments-list-separator = { "، " }

## Sizes ($count and $size are numbers; 1 KB = 1024 bytes)
attachments-size-unknown = نامعلوم سائز
attachments-size-bytes =
    { $count ->
        [one] { $count } بائٹ
       *[other] { $count } بائٹس
    }
attachments-size-kb = { $size } KB
attachments-size-mb = { $size } MB
attachments-size-gb = { $size } GB

## Adding files to an entry
attachments-add = تصاویر یا فائلیں شامل کریں
attachments-hint = فائل اس ایپ میں کاپی کی جاتی ہے اور باقی سب چیزوں کے ساتھ محفوظ طریقے سے بند کر دی جاتی ہے۔ اصل فائل وہیں رہتی ہے جہاں تھی — ہو سکتا ہے آپ اسے اس کمپیوٹر یا فون سے حذف کرنا چاہیں جہاں سے یہ آئی ہے۔
attachments-hint-revising = اس فہرست سے کوئی فائل ہٹانے پر وہ پچھلے ورژنز میں موجود رہتی ہے۔
attachments-list-label = اس اندراج سے منسلک فائلیں
attachments-earlier-file = پہلے منسلک کی گئی ایک فائل
attachments-remove = ہٹائیں
attachments-remove-label = { $name } کو ہٹائیں
attachments-removed = { $name } کو اس اندراج سے ہٹا دیا گیا۔
attachments-loading = اس کی تفصیلات لوڈ ہو رہی ہیں…
attachments-details-failed-still-attached = اس کی تفصیلات لوڈ نہیں ہو سکیں، لیکن یہ اب بھی منسلک ہے۔
attachments-details-failed-all = پہلے سے منسلک فائلوں کی تفصیلات لوڈ نہیں ہو سکیں۔ وہ اب بھی منسلک ہیں اور رکھی جائیں گی۔
attachments-adding = { $name } شامل کی جا رہی ہے…
attachments-adding-one-of = { $total } میں سے { $number } شامل کی جا رہی ہے: { $name }…
# $problem: attachments-too-large, attachments-add-failed, or the vault's own words.
attachments-file-problem = { $name }: { $problem }
attachments-too-large = فائل بہت بڑی ہے۔ فائلیں زیادہ سے زیادہ { $size } MB کی ہو سکتی ہیں۔
attachments-add-failed = اسے شامل نہیں کیا جا سکا۔ براہ کرم دوبارہ کوشش کریں۔
attachments-already = { $name } پہلے سے منسلک ہے، اس لیے اسے دوبارہ شامل نہیں کیا گیا۔
attachments-added-one = { $name } شامل کر دی گئی۔
# $count is 2 or more.
attachments-added-many = { $count } فائلیں شامل کر دی گئیں۔

## An entry's files
attachments-view-label = منسلک فائلیں
attachments-a-file = ایک فائل
attachments-details-failed-now = اس کی تفصیلات ابھی لوڈ نہیں ہو سکیں۔
attachments-show = دکھائیں
attachments-show-label = { $name } دکھائیں
attachments-hide = چھپائیں
attachments-hide-label = { $name } چھپائیں
attachments-picture-failed = یہ تصویر یہاں نہیں دکھائی جا سکی۔ فائل خود محفوظ طریقے سے رکھی ہوئی ہے۔
attachments-full-hash = مکمل SHA-256
# Before the files of one version in the history.
attachments-version-files =
    { $count ->
        [one] فائل:
       *[other] فائلیں:
    }
attachments-version-file-unknown = ایک فائل جس کی تفصیلات لوڈ نہیں ہو سکیں
