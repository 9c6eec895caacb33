//! What is open right now. One place holds the vault so that a quick hide can always find it and
//! lock it, even while an unlock (a quarter-second of key derivation) is under way elsewhere.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use harbour_share::{HostInvitation, Link, PhraseCheck};
use harbour_vault::{
    Appearance, CreatedVault, KdfParams, Keychain, LockedVault, Pin, RecoveryKey, UnlockedVault,
    VaultError,
};

use serde::Serialize;
use tokio::sync::{oneshot, watch};
use ts_rs::TS;

use crate::drafts::{PendingDrafts, TakenDrafts};
use crate::error::ApiError;

enum Slot {
    Closed,
    /// `opening`: the epoch the vault was opened in (or last switched to other records in).
    /// Drafts are written only into the vault of the opening they were made in.
    Open {
        vault: Box<UnlockedVault>,
        opening: u64,
    },
}

pub struct Session {
    dir: PathBuf,
    keychain: Keychain,
    kdf: KdfParams,
    vault: Mutex<Slot>,
    /// Bumped by every hide/lock. An unlock that started before a hide must not open the vault
    /// after it: it compares the epoch it started in with the current one.
    epoch: AtomicU64,
    /// When the person last did something in the open app (any command, or the page's
    /// "still here" signal on key or pointer input).
    last_activity: Mutex<Instant>,
    /// Hash of the text last copied from an open screen (never the text itself), so a quick hide
    /// can clear the clipboard if it still holds it.
    copied: Mutex<Option<crate::clipboard::CopiedText>>,
    /// Sharing for this unlocked session: the case link read from the vault, and a pairing
    /// under way. Both hold keys, so both are dropped (and wiped) by every hide or lock.
    sharing: Mutex<SharingSlot>,
    /// What the person is writing and has not saved, for this opening (see `drafts.rs`).
    drafts: Mutex<PendingDrafts>,
    /// Vaults taken out by a hide and being closed on a thread of their own (`hide.rs`): an
    /// unlock waits for them, so nothing of the new opening meets one half-closed.
    closings: (Mutex<usize>, std::sync::Condvar),
}

/// A vault being closed on a thread of its own; dropping this says it is closed.
pub struct ClosingElsewhere<R: tauri::Runtime>(tauri::AppHandle<R>);

impl<R: tauri::Runtime> Drop for ClosingElsewhere<R> {
    fn drop(&mut self) {
        use tauri::Manager;
        if let Some(session) = self.0.try_state::<Session>() {
            let (count, done) = &session.closings;
            let mut count = count.lock().unwrap_or_else(|p| p.into_inner());
            *count = count.saturating_sub(1);
            done.notify_all();
        }
    }
}

/// A vault taken out of the session, no longer reachable by any command, with the drafts made in
/// it that were not written yet; closing it (or dropping it) writes those drafts into it, then
/// closes the database and wipes the keys.
#[must_use = "close the detached vault to wipe its keys now"]
pub struct Detached {
    vault: Option<Box<UnlockedVault>>,
    drafts: TakenDrafts,
}

impl Detached {
    pub fn close(mut self) {
        self.close_now();
    }

    fn close_now(&mut self) {
        let drafts = std::mem::take(&mut self.drafts);
        if let Some(mut vault) = self.vault.take() {
            // Nobody is left to tell if this fails (the disguise is on screen): what could not
            // be written is lost with the keys, as it would be in a power cut.
            let _ = drafts.write_into(&mut vault);
            // Closing can only fail on an I/O error; the keys are wiped on drop either way.
            let _ = vault.lock();
        }
    }
}

impl Drop for Detached {
    fn drop(&mut self) {
        self.close_now();
    }
}

/// A hide that found the vault busy; [`Session::detach_when_free`] finishes it.
#[must_use = "take the busy vault when it is free, to write its drafts and wipe its keys"]
pub struct Busy {
    /// The opening the hide ended: only a vault opened in it (or before) is taken.
    ended: u64,
}

