//! The incident log and the risk screenings, shared read-only.
//!
//! Neither is an automerge document: incidents are an append-only, hash-chained, signed log, and
//! screenings are dated answer sets. To share them, the person's vault keeps a *view* of each as
//! a document (one JSON string per incident, its latest revision, or per screening), rebuilt
//! from the records before anything is sent ([`Store::refresh_shared_records`]), so it travels
//! like any shared document. The views are read-only: the person's vault refuses any change to
//! them that arrives (see `apply_document_changes`), so an advocate, or anyone holding the case
//! key, can read the log but never alter it. Attachments stay on the person's computer unless
//! the person chooses one on an entry (`shared_files.rs`); the view says how many there are and
//! names the chosen ones.

use std::collections::BTreeMap;

use automerge::transaction::Transactable;
use automerge::{ObjType, ROOT, ReadDoc, ScalarValue, Value};
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::documents::{Doc, DocumentKind};
use crate::incidents::IncidentFields;
use crate::risk::RiskScreening;
use crate::shared_files::SharedFile;
use crate::{Context, Store, StoreError};

/// The shared view of the incident log.
pub const INCIDENT_LOG_ID: &str = "incident-log";
/// The shared view of the risk screenings.
pub const RISK_SCREENINGS_ID: &str = "risk-screenings";

/// One incident as an advocate sees it: its latest revision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SharedIncident {
    pub id: String,
    pub first_recorded_at: DateTime<Utc>,
    /// 1 for the original entry, more after corrections.
    pub revision: u32,
    pub recorded_at: DateTime<Utc>,
    /// As the person wrote it; `attachments` is always empty (the files are not shared).
    pub fields: IncidentFields,
    /// How many files the person attached (those not in `files` stay on their computer).
    pub attachment_count: u32,
    /// The files the person chose to show (their bytes travel apart: `shared_files.rs`).
    #[serde(default)]
    pub files: Vec<SharedFile>,
}

fn view_kind(id: &str) -> Option<DocumentKind> {
    match id {
        INCIDENT_LOG_ID => Some(DocumentKind::IncidentLog),
        RISK_SCREENINGS_ID => Some(DocumentKind::RiskScreenings),
        _ => None,
    }
}

/// Whether `id` is one of the read-only views.
pub fn is_record_view(id: &str) -> bool {
    view_kind(id).is_some()
}

/// What each record says now, keyed by id, as the JSON the view holds.
fn current_records(conn: &Connection, id: &str) -> Result<BTreeMap<String, String>, StoreError> {
    let mut out = BTreeMap::new();
    match id {
        INCIDENT_LOG_ID => {
            let chosen = crate::shared_files::chosen_by_incident(conn)?;
            let mut stmt = conn.prepare(
                "SELECT incident_id, head_seq, first_recorded_at FROM incidents_current",
            )?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            for (incident, seq, first) in rows {
                let revision = crate::incidents::revision_by_seq(conn, seq)?;
                let mut fields = revision.fields;
                let attachment_count = u32::try_from(fields.attachments.len()).unwrap_or(u32::MAX);
                let mut files = Vec::new();
                if let Some(ids) = chosen.get(&incident) {
                    for id in fields.attachments.iter().filter(|id| ids.contains(*id)) {
                        let meta = crate::attachments::meta(conn, id)?;
                        let raw = hex::decode(&meta.sha256)
                            .map_err(|_| StoreError::Corrupt("attachment hash".into()))?;
                        files.push(SharedFile {
                            parts: crate::shared_files::part_hashes(conn, &raw)?,
                            sha256: meta.sha256,
                            file_name: meta.file_name,
                            media_type: meta.media_type,
                            size: meta.size,
                        });
                    }
                }
                fields.attachments.clear();
                let shared = SharedIncident {
                    id: incident.clone(),
                    first_recorded_at: crate::time::from_micros(first)?,
                    revision: revision.revision,
                    recorded_at: revision.recorded_at,
                    fields,
                    attachment_count,
                    files,
                };
                out.insert(incident, to_json(&shared)?);
            }
        }
        RISK_SCREENINGS_ID => {
            for screening in crate::risk::screenings(conn)? {
                out.insert(screening.id.clone(), to_json(&screening)?);
            }
        }
        _ => return Err(StoreError::NotFound),
    }
    Ok(out)
}

