//! Backups: a whole encrypted backup saved where the person chooses, and restored from one,
//! each in steps so that a hide stops it at once.

use harbour_reason::reason;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::error::{ApiError, ErrorCode};
use crate::files::{choose_destination, choose_file, write_beside_then_rename};
use crate::session::Session;

/// What a backup is locked with: the recovery key or a backup passphrase (exactly one).
#[derive(Deserialize, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct BackupLock {
    pub recovery_key: Option<String>,
    pub passphrase: Option<String>,
}

pub(super) enum BackupSecretOwned {
    RecoveryKey(harbour_vault::RecoveryKey),
    Passphrase(harbour_vault::BackupPassphrase),
}

impl BackupSecretOwned {
    pub(super) fn from_lock(lock: BackupLock) -> Result<BackupSecretOwned, ApiError> {
        let key = lock.recovery_key.map(zeroize::Zeroizing::new);
        let passphrase = lock.passphrase.map(zeroize::Zeroizing::new);
        match (key, passphrase) {
            (Some(key), None) => Ok(BackupSecretOwned::RecoveryKey(
                harbour_vault::RecoveryKey::parse(&key)?,
            )),
            (None, Some(p)) => Ok(BackupSecretOwned::Passphrase(
                harbour_vault::BackupPassphrase::new(p.as_str())?,
            )),
            _ => Err(ApiError::new(
                ErrorCode::Invalid,
                reason("backup-type-your-recovery-key-backup"),
            )),
        }
    }

    pub(super) fn as_secret(&self) -> harbour_vault::BackupSecret<'_> {
        match self {
            BackupSecretOwned::RecoveryKey(k) => harbour_vault::BackupSecret::RecoveryKey(k),
            BackupSecretOwned::Passphrase(p) => harbour_vault::BackupSecret::Passphrase(p),
        }
    }
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct BackupDone {
    /// False when the person closed the file dialog without choosing.
    pub done: bool,
    /// The backup's size in bytes (0 when not done, and for a restore).
    #[ts(type = "number")]
    pub bytes: u64,
    /// Cases of an advocate's caseload in the backup saved, or brought back by the restore.
    pub cases: u32,
    /// Cases added since the backup was made, kept by the restore as they were.
    pub cases_kept: u32,
    /// Cases left out: of the backup saved, because they could not be read (damaged); of the
    /// restore, because they could not be put in place (each stays as it was).
    pub cases_left_out: u32,
}