/// What trying a PIN led to. Nothing is an error to the disguise: a wrong PIN (or a delay) leaves
/// it a calculator, and anything else wrong shows only as a calculator's `Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    Opened,
    /// Opened by the recovery key: a new PIN is chosen next.
    Recovered,
    NotOpened,
    /// Not tried: the guessing delay runs for this long yet.
    Delayed(Duration),
    /// Not opened, for a reason other than a wrong PIN (the keychain locked or missing this
    /// computer's key, a damaged file).
    Trouble,
}

impl Session {
    pub fn new(dir: PathBuf, keychain: Keychain, kdf: KdfParams) -> Session {
        Session {
            dir,
            keychain,
            kdf,
            vault: Mutex::new(Slot::Closed),
            epoch: AtomicU64::new(0),
            last_activity: Mutex::new(Instant::now()),
            copied: Mutex::new(None),
            sharing: Mutex::new(SharingSlot::default()),
            drafts: Mutex::new(PendingDrafts::default()),
            closings: (Mutex::new(0), std::sync::Condvar::new()),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn is_set_up(&self) -> bool {
        LockedVault::exists(&self.dir)
    }

    pub fn appearance(&self) -> Appearance {
        Appearance::load(&self.dir)
    }

    fn slot(&self) -> std::sync::MutexGuard<'_, Slot> {
        // A panic while holding the lock must not make the vault unreachable for locking.
        self.vault
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// First run: creates the vault and returns the recovery key text to show once.
    pub fn set_up(
        &self,
        pin: &Pin,
        duress: Option<&Pin>,
        appearance: &Appearance,
        language: Option<&str>,
    ) -> Result<zeroize::Zeroizing<String>, ApiError> {
        self.finish_pending_hide();
        let epoch = self.epoch.load(Ordering::SeqCst);
        let CreatedVault {
            mut vault,
            recovery_key,
        } = LockedVault::create_in_language(
            &self.dir,
            self.keychain.clone(),
            pin,
            duress,
            self.kdf,
            language,
        )?;
        appearance.save(&self.dir)?;
        let text = recovery_key.display_text();
        // Until the page says it was shown: a quick exit while setup finishes must not lose it
        // (the next unlock shows it instead).
        vault.own_records_mut().keep_unseen_recovery_key(&text)?;
        self.install(vault, epoch)?;
        Ok(text)
    }

    pub fn try_unlock(&self, pin: &Pin) -> Attempt {
        self.finish_pending_hide();
        let epoch = self.epoch.load(Ordering::SeqCst);
        let opened =
            LockedVault::open(&self.dir, self.keychain.clone()).and_then(|l| l.unlock(pin));
        self.keep_opened(opened, epoch, Attempt::Opened)
    }

    /// The recovery key typed at the disguise (a forgotten PIN, or a keychain that lost this
    /// computer's key): opens the real vault, in the same guessing budget as a PIN.
    pub fn try_recovery_key(&self, key: &RecoveryKey) -> Attempt {
        self.finish_pending_hide();
        let epoch = self.epoch.load(Ordering::SeqCst);
        let opened = LockedVault::open(&self.dir, self.keychain.clone())
            .and_then(|l| l.unlock_with_recovery(key));
        self.keep_opened(opened, epoch, Attempt::Recovered)
    }

    fn keep_opened(
        &self,
        opened: Result<UnlockedVault, VaultError>,
        epoch: u64,
        success: Attempt,
    ) -> Attempt {
        match opened {
            Ok(mut vault) => {
                // Files imported into a form that was then cancelled. Not being able to tidy them
                // is no reason to keep the person out. (Drafts of the opening before are in the
                // vault by now, so the files they carry are kept.)
                let _ = vault.own_records_mut().discard_unused_attachments();
                match self.install(vault, epoch) {
                    Ok(()) => success,
                    // Hidden while the keys were derived: the disguise just stays what it is.
                    Err(e) if e.code == crate::error::ErrorCode::Locked => Attempt::NotOpened,
                    Err(_) => Attempt::Trouble,
                }
            }
            Err(VaultError::WrongPin) => Attempt::NotOpened,
            Err(VaultError::Throttled { retry_after }) => Attempt::Delayed(retry_after),
            Err(_) => Attempt::Trouble,
        }
    }

    /// A hide that found the vault busy may still be waiting for it (its thread takes it once the
    /// command holding it is done). An unlock finishes that hide first, here, so that nothing of
    /// the new opening (the sweep of unused files, scratch clean-up, the vault itself) meets the
    /// old one's vault still open with its drafts unwritten.
    fn finish_pending_hide(&self) {
        self.wait_until_closed();
        let mut slot = self.slot();
        let ended = matches!(&*slot, Slot::Open { opening, .. } if *opening != self.epoch());
        if ended {
            let detached = self.take(&mut slot);
            drop(slot);
            detached.close();
        }
    }

    /// Keeps a freshly opened vault, unless a hide happened while it was being opened, or a hide
    /// is still waiting for the vault open before (a command was holding it): a vault opened
    /// now must not take that one's place before its drafts are written into it.
    fn install(&self, vault: UnlockedVault, epoch: u64) -> Result<(), ApiError> {
        let mut slot = self.slot();
        if self.epoch.load(Ordering::SeqCst) != epoch || matches!(*slot, Slot::Open { .. }) {
            drop(slot);
            vault.lock()?;
            return Err(ApiError::locked());
        }
        *slot = Slot::Open {
            vault: Box::new(vault),
            opening: epoch,
        };
        self.drafts().open(epoch);
        self.touch();
        Ok(())
    }

    /// Locks at once: writes what was being written, closes the database and wipes the keys,
    /// and waits for a vault a hide is closing elsewhere. Safe to call at any time.
    pub fn lock(&self) {
        self.detach().close();
        self.wait_until_closed();
    }

    /// Waits while a vault taken by a hide is being closed on a thread of its own: a few
    /// milliseconds (seconds at most, on a slow disk; never for ever, whatever happens).
    pub fn wait_until_closed(&self) {
        let (count, done) = &self.closings;
        let count = count.lock().unwrap_or_else(|p| p.into_inner());
        let _ = done.wait_timeout_while(count, Duration::from_secs(10), |n| *n > 0);
    }

    /// Like [`Session::detach`], but only if no command is using the vault right now (a restore
    /// can hold it for seconds): `Busy` then, for [`Session::detach_when_free`]. The epoch is
    /// bumped either way, so nothing under way can install a vault afterwards, and no draft is
    /// taken from the page any more.
    pub fn try_detach(&self) -> Result<Detached, Busy> {
        let ended = self.end_opening();
        let mut slot = match self.vault.try_lock() {
            Ok(slot) => slot,
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) => return Err(Busy { ended }),
        };
        Ok(self.take(&mut slot))
    }

    /// A hide closes the vault it took on a thread of its own: counted until the returned value
    /// is dropped, and unlocks wait for it.
    pub fn closing_elsewhere<R: tauri::Runtime>(
        &self,
        app: tauri::AppHandle<R>,
    ) -> ClosingElsewhere<R> {
        *self.closings.0.lock().unwrap_or_else(|p| p.into_inner()) += 1;
        ClosingElsewhere(app)
    }

    /// The rest of a hide that found the vault busy: waits for the command holding it, then
    /// hands over the vault with its drafts, if it is still the one that hide ended (an unlock
    /// may have finished the hide already, and then a newer vault may be open).
    pub fn detach_when_free(&self, busy: Busy) -> Detached {
        let mut slot = self.slot();
        match &*slot {
            Slot::Open { opening, .. } if *opening <= busy.ended => self.take(&mut slot),
            _ => Detached {
                vault: None,
                drafts: TakenDrafts::default(),
            },
        }
    }

    /// Moves the epoch on, drops sharing, and takes no more drafts. Returns the epoch ended.
    fn end_opening(&self) -> u64 {
        let ended = self.epoch.fetch_add(1, Ordering::SeqCst);
        self.forget_sharing();
        self.drafts().stop(ended);
        ended
    }

    /// Leaves the slot closed and hands over what was in it, with the drafts made in it.
    fn take(&self, slot: &mut Slot) -> Detached {
        match std::mem::replace(slot, Slot::Closed) {
            Slot::Open { vault, opening } => Detached {
                vault: Some(vault),
                drafts: self.drafts().take_for(opening),
            },
            Slot::Closed => Detached {
                vault: None,
                drafts: TakenDrafts::default(),
            },
        }
    }

    /// Runs `f` with the vault taken out of the session (for operations that replace it, such as
    /// a restore), then puts back what `f` returns; only if it has not been hidden since `epoch`.
    /// Returns the epoch of the replaced vault. If `f` fails, the session is left locked.
    pub fn replace_vault_since(
        &self,
        epoch: u64,
        f: impl FnOnce(UnlockedVault) -> Result<UnlockedVault, VaultError>,
    ) -> Result<u64, ApiError> {
        let mut slot = self.slot();
        // Hidden (and perhaps opened again, maybe as the decoy) since the work began: what was
        // prepared belongs to that opening, and this one is left as it is.
        if self.epoch() != epoch {
            return Err(ApiError::locked());
        }
        // What is under way (a sync, a live session) belongs to the records being replaced, and
        // so do drafts not written yet (the page holds writes while a restore runs).
        // Drafts not written yet go into the vault being replaced first: if the restore fails,
        // they are there with everything else.
        if let Slot::Open { vault, opening } = &mut *slot {
            let _ = self.write_drafts_into(vault, *opening);
        }
        let replaced_in = self.epoch.fetch_add(1, Ordering::SeqCst) + 1;
        self.forget_sharing();
        self.drafts().stop(replaced_in - 1);
        match std::mem::replace(&mut *slot, Slot::Closed) {
            Slot::Open { vault, opening } => {
                drop(self.drafts().take_for(opening));
                let replaced = f(*vault)?;
                *slot = Slot::Open {
                    vault: Box::new(replaced),
                    opening: replaced_in,
                };
                self.drafts().open(replaced_in);
                self.touch();
                Ok(replaced_in)
            }
            Slot::Closed => Err(ApiError::locked()),
        }
    }

    /// The first half of locking, and instant: from here on every command fails as locked and no
    /// unlock under way can install its vault. The returned vault is still to be closed (which
    /// wipes its keys); a quick hide does that right after asking for the disguise's window.
    pub fn detach(&self) -> Detached {
        self.end_opening();
        let mut slot = self.slot();
        self.take(&mut slot)
    }

    fn forget_sharing(&self) {
        *self.sharing.lock().unwrap_or_else(|p| p.into_inner()) = SharingSlot::default();
    }

    /// This opening's drafts, in memory (see `drafts.rs`). Lock order: the vault's slot first.
    pub(crate) fn drafts(&self) -> std::sync::MutexGuard<'_, PendingDrafts> {
        self.drafts.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The sharing slot, for this session's link and pairing.
    pub fn sharing(&self) -> std::sync::MutexGuard<'_, SharingSlot> {
        self.sharing.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Which opening of the vault this is: changed by every hide or lock.
    pub fn epoch(&self) -> u64 {
        self.epoch.load(Ordering::SeqCst)
    }

    /// Like [`Session::with_vault`], but only if the vault has not been hidden (and perhaps
    /// another one opened, such as the decoy) since `epoch`: for the second half of work that
    /// waited on the network.
    pub fn with_vault_since<T>(
        &self,
        epoch: u64,
        f: impl FnOnce(&mut UnlockedVault) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        self.with_vault(|vault| {
            if self.epoch() != epoch {
                return Err(ApiError::locked());
            }
            f(vault)
        })
    }

    /// Like [`Session::with_vault_since`], but `None` at once if a command is using the vault.
    pub fn try_with_vault_since<T>(
        &self,
        epoch: u64,
        f: impl FnOnce(&mut UnlockedVault) -> Result<T, ApiError>,
    ) -> Option<Result<T, ApiError>> {
        let mut slot = match self.vault.try_lock() {
            Ok(slot) => slot,
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) => return None,
        };
        Some(match &mut *slot {
            Slot::Open { vault, opening } if *opening == epoch && self.epoch() == epoch => f(vault),
            _ => Err(ApiError::locked()),
        })
    }

