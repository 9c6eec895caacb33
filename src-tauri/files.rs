//! Files the person chooses outside the app: the computer's own Open and Save dialogs, and
//! writing a chosen file so that a failure never leaves half of it under the chosen name.

use tauri::{AppHandle, Runtime};

use crate::error::{ApiError, ErrorCode};

/// A native file dialog (only when the dialog plugin is there: not on the mock runtime).
pub fn file_dialog<R: Runtime>(
    app: &AppHandle<R>,
) -> Result<tauri_plugin_dialog::FileDialogBuilder<R>, ApiError> {
    use tauri::Manager;
    app.try_state::<tauri_plugin_dialog::Dialog<R>>()
        .map(|dialog| dialog.file())
        .ok_or_else(|| {
            ApiError::new(
                ErrorCode::NotAvailable,
                "Files can't be chosen here. Nothing was changed.",
            )
        })
}

/// Where the person chooses to save, in the computer's save dialog; `None` if they closed it.
pub fn choose_destination<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    suggested: &str,
) -> Result<Option<std::path::PathBuf>, ApiError> {
    Ok(file_dialog(app)?
        .set_title(title)
        .set_file_name(suggested)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok()))
}

/// Creates `<path>.partial`, lets `write` fill it, makes sure it reached the disk and renames
/// it to `path`; on any failure the partial file is removed. So a failure never leaves half a
/// file under the name the person chose, and nothing is written anywhere else.
pub fn write_beside_then_rename<T>(
    path: &std::path::Path,
    write: impl FnOnce(&std::fs::File) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = std::path::PathBuf::from(partial);
    // A leftover from an earlier failure is ours to replace; the new one is readable by this
    // user only (the chosen file keeps that).
    let _ = std::fs::remove_file(&partial);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&partial).map_err(|_| cannot_write())?;
    let result = write(&file).and_then(|out| {
        file.sync_all().map_err(|_| cannot_write())?;
        drop(file);
        std::fs::rename(&partial, path).map_err(|_| cannot_write())?;
        Ok(out)
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}

/// For a file the person chose that could not be written (full disk, no permission, gone).
pub fn cannot_write() -> ApiError {
    ApiError::new(
        ErrorCode::Internal,
        "The file could not be written there. Please try another place. Nothing in the app was \
         changed.",
    )
}
