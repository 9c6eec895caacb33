//! Windows: the Open and Save dialogs of our own, so that a chosen file is not added to the
//! user's Recent items (nor the jump list): the Common Item Dialog (`IFileOpenDialog`,
//! `IFileSaveDialog`) with `FOS_DONTADDTORECENT`, which the dialog plugin (rfd) never sets.
//! <https://learn.microsoft.com/en-us/windows/win32/api/shobjidl_core/ne-shobjidl_core-_fileopendialogoptions>
//!
//! Each dialog runs on a thread of its own with COM in a single-threaded apartment (as the dialog
//! requires). Like the dialogs on Linux it has no owner window, so the page's Quick exit stays
//! usable while it is open; it is the same system dialog (class `#32770`), so a hide closes it
//! (`windows::close_dialogs`). A closed or failed dialog is "nothing chosen". Without the app's
//! window (the mock runtime of the tests) no dialog is shown: `NoDialogs`.

// Win32 calls are FFI (see `windows.rs`): every block says why it is sound.
#![allow(unsafe_code)]

use std::ffi::{OsStr, OsString};
use std::os::windows::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;

use ::windows::Win32::System::Com::{
    CLSCTX_INPROC_SERVER, COINIT_APARTMENTTHREADED, COINIT_DISABLE_OLE1DDE, CoCreateInstance,
    CoInitializeEx, CoTaskMemFree, CoUninitialize,
};
use ::windows::Win32::UI::Shell::Common::COMDLG_FILTERSPEC;
use ::windows::Win32::UI::Shell::{
    FOS_ALLOWMULTISELECT, FOS_DONTADDTORECENT, FOS_FILEMUSTEXIST, FOS_FORCEFILESYSTEM,
    FOS_NOCHANGEDIR, FOS_OVERWRITEPROMPT, FOS_PATHMUSTEXIST, FileOpenDialog, FileSaveDialog,
    IFileDialog, IFileOpenDialog, IFileSaveDialog, IShellItem, SIGDN_FILESYSPATH,
};
use ::windows::core::PCWSTR;
use tauri::{AppHandle, Manager, Runtime};

use super::{NoDialogs, OpenFiles};

/// The files chosen in the Open dialog (none if it was closed).
pub fn open_files<R: Runtime>(
    app: &AppHandle<R>,
    ask: &OpenFiles,
) -> Result<Vec<PathBuf>, NoDialogs> {
    has_window(app)?;
    let title = wide(ask.title);
    let filter = ask.filter.map(|(name, extensions)| {
        let spec: Vec<String> = extensions.iter().map(|e| format!("*.{e}")).collect();
        (wide(name), wide(&spec.join(";")))
    });
    let many = ask.many;
    on_dialog_thread(move || {
        // SAFETY: COM is initialised on this thread (`on_dialog_thread`); every string passed is
        // NUL-terminated and outlives the call that reads it.
        unsafe {
            let dialog: IFileOpenDialog =
                CoCreateInstance(&FileOpenDialog, None, CLSCTX_INPROC_SERVER).ok()?;
            let mut options = FOS_DONTADDTORECENT
                | FOS_FORCEFILESYSTEM
                | FOS_NOCHANGEDIR
                | FOS_FILEMUSTEXIST
                | FOS_PATHMUSTEXIST;
            if many {
                options |= FOS_ALLOWMULTISELECT;
            }
            prepare(&dialog, options, &title).ok()?;
            if let Some((name, spec)) = &filter {
                let types = [COMDLG_FILTERSPEC {
                    pszName: PCWSTR(name.as_ptr()),
                    pszSpec: PCWSTR(spec.as_ptr()),
                }];
                dialog.SetFileTypes(&types).ok()?;
            }
            dialog.Show(None).ok()?;
            let chosen = dialog.GetResults().ok()?;
            let mut paths = Vec::new();
            for i in 0..chosen.GetCount().ok()? {
                if let Some(path) = chosen.GetItemAt(i).ok().and_then(|item| path_of(&item)) {
                    paths.push(path);
                }
            }
            Some(paths)
        }
    })
    .map(Option::unwrap_or_default)
}

