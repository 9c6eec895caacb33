//! What ties a PIN to this computer, kept in the header's trailer: either the keychain's device
//! secret (one secret for both PINs), or two objects sealed to the security chip, one per "lane"
//! (see `chip.rs` and `docs/tpm.md`).
//!
//! A PIN is stretched once (Argon2id, the header's settings); from that come its lane, the
//! authorisation the chip checks, and, with the secret the chip (or keychain) gives, the key that
//! opens its slot: `kek = HKDF(salt = secret, stretched)`, the same formula as before chips.
//!
//! Trailer layout (1024 bytes after the 368-byte header core, outside the slots' associated
//! data, so that a damaged trailer only makes PINs fail and never stops the recovery key):
//!
//! | off | size | field |
//! |---|---|---|
//! | 0 | 8 | `PCALCBND` |
//! | 8 | 1 | kind: 0 keychain, 1 chip |
//! | 9 | 7 | zero |
//! | 16 | 16 | lane salt |
//! | 32 | 2 × 480 | lanes: `u16` length + public part, `u16` length + private part, random pad |
//! | 992 | 32 | SHA-256 of bytes 0..992 |
//!
//! In keychain mode the lane salt and lanes are random bytes, so the file is the same size and
//! shape whichever binding a vault uses.

use std::time::Duration;

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::{Result, VaultError};
use crate::keys::expand;
use crate::secret::{KEY_LEN, random_bytes};

pub(crate) const TRAILER_LEN: usize = 1024;
const MAGIC: &[u8; 8] = b"PCALCBND";
const LANE_SALT_LEN: usize = 16;
const LANE_LEN: usize = 480;
const LANES_AT: usize = 32;
const SUM_AT: usize = LANES_AT + 2 * LANE_LEN;

const INFO_LANE: &[u8] = b"pocketcalc v2 chip lane";
const INFO_AUTH: &[u8] = b"pocketcalc v2 chip auth";

/// One lane's sealed object: the chip's public and private parts, as the chip marshals them.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct SealedLane {
    pub public: Vec<u8>,
    pub private: Vec<u8>,
}

impl std::fmt::Debug for SealedLane {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "SealedLane({} + {} bytes)",
            self.public.len(),
            self.private.len()
        )
    }
}

/// What a chip's dictionary-attack protection is set to now (the same on every platform).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChipStatus {
    pub max_tries: u32,
    pub recovery: Duration,
    pub failures: u32,
    pub in_lockout: bool,
    /// Whether the chip's lockout authorisation is set: if not, anyone who can use the chip can
    /// reset its count, so guessing is limited only for someone who cannot reach the chip.
    pub lockout_auth_set: bool,
}

/// The chip's limits must be ones that protect the person and cannot trap them: a wait that
/// ends within a day, and enough tries for a slip or two before it starts.
const MAX_RECOVERY_SECS: u32 = 86_400;
const MIN_TRIES: u32 = 4;

impl ChipStatus {
    /// Whether the chip's limits protect without trapping (see the constants above).
    pub fn is_usable(&self) -> bool {
        self.max_tries >= MIN_TRIES
            && !self.recovery.is_zero()
            && self.recovery <= Duration::from_secs(u64::from(MAX_RECOVERY_SECS))
    }

    /// Whether one more wrong try would lock the chip (the app never makes that try).
    pub(crate) fn at_limit(&self) -> bool {
        self.in_lockout || self.failures + 1 >= self.max_tries
    }
}

/// Why the chip did not give a lane's secret.
#[derive(Debug)]
pub(crate) enum Refusal {
    /// The authorisation was wrong; the chip counted it.
    WrongPin,
    /// The chip is in (or one try from) its lockout: nothing was tried. Try after this long.
    Wait(Duration),
    /// The chip could not be used (missing, cleared, another computer's object, a fault).
    Unavailable,
}

