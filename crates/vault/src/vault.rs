//! Vault operations: create, unlock (PIN or recovery key), lock, change PIN, set or clear the duress
//! PIN. Backups and restores of an open vault are in `backing_up` and `restoring`.

mod backing_up;
mod pin_keys;
mod restoring;
mod sizes;

pub use backing_up::{BackupInProgress, WrittenBackup};
pub use restoring::{CheckedBackup, PreparedRestore, RestoreInProgress};

use harbour_reason::{Reason, reason};
use std::fmt;
use std::path::{Path, PathBuf};

use harbour_store::{Space, Store};

use crate::archive::{ArchiveSplitter, ArchiveWriter};
use crate::backup::{
    ARCHIVE, BackupHeader, BackupSecret, PLAIN_STREAM, ScratchFile, StreamSealer, open_stream,
    read_header as read_backup_header, remove_leftover_scratch,
};
use crate::binding::{Binding, BindingKind, Lane};
use crate::cases::CaseVault;
use crate::database::{check_opens, export_database, open_encrypted};
use crate::error::{Result, VaultError};
use crate::files::{create_private_dir, remove_database_files, write_atomically};
use crate::guesses::Guesses;
use crate::header::{Header, KdfParams, SLOT_COUNT, SLOT_LEN, Slot};
use crate::keychain::Keychain;
use crate::keys::{DbIndex, clear_slot, database_key, open_slot, recovery_kek, seal_slot};
use crate::secret::{DeviceSecret, Kek, MasterKey, Pin, RecoveryKey, random_bytes};
use pin_keys::{
    Stretched, Tried, chip_knows_lane, count_a_wrong_try, device_mark, key_for_new_pin_in_lane,
    key_for_try, key_with_device, key_with_keychain, lane_mark, seal_unused_lane,
};

const HEADER_FILE: &str = "profile.bin";
const DATABASE_FILES: [&str; 2] = ["history-a.db", "history-b.db"];

/// How many digits a new PIN may have.
pub const NEW_PIN_DIGITS: std::ops::RangeInclusive<usize> = 6..=16;

/// A guessable PIN. Said in the decoy too, so it names no other PIN.
const CHOOSE_ANOTHER_PIN: Reason = reason("vault-pin-too-easy");
/// The two PINs clash. Only ever said in the real vault (the decoy never tests the other slot),
/// where both are the person's own.
const PINS_MUST_DIFFER: Reason = reason("vault-pins-must-differ");

/// The data folder under the OS's local (non-roaming) application-data folder.
pub fn default_data_dir() -> Result<PathBuf> {
    dirs::data_local_dir()
        .map(|d| d.join(crate::DATA_FOLDER_NAME))
        .ok_or_else(|| {
            VaultError::Io(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "no local data folder",
            ))
        })
}

/// Which database a session opened. Only the app's own logic may look at this; nothing shown on
/// screen should differ between the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaultKind {
    Real,
    Decoy,
}

/// Each unlocked session's number, so work spread over several calls (a backup) is continued
/// only by the session that started it.
static SESSIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn next_session() -> u64 {
    SESSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// A vault on disk, not unlocked. Holds no key material.
#[derive(Debug)]
pub struct LockedVault {
    dir: PathBuf,
    keychain: Keychain,
}

/// An open vault. Dropping it (or calling [`UnlockedVault::lock`]) closes the database and wipes
/// the master key.
pub struct UnlockedVault {
    dir: PathBuf,
    keychain: Keychain,
    header: Header,
    kind: VaultKind,
    /// Which slot opened this session: the slot a PIN change rewrites.
    opened_by: Slot,
    /// With a chip binding, the lane this session's PIN opened (`None` after the recovery key).
    lane: Option<Lane>,
    db_index: DbIndex,
    master: MasterKey,
    store: Store,
    /// The case open in an advocate's caseload, if any: what the app shows and edits then.
    case: Option<CaseVault>,
    /// Set by a restore: cases of the backup that could not be put in place.
    cases_not_restored: usize,
    /// This session's number (a restore starts a new one).
    session: u64,
}

impl fmt::Debug for UnlockedVault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnlockedVault")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

/// What a PIN change did besides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PinChanged {
    /// Any second PIN was turned off: it was bound to this computer's key, which the keychain
    /// had lost (only after an opening with the recovery key). The person should set it again.
    pub second_pin_cleared: bool,
}

/// What `create` returns: the open vault and the recovery key, to be shown to the person once.
#[derive(Debug)]
pub struct CreatedVault {
    pub vault: UnlockedVault,
    pub recovery_key: RecoveryKey,
}

fn header_path(dir: &Path) -> PathBuf {
    dir.join(HEADER_FILE)
}

fn database_path(dir: &Path, index: DbIndex) -> PathBuf {
    dir.join(DATABASE_FILES[usize::from(index & 1)])
}

fn read_header(dir: &Path) -> Result<Header> {
    match std::fs::read(header_path(dir)) {
        Ok(bytes) => Header::decode(&bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(VaultError::NotFound),
        Err(e) => Err(e.into()),
    }
}

fn write_header(dir: &Path, header: &Header) -> Result<()> {
    write_atomically(&header_path(dir), &header.encode())
}

/// A fingerprint of the second PIN's slot (see `harbour_store`'s `folder_facts.rs`).
fn second_pin_fingerprint(header: &Header) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    Sha256::digest(header.slots[Slot::Duress as usize]).into()
}

