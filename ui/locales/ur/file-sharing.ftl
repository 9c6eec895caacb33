# Files shown to the advocate with an incident entry (screens/file-sharing.ts,
# screens/file-sharing-logic.ts).

## The person's side: on an opened entry

# $who is "several" when the incident log is shared with more than one person (a ticked file
# goes to each of them), anything else when with one.
file-sharing-hint = { $who ->
    [several] جن لوگوں کے ساتھ آپ اپنے واقعات کا ریکارڈ شیئر کرتے ہیں، وہ یہ اندراج دیکھتے ہیں۔ اس کی فائلیں اس کمپیوٹر پر ہی رہتی ہیں، جب تک آپ نیچے ان پر نشان نہ لگائیں، اور جس فائل پر آپ نشان لگائیں وہ ان میں سے ہر ایک کو دکھائی جاتی ہے۔ کوئی فائل واپس لینے کے لیے اس کا نشان ہٹا دیں: جب ان کی ایپس اگلی بار آپ کی تبدیلیاں وصول کریں گی تو وہ ان کی کاپیوں سے ہٹا دی جائے گی۔
   *[other] آپ کے معاون کارکن یہ اندراج دیکھتے ہیں۔ اس کی فائلیں اس کمپیوٹر پر ہی رہتی ہیں، جب تک آپ نیچے ان پر نشان نہ لگائیں۔ کوئی فائل واپس لینے کے لیے اس کا نشان ہٹا دیں: جب ان کی ایپ اگلی بار آپ کی تبدیلیاں وصول کرے گی تو وہ ان کی کاپی سے ہٹا دی جائے گی۔
    }
file-sharing-show = { $who ->
    [several] ان سب کو دکھائیں جن کے ساتھ میرا ریکارڈ شیئر ہے
   *[other] میرے معاون کارکن کو دکھائیں
    }
# Stands for a file whose name cannot be found, at the start of a sentence ($name below).
file-sharing-the-file = فائل
# $name: the file's name.
file-sharing-just-sent = { $who ->
    [several] { $name } بھیج دی گئی۔ ان میں سے ہر ایک کو یہ تب مل جائے گی جب ان کی ایپ اگلی بار جڑے گی۔
   *[other] { $name } بھیج دی گئی۔ جب آپ کے معاون کارکن کی ایپ اگلی بار جڑے گی تو یہ انہیں مل جائے گی۔
    }
file-sharing-will-show = { $who ->
    [several] { $name } ان سب کو دکھائی جائے گی جن کے ساتھ آپ اپنے واقعات کا ریکارڈ شیئر کرتے ہیں۔
   *[other] { $name } آپ کے معاون کارکن کو دکھائی جائے گی۔
    }
file-sharing-taken-back = { $who ->
    [several] { $name } واپس لے لی گئی۔ جب ان کی ایپس اگلی بار آپ کی تبدیلیاں وصول کریں گی تو یہ ان کی کاپیوں سے ہٹا دی جائے گی۔
   *[other] { $name } واپس لے لی گئی۔ جب آپ کے معاون کارکن کی ایپ اگلی بار آپ کی تبدیلیاں وصول کرے گی تو یہ ان کی کاپی سے ہٹا دی جائے گی۔
    }
file-sharing-change-failed = ابھی یہ تبدیل نہیں ہو سکا۔ کچھ بھی نہیں بھیجا گیا۔

## How far a chosen file has gone (under its tick)

file-sharing-sent = { $who ->
    [several] بھیج دی گئی۔ ان میں سے ہر ایک کو یہ تب مل جائے گی جب ان کی ایپ اگلی بار جڑے گی۔
   *[other] بھیج دی گئی۔ جب آپ کے معاون کارکن کی ایپ اگلی بار جڑے گی تو یہ انہیں مل جائے گی۔
    }
# With the incident log shared with several people, the file has gone to some of them.
# $reached: to how many; $seeing: how many see the log.
file-sharing-sent-some = جن { $seeing } لوگوں کے ساتھ آپ اپنے واقعات کا ریکارڈ شیئر کرتے ہیں، ان میں سے { $reached } کو بھیج دی گئی۔ باقی ہر ایک تک یہ تب جائے گی جب آپ ان کے ساتھ بھیجیں اور وصول کریں (شیئرنگ میں اس فرد کو چنیں، پھر “ابھی بھیجیں اور وصول کریں”)، یا مل کر کام کرتے ہوئے۔
file-sharing-not-sent = ابھی نہیں بھیجی گئی۔ یہ اگلی بار جائے گی جب یہ ایپ بھیجے اور وصول کرے گی، یا مل کر کام کرتے ہوئے۔
# $sent: how many parts have gone; $count: how many parts there are.
file-sharing-parts-sent = { $count } میں سے { $sent } حصے بھیجے جا چکے ہیں۔ باقی اگلی بار جائیں گے جب یہ ایپ بھیجے اور وصول کرے گی، یا مل کر کام کرتے ہوئے۔

## The advocate's side: under a file the person shows
# "ابھی بھیجیں اور وصول کریں" is the button on the Sharing screen (sharing-sync).

file-sharing-arriving = راستے میں ہے: ابھی یہاں نہیں پہنچی۔ یہ تب آتی ہے جب اس فرد کی ایپ اسے بھیجتی ہے (شیئرنگ میں “ابھی بھیجیں اور وصول کریں” جو کچھ آ چکا ہے وہ لے آتا ہے)۔
# $here: how many parts have arrived; $count: how many parts there are.
file-sharing-arriving-parts = راستے میں ہے: { $count } میں سے { $here } حصے یہاں پہنچ چکے ہیں۔ یہ تب آتی ہے جب اس فرد کی ایپ اسے بھیجتی ہے (شیئرنگ میں “ابھی بھیجیں اور وصول کریں” جو کچھ آ چکا ہے وہ لے آتا ہے)۔
file-sharing-not-shown-here = اس قسم کی فائل اس ایپ میں نہیں کھولی جا سکتی۔ اس کا نام، سائز اور SHA-256 دکھائے گئے ہیں۔
