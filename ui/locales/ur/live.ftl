# Working together live (screens/live-logic.ts): the connection, whether the other side is here,
# and what a save did when both changed something.
# $role is "advocate" on an advocate's app (in an open case), anything else on the person's own.

## The connection, under "Working together"

live-connecting = جوڑا جا رہا ہے…
live-on = اب مل کر کام ہو رہا ہے۔ آپ کی تبدیلیاں محفوظ کرتے ہی دوسری طرف پہنچ جاتی ہیں۔
live-offline = ابھی شیئرنگ سروس تک رسائی نہیں ہو رہی۔ خود بخود دوبارہ کوشش کی جا رہی ہے۔
live-clock-wrong = شیئرنگ سروس اس کمپیوٹر کو قبول نہیں کر رہی کیونکہ دونوں کی گھڑیاں آپس میں نہیں ملتیں۔ براہِ کرم کمپیوٹر کی سیٹنگز میں تاریخ اور وقت چیک کریں؛ مل کر کام خود بخود دوبارہ شروع ہو جائے گا۔
live-refused = شیئرنگ سروس ابھی اس کمپیوٹر کو قبول نہیں کر رہی۔ ہر آدھے منٹ بعد دوبارہ کوشش کی جا رہی ہے۔

## Shown instead of "Send and receive now" while working together

live-sync-note = مل کر کام جاری ہے: آپ کی تبدیلیاں محفوظ کرتے ہی دوسری طرف پہنچ جاتی ہیں۔
live-sync-note-offline = مل کر کام جاری ہے، لیکن کنکشن نہیں: جو کچھ آپ محفوظ کرتے ہیں وہ یہیں رکھا جاتا ہے اور کنکشن ہوتے ہی دوسری طرف چلا جاتا ہے۔

## Whether the other side is here

live-presence-away = { $role ->
    [advocate] آپ کا زیرِ مدد فرد ابھی یہاں نہیں ہے۔
   *[other] آپ کے معاون کارکن ابھی یہاں نہیں ہیں۔
    }
live-presence-away-named = { $name } ابھی یہاں نہیں ہیں۔
live-presence-here = { $role ->
    [advocate] آپ کا زیرِ مدد فرد یہاں ہے۔
   *[other] آپ کے معاون کارکن یہاں ہیں۔
    }
live-presence-here-named = { $name } یہاں ہیں۔
# $title: the title of what they are looking at (a plan section, a contact, a checklist).
live-presence-looking = { $role ->
    [advocate] آپ کا زیرِ مدد فرد یہاں ہے۔ زیرِ نظر: { $title }۔
   *[other] آپ کے معاون کارکن یہاں ہیں۔ زیرِ نظر: { $title }۔
    }
live-presence-looking-named = { $name } یہاں ہیں۔ زیرِ نظر: { $title }۔
# The small badge on the plan section the other side is looking at.
live-badge = { $role ->
    [advocate] آپ کا زیرِ مدد فرد یہاں ہے
   *[other] آپ کے معاون کارکن یہاں ہیں
    }
live-badge-named = { $name } یہاں ہیں

## The header's quiet indicator

live-indicator = مل کر کام
live-indicator-offline = مل کر کام · کنکشن نہیں
live-indicator-here = { $role ->
    [advocate] مل کر کام · وہ یہاں ہیں
   *[other] مل کر کام · معاون کارکن یہاں ہیں
    }
live-indicator-here-named = مل کر کام · { $name } یہاں ہیں

## When both changed something
# $role is "several" when the person shares with several people and works together with none of
# them just now (the change may have come from any of them).

# $what: what was changed, e.g. "these notes" or "this contact" (given by the screen, already in words).
live-changed-while-typing = { $role ->
    [advocate] آپ کے زیرِ مدد فرد نے تبدیلی کی ہے: { $what }۔ دونوں کو ساتھ دیکھنے کے لیے اپنا متن محفوظ کریں۔
    [several] آپ جن لوگوں کے ساتھ یہ شیئر کرتے ہیں، ان میں سے کسی نے تبدیلی کی ہے: { $what }۔ دونوں کو ساتھ دیکھنے کے لیے اپنا متن محفوظ کریں۔
   *[other] آپ کے معاون کارکن نے تبدیلی کی ہے: { $what }۔ دونوں کو ساتھ دیکھنے کے لیے اپنا متن محفوظ کریں۔
    }