/// Where the secret that ties PINs to this computer is kept, for Settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKeptIn {
    /// The system's password store (keychain).
    PasswordStore,
    /// The security chip. `guessing_limited`: its lockout authorisation is set, so even someone
    /// with full control of the computer cannot reset its count of wrong PINs.
    Chip { guessing_limited: bool },
}

/// The rule for a PIN being chosen (tried PINs are not checked: vaults made when 4 digits were
/// allowed still open): 6 to 16 digits, so that it can be typed on the calculator whichever look
/// is chosen, and not one of the patterns tried first by anyone guessing.
fn check_new_pin(pin: &Pin) -> Result<()> {
    let bytes = pin.as_bytes();
    if !(NEW_PIN_DIGITS.contains(&bytes.len()) && bytes.iter().all(u8::is_ascii_digit)) {
        return Err(VaultError::Invalid(reason("vault-choose-pin-6-16-digits")));
    }
    let all_same = bytes.iter().all(|b| *b == bytes[0]);
    // Counting up or down round the dial: 123456, 890123, 987654, 109876.
    let next = |d: u8| b'0' + (d - b'0' + 1) % 10;
    let ascending = bytes.windows(2).all(|w| w[1] == next(w[0]));
    let descending = bytes.windows(2).all(|w| w[0] == next(w[1]));
    // 121212, 123123, 12341234: a short group said again.
    let repeated = (2..=bytes.len() / 2)
        .any(|n| bytes.len().is_multiple_of(n) && bytes.chunks(n).all(|c| c == &bytes[..n]));
    if all_same || ascending || descending || repeated {
        return Err(VaultError::Invalid(CHOOSE_ANOTHER_PIN));
    }
    Ok(())
}

/// What a decoy opens as (the everyday notebook, or the app with everyday content), and the
/// language the person chose (its content is written in it and it speaks it; `None`: English
/// content, and it follows the computer's language).
type Decoy<'a> = (Space, Option<&'a str>);

/// Creates a fresh database file (replacing any left-overs), runs migrations, optionally seeds it.
fn create_database(
    dir: &Path,
    index: DbIndex,
    master: &MasterKey,
    decoy: Option<Decoy<'_>>,
) -> Result<()> {
    build_database(&database_path(dir, index), master, decoy)
}

/// `decoy`: `None` for the real vault.
fn build_database(path: &Path, master: &MasterKey, decoy: Option<Decoy<'_>>) -> Result<()> {
    remove_database_files(path)?;
    let key = database_key(master)?;
    let mut store = Store::open(open_encrypted(path, &key, true)?)?;
    if let Some((space, language)) = decoy {
        let words = harbour_words::Words::new(language.unwrap_or(harbour_words::ENGLISH));
        store.seed_decoy(&words)?;
        if space == Space::Notebook {
            store.seed_notebook(&words)?;
        }
        if let Some(code) = language {
            store.set_language(code)?;
        }
    }
    store.close()?;
    Ok(())
}

/// Where a replacement database waits until the header names its key.
fn pending_path(db: &Path) -> PathBuf {
    crate::files::with_suffix(db, ".new")
}

/// Completes a replacement that a crash interrupted after the header was written (the caller
/// has checked that the pending file opens with this session's key, so it is the one the header
/// names).
fn swap_in_pending(path: &Path) {
    if remove_database_files(path).is_ok()
        && std::fs::rename(pending_path(path), path).is_ok()
        && let Some(dir) = path.parent()
    {
        crate::files::sync_dir(dir);
    }
}

/// Moves anything left in `dir` by an earlier vault (whose header is gone) into a dated subfolder
/// instead of deleting it: without its header it cannot be opened, but it is not ours to destroy.
fn set_aside_leftovers(dir: &Path) -> Result<()> {
    let leftovers: Vec<PathBuf> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    if leftovers.is_empty() {
        return Ok(());
    }
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let aside = dir.join(format!("previous-{stamp}"));
    create_private_dir(&aside)?;
    for p in leftovers {
        if let Some(name) = p.file_name() {
            std::fs::rename(&p, aside.join(name))?;
        }
    }
    Ok(())
}

impl LockedVault {
    /// Whether a vault header exists in `dir`.
    pub fn exists(dir: &Path) -> bool {
        header_path(dir).exists()
    }

    /// Opens an existing vault folder without unlocking it. Checks the header.
    pub fn open(dir: &Path, keychain: Keychain) -> Result<LockedVault> {
        read_header(dir)?;
        Ok(LockedVault {
            dir: dir.to_owned(),
            keychain,
        })
    }

    /// Creates a new vault in `dir` and returns it unlocked, with the recovery key to show once.
    ///
    /// Both databases are always created, so the folder looks the same whether or not a duress PIN
    /// is set. The header is written last: a crash before that leaves no vault, and the next
    /// attempt starts over.
    pub fn create(
        dir: &Path,
        keychain: Keychain,
        pin: &Pin,
        duress_pin: Option<&Pin>,
        kdf: KdfParams,
    ) -> Result<CreatedVault> {
        Self::create_in_language(dir, keychain, pin, duress_pin, kdf, None)
    }

