//! The desktop shell: a thin Tauri layer over the core crates (`harbour-vault`, `harbour-store`).
//!
//! Until the disguised launcher lands, the window shows an inert calculator face and the shell
//! exposes no commands, so the webview can reach nothing.

use tauri::Runtime;

/// Everything the app adds to a Tauri builder, generic over the runtime so that tests can run it
/// on `tauri::test::mock_builder()` without a display.
pub fn build_app<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
}

pub fn run() {
    let result = build_app(tauri::Builder::default()).run(tauri::generate_context!());
    if result.is_err() {
        // Nothing is printed: the message could name the app's internals on a shared screen.
        std::process::exit(1);
    }
}
