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
date-weekday-1 = ਸੋਮ
date-weekday-2 = ਮੰਗਲ
date-weekday-3 = ਬੁੱਧ
date-weekday-4 = ਵੀਰ
date-weekday-5 = ਸ਼ੁੱਕਰ
date-weekday-6 = ਸ਼ਨੀ
date-weekday-7 = ਐਤ

# The months, abbreviated: as in "3 Nov 2026". They are only used inside a date, so give the
# form your language uses there (a genitive, say).
date-month-1 = ਜਨ
date-month-2 = ਫ਼ਰ
date-month-3 = ਮਾਰਚ
date-month-4 = ਅਪ੍ਰੈ
date-month-5 = ਮਈ
date-month-6 = ਜੂਨ
date-month-7 = ਜੁਲਾ
date-month-8 = ਅਗ
date-month-9 = ਸਤੰ
date-month-10 = ਅਕਤੂ
date-month-11 = ਨਵੰ
date-month-12 = ਦਸੰ

# A day: "3 Nov 2026". $day and $year are digits; $month is one of the date-month messages.
date-day = { $day } { $month } { $year }
# A day and a time, in the table of all incidents: "3 Nov 2026 21:40". $time is on the 24-hour
# clock.
date-day-time = { $day } { $month } { $year } { $time }
# When something happened or was written down: "Tue 3 Nov 2026, 21:40 (UTC+00:00)". $weekday is
# one of the date-weekday messages, $time is "21:40" or "21:40:05" (24-hour clock), $offset is
# the difference from UTC, as "+01:00".
date-moment = { $weekday }, { $day } { $month } { $year }, { $time } (UTC{ $offset })

## Types of incident (the person chose one for each incident)

kind-following = ਪਿੱਛਾ ਕਰਨਾ
kind-loitering = ਨੇੜੇ-ਤੇੜੇ ਉਡੀਕਣਾ ਜਾਂ ਮੰਡਰਾਉਣਾ
kind-calls = ਫ਼ੋਨ ਕਾਲਾਂ
kind-messages = ਸੁਨੇਹੇ
kind-social-media = ਸੋਸ਼ਲ ਮੀਡੀਆ
kind-gifts-letters = ਤੋਹਫ਼ੇ ਜਾਂ ਚਿੱਠੀਆਂ
kind-damage = ਜਾਇਦਾਦ ਦਾ ਨੁਕਸਾਨ
kind-third-party-contact = ਦੂਜੇ ਲੋਕਾਂ ਰਾਹੀਂ ਸੰਪਰਕ
# Someone tracking where the person is, or getting into their phone or online accounts.
kind-tracking-account-access = ਟਰੈਕ ਕਰਨਾ ਜਾਂ ਖਾਤਿਆਂ ਵਿੱਚ ਦਾਖ਼ਲ ਹੋਣਾ
kind-threats = ਧਮਕੀਆਂ
# A breach of a court order or of bail conditions.
kind-order-breach = ਕਿਸੇ ਹੁਕਮ ਦੀ ਉਲੰਘਣਾ
kind-other = ਕੁਝ ਹੋਰ

## The four behaviour markers the police use to describe stalking ("FOUR": Fixated, Obsessed,
## Unwanted, Repeated). The person marks each incident with any of them.

behaviour-fixated = ਟਿਕਿਆ ਧਿਆਨ
behaviour-obsessed = ਜਨੂੰਨ
behaviour-unwanted = ਅਣਚਾਹਿਆ
behaviour-repeated = ਵਾਰ-ਵਾਰ

## The sections of the plan, in the report and on the printed plan. They are printed on the
## plan a person may leave on a printer: never use the word "safety" in them.

plan-section-emergency = ਐਮਰਜੈਂਸੀ
plan-section-safe-places = ਸੁਰੱਖਿਅਤ ਥਾਵਾਂ
plan-section-code-words = ਕੋਡ ਸ਼ਬਦ
# A bag packed and hidden, ready to leave in a hurry.
plan-section-escape-bag = ਨਿਕਲਣ ਲਈ ਤਿਆਰ ਬੈਗ
plan-section-documents = ਜ਼ਰੂਰੀ ਦਸਤਾਵੇਜ਼
plan-section-home = ਘਰ
plan-section-work-school = ਕੰਮ ਅਤੇ ਸਕੂਲ
plan-section-travel = ਆਉਣਾ-ਜਾਣਾ
plan-section-children = ਬੱਚੇ
plan-section-pets = ਪਾਲਤੂ ਜਾਨਵਰ
plan-section-online-safety = ਫ਼ੋਨ, ਕੰਪਿਊਟਰ ਅਤੇ ਖਾਤੇ
plan-section-legal = ਕਾਨੂੰਨੀ ਸੁਰੱਖਿਆ
plan-section-support = ਸਹਾਇਤਾ ਸੇਵਾਵਾਂ

## Kinds of order a court or the police can make (the law of England and Wales). Where your
## language has no name for one, keep the English and add a translation in brackets.

order-kind-spo = ਪਿੱਛਾ ਕਰਨ ਤੋਂ ਸੁਰੱਖਿਆ ਦਾ ਹੁਕਮ (Stalking Protection Order)
order-kind-nmo = ਤੰਗ-ਪਰੇਸ਼ਾਨ ਨਾ ਕਰਨ ਦਾ ਹੁਕਮ (non-molestation order)
order-kind-restraining = ਰੋਕ ਦਾ ਹੁਕਮ (restraining order)
# An order saying who may live in, or enter, a home.
order-kind-occupation = ਘਰ ਵਿੱਚ ਰਹਿਣ ਬਾਰੇ ਹੁਕਮ (occupation order)
order-kind-dapo = ਘਰੇਲੂ ਦੁਰਵਿਹਾਰ ਤੋਂ ਸੁਰੱਖਿਆ ਦਾ ਹੁਕਮ (Domestic Abuse Protection Order)
order-kind-dvpo = ਘਰੇਲੂ ਹਿੰਸਾ ਤੋਂ ਸੁਰੱਖਿਆ ਦਾ ਹੁਕਮ (Domestic Violence Protection Order)
order-kind-bail = ਜ਼ਮਾਨਤ ਦੀਆਂ ਸ਼ਰਤਾਂ (bail conditions)
order-kind-other = ਕੋਈ ਹੋਰ ਹੁਕਮ ਜਾਂ ਸ਼ਰਤ

## The report: its title page and the foot of every page

# The report's title, on its first page and as the PDF file's own title.
report-title = ਘਟਨਾਵਾਂ ਦਾ ਰਿਕਾਰਡ
report-subtitle = ਘਟਨਾਵਾਂ ਦਾ ਰਿਕਾਰਡ, ਜੋ ਉਹਨਾਂ ਦੇ ਵਾਪਰਨ ਵੇਲੇ ਜਾਂ ਉਸ ਤੋਂ ਛੇਤੀ ਬਾਅਦ ਲਿਖਿਆ ਗਿਆ।
# Beside the name of the person who kept the log.
report-kept-by = ਰਿਕਾਰਡ ਰੱਖਣ ਵਾਲਾ ਵਿਅਕਤੀ
report-period-covered = ਸਮਾਂ-ਸੀਮਾ
# $from and $until are days (as date-day).
report-period = { $from } ਤੋਂ { $until } ਤੱਕ
report-incident-count = ਇਸ ਰਿਪੋਰਟ ਵਿਚਲੀਆਂ ਘਟਨਾਵਾਂ
report-corrected-later = ਬਾਅਦ ਵਿੱਚ ਸੋਧੀਆਂ ਗਈਆਂ
# How many incidents were corrected after they were first written down.
report-corrected-count =
    { $count ->
        [one] { $count } ਘਟਨਾ
       *[other] { $count } ਘਟਨਾਵਾਂ
    } (ਹਰ ਪਹਿਲਾਂ ਵਾਲਾ ਵਰਜ਼ਨ ਘਟਨਾ ਦੇ ਨਾਲ ਦਿਖਾਇਆ ਗਿਆ ਹੈ)
report-made = ਰਿਪੋਰਟ ਬਣਾਈ ਗਈ
report-how-to-read = ਇਹ ਰਿਪੋਰਟ ਕਿਵੇਂ ਪੜ੍ਹਨੀ ਹੈ
report-how-to-read-times = ਹਰ ਘਟਨਾ ਨਾਲ ਦਿਖਾਇਆ ਗਿਆ ਹੈ ਕਿ ਇਹ ਕਦੋਂ ਹੋਈ (ਜਿਵੇਂ ਵਿਅਕਤੀ ਨੇ ਲਿਖਿਆ) ਅਤੇ ਇਹ ਕਦੋਂ ਲਿਖੀ ਗਈ (ਸੰਭਾਲੇ ਜਾਣ ਦੇ ਪਲ ਐਪ ਦੀ ਆਪਣੀ ਘੜੀ ਤੋਂ ਲਿਆ ਗਿਆ ਸਮਾਂ, ਜਿਸ ਨੂੰ ਵਿਅਕਤੀ ਖ਼ੁਦ ਤੈਅ ਨਹੀਂ ਕਰ ਸਕਦਾ)।
report-how-to-read-versions = ਐਪ ਵਿੱਚ ਐਂਟਰੀਆਂ ਨੂੰ ਬਦਲਿਆ ਜਾਂ ਮਿਟਾਇਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਕੋਈ ਵੀ ਸੋਧ ਇੱਕ ਨਵੇਂ ਵਰਜ਼ਨ ਵਜੋਂ ਸੰਭਾਲੀ ਜਾਂਦੀ ਹੈ; ਪਹਿਲਾਂ ਵਾਲੇ ਵਰਜ਼ਨ ਰੱਖੇ ਜਾਂਦੇ ਹਨ ਅਤੇ ਇਸ ਰਿਪੋਰਟ ਵਿੱਚ ਘਟਨਾ ਦੇ ਨਾਲ ਦਿਖਾਏ ਗਏ ਹਨ।
report-how-to-read-chain = ਹਰ ਐਂਟਰੀ ਦਾ ਹਰ ਵਰਜ਼ਨ ਇੱਕ SHA-256 ਹੈਸ਼ ਚੇਨ (hash chain) ਰਾਹੀਂ ਆਪਣੇ ਤੋਂ ਪਹਿਲਾਂ ਵਾਲੇ ਵਰਜ਼ਨ ਨਾਲ ਜੁੜਿਆ ਹੋਇਆ ਹੈ ਅਤੇ ਉਸ ਉੱਤੇ ਐਪ ਦੇ ਦਸਤਖ਼ਤ ਹਨ। ਆਖ਼ਰੀ ਹਿੱਸਾ ਦੱਸਦਾ ਹੈ ਕਿ ਇਸ ਦੀ ਜਾਂਚ ਕਿਵੇਂ ਕਰਨੀ ਹੈ, ਅਤੇ ਚੇਨ ਦਾ ਸਿਰਾ (chain head) ਦਿੰਦਾ ਹੈ: ਰਿਪੋਰਟ ਬਣਾਏ ਜਾਣ ਵੇਲੇ ਸਭ ਤੋਂ ਨਵੀਂ ਐਂਟਰੀ ਦਾ ਹੈਸ਼।
report-how-to-read-files = ਸਬੂਤ ਵਜੋਂ ਨੱਥੀ ਕੀਤੀਆਂ ਫ਼ਾਈਲਾਂ ਦੀ ਸੂਚੀ ਉਹਨਾਂ ਦੇ SHA-256 ਸਮੇਤ ਦਿੱਤੀ ਗਈ ਹੈ, ਜਿਸ ਨੂੰ ਕੋਈ ਵੀ ਅਸਲ ਫ਼ਾਈਲ ਨਾਲ ਮਿਲਾ ਕੇ ਦੇਖ ਸਕਦਾ ਹੈ।
# At the foot of every page. $made is the day the report was made (as date-day); $page and
# $pages are numbers.
report-footer = ਘਟਨਾਵਾਂ ਦਾ ਰਿਕਾਰਡ · ਬਣਾਉਣ ਦੀ ਤਾਰੀਖ਼ { $made } · { $pages } ਵਿੱਚੋਂ ਪੰਨਾ { $page }
# The same, with the start of the chain head (the hash of the newest entry) as $head.
report-footer-with-head = ਘਟਨਾਵਾਂ ਦਾ ਰਿਕਾਰਡ · ਬਣਾਉਣ ਦੀ ਤਾਰੀਖ਼ { $made } · ਚੇਨ ਦਾ ਸਿਰਾ { $head }… · { $pages } ਵਿੱਚੋਂ ਪੰਨਾ { $page }

