//! The sealed frame: what one app puts in a relay mailbox for the other.
//!
//! ```text
//! offset size
//!      0    4  magic "HSF1"
//!      4    1  version (1 = unsigned, pairing only; 2 = signed by the sending device)
//!      5    1  kind (1 = change, 2 = presence, 3 = key rotation, 4 = sharing ended)
//!      6    4  key epoch, u32 BE: which case key sealed it
//!     10   16  sender device id
//!     26    8  counter, u64 BE: strictly increasing per sender
//!     34   24  nonce (random)
//!     58    …  XChaCha20-Poly1305 of: [version 2: the ed25519 signature, 64 bytes, of
//!              "harbour frame 2", the 58 header bytes, the length and the content, by the
//!              sending device's key,] content length u32 BE, content, zero padding;
//!              the 58 header bytes are the associated data
//! ```
//!
//! The case key is shared by both sides, so on its own it proves only that a key holder sealed
//! a frame. The signature, inside the encryption (so the relay cannot tell whose device wrote
//! it), proves which device did: a case's frames are opened with [`open_signed`] against the
//! devices paired with it, and a frame sealed with the key by anyone else (a device removed
//! but still holding an old epoch's key, say) is refused as forged. Version 1 is only for
//! pairing ([`seal`], [`open`]), before the devices know each other's keys.
//!
//! The whole frame is exactly one of [`SIZE_BUCKETS`], so its length says only roughly how big
//! the change was. Flipping any bit (header included), cutting the frame short or sealing it
//! under another case key makes it fail to open. Replays are caught by the receiver's
//! [`ReplayGuard`]: per sender, each counter is taken once, a late one too (within a window).

use std::collections::{BTreeSet, HashMap};
use std::fmt;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use thiserror::Error;
use zeroize::Zeroizing;

pub const MAGIC: &[u8; 4] = b"HSF1";
/// Unsigned: pairing's messages only.
pub const VERSION: u8 = 1;
/// Signed by the sending device: everything in a case.
pub const SIGNED: u8 = 2;
pub const HEADER_LEN: usize = 58;
const TAG_LEN: usize = 16;
const LENGTH_LEN: usize = 4;
const SIGNATURE_LEN: usize = 64;
/// What a signature covers, before the header: a signature made for anything else never
/// verifies as a frame's.
const SIGNING_CONTEXT: &[u8] = b"harbour frame 2";

/// The sizes a frame may have (the relay accepts only these).
pub const SIZE_BUCKETS: [usize; 7] = [512, 2048, 8192, 32_768, 131_072, 524_288, 1_048_576];

/// The most content one frame can carry (a signed one; an unsigned one could take 64 bytes more).
pub const MAX_CONTENT: usize =
    SIZE_BUCKETS[SIZE_BUCKETS.len() - 1] - HEADER_LEN - TAG_LEN - SIGNATURE_LEN - LENGTH_LEN;

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
    #[error(
        "the frame does not open: changed, cut short, sealed with another key or not signed by a paired device"
    )]
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
    /// What the sender holds of each shared document and how far it has read, so the other
    /// side can send again what never arrived.
    Have,
}

impl FrameKind {
    fn code(self) -> u8 {
        match self {
            FrameKind::Change => 1,
            FrameKind::Presence => 2,
            FrameKind::KeyRotation => 3,
            FrameKind::Ended => 4,
            FrameKind::Have => 5,
        }
    }

