//! The incident log: a page at a time with filters and counts, new entries (one or several
//! together), corrections with their history, the chain check, and search over everything.

use harbour_store::{
    ChainReport, Incident, IncidentFields, IncidentFilter, IncidentPage, IncidentRevision, Page,
    PageCursor, SearchHit,
};
use tauri::State;

use crate::drafts;
use crate::error::ApiError;
use crate::session::Session;

/// Newest first, a page at a time.
#[tauri::command(async)]
pub fn list_incidents(
    session: State<'_, Session>,
    limit: u32,
    before: Option<PageCursor>,
    filter: Option<IncidentFilter>,
) -> Result<IncidentPage, ApiError> {
    let page = Page { limit, before };
    let filter = filter.unwrap_or_default();
    session.with_vault(|v| Ok(v.records().list_incidents(&page, &filter)?))
}

/// How many entries of the whole log `filter` lets through.
#[tauri::command(async)]
pub fn count_incidents(
    session: State<'_, Session>,
    filter: Option<IncidentFilter>,
) -> Result<u32, ApiError> {
    let filter = filter.unwrap_or_default();
    session.with_vault(|v| {
        Ok(u32::try_from(v.records().count_incidents(&filter)?).unwrap_or(u32::MAX))
    })
}

#[tauri::command]
pub fn record_incident(
    session: State<'_, Session>,
    fields: IncidentFields,
    draft: Option<String>,
) -> Result<Incident, ApiError> {
    session.with_vault(|v| {
        let incident = v.records_mut().record_incident(&fields)?;
        drafts::saved(&session, v, draft.as_deref());
        Ok(incident)
    })
}

/// Several new entries (files brought in at once, one each), written together or not at all.
#[tauri::command(async)]
pub fn record_incidents(
    session: State<'_, Session>,
    entries: Vec<IncidentFields>,
) -> Result<Vec<String>, ApiError> {
    session.with_vault(|v| Ok(v.records_mut().record_incidents(&entries)?))
}

/// A correction: a new revision; the earlier ones stay as they were.
#[tauri::command]
pub fn revise_incident(
    session: State<'_, Session>,
    id: String,
    fields: IncidentFields,
    draft: Option<String>,
) -> Result<Incident, ApiError> {
    session.with_vault(|v| {
        let incident = v.records_mut().revise_incident(&id, &fields)?;
        drafts::saved(&session, v, draft.as_deref());
        Ok(incident)
    })
}

#[tauri::command]
pub fn incident_history(
    session: State<'_, Session>,
    id: String,
) -> Result<Vec<IncidentRevision>, ApiError> {
    session.with_vault(|v| Ok(v.records().incident_history(&id)?))
}

/// Re-checks the whole log's hash chain and signatures.
#[tauri::command]
pub fn check_log(session: State<'_, Session>) -> Result<ChainReport, ApiError> {
    session.with_vault(|v| Ok(v.records().verify_chain()?))
}

/// Everything indexed (incidents, plan, contacts, checklists), best matches first.
#[tauri::command]
pub fn search(
    session: State<'_, Session>,
    query: String,
    limit: u32,
) -> Result<Vec<SearchHit>, ApiError> {
    session.with_vault(|v| Ok(v.records().search(&query, limit)?))
}
