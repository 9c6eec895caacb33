//! Typed domain records for one Harbour vault, stored in a single SQLite/SQLCipher database.
//!
//! The vault crate opens and keys the connection; [`Store::open`] takes it from there: it runs
//! the embedded migrations, seeds built-in content on first run and exposes typed operations
//! per area:
//!
//! - [`plan`]: the safety plan (sections, stage, guidance, items, review dates)
//! - [`contacts`]: trusted contacts
//! - [`checklists`]: routine-change and tech-safety checklists with recurrence
//! - [`incidents`]: the append-only, hash-chained and signed incident log
//! - [`attachments`]: evidence files stored inside the database
//! - [`risk`]: the risk screening, kept as dated answer sets
//! - [`directory`]: the support directory (UK defaults)
//! - [`settings`]: typed app settings
//! - [`search`]: full-text search over all of the above
//! - [`documents`]: the CRDT (automerge) documents behind plans, contacts and checklists
//! - [`sharing`]: what is shared with the other side of a case, and changes waiting to apply
//! - [`drafts`]: what was being written, unsaved, when the app hid (offered back later)
//!
//! Every write runs in one transaction, so derived rows (listing tables, the search index)
//! never drift from their source.

pub mod applying;
pub mod attachments;
pub mod canonical;
pub mod caseload;
pub mod causing_harm;
mod change_ops;
pub mod checklists;
mod compaction;
mod companion;
pub mod contacts;
pub mod directory;
pub mod documents;
pub mod drafts;
mod error;
mod folder_facts;
pub mod incident_links;
pub mod incidents;
pub mod notebook;
pub mod orders;
#[cfg(test)]
mod page_words;
pub mod plan;
mod recovery_note;
pub mod risk;
mod risk_questions;
mod risk_sign_offs;
mod schema;
pub mod search;
pub mod settings;
pub mod shared_files;
pub mod shared_records;
pub mod sharing;
mod signing;
pub mod their_copy;
mod time;

use automerge::ActorId;
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};

pub use applying::{Applied, Incoming, Merged, ToApply, Unshared, Written};
pub use attachments::{AttachmentMeta, MAX_ATTACHMENT_BYTES, plain_name};
pub use caseload::{CaseEntry, CaseRisk, CaseSharing, check_case_label};
pub use causing_harm::{HarmProfile, HarmProfileFields};
pub use checklists::{Checklist, ChecklistItem, Recurrence};
pub use contacts::{Contact, ContactFields};
pub use directory::{SupportService, SupportServiceFields};
pub use documents::{DocumentKind, SaveListener};
pub use drafts::{Draft, DraftFields, check_draft};
pub use error::StoreError;
pub use incident_links::{IncidentLink, LinkKind};
pub use incidents::{
    Behaviour, BrokenLink, ChainBreak, ChainHead, ChainReport, ImportedFile, Incident,
    IncidentFields, IncidentFilter, IncidentKind, IncidentPage, IncidentRevision, MAX_TEXT_CHARS,
    Page, PageCursor, PoliceContact,
};
pub use notebook::{NotebookPage, Space};
pub use orders::{CourtOrder, OrderCondition, OrderFields, OrderKind, OrderReminder};
pub use plan::{PLAN_DOC_ID, Plan, PlanItem, PlanSection, PlanStage, Section};
pub use risk::{
    CompletedBy, Instrument, Judgement, MaracReason, NewScreening, RiskAnswer, RiskAnswered,
    RiskLevel, RiskQuestion, RiskScreening, SignOff, risk_level, risk_questions,
};
pub use search::{SearchHit, SearchKind};
pub use settings::{Disguise, LANGUAGES, Settings, TEXT_SIZES, UpdateSource};
pub use shared_files::{FileArrival, FilePart, FileSharing, PartTaken, SharedFile};
pub use shared_records::{
    INCIDENT_LOG_ID, RISK_SCREENINGS_ID, RecordsCheck, SharedIncident, is_record_view,
};
pub use sharing::{Head, LinkId, SharedDocument};
pub use signing::{VaultSigningKey, verify_record, verify_signature};
pub use their_copy::{Holds, Resend, TheirCopy};

/// Per-vault state needed by writes, kept apart from the connection so a transaction borrow
/// and these can coexist.
pub(crate) struct Context {
    /// The automerge actor for this session's own edits: random per [`Store::open`], see
    /// [`session_actor`].
    pub(crate) actor: ActorId,
    pub(crate) signing_key: VaultSigningKey,
    /// Shared documents as last saved, so an edit need not replay a document's whole history.
    pub(crate) documents: documents::DocCache,
    /// What the shared record views were last rebuilt from (see `shared_records.rs`), so a
    /// send need not read every incident when none changed.
    pub(crate) record_marks: shared_records::RecordMarks,
}

