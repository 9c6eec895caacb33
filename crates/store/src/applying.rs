//! Applying the other side's changes to a shared document, in three steps so that the slow one
//! never holds the vault.
//!
//! Merging a large change (up to a quarter of a million operations: about two seconds) is
//! automerge's work alone, so it runs on what was read, without the store:
//!
//! 1. [`Incoming::parse`]: the changes, checked against the limits from their bytes (no store).
//! 2. [`Store::read_for_apply`]: the document as saved, the changes waiting for it and what was
//!    last sent of it (quick).
//! 3. [`ToApply::merge`]: automerge merges and saves, on its own copy (slow; no store).
//! 4. [`Store::write_merged`]: written in one transaction, only if nothing of what was read
//!    changed meanwhile (the person kept editing that document, a sync with someone else
//!    wrote to it, it was unshared); otherwise [`Written::Moved`] hands the changes back to
//!    start again from step 2 (quick).
//!
//! The app reaches the vault for steps 2 and 4 only, so a quick hide taken during step 3 closes
//! the vault at once: the merge is then thrown away, nothing is written, and the frame that
//! brought it is read again the next time (the cursor did not move).
//!
//! Applying never trusts the other side about what a document is: a change that would make a
//! document claim another id, kind or a newer schema is refused and nothing is written.

use std::collections::{HashMap, HashSet};

