//! Noticing what went missing on the way, and having it sent again.
//!
//! A document's changes are marked as sent once the relay has stored them. If the relay then
//! loses the message (or deletes it, or lets it expire before the other side reads it), the
//! other side's copy stays short and nobody knows. So each side now and then posts a **have**
//! frame: the heads it holds of each shared document and the relay's number of the last message
//! it has read. The other side compares (`harbour_store::their_copy`):
//!
//! - changes it delivered that the account does not cover go again with its next send;
//! - heads it does not hold mean changes from the sender never arrived: it asks, with a have of
//!   its own marked *asking*, which the other side answers (with the changes, then a have).
//!
//! The advocate's side also lists the files the person's view names that are not whole there,
//! each with its first part missing: a file whose later parts the relay stored and the advocate
//! has read past lost one on the way, and goes again from there.
//!
//! A have goes when this side's heads (or files still short) changed since the last one, when it is asking (changes
//! wait for ones that never came, or the other side named heads not here), when the other side
//! asked, and at least once a day. After two rounds that did not help, [`stuck`] says so, and
//! the app tells the person in plain words.
//!
//! ```text
//! format (1) u8 | flags u8 (1: asking, 2: lists every shared document, 4: files follow, 8: the
//! sender reads file lists) |
//! read to u64 BE | document count u32 BE | per document: id length u16 BE, id (UTF-8), head
//! count u8, heads | with flag 4: file count u32 BE | per file: SHA-256, first part missing u32 BE
//! ```

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use harbour_store::{Head, Holds, LinkId, Resend, Store};
use harbour_sync::frame::{self, FrameKind, MAX_CONTENT};
use harbour_sync::pairing::Role;

use crate::ShareError;
use crate::link::Link;

const FORMAT: u8 = 1;
const ASKING: u8 = 1;
const COMPLETE: u8 = 2;
const FILES: u8 = 4;
/// The sender's app reads file lists (flag 4): set in every account, so the advocate's app lists
/// files only to a person's app that will not refuse the whole account for it.
const READS_FILES: u8 = 8;
/// Files an account may list, at most (each costs a lookup).
const MAX_FILES: usize = 1_000;
/// Heads listed per document, at most: listing fewer only makes the other side send more.
const MAX_HEADS: usize = 16;
const MAX_ID: usize = 200;
/// Where the engine keeps how catching up is going (opaque to the store).
const STATE_KEY: &str = "sync_health";
/// A have goes at least this often (seconds) while sharing is in use, even with nothing new.
const AT_LEAST_EVERY: i64 = 24 * 60 * 60;
/// Rounds of asking, or of sending again what the other side lacks, before the person is told.
const ROUNDS_BEFORE_TELLING: u32 = 2;
/// Rounds done at once, one after another, before each next one waits (`pause_after`): what
/// cannot be mended (a change too large for any frame, one the other side refuses) must not
/// keep both sides posting accounts and sending things again for ever.
const ROUNDS_AT_ONCE: u32 = 3;
/// The first wait (seconds), doubling each round, and the longest.
const FIRST_PAUSE: i64 = 10 * 60;
const LONGEST_PAUSE: i64 = 24 * 60 * 60;
/// Documents an account may list, at most (each costs a lookup; a document listed twice makes
/// the whole account refused).
const MAX_LISTED: usize = 10_000;

/// How long after `rounds` rounds the next may start (seconds).
fn pause_after(rounds: u32) -> i64 {
    match rounds.checked_sub(ROUNDS_AT_ONCE) {
        None => 0,
        Some(extra) => FIRST_PAUSE
            .saturating_mul(1_i64 << extra.min(20))
            .min(LONGEST_PAUSE),
    }
}

/// Whether a round that last started at `at` (seconds), after `rounds` rounds, may start now. A
/// clock put back never holds one up.
fn may_start(rounds: u32, at: i64, now: i64) -> bool {
    now < at || now - at >= pause_after(rounds)
}

