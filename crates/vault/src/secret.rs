//! Secret material as types that cannot leak by accident: no `Clone`, no `Serialize`, `Debug`
//! prints stars, and the bytes are wiped when the value is dropped.

use harbour_reason::reason;
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
            return Err(VaultError::Invalid(reason("secret-pin-too-short")));
        }
        if chars > Self::MAX_LEN {
            return Err(VaultError::Invalid(reason("secret-pin-too-long")));
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

/// The recovery key: 40 random decimal digits (about 133 bits), shown once at creation as eight
/// groups of five. Digits, so that it can be typed where a PIN is typed: on the calculator's keys
/// or on a line of the notes pad, which is the only way in with it (no fixed sequence leads to a
/// recovery screen).
///
/// Keys made before digits (160 random bits shown as eight groups of four Crockford-style base32
/// characters) still parse, for backups locked with them.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct RecoveryKey(Vec<u8>);

impl RecoveryKey {
    /// How many digits a recovery key has.
    pub const DIGITS: usize = 40;
    const LEGACY_LEN: usize = 20;

    pub(crate) fn random() -> Result<Self> {
        let mut digits = Vec::with_capacity(Self::DIGITS);
        while digits.len() < Self::DIGITS {
            let mut batch: [u8; 64] = random_bytes()?;
            // 250 is the largest multiple of 10 below 256: rejecting above it keeps digits even.
            for b in batch.iter().filter(|b| **b < 250) {
                if digits.len() < Self::DIGITS {
                    digits.push(b'0' + b % 10);
                }
            }
            batch.zeroize();
        }
        Ok(RecoveryKey(digits))
    }

    /// What the key derivation takes: the 40 ASCII digits (or a legacy key's 20 bytes).
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The text to show once: `48291 37502 …`. Wiped when dropped.
    pub fn display_text(&self) -> Zeroizing<String> {
        let mut out = Zeroizing::new(String::with_capacity(64));
        if self.0.len() == Self::DIGITS {
            for (i, d) in self.0.iter().enumerate() {
                if i > 0 && i % 5 == 0 {
                    out.push(' ');
                }
                out.push(char::from(*d));
            }
            return out;
        }
        let encoded = Zeroizing::new(data_encoding::BASE32_NOPAD.encode(&self.0));
        for (i, c) in encoded.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(c);
        }
        out
    }

    /// The key as typed at the disguise: exactly 40 digits, with or without spaces between the
    /// groups. `None` for anything else (then it may be a PIN).
    pub fn typed(text: &str) -> Option<RecoveryKey> {
        let digits: Vec<u8> = text.bytes().filter(|b| *b != b' ').collect::<Vec<u8>>();
        let digits = Zeroizing::new(digits);
        if digits.len() == Self::DIGITS && digits.iter().all(u8::is_ascii_digit) {
            Some(RecoveryKey(digits.to_vec()))
        } else {
            None
        }
    }

    /// Accepts the key as typed in a form: the 40 digits with or without spaces or dashes, or a
    /// legacy key in any case, with or without dashes or spaces (`0`/`1`/`8` read as the letters
    /// they are easily confused with).
    pub fn parse(text: &str) -> Result<RecoveryKey> {
        let cleaned: Zeroizing<String> = Zeroizing::new(
            text.chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .collect(),
        );
        if let Some(key) = Self::typed(&cleaned) {
            return Ok(key);
        }
        let legacy: Zeroizing<String> = Zeroizing::new(
            cleaned
                .chars()
                .map(|c| match c.to_ascii_uppercase() {
                    '0' => 'O',
                    '1' => 'I',
                    '8' => 'B',
                    other => other,
                })
                .collect(),
        );
        let bad = || VaultError::Invalid(reason("secret-recovery-key-incomplete"));
        let bytes = Zeroizing::new(
            data_encoding::BASE32_NOPAD
                .decode(legacy.as_bytes())
                .map_err(|_| bad())?,
        );
        if bytes.len() != Self::LEGACY_LEN {
            return Err(bad());
        }
        Ok(RecoveryKey(bytes.to_vec()))
    }

    #[cfg(test)]
    pub(crate) fn legacy(bytes: [u8; 20]) -> RecoveryKey {
        RecoveryKey(bytes.to_vec())
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
            47,
            "8 groups of 5 digits with 7 spaces: {}",
            &*text
        );
        assert!(
            text.split(' ')
                .all(|g| g.len() == 5 && g.bytes().all(|b| b.is_ascii_digit()))
        );
        let parsed = RecoveryKey::parse(&text.replace(' ', "-")).unwrap();
        assert_eq!(parsed.as_bytes(), key.as_bytes());
        let typed = RecoveryKey::typed(&text.replace(' ', "")).unwrap();
        assert_eq!(typed.as_bytes(), key.as_bytes());
    }

    #[test]
    fn recovery_key_digits_are_spread_evenly() {
        let mut counts = [0u32; 10];
        for _ in 0..250 {
            for d in RecoveryKey::random().unwrap().as_bytes() {
                counts[usize::from(d - b'0')] += 1;
            }
        }
        // 10,000 digits: each about 1,000; a skewed generator would be far outside this.
        assert!(counts.iter().all(|c| (850..1150).contains(c)), "{counts:?}");
    }

    #[test]
    fn legacy_recovery_keys_still_parse() {
        let key = RecoveryKey::legacy([7u8; 20]);
        let text = key.display_text();
        assert_eq!(text.len(), 39);
        let parsed = RecoveryKey::parse(&text.to_lowercase().replace('-', " ")).unwrap();
        assert_eq!(parsed.as_bytes(), key.as_bytes());
        assert!(RecoveryKey::typed(&text).is_none());
    }

    #[test]
    fn recovery_key_rejects_truncated_text() {
        let key = RecoveryKey::random().unwrap();
        let text = key.display_text();
        assert!(matches!(
            RecoveryKey::parse(&text[..30]),
            Err(VaultError::Invalid(_))
        ));
        assert!(RecoveryKey::typed(&text[..46]).is_none());
        assert!(RecoveryKey::typed(&format!("{}1", &*text)).is_none());
    }

    #[test]
    fn debug_output_never_shows_secret_bytes() {
        let pin = Pin::new("482913").unwrap();
        assert_eq!(format!("{pin:?}"), "Pin(***)");
        let key = MasterKey::from_bytes([0xAB; 32]);
        assert_eq!(format!("{key:?}"), "MasterKey(***)");
        assert_eq!(
            format!("{:?}", RecoveryKey::random().unwrap()),
            "RecoveryKey(***)"
        );
    }

    #[test]
    fn short_pins_are_refused_with_a_plain_message() {
        assert!(matches!(Pin::new("12"), Err(VaultError::Invalid(_))));
        assert!(Pin::new("1234").is_ok());
    }
}