    /// [`create`](Self::create), for a person who chose `language` at setup: the everyday
    /// notebook a second PIN opens is written in it and speaks it, as the real vault does.
    pub fn create_in_language(
        dir: &Path,
        keychain: Keychain,
        pin: &Pin,
        duress_pin: Option<&Pin>,
        kdf: KdfParams,
        language: Option<&str>,
    ) -> Result<CreatedVault> {
        if Self::exists(dir) {
            return Err(VaultError::AlreadyExists);
        }
        if !kdf.is_acceptable() {
            return Err(VaultError::UnsupportedParams);
        }
        check_new_pin(pin)?;
        if let Some(duress) = duress_pin {
            check_new_pin(duress)?;
            if duress.as_bytes() == pin.as_bytes() {
                return Err(VaultError::Invalid(PINS_MUST_DIFFER));
            }
        }
        create_private_dir(dir)?;
        set_aside_leftovers(dir)?;

        let mut header = Header {
            kdf,
            salt: random_bytes()?,
            vault_id: random_bytes()?,
            slots: [[0u8; SLOT_LEN]; SLOT_COUNT],
            binding: None,
        };
        for slot in [Slot::Pin, Slot::Duress, Slot::Recovery] {
            clear_slot(&mut header, slot)?;
        }
        let pin_s = Stretched::new(pin, &header)?;
        let duress_s = duress_pin.map(|d| Stretched::new(d, &header)).transpose()?;
        let (pin_key, duress_key, own_lane, mark): (Kek, Option<Kek>, Option<Lane>, [u8; 32]) =
            match keychain.chip() {
                None => {
                    header.binding = Some(Binding::keychain()?);
                    let device = DeviceSecret::random()?;
                    keychain.store(&header.vault_id_hex(), &device)?;
                    let duress_key = duress_s
                        .as_ref()
                        .map(|d| key_with_device(d, &device))
                        .transpose()?;
                    (
                        key_with_device(&pin_s, &device)?,
                        duress_key,
                        None,
                        device_mark(&device),
                    )
                }
                Some(_) => {
                    let mut binding = Binding::chip()?;
                    // Drawn again until the two PINs pick different lanes: nobody is refused a
                    // PIN at setup.
                    if let Some(d) = &duress_s {
                        while pin_s.lane(&binding)? == d.lane(&binding)? {
                            binding.lane_salt = random_bytes()?;
                        }
                    }
                    let own = pin_s.lane(&binding)?;
                    let pin_key = key_for_new_pin_in_lane(&keychain, &mut binding, &pin_s, own)?;
                    let duress_key = match &duress_s {
                        Some(d) => Some(key_for_new_pin_in_lane(
                            &keychain,
                            &mut binding,
                            d,
                            1 - own,
                        )?),
                        None => {
                            seal_unused_lane(&keychain, &mut binding, 1 - own)?;
                            None
                        }
                    };
                    let mark = lane_mark(&binding, own);
                    header.binding = Some(binding);
                    (pin_key, duress_key, Some(own), mark)
                }
            };

        let real_index: DbIndex = random_bytes::<1>()?[0] & 1;
        let real = MasterKey::random()?;
        let decoy = MasterKey::random()?;
        create_database(dir, real_index, &real, None)?;
        create_database(
            dir,
            1 - real_index,
            &decoy,
            Some((Space::Notebook, language)),
        )?;

        seal_slot(&mut header, Slot::Pin, &pin_key, &real, real_index)?;
        if let Some(kek) = &duress_key {
            seal_slot(&mut header, Slot::Duress, kek, &decoy, 1 - real_index)?;
        }
        let recovery_key = RecoveryKey::random()?;
        let kek = recovery_kek(&recovery_key, &header.salt)?;
        seal_slot(&mut header, Slot::Recovery, &kek, &real, real_index)?;
        write_header(dir, &header)?;
        Guesses::new(dir, &keychain, &header.vault_id_hex()).start()?;

        let locked = LockedVault {
            dir: dir.to_owned(),
            keychain,
        };
        let mut vault = locked.open_session(
            header,
            VaultKind::Real,
            Slot::Pin,
            own_lane,
            real,
            real_index,
        )?;
        vault.store.keep_companion_key(decoy.as_bytes())?;
        if let Some(own) = own_lane {
            vault.store.keep_own_lane(own)?;
        }
        vault.store.keep_binding_mark(&mark)?;
        vault.note_second_pin_slot()?;
        Ok(CreatedVault {
            vault,
            recovery_key,
        })
    }

