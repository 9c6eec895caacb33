//! The one error type every store operation returns.

use thiserror::Error;

/// What went wrong in a store operation.
///
/// `Invalid` carries a message that is safe and fit to show to the person using the app; the
/// other variants are for logs and bug reports (which must never contain user data, so none of
/// them echo stored content).
#[derive(Debug, Error)]
pub enum StoreError {
    /// The record asked for does not exist (or was deleted).
    #[error("not found")]
    NotFound,
    /// The caller's input was rejected; the message explains why in plain words.
    #[error("{0}")]
    Invalid(String),
    /// Stored data failed an integrity or decoding check.
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    /// The database was written by a newer version of the app, which this one must not touch.
    #[error(
        "this data was saved by a newer version of the app (schema {found}, this app knows up to {known})"
    )]
    NewerSchema { found: i64, known: i64 },
    /// The system random number generator failed (key or id generation).
    #[error("the system random number generator is unavailable")]
    Random,
    /// An error from SQLite / SQLCipher.
    #[error(transparent)]
    Database(#[from] rusqlite::Error),
}

impl From<automerge::AutomergeError> for StoreError {
    fn from(e: automerge::AutomergeError) -> Self {
        StoreError::Corrupt(format!("shared document: {e}"))
    }
}

impl StoreError {
    pub(crate) fn invalid(msg: impl Into<String>) -> Self {
        StoreError::Invalid(msg.into())
    }
}
