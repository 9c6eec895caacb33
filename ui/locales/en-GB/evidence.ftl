## Report and export: a PDF for the police or a court, an export for a caseworker or solicitor,
## and opening a locked export someone sent.

evidence-title = Report and export
evidence-lead = This makes a report of the incidents you choose, to give to the police, a court, a solicitor or an advocate. Only what you choose goes in. Each chosen entry goes in whole: every version of it, where it happened, and its attached files.
# Shown in bold, followed by evidence-warning-other-side in the same sentence.
evidence-warning-title = Before you choose:
evidence-warning-other-side = in police or court proceedings, the other side, including the person this is about, may be shown the report. Only include what you are comfortable with them seeing.
evidence-warning-never-included = Your safety plan, your contacts and the addresses in them are never included unless you pick them one by one below. Each chosen entry does include what you wrote about where it happened. The report also shows how many entries your whole log has (not what they say), because that is how it can be checked.

## What goes in

evidence-what-goes-in = What goes in
evidence-period = Period
evidence-period-hint = Both dates are included. Leave them empty to see every entry.
evidence-from = From
evidence-until = Until
evidence-show-entries = Show entries
evidence-entries = Entries
evidence-choose-all = Choose all
evidence-choose-none = Choose none
evidence-chosen-count = { $chosen } of { $total } chosen
evidence-no-entries = No entries in this period.
evidence-entries-error = The entries could not be loaded. Please try again.
# After an entry's date and type in the list.
evidence-row-files = { $count ->
        [one] { $count } file
       *[other] { $count } files
    }
# "What was said or done" is the name of a box in the incident log.
evidence-row-nothing-written = Nothing written under “What was said or done”.
# When an incident went on for a while: its start, and its end (a time, or a date and time).
evidence-happened-range = { $start } to { $end }
evidence-name-label = Name to show on the title page (optional)
evidence-name-hint = For example your name, or a reference the police gave you. Leave it empty if you prefer.
# The report's language, offered when the app is not in English. $language is the language's own name (Cymraeg, Polski…).
evidence-language-label = Language of the report
evidence-language-hint = Police and courts in England and Wales need the report in English. The report’s own words change with the language; what you wrote is never translated and is shown as you wrote it. In two languages, the whole report comes twice.
evidence-language-both = In English and in { $language } (English first)
evidence-language-own = In { $language } only
evidence-language-english = In English only
evidence-embed-label = Put photos (PNG and JPEG) into the report as pictures
evidence-embed-hint = Either way, every attached file is listed with its fingerprint (SHA-256), so it can be shown to be the same file later.
# The draft's name in the list of unsaved drafts.
evidence-draft-label = Choices for a report
# Ends the sentence "You were writing this before. It isn't saved yet: …".
evidence-draft-save-hint = these choices are used when you save the report or the export

## Also include (plan items, contacts, screenings, people, orders)

evidence-extras-summary = Also include plan items, contacts, risk screenings, people or orders (optional)
# After evidence-extras-summary.
evidence-extras-ticked = ({ $count ->
        [0] none ticked
       *[other] { $count } ticked
    })
evidence-extras-never-unless-ticked = These are never included unless you tick them here. Anything you tick can be read by whoever is given the report or export.
evidence-extras-contact-hint = A ticked contact goes in with their name, relationship, how to reach them and what they know. Their code word, check-in plan and safe times never go in.
evidence-extras-person-hint = A ticked person goes in with everything written about them (addresses, workplaces and social media too); a ticked order with its conditions and who it is against.
evidence-group-contacts = Trusted contacts
evidence-group-screenings = Risk screenings
evidence-group-people = Who is causing harm
evidence-group-orders = Orders and conditions
# A risk screening to tick: its name, the day it was done, the time it was saved, its level and its count of yes answers.
evidence-screening-label = { $name }, { $date } (saved { $time }): { $level }, { $yes }
evidence-screening-label-alone = { $name }, { $date } (saved { $time }), answered alone: { $level }, { $yes }
evidence-screening-label-with = { $name }, { $date } (saved { $time }), with { $advocate }: { $level }, { $yes }
evidence-screening-label-with-an-advocate = { $name }, { $date } (saved { $time }), with an advocate: { $level }, { $yes }
evidence-extras-empty = There is nothing here to choose yet: no plan steps, contacts, screenings, people or orders.
evidence-extras-error = Your plan, contacts and screenings could not be loaded. Please try again.

