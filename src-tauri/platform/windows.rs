//! Windows: Win32 through the `windows` crate (0.62, the version Tauri itself uses).
//!
//! Documented APIs used:
//! - crash reports: `WerAddExcludedApplication`, `SetErrorMode(SEM_FAILCRITICALERRORS |
//!   SEM_NOGPFAULTERRORBOX)`;
//! - screen lock: `WTSRegisterSessionNotification(NOTIFY_FOR_THIS_SESSION)` on a hidden window of
//!   our own, which then receives `WM_WTSSESSION_CHANGE`;
//! - sleep: `PowerRegisterSuspendResumeNotification(DEVICE_NOTIFY_CALLBACK)` → `PBT_APMSUSPEND`
//!   (also on computers with Modern Standby, and without a window);
//! - clipboard: `OpenClipboard`, `EmptyClipboard`, `SetClipboardData`/`GetClipboardData` with
//!   `GlobalAlloc(GMEM_MOVEABLE)` memory, and the registered formats that keep a copy out of
//!   clipboard history and the cloud clipboard
//!   (<https://learn.microsoft.com/en-us/windows/win32/dataxchg/clipboard-formats>);
//! - dialogs: `FindWindowExW` for the dialog class `#32770`, `PostMessageW(WM_CLOSE)` (the dialog
//!   manager turns it into Cancel).

// Win32 calls are FFI: this file, `windows_dialog.rs` and `macos.rs` are the only places allowed
// `unsafe`, and every block says why it is sound.
#![allow(unsafe_code)]

use std::ffi::c_void;
use std::os::windows::ffi::OsStrExt;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use ::windows::Win32::Foundation::{
    GlobalFree, HANDLE, HGLOBAL, HINSTANCE, HWND, LPARAM, LRESULT, WPARAM,
};
use ::windows::Win32::System::DataExchange::{
    CloseClipboard, EmptyClipboard, GetClipboardData, OpenClipboard, RegisterClipboardFormatW,
    SetClipboardData,
};
use ::windows::Win32::System::Diagnostics::Debug::{
    SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX, SetErrorMode,
};
use ::windows::Win32::System::ErrorReporting::WerAddExcludedApplication;
use ::windows::Win32::System::LibraryLoader::GetModuleHandleW;
use ::windows::Win32::System::Memory::{
    GMEM_MOVEABLE, GlobalAlloc, GlobalLock, GlobalSize, GlobalUnlock,
};
use ::windows::Win32::System::Ole::CF_UNICODETEXT;
use ::windows::Win32::System::Power::{
    DEVICE_NOTIFY_SUBSCRIBE_PARAMETERS, PowerRegisterSuspendResumeNotification,
};
use ::windows::Win32::System::RemoteDesktop::{
    NOTIFY_FOR_THIS_SESSION, WTSRegisterSessionNotification,
};
use ::windows::Win32::UI::WindowsAndMessaging::{
    CreateWindowExW, DEVICE_NOTIFY_CALLBACK, DefWindowProcW, DispatchMessageW, FindWindowExW,
    GetMessageW, GetWindowThreadProcessId, MSG, PBT_APMSUSPEND, PostMessageW, RegisterClassW,
    WINDOW_STYLE, WM_CLOSE, WM_WTSSESSION_CHANGE, WNDCLASSW, WS_EX_TOOLWINDOW,
    WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOCK,
};
use ::windows::core::{PCWSTR, w};
use tauri::{AppHandle, Manager, Runtime};
use zeroize::Zeroizing;

use super::DesktopEvent;
use crate::clipboard::CopiedText;

pub use super::plugin_shortcut::{
    set_shortcut, shortcut_kept_by_desktop, shortcut_key_supported, start_shortcut,
    with_shortcut_support,
};