impl BackupDone {
    fn not_done() -> BackupDone {
        BackupDone {
            done: false,
            bytes: 0,
            cases: 0,
            cases_kept: 0,
            cases_left_out: 0,
        }
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Messages for backup files, which are the person's own files rather than the vault.
fn backup_file_error(e: harbour_vault::VaultError) -> ApiError {
    use harbour_vault::VaultError as V;
    match e {
        V::Corrupt(_) => ApiError::new(ErrorCode::Damaged, reason("backup-not-a-backup")),
        V::WrongPin => ApiError::new(
            ErrorCode::WrongPassphrase,
            reason("backup-wrong-passphrase"),
        ),
        V::Io(_) => ApiError::new(ErrorCode::Internal, reason("backup-file-unusable")),
        other => other.into(),
    }
}

/// The backup file the person picks in the computer's open dialog, opened; `None` if they closed
/// the dialog.
pub(super) fn pick_backup<R: Runtime>(
    app: &AppHandle<R>,
    words: &harbour_words::Words,
) -> Result<Option<std::fs::File>, ApiError> {
    choose_file(app, &words.get("dialog-choose-backup"), None)?
        .map(|path| {
            std::fs::File::open(path)
                .map_err(|e| backup_file_error(harbour_vault::VaultError::Io(e)))
        })
        .transpose()
}

/// Saves a backup of everything where the person chooses (a native save dialog; GTK's
/// recent-files list is off for this app). Written beside the destination first and renamed into
/// place, so a failure never leaves half a backup under the chosen name.
#[tauri::command]
pub async fn save_backup<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    lock: BackupLock,
) -> Result<BackupDone, ApiError> {
    let secret = BackupSecretOwned::from_lock(lock)?;
    // Noted before the dialog: a hide while it is open (and perhaps the decoy opened after it)
    // means nothing is written.
    let epoch = session.epoch();
    session.with_vault_since(epoch, |v| match &secret {
        BackupSecretOwned::RecoveryKey(key) => {
            v.confirm_recovery_key(key).map_err(backup_file_error)
        }
        BackupSecretOwned::Passphrase(_) => Ok(()),
    })?;
    let Some(path) = choose_destination(
        &app,
        &session.words().get("dialog-save-backup"),
        "calculator-history.backup",
    )?
    else {
        return Ok(BackupDone::not_done());
    };
    // Hidden while the dialog was open: not even an empty file is made.
    session.open_since(epoch)?;
    let written = write_beside_then_rename(
        &path,
        || session.epoch() == epoch,
        |file| {
            session.touch();
            let mut backup = session.with_vault_since(epoch, |v| {
                v.start_backup(file, secret.as_secret(), harbour_vault::KdfParams::DEFAULT)
                    .map_err(backup_file_error)
            })?;
            while backup_next_case(&session, epoch, &mut backup)? {}
            backup.finish().map_err(backup_file_error)
        },
    )?;
    Ok(BackupDone {
        done: true,
        bytes: written.bytes,
        cases: count(written.cases),
        cases_kept: 0,
        cases_left_out: count(written.cases_unreadable),
    })
}

/// Adds the next case to a backup, holding the vault for that case only, so a hide during a long
/// backup locks it at once (the backup then fails with `locked` and its half-written file is
/// removed). False once every case is in.
pub fn backup_next_case<W: std::io::Write>(
    session: &Session,
    epoch: u64,
    backup: &mut harbour_vault::BackupInProgress<W>,
) -> Result<bool, ApiError> {
    // The person asked for it and is waiting: it counts as their activity, so the idle lock
    // doesn't cut a long backup short.
    session.touch();
    session.with_vault_since(epoch, |v| {
        v.continue_backup(backup).map_err(backup_file_error)
    })
}

/// A file being read for work that must stop at a hide (a restore's read, which runs without
/// holding the vault): once the vault has been hidden since `epoch`, reading fails.
struct UntilHidden<'a, R> {
    session: &'a Session,
    epoch: u64,
    inner: R,
}

impl<'a, R> UntilHidden<'a, R> {
    fn new(session: &'a Session, epoch: u64, inner: R) -> UntilHidden<'a, R> {
        UntilHidden {
            session,
            epoch,
            inner,
        }
    }
}

impl<R: std::io::Read> std::io::Read for UntilHidden<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.session.epoch() != self.epoch {
            return Err(std::io::Error::other("hidden"));
        }
        self.session.touch();
        self.inner.read(buf)
    }
}

/// Reads and checks a whole backup into encrypted scratch files in `scratch_dir` (under the
/// backup's own key), without the vault. A hide stops the reading, and the answer is then
/// `locked`, never "damaged".
pub(super) fn read_backup_until_hidden(
    session: &Session,
    epoch: u64,
    scratch_dir: &std::path::Path,
    file: std::fs::File,
    secret: &BackupSecretOwned,
) -> Result<harbour_vault::CheckedBackup, ApiError> {
    let checked = harbour_vault::CheckedBackup::read(
        scratch_dir,
        UntilHidden::new(session, epoch, std::io::BufReader::new(file)),
        secret.as_secret(),
    )
    .map_err(|e| hidden_or(session, epoch, backup_file_error(e)))?;
    // Hidden after the last read, while the parts were checked.
    if session.epoch() != epoch {
        return Err(ApiError::locked());
    }
    Ok(checked)
}

/// `locked` if the vault was hidden since `epoch` (whatever failed then, it was stopped by the
/// hide, not a bad file), else `error`.
fn hidden_or(session: &Session, epoch: u64, error: ApiError) -> ApiError {
    if session.epoch() != epoch {
        ApiError::locked()
    } else {
        error
    }
}

