//! What the disguise needs from Rust before anything is unlocked: the notes pad's own lines, kept
//! between hides and restarts as any notes app keeps them (`harbour_vault::save_notes_pad`, which
//! never keeps a line that could hold a PIN, the way a PIN is typed there).

use harbour_vault::Look;
use tauri::State;

use crate::error::ApiError;
use crate::session::Session;

/// The notes pad's text as last kept (empty if none).
#[tauri::command]
pub fn notes_pad(session: State<'_, Session>) -> String {
    harbour_vault::load_notes_pad(session.dir())
}

/// Keeps the notes pad's ordinary lines. Only while the notes pad is the disguise on screen: the
/// calculator has no text to keep, and while the vault is open nothing may be written here (a
/// page that tried would be putting the app's text in a plain file).
#[tauri::command]
pub fn notes_pad_keep(session: State<'_, Session>, text: String) -> Result<(), ApiError> {
    if session.appearance().look != Look::Notes || session.is_open() {
        return Ok(());
    }
    // What is over the pad's limit is cut there (never an error on the disguise).
    Ok(harbour_vault::save_notes_pad(session.dir(), &text)?)
}