pub fn prepare_process() {
    // No "stopped working" box and no disk-error box: nothing appears over the disguise.
    // SAFETY: sets this process's error mode; no pointers.
    let _ = unsafe { SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX) };
    // Windows Error Reporting makes no report (which can hold a memory dump) for this program.
    // The exclusion is by file name (documented: "the name of the executable file ... including
    // the file name extension") and is kept for this user in the registry.
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    if let Some(name) = exe.file_name() {
        let name: Vec<u16> = name.encode_wide().chain([0]).collect();
        // SAFETY: `name` is NUL-terminated and outlives the call.
        let _ = unsafe { WerAddExcludedApplication(PCWSTR(name.as_ptr()), false) };
    }
}

/// Nothing to do at start: the app's own Open and Save dialogs (`windows_dialog.rs`) set
/// `FOS_DONTADDTORECENT`, so a chosen file is not added to Recent items or the jump list. Not
/// covered: the dialog's own lists of recently used files and folders in the registry
/// (`ComDlg32\OpenSavePidlMRU`, `LastVisitedPidlMRU`), which
/// Windows keeps per program and no documented option turns off.
pub fn forget_recent_files() {}

type OnEvent = Arc<dyn Fn(DesktopEvent) + Send + Sync>;

/// Set once; read by the window procedure and the power callback, which Windows calls without a
/// way to pass a closure.
static ON_EVENT: OnceLock<OnEvent> = OnceLock::new();

/// Sleep through a power-manager callback (on a system thread), screen lock through a hidden
/// window on a thread of its own. Both call `on_event` directly: Windows waits for them.
pub fn watch_lock_and_sleep(on_event: OnEvent) {
    if ON_EVENT.set(on_event).is_err() {
        return; // already watching
    }
    watch_sleep();
    std::thread::spawn(watch_session);
}

fn notify(event: DesktopEvent) {
    if let Some(on_event) = ON_EVENT.get() {
        on_event(event);
    }
}

fn watch_sleep() {
    // Must stay valid for as long as the registration, which is the app's lifetime: leaked.
    let subscription = Box::leak(Box::new(DEVICE_NOTIFY_SUBSCRIBE_PARAMETERS {
        Callback: Some(on_power_event),
        Context: std::ptr::null_mut(),
    }));
    let mut registration: *mut c_void = std::ptr::null_mut();
    // SAFETY: with DEVICE_NOTIFY_CALLBACK the recipient is a pointer to the subscription, which is
    // never freed; `on_power_event` has the DEVICE_NOTIFY_CALLBACK_ROUTINE signature.
    let _ = unsafe {
        PowerRegisterSuspendResumeNotification(
            DEVICE_NOTIFY_CALLBACK,
            HANDLE(std::ptr::from_mut(subscription).cast()),
            &mut registration,
        )
    };
}

unsafe extern "system" fn on_power_event(
    _context: *const c_void,
    kind: u32,
    _setting: *const c_void,
) -> u32 {
    if kind == PBT_APMSUSPEND {
        notify(DesktopEvent::GoingToSleep);
    }
    0
}

/// A hidden top-level window (never shown; a tool window, so never on the taskbar) rather than a
/// message-only one, which "does not receive broadcast messages".
const WINDOW_CLASS: PCWSTR = w!("PocketCalcSession");

fn watch_session() {
    // SAFETY: the class and the window are made on this thread, whose messages only it reads;
    // `session_window` has the window-procedure signature; the strings are constants.
    unsafe {
        let Ok(module) = GetModuleHandleW(PCWSTR::null()) else {
            return;
        };
        let instance = HINSTANCE(module.0);
        let class = WNDCLASSW {
            lpfnWndProc: Some(session_window),
            hInstance: instance,
            lpszClassName: WINDOW_CLASS,
            ..Default::default()
        };
        if RegisterClassW(&class) == 0 {
            return;
        }
        let Ok(window) = CreateWindowExW(
            WS_EX_TOOLWINDOW,
            WINDOW_CLASS,
            PCWSTR::null(),
            WINDOW_STYLE::default(),
            0,
            0,
            0,
            0,
            None,
            None,
            Some(instance),
            None,
        ) else {
            return;
        };
        // Registering is retried on a thread of its own, so that this window answers messages from
        // the start: a top-level window that does not can hang programs that broadcast, and
        // sign-out. (A handle is not `Send`: it goes as a number.)
        let handle = window.0 as usize;
        std::thread::spawn(move || register_for_session_changes(handle));
        let mut message = MSG::default();
        while GetMessageW(&mut message, None, 0, 0).0 > 0 {
            let _ = DispatchMessageW(&message);
        }
    }
}

