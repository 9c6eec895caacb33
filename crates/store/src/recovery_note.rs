//! The recovery key of a vault whose setup was interrupted before the person saw it (a quick exit
//! while setup finished): kept inside the vault until the page has shown it, so the next unlock
//! can show it then. Anyone who can read this can already read everything the key protects.

use rusqlite::OptionalExtension;
use zeroize::Zeroizing;

use crate::{Store, StoreError};

const KEY: &str = "recovery_key_not_seen";

impl Store {
    /// Keeps the recovery key's text until [`Store::forget_unseen_recovery_key`].
    pub fn keep_unseen_recovery_key(&mut self, text: &str) -> Result<(), StoreError> {
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO store_meta(key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = ?2",
                (KEY, text.as_bytes()),
            )?;
            Ok(())
        })
    }

    /// The recovery key the person has not seen yet, if any.
    pub fn unseen_recovery_key(&self) -> Result<Option<Zeroizing<String>>, StoreError> {
        let bytes: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT value FROM store_meta WHERE key = ?1", [KEY], |r| {
                r.get(0)
            })
            .optional()?;
        bytes
            .map(|b| {
                String::from_utf8(b)
                    .map(Zeroizing::new)
                    .map_err(|_| StoreError::Corrupt("recovery key note is not text".into()))
            })
            .transpose()
    }

    /// The person has seen (and written down) their recovery key.
    pub fn forget_unseen_recovery_key(&mut self) -> Result<(), StoreError> {
        self.write(|tx, _| {
            tx.execute("DELETE FROM store_meta WHERE key = ?1", [KEY])?;
            Ok(())
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn kept_until_seen() {
        let mut s = Store::open(rusqlite::Connection::open_in_memory().unwrap()).unwrap();
        assert!(s.unseen_recovery_key().unwrap().is_none());
        s.keep_unseen_recovery_key("ABCD-EFGH").unwrap();
        s.keep_unseen_recovery_key("IJKL-MNOP").unwrap();
        assert_eq!(
            s.unseen_recovery_key().unwrap().unwrap().as_str(),
            "IJKL-MNOP"
        );
        s.forget_unseen_recovery_key().unwrap();
        assert!(s.unseen_recovery_key().unwrap().is_none());
    }
}