## The report: the table of all incidents

report-all-in-order = ਸਾਰੀਆਂ ਘਟਨਾਵਾਂ ਕ੍ਰਮਵਾਰ
# Column headers. "#" is the incident's number in the table.
report-column-number = #
report-column-happened = ਕਦੋਂ ਹੋਇਆ
report-column-written-down = ਕਦੋਂ ਲਿਖਿਆ ਗਿਆ
report-column-type = ਕਿਸਮ
report-column-where = ਕਿੱਥੇ
report-column-crime-reference = ਅਪਰਾਧ ਹਵਾਲਾ ਨੰਬਰ
# A cell of the table shows only the start of a long text ($text); the incident's own section
# further on gives it in full.
report-cell-cut = { $text }… (ਪੂਰਾ ਹੇਠਾਂ ਦਿੱਤਾ ਗਿਆ ਹੈ)

## The report: each incident in full

# $number and $total are numbers, $kind is a type of incident (a kind- message).
report-incident-heading = ਘਟਨਾ { $number } ({ $total } ਵਿੱਚੋਂ): { $kind }
# The labels of an incident's fields, in the order they are shown.
report-field-happened = ਕਦੋਂ ਹੋਇਆ
# An incident that went on for a while: $from and $until are as date-moment.
report-happened-until = { $from }, { $until } ਤੱਕ
# When the entry was saved, by the app's own clock.
report-field-written-down = ਕਦੋਂ ਲਿਖਿਆ ਗਿਆ
report-field-this-version = ਇਹ ਵਰਜ਼ਨ ਲਿਖਿਆ ਗਿਆ
# $written is as date-moment; $version and $versions are numbers.
report-this-version = { $written } ({ $versions } ਵਿੱਚੋਂ ਵਰਜ਼ਨ { $version }; ਪਹਿਲਾਂ ਵਾਲੇ ਵਰਜ਼ਨ ਹੇਠਾਂ ਦਿਖਾਏ ਗਏ ਹਨ)
report-field-where = ਕਿੱਥੇ
# The people the incident is linked to.
report-field-who = ਕੌਣ
# The condition of an order the person marked the incident as breaching.
report-field-breaching = ਉਲੰਘਣਾ ਵਜੋਂ ਦਰਜ
report-field-type = ਕਿਸਮ
# The behaviour markers (behaviour- messages) the person marked the incident with.
report-field-marked-as = ਨਿਸ਼ਾਨ ਲਗਾਏ ਵਿਹਾਰ
report-field-said-or-done = ਕੀ ਕਿਹਾ ਜਾਂ ਕੀਤਾ ਗਿਆ
# How the person causing harm looked.
report-field-appearance = ਉਹ ਕਿਹੋ ਜਿਹੇ ਦਿਸਦੇ ਸਨ
report-field-vehicle = ਵਾਹਨ
report-field-witnesses = ਗਵਾਹ
# The effect on the person who kept the log (in their own words).
report-field-effect-on-me = ਮੇਰੇ 'ਤੇ ਅਸਰ
report-field-effect-on-life = ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ 'ਤੇ ਅਸਰ
report-field-officer = ਪੁਲਿਸ ਅਫ਼ਸਰ
report-field-crime-reference = ਅਪਰਾਧ ਹਵਾਲਾ ਨੰਬਰ (crime reference)
# Anyone else the incident was reported to (a landlord, a school, a support service).
report-field-reported-to = ਹੋਰ ਕਿਸ ਨੂੰ ਦੱਸਿਆ
report-field-attached = ਨੱਥੀ ਫ਼ਾਈਲਾਂ
# Beside "Attached files" when a version had none.
report-attached-none = (ਕੋਈ ਨਹੀਂ)
# Each attached file is numbered: "File 1", "File 2".
report-file-label = ਫ਼ਾਈਲ { $number }
# An attached file: its name, its type (as "image/png") and its size (a report-size- message).
report-file = { $name } ({ $type }, { $size })
report-size-bytes = { $bytes } ਬਾਈਟ
# $size has one decimal, written with a full stop ("1.5").
report-size-kb = { $size } KB
report-size-mb = { $size } MB
# Read out by a screen reader for a picture in the report; $name is the file's name.
report-picture-alt = ਇਸ ਐਂਟਰੀ ਨਾਲ ਨੱਥੀ ਤਸਵੀਰ: { $name }
report-earlier-versions = ਪਹਿਲਾਂ ਵਾਲੇ ਵਰਜ਼ਨ। ਹਰ ਇੱਕ ਵਿੱਚ ਸਿਰਫ਼ ਉਹੀ ਦਿਖਾਇਆ ਗਿਆ ਹੈ ਜੋ ਉਸ ਵਿੱਚ ਆਪਣੇ ਤੋਂ ਬਾਅਦ ਲਿਖੇ ਗਏ ਵਰਜ਼ਨ ਨਾਲੋਂ ਵੱਖਰਾ ਲਿਖਿਆ ਸੀ।
# $version and $versions are numbers, $written is as date-moment.
report-version-written = { $versions } ਵਿੱਚੋਂ ਵਰਜ਼ਨ { $version }, ਲਿਖਿਆ ਗਿਆ: { $written }
report-no-differences = (ਸਮੱਗਰੀ ਵਿੱਚ ਕੋਈ ਫ਼ਰਕ ਨਹੀਂ)
# The entry's SHA-256, which links it into the chain of all entries.
report-entry-hash = ਐਂਟਰੀ ਦਾ ਹੈਸ਼
# Below the entry's hash: its place in the chain of all entries (a number).
report-chain-position = (ਚੇਨ ਵਿੱਚ ਸਥਾਨ { $position })
# Between the items of a list, as in "Fixated, Repeated". The quotes keep its spaces.
report-list-separator = {", "}
# In place of a field left empty.
report-not-recorded = (ਦਰਜ ਨਹੀਂ ਕੀਤਾ ਗਿਆ)
# Beside a field that runs on from the page before.
report-continued = (ਜਾਰੀ)

## The report: what else the person chose to include, one item at a time

report-also-included = ਇਹ ਵੀ ਸ਼ਾਮਲ ਹੈ, ਇੱਕ-ਇੱਕ ਕਰਕੇ ਚੁਣਿਆ ਗਿਆ
report-from-plan = ਸੁਰੱਖਿਆ ਯੋਜਨਾ ਵਿੱਚੋਂ
# A step of the plan ($text, in the person's words) and the day it was done.
report-plan-item-done = { $text } ({ $date } ਨੂੰ ਕੀਤਾ ਗਿਆ)
report-contacts = ਸੰਪਰਕ
report-contact-name = ਨਾਮ
report-contact-relationship = ਰਿਸ਼ਤਾ
report-contact-how-to-reach = ਉਹਨਾਂ ਤੱਕ ਕਿਵੇਂ ਪਹੁੰਚਣਾ ਹੈ
report-contact-what-they-know = ਉਹਨਾਂ ਨੂੰ ਕੀ ਪਤਾ ਹੈ
# "The person" (second time) is the person who kept the log.
report-people = ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਵਾਲਾ ਵਿਅਕਤੀ, ਜਿਵੇਂ ਰਿਕਾਰਡ ਰੱਖਣ ਵਾਲੇ ਵਿਅਕਤੀ ਨੇ ਉਹਨਾਂ ਦਾ ਵਰਣਨ ਕੀਤਾ ਹੈ
report-person-name = ਨਾਮ
report-person-other-names = ਹੋਰ ਨਾਮ
report-person-relationship = ਵਿਅਕਤੀ ਨਾਲ ਉਹਨਾਂ ਦਾ ਸੰਬੰਧ
report-person-description = ਵਰਣਨ
report-person-vehicles = ਵਾਹਨ
report-person-addresses = ਪਤੇ
report-person-workplaces = ਕੰਮ ਦੀਆਂ ਥਾਵਾਂ
report-person-social-media = ਸੋਸ਼ਲ ਮੀਡੀਆ
report-person-photo = ਫ਼ੋਟੋ
# The photo's file name and its SHA-256.
report-photo-file = { $name } (SHA-256 { $sha256 })
# Read out by a screen reader for the photo; $name is the file's name.
report-photo-alt = ਜਿਸ ਵਿਅਕਤੀ ਦਾ ਵਰਣਨ ਕੀਤਾ ਗਿਆ ਹੈ, ਉਸ ਦੀ ਫ਼ੋਟੋ: { $name }
report-photo-kept = ਐਪ ਵਿੱਚ ਰੱਖੀ ਹੋਈ ਹੈ (ਇੱਥੇ ਛਾਪੀ ਨਹੀਂ ਗਈ)
report-orders = ਹੁਕਮ ਅਤੇ ਸ਼ਰਤਾਂ
report-orders-intro = ਸ਼ਰਤਾਂ ਉਹਨਾਂ ਸ਼ਬਦਾਂ ਵਿੱਚ ਹਨ ਜਿਵੇਂ ਉਹ ਹੁਣ ਲਿਖੀਆਂ ਹੋਈਆਂ ਹਨ। ਜਿਸ ਐਂਟਰੀ ਨੂੰ ਕਿਸੇ ਸ਼ਰਤ ਦੀ ਉਲੰਘਣਾ ਵਜੋਂ ਦਰਜ ਕੀਤਾ ਗਿਆ ਹੈ, ਉਹ ਉਸ ਸ਼ਰਤ ਦੇ ਸ਼ਬਦ ਹੂਬਹੂ ਉਸੇ ਤਰ੍ਹਾਂ ਦਿੰਦੀ ਹੈ ਜਿਵੇਂ ਉਹ ਐਂਟਰੀ ਲਿਖੇ ਜਾਣ ਵੇਲੇ ਸਨ।
report-order = ਹੁਕਮ
# An order's name: its kind (an order-kind- message) and the court's reference for it.
report-order-title = { $kind }, { $reference }
# The person the order is against.
report-order-against = ਕਿਸ ਦੇ ਵਿਰੁੱਧ
# The court or police force that made the order.
report-order-made-by = ਕਿਸ ਨੇ ਜਾਰੀ ਕੀਤਾ
report-order-made-on = ਜਾਰੀ ਹੋਣ ਦੀ ਤਾਰੀਖ਼
report-order-ends = ਸਮਾਪਤੀ
report-order-condition = ਸ਼ਰਤ { $number }
report-order-note = ਨੋਟ

## The report: its last section, how to check it

