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
date-weekday-1 = Mon
date-weekday-2 = Tue
date-weekday-3 = Wed
date-weekday-4 = Thu
date-weekday-5 = Fri
date-weekday-6 = Sat
date-weekday-7 = Sun

# The months, abbreviated: as in "3 Nov 2026". They are only used inside a date, so give the
# form your language uses there (a genitive, say).
date-month-1 = Jan
date-month-2 = Feb
date-month-3 = Mar
date-month-4 = Apr
date-month-5 = May
date-month-6 = Jun
date-month-7 = Jul
date-month-8 = Aug
date-month-9 = Sep
date-month-10 = Oct
date-month-11 = Nov
date-month-12 = Dec

# A day: "3 Nov 2026". $day and $year are digits; $month is one of the date-month messages.
date-day = { $day } { $month } { $year }
# A day and a time, in the table of all incidents: "3 Nov 2026 21:40". $time is on the 24-hour
# clock.
date-day-time = { $day } { $month } { $year } { $time }
# When something happened or was written down: "Tue 3 Nov 2026, 21:40 (UTC+00:00)". $weekday is
# one of the date-weekday messages, $time is "21:40" or "21:40:05" (24-hour clock), $offset is
# the difference from UTC, as "+01:00".
date-moment = { $weekday } { $day } { $month } { $year }, { $time } (UTC{ $offset })

## Types of incident (the person chose one for each incident)

kind-following = Following
kind-loitering = Waiting or loitering nearby
kind-calls = Calls
kind-messages = Messages
kind-social-media = Social media
kind-gifts-letters = Gifts or letters
kind-damage = Damage to property
kind-third-party-contact = Contact through other people
# Someone tracking where the person is, or getting into their phone or online accounts.
kind-tracking-account-access = Tracking or account access
kind-threats = Threats
# A breach of a court order or of bail conditions.
kind-order-breach = Breach of an order
kind-other = Something else

## The four behaviour markers the police use to describe stalking ("FOUR": Fixated, Obsessed,
## Unwanted, Repeated). The person marks each incident with any of them.

behaviour-fixated = Fixated
behaviour-obsessed = Obsessed
behaviour-unwanted = Unwanted
behaviour-repeated = Repeated

## The sections of the plan, in the report and on the printed plan. They are printed on the
## plan a person may leave on a printer: never use the word "safety" in them.

plan-section-emergency = In an emergency
plan-section-safe-places = Safe places
plan-section-code-words = Code words
# A bag packed and hidden, ready to leave in a hurry.
plan-section-escape-bag = Escape bag
plan-section-documents = Important documents
plan-section-home = At home
plan-section-work-school = Work and school
plan-section-travel = Getting around
plan-section-children = Children
plan-section-pets = Pets
plan-section-online-safety = Phones, computers and accounts
plan-section-legal = Legal protection
plan-section-support = Support services

## Kinds of order a court or the police can make (the law of England and Wales). Where your
## language has no name for one, keep the English and add a translation in brackets.

order-kind-spo = Stalking Protection Order
order-kind-nmo = Non-molestation order
order-kind-restraining = Restraining order
# An order saying who may live in, or enter, a home.
order-kind-occupation = Occupation order
order-kind-dapo = Domestic Abuse Protection Order
order-kind-dvpo = Domestic Violence Protection Order
order-kind-bail = Bail conditions
order-kind-other = Other order or condition

## The report: its title page and the foot of every page

# The report's title, on its first page and as the PDF file's own title.
report-title = Incident log
report-subtitle = A record of incidents, written down at the time they happened or soon after.
# Beside the name of the person who kept the log.
report-kept-by = Kept by
report-period-covered = Period covered
# $from and $until are days (as date-day).
report-period = { $from } to { $until }
report-incident-count = Incidents in this report
report-corrected-later = Corrected later
# How many incidents were corrected after they were first written down.
report-corrected-count =
    { $count ->
        [one] { $count } incident
       *[other] { $count } incidents
    } (every earlier version is shown with the incident)
