//! Keeping the two database files' sizes in step, so that the file the second PIN opens does not
//! stay small while the real one grows (which would say which one is real, and that it is used).
//!
//! At every lock, a vault whose file is well below the other's grows its own; the real vault
//! also grows the other's, with the key it keeps for it (`harbour_store::companion`), because
//! the decoy may never be opened. A file grows by writing a table of zeros and dropping it: the
//! pages stay in the file as free pages, encrypted like every other page (and cleared, with
//! `secure_delete`), and the integrity check walks them like any page. Files never shrink.

use std::path::Path;

use rusqlite::Connection;

use super::*;

/// Files stay within this share of each other's size.
const IN_STEP: f64 = 0.8;
/// The most one lock adds to a file: a large gap (after a restore) closes over a few sessions,
/// and no lock takes long.
const MOST_PER_LOCK: u64 = 32 * 1024 * 1024;
const CHUNK: u64 = 1024 * 1024;

impl UnlockedVault {
    /// Best effort: a file that cannot grow now grows at a later lock.
    pub(super) fn keep_sizes_in_step(&self) {
        let own = database_path(&self.dir, self.db_index);
        let other = database_path(&self.dir, 1 - self.db_index);
        let (Some(own_len), Some(other_len)) = (length(&own), length(&other)) else {
            return;
        };
        if behind(own_len, other_len) {
            let _ = grow(self.store.connection(), own_len, other_len);
        }
        if self.kind == VaultKind::Real
            && behind(other_len, own_len)
            && !pending_path(&other).exists()
        {
            let _ = self.grow_other(&other, other_len, own_len);
        }
    }

    fn grow_other(&self, path: &Path, len: u64, target: u64) -> Result<()> {
        let Some(kept) = self.store.companion_key()? else {
            return Ok(());
        };
        let Ok(bytes) = <[u8; 32]>::try_from(kept.as_slice()) else {
            return Ok(());
        };
        let key = database_key(&MasterKey::from_bytes(bytes))?;
        // A key kept from another computer's folder (a restored backup) opens nothing here.
        let conn = open_encrypted(path, &key, false)?;
        let grown = grow(&conn, len, target);
        conn.close().map_err(|(_, e)| VaultError::Database(e))?;
        grown
    }
}

fn length(path: &Path) -> Option<u64> {
    std::fs::metadata(path).ok().map(|m| m.len())
}

fn behind(len: u64, other: u64) -> bool {
    (len as f64) < (other as f64) * IN_STEP
}

/// Adds about `target - len` bytes (at most [`MOST_PER_LOCK`]) of free pages to the database.
fn grow(conn: &Connection, len: u64, target: u64) -> Result<()> {
    let mut left = target.saturating_sub(len).min(MOST_PER_LOCK);
    conn.execute_batch("BEGIN IMMEDIATE; CREATE TABLE spare_pages(b BLOB);")?;
    let filled = (|| -> Result<()> {
        while left > 0 {
            let n = left.min(CHUNK);
            conn.execute(
                "INSERT INTO spare_pages(b) VALUES (zeroblob(?1))",
                [i64::try_from(n).unwrap_or(0)],
            )?;
            left -= n;
        }
        Ok(())
    })();
    match filled {
        Ok(()) => conn.execute_batch("COMMIT; DROP TABLE spare_pages;")?,
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK;");
            return Err(e);
        }
    }
    Ok(())
}
