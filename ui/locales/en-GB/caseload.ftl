# An advocate's caseload (screens/caseload.ts, screens/caseload-logic.ts). A "case" is one person
# the advocate supports. These words can be seen over the advocate's shoulder: keep them plain.

## The screen

caseload-heading = Caseload
caseload-lead = Each person you support has a case of their own, kept apart from every other case and from your own space. Open a case to see and work on their plan, contacts and checklists.
caseload-list-label = Your cases
caseload-sort-label = Sort cases by
caseload-order-added = When added
caseload-order-name = Name
caseload-order-level = Latest risk level, highest first
caseload-order-marac = MARAC referral, most recent first
caseload-order-review = Next review, soonest first
caseload-empty = No cases yet. Add one below for each person you support.
caseload-load-failed = Your caseload could not be loaded just now. Please try again.

## Adding a case
# $label: what the advocate calls the case, such as initials.

caseload-add-heading = Add a case
caseload-field-label = What you call this case, e.g. initials
caseload-field-hint = Only you see this. Initials or a short name are enough.
caseload-add = Add case
caseload-added = Case “{ $label }” added.
caseload-add-failed = The case could not be added just now. Please try again.
caseload-label-missing = Please type what you call this case, such as their initials.
# $max: the most characters allowed; $length: how many were typed.
caseload-label-too-long = Please keep it to { $max } characters or fewer (this is { $length }). Initials are enough.

## One case in the list

caseload-open-now = Open now
caseload-open = Open
caseload-go-to = Go to it
caseload-open-label = Open case { $label }
caseload-open-failed = The case could not be opened just now. Please try again.
caseload-sharing-off = Not paired yet
caseload-sharing-on = Sharing on
caseload-sharing-ended = Sharing ended
# The badge before a case's risk line when its latest risk level is high.
caseload-high = High

## A case's risk line, its parts joined with " · "
# $level: the risk level's name; $published: "DASH", "S-DASH" or the message below; $date: a day.

caseload-risk-none = No risk screening seen yet (opening the case brings its line up to date)
caseload-risk-latest = Latest risk level: { $level } ({ $published }, { $date })
caseload-published-earlier = earlier questions
caseload-risk-marac = MARAC referral: { $date }
caseload-risk-review = Next review: { $date }
caseload-risk-review-due = Next review: { $date } (due today)
caseload-risk-review-overdue = Next review: { $date } (overdue)

## Private notes

caseload-notes-summary = Private notes
caseload-notes-summary-unsaved = Private notes (not saved yet)
caseload-notes-label = Notes on case { $label }
caseload-notes-hint = Only you see these notes. They are never shared with the person.
caseload-notes-save = Save notes
caseload-notes-save-label = Save notes for case { $label }
caseload-notes-saved = Notes saved.
caseload-notes-save-failed = Your notes could not be saved. They are still here; please try again.

## Removing a case

caseload-remove = Remove case
caseload-remove-label = Remove case { $label }
caseload-remove-question = Remove the case “{ $label }”? This deletes this case's copy from this computer: the plan, contacts and checklists kept for them, and your private notes. It cannot be undone. The person's own app is not changed.
caseload-remove-yes = Yes, remove it
caseload-remove-no = Keep it
caseload-removed = The case “{ $label }” has been removed from this computer.
caseload-remove-failed = The case could not be removed just now. Nothing was deleted; please try again.
caseload-stop-sharing-first = Stop sharing with this person first: open the case, go to Sharing, then choose Stop sharing.

## The open case, named in the banner at the top

caseload-banner = Case: { $label }
caseload-banner-open = Case open

## Said after "Backup saved (12 MB)." when the backup holds a caseload

caseload-backup-all = { $count ->
        [one] It includes your { $count } case.
       *[other] It includes all { $count } of your cases.
    }
caseload-backup-some = { $count ->
        [one] It includes { $count } case.
       *[other] It includes { $count } cases.
    }
caseload-backup-unreadable = { $count ->
        [one] { $count } case could not be read (its file may be damaged) and is not in it.
       *[other] { $count } cases could not be read (their files may be damaged) and are not in it.
    }

## Said after "Restored from the backup." when it held a caseload
# The parts that apply are joined with the separator and put into one sentence ($parts).

caseload-restore-came-back = { $count ->
        [one] { $count } case came back from it
       *[other] { $count } cases came back from it
    }
caseload-restore-kept = { $count ->
        [one] { $count } case added since the backup was kept as it was
       *[other] { $count } cases added since the backup were kept as they were
    }
caseload-restore-left-out = { $count ->
        [one] { $count } case from it could not be put in place and is as it was before
       *[other] { $count } cases from it could not be put in place and are as they were before
    }
caseload-restore-separator = { "; " }
caseload-restore-sentence = { $parts }.
