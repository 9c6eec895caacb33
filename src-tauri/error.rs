//! Errors as the UI sees them: a closed set of codes it can branch on, and a message written for a
//! frightened person, not a developer. Never carries user data or secrets.

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
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
        }
    }

    pub fn locked() -> ApiError {
        ApiError::new(
            ErrorCode::Locked,
            "This is closed. Open it again to carry on.",
        )
    }
}

const NOTHING_LOST: &str = "Nothing has been lost.";

impl From<VaultError> for ApiError {
    fn from(e: VaultError) -> ApiError {
        use ErrorCode as C;
        match e {
            VaultError::WrongPin => {
                ApiError::new(C::WrongPin, "That didn't match. Please try again.")
            }
            VaultError::Throttled { retry_after } => ApiError::new(
                C::Throttled,
                format!(
                    "PINs can only be tried or changed a few times in a row. Please wait {} \
                     seconds, then try again.",
                    retry_after.as_secs().max(1)
                ),
            ),
            VaultError::KeychainLocked => ApiError::new(
                C::KeychainUnavailable,
                "Your computer's password store is locked, so this can't be done right now. \
                 Unlock it (signing out and back in usually does), then try again. Nothing has \
                 been changed.",
            ),
            VaultError::KeychainUnavailable(_) => ApiError::new(
                C::KeychainUnavailable,
                "Your computer's password store isn't available right now, so nothing can be \
                 opened. Your information is safe and unchanged. Signing out and back in usually \
                 helps.",
            ),
            VaultError::DeviceSecretMissing => ApiError::new(
                C::DeviceKeyMissing,
                "This computer's key is missing from its password store. Your information is still \
                 safe: you can open it with your recovery key.",
            ),
            VaultError::PinOutsideLane => ApiError::new(
                C::PinNotUsableHere,
                "This PIN can't be used on this computer. Nothing is wrong with it: the security \
                 chip accepts only about half of all PINs. Please choose another one. Your \
                 current PIN still works.",
            ),
            VaultError::ChipUnavailable => ApiError::new(
                C::ChipUnavailable,
                "This computer's security chip can't be used right now, so your PIN can't be \
                 checked. Your information is safe and unchanged: your recovery key still opens \
                 it.",
            ),
            VaultError::Corrupt(_) => ApiError::new(
                C::Damaged,
                "Some stored information looks damaged, so it was not opened. Nothing has been \
                 changed or deleted. A backup or your recovery key can help.",
            ),
            VaultError::UnsupportedVersion(_) | VaultError::UnsupportedParams => ApiError::new(
                C::NewerVersion,
                "This information was saved by a newer version. Please update, then try again. \
                 Nothing has been changed.",
            ),
            VaultError::Invalid(msg) => ApiError::new(C::Invalid, msg),
            VaultError::NotFound => ApiError::new(C::NotFound, "Nothing has been set up yet."),
            VaultError::AlreadyExists => {
                ApiError::new(C::AlreadySetUp, "This has already been set up.")
            }
            VaultError::NotAvailable => {
                ApiError::new(C::NotAvailable, "That isn't available here.")
            }
            VaultError::Store(e) => e.into(),
            VaultError::Io(_) | VaultError::Database(_) | VaultError::Random => ApiError::new(
                C::Internal,
                format!("Something went wrong while saving or reading. {NOTHING_LOST}"),
            ),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        use ErrorCode as C;
        match e {
            StoreError::NotFound => ApiError::new(
                C::NotFound,
                "That item could not be found. It may have been removed.",
            ),
            StoreError::Invalid(msg) => ApiError::new(C::Invalid, msg),
            StoreError::Corrupt(_) => ApiError::new(
                C::Damaged,
                "Some stored information looks damaged. Nothing has been changed or deleted.",
            ),
            StoreError::NewerSchema { .. } => ApiError::new(
                C::NewerVersion,
                "This information was saved by a newer version. Please update, then try again.",
            ),
            _ => ApiError::new(C::Internal, format!("Something went wrong. {NOTHING_LOST}")),
        }
    }
}
