//! Everything that differs between Linux, Windows and macOS, behind one set of functions: each
//! operating system has one file (`linux.rs`, `windows.rs`, `macos.rs`) defining the same
//! functions, and this file is the only caller, so a missing one fails that system's build.
//!
//! | What | Linux (tested here) | Windows | macOS |
//! |---|---|---|---|
//! | hide when the screen locks | screensaver `ActiveChanged(true)`, logind `Lock` (D-Bus) | `WTSRegisterSessionNotification`: lock, console or remote disconnect | `com.apple.screenIsLocked`, screensaver start, displays asleep |
//! | hide before sleep | logind `PrepareForSleep(true)` | `PowerRegisterSuspendResumeNotification` (`PBT_APMSUSPEND`) | `NSWorkspaceWillSleepNotification` |
//! | copied text kept out of histories | (no standard way) | the history, cloud and monitor exclusion formats | `org.nspasteboard.ConcealedType`, this Mac only |
//! | copied text cleared at a hide | GTK clipboard and PRIMARY, if still ours (hash) | if still ours (hash) | if unchanged since (change count) |
//! | file dialogs closed at a hide | GTK dialogs cancelled | `WM_CLOSE` to this process's dialogs and message boxes | `cancel:` to open and save panels |
//! | no recent-files entries | GTK's recent-files setting off | our own Open and Save dialogs with `FOS_DONTADDTORECENT` (`windows_dialog.rs`) | none are made (no document architecture) |
//! | no crash dumps | not dumpable (`prctl`) | `WerAddExcludedApplication`, `SetErrorMode` | core files off (`setrlimit`) |
//! | files for this user only | umask 077 | the profile folder's own access list | umask 077 |
//! | quick-hide shortcut | our X11 listener (no polling); on Wayland the desktop portal's GlobalShortcuts where offered | the global-shortcut plugin | the global-shortcut plugin |
//!
//! Linux is tested on every commit. The Windows and macOS files are written against the
//! documented APIs and compiled by `.github/workflows/desktop.yml`, not yet run by us; they (with
//! `windows_dialog.rs`) are the only files of the app allowed `unsafe` (FFI).

use tauri::{AppHandle, Runtime};

use crate::clipboard::CopiedText;

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
use linux as os;
#[cfg(target_os = "linux")]
mod portal_shortcut;
#[cfg(target_os = "linux")]
pub mod x11_shortcut;

#[cfg(any(target_os = "windows", target_os = "macos"))]
mod plugin_shortcut;

#[cfg(not(target_os = "windows"))]
mod plugin_dialog;
#[cfg(not(target_os = "windows"))]
use plugin_dialog as dialogs;
#[cfg(target_os = "windows")]
mod windows_dialog;
#[cfg(target_os = "windows")]
use windows_dialog as dialogs;

// `self::`: the `windows` crate has the same name.
#[cfg(target_os = "windows")]
mod windows;
#[cfg(target_os = "windows")]
use self::windows as os;

#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
use macos as os;

/// What the Open dialog asks for.
pub struct OpenFiles<'a> {
    pub title: &'a str,
    /// One named kind of file, by extension (without the dot).
    pub filter: Option<(&'a str, &'a [&'a str])>,
    /// Several files may be chosen at once.
    pub many: bool,
}

/// No file dialog can be shown here (the mock runtime has none).
#[derive(Debug)]
pub struct NoDialogs;

/// The files chosen in the computer's Open dialog; none if the person closed it.
pub fn open_files<R: Runtime>(
    app: &AppHandle<R>,
    ask: &OpenFiles,
) -> Result<Vec<std::path::PathBuf>, NoDialogs> {
    dialogs::open_files(app, ask)
}

/// Where the person chooses to save, in the computer's Save dialog; `None` if they closed it.
pub fn save_file<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    suggested: &str,
) -> Result<Option<std::path::PathBuf>, NoDialogs> {
    dialogs::save_file(app, title, suggested)
}

