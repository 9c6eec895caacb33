//! Turns the incident log into evidence a person can hand over.
//!
//! - [`report`]: the PDF report for police or court (title page, summary, chronological table,
//!   every chosen incident with both timestamps, its revisions and attachment hashes, and the
//!   chain head with how to check it).
//! - [`bundle`]: the machine-readable bundle for a caseworker or solicitor (JSON, the original
//!   attachment files and a SHA-256 manifest in one zip, plain or sealed with a passphrase).
//! - [`patterns`]: incidents per week, by kind, and the escalation signal.
//! - [`plan_sheet`]: the safety plan on its own, a plain PDF for the person (not for court).
//!
//! Only what the person picked goes out: incidents by id, and plan items and contacts only
//! item by item. Nothing here writes to disk on its own; callers choose where bytes go.

pub mod bundle;
mod conduct;
mod layout;
pub mod patterns;
pub mod plan_sheet;
pub mod report;
mod screenings;
mod typeset;
mod wording;

use harbour_reason::reason;
use std::collections::HashSet;

use chrono::NaiveDate;
use harbour_store::{
    ChainHead, ChainReport, Contact, CourtOrder, HarmProfile, Incident, IncidentRevision, PlanItem,
    RiskScreening, Store, StoreError,
};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;

pub use bundle::{BundleLock, write_bundle};
pub use patterns::{Escalation, KindCount, Patterns, WeekCount, patterns};
pub use plan_sheet::{PlanSheetOutcome, PlanSheetRequest, write_plan_sheet};
pub use report::{ReportOutcome, write_report};

/// At most this many incidents in one report or bundle.
pub const MAX_INCIDENTS: usize = 10_000;

#[derive(Debug, Error)]
pub enum EvidenceError {
    /// The request was refused, and why (the UI says it in words).
    #[error("{0}")]
    Invalid(harbour_reason::Reason),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the report font is {0}")]
    Font(&'static str),
    #[error("the page layout failed")]
    Layout,
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("the bundle could not be written: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error(transparent)]
    Seal(#[from] harbour_vault::VaultError),
}

/// What the person chose to hand over.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EvidenceRequest {
    /// The incidents to include, by id (order does not matter: output is chronological).
    pub incident_ids: Vec<String>,
    /// The period the person chose, shown as "period covered"; when absent, the dates of the
    /// first and last chosen incidents are shown.
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// Shown on the title page if given.
    pub name: String,
    /// Put PNG and JPEG attachments into the report as pictures (they are always listed).
    pub embed_images: bool,
    /// Plan items and contacts to include, each one chosen by the person.
    pub plan_item_ids: Vec<String>,
    pub contact_ids: Vec<String>,
    /// Risk screenings to include, each one chosen by the person.
    #[serde(default)]
    pub screening_ids: Vec<String>,
    /// Profiles of the person causing harm, and orders, each chosen by the person.
    #[serde(default)]
    pub profile_ids: Vec<String>,
    #[serde(default)]
    pub order_ids: Vec<String>,
    /// The languages the report is written in, a whole part each in this order: the person's
    /// own, English (a court in England and Wales needs it), or both. None: English.
    #[serde(default)]
    pub languages: Vec<String>,
}

/// One chosen incident with every version of it.
pub(crate) struct Entry {
    pub incident: Incident,
    /// Oldest first; the last is `incident.current`.
    pub history: Vec<IncidentRevision>,
}

/// Everything a report or bundle is made from, read in one go.
pub(crate) struct Evidence {
    pub entries: Vec<Entry>,
    pub chain: ChainReport,
    pub head: Option<ChainHead>,
    pub public_key: String,
    pub plan_items: Vec<PlanItem>,
    pub contacts: Vec<Contact>,
    /// Oldest first.
    pub screenings: Vec<RiskScreening>,
    pub profiles: Vec<HarmProfile>,
    pub orders: Vec<CourtOrder>,
    /// Who each chosen order is against (profile id to name), ticked or not: part of the order.
    pub against: std::collections::HashMap<String, String>,
    /// For every condition of every order (ticked or not), the days its order was made and ends,
    /// so an entry marked as breaching it on a day outside them is said to be (no dates shown).
    pub condition_days: std::collections::HashMap<String, OrderDays>,
    /// The photo of each ticked profile that has one, by profile id: its file's facts and bytes.
    pub profile_photos: std::collections::HashMap<String, (harbour_store::AttachmentMeta, Vec<u8>)>,
}

/// The day an order was made and the day it ends, each if known.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct OrderDays {
    pub made_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
}

impl Evidence {
    pub(crate) fn gather(
        store: &Store,
        request: &EvidenceRequest,
    ) -> Result<Evidence, EvidenceError> {
        check_choice(request)?;
        let mut seen = HashSet::new();
        let mut entries = Vec::with_capacity(request.incident_ids.len());
        for id in &request.incident_ids {
            if !seen.insert(id.as_str()) {
                continue;
            }
            let incident = store.incident(id).map_err(missing)?;
            let history = store.incident_history(id).map_err(missing)?;
            entries.push(Entry { incident, history });
        }
        entries.sort_by(|a, b| {
            let key = |e: &Entry| {
                (
                    e.incident.current.fields.occurred_at,
                    e.incident.first_recorded_at,
                )
            };
            key(a)
                .cmp(&key(b))
                .then_with(|| a.incident.id.cmp(&b.incident.id))
        });

        let wanted_items: HashSet<&str> =
            request.plan_item_ids.iter().map(String::as_str).collect();
        let mut plan_items = Vec::new();
        if !wanted_items.is_empty() {
            for section in store.plan()?.sections {
                plan_items.extend(
                    section
                        .items
                        .into_iter()
                        .filter(|i| wanted_items.contains(i.id.as_str())),
                );
            }
            if plan_items.len() != wanted_items.len() {
                return Err(gone());
            }
        }
        let mut contacts = Vec::new();
        let mut seen_contacts = HashSet::new();
        for id in &request.contact_ids {
            if seen_contacts.insert(id.as_str()) {
                contacts.push(store.contact(id).map_err(missing)?);
            }
        }

        let screenings = chosen_screenings(store, &request.screening_ids)?;
        let (profiles, orders) = chosen_people_and_orders(store, request)?;
        let mut against = std::collections::HashMap::new();
        for id in orders.iter().filter_map(|o| o.fields.profile_id.as_ref()) {
            match store.harm_profile(id) {
                Ok(p) => {
                    against.insert(id.clone(), p.fields.name);
                }
                Err(StoreError::NotFound) => {}
                Err(e) => return Err(e.into()),
            }
        }
        let mut profile_photos = std::collections::HashMap::new();
        for p in &profiles {
            let Some(photo) = &p.fields.photo else {
                continue;
            };
            // A photo that cannot be read is said to be kept in the app, as one that cannot be
            // drawn is; the rest of the report is still made.
            if let (Ok(meta), Ok(bytes)) = (store.attachment(photo), store.attachment_bytes(photo))
            {
                profile_photos.insert(p.id.clone(), (meta, bytes));
            }
        }
        let mut condition_days = std::collections::HashMap::new();
        for order in store.court_orders()? {
            let days = OrderDays {
                made_on: order.fields.made_on,
                expires_on: order.fields.expires_on,
            };
            for condition in &order.fields.conditions {
                condition_days.insert(condition.id.clone(), days);
            }
        }
        Ok(Evidence {
            screenings,
            profiles,
            orders,
            against,
            condition_days,
            profile_photos,
            entries,
            chain: store.verify_chain()?,
            head: store.chain_head()?,
            public_key: store.incident_signing_public_key()?,
            plan_items,
            contacts,
        })
    }
}

/// Checks a request without making anything: something chosen, not too much, a period that
/// makes sense, and everything chosen still there. Callers run it before opening a save dialog,
/// so that a refusal comes first.
pub fn check_request(store: &Store, request: &EvidenceRequest) -> Result<(), EvidenceError> {
    check_choice(request)?;
    for id in &request.incident_ids {
        store.incident(id).map_err(missing)?;
    }
    for id in &request.contact_ids {
        store.contact(id).map_err(missing)?;
    }
    chosen_screenings(store, &request.screening_ids)?;
    chosen_people_and_orders(store, request)?;
    if !request.plan_item_ids.is_empty() {
        let plan = store.plan()?;
        let known: HashSet<&str> = plan
            .sections
            .iter()
            .flat_map(|s| s.items.iter().map(|i| i.id.as_str()))
            .collect();
        if request
            .plan_item_ids
            .iter()
            .any(|id| !known.contains(id.as_str()))
        {
            return Err(gone());
        }
    }
    Ok(())
}

/// The screenings chosen, oldest first; all of them must still be there.
fn chosen_screenings(store: &Store, ids: &[String]) -> Result<Vec<RiskScreening>, EvidenceError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let wanted: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let mut chosen: Vec<RiskScreening> = store
        .risk_screenings()?
        .into_iter()
        .filter(|s| wanted.contains(s.id.as_str()))
        .collect();
    if chosen.len() != wanted.len() {
        return Err(gone());
    }
    chosen.reverse();
    Ok(chosen)
}

