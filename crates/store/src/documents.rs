//! Shareable documents: the CRDT (automerge) source of truth for plans, contacts and checklists.
//!
//! A later feature lets a client and their advocate co-edit these live and offline, so each
//! shareable thing is an automerge document kept in the `documents` table. The SQL tables used
//! for listing and search are *derived* from the document in the same transaction as every
//! change (local edit or merged remote copy), so they can never disagree.
//!
//! Granularity (one document each):
//! - the plan header (stage, review date): small and shared whenever any of the plan is;
//! - each plan **section** with its notes and items: the victim chooses *per section* what to
//!   share, so a section is the unit that can be shared or revoked on its own;
//! - each **contact**: contacts are shared one by one, never as a whole address book;
//! - each **checklist** with its items: items make no sense apart from their list.
//!
//! Inside a document, free text is an automerge `Text` (character-level merging), items are a
//! map keyed by item id (concurrent additions on both sides both survive), and small values
//! (dates, flags) are last-writer-wins scalars. Deleting a contact or checklist sets a
//! `deleted` flag rather than dropping the document, so a stale remote copy cannot resurrect it.
//!
//! Documents that both sides may create independently (the plan, its sections, built-in
//! checklists) have fixed ids and a *deterministic first change* (fixed actor, time 0), so the
//! two copies share their first change and merge cleanly instead of conflicting. Every later
//! change is made by the session's actor, a random id chosen afresh on every
//! [`Store::open`] and never stored: a restored backup or a copied vault file must not reuse
//! (actor, seq) pairs for changes different from ones the other side already holds. Every
//! change is committed with time 0: when a change was made is not something the other side
//! needs.
//!
//! **The first change of a built-in document is frozen.** Its bytes are fixed by the seed
//! content (plan stage and section codes, built-in checklist titles, warnings, item ids, texts,
//! recurrences and positions) and by [`Doc::create`]'s header. Editing any of that changes the
//! genesis change hash, and a vault created by one version would then no longer share its
//! first change with a vault created by another: their copies of the same document would
//! conflict instead of merging. Change built-in content with an ordinary later change (e.g. in
//! a migration step), never by editing the seed. A test pins every genesis hash.
//!
//! Incidents are deliberately not here: they are signed, append-only records (see
//! [`crate::incidents`]).

use harbour_reason::reason;
use std::collections::HashMap;

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, AutoCommit, ObjId, ObjType, ROOT, ReadDoc, ScalarValue, Value};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{Context, Store, StoreError};

pub(crate) const SCHEMA: i64 = 1;
/// Remote copies larger than this are refused before parsing.
const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// What a shareable document holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DocumentKind {
    Plan,
    PlanSection,
    Contact,
    Checklist,
    /// The person's incident log, shared read-only (see `shared_records.rs`).
    IncidentLog,
    /// The person's risk screenings, shared read-only.
    RiskScreenings,
}

impl DocumentKind {
    /// Written only by the person whose records they show: changes arriving for them are
    /// refused by that person's vault.
    pub fn is_read_only(self) -> bool {
        matches!(
            self,
            DocumentKind::IncidentLog | DocumentKind::RiskScreenings
        )
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            DocumentKind::Plan => "plan",
            DocumentKind::PlanSection => "plan-section",
            DocumentKind::Contact => "contact",
            DocumentKind::Checklist => "checklist",
            DocumentKind::IncidentLog => "incident-log",
            DocumentKind::RiskScreenings => "risk-screenings",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "plan" => DocumentKind::Plan,
            "plan-section" => DocumentKind::PlanSection,
            "contact" => DocumentKind::Contact,
            "checklist" => DocumentKind::Checklist,
            "incident-log" => DocumentKind::IncidentLog,
            "risk-screenings" => DocumentKind::RiskScreenings,
            _ => return None,
        })
    }
}

/// An automerge document loaded for reading or editing.
pub(crate) struct Doc {
    pub(crate) id: String,
    pub(crate) kind: DocumentKind,
    pub(crate) am: AutoCommit,
    pub(crate) cache: DocCache,
}

/// A saved document: the SHA-256 of its saved bytes, and the document.
type Saved = ([u8; 32], AutoCommit);

