//! The everyday notebook the second PIN opens by default (`harbour_store::notebook`): which space
//! what is open shows, and its pages. Only what the notebook needs; it shares the app's shell,
//! quick hide and PIN change.

use harbour_store::{NotebookPage, Space};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use crate::error::ApiError;
use crate::session::Session;

/// What an opened vault shows: the app, or the everyday notebook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum OpenedSpace {
    App,
    Notebook,
}

impl From<Space> for OpenedSpace {
    fn from(space: Space) -> OpenedSpace {
        match space {
            Space::App => OpenedSpace::App,
            Space::Notebook => OpenedSpace::Notebook,
        }
    }
}

impl From<OpenedSpace> for Space {
    fn from(space: OpenedSpace) -> Space {
        match space {
            OpenedSpace::App => Space::App,
            OpenedSpace::Notebook => Space::Notebook,
        }
    }
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct NotebookPageView {
    pub id: String,
    pub title: String,
    pub body: String,
    /// RFC 3339.
    pub updated_at: String,
}

impl From<NotebookPage> for NotebookPageView {
    fn from(p: NotebookPage) -> NotebookPageView {
        NotebookPageView {
            id: p.id,
            title: p.title,
            body: p.body,
            updated_at: p.updated_at.to_rfc3339(),
        }
    }
}

/// Which space is open (the vault's own; a case is always the app).
#[tauri::command]
pub fn opened_space(session: State<'_, Session>) -> Result<OpenedSpace, ApiError> {
    session.with_vault(|v| Ok(v.own_records().space()?.into()))
}

#[tauri::command]
pub fn notebook_pages(session: State<'_, Session>) -> Result<Vec<NotebookPageView>, ApiError> {
    session.with_vault(|v| {
        Ok(v.own_records()
            .notebook_pages()?
            .into_iter()
            .map(Into::into)
            .collect())
    })
}

#[tauri::command]
pub fn notebook_save(
    session: State<'_, Session>,
    id: Option<String>,
    title: String,
    body: String,
) -> Result<NotebookPageView, ApiError> {
    session.with_vault(|v| {
        Ok(v.own_records_mut()
            .save_notebook_page(id.as_deref(), &title, &body)?
            .into())
    })
}

#[tauri::command]
pub fn notebook_remove(session: State<'_, Session>, id: String) -> Result<(), ApiError> {
    session.with_vault(|v| Ok(v.own_records_mut().remove_notebook_page(&id)?))
}