/// One side's account of what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Have {
    pub asking: bool,
    pub read_to: u64,
    /// Every document shared on the sending side is listed (none was left out for room).
    pub complete: bool,
    pub documents: Vec<(String, Vec<Head>)>,
    /// Files the person's view names that are not whole on the advocate's side, each with its
    /// first part missing.
    pub files: Vec<([u8; 32], u32)>,
    /// The sender's app reads file lists.
    pub reads_files: bool,
}

fn pack(have: &Have) -> Vec<u8> {
    let mut out = vec![FORMAT, 0];
    out.extend_from_slice(&have.read_to.to_be_bytes());
    out.extend_from_slice(&0u32.to_be_bytes());
    let mut count = 0u32;
    let mut complete = have.complete;
    for (id, heads) in &have.documents {
        let heads = &heads[..heads.len().min(MAX_HEADS)];
        let needed = 2 + id.len() + 1 + heads.len() * 32;
        if id.is_empty() || id.len() > MAX_ID || out.len() + needed > MAX_CONTENT {
            complete = false;
            continue;
        }
        out.extend_from_slice(&(id.len() as u16).to_be_bytes());
        out.extend_from_slice(id.as_bytes());
        out.push(heads.len() as u8);
        for head in heads {
            out.extend_from_slice(head);
        }
        count += 1;
    }
    out[10..14].copy_from_slice(&count.to_be_bytes());
    let files = &have.files[..have.files.len().min(MAX_FILES)];
    let with_files = !files.is_empty() && out.len() + 4 + files.len() * 36 <= MAX_CONTENT;
    if with_files {
        out.extend_from_slice(&(files.len() as u32).to_be_bytes());
        for (sha, first_missing) in files {
            out.extend_from_slice(sha);
            out.extend_from_slice(&first_missing.to_be_bytes());
        }
    }
    out[1] = if have.asking { ASKING } else { 0 }
        | if complete { COMPLETE } else { 0 }
        | if with_files { FILES } else { 0 }
        | if have.reads_files { READS_FILES } else { 0 };
    out
}

fn unpack(content: &[u8]) -> Result<Have, ShareError> {
    let bad = || ShareError::Unreadable;
    let (head, mut rest) = content.split_at_checked(14).ok_or_else(bad)?;
    if head[0] != FORMAT || head[1] & !(ASKING | COMPLETE | FILES | READS_FILES) != 0 {
        return Err(bad());
    }
    let read_to = u64::from_be_bytes(head[2..10].try_into().map_err(|_| bad())?);
    let count = u32::from_be_bytes(head[10..14].try_into().map_err(|_| bad())?);
    let mut documents = Vec::new();
    for _ in 0..count {
        let (len, after) = rest.split_at_checked(2).ok_or_else(bad)?;
        let len = usize::from(u16::from_be_bytes([len[0], len[1]]));
        if len == 0 || len > MAX_ID {
            return Err(bad());
        }
        let (id, after) = after.split_at_checked(len).ok_or_else(bad)?;
        let id = std::str::from_utf8(id).map_err(|_| bad())?;
        let (&n, after) = after.split_first().ok_or_else(bad)?;
        let n = usize::from(n);
        if n > MAX_HEADS {
            return Err(bad());
        }
        let (heads, after) = after.split_at_checked(n * 32).ok_or_else(bad)?;
        let heads = heads
            .chunks_exact(32)
            .map(|c| c.try_into().map_err(|_| bad()))
            .collect::<Result<Vec<Head>, ShareError>>()?;
        documents.push((id.to_owned(), heads));
        rest = after;
    }
    let mut files = Vec::new();
    if head[1] & FILES != 0 {
        let (count, after) = rest.split_at_checked(4).ok_or_else(bad)?;
        let count = u32::from_be_bytes(count.try_into().map_err(|_| bad())?) as usize;
        if count > MAX_FILES {
            return Err(bad());
        }
        rest = after;
        for _ in 0..count {
            let (sha, after) = rest.split_at_checked(32).ok_or_else(bad)?;
            let (first, after) = after.split_at_checked(4).ok_or_else(bad)?;
            files.push((
                sha.try_into().map_err(|_| bad())?,
                u32::from_be_bytes(first.try_into().map_err(|_| bad())?),
            ));
            rest = after;
        }
    }
    if !rest.is_empty() {
        return Err(bad());
    }
    Ok(Have {
        asking: head[1] & ASKING != 0,
        read_to,
        complete: head[1] & COMPLETE != 0,
        documents,
        files,
        reads_files: head[1] & READS_FILES != 0,
    })
}

