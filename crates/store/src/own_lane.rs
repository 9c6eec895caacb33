//! Which of the computer's two chip lanes the real vault's PIN uses (see the vault's `chip.rs`),
//! kept inside the real vault so that after the recovery key opened it, a new PIN goes back into
//! the same lane and the second PIN, in the other, keeps working. Which lane is real is written
//! nowhere outside the encrypted vault.

use rusqlite::OptionalExtension;

use crate::{Store, StoreError};

const KEY: &str = "own_lane";

impl Store {
    /// Keeps (or replaces) the lane this vault's PIN uses.
    pub fn keep_own_lane(&mut self, lane: u8) -> Result<(), StoreError> {
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO store_meta(key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = ?2",
                (KEY, vec![lane]),
            )?;
            Ok(())
        })
    }

    /// The lane this vault's PIN uses, if it was ever kept.
    pub fn own_lane(&self) -> Result<Option<u8>, StoreError> {
        let value = self
            .conn
            .query_row("SELECT value FROM store_meta WHERE key = ?1", [KEY], |r| {
                r.get::<_, Vec<u8>>(0)
            })
            .optional()?;
        Ok(value.and_then(|v| v.first().copied()).filter(|l| *l < 2))
    }
}
