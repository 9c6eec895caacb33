//! In-person pairing of a person's app with their advocate's.
//!
//! The advocate's app shows a one-time code (80 random bits, as 16 characters in four groups,
//! also inside a QR code with the relay address). The person types or scans it. Both apps then
//! run SPAKE2 (a password-authenticated key exchange) over the relay with the code as the
//! password: someone in the middle who does not know the code cannot learn the resulting key, and
//! cannot make the two sides agree on one. Both apps show a four-word phrase derived from the key
//! to be read aloud; they also exchange confirmation values, so a mismatch is caught even if
//! nobody compares the words. Only then ([`Paired::confirm`]) can they exchange, sealed under
//! that key, their device keys and the first case key.
//!
//! Order of messages, so that even someone in the middle who saw the code cannot search for two
//! exchanges that happen to give the same phrase (a commitment, as in ZRTP's short strings):
//!
//! 1. client → advocate: [`Handshake::commitment`] (SHA-256 of the client's SPAKE2 message)
//! 2. advocate → client: the advocate's [`Handshake::message`]
//! 3. client → advocate: the client's message, which must match the commitment
//! 4. both: [`Handshake::finish`], compare the phrase aloud, swap confirmations, [`Paired::confirm`]

use std::fmt;

use hkdf::Hkdf;
use sha2::{Digest, Sha256};
use spake2::{Ed25519Group, Identity, Password, Spake2};
use thiserror::Error;
use zeroize::Zeroizing;

use crate::frame::{self, CaseKey, FrameError, FrameKind};

/// Crockford's base32: no I, L, O or U, so what is read aloud or typed is hard to get wrong.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_BYTES: usize = 10;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum PairingError {
    #[error("the code should be 16 letters and digits (dashes and spaces do not matter)")]
    BadCode,
    #[error("the other app's message was not understood")]
    BadMessage,
    #[error("the two apps do not agree: the code was different, or someone is in between")]
    Mismatch,
    #[error("the other app's key is not the one its invitation showed")]
    KeyMismatch,
    #[error("the system random number generator is unavailable")]
    Random,
    #[error(transparent)]
    Frame(#[from] FrameError),
}

/// The one-time code. No Clone; printed only through [`PairingCode::display`].
pub struct PairingCode(Zeroizing<[u8; CODE_BYTES]>);

impl fmt::Debug for PairingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PairingCode(***)")
    }
}

impl PairingCode {
    pub fn generate() -> Result<PairingCode, PairingError> {
        let mut bytes = Zeroizing::new([0u8; CODE_BYTES]);
        getrandom::fill(bytes.as_mut()).map_err(|_| PairingError::Random)?;
        Ok(PairingCode(bytes))
    }

    /// "7KQ2-M9XD-4TFB-0C8H": 16 characters of 5 bits each.
    pub fn display(&self) -> Zeroizing<String> {
        base32_groups(&self.0)
    }

    /// A secret both sides derive from the code for `purpose`, e.g. where on the relay they
    /// meet and the key that lets them both write there. Someone who learns it can find the
    /// meeting place, not the pairing key: that comes only from SPAKE2.
    pub fn derive(&self, purpose: &str) -> Zeroizing<[u8; 32]> {
        let mut out = Zeroizing::new([0u8; 32]);
        let info = format!("harbour pairing: {purpose}");
        let _ = Hkdf::<Sha256>::new(None, self.0.as_slice()).expand(info.as_bytes(), out.as_mut());
        out
    }

    /// Reads a typed code: case, spaces and dashes do not matter, and O, I and L are read as
    /// 0, 1 and 1.
    pub fn parse(text: &str) -> Result<PairingCode, PairingError> {
        read_base32(text).map(PairingCode)
    }
}

/// Ten bytes as 16 Crockford characters in groups of four, "7KQ2-M9XD-4TFB-0C8H".
fn base32_groups(bytes: &[u8; CODE_BYTES]) -> Zeroizing<String> {
    let mut bits: u128 = 0;
    for b in bytes {
        bits = (bits << 8) | u128::from(*b);
    }
    let mut out = Zeroizing::new(String::with_capacity(19));
    for i in 0..16 {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        let shift = 5 * (15 - i);
        out.push(char::from(ALPHABET[((bits >> shift) & 0x1f) as usize]));
    }
    out
}

