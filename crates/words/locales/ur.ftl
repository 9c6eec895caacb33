### The words of the documents the app writes: the report of incidents for the police or a court,
### the printed plan, and the README of the machine-readable export.
###
### The report is evidence of stalking or abuse. Say exactly what the English says, no more and
### no less: it counts, quotes and describes; it never judges, and it never names an offence
### (harassment, stalking) where the English does not.
### Keep as they are: digits (never other digits), SHA-256, ed25519, DASH, S-DASH, SafeLives,
### MARAC, 999, and every command, file name and field name in the README.
### A variable such as { $date } is filled in by the app: keep each one, in the place your
### language needs it.

## Dates and times

# The days of the week, abbreviated, Monday first: as in "Tue 3 Nov 2026, 21:40 (UTC+00:00)".
date-weekday-1 = پیر
date-weekday-2 = منگل
date-weekday-3 = بدھ
date-weekday-4 = جمعرات
date-weekday-5 = جمعہ
date-weekday-6 = ہفتہ
date-weekday-7 = اتوار

# The months, abbreviated: as in "3 Nov 2026". They are only used inside a date, so give the
# form your language uses there (a genitive, say).
date-month-1 = جنوری
date-month-2 = فروری
date-month-3 = مارچ
date-month-4 = اپریل
date-month-5 = مئی
date-month-6 = جون
date-month-7 = جولائی
date-month-8 = اگست
date-month-9 = ستمبر
date-month-10 = اکتوبر
date-month-11 = نومبر
date-month-12 = دسمبر

# A day: "3 Nov 2026". $day and $year are digits; $month is one of the date-month messages.
date-day = { $day } { $month } { $year }
# A day and a time, in the table of all incidents: "3 Nov 2026 21:40". $time is on the 24-hour
# clock.
date-day-time = { $day } { $month } { $year }، { $time }
# When something happened or was written down: "Tue 3 Nov 2026, 21:40 (UTC+00:00)". $weekday is
# one of the date-weekday messages, $time is "21:40" or "21:40:05" (24-hour clock), $offset is
# the difference from UTC, as "+01:00".
date-moment = { $weekday }، { $day } { $month } { $year }، { $time } (UTC{ $offset })

## Types of incident (the person chose one for each incident)

kind-following = پیچھا کرنا
kind-loitering = آس پاس انتظار کرنا یا منڈلانا
kind-calls = فون کالز
kind-messages = پیغامات
kind-social-media = سوشل میڈیا
kind-gifts-letters = تحفے یا خطوط
kind-damage = املاک کو نقصان
kind-third-party-contact = دوسرے لوگوں کے ذریعے رابطہ
# Someone tracking where the person is, or getting into their phone or online accounts.
kind-tracking-account-access = ٹریک کرنا یا اکاؤنٹس تک رسائی
kind-threats = دھمکیاں
# A breach of a court order or of bail conditions.
kind-order-breach = حکم کی خلاف ورزی
kind-other = کچھ اور

## The four behaviour markers the police use to describe stalking ("FOUR": Fixated, Obsessed,
## Unwanted, Repeated). The person marks each incident with any of them.

behaviour-fixated = کسی ایک فرد پر مرکوز (Fixated)
behaviour-obsessed = جنونی (Obsessed)
behaviour-unwanted = ناپسندیدہ (Unwanted)
behaviour-repeated = بار بار (Repeated)

## The sections of the plan, in the report and on the printed plan. They are printed on the
## plan a person may leave on a printer: never use the word "safety" in them.

plan-section-emergency = ہنگامی صورتحال
plan-section-safe-places = محفوظ جگہیں
plan-section-code-words = کوڈ ورڈز
# A bag packed and hidden, ready to leave in a hurry.
plan-section-escape-bag = نکلنے کے لیے تیار بیگ
plan-section-documents = اہم دستاویزات
plan-section-home = گھر
plan-section-work-school = کام اور اسکول
plan-section-travel = آنا جانا
plan-section-children = بچے
plan-section-pets = پالتو جانور
plan-section-online-safety = فون، کمپیوٹر اور اکاؤنٹس
plan-section-legal = قانونی تحفظ
plan-section-support = مدد کی سروسز

## Kinds of order a court or the police can make (the law of England and Wales). Where your
## language has no name for one, keep the English and add a translation in brackets.

order-kind-spo = پیچھا کرنے سے تحفظ کا حکم (Stalking Protection Order)
order-kind-nmo = ہراساں نہ کرنے کا حکم (non-molestation order)
order-kind-restraining = امتناعی حکم (restraining order)
# An order saying who may live in, or enter, a home.
order-kind-occupation = گھر میں رہائش کا حکم (occupation order)
order-kind-dapo = گھریلو زیادتی سے تحفظ کا حکم (Domestic Abuse Protection Order)
order-kind-dvpo = گھریلو تشدد سے تحفظ کا حکم (Domestic Violence Protection Order)
order-kind-bail = ضمانت کی شرائط (bail conditions)
order-kind-other = کوئی اور حکم یا شرط

## The report: its title page and the foot of every page

# The report's title, on its first page and as the PDF file's own title.
report-title = واقعات کا ریکارڈ
report-subtitle = واقعات کا ریکارڈ، جو ان کے پیش آنے کے وقت یا اس کے کچھ ہی دیر بعد لکھا گیا۔
# Beside the name of the person who kept the log.
report-kept-by = ریکارڈ رکھنے والا فرد
report-period-covered = شامل مدت
# $from and $until are days (as date-day).
report-period = { $from } سے { $until } تک
report-incident-count = اس رپورٹ میں واقعات
report-corrected-later = بعد میں تصحیح شدہ
# How many incidents were corrected after they were first written down.
report-corrected-count =
    { $count ->
        [one] { $count } واقعہ
       *[other] { $count } واقعات
    } (ہر پچھلا ورژن واقعے کے ساتھ دکھایا گیا ہے)
