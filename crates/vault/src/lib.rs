//! The encrypted vault: everything between a person's PIN and an open, keyed database.
//!
//! Key hierarchy (see `ARCHITECTURE.md`):
//!
//! ```text
//! PIN ──Argon2id(salt, params from header)──┐
//!                                            ├─HKDF─> key-encryption key ──unwraps──> master key
//! device secret (OS keychain, 32 bytes) ─────┘                                          │
//! recovery key (shown once) ──HKDF──> recovery key-encryption key ──unwraps──> master key │
//!                                                          master key ──HKDF──> SQLCipher raw key
//! ```
//!
//! A vault is a folder holding a fixed-size header (`profile.bin`), two SQLCipher databases (one
//! real, one decoy, in random order) and a small attempts file. The header has three fixed-size key
//! slots: the PIN, the duress PIN (opens the decoy) and the recovery key. Unused slots hold random
//! bytes, so the header does not say whether a duress PIN exists, and every PIN unlock tries both
//! PIN slots so that timing does not tell which one matched.

mod appearance;
mod archive;
mod backup;
mod binding;
mod cases;
#[cfg(target_os = "linux")]
mod chip;
#[cfg(not(target_os = "linux"))]
#[path = "chip_absent.rs"]
mod chip;
mod database;
mod error;
mod files;
mod guesses;
mod header;
mod keychain;
mod keys;
mod notes_pad;
mod secret;
mod vault;

pub use appearance::{Appearance, Look};
pub use backup::{BackupPassphrase, BackupSecret, open_backup_stream, seal_backup_stream};
pub use binding::ChipStatus;
pub use cases::CaseVault;
pub use chip::Chip;
pub use error::VaultError;
pub use guesses::{DECAY as GUESS_DECAY, delay_after_failures};
pub use header::KdfParams;
pub use keychain::Keychain;
pub use notes_pad::{
    MAX_NOTES_PAD_BYTES, forget_notes_pad, load_notes_pad, ordinary_lines, save_notes_pad,
};
pub use secret::{Pin, RecoveryKey};
pub use vault::{
    BackupInProgress, CheckedBackup, CreatedVault, KeyKeptIn, LockedVault, NEW_PIN_DIGITS,
    PinChanged, PreparedRestore, RestoreInProgress, UnlockedVault, VaultKind, WrittenBackup,
    default_data_dir,
};

/// Folder and file names are deliberately dull: someone browsing the disk should see a calculator's
/// settings, nothing more.
pub const DATA_FOLDER_NAME: &str = "pocketcalc";