use automerge::{ActorId, AutoCommit, Change, ChangeHash};
use harbour_reason::reason;
use rusqlite::{Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::documents::{Doc, DocCache, DocumentKind, header};
use crate::sharing::{
    Head, LinkId, heads_of, known_heads, same_heads, sent_heads, set_sent_heads, to_heads,
    with_known, write_known,
};
use crate::{Store, StoreError};

/// The most changes one call may apply, and their total size: far more than one frame holds.
const MAX_CHANGES: usize = 100_000;
const MAX_CHANGE_BYTES: usize = 16 * 1024 * 1024;
/// How many early changes may wait for one document, and their total size, before more are
/// refused (they are read back at every apply to the document).
const MAX_PENDING: usize = 10_000;
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
/// The most items (of a plan section or a checklist) the other side may bring a shared
/// document to: far beyond any plan or list, and few enough that writing their rows again at
/// each change stays quick.
const MAX_SHARED_ITEMS: usize = 2_000;
/// The most text (in bytes: strings and text objects together) the other side may bring a
/// shared document to. One value of a megabyte is one operation, so the operation limits do not
/// bound it, and the saved document is compressed; but every change writes all of its text
/// again into rows and the search index with the vault held. Far beyond what a person writes in
/// one section, list or contact.
const MAX_SHARED_TEXT: usize = 2_000_000;

/// A change from the other side, parsed only if it is a plain change chunk claiming at most
/// `ops_left` operations; takes what it claims from `ops_left`.
fn parse_change(bytes: &[u8], ops_left: &mut u64) -> Result<Change, StoreError> {
    if bytes.len() < 9 || bytes[..4] != CHUNK_MAGIC || bytes[8] != PLAIN_CHANGE {
        return Err(refused());
    }
    let most = MAX_OPS_PER_CHANGE.min(*ops_left);
    // automerge panics on ids past 32 bits while parsing: refused before it reads them.
    if crate::change_ops::ids_fit(bytes) != Some(true) {
        return Err(refused());
    }
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

/// Changes from the other side of `link` for one document, parsed, and within the limits.
pub struct Incoming {
    link: LinkId,
    id: String,
    changes: Vec<Change>,
    unshared: Unshared,
}

impl Incoming {
    /// Parses changes to document `id` from the other side of `link` (each change's own bytes,
    /// in any order, duplicates allowed). Refused, from their bytes alone: too many, too large,
    /// anything but a plain change, more operations than allowed.
    pub fn parse<B: AsRef<[u8]>>(
        link: LinkId,
        id: &str,
        changes: &[B],
        unshared: Unshared,
    ) -> Result<Incoming, StoreError> {
        if changes.len() > MAX_CHANGES
            || changes.iter().map(|c| c.as_ref().len()).sum::<usize>() > MAX_CHANGE_BYTES
        {
            return Err(StoreError::invalid(reason("sharing-change-too-large")));
        }
        let mut parsed = Vec::with_capacity(changes.len());
        let mut ops_left = MAX_OPS_PER_APPLY;
        for bytes in changes {
            parsed.push(parse_change(bytes.as_ref(), &mut ops_left)?);
        }
        Ok(Incoming {
            link,
            id: id.to_owned(),
            changes: parsed,
            unshared,
        })
    }
}

/// What a merge starts from, as read from the store, and how to tell later that it is still
/// what the store holds.
struct Seen {
    /// What was last sent of the document through the link (`None`: not shared there).
    sent: Option<Vec<Head>>,
    /// The hashes of the changes waiting for it, sorted.
    waiting: Vec<[u8; 32]>,
    /// The SHA-256 of the document's saved bytes (`None`: not here yet).
    document: Option<[u8; 32]>,
    /// What the link is known to hold of the document (see `sharing::known_heads`).
    known: Option<Option<Vec<Head>>>,
    /// Rows the store's connection had written when this was read: unchanged means nothing at
    /// all was written since.
    writes: u64,
}

/// [`Incoming`] with what the store held for its document: ready to merge, without the store.
pub struct ToApply {
    incoming: Incoming,
    seen: Seen,
    waiting: Vec<Vec<u8>>,
    document: Option<(DocumentKind, Vec<u8>)>,
    actor: ActorId,
    cache: DocCache,
}

/// A merge done on a copy, to be written with [`Store::write_merged`].
pub struct Merged {
    incoming: Incoming,
    seen: Seen,
    /// Authors of changes the document did not hold.
    authors: HashSet<ActorId>,
    /// Changes that still wait for others they build on.
    still_waiting: Vec<Change>,
    /// What the link is known to hold of the document from now on, folded without the vault
    /// (`None`: nothing to write).
    known: Option<Vec<Head>>,
    before: Vec<Head>,
    /// The document merged, with its saved bytes and their SHA-256 (`None` while its first
    /// change has not arrived).
    merged: Option<(DocumentKind, AutoCommit, Vec<u8>, [u8; 32])>,
    /// A copy of it for the cache of documents as saved, made here rather than with the vault
    /// held.
    cached: Option<AutoCommit>,
}

/// What [`Store::write_merged`] did.
pub enum Written {
    Applied(Applied),
    /// The document, its waiting changes or what was sent of it changed after it was read:
    /// nothing written; the changes, to start again from [`Store::read_for_apply`].
    Moved(Incoming),
}

// Ids say what is being planned, and the rest is the person's words: never in a log.
impl std::fmt::Debug for Written {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Written::Applied(applied) => write!(f, "Applied({applied:?})"),
            Written::Moved(_) => f.write_str("Moved"),
        }
    }
}

