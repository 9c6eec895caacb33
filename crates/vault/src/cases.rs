//! An advocate's caseload on disk: each person they support is a compartment of its own.
//!
//! A case is a separate SQLCipher database in the data folder's `pages/` folder, named by the
//! case's random id and keyed from the vault's master key and that id (HKDF), so no key is
//! stored anywhere, one case can never be opened with another's key, and nothing of a case is
//! ever written into the advocate's own database or another case's. A case opens only inside
//! the vault that made it, and at most one is open at a time.

use std::fmt;
use std::path::{Path, PathBuf};

use harbour_store::Store;

use crate::database::open_encrypted;
use crate::error::{Result, VaultError};
use crate::files::{create_private_dir, remove_database_files};
use crate::keys::expand;
use crate::secret::{DatabaseKey, MasterKey, random_bytes};

/// A neutral folder name: the data folder must not say what the app is for.
const CASES_DIR: &str = "pages";
const INFO_CASE_KEY: &[u8] = b"pocketcalc v1 page key";

/// One open case: its id and its records.
pub struct CaseVault {
    id: String,
    store: Store,
}

impl fmt::Debug for CaseVault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CaseVault").finish_non_exhaustive()
    }
}

impl CaseVault {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    pub(crate) fn close(self) -> Result<()> {
        Ok(self.store.close()?)
    }
}

/// A case id is 32 lowercase hex digits; anything else never reaches the file system.
fn case_path(dir: &Path, id: &str) -> Result<PathBuf> {
    let valid = id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if !valid {
        return Err(VaultError::Corrupt("case id"));
    }
    Ok(dir.join(CASES_DIR).join(format!("{id}.db")))
}

fn case_key(master: &MasterKey, id: &str) -> Result<DatabaseKey> {
    expand(id.as_bytes(), master.as_bytes(), INFO_CASE_KEY).map(DatabaseKey::from_bytes)
}

/// Makes a new, empty case (seeded like any vault, so the documents a person shares merge with
/// their counterparts here) and returns its id.
pub(crate) fn create(dir: &Path, master: &MasterKey) -> Result<String> {
    let id = hex::encode(random_bytes::<16>()?);
    create_private_dir(&dir.join(CASES_DIR))?;
    let path = case_path(dir, &id)?;
    let made = open_encrypted(&path, &case_key(master, &id)?, true)
        .and_then(|conn| Ok(Store::open(conn)?.close()?));
    if let Err(e) = made {
        // Half-made (a full disk): leave nothing behind.
        let _ = remove_database_files(&path);
        return Err(e);
    }
    Ok(id)
}

pub(crate) fn open(dir: &Path, master: &MasterKey, id: &str) -> Result<CaseVault> {
    let path = case_path(dir, id)?;
    let conn = open_encrypted(&path, &case_key(master, id)?, false)?;
    Ok(CaseVault {
        id: id.to_owned(),
        store: Store::open(conn)?,
    })
}

/// Removes a case's database (and its journal files) from the disk.
pub(crate) fn remove(dir: &Path, id: &str) -> Result<()> {
    remove_database_files(&case_path(dir, id)?)
}
