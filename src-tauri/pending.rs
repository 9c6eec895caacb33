//! What was read from a file and waits, in memory only, for the person's choice (a chat export,
//! e-mails): held for the opening it was read in, dropped at every hide without the hide ever
//! waiting for it, and never used in a later opening (a case switch or an unlock after a hide).

use harbour_reason::reason;
use std::sync::Mutex;

use crate::error::{ApiError, ErrorCode};
use crate::session::Session;

/// Something read in one opening of the vault.
pub trait OfOpening: Send + 'static {
    /// The session epoch it was read in.
    fn epoch(&self) -> u64;
}

/// At most one thing waiting.
pub struct Pending<T>(Mutex<Option<T>>);

impl<T> Default for Pending<T> {
    fn default() -> Self {
        Pending(Mutex::new(None))
    }
}

impl<T: OfOpening> Pending<T> {
    /// Empties the slot without ever waiting for it: a hide must not. What was in it is wiped and
    /// freed on a thread of its own; if the slot is busy (a re-read), that re-read finds the
    /// opening ended and keeps nothing.
    pub fn forget_soon(&self) {
        let taken = match self.0.try_lock() {
            Ok(mut slot) => slot.take(),
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner().take(),
            Err(std::sync::TryLockError::WouldBlock) => None,
        };
        if let Some(taken) = taken {
            std::thread::spawn(move || drop(taken));
        }
    }

    /// What waits, if it was read in opening `epoch` (anything older is dropped).
    pub fn take_for(&self, epoch: u64) -> Option<T> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
            .filter(|p| p.epoch() == epoch)
    }

    /// Puts `pending` back, only if no hide or case switch has come since it was read.
    pub fn put_back(&self, session: &Session, pending: T) {
        let mut slot = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if session.epoch() == pending.epoch() {
            *slot = Some(pending);
        }
    }
}

/// Reads an ordinary file whole, at most `limit` bytes (`too_large` is the error past it).
pub fn read_whole(
    path: &std::path::Path,
    limit: u64,
    too_large: impl FnOnce() -> ApiError,
) -> Result<Vec<u8>, ApiError> {
    use std::io::Read;
    let unreadable = || ApiError::new(ErrorCode::Invalid, reason("pending-file-unreadable"));
    // Only an ordinary file: a named pipe or a device would never end.
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return Err(unreadable());
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .map_err(|_| unreadable())?
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| unreadable())?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}
