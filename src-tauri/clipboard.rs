//! Clearing what was copied from the open app when it hides, so that pasting afterwards (by the
//! person or by someone else at the computer) does not bring vault text back on screen.
//!
//! Only a SHA-256 of copied text is kept in memory; at hide time the clipboard is read and emptied
//! if it still holds that text (text the person has since copied elsewhere is left alone). On X11
//! the PRIMARY selection (middle-click paste) is emptied whenever this app owns it: it is whatever
//! was last selected in the window, which may be vault text even if nothing was copied.

use sha2::{Digest, Sha256};
use tauri::{AppHandle, Runtime};

/// The hash of some copied text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct CopiedText([u8; 32]);

impl CopiedText {
    pub fn of(text: &str) -> CopiedText {
        CopiedText(Sha256::digest(text.as_bytes()).into())
    }
}

impl std::fmt::Debug for CopiedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CopiedText(***)")
    }
}

/// Empties the clipboard if it still holds `copied`, and the app's own PRIMARY selection. Runs on
/// the UI thread (GTK's clipboard lives there) without blocking the caller.
pub fn clear_after_hide<R: Runtime>(app: &AppHandle<R>, copied: Option<CopiedText>) {
    #[cfg(target_os = "linux")]
    {
        let _ = app.run_on_main_thread(move || gtk_clipboard::clear(copied));
    }
    #[cfg(not(target_os = "linux"))]
    {
        // Windows and macOS: not yet (noted in ARCHITECTURE.md); the copied hash is dropped.
        let _ = (app, copied);
    }
}

#[cfg(target_os = "linux")]
mod gtk_clipboard {
    use gtk::gdk;

    use super::CopiedText;

    pub fn clear(copied: Option<CopiedText>) {
        // Without a display (tests on the mock runtime) there is no clipboard to clear.
        if !gtk::is_initialized_main_thread() {
            return;
        }
        let clipboard = gtk::Clipboard::get(&gdk::SELECTION_CLIPBOARD);
        if let Some(copied) = copied {
            let holds = clipboard
                .wait_for_text()
                .is_some_and(|text| CopiedText::of(&text) == copied);
            if holds {
                empty(&clipboard);
            }
        }
        if gdk::selection_owner_get(&gdk::SELECTION_PRIMARY).is_some() {
            empty(&gtk::Clipboard::get(&gdk::SELECTION_PRIMARY));
        }
    }

    /// Takes the selection with empty text, then gives it up: nothing is left to paste.
    fn empty(clipboard: &gtk::Clipboard) {
        clipboard.set_text("");
        clipboard.clear();
    }
}
