## Backups, in Settings (the "lock it with" choice is also used at setup, to restore).

backup-lock-with = Lock the backup with
backup-locked-with = The backup is locked with
backup-with-recovery-key = My recovery key
backup-with-passphrase = A backup passphrase
backup-recovery-key-label = Recovery key
# $digits: how many digits the recovery key has (40).
backup-recovery-key-hint-save = Your recovery key: the { $digits } digits you were shown when you set this up. Spaces don't matter.
backup-recovery-key-hint-restore = The recovery key the backup was locked with, as you wrote it down. Spaces don't matter.
backup-passphrase-label = Backup passphrase
# $characters: the fewest characters a backup passphrase may have (12).
backup-passphrase-hint-save = At least { $characters } characters, such as a few words only you would put together. Without it, this backup cannot be opened.
backup-passphrase-hint-restore = The passphrase you chose when you made the backup.
backup-need-recovery-key = Please type your recovery key.
backup-need-passphrase = Please type the backup passphrase.

## Making a backup

backup-save-title = Make a backup
backup-save-about = A backup is one locked file holding everything here, including attached files. Keep it somewhere only you can reach, such as a USB stick you keep safe. Without the recovery key or passphrase it is unreadable.
backup-save = Save a backup…
backup-choose-where = Choose where to save it…
# $size: the backup's size in megabytes (a sentence about the cases in it may follow).
backup-saved = Backup saved ({ $size } MB).
backup-not-saved = No backup was saved.
backup-save-failed = The backup could not be saved. Nothing here was changed.

## Restoring from a backup

backup-restore-title = Restore from a backup
backup-restore-about = This replaces everything here with what is in a backup file. The whole file is checked first: if anything is wrong with it, nothing here changes. Your PINs stay the same.
backup-restore-start = Restore from a backup…
backup-restore-question = Replace everything here with the backup? Anything added since the backup was made will be lost.
backup-restore-yes = Yes, replace everything
backup-restore-no = Keep what is here
backup-choose-file = Choose the backup file…
# A sentence about the cases restored may follow.
backup-restored = Restored from the backup.
backup-not-restored = Nothing was restored.
backup-restore-failed = Nothing was restored. Everything here is as it was.