    fn from_code(code: u8) -> Option<FrameKind> {
        match code {
            1 => Some(FrameKind::Change),
            2 => Some(FrameKind::Presence),
            3 => Some(FrameKind::KeyRotation),
            4 => Some(FrameKind::Ended),
            5 => Some(FrameKind::Have),
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
    /// The device whose signature it carries (frames opened with [`open_signed`]).
    pub signer: Option<[u8; 32]>,
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

fn bucket_for(content_len: usize, signed: bool) -> Option<usize> {
    let signature = if signed { SIGNATURE_LEN } else { 0 };
    let needed = HEADER_LEN + TAG_LEN + signature + LENGTH_LEN + content_len;
    SIZE_BUCKETS.into_iter().find(|b| *b >= needed)
}

/// Seals `content` into an unsigned frame (pairing only) of the smallest bucket it fits.
pub fn seal(
    key: &CaseKey,
    kind: FrameKind,
    sender: [u8; 16],
    counter: u64,
    content: &[u8],
) -> Result<Vec<u8>, FrameError> {
    seal_inner(key, None, kind, sender, counter, content, 0)
}

/// Seals `content`, signed by `signer` (this device), into a frame of the smallest bucket it
/// fits.
pub fn seal_signed(
    key: &CaseKey,
    signer: &SigningKey,
    kind: FrameKind,
    sender: [u8; 16],
    counter: u64,
    content: &[u8],
) -> Result<Vec<u8>, FrameError> {
    seal_inner(key, Some(signer), kind, sender, counter, content, 0)
}

/// [`seal_signed`] into a frame of at least `bucket` bytes (say, the largest, so every part of
/// a file is the same size to the relay, the last too).
pub fn seal_signed_at_least(
    key: &CaseKey,
    signer: &SigningKey,
    kind: FrameKind,
    sender: [u8; 16],
    counter: u64,
    content: &[u8],
    bucket: usize,
) -> Result<Vec<u8>, FrameError> {
    seal_inner(key, Some(signer), kind, sender, counter, content, bucket)
}

fn seal_inner(
    key: &CaseKey,
    signer: Option<&SigningKey>,
    kind: FrameKind,
    sender: [u8; 16],
    counter: u64,
    content: &[u8],
    at_least: usize,
) -> Result<Vec<u8>, FrameError> {
    let fits = bucket_for(content.len(), signer.is_some()).ok_or(FrameError::TooLarge)?;
    let bucket = SIZE_BUCKETS
        .into_iter()
        .find(|b| *b >= fits.max(at_least))
        .ok_or(FrameError::TooLarge)?;
    let length = u32::try_from(content.len()).map_err(|_| FrameError::TooLarge)?;
    let mut nonce = [0u8; 24];
    getrandom::fill(&mut nonce).map_err(|_| FrameError::Random)?;
    let version = if signer.is_some() { SIGNED } else { VERSION };
    let header = header(version, kind, key.epoch, sender, counter, nonce, bucket);
    let mut plain = Zeroizing::new(Vec::with_capacity(bucket - HEADER_LEN - TAG_LEN));
    if let Some(signer) = signer {
        let signature = signer.sign(&signed_bytes(&header, &length.to_be_bytes(), content));
        plain.extend_from_slice(&signature.to_bytes());
    }
    plain.extend_from_slice(&length.to_be_bytes());
    plain.extend_from_slice(content);
    plain.resize(bucket - HEADER_LEN - TAG_LEN, 0);
    let frame = encrypt(key, header, &plain)?;
    debug_assert_eq!(frame.len(), bucket);
    Ok(frame)
}

/// A frame's 58 header bytes, in a buffer with room for a frame of `bucket` bytes.
fn header(
    version: u8,
    kind: FrameKind,
    epoch: u32,
    sender: [u8; 16],
    counter: u64,
    nonce: [u8; 24],
    bucket: usize,
) -> Vec<u8> {
    let mut header = Vec::with_capacity(bucket);
    header.extend_from_slice(MAGIC);
    header.push(version);
    header.push(kind.code());
    header.extend_from_slice(&epoch.to_be_bytes());
    header.extend_from_slice(&sender);
    header.extend_from_slice(&counter.to_be_bytes());
    header.extend_from_slice(&nonce);
    debug_assert_eq!(header.len(), HEADER_LEN);
    header
}

/// `header` followed by `plain` sealed under `key`, with the header's nonce and the header as
/// associated data: the whole frame.
fn encrypt(key: &CaseKey, mut header: Vec<u8>, plain: &[u8]) -> Result<Vec<u8>, FrameError> {
    let mut nonce = [0u8; 24];
    nonce.copy_from_slice(&header[34..HEADER_LEN]);
    let sealed = key
        .cipher()
        .encrypt(
            &XNonce::from(nonce),
            Payload {
                msg: plain,
                aad: &header,
            },
        )
        .map_err(|_| FrameError::Forged)?;
    header.extend_from_slice(&sealed);
    Ok(header)
}

/// What a frame's signature covers.
fn signed_bytes(header: &[u8], length: &[u8], content: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut bytes = Zeroizing::new(Vec::with_capacity(
        SIGNING_CONTEXT.len() + header.len() + length.len() + content.len(),
    ));
    bytes.extend_from_slice(SIGNING_CONTEXT);
    bytes.extend_from_slice(header);
    bytes.extend_from_slice(length);
    bytes.extend_from_slice(content);
    bytes
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
    if frame[4] != VERSION && frame[4] != SIGNED {
        return Err(FrameError::UnknownVersion);
    }
    Ok(())
}

/// Opens an unsigned frame (pairing's) with the key for its epoch (`keys` returns `None` for an
/// epoch this device does not hold). Does not check replays: see [`ReplayGuard`].
pub fn open<'k>(
    keys: impl Fn(u32) -> Option<&'k CaseKey>,
    frame: &[u8],
) -> Result<Frame, FrameError> {
    let (frame, plain) = decrypt(keys, frame, VERSION)?;
    with_content(frame, &plain, None)
}

/// Opens a signed frame, as [`open`] does, and checks that one of `devices` (public keys)
/// signed it: a frame signed by any other key, or not signed, is [`FrameError::Forged`].
pub fn open_signed<'k>(
    keys: impl Fn(u32) -> Option<&'k CaseKey>,
    devices: &[[u8; 32]],
    frame: &[u8],
) -> Result<Frame, FrameError> {
    let header: [u8; HEADER_LEN] = frame
        .get(..HEADER_LEN)
        .and_then(|h| h.try_into().ok())
        .ok_or(FrameError::Malformed)?;
    let (opened, plain) = decrypt(keys, frame, SIGNED)?;
    let signature = plain.get(..SIGNATURE_LEN).ok_or(FrameError::Malformed)?;
    let signature = Signature::from_slice(signature).map_err(|_| FrameError::Forged)?;
    let rest = &plain[SIGNATURE_LEN..];
    let content = content_of(rest)?;
    let signed = signed_bytes(&header, &rest[..LENGTH_LEN], content);
    let signer = devices
        .iter()
        .find(|device| {
            VerifyingKey::from_bytes(device)
                .is_ok_and(|key| key.verify_strict(&signed, &signature).is_ok())
        })
        .ok_or(FrameError::Forged)?;
    with_content(opened, rest, Some(*signer))
}

/// The header fields of a frame of `version`, and its decrypted plaintext.
fn decrypt<'k>(
    keys: impl Fn(u32) -> Option<&'k CaseKey>,
    frame: &[u8],
    version: u8,
) -> Result<(Frame, Zeroizing<Vec<u8>>), FrameError> {
    check_shape(frame)?;
    if frame[4] != version {
        return Err(FrameError::UnknownVersion);
    }
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
    let mut sender = [0u8; 16];
    sender.copy_from_slice(&header[10..26]);
    let mut counter = [0u8; 8];
    counter.copy_from_slice(&header[26..34]);
    Ok((
        Frame {
            kind,
            epoch,
            sender,
            counter: u64::from_be_bytes(counter),
            content: Zeroizing::new(Vec::new()),
            signer: None,
        },
        plain,
    ))
}