    /// `Ok` if the vault is open and has not been hidden since `epoch`, else `locked`: for work
    /// that waited on the person (a file dialog) before going on.
    pub fn open_since(&self, epoch: u64) -> Result<(), ApiError> {
        self.with_vault_since(epoch, |_| Ok(()))
    }

    /// Runs `f` with the open vault if it has not been hidden since `epoch`, without counting as
    /// the person's activity: for work in the background (a live session applying what the
    /// other side sent must not keep the vault from locking itself). `None` once hidden.
    pub fn quietly_since<T>(
        &self,
        epoch: u64,
        f: impl FnOnce(&mut UnlockedVault) -> T,
    ) -> Option<T> {
        match &mut *self.slot() {
            Slot::Open { vault, opening } if *opening == epoch && self.epoch() == epoch => {
                Some(f(vault))
            }
            _ => None,
        }
    }

    /// Opens or closes a case of the caseload (`f`). Like a hide for everything under way: the
    /// epoch moves on (work that waited on the network for the records shown until now must
    /// not land in the new ones) and this opening's sharing is dropped (its link was theirs).
    /// Drafts not written yet go into the records they were written in first; if that fails,
    /// nothing is switched (and nothing lost).
    pub fn switch_records<T>(
        &self,
        f: impl FnOnce(&mut UnlockedVault) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        match &mut *self.slot() {
            // Hidden meanwhile (a hide waiting for this command): nothing more happens here.
            Slot::Open { opening, .. } if *opening != self.epoch() => Err(ApiError::locked()),
            Slot::Open { vault, opening } => {
                self.write_drafts_into(vault, *opening)?;
                let switched = self.epoch.fetch_add(1, Ordering::SeqCst) + 1;
                *opening = switched;
                self.forget_sharing();
                self.drafts().open(switched);
                f(vault)
            }
            Slot::Closed => Err(ApiError::locked()),
        }
    }

