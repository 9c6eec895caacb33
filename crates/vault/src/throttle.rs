//! The growing delay after wrong PINs. The count lives in a small file beside the header (not in
//! the header, so a wrong PIN leaves the vault files byte-identical) and survives restarts.
//!
//! Someone who can delete files can reset the count; the delay is there to slow guessing at the
//! screen, while the device secret in the keychain is what stops offline guessing on a copy.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use crate::error::{Result, VaultError};
use crate::files::write_atomically;

/// Free attempts before any delay: people mistype.
const FREE_ATTEMPTS: u32 = 3;
const FIRST_DELAY_SECS: u64 = 5;
const MAX_DELAY_SECS: u64 = 15 * 60;

/// How long to wait after `failures` consecutive wrong attempts: none for the first three, then
/// 5 s, doubling up to 15 minutes.
pub fn delay_after_failures(failures: u32) -> Duration {
    if failures < FREE_ATTEMPTS {
        return Duration::ZERO;
    }
    let doublings = (failures - FREE_ATTEMPTS).min(16);
    Duration::from_secs((FIRST_DELAY_SECS << doublings).min(MAX_DELAY_SECS))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Attempts {
    pub failures: u32,
    /// Seconds since the Unix epoch of the last wrong attempt.
    pub last_failure: u64,
}

pub(crate) struct AttemptsFile {
    path: PathBuf,
}

impl AttemptsFile {
    pub fn new(dir: &Path) -> AttemptsFile {
        AttemptsFile {
            path: dir.join("profile.state"),
        }
    }

    pub fn read(&self) -> Attempts {
        // A missing or damaged file counts as no failures: refusing to unlock would lock a person
        // out of their own data, which is worse than a reset delay.
        let Ok(bytes) = std::fs::read(&self.path) else {
            return Attempts::default();
        };
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

    pub fn write(&self, attempts: Attempts) -> Result<()> {
        let mut bytes = Vec::with_capacity(44);
        bytes.extend_from_slice(&attempts.failures.to_le_bytes());
        bytes.extend_from_slice(&attempts.last_failure.to_le_bytes());
        let sum = Sha256::digest(&bytes);
        bytes.extend_from_slice(&sum);
        write_atomically(&self.path, &bytes)
    }

    /// Refuses early, before any key derivation, while a delay is running.
    pub fn check(&self) -> Result<()> {
        let a = self.read();
        let wait = delay_after_failures(a.failures);
        if wait.is_zero() {
            return Ok(());
        }
        let now = now_secs();
        // A failure "in the future" means the clock was moved. Count the delay from now, once,
        // so that setting the clock ahead cannot lock a person out for longer than one delay.
        if a.last_failure > now {
            self.write(Attempts {
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

    pub fn record_failure(&self) -> Result<()> {
        let a = self.read();
        self.write(Attempts {
            failures: a.failures.saturating_add(1),
            last_failure: now_secs(),
        })
    }

    pub fn record_success(&self) -> Result<()> {
        if self.read() != Attempts::default() || !self.path.exists() {
            self.write(Attempts::default())?;
        }
        Ok(())
    }
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
        assert_eq!(delay_after_failures(2), Duration::ZERO);
        assert_eq!(delay_after_failures(3), Duration::from_secs(5));
        assert_eq!(delay_after_failures(4), Duration::from_secs(10));
        assert_eq!(delay_after_failures(10), Duration::from_secs(640));
        assert_eq!(delay_after_failures(11), Duration::from_secs(900));
        assert_eq!(delay_after_failures(u32::MAX), Duration::from_secs(900));
    }

    #[test]
    fn attempts_survive_a_reopen_and_damage_resets_them() {
        let dir = tempfile::tempdir().unwrap();
        let file = AttemptsFile::new(dir.path());
        for _ in 0..4 {
            file.record_failure().unwrap();
        }
        let again = AttemptsFile::new(dir.path());
        assert_eq!(again.read().failures, 4);
        assert!(matches!(again.check(), Err(VaultError::Throttled { .. })));
        let mut bytes = std::fs::read(dir.path().join("profile.state")).unwrap();
        bytes[0] ^= 0xFF;
        std::fs::write(dir.path().join("profile.state"), bytes).unwrap();
        assert_eq!(again.read(), Attempts::default());
    }

    #[test]
    fn a_failure_dated_in_the_future_costs_one_delay_not_more() {
        let dir = tempfile::tempdir().unwrap();
        let file = AttemptsFile::new(dir.path());
        let far_future = now_secs() + 10 * 365 * 86_400;
        file.write(Attempts {
            failures: 3,
            last_failure: far_future,
        })
        .unwrap();
        match file.check() {
            Err(VaultError::Throttled { retry_after }) => {
                assert_eq!(retry_after, Duration::from_secs(5))
            }
            other => panic!("{other:?}"),
        }
        assert!(file.read().last_failure <= now_secs());
        // Under the free-attempt count, a future date does not matter at all.
        file.write(Attempts {
            failures: 1,
            last_failure: u64::MAX,
        })
        .unwrap();
        assert!(file.check().is_ok());
    }
}