/// A short fingerprint of a device's public key (16 characters, like a code): an invitation
/// carries the advocate's, so the person's app can check that the key it is handed after pairing
/// is the one the advocate's screen showed. It is not secret.
pub fn key_fingerprint(public_key: &[u8; 32]) -> String {
    let digest = Sha256::new()
        .chain_update(b"harbour device key fingerprint")
        .chain_update(public_key)
        .finalize();
    let mut short = [0u8; CODE_BYTES];
    short.copy_from_slice(&digest[..CODE_BYTES]);
    base32_groups(&short).to_string()
}

/// Whether two fingerprints are the same, as typed or shown: case, spaces and dashes do not
/// matter, and O, I and L are read as 0, 1 and 1.
pub fn same_fingerprint(a: &str, b: &str) -> bool {
    matches!((read_base32(a), read_base32(b)), (Ok(a), Ok(b)) if *a == *b)
}

/// Whether `text` is a fingerprint as shown or typed: 16 characters of the code alphabet (case,
/// spaces and dashes do not matter; O, I and L are read as 0, 1 and 1).
pub fn is_fingerprint(text: &str) -> bool {
    read_base32(text).is_ok()
}

/// Reads 16 Crockford characters as typed (a code or a fingerprint) back into their ten bytes,
/// wiped when dropped (a code is a secret).
fn read_base32(text: &str) -> Result<Zeroizing<[u8; CODE_BYTES]>, PairingError> {
    let mut bits: u128 = 0;
    let mut count = 0;
    for c in text.chars() {
        if c == '-' || c.is_whitespace() {
            continue;
        }
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        };
        let value = ALPHABET
            .iter()
            .position(|a| char::from(*a) == c)
            .ok_or(PairingError::BadCode)?;
        bits = (bits << 5) | value as u128;
        count += 1;
        if count > 16 {
            return Err(PairingError::BadCode);
        }
    }
    if count != 16 {
        return Err(PairingError::BadCode);
    }
    let mut bytes = Zeroizing::new([0u8; CODE_BYTES]);
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = (bits >> (8 * (CODE_BYTES - 1 - i))) as u8;
    }
    Ok(bytes)
}

/// Which side of the pairing this app is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Shows the code.
    Advocate,
    /// Types or scans it.
    Client,
}

impl Role {
    fn label(self) -> &'static [u8] {
        match self {
            Role::Advocate => b"harbour pairing: advocate",
            Role::Client => b"harbour pairing: client",
        }
    }

    fn other(self) -> Role {
        match self {
            Role::Advocate => Role::Client,
            Role::Client => Role::Advocate,
        }
    }
}

/// A pairing under way.
pub struct Handshake {
    role: Role,
    spake: Spake2<Ed25519Group>,
    message: Vec<u8>,
}

impl fmt::Debug for Handshake {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Handshake({:?}, ***)", self.role)
    }
}

fn commitment_of(message: &[u8]) -> [u8; 32] {
    use sha2::Digest;
    let mut h = Sha256::new();
    h.update(b"harbour pairing: commitment");
    h.update(message);
    h.finalize().into()
}

/// Starts pairing with the code, as `role`.
pub fn start(code: &PairingCode, role: Role) -> Handshake {
    let password = Password::new(code.0.as_slice());
    let advocate = Identity::new(Role::Advocate.label());
    let client = Identity::new(Role::Client.label());
    let (spake, message) = match role {
        Role::Advocate => Spake2::<Ed25519Group>::start_a(&password, &advocate, &client),
        Role::Client => Spake2::<Ed25519Group>::start_b(&password, &advocate, &client),
    };
    Handshake {
        role,
        spake,
        message,
    }
}

impl Handshake {
    /// The client sends this first, before seeing the advocate's message.
    pub fn commitment(&self) -> [u8; 32] {
        commitment_of(&self.message)
    }