/// Where the person chooses to save (`None` if the dialog was closed).
pub fn save_file<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    suggested: &str,
) -> Result<Option<PathBuf>, NoDialogs> {
    has_window(app)?;
    let title = wide(title);
    let suggested = wide(suggested);
    on_dialog_thread(move || {
        // SAFETY: as in `open_files`.
        unsafe {
            let dialog: IFileSaveDialog =
                CoCreateInstance(&FileSaveDialog, None, CLSCTX_INPROC_SERVER).ok()?;
            let options = FOS_DONTADDTORECENT
                | FOS_FORCEFILESYSTEM
                | FOS_NOCHANGEDIR
                | FOS_OVERWRITEPROMPT
                | FOS_PATHMUSTEXIST;
            prepare(&dialog, options, &title).ok()?;
            dialog.SetFileName(PCWSTR(suggested.as_ptr())).ok()?;
            dialog.Show(None).ok()?;
            path_of(&dialog.GetResult().ok()?)
        }
    })
}

/// Adds `options` to the dialog's own (keeping the defaults it needs) and sets the title.
///
/// # Safety
/// COM must be initialised on this thread; `title` NUL-terminated.
unsafe fn prepare(
    dialog: &IFileDialog,
    options: ::windows::Win32::UI::Shell::FILEOPENDIALOGOPTIONS,
    title: &[u16],
) -> ::windows::core::Result<()> {
    // SAFETY: as documented above.
    unsafe {
        let current = dialog.GetOptions()?;
        dialog.SetOptions(current | options)?;
        dialog.SetTitle(PCWSTR(title.as_ptr()))
    }
}

/// The file-system path of a chosen item (the dialog was told to offer only those).
///
/// # Safety
/// COM must be initialised on this thread.
unsafe fn path_of(item: &IShellItem) -> Option<PathBuf> {
    // SAFETY: the name is allocated by the shell for us, read once and freed with the
    // allocator the documentation names (`CoTaskMemFree`).
    unsafe {
        let name = item.GetDisplayName(SIGDN_FILESYSPATH).ok()?;
        // As Windows gives it (a name need not be valid Unicode), copied before the free.
        let path = PathBuf::from(OsString::from_wide(name.as_wide()));
        CoTaskMemFree(Some(name.0 as *const _));
        Some(path)
    }
}

/// Runs `show` on a new thread with COM in a single-threaded apartment, and waits for it.
fn on_dialog_thread<T: Send + 'static>(
    show: impl FnOnce() -> Option<T> + Send + 'static,
) -> Result<Option<T>, NoDialogs> {
    std::thread::Builder::new()
        .spawn(move || {
            // SAFETY: initialises COM for this new thread only; undone below when it succeeded.
            let started =
                unsafe { CoInitializeEx(None, COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE) };
            if started.is_err() {
                return None;
            }
            let chosen = show();
            // SAFETY: pairs the successful `CoInitializeEx` above, on the same thread, after every
            // COM object of `show` was dropped.
            unsafe { CoUninitialize() };
            chosen
        })
        .map_err(|_| NoDialogs)?
        .join()
        .map_err(|_| NoDialogs)
}

/// Whether the app has its window (the mock runtime of the tests has none).
fn has_window<R: Runtime>(app: &AppHandle<R>) -> Result<(), NoDialogs> {
    app.get_webview_window("main")
        .and_then(|window| window.hwnd().ok())
        .map(|_| ())
        .ok_or(NoDialogs)
}

/// `s` as Windows wants text: UTF-16, NUL-terminated.
fn wide(s: &str) -> Vec<u16> {
    OsStr::new(s).encode_wide().chain([0]).collect()
}