/// The content a plaintext's length says it holds (after the signature, if any).
fn content_of(plain: &[u8]) -> Result<&[u8], FrameError> {
    // Authenticated from here on: a bad length is our own bug or a hostile sender with the key.
    let length = plain
        .get(..LENGTH_LEN)
        .map(|l| u32::from_be_bytes([l[0], l[1], l[2], l[3]]) as usize)
        .ok_or(FrameError::Malformed)?;
    plain
        .get(LENGTH_LEN..LENGTH_LEN.saturating_add(length))
        .ok_or(FrameError::Malformed)
}

fn with_content(
    mut frame: Frame,
    plain: &[u8],
    signer: Option<[u8; 32]>,
) -> Result<Frame, FrameError> {
    frame.content = Zeroizing::new(content_of(plain)?.to_vec());
    frame.signer = signer;
    Ok(frame)
}

/// Per sender, the highest counter accepted and the counters below it not seen yet: a frame is
/// accepted once, whether it comes in order or late (a relay that delivers frames out of order
/// must not make changes go missing for good), and a replay never. Counters more than
/// [`LATE_WINDOW`] below the highest are refused.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReplayGuard {
    highest: HashMap<[u8; 16], u64>,
    /// Below the highest, within the window, not seen yet.
    late: HashMap<[u8; 16], BTreeSet<u64>>,
}