/// One open vault's records.
pub struct Store {
    conn: Connection,
    ctx: Context,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

impl Store {
    /// Takes an already-opened (in production: already keyed) connection, applies pending
    /// migrations and, on first run, seeds built-in content: all in one transaction, so a crash
    /// part-way leaves the database as it was.
    pub fn open(mut conn: Connection) -> Result<Store, StoreError> {
        // Per-connection, not a security setting: the vault crate owns key/WAL/secure_delete.
        conn.pragma_update(None, "foreign_keys", true)?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let first_run = schema::migrate(&tx)?;
        let actor = session_actor()?;
        let signing_key = VaultSigningKey::load_or_create(&tx)?;
        let ctx = Context {
            actor,
            signing_key,
            documents: documents::DocCache::default(),
            record_marks: shared_records::RecordMarks::default(),
        };
        if first_run {
            plan::seed(&tx, &ctx)?;
            checklists::seed(&tx, &ctx)?;
            settings::seed(&tx)?;
        }
        // At first run every built-in directory entry; later, those a newer version added.
        directory::add_missing_builtins(&tx)?;
        tx.commit()?;
        Ok(Store { conn, ctx })
    }

    /// Fills a freshly opened store with plausible, harmless content for a decoy vault.
    ///
    /// Someone forcing the victim to open the app must see an ordinary, lightly used notebook:
    /// the built-in abuse-specific checklists are removed and the specialist helplines hidden
    /// (999 and 101 stay, as any UK directory would have them), then mundane lists and notes
    /// are added, in `words`' language, which becomes the store's own. Running it twice does not
    /// duplicate anything.
    pub fn seed_decoy(&mut self, words: &harbour_words::Words) -> Result<(), StoreError> {
        self.write(|tx, ctx| {
            let done: Option<Vec<u8>> = tx
                .query_row(
                    "SELECT value FROM store_meta WHERE key = 'decoy_seeded'",
                    [],
                    |r| r.get(0),
                )
                .optional()?;
            if done.is_some() {
                return Ok(());
            }
            checklists::seed_decoy(tx, ctx, words)?;
            contacts::seed_decoy(tx, ctx, words)?;
            directory::seed_decoy(tx)?;
            tx.execute(
                "INSERT INTO store_meta(key, value) VALUES ('decoy_seeded', x'01')",
                [],
            )?;
            Ok(())
        })
    }

    /// How many times a document has been saved since this store was opened (edits, merges,
    /// changes received). A live session compares it with the count it last sent at, to send
    /// edits soon after they are saved without asking the database. A save in a transaction
    /// that then rolled back is counted too, which only costs a look that finds nothing.
    pub fn document_saves(&self) -> u64 {
        self.ctx.documents.saves()
    }

    /// Calls `listener` after every document save from now on (`None` stops): a live session
    /// uses it to send an edit the moment it is saved. It runs inside the saving transaction,
    /// so it must only wake something up; whatever it wakes reaches the store after the save
    /// has committed (or finds nothing new, if it rolled back).
    pub fn listen_for_saves(&self, listener: Option<documents::SaveListener>) {
        self.ctx.documents.set_listener(listener);
    }

    /// The underlying connection, for read-only inspection (benchmarks, diagnostics).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Closes the connection, reporting any error SQLite raises while doing so.
    pub fn close(self) -> Result<(), StoreError> {
        let Store { conn, ctx } = self;
        drop(ctx);
        conn.close().map_err(|(_, e)| StoreError::Database(e))
    }

    /// Runs `f` in an immediate transaction and commits only if it succeeds.
    /// Sets a `store_meta` value: small facts the vault keeps about itself.
    pub(crate) fn put_meta(&mut self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO store_meta(key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = ?2",
                (key, value),
            )?;
            Ok(())
        })
    }

    /// A `store_meta` value, if set.
    pub(crate) fn meta(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT value FROM store_meta WHERE key = ?1", [key], |r| {
                r.get::<_, Vec<u8>>(0)
            })
            .optional()?)
    }

    pub(crate) fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>, &Context) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx, &self.ctx)?;
        tx.commit()?;
        Ok(out)
    }
}

/// A fresh random automerge actor for this session's edits.
///
/// Never stored: automerge identifies a change by (actor, seq), and a vault restored from a
/// backup, or a copied vault file, would otherwise continue the same actor's sequence numbers
/// with different changes than the ones the other side already has from it, and the copies
/// could no longer be merged. A new actor per open makes every session's changes distinct.
fn session_actor() -> Result<ActorId, StoreError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|_| StoreError::Random)?;
    Ok(ActorId::from(bytes))
}