/// One of a vault's two chip lanes.
pub(crate) type Lane = u8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BindingKind {
    /// The device secret is in the OS keychain.
    Keychain,
    /// Each lane's secret is sealed to this computer's security chip.
    Chip,
    /// The trailer is damaged: no PIN can be opened until the recovery key has been used and a
    /// new PIN set.
    Damaged,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct Binding {
    pub kind: BindingKind,
    pub lane_salt: [u8; LANE_SALT_LEN],
    lanes: [[u8; LANE_LEN]; 2],
}

impl Binding {
    /// A keychain binding: random bytes where a chip binding keeps its lanes.
    pub fn keychain() -> Result<Binding> {
        Ok(Binding {
            kind: BindingKind::Keychain,
            lane_salt: random_bytes()?,
            lanes: [random_bytes()?, random_bytes()?],
        })
    }

    /// A chip binding with a fresh lane salt and random lanes, to be filled by `set_lane`.
    pub fn chip() -> Result<Binding> {
        Ok(Binding {
            kind: BindingKind::Chip,
            ..Binding::keychain()?
        })
    }

    pub fn encode(&self) -> [u8; TRAILER_LEN] {
        let mut out = [0u8; TRAILER_LEN];
        out[..8].copy_from_slice(MAGIC);
        out[8] = match self.kind {
            BindingKind::Keychain => 0,
            BindingKind::Chip => 1,
            BindingKind::Damaged => 0xff,
        };
        out[16..LANES_AT].copy_from_slice(&self.lane_salt);
        for (i, lane) in self.lanes.iter().enumerate() {
            let at = LANES_AT + i * LANE_LEN;
            out[at..at + LANE_LEN].copy_from_slice(lane);
        }
        let sum = Sha256::digest(&out[..SUM_AT]);
        out[SUM_AT..].copy_from_slice(&sum);
        out
    }

    /// Never fails: a trailer that is not whole and as written reads as `Damaged`.
    pub fn decode(bytes: &[u8]) -> Binding {
        let damaged = Binding {
            kind: BindingKind::Damaged,
            lane_salt: [0; LANE_SALT_LEN],
            lanes: [[0; LANE_LEN]; 2],
        };
        if bytes.len() != TRAILER_LEN
            || &bytes[..8] != MAGIC
            || bytes[9..16] != [0; 7]
            || Sha256::digest(&bytes[..SUM_AT]).as_slice() != &bytes[SUM_AT..]
        {
            return damaged;
        }
        let kind = match bytes[8] {
            0 => BindingKind::Keychain,
            1 => BindingKind::Chip,
            _ => return damaged,
        };
        let mut lane_salt = [0u8; LANE_SALT_LEN];
        lane_salt.copy_from_slice(&bytes[16..LANES_AT]);
        let mut lanes = [[0u8; LANE_LEN]; 2];
        for (i, lane) in lanes.iter_mut().enumerate() {
            let at = LANES_AT + i * LANE_LEN;
            lane.copy_from_slice(&bytes[at..at + LANE_LEN]);
        }
        Binding {
            kind,
            lane_salt,
            lanes,
        }
    }

    /// Lane `lane`'s sealed object, if it holds one that parses.
    pub fn lane(&self, lane: Lane) -> Option<SealedLane> {
        let bytes = self.lanes.get(usize::from(lane))?;
        let (public, rest) = take(bytes)?;
        let (private, _) = take(rest)?;
        Some(SealedLane {
            public: public.to_vec(),
            private: private.to_vec(),
        })
    }

    /// Lane `lane`'s bytes as stored (object and padding).
    pub fn lane_bytes(&self, lane: Lane) -> &[u8] {
        &self.lanes[usize::from(lane & 1)]
    }

    pub fn set_lane(&mut self, lane: Lane, sealed: &SealedLane) -> Result<()> {
        let mut bytes: [u8; LANE_LEN] = random_bytes()?;
        let mut at = 0;
        for part in [&sealed.public, &sealed.private] {
            let len = u16::try_from(part.len()).map_err(|_| VaultError::Corrupt("chip object"))?;
            if at + 2 + part.len() > LANE_LEN {
                return Err(VaultError::Corrupt("chip object"));
            }
            bytes[at..at + 2].copy_from_slice(&len.to_le_bytes());
            bytes[at + 2..at + 2 + part.len()].copy_from_slice(part);
            at += 2 + part.len();
        }
        self.lanes[usize::from(lane & 1)] = bytes;
        Ok(())
    }
}

fn take(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let len = usize::from(u16::from_le_bytes([*bytes.first()?, *bytes.get(1)?]));
    let rest = bytes.get(2..)?;
    (len > 0 && len <= rest.len()).then(|| rest.split_at(len))
}

/// The lane a stretched PIN picks under `lane_salt`. Anyone with the folder can work it out for
/// a candidate (the salt is in it): it is never a secret, and refusing a PIN for its lane tells
/// nothing that guessing at the calculator would not.
pub(crate) fn lane_of(stretched: &[u8; KEY_LEN], lane_salt: &[u8]) -> Result<Lane> {
    Ok(expand(lane_salt, stretched, INFO_LANE)?[0] & 1)
}

/// What the chip checks for a stretched PIN: never the PIN, never kept.
pub(crate) fn lane_auth(
    stretched: &[u8; KEY_LEN],
    lane_salt: &[u8],
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    Ok(Zeroizing::new(expand(lane_salt, stretched, INFO_AUTH)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed(n: u8) -> SealedLane {
        SealedLane {
            public: vec![n; 46],
            private: vec![n + 1; 158],
        }
    }

    #[test]
    fn a_trailer_round_trips_with_its_lanes() {
        let mut b = Binding::chip().unwrap();
        b.set_lane(0, &sealed(1)).unwrap();
        b.set_lane(1, &sealed(7)).unwrap();
        let back = Binding::decode(&b.encode());
        assert_eq!(back, b);
        assert_eq!(back.lane(1), Some(sealed(7)));
        assert_eq!(back.kind, BindingKind::Chip);
    }

    #[test]
    fn a_damaged_or_cut_trailer_reads_as_damaged_and_never_fails() {
        let b = Binding::keychain().unwrap().encode();
        for at in [0, 8, 12, 40, 700, 1000] {
            let mut bad = b;
            bad[at] ^= 1;
            assert_eq!(Binding::decode(&bad).kind, BindingKind::Damaged);
        }
        for len in [0, 10, 1023] {
            assert_eq!(Binding::decode(&b[..len]).kind, BindingKind::Damaged);
        }
    }
}