## Problems with what is chosen

evidence-problem-from-date = Please give the “From” date as a day, month and year, or leave it empty.
evidence-problem-until-date = Please give the “Until” date as a day, month and year, or leave it empty.
evidence-problem-until-before-from = The “Until” date is before the “From” date. Please change one of them.
evidence-problem-not-loaded = The list of entries has not loaded yet. Please press “Show entries”.
evidence-problem-dates-changed = The dates were changed after the list was shown. Please press “Show entries” and check what is ticked.
evidence-problem-no-entries = There are no entries in this period. Please choose other dates, or leave them empty to see every entry.
evidence-problem-none-ticked = Please tick at least one entry to include.

## The PDF report

evidence-report-title = Report for the police or a court
evidence-report-about = A PDF you can print or send, with the chosen entries in date order, when each was written, any corrections, and a way to check nothing was changed afterwards.
evidence-save-report = Save PDF report
evidence-saving = Saving…
evidence-report-making = Making the report. The save window opens when it is ready.
evidence-report-error = The report could not be made. Nothing in the app was changed. Please try again.
evidence-not-saved = Not saved.
evidence-report-saved = Report saved: { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }, { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }.
evidence-pictures-left-out = Some photos could not be put into the report; they are listed with their fingerprints.

## The export

evidence-export-title = Export for a caseworker or solicitor
evidence-export-about = The same chosen entries as a file computers can read: the data, the original attached files, and a list of their fingerprints (SHA-256) to show none was changed. Photos are always included as the original files.
evidence-export-how = How to save it
evidence-export-plain = Ordinary zip file (anyone with the file can open it)
evidence-export-locked = Locked with a passphrase (opened with this app)
evidence-passphrase = Passphrase
evidence-passphrase-hint = At least { $min } characters, such as a few words put together. Tell it to the person you send the file to in a different way, for example by phone, not in the same email.
evidence-passphrase-again = Type the passphrase again
evidence-save-export = Save export
evidence-export-choose-where = Choose where to save it…
evidence-export-error = The export could not be made. Nothing in the app was changed. Please try again.
evidence-export-saved = Export saved: { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }, { $files ->
        [0] no attached files
        [one] { $files } attached file
       *[other] { $files } attached files
    }.
evidence-locked-export-saved = Locked export saved: { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }, { $files ->
        [0] no attached files
        [one] { $files } attached file
       *[other] { $files } attached files
    }.
evidence-problem-passphrase-missing = Please choose a passphrase to lock the export with.
evidence-problem-passphrase-short = The passphrase needs at least { $min } characters, such as a few words put together.
evidence-problem-passphrase-again = Please type the passphrase a second time.
evidence-problem-passphrase-differs = The two passphrases are not the same. Please type it again.

## Opening a locked export someone sent

evidence-open-title = Open a locked export someone sent you
evidence-open-hint = You will be asked to pick the file, then where to save the opened copy. The opened copy is an ordinary zip file that anyone with it can read, so save it somewhere safe.
evidence-open-passphrase = Passphrase you were given
evidence-open-button = Open a locked export…
evidence-opening = Opening…
evidence-open-choose-file = Choose the locked file…
evidence-open-error = The file could not be opened. Nothing was saved. Please try again.
evidence-problem-open-passphrase-missing = Please type the passphrase you were given with the file.
evidence-problem-open-passphrase-short = Locked exports use a passphrase of at least { $min } characters, so this one is not complete. Please check it with the person who sent the file.
evidence-opened = Opened and saved.
evidence-not-opened = Not opened.