    /// Unlocks with a PIN. The real PIN opens the real vault; the duress PIN opens the decoy; both
    /// slots are always tried, so the work done is the same whichever matches.
    ///
    /// A wrong PIN changes nothing in the vault files; it costs one unit of the guessing budget
    /// (`guesses.rs`). A right one costs nothing and resets nothing.
    pub fn unlock(&self, pin: &Pin) -> Result<UnlockedVault> {
        let header = read_header(&self.dir)?;
        let guesses = self.guesses(&header);
        let (turn, delay) = guesses.turn_during_delay()?;
        let stretched = Stretched::new(pin, &header)?;
        // With a chip, a wrong PIN is refused (and counted) by the chip itself.
        let Some(Tried { kek, lane, mark }) =
            key_for_try(&self.keychain, &header, &stretched, None)?
        else {
            if let Some(retry_after) = delay {
                drop(turn);
                return Err(VaultError::Throttled { retry_after });
            }
            turn.charge()?;
            return Err(VaultError::WrongPin);
        };
        if let Some(retry_after) = delay {
            // While a delay runs only the second PIN opens: someone who guessed first and then
            // forced the second PIN out of the person must see it work. The real slot is not
            // tried at all, so nothing is learnt of the real PIN.
            // Anything else costs nothing more now (the delay is what limits it), so a right PIN
            // typed during the delay opens once it is over, as the page waits for.
            drop(turn);
            if let Some((master, index)) = open_slot(&header, Slot::Duress, &kek)? {
                return self.open_session(
                    header,
                    VaultKind::Decoy,
                    Slot::Duress,
                    lane,
                    master,
                    index,
                );
            }
            // With a chip, the lane this PIN opened must cost what a wrong PIN costs the chip:
            // its count is readable, and would otherwise tell the main PIN apart.
            if let Some(lane) = lane {
                count_a_wrong_try(&self.keychain, &header, lane);
            }
            return Err(VaultError::Throttled { retry_after });
        }
        let real = open_slot(&header, Slot::Pin, &kek)?;
        let decoy = open_slot(&header, Slot::Duress, &kek)?;
        let (kind, slot, (master, index)) = match (real, decoy) {
            (Some(found), _) => (VaultKind::Real, Slot::Pin, found),
            (None, Some(found)) => (VaultKind::Decoy, Slot::Duress, found),
            (None, None) => {
                if let Some(lane) = lane {
                    count_a_wrong_try(&self.keychain, &header, lane);
                }
                turn.charge()?;
                return Err(VaultError::WrongPin);
            }
        };
        drop(turn);
        let mut vault = self.open_session(header, kind, slot, lane, master, index)?;
        // What tied the main PIN to this computer just now is what the vault trusts after a
        // recovery-key opening (kept once, and again only if it changed).
        if kind == VaultKind::Real && !vault.binding_mark_is_exactly(&mark) {
            vault.store.keep_binding_mark(&mark)?;
        }
        Ok(vault)
    }

    /// Unlocks the real vault with the recovery key, e.g. after a forgotten PIN or a lost keychain.
    /// Follow with [`UnlockedVault::change_pin`]. Tried in the same budget as a PIN (it never
    /// needs the keychain, so it works when the keychain has lost this computer's key).
    pub fn unlock_with_recovery(&self, key: &RecoveryKey) -> Result<UnlockedVault> {
        let header = read_header(&self.dir)?;
        let guesses = self.guesses(&header);
        let turn = guesses.turn()?;
        let kek = recovery_kek(key, &header.salt)?;
        let Some((master, index)) = open_slot(&header, Slot::Recovery, &kek)? else {
            turn.charge()?;
            return Err(VaultError::WrongPin);
        };
        drop(turn);
        self.open_session(header, VaultKind::Real, Slot::Recovery, None, master, index)
    }

    fn guesses(&self, header: &Header) -> Guesses {
        Guesses::new(&self.dir, &self.keychain, &header.vault_id_hex())
    }

