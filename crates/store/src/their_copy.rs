//! What the other side says it holds of each shared document, against what this vault holds.
//!
//! The sync engine marks a document's changes as sent once the relay has stored them, and never
//! sends them again by itself. A relay that loses a message it acknowledged (or deletes it, or
//! keeps it past its retention) would leave the other side's copy short for good, and nobody
//! would know. So each side now and then tells the other the heads it holds of every shared
//! document and how far through the mailbox it has read (the engine's `have.rs`). Here, that
//! account is compared with this vault:
//!
//! - heads this vault does not hold (or holds only waiting for ones before them) mean changes
//!   from the other side never arrived here: the engine asks for them;
//! - changes of this vault that the other side's heads do not cover, and that were delivered in
//!   a message it says it has read, never arrived there: the document's sent heads go back to
//!   what the other side holds, so the next send carries them again.
//!
//! Changes sent after the message the other side has read up to are left alone: they are most
//! likely still on their way, and sending them twice would only cost bandwidth. So is a document
//! whose account names heads not here: what those cover is unknown until they arrive.

use std::collections::HashSet;

use automerge::ChangeHash;
use rusqlite::{Connection, OptionalExtension};

use crate::documents::Doc;
use crate::sharing::{Head, LinkId, sent_heads, set_sent_heads, to_heads};
use crate::{Context, Store, StoreError};

/// What the other side's heads say of what it holds of one document of this vault's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// Everything delivered to it.
    Covered,
    /// Not everything delivered to it: what is missing goes again with the next send.
    Lacks,
    /// Cannot be told yet: it has not read as far as the last send, or names heads not here.
    NotYetKnown,
}

/// What comparing the other side's account of one document found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TheirCopy {
    /// The other side holds changes this vault does not (or holds them only waiting for ones
    /// they build on that never came).
    pub we_lack: bool,
    pub they_hold: Holds,
}

/// What may be done about what the other side lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resend {
    /// Put the sent heads back, so what is missing goes again.
    Allowed,
    /// Only say what is missing (sent again too often lately).
    Held,
}

/// The hashes of every change `heads` does not cover.
fn changes_after(am: &mut automerge::AutoCommit, heads: &[ChangeHash]) -> HashSet<ChangeHash> {
    am.get_changes(heads).iter().map(|c| c.hash()).collect()
}

fn compare_one(
    tx: &Connection,
    ctx: &Context,
    link: LinkId,
    id: &str,
    their_heads: &[Head],
    they_read_to: u64,
    resend: Resend,
) -> Result<Option<TheirCopy>, StoreError> {
    let Some(sent) = sent_heads(tx, link, id)? else {
        return Ok(None);
    };
    let sent_seq: i64 = tx
        .query_row(
            "SELECT sent_seq FROM shared_documents WHERE link = ?1 AND id = ?2",
            (link, id),
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0);
    let Some(mut doc) = Doc::load_opt(tx, ctx, id)? else {
        // Shared, but nothing of it is here yet: whatever they hold, this side lacks.
        return Ok(Some(TheirCopy {
            we_lack: !their_heads.is_empty(),
            they_hold: Holds::NotYetKnown,
        }));
    };
    let (known, unknown): (Vec<ChangeHash>, Vec<ChangeHash>) = their_heads
        .iter()
        .map(|h| ChangeHash(*h))
        .partition(|h| doc.am.get_change_meta_by_hash(h).is_some());
    // Heads not here build on what is not here either: what they cover cannot be worked out
    // until they come (asking for them comes first).
    if !unknown.is_empty() {
        return Ok(Some(TheirCopy {
            we_lack: true,
            they_hold: Holds::NotYetKnown,
        }));
    }
    let missing_there = changes_after(&mut doc.am, &known);
    let mut copy = TheirCopy {
        we_lack: false,
        they_hold: Holds::Covered,
    };
    if missing_there.is_empty() {
        return Ok(Some(copy));
    }
    let sent_known: Vec<ChangeHash> = sent
        .iter()
        .map(|h| ChangeHash(*h))
        .filter(|h| doc.am.get_change_meta_by_hash(h).is_some())
        .collect();
    let unsent = changes_after(&mut doc.am, &sent_known);
    if missing_there.iter().all(|h| unsent.contains(h)) {
        // Only what has not gone yet: the next send carries it anyway.
        return Ok(Some(copy));
    }
    if u64::try_from(sent_seq).unwrap_or(0) > they_read_to {
        copy.they_hold = Holds::NotYetKnown;
        return Ok(Some(copy));
    }
    copy.they_hold = Holds::Lacks;
    if resend == Resend::Allowed {
        set_sent_heads(tx, link, id, &to_heads(&known))?;
    }
    Ok(Some(copy))
}

impl Store {
    /// Compares what the other side of `link` says it holds of each document in `theirs` (its
    /// heads of each, having read the mailbox up to the relay's message `they_read_to`) with
    /// this vault,
    /// in one transaction, and (when `resend` allows) puts a document's sent heads back to what
    /// the other side holds when delivered changes are missing there. `None` for a document not
    /// shared here.
    pub fn compare_with_their_copy(
        &mut self,
        link: LinkId,
        theirs: &[(&str, &[Head])],
        they_read_to: u64,
        resend: Resend,
    ) -> Result<Vec<Option<TheirCopy>>, StoreError> {
        self.write(|tx, ctx| {
            theirs
                .iter()
                .map(|(id, heads)| compare_one(tx, ctx, link, id, heads, they_read_to, resend))
                .collect()
        })
    }

    /// Every document shared through `link` held here, with its heads (for telling the other
    /// side).
    pub fn shared_heads(&self, link: LinkId) -> Result<Vec<(String, Vec<Head>)>, StoreError> {
        let mut out = Vec::new();
        for shared in self.shared_documents(link)? {
            let Some(mut doc) = Doc::load_opt(&self.conn, &self.ctx, &shared.id)? else {
                continue;
            };
            out.push((shared.id, to_heads(&doc.am.get_heads())));
        }
        Ok(out)
    }

    /// How many changes from the other side of `link` wait for ones they build on.
    pub fn waiting_changes(&self, link: LinkId) -> Result<u64, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM pending_changes WHERE link = ?1",
            [link],
            |r| r.get(0),
        )?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Drops the changes waiting for ones they build on, for every document but `listed`: the
    /// other side no longer shares the rest, so what they wait for will never come.
    pub fn drop_waiting_except(
        &mut self,
        link: LinkId,
        listed: &[&str],
    ) -> Result<u64, StoreError> {
        self.write(|tx, _| {
            let documents: Vec<String> = tx
                .prepare("SELECT DISTINCT document FROM pending_changes WHERE link = ?1")?
                .query_map([link], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let mut dropped = 0;
            for document in documents.iter().filter(|d| !listed.contains(&d.as_str())) {
                dropped += tx.execute(
                    "DELETE FROM pending_changes WHERE link = ?1 AND document = ?2",
                    (link, document),
                )? as u64;
            }
            Ok(dropped)
        })
    }

    /// No document's last send can have a relay number above `cursor` once the mailbox has been
    /// read to its end (this side's own messages come back in reads): a number the relay made
    /// up would otherwise keep what it lost from ever being sent again.
    pub fn clamp_sent_seq(&mut self, link: LinkId, cursor: u64) -> Result<(), StoreError> {
        let cursor = i64::try_from(cursor).unwrap_or(i64::MAX);
        self.write(|tx, _| {
            tx.execute(
                "UPDATE shared_documents SET sent_seq = ?2 WHERE link = ?1 AND sent_seq > ?2",
                (link, cursor),
            )?;
            Ok(())
        })
    }
}