/// Fails for a while after sign-in, until the Remote Desktop service runs: tried once a second
/// for up to 120 s.
fn register_for_session_changes(window: usize) {
    for _ in 0..120 {
        // SAFETY: `window` is the session window, which is never destroyed; the call only
        // records its handle.
        let registered = unsafe {
            WTSRegisterSessionNotification(HWND(window as *mut c_void), NOTIFY_FOR_THIS_SESSION)
        };
        if registered.is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_secs(1));
    }
}

/// Locked, or nobody at this session any more (another user took the screen, or a remote
/// connection ended): either way, hide.
const HIDING_CHANGES: [u32; 3] = [
    WTS_SESSION_LOCK,
    WTS_CONSOLE_DISCONNECT,
    WTS_REMOTE_DISCONNECT,
];

unsafe extern "system" fn session_window(
    window: HWND,
    message: u32,
    wparam: WPARAM,
    lparam: LPARAM,
) -> LRESULT {
    if message == WM_WTSSESSION_CHANGE
        && HIDING_CHANGES
            .iter()
            .any(|&change| wparam.0 == change as usize)
    {
        notify(DesktopEvent::ScreenLocked);
    }
    // SAFETY: passes on exactly what Windows passed in.
    unsafe { DefWindowProcW(window, message, wparam, lparam) }
}

/// The page leaves copies to [`copy_privately`], so the text never reaches the clipboard
/// without its markers.
pub const COPIES_MADE_BY_APP: bool = true;

/// Registered formats that keep a copy out of clipboard history, the cloud clipboard and
/// clipboard monitors (Microsoft's documented formats; the data is a DWORD, "any data" for the
/// first), and "Clipboard Viewer Ignore", which third-party clipboard managers honour.
const PRIVATE_FORMATS: [(PCWSTR, u32); 4] = [
    (w!("ExcludeClipboardContentFromMonitorProcessing"), 1),
    (w!("CanIncludeInClipboardHistory"), 0),
    (w!("CanUploadToCloudClipboard"), 0),
    (w!("Clipboard Viewer Ignore"), 1),
];

/// Puts the text back on the clipboard with the private formats beside it, on the UI thread,
/// with the app's window as the clipboard owner.
pub fn copy_privately<R: Runtime>(app: &AppHandle<R>, text: &str) {
    let text: Zeroizing<Vec<u8>> = Zeroizing::new(
        text.encode_utf16()
            .chain([0])
            .flat_map(u16::to_ne_bytes)
            .collect(),
    );
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || {
        let Some(clipboard) = Clipboard::open(owner(&handle)) else {
            return;
        };
        // SAFETY: the clipboard is open on this thread.
        if unsafe { EmptyClipboard() }.is_err() {
            return;
        }
        // The formats before the text: nothing ever sees the text without them.
        for (name, value) in PRIVATE_FORMATS {
            // SAFETY: `name` is a NUL-terminated constant.
            let format = unsafe { RegisterClipboardFormatW(name) };
            if format != 0 {
                clipboard.put(format, &value.to_ne_bytes());
            }
        }
        clipboard.put(u32::from(CF_UNICODETEXT.0), &text);
    });
}

/// Empties the clipboard if its text still hashes to what was copied from the app.
pub fn clear_clipboard<R: Runtime>(app: &AppHandle<R>, copied: Option<CopiedText>) {
    let Some(copied) = copied else {
        return;
    };
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || {
        let Some(clipboard) = Clipboard::open(owner(&handle)) else {
            return;
        };
        let holds = clipboard
            .text()
            .map(Zeroizing::new)
            .is_some_and(|text| CopiedText::of(&text) == copied);
        if holds {
            // SAFETY: the clipboard is open on this thread.
            let _ = unsafe { EmptyClipboard() };
        }
    });
}

