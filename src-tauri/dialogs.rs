//! The computer's own file dialogs (Open, Save as) are windows of their own: a hide turns the app
//! into the disguise, but a dialog left open would sit on top of it, showing a folder and a file
//! name. Every hide closes them, as if Cancel had been pressed (the command waiting on one then
//! writes or reads nothing, and says so at the next opening).

use tauri::{AppHandle, Runtime};

/// Cancels every open dialog of this app. Runs on the UI thread without blocking the caller.
pub fn close_after_hide<R: Runtime>(app: &AppHandle<R>) {
    #[cfg(target_os = "linux")]
    {
        let _ = app.run_on_main_thread(gtk_dialogs::cancel_all);
    }
    #[cfg(not(target_os = "linux"))]
    {
        // Windows and macOS: not yet (their dialogs are modal to the window; noted in
        // ARCHITECTURE.md).
        let _ = app;
    }
}

#[cfg(target_os = "linux")]
mod gtk_dialogs {
    use gtk::prelude::*;

    pub fn cancel_all() {
        // Without a display (tests on the mock runtime) there is nothing to close.
        if !gtk::is_initialized_main_thread() {
            return;
        }
        for window in gtk::Window::list_toplevels() {
            if let Ok(dialog) = window.downcast::<gtk::Dialog>() {
                dialog.response(gtk::ResponseType::Cancel);
                // A dialog run without a response handler still goes from the screen.
                dialog.hide();
            }
        }
    }
}
