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

use crate::database::{check_opens, open_encrypted};
use crate::error::{Result, VaultError};
use crate::files::{create_private_dir, remove_database_files, remove_journal_files, with_suffix};
use crate::keys::expand;
use crate::secret::{DatabaseKey, MasterKey, random_bytes};

/// A neutral folder name: the data folder must not say what the app is for.
const CASES_DIR: &str = "pages";
const INFO_CASE_KEY: &[u8] = b"pocketcalc v1 page key";
const INFO_BACKUP_PAGE_KEY: &[u8] = b"pocketcalc v1 backup page key";

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

/// A case's key in the vault with `master` (no key is stored anywhere).
pub(crate) fn key(master: &MasterKey, id: &str) -> Result<DatabaseKey> {
    expand(id.as_bytes(), master.as_bytes(), INFO_CASE_KEY).map(DatabaseKey::from_bytes)
}

/// Makes a new, empty case (seeded like any vault, so the documents a person shares merge with
/// their counterparts here) and returns its id.
pub(crate) fn create(dir: &Path, master: &MasterKey) -> Result<String> {
    let id = new_id()?;
    create_private_dir(&dir.join(CASES_DIR))?;
    let path = case_path(dir, &id)?;
    let made = open_encrypted(&path, &key(master, &id)?, true)
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
    let conn = open_encrypted(&path, &key(master, id)?, false)?;
    Ok(CaseVault {
        id: id.to_owned(),
        store: Store::open(conn)?,
    })
}

/// Removes a case's database (and its journal files) from the disk.
/// A file this vault's key doesn't open is left where it is: it may be the other vault's (the
/// same backup restored into both once gave them the same id).
pub(crate) fn remove(dir: &Path, master: &MasterKey, id: &str) -> Result<()> {
    let path = case_path(dir, id)?;
    if path.exists() && !opens_with(&path, master, id)? {
        return Ok(());
    }
    remove_database_files(&path)
}

/// The folder a case's copy is prepared in before it replaces the case (same file system, so
/// the swap is a rename).
pub(crate) fn prepare_dir(dir: &Path) -> Result<PathBuf> {
    let pages = dir.join(CASES_DIR);
    create_private_dir(&pages)?;
    Ok(pages)
}

/// Makes a prepared copy of a case the one this vault opens, by a rename to `<id>.db.new`. The
/// swap itself is [`place`]'s. A staged copy already there is replaced only if it is this
/// vault's (a leftover of its own); one of the other vault's is never written over.
pub(crate) fn stage(dir: &Path, master: &MasterKey, id: &str, prepared: PathBuf) -> Result<()> {
    let staged = with_suffix(&case_path(dir, id)?, ".new");
    if staged.exists() && !opens_with(&staged, master, id)? {
        return Err(VaultError::Corrupt("case staged by the other vault"));
    }
    std::fs::rename(prepared, staged)?;
    Ok(())
}

/// Whether this vault's key opens the case file at `path`: `false` for another key's file (the
/// other vault's) or one damaged beyond reading; an error when it could not be told (the disk,
/// a lock), and then nothing may be done with the file.
fn opens_with(path: &Path, master: &MasterKey, id: &str) -> Result<bool> {
    match check_opens(path, &key(master, id)?) {
        Ok(()) => Ok(true),
        Err(VaultError::Corrupt(_)) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Puts a staged copy in place of `path`. The old database's journal files go first (a
/// journal left beside the new file would be played into it), after folding any write-ahead
/// log into the old file so that, should the rename then fail, the old case is whole; then one
/// rename replaces the file itself, so there is no moment with neither copy on the disk.
fn put_in_place(staged: &Path, path: &Path, case_key: &DatabaseKey) -> Result<()> {
    if with_suffix(path, "-wal").exists() && path.exists() {
        // Best effort: a file that won't open has nothing to fold in.
        if let Ok(conn) = open_encrypted(path, case_key, false) {
            let _ = conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);");
            drop(conn.close());
        }
    }
    remove_journal_files(path)?;
    std::fs::rename(staged, path)?;
    Ok(())
}

/// This vault's staged case copies (`<id>.db.new` its key opens): `(id, staged, case file)`.
/// Copies that can't be told apart just now are counted in `unsure` and left alone.
fn staged_copies(
    dir: &Path,
    master: &MasterKey,
    unsure: &mut usize,
) -> Vec<(String, PathBuf, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir.join(CASES_DIR)) else {
        return Vec::new();
    };
    let mut ours = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(id) = name.to_str().and_then(|n| n.strip_suffix(".db.new")) else {
            continue;
        };
        let Ok(path) = case_path(dir, id) else {
            continue;
        };
        let staged = entry.path();
        match opens_with(&staged, master, id) {
            Ok(true) => ours.push((id.to_owned(), staged, path)),
            Ok(false) => {}
            Err(_) => *unsure += 1,
        }
    }
    ours
}

