# The person causing harm, and the orders and conditions they are under
# (screens/people-orders.ts, screens/people-orders-logic.ts).

## Kinds of order (UK names)

people-orders-kind-stalking-protection = Stalking Protection Order
people-orders-kind-non-molestation = Non-molestation order
people-orders-kind-restraining = Restraining order
people-orders-kind-occupation = Occupation order
people-orders-kind-domestic-abuse-protection = Domestic Abuse Protection Order
people-orders-kind-domestic-violence-protection = Domestic Violence Protection Order
people-orders-kind-bail = Bail conditions
people-orders-kind-other = Other order or condition
# An order's name: its kind, then its reference number ("Non-molestation order, FD25P00123").
people-orders-title-with-reference = { $kind }, { $reference }

## Reminders for an order that ends soon or has just ended
# $title: the order's name; $date: the day it ends; $days: days left (always 2 or more).
# $who: "officer" for bail conditions (talk to the officer in the case), otherwise "solicitor".

people-orders-reminder-soon = { $title } ends in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, on { $date }. If you need it to go on, talk to { $who ->
        [officer] your advocate or the officer in your case
       *[other] your advocate or solicitor
    } now.
people-orders-reminder-tomorrow = { $title } ends tomorrow, { $date }. If you need it to go on, talk to { $who ->
        [officer] your advocate or the officer in your case
       *[other] your advocate or solicitor
    } today.
people-orders-reminder-today = { $title } ends today, { $date }.
people-orders-reminder-ended = { $title } ended on { $date }. If it was renewed, change its end date so the reminder stops.

## The screen

people-orders-heading = People & orders
people-orders-lead = Who is causing harm, and any orders or conditions they are under. Entries in your log can then say who it was, and which condition they broke. Nothing here leaves this computer unless you tick it for a report.
people-orders-people-heading = Who it is
people-orders-orders-heading = Orders and conditions
people-orders-load-failed = This could not be loaded just now. Please try again.
# The first choice of "Who it is against".
people-orders-not-listed = Not listed here

## A card's buttons, and removing
# $name: a person's name, or an order's name.

people-orders-change = Change
people-orders-change-label = Change { $name }
people-orders-remove = Remove
people-orders-remove-label = Remove { $name }
people-orders-remove-yes = Yes, remove
people-orders-remove-keep = Keep
people-orders-remove-failed = It could not be removed just now.
people-orders-removed = { $name } has been removed.
people-orders-person-remove-question = Remove { $name }? Entries that name them keep the name they were written with.
# Follows the question above when orders are recorded against the person.
people-orders-person-remove-orders = { $count ->
        [one] One order is recorded against them: it stays, without their name.
       *[other] { $count } orders are recorded against them: they stay, without their name.
    }
people-orders-order-remove-question = Remove { $title }?

## A person's card

people-orders-fact-aliases = Other names
people-orders-fact-relationship = How you know them
people-orders-fact-description = What they look like
people-orders-fact-vehicles = Vehicles
people-orders-fact-addresses = Addresses
people-orders-fact-workplaces = Where they work
people-orders-fact-social-media = Social media
people-orders-photo-label = Photo:

## Adding or changing a person

people-orders-add-person-heading = Add a person
people-orders-field-name = Name, or what you call them
people-orders-field-aliases = Other names they use (one per line)
people-orders-field-relationship = How you know them
people-orders-field-relationship-hint = For example: former partner, neighbour, someone I don't know
people-orders-field-description = What they look like
people-orders-field-vehicles = Vehicles and registrations (one per line)
people-orders-field-addresses = Addresses (one per line)
people-orders-field-workplaces = Where they work (one per line)
people-orders-field-social-media = Social media accounts (one per line)
people-orders-field-photo = A photo of them (optional)
people-orders-photo-kept = A photo is kept.
people-orders-photo-drop = Take the photo off
people-orders-photo-adding = Adding the photo…
people-orders-photo-ready-file = Photo ready: { $file }. It is kept when you save.
people-orders-photo-ready = A photo is ready. It is kept when you save.
people-orders-photo-add-failed = The photo could not be added.
people-orders-photo-none = No photo.
people-orders-name-missing = Please give a name, or what you call them (such as “the man in the blue van”).
people-orders-add-person = Add this person

## Saving either form

people-orders-save-changes = Save changes
people-orders-cancel = Cancel
people-orders-changes-saved = Changes saved.
people-orders-added = { $name } added.
people-orders-save-failed = This could not be saved. Nothing has been lost; please try again.

## Drafts: what a form being written is called, and how to keep it
# The save hints finish the sentence "It isn't saved yet: …" and name the form's button.

people-orders-draft-changes = Changes to { $name }
people-orders-draft-person = A person causing harm
people-orders-draft-order = An order or conditions
people-orders-save-hint-changes = press Save changes to keep it
people-orders-save-hint-person = press Add this person to keep it
people-orders-save-hint-order = press Add this order to keep it

## An order's card

people-orders-fact-against = Against
people-orders-fact-made-by = Made by
people-orders-fact-made-on = Made on
people-orders-fact-ends = Ends
people-orders-fact-note = Note
people-orders-conditions-label = Conditions:
people-orders-no-conditions = No conditions written down yet.

## Adding or changing an order

people-orders-add-order-label = Add an order
people-orders-add-order-heading = Add an order or conditions
people-orders-field-kind = What kind
people-orders-choose-kind = Choose what kind
people-orders-field-against = Who it is against
people-orders-field-made-by = Made by (the court or police force)
people-orders-field-reference = Reference number
people-orders-field-made-on = Made on (optional)
people-orders-field-ends-on = Ends on (optional)
people-orders-field-ends-on-hint = You will be reminded here, and when you open the app, four weeks before it ends.
people-orders-field-note = Anything else about it (optional)
people-orders-conditions-legend = Each condition on its own line, as the order words it
# $number: the condition's place in the list (1, 2, 3…).
people-orders-condition-label = Condition { $number }
people-orders-condition-remove-label = Take out condition { $number }
people-orders-condition-remove = Take out
people-orders-condition-add = Add a condition
people-orders-add-order = Add this order
people-orders-kind-missing = Please choose what kind of order or condition it is.
people-orders-date-incomplete = This date is not complete. Please type the day, month and year, or leave it empty.
people-orders-ends-before-made = It ends before the day it was made. Please check the dates.
people-orders-order-empty = Please give at least its reference number, who it is against, or one condition.
