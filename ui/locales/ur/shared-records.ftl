# What an advocate sees, read-only, of the person's incident log and risk screenings
# (screens/shared-records.ts, screens/shared-records-logic.ts).

## The section

shared-records-heading = اس فرد کی طرف سے شیئر کیا گیا (صرف پڑھنے کے لیے)
shared-records-empty = ابھی کچھ بھی شیئر نہیں کیا گیا۔ آپ کیا دیکھ سکتے ہیں، یہ اس فرد کی مرضی ہے۔
shared-records-incidents-lead = اس فرد کا اپنا واقعات کا ریکارڈ، جتنا وہ شیئر کریں، سب سے نیا پہلے۔ آپ اسے یہاں پڑھ سکتے ہیں لیکن بدل نہیں سکتے۔ ان کی منسلک کی ہوئی فائلیں ان کے کمپیوٹر پر ہی رہتی ہیں، جب تک وہ آپ کو کوئی فائل دکھانا نہ چنیں۔
shared-records-screenings-lead = خطرے کی جانچ کے بارے میں اس فرد کے اپنے جوابات، جتنے وہ شیئر کریں، سب سے نئے پہلے۔ آپ انہیں یہاں پڑھ سکتے ہیں لیکن بدل نہیں سکتے۔
shared-records-load-failed = یہ فرد جو کچھ شیئر کرتے ہیں، وہ ابھی لوڈ نہیں ہو سکا۔
# Whether what is shown is what the person's app signed.
shared-records-signed = یہاں دکھایا گیا ہر اندراج بالکل اسی حالت میں ہے جس میں اس فرد کی ایپ نے اس پر دستخط کیے تھے۔
shared-records-unchecked = { $count ->
    [one] یہاں ایک اندراج اس حالت میں نہیں ہے جس میں اس فرد کی ایپ نے اس پر دستخط کیے تھے۔ نیچے اس پر نشان لگا ہے: ہو سکتا ہے کہ ان کی ایپ سے نکلنے کے بعد اسے بدلا گیا ہو۔
   *[other] یہاں { $count } اندراجات اس حالت میں نہیں ہیں جس میں اس فرد کی ایپ نے ان پر دستخط کیے تھے۔ نیچے ان پر نشان لگا ہے: ہو سکتا ہے کہ اس فرد کی ایپ سے نکلنے کے بعد انہیں بدلا گیا ہو۔
    }
shared-records-not-signed = ان اندراجات پر اس فرد کی ایپ کے دستخط نہیں ہیں، اس لیے یہ تصدیق نہیں ہو سکتی کہ یہ انہی کے ہیں۔
# Followed by the key, in groups of eight characters on a line of its own.
shared-records-key = ان کی ایپ کی دستخطی کلید (جو ان کی واقعات کی رپورٹ پر بھی ہوتی ہے):
shared-records-entry-unchecked = یہ اندراج اس حالت میں نہیں ہے جس میں اس فرد کی ایپ نے اس پر دستخط کیے تھے: ہو سکتا ہے کہ ان کی ایپ سے نکلنے کے بعد اسے بدلا گیا ہو۔ اس فرد سے کہیں کہ وہ اسے اپنی ایپ میں دیکھیں؛ ان کی ایپ والی کاپی اور رپورٹ ہی معتبر ہیں۔
# In an advocate's case, while changes the person sent have not arrived after asking again.
shared-records-incomplete = اس فرد کی کچھ تازہ ترین تبدیلیاں ابھی تک نہیں پہنچیں، اس لیے ہو سکتا ہے کہ یہ وہ سب کچھ نہ ہو جو وہ شیئر کرتے ہیں۔

## One shared incident

# $from and $until: a date and time, or only a time when both are on the same day.
shared-records-span = { $from } سے { $until } تک
# $when: a date and time.
shared-records-first-written = پہلی بار لکھا گیا: { $when }
shared-records-corrected = { $count ->
    [one] ایک بار درست کیا گیا
   *[other] { $count } بار درست کیا گیا
    }
# $corrected: shared-records-corrected; $when: a date and time.
shared-records-corrected-last = { $corrected } (آخری بار: { $when })
shared-records-files-kept = { $count ->
    [one] { $count } فائل ان کے کمپیوٹر پر ہی رکھی گئی ہے
   *[other] { $count } فائلیں ان کے کمپیوٹر پر ہی رکھی گئی ہیں
    }
shared-records-files-shown = { $count ->
    [one] { $count } فائل آپ کو دکھائی گئی ہے
   *[other] { $count } فائلیں آپ کو دکھائی گئی ہیں
    }
# $shown: files the person shows; $kept: files that stay on their computer.
shared-records-files-shown-and-kept = { $shown ->
    [one] { $shown } فائل آپ کو دکھائی گئی ہے؛ مزید { $kept } ان کے کمپیوٹر پر ہی ہیں
   *[other] { $shown } فائلیں آپ کو دکھائی گئی ہیں؛ مزید { $kept } ان کے کمپیوٹر پر ہی ہیں
    }
shared-records-files-label = اس اندراج کے ساتھ اس فرد کی دکھائی ہوئی فائلیں
shared-records-behaviour = رویہ
shared-records-police = پولیس
# $reference: the crime reference number, as written.
shared-records-crime-reference = کرائم ریفرنس نمبر: { $reference }
# $officer: the police officer's name, as written.
shared-records-officer = پولیس افسر: { $officer }
shared-records-more = مزید تفصیلات
shared-records-appearance = حلیہ
shared-records-vehicle = گاڑی
shared-records-witnesses = گواہ
shared-records-impact = اس کا ان پر کیا اثر ہوا
shared-records-daily-life = روزمرہ زندگی میں تبدیلیاں
shared-records-also-told = اور کس کو بتایا گیا

## The four behaviours (Fixated, Obsessed, Unwanted, Repeated: FOUR). The English word stays in brackets.

shared-records-behaviour-fixated = کسی ایک فرد پر مرکوز (Fixated)
shared-records-behaviour-obsessed = جنونی (Obsessed)
shared-records-behaviour-unwanted = ناپسندیدہ (Unwanted)
shared-records-behaviour-repeated = بار بار (Repeated)
