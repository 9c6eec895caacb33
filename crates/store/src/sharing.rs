//! Sharing documents with the other side of a case (a person and their advocate).
//!
//! The store keeps what sharing needs to be exact and to survive a restart; the sync engine
//! (`harbour-share`) decides what to send and seals it:
//!
//! - **Which documents are shared** and, for each, the heads it had when its changes were last
//!   sent. The next send is every change those heads do not cover, so nothing is sent twice in
//!   the ordinary case and nothing is lost if a send fails (the heads are only moved on after
//!   the relay accepted the frame).
//! - **Changes that arrived early.** A change can only be applied once every change it builds on
//!   is here. One that arrives first (a partition, a lost frame resent later) waits in
//!   `pending_changes`, inside the encrypted vault, and is applied as soon as what it needs
//!   arrives. (Automerge also saves such changes with a document it already has; the table is
//!   what keeps them for a document whose first change has not arrived yet.) Changes are applied whole or not at all, in one transaction with the derived rows.
//! - **The link's own state** (`share_state`): keys, counters, cursors, opaque to the store.
//!
//! A person may share with several people (their advocate, the officer in the case, a
//! solicitor), each through a link of their own ([`LinkId`]): what is shared, what was sent,
//! what each holds, the changes waiting and the link's state are all kept per link, so each
//! person gets only what was chosen for them and stopping one leaves the others as they are. A
//! document shared with two people is one document: what one of them changes reaches the other
//! with the next send, as the person's own changes do. An advocate's copy of a case has one
//! link.
//!
//! Applying changes never trusts the other side about what a document is: a change that would
//! make a document claim another id, kind or a newer schema is refused and nothing is written.

use std::collections::{HashMap, HashSet};

use automerge::{ActorId, AutoCommit, Change, ChangeHash};
use harbour_reason::reason;
use rusqlite::{Connection, OptionalExtension};
use zeroize::Zeroizing;

use crate::documents::{Doc, DocumentKind, header};
use crate::{Store, StoreError};

/// A change hash: what a document's heads are made of.
pub type Head = [u8; 32];

/// One link: the pairing with one other person (their mailbox and keys), numbered from 1 in
/// the order they were made and never reused in a vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LinkId(pub u32);

impl LinkId {
    /// The only link of a vault from before there could be several, and of an advocate's case.
    pub const FIRST: LinkId = LinkId(1);
}

impl rusqlite::ToSql for LinkId {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(rusqlite::types::ToSqlOutput::from(i64::from(self.0)))
    }
}

/// The most changes one call may apply, and their total size: far more than one frame holds.
const MAX_CHANGES: usize = 100_000;
const MAX_CHANGE_BYTES: usize = 16 * 1024 * 1024;
/// How many early changes may wait for one document, and their total size, before more are
/// refused (they are read back at every apply to the document).
const MAX_PENDING: i64 = 10_000;
const MAX_PENDING_BYTES: usize = 16 * 1024 * 1024;

/// The chunk type byte of an automerge change as this app sends it: plain (uncompressed), at
/// offset 8 after the magic bytes and the checksum. A compressed change (type 2), a bundle (3)
/// or a whole document (0) would be inflated by automerge's parser without any limit (a change
/// of a few kilobytes can inflate to gigabytes, and a release build aborts when memory runs
/// out), so only this type is parsed at all.
const PLAIN_CHANGE: u8 = 1;
const CHUNK_MAGIC: [u8; 4] = [0x85, 0x6f, 0x4a, 0x83];

/// The most operations one change from the other side may claim, and one call's changes in
/// all, those waiting from before included (see `change_ops`): a quarter of a million is that
/// many letters typed or deleted at once; applying them takes about two seconds and 100 MB.
const MAX_OPS_PER_CHANGE: u64 = 250_000;
const MAX_OPS_PER_APPLY: u64 = 500_000;
/// The most operations a shared document may hold: applying a change takes longer the more the
/// document holds (about 0.3 s a million), with the vault held. Compaction makes a document
/// shared again one change of what it is now, far below this.
const MAX_DOCUMENT_OPS: u64 = 2_000_000;
/// The most a shared document may take saved: far beyond a plan or a contact, and small enough
/// that the other side cannot fill the person's disk through one.
const MAX_DOCUMENT_BYTES: usize = 32 * 1024 * 1024;

