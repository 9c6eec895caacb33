//! What to send and what to do with what arrives.
//!
//! Sending: for each shared document, every change its sent heads do not cover, packed into
//! frames sealed with the current case key under this device's next counters. The counters are
//! saved before any frame leaves, so a crash never reuses one. A document's sent heads move on
//! only once the relay has stored its last frame ([`delivered`]); if a post fails, the same
//! changes go again next time (applying a change twice is harmless).
//!
//! Receiving: frames are taken in the relay's order. Each is opened with the key of its epoch,
//! checked against the replay guard (per sender, each counter once; one the relay delivered late
//! is still taken, so reordering loses nothing), unpacked and applied in
//! one transaction. A frame that does not open, is replayed, or carries something the vault
//! refuses is skipped and counted, never applied, and never stops the frames after it.

use harbour_store::{
    Applied, Head, INCIDENT_LOG_ID, Incoming, LinkId, PartTaken, Store, StoreError, ToApply,
    Unshared, Written,
};
use harbour_sync::frame::{self, FrameKind};
use harbour_sync::pairing::Role;

use crate::ShareError;
use crate::content;
use crate::file_part;
use crate::have::{self, HaveSent, Taken};
use crate::link::Link;
use crate::vault::VaultAccess;

/// File parts sealed by one [`prepare`], at most (about 2 MB): a large file goes over several
/// sends, so it never holds the vault, memory or a stop for long.
pub const PARTS_PER_SEND: usize = 2;

/// A sealed frame ready to post, and what to record once the relay has stored it.
pub struct Outgoing {
    pub frame: Vec<u8>,
    sent: Sent,
    /// The link it goes through.
    link: LinkId,
}

/// What a frame's delivery moves on.
enum Sent {
    /// Nothing (a document's frame before its last).
    Nothing,
    /// A document's last frame: its heads, to mark sent.
    Document(String, Vec<Head>),
    /// A part of a file (its hash and number), to count as sent.
    FilePart([u8; 32], u32),
    /// This side's account of what it holds (see `have.rs`).
    Have(HaveSent),
}

impl Outgoing {
    /// Whether this frame carries part of a file (more may follow in the next send).
    pub fn is_file_part(&self) -> bool {
        matches!(self.sent, Sent::FilePart(..))
    }

    /// Whether this frame is this side's account of what it holds.
    pub fn is_have(&self) -> bool {
        matches!(self.sent, Sent::Have(_))
    }