    /// This side's SPAKE2 message (see the module docs for when to send it).
    pub fn message(&self) -> &[u8] {
        &self.message
    }

    /// Completes the exchange with the other side's message. The advocate passes the client's
    /// commitment received first; a message that does not match it ends the pairing.
    pub fn finish(
        self,
        theirs: &[u8],
        their_commitment: Option<&[u8]>,
    ) -> Result<Paired, PairingError> {
        match (self.role, their_commitment) {
            (Role::Advocate, Some(c)) if c == commitment_of(theirs).as_slice() => {}
            (Role::Advocate, _) => return Err(PairingError::Mismatch),
            (Role::Client, None) => {}
            (Role::Client, Some(_)) => return Err(PairingError::BadMessage),
        }
        let key = Zeroizing::new(
            self.spake
                .finish(theirs)
                .map_err(|_| PairingError::BadMessage)?,
        );
        let derive = |info: &[u8]| -> Zeroizing<[u8; 32]> {
            let mut out = Zeroizing::new([0u8; 32]);
            // Expanding 32 bytes from HKDF-SHA256 cannot fail.
            let _ = Hkdf::<Sha256>::new(None, &key).expand(info, out.as_mut());
            out
        };
        let sealing = derive(b"harbour pairing: sealing");
        Ok(Paired {
            role: self.role,
            phrase_bits: derive(b"harbour pairing: phrase"),
            mine: derive(self.role.label()),
            theirs: derive(self.role.other().label()),
            sealing: CaseKey::from_bytes(0, *sealing),
        })
    }
}

/// Both sides ran the exchange. Whether they agree is shown by [`Paired::phrase`] and checked by
/// [`Paired::check_confirmation`].
pub struct Paired {
    role: Role,
    phrase_bits: Zeroizing<[u8; 32]>,
    mine: Zeroizing<[u8; 32]>,
    theirs: Zeroizing<[u8; 32]>,
    sealing: CaseKey,
}

impl fmt::Debug for Paired {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Paired({:?}, ***)", self.role)
    }
}

impl Paired {
    /// Four words both apps show, to be read aloud and compared.
    pub fn phrase(&self) -> String {
        self.phrase_bits[..4]
            .iter()
            .map(|b| WORDS[usize::from(*b)])
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// This side's confirmation, to send to the other side.
    pub fn confirmation(&self) -> [u8; 32] {
        *self.mine
    }

    /// Checks the other side's confirmation. A mismatch means the pairing must be abandoned;
    /// only a confirmed pairing can seal and open what is exchanged next.
    pub fn confirm(self, theirs: &[u8]) -> Result<Confirmed, PairingError> {
        // Constant time: a difference is not given away by how long the comparison takes.
        let same = theirs.len() == 32
            && theirs
                .iter()
                .zip(self.theirs.iter())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0;
        if same {
            Ok(Confirmed {
                role: self.role,
                sealing: self.sealing,
            })
        } else {
            Err(PairingError::Mismatch)
        }
    }
}

/// A pairing both sides confirmed.
pub struct Confirmed {
    role: Role,
    sealing: CaseKey,
}

impl fmt::Debug for Confirmed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Confirmed({:?}, ***)", self.role)
    }
}

impl Confirmed {
    /// Seals what is exchanged after confirmation (device keys, the first case key) under the
    /// pairing key. `counter` must increase with each message this side sends.
    pub fn seal(&self, counter: u64, content: &[u8]) -> Result<Vec<u8>, PairingError> {
        Ok(frame::seal(
            &self.sealing,
            FrameKind::KeyRotation,
            sender_id(self.role),
            counter,
            content,
        )?)
    }

