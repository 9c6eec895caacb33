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
        }
    }

    /// A separate service name, e.g. so tests never touch the app's real entries.
    pub fn with_service(service: impl Into<String>) -> Keychain {
        Keychain {
            service: service.into(),
        }
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

    pub(crate) fn load(&self, account: &str) -> Result<DeviceSecret> {
        match self.entry(account)?.get_secret() {
            Ok(bytes) => {
                let bytes = zeroize::Zeroizing::new(bytes);
                let arr: [u8; KEY_LEN] = bytes
                    .as_slice()
                    .try_into()
                    .map_err(|_| VaultError::DeviceSecretMissing)?;
                Ok(DeviceSecret::from_bytes(arr))
            }
            Err(keyring::Error::NoEntry) => Err(VaultError::DeviceSecretMissing),
            Err(e) => Err(unavailable(e)),
        }
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