report-made = رپورٹ بنائی گئی
report-how-to-read = یہ رپورٹ کیسے پڑھیں
report-how-to-read-times = ہر واقعے کے ساتھ دکھایا گیا ہے کہ یہ کب ہوا (جیسا کہ ریکارڈ رکھنے والے فرد نے لکھا) اور کب لکھا گیا (یہ وقت محفوظ کیے جانے کے لمحے ایپ کی اپنی گھڑی سے لیا جاتا ہے، جسے یہ فرد خود مقرر نہیں کر سکتا)۔
report-how-to-read-versions = ایپ میں اندراجات میں نہ ترمیم کی جا سکتی ہے اور نہ انہیں حذف کیا جا سکتا ہے۔ تصحیح ایک نئے ورژن کے طور پر محفوظ ہوتی ہے؛ پچھلے ورژن رکھے جاتے ہیں اور اس رپورٹ میں واقعے کے ساتھ دکھائے گئے ہیں۔
report-how-to-read-chain = ہر اندراج کا ہر ورژن SHA-256 ہیش زنجیر (hash chain) کے ذریعے اپنے سے پہلے والے سے جڑا ہوا ہے، اور ایپ اس پر دستخط کرتی ہے۔ آخری حصے میں بتایا گیا ہے کہ اس کی جانچ کیسے کی جائے، اور اس میں زنجیر کا سرا دیا گیا ہے: یعنی رپورٹ بنائے جانے کے وقت سب سے نئے اندراج کا ہیش۔
report-how-to-read-files = ثبوت کے طور پر منسلک فائلیں اپنے SHA-256 کے ساتھ درج ہیں، جس کا موازنہ کوئی بھی اصل فائل سے کر سکتا ہے۔
# At the foot of every page. $made is the day the report was made (as date-day); $page and
# $pages are numbers.
report-footer = واقعات کا ریکارڈ · تاریخِ تیاری { $made } · صفحہ { $page } از { $pages }
# The same, with the start of the chain head (the hash of the newest entry) as $head.
report-footer-with-head = واقعات کا ریکارڈ · تاریخِ تیاری { $made } · زنجیر کا سرا { $head }… · صفحہ { $page } از { $pages }

## The report: the table of all incidents

report-all-in-order = تمام واقعات ترتیب وار
# Column headers. "#" is the incident's number in the table.
report-column-number = #
report-column-happened = کب ہوا
report-column-written-down = کب لکھا گیا
report-column-type = قسم
report-column-where = کہاں
report-column-crime-reference = جرم کا حوالہ نمبر
# A cell of the table shows only the start of a long text ($text); the incident's own section
# further on gives it in full.
report-cell-cut = { $text }… (مکمل متن نیچے)

## The report: each incident in full

# $number and $total are numbers, $kind is a type of incident (a kind- message).
report-incident-heading = واقعہ { $number } از { $total }: { $kind }
# The labels of an incident's fields, in the order they are shown.
report-field-happened = کب ہوا
# An incident that went on for a while: $from and $until are as date-moment.
report-happened-until = { $from }، { $until } تک
# When the entry was saved, by the app's own clock.
report-field-written-down = کب لکھا گیا
report-field-this-version = یہ ورژن لکھا گیا
# $written is as date-moment; $version and $versions are numbers.
report-this-version = { $written } ({ $versions } میں سے ورژن { $version }؛ پچھلے ورژن نیچے دکھائے گئے ہیں)
report-field-where = کہاں
# The people the incident is linked to.
report-field-who = کون
# The condition of an order the person marked the incident as breaching.
report-field-breaching = خلاف ورزی کے طور پر نشان زد
report-field-type = قسم
# The behaviour markers (behaviour- messages) the person marked the incident with.
report-field-marked-as = نشان زد رویہ
report-field-said-or-done = کیا کہا یا کیا گیا
# How the person causing harm looked.
report-field-appearance = ان کا حلیہ
report-field-vehicle = گاڑی
report-field-witnesses = گواہ
# The effect on the person who kept the log (in their own words).
report-field-effect-on-me = مجھ پر اثر
report-field-effect-on-life = روزمرہ زندگی پر اثر
report-field-officer = پولیس افسر
report-field-crime-reference = جرم کا حوالہ نمبر
# Anyone else the incident was reported to (a landlord, a school, a support service).
report-field-reported-to = مزید کسے بتایا گیا
report-field-attached = منسلک فائلیں
# Beside "Attached files" when a version had none.
report-attached-none = (کوئی نہیں)
# Each attached file is numbered: "File 1", "File 2".
report-file-label = فائل { $number }
# An attached file: its name, its type (as "image/png") and its size (a report-size- message).
report-file = { $name } ({ $type }، { $size })
report-size-bytes =
    { $bytes ->
        [one] { $bytes } بائٹ
       *[other] { $bytes } بائٹس
    }
# $size has one decimal, written with a full stop ("1.5").
report-size-kb = { $size } KB
report-size-mb = { $size } MB
# Read out by a screen reader for a picture in the report; $name is the file's name.
report-picture-alt = اس اندراج کے ساتھ منسلک تصویر: { $name }
report-earlier-versions = پچھلے ورژن۔ ہر ایک میں صرف وہ دکھایا گیا ہے جو اس کے بعد لکھے گئے ورژن سے مختلف تھا۔
# $version and $versions are numbers, $written is as date-moment.
report-version-written = { $versions } میں سے ورژن { $version }، جو { $written } کو لکھا گیا
report-no-differences = (مواد میں کوئی فرق نہیں)
# The entry's SHA-256, which links it into the chain of all entries.
report-entry-hash = اندراج کا ہیش
# Below the entry's hash: its place in the chain of all entries (a number).
report-chain-position = (زنجیر میں مقام { $position })
# Between the items of a list, as in "Fixated, Repeated". The quotes keep its spaces.
report-list-separator = {"، "}
# In place of a field left empty.
report-not-recorded = (درج نہیں کیا گیا)
# Beside a field that runs on from the page before.
report-continued = (جاری)

## The report: what else the person chose to include, one item at a time

report-also-included = یہ بھی شامل ہے، ایک ایک کر کے چنا گیا
report-from-plan = حفاظتی منصوبے سے
# A step of the plan ($text, in the person's words) and the day it was done.
report-plan-item-done = { $text } ({ $date } کو مکمل ہوا)
report-contacts = رابطے
report-contact-name = نام
report-contact-relationship = رشتہ
report-contact-how-to-reach = رابطے کا طریقہ
report-contact-what-they-know = انہیں کیا معلوم ہے
# "The person" (second time) is the person who kept the log.
report-people = نقصان پہنچانے والا فرد، جیسا کہ ریکارڈ رکھنے والے فرد نے انہیں بیان کیا ہے
report-person-name = نام
report-person-other-names = دوسرے نام
report-person-relationship = ریکارڈ رکھنے والے فرد سے ان کا تعلق
report-person-description = تفصیل
report-person-vehicles = گاڑیاں
report-person-addresses = پتے
report-person-workplaces = کام کی جگہیں
report-person-social-media = سوشل میڈیا
report-person-photo = تصویر
# The photo's file name and its SHA-256.
report-photo-file = { $name } (SHA-256 { $sha256 })
# Read out by a screen reader for the photo; $name is the file's name.
report-photo-alt = بیان کیے گئے فرد کی تصویر: { $name }
report-photo-kept = ایپ میں محفوظ ہے (یہاں پرنٹ نہیں کی گئی)
report-orders = احکامات اور شرائط
report-orders-intro = شرائط اپنے موجودہ الفاظ میں۔ جو اندراج کسی شرط کی خلاف ورزی کے طور پر نشان زد ہے، وہ اس شرط کو انہی الفاظ میں نقل کرتا ہے جو اندراج لکھے جانے کے وقت تھے۔
report-order = حکم
# An order's name: its kind (an order-kind- message) and the court's reference for it.
report-order-title = { $kind }، { $reference }
# The person the order is against.
report-order-against = کس کے خلاف
# The court or police force that made the order.
report-order-made-by = جاری کنندہ
report-order-made-on = جاری ہونے کی تاریخ
report-order-ends = اختتام
report-order-condition = شرط { $number }
report-order-note = نوٹ

