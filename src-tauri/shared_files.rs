//! Files the person shows their advocate, one entry's file at a time (`harbour_store`'s
//! `shared_files.rs`), and the advocate reading the ones that arrived. The choice is offered only
//! on the person's side, while their incident log is shared; the bytes go with the next send.

use harbour_reason::reason;
use harbour_share::Link;
use harbour_store::{FileSharing, INCIDENT_LOG_ID, Store};
use harbour_sync::pairing::Role;
use serde::Serialize;
use tauri::State;
use tauri::ipc::Response;
use ts_rs::TS;

use crate::error::{ApiError, ErrorCode};
use crate::session::Session;

/// An entry's files and whether each goes to the advocate.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct EntryFileSharing {
    /// The choice can be made: this is the person's side, sharing is on and the incident log
    /// is shared. Otherwise `files` is empty.
    pub offered: bool,
    /// How many people the incident log is shared with: a ticked file goes to each of them
    /// (the page says so when there is more than one).
    pub seeing: u32,
    pub files: Vec<FileSharing>,
}

/// On the person's side, how many people sharing is still on with have the incident log
/// shared with them.
fn seeing(store: &Store) -> Result<u32, ApiError> {
    let mut seeing = 0;
    for link in Link::all(store)? {
        if link.role() == Role::Client
            && !link.is_revoked()
            && store
                .shared_documents(link.id())?
                .iter()
                .any(|d| d.id == INCIDENT_LOG_ID)
        {
            seeing += 1;
        }
    }
    Ok(seeing)
}

fn entry_sharing(store: &Store, incident_id: &str) -> Result<EntryFileSharing, ApiError> {
    let seeing = seeing(store)?;
    if seeing == 0 {
        return Ok(EntryFileSharing {
            offered: false,
            seeing,
            files: Vec::new(),
        });
    }
    Ok(EntryFileSharing {
        offered: true,
        seeing,
        files: store.file_sharing(incident_id)?,
    })
}

#[tauri::command(async)]
pub fn entry_file_sharing(
    session: State<'_, Session>,
    incident_id: String,
) -> Result<EntryFileSharing, ApiError> {
    session.with_vault(|v| entry_sharing(v.records(), &incident_id))
}

/// Shows one of an entry's files to the advocate, or takes it back (off the main thread: the
/// first time, each part of the file is hashed).
#[tauri::command(async)]
pub fn set_file_shared(
    session: State<'_, Session>,
    incident_id: String,
    attachment_id: String,
    shared: bool,
) -> Result<EntryFileSharing, ApiError> {
    session.with_vault(|v| {
        if seeing(v.records())? == 0 {
            return Err(ApiError::new(
                ErrorCode::Invalid,
                reason("shared-files-shown-only-while-log-shared"),
            ));
        }
        v.records_mut()
            .set_file_shared(&incident_id, &attachment_id, shared)?;
        entry_sharing(v.records(), &incident_id)
    })
}

/// A file the person shows, once it is here whole (the advocate's side), as a raw response kept
/// in the page's memory only. Off the main thread: a large file is read and hashed again.
#[tauri::command(async)]
pub fn shared_file_bytes(
    session: State<'_, Session>,
    sha256: String,
) -> Result<Response, ApiError> {
    session.with_vault(|v| Ok(Response::new(v.records().received_file(&sha256)?)))
}