/// How catching up with the other side is going, kept in the vault.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Health {
    /// Ask at the next chance: changes wait for ones that never came, or the other side named
    /// heads that are not here.
    ask: bool,
    /// The other side asked: send a have at the next chance.
    reply: bool,
    /// Asking haves sent since the other side's account last held nothing missing here, and
    /// when the last went (seconds since 1970).
    asked: u32,
    #[serde(default)]
    asked_at: i64,
    /// Times changes already delivered went again since the other side's account last held
    /// them all, and when the last time was.
    resent: u32,
    #[serde(default)]
    resent_at: i64,
    /// The other side's last account showed something delivered missing there.
    #[serde(default)]
    there_short: bool,
    /// The other side's app reads file lists in accounts (see [`READS_FILES`]).
    #[serde(default)]
    peer_reads_files: bool,
    /// A digest of what the last have sent listed, and when it went (seconds since 1970).
    last: String,
    last_at: i64,
}

fn load(store: &Store, link: LinkId) -> Result<Health, ShareError> {
    Ok(store
        .share_state(link, STATE_KEY)?
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default())
}

fn save(store: &mut Store, link: LinkId, health: &Health) -> Result<(), ShareError> {
    let bytes = serde_json::to_vec(health).map_err(|_| ShareError::Damaged)?;
    store.set_share_state(link, STATE_KEY, &bytes)?;
    Ok(())
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn digest(documents: &[(String, Vec<Head>)], files: &[([u8; 32], u32)]) -> String {
    let mut hash = Sha256::new();
    hash.update((files.len() as u64).to_be_bytes());
    for (sha, first_missing) in files {
        hash.update(sha);
        hash.update(first_missing.to_be_bytes());
    }
    for (id, heads) in documents {
        let mut heads = heads.clone();
        heads.sort_unstable();
        hash.update((id.len() as u64).to_be_bytes());
        hash.update(id.as_bytes());
        hash.update((heads.len() as u64).to_be_bytes());
        for head in &heads {
            hash.update(head);
        }
    }
    hex::encode(hash.finalize())
}

/// Whether sharing is stuck: what the other side sent has not arrived after asking twice
/// (`here`), or the other side still lacks what this side sent after sending it twice
/// (`there`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stuck {
    pub here: bool,
    pub there: bool,
}

/// How sharing through `link` stands, as far as catching up goes (see [`Stuck`]).
pub fn stuck(store: &Store, link: LinkId) -> Result<Stuck, ShareError> {
    let health = load(store, link)?;
    Ok(Stuck {
        here: health.asked >= ROUNDS_BEFORE_TELLING,
        there: health.resent >= ROUNDS_BEFORE_TELLING && health.there_short,
    })
}

/// The person pressed "Send and receive now": a round still owed starts now, whatever the
/// pause (the pause is for rounds that start by themselves). When something is still missing
/// on either side, this side asks for the other's account, so what it lacks can go again.
pub fn pressed(store: &mut Store, link: LinkId) -> Result<(), ShareError> {
    let mut health = load(store, link)?;
    if health.asked == 0 && health.resent == 0 && !health.ask {
        return Ok(());
    }
    health.asked_at = 0;
    health.resent_at = 0;
    health.ask = true;
    save(store, link, &health)
}

/// What a sent have moves on once the relay has stored it.
pub(crate) struct HaveSent {
    digest: String,
    asking: bool,
}

