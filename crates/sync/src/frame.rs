//! The sealed frame: what one app puts in a relay mailbox for the other.
//!
//! ```text
//! offset size
//!      0    4  magic "HSF1"
//!      4    1  version (1)
//!      5    1  kind (1 = change, 2 = presence, 3 = key rotation, 4 = sharing ended)
//!      6    4  key epoch, u32 BE: which case key sealed it
//!     10   16  sender device id
//!     26    8  counter, u64 BE: strictly increasing per sender
//!     34   24  nonce (random)
//!     58    …  XChaCha20-Poly1305 of: content length u32 BE, content, zero padding;
//!              the 58 header bytes are the associated data
//! ```
//!
//! The whole frame is exactly one of [`SIZE_BUCKETS`], so its length says only roughly how big
//! the change was. Flipping any bit (header included), cutting the frame short or sealing it
//! under another case key makes it fail to open. Replays and reordering are caught by the
//! receiver's [`ReplayGuard`]: per sender, a counter must be higher than any accepted before.

use std::collections::HashMap;
use std::fmt;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use thiserror::Error;
use zeroize::Zeroizing;

pub const MAGIC: &[u8; 4] = b"HSF1";
pub const VERSION: u8 = 1;
pub const HEADER_LEN: usize = 58;
const TAG_LEN: usize = 16;
const LENGTH_LEN: usize = 4;

/// The sizes a frame may have (the relay accepts only these).
pub const SIZE_BUCKETS: [usize; 7] = [512, 2048, 8192, 32_768, 131_072, 524_288, 1_048_576];

/// The most content one frame can carry.
pub const MAX_CONTENT: usize =
    SIZE_BUCKETS[SIZE_BUCKETS.len() - 1] - HEADER_LEN - TAG_LEN - LENGTH_LEN;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum FrameError {
    #[error("not a frame (wrong size or magic)")]
    Malformed,
    #[error("a frame version this app does not know")]
    UnknownVersion,
    #[error("a frame kind this app does not know")]
    UnknownKind,
    #[error("no key for this frame's epoch")]
    UnknownEpoch,
    #[error("the frame does not open: changed, cut short or sealed with another key")]
    Forged,
    #[error("the content is too large for one frame")]
    TooLarge,
    #[error("this frame was already received, or arrived out of order")]
    Replayed,
    #[error("the system random number generator is unavailable")]
    Random,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FrameKind {
    /// A change to a shared document.
    Change,
    /// Who is looking at what, in a live session.
    Presence,
    /// A new case key (sealed under the current one).
    KeyRotation,
    /// The sender stopped sharing: the other side's copy is marked as ended.
    Ended,
}

impl FrameKind {
    fn code(self) -> u8 {
        match self {
            FrameKind::Change => 1,
            FrameKind::Presence => 2,
            FrameKind::KeyRotation => 3,
            FrameKind::Ended => 4,
        }
    }

    fn from_code(code: u8) -> Option<FrameKind> {
        match code {
            1 => Some(FrameKind::Change),
            2 => Some(FrameKind::Presence),
            3 => Some(FrameKind::KeyRotation),
            4 => Some(FrameKind::Ended),
            _ => None,
        }
    }
}

/// The key shared by one person and one advocate, for one epoch. Rotated when a device is
/// removed or sharing is revoked, so a removed device cannot open what is written afterwards.
pub struct CaseKey {
    epoch: u32,
    key: Zeroizing<[u8; 32]>,
}

impl fmt::Debug for CaseKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CaseKey(epoch {}, ***)", self.epoch)
    }
}

impl CaseKey {
    pub fn from_bytes(epoch: u32, key: [u8; 32]) -> CaseKey {
        CaseKey {
            epoch,
            key: Zeroizing::new(key),
        }
    }

    /// A fresh random key for `epoch`.
    pub fn generate(epoch: u32) -> Result<CaseKey, FrameError> {
        let mut key = Zeroizing::new([0u8; 32]);
        getrandom::fill(key.as_mut()).map_err(|_| FrameError::Random)?;
        Ok(CaseKey { epoch, key })
    }

    pub fn epoch(&self) -> u32 {
        self.epoch
    }

    /// The key itself, to keep it in the encrypted vault or hand it over sealed.
    pub fn expose_secret(&self) -> &[u8; 32] {
        &self.key
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(&(*self.key).into())
    }
}

