//! What to send and what to do with what arrives.
//!
//! Sending: for each shared document, every change its sent heads do not cover, packed into
//! frames sealed with the current case key under this device's next counters. The counters are
//! saved before any frame leaves, so a crash never reuses one. A document's sent heads move on
//! only once the relay has stored its last frame ([`delivered`]); if a post fails, the same
//! changes go again next time (applying a change twice is harmless).
//!
//! Receiving: frames are taken in the relay's order. Each is opened with the key of its epoch,
//! checked against the replay guard (per sender, counters only go up), unpacked and applied in
//! one transaction. A frame that does not open, is replayed, or carries something the vault
//! refuses is skipped and counted, never applied, and never stops the frames after it.

use harbour_store::{Applied, Head, Store, StoreError, Unshared};
use harbour_sync::frame::{self, FrameKind};
use harbour_sync::pairing::Role;

use crate::ShareError;
use crate::content;
use crate::link::Link;

/// A sealed frame ready to post, and what to record once the relay has stored it.
pub struct Outgoing {
    pub frame: Vec<u8>,
    /// Set on a document's last frame: its heads, to mark sent.
    sent: Option<(String, Vec<Head>)>,
}

impl std::fmt::Debug for Outgoing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Outgoing({} bytes)", self.frame.len())
    }
}

/// Seals every unsent change of every shared document. The counters used are saved first.
pub fn prepare(store: &mut Store, link: &mut Link) -> Result<Vec<Outgoing>, ShareError> {
    if link.revoked {
        return Err(ShareError::Revoked);
    }
    let mut contents = Vec::new();
    for doc in store.shared_documents()? {
        let (changes, heads) = store.document_changes(&doc.id, &doc.sent_heads)?;
        if changes.is_empty() {
            continue;
        }
        let packed = match content::pack(&doc.id, &changes) {
            Ok(p) => p,
            // One change too large for any frame must not hold back every other document.
            Err(ShareError::TooLarge) => continue,
            Err(e) => return Err(e),
        };
        let last = packed.len() - 1;
        for (i, c) in packed.into_iter().enumerate() {
            let sent = (i == last).then(|| (doc.id.clone(), heads.clone()));
            contents.push((c, sent));
        }
    }
    if contents.is_empty() {
        return Ok(Vec::new());
    }
    let first = link.next_counter;
    link.next_counter += contents.len() as u64;
    link.save(store)?;
    let key = link.current_key()?;
    contents
        .into_iter()
        .enumerate()
        .map(|(i, (c, sent))| {
            let frame = frame::seal(key, FrameKind::Change, link.sender, first + i as u64, &c)?;
            Ok(Outgoing { frame, sent })
        })
        .collect()
}

/// Records that the relay stored `out`.
pub fn delivered(store: &mut Store, out: &Outgoing) -> Result<(), ShareError> {
    if let Some((id, heads)) = &out.sent {
        match store.mark_document_sent(id, heads) {
            // Unshared meanwhile: nothing to record.
            Err(StoreError::NotFound) => {}
            other => other?,
        }
    }
    Ok(())
}

/// What one received frame did.
#[derive(Clone, PartialEq, Eq)]
pub enum Received {
    /// Changes to this document were applied (or wait for ones they build on).
    Changed { document: String, applied: Applied },
    /// This device's own frame, read back.
    Own,
    /// Already dealt with (at or before the cursor).
    Seen,
    /// The other side stopped sharing; this copy is marked as ended.
    Ended,
    /// Not applied, and why.
    Skipped(Skip),
}

// Document ids say what is being planned ("plan-section:escape-bag"): never in a log.
impl std::fmt::Debug for Received {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Received::Changed { applied, .. } => write!(f, "Changed({applied:?})"),
            Received::Own => f.write_str("Own"),
            Received::Seen => f.write_str("Seen"),
            Received::Ended => f.write_str("Ended"),
            Received::Skipped(skip) => write!(f, "Skipped({skip:?})"),
        }
    }
}

/// Why a received frame was not applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// It did not open: changed, cut short, or sealed with a key this device does not hold.
    DoesNotOpen,
    /// Already accepted from its sender, or older than what was.
    Replayed,
    /// It opened, but what it carries was refused (unreadable, or not something shared).
    Refused,
}

/// The first half of stopping: marks the link as ended in the vault (nothing more is sent) and
/// seals the notice that tells the other side. [`RelayClient::close_mailbox`] does the rest.
///
/// [`RelayClient::close_mailbox`]: crate::RelayClient::close_mailbox
pub fn begin_stop(store: &mut Store, link: &mut Link) -> Result<Vec<u8>, ShareError> {
    let counter = link.next_counter;
    link.next_counter += 1;
    let notice = frame::seal(
        link.current_key()?,
        FrameKind::Ended,
        link.sender,
        counter,
        b"",
    )?;
    link.mark_revoked(store)?;
    Ok(notice)
}

/// Deals with one read from the relay (messages in its order, after the cursor). What each
/// message did.
pub fn receive_batch(
    store: &mut Store,
    link: &mut Link,
    batch: &[crate::client::Stored],
) -> Result<Vec<Received>, ShareError> {
    let mut received = Vec::with_capacity(batch.len());
    for (seq, bytes) in batch {
        // The relay answers in order from the cursor; anything else would loop for ever.
        if *seq <= link.cursor {
            return Err(ShareError::Relay);
        }
        received.push(receive(store, link, *seq, bytes)?);
    }
    Ok(received)
}

/// Deals with the message the relay stored as `seq`, and moves the cursor past it.
pub fn receive(
    store: &mut Store,
    link: &mut Link,
    seq: u64,
    bytes: &[u8],
) -> Result<Received, ShareError> {
    if seq <= link.cursor {
        return Ok(Received::Seen);
    }
    let guard = link.guard.clone();
    match open_and_apply(store, link, bytes) {
        Ok(received) => {
            link.cursor = seq;
            link.save(store)?;
            Ok(received)
        }
        // Not dealt with (the vault could not be written): the frame must come again.
        Err(e) => {
            link.guard = guard;
            Err(e)
        }
    }
}

fn open_and_apply(
    store: &mut Store,
    link: &mut Link,
    bytes: &[u8],
) -> Result<Received, ShareError> {
    let opened = match frame::open(|epoch| link.key_for(epoch), bytes) {
        Ok(f) => f,
        Err(_) => return Ok(Received::Skipped(Skip::DoesNotOpen)),
    };
    if opened.sender == link.sender {
        return Ok(Received::Own);
    }
    if link.guard.accept(&opened).is_err() {
        return Ok(Received::Skipped(Skip::Replayed));
    }
    match opened.kind {
        FrameKind::Change => {
            let Ok((id, changes)) = content::unpack(&opened.content) else {
                return Ok(Received::Skipped(Skip::Refused));
            };
            let unshared = match link.role {
                Role::Client => Unshared::Refuse,
                Role::Advocate => Unshared::Adopt,
            };
            match store.apply_document_changes(id, &changes, unshared) {
                Ok(applied) => Ok(Received::Changed {
                    document: id.to_owned(),
                    applied,
                }),
                Err(StoreError::Invalid(_)) => Ok(Received::Skipped(Skip::Refused)),
                Err(e) => Err(e.into()),
            }
        }
        FrameKind::Ended => {
            link.revoked = true;
            Ok(Received::Ended)
        }
        // Presence and key rotation come with live sessions and device changes.
        FrameKind::Presence | FrameKind::KeyRotation => Ok(Received::Skipped(Skip::Refused)),
    }
}
