## Settings: how the app hides and locks, the PINs, and the checks on what is typed there.
## Numbers ($min, $max, $digits) come from the app, formatted for the language.

settings-title = Settings
settings-lead = How this app hides and locks, the PINs that open it, backups and updates.
settings-restored = Restored. Everything shown now comes from the backup.
settings-load-failed = Your settings could not be loaded. Please try again.

## How it looks when hidden, the quick-hide shortcut, locking by itself

settings-hiding-and-locking = Hiding and locking
settings-look-title = How the app looks when hidden
settings-look-calculator = A calculator
settings-look-calculator-how = To open it: type your PIN, then press =.
settings-look-notes = A notes pad
settings-look-notes-how = To open it: type your PIN on a line of its own, then press Enter. Like any notes app, it keeps the lines typed into it, where anyone using this computer could read them, but never a line with four or more digits in a row (so never the PIN or the recovery key, and not phone numbers or years either). Keep anything private inside the app, not in the pad.
settings-shortcut-title = Quick-hide shortcut
settings-shortcut-label = Shortcut keys
settings-shortcut-hint = Pressing these keys hides this at once and locks it, whatever else is on the screen.
# "Calculator" is the name the desktop shows for the app: keep it as it is.
settings-shortcut-not-possible = On this computer's desktop, a shortcut that works everywhere is not possible. To hide this quickly, use the Quick exit button at the top, or press Shift three times.
settings-shortcut-kept-by-desktop = This desktop keeps the shortcut itself. To see or change it, open the desktop's keyboard settings and look for Calculator. The Quick exit button and Shift pressed three times work too.
# $keys: the shortcut said in words, such as "Ctrl + Shift + H".
settings-shortcut-now = Now: { $keys }.
settings-record = Record a new shortcut
settings-record-press-now = Press the keys now (Esc to stop)
settings-record-how = Hold Ctrl, Alt or Shift (or more than one) and press a letter, a number or F1 to F12. Press Esc to stop without changing anything.
settings-record-stopped = Stopped. Your shortcut has not changed.
settings-record-new = New shortcut: { $keys }. Press Save to keep it.
settings-record-no-modifier = Please hold Ctrl, Alt or Shift as well, then press the key.
settings-record-shift-types-text = Shift with a letter, number or sign is how capitals and symbols are typed, so it cannot be the shortcut. Please add Ctrl or Alt.
settings-record-unsupported = That key cannot be used. Please try a letter, a number or F1 to F12.
settings-shortcut-empty = Please choose a quick-hide shortcut.
settings-shortcut-incomplete = The shortcut needs at least one of Ctrl, Alt or Shift, and one other key, such as Ctrl+Shift+H.
settings-autolock-title = Lock automatically
settings-minutes-label = Minutes before it locks
settings-minutes-hint = If nothing is typed or clicked for this many minutes, it locks itself and you will need your PIN again. Between { $min } and { $max }; a shorter time is safer if others use this computer.
settings-minutes-rule = Please choose a whole number of minutes from { $min } to { $max }.
settings-save = Save
settings-saved = Saved.
settings-save-failed = Your settings could not be saved. Please try again.

## Changing the PIN

settings-change-pin-title = Change your PIN
settings-key-place-password-store = Your PIN works together with a key kept in this computer's password store, so a copy of the app's files can't be opened on another computer.
settings-key-place-chip = Your PIN only works on this computer: its security chip checks it and stops quick guessing. Someone with administrator access could get round this limit, so a PIN of { $digits } or more digits is safer.
settings-key-place-chip-limited = Your PIN only works on this computer: its security chip checks it and stops anyone trying PINs quickly.
settings-chip-hint = On this computer about half of all PINs can't be used. If one is refused, just choose another.
settings-current-pin = Your current PIN
settings-need-current-pin = Please type your current PIN first.
settings-new-pin = New PIN
settings-new-pin-again = Type the new PIN again
settings-change-pin = Change PIN
settings-changing = Changing…
settings-pin-changed = Your PIN has been changed. From now on, use the new PIN to open this.
settings-pin-not-changed = Your PIN could not be changed. Your old PIN still works.

