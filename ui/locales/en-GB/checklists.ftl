# Routine-change and device-safety checklists (screens/checklists.ts).
# $list is a list's name, $item the words of an item on it.

## How often an item comes back

# Shown in brackets after an item's words.
checklists-repeat-weekly = every week
checklists-repeat-monthly = every month
checklists-repeat-days = every { $days } days
# The choices under "How often".
checklists-repeat-once = Once
checklists-repeat-every-week = Every week
checklists-repeat-every-month = Every month
checklists-repeat-every-days = Every { $days } days

## The lists

checklists-title = Checklists
checklists-due-count = { $count } things to do now.
checklists-nothing-due = Nothing is due right now.
checklists-load-failed = Could not load your checklists.
checklists-change-list = Change this list
checklists-change-list-label = Change this list: { $list }
checklists-done-changing = Done changing
checklists-done-changing-label = Done changing { $list }
checklists-empty = Nothing on this list yet.
checklists-due-again = due again

## Changing an item

checklists-item-change = Change
checklists-item-change-label = Change "{ $item }"
checklists-item-remove = Remove
checklists-item-remove-label = Remove "{ $item }"
checklists-what-to-do = What to do
checklists-how-often = How often
checklists-item-save = Save
checklists-item-cancel = Cancel
checklists-item-empty = Please write something for this item, or remove it.
checklists-saving = Saving…
checklists-saved = Saved.
checklists-item-save-failed = This could not be saved. Nothing has changed.
checklists-item-remove-question = Remove this item? This cannot be undone.
checklists-item-removed = "{ $item }" has been removed.
checklists-item-remove-failed = This could not be removed. Nothing has changed.

## Adding an item, renaming or removing a list

checklists-add-item = Add item
checklists-add-item-label = Add an item to { $list }
checklists-new-item = New item
# Names a draft in the list of unsaved writing.
checklists-new-item-draft = A new item for "{ $list }"
# Ends the sentence "You were writing this before. It isn't saved yet: …". "Add item" is the button checklists-add-item.
checklists-new-item-save-hint = press Add item to keep it
checklists-new-item-empty = Please write what the item is.
checklists-adding = Adding…
checklists-added = Added.
checklists-add-failed = This could not be added. Nothing has changed.
checklists-list-name = Name of the list
checklists-name-form-label = The name of { $list }
checklists-save-name = Save name
checklists-name-empty = Please give the list a name.
checklists-renamed = The list is now called "{ $list }".
checklists-rename-failed = The name could not be saved. Nothing has changed.
checklists-remove-list = Remove this list
checklists-remove-list-question = Remove the list "{ $list }" and everything on it? This cannot be undone.
checklists-list-removed = The list "{ $list }" has been removed.
checklists-remove-list-failed = The list could not be removed. Nothing has changed.

## A new list

checklists-new-list-title = A new list of your own
checklists-make-list = Make the list
# Names a draft in the list of unsaved writing.
checklists-new-list-draft = A new checklist
# Ends the sentence "You were writing this before. It isn't saved yet: …". "Make the list" is the button checklists-make-list.
checklists-new-list-save-hint = press Make the list to keep it
checklists-making = Making…
checklists-made = "{ $list }" is made. Add its first item below.
checklists-make-failed = The list could not be made. Nothing has changed.
