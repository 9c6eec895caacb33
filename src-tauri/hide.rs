//! Quick hide: lock the vault and show the disguise in a fresh state, from the global shortcut,
//! the in-app quick-exit control, Shift pressed three times, or a second launch.

use harbour_vault::{Appearance, Look};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::error::{ApiError, ErrorCode};
use crate::session::Session;

/// The event the UI listens for to drop everything on screen and show the disguise.
pub const HIDE_EVENT: &str = "show-disguise";

pub fn hide<R: Runtime>(app: &AppHandle<R>) {
    // Tell the page first: repainting is what the person watching sees.
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.emit(HIDE_EVENT, ());
    }
    if let Some(session) = app.try_state::<Session>() {
        session.lock();
        apply_appearance(app, &session.appearance());
        crate::clipboard::clear_after_hide(app, session.take_copied());
    }
}

/// The disguise's window size: a calculator is small.
pub const DISGUISE_SIZE: (f64, f64) = (360.0, 520.0);
/// Room to read and write once open.
pub const OPEN_SIZE: (f64, f64) = (880.0, 660.0);

/// Sets the window title, icon and size to the disguise's.
pub fn apply_appearance<R: Runtime>(app: &AppHandle<R>, appearance: &Appearance) {
    set_title_and_icon(app, appearance.look);
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_size(tauri::LogicalSize::new(DISGUISE_SIZE.0, DISGUISE_SIZE.1));
    }
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

/// Swaps the global quick-hide shortcut. If the new one cannot be registered (another program
/// holds it), the old one is put back and the person is asked to choose another. Where global
/// shortcuts are not possible (Wayland, or tests without the plugin) there is nothing to swap.
pub fn replace_shortcut<R: Runtime>(
    app: &AppHandle<R>,
    old: &str,
    new: &str,
) -> Result<(), ApiError> {
    use tauri_plugin_global_shortcut::GlobalShortcut;
    let Some(shortcuts) = app.try_state::<GlobalShortcut<R>>() else {
        return Ok(());
    };
    if !global_shortcuts_available() {
        return Ok(());
    }
    let _ = shortcuts.unregister(old);
    if shortcuts.register(new).is_err() {
        let _ = shortcuts.register(old);
        return Err(ApiError::new(
            ErrorCode::Invalid,
            "Another program already uses that shortcut. Please choose a different one.",
        ));
    }
    Ok(())
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

/// Global shortcuts need X11, Windows or macOS. Under Wayland only the in-app ways work.
pub fn global_shortcuts_available() -> bool {
    if cfg!(target_os = "linux") {
        std::env::var_os("WAYLAND_DISPLAY").is_none()
            || std::env::var("XDG_SESSION_TYPE").is_ok_and(|t| t == "x11")
    } else {
        true
    }
}

/// Refuses shortcuts that cannot be parsed or that have no modifier (a bare key would fire while
/// typing, and Esc alone collides with dialogs).
pub fn check_shortcut(text: &str) -> Result<(), ApiError> {
    let parsed: Result<tauri_plugin_global_shortcut::Shortcut, _> = text.parse();
    let bad = || {
        ApiError::new(
            ErrorCode::Invalid,
            "Please choose a key together with Ctrl, Alt or Shift.",
        )
    };
    let shortcut = parsed.map_err(|_| bad())?;
    if shortcut.mods.is_empty() {
        return Err(bad());
    }
    Ok(())
}
