//! Files the person chooses outside the app: the computer's own Open and Save dialogs, and
//! writing a chosen file so that a failure never leaves half of it under the chosen name.

use harbour_reason::reason;
use std::path::PathBuf;

use tauri::{AppHandle, Runtime};

use crate::error::{ApiError, ErrorCode};
use crate::platform::{self, NoDialogs, OpenFiles};

/// The file the person chooses in the computer's Open dialog; `None` if they closed it.
/// `filter` names one kind of file by its extensions.
pub fn choose_file<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    filter: Option<(&str, &[&str])>,
) -> Result<Option<PathBuf>, ApiError> {
    let ask = OpenFiles {
        title,
        filter,
        many: false,
    };
    Ok(platform::open_files(app, &ask)
        .map_err(no_dialogs)?
        .into_iter()
        .next())
}

/// The files the person chooses (several at once); none if they closed the dialog.
pub fn choose_files<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    filter: Option<(&str, &[&str])>,
) -> Result<Vec<PathBuf>, ApiError> {
    let ask = OpenFiles {
        title,
        filter,
        many: true,
    };
    platform::open_files(app, &ask).map_err(no_dialogs)
}

/// Where the person chooses to save, in the computer's save dialog; `None` if they closed it.
pub fn choose_destination<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    suggested: &str,
) -> Result<Option<PathBuf>, ApiError> {
    platform::save_file(app, title, suggested).map_err(no_dialogs)
}

fn no_dialogs(_: NoDialogs) -> ApiError {
    ApiError::new(ErrorCode::NotAvailable, reason("files-no-dialog"))
}

/// Creates `<path>.partial`, lets `write` fill it, makes sure it reached the disk and renames
/// it to `path`; on any failure the partial file is removed. So a failure never leaves half a
/// file under the name the person chose, and nothing is written anywhere else. `still_wanted`
/// is asked just before the rename: when the app hid meanwhile (a report can take seconds), the
/// file is removed instead of appearing after the hide.
pub fn write_beside_then_rename<T>(
    path: &std::path::Path,
    still_wanted: impl Fn() -> bool,
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
        if !still_wanted() {
            return Err(ApiError::locked());
        }
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
    ApiError::new(ErrorCode::Internal, reason("files-cannot-write"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::io::Write;

    /// A hide while a report was being written (it can take seconds): nothing appears under the
    /// chosen name afterwards, and no partial file is left beside it.
    #[test]
    fn a_file_no_longer_wanted_when_written_is_removed_not_renamed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.pdf");
        let refused = write_beside_then_rename(
            &path,
            || false,
            |mut file| {
                file.write_all(b"%PDF").unwrap();
                Ok(())
            },
        );
        assert!(refused.is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        write_beside_then_rename(
            &path,
            || true,
            |mut file| {
                file.write_all(b"%PDF").unwrap();
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"%PDF");
    }
}
