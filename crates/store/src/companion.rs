//! The key of the other database in the vault folder (the second PIN's), kept by the real vault
//! only, so that the real vault can keep the other file's size in step with its own (a decoy
//! that stayed small while the real one grew would say which file is which). Knowing it gives
//! nothing the real vault's owner should not have; the decoy never holds the real one's.

use zeroize::Zeroizing;

use crate::{Store, StoreError};

const KEY: &str = "companion_key";

impl Store {
    /// Keeps (or replaces) the other database's key.
    pub fn keep_companion_key(&mut self, key: &[u8]) -> Result<(), StoreError> {
        self.put_meta(KEY, key)
    }

    /// The other database's key, if this store keeps it.
    pub fn companion_key(&self) -> Result<Option<Zeroizing<Vec<u8>>>, StoreError> {
        Ok(self.meta(KEY)?.map(Zeroizing::new))
    }
}