report-checking = ਇਸ ਰਿਪੋਰਟ ਦੀ ਜਾਂਚ
# $count is the number of entries in the whole log.
report-chain-intact = ਜਦੋਂ ਇਹ ਰਿਪੋਰਟ ਬਣਾਈ ਗਈ, ਤਾਂ ਐਪ ਨੇ ਪੂਰੇ ਰਿਕਾਰਡ ਦੀ ਹਰ ਐਂਟਰੀ ਦੀ ਦੁਬਾਰਾ ਜਾਂਚ ਕੀਤੀ ({ $count } ਐਂਟਰੀਆਂ, ਉਹਨਾਂ ਸਮੇਤ ਜੋ ਇਸ ਰਿਪੋਰਟ ਵਿੱਚ ਨਹੀਂ ਹਨ): ਹਰ ਹੈਸ਼, ਕੜੀ ਅਤੇ ਦਸਤਖ਼ਤ ਸਹੀ ਪਾਏ ਗਏ।
# $position is a number; $problem is one of the chain-break- messages (at the end of this file).
report-chain-broken = ਜਦੋਂ ਇਹ ਰਿਪੋਰਟ ਬਣਾਈ ਗਈ, ਤਾਂ ਐਪ ਨੇ ਪੂਰੇ ਰਿਕਾਰਡ ਦੀ ਦੁਬਾਰਾ ਜਾਂਚ ਕੀਤੀ ਅਤੇ ਚੇਨ ਵਿੱਚ ਸਥਾਨ { $position } 'ਤੇ ਇੱਕ ਸਮੱਸਿਆ ਪਾਈ: { $problem }। ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਉਸ ਸਥਾਨ ਤੋਂ ਅੱਗੇ ਦੀਆਂ ਐਂਟਰੀਆਂ ਐਪ ਤੋਂ ਬਾਹਰ ਖ਼ਰਾਬ ਹੋਈਆਂ ਹੋਣ ਜਾਂ ਬਦਲੀਆਂ ਗਈਆਂ ਹੋਣ।
# The chain head is the hash of the newest entry in the whole log.
report-chain-head-position = ਚੇਨ ਦੇ ਸਿਰੇ ਦਾ ਸਥਾਨ
report-chain-head-hash = ਚੇਨ ਦੇ ਸਿਰੇ ਦਾ SHA-256
report-chain-head = ਚੇਨ ਦਾ ਸਿਰਾ
report-signing-key = ਦਸਤਖ਼ਤ ਕੁੰਜੀ (ed25519)
report-how-chain-works = ਚੇਨ ਕਿਵੇਂ ਕੰਮ ਕਰਦੀ ਹੈ
report-chain-encoding = ਹਰ ਐਂਟਰੀ ਦੇ ਹਰ ਵਰਜ਼ਨ ਨੂੰ ਇੱਕ ਨਿਸ਼ਚਿਤ ਢੰਗ ਨਾਲ ਐਨਕੋਡ ਕੀਤਾ ਜਾਂਦਾ ਹੈ (ਜਿਸ ਦਾ ਵੇਰਵਾ ਐਪ ਦੇ ਨਾਲ ਦਿੱਤਾ ਗਿਆ ਹੈ) ਅਤੇ SHA-256 ਨਾਲ ਹੈਸ਼ ਕੀਤਾ ਜਾਂਦਾ ਹੈ। ਐਨਕੋਡਿੰਗ ਵਿੱਚ ਉਸ ਤੋਂ ਪਹਿਲਾਂ ਵਾਲੀ ਐਂਟਰੀ ਦਾ ਹੈਸ਼ ਸ਼ਾਮਲ ਹੁੰਦਾ ਹੈ, ਇਸ ਲਈ ਹਰ ਹੈਸ਼ ਉਸ ਤੋਂ ਪਹਿਲਾਂ ਲਿਖੀ ਗਈ ਹਰ ਚੀਜ਼ 'ਤੇ ਨਿਰਭਰ ਕਰਦਾ ਹੈ। ਕਿਸੇ ਵੀ ਪਹਿਲਾਂ ਵਾਲੀ ਐਂਟਰੀ ਨੂੰ ਬਦਲਣ, ਹਟਾਉਣ ਜਾਂ ਉਸ ਦਾ ਕ੍ਰਮ ਬਦਲਣ ਨਾਲ ਉਸ ਤੋਂ ਬਾਅਦ ਦਾ ਹਰ ਹੈਸ਼ ਬਦਲ ਜਾਂਦਾ ਹੈ।
report-chain-head-note = ਉੱਪਰ ਦਿੱਤਾ ਚੇਨ ਦਾ ਸਿਰਾ ਇਹ ਰਿਪੋਰਟ ਬਣਾਏ ਜਾਣ ਵੇਲੇ ਪੂਰੇ ਰਿਕਾਰਡ ਦੀ ਸਭ ਤੋਂ ਨਵੀਂ ਐਂਟਰੀ ਦਾ ਹੈਸ਼ ਹੈ। ਇਸ ਨੂੰ ਨੋਟ ਕਰਕੇ ਰੱਖੋ, ਜਾਂ ਇਹ ਰਿਪੋਰਟ ਪ੍ਰਾਪਤ ਕਰਨ ਵਾਲੇ ਵਿਅਕਤੀ ਨੂੰ ਅਜਿਹਾ ਕਰਨ ਲਈ ਕਹੋ। ਬਾਅਦ ਦੀ ਕੋਈ ਰਿਪੋਰਟ, ਜਿਸ ਦੀ ਚੇਨ ਵਿੱਚ ਇਹ ਸਿਰਾ ਅਜੇ ਵੀ ਉਸੇ ਸਥਾਨ 'ਤੇ ਮੌਜੂਦ ਹੋਵੇ, ਇਹ ਦਿਖਾਉਂਦੀ ਹੈ ਕਿ ਇਸ ਤੋਂ ਪਹਿਲਾਂ ਲਿਖਿਆ ਗਿਆ ਕੁਝ ਵੀ ਉਦੋਂ ਤੋਂ ਬਦਲਿਆ ਜਾਂ ਹਟਾਇਆ ਨਹੀਂ ਗਿਆ।
report-chain-signed = ਹਰ ਐਂਟਰੀ ਉੱਤੇ ਉੱਪਰ ਦਿੱਤੀ ਦਸਤਖ਼ਤ ਕੁੰਜੀ ਨਾਲ ਦਸਤਖ਼ਤ ਵੀ ਕੀਤੇ ਜਾਂਦੇ ਹਨ, ਜਿਸ ਤੋਂ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਐਪ ਦੀ ਉਸੇ ਕਾਪੀ ਵਿੱਚ ਲਿਖੀ ਗਈ ਸੀ।
# Keep each command as it is; FILE stands for the file's name and may be translated.
report-chain-check-file = ਕਿਸੇ ਨੱਥੀ ਫ਼ਾਈਲ ਦੀ ਜਾਂਚ ਕਰਨ ਲਈ, ਉਸ ਦਾ SHA-256 ਕੱਢੋ ਅਤੇ ਸੂਚੀ ਵਿੱਚ ਦਿੱਤੇ SHA-256 ਨਾਲ ਮਿਲਾਓ: Windows 'ਤੇ, certutil -hashfile ਫ਼ਾਈਲ SHA256; macOS 'ਤੇ, shasum -a 256 ਫ਼ਾਈਲ; Linux 'ਤੇ, sha256sum ਫ਼ਾਈਲ।
report-chain-export = ਐਪ ਤੋਂ ਕੀਤੀ ਗਈ ਮਸ਼ੀਨ-ਪੜ੍ਹਨਯੋਗ ਐਕਸਪੋਰਟ ਵਿੱਚ ਹਰ ਖ਼ਾਨਾ, ਹੈਸ਼ ਅਤੇ ਦਸਤਖ਼ਤ ਸ਼ਾਮਲ ਹਨ, ਇਸ ਲਈ ਚੇਨ ਦੀ ਸੁਤੰਤਰ ਤੌਰ 'ਤੇ ਦੁਬਾਰਾ ਗਣਨਾ ਕੀਤੀ ਜਾ ਸਕਦੀ ਹੈ।

## The report: "The entries together", the page that counts and quotes the entries before they
## are given one by one. It describes and counts; it never judges or names an offence.

conduct-heading = ਸਾਰੀਆਂ ਐਂਟਰੀਆਂ ਇਕੱਠੀਆਂ
# $table is the name of the table of all incidents (report-all-in-order).
conduct-intro = ਇਹ ਪੰਨਾ ਅੱਗੇ ਦਿੱਤੀਆਂ ਐਂਟਰੀਆਂ ਵਿੱਚ ਵਿਅਕਤੀ ਵੱਲੋਂ ਲਿਖੀਆਂ ਗੱਲਾਂ ਨੂੰ ਗਿਣਦਾ ਹੈ ਅਤੇ ਉਹਨਾਂ ਦੇ ਸ਼ਬਦ ਹੂਬਹੂ ਦਿੰਦਾ ਹੈ। ਹੂਬਹੂ ਦਿੱਤੇ ਹਰ ਹਿੱਸੇ ਨਾਲ ਸਾਰਣੀ “{ $table }” ਵਿੱਚ ਉਸ ਐਂਟਰੀ ਦਾ ਨੰਬਰ ਦਿੱਤਾ ਗਿਆ ਹੈ।
# A number of incidents, used in conduct-summary and beside each behaviour marker.
conduct-incidents =
    { $count ->
        [one] { $count } ਘਟਨਾ
       *[other] { $count } ਘਟਨਾਵਾਂ
    }
conduct-days =
    { $count ->
        [one] { $count } ਦਿਨ
       *[other] { $count } ਦਿਨਾਂ
    }
conduct-weeks =
    { $count ->
        [one] { $count } ਹਫ਼ਤੇ
       *[other] { $count } ਹਫ਼ਤਿਆਂ
    }
# "4 incidents over 10 days, between 3 Oct 2026 and 12 Oct 2026.": $incidents is a
# conduct-incidents message, $span a conduct-days or conduct-weeks one, $first and $last days.
conduct-summary = { $first } ਅਤੇ { $last } ਦੇ ਵਿਚਕਾਰ, { $span } ਦੇ ਅਰਸੇ ਵਿੱਚ { $incidents }।
# The same when the days are not known.
conduct-summary-undated = { $span } ਦੇ ਅਰਸੇ ਵਿੱਚ { $incidents }।
# Beside the first and the latest incident.
conduct-first = ਪਹਿਲੀ
conduct-latest = ਸਭ ਤੋਂ ਤਾਜ਼ਾ
# "3 Oct 2026, Following (entry 1)": the day, the type of incident, and its number in the table.
conduct-entry-day = { $date }, { $kind } (ਐਂਟਰੀ { $entry })
conduct-by-type = ਕਿਸਮ ਅਨੁਸਾਰ
conduct-column-type = ਘਟਨਾ ਦੀ ਕਿਸਮ
conduct-column-number = ਗਿਣਤੀ
conduct-behaviour = ਨਿਸ਼ਾਨ ਲਗਾਏ ਵਿਹਾਰ
# Use the same four words as the behaviour- messages.
conduct-behaviour-intro = ਵਿਅਕਤੀ ਨੇ ਹਰ ਘਟਨਾ 'ਤੇ ਚਾਰ ਵਿਹਾਰਾਂ (ਟਿਕਿਆ ਧਿਆਨ, ਜਨੂੰਨ, ਅਣਚਾਹਿਆ, ਵਾਰ-ਵਾਰ) ਵਿੱਚੋਂ ਕੋਈ ਵੀ ਨਿਸ਼ਾਨ ਲਗਾਏ। ਹਰ ਵਿਹਾਰ ਲਈ, ਇਸ ਤਰ੍ਹਾਂ ਨਿਸ਼ਾਨ ਲੱਗੀ ਪਹਿਲੀ ਅਤੇ ਸਭ ਤੋਂ ਤਾਜ਼ਾ ਘਟਨਾ ਦੇ ਸ਼ਬਦ ਹੂਬਹੂ ਦਿੱਤੇ ਗਏ ਹਨ।
# The person's own words ($quote), the day, and the entry's number. Use your language's quotation marks.
conduct-quote = “{ $quote }” ({ $date }, ਐਂਟਰੀ { $entry })
conduct-effects = ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ 'ਤੇ ਅਸਰ
conduct-effects-intro =
    ਵਿਅਕਤੀ ਨੇ { $count ->
        [one] { $count } ਐਂਟਰੀ
       *[other] { $count } ਐਂਟਰੀਆਂ
    } ਵਿੱਚ ਆਪਣੀ ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ 'ਤੇ ਪਏ ਅਸਰ ਬਾਰੇ ਲਿਖਿਆ:
# After the entries quoted: how many more there are.
conduct-effects-more =
    { $count ->
        [one] { $count } ਹੋਰ ਐਂਟਰੀ
       *[other] { $count } ਹੋਰ ਐਂਟਰੀਆਂ
    }, ਹਰ ਇੱਕ ਆਪਣੀ ਘਟਨਾ ਦੇ ਨਾਲ ਪੂਰੀ ਦਿੱਤੀ ਗਈ ਹੈ।
conduct-breaches = ਉਲੰਘਣਾ ਵਜੋਂ ਦਰਜ ਸ਼ਰਤਾਂ
conduct-breaches-intro = ਵਿਅਕਤੀ ਨੇ ਇਹਨਾਂ ਐਂਟਰੀਆਂ ਨੂੰ ਕਿਸੇ ਹੁਕਮ ਦੀ ਸ਼ਰਤ ਦੀ ਉਲੰਘਣਾ ਵਜੋਂ ਦਰਜ ਕੀਤਾ:
# One entry marked as breaching a condition: its number in the table and its day.
conduct-breach-entry = ਐਂਟਰੀ { $entry } ({ $date })
# The same, for an entry dated before the order was made.
conduct-breach-entry-before = ਐਂਟਰੀ { $entry } ({ $date }, ਹੁਕਮ ਜਾਰੀ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ)
# The same, for an entry dated after the order ended.
conduct-breach-entry-after = ਐਂਟਰੀ { $entry } ({ $date }, ਹੁਕਮ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ)
# A condition (as the entries recorded it), how many entries were marked as breaching it, and
# those entries (conduct-breach-entry messages, separated by report-list-separator).
conduct-breach =
    { $condition }: { $count ->
        [one] { $count } ਐਂਟਰੀ
       *[other] { $count } ਐਂਟਰੀਆਂ
    }: { $entries }।