## The report: its last section, how to check it

report-checking = اس رپورٹ کی جانچ
# $count is the number of entries in the whole log.
report-chain-intact =
    جب یہ رپورٹ بنائی گئی تو ایپ نے پورے ریکارڈ کے ہر اندراج کی دوبارہ جانچ کی ({ $count ->
        [one] { $count } اندراج
       *[other] { $count } اندراجات
    }، بشمول وہ جو اس رپورٹ میں شامل نہیں): ہر ہیش، ہر ربط اور ہر دستخط درست پایا گیا۔
# $position is a number; $problem is one of the chain-break- messages (at the end of this file).
report-chain-broken = جب یہ رپورٹ بنائی گئی تو ایپ نے پورے ریکارڈ کی دوبارہ جانچ کی اور زنجیر میں مقام { $position } پر ایک مسئلہ پایا: { $problem }۔ ہو سکتا ہے کہ اس مقام سے آگے کے اندراجات ایپ سے باہر خراب یا تبدیل کیے گئے ہوں۔
# The chain head is the hash of the newest entry in the whole log.
report-chain-head-position = زنجیر کے سرے کا مقام
report-chain-head-hash = زنجیر کے سرے کا SHA-256
report-chain-head = زنجیر کا سرا
report-signing-key = دستخطی کلید (ed25519)
report-how-chain-works = زنجیر کیسے کام کرتی ہے
report-chain-encoding = ہر اندراج کا ہر ورژن ایک مقررہ طریقے سے انکوڈ کیا جاتا ہے (جس کی دستاویز ایپ کے ساتھ موجود ہے) اور SHA-256 سے اس کا ہیش بنایا جاتا ہے۔ اس انکوڈنگ میں اس سے پہلے والے اندراج کا ہیش شامل ہوتا ہے، اس لیے ہر ہیش اس سے پہلے لکھی گئی ہر چیز پر منحصر ہوتا ہے۔ کسی بھی پچھلے اندراج کو بدلنے، ہٹانے یا اس کی ترتیب بدلنے سے اس کے بعد کا ہر ہیش بدل جاتا ہے۔
report-chain-head-note = اوپر دیا گیا زنجیر کا سرا اس وقت پورے ریکارڈ کے سب سے نئے اندراج کا ہیش ہے جب یہ رپورٹ بنائی گئی۔ اسے نوٹ کر لیں، یا یہ رپورٹ وصول کرنے والے شخص سے اسے نوٹ کرنے کو کہیں۔ اگر بعد کی کسی رپورٹ کی زنجیر میں یہ سرا اب بھی اسی مقام پر موجود ہو، تو اس سے ظاہر ہوتا ہے کہ اس سے پہلے لکھی گئی کوئی چیز تب سے نہ بدلی گئی ہے اور نہ ہٹائی گئی ہے۔
report-chain-signed = ہر اندراج پر اوپر دی گئی دستخطی کلید سے دستخط بھی کیے جاتے ہیں، جس سے ظاہر ہوتا ہے کہ اسے ایپ کی اسی کاپی نے لکھا تھا۔
# Keep each command as it is; FILE stands for the file's name and may be translated.
report-chain-check-file = کسی منسلک فائل کی جانچ کے لیے اس کا SHA-256 نکالیں اور اس کا موازنہ درج شدہ SHA-256 سے کریں: Windows پر certutil -hashfile FILE SHA256؛ macOS پر shasum -a 256 FILE؛ Linux پر sha256sum FILE (FILE کی جگہ فائل کا نام لکھیں)۔
report-chain-export = ایپ سے بنی مشین کے پڑھنے کے قابل ایکسپورٹ میں ہر فیلڈ، ہیش اور دستخط موجود ہوتا ہے، اس لیے زنجیر کا آزادانہ طور پر دوبارہ حساب لگایا جا سکتا ہے۔

## The report: "The entries together", the page that counts and quotes the entries before they
## are given one by one. It describes and counts; it never judges or names an offence.

conduct-heading = تمام اندراجات یکجا
# $table is the name of the table of all incidents (report-all-in-order).
conduct-intro = یہ صفحہ ان باتوں کو گنتا اور نقل کرتا ہے جو ریکارڈ رکھنے والے فرد نے آگے آنے والے اندراجات میں لکھیں۔ ہر اقتباس کے ساتھ جدول "{ $table }" میں اس اندراج کا نمبر دیا گیا ہے۔
# A number of incidents, used in conduct-summary and beside each behaviour marker.
conduct-incidents =
    { $count ->
        [one] { $count } واقعہ
       *[other] { $count } واقعات
    }
conduct-days =
    { $count ->
        [one] { $count } دن
       *[other] { $count } دنوں
    }
conduct-weeks =
    { $count ->
        [one] { $count } ہفتے
       *[other] { $count } ہفتوں
    }
# "4 incidents over 10 days, between 3 Oct 2026 and 12 Oct 2026.": $incidents is a
# conduct-incidents message, $span a conduct-days or conduct-weeks one, $first and $last days.
conduct-summary = { $span } میں { $incidents }، { $first } اور { $last } کے درمیان۔
# The same when the days are not known.
conduct-summary-undated = { $span } میں { $incidents }۔
# Beside the first and the latest incident.
conduct-first = پہلا واقعہ
conduct-latest = تازہ ترین واقعہ
# "3 Oct 2026, Following (entry 1)": the day, the type of incident, and its number in the table.
conduct-entry-day = { $date }، { $kind } (اندراج { $entry })
conduct-by-type = قسم کے لحاظ سے
conduct-column-type = واقعے کی قسم
conduct-column-number = تعداد
conduct-behaviour = نشان زد رویہ
# Use the same four words as the behaviour- messages.
conduct-behaviour-intro = ریکارڈ رکھنے والے فرد نے ہر واقعے پر چار رویوں میں سے جو بھی لاگو تھے ان کا نشان لگایا (کسی ایک فرد پر مرکوز (Fixated)، جنونی (Obsessed)، ناپسندیدہ (Unwanted)، بار بار (Repeated))۔ ہر رویے کے لیے، اس طرح نشان زد کیا گیا پہلا اور تازہ ترین واقعہ نقل کیا گیا ہے۔
# The person's own words ($quote), the day, and the entry's number. Use your language's quotation marks.
conduct-quote = "{ $quote }" ({ $date }، اندراج { $entry })
conduct-effects = روزمرہ زندگی پر اثر
conduct-effects-intro =
    ریکارڈ رکھنے والے فرد نے { $count ->
        [one] { $count } اندراج
       *[other] { $count } اندراجات
    } میں اپنی روزمرہ زندگی پر اثر کے بارے میں لکھا:
# After the entries quoted: how many more there are.
conduct-effects-more =
    مزید { $count ->
        [one] { $count } اندراج
       *[other] { $count } اندراجات
    }، جن میں سے ہر ایک اپنے واقعے کے ساتھ مکمل دیا گیا ہے۔
conduct-breaches = خلاف ورزی کے طور پر نشان زد شرائط
conduct-breaches-intro = ریکارڈ رکھنے والے فرد نے ان اندراجات کو کسی حکم کی شرط کی خلاف ورزی کے طور پر نشان زد کیا:
# One entry marked as breaching a condition: its number in the table and its day.
conduct-breach-entry = اندراج { $entry } ({ $date })
# The same, for an entry dated before the order was made.
conduct-breach-entry-before = اندراج { $entry } ({ $date }، حکم جاری ہونے سے پہلے)
# The same, for an entry dated after the order ended.
conduct-breach-entry-after = اندراج { $entry } ({ $date }، حکم کی مدت ختم ہونے کے بعد)
# A condition (as the entries recorded it), how many entries were marked as breaching it, and
# those entries (conduct-breach-entry messages, separated by report-list-separator).
conduct-breach =
    { $condition }: { $count ->
        [one] { $count } اندراج
       *[other] { $count } اندراجات
    }: { $entries }۔
# The same when only the first entries are listed: $more is how many more there are.
conduct-breach-more =
    { $condition }: { $count ->
        [one] { $count } اندراج
       *[other] { $count } اندراجات
    }: { $entries } اور مزید { $more ->
        [one] { $more } اندراج
       *[other] { $more } اندراجات
    }۔

## The report: risk screenings the person chose. DASH (SafeLives) and S-DASH are the published
## UK checklists; a MARAC is the meeting of agencies that plans for someone at high risk; an
## advocate is the person's domestic abuse or stalking caseworker (IDVA). Keep those names.

screening-heading = خطرے کی جانچیں، ایک ایک کر کے چنی گئیں
screening-intro = ہر جانچ ویسے ہی رکھی گئی ہے جیسے اس کے جواب دیے گئے تھے، اس دن کی تاریخ کے ساتھ جب یہ کی گئی۔ سوالات ایپ کے اپنے الفاظ میں ہیں؛ ہر سوال کے ساتھ دیا گیا نمبر شائع شدہ چیک لسٹ کے اس سوال کا نمبر ہے جس کا یہ احاطہ کرتا ہے (SafeLives DASH risk identification checklist، 24 سوالات، یا اسٹاکنگ کے لیے S-DASH، 11 سوالات)۔
screening-instrument-domestic-abuse = گھریلو زیادتی کی جانچ (DASH کے شعبے)
screening-instrument-stalking = پیچھا کرنے (اسٹاکنگ) کی جانچ (S-DASH کے شعبے)
# A screening answered with the app's first set of questions, no longer asked.
screening-instrument-earlier = خطرے کی جانچ (ایپ کے پہلے والے سوالات)
# $screening is one of the screening-instrument- messages, $date a day.
screening-done = { $screening }، { $date } کو کی گئی
screening-completed-by = کس نے مکمل کی
screening-by-alone = اس شخص نے، اکیلے
screening-by-advocate = اس شخص نے، اپنے معاون کارکن کے ساتھ
# $advocate is the advocate's name (and role), as written.
screening-by-named-advocate = اس شخص نے، اپنے معاون کارکن، { $advocate }، کے ساتھ
screening-yes-answers = "ہاں" میں جوابات
# $yes, $questions and $answered are numbers.
screening-yes-count =
    { $questions ->
        [one] { $questions } سوال
       *[other] { $questions } سوالات
    } میں سے { $yes } ({ $answered } کے جواب دیے گئے)
screening-threshold = MARAC ریفرل کے لیے گنتی
# $count is the number of "yes" answers that means a referral to a MARAC.
screening-threshold-reached = { $count } یا زیادہ جوابات "ہاں": گنتی پوری ہو گئی
screening-threshold-not-reached = { $count } یا زیادہ جوابات "ہاں": گنتی پوری نہیں ہوئی
screening-level = سطح
# Levels of the app's earlier questions.
screening-level-fewer = کم خدشات
screening-level-some = کچھ خدشات
screening-level-serious = سنگین خدشات
# Levels of risk, as used with DASH: standard, medium, high.
screening-level-ungraded = درجہ بندی نہیں ہوئی (گنتی سے کم، کوئی رائے درج نہیں)
screening-level-standard = معیاری
screening-level-medium = درمیانہ
screening-level-high = زیادہ
screening-judgement = معاون کارکن کی رائے
# $level is a screening-level- message.
screening-judgement-refers = { $level }؛ رائے کی بنیاد پر MARAC کو ریفرل
screening-reason = بتائی گئی وجہ
screening-escalation = شدت میں اضافہ
screening-escalation-noted = پچھلے 12 مہینوں میں تین یا زیادہ واقعات، جنہیں معاون کارکن نے درج کیا
screening-marac-criteria = MARAC کے معیار پورے ہوئے
# The reasons for a MARAC referral, listed after one another (the first is given a capital).
screening-marac-count = گنتی
screening-marac-judgement = پیشہ ورانہ رائے
screening-marac-escalation = شدت میں اضافہ
screening-referred = MARAC کو ریفر کیا گیا
screening-review = اگلا جائزہ
screening-note = نوٹ
# Column headers of the table of questions: the number of the question on the published form.
screening-column-dash = DASH نمبر
screening-column-sdash = S-DASH نمبر
screening-column-question = سوال (ایپ کے الفاظ)
screening-column-answer = جواب
screening-answer-yes = ہاں
screening-answer-no = نہیں
screening-answer-not-known = معلوم نہیں
screening-answer-none = جواب نہیں دیا گیا

## The questions of the domestic abuse screening, each covering the question of the DASH
## checklist with the same number (the app's own wording). The screen asks the same questions
## (ui/locales/*/risk.ftl, as risk-q-…): say them in the same words.