/// Puts the copies a restore has just staged (`ids`, made and checked under this vault's key)
/// in place. Returns how many could not be: those keep the case as it was (and their staged
/// copies are thrown away by [`discard_leftovers`]), so a case that can't be replaced now is
/// never replaced later, over work done since.
pub(crate) fn place(dir: &Path, master: &MasterKey, ids: &[String]) -> usize {
    let not_placed = ids
        .iter()
        .filter(|id| place_one(dir, master, id).is_err())
        .count();
    crate::files::sync_dir(&dir.join(CASES_DIR));
    not_placed
}

fn place_one(dir: &Path, master: &MasterKey, id: &str) -> Result<()> {
    let path = case_path(dir, id)?;
    put_in_place(&with_suffix(&path, ".new"), &path, &key(master, id)?)
}

/// After a crash: puts in place every staged copy this vault's key opens, finishing a restore
/// whose commit mark (the own records' staged copy) is there. Like [`place`], a case that can't
/// be put in place stays as it was.
pub(crate) fn place_staged(dir: &Path, master: &MasterKey) {
    let mut unsure = 0;
    let ids: Vec<String> = staged_copies(dir, master, &mut unsure)
        .into_iter()
        .map(|(id, _, _)| id)
        .collect();
    place(dir, master, &ids);
}

/// Deals with this vault's staged case copies that are not part of a restore under way: left by
/// one that never reached its commit mark, or not placed by one that did. Each is thrown away,
/// unless its case has no file but is in the caseload (`listed`): then it is all there is of
/// that case, and it is put in place.
pub(crate) fn discard_leftovers(dir: &Path, master: &MasterKey, listed: impl Fn(&str) -> bool) {
    let mut unsure = 0;
    for (id, staged, path) in staged_copies(dir, master, &mut unsure) {
        if !path.exists() && listed(&id) {
            if let Ok(case_key) = key(master, &id) {
                let _ = put_in_place(&staged, &path, &case_key);
            }
        } else {
            let _ = remove_database_files(&staged);
        }
    }
    crate::files::sync_dir(&dir.join(CASES_DIR));
}

/// Syncs the cases folder, so staged copies are on the disk before the commit mark is.
pub(crate) fn sync_staged(dir: &Path) {
    crate::files::sync_dir(&dir.join(CASES_DIR));
}

/// The key a case's copy has inside a backup, from the backup's own database key.
pub(crate) fn backup_key(backup: &DatabaseKey, id: &str) -> Result<DatabaseKey> {
    expand(id.as_bytes(), backup.as_bytes(), INFO_BACKUP_PAGE_KEY).map(DatabaseKey::from_bytes)
}

/// Whether a case's database is on the disk.
pub(crate) fn exists(dir: &Path, id: &str) -> bool {
    case_path(dir, id).is_ok_and(|p| p.exists())
}

/// Whether `id` names a case file (or a staged copy of one) this vault's key doesn't open: the
/// other vault's in the folder (the same backup restored into both), which must never be written
/// over. A damaged case of this vault's own looks the same, and is left alone too.
pub(crate) fn taken_by_another(dir: &Path, master: &MasterKey, id: &str) -> Result<bool> {
    let path = case_path(dir, id)?;
    for file in [with_suffix(&path, ".new"), path] {
        if file.exists() && !opens_with(&file, master, id)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Removes the case files (and staged copies) of a decoy that has just been replaced: they can
/// never be opened again, its master key being gone. A file goes only if it is not in the real
/// vault's caseload (`listed`) and the real vault's key certainly doesn't open it; a damaged or
/// unreadable case of the real vault's own is left alone.
pub(crate) fn remove_old_decoy_cases(
    dir: &Path,
    master: &MasterKey,
    listed: impl Fn(&str) -> bool,
) {
    let Ok(entries) = std::fs::read_dir(dir.join(CASES_DIR)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(id) = name
            .strip_suffix(".db.new")
            .or_else(|| name.strip_suffix(".db"))
        else {
            continue;
        };
        if listed(id) || case_path(dir, id).is_err() {
            continue;
        }
        if matches!(opens_with(&entry.path(), master, id), Ok(false)) {
            let _ = remove_database_files(&entry.path());
        }
    }
    crate::files::sync_dir(&dir.join(CASES_DIR));
}

/// A fresh case id.
pub(crate) fn new_id() -> Result<String> {
    Ok(hex::encode(random_bytes::<16>()?))
}

/// Removes scratch files an interrupted restore left in the cases folder.
pub(crate) fn remove_leftovers(dir: &Path) {
    crate::backup::remove_leftover_scratch(&dir.join(CASES_DIR));
}