/// An opened frame. Its content is plaintext: zeroized on drop, never printed.
#[derive(PartialEq, Eq)]
pub struct Frame {
    pub kind: FrameKind,
    pub epoch: u32,
    pub sender: [u8; 16],
    pub counter: u64,
    pub content: Zeroizing<Vec<u8>>,
}

impl fmt::Debug for Frame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Frame")
            .field("kind", &self.kind)
            .field("epoch", &self.epoch)
            .field("counter", &self.counter)
            .field("content", &format_args!("{} bytes", self.content.len()))
            .finish()
    }
}

fn bucket_for(content_len: usize) -> Option<usize> {
    let needed = HEADER_LEN + TAG_LEN + LENGTH_LEN + content_len;
    SIZE_BUCKETS.into_iter().find(|b| *b >= needed)
}

/// Seals `content` into a frame of the smallest bucket it fits.
pub fn seal(
    key: &CaseKey,
    kind: FrameKind,
    sender: [u8; 16],
    counter: u64,
    content: &[u8],
) -> Result<Vec<u8>, FrameError> {
    seal_at_least(key, kind, sender, counter, content, 0)
}

/// Seals `content` into a frame of the smallest bucket it fits that is at least `bucket` bytes
/// (say, the largest, so every part of a file is the same size to the relay, the last too).
pub fn seal_at_least(
    key: &CaseKey,
    kind: FrameKind,
    sender: [u8; 16],
    counter: u64,
    content: &[u8],
    bucket: usize,
) -> Result<Vec<u8>, FrameError> {
    let fits = bucket_for(content.len()).ok_or(FrameError::TooLarge)?;
    let bucket = SIZE_BUCKETS
        .into_iter()
        .find(|b| *b >= fits.max(bucket))
        .ok_or(FrameError::TooLarge)?;
    let length = u32::try_from(content.len()).map_err(|_| FrameError::TooLarge)?;
    let mut plain = Zeroizing::new(Vec::with_capacity(bucket - HEADER_LEN - TAG_LEN));
    plain.extend_from_slice(&length.to_be_bytes());
    plain.extend_from_slice(content);
    seal_plain(key, kind, sender, counter, bucket, plain)
}

/// Seals an already laid-out plaintext (length, content) padded to `bucket`.
fn seal_plain(
    key: &CaseKey,
    kind: FrameKind,
    sender: [u8; 16],
    counter: u64,
    bucket: usize,
    mut plain: Zeroizing<Vec<u8>>,
) -> Result<Vec<u8>, FrameError> {
    let mut nonce = [0u8; 24];
    getrandom::fill(&mut nonce).map_err(|_| FrameError::Random)?;
    let mut header = Vec::with_capacity(bucket);
    header.extend_from_slice(MAGIC);
    header.push(VERSION);
    header.push(kind.code());
    header.extend_from_slice(&key.epoch.to_be_bytes());
    header.extend_from_slice(&sender);
    header.extend_from_slice(&counter.to_be_bytes());
    header.extend_from_slice(&nonce);
    debug_assert_eq!(header.len(), HEADER_LEN);

    plain.resize(bucket - HEADER_LEN - TAG_LEN, 0);
    let sealed = key
        .cipher()
        .encrypt(
            &XNonce::from(nonce),
            Payload {
                msg: &plain,
                aad: &header,
            },
        )
        .map_err(|_| FrameError::Forged)?;
    let mut frame = header;
    frame.extend_from_slice(&sealed);
    debug_assert_eq!(frame.len(), bucket);
    Ok(frame)
}

/// Reads a frame's header fields without opening it (to pick the key for its epoch).
pub fn epoch_of(frame: &[u8]) -> Result<u32, FrameError> {
    check_shape(frame)?;
    Ok(u32::from_be_bytes([frame[6], frame[7], frame[8], frame[9]]))
}

fn check_shape(frame: &[u8]) -> Result<(), FrameError> {
    if !SIZE_BUCKETS.contains(&frame.len()) || &frame[..4] != MAGIC {
        return Err(FrameError::Malformed);
    }
    if frame[4] != VERSION {
        return Err(FrameError::UnknownVersion);
    }
    Ok(())
}

