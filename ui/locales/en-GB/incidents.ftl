## The incident log (incidents.ts, incident-links.ts)

# Between the items of a list read in a sentence ("Fixated, Repeated").
incidents-list-separator = { ", " }

## The log
incidents-title = Incident log
incidents-lead = Write things down as soon as you can. Each entry keeps the time it was written, and corrections are kept as new versions, so it can be shown to the police or a court.
incidents-list-label = Incidents, newest first
incidents-shared-list-label = Incidents the person shares, newest first
incidents-new = Write down what happened
incidents-bring-chat = Bring in a chat or list of messages…
incidents-bring-files = Bring in photos or files…
incidents-bring-emails = Bring in e-mails…
incidents-show-older = Show older entries
incidents-nothing-yet = Nothing written down yet.
incidents-everything-shown = That is everything.
incidents-load-failed = Could not load the log.
# $count is 1 or more.
incidents-check-intact =
    { $count ->
        [one] Checked: the saved version has not been changed since it was written.
       *[other] Checked: none of the { $count } saved versions has been changed since it was written.
    }
incidents-check-changed = Warning: part of this log has been changed outside the app since it was written.

## How many entries are shown ($filters: the chosen filters in words, from the incidents-filter-said-… messages)
incidents-count-none-matching = No entries match { $filters }. Show everything to see the whole log.
incidents-count-all =
    { $total ->
        [one] { $total } entry.
       *[other] All { $total } entries.
    }
incidents-count-all-matching =
    { $total ->
        [one] { $total } matching entry.
       *[other] All { $total } matching entries.
    }
# $total is 2 or more.
incidents-count-newest = The newest { $shown } of { $total } entries.
incidents-count-newest-matching = The newest { $shown } of { $total } matching entries.

## The filters
incidents-filter-legend = Show only
incidents-filter-kind = What happened
incidents-filter-any-kind = Any kind
incidents-filter-fits = Fits
incidents-filter-anything = Anything
incidents-filter-files = Files
incidents-filter-files-any = With or without
incidents-filter-files-with = With files attached
incidents-filter-files-without = Without files
incidents-filter-who = Who
incidents-filter-anyone = Anyone
incidents-filter-order = Order broken
incidents-filter-any-order = Any, or none
incidents-filter-from = From (day)
incidents-filter-to = To (day)
incidents-filter-any-day = Any day
incidents-filter-chosen = Chosen
incidents-filter-clear = Show everything
incidents-filter-backwards = The From day is after the To day: nothing can match. Choose the days again.
# The chosen filters in words, joined by incidents-list-separator into $filters above.
incidents-filter-said-kind = what happened: { $choice }
incidents-filter-said-fits = fits: { $choice }
incidents-filter-said-with-files = with files attached
incidents-filter-said-without-files = without files
incidents-filter-said-who = who: { $choice }
incidents-filter-said-order = broke: { $choice }
incidents-filter-said-from = from { $day }
incidents-filter-said-to = to { $day }

## The four behaviours (FOUR: Fixated, Obsessed, Unwanted, Repeated)
incidents-behaviour-name-fixated = Fixated
incidents-behaviour-name-obsessed = Obsessed
incidents-behaviour-name-unwanted = Unwanted
incidents-behaviour-name-repeated = Repeated
incidents-behaviour-fixated = Fixated: they seem fixed on me
incidents-behaviour-obsessed = Obsessed: it takes over their time
incidents-behaviour-unwanted = Unwanted: I did not want this
incidents-behaviour-repeated = Repeated: it keeps happening

## An entry in the list
incidents-open = Open
incidents-open-label = Open: { $kind }, { $when }
incidents-entry-fits = Fits: { $behaviours }
incidents-entry-who = Who: { $who }
incidents-entry-breach = Marked as breaching { $condition }
incidents-entry-corrected = Corrected (version { $version })
incidents-entry-files =
    { $count ->
        [one] { $count } file attached
       *[other] { $count } files attached
    }