/// What a view was last rebuilt from: incidents only ever gain revisions (a new one has the
/// next chain number) and screenings are only ever added, so one number each tells whether
/// anything changed.
#[derive(Default)]
pub(crate) struct RecordMarks(std::sync::Mutex<BTreeMap<&'static str, i64>>);

impl RecordMarks {
    fn get(&self, id: &'static str) -> Option<i64> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(id)
            .copied()
    }

    fn set(&self, id: &'static str, mark: i64) {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(id, mark);
    }
}

fn record_mark(conn: &Connection, id: &str) -> Result<i64, StoreError> {
    let sql = match id {
        INCIDENT_LOG_ID => "SELECT COALESCE(MAX(seq), 0) FROM incident_revisions",
        // A later sign-off changes what a screening shows: either table growing is a change.
        RISK_SCREENINGS_ID => {
            "SELECT (SELECT COALESCE(MAX(rowid), 0) FROM risk_screenings)
                  + (SELECT COALESCE(MAX(rowid), 0) FROM risk_sign_offs)"
        }
        _ => return Err(StoreError::NotFound),
    };
    Ok(conn.query_row(sql, [], |r| r.get(0))?)
}

fn to_json<T: Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// Brings the view up to date with the records; saves only if something changed.
pub(crate) fn refresh_view(tx: &Connection, ctx: &Context, id: &str) -> Result<(), StoreError> {
    let kind = view_kind(id).ok_or(StoreError::NotFound)?;
    let records = current_records(tx, id)?;
    let mut doc = match Doc::load_opt(tx, ctx, id)? {
        Some(doc) => doc,
        None => Doc::create(ctx, id, kind, |am| {
            am.put_object(ROOT, "records", ObjType::Map)?;
            Ok(())
        })?,
    };
    let map = crate::documents::ensure_map(&mut doc.am, &ROOT, "records")?;
    let signed = crate::documents::ensure_map(&mut doc.am, &ROOT, SIGNED)?;
    let own = ctx.signing_key.public_key();
    // Signed by another key before (a vault brought back into the same case): every entry is
    // signed again, so the whole view checks against one key.
    let same_signer = doc.opt_bytes(&ROOT, SIGNER).is_some_and(|b| b == own);
    let mut changed = false;
    if !same_signer {
        doc.am.put(ROOT, SIGNER, ScalarValue::Bytes(own.to_vec()))?;
        changed = true;
    }
    for (key, json) in &records {
        let same = matches!(
            doc.am.get(&map, key.as_str())?,
            Some((Value::Scalar(s), _)) if matches!(s.as_ref(), ScalarValue::Str(t) if t.as_str() == json)
        );
        if !same {
            doc.am.put(&map, key.as_str(), json.as_str())?;
            changed = true;
        }
        if !same || !same_signer || doc.opt_bytes(&signed, key).is_none() {
            let signature = ctx.signing_key.sign_record(id, key, json);
            doc.am.put(
                &signed,
                key.as_str(),
                ScalarValue::Bytes(signature.to_vec()),
            )?;
            changed = true;
        }
    }
    for at in [&map, &signed] {
        let gone: Vec<String> = doc
            .am
            .keys(at)
            .filter(|k| !records.contains_key(k))
            .collect();
        for key in gone {
            doc.am.delete(at, key.as_str())?;
            changed = true;
        }
    }
    let stored = tx
        .query_row("SELECT 1 FROM documents WHERE id = ?1", [id], |_| Ok(()))
        .is_ok();
    if changed || !stored {
        doc.save(tx)?;
    }
    Ok(())
}

/// Where a view keeps each entry's signature (by the person's vault key), and that key.
const SIGNED: &str = "signed";
const SIGNER: &str = "signer";
/// Where the advocate's copy keeps the key the person's views were first signed with (in the
/// link's own state, so a new link starts afresh).
const PINNED_SIGNER: &str = "records_signer";

/// On the advocate's side, when a view arrives: the key it is signed with is kept the first
/// time, and every later view is checked against that one (`Store::shared_records_check`).
pub(crate) fn pin_signer(
    tx: &Connection,
    link: crate::sharing::LinkId,
    doc: &Doc,
) -> Result<(), StoreError> {
    let Some(signer) = doc.opt_bytes(&ROOT, SIGNER).filter(|b| b.len() == 32) else {
        return Ok(());
    };
    tx.execute(
        "INSERT INTO share_state(link, key, value) VALUES (?1, ?2, ?3)
         ON CONFLICT(link, key) DO NOTHING",
        (link, PINNED_SIGNER, signer),
    )?;
    Ok(())
}

/// What can be said of the views in the advocate's copy: whose key signed them, and which
/// entries do not check against it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RecordsCheck {
    /// The person's signing key (hex) their views are checked against: the one their incident
    /// report prints. `None` until a signed view has arrived.
    pub signer: Option<String>,
    /// Ids of entries (incidents, screenings) whose signature does not check: changed since
    /// they left the person's app, or never signed by it.
    pub unchecked: Vec<String>,
}

/// The id inside an entry of a view (incidents and screenings alike).
#[derive(Deserialize)]
struct Named {
    id: String,
}

