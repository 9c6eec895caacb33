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
use rusqlite::OptionalExtension;

use crate::documents::Doc;
use crate::sharing::{Head, sent_heads, set_sent_heads, to_heads};
use crate::{Store, StoreError};

/// What comparing the other side's account of one document found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TheirCopy {
    /// The other side holds changes this vault does not (or holds them only waiting for ones
    /// they build on that never came).
    pub we_lack: bool,
    /// The other side lacks changes already delivered to it: they go again with the next send.
    pub they_lack: bool,
}

impl Store {
    /// Compares what the other side says it holds of document `id` (`their_heads`, having read
    /// the mailbox up to the relay's message `they_read_to`) with this vault, and puts the
    /// document's sent heads back to what it holds when delivered changes are missing there.
    /// `None` if the document is not shared here.
    pub fn compare_with_their_copy(
        &mut self,
        id: &str,
        their_heads: &[Head],
        they_read_to: u64,
    ) -> Result<Option<TheirCopy>, StoreError> {
        self.write(|tx, ctx| {
            let Some(sent) = sent_heads(tx, id)? else {
                return Ok(None);
            };
            let sent_seq: i64 = tx
                .query_row(
                    "SELECT sent_seq FROM shared_documents WHERE id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or(0);
            let Some(mut doc) = Doc::load_opt(tx, ctx, id)? else {
                // Shared, but nothing of it is here yet: whatever they hold, this side lacks.
                return Ok(Some(TheirCopy {
                    we_lack: !their_heads.is_empty(),
                    they_lack: false,
                }));
            };
            let (known, unknown): (Vec<ChangeHash>, Vec<ChangeHash>) = their_heads
                .iter()
                .map(|h| ChangeHash(*h))
                .partition(|h| doc.am.get_change_meta_by_hash(h).is_some());
            let mut copy = TheirCopy {
                we_lack: !unknown.is_empty(),
                they_lack: false,
            };
            // Heads not here build on what is not here either: what they cover cannot be
            // worked out until they come (asking for them comes first).
            if copy.we_lack {
                return Ok(Some(copy));
            }
            let missing_there: HashSet<ChangeHash> = doc
                .am
                .get_changes(&known)
                .iter()
                .map(|c| c.hash())
                .collect();
            if missing_there.is_empty() {
                return Ok(Some(copy));
            }
            let sent_known: Vec<ChangeHash> = sent
                .iter()
                .map(|h| ChangeHash(*h))
                .filter(|h| doc.am.get_change_meta_by_hash(h).is_some())
                .collect();
            let unsent: HashSet<ChangeHash> = doc
                .am
                .get_changes(&sent_known)
                .iter()
                .map(|c| c.hash())
                .collect();
            let delivered_missing = missing_there.iter().any(|h| !unsent.contains(h));
            let read_far_enough = u64::try_from(sent_seq).unwrap_or(0) <= they_read_to;
            if delivered_missing && read_far_enough {
                copy.they_lack = true;
                set_sent_heads(tx, id, &to_heads(&known))?;
            }
            Ok(Some(copy))
        })
    }

    /// Every shared document held here, with its heads (for telling the other side).
    pub fn shared_heads(&self) -> Result<Vec<(String, Vec<Head>)>, StoreError> {
        let mut out = Vec::new();
        for shared in self.shared_documents()? {
            let Some(mut doc) = Doc::load_opt(&self.conn, &self.ctx, &shared.id)? else {
                continue;
            };
            out.push((shared.id, to_heads(&doc.am.get_heads())));
        }
        Ok(out)
    }

    /// How many changes from the other side wait for ones they build on.
    pub fn waiting_changes(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM pending_changes", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }
}
