//! Restoring a backup into an open vault: read and check the whole file without the vault
//! (`CheckedBackup`), re-key the own records and each case one step at a time, then swap them in
//! by rename, so nothing changes until everything has been checked.

use super::*;

/// A backup read in full and checked (every chunk authenticated, every page's HMAC verified, the
/// schema brought up to date), held in encrypted scratch files until a vault adopts it: the
/// vault's own records and, from an advocate's backup, each case. Made before any vault exists
/// when setting up from a backup, so a bad file creates nothing.
#[derive(Debug)]
pub struct CheckedBackup {
    file: ScratchFile,
    key: crate::secret::DatabaseKey,
    cases: Vec<CheckedCase>,
}

#[derive(Debug)]
struct CheckedCase {
    id: String,
    file: ScratchFile,
    key: crate::secret::DatabaseKey,
}

impl CheckedBackup {
    /// Reads a backup into scratch files in `scratch_dir` and checks it.
    pub fn read(
        scratch_dir: &Path,
        mut input: impl std::io::Read,
        secret: BackupSecret<'_>,
    ) -> Result<CheckedBackup> {
        let header = read_backup_header(&mut input)?;
        let keys = header.unlock(secret)?;
        let (file, cases) = if header.version() == PLAIN_STREAM {
            // Made before cases were backed up: the plaintext is the database itself.
            let file = ScratchFile::new(scratch_dir)?;
            open_stream(&header, &keys, input, file.create()?)?;
            (file, Vec::new())
        } else {
            let mut splitter = ArchiveSplitter::new(scratch_dir);
            if let Err(e) = open_stream(&header, &keys, input, &mut splitter) {
                return Err(splitter.error_for(e));
            }
            let parts = splitter.finish()?;
            (parts.records, parts.cases)
        };
        // Checked page by page (HMACs), then brought up to this version's schema; a backup from
        // a newer version is refused here.
        let conn = open_encrypted(file.path(), &keys.database, false)?;
        Store::open(conn)?.close()?;
        let mut checked = Vec::with_capacity(cases.len());
        for (id, file) in cases {
            let key = crate::cases::backup_key(&keys.database, &id)?;
            Store::open(open_encrypted(file.path(), &key, false)?)?.close()?;
            checked.push(CheckedCase { id, file, key });
        }
        Ok(CheckedBackup {
            file,
            key: keys.database,
            cases: checked,
        })
    }

    /// How many cases of an advocate's caseload the backup holds.
    pub fn cases(&self) -> usize {
        self.cases.len()
    }
}

/// A checked backup, re-encrypted under the open vault's keys and waiting to replace what is
/// there. Dropping it removes the prepared copies.
#[derive(Debug)]
pub struct PreparedRestore {
    file: ScratchFile,
    cases: Vec<(String, ScratchFile)>,
    kept: usize,
    /// The unlocked session it was prepared for (under its keys): only that one may finish it.
    session: u64,
}

impl PreparedRestore {
    /// Cases that come from the backup (each replaces the case of the same id, if there is one).
    pub fn cases_restored(&self) -> usize {
        self.cases.len()
    }

    /// Cases added since the backup was made: kept as they are, and listed again.
    pub fn cases_kept(&self) -> usize {
        self.kept
    }
}

/// A checked backup being re-keyed under a vault's keys, a case at a time (see
/// [`UnlockedVault::start_restore`]). Dropped unfinished, its scratch files go with it.
#[derive(Debug)]
pub struct RestoreInProgress {
    file: ScratchFile,
    /// The cases folder, once there is a case to re-key.
    pages: Option<PathBuf>,
    to_come: std::collections::VecDeque<CheckedCase>,
    cases: Vec<(String, ScratchFile)>,
    kept: usize,
    session: u64,
}

impl RestoreInProgress {
    /// Cases still to be re-keyed.
    pub fn cases_to_come(&self) -> usize {
        self.to_come.len()
    }

    /// The restore, ready for [`UnlockedVault::finish_restore`] (refused while cases are still
    /// to come).
    pub fn prepared(self) -> Result<PreparedRestore> {
        if !self.to_come.is_empty() {
            return Err(VaultError::NotAvailable);
        }
        Ok(PreparedRestore {
            file: self.file,
            cases: self.cases,
            kept: self.kept,
            session: self.session,
        })
    }
}

impl UnlockedVault {
    /// Reads and checks a whole backup, and prepares its contents under this vault's keys,
    /// without changing anything: a wrong key, a damaged, truncated or too-new file is an error
    /// here and the vault is as it was. Follow with [`UnlockedVault::finish_restore`] once the
    /// person has confirmed.
    pub fn prepare_restore(
        &self,
        input: impl std::io::Read,
        secret: BackupSecret<'_>,
    ) -> Result<PreparedRestore> {
        let checked = CheckedBackup::read(&self.dir, input, secret)?;
        self.adopt(checked)
    }

    /// Re-keys a checked backup under this vault's keys, all at once:
    /// [`UnlockedVault::start_restore`], [`UnlockedVault::continue_restore`] until done, then
    /// [`RestoreInProgress::prepared`].
    pub fn adopt(&self, checked: CheckedBackup) -> Result<PreparedRestore> {
        let mut restore = self.start_restore(checked)?;
        while self.continue_restore(&mut restore)? {}
        restore.prepared()
    }

