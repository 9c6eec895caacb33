//! Trusted contacts: listed, added, changed and removed.

use harbour_store::{Contact, ContactFields};
use tauri::State;

use crate::drafts;
use crate::error::ApiError;
use crate::session::Session;

#[tauri::command]
pub fn list_contacts(session: State<'_, Session>) -> Result<Vec<Contact>, ApiError> {
    session.with_vault(|v| Ok(v.records().list_contacts()?))
}

#[tauri::command]
pub fn add_contact(
    session: State<'_, Session>,
    fields: ContactFields,
    draft: Option<String>,
) -> Result<Contact, ApiError> {
    session.with_vault(|v| {
        let contact = v.records_mut().add_contact(&fields)?;
        drafts::saved(&session, v, draft.as_deref());
        Ok(contact)
    })
}

#[tauri::command]
pub fn update_contact(
    session: State<'_, Session>,
    id: String,
    fields: ContactFields,
    draft: Option<String>,
) -> Result<Contact, ApiError> {
    session.with_vault(|v| {
        let contact = v.records_mut().update_contact(&id, &fields)?;
        drafts::saved(&session, v, draft.as_deref());
        Ok(contact)
    })
}

#[tauri::command]
pub fn delete_contact(session: State<'_, Session>, id: String) -> Result<(), ApiError> {
    session.with_vault(|v| Ok(v.records_mut().delete_contact(&id)?))
}
