//! The vault header: a small fixed-size file that holds the KDF settings, the salt and three key
//! slots, followed by a SHA-256 of everything before it.
//!
//! Layout (version 1, little-endian, 368 bytes in all, then the 1024-byte trailer of `binding.rs`):
//!
//! | offset | size | field                                              |
//! |--------|------|----------------------------------------------------|
//! | 0      | 8    | magic `PCALCHDR`                                   |
//! | 8      | 2    | format version (1)                                 |
//! | 10     | 2    | reserved, zero                                     |
//! | 12     | 4    | Argon2id memory cost, KiB                          |
//! | 16     | 4    | Argon2id time cost                                 |
//! | 20     | 4    | Argon2id lanes                                     |
//! | 24     | 32   | salt                                               |
//! | 56     | 16   | vault id (names the keychain entry)                |
//! | 72     | 3×88 | slots: PIN, duress PIN, recovery                   |
//! | 336    | 32   | SHA-256 of bytes 0..336                            |
//!
//! A slot is a 24-byte XChaCha20 nonce and the 64-byte sealed payload (48 bytes + 16-byte tag).
//! The payload is `[database index, 15 zero bytes, master key]`. Bytes 0..72 and the slot number
//! are the associated data, so a slot cannot be moved or its settings changed without detection.
//! The checksum catches accidental damage and crude edits with a clear "damaged" error instead of a
//! misleading "wrong PIN".

use sha2::{Digest, Sha256};

use crate::binding::{Binding, TRAILER_LEN};
use crate::error::{Result, VaultError};

pub(crate) const MAGIC: &[u8; 8] = b"PCALCHDR";
pub(crate) const VERSION: u16 = 1;
pub(crate) const SALT_LEN: usize = 32;
pub(crate) const VAULT_ID_LEN: usize = 16;
pub(crate) const NONCE_LEN: usize = 24;
pub(crate) const PAYLOAD_LEN: usize = 48;
pub(crate) const TAG_LEN: usize = 16;
pub(crate) const SLOT_LEN: usize = NONCE_LEN + PAYLOAD_LEN + TAG_LEN;
pub(crate) const SLOT_COUNT: usize = 3;
pub(crate) const FIXED_LEN: usize = 72;
const BODY_LEN: usize = FIXED_LEN + SLOT_COUNT * SLOT_LEN;
pub(crate) const HEADER_LEN: usize = BODY_LEN + 32;

/// Which slot a key lives in. The order is fixed by the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    Pin = 0,
    Duress = 1,
    Recovery = 2,
}

/// Argon2id settings. Stored in the header so that they can be raised later without breaking old
/// vaults, and checked against a floor and a ceiling so that an edited header can neither weaken
/// the KDF nor make unlocking hang or exhaust memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub lanes: u32,
}

impl KdfParams {
    /// The weakest settings accepted: 64 MiB, 3 passes, 1 lane.
    pub const FLOOR: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 3,
        lanes: 1,
    };
    /// The strongest settings accepted: beyond this an edited header could hang the app.
    pub const CEILING: KdfParams = KdfParams {
        memory_kib: 2 * 1024 * 1024,
        iterations: 16,
        lanes: 8,
    };
    /// What new vaults use: about 0.65 s per try on a modest two-core machine (`harbour-bench
    /// kdf`: 128 MiB took 0.23 s, 256 MiB 0.45 s, 384 MiB 0.66 s, 512 MiB 0.88 s), so that with
    /// a copy of the folder and the keychain's secret each guess still costs that, in memory a
    /// graphics card has little of per core.
    pub const DEFAULT: KdfParams = KdfParams {
        memory_kib: 384 * 1024,
        iterations: 3,
        lanes: 2,
    };

    pub fn is_acceptable(&self) -> bool {
        let (lo, hi) = (Self::FLOOR, Self::CEILING);
        (lo.memory_kib..=hi.memory_kib).contains(&self.memory_kib)
            && (lo.iterations..=hi.iterations).contains(&self.iterations)
            && (lo.lanes..=hi.lanes).contains(&self.lanes)
    }
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct Header {
    pub kdf: KdfParams,
    pub salt: [u8; SALT_LEN],
    pub vault_id: [u8; VAULT_ID_LEN],
    pub slots: [[u8; SLOT_LEN]; SLOT_COUNT],
    /// What ties PINs to this computer (`binding.rs`); `None` in headers written before it
    /// existed, which use the keychain.
    pub binding: Option<Binding>,
}

impl Header {
    /// The bytes bound into every slot as associated data.
    pub fn fixed_bytes(&self) -> [u8; FIXED_LEN] {
        let mut out = [0u8; FIXED_LEN];
        out[0..8].copy_from_slice(MAGIC);
        out[8..10].copy_from_slice(&VERSION.to_le_bytes());
        out[12..16].copy_from_slice(&self.kdf.memory_kib.to_le_bytes());
        out[16..20].copy_from_slice(&self.kdf.iterations.to_le_bytes());
        out[20..24].copy_from_slice(&self.kdf.lanes.to_le_bytes());
        out[24..56].copy_from_slice(&self.salt);
        out[56..72].copy_from_slice(&self.vault_id);
        out
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut out = [0u8; HEADER_LEN];
        out[..FIXED_LEN].copy_from_slice(&self.fixed_bytes());
        for (i, slot) in self.slots.iter().enumerate() {
            let at = FIXED_LEN + i * SLOT_LEN;
            out[at..at + SLOT_LEN].copy_from_slice(slot);
        }
        let sum = Sha256::digest(&out[..BODY_LEN]);
        out[BODY_LEN..].copy_from_slice(&sum);
        let mut out = out.to_vec();
        if let Some(binding) = &self.binding {
            out.extend_from_slice(&binding.encode());
        }
        out
    }