screening-question-da-injury = کیا پچھلی بار جب کچھ ہوا تو آپ کو چوٹ آئی تھی؟
screening-question-da-frightened = کیا آپ کو بہت زیادہ ڈر لگتا ہے؟
screening-question-da-afraid-of = کیا آپ کو ڈر ہے کہ وہ آپ کو پھر نقصان پہنچائیں گے، یا اس سے بھی بُرا کچھ کریں گے؟
screening-question-da-isolated = کیا وہ آپ کو گھر والوں، دوستوں، آپ کے ڈاکٹر یا دوسرے لوگوں سے دور رکھتے ہیں؟
screening-question-da-low-mood = کیا آپ کا دل بہت زیادہ اداس رہا ہے، یا آپ کے ذہن میں اپنی جان لینے کے خیالات آئے ہیں؟
screening-question-da-separation = کیا پچھلے ایک سال میں آپ نے انہیں چھوڑا ہے، یا چھوڑنے کی کوشش کی ہے؟
screening-question-da-child-contact = کیا بچوں سے ملنے کے معاملے پر ان کے ساتھ جھگڑا ہے؟
screening-question-da-stalking = کیا وہ بار بار آپ کو پیغام بھیجتے، فون کرتے، آپ کا پیچھا کرتے یا آپ پر نظر رکھتے ہیں؟
screening-question-da-pregnancy = کیا آپ حاملہ ہیں، یا پچھلے 18 مہینوں میں آپ کے ہاں بچہ پیدا ہوا ہے؟
screening-question-da-more-often = کیا یہ پہلے سے زیادہ بار ہو رہا ہے؟
screening-question-da-worse = کیا یہ بدتر ہوتا جا رہا ہے؟
screening-question-da-control = کیا وہ آپ کے کاموں کو قابو میں رکھنے کی کوشش کرتے ہیں، یا بہت زیادہ حسد کرتے ہیں؟
screening-question-da-weapon = کیا انہوں نے کبھی کسی ہتھیار یا کسی چیز سے آپ کو زخمی کیا ہے؟
screening-question-da-threat-to-kill = کیا انہوں نے کبھی آپ کو یا کسی اور کو جان سے مارنے کی دھمکی دی ہے، اور آپ کو ان کی بات پر یقین آیا؟
screening-question-da-strangling = کیا انہوں نے کبھی آپ کا گلا گھونٹنے، گلا دبانے، سانس روکنے یا آپ کو ڈبونے کی کوشش کی ہے؟
screening-question-da-sexual = کیا وہ ایسی جنسی حرکتیں کرتے یا باتیں کہتے ہیں جن سے آپ کو تکلیف پہنچتی ہے یا برا محسوس ہوتا ہے، یا کسی اور کے ساتھ ایسا کرتے ہیں؟
screening-question-da-other-threat = کیا کوئی اور بھی ہے جس نے آپ کو دھمکی دی ہو، یا جس سے آپ کو ڈر لگتا ہو؟
screening-question-da-hurt-others = کیا آپ کے علم میں ہے کہ انہوں نے کسی اور کو نقصان پہنچایا ہے، جیسے بچوں، کسی رشتہ دار یا سابق ساتھی کو؟
screening-question-da-animals = کیا انہوں نے کبھی کسی جانور یا پالتو جانور کو نقصان پہنچایا ہے یا اس کے ساتھ برا سلوک کیا ہے؟
screening-question-da-money = کیا پیسوں کے مسائل ہیں، جیسے پیسوں کے لیے ان پر انحصار، یا ان کی نوکری چلی جانا؟
screening-question-da-their-problems = کیا پچھلے ایک سال میں شراب، منشیات یا ان کی ذہنی صحت کی وجہ سے ان کے لیے روزمرہ زندگی مشکل رہی ہے؟
screening-question-da-their-suicide = کیا انہوں نے کبھی اپنی جان لینے کی دھمکی دی ہے یا کوشش کی ہے؟
screening-question-da-broken-terms = کیا انہوں نے کبھی ضمانت کی شرائط (bail)، عدالتی حکم (court order)، یا آپ سے یا بچوں سے ملنے کے بارے میں کوئی معاہدہ توڑا ہے؟
screening-question-da-police = کیا آپ کے علم میں ہے کہ وہ پولیس کے ساتھ کسی مسئلے میں رہے ہیں، یا ان کا مجرمانہ ریکارڈ ہے؟

## The questions of the stalking screening, each covering the question of the S-DASH with the
## same number (the app's own wording; the screen asks them too, as risk-q-…).

screening-question-st-frightened = کیا آپ کو بہت زیادہ ڈر لگتا ہے؟
screening-question-st-history = کیا یہ سب شروع ہونے سے پہلے انہوں نے آپ کے ساتھ یا کسی اور کے ساتھ بدسلوکی کی تھی یا ہراساں کیا تھا؟
screening-question-st-damage = کیا انہوں نے آپ کی کسی چیز کو نقصان پہنچایا ہے یا تباہ کیا ہے؟
screening-question-st-turns-up = کیا وہ بغیر بلائے، ہفتے میں تین بار سے زیادہ، وہاں آ جاتے ہیں جہاں آپ موجود ہوں؟
screening-question-st-follows = کیا انہوں نے آپ کا پیچھا کیا ہے، یا آپ کے آس پاس منڈلاتے رہے ہیں؟
screening-question-st-threats = کیا انہوں نے آپ کو جسمانی یا جنسی نقصان پہنچانے کی دھمکی دی ہے؟
screening-question-st-third-parties = یہ سب شروع ہونے کے بعد سے، کیا انہوں نے آپ کے قریبی لوگوں (گھر والوں، بچوں، دوستوں، ساتھی، ساتھ کام کرنے والوں یا پڑوسیوں) کو ہراساں کیا ہے؟
screening-question-st-violent-to-others = جب سے یہ سب ہو رہا ہے، کیا انہوں نے کسی اور کے ساتھ تشدد کیا ہے؟
screening-question-st-helpers = کیا انہوں نے دوسرے لوگوں سے اپنی مدد کروائی ہے، چاہے ان لوگوں کو اس کا علم ہو یا نہ ہو؟
screening-question-st-drink-drugs = کیا یہ بات معلوم ہے کہ وہ شراب یا منشیات کا غلط استعمال کرتے ہیں؟
screening-question-st-violent-before = کیا وہ ماضی میں جسمانی یا جذباتی طور پر تشدد کرتے رہے ہیں؟

## The app's earlier questions: no longer asked, but screenings answered with them are kept and
## can be put in a report.

