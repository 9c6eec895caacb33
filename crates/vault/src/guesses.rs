//! One guessing budget for every way a PIN or recovery key can be tried: the disguise, the
//! confirm-PIN forms, inside the real vault and inside the decoy, and every PIN being set (so a
//! candidate tried by making it the decoy's PIN costs what typing it at the disguise costs).
//!
//! - **Cost.** A wrong try costs one; so does every PIN set (change PIN, second PIN). The unit
//!   is charged before the key is derived and given back after a right answer, so no answer is
//!   ever given before its cost is on record (killing the app mid-try, or blocking its write,
//!   saves nothing). A right try costs nothing and resets nothing: if opening the decoy (or the
//!   real vault) cleared the count, the second PIN would reset the delay between guesses, and a
//!   count that vanished would tell someone watching that a right PIN was typed.
//! - **Decay.** One unit is forgiven per [`DECAY`] since the last charge, so a person's typos
//!   are forgotten within hours. The count stops at 13 (the longest delay is reached there), so
//!   a copy edited sky-high clears within 13 hours.
//! - **Delay.** None for the first five units, then 5 s, doubling to 15 minutes
//!   ([`delay_after_failures`]): at worst four tries an hour at the keyboard. Never longer, so
//!   the person (and the recovery key) always gets in after it. While a delay runs only the
//!   second PIN is tried (it must open when someone forces it, whatever was guessed before);
//!   such a try costs nothing more and tells nothing of the real PIN.
//! - **Two copies.** The count is kept in the OS keychain beside the device secret and in
//!   `profile.state`; the larger wins, so deleting, truncating or putting back an old copy of
//!   any file in the vault folder resets nothing.
//! - **One at a time.** A turn holds a lock for the whole charge-derive-answer, in this process
//!   and (on Unix, for at most two seconds of waiting) across processes, so tries fired
//!   together wait for each other and each sees the delay the one before it earned.
//!
//! What this does not stop (`docs/threat-model.md`): anyone who can delete the keychain copy as
//! well as the file, change the clock, or run the app with code of their own injected can reset
//! or skip the count; and the same user's programs can read the device secret and guess on a
//! copy of the folder at Argon2id's pace (days for 6 digits). Only a secret held by hardware
//! with its own lockout (a TPM, `docs/tpm.md`) stops those.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use crate::error::{Result, VaultError};
use crate::files::write_atomically;
use crate::keychain::Keychain;

/// Free units before any delay: people mistype, and setting a PIN costs one too.
pub(crate) const FREE_ATTEMPTS: u32 = 5;
const FIRST_DELAY_SECS: u64 = 5;
const MAX_DELAY_SECS: u64 = 15 * 60;
/// The count never goes above this: the delay is at its longest there already, and a count
/// someone wrote sky-high into a copy clears within hours, not never.
const MAX_COUNT: u32 = FREE_ATTEMPTS + 8;
/// One unit is forgiven per this long without a charge.
pub const DECAY: Duration = Duration::from_secs(60 * 60);

/// How long to wait once the count is `failures`: none for the first five, then 5 s, doubling
/// up to 15 minutes.
pub fn delay_after_failures(failures: u32) -> Duration {
    delay_with_free_tries(failures, FREE_ATTEMPTS)
}

fn delay_with_free_tries(failures: u32, free: u32) -> Duration {
    if failures < free {
        return Duration::ZERO;
    }
    let doublings = (failures - free).min(16);
    Duration::from_secs((FIRST_DELAY_SECS << doublings).min(MAX_DELAY_SECS))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Attempts {
    pub failures: u32,
    /// Seconds since the Unix epoch of the last charge.
    pub last_failure: u64,
}

impl Attempts {
    /// The count once decay is taken off (a charge dated in the future decays nothing).
    fn at(self, now: u64) -> u32 {
        let forgiven = now.saturating_sub(self.last_failure) / DECAY.as_secs();
        self.failures
            .saturating_sub(u32::try_from(forgiven).unwrap_or(u32::MAX))
    }

    /// The larger of two copies, field by field: neither copy can lower the count.
    fn max(self, other: Attempts) -> Attempts {
        Attempts {
            failures: self.failures.max(other.failures),
            last_failure: self.last_failure.max(other.last_failure),
        }
    }

    fn encode(self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(44);
        bytes.extend_from_slice(&self.failures.to_le_bytes());
        bytes.extend_from_slice(&self.last_failure.to_le_bytes());
        let sum = Sha256::digest(&bytes);
        bytes.extend_from_slice(&sum);
        bytes
    }

    /// A damaged copy reads as none; the other copy still counts.
    fn decode(bytes: &[u8]) -> Attempts {
        if bytes.len() != 44 || Sha256::digest(&bytes[..12]).as_slice() != &bytes[12..] {
            return Attempts::default();
        }
        let failures = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        let mut last = [0u8; 8];
        last.copy_from_slice(&bytes[4..12]);
        Attempts {
            failures,
            last_failure: u64::from_le_bytes(last),
        }
    }
}

/// The keychain entry that holds a vault's count.
pub(crate) fn keychain_account(vault_id: &str) -> String {
    format!("{vault_id}.state")
}

/// Tries in this process, one at a time.
static TURNS: Mutex<()> = Mutex::new(());

/// The budget of one vault: its folder and its keychain entry.
pub(crate) struct Guesses {
    path: PathBuf,
    dir: PathBuf,
    keychain: Keychain,
    account: String,
}

/// The right to try once: held while the key is derived and the answer known. The unit is
/// charged when the turn is taken, before any key is derived, and given back when the turn ends
/// without [`Turn::charge`]: an answer is never given before its cost is on record, so killing
/// the app (or blocking its write) mid-try saves nothing.
pub(crate) struct Turn<'a> {
    guesses: &'a Guesses,
    /// The count before this turn's unit, put back unless the turn is charged.
    before: Attempts,
    kept: bool,
    _here: MutexGuard<'static, ()>,
    _across: Option<std::fs::File>,
}

