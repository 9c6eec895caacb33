//! Shared fixture for the vault's integration tests: a vault in a temp folder, using the real OS
//! keychain (run the tests through `scripts/with-keychain.sh`) under a test-only service name.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::new_without_default
)]

pub mod soft_chip;

use std::path::{Path, PathBuf};

use harbour_vault::{KdfParams, Keychain, LockedVault, Pin, RecoveryKey, UnlockedVault};

pub const PIN: &str = "482913";
pub const DURESS: &str = "750316";

pub fn keychain() -> Keychain {
    Keychain::with_service("pocketcalc-tests")
}

pub fn pin(s: &str) -> Pin {
    Pin::new(s).unwrap()
}

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub keychain: Keychain,
}

impl Fixture {
    pub fn new() -> Fixture {
        Fixture {
            dir: tempfile::tempdir().unwrap(),
            keychain: keychain(),
        }
    }

    /// A vault whose PINs are sealed to `chip`.
    pub fn with_chip(chip: harbour_vault::Chip) -> Fixture {
        Fixture {
            dir: tempfile::tempdir().unwrap(),
            keychain: keychain().with_chip(chip),
        }
    }

    /// For tests of PIN management with a chip: the app's delay starts later (the chip's own
    /// limits are the test's).
    pub fn changing_pins_with_chip(chip: harbour_vault::Chip) -> Fixture {
        Fixture {
            dir: tempfile::tempdir().unwrap(),
            keychain: keychain().allowing_free_tries(40).with_chip(chip),
        }
    }

    /// The same folder, reached through another keychain (for example with another chip).
    pub fn locked_with(&self, keychain: Keychain) -> LockedVault {
        LockedVault::open(&self.path(), keychain).unwrap()
    }

    /// For tests of PIN management, not of guessing: the delay starts later.
    pub fn changing_pins() -> Fixture {
        Fixture {
            dir: tempfile::tempdir().unwrap(),
            keychain: keychain().allowing_free_tries(40),
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn create(&self, duress: Option<&str>) -> (UnlockedVault, RecoveryKey) {
        let duress = duress.map(pin);
        let created = LockedVault::create(
            &self.path(),
            self.keychain.clone(),
            &pin(PIN),
            duress.as_ref(),
            KdfParams::FLOOR,
        )
        .unwrap();
        (created.vault, created.recovery_key)
    }

    pub fn locked(&self) -> LockedVault {
        LockedVault::open(&self.path(), self.keychain.clone()).unwrap()
    }

    /// Every file in the vault folder with its bytes, sorted by name.
    pub fn snapshot(&self) -> Vec<(String, Vec<u8>)> {
        files_under(&self.path())
            .into_iter()
            .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
            .collect()
    }
}

pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Byte-wise search, also for UTF-16 forms, so a canary cannot hide in another encoding.
pub fn contains_canary(haystack: &[u8], canary: &str) -> bool {
    let utf8 = canary.as_bytes();
    let utf16: Vec<u8> = canary
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    haystack.windows(utf8.len()).any(|w| w == utf8)
        || haystack.windows(utf16.len()).any(|w| w == utf16)
}

pub fn database_files(dir: &Path) -> Vec<PathBuf> {
    files_under(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "db"))
        .collect()
}