# The same when only the first entries are listed: $more is how many more there are.
conduct-breach-more =
    { $condition }: { $count ->
        [one] { $count } ਐਂਟਰੀ
       *[other] { $count } ਐਂਟਰੀਆਂ
    }: { $entries } ਅਤੇ { $more } ਹੋਰ।

## The report: risk screenings the person chose. DASH (SafeLives) and S-DASH are the published
## UK checklists; a MARAC is the meeting of agencies that plans for someone at high risk; an
## advocate is the person's domestic abuse or stalking caseworker (IDVA). Keep those names.

screening-heading = ਖ਼ਤਰੇ ਦੀਆਂ ਜਾਂਚਾਂ, ਇੱਕ-ਇੱਕ ਕਰਕੇ ਚੁਣੀਆਂ ਗਈਆਂ
screening-intro = ਹਰ ਜਾਂਚ ਉਸੇ ਤਰ੍ਹਾਂ ਰੱਖੀ ਗਈ ਹੈ ਜਿਵੇਂ ਉਸ ਦੇ ਜਵਾਬ ਦਿੱਤੇ ਗਏ ਸਨ, ਉਸ ਦਿਨ ਸਮੇਤ ਜਦੋਂ ਇਹ ਕੀਤੀ ਗਈ ਸੀ। ਸਵਾਲ ਐਪ ਦੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਹਨ; ਹਰ ਸਵਾਲ ਦੇ ਨਾਲ ਦਿੱਤਾ ਨੰਬਰ ਪ੍ਰਕਾਸ਼ਿਤ ਚੈੱਕਲਿਸਟ ਦੇ ਉਸ ਸਵਾਲ ਦਾ ਹੈ ਜਿਸ ਨਾਲ ਇਹ ਮੇਲ ਖਾਂਦਾ ਹੈ (SafeLives DASH ਖ਼ਤਰੇ ਦੀ ਪਛਾਣ ਵਾਲੀ ਚੈੱਕਲਿਸਟ, 24 ਸਵਾਲ, ਜਾਂ ਸਟਾਕਿੰਗ ਲਈ S-DASH, 11 ਸਵਾਲ)।
screening-instrument-domestic-abuse = ਘਰੇਲੂ ਦੁਰਵਿਹਾਰ ਦੀ ਜਾਂਚ (DASH ਦੇ ਹਿੱਸੇ)
screening-instrument-stalking = ਪਿੱਛਾ ਕਰਨ (ਸਟਾਕਿੰਗ) ਦੀ ਜਾਂਚ (S-DASH ਦੇ ਹਿੱਸੇ)
# A screening answered with the app's first set of questions, no longer asked.
screening-instrument-earlier = ਖ਼ਤਰੇ ਦੀ ਜਾਂਚ (ਐਪ ਦੇ ਪਹਿਲਾਂ ਵਾਲੇ ਸਵਾਲ)
# $screening is one of the screening-instrument- messages, $date a day.
screening-done = { $screening }, { $date } ਨੂੰ ਕੀਤੀ ਗਈ
screening-completed-by = ਕਿਸ ਨੇ ਪੂਰੀ ਕੀਤੀ
screening-by-alone = ਵਿਅਕਤੀ ਨੇ, ਖ਼ੁਦ ਇਕੱਲਿਆਂ
screening-by-advocate = ਵਿਅਕਤੀ ਨੇ, ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨਾਲ
# $advocate is the advocate's name (and role), as written.
screening-by-named-advocate = ਵਿਅਕਤੀ ਨੇ, ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ, { $advocate }, ਨਾਲ
screening-yes-answers = “ਹਾਂ” ਵਾਲੇ ਜਵਾਬ
# $yes, $questions and $answered are numbers.
screening-yes-count = { $questions } ਸਵਾਲਾਂ ਵਿੱਚੋਂ { $yes } ({ $answered } ਦੇ ਜਵਾਬ ਦਿੱਤੇ ਗਏ)
screening-threshold = MARAC ਰੈਫ਼ਰਲ ਲਈ ਗਿਣਤੀ
# $count is the number of "yes" answers that means a referral to a MARAC.
screening-threshold-reached = { $count } ਜਾਂ ਵੱਧ “ਹਾਂ” ਜਵਾਬ: ਪੂਰੀ ਹੋਈ
screening-threshold-not-reached = { $count } ਜਾਂ ਵੱਧ “ਹਾਂ” ਜਵਾਬ: ਪੂਰੀ ਨਹੀਂ ਹੋਈ
screening-level = ਦਰਜਾ
# Levels of the app's earlier questions.
screening-level-fewer = ਘੱਟ ਚਿੰਤਾਵਾਂ
screening-level-some = ਕੁਝ ਚਿੰਤਾਵਾਂ
screening-level-serious = ਗੰਭੀਰ ਚਿੰਤਾਵਾਂ
# Levels of risk, as used with DASH: standard, medium, high.
screening-level-ungraded = ਦਰਜਾ ਨਹੀਂ ਦਿੱਤਾ (ਗਿਣਤੀ ਤੋਂ ਘੱਟ, ਕੋਈ ਰਾਇ ਦਰਜ ਨਹੀਂ)
screening-level-standard = ਮਿਆਰੀ
screening-level-medium = ਦਰਮਿਆਨਾ
screening-level-high = ਉੱਚਾ
screening-judgement = ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਦੀ ਰਾਇ
# $level is a screening-level- message.
screening-judgement-refers = { $level }; ਰਾਇ ਦੇ ਆਧਾਰ 'ਤੇ MARAC ਕੋਲ ਰੈਫ਼ਰਲ
screening-reason = ਦੱਸਿਆ ਗਿਆ ਕਾਰਨ
screening-escalation = ਵਧਦੀ ਗੰਭੀਰਤਾ
screening-escalation-noted = ਪਿਛਲੇ 12 ਮਹੀਨਿਆਂ ਵਿੱਚ ਤਿੰਨ ਜਾਂ ਵੱਧ ਘਟਨਾਵਾਂ, ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਵੱਲੋਂ ਦਰਜ
screening-marac-criteria = MARAC ਦੀਆਂ ਸ਼ਰਤਾਂ ਪੂਰੀਆਂ ਹੋਈਆਂ
# The reasons for a MARAC referral, listed after one another (the first is given a capital).
screening-marac-count = ਗਿਣਤੀ
screening-marac-judgement = ਪੇਸ਼ੇਵਰ ਰਾਇ
screening-marac-escalation = ਵਧਦੀ ਗੰਭੀਰਤਾ
screening-referred = MARAC ਕੋਲ ਭੇਜਿਆ ਗਿਆ
screening-review = ਅਗਲੀ ਸਮੀਖਿਆ
screening-note = ਨੋਟ
# Column headers of the table of questions: the number of the question on the published form.
screening-column-dash = DASH ਨੰ.
screening-column-sdash = S-DASH ਨੰ.
screening-column-question = ਸਵਾਲ (ਐਪ ਦੇ ਸ਼ਬਦ)
screening-column-answer = ਜਵਾਬ
screening-answer-yes = ਹਾਂ
screening-answer-no = ਨਹੀਂ
screening-answer-not-known = ਪਤਾ ਨਹੀਂ
screening-answer-none = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ

## The questions of the domestic abuse screening, each covering the question of the DASH
## checklist with the same number (the app's own wording). The screen asks the same questions
## (ui/locales/*/risk.ftl, as risk-q-…): say them in the same words.

screening-question-da-injury = ਕੀ ਪਿਛਲੀ ਵਾਰ ਜਦੋਂ ਕੁਝ ਹੋਇਆ ਸੀ ਤਾਂ ਤੁਹਾਨੂੰ ਸੱਟ ਲੱਗੀ ਸੀ?
screening-question-da-frightened = ਕੀ ਤੁਹਾਨੂੰ ਬਹੁਤ ਡਰ ਲੱਗਦਾ ਹੈ?
screening-question-da-afraid-of = ਕੀ ਤੁਹਾਨੂੰ ਡਰ ਹੈ ਕਿ ਉਹ ਤੁਹਾਨੂੰ ਦੁਬਾਰਾ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣਗੇ, ਜਾਂ ਇਸ ਤੋਂ ਵੀ ਬੁਰਾ ਕੁਝ ਕਰਨਗੇ?
screening-question-da-isolated = ਕੀ ਉਹ ਤੁਹਾਨੂੰ ਪਰਿਵਾਰ, ਦੋਸਤਾਂ, ਤੁਹਾਡੇ ਡਾਕਟਰ ਜਾਂ ਹੋਰ ਲੋਕਾਂ ਤੋਂ ਦੂਰ ਰੱਖਦੇ ਹਨ?
screening-question-da-low-mood = ਕੀ ਤੁਹਾਡਾ ਮਨ ਬਹੁਤ ਉਦਾਸ ਰਿਹਾ ਹੈ, ਜਾਂ ਤੁਹਾਨੂੰ ਆਪਣੀ ਜਾਨ ਲੈਣ ਦੇ ਖ਼ਿਆਲ ਆਏ ਹਨ?
screening-question-da-separation = ਕੀ ਪਿਛਲੇ ਇੱਕ ਸਾਲ ਵਿੱਚ ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਛੱਡਿਆ ਹੈ, ਜਾਂ ਛੱਡਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ ਹੈ?
screening-question-da-child-contact = ਕੀ ਬੱਚਿਆਂ ਨੂੰ ਮਿਲਣ ਦੇ ਮਾਮਲੇ ਨੂੰ ਲੈ ਕੇ ਉਹਨਾਂ ਨਾਲ ਝਗੜਾ ਹੈ?
screening-question-da-stalking = ਕੀ ਉਹ ਵਾਰ-ਵਾਰ ਤੁਹਾਨੂੰ ਸੁਨੇਹੇ ਭੇਜਦੇ, ਫ਼ੋਨ ਕਰਦੇ, ਤੁਹਾਡਾ ਪਿੱਛਾ ਕਰਦੇ ਜਾਂ ਤੁਹਾਡੇ 'ਤੇ ਨਜ਼ਰ ਰੱਖਦੇ ਹਨ?
screening-question-da-pregnancy = ਕੀ ਤੁਸੀਂ ਗਰਭਵਤੀ ਹੋ, ਜਾਂ ਪਿਛਲੇ 18 ਮਹੀਨਿਆਂ ਵਿੱਚ ਤੁਹਾਡੇ ਬੱਚਾ ਹੋਇਆ ਹੈ?
screening-question-da-more-often = ਕੀ ਇਹ ਪਹਿਲਾਂ ਨਾਲੋਂ ਜ਼ਿਆਦਾ ਵਾਰ ਹੋ ਰਿਹਾ ਹੈ?
screening-question-da-worse = ਕੀ ਇਹ ਹੋਰ ਬੁਰਾ ਹੁੰਦਾ ਜਾ ਰਿਹਾ ਹੈ?
screening-question-da-control = ਕੀ ਉਹ ਤੁਹਾਡੇ ਕੰਮਾਂ ਨੂੰ ਕਾਬੂ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਦੇ ਹਨ, ਜਾਂ ਬਹੁਤ ਈਰਖਾ ਕਰਦੇ ਹਨ?
screening-question-da-weapon = ਕੀ ਉਹਨਾਂ ਨੇ ਕਦੇ ਕਿਸੇ ਹਥਿਆਰ ਜਾਂ ਕਿਸੇ ਚੀਜ਼ ਨਾਲ ਤੁਹਾਨੂੰ ਸੱਟ ਮਾਰੀ ਹੈ?
screening-question-da-threat-to-kill = ਕੀ ਉਹਨਾਂ ਨੇ ਕਦੇ ਤੁਹਾਨੂੰ ਜਾਂ ਕਿਸੇ ਹੋਰ ਨੂੰ ਜਾਨੋਂ ਮਾਰਨ ਦੀ ਧਮਕੀ ਦਿੱਤੀ ਹੈ, ਅਤੇ ਤੁਹਾਨੂੰ ਉਹਨਾਂ ਦੀ ਗੱਲ 'ਤੇ ਯਕੀਨ ਆਇਆ?
screening-question-da-strangling = ਕੀ ਉਹਨਾਂ ਨੇ ਕਦੇ ਤੁਹਾਡਾ ਗਲਾ ਘੁੱਟਣ, ਗਲਾ ਦਬਾਉਣ, ਸਾਹ ਰੋਕਣ ਜਾਂ ਤੁਹਾਨੂੰ ਡੁਬੋਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ ਹੈ?
screening-question-da-sexual = ਕੀ ਉਹ ਅਜਿਹੀਆਂ ਜਿਨਸੀ ਹਰਕਤਾਂ ਕਰਦੇ ਜਾਂ ਗੱਲਾਂ ਕਹਿੰਦੇ ਹਨ ਜਿਨ੍ਹਾਂ ਨਾਲ ਤੁਹਾਨੂੰ ਦੁੱਖ ਪਹੁੰਚਦਾ ਹੈ ਜਾਂ ਬੁਰਾ ਮਹਿਸੂਸ ਹੁੰਦਾ ਹੈ, ਜਾਂ ਕਿਸੇ ਹੋਰ ਨਾਲ ਅਜਿਹਾ ਕਰਦੇ ਹਨ?
screening-question-da-other-threat = ਕੀ ਕੋਈ ਹੋਰ ਵੀ ਹੈ ਜਿਸ ਨੇ ਤੁਹਾਨੂੰ ਧਮਕੀ ਦਿੱਤੀ ਹੋਵੇ, ਜਾਂ ਜਿਸ ਤੋਂ ਤੁਹਾਨੂੰ ਡਰ ਲੱਗਦਾ ਹੋਵੇ?
screening-question-da-hurt-others = ਕੀ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਉਹਨਾਂ ਨੇ ਕਿਸੇ ਹੋਰ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ ਹੈ, ਜਿਵੇਂ ਬੱਚਿਆਂ, ਕਿਸੇ ਰਿਸ਼ਤੇਦਾਰ ਜਾਂ ਸਾਬਕਾ ਸਾਥੀ ਨੂੰ?
screening-question-da-animals = ਕੀ ਉਹਨਾਂ ਨੇ ਕਦੇ ਕਿਸੇ ਜਾਨਵਰ ਜਾਂ ਪਾਲਤੂ ਜਾਨਵਰ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ ਹੈ ਜਾਂ ਉਸ ਨਾਲ ਬੁਰਾ ਸਲੂਕ ਕੀਤਾ ਹੈ?
screening-question-da-money = ਕੀ ਪੈਸਿਆਂ ਦੀਆਂ ਮੁਸ਼ਕਲਾਂ ਹਨ, ਜਿਵੇਂ ਪੈਸਿਆਂ ਲਈ ਉਹਨਾਂ 'ਤੇ ਨਿਰਭਰ ਹੋਣਾ, ਜਾਂ ਉਹਨਾਂ ਦੀ ਨੌਕਰੀ ਚਲੀ ਜਾਣਾ?
screening-question-da-their-problems = ਕੀ ਪਿਛਲੇ ਇੱਕ ਸਾਲ ਵਿੱਚ ਸ਼ਰਾਬ, ਨਸ਼ਿਆਂ ਜਾਂ ਉਹਨਾਂ ਦੀ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਰਨ ਉਹਨਾਂ ਲਈ ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ ਔਖੀ ਰਹੀ ਹੈ?
screening-question-da-their-suicide = ਕੀ ਉਹਨਾਂ ਨੇ ਕਦੇ ਆਪਣੀ ਜਾਨ ਲੈਣ ਦੀ ਧਮਕੀ ਦਿੱਤੀ ਹੈ ਜਾਂ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ ਹੈ?
screening-question-da-broken-terms = ਕੀ ਉਹਨਾਂ ਨੇ ਕਦੇ ਜ਼ਮਾਨਤ ਦੀਆਂ ਸ਼ਰਤਾਂ (bail), ਅਦਾਲਤੀ ਹੁਕਮ (court order), ਜਾਂ ਤੁਹਾਨੂੰ ਜਾਂ ਬੱਚਿਆਂ ਨੂੰ ਮਿਲਣ ਬਾਰੇ ਕੋਈ ਸਮਝੌਤਾ ਤੋੜਿਆ ਹੈ?
screening-question-da-police = ਕੀ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਉਹ ਪੁਲਿਸ ਨਾਲ ਕਿਸੇ ਮੁਸੀਬਤ ਵਿੱਚ ਰਹੇ ਹਨ, ਜਾਂ ਉਹਨਾਂ ਦਾ ਅਪਰਾਧਿਕ ਰਿਕਾਰਡ ਹੈ?