    /// Whether this frame may still be posted: a part of a file only while the person still
    /// shows it (they may have taken it back since it was sealed).
    pub fn still_wanted(&self, store: &Store) -> Result<bool, ShareError> {
        match &self.sent {
            Sent::FilePart(sha, _) => Ok(store.file_still_shown(self.link, sha)?),
            _ => Ok(true),
        }
    }
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
    // The person's incident log and screenings, if shared, are views rebuilt from their
    // records. Never on the advocate's side: their copy is what the person sent, and their
    // case holds no records to rebuild it from.
    if link.role == Role::Client {
        store.refresh_shared_records()?;
    }
    let mut contents = Vec::new();
    for doc in store.shared_documents(link.id)? {
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
        store.mark_document_sending(link.id, &doc.id, &heads)?;
        let last = packed.len() - 1;
        for (i, c) in packed.into_iter().enumerate() {
            let sent = if i == last {
                Sent::Document(doc.id.clone(), heads.clone())
            } else {
                Sent::Nothing
            };
            contents.push((zeroize::Zeroizing::new(c), sent, 0));
        }
    }
    // Files go after the view that names them, and only from the person's side.
    if link.role == Role::Client {
        for part in store.file_parts_to_send(link.id, PARTS_PER_SEND)? {
            let packed = file_part::pack(&part)?;
            // The largest frame, the last part too: the relay cannot tell a file's size.
            contents.push((
                packed,
                Sent::FilePart(part.sha256, part.index),
                frame::SIZE_BUCKETS[frame::SIZE_BUCKETS.len() - 1],
            ));
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
        .map(|(i, (c, sent, at_least))| {
            let frame = frame::seal_signed_at_least(
                key,
                &link.device,
                FrameKind::Change,
                link.sender,
                first + i as u64,
                &c,
                at_least,
            )?;
            Ok(Outgoing {
                frame,
                sent,
                link: link.id,
            })
        })
        .collect()
}

/// Records that the relay stored `out` as its message `seq`.
pub fn delivered(store: &mut Store, out: &Outgoing, seq: u64) -> Result<(), ShareError> {
    match &out.sent {
        Sent::Nothing => {}
        Sent::Document(id, heads) => {
            match store.mark_document_delivered(out.link, id, heads, seq) {
                // Unshared meanwhile: nothing to record.
                Err(StoreError::NotFound) => {}
                other => other?,
            }
        }
        Sent::FilePart(sha, index) => store.mark_file_part_sent(out.link, sha, *index, seq)?,
        Sent::Have(sent) => have::delivered(store, out.link, sent)?,
    }
    Ok(())
}

/// This side's account of what it holds, sealed, when one is due (see `have.rs`): call it
/// once caught up with the mailbox and when [`prepare`] had nothing left to send, so it goes
/// after the changes it names.
pub fn have_due(store: &mut Store, link: &mut Link) -> Result<Option<Outgoing>, ShareError> {
    if link.revoked {
        return Ok(None);
    }
    Ok(have::due(store, link)?.map(|(frame, sent)| Outgoing {
        frame,
        sent: Sent::Have(sent),
        link: link.id,
    }))
}

/// What one received frame did.
#[derive(Clone, PartialEq, Eq)]
pub enum Received {
    /// Changes to this document were applied (or wait for ones they build on).
    Changed { document: String, applied: Applied },
    /// A part of a file the person shows was taken (the advocate's side).
    FilePart(PartTaken),
    /// This device's own frame, read back.
    Own,
    /// Already dealt with (at or before the cursor).
    Seen,
    /// The other side stopped sharing; this copy is marked as ended.
    Ended,
    /// The other side's account of what it holds (see `have.rs`).
    Have(Taken),
    /// Not applied, and why.
    Skipped(Skip),
}

// Document ids say what is being planned ("plan-section:escape-bag"): never in a log.
impl std::fmt::Debug for Received {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Received::Changed { applied, .. } => write!(f, "Changed({applied:?})"),
            Received::FilePart(taken) => write!(f, "FilePart({taken:?})"),
            Received::Own => f.write_str("Own"),
            Received::Seen => f.write_str("Seen"),
            Received::Ended => f.write_str("Ended"),
            Received::Have(taken) => write!(f, "Have({taken:?})"),
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
    let notice = frame::seal_signed(
        link.current_key()?,
        &link.device,
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
    vault: &impl VaultAccess,
    link: &mut Link,
    batch: &[crate::client::Stored],
) -> Result<Vec<Received>, ShareError> {
    let mut received = Vec::with_capacity(batch.len());
    for (seq, bytes) in batch {
        // The relay answers in order from the cursor; anything else would loop for ever.
        if *seq <= link.cursor {
            return Err(ShareError::Relay);
        }
        received.push(receive(vault, link, *seq, bytes)?.received);
    }
    Ok(received)
}

/// What receiving one message did.
#[derive(Debug)]
pub struct Receipt {
    pub received: Received,
    /// The store's count of document saves just before and just after what arrived was
    /// written (`None`: nothing was), so a live session can tell its own edits from it.
    pub saves: Option<(u64, u64)>,
}

/// Deals with the message the relay stored as `seq`, and moves the cursor past it.
///
/// The vault is reached only for quick steps: changes to a document are merged between them,
/// without it (see `harbour_store::applying`), so a hide never waits for a merge. Hidden
/// meanwhile, this fails with [`ShareError::Closed`], nothing of the message is written and
/// the cursor stays before it: it is read again next time.
pub fn receive(
    vault: &impl VaultAccess,
    link: &mut Link,
    seq: u64,
    bytes: &[u8],
) -> Result<Receipt, ShareError> {
    if seq <= link.cursor {
        return Ok(Receipt {
            received: Received::Seen,
            saves: None,
        });
    }
    let guard = link.guard.clone();
    let done = match open(link, bytes) {
        Opened::Done(received) => record(vault, link, seq, |_, _| Ok(received)),
        Opened::Frame(opened) => record(vault, link, seq, |store, link| {
            take(store, link, seq, &opened)
        }),
        Opened::Changes(opened) => apply(vault, link, seq, &opened),
    };
    // Not dealt with (the vault could not be written, or was closed): the frame must come
    // again, and its counter be accepted then.
    if done.is_err() {
        link.guard = guard;
    }
    done
}

/// A frame opened (or turned away) without the store.
enum Opened {
    /// Nothing to take in: only the cursor moves past it.
    Done(Received),
    /// Changes to a shared document.
    Changes(frame::Frame),
    /// Something else the store takes in: a part of a file, an account.
    Frame(frame::Frame),
}

fn open(link: &mut Link, bytes: &[u8]) -> Opened {
    // Signed by the paired device, or by this one (its own frames come back in reads): a frame
    // sealed with the case key by anyone else does not open.
    let opened = match frame::open_signed(|epoch| link.key_for(epoch), &link.devices(), bytes) {
        Ok(f) => f,
        Err(_) => return Opened::Done(Received::Skipped(Skip::DoesNotOpen)),
    };
    if opened.signer != Some(link.peer_device) {
        return Opened::Done(Received::Own);
    }
    // Before the replay guard: presence counters are the sender's clock, and one planted in
    // the mailbox must not move the guard past every real change's counter. Presence is passed
    // on, never stored, so one in the mailbox is not genuine; key rotation comes with a second
    // device.
    if matches!(opened.kind, FrameKind::Presence | FrameKind::KeyRotation) {
        return Opened::Done(Received::Skipped(Skip::Refused));
    }
    if link.guard.accept(&opened).is_err() {
        return Opened::Done(Received::Skipped(Skip::Replayed));
    }
    match opened.kind {
        // A part of a file travels as a change frame, told apart only once opened. Files only
        // ever go from the person to the advocate.
        FrameKind::Change if file_part::is_file_part(&opened.content) => {
            if link.role == Role::Client {
                Opened::Done(Received::Skipped(Skip::Refused))
            } else {
                Opened::Frame(opened)
            }
        }
        FrameKind::Change => Opened::Changes(opened),
        FrameKind::Ended => {
            link.revoked = true;
            Opened::Done(Received::Ended)
        }
        FrameKind::Have => Opened::Frame(opened),
        FrameKind::Presence | FrameKind::KeyRotation => {
            Opened::Done(Received::Skipped(Skip::Refused))
        }
    }
}

/// Runs `take` with the store, then moves the cursor past `seq`, in one hold of the vault.
fn record(
    vault: &impl VaultAccess,
    link: &mut Link,
    seq: u64,
    take: impl FnOnce(&mut Store, &mut Link) -> Result<Received, ShareError>,
) -> Result<Receipt, ShareError> {
    vault.with_store(|store| {
        let before = store.document_saves();
        let received = take(store, link)?;
        link.cursor = seq;
        link.save(store)?;
        Ok(Receipt {
            received,
            saves: Some((before, store.document_saves())),
        })
    })
}

/// A part of a file, or an account of what the other side holds.
fn take(
    store: &mut Store,
    link: &mut Link,
    seq: u64,
    opened: &frame::Frame,
) -> Result<Received, ShareError> {
    if opened.kind == FrameKind::Have {
        return match have::take(store, link, seq, &opened.content) {
            Ok(taken) => Ok(Received::Have(taken)),
            Err(ShareError::Unreadable) => Ok(Received::Skipped(Skip::Refused)),
            Err(e) => Err(e),
        };
    }
    let Ok(part) = file_part::unpack(&opened.content) else {
        return Ok(Received::Skipped(Skip::Refused));
    };
    match store.receive_file_part(&part) {
        Ok(taken) => Ok(Received::FilePart(taken)),
        Err(StoreError::Invalid(_)) => Ok(Received::Skipped(Skip::Refused)),
        Err(e) => Err(e.into()),
    }
}

/// Merges without the vault that may each be handed back because the document moved on, before
/// the person's edits are brought into the last one with the vault held (quick: they are their
/// own few), so the person saving the same document all the while cannot keep the other side's
/// changes out.
const MERGES_OUTSIDE: usize = 3;

/// Changes to a shared document: read, merged without the vault, written (see `receive`).
fn apply(
    vault: &impl VaultAccess,
    link: &mut Link,
    seq: u64,
    opened: &frame::Frame,
) -> Result<Receipt, ShareError> {
    let Ok((id, changes)) = content::unpack(&opened.content) else {
        return refused(vault, link, seq);
    };
    let unshared = match link.role {
        Role::Client => Unshared::Refuse,
        Role::Advocate => Unshared::Adopt,
    };
    let mut incoming = match Incoming::parse(link.id, id, &changes, unshared) {
        Ok(incoming) => incoming,
        Err(StoreError::Invalid(_)) => return refused(vault, link, seq),
        Err(e) => return Err(e.into()),
    };
    let changed = |applied| Received::Changed {
        document: id.to_owned(),
        applied,
    };
    let role = link.role;
    for round in 0..=MERGES_OUTSIDE {
        let last = round == MERGES_OUTSIDE;
        let read = vault.with_store(|store| Ok(store.read_for_apply(incoming)))?;
        let merged = match read.and_then(ToApply::merge) {
            Ok(merged) => merged,
            Err(StoreError::Invalid(_)) => return refused(vault, link, seq),
            Err(e) => return Err(e.into()),
        };
        let mut moved = None;
        let done = record(vault, link, seq, |store, _| {
            let written = if last {
                store.write_merged_bringing_in_edits(merged)
            } else {
                store.write_merged(merged)
            };
            match written {
                Ok(Written::Applied(applied)) => {
                    after_applied(store, role, id)?;
                    Ok(changed(applied))
                }
                Ok(Written::Moved(back)) => {
                    moved = Some(back);
                    Err(ShareError::Busy)
                }
                Err(StoreError::Invalid(_)) => Ok(Received::Skipped(Skip::Refused)),
                Err(e) => Err(e.into()),
            }
        });
        match moved.take() {
            Some(back) => incoming = back,
            None => return done,
        }
    }
    // Something besides the document kept changing under each merge (what was sent or what
    // waits, or the document was rebuilt): this time with the vault held throughout (a merge is
    // bounded: about half a second at the most).
    record(vault, link, seq, |store, _| {
        match store.apply_incoming(incoming) {
            Ok(applied) => {
                after_applied(store, role, id)?;
                Ok(changed(applied))
            }
            Err(StoreError::Invalid(_)) => Ok(Received::Skipped(Skip::Refused)),
            Err(e) => Err(e.into()),
        }
    })
}

/// Refused: only the cursor moves past it.
fn refused(vault: &impl VaultAccess, link: &mut Link, seq: u64) -> Result<Receipt, ShareError> {
    record(vault, link, seq, |_, _| {
        Ok(Received::Skipped(Skip::Refused))
    })
}

/// A file the person took back leaves the advocate's copy with the view that no longer names
/// it.
fn after_applied(store: &mut Store, role: Role, id: &str) -> Result<(), ShareError> {
    if role == Role::Advocate && id == INCIDENT_LOG_ID {
        store.forget_unlisted_files()?;
    }
    Ok(())
}

/// Whether the other person is in a live session, and what they are looking at (the id of a
/// shared document). Passed on by the relay, never stored.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Presence {
    pub here: bool,
    pub viewing: Option<String>,
}

impl std::fmt::Debug for Presence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // What someone is looking at says what is being planned: never in a log.
        f.debug_struct("Presence")
            .field("here", &self.here)
            .field("viewing", &self.viewing.is_some())
            .finish()
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct PresenceContent {
    here: bool,
    viewing: Option<String>,
}

/// A presence note older than this (by the sender's clock) is ignored: it also bounds how long
/// the relay could replay one to make someone look present.
const PRESENCE_FRESH_MS: u64 = 2 * 60 * 1000;
/// A document id longer than this is not one (ids are uuids or short names).
const MAX_VIEWING: usize = 200;

/// The time as presence counters use it: milliseconds since 1970.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// Seals a presence note. Its counter is the time in milliseconds (strictly increasing from
/// `last`), not the link's counter: presence is not stored, so it must not move the replay
/// guard that stored changes are checked against, and it needs no saving.
pub fn seal_presence(
    link: &Link,
    presence: &Presence,
    last: &mut u64,
) -> Result<Vec<u8>, ShareError> {
    let counter = now_ms().max(*last + 1);
    *last = counter;
    let viewing = presence
        .viewing
        .clone()
        .filter(|v| v.len() <= MAX_VIEWING && presence.here);
    let content = serde_json::to_vec(&PresenceContent {
        here: presence.here,
        viewing,
    })
    .map_err(|_| ShareError::Unreadable)?;
    Ok(frame::seal_signed(
        link.current_key()?,
        &link.device,
        FrameKind::Presence,
        link.sender,
        counter,
        &content,
    )?)
}

/// What has been accepted as presence from each sender in this live session.
#[derive(Default)]
pub struct PresenceGuard(std::collections::HashMap<[u8; 16], u64>);

/// Opens a presence note passed on by the relay: `None` unless it opens with the case key,
/// comes from the other side, is fresh and newer than the last one from its sender.
pub fn open_presence(link: &Link, guard: &mut PresenceGuard, bytes: &[u8]) -> Option<Presence> {
    let opened =
        frame::open_signed(|epoch| link.key_for(epoch), &[link.peer_device], bytes).ok()?;
    if opened.kind != FrameKind::Presence {
        return None;
    }
    if now_ms().abs_diff(opened.counter) > PRESENCE_FRESH_MS {
        return None;
    }
    let last = guard.0.entry(opened.sender).or_insert(0);
    if opened.counter <= *last {
        return None;
    }
    *last = opened.counter;
    let content: PresenceContent = serde_json::from_slice(&opened.content).ok()?;
    Some(Presence {
        here: content.here,
        viewing: content
            .viewing
            .filter(|v| content.here && v.len() <= MAX_VIEWING),
    })
}