report-made = Report made
report-how-to-read = How to read this report
report-how-to-read-times = Each incident shows when it happened (as the person wrote it) and when it was written down (taken from the app's own clock at the moment it was saved, which the person cannot set).
report-how-to-read-versions = Entries cannot be edited or deleted in the app. A correction is saved as a new version; the earlier versions are kept and shown in this report with the incident.
report-how-to-read-chain = Every version of every entry is linked to the one before it by a SHA-256 hash chain and signed by the app. The last section explains how to check this, and gives the chain head: the hash of the newest entry when the report was made.
report-how-to-read-files = Files attached as evidence are listed with their SHA-256, which anyone can compare with the original file.
# At the foot of every page. $made is the day the report was made (as date-day); $page and
# $pages are numbers.
report-footer = Incident log · made { $made } · page { $page } of { $pages }
# The same, with the start of the chain head (the hash of the newest entry) as $head.
report-footer-with-head = Incident log · made { $made } · chain head { $head }… · page { $page } of { $pages }

## The report: the table of all incidents

report-all-in-order = All incidents in order
# Column headers. "#" is the incident's number in the table.
report-column-number = #
report-column-happened = Happened
report-column-written-down = Written down
report-column-type = Type
report-column-where = Where
report-column-crime-reference = Crime reference
# A cell of the table shows only the start of a long text ($text); the incident's own section
# further on gives it in full.
report-cell-cut = { $text }… (in full below)

## The report: each incident in full

# $number and $total are numbers, $kind is a type of incident (a kind- message).
report-incident-heading = Incident { $number } of { $total }: { $kind }
# The labels of an incident's fields, in the order they are shown.
report-field-happened = Happened
# An incident that went on for a while: $from and $until are as date-moment.
report-happened-until = { $from }, until { $until }
# When the entry was saved, by the app's own clock.
report-field-written-down = Written down
report-field-this-version = This version written
# $written is as date-moment; $version and $versions are numbers.
report-this-version = { $written } (version { $version } of { $versions }; earlier versions are shown below)
report-field-where = Where
# The people the incident is linked to.
report-field-who = Who
# The condition of an order the person marked the incident as breaching.
report-field-breaching = Marked as breaching
report-field-type = Type
# The behaviour markers (behaviour- messages) the person marked the incident with.
report-field-marked-as = Marked as
report-field-said-or-done = What was said or done
# How the person causing harm looked.
report-field-appearance = What they looked like
report-field-vehicle = Vehicle
report-field-witnesses = Witnesses
# The effect on the person who kept the log (in their own words).
report-field-effect-on-me = Effect on me
report-field-effect-on-life = Effect on daily life
report-field-officer = Police officer
report-field-crime-reference = Crime reference
# Anyone else the incident was reported to (a landlord, a school, a support service).
report-field-reported-to = Also reported to
report-field-attached = Attached files
# Beside "Attached files" when a version had none.
report-attached-none = (none)
# Each attached file is numbered: "File 1", "File 2".
report-file-label = File { $number }
# An attached file: its name, its type (as "image/png") and its size (a report-size- message).
report-file = { $name } ({ $type }, { $size })
report-size-bytes = { $bytes } bytes
# $size has one decimal, written with a full stop ("1.5").
report-size-kb = { $size } KB
report-size-mb = { $size } MB
# Read out by a screen reader for a picture in the report; $name is the file's name.
report-picture-alt = Picture attached to this entry: { $name }
report-earlier-versions = Earlier versions. Each shows only what it said differently from the version written after it.
# $version and $versions are numbers, $written is as date-moment.
report-version-written = Version { $version } of { $versions }, written { $written }
report-no-differences = (no differences in content)
# The entry's SHA-256, which links it into the chain of all entries.
report-entry-hash = Entry hash
# Below the entry's hash: its place in the chain of all entries (a number).
report-chain-position = (chain position { $position })
# Between the items of a list, as in "Fixated, Repeated". The quotes keep its spaces.
report-list-separator = {", "}
# In place of a field left empty.
report-not-recorded = (not recorded)
# Beside a field that runs on from the page before.
report-continued = (continued)

## The report: what else the person chose to include, one item at a time

report-also-included = Also included, chosen one by one
report-from-plan = From the safety plan
# A step of the plan ($text, in the person's words) and the day it was done.
report-plan-item-done = { $text } (done { $date })
report-contacts = Contacts
report-contact-name = Name
report-contact-relationship = Relationship
report-contact-how-to-reach = How to reach
report-contact-what-they-know = What they know
# "The person" (second time) is the person who kept the log.
report-people = The person causing harm, as the person describes them
report-person-name = Name
report-person-other-names = Other names
report-person-relationship = How the person knows them
report-person-description = Description
report-person-vehicles = Vehicles
report-person-addresses = Addresses
report-person-workplaces = Workplaces
report-person-social-media = Social media
report-person-photo = Photo
# The photo's file name and its SHA-256.
report-photo-file = { $name } (SHA-256 { $sha256 })
# Read out by a screen reader for the photo; $name is the file's name.
report-photo-alt = Photo of the person described: { $name }
report-photo-kept = kept in the app (not printed here)
report-orders = Orders and conditions
report-orders-intro = Conditions as worded now. An entry marked as breaching one quotes it as it was worded when the entry was written.
report-order = Order
# An order's name: its kind (an order-kind- message) and the court's reference for it.
report-order-title = { $kind }, { $reference }
# The person the order is against.
report-order-against = Against
# The court or police force that made the order.
report-order-made-by = Made by
report-order-made-on = Made on
report-order-ends = Ends
report-order-condition = Condition { $number }
report-order-note = Note

## The report: its last section, how to check it

report-checking = Checking this report
# $count is the number of entries in the whole log.
report-chain-intact = When this report was made, the app re-checked every entry in the whole log ({ $count } entries, including any not in this report): every hash, link and signature checked out.
# $position is a number; $problem is one of the chain-break- messages (at the end of this file).
report-chain-broken = When this report was made, the app re-checked the whole log and found a problem at chain position { $position }: { $problem }. Entries from that point on may have been damaged or changed outside the app.
# The chain head is the hash of the newest entry in the whole log.
report-chain-head-position = Chain head position
report-chain-head-hash = Chain head SHA-256
report-chain-head = Chain head
report-signing-key = Signing key (ed25519)
report-how-chain-works = How the chain works
report-chain-encoding = Every version of every entry is encoded in a fixed way (documented with the app) and hashed with SHA-256. The encoding includes the hash of the entry before it, so each hash depends on everything written before. Changing, removing or reordering any earlier entry changes every hash after it.
report-chain-head-note = The chain head above is the hash of the newest entry in the whole log when this report was made. Keep a note of it, or ask the person receiving this report to. A later report whose chain still contains this head, at the same position, shows that nothing written before it has been changed or removed since.
report-chain-signed = Each entry is also signed with the signing key above, which shows it was written by the same copy of the app.
# Keep each command as it is; FILE stands for the file's name and may be translated.
report-chain-check-file = To check an attached file, compute its SHA-256 and compare it with the one listed: on Windows, certutil -hashfile FILE SHA256; on macOS, shasum -a 256 FILE; on Linux, sha256sum FILE.
report-chain-export = The machine-readable export from the app contains every field, hash and signature, so the chain can be recomputed independently.

## The report: "The entries together", the page that counts and quotes the entries before they
## are given one by one. It describes and counts; it never judges or names an offence.

conduct-heading = The entries together
# $table is the name of the table of all incidents (report-all-in-order).
conduct-intro = This page counts and quotes what the person wrote in the entries that follow. Each quote gives the entry's number in the table "{ $table }".
# A number of incidents, used in conduct-summary and beside each behaviour marker.
conduct-incidents =
    { $count ->
        [one] { $count } incident
       *[other] { $count } incidents
    }
conduct-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
conduct-weeks =
    { $count ->
        [one] { $count } week
       *[other] { $count } weeks
    }
# "4 incidents over 10 days, between 3 Oct 2026 and 12 Oct 2026.": $incidents is a
# conduct-incidents message, $span a conduct-days or conduct-weeks one, $first and $last days.
conduct-summary = { $incidents } over { $span }, between { $first } and { $last }.
# The same when the days are not known.
conduct-summary-undated = { $incidents } over { $span }.
# Beside the first and the latest incident.
conduct-first = First
conduct-latest = Latest
# "3 Oct 2026, Following (entry 1)": the day, the type of incident, and its number in the table.
conduct-entry-day = { $date }, { $kind } (entry { $entry })
conduct-by-type = By type
conduct-column-type = Type of incident
conduct-column-number = Number
conduct-behaviour = Behaviour marked
# Use the same four words as the behaviour- messages.
conduct-behaviour-intro = The person marked each incident with any of four behaviours (Fixated, Obsessed, Unwanted, Repeated). For each, the first and the latest incident so marked are quoted.
# The person's own words ($quote), the day, and the entry's number. Use your language's quotation marks.
conduct-quote = “{ $quote }” ({ $date }, entry { $entry })
conduct-effects = Effect on daily life
conduct-effects-intro =
    The person wrote about the effect on their daily life in { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }:
# After the entries quoted: how many more there are.
conduct-effects-more =
    { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } more, each given in full with its incident.
conduct-breaches = Conditions marked as breached
conduct-breaches-intro = The person marked these entries as breaching a condition of an order:
# One entry marked as breaching a condition: its number in the table and its day.
conduct-breach-entry = entry { $entry } ({ $date })
# The same, for an entry dated before the order was made.
conduct-breach-entry-before = entry { $entry } ({ $date }, before the order was made)
# The same, for an entry dated after the order ended.
conduct-breach-entry-after = entry { $entry } ({ $date }, after the order ended)
# A condition (as the entries recorded it), how many entries were marked as breaching it, and
# those entries (conduct-breach-entry messages, separated by report-list-separator).
conduct-breach =
    { $condition }: { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }: { $entries }.
# The same when only the first entries are listed: $more is how many more there are.
conduct-breach-more =
    { $condition }: { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }: { $entries } and { $more } more.

## The report: risk screenings the person chose. DASH (SafeLives) and S-DASH are the published
## UK checklists; a MARAC is the meeting of agencies that plans for someone at high risk; an
## advocate is the person's domestic abuse or stalking caseworker (IDVA). Keep those names.

screening-heading = Risk screenings, chosen one by one
screening-intro = Each screening is kept as it was answered, with the day it was done. The questions are the app's own wording; the number beside each is the question of the published checklist it covers (the SafeLives DASH risk identification checklist, 24 questions, or the S-DASH for stalking, 11 questions).
screening-instrument-domestic-abuse = Domestic abuse screening (DASH areas)
screening-instrument-stalking = Stalking screening (S-DASH areas)
# A screening answered with the app's first set of questions, no longer asked.
screening-instrument-earlier = Risk screening (the app's earlier questions)
# $screening is one of the screening-instrument- messages, $date a day.
screening-done = { $screening }, done { $date }
screening-completed-by = Completed by
screening-by-alone = The person, on their own
screening-by-advocate = The person with their advocate
# $advocate is the advocate's name (and role), as written.
screening-by-named-advocate = The person with their advocate, { $advocate }
screening-yes-answers = Yes answers
# $yes, $questions and $answered are numbers.
screening-yes-count = { $yes } of { $questions } questions ({ $answered } answered)
screening-threshold = Count for a MARAC referral
# $count is the number of "yes" answers that means a referral to a MARAC.
screening-threshold-reached = { $count } or more yes answers: reached
screening-threshold-not-reached = { $count } or more yes answers: not reached
screening-level = Level
# Levels of the app's earlier questions.
screening-level-fewer = Fewer concerns
screening-level-some = Some concerns
screening-level-serious = Serious concerns
# Levels of risk, as used with DASH: standard, medium, high.
screening-level-ungraded = Not graded (below the count, no judgement recorded)
screening-level-standard = Standard
screening-level-medium = Medium
screening-level-high = High
screening-judgement = Advocate's judgement
# $level is a screening-level- message.
screening-judgement-refers = { $level }; refers to a MARAC on judgement
screening-reason = Reason given
screening-escalation = Escalation
screening-escalation-noted = Three or more incidents in the past 12 months, noted by the advocate
screening-marac-criteria = MARAC criteria met
# The reasons for a MARAC referral, listed after one another (the first is given a capital).
screening-marac-count = the count
screening-marac-judgement = professional judgement
screening-marac-escalation = escalation
screening-referred = Referred to MARAC
screening-review = Next review
screening-note = Note
# Column headers of the table of questions: the number of the question on the published form.
screening-column-dash = DASH no.
screening-column-sdash = S-DASH no.
screening-column-question = Question (the app's wording)
screening-column-answer = Answer
screening-answer-yes = Yes
screening-answer-no = No
screening-answer-not-known = Not known
screening-answer-none = Not answered

## The questions of the domestic abuse screening, each covering the question of the DASH
## checklist with the same number (the app's own wording). The screen asks the same questions
## (ui/locales/*/risk.ftl, as risk-q-…): say them in the same words.

screening-question-da-injury = Were you hurt the last time something happened?
screening-question-da-frightened = Are you very frightened?
screening-question-da-afraid-of = Are you afraid they will hurt you again, or do something worse?
screening-question-da-isolated = Do they keep you away from family, friends, your doctor or other people?
screening-question-da-low-mood = Have you been feeling very low, or had thoughts of ending your life?
screening-question-da-separation = Have you left them, or tried to, in the past year?
screening-question-da-child-contact = Is there conflict with them over seeing the children?
screening-question-da-stalking = Do they keep messaging, calling, following or watching you?
screening-question-da-pregnancy = Are you pregnant, or have you had a baby in the last 18 months?
screening-question-da-more-often = Is it happening more often than it used to?
screening-question-da-worse = Is it getting worse?
screening-question-da-control = Do they try to control what you do, or act very jealous?
screening-question-da-weapon = Have they ever hurt you with a weapon or an object?
screening-question-da-threat-to-kill = Have they ever threatened to kill you or someone else, and you believed them?
screening-question-da-strangling = Have they ever tried to strangle, choke, smother or drown you?
screening-question-da-sexual = Do they do or say sexual things that hurt you or make you feel bad, or do so to someone else?
screening-question-da-other-threat = Is there anyone else who has threatened you, or who you are afraid of?
screening-question-da-hurt-others = Do you know of them hurting anyone else, such as children, a relative or a former partner?
screening-question-da-animals = Have they ever hurt or mistreated an animal or a pet?
screening-question-da-money = Are there money problems, such as relying on them for money, or them losing their job?
screening-question-da-their-problems = In the past year, have drink, drugs or their mental health made everyday life hard for them?
screening-question-da-their-suicide = Have they ever threatened or tried to take their own life?
screening-question-da-broken-terms = Have they ever broken bail, a court order, or an agreement about seeing you or the children?
screening-question-da-police = Do you know if they have been in trouble with the police, or have a criminal record?

## The questions of the stalking screening, each covering the question of the S-DASH with the
## same number (the app's own wording; the screen asks them too, as risk-q-…).

screening-question-st-frightened = Are you very frightened?
screening-question-st-history = Did they abuse or harass you, or anyone else, before this started?
screening-question-st-damage = Have they damaged or destroyed anything of yours?
screening-question-st-turns-up = Do they turn up where you are, uninvited, more than three times a week?
screening-question-st-follows = Have they followed you, or hung around near you?
screening-question-st-threats = Have they threatened to hurt you physically or sexually?
screening-question-st-third-parties = Since this started, have they harassed people close to you (family, children, friends, a partner, colleagues or neighbours)?
screening-question-st-violent-to-others = Have they been violent to anyone else while this has been going on?
screening-question-st-helpers = Have they got other people to help them, whether those people know it or not?
screening-question-st-drink-drugs = Are they known to misuse drink or drugs?
screening-question-st-violent-before = Have they been violent in the past, physically or emotionally?

## The app's earlier questions: no longer asked, but screenings answered with them are kept and
## can be put in a report.

screening-question-weekly = Is it happening every week, or more often?
screening-question-worse = Has it been happening more often, or getting more frightening, lately?
screening-question-long-running = Has it been going on for more than a few months?
screening-question-threats = Have they threatened you, your children, or someone close to you?
screening-question-threat-to-kill = Have they threatened to kill or seriously hurt you, or to hurt themselves?
screening-question-violence = Have they ever hurt you, or been violent to anyone else?
screening-question-weapon = Do they have a weapon, or have they talked about getting or using one?
screening-question-third-parties = Have they got other people to contact, watch or follow you for them?
screening-question-turns-up = Have they turned up at your home, work, school or places you go?
screening-question-damage = Have they damaged or interfered with your things, car, home or post?
screening-question-tracking = Do they seem to know where you are, or get into your phone or accounts?
screening-question-fear = Are you frightened of what they might do next?
screening-question-changed-life = Have you changed your routine, work or home because of them?
screening-question-order-breach = Have they broken a court order, bail conditions or a police warning?
screening-question-former-partner = Are they a former partner?

## The printed plan, for the person alone (not for court). A page left on a printer must not
## say what it is for: never use the word "safety" (or yours for it) here, not even in the title.

# The PDF file's own title.
plan-sheet-title = Plan
plan-sheet-heading = My plan
# $date is the day it was printed (as date-day).
plan-sheet-made-on = Made on { $date }. Anyone who finds this page can read it: keep it somewhere only you go, or with someone you trust.
# Where the person is in their situation (a plan-sheet-stage- message beside it).
plan-sheet-stage = Where I am now
plan-sheet-stage-staying = Staying
plan-sheet-stage-preparing-to-leave = Preparing to leave
plan-sheet-stage-after-leaving = After leaving
# Beside the day the person means to read the plan again.
plan-sheet-review = Look at it again on
# A step of the plan that is done: the step ($step, in the person's words) and the day.
plan-sheet-step-done = { $step } (done { $date })
plan-sheet-empty = Nothing has been written in the plan yet.
plan-sheet-people = People I trust
plan-sheet-no-people = No trusted contacts written down yet.
plan-sheet-name = Name
plan-sheet-who = Who they are to me
plan-sheet-how-to-reach = How to reach them
# A word agreed with the contact that means "I need help".
plan-sheet-code-word = Code word
# How and when the person and the contact check that all is well.
plan-sheet-check-in = Check-in
# When it is safe to contact the person.
plan-sheet-safe-times = Safe times
plan-sheet-emergency = In an emergency
# Said of a contact the person allowed to be called in an emergency.
plan-sheet-may-be-called = May be called
# UK numbers: 999 is the emergency number; pressing 55 on a silent 999 call from a mobile is the
# police's "Silent Solution" (keep that name).
plan-sheet-danger = In danger now: call 999. If you cannot speak, call 999 from a mobile, listen, then press 55 when asked (the Silent Solution).
# At the foot of every page: $made is the day it was printed, $page and $pages are numbers.
plan-sheet-footer = { $made } · page { $page } of { $pages }

## The README.txt in the machine-readable export (a plain text file). Keep every file name
## (incidents.json, SHA256SUMS, attachments/), field name (the words with underscores) and
## command as it is. The line breaks are kept: break lines at about 80 characters.

bundle-readme-title = Incident log export
# Beside the file name incidents.json.
bundle-readme-incidents =
    Every incident chosen for this export, with every version of it (a
    correction is a new version; earlier versions are kept). Each version has
    occurred_at (when it happened, as written), recorded_at (when it was saved,
    from the app's own clock), all fields, its attachments, prev_hash, hash and
    an ed25519 signature of the hash.
# Beside the folder name attachments/.
bundle-readme-attachments =
    The original files, byte for byte. incidents.json maps each attachment id
    to its file here (attachment_files) and lists its SHA-256.
# Beside the file name SHA256SUMS.
bundle-readme-sums = The SHA-256 of every other file in this export.
bundle-readme-checking-files = Checking the files
# After "Windows: ". Keep the command as it is; FILE stands for a file's name and may be
# translated (the same word both times).
bundle-readme-windows = certutil -hashfile FILE SHA256   (compare with the line for FILE)
bundle-readme-checking-log = Checking the log
bundle-readme-log =
    Every version of every entry is part of one SHA-256 hash chain: its hash covers a fixed
    byte encoding of all its fields, its attachments' hashes and the previous entry's hash
    (canonical_encoding in incidents.json names the layout; it is documented with the app's
    source in crates/store/src/canonical.rs). chain_head is the newest entry in the whole log
    when this export was made; chain_at_export says whether the app found the whole chain
    intact at that moment. A later export whose chain still contains this head at the same
    position shows that nothing before it has been changed or removed.

## The pages of the everyday notebook a second PIN opens. The person may have to open it in front
## of someone who makes them: it must look like anyone's dull notebook. Write pages a person who
## speaks your language in the UK might keep: change a food, a film or a habit to one more usual
## for them where that reads better, but keep each page dull, and never add anything about
## safety, health, worries, money trouble, named people, pets, cars, places the person would
## have to be, or packing, travel or moving (which can look like planning to leave). Keep the line breaks: each line is a line of the page. { $n } is a number the app
## picks (a different one each time it appears): keep each where your language needs it, and
## write no other digits than the English has.

decoy-shopping-title = Shopping
decoy-shopping =
    Milk
    Bread
    Eggs
    Washing-up liquid
    Bin bags
    Tea bags
    Apples
decoy-big-shop-title = Big shop
decoy-big-shop =
    Pasta x{ $n }
    Tinned tomatoes
    Rice
    Cereal
    Toilet roll
    Frozen peas
    Cheese
decoy-bin-days-title = Bin days
decoy-bin-days =
    Black bin: every other Tuesday
    Recycling: Thursday
    Garden waste: check the collection dates
decoy-meter-readings-title = Meter readings
decoy-meter-readings =
    Electric: { $n }{ $n }{ $n }{ $n }
    Gas: { $n }{ $n }{ $n }
    Take a photo next time as well
decoy-recipes-to-try-title = Recipes to try
decoy-recipes-to-try =
    Lentil soup
    Banana bread (use the brown bananas)
    Tray bake with peppers and halloumi
    Something with the rest of the spinach
decoy-banana-bread-title = Banana bread
decoy-banana-bread =
    3 ripe bananas
    75g melted butter
    150g sugar
    1 egg
    1 tsp vanilla
    1 tsp bicarb
    190g flour

    175C for about 50 min
decoy-films-to-watch-title = Films to watch
decoy-films-to-watch =
    Paddington 2
    The Holdovers
    That documentary about the bees
    Anything with Olivia Colman
decoy-garden-title = Garden
decoy-garden =
    Cut back the hedge before the birds nest
    Tomato seeds in March
    Buy compost (about { $n } bags)
    Fix the gate latch
decoy-plants-title = Plants
decoy-plants =
    Water the basil every other day
    Peace lily: once a week
    Cactus: leave it alone
    Repot the spider plant
decoy-to-do-title = To do
decoy-to-do =
    Return the parcel
    Book the boiler service
    Sort the cupboard under the stairs
    Cancel the magazine
decoy-weekend-title = Weekend
decoy-weekend =
    Saturday: tidy up, market if it's dry
    Sunday: roast, start the jigsaw
decoy-cleaning-title = Cleaning
decoy-cleaning =
    Descale the kettle
    Oven (buy the spray)
    Wash the curtains
    Defrost the freezer
    Hoover under the beds
decoy-wifi-title = Wifi
decoy-wifi =
    Router is the white box in the hall
    Turn it off and on if the telly stops
    Call them if it drops more than { $n } times a day
decoy-diy-title = DIY
decoy-diy =
    Shelf in the kitchen: { $n } screws, rawlplugs
    Fix the dripping tap (washer)
    Touch up the paint in the hall
    New bulb for the landing
decoy-walks-title = Walks
decoy-walks =
    Canal path and back: about 40 minutes
    The park loop
    Bluebells in April
decoy-crossword-words-title = Crossword words
decoy-crossword-words =
    Ennui
    Oboe
    Etui
    Aloe
    Erne (a sea eagle)
decoy-podcasts-title = Podcasts
decoy-podcasts =
    The one about old houses
    History episodes
    That comedy panel show
decoy-music-title = Music
decoy-music =
    Find the album from the summer
    Fleetwood Mac
    Playlist for cleaning
decoy-gift-ideas-title = Gift ideas
decoy-gift-ideas =
    Nice candle
    Garden voucher
    Socks (always)
    The cookbook from the shop window
decoy-soup-title = Soup
decoy-soup =
    Onion, carrot, celery
    Stock cube
    Lentils or split peas
    Simmer 20 minutes
    Blend half
decoy-sunday-roast-title = Sunday roast
decoy-sunday-roast =
    Chicken in at 190C, about 20 min per 500g plus 20
    Potatoes parboiled 10 min
    Gravy granules
    Carrots and peas
decoy-energy-saving-title = Energy saving
decoy-energy-saving =
    Lower the thermostat a degree
    Draught excluder for the back door
    Wash at 30
    Timer for the immersion
decoy-fitness-title = Fitness
decoy-fitness =
    Walk { $n } thousand steps
    Stretch in the morning
    Try the free yoga video
    Drink more water
decoy-kitchen-title = Kitchen
decoy-kitchen =
    Need a new frying pan
    Sharpen the knives
    Organise the tin cupboard
    Throw out the old spices
decoy-clothes-title = Clothes
decoy-clothes =
    Winter coat to the cleaner
    Shoes reheeled
    Sort the drawer for the charity shop
    Gloves
decoy-knitting-title = Knitting
decoy-knitting =
    Scarf for winter: { $n } balls of the grey wool
    Needles size 5
    Look up a simple hat pattern
decoy-tea-and-coffee-title = Tea and coffee
decoy-tea-and-coffee =
    Tea bags running low
    Decaf for the evening
    Descale the kettle first
decoy-freezer-title = Freezer
decoy-freezer =
    Peas
    Soup x{ $n }
    Bread (sliced)
    Use up the fish fingers
decoy-batteries-title = Batteries
decoy-batteries =
    AA x{ $n } for the remote and the clock
    Smoke alarm: press the test button monthly
decoy-pancakes-title = Pancakes
decoy-pancakes =
    100g flour
    2 eggs
    300ml milk
    Pinch of salt
    Rest 30 minutes
decoy-jigsaw-title = Jigsaw
decoy-jigsaw =
    { $n }00 pieces, the one with the lighthouse
    Edges first
    Sky last
decoy-houseplants-to-get-title = Houseplants to get
decoy-houseplants-to-get =
    Pothos
    Snake plant
    Something that likes the bathroom
decoy-spring-clean-title = Spring clean
decoy-spring-clean =
    Windows inside and out
    Fridge shelves
    Door handles and switches
    Under the sofa cushions
decoy-takeaway-menu-title = Takeaway menu
decoy-takeaway-menu =
    Number { $n }: the noodles
    Extra rice
    Prawn crackers

## The lists and contacts the app holds when a second PIN opens it as the app with everyday
## things in it (rather than the notebook). As dull as the pages above; Mum may be any relative
## your language would more usually buy a card for.

decoy-list-weekly = Weekly jobs
decoy-list-weekly-bins = Bins out Tuesday night
decoy-list-weekly-plants = Water the plants
decoy-list-weekly-meter = Meter reading
decoy-list-weekly-bed = Change the bed
decoy-list-shopping = Shopping
decoy-list-shopping-milk = Milk
decoy-list-shopping-bread = Bread
decoy-list-shopping-washing-up = Washing-up liquid
decoy-list-shopping-card = Birthday card for Mum
decoy-contact-dentist = Dentist
decoy-contact-dentist-relationship = Surgery reception
decoy-contact-dentist-how = Ring in the morning for appointments
# A first name usual in your language (short, common, either sex).
decoy-contact-friend = Sam
decoy-contact-friend-relationship = Book club
decoy-contact-friend-how = Usually free after 6

## The computer's own Open and Save windows, as the app opens them: their titles and the name of
## the kind of file they show. Dull words any program uses.

dialog-save = Save as
dialog-open = Open
dialog-choose-backup = Choose a backup
dialog-save-backup = Save a backup
dialog-save-update = Save the update
dialog-kind-text-or-zip = Text or zip files
dialog-kind-emails = E-mails saved as files

## The description of the app's hiding key that the desktop lists among its keyboard shortcuts
## (GNOME or KDE settings). Anyone may read it: it names only the calculator.

shortcut-hide = Hide the calculator

## In the report's last section (report-chain-broken, as { $problem }): what the app found wrong
## when it re-checked the log. An entry is one saved version of an incident.

chain-break-unreadable = an entry holds a value that cannot be read
chain-break-missing = an entry before this one is missing or out of order
chain-break-not-linked = this entry does not link to the one before it
chain-break-content-changed = the entry's content does not match its hash
chain-break-signature = the entry's signature does not verify
chain-break-file-changed = an attached file has changed
chain-break-recorded-earlier = the entry is recorded as saved earlier than the one before it
chain-break-revision-numbers = the entry's version number does not follow the one before it
chain-break-list-differs = the list of incidents does not match this incident's latest entry
chain-break-list-missing = this incident is missing from the list of incidents
chain-break-list-extra = the list of incidents holds an incident that has no entries
