# Who to call: the support directory (screens/support.ts, screens/support-regions.ts).
# $name is a service's name. Phone numbers (999, 55) and the name "Silent Solution" stay as they are.

## The directory

support-title = Get help
support-silent-solution = In danger now? Call 999. If you cannot speak, call 999 from a mobile, listen to the operator, then press 55 when asked. This is the Silent Solution: it tells them it is a real emergency, and they will keep helping you.
support-add = Add a service
support-list-label = Support services
support-empty = No services in your list. Call 999 in an emergency.
support-load-failed = Could not load the directory.
# Read by screen readers before the number.
support-phone = Phone:{ " " }
support-edited = You changed these details.
support-change = Change
support-change-label = Change { $name }
support-remove = Remove
support-remove-label = Remove { $name }
support-remove-builtin-question = Remove { $name } from your list? You can put it back later.
support-remove-question = Remove { $name }? This cannot be undone.
# "Services you removed" is the heading support-removed-label.
support-removed-builtin = { $name } has been removed. It is listed under "Services you removed".
support-removed = { $name } has been removed.
support-remove-failed = { $name } could not be removed. Nothing has changed.

## Services put aside

support-removed-label = Services you removed
support-removed-summary = Services you removed ({ $count })
support-put-back-about = Put back brings a service back as you last had it.
support-put-back = Put back
support-put-back-label = Put back { $name }
support-putting-back = Putting back…
support-back-in-list = { $name } is back in your list.
support-put-back-failed = That could not be put back. Nothing has changed.

## Adding or changing a service

support-add-title = Add a service
support-change-title = Change { $name }
support-builtin-note = This is one of the services the app comes with. Your changes stay on this computer; you can put it back as published at any time.
support-own-note = For example your local IDVA service, or a helpline for where you live.
support-field-name = Name
support-field-phone = Phone number
support-field-hours = When they are open
support-field-hours-hint = For example: 24 hours, or weekdays 9 to 5.
support-field-region = Where they help
support-field-description = What they do
support-save-changes = Save changes
support-add-to-list = Add to my list
support-cancel = Cancel
support-restore = Put back as published
support-restore-sure = Yes, throw away my changes
support-restore-warning = Your changes to this service will be replaced by the published details. Press again to do it.
support-restored = { $name } is back as it was published.
support-name-empty = Please give the service a name.
support-saving = Saving…
support-changes-saved = Your changes are saved.
support-added = { $name } is in your list.
support-save-failed = This could not be saved. Nothing has changed.
# Name drafts in the list of unsaved writing. "Get help" is the screen's name (support-title).
support-changes-draft = Changes to { $name }
support-new-draft = A new service for Get help
# End the sentence "You were writing this before. It isn't saved yet: …"; the buttons are support-save-changes and support-add-to-list.
support-save-changes-hint = press Save changes to keep it
support-add-hint = press Add to my list to keep it

## Where a service helps

support-region-gb = The whole of the UK
support-region-eng = England
support-region-eaw = England and Wales
support-region-wls = Wales
support-region-sct = Scotland
support-region-nir = Northern Ireland
support-region-none = Not one place (online, or elsewhere)
