//! Linux and macOS: the Open and Save dialogs through tauri-plugin-dialog. Neither adds to a
//! recent-files list here: on Linux GTK's recent files are turned off at start (`linux.rs`), and
//! macOS records recent documents only for apps with a document architecture.

use std::path::PathBuf;

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::{Dialog, FileDialogBuilder};

use super::{NoDialogs, OpenFiles};

/// The plugin's dialog (none on the mock runtime, which has no plugin).
fn dialog<R: Runtime>(app: &AppHandle<R>) -> Result<FileDialogBuilder<R>, NoDialogs> {
    app.try_state::<Dialog<R>>()
        .map(|dialog| dialog.file())
        .ok_or(NoDialogs)
}

pub fn open_files<R: Runtime>(
    app: &AppHandle<R>,
    ask: &OpenFiles,
) -> Result<Vec<PathBuf>, NoDialogs> {
    let mut dialog = dialog(app)?.set_title(ask.title);
    if let Some((name, extensions)) = ask.filter {
        dialog = dialog.add_filter(name, extensions);
    }
    let chosen = if ask.many {
        dialog.blocking_pick_files().unwrap_or_default()
    } else {
        dialog.blocking_pick_file().into_iter().collect()
    };
    Ok(chosen
        .into_iter()
        .filter_map(|p| p.into_path().ok())
        .collect())
}

pub fn save_file<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    suggested: &str,
) -> Result<Option<PathBuf>, NoDialogs> {
    Ok(dialog(app)?
        .set_title(title)
        .set_file_name(suggested)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok()))
}
