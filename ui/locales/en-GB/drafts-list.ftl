## What the person was writing and has not saved (drafts-list.ts)
drafts-list-title-one = You were writing this, and it isn't saved yet
drafts-list-title-many = You were writing these, and they aren't saved yet
drafts-list-untitled = Something you were writing
# $time: e.g. 14:05.
drafts-list-today-at = today at { $time }
drafts-list-carry-on = Carry on
drafts-list-carry-on-label = Carry on: { $label }
drafts-list-discard = Discard
drafts-list-discard-label = Discard: { $label }
# Said by a screen reader when a form with unsaved words is left.
drafts-list-left = { $label }: kept, not saved yet. It is listed at the top, to carry on or discard.