/// Re-keys a checked backup under the open vault's keys, holding the vault for the own records
/// and then for one case at a time, so a hide during a long restore locks at once (the restore
/// then fails as locked, and nothing has changed: its scratch files are dropped).
pub(super) fn restore_in_steps(
    session: &Session,
    epoch: u64,
    checked: harbour_vault::CheckedBackup,
) -> Result<harbour_vault::PreparedRestore, ApiError> {
    session.touch();
    let mut restore = session.with_vault_since(epoch, |v| {
        // The list's note of the open case is brought up to date first: a case added since the
        // backup is kept, with its entry as it is now.
        crate::caseload::note_open_case(v)?;
        v.start_restore(checked).map_err(backup_file_error)
    })?;
    loop {
        // Counted as the person's activity, as in a backup.
        session.touch();
        if !session.with_vault_since(epoch, |v| {
            v.continue_restore(&mut restore).map_err(backup_file_error)
        })? {
            break;
        }
    }
    restore.prepared().map_err(backup_file_error)
}

/// Replaces everything open now with a backup the person picks. The page asks for confirmation
/// first; here the whole file is checked before anything changes.
#[tauri::command]
pub async fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    lock: BackupLock,
) -> Result<BackupDone, ApiError> {
    let secret = BackupSecretOwned::from_lock(lock)?;
    // Noted before the dialog: a hide while it is open (and perhaps the decoy opened after it)
    // means nothing is read or changed.
    let epoch = session.epoch();
    session.open_since(epoch)?;
    let Some(file) = pick_backup(&app, &session.words())? else {
        return Ok(BackupDone::not_done());
    };
    // Read and checked in full without holding the vault (the longest part), so a hide meanwhile
    // locks at once.
    let checked = read_backup_until_hidden(&session, epoch, session.dir(), file, &secret)?;
    let prepared = restore_in_steps(&session, epoch, checked)?;
    let (cases, cases_kept) = (prepared.cases_restored(), prepared.cases_kept());
    let epoch = session.replace_vault_since(epoch, |v| v.finish_restore(prepared))?;
    let left_out = session.with_vault_since(epoch, |v| Ok(v.cases_not_restored()))?;
    Ok(BackupDone {
        done: true,
        bytes: 0,
        cases: count(cases.saturating_sub(left_out)),
        cases_kept: count(cases_kept),
        cases_left_out: count(left_out),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::{ApiError, ErrorCode, Session, UntilHidden, backup_file_error, hidden_or};
    use std::io::Read;

    /// A passphrase that does not open a backup is said as that, never as a wrong PIN (the page
    /// would speak of PINs and guessing delays about a file).
    #[test]
    fn a_wrong_passphrase_is_its_own_refusal() {
        let refused = backup_file_error(harbour_vault::VaultError::WrongPin);
        assert_eq!(refused.code, ErrorCode::WrongPassphrase);
        assert_eq!(refused.reason, "backup-wrong-passphrase");
    }

    /// A restore's read stops at a hide, and what failed then is told as locked, not as a bad
    /// file. (No vault is needed: a hide moves the epoch on even when nothing is open.)
    #[test]
    fn a_read_for_a_restore_stops_at_a_hide() {
        let dir = tempfile::tempdir().unwrap();
        let session = Session::new(
            dir.path().join("data"),
            harbour_vault::Keychain::with_service("pocketcalc-tests"),
            harbour_vault::KdfParams::FLOOR,
        );
        let epoch = session.epoch();
        let bytes = [7u8; 64];
        let mut read = UntilHidden::new(&session, epoch, &bytes[..]);
        let mut first = [0u8; 16];
        read.read_exact(&mut first).unwrap();
        let damaged = || {
            ApiError::new(
                ErrorCode::Damaged,
                harbour_reason::reason("backup-not-a-backup"),
            )
        };
        assert_eq!(
            hidden_or(&session, epoch, damaged()).code,
            ErrorCode::Damaged
        );

        session.lock();
        assert!(read.read(&mut first).is_err(), "nothing more is read");
        assert_eq!(
            hidden_or(&session, epoch, damaged()).code,
            ErrorCode::Locked
        );
    }
}
