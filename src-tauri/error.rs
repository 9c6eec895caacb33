//! Errors as the UI sees them: a closed set of codes it can branch on, and a message written for a
//! frightened person, not a developer. Never carries user data or secrets.

use std::collections::BTreeMap;

use harbour_reason::{Arg, Reason, reason};
use harbour_store::StoreError;
use harbour_vault::VaultError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Nothing is open (after a quick hide, a lock or a timeout).
    Locked,
    WrongPin,
    Throttled,
    KeychainUnavailable,
    DeviceKeyMissing,
    /// The security chip that keeps the PINs' secrets cannot be used; the recovery key opens.
    ChipUnavailable,
    /// A new PIN the security chip cannot take (about one in two): another one will do.
    PinNotUsableHere,
    Damaged,
    NewerVersion,
    Invalid,
    NotFound,
    AlreadySetUp,
    NotAvailable,
    /// A service could not be reached (the sharing relay or the other app, an update address);
    /// nothing was lost.
    Offline,
    /// The other side stopped sharing, or this one did.
    SharingEnded,
    /// Pairing: the two apps did not agree (a mistyped code, or someone in between).
    Mismatch,
    /// What an update address sent is not signed by the release key built into the app (or is
    /// not an update at all); nothing was used or saved.
    NotGenuine,
    /// The same kind of work is already under way (a sync, a case switch): nothing was done;
    /// it can be asked again when that ends.
    Busy,
    /// What was asked clashes with how things are now (sharing already set up, a shortcut
    /// another program holds): change that first.
    Conflict,
    /// The passphrase of a backup or a locked export does not open it (not a PIN: no guessing
    /// delay, and nothing about the vault's PINs is said).
    WrongPassphrase,
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ApiError {
    pub code: ErrorCode,
    /// Why, as a code: the page says it in the person's language (the message
    /// `error-<reason>` in `ui/locales/<language>/errors.ftl`). Never a sentence.
    pub reason: String,
    /// The values its words put in (a number of characters, a file's name).
    #[ts(type = "Record<string, string | number>")]
    pub args: BTreeMap<String, ReasonArg>,
}

/// A value a reason's words put in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum ReasonArg {
    Number(i64),
    Text(String),
}

impl ApiError {
    pub fn new(code: ErrorCode, why: Reason) -> ApiError {
        ApiError {
            code,
            reason: why.code().to_owned(),
            args: why
                .args()
                .iter()
                .map(|(name, value)| {
                    let value = match value {
                        Arg::Number(n) => ReasonArg::Number(*n),
                        Arg::Text(t) => ReasonArg::Text(t.clone()),
                    };
                    ((*name).to_owned(), value)
                })
                .collect(),
        }
    }

    pub fn locked() -> ApiError {
        ApiError::new(ErrorCode::Locked, reason("app-locked"))
    }
}

impl From<VaultError> for ApiError {
    fn from(e: VaultError) -> ApiError {
        use ErrorCode as C;
        match e {
            VaultError::WrongPin => ApiError::new(C::WrongPin, reason("app-wrong-pin")),
            VaultError::Throttled { retry_after } => ApiError::new(
                C::Throttled,
                reason("app-wait-seconds").with("seconds", retry_after.as_secs().max(1)),
            ),
            VaultError::KeychainLocked => {
                ApiError::new(C::KeychainUnavailable, reason("app-keychain-locked"))
            }
            VaultError::KeychainUnavailable(_) => {
                ApiError::new(C::KeychainUnavailable, reason("app-keychain-unavailable"))
            }
            VaultError::DeviceSecretMissing => {
                ApiError::new(C::DeviceKeyMissing, reason("app-device-key-missing"))
            }
            VaultError::PinOutsideLane => {
                ApiError::new(C::PinNotUsableHere, reason("app-pin-not-usable-here"))
            }
            VaultError::ChipUnavailable => {
                ApiError::new(C::ChipUnavailable, reason("app-chip-unavailable"))
            }
            VaultError::Corrupt(_) => ApiError::new(C::Damaged, reason("app-damaged-not-opened")),
            VaultError::UnsupportedVersion(_) | VaultError::UnsupportedParams => {
                ApiError::new(C::NewerVersion, reason("app-newer-version"))
            }
            VaultError::Invalid(why) => ApiError::new(C::Invalid, why),
            VaultError::NotFound => ApiError::new(C::NotFound, reason("app-not-set-up")),
            VaultError::AlreadyExists => {
                ApiError::new(C::AlreadySetUp, reason("opening-already-set-up"))
            }
            VaultError::NotAvailable => ApiError::new(C::NotAvailable, reason("app-not-available")),
            VaultError::Store(e) => e.into(),
            VaultError::Io(_) | VaultError::Database(_) | VaultError::Random => {
                ApiError::new(C::Internal, reason("app-went-wrong-saving-reading"))
            }
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        use ErrorCode as C;
        match e {
            StoreError::NotFound => ApiError::new(C::NotFound, reason("app-not-found")),
            StoreError::Invalid(why) => ApiError::new(C::Invalid, why),
            StoreError::Corrupt(_) => ApiError::new(C::Damaged, reason("app-damaged")),
            StoreError::NewerSchema { .. } => {
                ApiError::new(C::NewerVersion, reason("app-newer-version-update"))
            }
            _ => ApiError::new(C::Internal, reason("app-went-wrong")),
        }
    }
}
