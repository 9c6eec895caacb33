# The safety plan (screens/plan.ts).
# Section titles and their guidance come from the vault; $section is a section's title,
# $step the words of one of the person's steps.

## Heading and where the person is now

plan-title = Safety plan
plan-guidance-staying = Guidance shown for: staying.
plan-guidance-preparing = Guidance shown for: preparing to leave.
plan-guidance-after = Guidance shown for: after leaving.
plan-load-failed = Could not load your plan.
plan-stage-legend = Where you are now
plan-stage-hint = The guidance in each section changes to fit. You can change this at any time.
plan-stage-staying = Staying
plan-stage-preparing = Preparing to leave
plan-stage-after = After leaving
plan-stage-failed = That could not be changed. Your plan is as it was.

## Review date

plan-review-form = Review date
plan-review-by = Review your plan by
plan-review-hint = A day to look over your plan again. The reminder only ever shows here, inside the app.
plan-review-save = Save
plan-review-save-label = Save review date
plan-review-clear = Clear
plan-review-clear-label = Clear review date
plan-review-due = It's time to look over your plan.
plan-review-save-failed = That could not be saved. Please try again.
# "Clear" is the button plan-review-clear.
plan-review-no-date = Please choose a whole date first. To remove the date, use Clear.
plan-review-saved = Review date saved.
plan-review-cleared = Review date cleared.

## A section: its steps and notes

plan-steps-label = { $section }: your steps
plan-add-step-label = Add a step to { $section }
plan-add-step-placeholder = Add a step
plan-add = Add
plan-add-failed = That could not be saved.
plan-step-deleted = Step deleted.
# Names a draft in the list of unsaved writing.
plan-new-step-draft = A new step for { $section }
# Ends the sentence "You were writing this before. It isn't saved yet: …". "Add" is the button plan-add.
plan-new-step-save-hint = press Add to keep it
plan-notes-label = Notes for { $section }
plan-notes-save = Save notes
plan-notes-save-label = Save notes for { $section }
plan-notes-save-failed = Your notes could not be saved. They are still here; please try again.
# Ends the sentence "You were writing this before. It isn't saved yet: …".
plan-notes-save-hint = press Save notes to keep it
# Put into "Your advocate changed … Save yours to see both together."
plan-these-notes = these notes

## One step

plan-step-edit = Edit
plan-step-edit-label = Edit step: { $step }
plan-step-delete = Delete
plan-step-delete-label = Delete step: { $step }
plan-step-change-label = Change step: { $step }
plan-step-save = Save
plan-step-save-label = Save step
plan-step-close = Close
plan-step-close-label = Close without saving; a change is kept as a draft
# "Delete" is the button plan-step-delete.
plan-step-empty = Please write something, or use Delete to remove this step.
plan-step-save-failed = That could not be saved. Your words are still here.
# Names a draft in the list of unsaved writing ($step is the start of the step's words).
plan-step-draft = A change to the step “{ $step }” in { $section }
# Ends the sentence "You were writing this before. It isn't saved yet: …".
plan-step-save-hint = press Save to keep it
plan-step-delete-question = Delete “{ $step }”? This cannot be undone.
plan-step-delete-yes = Yes, delete
plan-step-keep = Keep
plan-step-delete-failed = That could not be deleted. Nothing has changed.

## Printing the plan

plan-print-title = Print your plan
# "My plan" is the heading the PDF itself has.
plan-print-about = A PDF of this plan on its own, headed "My plan": your notes and your steps, with what is done. Nothing from your incident log goes in. The file is not locked: anyone who opens it, or finds the printout, can read it.
plan-print-contacts = Put my trusted contacts in it too (names, how to reach them, code words)
plan-print-stage = Say where I am now
plan-print-stage-hint = Staying, preparing to leave or after leaving. Leave this off if someone might see the page.
plan-print-save = Save the plan as a PDF…
plan-print-choose = Choose where to save it.
plan-print-saving = Saving…
plan-print-saved = Saved ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }). Delete the file when you have printed it, or keep it somewhere safe.
plan-print-nothing = Nothing was saved.
plan-print-failed = The PDF could not be made. Nothing in the app was changed. Please try again.