    fn open_session(
        &self,
        header: Header,
        kind: VaultKind,
        opened_by: Slot,
        lane: Option<Lane>,
        master: MasterKey,
        db_index: DbIndex,
    ) -> Result<UnlockedVault> {
        let path = database_path(&self.dir, db_index);
        let key = database_key(&master)?;
        // A restore interrupted after its commit mark (the own database's staged copy, if this
        // vault's key opens it) is finished: the staged cases, then the own database. If the
        // mark can't be told just now (the disk, a lock), nothing staged is touched.
        let pending = pending_path(&path);
        let committed = if pending.exists() {
            match check_opens(&pending, &key) {
                Ok(()) => Some(true),
                Err(VaultError::Corrupt(_)) => Some(false),
                Err(_) => None,
            }
        } else {
            Some(false)
        };
        if committed == Some(true) {
            crate::cases::place_staged(&self.dir, &master);
            swap_in_pending(&path);
        }
        remove_leftover_scratch(&self.dir);
        crate::cases::remove_leftovers(&self.dir);
        let conn = open_encrypted(&path, &key, false)?;
        crate::database::read_through(&database_path(&self.dir, 1 - db_index));
        let mut store = Store::open(conn)?;
        // Vaults from before the fingerprint was kept: what is there now is what the person set.
        if kind == VaultKind::Real && store.second_pin_slot()?.is_none() {
            store.keep_second_pin_slot(&second_pin_fingerprint(&header))?;
        }
        if committed.is_some() {
            crate::cases::discard_leftovers(&self.dir, &master, |id| store.case(id).is_ok());
        }
        Ok(UnlockedVault {
            dir: self.dir.clone(),
            keychain: self.keychain.clone(),
            header,
            kind,
            opened_by,
            lane,
            db_index,
            master,
            store,
            case: None,
            cases_not_restored: 0,
            session: next_session(),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

impl UnlockedVault {
    pub fn kind(&self) -> VaultKind {
        self.kind
    }

    /// This vault's own records (settings, the caseload, drafts of its own space), never an open
    /// case's. What the screens show and edit is [`UnlockedVault::records`]; the two names differ
    /// so that writing into the wrong one is a choice, not a slip.
    pub fn own_records(&self) -> &Store {
        &self.store
    }

    pub fn own_records_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The records the app shows now: the open case's, or this vault's own.
    pub fn records(&self) -> &Store {
        match &self.case {
            Some(case) => case.store(),
            None => &self.store,
        }
    }

    pub fn records_mut(&mut self) -> &mut Store {
        match &mut self.case {
            Some(case) => case.store_mut(),
            None => &mut self.store,
        }
    }

    /// The open case's id, if a case is open.
    pub fn open_case_id(&self) -> Option<&str> {
        self.case.as_ref().map(CaseVault::id)
    }

    /// Makes a new case in this vault's caseload (not opened) and returns its id. Recording it
    /// in the caseload list is the caller's (see `Store::add_case`).
    pub fn create_case(&self) -> Result<String> {
        crate::cases::create(&self.dir, &self.master)
    }

    /// Opens a case, closing any other first: from now on [`UnlockedVault::records`] is its.
    pub fn open_case(&mut self, id: &str) -> Result<()> {
        // Opened before the old one is closed: if it cannot be, what was open stays open (the
        // app must never believe a case is open while the advocate's own records are).
        let opened = crate::cases::open(&self.dir, &self.master, id)?;
        match self.case.replace(opened) {
            Some(old) => old.close(),
            None => Ok(()),
        }
    }

    /// Back to this vault's own records.
    pub fn close_case(&mut self) -> Result<()> {
        match self.case.take() {
            Some(case) => case.close(),
            None => Ok(()),
        }
    }

    /// Deletes a case's database from the disk (closing it first if it is open).
    pub fn remove_case(&mut self, id: &str) -> Result<()> {
        if self.open_case_id() == Some(id) {
            self.close_case()?;
        }
        crate::cases::remove(&self.dir, &self.master, id)
    }

    /// Closes the database and wipes the keys.
    pub fn lock(self) -> Result<LockedVault> {
        self.keep_sizes_in_step();
        let UnlockedVault {
            dir,
            keychain,
            store,
            master,
            case,
            ..
        } = self;
        let case_closed = case.map_or(Ok(()), CaseVault::close);
        let closed = store.close();
        drop(master);
        crate::files::same_times(&[database_path(&dir, 0), database_path(&dir, 1)]);
        case_closed?;
        closed?;
        Ok(LockedVault { dir, keychain })
    }

    /// Checks a typed recovery key against this vault before a backup is locked with it (a
    /// mistyped key would make a backup nobody can open). Only the real vault has one.
    pub fn confirm_recovery_key(&self, key: &RecoveryKey) -> Result<()> {
        let guesses = self.guesses();
        let turn = guesses.turn()?;
        let kek = recovery_kek(key, &self.header.salt)?;
        // The decoy has no recovery key of its own: every try there is wrong, and costs the same.
        let opens = self.kind == VaultKind::Real
            && open_slot(&self.header, Slot::Recovery, &kek)?.is_some();
        if opens {
            return Ok(());
        }
        turn.charge()?;
        Err(VaultError::WrongPin)
    }

    /// Checks that `pin` is the PIN that opens what is open now (the duress PIN in the decoy), before
    /// a change to PINs. A wrong one counts towards the same growing delay as at the calculator.
    /// From the decoy only the decoy's own slot is tried, never the real one.
    pub fn confirm_pin(&self, pin: &Pin) -> Result<()> {
        let guesses = self.guesses();
        let turn = guesses.turn()?;
        let stretched = Stretched::new(pin, &self.header)?;
        let own = match self.kind {
            VaultKind::Real => Slot::Pin,
            VaultKind::Decoy => Slot::Duress,
        };
        // With a chip, only this session's own lane is asked: from the decoy, the real PIN is
        // just a wrong one, counted by the chip like any other.
        let opens = match key_for_try(&self.keychain, &self.header, &stretched, self.own_lane())? {
            Some(tried) => open_slot(&self.header, own, &tried.kek)?.is_some(),
            None => false,
        };
        if opens {
            return Ok(());
        }
        turn.charge()?;
        Err(VaultError::WrongPin)
    }

    fn guesses(&self) -> Guesses {
        Guesses::new(&self.dir, &self.keychain, &self.header.vault_id_hex())
    }

    /// Whether this session was opened with the recovery key (then the PIN may be unknown, and a
    /// new one is set without the old).
    pub fn opened_by_recovery_key(&self) -> bool {
        self.opened_by == Slot::Recovery
    }

    /// The lane this session's PIN uses, with a chip binding: the one it opened, or after the
    /// recovery key the one the real vault keeps.
    fn own_lane(&self) -> Option<Lane> {
        self.lane.or_else(|| match self.kind {
            VaultKind::Real => self.store.own_lane().ok().flatten(),
            VaultKind::Decoy => None,
        })
    }

    /// Where the secret that ties PINs to this computer is kept (the same in both spaces: it
    /// belongs to the folder).
    pub fn key_kept_in(&self) -> KeyKeptIn {
        match pin_keys::kind(&self.header) {
            BindingKind::Chip => KeyKeptIn::Chip {
                guessing_limited: self
                    .keychain
                    .chip()
                    .and_then(|c| c.status())
                    .is_some_and(|s| s.lockout_auth_set),
            },
            _ => KeyKeptIn::PasswordStore,
        }
    }

    /// Whether the second PIN was changed since this vault set it, from inside the second PIN's
    /// space (where its PIN can be changed, as any notebook's can): the person's own second PIN
    /// then no longer opens it, and whoever changed it knows the new one. Only the real vault
    /// can tell; the decoy answers false.
    pub fn second_pin_changed_elsewhere(&self) -> bool {
        if self.kind != VaultKind::Real {
            return false;
        }
        match self.store.second_pin_slot() {
            Ok(Some(kept)) => kept.as_slice() != second_pin_fingerprint(&self.header).as_slice(),
            _ => false,
        }
    }

    /// Records the second PIN's slot as this (real) vault has just sealed or cleared it.
    fn note_second_pin_slot(&mut self) -> Result<()> {
        if self.kind == VaultKind::Real {
            self.store
                .keep_second_pin_slot(&second_pin_fingerprint(&self.header))?;
        }
        Ok(())
    }

    /// Sets a new PIN for this session's vault. Only the wrapped master key (and, with a chip,
    /// the lane's sealed object) changes.
    ///
    /// With a chip, a new PIN must pick this session's lane; one in two does not, and is refused
    /// with nothing charged (anyone with the folder can work out a candidate's lane, so the
    /// refusal tells nothing). After a recovery-key unlock where the computer's key is gone (the
    /// keychain entry, or a chip that was cleared or is another computer's), a new binding is
    /// made; the second PIN depended on the old one, so it is cleared (and the person told).
    pub fn change_pin(&mut self, new_pin: &Pin) -> Result<PinChanged> {
        check_new_pin(new_pin)?;
        let guesses = self.guesses();
        // Before anything changes: a running delay refuses the change with nothing half done.
        let turn = guesses.turn()?;
        let stretched = Stretched::new(new_pin, &self.header)?;
        let mut header = self.header.clone();
        let recovered = self.opened_by == Slot::Recovery;
        let mut second_pin_cleared = false;
        let mut lane = None;
        let own_slot = match self.kind {
            VaultKind::Real => Slot::Pin,
            VaultKind::Decoy => Slot::Duress,
        };
        let mark: Option<[u8; 32]>;
        let kek = match pin_keys::kind(&header) {
            // After the recovery key, a vault goes to the chip where there is one: nothing in the
            // folder or the keychain, which anyone may have edited, decides otherwise.
            BindingKind::Keychain if recovered && self.keychain.chip().is_some() => {
                second_pin_cleared = true;
                clear_slot(&mut header, Slot::Duress)?;
                let (kek, new_lane, new_mark) = self.new_binding(&mut header, &stretched)?;
                lane = new_lane;
                mark = Some(new_mark);
                kek
            }
            BindingKind::Keychain => {
                let account = header.vault_id_hex();
                let loaded = match self.keychain.load(&account) {
                    Ok(device) => Some(device),
                    Err(VaultError::DeviceSecretMissing) if recovered => None,
                    Err(e) => return Err(e),
                };
                // After the recovery key, a secret in the keychain that is not the one this
                // vault was sealed with (someone put it there) is not trusted with the new PIN.
                let loaded = loaded.filter(|d| !recovered || self.binding_mark_is(&device_mark(d)));
                let device = match loaded {
                    Some(device) => device,
                    None => {
                        let device = DeviceSecret::random()?;
                        self.keychain.store(&account, &device)?;
                        // Whether one was set cannot be told (unused slots are random bytes),
                        // so the person is told "if you had one".
                        second_pin_cleared = true;
                        clear_slot(&mut header, Slot::Duress)?;
                        device
                    }
                };
                mark = Some(device_mark(&device));
                let kek = key_with_device(&stretched, &device)?;
                // From the real vault, a clash with the duress PIN is refused: both are the
                // person's own PINs, so saying so reveals nothing. From the decoy, the real slot
                // is never tested: any answer would let someone holding the decoy probe for the
                // real PIN without the delay. If the new PIN happens to be the real one, the real
                // slot is tried first at unlock, exactly as if it had been typed at the
                // calculator.
                if self.kind == VaultKind::Real
                    && !second_pin_cleared
                    && open_slot(&header, Slot::Duress, &kek)?.is_some()
                {
                    return Err(VaultError::Invalid(PINS_MUST_DIFFER));
                }
                kek
            }
            BindingKind::Chip | BindingKind::Damaged => {
                // The session's own lane, if the chip still knows it and (after the recovery
                // key) it and the lane salt are as this vault wrote them.
                let own = self.own_lane().filter(|own| {
                    header.binding.as_ref().is_some_and(|b| {
                        b.kind == BindingKind::Chip
                            && chip_knows_lane(&self.keychain, b, *own)
                            && (!recovered || self.binding_mark_is(&lane_mark(b, *own)))
                    })
                });
                match (own, header.binding.as_mut()) {
                    (Some(own), Some(binding)) => {
                        if stretched.lane(binding)? != own {
                            drop(turn);
                            return Err(VaultError::PinOutsideLane);
                        }
                        lane = Some(own);
                        let kek =
                            key_for_new_pin_in_lane(&self.keychain, binding, &stretched, own)?;
                        mark = Some(lane_mark(binding, own));
                        kek
                    }
                    // The chip no longer knows this vault (cleared, another computer, gone), or
                    // the trailer is not as this vault wrote it: only the recovery key gets here,
                    // and the binding is made anew.
                    _ if recovered => {
                        second_pin_cleared = true;
                        clear_slot(&mut header, Slot::Duress)?;
                        let (kek, new_lane, new_mark) =
                            self.new_binding(&mut header, &stretched)?;
                        lane = new_lane;
                        mark = Some(new_mark);
                        kek
                    }
                    _ => return Err(VaultError::ChipUnavailable),
                }
            }
        };
        // Setting a PIN costs what a wrong try costs, in both vaults alike: from the decoy, making
        // a candidate its PIN and typing it at the disguise would otherwise test the real PIN for
        // free. Not right after the recovery key opened the vault: only the real vault has one,
        // so nothing is being told apart, and the person who just proved who they are gets in
        // with their new PIN at once.
        if recovered {
            drop(turn);
        } else {
            turn.charge()?;
        }
        seal_slot(&mut header, own_slot, &kek, &self.master, self.db_index)?;
        write_header(&self.dir, &header)?;
        self.header = header;
        if second_pin_cleared {
            self.replace_decoy_database()?;
            self.note_second_pin_slot()?;
        }
        if let Some(lane) = lane {
            self.lane = Some(lane);
            if self.kind == VaultKind::Real {
                self.store.keep_own_lane(lane)?;
            }
        }
        if let (Some(mark), VaultKind::Real) = (mark, self.kind) {
            self.store.keep_binding_mark(&mark)?;
        }
        // From now on this session is one opened by the new PIN: a further change needs it, so
        // someone who finds the app left open cannot change the PIN without knowing it.
        if recovered {
            self.opened_by = Slot::Pin;
        }
        Ok(PinChanged { second_pin_cleared })
    }

    /// A new binding for `header` after the old one was lost: sealed to the chip if the app may
    /// use one (the PIN picks its lane; the other gets an object no PIN opens), else a new
    /// keychain secret. Returns the PIN's key and lane.
    fn new_binding(
        &self,
        header: &mut Header,
        stretched: &Stretched,
    ) -> Result<(Kek, Option<Lane>, [u8; 32])> {
        if self.keychain.chip().is_some() {
            let mut binding = Binding::chip()?;
            let own = stretched.lane(&binding)?;
            let kek = key_for_new_pin_in_lane(&self.keychain, &mut binding, stretched, own)?;
            seal_unused_lane(&self.keychain, &mut binding, 1 - own)?;
            let mark = lane_mark(&binding, own);
            header.binding = Some(binding);
            return Ok((kek, Some(own), mark));
        }
        let device = DeviceSecret::random()?;
        self.keychain.store(&header.vault_id_hex(), &device)?;
        header.binding = Some(Binding::keychain()?);
        Ok((
            key_with_device(stretched, &device)?,
            None,
            device_mark(&device),
        ))
    }

    fn binding_mark_is_exactly(&self, mark: &[u8; 32]) -> bool {
        matches!(self.store.binding_mark(), Ok(Some(kept)) if kept.as_slice() == mark.as_slice())
    }

    /// Whether `mark` is the binding mark this (real) vault kept; a vault from before marks were
    /// kept trusts what it finds.
    fn binding_mark_is(&self, mark: &[u8; 32]) -> bool {
        match self.store.binding_mark() {
            Ok(Some(kept)) => kept.as_slice() == mark.as_slice(),
            Ok(None) => true,
            Err(_) => false,
        }
    }

    /// The key a second PIN being set gets, and the header to write with it; refuses (nothing
    /// charged) a PIN in this session's own lane, with a chip.
    fn second_pin_key(&self, stretched: &Stretched) -> Result<(Kek, Header)> {
        let mut header = self.header.clone();
        let kek = match pin_keys::kind(&header) {
            BindingKind::Keychain => key_with_keychain(&self.keychain, &header, stretched)?,
            BindingKind::Chip | BindingKind::Damaged => {
                let own = self.own_lane().ok_or(VaultError::ChipUnavailable)?;
                let binding = header
                    .binding
                    .as_mut()
                    .filter(|b| b.kind == BindingKind::Chip)
                    .ok_or(VaultError::ChipUnavailable)?;
                if stretched.lane(binding)? == own {
                    return Err(VaultError::PinOutsideLane);
                }
                key_for_new_pin_in_lane(&self.keychain, binding, stretched, 1 - own)?
            }
        };
        Ok((kek, header))
    }

    /// Sets (or replaces) the duress PIN. It opens a fresh, plausible decoy vault. Only from the
    /// real vault.
    pub fn set_duress_pin(&mut self, duress: &Pin, opens: Space) -> Result<()> {
        check_new_pin(duress)?;
        let guesses = self.guesses();
        let turn = guesses.turn()?;
        let stretched = Stretched::new(duress, &self.header)?;
        // The new decoy is written in the language the person uses now, and speaks it.
        let language = self.store.language()?;
        let opens = (opens, language.as_deref());
        if self.kind != VaultKind::Real {
            // The same rules, the same cost and about the same work as in the real vault (the
            // key derived, with a chip an object sealed, a database built, here thrown away), so
            // that neither the delay nor the time taken tells them apart.
            self.second_pin_key(&stretched)?;
            let scratch = ScratchFile::new(&self.dir)?;
            build_database(scratch.path(), &MasterKey::random()?, Some(opens))?;
            remove_database_files(scratch.path())?;
            turn.charge()?;
            return Err(VaultError::NotAvailable);
        }
        let (kek, mut header) = self.second_pin_key(&stretched)?;
        if pin_keys::kind(&header) == BindingKind::Keychain
            && open_slot(&header, Slot::Pin, &kek)?.is_some()
        {
            return Err(VaultError::Invalid(PINS_MUST_DIFFER));
        }
        // As for every PIN set (see `change_pin`).
        turn.charge()?;
        let decoy_index = 1 - self.db_index;
        let decoy = MasterKey::random()?;
        // The new decoy is built beside the old one and swapped in only after the header names its
        // key; an unlock that finds the swap unfinished completes it (see `swap_in_pending`).
        // So a crash at any point leaves the duress PIN opening a working decoy.
        let final_path = database_path(&self.dir, decoy_index);
        let pending = pending_path(&final_path);
        build_database(&pending, &decoy, Some(opens))?;
        seal_slot(&mut header, Slot::Duress, &kek, &decoy, decoy_index)?;
        write_header(&self.dir, &header)?;
        self.header = header;
        remove_database_files(&final_path)?;
        std::fs::rename(&pending, &final_path)?;
        crate::files::sync_dir(&self.dir);
        self.store.keep_companion_key(decoy.as_bytes())?;
        self.note_second_pin_slot()?;
        self.remove_old_decoy_cases();
        Ok(())
    }

    /// The decoy just replaced may have had cases of its own, which nothing can open any more.
    /// Only from the real vault, whose caseload says which cases are its own.
    fn remove_old_decoy_cases(&self) {
        let Ok(own) = self.store.cases() else {
            return;
        };
        crate::cases::remove_old_decoy_cases(&self.dir, &self.master, |id| {
            own.iter().any(|c| c.id == id)
        });
    }

    /// Removes the duress PIN: its slot becomes random bytes and the decoy database is replaced by
    /// a fresh one under a key nobody keeps, so the folder looks as before.
    pub fn clear_duress_pin(&mut self) -> Result<()> {
        if self.kind != VaultKind::Real {
            return Err(VaultError::NotAvailable);
        }
        self.reset_decoy()
    }

    fn reset_decoy(&mut self) -> Result<()> {
        let mut header = self.header.clone();
        clear_slot(&mut header, Slot::Duress)?;
        // With a chip, the second PIN's lane gets an object no PIN opens, so the old second PIN
        // is counted wrong by the chip like any other.
        if let (Some(own), Some(binding)) = (self.own_lane(), header.binding.as_mut())
            && binding.kind == BindingKind::Chip
        {
            seal_unused_lane(&self.keychain, binding, 1 - own)?;
        }
        write_header(&self.dir, &header)?;
        self.header = header;
        self.replace_decoy_database()?;
        self.note_second_pin_slot()
    }

    /// The other database becomes a fresh notebook under a key nobody but this vault keeps.
    fn replace_decoy_database(&mut self) -> Result<()> {
        let unused = MasterKey::random()?;
        // In the language the person uses now (which may have changed since setup).
        let language = self.store.language()?;
        create_database(
            &self.dir,
            1 - self.db_index,
            &unused,
            Some((Space::Notebook, language.as_deref())),
        )?;
        self.store.keep_companion_key(unused.as_bytes())?;
        self.remove_old_decoy_cases();
        Ok(())
    }

    /// Deletes the vault's keychain entry. For tests and for a future "remove everything" action.
    pub fn forget_device_secret(&self) -> Result<()> {
        let id = self.header.vault_id_hex();
        self.keychain.remove(&id)?;
        self.keychain.remove(&crate::guesses::keychain_account(&id))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use harbour_store::ContactFields;

    /// Backups made before cases were backed up (version 1: the plaintext is the database
    /// itself) still restore. Needs the test keychain (`scripts/with-keychain.sh`).
    #[test]
    fn a_version_1_backup_still_restores() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data");
        let pin = Pin::new("482913").unwrap();
        let created = LockedVault::create(
            &path,
            Keychain::with_service("pocketcalc-tests"),
            &pin,
            None,
            KdfParams::FLOOR,
        )
        .unwrap();
        let (mut vault, recovery) = (created.vault, created.recovery_key);
        vault
            .own_records_mut()
            .add_contact(&ContactFields {
                name: "from an old backup".into(),
                ..Default::default()
            })
            .unwrap();
        // Written as the earlier version did.
        let secret = BackupSecret::RecoveryKey(&recovery);
        let (header, keys) = BackupHeader::new(secret, KdfParams::FLOOR, PLAIN_STREAM).unwrap();
        let scratch = ScratchFile::new(&path).unwrap();
        export_database(
            vault.own_records().connection(),
            scratch.path(),
            &keys.database,
        )
        .unwrap();
        let mut file = Vec::new();
        crate::backup::seal_stream(&header, &keys, scratch.open().unwrap(), &mut file).unwrap();
        drop(scratch);
        assert_eq!(u16::from_be_bytes([file[8], file[9]]), 1);

        vault
            .own_records_mut()
            .add_contact(&ContactFields {
                name: "added later".into(),
                ..Default::default()
            })
            .unwrap();
        let prepared = vault.prepare_restore(&file[..], secret).unwrap();
        assert_eq!(prepared.cases_restored(), 0);
        let vault = vault.finish_restore(prepared).unwrap();
        let names: Vec<String> = vault
            .own_records()
            .list_contacts()
            .unwrap()
            .into_iter()
            .map(|c| c.fields.name)
            .collect();
        assert_eq!(names, vec!["from an old backup".to_owned()]);
        vault.forget_device_secret().unwrap();
    }
}
