# Trusted contacts (screens/contacts.ts). $name is a contact's name (or contacts-unnamed).

## The list

contacts-title = Trusted contacts
contacts-lead = People you trust, and how you have agreed to keep in touch.
contacts-list-label = Your trusted contacts
contacts-none = No contacts yet.
contacts-load-failed = Could not load your contacts.
# Stands for the name of a contact saved without one, inside other sentences ("Delete this contact?").
contacts-unnamed = this contact
contacts-edit = Edit
contacts-edit-label = Edit { $name }
contacts-delete = Delete
contacts-delete-label = Delete { $name }
contacts-delete-question = Delete { $name }? This cannot be undone.
contacts-delete-yes = Yes, delete
contacts-keep = Keep
contacts-delete-failed = { $name } could not be deleted. Nothing has changed.
contacts-removed = { $name } has been removed from your contacts.

## A contact's card

contacts-row-reach = How to reach
contacts-row-code-word = Code word
contacts-row-knows = What they know
contacts-row-check-in = Check-in
contacts-row-safe-times = Safe times
contacts-row-emergency = In an emergency
contacts-may-call = May be called
contacts-do-not-call = Please don't call

## The form

contacts-add-title = Add a contact
contacts-change-title = Change details for { $name }
contacts-field-name = Name
contacts-field-relationship = Who they are to you
contacts-field-reach = How to reach them
contacts-field-code-word = Code word
contacts-field-code-word-hint = A word that means 'I need help' between you.
contacts-field-knows = What they know
contacts-field-check-in = Check-in arrangement
contacts-field-safe-times = Safe times to contact
contacts-field-emergency = May be called in an emergency
contacts-close = Close
contacts-close-label = Close without saving; changes are kept as a draft
contacts-save-changes = Save changes
contacts-save-contact = Save contact
contacts-save-failed = That could not be saved. Please try again.
# Put into "Your advocate changed … Save yours to see both together."
contacts-this-contact = this contact
# Name drafts in the list of unsaved writing.
contacts-changes-draft = Changes to { $name }
contacts-new-draft = A new contact
# End the sentence "You were writing this before. It isn't saved yet: …"; the buttons are contacts-save-changes and contacts-save-contact.
contacts-save-changes-hint = press Save changes to keep it
contacts-save-contact-hint = press Save contact to keep it
