//! Writing a backup of an open vault, part by part: the header and the vault's own records, then
//! each case of a caseload under a key of its own (`archive.rs` lays it out, `backup.rs` seals
//! it). Between parts the vault need not be held, so a hide locks at once.

use std::fmt;

use super::*;

/// A backup being written, part by part (see [`UnlockedVault::start_backup`]). Dropping it
/// unfinished leaves an incomplete stream that no restore accepts; the caller removes it.
pub struct BackupInProgress<W: std::io::Write> {
    archive: ArchiveWriter<StreamSealer<W>>,
    keys: crate::backup::BackupKeys,
    /// Which unlocked session started it.
    session: u64,
    cases_to_come: std::collections::VecDeque<String>,
    cases: usize,
    cases_unreadable: usize,
    /// Set by any failed step: the stream may hold half a part, so nothing more is written.
    failed: bool,
}

impl<W: std::io::Write> fmt::Debug for BackupInProgress<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BackupInProgress")
            .field("cases_to_come", &self.cases_to_come.len())
            .finish_non_exhaustive()
    }
}

impl<W: std::io::Write> BackupInProgress<W> {
    /// Cases still to be written.
    pub fn cases_to_come(&self) -> usize {
        self.cases_to_come.len()
    }

    /// Ends the stream (refused while cases are still to come); returns what was written.
    pub fn finish(self) -> Result<WrittenBackup> {
        if self.failed || !self.cases_to_come.is_empty() {
            return Err(VaultError::NotAvailable);
        }
        let bytes = self.archive.finish()?.finish()?;
        Ok(WrittenBackup {
            bytes,
            cases: self.cases,
            cases_unreadable: self.cases_unreadable,
        })
    }
}

/// What [`UnlockedVault::write_backup`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrittenBackup {
    /// The file's size.
    pub bytes: u64,
    /// How many cases of an advocate's caseload are in it.
    pub cases: usize,
    /// Cases left out because their file could not be read (damaged).
    pub cases_unreadable: usize,
}

impl UnlockedVault {
    /// Writes a backup of this vault (every record and attachment, and every case of an
    /// advocate's caseload, whichever is open) to `out`, all at once: [`UnlockedVault::start_backup`]
    /// and [`UnlockedVault::continue_backup`] until done, then [`BackupInProgress::finish`].
    pub fn write_backup<W: std::io::Write>(
        &self,
        out: W,
        secret: BackupSecret<'_>,
        kdf: KdfParams,
    ) -> Result<WrittenBackup> {
        let mut backup = self.start_backup(out, secret, kdf)?;
        while self.continue_backup(&mut backup)? {}
        backup.finish()
    }

    /// Starts a backup: the header and this vault's own records go to `out`, and the cases to
    /// come are noted. Nothing decrypted touches the disk: each copy inside is made by SQLCipher
    /// under a key of the backup's own, in a scratch file removed once it is in the stream.
    /// Between parts the vault need not be held, so a hide can lock it at once; a backup
    /// continued by any other session (after a lock, or in the other vault) is refused.
    pub fn start_backup<W: std::io::Write>(
        &self,
        out: W,
        secret: BackupSecret<'_>,
        kdf: KdfParams,
    ) -> Result<BackupInProgress<W>> {
        let (header, keys) = BackupHeader::new(secret, kdf, ARCHIVE)?;
        let records = ScratchFile::new(&self.dir)?;
        export_database(self.store.connection(), records.path(), &keys.database)?;
        let sealer = StreamSealer::new(&header, &keys, out)?;
        let archive = ArchiveWriter::new(sealer, records.path())?;
        drop(records);
        let cases_to_come = self.store.cases()?.into_iter().map(|c| c.id).collect();
        Ok(BackupInProgress {
            archive,
            keys,
            session: self.session,
            cases_to_come,
            cases: 0,
            cases_unreadable: 0,
            failed: false,
        })
    }

    /// Adds the next case to a backup started by this session; false once there are none left.
    /// A case removed since the backup started is passed over.
    pub fn continue_backup<W: std::io::Write>(
        &self,
        backup: &mut BackupInProgress<W>,
    ) -> Result<bool> {
        if backup.failed || backup.session != self.session {
            return Err(VaultError::NotAvailable);
        }
        let step = self.backup_next_case(backup);
        backup.failed = step.is_err();
        step
    }

    fn backup_next_case<W: std::io::Write>(
        &self,
        backup: &mut BackupInProgress<W>,
    ) -> Result<bool> {
        let Some(id) = backup.cases_to_come.pop_front() else {
            return Ok(false);
        };
        // A listed case whose file is gone has nothing left to back up.
        if !crate::cases::exists(&self.dir, &id) {
            return Ok(true);
        }
        let copy = ScratchFile::new(&self.dir)?;
        let key = crate::cases::backup_key(&backup.keys.database, &id)?;
        match &self.case {
            Some(open) if open.id() == id => {
                export_database(open.store().connection(), copy.path(), &key)?;
            }
            _ => match crate::cases::open(&self.dir, &self.master, &id) {
                Ok(case) => {
                    let exported = export_database(case.store().connection(), copy.path(), &key);
                    case.close()?;
                    exported?;
                }
                // One damaged case must not stop the rest being backed up; the person is told
                // how many could not be read.
                Err(VaultError::Corrupt(_) | VaultError::Database(_) | VaultError::Store(_)) => {
                    backup.cases_unreadable += 1;
                    return Ok(true);
                }
                Err(e) => return Err(e),
            },
        }
        backup.archive.add_case(&id, copy.path())?;
        backup.cases += 1;
        Ok(true)
    }
}
