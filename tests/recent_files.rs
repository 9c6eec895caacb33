//! GTK's "recent files" list must not learn about files the person attaches: anyone at the
//! computer can browse it, and a file called `photos of his car.jpg` says enough. The app turns
//! GTK's recent-files setting off at start (`harbour_app::platform::forget_recent_files`); the file dialogs
//! record choices through GTK's recent manager, which this test drives directly.
//!
//! Needs an X display, so it is ignored by a plain `cargo test` and run by scripts/e2e.sh under
//! Xvfb with `--ignored`.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use gtk::prelude::*;
use std::time::{Duration, Instant};

fn settle(ms: u64) {
    let until = Instant::now() + Duration::from_millis(ms);
    while Instant::now() < until {
        while gtk::events_pending() {
            gtk::main_iteration();
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
#[ignore = "needs an X display; run by scripts/e2e.sh"]
fn chosen_files_stay_out_of_the_recent_files_list() {
    // GLib reads XDG_DATA_HOME once, and setting variables in-process is unsafe (forbidden here),
    // so the check runs in a child process of this test binary with its own data folder.
    let Some(data) = std::env::var_os("RECENT_FILES_TEST_DATA") else {
        let data = tempfile::tempdir().unwrap();
        let status = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                "chosen_files_stay_out_of_the_recent_files_list",
                "--nocapture",
            ])
            .env("RECENT_FILES_TEST_DATA", data.path())
            .env("XDG_DATA_HOME", data.path())
            .status()
            .unwrap();
        assert!(status.success(), "the check in the child process failed");
        return;
    };
    gtk::init().unwrap();
    let xbel = std::path::Path::new(&data).join("recently-used.xbel");
    let recorded = || std::fs::read_to_string(&xbel).unwrap_or_default();
    let manager = gtk::RecentManager::default().unwrap();

    // Control: with GTK's default settings a chosen file is recorded.
    assert!(manager.add_item("file:///home/someone/before-control.png"));
    settle(1500);
    assert!(
        recorded().contains("before-control.png"),
        "GTK did not record the control file, so this test would prove nothing"
    );

    harbour_app::platform::forget_recent_files();
    assert!(manager.add_item("file:///home/someone/evidence-photo.png"));
    settle(1500);
    assert!(
        !recorded().contains("evidence-photo.png"),
        "the attached file was recorded: {}",
        recorded()
    );
}
