//! One guessing budget for every way a PIN or recovery key can be tried: the disguise, the
//! confirm-PIN forms, inside the real vault and inside the decoy, and every PIN being set (so a
//! candidate tried by making it the decoy's PIN costs what typing it at the disguise costs).
//!
//! - **Cost.** A wrong try costs one; so does every PIN set (change PIN, second PIN). A right
//!   one costs nothing and resets nothing: if opening the decoy (or the real vault) cleared the
//!   count, the second PIN would reset the delay between guesses, and a count that vanished
//!   would tell someone watching that a right PIN was typed.
//! - **Decay.** One unit is forgiven per [`DECAY`] since the last charge, so a person's typos
//!   are forgotten within hours.
//! - **Delay.** None for the first five units, then 5 s, doubling to 15 minutes
//!   ([`delay_after_failures`]): at worst four tries an hour, about 14 years on average for a
//!   6-digit PIN. Never longer, so the person (and the recovery key) always gets in after it.
//! - **Two copies.** The count is kept in `profile.state` and in the OS keychain beside the
//!   device secret; the larger wins, so deleting, truncating or putting back an old copy of any
//!   file in the vault folder resets nothing. (Someone who can both edit the folder and delete
//!   keychain items resets it: only hardware, a TPM's own lockout, stops that.)
//! - **One at a time.** A turn holds a lock for the whole check-derive-record, in this process
//!   and (on Unix) across processes, so tries fired together wait for each other and each sees
//!   the delay the one before it earned.

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

/// The right to try once: held while the key is derived and the answer recorded.
pub(crate) struct Turn<'a> {
    guesses: &'a Guesses,
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
        file.max(kept)
    }

    fn write(&self, attempts: Attempts) -> Result<()> {
        let bytes = attempts.encode();
        // Both copies, each on its own: one that cannot be written (a locked keychain, a full
        // disk) must not stop the other. Failing both is an error: an uncounted try must not
        // go ahead.
        let file = write_atomically(&self.path, &bytes);
        let kept = self.keychain.store_bytes(&self.account, &bytes);
        match (file, kept) {
            (Err(e), Err(_)) => Err(e),
            _ => Ok(()),
        }
    }

    /// Waits for any other try to finish, then refuses while a delay is running (before any key
    /// derivation).
    pub fn turn(&self) -> Result<Turn<'_>> {
        let here = TURNS.lock().unwrap_or_else(|p| p.into_inner());
        let across = lock_folder(&self.dir);
        let turn = Turn {
            guesses: self,
            _here: here,
            _across: across,
        };
        turn.check()?;
        Ok(turn)
    }

    /// Writes a count of zero, for a new vault (so the file exists from the start, as it will
    /// after every try).
    pub fn start(&self) -> Result<()> {
        self.write(Attempts::default())
    }
}

impl Turn<'_> {
    fn check(&self) -> Result<()> {
        let a = self.guesses.read();
        let now = now_secs();
        let wait = delay_with_free_tries(a.at(now), self.guesses.keychain.free_tries());
        if wait.is_zero() {
            return Ok(());
        }
        // A charge "in the future" means the clock was moved back. Count the delay from now,
        // once, so that a clock set wrong cannot lock a person out for longer than one delay.
        if a.last_failure > now {
            self.guesses.write(Attempts {
                failures: a.failures,
                last_failure: now,
            })?;
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

    /// This try (or this PIN being set) costs one unit.
    pub fn charge(self) -> Result<()> {
        let now = now_secs();
        let a = self.guesses.read();
        self.guesses.write(Attempts {
            failures: a.at(now).saturating_add(1),
            last_failure: now.max(a.last_failure),
        })
    }
}

/// An advisory lock on the vault folder, so two processes (a second copy of the app, a script)
/// take turns too. Best effort: where it cannot be had, the in-process lock still holds.
#[cfg(unix)]
fn lock_folder(dir: &Path) -> Option<std::fs::File> {
    let folder = std::fs::File::open(dir).ok()?;
    folder.lock().ok()?;
    Some(folder)
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