/// The profiles and orders chosen, each once, in the order chosen.
fn chosen_people_and_orders(
    store: &Store,
    request: &EvidenceRequest,
) -> Result<(Vec<HarmProfile>, Vec<CourtOrder>), EvidenceError> {
    let mut seen = HashSet::new();
    let mut profiles = Vec::new();
    for id in &request.profile_ids {
        if seen.insert(id.as_str()) {
            profiles.push(store.harm_profile(id).map_err(missing)?);
        }
    }
    let mut orders = Vec::new();
    for id in &request.order_ids {
        if seen.insert(id.as_str()) {
            orders.push(store.court_order(id).map_err(missing)?);
        }
    }
    Ok((profiles, orders))
}

/// The checks that need no records.
fn check_choice(request: &EvidenceRequest) -> Result<(), EvidenceError> {
    if request.incident_ids.is_empty() {
        return Err(EvidenceError::Invalid(reason(
            "evidence-choose-least-one-entry-include",
        )));
    }
    if request.incident_ids.len() > MAX_INCIDENTS {
        return Err(EvidenceError::Invalid(
            reason("evidence-too-many-entries").with("limit", MAX_INCIDENTS),
        ));
    }
    if let (Some(from), Some(until)) = (request.from, request.until)
        && until < from
    {
        return Err(EvidenceError::Invalid(reason(
            "evidence-end-period-before-start",
        )));
    }
    Ok(())
}

fn gone() -> EvidenceError {
    EvidenceError::Invalid(reason("evidence-something-chosen-report-longer-choose"))
}

fn missing(e: StoreError) -> EvidenceError {
    match e {
        StoreError::NotFound => gone(),
        other => EvidenceError::Store(other),
    }
}
