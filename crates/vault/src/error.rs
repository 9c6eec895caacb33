//! One error type for the vault. Each variant is something the app can explain to a person in
//! plain words; none of them carries secret material or user data.

use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// The PIN (or recovery key) did not open any slot. Nothing was changed.
    #[error("that PIN did not match")]
    WrongPin,
    /// Too many wrong attempts recently: try again after `retry_after`.
    #[error("too many attempts; try again in {} seconds", retry_after.as_secs().max(1))]
    Throttled { retry_after: Duration },
    /// The OS keychain could not be reached (no Secret Service, locked, denied).
    #[error("the system keychain is not available")]
    KeychainUnavailable(String),
    /// The keychain holds this vault's entry but is locked; reading it would ask for the
    /// keychain's password, which the app never makes happen on its own.
    #[error("the system keychain is locked")]
    KeychainLocked,
    /// The keychain works but holds no device secret for this vault (e.g. a copied folder, or a
    /// reinstalled system). The recovery key still opens the vault.
    #[error("this device's key is missing from the system keychain")]
    DeviceSecretMissing,
    /// A new PIN that this computer's security chip cannot take (it takes about one PIN in two,
    /// `binding.rs`): another one will do. Said alike in both spaces; nothing was charged.
    #[error("that PIN cannot be used on this computer")]
    PinOutsideLane,
    /// The computer's security chip, which keeps this vault's PIN secrets, could not be used (it
    /// is missing, was cleared, or this is another computer). The recovery key still opens.
    #[error("the security chip is not available")]
    ChipUnavailable,
    /// A file of the vault is damaged or has been altered. Nothing was written over it.
    #[error("the stored data is damaged or has been altered")]
    Corrupt(&'static str),
    /// The header was written by a newer version of the app.
    #[error("this data was written by a newer version")]
    UnsupportedVersion(u16),
    /// KDF parameters outside the accepted range (below the floor or above the ceiling).
    #[error("unsupported key-derivation settings")]
    UnsupportedParams,
    #[error("no vault exists here yet")]
    NotFound,
    #[error("a vault already exists here")]
    AlreadyExists,
    /// Input a person typed that we refuse, and why (the UI says it in words).
    #[error("{0}")]
    Invalid(harbour_reason::Reason),
    /// The operation makes no sense in this kind of session (e.g. setting a duress PIN from the
    /// decoy vault).
    #[error("not available here")]
    NotAvailable,
    #[error("could not read or write a file: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Store(#[from] harbour_store::StoreError),
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    /// The system's random number generator failed; nothing was written.
    #[error("the system could not provide random numbers")]
    Random,
}

pub type Result<T, E = VaultError> = std::result::Result<T, E>;