impl ToApply {
    /// Merges the changes into a copy of the document: automerge's work, without the store.
    /// Refused, with nothing written: unreadable or unsafe changes, a document that would
    /// claim to be something else, one too large, too many changes waiting.
    pub fn merge(self) -> Result<Merged, StoreError> {
        let ToApply {
            incoming,
            mut seen,
            waiting: waiting_bytes,
            document,
            actor,
            cache,
        } = self;
        let mut waiting = Vec::with_capacity(waiting_bytes.len() + incoming.changes.len());
        for bytes in waiting_bytes {
            waiting.push(
                Change::from_bytes(bytes)
                    .map_err(|_| StoreError::Corrupt("a waiting change".into()))?,
            );
        }
        waiting.extend(incoming.changes.iter().cloned());

        let known_kind = document.as_ref().map(|(kind, _)| *kind);
        let mut am = match document {
            Some((_, bytes)) => {
                let digest: [u8; 32] = Sha256::digest(&bytes).into();
                seen.document = Some(digest);
                match cache.get_by_digest(&incoming.id, &digest) {
                    Some(am) => am,
                    None => {
                        let mut am = AutoCommit::load(&bytes).map_err(|_| {
                            StoreError::Corrupt("a shared document could not be decoded".into())
                        })?;
                        am.set_actor(actor.clone());
                        am
                    }
                }
            }
            None => AutoCommit::new().with_actor(actor),
        };
        let before = to_heads(&am.get_heads());
        let items_before = items(&am);
        let authors: HashSet<ActorId> = waiting
            .iter()
            .filter(|c| am.get_change_meta_by_hash(&c.hash()).is_none())
            .map(|c| c.actor_id().clone())
            .collect();
        // Changes waiting from before count with the new ones: each was within the limit when
        // it came, but together they are applied at once.
        let claimed: u64 = waiting.iter().map(|c| c.len() as u64).sum();
        if claimed > MAX_OPS_PER_APPLY {
            return Err(StoreError::invalid(reason("sharing-change-too-large")));
        }
        let applying = applicable(&mut am, &waiting)?;
        let hashes: Vec<ChangeHash> = applying.iter().map(Change::hash).collect();
        am.apply_changes(applying).map_err(|_| refused())?;
        // A change automerge keeps under another hash than the one it came with would leave
        // the two sides' histories apart for good.
        if hashes
            .iter()
            .any(|h| am.get_change_meta_by_hash(h).is_none())
        {
            return Err(refused());
        }
        // Every item is a row (and an entry in the search index) written again with the vault
        // held at each change to the document: the other side may not add items past the
        // limit (a section or list the person made longer themselves still takes changes).
        let items_after = items(&am);
        if items_after > MAX_SHARED_ITEMS && items_after > items_before {
            return Err(StoreError::invalid(reason("sharing-document-too-large")));
        }
        // Counted as it was only when past the limit now (rare: a walk of the document as it
        // was costs a copy of it).
        if text_bytes(&am, MAX_SHARED_TEXT) > MAX_SHARED_TEXT {
            let heads: Vec<ChangeHash> = before.iter().map(|h| ChangeHash(*h)).collect();
            let text_before = text_bytes(&am.fork_at(&heads)?, usize::MAX);
            if text_bytes(&am, text_before) > text_before {
                return Err(StoreError::invalid(reason("sharing-document-too-large")));
            }
        }
        let (applied, still_waiting): (Vec<Change>, Vec<Change>) = waiting
            .into_iter()
            .partition(|c| am.get_change_meta_by_hash(&c.hash()).is_some());

        let kind = match (header(&am), known_kind) {
            // The document's first change has not arrived yet: everything waits.
            (None, None) => None,
            (Some((doc_id, kind, schema)), known)
                if doc_id == incoming.id
                    && schema <= crate::documents::SCHEMA
                    && known.is_none_or(|k| k == kind) =>
            {
                Some(kind)
            }
            _ => return Err(refused()),
        };
        // The person's own records, shared read-only: only their vault writes them.
        if incoming.unshared == Unshared::Refuse && kind.is_some_and(DocumentKind::is_read_only) {
            return Err(StoreError::invalid(reason("sharing-change-read-only")));
        }
        if still_waiting.len() > MAX_PENDING
            || still_waiting
                .iter()
                .map(|c| c.raw_bytes().len())
                .sum::<usize>()
                > MAX_PENDING_BYTES
        {
            return Err(StoreError::invalid(reason("sharing-too-many-waiting")));
        }
        let mut merged = match kind {
            Some(kind) => {
                crate::documents::commit(&mut am);
                let bytes = am.save();
                if bytes.len() > MAX_DOCUMENT_BYTES {
                    return Err(StoreError::invalid(reason("sharing-document-too-large")));
                }
                let digest: [u8; 32] = Sha256::digest(&bytes).into();
                Some((kind, am, bytes, digest))
            }
            None => None,
        };
        let applied: Vec<&Change> = applied.iter().collect();
        let cached = merged.as_ref().map(|(_, am, _, _)| am.clone());
        // Folding what is known can replay the whole document: done here, not with the vault
        // held.
        let known = match &mut merged {
            Some((_, am, _, _)) => with_known(seen.known.clone(), &heads_of(&applied), Some(am))?,
            None => None,
        };
        Ok(Merged {
            cached,
            known,
            incoming,
            seen,
            authors,
            still_waiting,
            before,
            merged,
        })
    }
}

