//! The one error type every store operation returns.

use harbour_reason::Reason;
use thiserror::Error;

/// What went wrong in a store operation.
///
/// `Invalid` carries why, as a [`Reason`] the UI says in words to the person using the app; the
/// other variants are for logs and bug reports (which must never contain user data, so none of
/// them echo stored content).
#[derive(Debug, Error)]
pub enum StoreError {
    /// The record asked for does not exist (or was deleted).
    #[error("not found")]
    NotFound,
    /// The caller's input was rejected, and why.
    #[error("{0}")]
    Invalid(Reason),
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
    pub(crate) fn invalid(why: Reason) -> Self {
        StoreError::Invalid(why)
    }
}