/// A have, sealed, if one is due (see the module documentation). Call it once caught up with
/// the mailbox and with nothing of this side's left to send, so it goes after the changes.
pub(crate) fn due(
    store: &mut Store,
    link: &mut Link,
) -> Result<Option<(Vec<u8>, HaveSent)>, ShareError> {
    let mut health = load(store, link.id)?;
    // Asked once for what waits; asked again only when the other side's next account comes
    // (see `take`), so a side that never answers is not asked at every look.
    if health.asked == 0 && store.waiting_changes(link.id)? > 0 {
        health.ask = true;
    }
    let documents = store.shared_heads(link.id)?;
    // Files go only from the person to the advocate: only the advocate's side lacks any, and
    // lists them to a person's app that reads the list.
    let files = match link.role {
        Role::Advocate if health.peer_reads_files => store.files_short(MAX_FILES)?,
        _ => Vec::new(),
    };
    let digest = digest(&documents, &files);
    let now = now();
    let since = now.saturating_sub(health.last_at);
    let asking = health.ask && may_start(health.asked, health.asked_at, now);
    // A clock put back makes it due too.
    let stale = !(0..AT_LEAST_EVERY).contains(&since);
    if !asking && !health.reply && digest == health.last && !stale {
        return Ok(None);
    }
    let content = pack(&Have {
        asking,
        read_to: link.cursor,
        complete: true,
        documents,
        files,
        reads_files: true,
    });
    let counter = link.next_counter;
    link.next_counter += 1;
    link.save(store)?;
    let frame = frame::seal_signed(
        link.current_key()?,
        &link.device,
        FrameKind::Have,
        link.sender,
        counter,
        &content,
    )?;
    Ok(Some((frame, HaveSent { digest, asking })))
}

/// Records that the relay stored a have.
pub(crate) fn delivered(
    store: &mut Store,
    link: LinkId,
    sent: &HaveSent,
) -> Result<(), ShareError> {
    let mut health = load(store, link)?;
    health.last.clone_from(&sent.digest);
    health.last_at = now();
    health.reply = false;
    if sent.asking {
        health.ask = false;
        health.asked = health.asked.saturating_add(1);
        health.asked_at = health.last_at;
    }
    save(store, link, &health)
}

/// What the other side's have did here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Taken {
    /// Changes already sent go again (the next send carries them).
    pub sending_again: bool,
    /// The other side asked: an account of this side's goes back at the next chance.
    pub asked: bool,
}