    /// Starts re-keying a checked backup under this vault's keys: its own records now, beside
    /// the database; then each case in the cases folder, one per
    /// [`UnlockedVault::continue_restore`], so the vault need not be held for the whole
    /// caseload. Cases here that the backup doesn't hold (added since it was made) are kept, and
    /// listed again in the restored records, so a restore never loses a case. Nothing here
    /// changes until [`UnlockedVault::finish_restore`].
    pub fn start_restore(&self, checked: CheckedBackup) -> Result<RestoreInProgress> {
        let CheckedBackup {
            file,
            key,
            cases: mut checked_cases,
        } = checked;
        let mut store = Store::open(open_encrypted(file.path(), &key, false)?)?;
        for case in &mut checked_cases {
            // The same backup restored into both vaults of a folder: the other vault's copy keeps
            // its file, and this one's case takes a new id.
            if crate::cases::taken_by_another(&self.dir, &self.master, &case.id)? {
                let id = crate::cases::new_id()?;
                match store.change_case_id(&case.id, &id) {
                    Ok(()) | Err(harbour_store::StoreError::NotFound) => {}
                    Err(e) => return Err(e.into()),
                }
                case.id = id;
            }
        }
        let mut kept = 0;
        for entry in self.store.cases()? {
            let in_backup = checked_cases.iter().any(|c| c.id == entry.id);
            if !in_backup && crate::cases::exists(&self.dir, &entry.id) {
                store.keep_case(&entry)?;
                kept += 1;
            }
        }
        let prepared = ScratchFile::new(&self.dir)?;
        let own_key = database_key(&self.master)?;
        export_database(store.connection(), prepared.path(), &own_key)?;
        store.close()?;
        drop(file);
        // The prepared copy must open with this vault's key before it may replace anything.
        check_opens(prepared.path(), &own_key)?;
        let pages = if checked_cases.is_empty() {
            None
        } else {
            Some(crate::cases::prepare_dir(&self.dir)?)
        };
        Ok(RestoreInProgress {
            file: prepared,
            pages,
            to_come: checked_cases.into(),
            cases: Vec::new(),
            kept,
            session: self.session,
        })
    }

    /// Re-keys the next case of a restore started by this session; false once none are left.
    pub fn continue_restore(&self, restore: &mut RestoreInProgress) -> Result<bool> {
        if restore.session != self.session {
            return Err(VaultError::NotAvailable);
        }
        let (Some(case), Some(pages)) = (restore.to_come.pop_front(), &restore.pages) else {
            return Ok(false);
        };
        let store = Store::open(open_encrypted(case.file.path(), &case.key, false)?)?;
        let copy = ScratchFile::new(pages)?;
        let case_key = crate::cases::key(&self.master, &case.id)?;
        let exported = export_database(store.connection(), copy.path(), &case_key);
        store.close()?;
        exported?;
        check_opens(copy.path(), &case_key)?;
        restore.cases.push((case.id, copy));
        Ok(true)
    }

    /// Replaces what is open now with a prepared backup and reopens it (any open case is closed:
    /// the app is back in this vault's own records). Every case copy is staged first and the own
    /// database last, so its staged copy marks a confirmed restore: a crash before it leaves
    /// everything as it was (the staged cases are thrown away at the next unlock), a crash after
    /// it is completed at the next unlock.
    pub fn finish_restore(mut self, prepared: PreparedRestore) -> Result<UnlockedVault> {
        // Prepared under another session's keys (before a lock, or in the other vault): putting
        // it in place here would leave files this vault cannot open.
        if prepared.session != self.session {
            return Err(VaultError::NotAvailable);
        }
        let path = database_path(&self.dir, self.db_index);
        let key = database_key(&self.master)?;
        let pending = pending_path(&path);
        if let Some(case) = self.case.take() {
            case.close()?;
        }
        let PreparedRestore { file, cases, .. } = prepared;
        let mut staged = Vec::with_capacity(cases.len());
        for (id, copy) in cases {
            crate::cases::stage(&self.dir, &self.master, &id, copy.keep())?;
            staged.push(id);
        }
        crate::cases::sync_staged(&self.dir);
        std::fs::rename(file.keep(), &pending)?;
        crate::files::sync_dir(&self.dir);
        // What this vault keeps about its own folder stays this folder's, whatever computer the
        // backup was made on: the other database's key (so sizes keep in step), the chip lane.
        let real = self.kind == VaultKind::Real;
        let companion = self.store.companion_key()?.filter(|_| real);
        let lane = self.own_lane().filter(|_| real);
        let mark = self.store.binding_mark()?.filter(|_| real);
        self.store.close()?;
        // A case that can't be put in place now stays as it was (and the person is told), rather
        // than being replaced later over whatever is done in it meanwhile. The copies were checked
        // under this vault's key when they were prepared.
        let not_placed = crate::cases::place(&self.dir, &self.master, &staged);
        remove_database_files(&path)?;
        std::fs::rename(&pending, &path)?;
        crate::files::sync_dir(&self.dir);
        let mut store = Store::open(open_encrypted(&path, &key, false)?)?;
        if let Some(companion) = companion {
            store.keep_companion_key(&companion)?;
        }
        if let Some(lane) = lane {
            store.keep_own_lane(lane)?;
        }
        if let Some(mark) = mark.as_deref().and_then(|m| <&[u8; 32]>::try_from(m).ok()) {
            store.keep_binding_mark(mark)?;
        }
        if real {
            store.keep_second_pin_slot(&super::second_pin_fingerprint(&self.header))?;
        }
        crate::cases::discard_leftovers(&self.dir, &self.master, |id| store.case(id).is_ok());
        Ok(UnlockedVault {
            store,
            cases_not_restored: not_placed,
            session: next_session(),
            ..self
        })
    }

    /// After [`UnlockedVault::finish_restore`]: how many of the backup's cases could not be put
    /// in place (each stays as it was before the restore).
    pub fn cases_not_restored(&self) -> usize {
        self.cases_not_restored
    }
}
