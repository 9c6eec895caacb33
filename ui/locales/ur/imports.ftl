## Bringing things into the log: files, a chat, e-mails (files-import.ts, chat-import.ts, email-import.ts, one-or-each.ts)

# Between line numbers ("Line 4، 9 of the file…").
imports-list-separator = { "، " }

imports-how = انہیں کیسے لکھا جائے
imports-what-kind = یہ کس قسم کا واقعہ ہے؟
imports-bring-them-in = انہیں شامل کریں
imports-bringing = شامل کیا جا رہا ہے…
imports-cancel = منسوخ کریں
imports-nothing-brought-in = کچھ بھی شامل نہیں کیا گیا۔

## Photos or files
imports-files-title = تصاویر یا فائلیں شامل کریں
imports-files-choose = فائلیں منتخب کریں
imports-files-hint = اسکرین شاٹس، تصاویر، PDF فائلیں: جتنی چاہیں۔ ہر فائل اس ایپ میں کاپی کی جاتی ہے اور اپنے فنگر پرنٹ (SHA-256) کے ساتھ محفوظ طریقے سے بند کر دی جاتی ہے۔ اصل فائلیں وہیں رہتی ہیں جہاں ہیں — ہو سکتا ہے آپ انہیں حذف کرنا چاہیں۔
imports-files-chosen =
    { $count ->
        [one] { $count } فائل منتخب کی گئی۔
       *[other] { $count } فائلیں منتخب کی گئیں۔
    }
imports-files-each = ہر فائل کے لیے ایک اندراج، جس پر وہ تاریخ ہو جب اس کمپیوٹر پر فائل آخری بار تبدیل ہوئی (ہر اندراج کی تصحیح کی جا سکتی ہے)
imports-files-together = ایک اندراج جس میں سب فائلیں ہوں
imports-files-none = براہ کرم کم از کم ایک فائل منتخب کریں۔
imports-files-adding = { $total } میں سے فائل { $number } شامل کی جا رہی ہے…
imports-files-done-together =
    { $files ->
        [one] 1 اندراج لکھا گیا، جس میں 1 فائل ہے۔
       *[other] 1 اندراج لکھا گیا، جس میں { $files } فائلیں ہیں۔
    }
# $count is 2 or more.
imports-files-done-each = { $count } اندراجات لکھے گئے، ہر فائل کے لیے ایک۔
imports-files-failed = کچھ بھی نہیں لکھا گیا۔ براہ کرم دوبارہ کوشش کریں۔

## A chat (WhatsApp's "Export chat", or a list of messages)
imports-chat-choose = وہ چیٹ فائل منتخب کریں جو WhatsApp نے “Export chat” (چیٹ ایکسپورٹ کریں) سے بنائی تھی (txt فائل، یا اگر میڈیا شامل کرنے کا انتخاب کیا گیا تھا تو zip فائل)، یا متن کے طور پر محفوظ کی گئی پیغامات کی فہرست، جس میں ہر پیغام نئی سطر پر اپنی تاریخ، وقت اور بھیجنے والے کے نام سے شروع ہو، جیسے: 12/03/2026 21:15 Tom: Where are you
imports-chat-read-failed = وہ فائل پڑھی نہیں جا سکی۔ کچھ بھی شامل نہیں کیا گیا۔
imports-chat-title = پیغامات شامل کریں
# $first and $last: the dates as the phone wrote them.
imports-chat-about =
    { $count ->
        [one] { $file }: { $count } پیغام، پہلا { $first } کو اور آخری { $last } کو بھیجا گیا (جیسا فون نے لکھا)۔
       *[other] { $file }: { $count } پیغامات، پہلا { $first } کو اور آخری { $last } کو بھیجا گیا (جیسا فون نے لکھا)۔
    }
imports-chat-about-files =
    { $count ->
        [one] اس میں سے { $count } تصویر یا فائل اس پیغام کے ساتھ رکھی جاتی ہے جس میں وہ بھیجی گئی۔
       *[other] اس میں سے { $count } تصاویر اور فائلیں ان پیغامات کے ساتھ رکھی جاتی ہیں جن میں وہ بھیجی گئیں۔
    }
