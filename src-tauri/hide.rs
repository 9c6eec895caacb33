//! Quick hide: lock the vault and show the disguise in a fresh state, from the global shortcut,
//! the in-app quick-exit control, Shift pressed three times, or a second launch.

use harbour_reason::reason;
use harbour_vault::{Appearance, Look};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::error::{ApiError, ErrorCode};
use crate::session::Session;

/// The event the UI listens for to drop everything on screen and show the disguise.
pub const HIDE_EVENT: &str = "show-disguise";

/// What the hide event says: which of the page's own quick exits this hide answers (`None` for
/// every other hide: the shortcut, the screen lock, auto-lock, a second launch). The page drew
/// the disguise itself for its own, and on a busy computer the notice can come late: drawing it
/// again then would wipe digits already typed into the calculator.
#[derive(Debug, Clone, Copy, Serialize)]
struct HideNotice {
    page_exit: Option<u32>,
}

/// Hides, and closes the vault before returning (from a thread of its own: the shortcut's, the
/// screen-lock watcher's, the auto-lock's).
pub fn hide<R: Runtime>(app: &AppHandle<R>) {
    hide_then(app, Closing::Here, None);
}

/// Hides from the main thread (the page's quick exit, a second launch). Everything the person
/// sees happens here, and at once; the vault, already out of reach of every command, is closed
/// (drafts written, database closed, keys wiped) on a thread of its own a moment later, because
/// the main thread must be free to put the disguise on the screen. An unlock waits for that.
pub fn hide_on_main_thread<R: Runtime>(app: &AppHandle<R>) {
    hide_then(app, Closing::OnItsOwnThread, None);
}

/// The page's quick exit number `exit` (the page has already drawn the disguise).
pub fn hide_for_page<R: Runtime>(app: &AppHandle<R>, exit: u32) {
    hide_then(app, Closing::OnItsOwnThread, Some(exit));
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Closing {
    Here,
    OnItsOwnThread,
}

fn hide_then<R: Runtime>(app: &AppHandle<R>, closing: Closing, page_exit: Option<u32>) {
    let session = app.try_state::<Session>();
    // First, and instant: no command can reach the vault from here on, and what the person was
    // writing is taken out of memory with it. If a command holds the vault (a restore, or one
    // case of a backup), the disguise is shown first and the vault taken as soon as that step
    // ends.
    let detaching = session.as_ref().map(|s| s.try_detach());
    // A chat export read and not yet brought in goes too (it is the person's messages), without
    // waiting: a re-read under way finds the opening ended and keeps nothing.
    if let Some(emails) = app.try_state::<crate::email_import::EmailSlot>() {
        emails.forget_soon();
    }
    if let Some(chats) = app.try_state::<crate::chat_import::ChatSlot>() {
        chats.forget_soon();
    }
    if let Some(update) = app.try_state::<crate::updates::UpdateSlot>() {
        update.forget();
    }
    // Then what the person watching sees: the page drops everything and shows the disguise, and
    // the window takes the disguise's title, icon and size. The usual text size first, so the
    // page's first frame of the disguise is never drawn zoomed.
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_zoom(1.0);
        let _ = window.emit(HIDE_EVENT, HideNotice { page_exit });
    }
    // A file dialog left open would sit over the disguise with a folder and a file name in it.
    // One asked for just before the hide may only be coming up now: looked for again twice, while
    // the app stays hidden.
    crate::platform::close_dialogs(app);
    let later = app.clone();
    std::thread::spawn(move || {
        for wait in [300, 700] {
            std::thread::sleep(std::time::Duration::from_millis(wait));
            let hidden = later.try_state::<Session>().is_none_or(|s| !s.is_open());
            if !hidden {
                return;
            }
            crate::platform::close_dialogs(&later);
        }
    });
    if let Some(session) = &session {
        apply_appearance(app, &session.appearance());
        crate::platform::clear_clipboard(app, session.take_copied());
    }
    // Last: the drafts are written into the vault they were made in, then the database is closed
    // and the keys wiped. A command holding the vault is waited for on a thread of its own.
    match (detaching, session) {
        (Some(Ok(detached)), Some(session)) if closing == Closing::OnItsOwnThread => {
            let closing = session.closing_elsewhere(app.clone());
            std::thread::spawn(move || {
                detached.close();
                drop(closing);
            });
        }
        (Some(Ok(detached)), _) => detached.close(),
        (Some(Err(busy)), _) => {
            let app = app.clone();
            std::thread::spawn(move || {
                if let Some(session) = app.try_state::<Session>() {
                    session.detach_when_free(busy).close();
                }
            });
        }
        (None, _) => {}
    }
}