/// How many items (of a plan section or a checklist) `am` holds.
fn items(am: &AutoCommit) -> usize {
    use automerge::ReadDoc;
    match am.get(automerge::ROOT, "items") {
        Ok(Some((automerge::Value::Object(automerge::ObjType::Map), map))) => am.length(&map),
        _ => 0,
    }
}

/// The text `am` holds, in bytes (strings and text objects, everywhere in it); counting stops
/// once past `most`.
fn text_bytes(am: &AutoCommit, most: usize) -> usize {
    use automerge::{ObjType, ReadDoc, ScalarValue, Value};
    let mut total = 0usize;
    let mut objects = vec![automerge::ROOT];
    while let Some(obj) = objects.pop() {
        if total > most {
            break;
        }
        if matches!(am.object_type(&obj), Ok(ObjType::Text)) {
            total = total.saturating_add(am.length(&obj));
            continue;
        }
        for (value, id) in am.values(&obj) {
            match value {
                Value::Object(_) => objects.push(id),
                Value::Scalar(scalar) => {
                    if let ScalarValue::Str(s) = scalar.as_ref() {
                        total = total.saturating_add(s.len());
                    }
                }
            }
        }
    }
    total
}

/// The hashes of the changes waiting for document `id` from `link`, sorted.
fn waiting_hashes(conn: &Connection, link: LinkId, id: &str) -> Result<Vec<[u8; 32]>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT hash FROM pending_changes WHERE link = ?1 AND document = ?2 ORDER BY hash",
    )?;
    let rows = stmt.query_map((link, id), |r| r.get::<_, Vec<u8>>(0))?;
    let mut hashes = Vec::new();
    for row in rows {
        hashes.push(
            row?.try_into()
                .map_err(|_| StoreError::Corrupt("a waiting change's hash".into()))?,
        );
    }
    Ok(hashes)
}

/// How much of what a merge started from the store still holds.
enum Still {
    All,
    /// Only the document moved on (the person saved it meanwhile, or a sync wrote to it).
    AllButTheDocument,
    /// What was sent, what waits or what the link is known to hold moved on.
    Less,
}

