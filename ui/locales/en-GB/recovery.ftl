# A new PIN after opening with the recovery key.

recovery-title = Choose a new PIN
recovery-intro = Your recovery key has opened your information. Choose the PIN you will use from now on.
recovery-new-pin-label = New PIN
recovery-new-pin-again-label = Type the new PIN again
recovery-save = Save new PIN
recovery-saving = Saving…
recovery-save-failed = The new PIN could not be saved. Please try again.

## Saved.
recovery-saved-title = New PIN saved
recovery-saved = Your new PIN is saved. Use it from now on. Your recovery key still works; keep it safe.
recovery-saved-second-pin-off = Your new PIN is saved. Your second PIN has been turned off, because this computer lost the key it needed. If you use a second PIN, set a new one in Settings.
recovery-continue = Continue