/// Opens a frame with the key for its epoch (`keys` returns `None` for an epoch this device
/// does not hold). Does not check replays: see [`ReplayGuard`].
pub fn open<'k>(
    keys: impl Fn(u32) -> Option<&'k CaseKey>,
    frame: &[u8],
) -> Result<Frame, FrameError> {
    check_shape(frame)?;
    let kind = FrameKind::from_code(frame[5]).ok_or(FrameError::UnknownKind)?;
    let epoch = epoch_of(frame)?;
    let key = keys(epoch).ok_or(FrameError::UnknownEpoch)?;
    if key.epoch != epoch {
        return Err(FrameError::UnknownEpoch);
    }
    let (header, sealed) = frame.split_at(HEADER_LEN);
    let mut nonce = [0u8; 24];
    nonce.copy_from_slice(&header[34..58]);
    let plain = Zeroizing::new(
        key.cipher()
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: sealed,
                    aad: header,
                },
            )
            .map_err(|_| FrameError::Forged)?,
    );
    // Authenticated from here on: a bad length is our own bug or a hostile sender with the key.
    let length = u32::from_be_bytes([plain[0], plain[1], plain[2], plain[3]]) as usize;
    let content = Zeroizing::new(
        plain
            .get(LENGTH_LEN..LENGTH_LEN.saturating_add(length))
            .ok_or(FrameError::Malformed)?
            .to_vec(),
    );
    let mut sender = [0u8; 16];
    sender.copy_from_slice(&header[10..26]);
    let mut counter = [0u8; 8];
    counter.copy_from_slice(&header[26..34]);
    Ok(Frame {
        kind,
        epoch,
        sender,
        counter: u64::from_be_bytes(counter),
        content,
    })
}

/// Per sender, the highest counter accepted: a frame is accepted only if its counter is higher,
/// so a replayed or reordered frame is refused.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReplayGuard {
    highest: HashMap<[u8; 16], u64>,
}

impl ReplayGuard {
    /// Rebuilds a guard from its [`entries`](ReplayGuard::entries), as saved.
    pub fn from_entries(entries: impl IntoIterator<Item = ([u8; 16], u64)>) -> ReplayGuard {
        ReplayGuard {
            highest: entries.into_iter().collect(),
        }
    }

    /// Each sender and the highest counter accepted from it, to save.
    pub fn entries(&self) -> impl Iterator<Item = ([u8; 16], u64)> + '_ {
        self.highest.iter().map(|(s, c)| (*s, *c))
    }

    pub fn accept(&mut self, frame: &Frame) -> Result<(), FrameError> {
        let last = self.highest.entry(frame.sender).or_insert(0);
        if frame.counter <= *last {
            return Err(FrameError::Replayed);
        }
        *last = frame.counter;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_length_beyond_the_content_is_refused_after_opening() {
        // Only a holder of the key could send this; it must still not be read past.
        let key = CaseKey::generate(1).unwrap();
        let mut plain = Zeroizing::new(Vec::new());
        plain.extend_from_slice(&u32::MAX.to_be_bytes());
        plain.extend_from_slice(b"short");
        let frame = seal_plain(&key, FrameKind::Change, [1; 16], 1, 512, plain).unwrap();
        assert_eq!(open(|_| Some(&key), &frame), Err(FrameError::Malformed));
        let mut plain = Zeroizing::new(Vec::new());
        plain.extend_from_slice(&435u32.to_be_bytes());
        let frame = seal_plain(&key, FrameKind::Change, [1; 16], 1, 512, plain).unwrap();
        assert_eq!(open(|_| Some(&key), &frame), Err(FrameError::Malformed));
        assert!(
            format!(
                "{:?}",
                open(
                    |_| Some(&key),
                    &seal(&key, FrameKind::Change, [1; 16], 1, b"secret").unwrap()
                )
                .unwrap()
            )
            .contains("6 bytes")
        );
    }

    #[test]
    fn frames_fill_their_bucket_exactly() {
        let key = CaseKey::generate(1).unwrap();
        for (len, bucket) in [(0, 512), (434, 512), (435, 2048), (MAX_CONTENT, 1_048_576)] {
            let frame = seal(&key, FrameKind::Change, [1; 16], 1, &vec![9; len]).unwrap();
            assert_eq!(frame.len(), bucket, "content of {len}");
            let opened = open(|_| Some(&key), &frame).unwrap();
            assert_eq!(opened.content.len(), len);
        }
        assert_eq!(
            seal(
                &key,
                FrameKind::Change,
                [1; 16],
                1,
                &vec![0; MAX_CONTENT + 1]
            ),
            Err(FrameError::TooLarge)
        );
    }
}
