//! How the sync engine reaches the open vault: one quick step at a time, never while waiting on
//! the network or merging, so the app can hide (and close the vault) at any moment.

use harbour_store::Store;

use crate::ShareError;

/// The open vault, one step at a time.
pub trait VaultAccess: Sync {
    /// Runs `f` with the store, or fails with [`ShareError::Closed`] once the vault has been
    /// closed (or hidden) since the session began.
    fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, ShareError>,
    ) -> Result<T, ShareError>;
}

/// A store owned by one task (tests, the stand-in advocate).
impl VaultAccess for std::sync::Mutex<&mut Store> {
    fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, ShareError>,
    ) -> Result<T, ShareError> {
        let mut store = self.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut store)
    }
}