live-changed-while-typing-named = { $name } نے تبدیلی کی ہے: { $what }۔ دونوں کو ساتھ دیکھنے کے لیے اپنا متن محفوظ کریں۔
live-removed-while-editing = { $role ->
    [advocate] آپ کے زیرِ مدد فرد نے یہ رابطہ ہٹا دیا ہے۔ آپ کا ٹائپ کیا ہوا متن ابھی یہیں ہے، لیکن اسے اس رابطے میں محفوظ نہیں کیا جا سکتا۔
    [several] آپ جن لوگوں کے ساتھ یہ رابطہ شیئر کرتے ہیں، ان میں سے کسی نے اسے ہٹا دیا ہے۔ آپ کا ٹائپ کیا ہوا متن ابھی یہیں ہے، لیکن اسے اس رابطے میں محفوظ نہیں کیا جا سکتا۔
   *[other] آپ کے معاون کارکن نے یہ رابطہ ہٹا دیا ہے۔ آپ کا ٹائپ کیا ہوا متن ابھی یہیں ہے، لیکن اسے اس رابطے میں محفوظ نہیں کیا جا سکتا۔
    }
live-removed-while-editing-named = { $name } نے یہ رابطہ ہٹا دیا ہے۔ آپ کا ٹائپ کیا ہوا متن ابھی یہیں ہے، لیکن اسے اس رابطے میں محفوظ نہیں کیا جا سکتا۔
live-notes-saved = نوٹس محفوظ ہو گئے۔
live-notes-saved-merged = { $role ->
    [advocate] نوٹس محفوظ ہو گئے، اور ان کی تبدیلیاں بھی شامل کر دی گئیں۔
    [several] نوٹس محفوظ ہو گئے، اور آپ جن لوگوں کے ساتھ یہ نوٹس شیئر کرتے ہیں، ان میں سے کسی کی تبدیلیاں بھی شامل کر دی گئیں۔
   *[other] نوٹس محفوظ ہو گئے، اور آپ کے معاون کارکن کی تبدیلیاں بھی شامل کر دی گئیں۔
    }
live-notes-saved-merged-named = نوٹس محفوظ ہو گئے، اور { $name } کی تبدیلیاں بھی شامل کر دی گئیں۔
live-notes-saved-both = { $role ->
    [advocate] نوٹس محفوظ ہو گئے۔ آپ نے اور آپ کے زیرِ مدد فرد نے ایک ہی سطریں بدلیں، اس لیے دونوں ورژن رکھے گئے ہیں، پہلے آپ کا۔ براہِ کرم انہیں دیکھ لیں۔
    [several] نوٹس محفوظ ہو گئے۔ آپ نے اور کسی ایسے فرد نے جس کے ساتھ آپ یہ نوٹس شیئر کرتے ہیں، ایک ہی سطریں بدلیں، اس لیے دونوں ورژن رکھے گئے ہیں، پہلے آپ کا۔ براہِ کرم انہیں دیکھ لیں۔
   *[other] نوٹس محفوظ ہو گئے۔ آپ نے اور آپ کے معاون کارکن نے ایک ہی سطریں بدلیں، اس لیے دونوں ورژن رکھے گئے ہیں، پہلے آپ کا۔ براہِ کرم انہیں دیکھ لیں۔
    }
live-notes-saved-both-named = نوٹس محفوظ ہو گئے۔ آپ نے اور { $name } نے ایک ہی سطریں بدلیں، اس لیے دونوں ورژن رکھے گئے ہیں، پہلے آپ کا۔ براہِ کرم انہیں دیکھ لیں۔
live-contact-saved = تبدیلیاں محفوظ ہو گئیں۔
live-contact-saved-both = { $role ->
    [advocate] تبدیلیاں محفوظ ہو گئیں۔ آپ نے اور آپ کے زیرِ مدد فرد نے ایک ہی تفصیلات بدلیں، اس لیے دونوں ورژن رکھے گئے ہیں، پہلے آپ کا۔ براہِ کرم انہیں دیکھ لیں۔
    [several] تبدیلیاں محفوظ ہو گئیں۔ آپ نے اور کسی ایسے فرد نے جس کے ساتھ آپ یہ رابطہ شیئر کرتے ہیں، ایک ہی تفصیلات بدلیں، اس لیے دونوں ورژن رکھے گئے ہیں، پہلے آپ کا۔ براہِ کرم انہیں دیکھ لیں۔
   *[other] تبدیلیاں محفوظ ہو گئیں۔ آپ نے اور آپ کے معاون کارکن نے ایک ہی تفصیلات بدلیں، اس لیے دونوں ورژن رکھے گئے ہیں، پہلے آپ کا۔ براہِ کرم انہیں دیکھ لیں۔
    }
live-contact-saved-both-named = تبدیلیاں محفوظ ہو گئیں۔ آپ نے اور { $name } نے ایک ہی تفصیلات بدلیں، اس لیے دونوں ورژن رکھے گئے ہیں، پہلے آپ کا۔ براہِ کرم انہیں دیکھ لیں۔
