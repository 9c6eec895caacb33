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
//! What arrives from the other side is applied in `applying.rs`.

use automerge::{AutoCommit, Change, ChangeHash};
use rusqlite::{Connection, OptionalExtension};
use zeroize::Zeroizing;

use crate::documents::{Doc, DocumentKind};
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

/// A shared document and what of it was last sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedDocument {
    pub id: String,
    pub kind: DocumentKind,
    pub sent_heads: Vec<Head>,
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
pub(crate) fn known_heads(
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
    let was = known_heads(conn, link, id)?;
    let was = if replace { None } else { was };
    match with_known(was, heads, am)? {
        Some(known) => write_known(conn, link, id, &known),
        None => Ok(()),
    }
}

/// What is known to be held of a document (as [`known_heads`] read it) with `heads` added,
/// folded into the document's own heads there when there are too many and `am` is given;
/// `None` when it is held whole already (nothing to write).
pub(crate) fn with_known(
    was: Option<Option<Vec<Head>>>,
    heads: &[Head],
    am: Option<&mut AutoCommit>,
) -> Result<Option<Vec<Head>>, StoreError> {
    let mut known = match was {
        Some(None) => return Ok(None),
        Some(Some(known)) => known,
        None => Vec::new(),
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
    Ok(Some(known))
}

/// Keeps `known` as what `link` is known to hold of document `id`.
pub(crate) fn write_known(
    conn: &Connection,
    link: LinkId,
    id: &str,
    known: &[Head],
) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO shared_before(link, id, known, whole) VALUES (?1, ?2, ?3, 0)
         ON CONFLICT(link, id) DO UPDATE SET known = excluded.known",
        (link, id, heads_blob(known)),
    )?;
    Ok(())
}

/// The heads of `changes`: those no other of them builds on.
pub(crate) fn heads_of(changes: &[&Change]) -> Vec<Head> {
    changes
        .iter()
        .filter(|c| !changes.iter().any(|other| other.deps().contains(&c.hash())))
        .map(|c| c.hash().0)
        .collect()
}

pub(crate) fn same_heads(a: &[Head], b: &[Head]) -> bool {
    heads_blob(a) == heads_blob(b)
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