/// The app's window (none on the mock runtime).
fn owner<R: Runtime>(app: &AppHandle<R>) -> Option<HWND> {
    app.get_webview_window("main")
        .and_then(|window| window.hwnd().ok())
}

/// The clipboard, open on this thread until dropped.
struct Clipboard;

impl Clipboard {
    /// Another program may hold the clipboard for a moment (clipboard managers do): a few tries.
    fn open(owner: Option<HWND>) -> Option<Clipboard> {
        for _ in 0..10 {
            // SAFETY: `owner` is this app's window, or none.
            if unsafe { OpenClipboard(owner) }.is_ok() {
                return Some(Clipboard);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        None
    }

    /// Puts `bytes` on the clipboard as `format`; once set, the memory is the system's.
    fn put(&self, format: u32, bytes: &[u8]) {
        // SAFETY: the clipboard is open (`self`); the memory is written only between lock and
        // unlock and within its size, and freed here only if the clipboard did not take it.
        unsafe {
            let Ok(memory) = GlobalAlloc(GMEM_MOVEABLE, bytes.len()) else {
                return;
            };
            let target = GlobalLock(memory).cast::<u8>();
            if target.is_null() {
                let _ = GlobalFree(Some(memory));
                return;
            }
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), target, bytes.len());
            let _ = GlobalUnlock(memory);
            if SetClipboardData(format, Some(HANDLE(memory.0))).is_err() {
                let _ = GlobalFree(Some(memory));
            }
        }
    }

    /// The clipboard's text, if it holds any.
    fn text(&self) -> Option<String> {
        // SAFETY: the clipboard is open (`self`), so the handle stays valid; the memory is read
        // only between lock and unlock and within its size.
        unsafe {
            let handle = GetClipboardData(u32::from(CF_UNICODETEXT.0)).ok()?;
            let memory = HGLOBAL(handle.0);
            let units = GlobalSize(memory) / 2;
            let start = GlobalLock(memory).cast::<u16>();
            if start.is_null() {
                return None;
            }
            let all = std::slice::from_raw_parts(start, units);
            let text = all
                .iter()
                .position(|&unit| unit == 0)
                .and_then(|end| String::from_utf16(&all[..end]).ok());
            let _ = GlobalUnlock(memory);
            text
        }
    }
}

impl Drop for Clipboard {
    fn drop(&mut self) {
        // SAFETY: opened by `Clipboard::open` on this thread.
        let _ = unsafe { CloseClipboard() };
    }
}

/// The Open and Save dialogs (`windows_dialog.rs`) are not modal to the window: they have no
/// owner and run on a thread of their own, so a hide (which keeps the window, now showing the
/// disguise) would leave them on screen. Each top-level dialog
/// of this process is sent `WM_CLOSE`, which the dialog manager turns into Cancel. Message boxes
/// share the dialog class `#32770`, so this process's message boxes (tauri-plugin-dialog's
/// message, ask and confirm) are cancelled too, on purpose: nothing stays over the disguise. (A
/// Yes/No box has no Cancel and ignores `WM_CLOSE`.)
pub fn close_dialogs<R: Runtime>(_app: &AppHandle<R>) {
    let mut after = None;
    // SAFETY: only looks up window handles and posts a message; a dialog that closes meanwhile
    // makes a call fail, which ends the loop.
    unsafe {
        while let Ok(dialog) = FindWindowExW(None, after, w!("#32770"), PCWSTR::null()) {
            let mut process = 0u32;
            GetWindowThreadProcessId(dialog, Some(&mut process));
            if process == std::process::id() {
                let _ = PostMessageW(Some(dialog), WM_CLOSE, WPARAM(0), LPARAM(0));
            }
            after = Some(dialog);
        }
    }
}

pub fn global_shortcuts_available() -> bool {
    true
}
