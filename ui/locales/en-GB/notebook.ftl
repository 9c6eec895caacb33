# The everyday notebook (screens/notebook.ts, screens/notebook-logic.ts): an ordinary notebook app
# and nothing more. Translate it as any everyday notebook app would say it, in plain notebook words
# only (tests/notebook.test.ts lists the words it must never use).

## The bar and the list of pages

notebook-bar-title = Notebook
notebook-nav-label = Notebook
notebook-nav-pages = Pages
notebook-nav-settings = Settings
notebook-lock = Lock
notebook-pages-heading = Pages
notebook-list-label = Your pages
notebook-new-page = New page
notebook-empty = No pages yet.
notebook-untitled = Untitled
notebook-load-failed = Your pages could not be loaded. Please try again.
notebook-deleted = The page has been deleted.

## One page

notebook-new-page-heading = New page
notebook-title-label = Title
notebook-body-label = Text
notebook-save = Save
notebook-saved = Saved.
notebook-nothing-to-save = There is nothing to save yet. Write a title or some text first.
notebook-save-failed = The page could not be saved. Please try again.
notebook-back = Back to pages
notebook-leave-question = Leave this page without saving your changes?
notebook-leave-yes = Leave without saving
notebook-leave-no = Keep writing
notebook-delete = Delete
notebook-delete-question = Delete this page? This cannot be undone.
notebook-delete-yes = Yes, delete
notebook-delete-no = Keep it
notebook-delete-failed = The page could not be deleted. Nothing has changed.
# Put before the date and time a page was last changed: "Last changed Sat 5 Jul 2025, 14:05".
notebook-changed-prefix = Last changed

## Settings: only the PIN

notebook-settings-heading = Settings
notebook-settings-lead = The PIN that opens your notebook.
notebook-change-pin-heading = Change PIN
notebook-current-pin = Your current PIN
notebook-new-pin = New PIN
# $min and $max: the fewest and most digits a PIN may have (6 and 16).
notebook-pin-hint = { $min } to { $max } digits. Avoid dates or numbers others could guess.
notebook-new-pin-again = Type the new PIN again
notebook-change-pin = Change PIN
notebook-need-current-pin = Please type your current PIN first.
notebook-pin-changed = Your PIN has been changed. From now on, use the new PIN to open your notebook.
notebook-pin-change-failed = Your PIN could not be changed. Your old PIN still works.
notebook-pin-not-usable = That PIN can't be used. Please choose another.
notebook-changing = Changing…