## The questions of the stalking screening, each covering the question of the S-DASH with the
## same number (the app's own wording; the screen asks them too, as risk-q-…).

screening-question-st-frightened = ਕੀ ਤੁਹਾਨੂੰ ਬਹੁਤ ਡਰ ਲੱਗਦਾ ਹੈ?
screening-question-st-history = ਕੀ ਇਹ ਸਭ ਸ਼ੁਰੂ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਉਹਨਾਂ ਨੇ ਤੁਹਾਡੇ ਨਾਲ ਜਾਂ ਕਿਸੇ ਹੋਰ ਨਾਲ ਬਦਸਲੂਕੀ ਕੀਤੀ ਸੀ ਜਾਂ ਪਰੇਸ਼ਾਨ ਕੀਤਾ ਸੀ?
screening-question-st-damage = ਕੀ ਉਹਨਾਂ ਨੇ ਤੁਹਾਡੀ ਕਿਸੇ ਚੀਜ਼ ਦਾ ਨੁਕਸਾਨ ਕੀਤਾ ਹੈ ਜਾਂ ਉਸ ਨੂੰ ਤਬਾਹ ਕੀਤਾ ਹੈ?
screening-question-st-turns-up = ਕੀ ਉਹ ਬਿਨਾਂ ਬੁਲਾਏ, ਹਫ਼ਤੇ ਵਿੱਚ ਤਿੰਨ ਵਾਰ ਤੋਂ ਵੱਧ, ਉੱਥੇ ਆ ਜਾਂਦੇ ਹਨ ਜਿੱਥੇ ਤੁਸੀਂ ਮੌਜੂਦ ਹੋ?
screening-question-st-follows = ਕੀ ਉਹਨਾਂ ਨੇ ਤੁਹਾਡਾ ਪਿੱਛਾ ਕੀਤਾ ਹੈ, ਜਾਂ ਤੁਹਾਡੇ ਆਲੇ-ਦੁਆਲੇ ਘੁੰਮਦੇ ਰਹੇ ਹਨ?
screening-question-st-threats = ਕੀ ਉਹਨਾਂ ਨੇ ਤੁਹਾਨੂੰ ਸਰੀਰਕ ਜਾਂ ਜਿਨਸੀ ਤੌਰ 'ਤੇ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਦੀ ਧਮਕੀ ਦਿੱਤੀ ਹੈ?
screening-question-st-third-parties = ਇਹ ਸਭ ਸ਼ੁਰੂ ਹੋਣ ਤੋਂ ਬਾਅਦ, ਕੀ ਉਹਨਾਂ ਨੇ ਤੁਹਾਡੇ ਨੇੜਲੇ ਲੋਕਾਂ (ਪਰਿਵਾਰ, ਬੱਚਿਆਂ, ਦੋਸਤਾਂ, ਸਾਥੀ, ਨਾਲ ਕੰਮ ਕਰਨ ਵਾਲਿਆਂ ਜਾਂ ਗੁਆਂਢੀਆਂ) ਨੂੰ ਪਰੇਸ਼ਾਨ ਕੀਤਾ ਹੈ?
screening-question-st-violent-to-others = ਜਦੋਂ ਤੋਂ ਇਹ ਸਭ ਹੋ ਰਿਹਾ ਹੈ, ਕੀ ਉਹਨਾਂ ਨੇ ਕਿਸੇ ਹੋਰ ਨਾਲ ਹਿੰਸਾ ਕੀਤੀ ਹੈ?
screening-question-st-helpers = ਕੀ ਉਹਨਾਂ ਨੇ ਹੋਰ ਲੋਕਾਂ ਤੋਂ ਆਪਣੀ ਮਦਦ ਕਰਵਾਈ ਹੈ, ਭਾਵੇਂ ਉਹਨਾਂ ਲੋਕਾਂ ਨੂੰ ਇਸ ਦਾ ਪਤਾ ਹੋਵੇ ਜਾਂ ਨਾ?
screening-question-st-drink-drugs = ਕੀ ਇਹ ਗੱਲ ਪਤਾ ਹੈ ਕਿ ਉਹ ਸ਼ਰਾਬ ਜਾਂ ਨਸ਼ਿਆਂ ਦੀ ਗ਼ਲਤ ਵਰਤੋਂ ਕਰਦੇ ਹਨ?
screening-question-st-violent-before = ਕੀ ਉਹ ਪਹਿਲਾਂ ਸਰੀਰਕ ਜਾਂ ਭਾਵਨਾਤਮਕ ਤੌਰ 'ਤੇ ਹਿੰਸਕ ਰਹੇ ਹਨ?

## The app's earlier questions: no longer asked, but screenings answered with them are kept and
## can be put in a report.

screening-question-weekly = ਕੀ ਇਹ ਹਰ ਹਫ਼ਤੇ, ਜਾਂ ਇਸ ਤੋਂ ਵੀ ਵੱਧ ਵਾਰ ਹੋ ਰਿਹਾ ਹੈ?
screening-question-worse = ਕੀ ਹਾਲ ਹੀ ਵਿੱਚ ਇਹ ਜ਼ਿਆਦਾ ਵਾਰ ਹੋਣ ਲੱਗਾ ਹੈ, ਜਾਂ ਜ਼ਿਆਦਾ ਡਰਾਉਣਾ ਹੁੰਦਾ ਜਾ ਰਿਹਾ ਹੈ?
screening-question-long-running = ਕੀ ਇਹ ਕੁਝ ਮਹੀਨਿਆਂ ਤੋਂ ਵੱਧ ਸਮੇਂ ਤੋਂ ਚੱਲ ਰਿਹਾ ਹੈ?
screening-question-threats = ਕੀ ਉਹਨਾਂ ਨੇ ਤੁਹਾਨੂੰ, ਤੁਹਾਡੇ ਬੱਚਿਆਂ ਨੂੰ, ਜਾਂ ਤੁਹਾਡੇ ਕਿਸੇ ਨੇੜਲੇ ਵਿਅਕਤੀ ਨੂੰ ਧਮਕੀ ਦਿੱਤੀ ਹੈ?
screening-question-threat-to-kill = ਕੀ ਉਹਨਾਂ ਨੇ ਤੁਹਾਨੂੰ ਜਾਨੋਂ ਮਾਰਨ ਜਾਂ ਗੰਭੀਰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਦੀ, ਜਾਂ ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਦੀ ਧਮਕੀ ਦਿੱਤੀ ਹੈ?
screening-question-violence = ਕੀ ਉਹਨਾਂ ਨੇ ਕਦੇ ਤੁਹਾਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ ਹੈ, ਜਾਂ ਕਿਸੇ ਹੋਰ ਨਾਲ ਹਿੰਸਾ ਕੀਤੀ ਹੈ?
screening-question-weapon = ਕੀ ਉਹਨਾਂ ਕੋਲ ਕੋਈ ਹਥਿਆਰ ਹੈ, ਜਾਂ ਉਹਨਾਂ ਨੇ ਹਥਿਆਰ ਲੈਣ ਜਾਂ ਵਰਤਣ ਦੀ ਗੱਲ ਕੀਤੀ ਹੈ?
screening-question-third-parties = ਕੀ ਉਹਨਾਂ ਨੇ ਹੋਰ ਲੋਕਾਂ ਰਾਹੀਂ ਆਪਣੀ ਥਾਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਵਾਇਆ, ਤੁਹਾਡੇ 'ਤੇ ਨਜ਼ਰ ਰਖਵਾਈ ਜਾਂ ਤੁਹਾਡਾ ਪਿੱਛਾ ਕਰਵਾਇਆ ਹੈ?
screening-question-turns-up = ਕੀ ਉਹ ਤੁਹਾਡੇ ਘਰ, ਕੰਮ ਦੀ ਥਾਂ, ਸਕੂਲ ਜਾਂ ਉਹਨਾਂ ਥਾਵਾਂ 'ਤੇ ਆ ਪਹੁੰਚੇ ਹਨ ਜਿੱਥੇ ਤੁਹਾਡਾ ਆਉਣਾ-ਜਾਣਾ ਹੈ?
screening-question-damage = ਕੀ ਉਹਨਾਂ ਨੇ ਤੁਹਾਡੀਆਂ ਚੀਜ਼ਾਂ, ਕਾਰ, ਘਰ ਜਾਂ ਡਾਕ ਦਾ ਨੁਕਸਾਨ ਕੀਤਾ ਹੈ ਜਾਂ ਉਹਨਾਂ ਨਾਲ ਛੇੜਛਾੜ ਕੀਤੀ ਹੈ?
screening-question-tracking = ਕੀ ਇੰਝ ਲੱਗਦਾ ਹੈ ਕਿ ਉਹਨਾਂ ਨੂੰ ਪਤਾ ਹੁੰਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ, ਜਾਂ ਉਹ ਤੁਹਾਡੇ ਫ਼ੋਨ ਜਾਂ ਖਾਤਿਆਂ ਤੱਕ ਪਹੁੰਚ ਜਾਂਦੇ ਹਨ?
screening-question-fear = ਕੀ ਤੁਹਾਨੂੰ ਡਰ ਹੈ ਕਿ ਉਹ ਅੱਗੇ ਕੀ ਕਰ ਸਕਦੇ ਹਨ?
screening-question-changed-life = ਕੀ ਉਹਨਾਂ ਕਰਕੇ ਤੁਸੀਂ ਆਪਣਾ ਰੋਜ਼ਾਨਾ ਦਾ ਕੰਮਕਾਜ, ਕੰਮ ਜਾਂ ਘਰ ਬਦਲਿਆ ਹੈ?
screening-question-order-breach = ਕੀ ਉਹਨਾਂ ਨੇ ਕੋਈ ਅਦਾਲਤੀ ਹੁਕਮ (court order), ਜ਼ਮਾਨਤ ਦੀਆਂ ਸ਼ਰਤਾਂ (bail conditions) ਜਾਂ ਪੁਲਿਸ ਦੀ ਚੇਤਾਵਨੀ ਤੋੜੀ ਹੈ?
screening-question-former-partner = ਕੀ ਉਹ ਤੁਹਾਡੇ ਸਾਬਕਾ ਸਾਥੀ ਹਨ?