/// How far below the highest counter seen from a sender a frame may still come.
pub const LATE_WINDOW: u64 = 256;

impl ReplayGuard {
    /// Rebuilds a guard from its [`entries`](ReplayGuard::entries) and [`late`](ReplayGuard::late),
    /// as saved (a guard saved before `late` existed has none).
    pub fn from_entries(
        entries: impl IntoIterator<Item = ([u8; 16], u64)>,
        late: impl IntoIterator<Item = ([u8; 16], Vec<u64>)>,
    ) -> ReplayGuard {
        let highest: HashMap<[u8; 16], u64> = entries.into_iter().collect();
        let late = late
            .into_iter()
            .filter_map(|(sender, counters)| {
                let top = *highest.get(&sender)?;
                let floor = top.saturating_sub(LATE_WINDOW);
                let kept: BTreeSet<u64> = counters
                    .into_iter()
                    .filter(|c| *c < top && *c >= floor)
                    .collect();
                (!kept.is_empty()).then_some((sender, kept))
            })
            .collect();
        ReplayGuard { highest, late }
    }

    /// Each sender and the highest counter accepted from it, to save.
    pub fn entries(&self) -> impl Iterator<Item = ([u8; 16], u64)> + '_ {
        self.highest.iter().map(|(s, c)| (*s, *c))
    }

    /// Each sender's counters below its highest still to come, to save.
    pub fn late(&self) -> impl Iterator<Item = ([u8; 16], Vec<u64>)> + '_ {
        self.late
            .iter()
            .map(|(s, counters)| (*s, counters.iter().copied().collect()))
    }

    pub fn accept(&mut self, frame: &Frame) -> Result<(), FrameError> {
        let last = self.highest.entry(frame.sender).or_insert(0);
        let counter = frame.counter;
        if counter > *last {
            let floor = counter.saturating_sub(LATE_WINDOW);
            let late = self.late.entry(frame.sender).or_default();
            late.extend((*last + 1).max(floor)..counter);
            // Those now too far below are given up on.
            *late = late.split_off(&floor);
            if late.is_empty() {
                self.late.remove(&frame.sender);
            }
            *last = counter;
            return Ok(());
        }
        let Some(late) = self.late.get_mut(&frame.sender) else {
            return Err(FrameError::Replayed);
        };
        if !late.remove(&counter) {
            return Err(FrameError::Replayed);
        }
        if late.is_empty() {
            self.late.remove(&frame.sender);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// An unsigned frame around `plain` as it is, padded to `bucket` (a hostile key holder's).
    fn seal_plain(
        key: &CaseKey,
        kind: FrameKind,
        sender: [u8; 16],
        counter: u64,
        bucket: usize,
        mut plain: Zeroizing<Vec<u8>>,
    ) -> Result<Vec<u8>, FrameError> {
        let header = header(VERSION, kind, key.epoch, sender, counter, [7; 24], bucket);
        plain.resize(bucket - HEADER_LEN - TAG_LEN, 0);
        encrypt(key, header, &plain)
    }

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
        let device = SigningKey::from_bytes(&[3; 32]);
        let devices = [device.verifying_key().to_bytes()];
        // Signed: 64 bytes of signature inside, so 64 fewer of content per bucket.
        for (len, bucket) in [(0, 512), (370, 512), (371, 2048), (MAX_CONTENT, 1_048_576)] {
            let frame =
                seal_signed(&key, &device, FrameKind::Change, [1; 16], 1, &vec![9; len]).unwrap();
            assert_eq!(frame.len(), bucket, "content of {len}");
            let opened = open_signed(|_| Some(&key), &devices, &frame).unwrap();
            assert_eq!(opened.content.len(), len);
            assert_eq!(opened.signer, Some(devices[0]));
        }
        assert_eq!(
            seal_signed(
                &key,
                &device,
                FrameKind::Change,
                [1; 16],
                1,
                &vec![0; MAX_CONTENT + 1]
            ),
            Err(FrameError::TooLarge)
        );
        // Unsigned (pairing): the same buckets, 64 bytes more content each.
        for (len, bucket) in [(434, 512), (435, 2048)] {
            let frame = seal(&key, FrameKind::Change, [1; 16], 1, &vec![9; len]).unwrap();
            assert_eq!(frame.len(), bucket, "content of {len}");
            assert_eq!(open(|_| Some(&key), &frame).unwrap().content.len(), len);
        }
    }

    /// Sealed with the case key but signed by a device that is not paired (one removed but
    /// still holding an old key, or the other side posing as this one): refused. So is a signed
    /// frame opened as unsigned, and the reverse, and one whose signature is another frame's.
    #[test]
    fn a_frame_signed_by_a_device_not_paired_is_forged() {
        let key = CaseKey::generate(1).unwrap();
        let paired = SigningKey::from_bytes(&[3; 32]);
        let stranger = SigningKey::from_bytes(&[4; 32]);
        let devices = [paired.verifying_key().to_bytes()];
        let forged =
            seal_signed(&key, &stranger, FrameKind::Change, [1; 16], 9, b"delete it").unwrap();
        assert_eq!(
            open_signed(|_| Some(&key), &devices, &forged),
            Err(FrameError::Forged)
        );
        let unsigned = seal(&key, FrameKind::Change, [1; 16], 9, b"delete it").unwrap();
        assert_eq!(
            open_signed(|_| Some(&key), &devices, &unsigned),
            Err(FrameError::UnknownVersion)
        );
        let signed = seal_signed(&key, &paired, FrameKind::Change, [1; 16], 9, b"ok").unwrap();
        assert_eq!(
            open(|_| Some(&key), &signed),
            Err(FrameError::UnknownVersion)
        );
        // A genuine signature moved onto other content (by a key holder who can decrypt and
        // re-seal): the signature covers the content, so it no longer verifies.
        let opened = open_signed(|_| Some(&key), &devices, &signed).unwrap();
        assert_eq!(opened.content.as_slice(), b"ok");
        let (_, mut inside) = decrypt(|_| Some(&key), &signed, SIGNED).unwrap();
        inside[SIGNATURE_LEN + LENGTH_LEN] = b'n';
        let moved = encrypt(&key, signed[..HEADER_LEN].to_vec(), &inside).unwrap();
        assert_eq!(
            open_signed(|_| Some(&key), &devices, &moved),
            Err(FrameError::Forged)
        );
    }
}