/// A change from the other side, parsed only if it is a plain change chunk claiming at most
/// `ops_left` operations; takes what it claims from `ops_left`.
fn parse_change(bytes: &[u8], ops_left: &mut u64) -> Result<Change, StoreError> {
    if bytes.len() < 9 || bytes[..4] != CHUNK_MAGIC || bytes[8] != PLAIN_CHANGE {
        return Err(refused());
    }
    let most = MAX_OPS_PER_CHANGE.min(*ops_left);
    match crate::change_ops::claimed_ops(bytes, most) {
        Some(ops) if ops <= most => *ops_left -= ops,
        Some(_) => return Err(StoreError::invalid(reason("sharing-change-too-large"))),
        None => return Err(refused()),
    }
    Change::try_from(bytes).map_err(|_| refused())
}

/// Which of `changes` can be applied to `am` now (the rest wait for changes not here yet);
/// the whole call is refused if any of them would be unsafe to apply.
///
/// automerge panics (a release build aborts: the app would close under the person) on a change
/// applied when its author's previous change is not in the document, on one naming another
/// author it does not know, and on one with an author footer after the first; and it applies a
/// batch in an order of its own. An honest change builds, at least through others, on its
/// author's previous change and on the changes of every author it names, so that is what is
/// required here: whatever order automerge then takes, each change finds them applied. Worked
/// out in dependency order from what `am` holds, each change carrying the highest number of
/// each author among the changes it builds on. No extra bytes either (honest changes have
/// none). The operations the document would then hold are capped too: a document of millions
/// of operations makes every later change slow to apply, with the vault held.
fn applicable(am: &mut AutoCommit, changes: &[Change]) -> Result<Vec<Change>, StoreError> {
    let mut in_document: HashMap<ActorId, u64> = HashMap::new();
    let mut ops: u64 = 0;
    for meta in am.get_changes_meta(&[]) {
        ops = ops.saturating_add((meta.max_op + 1).saturating_sub(meta.start_op));
        let last = in_document.entry(meta.actor.into_owned()).or_default();
        *last = (*last).max(meta.seq);
    }
    let mut held: HashSet<ChangeHash> = HashSet::new();
    let mut fresh: Vec<&Change> = Vec::new();
    let mut seen = HashSet::new();
    for change in changes {
        let hash = change.hash();
        if am.get_change_meta_by_hash(&hash).is_some() {
            held.insert(hash);
        } else if seen.insert(hash) {
            if change.author().is_some() || !change.extra_bytes().is_empty() {
                return Err(refused());
            }
            fresh.push(change);
        }
    }
    let position: HashMap<ChangeHash, usize> = fresh
        .iter()
        .enumerate()
        .map(|(n, c)| (c.hash(), n))
        .collect();
    // For each new change, how many of its dependencies are still to come, and who waits on it.
    let mut missing = vec![0usize; fresh.len()];
    let mut waiting_on: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut ready = std::collections::VecDeque::new();
    for (n, change) in fresh.iter().enumerate() {
        for dep in change.deps() {
            if held.contains(dep) {
                continue;
            }
            if let Some(&before) = position.get(dep) {
                missing[n] = missing[n].saturating_add(1);
                waiting_on.entry(before).or_default().push(n);
            } else if am.get_change_meta_by_hash(dep).is_some() {
                held.insert(*dep);
            } else {
                // Waits for a change not here: not applied by this call.
                missing[n] = usize::MAX;
                break;
            }
        }
        if missing[n] == 0 {
            ready.push_back(n);
        }
    }
    // Per new change, the highest number of each author among the new changes it builds on
    // (itself included); what the document holds counts for every change.
    let mut built_on: Vec<HashMap<&ActorId, u64>> = vec![HashMap::new(); fresh.len()];
    let mut applying = Vec::new();
    while let Some(n) = ready.pop_front() {
        let change = fresh[n];
        let mut clock: HashMap<&ActorId, u64> = HashMap::new();
        for dep in change.deps() {
            if let Some(&before) = position.get(dep) {
                for (author, seq) in &built_on[before] {
                    let highest = clock.entry(*author).or_default();
                    *highest = (*highest).max(*seq);
                }
            }
        }
        let known = |author: &ActorId| -> u64 {
            clock
                .get(author)
                .copied()
                .or_else(|| in_document.get(author).copied())
                .unwrap_or(0)
        };
        if change.seq() != known(change.actor_id()) + 1
            || change.other_actor_ids().iter().any(|a| known(a) == 0)
        {
            return Err(refused());
        }
        ops = ops.saturating_add(change.len() as u64);
        if ops > MAX_DOCUMENT_OPS {
            return Err(StoreError::invalid(reason("sharing-document-too-large")));
        }
        clock.insert(change.actor_id(), change.seq());
        built_on[n] = clock;
        applying.push(change.clone());
        for &next in waiting_on.get(&n).map_or(&[][..], Vec::as_slice) {
            if missing[next] != usize::MAX {
                missing[next] -= 1;
                if missing[next] == 0 {
                    ready.push_back(next);
                }
            }
        }
    }
    Ok(applying)
}