    pub fn decode(bytes: &[u8]) -> Result<Header> {
        if bytes.len() < 10 || &bytes[0..8] != MAGIC {
            return Err(VaultError::Corrupt("header"));
        }
        let version = u16::from_le_bytes([bytes[8], bytes[9]]);
        if version > VERSION {
            return Err(VaultError::UnsupportedVersion(version));
        }
        let binding = match bytes.len() {
            HEADER_LEN => None,
            n if n == HEADER_LEN + TRAILER_LEN => Some(Binding::decode(&bytes[HEADER_LEN..])),
            _ => return Err(VaultError::Corrupt("header")),
        };
        let bytes = &bytes[..HEADER_LEN];
        let sum = Sha256::digest(&bytes[..BODY_LEN]);
        if sum.as_slice() != &bytes[BODY_LEN..] || version == 0 || bytes[10..12] != [0, 0] {
            return Err(VaultError::Corrupt("header"));
        }
        let word = |at: usize| {
            u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
        };
        let kdf = KdfParams {
            memory_kib: word(12),
            iterations: word(16),
            lanes: word(20),
        };
        if !kdf.is_acceptable() {
            return Err(VaultError::UnsupportedParams);
        }
        let mut salt = [0u8; SALT_LEN];
        salt.copy_from_slice(&bytes[24..56]);
        let mut vault_id = [0u8; VAULT_ID_LEN];
        vault_id.copy_from_slice(&bytes[56..72]);
        let mut slots = [[0u8; SLOT_LEN]; SLOT_COUNT];
        for (i, slot) in slots.iter_mut().enumerate() {
            let at = FIXED_LEN + i * SLOT_LEN;
            slot.copy_from_slice(&bytes[at..at + SLOT_LEN]);
        }
        Ok(Header {
            kdf,
            salt,
            vault_id,
            slots,
            binding,
        })
    }

    pub fn vault_id_hex(&self) -> String {
        hex::encode(self.vault_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn arb_header() -> impl Strategy<Value = Header> {
        (
            KdfParams::FLOOR.memory_kib..=KdfParams::CEILING.memory_kib,
            KdfParams::FLOOR.iterations..=KdfParams::CEILING.iterations,
            KdfParams::FLOOR.lanes..=KdfParams::CEILING.lanes,
            any::<[u8; SALT_LEN]>(),
            any::<[u8; VAULT_ID_LEN]>(),
            proptest::collection::vec(any::<u8>(), SLOT_LEN * SLOT_COUNT),
        )
            .prop_map(|(m, t, p, salt, vault_id, slot_bytes)| {
                let mut slots = [[0u8; SLOT_LEN]; SLOT_COUNT];
                for (i, s) in slots.iter_mut().enumerate() {
                    s.copy_from_slice(&slot_bytes[i * SLOT_LEN..(i + 1) * SLOT_LEN]);
                }
                Header {
                    kdf: KdfParams {
                        memory_kib: m,
                        iterations: t,
                        lanes: p,
                    },
                    salt,
                    vault_id,
                    slots,
                    binding: None,
                }
            })
    }

    proptest! {
        #[test]
        fn header_round_trips(h in arb_header()) {
            let bytes = h.encode();
            prop_assert_eq!(Header::decode(&bytes).unwrap(), h);
        }

        #[test]
        fn any_single_flipped_byte_is_caught(h in arb_header(), at in 0usize..HEADER_LEN, bit in 0u8..8) {
            let mut bytes = h.encode();
            bytes[at] ^= 1 << bit;
            prop_assert!(Header::decode(&bytes).is_err());
        }

        #[test]
        fn truncated_headers_are_refused(h in arb_header(), len in 0usize..HEADER_LEN) {
            let bytes = h.encode();
            prop_assert!(Header::decode(&bytes[..len]).is_err());
        }
    }

    #[test]
    fn settings_below_the_floor_are_refused_even_with_a_valid_checksum() {
        let mut h = Header {
            kdf: KdfParams::FLOOR,
            salt: [1; SALT_LEN],
            vault_id: [2; VAULT_ID_LEN],
            slots: [[3; SLOT_LEN]; SLOT_COUNT],
            binding: None,
        };
        h.kdf.memory_kib = 8 * 1024;
        assert!(matches!(
            Header::decode(&h.encode()),
            Err(VaultError::UnsupportedParams)
        ));
        h.kdf = KdfParams {
            iterations: 1000,
            ..KdfParams::FLOOR
        };
        assert!(matches!(
            Header::decode(&h.encode()),
            Err(VaultError::UnsupportedParams)
        ));
    }

    #[test]
    fn newer_versions_are_named_as_such() {
        let h = Header {
            kdf: KdfParams::DEFAULT,
            salt: [0; 32],
            vault_id: [0; 16],
            slots: [[0; SLOT_LEN]; 3],
            binding: None,
        };
        let mut bytes = h.encode();
        bytes[8] = 9;
        assert!(matches!(
            Header::decode(&bytes),
            Err(VaultError::UnsupportedVersion(9))
        ));
    }
}