/// The disguise's window size: a calculator is small.
pub const DISGUISE_SIZE: (f64, f64) = (360.0, 520.0);
/// Room to read and write once open.
pub const OPEN_SIZE: (f64, f64) = (960.0, 680.0);

/// Sets the window title, icon and size to the disguise's, at the usual text size.
pub fn apply_appearance<R: Runtime>(app: &AppHandle<R>, appearance: &Appearance) {
    set_title_and_icon(app, appearance.look);
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_zoom(1.0);
        let _ = window.set_size(tauri::LogicalSize::new(DISGUISE_SIZE.0, DISGUISE_SIZE.1));
    }
}

/// Gives the open app its room and zooms its page to `percent` (the person's text size), unless
/// it was hidden since `epoch`. Done on the main thread, where a hide from the page runs too: a
/// hide there comes wholly before (then this sees the new epoch and does nothing) or after (and
/// sets the disguise's size back); a hide from another thread changes the epoch before it asks
/// the main thread for the disguise's size, so that request comes after this. The disguise is
/// never shown large or zoomed.
pub fn open_window<R: Runtime>(app: &AppHandle<R>, epoch: u64, percent: u16) {
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || {
        let still_open = handle
            .try_state::<Session>()
            .is_some_and(|session| session.epoch() == epoch);
        if let (true, Some(window)) = (still_open, handle.get_webview_window("main")) {
            let _ = window.set_size(tauri::LogicalSize::new(OPEN_SIZE.0, OPEN_SIZE.1));
            let _ = window.set_zoom(f64::from(percent) / 100.0);
        }
    });
}

/// The title and icon of a look (kept while the app is open, too).
pub fn set_title_and_icon<R: Runtime>(app: &AppHandle<R>, look: Look) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(look.title());
        if let Ok(icon) = tauri::image::Image::from_bytes(icon_for(look)) {
            let _ = window.set_icon(icon);
        }
    }
}

/// Starts listening for the quick-hide shortcut (where global shortcuts are possible) and
/// registers `shortcut`.
pub fn start_shortcut<R: Runtime>(app: &AppHandle<R>, shortcut: &str) -> Result<(), ApiError> {
    crate::platform::start_shortcut(app, shortcut).map_err(|_| taken())
}

/// Swaps the global quick-hide shortcut. If the new one cannot be registered (another program
/// holds it), the old one stays and the person is asked to choose another. Where global shortcuts
/// are not possible (Wayland, or tests on the mock runtime) there is nothing to swap.
pub fn replace_shortcut<R: Runtime>(
    app: &AppHandle<R>,
    old: &str,
    new: &str,
) -> Result<(), ApiError> {
    crate::platform::replace_shortcut(app, old, new).map_err(|_| taken())
}

fn taken() -> ApiError {
    ApiError::new(ErrorCode::Conflict, reason("hide-shortcut-taken"))
}

/// The window icon that goes with each look (the installed app icon is the calculator's).
pub fn icon_for(look: Look) -> &'static [u8] {
    match look {
        Look::Calculator => include_bytes!("../icons/calculator.png"),
        Look::Notes => include_bytes!("../icons/notes.png"),
    }
}

/// Gives the open app room. The title stays the disguise's: someone glancing at a task bar
/// sees the same name either way.
pub fn make_room<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_size(tauri::LogicalSize::new(OPEN_SIZE.0, OPEN_SIZE.1));
    }
}

/// Refuses shortcuts that cannot be parsed or that have no modifier (a bare key would fire while
/// typing, and Esc alone collides with dialogs).
pub fn check_shortcut(text: &str) -> Result<(), ApiError> {
    let parsed: Result<tauri_plugin_global_shortcut::Shortcut, _> = text.parse();
    let bad = || {
        ApiError::new(
            ErrorCode::Invalid,
            reason("hide-choose-key-together-ctrl-alt"),
        )
    };
    let shortcut = parsed.map_err(|_| bad())?;
    if shortcut.mods.is_empty() {
        return Err(bad());
    }
    if !crate::platform::shortcut_key_supported(shortcut.key) {
        return Err(ApiError::new(
            ErrorCode::Invalid,
            reason("hide-choose-letter-number-f-key"),
        ));
    }
    Ok(())
}
