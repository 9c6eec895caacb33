//! Commands for the support directory: the person's own list of services to call, built-in UK
//! lines first. Thin: the store keeps the rules (a removed built-in is only hidden).

use harbour_store::{SupportService, SupportServiceFields};
use tauri::State;

use crate::error::ApiError;
use crate::session::Session;

/// The support directory, in the person's order (removed built-ins left out).
#[tauri::command(async)]
pub fn list_support_services(session: State<'_, Session>) -> Result<Vec<SupportService>, ApiError> {
    session.with_vault(|v| Ok(v.records().list_support_services(false)?))
}

/// Built-in entries the person removed, to put back.
#[tauri::command(async)]
pub fn removed_support_services(
    session: State<'_, Session>,
) -> Result<Vec<SupportService>, ApiError> {
    session.with_vault(|v| Ok(v.records().removed_support_services()?))
}

#[tauri::command(async)]
pub fn add_support_service(
    session: State<'_, Session>,
    fields: SupportServiceFields,
) -> Result<SupportService, ApiError> {
    session.with_vault(|v| Ok(v.records_mut().add_support_service(&fields)?))
}

#[tauri::command(async)]
pub fn update_support_service(
    session: State<'_, Session>,
    id: String,
    fields: SupportServiceFields,
) -> Result<SupportService, ApiError> {
    session.with_vault(|v| Ok(v.records_mut().update_support_service(&id, &fields)?))
}

/// Removes an entry the person added; a built-in one is hidden, to be put back later.
#[tauri::command(async)]
pub fn remove_support_service(session: State<'_, Session>, id: String) -> Result<(), ApiError> {
    session.with_vault(|v| Ok(v.records_mut().delete_support_service(&id)?))
}

/// Shows a removed built-in entry again, as the person had it or (`as_published`) as published.
#[tauri::command(async)]
pub fn restore_support_service(
    session: State<'_, Session>,
    id: String,
    as_published: bool,
) -> Result<SupportService, ApiError> {
    session.with_vault(|v| Ok(v.records_mut().restore_support_service(&id, as_published)?))
}