/// A shared document and what of it was last sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedDocument {
    pub id: String,
    pub kind: DocumentKind,
    pub sent_heads: Vec<Head>,
}

/// What applying a batch of changes did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// Everything received for this document so far is applied.
    Current,
    /// Some changes wait for others they build on; they are kept and applied when those come.
    Waiting { changes: usize },
}

/// How to treat changes to a document that is not (yet) shared here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unshared {
    /// Refuse them: the person's own vault only takes changes to what they chose to share.
    Refuse,
    /// Take the document and share it back: an advocate's copy of a case holds only what the
    /// person shared, and everything in it is shared.
    Adopt,
}

pub(crate) fn to_heads(hashes: &[ChangeHash]) -> Vec<Head> {
    hashes.iter().map(|h| h.0).collect()
}

fn heads_blob(heads: &[Head]) -> Vec<u8> {
    let mut sorted = heads.to_vec();
    sorted.sort_unstable();
    sorted.concat()
}

fn heads_from_blob(blob: &[u8]) -> Result<Vec<Head>, StoreError> {
    if !blob.len().is_multiple_of(32) {
        return Err(StoreError::Corrupt("sent heads".into()));
    }
    Ok(blob
        .chunks_exact(32)
        .map(|c| {
            let mut h = [0u8; 32];
            h.copy_from_slice(c);
            h
        })
        .collect())
}

pub(crate) fn sent_heads(
    conn: &Connection,
    link: LinkId,
    id: &str,
) -> Result<Option<Vec<Head>>, StoreError> {
    let blob: Option<Vec<u8>> = conn
        .query_row(
            "SELECT sent_heads FROM shared_documents WHERE link = ?1 AND id = ?2",
            (link, id),
            |r| r.get(0),
        )
        .optional()?;
    blob.map(|b| heads_from_blob(&b)).transpose()
}

pub(crate) fn set_sent_heads(
    conn: &Connection,
    link: LinkId,
    id: &str,
    heads: &[Head],
) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO shared_documents(link, id, sent_heads) VALUES (?1, ?2, ?3)
         ON CONFLICT(link, id) DO UPDATE SET sent_heads = excluded.sent_heads",
        (link, id, heads_blob(heads)),
    )?;
    Ok(())
}