/// Documents as last saved, by id, keyed by the SHA-256 of the saved bytes.
///
/// Loading a document replays its whole history (about 6 ms for 2,000 edits, growing with every
/// edit), while copying a loaded one takes microseconds. A copy is used only if the bytes in the
/// database are exactly the ones it was saved as, so a rolled-back transaction, a merge or a
/// restore can never serve a stale document: the hashes would differ.
///
/// It also counts saves, so a live session can tell there is something new to send without
/// asking the database.
#[derive(Clone, Default)]
pub(crate) struct DocCache {
    saved: std::sync::Arc<std::sync::Mutex<HashMap<String, Saved>>>,
    saves: std::sync::Arc<std::sync::atomic::AtomicU64>,
    listener: std::sync::Arc<std::sync::Mutex<Option<SaveListener>>>,
}

/// Called after each document save (see [`crate::Store::listen_for_saves`]).
pub type SaveListener = std::sync::Arc<dyn Fn() + Send + Sync>;

/// Small documents, and few of them are edited in one sitting.
const CACHED_DOCUMENTS: usize = 64;

impl DocCache {
    fn get(&self, id: &str, bytes: &[u8]) -> Option<AutoCommit> {
        self.get_by_digest(id, &Sha256::digest(bytes).into())
    }

    /// The document saved as the bytes whose SHA-256 is `digest`, if kept.
    pub(crate) fn get_by_digest(&self, id: &str, digest: &[u8; 32]) -> Option<AutoCommit> {
        let cache = self.saved.lock().unwrap_or_else(|p| p.into_inner());
        match cache.get(id) {
            Some((d, am)) if d == digest => Some(am.clone()),
            _ => None,
        }
    }

    fn put(&self, id: &str, digest: [u8; 32], am: &AutoCommit) {
        self.put_copy(id, digest, am.clone());
    }

    /// [`DocCache::put`] of a copy made beforehand (copying a large document takes a while:
    /// a merge makes it without the vault held).
    pub(crate) fn put_copy(&self, id: &str, digest: [u8; 32], copy: AutoCommit) {
        let mut cache = self.saved.lock().unwrap_or_else(|p| p.into_inner());
        if cache.len() >= CACHED_DOCUMENTS && !cache.contains_key(id) {
            cache.clear();
        }
        cache.insert(id.to_owned(), (digest, copy));
        drop(cache);
        self.saves.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let listener = self
            .listener
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        if let Some(listener) = listener {
            listener();
        }
    }

    pub(crate) fn set_listener(&self, listener: Option<SaveListener>) {
        *self.listener.lock().unwrap_or_else(|p| p.into_inner()) = listener;
    }