/// Something the desktop tells every program, after which the app hides and locks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DesktopEvent {
    ScreenLocked,
    GoingToSleep,
}

/// First thing at start, before any window or file: files this process makes are readable by
/// this user only, a crash leaves no dump of memory, and (Linux) the chip library logs nothing.
/// On Linux this may start the app again in place of this process (see `linux.rs`).
pub fn prepare_process() {
    os::prepare_process();
}

/// Stops the system's file dialogs adding chosen files to the desktop's recent-files list.
pub fn forget_recent_files() {
    os::forget_recent_files();
}

/// Calls `on_event` whenever the screen locks or the computer is about to sleep, from threads
/// of its own, for as long as the app runs. A source that is not there is simply not watched
/// (the idle auto-lock still works).
pub fn watch_lock_and_sleep(on_event: impl Fn(DesktopEvent) + Send + Sync + 'static) {
    os::watch_lock_and_sleep(std::sync::Arc::new(on_event));
}

/// Whether copies from the open app are put on the clipboard by [`copy_privately`] rather than
/// by the page: where the system keeps a clipboard history or a cloud clipboard, the text must
/// reach the clipboard already marked as private, so the page leaves it to Rust.
pub fn copies_made_by_app() -> bool {
    os::COPIES_MADE_BY_APP
}

/// The person copied `text` from an open screen: where [`copies_made_by_app`], puts it on the
/// clipboard together with the system's markers that keep it out of clipboard histories and
/// the cloud clipboard. Elsewhere the page has already put it there and this does nothing.
pub fn copy_privately<R: Runtime>(app: &AppHandle<R>, text: &str) {
    os::copy_privately(app, text);
}

/// At a hide: empties the clipboard if it still holds what was copied from the open app, and
/// (X11) the app's own PRIMARY selection. Runs on the UI thread without blocking the caller.
pub fn clear_clipboard<R: Runtime>(app: &AppHandle<R>, copied: Option<CopiedText>) {
    os::clear_clipboard(app, copied);
}

/// At a hide: closes the system's Open and Save dialogs, as if Cancel had been pressed, so none
/// is left over the disguise with a folder and a file name in it.
pub fn close_dialogs<R: Runtime>(app: &AppHandle<R>) {
    os::close_dialogs(app);
}

/// Whether a shortcut that works everywhere is in place or possible here (under Wayland: only
/// once the desktop's portal has bound it).
pub fn global_shortcuts_available() -> bool {
    os::global_shortcuts_available()
}

/// The desktop keeps the shortcut itself (Wayland's portal): it is changed in the desktop's
/// keyboard settings, not here.
pub fn shortcut_kept_by_desktop() -> bool {
    os::shortcut_kept_by_desktop()
}

/// Adds what the quick-hide shortcut needs to the app before it is built (a plugin on Windows
/// and macOS; nothing on Linux, where our own listener is started later).
pub fn with_shortcut_support<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    os::with_shortcut_support(builder)
}

/// Starts listening for the quick-hide shortcut (where possible) and takes `shortcut`.
pub fn start_shortcut<R: Runtime>(app: &AppHandle<R>, shortcut: &str) -> Result<(), ShortcutTaken> {
    os::start_shortcut(app, shortcut)
}

/// Swaps the quick-hide shortcut; if `new` cannot be taken, `old` stays.
pub fn replace_shortcut<R: Runtime>(
    app: &AppHandle<R>,
    old: &str,
    new: &str,
) -> Result<(), ShortcutTaken> {
    if !global_shortcuts_available() {
        return Ok(());
    }
    os::set_shortcut(app, Some(old), new)
}

/// Whether this system's listener can take this key (X11 needs a key it can name).
pub fn shortcut_key_supported(key: tauri_plugin_global_shortcut::Code) -> bool {
    os::shortcut_key_supported(key)
}

/// Another program holds the shortcut.
#[derive(Debug)]
pub struct ShortcutTaken;