impl Guesses {
    /// `vault_id` names the vault's keychain entries (the count is filed under it plus `.state`).
    pub fn new(dir: &Path, keychain: &Keychain, vault_id: &str) -> Guesses {
        Guesses {
            path: dir.join("profile.state"),
            dir: dir.to_owned(),
            keychain: keychain.clone(),
            account: keychain_account(vault_id),
        }
    }

    /// Both copies, the larger of each field. A keychain that cannot be read (locked, gone)
    /// leaves the file's copy.
    pub fn read(&self) -> Attempts {
        let file = std::fs::read(&self.path)
            .map(|b| Attempts::decode(&b))
            .unwrap_or_default();
        let kept = match self.keychain.load_bytes(&self.account) {
            Ok(Some(bytes)) => Attempts::decode(&bytes),
            _ => Attempts::default(),
        };
        let both = file.max(kept);
        Attempts {
            failures: both.failures.min(MAX_COUNT),
            ..both
        }
    }

    fn write(&self, attempts: Attempts) -> Result<()> {
        let bytes = attempts.encode();
        // Both copies, the keychain's first (the harder one to tamper with from the folder),
        // each on its own: one that cannot be written (a locked keychain, a full disk) must not
        // stop the other. Failing both is an error: an uncounted try must not go ahead.
        let kept = self.keychain.store_bytes(&self.account, &bytes);
        let file = write_atomically(&self.path, &bytes);
        match (file, kept) {
            (Err(e), Err(_)) => Err(e),
            _ => Ok(()),
        }
    }

    /// Waits for any other try to finish, refuses while a delay is running (before any key
    /// derivation), then charges this try's unit.
    pub fn turn(&self) -> Result<Turn<'_>> {
        let (here, across) = self.take_turn();
        let mut before = self.read();
        self.check(&mut before)?;
        self.start_turn(before, true, here, across)
    }

    /// A turn even while a delay runs, for what may be tried then (only the second PIN, which
    /// must open when someone forces it, whatever was guessed before), with the delay if one
    /// runs: such a turn is charged like any (so killing the app mid-try saves nothing), and
    /// the caller drops it (giving the unit back) once it has its answer, then answers
    /// `Throttled`.
    pub fn turn_during_delay(&self) -> Result<(Turn<'_>, Option<Duration>)> {
        let (here, across) = self.take_turn();
        let mut before = self.read();
        let delay = match self.check(&mut before) {
            Ok(()) => None,
            Err(VaultError::Throttled { retry_after }) => Some(retry_after),
            Err(e) => return Err(e),
        };
        let turn = self.start_turn(before, delay.is_none(), here, across)?;
        Ok((turn, delay))
    }

    fn take_turn(&self) -> (MutexGuard<'static, ()>, Option<std::fs::File>) {
        let here = TURNS.lock().unwrap_or_else(|p| p.into_inner());
        (here, lock_folder(&self.dir))
    }

    fn start_turn(
        &self,
        before: Attempts,
        restart_delay: bool,
        here: MutexGuard<'static, ()>,
        across: Option<std::fs::File>,
    ) -> Result<Turn<'_>> {
        let now = now_secs();
        let charged = Attempts {
            failures: before.at(now).saturating_add(1).min(MAX_COUNT),
            last_failure: if restart_delay {
                now.max(before.last_failure)
            } else {
                before.last_failure
            },
        };
        self.write(charged)?;
        Ok(Turn {
            guesses: self,
            before,
            kept: false,
            _here: here,
            _across: across,
        })
    }

    /// Refuses while a delay runs. A charge dated in the future is moved to now in `a` (and on
    /// record), so the caller goes on from what is written.
    fn check(&self, a: &mut Attempts) -> Result<()> {
        let now = now_secs();
        let wait = delay_with_free_tries(a.at(now), self.keychain.free_tries());
        if wait.is_zero() {
            return Ok(());
        }
        // A charge "in the future" means the clock was moved back. Count the delay from now,
        // once, so that a clock set wrong cannot lock a person out for longer than one delay.
        if a.last_failure > now {
            a.last_failure = now;
            self.write(*a)?;
            return Err(VaultError::Throttled { retry_after: wait });
        }
        let elapsed = Duration::from_secs(now - a.last_failure);
        if elapsed < wait {
            return Err(VaultError::Throttled {
                retry_after: wait - elapsed,
            });
        }
        Ok(())
    }

    /// Writes a count of zero, for a new vault (so the file exists from the start, as it will
    /// after every try).
    pub fn start(&self) -> Result<()> {
        self.write(Attempts::default())
    }
}

