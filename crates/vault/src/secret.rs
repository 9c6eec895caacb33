//! Secret material as types that cannot leak by accident: no `Clone`, no `Serialize`, `Debug`
//! prints stars, and the bytes are wiped when the value is dropped.

use std::fmt;

use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::error::{Result, VaultError};

pub(crate) const KEY_LEN: usize = 32;

/// Fills a buffer from the OS random number generator.
pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).map_err(|_| VaultError::Random)?;
    Ok(out)
}

macro_rules! secret_key {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Zeroize, ZeroizeOnDrop)]
        pub(crate) struct $name([u8; KEY_LEN]);

        impl $name {
            pub(crate) fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
                Self(bytes)
            }
            #[allow(dead_code)] // not every key type is ever drawn at random
            pub(crate) fn random() -> Result<Self> {
                random_bytes().map(Self)
            }
            pub(crate) fn as_bytes(&self) -> &[u8; KEY_LEN] {
                &self.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "(***)"))
            }
        }
    };
}

secret_key!(
    /// The random 256-bit key each database's keys derive from. Never stored unwrapped.
    MasterKey
);
secret_key!(
    /// The 32-byte secret kept in the OS keychain, so a copied folder cannot be brute-forced
    /// offline on a short PIN.
    DeviceSecret
);
secret_key!(
    /// Key-encryption key: unwraps a key slot.
    Kek
);
secret_key!(
    /// The raw key handed to SQLCipher.
    DatabaseKey
);

/// A PIN or passphrase as typed. At least 4 characters; at most 256.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct Pin(String);

impl Pin {
    pub const MIN_LEN: usize = 4;
    pub const MAX_LEN: usize = 256;

    pub fn new(text: impl Into<String>) -> Result<Pin> {
        let pin = Pin(text.into());
        let chars = pin.0.chars().count();
        if chars < Self::MIN_LEN {
            return Err(VaultError::Invalid(
                "Please choose a PIN of at least 4 characters.",
            ));
        }
        if chars > Self::MAX_LEN {
            return Err(VaultError::Invalid("That PIN is too long."));
        }
        Ok(pin)
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pin(***)")
    }
}

/// The recovery key: 160 random bits, shown to the person once at creation as eight groups of four
/// characters (Crockford-style base32 without padding, so it can be read aloud and typed back).
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct RecoveryKey([u8; RecoveryKey::LEN]);

impl RecoveryKey {
    const LEN: usize = 20;

    pub(crate) fn random() -> Result<Self> {
        random_bytes().map(Self)
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The text to show once: e.g. `7K3Q-MZ2D-…`. Wiped when dropped.
    pub fn display_text(&self) -> Zeroizing<String> {
        let encoded = Zeroizing::new(data_encoding::BASE32_NOPAD.encode(&self.0));
        let mut out = Zeroizing::new(String::with_capacity(40));
        for (i, c) in encoded.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(c);
        }
        out
    }

    /// Accepts the key as typed: any case, with or without dashes or spaces; `0`/`1`/`8` read as
    /// the letters they are easily confused with.
    pub fn parse(text: &str) -> Result<RecoveryKey> {
        let cleaned: Zeroizing<String> = Zeroizing::new(
            text.chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .map(|c| match c.to_ascii_uppercase() {
                    '0' => 'O',
                    '1' => 'I',
                    '8' => 'B',
                    other => other,
                })
                .collect(),
        );
        let bad = VaultError::Invalid(
            "That recovery key is not complete. Please check it and try again.",
        );
        let bytes = Zeroizing::new(
            data_encoding::BASE32_NOPAD
                .decode(cleaned.as_bytes())
                .map_err(|_| bad)?,
        );
        let arr: [u8; Self::LEN] = bytes.as_slice().try_into().map_err(|_| {
            VaultError::Invalid("That recovery key is not complete. Please check it and try again.")
        })?;
        Ok(RecoveryKey(arr))
    }
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_key_round_trips_through_its_display_text() {
        let key = RecoveryKey::random().unwrap();
        let text = key.display_text();
        assert_eq!(
            text.len(),
            39,
            "8 groups of 4 with 7 dashes: {}",
            text.len()
        );
        let parsed = RecoveryKey::parse(&text.to_lowercase().replace('-', " ")).unwrap();
        assert_eq!(parsed.as_bytes(), key.as_bytes());
    }

    #[test]
    fn recovery_key_rejects_truncated_text() {
        let key = RecoveryKey::random().unwrap();
        let text = key.display_text();
        assert!(matches!(
            RecoveryKey::parse(&text[..30]),
            Err(VaultError::Invalid(_))
        ));
    }

    #[test]
    fn debug_output_never_shows_secret_bytes() {
        let pin = Pin::new("482913").unwrap();
        assert_eq!(format!("{pin:?}"), "Pin(***)");
        let key = MasterKey::from_bytes([0xAB; 32]);
        assert_eq!(format!("{key:?}"), "MasterKey(***)");
        assert!(!format!("{:?}", RecoveryKey::random().unwrap()).contains('-'));
    }

    #[test]
    fn short_pins_are_refused_with_a_plain_message() {
        assert!(matches!(Pin::new("12"), Err(VaultError::Invalid(_))));
        assert!(Pin::new("1234").is_ok());
    }
}