/// Every record in a view by its key, as JSON strings (a tolerant read: a damaged entry is
/// skipped).
fn keyed_entries(doc: &Doc) -> Vec<(String, String)> {
    let Ok(Some((Value::Object(ObjType::Map), map))) = doc.am.get(ROOT, "records") else {
        return Vec::new();
    };
    doc.am
        .keys(&map)
        .filter_map(|k| match doc.am.get(&map, k.as_str()) {
            Ok(Some((Value::Scalar(s), _))) => match s.as_ref() {
                ScalarValue::Str(t) => Some((k, t.to_string())),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// Every record in a view, as JSON strings.
fn view_entries(conn: &Connection, ctx: &Context, id: &str) -> Result<Vec<String>, StoreError> {
    Ok(Doc::load_opt(conn, ctx, id)?
        .map(|doc| {
            keyed_entries(&doc)
                .into_iter()
                .map(|(_, json)| json)
                .collect()
        })
        .unwrap_or_default())
}

impl Store {
    /// Makes the view of the incident log or the risk screenings (if it does not exist yet) and
    /// brings it up to date, so it can be shared.
    pub fn prepare_record_view(&mut self, id: &str) -> Result<(), StoreError> {
        self.write(|tx, ctx| refresh_view(tx, ctx, id))
    }

    /// Brings every shared view up to date with the records: called before sending, on the
    /// person's side only (an advocate's copy is what the person sent). A view whose records
    /// have not changed since it was last rebuilt in this session is left alone, so a live
    /// session's sends do not read the whole log each time.
    pub fn refresh_shared_records(&mut self) -> Result<(), StoreError> {
        let rebuilt = self.write(|tx, ctx| {
            let mut rebuilt = Vec::new();
            for id in [INCIDENT_LOG_ID, RISK_SCREENINGS_ID] {
                if !crate::sharing::shared_with_anyone(tx, id)? {
                    continue;
                }
                let mark = record_mark(tx, id)?;
                if ctx.record_marks.get(id) != Some(mark) {
                    refresh_view(tx, ctx, id)?;
                    rebuilt.push((id, mark));
                }
            }
            Ok(rebuilt)
        })?;
        // Only once committed: a rolled-back rebuild must be done again.
        for (id, mark) in rebuilt {
            self.ctx.record_marks.set(id, mark);
        }
        Ok(())
    }

    /// Checks every entry of the views in this copy against the key the person's views were
    /// first signed with on `link` (see [`RecordsCheck`]).
    pub fn shared_records_check(
        &self,
        link: crate::sharing::LinkId,
    ) -> Result<RecordsCheck, StoreError> {
        let pinned: Option<[u8; 32]> = self
            .share_state(link, PINNED_SIGNER)?
            .and_then(|b| <[u8; 32]>::try_from(b.as_slice()).ok());
        let mut check = RecordsCheck {
            signer: pinned.map(hex::encode),
            unchecked: Vec::new(),
        };
        for id in [INCIDENT_LOG_ID, RISK_SCREENINGS_ID] {
            let Some(doc) = Doc::load_opt(&self.conn, &self.ctx, id)? else {
                continue;
            };
            let signed = match doc.am.get(ROOT, SIGNED) {
                Ok(Some((Value::Object(ObjType::Map), signed))) => Some(signed),
                _ => None,
            };
            for (key, json) in keyed_entries(&doc) {
                let signature = signed.as_ref().and_then(|m| doc.opt_bytes(m, &key));
                let holds = match (pinned, signature) {
                    (Some(pk), Some(sig)) => {
                        crate::signing::verify_record(&pk, id, &key, &json, &sig)
                    }
                    _ => false,
                };
                // The page marks entries by the id inside them: one that names another id than
                // the key it is kept under is marked under both.
                let inner = serde_json::from_str::<Named>(&json).ok().map(|n| n.id);
                if !holds || inner.as_deref() != Some(key.as_str()) {
                    check.unchecked.push(key.clone());
                    if let Some(inner) = inner.filter(|i| *i != key) {
                        check.unchecked.push(inner);
                    }
                }
            }
        }
        Ok(check)
    }

    /// The incidents the person shares (the advocate's copy), newest occurrence first.
    pub fn shared_incidents(&self) -> Result<Vec<SharedIncident>, StoreError> {
        let mut out: Vec<SharedIncident> = view_entries(&self.conn, &self.ctx, INCIDENT_LOG_ID)?
            .iter()
            .filter_map(|j| serde_json::from_str(j).ok())
            .collect();
        out.sort_by(|a, b| {
            b.fields
                .occurred_at
                .cmp(&a.fields.occurred_at)
                .then_with(|| b.id.cmp(&a.id))
        });
        Ok(out)
    }

    /// The risk screenings the person shares (the advocate's copy), newest first.
    pub fn shared_risk_screenings(&self) -> Result<Vec<RiskScreening>, StoreError> {
        let out: Vec<RiskScreening> = view_entries(&self.conn, &self.ctx, RISK_SCREENINGS_ID)?
            .iter()
            .filter_map(|j| serde_json::from_str(j).ok())
            .filter_map(crate::risk::reread_shared)
            .collect();
        // The advocate's own later sign-offs of what the person shares, kept in this case.
        let mut out =
            crate::risk_sign_offs::apply(out, &crate::risk_sign_offs::latest(&self.conn)?);
        out.sort_by(|a, b| b.taken_at.cmp(&a.taken_at).then_with(|| b.id.cmp(&a.id)));
        Ok(out)
    }
}