/// Whether document `id` is shared through any link.
pub(crate) fn shared_with_anyone(conn: &Connection, id: &str) -> Result<bool, StoreError> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM shared_documents WHERE id = ?1 LIMIT 1",
            [id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// What the other side of `link` holds of document `id` (see `compaction.rs`): `None` if it
/// was never shared with them; `Some(None)` if they may hold any of it.
fn known_heads(
    conn: &Connection,
    link: LinkId,
    id: &str,
) -> Result<Option<Option<Vec<Head>>>, StoreError> {
    let row: Option<(Vec<u8>, bool)> = conn
        .query_row(
            "SELECT known, whole FROM shared_before WHERE link = ?1 AND id = ?2",
            (link, id),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match row {
        None => Ok(None),
        Some((_, true)) => Ok(Some(None)),
        Some((blob, false)) => Ok(Some(Some(heads_from_blob(&blob)?))),
    }
}

/// Drops what is shared through `link` and what waits from it (its state stays); the files
/// chosen to show go too once the incident log is shared with nobody.
fn share_nothing_through(tx: &Connection, link: LinkId) -> Result<(), StoreError> {
    for table in ["shared_documents", "pending_changes", "file_sends"] {
        tx.execute(&format!("DELETE FROM {table} WHERE link = ?1"), [link])?;
    }
    if !shared_with_anyone(tx, crate::shared_records::INCIDENT_LOG_ID)? {
        crate::shared_files::forget_choices(tx)?;
    }
    Ok(())
}

/// What anyone ever shared with holds of document `id`, together: `Some(None)` if someone may
/// hold any of it. A compacted document must keep all of it, or their copies stop merging.
fn known_to_anyone(conn: &Connection, id: &str) -> Result<Option<Vec<Head>>, StoreError> {
    let mut stmt = conn.prepare("SELECT known, whole FROM shared_before WHERE id = ?1")?;
    let rows = stmt.query_map([id], |r| {
        Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, bool>(1)?))
    })?;
    let mut known = Vec::new();
    for row in rows {
        let (blob, whole) = row?;
        if whole {
            return Ok(None);
        }
        for head in heads_from_blob(&blob)? {
            if !known.contains(&head) {
                known.push(head);
            }
        }
    }
    Ok(Some(known))
}

/// Most heads kept per document before they are folded into the document's own heads there.
const MAX_KNOWN: usize = 32;

/// Records that the other side holds `heads` of document `id` (and all they build on); with
/// `replace`, that these cover everything it held before (heads just sent cover it all).
fn add_known(
    conn: &Connection,
    link: LinkId,
    id: &str,
    heads: &[Head],
    replace: bool,
    am: Option<&mut AutoCommit>,
) -> Result<(), StoreError> {
    let mut known = match known_heads(conn, link, id)? {
        Some(None) => return Ok(()),
        Some(Some(known)) if !replace => known,
        _ => Vec::new(),
    };
    for head in heads {
        if !known.contains(head) {
            known.push(*head);
        }
    }
    if known.len() > MAX_KNOWN
        && let Some(am) = am
    {
        // Heads not in the document (a vault brought back from an older backup) are left out:
        // automerge cannot fork at them, and a rebuild leaves them out anyway.
        let hashes: Vec<ChangeHash> = known
            .iter()
            .map(|h| ChangeHash(*h))
            .filter(|h| am.get_change_meta_by_hash(h).is_some())
            .collect();
        known = to_heads(&am.fork_at(&hashes)?.get_heads());
    }
    conn.execute(
        "INSERT INTO shared_before(link, id, known, whole) VALUES (?1, ?2, ?3, 0)
         ON CONFLICT(link, id) DO UPDATE SET known = excluded.known",
        (link, id, heads_blob(&known)),
    )?;
    Ok(())
}

/// The heads of `changes`: those no other of them builds on.
fn heads_of(changes: &[&Change]) -> Vec<Head> {
    changes
        .iter()
        .filter(|c| !changes.iter().any(|other| other.deps().contains(&c.hash())))
        .map(|c| c.hash().0)
        .collect()
}

fn same_heads(a: &[Head], b: &[Head]) -> bool {
    heads_blob(a) == heads_blob(b)
}

fn refused() -> StoreError {
    StoreError::invalid(reason("sharing-change-unreadable"))
}

/// Refuses changes from `link` by an author (an automerge actor) first seen coming through
/// another link, or by this session's own. Every app edits under a random actor of its own, so
/// an honest person never sends changes under another's; one who did (learning the actor from
/// a document shared with both) would take the next number of the other's changes, and that
/// person's real next change, with the same number, could never be applied here again.
fn check_authors(
    tx: &Connection,
    ctx: &crate::Context,
    link: LinkId,
    authors: &HashSet<ActorId>,
) -> Result<(), StoreError> {
    for author in authors {
        if *author == ctx.actor {
            return Err(refused());
        }
        let owner: Option<i64> = tx
            .query_row(
                "SELECT link FROM actor_links WHERE actor = ?1",
                [author.to_bytes()],
                |r| r.get(0),
            )
            .optional()?;
        if owner.is_some_and(|owner| owner != i64::from(link.0)) {
            return Err(refused());
        }
    }
    Ok(())
}