screening-question-weekly = کیا یہ ہر ہفتے، یا اس سے بھی زیادہ بار ہو رہا ہے؟
screening-question-worse = کیا حال ہی میں یہ زیادہ بار ہونے لگا ہے، یا زیادہ خوفناک ہوتا جا رہا ہے؟
screening-question-long-running = کیا یہ چند مہینوں سے زیادہ عرصے سے چل رہا ہے؟
screening-question-threats = کیا انہوں نے آپ کو، آپ کے بچوں کو، یا آپ کے کسی قریبی شخص کو دھمکی دی ہے؟
screening-question-threat-to-kill = کیا انہوں نے آپ کو جان سے مارنے یا شدید نقصان پہنچانے کی، یا خود کو نقصان پہنچانے کی دھمکی دی ہے؟
screening-question-violence = کیا انہوں نے کبھی آپ کو نقصان پہنچایا ہے، یا کسی اور کے ساتھ تشدد کیا ہے؟
screening-question-weapon = کیا ان کے پاس کوئی ہتھیار ہے، یا انہوں نے ہتھیار حاصل کرنے یا استعمال کرنے کی بات کی ہے؟
screening-question-third-parties = کیا انہوں نے دوسرے لوگوں کے ذریعے اپنی طرف سے آپ سے رابطہ کروایا، آپ پر نظر رکھوائی یا آپ کا پیچھا کروایا ہے؟
screening-question-turns-up = کیا وہ آپ کے گھر، کام کی جگہ، اسکول یا ان جگہوں پر آ پہنچے ہیں جہاں آپ کا آنا جانا ہے؟
screening-question-damage = کیا انہوں نے آپ کی چیزوں، گاڑی، گھر یا ڈاک کو نقصان پہنچایا ہے یا ان سے چھیڑ چھاڑ کی ہے؟
screening-question-tracking = کیا ایسا لگتا ہے کہ انہیں معلوم ہوتا ہے کہ آپ کہاں ہیں، یا وہ آپ کے فون یا اکاؤنٹس تک پہنچ جاتے ہیں؟
screening-question-fear = کیا آپ کو ڈر ہے کہ وہ آگے کیا کر سکتے ہیں؟
screening-question-changed-life = کیا ان کی وجہ سے آپ نے اپنا معمول، کام یا گھر بدلا ہے؟
screening-question-order-breach = کیا انہوں نے کوئی عدالتی حکم (court order)، ضمانت کی شرائط (bail conditions) یا پولیس کی وارننگ توڑی ہے؟
screening-question-former-partner = کیا وہ آپ کے سابق ساتھی ہیں؟

## The printed plan, for the person alone (not for court). A page left on a printer must not
## say what it is for: never use the word "safety" (or yours for it) here, not even in the title.

# The PDF file's own title.
plan-sheet-title = منصوبہ
plan-sheet-heading = میرا منصوبہ
# $date is the day it was printed (as date-day).
plan-sheet-made-on = { $date } کو بنایا گیا۔ جسے بھی یہ صفحہ ملے وہ اسے پڑھ سکتا ہے: اسے ایسی جگہ رکھیں جہاں صرف آپ کی رسائی ہو، یا کسی ایسے شخص کے پاس جس پر آپ کو بھروسہ ہو۔
# Where the person is in their situation (a plan-sheet-stage- message beside it).
plan-sheet-stage = میری موجودہ صورتحال
plan-sheet-stage-staying = یہیں رہنا
plan-sheet-stage-preparing-to-leave = چھوڑنے کی تیاری
plan-sheet-stage-after-leaving = چھوڑنے کے بعد
# Beside the day the person means to read the plan again.
plan-sheet-review = دوبارہ دیکھنے کا دن
# A step of the plan that is done: the step ($step, in the person's words) and the day.
plan-sheet-step-done = { $step } ({ $date } کو مکمل ہوا)
plan-sheet-empty = ابھی منصوبے میں کچھ نہیں لکھا گیا۔
plan-sheet-people = وہ لوگ جن پر مجھے بھروسہ ہے
plan-sheet-no-people = ابھی کوئی قابلِ اعتماد رابطہ نہیں لکھا گیا۔
plan-sheet-name = نام
plan-sheet-who = وہ میرے کیا لگتے ہیں
plan-sheet-how-to-reach = ان تک کیسے پہنچا جائے
# A word agreed with the contact that means "I need help".
plan-sheet-code-word = کوڈ ورڈ
# How and when the person and the contact check that all is well.
plan-sheet-check-in = خیریت معلوم کرنے کا طریقہ
# When it is safe to contact the person.
plan-sheet-safe-times = محفوظ اوقات
plan-sheet-emergency = ہنگامی صورت میں
# Said of a contact the person allowed to be called in an emergency.
plan-sheet-may-be-called = فون کیا جا سکتا ہے
# UK numbers: 999 is the emergency number; pressing 55 on a silent 999 call from a mobile is the
# police's "Silent Solution" (keep that name).
plan-sheet-danger = اس وقت خطرے میں ہوں تو 999 پر کال کریں۔ اگر بول نہ سکیں تو موبائل سے 999 پر کال کریں، سنیں، پھر پوچھے جانے پر 55 دبائیں (Silent Solution)۔
# At the foot of every page: $made is the day it was printed, $page and $pages are numbers.
plan-sheet-footer = { $made } · صفحہ { $page } از { $pages }

## The README.txt in the machine-readable export (a plain text file). Keep every file name
## (incidents.json, SHA256SUMS, attachments/), field name (the words with underscores) and
## command as it is. The line breaks are kept: break lines at about 80 characters.

bundle-readme-title = واقعات کے ریکارڈ کی ایکسپورٹ
# Beside the file name incidents.json.
bundle-readme-incidents =
    اس ایکسپورٹ کے لیے چنا گیا ہر واقعہ، اپنے ہر ورژن کے ساتھ (تصحیح ایک نیا ورژن
    ہوتی ہے؛ پچھلے ورژن رکھے جاتے ہیں)۔ ہر ورژن میں occurred_at (یہ کب ہوا، جیسا
    لکھا گیا)، recorded_at (یہ کب محفوظ ہوا، ایپ کی اپنی گھڑی سے)، تمام فیلڈز، اس
    کی منسلک فائلیں، prev_hash، hash اور ہیش کا ed25519 دستخط موجود ہے۔
# Beside the folder name attachments/.
bundle-readme-attachments =
    اصل فائلیں، بائٹ بہ بائٹ۔ incidents.json ہر منسلک فائل کی id کو یہاں اس کی
    فائل سے جوڑتی ہے (attachment_files) اور اس کا SHA-256 درج کرتی ہے۔
# Beside the file name SHA256SUMS.
bundle-readme-sums = اس ایکسپورٹ کی ہر دوسری فائل کا SHA-256۔
bundle-readme-checking-files = فائلوں کی جانچ
# After "Windows: ". Keep the command as it is; FILE stands for a file's name and may be
# translated (the same word both times).
bundle-readme-windows = certutil -hashfile FILE SHA256   (FILE والی سطر سے موازنہ کریں)
bundle-readme-checking-log = ریکارڈ کی جانچ
bundle-readme-log =
    ہر اندراج کا ہر ورژن ایک ہی SHA-256 ہیش زنجیر کا حصہ ہے: اس کا ہیش اس کی تمام
    فیلڈز کی ایک مقررہ بائٹ انکوڈنگ، اس کی منسلک فائلوں کے ہیش اور پچھلے اندراج کے
    ہیش کا احاطہ کرتا ہے (incidents.json میں canonical_encoding اس ترتیب کا نام
    بتاتا ہے؛ اس کی دستاویز ایپ کے سورس کوڈ کے ساتھ crates/store/src/canonical.rs
    میں ہے)۔ chain_head اس ایکسپورٹ کے بنتے وقت پورے ریکارڈ کا سب سے نیا اندراج
    ہے؛ chain_at_export بتاتا ہے کہ آیا اس لمحے ایپ نے پوری زنجیر کو درست پایا۔ اگر
    بعد کی کسی ایکسپورٹ کی زنجیر میں یہ سرا اب بھی اسی مقام پر موجود ہو، تو اس سے
    ظاہر ہوتا ہے کہ اس سے پہلے کی کوئی چیز نہ بدلی گئی ہے اور نہ ہٹائی گئی ہے۔