    pub(crate) fn saves(&self) -> u64 {
        self.saves.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// The fixed actor that makes a document's first change, derived from its id (frozen: part of
/// every built-in document's genesis change hash).
pub(crate) fn genesis_actor(id: &str) -> ActorId {
    let digest = Sha256::digest(format!("harbour/document-genesis/v1\0{id}").as_bytes());
    ActorId::from(&digest[..16])
}

pub(crate) fn commit(am: &mut AutoCommit) {
    am.commit_with(CommitOptions::default().with_time(0));
}

impl Doc {
    /// Creates a document whose first change is deterministic for a given id and `build`, made
    /// by the fixed genesis actor; later edits use the session actor. The header written here
    /// is frozen (see the module documentation).
    pub(crate) fn create(
        ctx: &Context,
        id: &str,
        kind: DocumentKind,
        build: impl FnOnce(&mut AutoCommit) -> Result<(), StoreError>,
    ) -> Result<Doc, StoreError> {
        let mut am = AutoCommit::new().with_actor(genesis_actor(id));
        am.put(ROOT, "schema", SCHEMA)?;
        am.put(ROOT, "kind", kind.code())?;
        am.put(ROOT, "id", id)?;
        build(&mut am)?;
        commit(&mut am);
        am.set_actor(ctx.actor.clone());
        Ok(Doc {
            id: id.to_owned(),
            kind,
            am,
            cache: ctx.documents.clone(),
        })
    }

    pub(crate) fn load(conn: &Connection, ctx: &Context, id: &str) -> Result<Doc, StoreError> {
        Self::load_opt(conn, ctx, id)?.ok_or(StoreError::NotFound)
    }

    pub(crate) fn load_opt(
        conn: &Connection,
        ctx: &Context,
        id: &str,
    ) -> Result<Option<Doc>, StoreError> {
        let row: Option<(String, Vec<u8>)> = conn
            .query_row(
                "SELECT kind, bytes FROM documents WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((kind, bytes)) = row else {
            return Ok(None);
        };
        let kind = DocumentKind::from_code(&kind)
            .ok_or_else(|| StoreError::Corrupt("unknown document kind".into()))?;
        let am = match ctx.documents.get(id, &bytes) {
            Some(am) => am,
            None => {
                let mut am = AutoCommit::load(&bytes).map_err(|_| {
                    StoreError::Corrupt("a shared document could not be decoded".into())
                })?;
                am.set_actor(ctx.actor.clone());
                am
            }
        };
        Ok(Some(Doc {
            id: id.to_owned(),
            kind,
            am,
            cache: ctx.documents.clone(),
        }))
    }

    /// Loads a document and checks it is of the expected kind.
    pub(crate) fn load_kind(
        conn: &Connection,
        ctx: &Context,
        id: &str,
        kind: DocumentKind,
    ) -> Result<Doc, StoreError> {
        let doc = Self::load(conn, ctx, id)?;
        if doc.kind != kind {
            return Err(StoreError::NotFound);
        }
        Ok(doc)
    }

    /// Commits pending edits, stores the bytes and re-derives the SQL rows, all inside the
    /// caller's transaction.
    pub(crate) fn save(&mut self, conn: &Connection) -> Result<(), StoreError> {
        self.save_within(conn, usize::MAX).map(|_| ())
    }

    /// [`Doc::save`], only if the document takes at most `most` bytes saved; `None` (nothing
    /// written) if it takes more.
    pub(crate) fn save_within(
        &mut self,
        conn: &Connection,
        most: usize,
    ) -> Result<Option<()>, StoreError> {
        commit(&mut self.am);
        let bytes = self.am.save();
        if bytes.len() > most {
            return Ok(None);
        }
        let digest = Sha256::digest(&bytes).into();
        self.write_saved(conn, &bytes, digest).map(Some)
    }

    /// Writes `bytes`, this document as saved (their SHA-256 is `digest`), and its derived rows.
    pub(crate) fn write_saved(
        &mut self,
        conn: &Connection,
        bytes: &[u8],
        digest: [u8; 32],
    ) -> Result<(), StoreError> {
        self.cache.put(&self.id, digest, &self.am);
        self.write_bytes(conn, bytes)
    }

    /// Writes `bytes`, this document as saved, and its derived rows, leaving the cache as it is.
    pub(crate) fn write_bytes(&self, conn: &Connection, bytes: &[u8]) -> Result<(), StoreError> {
        conn.execute(
            "INSERT INTO documents(id, kind, bytes, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(id) DO UPDATE SET bytes = excluded.bytes, updated_at = excluded.updated_at",
            (
                &self.id,
                self.kind.code(),
                bytes,
                crate::time::to_micros(crate::time::now()),
            ),
        )?;
        self.derive(conn)
    }

    fn derive(&self, conn: &Connection) -> Result<(), StoreError> {
        match self.kind {
            DocumentKind::Plan => crate::plan::derive_plan(conn, self),
            DocumentKind::PlanSection => crate::plan::derive_section(conn, self),
            DocumentKind::Contact => crate::contacts::derive(conn, self),
            DocumentKind::Checklist => crate::checklists::derive(conn, self),
            // Read through `shared_incidents` / `shared_risk_screenings`: no rows to derive.
            DocumentKind::IncidentLog | DocumentKind::RiskScreenings => Ok(()),
        }
    }

    // ---- reading helpers: tolerant, because a merged remote copy may hold anything ----

    pub(crate) fn text(&self, obj: &ObjId, key: &str) -> String {
        read_text(&self.am, obj, key)
    }

    pub(crate) fn opt_str(&self, obj: &ObjId, key: &str) -> Option<String> {
        match self.am.get(obj, key) {
            Ok(Some((Value::Scalar(s), _))) => match s.as_ref() {
                ScalarValue::Str(s) => Some(s.to_string()),
                _ => None,
            },
            Ok(Some((Value::Object(ObjType::Text), id))) => self.am.text(&id).ok(),
            _ => None,
        }
    }

    pub(crate) fn opt_bytes(&self, obj: &ObjId, key: &str) -> Option<Vec<u8>> {
        match self.am.get(obj, key) {
            Ok(Some((Value::Scalar(s), _))) => match s.as_ref() {
                ScalarValue::Bytes(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    pub(crate) fn opt_i64(&self, obj: &ObjId, key: &str) -> Option<i64> {
        match self.am.get(obj, key) {
            Ok(Some((Value::Scalar(s), _))) => match s.as_ref() {
                ScalarValue::Int(i) => Some(*i),
                ScalarValue::Uint(u) => i64::try_from(*u).ok(),
                _ => None,
            },
            _ => None,
        }
    }

    pub(crate) fn bool(&self, obj: &ObjId, key: &str) -> bool {
        matches!(
            self.am.get(obj, key),
            Ok(Some((Value::Scalar(s), _))) if matches!(s.as_ref(), ScalarValue::Boolean(true))
        )
    }

    /// The `(key, object)` entries of a map-of-maps, e.g. the items of a checklist.
    pub(crate) fn map_entries(&self, obj: &ObjId, key: &str) -> Vec<(String, ObjId)> {
        let Ok(Some((Value::Object(ObjType::Map), map))) = self.am.get(obj, key) else {
            return Vec::new();
        };
        self.am
            .keys(&map)
            .filter_map(|k| match self.am.get(&map, k.as_str()) {
                Ok(Some((Value::Object(ObjType::Map), item))) => Some((k, item)),
                _ => None,
            })
            .collect()
    }

    /// The object id of the entry `item_id` in the map at `key`, if present.
    pub(crate) fn map_entry(&self, key: &str, item_id: &str) -> Option<ObjId> {
        let Ok(Some((Value::Object(ObjType::Map), map))) = self.am.get(ROOT, key) else {
            return None;
        };
        match self.am.get(&map, item_id) {
            Ok(Some((Value::Object(ObjType::Map), item))) => Some(item),
            _ => None,
        }
    }

    pub(crate) fn root_map(&mut self, key: &str) -> Result<ObjId, StoreError> {
        ensure_map(&mut self.am, &ROOT, key)
    }
}

fn read_text(am: &AutoCommit, obj: &ObjId, key: &str) -> String {
    match am.get(obj, key) {
        Ok(Some((Value::Object(ObjType::Text), id))) => am.text(&id).unwrap_or_default(),
        Ok(Some((Value::Scalar(s), _))) => match s.as_ref() {
            ScalarValue::Str(s) => s.to_string(),
            _ => String::new(),
        },
        _ => String::new(),
    }
}

/// Sets a text field, editing the existing `Text` object by diff so concurrent edits to other
/// parts of the same text merge instead of one side's edit replacing the other's.
pub(crate) fn put_text(
    am: &mut AutoCommit,
    obj: &ObjId,
    key: &str,
    value: &str,
) -> Result<(), StoreError> {
    if let Ok(Some((Value::Object(ObjType::Text), id))) = am.get(obj, key) {
        if am.text(&id)? != value {
            am.update_text(&id, value)?;
        }
        return Ok(());
    }
    let id = am.put_object(obj, key, ObjType::Text)?;
    am.splice_text(&id, 0, 0, value)?;
    Ok(())
}

/// Sets an optional scalar, writing nothing if the value is unchanged (no empty changes).
pub(crate) fn put_opt<V: Into<ScalarValue> + Clone + PartialEq + std::fmt::Debug>(
    am: &mut AutoCommit,
    obj: &ObjId,
    key: &str,
    value: Option<V>,
) -> Result<(), StoreError> {
    let new: ScalarValue = match value {
        Some(v) => v.into(),
        None => ScalarValue::Null,
    };
    if let Ok(Some((Value::Scalar(old), _))) = am.get(obj, key)
        && old.as_ref() == &new
    {
        return Ok(());
    }
    am.put(obj, key, new)?;
    Ok(())
}

pub(crate) fn ensure_map(am: &mut AutoCommit, obj: &ObjId, key: &str) -> Result<ObjId, StoreError> {
    if let Ok(Some((Value::Object(ObjType::Map), id))) = am.get(obj, key) {
        return Ok(id);
    }
    Ok(am.put_object(obj, key, ObjType::Map)?)
}

pub(crate) fn header(am: &AutoCommit) -> Option<(String, DocumentKind, i64)> {
    let id = match am.get(ROOT, "id").ok()?? {
        (Value::Scalar(s), _) => match s.as_ref() {
            ScalarValue::Str(s) => s.to_string(),
            _ => return None,
        },
        _ => return None,
    };
    let kind = match am.get(ROOT, "kind").ok()?? {
        (Value::Scalar(s), _) => match s.as_ref() {
            ScalarValue::Str(s) => DocumentKind::from_code(s)?,
            _ => return None,
        },
        _ => return None,
    };
    let schema = match am.get(ROOT, "schema").ok()?? {
        (Value::Scalar(s), _) => match s.as_ref() {
            ScalarValue::Int(i) => *i,
            _ => return None,
        },
        _ => return None,
    };
    Some((id, kind, schema))
}

impl Store {
    /// The full automerge bytes of a shareable document, to send to the other side.
    pub fn document_bytes(&self, id: &str) -> Result<Vec<u8>, StoreError> {
        self.conn
            .query_row("SELECT bytes FROM documents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(StoreError::NotFound)
    }

    /// Every shareable document's id and kind, ordered by id.
    pub fn list_documents(&self) -> Result<Vec<(String, DocumentKind)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, kind FROM documents ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, kind) = row?;
            let kind = DocumentKind::from_code(&kind)
                .ok_or_else(|| StoreError::Corrupt("unknown document kind".into()))?;
            out.push((id, kind));
        }
        Ok(out)
    }

    /// Applies a remote copy of document `id` (the full bytes from the other side's
    /// [`Store::document_bytes`]) and re-derives its SQL rows. A document not yet known here is
    /// adopted. The copy must itself say it is document `id` of the same kind; anything else is
    /// refused and nothing changes.
    pub fn merge_document(&mut self, id: &str, bytes: &[u8]) -> Result<(), StoreError> {
        let refuse = || StoreError::invalid(reason("documents-shared-copy-unreadable"));
        if bytes.len() > MAX_DOCUMENT_BYTES {
            return Err(StoreError::invalid(reason(
                "documents-shared-copy-too-large",
            )));
        }
        // Check the copy on its own first: once merged, a foreign document's header would
        // conflict with ours and either could win, hiding what it really is.
        let mut incoming = AutoCommit::load(bytes).map_err(|_| refuse())?;
        let (incoming_id, incoming_kind, schema) = header(&incoming).ok_or_else(refuse)?;
        if incoming_id != id || schema > SCHEMA {
            return Err(refuse());
        }
        self.write(|tx, ctx| {
            let mut doc = match Doc::load_opt(tx, ctx, id)? {
                Some(mut doc) => {
                    if doc.kind != incoming_kind {
                        return Err(refuse());
                    }
                    doc.am.merge(&mut incoming).map_err(|_| refuse())?;
                    doc
                }
                None => {
                    incoming.set_actor(ctx.actor.clone());
                    Doc {
                        id: id.to_owned(),
                        kind: incoming_kind,
                        am: incoming,
                        cache: ctx.documents.clone(),
                    }
                }
            };
            match header(&doc.am) {
                Some((doc_id, kind, schema))
                    if doc_id == id && kind == doc.kind && schema <= SCHEMA => {}
                _ => return Err(refuse()),
            }
            doc.save(tx)
        })
    }
}

#[cfg(test)]
mod cache_tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::Section;

    #[test]
    fn a_cached_copy_is_used_only_for_the_exact_bytes_it_was_saved_as() {
        let mut store = Store::open(Connection::open_in_memory().unwrap()).unwrap();
        let id = Section::EscapeBag.document_id();
        store
            .set_section_notes(Section::EscapeBag, "in the database")
            .unwrap();
        // A copy saved as other bytes (as if its transaction had rolled back) is not used.
        let mut other = Doc::load(&store.conn, &store.ctx, &id).unwrap();
        put_text(&mut other.am, &ROOT, "notes", "never committed").unwrap();
        commit(&mut other.am);
        let bytes = other.am.save();
        store
            .ctx
            .documents
            .put(&id, Sha256::digest(&bytes).into(), &other.am);
        let loaded = Doc::load(&store.conn, &store.ctx, &id).unwrap();
        assert_eq!(loaded.text(&ROOT, "notes"), "in the database");
        // The copy for the bytes in the database is.
        let stored = store.document_bytes(&id).unwrap();
        assert!(store.ctx.documents.get(&id, &stored).is_none());
        store
            .set_section_notes(Section::EscapeBag, "edited")
            .unwrap();
        let stored = store.document_bytes(&id).unwrap();
        assert!(store.ctx.documents.get(&id, &stored).is_some());
        assert_eq!(
            store.plan_section(Section::EscapeBag).unwrap().notes,
            "edited"
        );
    }
}