/// Records `link` as where each of `authors` first came from (see [`check_authors`]).
fn keep_authors(
    tx: &Connection,
    link: LinkId,
    authors: &HashSet<ActorId>,
) -> Result<(), StoreError> {
    for author in authors {
        tx.execute(
            "INSERT OR IGNORE INTO actor_links(actor, link) VALUES (?1, ?2)",
            (author.to_bytes(), link),
        )?;
    }
    Ok(())
}

impl Store {
    /// Starts sharing document `id` through `link`: what that person does not hold of it goes
    /// with the next send. A document shared with nobody is first made into one change (see
    /// `compaction.rs`), so what the person deleted while it was not shared does not go; one
    /// already shared with someone else is sent as they were sent it (rebuilding it under a send
    /// to them could make their copy take the same words twice). A deleted contact or list
    /// cannot be shared.
    pub fn share_document(&mut self, link: LinkId, id: &str) -> Result<(), StoreError> {
        self.write(|tx, ctx| {
            let mut doc = Doc::load(tx, ctx, id)?;
            if doc.bool(&automerge::ROOT, "deleted") {
                return Err(StoreError::NotFound);
            }
            if !shared_with_anyone(tx, id)?
                && let Some(known) = known_to_anyone(tx, id)?
                && crate::compaction::compact(&mut doc, ctx, &known)?
            {
                doc.save(tx)?;
            }
            tx.execute(
                "INSERT INTO shared_documents(link, id, sent_heads) VALUES (?1, ?2, x'')
                 ON CONFLICT(link, id) DO NOTHING",
                (link, id),
            )?;
            Ok(())
        })
    }

    /// Stops sharing document `id` through `link` and drops anything of it still waiting from
    /// that person. The incident log shared with nobody any more takes the files chosen to show
    /// with it: sharing it again shows none until chosen again.
    pub fn unshare_document(&mut self, link: LinkId, id: &str) -> Result<(), StoreError> {
        self.write(|tx, _| {
            tx.execute(
                "DELETE FROM shared_documents WHERE link = ?1 AND id = ?2",
                (link, id),
            )?;
            tx.execute(
                "DELETE FROM pending_changes WHERE link = ?1 AND document = ?2",
                (link, id),
            )?;
            if id == crate::shared_records::INCIDENT_LOG_ID {
                tx.execute("DELETE FROM file_sends WHERE link = ?1", [link])?;
                if !shared_with_anyone(tx, id)? {
                    crate::shared_files::forget_choices(tx)?;
                }
            }
            Ok(())
        })
    }

