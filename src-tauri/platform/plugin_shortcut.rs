//! The quick-hide shortcut on Windows and macOS: tauri-plugin-global-shortcut, whose listeners
//! there are event-driven (a hotkey window message on Windows, a Carbon hotkey event on macOS).
//! Both `windows.rs` and `macos.rs` re-export these functions.

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_global_shortcut::{Builder, Code, GlobalShortcut, ShortcutState};

use super::ShortcutTaken;

/// Adds the plugin; a press of the registered shortcut hides. The plugin calls the handler for a
/// press from the main thread (global-hotkey 0.8: the hotkey window's procedure on Windows, the
/// application's Carbon event handler on macOS), so the main-thread hide is the one to use: the
/// disguise goes up at once and the vault is closed on a thread of its own.
pub fn with_shortcut_support<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.plugin(
        Builder::new()
            .with_handler(|app, _shortcut, event| {
                if event.state() == ShortcutState::Pressed {
                    crate::hide::hide_on_main_thread(app);
                }
            })
            .build(),
    )
}

/// The plugin listens from the moment it is added: only the shortcut is left to take.
pub fn start_shortcut<R: Runtime>(app: &AppHandle<R>, shortcut: &str) -> Result<(), ShortcutTaken> {
    set_shortcut(app, None, shortcut)
}

/// Takes `new` in place of `old`; if another program holds `new`, `old` is taken back.
pub fn set_shortcut<R: Runtime>(
    app: &AppHandle<R>,
    old: Option<&str>,
    new: &str,
) -> Result<(), ShortcutTaken> {
    // Not there on the mock runtime (tests): nothing to take.
    let Some(shortcuts) = app.try_state::<GlobalShortcut<R>>() else {
        return Ok(());
    };
    if let Some(old) = old {
        let _ = shortcuts.unregister(old);
    }
    if shortcuts.register(new).is_err() {
        if let Some(old) = old {
            let _ = shortcuts.register(old);
        }
        return Err(ShortcutTaken);
    }
    Ok(())
}

/// The app itself takes the shortcut here.
pub fn shortcut_kept_by_desktop() -> bool {
    false
}

/// The plugin takes any key it can parse.
pub fn shortcut_key_supported(_key: Code) -> bool {
    true
}