/// What of `seen` the store still holds.
fn still(conn: &Connection, link: LinkId, id: &str, seen: &Seen) -> Result<Still, StoreError> {
    if conn.total_changes() == seen.writes {
        return Ok(Still::All);
    }
    let same_sent = match (sent_heads(conn, link, id)?, &seen.sent) {
        (Some(now), Some(then)) => same_heads(&now, then),
        (None, None) => true,
        _ => false,
    };
    if !same_sent
        || waiting_hashes(conn, link, id)? != seen.waiting
        || known_heads(conn, link, id)? != seen.known
    {
        return Ok(Still::Less);
    }
    let bytes: Option<Vec<u8>> = conn
        .query_row("SELECT bytes FROM documents WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?;
    let document = bytes.map(|b| -> [u8; 32] { Sha256::digest(&b).into() });
    Ok(if document == seen.document {
        Still::All
    } else {
        Still::AllButTheDocument
    })
}

impl Store {
    /// Reads what merging `incoming` starts from (quick). Refused: a document not shared with
    /// that person (unless [`Unshared::Adopt`]: shared with someone else is not enough).
    pub fn read_for_apply(&self, incoming: Incoming) -> Result<ToApply, StoreError> {
        let (link, id) = (incoming.link, incoming.id.as_str());
        let sent = sent_heads(&self.conn, link, id)?;
        if sent.is_none() && incoming.unshared == Unshared::Refuse {
            return Err(StoreError::invalid(reason("sharing-change-not-shared")));
        }
        let mut waiting = Vec::new();
        let mut hashes = Vec::new();
        {
            let mut stmt = self.conn.prepare(
                "SELECT hash, bytes FROM pending_changes WHERE link = ?1 AND document = ?2
                 ORDER BY hash",
            )?;
            let rows = stmt.query_map((link, id), |r| {
                Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
            })?;
            for row in rows {
                let (hash, bytes) = row?;
                hashes.push(
                    hash.try_into()
                        .map_err(|_| StoreError::Corrupt("a waiting change's hash".into()))?,
                );
                waiting.push(bytes);
            }
        }
        let document: Option<(String, Vec<u8>)> = self
            .conn
            .query_row(
                "SELECT kind, bytes FROM documents WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let document = match document {
            Some((kind, bytes)) => Some((
                DocumentKind::from_code(&kind)
                    .ok_or_else(|| StoreError::Corrupt("unknown document kind".into()))?,
                bytes,
            )),
            None => None,
        };
        Ok(ToApply {
            seen: Seen {
                known: known_heads(&self.conn, link, id)?,
                sent,
                waiting: hashes,
                document: None,
                writes: self.conn.total_changes(),
            },
            incoming,
            waiting,
            document,
            actor: self.ctx.actor.clone(),
            cache: self.ctx.documents.clone(),
        })
    }

    /// Writes a merge in one transaction with the document's derived rows (quick), unless the
    /// store no longer holds what it was merged from ([`Written::Moved`]). Refused, with
    /// nothing written: changes by an author that came through another link, or this
    /// session's own.
    pub fn write_merged(&mut self, merged: Merged) -> Result<Written, StoreError> {
        let (link, id) = (merged.incoming.link, merged.incoming.id.as_str());
        match still(&self.conn, link, id, &merged.seen)? {
            Still::All => self.write_unchecked(merged),
            Still::AllButTheDocument | Still::Less => Ok(Written::Moved(merged.incoming)),
        }
    }

    /// [`Store::write_merged`], but when only the document moved on since it was read (the
    /// person kept saving it while the merge ran), the person's new changes are brought into
    /// the merge here, with the store held: quick, as they are the person's own few, where
    /// merging the other side's again could take seconds. `Moved` only when something else
    /// changed (what was sent, what waits, the document rebuilt).
    pub fn write_merged_bringing_in_edits(
        &mut self,
        merged: Merged,
    ) -> Result<Written, StoreError> {
        let (link, id) = (merged.incoming.link, merged.incoming.id.as_str());
        match still(&self.conn, link, id, &merged.seen)? {
            Still::All => self.write_unchecked(merged),
            Still::AllButTheDocument => match self.bring_in_edits(merged)? {
                Ok(merged) => self.write_unchecked(merged),
                Err(merged) => Ok(Written::Moved(merged.incoming)),
            },
            Still::Less => Ok(Written::Moved(merged.incoming)),
        }
    }

    /// `merged` with the changes made to its document since it was read (only the document
    /// moved on), if they were added to it (not a rebuild); else `merged` as it was.
    fn bring_in_edits(&self, mut merged: Merged) -> Result<Result<Merged, Merged>, StoreError> {
        let id = merged.incoming.id.as_str();
        let Some(now) = Doc::load_opt(&self.conn, &self.ctx, id)? else {
            return Ok(Err(merged));
        };
        let Some((kind, am, bytes, digest)) = merged.merged.as_mut() else {
            return Ok(Err(merged));
        };
        let mut now_am = now.am;
        let before: Vec<ChangeHash> = merged.before.iter().map(|h| ChangeHash(*h)).collect();
        if now.kind != *kind
            || before
                .iter()
                .any(|h| now_am.get_change_meta_by_hash(h).is_none())
        {
            return Ok(Err(merged));
        }
        // The person's own changes since the read: applied as they were made here.
        let edits = now_am.get_changes(&before);
        am.apply_changes(edits).map_err(|_| refused())?;
        crate::documents::commit(am);
        *bytes = am.save();
        if bytes.len() > MAX_DOCUMENT_BYTES {
            return Err(StoreError::invalid(reason("sharing-document-too-large")));
        }
        *digest = Sha256::digest(&*bytes).into();
        // The copy made for the cache is of the merge before the edits.
        merged.cached = None;
        // What was sent is compared with the document as it is now.
        merged.before = to_heads(&now_am.get_heads());
        Ok(Ok(merged))
    }

    fn write_unchecked(&mut self, merged: Merged) -> Result<Written, StoreError> {
        let Merged {
            incoming,
            seen,
            authors,
            still_waiting,
            known,
            before,
            merged,
            cached,
        } = merged;
        let (link, id) = (incoming.link, incoming.id.clone());
        let id = id.as_str();
        self.write(|tx, ctx| {
            check_authors(tx, ctx, link, &authors)?;
            tx.execute(
                "DELETE FROM pending_changes WHERE link = ?1 AND document = ?2",
                (link, id),
            )?;
            for change in &still_waiting {
                tx.execute(
                    "INSERT OR IGNORE INTO pending_changes(link, document, hash, bytes)
                     VALUES (?1, ?2, ?3, ?4)",
                    (link, id, change.hash().0.as_slice(), change.raw_bytes()),
                )?;
            }
            keep_authors(tx, link, &authors)?;
            if let Some((kind, mut am, bytes, digest)) = merged {
                let after = to_heads(&am.get_heads());
                let doc = Doc {
                    id: id.to_owned(),
                    kind,
                    am,
                    cache: ctx.documents.clone(),
                };
                if let Some(known) = &known {
                    write_known(tx, link, id, known)?;
                }
                if let Some(copy) = cached {
                    ctx.documents.put_copy(id, digest, copy);
                }
                doc.write_bytes(tx, &bytes)?;
                if incoming.unshared == Unshared::Adopt && kind.is_read_only() {
                    crate::shared_records::pin_signer(tx, link, &doc)?;
                }
                match seen.sent {
                    // Nothing of ours was unsent: what came in need not go back.
                    Some(sent) if same_heads(&sent, &before) => {
                        set_sent_heads(tx, link, id, &after)?;
                    }
                    Some(_) => {}
                    None => set_sent_heads(tx, link, id, &after)?,
                }
            }
            Ok(Written::Applied(if still_waiting.is_empty() {
                Applied::Current
            } else {
                Applied::Waiting {
                    changes: still_waiting.len(),
                }
            }))
        })
    }

    /// Applies changes to document `id` from the other side of `link` (each change's own
    /// bytes, in any order, duplicates allowed) and re-derives its rows, holding the store
    /// throughout: [`Incoming::parse`], [`Store::read_for_apply`], [`ToApply::merge`] and
    /// [`Store::write_merged`] in one. Changes that build on ones not yet here wait, and are
    /// applied by a later call once those arrive.
    pub fn apply_document_changes<B: AsRef<[u8]>>(
        &mut self,
        link: LinkId,
        id: &str,
        changes: &[B],
        unshared: Unshared,
    ) -> Result<Applied, StoreError> {
        let incoming = Incoming::parse(link, id, changes, unshared)?;
        self.apply_incoming(incoming)
    }

    /// [`Store::apply_document_changes`] of changes already parsed.
    pub fn apply_incoming(&mut self, incoming: Incoming) -> Result<Applied, StoreError> {
        let merged = self.read_for_apply(incoming)?.merge()?;
        match self.write_merged(merged)? {
            Written::Applied(applied) => Ok(applied),
            // Nothing can write between the two while this holds the store.
            Written::Moved(_) => Err(StoreError::Corrupt(
                "a document changed under a merge".into(),
            )),
        }
    }
}