    /// Every document shared through `link`, ordered by id.
    pub fn shared_documents(&self, link: LinkId) -> Result<Vec<SharedDocument>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT s.id, d.kind, s.sent_heads FROM shared_documents s
             JOIN documents d ON d.id = s.id WHERE s.link = ?1 ORDER BY s.id",
        )?;
        let rows = stmt.query_map([link], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Vec<u8>>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, kind, blob) = row?;
            let kind = DocumentKind::from_code(&kind)
                .ok_or_else(|| StoreError::Corrupt("unknown document kind".into()))?;
            out.push(SharedDocument {
                id,
                kind,
                sent_heads: heads_from_blob(&blob)?,
            });
        }
        Ok(out)
    }

    /// The document's current heads.
    pub fn document_heads(&self, id: &str) -> Result<Vec<Head>, StoreError> {
        let mut doc = Doc::load(&self.conn, &self.ctx, id)?;
        Ok(to_heads(&doc.am.get_heads()))
    }

    /// Every change of document `id` that `after` does not already cover, oldest first (each
    /// change's own bytes), and the heads they lead to. Heads this vault does not know (for
    /// example after restoring an older backup) are ignored, so at worst more is sent.
    pub fn document_changes(
        &self,
        id: &str,
        after: &[Head],
    ) -> Result<(Vec<Vec<u8>>, Vec<Head>), StoreError> {
        let mut doc = Doc::load(&self.conn, &self.ctx, id)?;
        let known: Vec<ChangeHash> = after
            .iter()
            .map(|h| ChangeHash(*h))
            .filter(|h| doc.am.get_change_meta_by_hash(h).is_some())
            .collect();
        let changes = doc
            .am
            .get_changes(&known)
            .into_iter()
            .map(|c| c.raw_bytes().to_vec())
            .collect();
        Ok((changes, to_heads(&doc.am.get_heads())))
    }

    /// Records that document `id`'s changes up to `heads` are about to go through `link`: once
    /// sealed, the other side may hold them whatever happens next, so a document rebuilt for
    /// sharing keeps them (were it rebuilt without them while they were on their way, their copy
    /// would take the same words twice).
    pub fn mark_document_sending(
        &mut self,
        link: LinkId,
        id: &str,
        heads: &[Head],
    ) -> Result<(), StoreError> {
        self.write(|tx, ctx| {
            // Sends that keep failing add heads each time: past the most kept, they are folded
            // into the document's own (which needs it loaded).
            let kept = match known_heads(tx, link, id)? {
                Some(Some(known)) => known.len(),
                _ => 0,
            };
            let many = kept + heads.len() > MAX_KNOWN;
            if many {
                let mut doc = Doc::load(tx, ctx, id)?;
                add_known(tx, link, id, heads, false, Some(&mut doc.am))
            } else {
                add_known(tx, link, id, heads, false, None)
            }
        })
    }

    /// Records that document `id`'s changes up to `heads` were sent through `link`.
    pub fn mark_document_sent(
        &mut self,
        link: LinkId,
        id: &str,
        heads: &[Head],
    ) -> Result<(), StoreError> {
        self.mark_sent(link, id, heads, None)
    }

    /// Records that document `id`'s changes up to `heads` were sent, the last of them in the
    /// relay's message `seq`: the other side's account of what it holds counts for them once it
    /// has read that far (see `their_copy.rs`).
    pub fn mark_document_delivered(
        &mut self,
        link: LinkId,
        id: &str,
        heads: &[Head],
        seq: u64,
    ) -> Result<(), StoreError> {
        self.mark_sent(link, id, heads, Some(seq))
    }

    fn mark_sent(
        &mut self,
        link: LinkId,
        id: &str,
        heads: &[Head],
        seq: Option<u64>,
    ) -> Result<(), StoreError> {
        // Unshared while on its way: what it carried was kept as held there when it was sealed
        // (`mark_document_sending`), so there is nothing to record.
        self.write(|tx, _| {
            if sent_heads(tx, link, id)?.is_none() {
                return Err(StoreError::NotFound);
            }
            // Sent heads cover all that was received before: they replace what was known.
            add_known(tx, link, id, heads, true, None)?;
            set_sent_heads(tx, link, id, heads)?;
            if let Some(seq) = seq {
                let seq = i64::try_from(seq).unwrap_or(i64::MAX);
                tx.execute(
                    "UPDATE shared_documents SET sent_seq = ?3 WHERE link = ?1 AND id = ?2",
                    (link, id, seq),
                )?;
            }
            Ok(())
        })
    }

    /// Applies changes to document `id` from the other side of `link` (each change's own
    /// bytes, in any order, duplicates allowed) and re-derives its rows. Changes that build on
    /// ones not yet here wait, and are applied by a later call once those arrive.
    ///
    /// Refused, with nothing written: unreadable changes, too many, a document that is not
    /// shared with that person (unless `unshared` is [`Unshared::Adopt`]: shared with someone
    /// else is not enough), and changes that would make the document claim to be something
    /// else.
    pub fn apply_document_changes<B: AsRef<[u8]>>(
        &mut self,
        link: LinkId,
        id: &str,
        changes: &[B],
        unshared: Unshared,
    ) -> Result<Applied, StoreError> {
        if changes.len() > MAX_CHANGES
            || changes.iter().map(|c| c.as_ref().len()).sum::<usize>() > MAX_CHANGE_BYTES
        {
            return Err(StoreError::invalid(reason("sharing-change-too-large")));
        }
        let mut incoming = Vec::with_capacity(changes.len());
        let mut ops_left = MAX_OPS_PER_APPLY;
        for bytes in changes {
            incoming.push(parse_change(bytes.as_ref(), &mut ops_left)?);
        }
        self.write(|tx, ctx| {
            let sent = sent_heads(tx, link, id)?;
            if sent.is_none() && unshared == Unshared::Refuse {
                return Err(StoreError::invalid(reason("sharing-change-not-shared")));
            }
            let mut waiting = Vec::new();
            {
                let mut stmt = tx.prepare(
                    "SELECT bytes FROM pending_changes WHERE link = ?1 AND document = ?2",
                )?;
                let rows = stmt.query_map((link, id), |r| r.get::<_, Vec<u8>>(0))?;
                for row in rows {
                    waiting.push(
                        Change::from_bytes(row?)
                            .map_err(|_| StoreError::Corrupt("a waiting change".into()))?,
                    );
                }
            }
            waiting.extend(incoming);

            let existing = Doc::load_opt(tx, ctx, id)?;
            let known_kind = existing.as_ref().map(|d| d.kind);
            let mut am = match existing {
                Some(doc) => doc.am,
                None => AutoCommit::new().with_actor(ctx.actor.clone()),
            };
            let before = to_heads(&am.get_heads());
            let authors: HashSet<ActorId> = waiting
                .iter()
                .filter(|c| am.get_change_meta_by_hash(&c.hash()).is_none())
                .map(|c| c.actor_id().clone())
                .collect();
            check_authors(tx, ctx, link, &authors)?;
            // Changes waiting from before count with the new ones: each was within the limit
            // when it came, but together they are applied at once.
            let claimed: u64 = waiting.iter().map(|c| c.len() as u64).sum();
            if claimed > MAX_OPS_PER_APPLY {
                return Err(StoreError::invalid(reason("sharing-change-too-large")));
            }
            let applying = applicable(&mut am, &waiting)?;
            let hashes: Vec<ChangeHash> = applying.iter().map(Change::hash).collect();
            am.apply_changes(applying).map_err(|_| refused())?;
            // A change automerge keeps under another hash than the one it came with would
            // leave the two sides' histories apart for good.
            if hashes
                .iter()
                .any(|h| am.get_change_meta_by_hash(h).is_none())
            {
                return Err(refused());
            }
            let still_waiting: Vec<&Change> = waiting
                .iter()
                .filter(|c| am.get_change_meta_by_hash(&c.hash()).is_none())
                .collect();

            let header = header(&am);
            let kind = match (header, known_kind) {
                // The document's first change has not arrived yet: everything waits.
                (None, None) => None,
                (Some((doc_id, kind, schema)), known)
                    if doc_id == id
                        && schema <= crate::documents::SCHEMA
                        && known.is_none_or(|k| k == kind) =>
                {
                    Some(kind)
                }
                _ => return Err(refused()),
            };

            // The person's own records, shared read-only: only their vault writes them.
            if unshared == Unshared::Refuse && kind.is_some_and(DocumentKind::is_read_only) {
                return Err(StoreError::invalid(reason("sharing-change-read-only")));
            }
            tx.execute(
                "DELETE FROM pending_changes WHERE link = ?1 AND document = ?2",
                (link, id),
            )?;
            if still_waiting.len() as i64 > MAX_PENDING
                || still_waiting
                    .iter()
                    .map(|c| c.raw_bytes().len())
                    .sum::<usize>()
                    > MAX_PENDING_BYTES
            {
                return Err(StoreError::invalid(reason("sharing-too-many-waiting")));
            }
            for change in &still_waiting {
                tx.execute(
                    "INSERT OR IGNORE INTO pending_changes(link, document, hash, bytes)
                     VALUES (?1, ?2, ?3, ?4)",
                    (link, id, change.hash().0.as_slice(), change.raw_bytes()),
                )?;
            }
            if kind.is_some() {
                let applied: Vec<&Change> = waiting
                    .iter()
                    .filter(|c| am.get_change_meta_by_hash(&c.hash()).is_some())
                    .collect();
                add_known(tx, link, id, &heads_of(&applied), false, Some(&mut am))?;
            }
            keep_authors(tx, link, &authors)?;
            if let Some(kind) = kind {
                let after = to_heads(&am.get_heads());
                let mut doc = Doc {
                    id: id.to_owned(),
                    kind,
                    am,
                    cache: ctx.documents.clone(),
                };
                if doc.save_within(tx, MAX_DOCUMENT_BYTES)?.is_none() {
                    return Err(StoreError::invalid(reason("sharing-document-too-large")));
                }
                if unshared == Unshared::Adopt && kind.is_read_only() {
                    crate::shared_records::pin_signer(tx, link, &doc)?;
                }
                match sent {
                    // Nothing of ours was unsent: what came in need not go back.
                    Some(sent) if same_heads(&sent, &before) => {
                        set_sent_heads(tx, link, id, &after)?;
                    }
                    Some(_) => {}
                    None => set_sent_heads(tx, link, id, &after)?,
                }
            }
            Ok(if still_waiting.is_empty() {
                Applied::Current
            } else {
                Applied::Waiting {
                    changes: still_waiting.len(),
                }
            })
        })
    }

    /// A value the sync engine stored for `link` (`None` if never set). Secret: zeroized on
    /// drop.
    pub fn share_state(
        &self,
        link: LinkId,
        key: &str,
    ) -> Result<Option<Zeroizing<Vec<u8>>>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM share_state WHERE link = ?1 AND key = ?2",
                (link, key),
                |r| r.get::<_, Vec<u8>>(0),
            )
            .optional()?
            .map(Zeroizing::new))
    }

    /// Stores a value for the sync engine, for `link`.
    pub fn set_share_state(
        &mut self,
        link: LinkId,
        key: &str,
        value: &[u8],
    ) -> Result<(), StoreError> {
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO share_state(link, key, value) VALUES (?1, ?2, ?3)
                 ON CONFLICT(link, key) DO UPDATE SET value = excluded.value",
                (link, key, value),
            )?;
            Ok(())
        })
    }

    /// Every link whose state holds `key` (the sync engine's record of the link itself), in
    /// the order they were made.
    pub fn links_with(&self, key: &str) -> Result<Vec<LinkId>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT link FROM share_state WHERE key = ?1 ORDER BY link")?;
        let rows = stmt.query_map([key], |r| r.get::<_, i64>(0))?;
        let mut out = Vec::new();
        for row in rows {
            out.push(LinkId(
                u32::try_from(row?).map_err(|_| StoreError::Corrupt("link number".into()))?,
            ));
        }
        Ok(out)
    }

    /// A number for a new link, never given before in this vault: what an earlier person was
    /// known to hold, or any row of theirs left behind, is never taken for the new one's.
    pub fn new_link(&mut self) -> Result<LinkId, StoreError> {
        self.write(|tx, _| {
            let made: i64 = tx.query_row("SELECT count FROM links_made WHERE id = 1", [], |r| {
                r.get(0)
            })?;
            let next = made.saturating_add(1);
            tx.execute("UPDATE links_made SET count = ?1 WHERE id = 1", [next])?;
            u32::try_from(next)
                .map(LinkId)
                .map_err(|_| StoreError::Corrupt("link number".into()))
        })
    }

    /// Stops sharing anything more through `link` while keeping its state (sharing with that
    /// person has ended, but the relay may not have been told yet): what was shared through it
    /// and waiting from it goes, so a document is made afresh when next shared with someone
    /// else, as if it had never been shared with them.
    pub fn retire_link(&mut self, link: LinkId) -> Result<(), StoreError> {
        self.write(|tx, _| share_nothing_through(tx, link))
    }

    /// Forgets `link`: its state, what is shared through it and what was waiting from it. The
    /// documents stay, and so does what that person was known to hold of each (kept under the
    /// old link's number: a document rebuilt for sharing keeps all of it, since a new link may
    /// lead to the same copies, which must keep merging). The files chosen to show go once the
    /// incident log is shared with nobody.
    pub fn end_sharing(&mut self, link: LinkId) -> Result<(), StoreError> {
        self.write(|tx, _| {
            share_nothing_through(tx, link)?;
            tx.execute("DELETE FROM share_state WHERE link = ?1", [link])?;
            Ok(())
        })
    }
}