## The pages of the everyday notebook a second PIN opens. The person may have to open it in front
## of someone who makes them: it must look like anyone's dull notebook. Write pages a person who
## speaks your language in the UK might keep: change a food, a film or a habit to one more usual
## for them where that reads better, but keep each page dull, and never add anything about
## safety, health, worries, money trouble, named people, pets, cars or places the person would
## have to be. Keep the line breaks: each line is a line of the page. { $n } is a number the app
## picks (a different one each time it appears): keep each where your language needs it, and
## write no other digits than the English has.

decoy-shopping-title = خریداری
decoy-shopping =
    دودھ
    ڈبل روٹی
    انڈے
    برتن دھونے والا لیکوئڈ
    کوڑے کے تھیلے
    ٹی بیگز
    سیب
decoy-big-shop-title = بڑا سودا
decoy-big-shop =
    پاستا، { $n } پیکٹ
    ڈبے والے ٹماٹر
    باسمتی چاول
    سیریل
    ٹوائلٹ رول
    فروزن مٹر
    چیز
decoy-bin-days-title = کوڑے کے دن
decoy-bin-days =
    کالا بن: ہر دوسرے منگل
    ری سائیکلنگ: جمعرات
    باغ کا کچرا: کلیکشن کی تاریخیں دیکھ لیں
decoy-meter-readings-title = میٹر ریڈنگ
decoy-meter-readings =
    بجلی: { $n }{ $n }{ $n }{ $n }
    گیس: { $n }{ $n }{ $n }
    اگلی بار تصویر بھی لے لینی ہے
decoy-recipes-to-try-title = آزمانے والی ترکیبیں
decoy-recipes-to-try =
    دال کا سوپ
    بنانا بریڈ (کالے پڑ جانے والے کیلے استعمال کرنے ہیں)
    شملہ مرچ اور حلومی کی ٹرے بیک
    بچی ہوئی پالک سے کچھ بنانا ہے، شاید پالک آلو
decoy-banana-bread-title = بنانا بریڈ
decoy-banana-bread =
    3 پکے ہوئے کیلے
    75g پگھلا ہوا مکھن
    150g چینی
    1 انڈا
    1 چائے کا چمچ ونیلا
    1 چائے کا چمچ بیکنگ سوڈا
    190g میدہ

    175C پر تقریباً 50 منٹ
decoy-films-to-watch-title = دیکھنے والی فلمیں
decoy-films-to-watch =
    پیڈنگٹن 2
    دی لیجنڈ آف مولا جٹ
    شہد کی مکھیوں والی وہ ڈاکیومنٹری
    فواد خان کی کوئی بھی فلم
decoy-garden-title = باغ
decoy-garden =
    پرندوں کے گھونسلے بنانے سے پہلے باڑ کی کٹائی
    ٹماٹر اور ہری مرچ کے بیج مارچ میں
    کمپوسٹ لینی ہے (تقریباً { $n } تھیلے)
    گیٹ کی کنڈی ٹھیک کرنی ہے
decoy-plants-title = پودے
decoy-plants =
    پودینے کو ہر دوسرے دن پانی
    پیس للی: ہفتے میں ایک بار
    کیکٹس: اسے چھیڑنا نہیں
    اسپائیڈر پلانٹ کا گملا بدلنا ہے
decoy-to-do-title = کرنے کے کام
decoy-to-do =
    پارسل واپس کرنا ہے
    بوائلر کی سروس بک کروانی ہے
    سیڑھیوں کے نیچے والی الماری سمیٹنی ہے
    رسالہ بند کروانا ہے
decoy-weekend-title = ویک اینڈ
decoy-weekend =
    ہفتہ: صفائی، موسم خشک ہو تو بازار
    اتوار: بریانی، جگسا پزل شروع کرنا ہے
decoy-cleaning-title = صفائی
decoy-cleaning =
    کیتلی کا چونا صاف کرنا ہے
    اوون (اسپرے لینا ہے)
    پردے دھونے ہیں
    فریزر ڈیفروسٹ کرنا ہے
    بستروں کے نیچے ہوور کرنا ہے
decoy-wifi-title = وائی فائی
decoy-wifi =
    راؤٹر ہال میں رکھا سفید ڈبہ ہے
    ٹی وی رک جائے تو اسے بند کر کے دوبارہ چلائیں
    اگر دن میں { $n } بار سے زیادہ کنکشن ٹوٹے تو کمپنی کو فون کرنا ہے
decoy-diy-title = گھر کے چھوٹے موٹے کام
decoy-diy =
    کچن میں شیلف: { $n } پیچ، راول پلگ
    ٹپکتا نل ٹھیک کرنا ہے (واشر)
    ہال میں پینٹ کی ٹچ اپ
    اوپر لینڈنگ کے لیے نیا بلب
decoy-walks-title = سیر
decoy-walks =
    نہر کے کنارے والا راستہ، جا کر واپس: تقریباً 40 منٹ
    پارک کا چکر
    اپریل میں بلیو بیلز
decoy-crossword-words-title = کراس ورڈ کے الفاظ
decoy-crossword-words =
    Ennui (اکتاہٹ)
    Oboe (ایک باجا)
    Etui (سوئیوں کی ڈبیا)
    Aloe (ایلو ویرا)
    Erne (ایک سمندری عقاب)
decoy-podcasts-title = پوڈکاسٹ
decoy-podcasts =
    پرانے گھروں والا
    تاریخ کی اقساط
    وہ مزاحیہ پینل شو
decoy-music-title = موسیقی
decoy-music =
    گرمیوں والا البم ڈھونڈنا ہے
    کوک اسٹوڈیو
    صفائی کے لیے پلے لسٹ
decoy-gift-ideas-title = تحفوں کے آئیڈیاز
decoy-gift-ideas =
    اچھی سی خوشبو والی موم بتی
    باغبانی کا واؤچر
    موزے (ہمیشہ)
    دکان کی کھڑکی میں رکھی کھانا پکانے کی کتاب
decoy-soup-title = دال
decoy-soup =
    پیاز، ٹماٹر، لہسن ادرک
    ہلدی، نمک، لال مرچ
    مسور یا چنے کی دال
    ہلکی آنچ پر 20 منٹ پکانی ہے
    آخر میں زیرے کا تڑکا
decoy-sunday-roast-title = اتوار کا کھانا
decoy-sunday-roast =
    مسالا لگا چکن 190C پر اوون میں، ہر 500g کے لیے تقریباً 20 منٹ، پھر 20 منٹ مزید
    آلو پہلے 10 منٹ ابالنے ہیں
    گریوی گرینیولز
    گاجر اور مٹر