    /// Open, and not hidden since it was opened.
    pub fn is_open(&self) -> bool {
        matches!(&*self.slot(), Slot::Open { opening, .. } if *opening == self.epoch())
    }

    /// Runs `f` with the open vault, or fails as locked.
    ///
    /// Not counted as activity: the page re-reads screens when the other side's edits arrive,
    /// and that must not keep the vault from locking itself. Activity is the person's own key
    /// and pointer input (`still_here`), and opening the vault.
    /// The words of the language the open vault speaks: English when nothing is open or no
    /// language was chosen.
    pub fn words(&self) -> harbour_words::Words {
        self.with_vault(|v| Ok(person_words(v.own_records())))
            .unwrap_or_else(|_| harbour_words::Words::english())
    }

    pub fn with_vault<T>(
        &self,
        f: impl FnOnce(&mut UnlockedVault) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        match &mut *self.slot() {
            // A vault whose opening a hide has ended (the hide waiting for a command that held
            // it) is no one's to use any more.
            Slot::Open { vault, opening } if *opening == self.epoch() => f(vault),
            _ => Err(ApiError::locked()),
        }
    }

    /// Remembers (as a hash) text the page copied from an open screen.
    pub fn note_copied(&self, text: &str) {
        if text.is_empty() {
            return;
        }
        let copied = crate::clipboard::CopiedText::of(text);
        *self.copied.lock().unwrap_or_else(|p| p.into_inner()) = Some(copied);
    }

