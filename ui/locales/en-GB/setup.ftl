# First-run setup, and the recovery key shown once after it.

setup-title = Setting up
setup-explainer-label = What this protects and what it cannot
setup-explainer-locked = Everything you keep here is locked with your PIN and stays on this computer.
setup-explainer-opens = Someone who opens the app sees a calculator unless they know your PIN.
setup-explainer-copies = Someone who copies the files cannot read them.
setup-explainer-spyware = It cannot protect you from spyware on this computer or someone watching your screen.
setup-explainer-monitored = If this computer might be monitored, a safer device may be better for planning.

## The form.
setup-pin-label = Choose a PIN
setup-pin-again-label = Type the PIN again
setup-second-pin-label = Second PIN (optional)
# $min, $max (Number) - the fewest and most digits a PIN may have.
setup-second-pin-hint = If someone makes you open this, type this PIN instead. It opens an everyday notebook with none of your real information in it (Settings can change this). { $min } to { $max } digits, different from your main PIN. Leave empty to skip; you can add it later. Once set, open it with that PIN, delete any page that doesn't fit your life, and add one of your own.
setup-second-pin-digits = The second PIN also needs { $min } to { $max } digits, with no spaces or letters.
setup-shortcut-label = Quick-hide keys
setup-shortcut-hint = Pressing these anywhere hides this at once and locks it. Shift three times also works.
setup-look-legend = What it looks like when closed
setup-look-calculator = A calculator
setup-look-notes = A notes pad
setup-restore-instead = Restore from a backup instead
setup-start-empty-instead = Start empty instead
setup-restore-title = Bring in a backup
setup-restore-text = After you choose your PIN, you will pick the backup file. It is checked in full first; if anything is wrong with it, nothing is set up.
setup-not-now = Not now
setup-submit = Set up
setup-submit-restore = Set up and choose the backup…
setup-working = Setting up…

## What went wrong, or how a restore went.
setup-no-backup-chosen = No backup was chosen, so nothing has been set up yet.
setup-restored = Everything from the backup is here. This is your new recovery key; the backup's old key does not open this.
setup-not-restored = Your space is set up, but the backup could not be brought in. You can try again from Settings.
setup-failed-nothing-set-up = Something went wrong. Nothing has been set up.
setup-failed = Something went wrong. Please try again.

## The recovery key.
setup-key-title = Your recovery key
setup-key-unseen = You left before saying you'd written down your recovery key, so here it is again.
setup-key-explain = If you forget your PIN, this key opens your information. Write it on paper and keep it somewhere safe, away from this computer. Once you say you have written it down, it is not shown again.
# $digits (String) - the key read digit by digit, its groups separated by commas.
setup-key-spoken = Recovery key: { $digits }.
setup-key-written-down = I have written it down
setup-key-later = Not now: show it next time
setup-key-question = Have you written down all 40 digits? You won't see them again.
setup-key-yes = Yes, I have
setup-key-back = Not yet, show me the key

## How to use the key, on the disguise chosen.
setup-how-title-notes = How to use it — if you forget your PIN, or your PIN stops opening it:
# $error (String) - what the calculator's display shows on an error (disguise-error).
setup-how-title-calculator = How to use it — if you forget your PIN, or the calculator shows { $error } when you type your PIN:
setup-how-notes-type = On the notes pad, type the 40 digits on a line of their own. You can leave the spaces in or out.
setup-how-notes-enter = Press Enter.
setup-how-calculator-type = Type the 40 digits on the calculator. You don't need the spaces. The screen shows only the first 12 digits; keep typing.
setup-how-calculator-equals = Press =.
setup-how-new-pin = Choose a new PIN.
setup-how-mistake-notes = If you make a mistake, start again on a new line.
setup-how-mistake-calculator = If you make a mistake, press Esc and start again.
setup-how-wait = After several wrong PINs it waits a few minutes before opening. If your PIN seems to do nothing, wait and try again.