## The printed plan, for the person alone (not for court). A page left on a printer must not
## say what it is for: never use the word "safety" (or yours for it) here, not even in the title.

# The PDF file's own title.
plan-sheet-title = ਯੋਜਨਾ
plan-sheet-heading = ਮੇਰੀ ਯੋਜਨਾ
# $date is the day it was printed (as date-day).
plan-sheet-made-on = { $date } ਨੂੰ ਬਣਾਈ ਗਈ। ਜਿਸ ਨੂੰ ਵੀ ਇਹ ਪੰਨਾ ਮਿਲੇ, ਉਹ ਇਸ ਨੂੰ ਪੜ੍ਹ ਸਕਦਾ ਹੈ: ਇਸ ਨੂੰ ਕਿਸੇ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੇ ਸਿਰਫ਼ ਤੁਸੀਂ ਜਾਂਦੇ ਹੋ, ਜਾਂ ਕਿਸੇ ਅਜਿਹੇ ਵਿਅਕਤੀ ਕੋਲ ਜਿਸ 'ਤੇ ਤੁਹਾਨੂੰ ਭਰੋਸਾ ਹੈ।
# Where the person is in their situation (a plan-sheet-stage- message beside it).
plan-sheet-stage = ਮੇਰੀ ਮੌਜੂਦਾ ਸਥਿਤੀ
plan-sheet-stage-staying = ਇੱਥੇ ਹੀ ਰਹਿਣਾ
plan-sheet-stage-preparing-to-leave = ਛੱਡ ਕੇ ਜਾਣ ਦੀ ਤਿਆਰੀ
plan-sheet-stage-after-leaving = ਛੱਡ ਕੇ ਜਾਣ ਤੋਂ ਬਾਅਦ
# Beside the day the person means to read the plan again.
plan-sheet-review = ਦੁਬਾਰਾ ਦੇਖਣ ਦੀ ਤਾਰੀਖ਼
# A step of the plan that is done: the step ($step, in the person's words) and the day.
plan-sheet-step-done = { $step } ({ $date } ਨੂੰ ਕੀਤਾ)
plan-sheet-empty = ਯੋਜਨਾ ਵਿੱਚ ਅਜੇ ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ।
plan-sheet-people = ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ 'ਤੇ ਮੈਨੂੰ ਭਰੋਸਾ ਹੈ
plan-sheet-no-people = ਅਜੇ ਕੋਈ ਭਰੋਸੇਯੋਗ ਸੰਪਰਕ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ।
plan-sheet-name = ਨਾਮ
plan-sheet-who = ਉਹ ਮੇਰੇ ਕੀ ਲੱਗਦੇ ਹਨ
plan-sheet-how-to-reach = ਉਹਨਾਂ ਤੱਕ ਕਿਵੇਂ ਪਹੁੰਚਣਾ ਹੈ
# A word agreed with the contact that means "I need help".
plan-sheet-code-word = ਕੋਡ ਸ਼ਬਦ
# How and when the person and the contact check that all is well.
plan-sheet-check-in = ਹਾਲ-ਚਾਲ ਪੁੱਛਣ ਦਾ ਤਰੀਕਾ
# When it is safe to contact the person.
plan-sheet-safe-times = ਸੁਰੱਖਿਅਤ ਸਮੇਂ
plan-sheet-emergency = ਐਮਰਜੈਂਸੀ ਵਿੱਚ
# Said of a contact the person allowed to be called in an emergency.
plan-sheet-may-be-called = ਫ਼ੋਨ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ
# UK numbers: 999 is the emergency number; pressing 55 on a silent 999 call from a mobile is the
# police's "Silent Solution" (keep that name).
plan-sheet-danger = ਜੇ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ: 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਜੇ ਬੋਲ ਨਹੀਂ ਸਕਦੇ, ਤਾਂ ਮੋਬਾਈਲ ਤੋਂ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ, ਸੁਣੋ, ਫਿਰ ਪੁੱਛੇ ਜਾਣ 'ਤੇ 55 ਦਬਾਓ (Silent Solution)।
# At the foot of every page: $made is the day it was printed, $page and $pages are numbers.
plan-sheet-footer = { $made } · { $pages } ਵਿੱਚੋਂ ਪੰਨਾ { $page }

## The README.txt in the machine-readable export (a plain text file). Keep every file name
## (incidents.json, SHA256SUMS, attachments/), field name (the words with underscores) and
## command as it is. The line breaks are kept: break lines at about 80 characters.

bundle-readme-title = ਘਟਨਾਵਾਂ ਦੇ ਰਿਕਾਰਡ ਦੀ ਐਕਸਪੋਰਟ
# Beside the file name incidents.json.
bundle-readme-incidents =
    ਇਸ ਐਕਸਪੋਰਟ ਲਈ ਚੁਣੀ ਗਈ ਹਰ ਘਟਨਾ, ਉਸ ਦੇ ਹਰ ਵਰਜ਼ਨ ਸਮੇਤ (ਸੋਧ ਇੱਕ ਨਵੇਂ ਵਰਜ਼ਨ
    ਵਜੋਂ ਰੱਖੀ ਜਾਂਦੀ ਹੈ; ਪਹਿਲਾਂ ਵਾਲੇ ਵਰਜ਼ਨ ਰੱਖੇ ਜਾਂਦੇ ਹਨ)। ਹਰ ਵਰਜ਼ਨ ਵਿੱਚ
    occurred_at (ਇਹ ਕਦੋਂ ਹੋਇਆ, ਜਿਵੇਂ ਲਿਖਿਆ ਗਿਆ), recorded_at (ਇਹ ਕਦੋਂ ਸੰਭਾਲਿਆ
    ਗਿਆ, ਐਪ ਦੀ ਆਪਣੀ ਘੜੀ ਤੋਂ), ਸਾਰੇ ਖ਼ਾਨੇ, ਉਸ ਦੀਆਂ ਨੱਥੀ ਫ਼ਾਈਲਾਂ, prev_hash, hash
    ਅਤੇ hash ਉੱਤੇ ਇੱਕ ed25519 ਦਸਤਖ਼ਤ ਹੁੰਦੇ ਹਨ।
# Beside the folder name attachments/.
bundle-readme-attachments =
    ਅਸਲ ਫ਼ਾਈਲਾਂ, ਬਾਈਟ-ਦਰ-ਬਾਈਟ। incidents.json ਹਰ ਨੱਥੀ ਫ਼ਾਈਲ ਦੀ id ਨੂੰ ਇੱਥੇ
    ਉਸ ਦੀ ਫ਼ਾਈਲ ਨਾਲ ਜੋੜਦੀ ਹੈ (attachment_files) ਅਤੇ ਉਸ ਦਾ SHA-256 ਦੱਸਦੀ ਹੈ।
# Beside the file name SHA256SUMS.
bundle-readme-sums = ਇਸ ਐਕਸਪੋਰਟ ਦੀ ਹਰ ਹੋਰ ਫ਼ਾਈਲ ਦਾ SHA-256।
bundle-readme-checking-files = ਫ਼ਾਈਲਾਂ ਦੀ ਜਾਂਚ
# After "Windows: ". Keep the command as it is; FILE stands for a file's name and may be
# translated (the same word both times).
bundle-readme-windows = certutil -hashfile ਫ਼ਾਈਲ SHA256   (ਨਤੀਜੇ ਨੂੰ ਫ਼ਾਈਲ ਵਾਲੀ ਲਾਈਨ ਨਾਲ ਮਿਲਾਓ)
bundle-readme-checking-log = ਰਿਕਾਰਡ ਦੀ ਜਾਂਚ
bundle-readme-log =
    ਹਰ ਐਂਟਰੀ ਦਾ ਹਰ ਵਰਜ਼ਨ ਇੱਕੋ SHA-256 ਹੈਸ਼ ਚੇਨ (hash chain) ਦਾ ਹਿੱਸਾ ਹੈ: ਉਸ ਦਾ ਹੈਸ਼
    ਉਸ ਦੇ ਸਾਰੇ ਖ਼ਾਨਿਆਂ ਦੀ ਇੱਕ ਨਿਸ਼ਚਿਤ ਬਾਈਟ ਐਨਕੋਡਿੰਗ, ਉਸ ਦੀਆਂ ਨੱਥੀ ਫ਼ਾਈਲਾਂ ਦੇ ਹੈਸ਼ਾਂ
    ਅਤੇ ਪਿਛਲੀ ਐਂਟਰੀ ਦੇ ਹੈਸ਼ ਤੋਂ ਕੱਢਿਆ ਜਾਂਦਾ ਹੈ (incidents.json ਵਿੱਚ canonical_encoding
    ਇਸ ਬਣਤਰ ਦਾ ਨਾਮ ਦੱਸਦਾ ਹੈ; ਇਸ ਦਾ ਵੇਰਵਾ ਐਪ ਦੇ ਸਰੋਤ-ਕੋਡ ਵਿੱਚ
    crates/store/src/canonical.rs ਵਿੱਚ ਹੈ)। chain_head ਇਹ ਐਕਸਪੋਰਟ ਬਣਾਏ ਜਾਣ ਵੇਲੇ
    ਪੂਰੇ ਰਿਕਾਰਡ ਦੀ ਸਭ ਤੋਂ ਨਵੀਂ ਐਂਟਰੀ ਹੈ; chain_at_export ਦੱਸਦਾ ਹੈ ਕਿ ਕੀ ਉਸ ਪਲ ਐਪ ਨੇ
    ਪੂਰੀ ਚੇਨ ਨੂੰ ਸਹੀ-ਸਲਾਮਤ ਪਾਇਆ ਸੀ। ਬਾਅਦ ਦੀ ਕੋਈ ਐਕਸਪੋਰਟ, ਜਿਸ ਦੀ ਚੇਨ ਵਿੱਚ ਇਹ ਸਿਰਾ
    ਅਜੇ ਵੀ ਉਸੇ ਸਥਾਨ 'ਤੇ ਮੌਜੂਦ ਹੋਵੇ, ਇਹ ਦਿਖਾਉਂਦੀ ਹੈ ਕਿ ਉਸ ਤੋਂ ਪਹਿਲਾਂ ਦਾ ਕੁਝ ਵੀ ਬਦਲਿਆ
    ਜਾਂ ਹਟਾਇਆ ਨਹੀਂ ਗਿਆ।