/// Compares the other side's account (the relay's message `seq`) with this vault: what it lacks
/// goes again with the next send, what this side lacks is asked for. `Err(Unreadable)` if it is
/// not a have, lists a document twice or lists more than any vault shares.
pub(crate) fn take(
    store: &mut Store,
    link: &Link,
    seq: u64,
    content: &[u8],
) -> Result<Taken, ShareError> {
    let have = unpack(content)?;
    if have.documents.len() > MAX_LISTED {
        return Err(ShareError::Unreadable);
    }
    let mut listed: HashSet<&str> = HashSet::with_capacity(have.documents.len());
    if !have.documents.iter().all(|(id, _)| listed.insert(id)) {
        return Err(ShareError::Unreadable);
    }
    // An account cannot have read past the message it came in.
    let read_to = have.read_to.min(seq.saturating_sub(1));
    let mut entries: Vec<(&str, &[Head])> = have
        .documents
        .iter()
        .map(|(id, heads)| (id.as_str(), heads.as_slice()))
        .collect();
    let named = entries.len();
    // What the person shares and the advocate's account does not name at all never arrived
    // there, not even its first change.
    let shared = store.shared_documents(link.id)?;
    if link.role == Role::Client && have.complete {
        for doc in &shared {
            if !listed.contains(doc.id.as_str()) {
                entries.push((doc.id.as_str(), &[]));
            }
        }
    }
    let mut health = load(store, link.id)?;
    let now = now();
    let resend = if may_start(health.resent, health.resent_at, now) {
        Resend::Allowed
    } else {
        Resend::Held
    };
    let copies = store.compare_with_their_copy(link.id, &entries, read_to, resend)?;
    // Files the advocate's copy lacks a part of (never listed by the person's side).
    let files = if link.role == Role::Client {
        store.compare_files_with_their_copy(link.id, &have.files, read_to, resend)?
    } else {
        Vec::new()
    };
    let (mut we_lack, mut lacks, mut unknown) = (false, false, false);
    for (i, copy) in copies.iter().enumerate() {
        match copy {
            Some(copy) => {
                we_lack |= copy.we_lack;
                match copy.they_hold {
                    Holds::Covered => {}
                    Holds::Lacks => lacks = true,
                    Holds::NotYetKnown => unknown = true,
                }
            }
            // The advocate's copy holds everything the person shares: one named and not here
            // never arrived. (The person may have stopped sharing what the advocate names.)
            None if i < named => we_lack |= link.role == Role::Advocate,
            None => {}
        }
    }
    for holds in files {
        match holds {
            Holds::Covered => {}
            Holds::Lacks => lacks = true,
            Holds::NotYetKnown => unknown = true,
        }
    }
    // What the person no longer shares will never send what its waiting changes build on.
    if link.role == Role::Advocate && have.complete {
        let listed: Vec<&str> = listed.iter().copied().collect();
        store.drop_waiting_except(link.id, &listed)?;
    }
    // An answer: still missing something means asking again (one more round, when its time
    // comes), nothing missing means every earlier round is over.
    if we_lack || store.waiting_changes(link.id)? > 0 {
        health.ask = true;
    } else {
        health.ask = false;
        health.asked = 0;
    }
    let sending_again = lacks && resend == Resend::Allowed;
    if sending_again {
        health.resent = health.resent.saturating_add(1);
        health.resent_at = now;
    } else if !lacks && !unknown && may_start(ROUNDS_AT_ONCE, health.resent_at, now) {
        // Rounds are forgotten only a first pause after the last: an account saying nothing
        // is missing between two saying much is (a hostile other side alternating them) must
        // not let whole files go again with no pause.
        health.resent = 0;
    }
    if lacks {
        health.there_short = true;
    } else if !unknown {
        health.there_short = false;
    }
    health.peer_reads_files = have.reads_files;
    if have.asking {
        health.reply = true;
    }
    save(store, link.id, &health)?;
    Ok(Taken {
        sending_again,
        asked: have.asking,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_have_reads_back_as_written_and_nothing_else_is_taken() {
        let have = Have {
            asking: true,
            read_to: 42,
            complete: true,
            documents: vec![
                ("plan".into(), vec![[1; 32], [2; 32]]),
                ("contact-x".into(), vec![]),
            ],
            files: vec![([9; 32], 3), ([8; 32], 0)],
            reads_files: true,
        };
        let packed = pack(&have);
        assert_eq!(unpack(&packed).unwrap(), have);
        // Cut short anywhere, or with anything after, it is refused.
        for cut in 0..packed.len() {
            assert!(unpack(&packed[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = packed.clone();
        longer.push(0);
        assert!(unpack(&longer).is_err());
        let mut flags = packed.clone();
        flags[1] = 0x80;
        assert!(unpack(&flags).is_err());
        // Without files, no file section (an app from before reads it as it always did).
        let plain = Have {
            files: Vec::new(),
            ..have
        };
        let packed = pack(&plain);
        assert_eq!(packed[1] & FILES, 0);
        assert_ne!(packed[1] & READS_FILES, 0);
        assert_eq!(unpack(&packed).unwrap(), plain);
    }

    #[test]
    fn too_many_heads_are_cut_and_too_many_documents_make_it_incomplete() {
        let heads: Vec<Head> = (0..40u8).map(|i| [i; 32]).collect();
        let have = Have {
            asking: false,
            read_to: 1,
            complete: true,
            documents: vec![("plan".into(), heads)],
            files: Vec::new(),
            reads_files: false,
        };
        let back = unpack(&pack(&have)).unwrap();
        assert_eq!(back.documents[0].1.len(), MAX_HEADS);
        assert!(back.complete);

        let many: Vec<(String, Vec<Head>)> = (0..3000)
            .map(|i| (format!("{i:0>150}"), vec![[7; 32]; MAX_HEADS]))
            .collect();
        let back = unpack(&pack(&Have {
            asking: false,
            read_to: 1,
            complete: true,
            documents: many,
            files: Vec::new(),
            reads_files: false,
        }))
        .unwrap();
        assert!(!back.complete, "a have that leaves documents out says so");
        assert!(back.documents.len() < 3000);
    }
}
