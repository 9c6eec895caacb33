//! Commands for the person causing harm and the orders they are under: profiles, orders with
//! their conditions, and reminders before an order ends. Thin: the store checks everything; a
//! save given its form's draft key finishes that draft.

use chrono::Local;
use harbour_store::{CourtOrder, HarmProfile, HarmProfileFields, OrderFields, OrderReminder};
use tauri::State;

use crate::error::ApiError;
use crate::session::Session;

#[tauri::command(async)]
pub fn harm_profiles(session: State<'_, Session>) -> Result<Vec<HarmProfile>, ApiError> {
    session.with_vault(|v| Ok(v.records().harm_profiles()?))
}

#[tauri::command(async)]
pub fn add_harm_profile(
    session: State<'_, Session>,
    fields: HarmProfileFields,
    draft: Option<String>,
) -> Result<HarmProfile, ApiError> {
    session.with_vault(|v| {
        let saved = v.records_mut().add_harm_profile(&fields)?;
        // Finished in the same hold of the vault: a hide now can never offer it again.
        crate::drafts::saved(&session, v, draft.as_deref());
        Ok(saved)
    })
}

#[tauri::command(async)]
pub fn update_harm_profile(
    session: State<'_, Session>,
    id: String,
    fields: HarmProfileFields,
    draft: Option<String>,
) -> Result<HarmProfile, ApiError> {
    session.with_vault(|v| {
        let saved = v.records_mut().update_harm_profile(&id, &fields)?;
        // Finished in the same hold of the vault: a hide now can never offer it again.
        crate::drafts::saved(&session, v, draft.as_deref());
        Ok(saved)
    })
}

#[tauri::command(async)]
pub fn remove_harm_profile(session: State<'_, Session>, id: String) -> Result<(), ApiError> {
    session.with_vault(|v| Ok(v.records_mut().remove_harm_profile(&id)?))
}

#[tauri::command(async)]
pub fn court_orders(session: State<'_, Session>) -> Result<Vec<CourtOrder>, ApiError> {
    session.with_vault(|v| Ok(v.records().court_orders()?))
}

#[tauri::command(async)]
pub fn add_court_order(
    session: State<'_, Session>,
    fields: OrderFields,
    draft: Option<String>,
) -> Result<CourtOrder, ApiError> {
    session.with_vault(|v| {
        let saved = v.records_mut().add_court_order(&fields)?;
        // Finished in the same hold of the vault: a hide now can never offer it again.
        crate::drafts::saved(&session, v, draft.as_deref());
        Ok(saved)
    })
}

#[tauri::command(async)]
pub fn update_court_order(
    session: State<'_, Session>,
    id: String,
    fields: OrderFields,
    draft: Option<String>,
) -> Result<CourtOrder, ApiError> {
    session.with_vault(|v| {
        let saved = v.records_mut().update_court_order(&id, &fields)?;
        // Finished in the same hold of the vault: a hide now can never offer it again.
        crate::drafts::saved(&session, v, draft.as_deref());
        Ok(saved)
    })
}

#[tauri::command(async)]
pub fn remove_court_order(session: State<'_, Session>, id: String) -> Result<(), ApiError> {
    session.with_vault(|v| Ok(v.records_mut().remove_court_order(&id)?))
}

/// Orders ending within four weeks (or ended in the last week), by the computer's date.
#[tauri::command(async)]
pub fn order_reminders(session: State<'_, Session>) -> Result<Vec<OrderReminder>, ApiError> {
    let today = Local::now().date_naive();
    session.with_vault(|v| Ok(v.records().order_reminders(today)?))
}