    /// The last copied text's hash, forgotten as it is handed over.
    pub fn take_copied(&self) -> Option<crate::clipboard::CopiedText> {
        self.copied.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    /// Records activity now.
    pub fn touch(&self) {
        *self.last_activity.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
    }

    /// The auto-lock time from the open vault's settings (default 5 minutes).
    fn auto_lock_after(&self) -> Option<Duration> {
        match &*self.slot() {
            Slot::Open { vault, .. } => {
                let minutes = vault
                    .own_records()
                    .settings()
                    .map(|s| s.auto_lock_minutes)
                    .unwrap_or(5);
                Some(Duration::from_secs(u64::from(minutes.max(1)) * 60))
            }
            Slot::Closed => None,
        }
    }

    /// True when the vault is open and nothing has happened for longer than its auto-lock time
    /// as of `now`. The caller then hides (which locks).
    pub fn idle_too_long(&self, now: Instant) -> bool {
        let Some(limit) = self.auto_lock_after() else {
            return false;
        };
        let last = *self.last_activity.lock().unwrap_or_else(|p| p.into_inner());
        now.saturating_duration_since(last) >= limit
    }
}

/// This session's sharing: held only while the vault is open.
#[derive(Default)]
pub struct SharingSlot {
    /// The links read from the vault in this opening (each keeps its counters between syncs),
    /// but for one a sync, a stop or a live session holds just now.
    pub(crate) links: Vec<Link>,
    /// The advocate's invitation on screen, until the person's app joins.
    pub(crate) invitation: Option<HostInvitation>,
    pub(crate) pairing: Option<PhraseCheck>,
    /// Wakes a pairing that is waiting on the other app, to give up at once (Cancel, a hide).
    pub(crate) cancel: std::sync::Arc<tokio::sync::Notify>,
    /// The links a sync, stop or live session's hand-back is using: one at a time per link (its
    /// cursor and counters are not shared between two), any number of links at once.
    pub(crate) busy: std::collections::BTreeSet<harbour_store::LinkId>,
    /// Working together (with one person at a time): the live session holds their link until
    /// it ends.
    pub(crate) live: Option<LiveHandle>,
}

/// The app's end of a live session (the session itself runs as a task).
pub(crate) struct LiveHandle {
    /// Tells this handle from a later one, so an old task never clears a new handle.
    pub(crate) id: u64,
    /// Whom the session is with.
    pub(crate) link: harbour_store::LinkId,
    pub(crate) state: LiveState,
    /// Dropping it (with the slot, on every hide) ends the session too.
    pub(crate) stop: oneshot::Sender<()>,
    pub(crate) viewing: watch::Sender<Option<String>>,
    /// Resolves once the task has ended and put the link back.
    pub(crate) finished: oneshot::Receiver<()>,
}

pub(crate) static LIVE_IDS: AtomicU64 = AtomicU64::new(1);

impl Drop for SharingSlot {
    fn drop(&mut self) {
        self.cancel.notify_waiters();
    }
}

/// Working together, as the page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum LiveState {
    Off,
    /// Starting, or starting again after the connection dropped.
    Connecting,
    On,
    /// The relay cannot be reached just now; trying again by itself.
    Offline,
    /// The relay turns this computer away because the two clocks don't agree; trying again by
    /// itself.
    ClockWrong,
    /// The relay turns this device away; trying again by itself, slowly.
    Refused,
}

/// The words of the language the person chose in `own` (their own records; English if none).
pub fn person_words(own: &harbour_store::Store) -> harbour_words::Words {
    let code = own.language().ok().flatten();
    harbour_words::Words::new(code.as_deref().unwrap_or(harbour_words::ENGLISH))
}
