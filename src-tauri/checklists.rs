//! Commands for the checklists: ticking items, and making the lists the person's own (new lists
//! and items, renamed, reworded, removed). Each list is a shared document, so edits travel to the
//! advocate when the list is shared.

use harbour_store::{Checklist, ChecklistItem, Recurrence};
use tauri::State;

use crate::error::ApiError;
use crate::session::Session;

#[tauri::command(async)]
pub fn list_checklists(session: State<'_, Session>) -> Result<Vec<Checklist>, ApiError> {
    session.with_vault(|v| Ok(v.records().list_checklists()?))
}

/// Items never done, or whose repeat period has come round again.
#[tauri::command(async)]
pub fn due_checklist_items(session: State<'_, Session>) -> Result<Vec<ChecklistItem>, ApiError> {
    session.with_vault(|v| Ok(v.records().due_items(chrono::Utc::now())?))
}

#[tauri::command(async)]
pub fn set_checklist_item_done(
    session: State<'_, Session>,
    id: String,
    done: bool,
) -> Result<ChecklistItem, ApiError> {
    session.with_vault(|v| {
        let store = v.records_mut();
        Ok(if done {
            store.mark_checklist_item_done(&id, chrono::Utc::now())?
        } else {
            store.mark_checklist_item_undone(&id)?
        })
    })
}

#[tauri::command(async)]
pub fn add_checklist(session: State<'_, Session>, title: String) -> Result<Checklist, ApiError> {
    session.with_vault(|v| Ok(v.records_mut().create_checklist(&title)?))
}

#[tauri::command(async)]
pub fn rename_checklist(
    session: State<'_, Session>,
    id: String,
    title: String,
) -> Result<Checklist, ApiError> {
    session.with_vault(|v| Ok(v.records_mut().rename_checklist(&id, &title)?))
}

#[tauri::command(async)]
pub fn remove_checklist(session: State<'_, Session>, id: String) -> Result<(), ApiError> {
    session.with_vault(|v| Ok(v.records_mut().delete_checklist(&id)?))
}

#[tauri::command(async)]
pub fn add_checklist_item(
    session: State<'_, Session>,
    checklist_id: String,
    text: String,
    recurrence: Recurrence,
) -> Result<ChecklistItem, ApiError> {
    session.with_vault(|v| {
        Ok(v.records_mut()
            .add_checklist_item(&checklist_id, &text, recurrence)?)
    })
}

#[tauri::command(async)]
pub fn update_checklist_item(
    session: State<'_, Session>,
    id: String,
    text: String,
    recurrence: Recurrence,
) -> Result<ChecklistItem, ApiError> {
    session.with_vault(|v| {
        Ok(v.records_mut()
            .update_checklist_item(&id, &text, recurrence)?)
    })
}

#[tauri::command(async)]
pub fn remove_checklist_item(session: State<'_, Session>, id: String) -> Result<(), ApiError> {
    session.with_vault(|v| Ok(v.records_mut().delete_checklist_item(&id)?))
}