## The pages of the everyday notebook a second PIN opens. The person may have to open it in front
## of someone who makes them: it must look like anyone's dull notebook. Write pages a person who
## speaks your language in the UK might keep: change a food, a film or a habit to one more usual
## for them where that reads better, but keep each page dull, and never add anything about
## safety, health, worries, money trouble, named people, pets, cars or places the person would
## have to be. Keep the line breaks: each line is a line of the page. { $n } is a number the app
## picks (a different one each time it appears): keep each where your language needs it, and
## write no other digits than the English has.

decoy-shopping-title = ਸੌਦਾ-ਪੱਤਾ
decoy-shopping =
    ਦੁੱਧ
    ਬ੍ਰੈੱਡ
    ਆਂਡੇ
    ਭਾਂਡੇ ਧੋਣ ਵਾਲਾ ਲਿਕੁਇਡ
    ਬਿਨ ਬੈਗ
    ਚਾਹ ਪੱਤੀ
    ਸੇਬ
decoy-big-shop-title = ਰਾਸ਼ਨ
decoy-big-shop =
    ਪਾਸਤਾ x{ $n }
    ਡੱਬੇ ਵਾਲੇ ਟਮਾਟਰ
    ਬਾਸਮਤੀ ਚੌਲ
    ਸੀਰੀਅਲ
    ਟਾਇਲਟ ਰੋਲ
    ਫ਼ਰੋਜ਼ਨ ਮਟਰ
    ਪਨੀਰ
decoy-bin-days-title = ਬਿਨ ਵਾਲੇ ਦਿਨ
decoy-bin-days =
    ਕਾਲਾ ਬਿਨ: ਹਰ ਦੂਜੇ ਮੰਗਲਵਾਰ
    ਰੀਸਾਈਕਲਿੰਗ: ਵੀਰਵਾਰ
    ਗਾਰਡਨ ਵਾਲਾ ਬਿਨ: ਕੁਲੈਕਸ਼ਨ ਦੀਆਂ ਤਾਰੀਖ਼ਾਂ ਦੇਖਣੀਆਂ
decoy-meter-readings-title = ਮੀਟਰ ਰੀਡਿੰਗ
decoy-meter-readings =
    ਬਿਜਲੀ: { $n }{ $n }{ $n }{ $n }
    ਗੈਸ: { $n }{ $n }{ $n }
    ਅਗਲੀ ਵਾਰ ਫ਼ੋਟੋ ਵੀ ਖਿੱਚ ਲੈਣੀ
decoy-recipes-to-try-title = ਬਣਾ ਕੇ ਦੇਖਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ
decoy-recipes-to-try =
    ਮਸਰਾਂ ਦੀ ਦਾਲ ਦਾ ਸੂਪ
    ਬਨਾਨਾ ਬ੍ਰੈੱਡ (ਕਾਲੇ ਹੋਏ ਕੇਲੇ ਵਰਤਣੇ)
    ਸ਼ਿਮਲਾ ਮਿਰਚਾਂ ਤੇ ਪਨੀਰ, ਓਵਨ ਵਿੱਚ ਟਰੇ 'ਤੇ
    ਬਚੀ ਹੋਈ ਪਾਲਕ ਦਾ ਕੁਝ ਬਣਾਉਣਾ
decoy-banana-bread-title = ਬਨਾਨਾ ਬ੍ਰੈੱਡ
decoy-banana-bread =
    3 ਪੱਕੇ ਹੋਏ ਕੇਲੇ
    75g ਪਿਘਲਿਆ ਮੱਖਣ
    150g ਖੰਡ
    1 ਆਂਡਾ
    1 ਛੋਟਾ ਚਮਚ ਵਨੀਲਾ
    1 ਛੋਟਾ ਚਮਚ ਬੇਕਿੰਗ ਸੋਡਾ
    190g ਮੈਦਾ

    175C 'ਤੇ ਲਗਭਗ 50 ਮਿੰਟ
decoy-films-to-watch-title = ਦੇਖਣ ਵਾਲੀਆਂ ਫ਼ਿਲਮਾਂ
decoy-films-to-watch =
    ਪੈਡਿੰਗਟਨ 2
    ਅੰਗਰੇਜ (ਪੰਜਾਬੀ ਵਾਲੀ)
    ਮਧੂ-ਮੱਖੀਆਂ ਬਾਰੇ ਉਹ ਡਾਕੂਮੈਂਟਰੀ
    ਓਲੀਵੀਆ ਕੋਲਮੈਨ ਵਾਲੀ ਕੋਈ ਵੀ ਫ਼ਿਲਮ
decoy-garden-title = ਗਾਰਡਨ
decoy-garden =
    ਚਿੜੀਆਂ ਦੇ ਆਲ੍ਹਣੇ ਪਾਉਣ ਤੋਂ ਪਹਿਲਾਂ ਹੈੱਜ ਛਾਂਗਣੀ
    ਮਾਰਚ ਵਿੱਚ ਟਮਾਟਰ ਤੇ ਮੇਥੀ ਬੀਜਣੀ
    ਕੰਪੋਸਟ ਲੈਣੀ (ਕੋਈ { $n } ਬੋਰੀਆਂ)
    ਗੇਟ ਦੀ ਕੁੰਡੀ ਠੀਕ ਕਰਨੀ
decoy-plants-title = ਬੂਟੇ
decoy-plants =
    ਤੁਲਸੀ ਨੂੰ ਇੱਕ ਦਿਨ ਛੱਡ ਕੇ ਪਾਣੀ
    ਪੀਸ ਲਿਲੀ: ਹਫ਼ਤੇ ਵਿੱਚ ਇੱਕ ਵਾਰ
    ਕੈਕਟਸ: ਇਸ ਨੂੰ ਛੇੜਨਾ ਨਹੀਂ
    ਸਪਾਈਡਰ ਪਲਾਂਟ ਵੱਡੇ ਗਮਲੇ ਵਿੱਚ ਲਾਉਣਾ
decoy-to-do-title = ਕਰਨ ਵਾਲੇ ਕੰਮ
decoy-to-do =
    ਪਾਰਸਲ ਵਾਪਸ ਕਰਨਾ
    ਬਾਇਲਰ ਦੀ ਸਰਵਿਸ ਬੁੱਕ ਕਰਨੀ
    ਪੌੜੀਆਂ ਹੇਠਲੀ ਅਲਮਾਰੀ ਸਾਂਭਣੀ
    ਮੈਗਜ਼ੀਨ ਬੰਦ ਕਰਵਾਉਣਾ
decoy-weekend-title = ਵੀਕਐਂਡ
decoy-weekend =
    ਸ਼ਨੀਵਾਰ: ਸਫ਼ਾਈ, ਮੀਂਹ ਨਾ ਹੋਵੇ ਤਾਂ ਮਾਰਕੀਟ
    ਐਤਵਾਰ: ਰੋਸਟ, ਪਜ਼ਲ ਸ਼ੁਰੂ ਕਰਨੀ
decoy-cleaning-title = ਸਫ਼ਾਈ
decoy-cleaning =
    ਕੇਤਲੀ ਦਾ ਚੂਨਾ ਲਾਹੁਣਾ
    ਓਵਨ (ਸਪਰੇਅ ਲੈਣੀ)
    ਪਰਦੇ ਧੋਣੇ
    ਫ਼ਰੀਜ਼ਰ ਦੀ ਬਰਫ਼ ਲਾਹੁਣੀ
    ਬੈੱਡਾਂ ਥੱਲੇ ਹੂਵਰ ਕਰਨਾ
decoy-wifi-title = ਵਾਈਫ਼ਾਈ
decoy-wifi =
    ਰਾਊਟਰ ਹਾਲ ਵਿੱਚ ਪਿਆ ਚਿੱਟਾ ਡੱਬਾ ਹੈ
    ਜੇ ਟੀਵੀ ਰੁਕ ਜਾਵੇ ਤਾਂ ਬੰਦ ਕਰਕੇ ਫਿਰ ਚਾਲੂ ਕਰਨਾ
    ਜੇ ਦਿਨ ਵਿੱਚ { $n } ਤੋਂ ਵੱਧ ਵਾਰ ਕੱਟ ਜਾਵੇ ਤਾਂ ਉਹਨਾਂ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ
decoy-diy-title = ਘਰ ਦੇ ਛੋਟੇ-ਮੋਟੇ ਕੰਮ
decoy-diy =
    ਰਸੋਈ ਵਿੱਚ ਸ਼ੈਲਫ਼: { $n } ਪੇਚ, ਰਾਲਪਲੱਗ
    ਚੋਂਦੀ ਟੂਟੀ ਠੀਕ ਕਰਨੀ (ਵਾਸ਼ਰ)
    ਹਾਲ ਵਿੱਚ ਪੇਂਟ ਦਾ ਟੱਚ-ਅੱਪ
    ਉੱਪਰ ਪੌੜੀਆਂ ਵਾਲੀ ਥਾਂ ਲਈ ਨਵਾਂ ਬਲਬ
decoy-walks-title = ਸੈਰ
decoy-walks =
    ਨਹਿਰ ਵਾਲਾ ਰਸਤਾ ਤੇ ਵਾਪਸ: ਲਗਭਗ 40 ਮਿੰਟ
    ਪਾਰਕ ਦਾ ਗੇੜਾ
    ਅਪ੍ਰੈਲ ਵਿੱਚ ਬਲੂਬੈੱਲ ਦੇ ਫੁੱਲ
decoy-crossword-words-title = ਕ੍ਰਾਸਵਰਡ ਦੇ ਸ਼ਬਦ
decoy-crossword-words =
    Ennui (ਅਕੇਵਾਂ)
    Oboe (ਇੱਕ ਵਾਜਾ)
    Etui (ਸੂਈਆਂ ਵਾਲੀ ਨਿੱਕੀ ਡੱਬੀ)
    Aloe (ਕਵਾਰ ਗੰਦਲ)
    Erne (ਸਮੁੰਦਰੀ ਉਕਾਬ)
decoy-podcasts-title = ਪੌਡਕਾਸਟ
decoy-podcasts =
    ਪੁਰਾਣੇ ਘਰਾਂ ਵਾਲਾ
    ਇਤਿਹਾਸ ਵਾਲੇ ਐਪੀਸੋਡ
    ਉਹ ਹਾਸੇ-ਮਜ਼ਾਕ ਵਾਲਾ ਪੈਨਲ ਸ਼ੋਅ
decoy-music-title = ਗਾਣੇ
decoy-music =
    ਗਰਮੀਆਂ ਵਾਲੀ ਐਲਬਮ ਲੱਭਣੀ
    ਗੁਰਦਾਸ ਮਾਨ
    ਸਫ਼ਾਈ ਵੇਲੇ ਲਈ ਪਲੇਲਿਸਟ
decoy-gift-ideas-title = ਗਿਫ਼ਟ ਆਈਡੀਏ
decoy-gift-ideas =
    ਵਧੀਆ ਮੋਮਬੱਤੀ
    ਗਾਰਡਨ ਸੈਂਟਰ ਦਾ ਵਾਊਚਰ
    ਜੁਰਾਬਾਂ (ਹਮੇਸ਼ਾ)
    ਦੁਕਾਨ ਦੀ ਖਿੜਕੀ ਵਾਲੀ ਖਾਣਾ ਬਣਾਉਣ ਦੀ ਕਿਤਾਬ
decoy-soup-title = ਸੂਪ
decoy-soup =
    ਪਿਆਜ਼, ਗਾਜਰ, ਸੈਲਰੀ
    ਸਟਾਕ ਕਿਊਬ
    ਮਸਰ ਜਾਂ ਛੋਲਿਆਂ ਦੀ ਦਾਲ
    ਹੌਲੀ ਅੱਗ 'ਤੇ 20 ਮਿੰਟ ਰਿੱਝਣ ਦੇਣਾ
    ਅੱਧਾ ਬਲੈਂਡ ਕਰਨਾ
decoy-sunday-roast-title = ਐਤਵਾਰ ਦਾ ਰੋਸਟ
decoy-sunday-roast =
    ਚਿਕਨ 190C 'ਤੇ, ਹਰ 500g ਲਈ ਲਗਭਗ 20 ਮਿੰਟ, ਉੱਤੋਂ 20 ਹੋਰ
    ਆਲੂ 10 ਮਿੰਟ ਪਹਿਲਾਂ ਉਬਾਲਣੇ
    ਗ੍ਰੇਵੀ ਗ੍ਰੈਨਿਊਲਜ਼
    ਗਾਜਰਾਂ ਤੇ ਮਟਰ