## Checks on a PIN being chosen (also used at setup, after the recovery key, and in the
## everyday notebook the second PIN opens: these must say nothing about what this app is for)

settings-pin-field-hint = { $min } to { $max } digits, so it can be typed on the calculator or the notes pad. Avoid dates or numbers others could guess.
settings-pin-rule = Please use { $min } to { $max } digits, with no spaces or letters.
settings-pin-empty = Please type a PIN.
settings-pin-confirm-empty = Please type the PIN a second time, to be sure it is right.
settings-pin-too-easy = This PIN can't be used: it's too easy to guess. Please choose another.
settings-pins-differ = The two PINs are not the same. Please type them again.
settings-wrong-current-pin = That isn't your current PIN. Please type it again.
settings-strength-not-digits = Only digits, please, with no spaces or letters.
settings-strength-long = That is more than { $max } digits. Please use fewer.
settings-strength-refused = This PIN can't be used: it's too easy to guess.
settings-strength-easy = Easy to guess. Digits with no pattern are stronger.
settings-strength-ok = OK. Longer is harder to guess: { $digits } or more digits is better.
settings-strength-good = Good.
settings-strength-strong = Strong.

## The second (decoy) PIN

settings-second-title = Second PIN (decoy)
settings-second-about = A second PIN opens a separate space that looks ordinary and holds none of what you keep here. If someone ever makes you open the app, you can type the second PIN instead, and they will see that space, not this one.
settings-second-starts-new = Setting a second PIN starts a new space with different pages. Anything in the old one, including pages you wrote, is deleted.
settings-opens-legend = What your second PIN opens
settings-opens-notebook = An everyday notebook (recommended)
settings-opens-notebook-hint = A plain notebook for writing pages. Nothing in it suggests that this app exists.
settings-opens-app = A copy of this app with nothing of yours in it
settings-opens-app-hint = Only if the other person already knows this app is here. They will see its menus (Safety plan, Incident log…) but none of your information.
settings-second-pin = Second PIN
settings-second-pin-again = Type the second PIN again
settings-second-pin-hint = { $min } to { $max } digits, different from your main PIN.
settings-second-pin-same = Your second PIN must be different from your main PIN.
settings-second-set = Set second PIN
settings-second-setting = Setting…
settings-second-set-notebook = Your second PIN is set. It opens an everyday notebook instead of this space. Someone who makes you type your second PIN will read its pages. Open it with your second PIN, delete any page that doesn't fit your life, and add one or two of your own, such as a real shopping list.
settings-second-set-app = Your second PIN is set. It opens a separate copy of this app with none of your information in it.
settings-second-not-set = The second PIN could not be set. Please try again.
settings-second-remove = Remove second PIN
settings-second-remove-question = Remove the second PIN? After this, only your main PIN opens the app.
settings-second-remove-yes = Yes, remove it
settings-second-remove-no = Keep it
settings-second-removing = Removing…
settings-second-removed = The second PIN has been removed. Only your main PIN opens the app now.
settings-second-not-removed = The second PIN could not be removed. Please try again.
# Said in Settings (above the second PIN form) and after unlock, when the second PIN was changed from inside the space it opens.
settings-second-pin-changed-below = Your second PIN was changed from inside the space it opens. If you didn't do this, someone who opened that space did, and they know the new PIN. They could not see anything in here. The second PIN you chose no longer opens it: to have one again, set a new second PIN below.
settings-second-pin-changed-in-settings = Your second PIN was changed from inside the space it opens. If you didn't do this, someone who opened that space did, and they know the new PIN. They could not see anything in here. The second PIN you chose no longer opens it: to have one again, set a new second PIN in Settings.