## An entry's page
incidents-back = Back to the log
incidents-correct = Correct or add to this entry
incidents-another = Write another like this one
incidents-attached-files = Attached files
incidents-plan-prompt = This is saved. When something new happens, it can help to look over your safety plan and check it still fits. There's no rush.
incidents-plan-open = Look over my safety plan
incidents-row-happened = Happened
incidents-happened-span = { $from } to { $until }
incidents-row-first-written = First written
incidents-row-this-version = This version written
incidents-row-where = Where
incidents-row-who = Who
incidents-row-breaching = Marked as breaching
incidents-row-behaviour = Behaviour
incidents-row-description = What was said or done
incidents-row-appearance = What they looked like
incidents-row-vehicle = Vehicle
incidents-row-witnesses = Witnesses
incidents-row-impact = How it affected me
incidents-row-daily-life = How it changed my daily life
incidents-row-officer = Police officer
incidents-row-crime-ref = Crime reference
incidents-row-also-told = Also told
incidents-versions = Versions
incidents-versions-label = All versions, oldest first
incidents-version-first = First written
incidents-version-correction = Correction { $number }
incidents-version-written = Written { $when }
# $fields: the names below, joined by incidents-list-separator.
incidents-version-changed = Changed: { $fields }
incidents-version-unchanged = No changes to the text.
incidents-field-occurred-at = when it happened
incidents-field-occurred-until = until when
incidents-field-location = where
incidents-field-kind = kind
incidents-field-behaviours = behaviour
incidents-field-description = what was said or done
incidents-field-appearance = appearance
incidents-field-vehicle = vehicle
incidents-field-witnesses = witnesses
incidents-field-impact = how it affected me
incidents-field-daily-life = daily life
incidents-field-police = police details
incidents-field-reported-to = also told
incidents-field-attachments = attachments
incidents-field-links = who, or the order broken

## The entry form
incidents-form-title-new = Write down what happened
incidents-form-title-correct = Correct or add to this entry
incidents-form-correct-hint = The first version stays as it was. This is saved as a new version, with today's date.
incidents-form-like-hint = Filled in from the entry you were looking at. Check the time, and change anything that was different.
incidents-form-when = When did it happen?
incidents-form-until = Until (if it went on for a while)
incidents-form-where = Where
incidents-form-kind = What kind of thing happened?
incidents-form-breach-hint = Tick the condition they broke, under “Did they break an order or condition?”, so the log can find this entry by its order.
incidents-form-behaviours = Which of these fit? (choose any)
incidents-form-description = What was said or done
incidents-form-description-hint = Their exact words if you can remember them.
incidents-form-appearance = What did they look like?
incidents-form-vehicle = Vehicle
incidents-form-vehicle-hint = Make, colour, number plate if seen.
incidents-form-witnesses = Witnesses
incidents-form-impact = How did it make you feel?
incidents-form-daily = Has it changed what you do day to day?
incidents-form-daily-hint = For example a different route, staying in, time off work. This matters to the police.
incidents-form-officer = Police officer (if reported)
incidents-form-crime-ref = Crime reference number
incidents-form-reported-to = Anyone else you told
incidents-form-close = Close
incidents-form-close-label = Close without saving; what you wrote is kept as a draft
incidents-form-save = Save
incidents-form-need-time = Please give the date and time, even roughly.
incidents-form-files-busy = The files are still being added. Please save again in a moment.
incidents-form-not-saved = That could not be saved. Nothing was lost; please try again.
# What the kept draft is called in the list at the top.
incidents-draft-new = A new incident
incidents-draft-correction = A correction to the entry of { $when } ({ $kind })
# Ends the sentence "You were writing this before. It isn't saved yet: …."
incidents-draft-save-hint = press Save, at the end of the form, to keep it

## Who it was, and the order broken (incident-links.ts)
incidents-link-who = Who was it? (choose any)
incidents-link-breach = Did they break an order or condition? (tick the condition)
incidents-link-gone = { $label } (no longer listed)
# Followed by the button incidents-link-add.
incidents-link-none = To say who it was, or which order they broke, add them first:{ " " }
incidents-link-add = Add them under People & orders