impl Turn<'_> {
    /// This try (or this PIN being set) keeps the unit it was charged.
    pub fn charge(mut self) -> Result<()> {
        self.kept = true;
        Ok(())
    }
}

impl Drop for Turn<'_> {
    /// A right PIN (or a try that never got as far as an answer) costs nothing: the count goes
    /// back to what it was.
    fn drop(&mut self) {
        if !self.kept {
            let _ = self.guesses.write(self.before);
        }
    }
}

/// An advisory lock on the vault folder, so two processes (a second copy of the app, a script)
/// take turns too. Best effort: where it cannot be had, the in-process lock still holds.
#[cfg(unix)]
fn lock_folder(dir: &Path) -> Option<std::fs::File> {
    let folder = std::fs::File::open(dir).ok()?;
    // Bounded: another program holding it (any program of this user can) must not freeze every
    // unlock; after two seconds the in-process lock alone serves.
    for _ in 0..40 {
        match folder.try_lock() {
            Ok(()) => return Some(folder),
            Err(std::fs::TryLockError::WouldBlock) => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(std::fs::TryLockError::Error(_)) => return None,
        }
    }
    None
}

#[cfg(not(unix))]
fn lock_folder(_dir: &Path) -> Option<std::fs::File> {
    None
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delay_grows_then_caps() {
        assert_eq!(delay_after_failures(0), Duration::ZERO);
        assert_eq!(delay_after_failures(4), Duration::ZERO);
        assert_eq!(delay_after_failures(5), Duration::from_secs(5));
        assert_eq!(delay_after_failures(6), Duration::from_secs(10));
        assert_eq!(delay_after_failures(12), Duration::from_secs(640));
        assert_eq!(delay_after_failures(13), Duration::from_secs(900));
        assert_eq!(delay_after_failures(u32::MAX), Duration::from_secs(900));
    }

    #[test]
    fn units_decay_one_an_hour_and_the_future_decays_nothing() {
        let a = Attempts {
            failures: 5,
            last_failure: 10_000,
        };
        assert_eq!(a.at(10_000), 5);
        assert_eq!(a.at(10_000 + 3_599), 5);
        assert_eq!(a.at(10_000 + 3_600), 4);
        assert_eq!(a.at(10_000 + 5 * 3_600), 0);
        assert_eq!(a.at(10_000 + 500 * 3_600), 0);
        assert_eq!(a.at(0), 5);
    }

    #[test]
    fn a_turn_is_charged_before_its_answer_and_given_back_unless_kept() {
        let dir = tempfile::tempdir().unwrap();
        // A keychain service nothing else uses: its copy may be unreachable in unit tests, and
        // the file's copy must carry the count on its own.
        let guesses = Guesses::new(dir.path(), &Keychain::with_service("pocketcalc-unit"), "u1");
        let turn = guesses.turn().unwrap();
        assert_eq!(
            guesses.read().failures,
            1,
            "on record while the key is derived"
        );
        drop(turn);
        assert_eq!(guesses.read().failures, 0, "a right try gives it back");
        guesses.turn().unwrap().charge().unwrap();
        assert_eq!(guesses.read().failures, 1, "a wrong one keeps it");
        for _ in 0..30 {
            if let Ok((turn, _)) = guesses.turn_during_delay() {
                turn.charge().unwrap();
            }
        }
        assert_eq!(
            guesses.read().failures,
            MAX_COUNT,
            "never above the longest delay's count"
        );
        let _ = Keychain::with_service("pocketcalc-unit").remove(&keychain_account("u1"));
    }

    #[test]
    fn the_larger_copy_wins_and_damage_reads_as_none() {
        let a = Attempts {
            failures: 7,
            last_failure: 5,
        };
        let b = Attempts {
            failures: 2,
            last_failure: 9,
        };
        assert_eq!(
            a.max(b),
            Attempts {
                failures: 7,
                last_failure: 9
            }
        );
        assert_eq!(Attempts::decode(&a.encode()), a);
        let mut bytes = a.encode();
        bytes[0] ^= 0xFF;
        assert_eq!(Attempts::decode(&bytes), Attempts::default());
        assert_eq!(Attempts::decode(&bytes[..20]), Attempts::default());
    }
}