imports-chat-about-left-out =
    { $count ->
        [one] { $count } دوسری فائل zip میں ہے جس کا نام کسی پیغام میں نہیں آیا: اسے الگ سے شامل نہیں کیا گیا، لیکن وہ چیٹ فائل کے اندر رکھی گئی ہے۔
       *[other] { $count } دوسری فائلیں zip میں ہیں جن کا نام کسی پیغام میں نہیں آیا: انہیں الگ سے شامل نہیں کیا گیا، لیکن وہ چیٹ فائل کے اندر رکھی گئی ہیں۔
    }
imports-chat-about-notices =
    { $count ->
        [one] WhatsApp کی اپنی لکھی ہوئی { $count } سطر چھوڑ دی گئی ہے۔
       *[other] WhatsApp کی اپنی لکھی ہوئی { $count } سطریں چھوڑ دی گئی ہیں۔
    }
imports-chat-again = یہ چیٹ فائل پہلے بھی { $date } کو شامل کی گئی تھی۔ اسے دوبارہ شامل کرنے سے اس کے پیغامات دوبارہ لکھے جائیں گے۔ صرف نئے پیغامات شامل کرنے کے لیے، نیچے ان کے نمبر منتخب کریں۔
# $lines: line numbers joined by imports-list-separator; $count: how many.
imports-chat-kept =
    { $count ->
        [one] فائل کی سطر { $lines } ایک نیا پیغام لگتی ہے لیکن وقت میں پیچھے جاتی ہے، اس لیے اسے پچھلے پیغام کا حصہ رکھا گیا ہے۔ اگر یہ غلط ہے، تو ہو سکتا ہے تاریخوں میں دن اور مہینہ الٹ ہوں۔
       *[other] فائل کی سطریں { $lines } نئے پیغامات لگتی ہیں لیکن وقت میں پیچھے جاتی ہیں، اس لیے ہر ایک کو اپنے سے پچھلے پیغام کا حصہ رکھا گیا ہے۔ اگر یہ غلط ہے، تو ہو سکتا ہے تاریخوں میں دن اور مہینہ الٹ ہوں۔
    }
imports-chat-order-legend = فون تاریخیں کیسے لکھتا ہے؟
imports-chat-order-hint = پہلا پیغام { $first } کو بھیجا گیا۔ کیا پہلے دن آتا ہے یا مہینہ؟
imports-chat-day-first = پہلے دن: 12/03 کا مطلب 12 مارچ ہے (جیسے برطانیہ میں)
imports-chat-month-first = پہلے مہینہ: 03/12 کا مطلب 12 مارچ ہے (جیسے امریکہ میں)
imports-chat-read-that-way-failed = فائل اس طرح نہیں پڑھی جا سکی۔
imports-chat-senders = کس کے پیغامات؟
imports-chat-senders-hint = جن کے پیغامات درج نہیں کرنے، ان سے نشان ہٹا دیں (مثال کے طور پر اپنے پیغامات)۔
imports-chat-sender =
    { $count ->
        [one] { $name } ({ $count } پیغام)
       *[other] { $name } ({ $count } پیغامات)
    }
imports-chat-each = ہر پیغام الگ اندراج کے طور پر، اس کے بھیجے جانے کے وقت پر
imports-chat-together = سب پیغامات ایک اندراج کے طور پر، پہلے سے آخری تک
imports-chat-range = کون سے پیغامات؟
imports-chat-range-hint = نمبر 1 (پہلا، جو { $first } کو بھیجا گیا) سے { $last } (آخری) تک دیے گئے ہیں۔
imports-chat-from = کس پیغام سے
imports-chat-to = کس پیغام تک
# $zone: the computer's time zone, e.g. Europe/London.
imports-chat-time-hint = اوقات اس کمپیوٹر کے وقت ({ $zone }) کے مطابق پڑھے جاتے ہیں؛ ہر اندراج میں یہ بھی لکھا ہوتا ہے کہ پیغام کس نے اور کب بھیجا، بالکل ویسے جیسے چیٹ فائل میں لکھا تھا۔ پوری چیٹ فائل اپنے فنگر پرنٹ (SHA-256) کے ساتھ ہر اندراج کے ساتھ رکھی جاتی ہے: بعد میں جسے بھی یہ اندراجات دیے جائیں (رپورٹ کے ایکسپورٹ میں)، اسے پوری چیٹ ملے گی، تمام فریقوں کے پیغامات سمیت۔
imports-chat-need-sender = براہ کرم منتخب کریں کہ کس کے پیغامات شامل کرنے ہیں۔
imports-chat-need-order = براہ کرم بتائیں کہ فون تاریخیں کیسے لکھتا ہے، تاکہ ہر پیغام کو صحیح دن ملے۔
imports-chat-bad-range = براہ کرم پیغام نمبر 1 سے { $last } تک لکھیں۔
imports-chat-done-together =
    { $count ->
        [one] { $count } پیغام سے 1 اندراج لکھا گیا۔
       *[other] { $count } پیغامات سے 1 اندراج لکھا گیا۔
    }
