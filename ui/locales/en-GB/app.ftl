# The app's frame: the disguise's page (main.ts), the Quick exit bar, drafts, the case banner,
# incident kinds and messages made by the page itself.

## The disguise's page (before unlock): only the tool's own words.
app-disguise-calculator = Calculator
app-disguise-notes = Notes
# $code (String) - the digits that open first-run setup ("0000").
app-first-run-calculator = New here? Type { $code } then = to set up.
app-first-run-notes = New here? Type { $code } on a line of its own and press Enter to set up.

## The bar over setup and a new PIN after the recovery key.
app-quick-exit = Quick exit
app-quick-exit-label = Quick exit: hide now

## Shared bits.
app-updated-just-now = Updated just now
app-closed = This is closed. Open it again to carry on.
app-refused-during-switch = Another case was opening, so that change wasn't saved. Please make it again.

## Incident kinds.
app-kind-following = Following
app-kind-loitering = Waiting or loitering nearby
app-kind-calls = Phone calls
app-kind-messages = Messages or emails
app-kind-social-media = Social media
app-kind-gifts-letters = Gifts or letters
app-kind-damage = Damage to property
app-kind-third-party-contact = Contact through other people
app-kind-tracking-account-access = Tracking or getting into accounts
app-kind-threats = Threats
app-kind-order-breach = Breaking a court order
app-kind-other = Something else

## An advocate's open case: the banner in the header.
app-case-caseload = Caseload
app-case-back-to-own-space = Back to my own space
app-case-close-failed = Could not go back just now. Please try again.

## Drafts: what was being written and is not saved yet.
app-draft-discarded = Discarded.
# $label (String) - what the draft is, e.g. "A new incident".
app-draft-discard-label = Discard: { $label }
app-draft-discard-it = Discard it
# $hint (String) - how to keep it, e.g. "press Save notes to keep it" (app-draft-save-hint when the form gives none).
app-draft-note = You were writing this before. It isn't saved yet: { $hint }.
app-draft-save-hint = save it to keep it
app-draft-confirm-discard = Yes, discard
app-draft-keep = Keep it
app-draft-discard-question = Discard what you were writing? It can't be brought back.
