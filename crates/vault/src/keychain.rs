//! The device secret in the OS keychain (Secret Service on Linux, Keychain on macOS, Credential
//! Manager on Windows), through the `keyring` crate with real platform stores only.
//!
//! Service, account and label are neutral: a person browsing the keychain sees a calculator's
//! setting, nothing about what the app really is.

use crate::error::{Result, VaultError};
use crate::secret::{DeviceSecret, KEY_LEN};

/// Where device secrets live: a keychain "service" name. Each vault uses its own account.
#[derive(Debug, Clone)]
pub struct Keychain {
    service: String,
    /// Wrong tries before the delay starts, for the vaults whose entries live here (see
    /// `guesses.rs`); only tests of PIN management (not of guessing) ever raise it.
    free_tries: u32,
    /// This computer's security chip, when the app may use it: new vaults seal their PINs'
    /// secrets to it instead of keeping one here (`binding.rs`).
    chip: Option<crate::chip::Chip>,
}

impl Keychain {
    /// The service name the app's entries are filed under.
    pub const SERVICE: &'static str = "pocketcalc";
    /// The label shown in keychain browsers (e.g. Seahorse).
    pub const LABEL: &'static str = "Calculator preferences";

    /// The app's own keychain entries.
    pub fn os() -> Keychain {
        Keychain {
            service: Self::SERVICE.to_owned(),
            free_tries: crate::guesses::FREE_ATTEMPTS,
            chip: None,
        }
    }

    /// A separate service name, e.g. so tests never touch the app's real entries.
    pub fn with_service(service: impl Into<String>) -> Keychain {
        Keychain {
            service: service.into(),
            free_tries: crate::guesses::FREE_ATTEMPTS,
            chip: None,
        }
    }

    /// New vaults seal their PINs' secrets to `chip`, and vaults sealed to a chip are opened
    /// through it.
    pub fn with_chip(mut self, chip: crate::chip::Chip) -> Keychain {
        self.chip = Some(chip);
        self
    }

    pub(crate) fn chip(&self) -> Option<&crate::chip::Chip> {
        self.chip.as_ref()
    }

    /// For tests that change PINs many times and are not about guessing: this many units before
    /// any delay. The app itself never calls it; the attack tests never do either.
    pub fn allowing_free_tries(mut self, free_tries: u32) -> Keychain {
        self.free_tries = free_tries.max(crate::guesses::FREE_ATTEMPTS);
        self
    }

    pub(crate) fn free_tries(&self) -> u32 {
        self.free_tries
    }

    fn entry(&self, account: &str) -> Result<keyring::Entry> {
        #[cfg(target_os = "linux")]
        {
            let mut credential = keyring::secret_service::SsCredential::new_with_target(
                None,
                &self.service,
                account,
            )
            .map_err(unavailable)?;
            credential.label = Self::LABEL.to_owned();
            Ok(keyring::Entry::new_with_credential(Box::new(credential)))
        }
        #[cfg(not(target_os = "linux"))]
        {
            let _ = Self::LABEL;
            keyring::Entry::new(&self.service, account).map_err(unavailable)
        }
    }

    pub(crate) fn store(&self, account: &str, secret: &DeviceSecret) -> Result<()> {
        self.entry(account)?
            .set_secret(secret.as_bytes())
            .map_err(unavailable)
    }

    /// The device secret. Never asks the person anything: a locked keychain is an error here
    /// (`KeychainLocked`), not an unlock prompt popping up while someone types numbers into a
    /// calculator.
    pub(crate) fn load(&self, account: &str) -> Result<DeviceSecret> {
        let bytes = self
            .load_bytes(account)?
            .ok_or(VaultError::DeviceSecretMissing)?;
        let arr: [u8; KEY_LEN] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| VaultError::DeviceSecretMissing)?;
        Ok(DeviceSecret::from_bytes(arr))
    }

    /// Small non-secret state kept beside the device secret (the guessing count), never
    /// prompting: `None` if there is none.
    pub(crate) fn load_bytes(&self, account: &str) -> Result<Option<zeroize::Zeroizing<Vec<u8>>>> {
        if self.would_prompt(account, false)? {
            return Err(VaultError::KeychainLocked);
        }
        match self.entry(account)?.get_secret() {
            Ok(bytes) => Ok(Some(zeroize::Zeroizing::new(bytes))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(unavailable(e)),
        }
    }

    /// Writes small state, never prompting (a locked keychain is `KeychainLocked`): not even
    /// when the entry is new, which `keyring` would make by unlocking the default collection.
    pub(crate) fn store_bytes(&self, account: &str, bytes: &[u8]) -> Result<()> {
        if self.would_prompt(account, true)? {
            return Err(VaultError::KeychainLocked);
        }
        self.entry(account)?.set_secret(bytes).map_err(unavailable)
    }

    /// Whether touching the entry would make the keychain ask for its password: it exists but is
    /// locked, or (`writing`) it does not exist yet and the collection it would be made in is
    /// locked. One connection; searching and reading lock states never prompt.
    #[cfg(target_os = "linux")]
    fn would_prompt(&self, account: &str, writing: bool) -> Result<bool> {
        use dbus_secret_service::{EncryptionType, SecretService};
        let unavailable =
            |e: dbus_secret_service::Error| VaultError::KeychainUnavailable(e.to_string());
        let ss = SecretService::connect(EncryptionType::Plain).map_err(unavailable)?;
        // The attributes `keyring` gives its entries (target "default": see `entry`).
        let attributes = std::collections::HashMap::from([
            ("service", self.service.as_str()),
            ("username", account),
            ("target", "default"),
        ]);
        let found = ss.search_items(attributes).map_err(unavailable)?;
        if !found.unlocked.is_empty() {
            return Ok(false);
        }
        if !found.locked.is_empty() {
            return Ok(true);
        }
        if !writing {
            return Ok(false);
        }
        let collection = ss.get_default_collection().map_err(unavailable)?;
        collection.is_locked().map_err(unavailable)
    }

    /// Elsewhere the platform store never prompts for an app's own item.
    #[cfg(not(target_os = "linux"))]
    fn would_prompt(&self, _account: &str, _writing: bool) -> Result<bool> {
        Ok(false)
    }

    /// Removes the entry; a missing entry is not an error.
    pub(crate) fn remove(&self, account: &str) -> Result<()> {
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }
}

fn unavailable(e: keyring::Error) -> VaultError {
    // The platform message helps a developer; it names no user data or secret.
    VaultError::KeychainUnavailable(e.to_string())
}