# $count is 2 or more.
imports-chat-done-each = { $count } اندراجات لکھے گئے، ہر پیغام کے لیے ایک۔
imports-chat-failed = کچھ بھی شامل نہیں کیا گیا۔ براہ کرم دوبارہ کوشش کریں۔

## E-mails saved as files (.eml)
imports-email-choose = فائلوں کے طور پر محفوظ کی گئی ایک یا زیادہ ای میلز (eml فائلیں) منتخب کریں۔ زیادہ تر میل پروگراموں میں: پیغام کھولیں، پھر Save As (بطور محفوظ کریں) یا Download (ڈاؤن لوڈ) دبائیں۔
imports-email-read-failed = وہ فائلیں پڑھی نہیں جا سکیں۔ کچھ بھی شامل نہیں کیا گیا۔
imports-email-title =
    { $count ->
        [one] یہ ای میل شامل کریں
       *[other] { $count } ای میلز شامل کریں
    }
imports-email-lead = ہر ای میل ایک الگ اندراج بنتی ہے، جس پر اس کے بھیجے جانے کی تاریخ ہوتی ہے، اور ای میل فائل اپنی منسلک فائلوں سمیت مکمل طور پر رکھی جاتی ہے۔ جب تک نیچے والا بٹن نہ دبایا جائے، کچھ نہیں لکھا جاتا۔
imports-email-list-label = منتخب کی گئی ای میلز
imports-email-no-subject = (کوئی موضوع نہیں)
imports-email-from = بھیجنے والا: { $from }
imports-email-from-unknown = (نہیں دیا گیا)
imports-email-sent = بھیجی گئی: { $date }
imports-email-no-date = کوئی پڑھنے کے قابل تاریخ نہیں: اس پر ابھی کا وقت لگایا جائے گا۔ وقت کی تصحیح بعد میں کی جا سکتی ہے۔
imports-email-files =
    { $count ->
        [one] { $count } فائل منسلک
       *[other] { $count } فائلیں منسلک
    }
imports-email-file = فائل: { $name }
imports-email-before = یہی فائل پہلے بھی { $date } کو شامل کی گئی تھی۔ اسے دوبارہ شامل کرنے سے یہ دوبارہ لکھی جائے گی۔
imports-email-before-count =
    { $count ->
        [one] ان میں سے { $count } پہلے بھی شامل کی گئی تھی۔
       *[other] ان میں سے { $count } پہلے بھی شامل کی گئی تھیں۔
    }
imports-email-kind = انہیں اس قسم میں رکھیں
imports-email-bring =
    { $count ->
        [one] اسے شامل کریں
       *[other] انہیں شامل کریں
    }
imports-email-back = ان کے بغیر ریکارڈ پر واپس جائیں
imports-email-done =
    { $count ->
        [one] { $count } ای میل شامل کی گئی، ہر ایک کا ایک اندراج۔
       *[other] { $count } ای میلز شامل کی گئیں، ہر ایک کا ایک اندراج۔
    }
imports-email-failed = انہیں شامل نہیں کیا جا سکا۔ کچھ نہیں لکھا گیا؛ براہ کرم دوبارہ کوشش کریں۔