    /// Opens what the other side sealed.
    pub fn open(&self, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, PairingError> {
        let opened = frame::open(|_| Some(&self.sealing), sealed)?;
        if opened.sender != sender_id(self.role.other()) {
            return Err(PairingError::BadMessage);
        }
        Ok(opened.content)
    }
}

fn sender_id(role: Role) -> [u8; 16] {
    match role {
        Role::Advocate => [0xAD; 16],
        Role::Client => [0xC1; 16],
    }
}

/// 256 short, distinct, everyday words for the phrase (one byte each).
const WORDS: [&str; 256] = [
    "acorn", "actor", "adult", "agent", "alarm", "album", "alley", "amber", "angle", "apple",
    "apron", "arena", "armor", "arrow", "aspen", "atlas", "attic", "award", "bacon", "badge",
    "bagel", "baker", "bamboo", "banjo", "barn", "basil", "basin", "beach", "beard", "bench",
    "berry", "bison", "blade", "blank", "blaze", "bloom", "board", "boat", "bonus", "boot",
    "brass", "bread", "brick", "bride", "brook", "brush", "bucket", "buddy", "bugle", "cabin",
    "cable", "cactus", "camel", "canal", "candy", "canoe", "cargo", "carpet", "cedar", "chalk",
    "chart", "cheese", "cherry", "chess", "chief", "chimney", "cider", "cinema", "circle", "clock",
    "cloud", "clover", "coast", "cobra", "cocoa", "comet", "coral", "cotton", "couch", "crane",
    "crayon", "cream", "crown", "cube", "daisy", "dance", "delta", "denim", "desert", "diary",
    "dinner", "doctor", "dolphin", "donkey", "dragon", "drum", "eagle", "earth", "easel", "echo",
    "elbow", "ember", "engine", "fabric", "falcon", "farm", "feather", "fence", "ferry", "fiddle",
    "field", "flame", "flute", "forest", "fossil", "frame", "garden", "garlic", "geyser", "giant",
    "ginger", "glove", "goose", "grape", "gravel", "guitar", "hammer", "harbor", "harp", "hazel",
    "helmet", "honey", "horse", "hotel", "igloo", "island", "ivory", "jacket", "jelly", "jewel",
    "jungle", "kayak", "kettle", "kitten", "koala", "ladder", "lagoon", "lamp", "lemon", "lentil",
    "lever", "lilac", "linen", "lizard", "lobster", "locket", "lotus", "magnet", "mango", "maple",
    "marble", "meadow", "melon", "mirror", "mitten", "monkey", "mosaic", "mountain", "muffin",
    "napkin", "nectar", "needle", "noodle", "oasis", "ocean", "olive", "onion", "orange", "orbit",
    "otter", "oven", "owl", "paddle", "palace", "panda", "paper", "parrot", "peach", "pebble",
    "pepper", "piano", "pickle", "pillow", "pirate", "planet", "plum", "pocket", "pony", "potato",
    "prism", "puzzle", "quartz", "quilt", "rabbit", "radio", "raisin", "ribbon", "river", "robin",
    "rocket", "saddle", "salad", "salmon", "sandal", "saucer", "scarf", "shell", "silver",
    "sketch", "sled", "spoon", "squash", "statue", "stone", "sugar", "summit", "sunset", "table",
    "teapot", "tiger", "timber", "toast", "tomato", "topaz", "tower", "tractor", "tulip", "tunnel",
    "turtle", "umbrella", "valley", "velvet", "violin", "wagon", "walnut", "whale", "willow",
    "window", "wizard", "zebra", "zipper", "yogurt", "yacht", "walrus", "waffle", "vase",
];

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_fingerprint_is_short_stable_and_tells_keys_apart() {
        let one = key_fingerprint(&[1u8; 32]);
        assert_eq!(one.len(), 19, "{one}");
        assert_eq!(one, key_fingerprint(&[1u8; 32]));
        assert_ne!(one, key_fingerprint(&[2u8; 32]));
        assert!(same_fingerprint(&one, &one.replace('-', "").to_lowercase()));
        assert!(!same_fingerprint(&one, &key_fingerprint(&[2u8; 32])));
        assert!(!same_fingerprint("", ""), "an empty one never matches");
        assert!(is_fingerprint(&one) && is_fingerprint(&one.to_lowercase()));
        assert!(
            !is_fingerprint("UUUU-UUUU-UUUU-UUUU"),
            "U is not in the alphabet"
        );
        assert!(!is_fingerprint("ABCD"));
    }

    #[test]
    fn the_words_are_distinct() {
        let mut words = WORDS.to_vec();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), 256);
    }
}