decoy-energy-saving-title = ਬਿਜਲੀ-ਗੈਸ ਦੀ ਬੱਚਤ
decoy-energy-saving =
    ਥਰਮੋਸਟੈਟ ਇੱਕ ਡਿਗਰੀ ਘੱਟ ਕਰਨਾ
    ਪਿਛਲੇ ਦਰਵਾਜ਼ੇ ਹੇਠਾਂ ਹਵਾ ਰੋਕਣ ਵਾਲੀ ਪੱਟੀ
    ਕੱਪੜੇ 30 'ਤੇ ਧੋਣੇ
    ਇਮਰਸ਼ਨ ਲਈ ਟਾਈਮਰ
decoy-fitness-title = ਕਸਰਤ
decoy-fitness =
    { $n } ਹਜ਼ਾਰ ਕਦਮ ਤੁਰਨਾ
    ਸਵੇਰੇ ਸਟ੍ਰੈਚਿੰਗ
    ਮੁਫ਼ਤ ਵਾਲੀ ਯੋਗਾ ਵੀਡੀਓ ਕਰਕੇ ਦੇਖਣੀ
    ਪਾਣੀ ਵੱਧ ਪੀਣਾ
decoy-kitchen-title = ਰਸੋਈ
decoy-kitchen =
    ਨਵਾਂ ਤਵਾ ਲੈਣਾ
    ਚਾਕੂ ਤਿੱਖੇ ਕਰਾਉਣੇ
    ਡੱਬਿਆਂ ਵਾਲੀ ਅਲਮਾਰੀ ਸਾਂਭਣੀ
    ਪੁਰਾਣੇ ਮਸਾਲੇ ਸੁੱਟਣੇ
decoy-clothes-title = ਕੱਪੜੇ
decoy-clothes =
    ਸਰਦੀਆਂ ਵਾਲਾ ਕੋਟ ਡਰਾਈ ਕਲੀਨਰ ਨੂੰ
    ਜੁੱਤੀਆਂ ਦੀਆਂ ਅੱਡੀਆਂ ਬਦਲਵਾਉਣੀਆਂ
    ਚੈਰਿਟੀ ਸ਼ਾਪ ਲਈ ਦਰਾਜ਼ ਵਿੱਚੋਂ ਕੱਪੜੇ ਕੱਢਣੇ
    ਦਸਤਾਨੇ
decoy-knitting-title = ਬੁਣਾਈ
decoy-knitting =
    ਸਰਦੀਆਂ ਲਈ ਮਫ਼ਲਰ: ਸਲੇਟੀ ਉੱਨ ਦੇ { $n } ਗੋਲੇ
    ਸਲਾਈਆਂ ਨੰਬਰ 5
    ਟੋਪੀ ਦਾ ਕੋਈ ਸੌਖਾ ਨਮੂਨਾ ਲੱਭਣਾ
decoy-tea-and-coffee-title = ਚਾਹ ਤੇ ਕੌਫ਼ੀ
decoy-tea-and-coffee =
    ਚਾਹ ਪੱਤੀ ਮੁੱਕਣ ਵਾਲੀ ਹੈ
    ਸ਼ਾਮ ਲਈ ਡੀਕੈਫ਼
    ਪਹਿਲਾਂ ਕੇਤਲੀ ਦਾ ਚੂਨਾ ਲਾਹੁਣਾ
decoy-freezer-title = ਫ਼ਰੀਜ਼ਰ
decoy-freezer =
    ਮਟਰ
    ਦਾਲ x{ $n }
    ਬ੍ਰੈੱਡ (ਕੱਟੀ ਹੋਈ)
    ਫ਼ਰੋਜ਼ਨ ਪਰੌਂਠੇ ਮੁਕਾਉਣੇ
decoy-batteries-title = ਬੈਟਰੀਆਂ
decoy-batteries =
    AA x{ $n } ਰਿਮੋਟ ਤੇ ਘੜੀ ਲਈ
    ਸਮੋਕ ਅਲਾਰਮ: ਹਰ ਮਹੀਨੇ ਟੈਸਟ ਵਾਲਾ ਬਟਨ ਦਬਾਉਣਾ
decoy-pancakes-title = ਪੈਨਕੇਕ
decoy-pancakes =
    100g ਮੈਦਾ
    2 ਆਂਡੇ
    300ml ਦੁੱਧ
    ਚੁਟਕੀ ਭਰ ਲੂਣ
    30 ਮਿੰਟ ਪਿਆ ਰਹਿਣ ਦੇਣਾ
decoy-jigsaw-title = ਜਿਗਸਾ ਪਜ਼ਲ
decoy-jigsaw =
    { $n }00 ਟੁਕੜੇ, ਲਾਈਟਹਾਊਸ ਵਾਲੀ
    ਪਹਿਲਾਂ ਕਿਨਾਰੇ
    ਅਸਮਾਨ ਸਭ ਤੋਂ ਅਖ਼ੀਰ ਵਿੱਚ
decoy-houseplants-to-get-title = ਘਰ ਲਈ ਲੈਣ ਵਾਲੇ ਬੂਟੇ
decoy-houseplants-to-get =
    ਮਨੀ ਪਲਾਂਟ
    ਸਨੇਕ ਪਲਾਂਟ
    ਕੋਈ ਬੂਟਾ ਜੋ ਬਾਥਰੂਮ ਵਿੱਚ ਠੀਕ ਰਹੇ
decoy-spring-clean-title = ਵੱਡੀ ਸਫ਼ਾਈ
decoy-spring-clean =
    ਖਿੜਕੀਆਂ ਅੰਦਰੋਂ ਤੇ ਬਾਹਰੋਂ
    ਫ਼ਰਿੱਜ ਦੀਆਂ ਸ਼ੈਲਫ਼ਾਂ
    ਦਰਵਾਜ਼ਿਆਂ ਦੇ ਹੈਂਡਲ ਤੇ ਸਵਿੱਚ
    ਸੋਫ਼ੇ ਦੀਆਂ ਗੱਦੀਆਂ ਹੇਠਾਂ
decoy-takeaway-menu-title = ਟੇਕਅਵੇ ਮੀਨੂ
decoy-takeaway-menu =
    ਨੰਬਰ { $n }: ਨੂਡਲਜ਼
    ਵਾਧੂ ਚੌਲ
    ਪ੍ਰੌਨ ਕ੍ਰੈਕਰ

## The lists and contacts the app holds when a second PIN opens it as the app with everyday
## things in it (rather than the notebook). As dull as the pages above; Mum may be any relative
## your language would more usually buy a card for.

decoy-list-weekly = ਹਫ਼ਤੇ ਦੇ ਕੰਮ
decoy-list-weekly-bins = ਮੰਗਲਵਾਰ ਰਾਤ ਨੂੰ ਬਿਨ ਬਾਹਰ ਰੱਖਣੇ
decoy-list-weekly-plants = ਬੂਟਿਆਂ ਨੂੰ ਪਾਣੀ ਦੇਣਾ
decoy-list-weekly-meter = ਮੀਟਰ ਰੀਡਿੰਗ
decoy-list-weekly-bed = ਚਾਦਰਾਂ ਬਦਲਣੀਆਂ
decoy-list-shopping = ਸੌਦਾ-ਪੱਤਾ
decoy-list-shopping-milk = ਦੁੱਧ
decoy-list-shopping-bread = ਬ੍ਰੈੱਡ
decoy-list-shopping-washing-up = ਭਾਂਡੇ ਧੋਣ ਵਾਲਾ ਲਿਕੁਇਡ
decoy-list-shopping-card = ਮੰਮੀ ਲਈ ਬਰਥਡੇ ਕਾਰਡ
decoy-contact-dentist = ਡੈਂਟਿਸਟ
decoy-contact-dentist-relationship = ਸਰਜਰੀ ਦੀ ਰਿਸੈਪਸ਼ਨ
decoy-contact-dentist-how = ਅਪੌਇੰਟਮੈਂਟ ਲਈ ਸਵੇਰੇ ਫ਼ੋਨ ਕਰਨਾ
# A first name usual in your language (short, common, either sex).
decoy-contact-friend = ਜੱਸੀ
decoy-contact-friend-relationship = ਬੁੱਕ ਕਲੱਬ
decoy-contact-friend-how = ਆਮ ਤੌਰ 'ਤੇ 6 ਵਜੇ ਤੋਂ ਬਾਅਦ ਵਿਹਲੇ ਹੁੰਦੇ ਨੇ

## The computer's own Open and Save windows, as the app opens them: their titles and the name of
## the kind of file they show. Dull words any program uses.

dialog-save = ਇਸ ਤਰ੍ਹਾਂ ਸੇਵ ਕਰੋ
dialog-open = ਖੋਲ੍ਹੋ
dialog-choose-backup = ਬੈਕਅੱਪ ਚੁਣੋ
dialog-save-backup = ਬੈਕਅੱਪ ਸੇਵ ਕਰੋ
dialog-save-update = ਅੱਪਡੇਟ ਸੇਵ ਕਰੋ
dialog-kind-text-or-zip = ਟੈਕਸਟ ਜਾਂ ਜ਼ਿਪ ਫ਼ਾਈਲਾਂ
dialog-kind-emails = ਫ਼ਾਈਲਾਂ ਵਜੋਂ ਸੇਵ ਕੀਤੀਆਂ ਈਮੇਲਾਂ

## The description of the app's hiding key that the desktop lists among its keyboard shortcuts
## (GNOME or KDE settings). Anyone may read it: it names only the calculator.

shortcut-hide = ਕੈਲਕੁਲੇਟਰ ਲੁਕਾਓ

## In the report's last section (report-chain-broken, as { $problem }): what the app found wrong
## when it re-checked the log. An entry is one saved version of an incident.

chain-break-unreadable = ਇੱਕ ਐਂਟਰੀ ਵਿੱਚ ਅਜਿਹਾ ਮੁੱਲ ਹੈ ਜੋ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ
chain-break-missing = ਇਸ ਐਂਟਰੀ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਕੋਈ ਐਂਟਰੀ ਗੁੰਮ ਹੈ ਜਾਂ ਕ੍ਰਮ ਤੋਂ ਬਾਹਰ ਹੈ
chain-break-not-linked = ਇਹ ਐਂਟਰੀ ਆਪਣੇ ਤੋਂ ਪਹਿਲਾਂ ਵਾਲੀ ਐਂਟਰੀ ਨਾਲ ਜੁੜੀ ਹੋਈ ਨਹੀਂ ਹੈ
chain-break-content-changed = ਐਂਟਰੀ ਦੀ ਸਮੱਗਰੀ ਉਸ ਦੇ ਹੈਸ਼ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ
chain-break-signature = ਐਂਟਰੀ ਦੇ ਦਸਤਖ਼ਤਾਂ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੁੰਦੀ
chain-break-file-changed = ਇੱਕ ਨੱਥੀ ਫ਼ਾਈਲ ਬਦਲ ਗਈ ਹੈ
chain-break-recorded-earlier = ਐਂਟਰੀ ਦੇ ਸੰਭਾਲੇ ਜਾਣ ਦਾ ਦਰਜ ਸਮਾਂ ਆਪਣੇ ਤੋਂ ਪਹਿਲਾਂ ਵਾਲੀ ਐਂਟਰੀ ਤੋਂ ਵੀ ਪਹਿਲਾਂ ਦਾ ਹੈ
chain-break-revision-numbers = ਐਂਟਰੀ ਦਾ ਵਰਜ਼ਨ ਨੰਬਰ ਆਪਣੇ ਤੋਂ ਪਹਿਲਾਂ ਵਾਲੇ ਨੰਬਰ ਤੋਂ ਅਗਲਾ ਨਹੀਂ ਹੈ
chain-break-list-differs = ਘਟਨਾਵਾਂ ਦੀ ਸੂਚੀ ਇਸ ਘਟਨਾ ਦੀ ਸਭ ਤੋਂ ਨਵੀਂ ਐਂਟਰੀ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ
chain-break-list-missing = ਇਹ ਘਟਨਾ ਘਟਨਾਵਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚੋਂ ਗੁੰਮ ਹੈ
chain-break-list-extra = ਘਟਨਾਵਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਇੱਕ ਅਜਿਹੀ ਘਟਨਾ ਹੈ ਜਿਸ ਦੀ ਕੋਈ ਐਂਟਰੀ ਨਹੀਂ