decoy-energy-saving-title = بجلی اور گیس کی بچت
decoy-energy-saving =
    تھرموسٹیٹ ایک ڈگری کم
    پچھلے دروازے کے لیے ڈرافٹ ایکسکلوڈر
    کپڑے 30 پر دھونے ہیں
    امرشن کے لیے ٹائمر
decoy-fitness-title = ورزش
decoy-fitness =
    روز { $n } ہزار قدم چلنا
    صبح اسٹریچنگ
    مفت یوگا ویڈیو آزمانی ہے
    پانی زیادہ پینا ہے
decoy-kitchen-title = کچن
decoy-kitchen =
    نیا فرائی پین چاہیے
    چھریاں تیز کروانی ہیں
    ڈبوں والی الماری ترتیب سے لگانی ہے
    پرانے مسالے پھینکنے ہیں
decoy-clothes-title = کپڑے
decoy-clothes =
    سردیوں کا کوٹ ڈرائی کلین کے لیے
    جوتوں کی ایڑیاں لگوانی ہیں
    چیریٹی شاپ کے لیے دراز چھانٹنی ہے
    دستانے
decoy-knitting-title = بُنائی
decoy-knitting =
    سردیوں کے لیے مفلر: سرمئی اون کے { $n } گولے
    سلائیاں سائز 5
    ٹوپی کا کوئی آسان نمونہ ڈھونڈنا ہے
decoy-tea-and-coffee-title = چائے اور کافی
decoy-tea-and-coffee =
    چائے کی پتی اور الائچی ختم ہونے والی ہیں
    شام کے لیے ڈی کیف کافی
    پہلے کیتلی کا چونا صاف کرنا ہے
decoy-freezer-title = فریزر
decoy-freezer =
    مٹر
    سالن کے { $n } ڈبے
    ڈبل روٹی (سلائس والی)
    سموسے پہلے ختم کرنے ہیں
decoy-batteries-title = بیٹریاں
decoy-batteries =
    ریموٹ اور گھڑی کے لیے { $n } عدد AA
    اسموک الارم: ہر مہینے ٹیسٹ کا بٹن دبانا ہے
decoy-pancakes-title = پین کیک
decoy-pancakes =
    100g میدہ
    2 انڈے
    300ml دودھ
    چٹکی بھر نمک
    آمیزہ 30 منٹ رکھا رہنے دیں
decoy-jigsaw-title = جگسا پزل
decoy-jigsaw =
    لائٹ ہاؤس والا، { $n }00 ٹکڑے
    پہلے کنارے
    آسمان آخر میں
decoy-houseplants-to-get-title = لینے والے پودے
decoy-houseplants-to-get =
    منی پلانٹ
    اسنیک پلانٹ
    کوئی ایسا پودا جو باتھ روم میں ٹھیک رہے
decoy-spring-clean-title = گھر کی بڑی صفائی
decoy-spring-clean =
    کھڑکیاں اندر اور باہر سے
    فریج کے خانے
    دروازوں کے ہینڈل اور سوئچ
    صوفے کے کشنوں کے نیچے
decoy-takeaway-menu-title = ٹیک اوے مینیو
decoy-takeaway-menu =
    نمبر { $n }: نوڈلز
    ایکسٹرا چاول
    پرون کریکرز

## The lists and contacts the app holds when a second PIN opens it as the app with everyday
## things in it (rather than the notebook). As dull as the pages above; Mum may be any relative
## your language would more usually buy a card for.

decoy-list-weekly = ہفتے کے کام
decoy-list-weekly-bins = منگل کی رات بن باہر رکھنے ہیں
decoy-list-weekly-plants = پودوں کو پانی دینا
decoy-list-weekly-meter = میٹر ریڈنگ
decoy-list-weekly-bed = بستر کی چادریں بدلنی ہیں
decoy-list-shopping = خریداری
decoy-list-shopping-milk = دودھ
decoy-list-shopping-bread = ڈبل روٹی
decoy-list-shopping-washing-up = برتن دھونے والا لیکوئڈ
decoy-list-shopping-card = امی کے لیے سالگرہ کا کارڈ
decoy-contact-dentist = ڈینٹسٹ
decoy-contact-dentist-relationship = سرجری کا ریسیپشن
decoy-contact-dentist-how = اپوائنٹمنٹ کے لیے صبح فون کریں
# A first name usual in your language (short, common, either sex).
decoy-contact-friend = نور
decoy-contact-friend-relationship = بک کلب
decoy-contact-friend-how = عموماً 6 بجے کے بعد فارغ

## The computer's own Open and Save windows, as the app opens them: their titles and the name of
## the kind of file they show. Dull words any program uses.

dialog-save = بطور محفوظ کریں
dialog-open = کھولیں
dialog-choose-backup = بیک اپ منتخب کریں
dialog-save-backup = بیک اپ محفوظ کریں
dialog-save-update = اپ ڈیٹ محفوظ کریں
dialog-kind-text-or-zip = ٹیکسٹ یا zip فائلیں
dialog-kind-emails = فائلوں کی صورت میں محفوظ کی گئی ای میلز

## The description of the app's hiding key that the desktop lists among its keyboard shortcuts
## (GNOME or KDE settings). Anyone may read it: it names only the calculator.

shortcut-hide = کیلکولیٹر چھپائیں

## In the report's last section (report-chain-broken, as { $problem }): what the app found wrong
## when it re-checked the log. An entry is one saved version of an incident.

chain-break-unreadable = ایک اندراج میں ایسی قدر ہے جو پڑھی نہیں جا سکتی
chain-break-missing = اس سے پہلے کا کوئی اندراج غائب ہے یا ترتیب سے ہٹا ہوا ہے
chain-break-not-linked = یہ اندراج اپنے سے پہلے والے اندراج سے جڑا ہوا نہیں ہے
chain-break-content-changed = اندراج کا مواد اس کے ہیش سے میل نہیں کھاتا
chain-break-signature = اندراج کے دستخط کی تصدیق نہیں ہوتی
chain-break-file-changed = ایک منسلک فائل تبدیل ہو گئی ہے
chain-break-recorded-earlier = اندراج کے محفوظ ہونے کا وقت اپنے سے پہلے والے اندراج سے بھی پہلے کا درج ہے
chain-break-revision-numbers = اندراج کا ورژن نمبر اپنے سے پہلے والے اندراج کے ورژن نمبر کے بعد کا نہیں ہے
chain-break-list-differs = واقعات کی فہرست اس واقعے کے تازہ ترین اندراج سے میل نہیں کھاتی
chain-break-list-missing = یہ واقعہ واقعات کی فہرست میں موجود نہیں ہے
chain-break-list-extra = واقعات کی فہرست میں ایک ایسا واقعہ ہے جس کا کوئی اندراج نہیں
