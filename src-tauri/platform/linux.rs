//! Linux: D-Bus for screen lock and sleep, GTK (the toolkit Tauri's window is built on) for the
//! clipboard, dialogs and recent files, X11 for the shortcut, and a few process settings.

use std::sync::Arc;
use std::time::Duration;

use dbus::blocking::Connection;
use dbus::message::MatchRule;
use tauri::{AppHandle, Manager, Runtime};

use super::portal_shortcut;
use super::x11_shortcut::X11Shortcut;
use super::{DesktopEvent, ShortcutTaken};
use crate::clipboard::CopiedText;

pub fn prepare_process() {
    quiet_chip_library();
    // Everything this process creates (the databases and their -wal/-shm files, scratch copies,
    // a report being written, WebKit's own files) is readable by this user only, whatever the
    // code that creates it asks for.
    nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(0o077));
    if !cfg!(debug_assertions) {
        // Not dumpable: no core file (it would hold decrypted memory), and other processes of
        // the same user cannot attach to read memory.
        let _ = nix::sys::prctl::set_dumpable(false);
    }
}

/// The chip library (libtss2) prints every refused authorisation, that is every wrong PIN, to
/// stderr, which a desktop session keeps in its journal (and at its trace level, much more). It
/// reads `TSS2_LOG` once; setting it in-process needs `unsafe` (forbidden here), so the app starts
/// itself again with it set to nothing, whatever it was.
fn quiet_chip_library() {
    if std::env::var_os("TSS2_LOG").is_none_or(|v| v != "all+NONE")
        && let Ok(exe) = std::env::current_exe()
    {
        use std::os::unix::process::CommandExt;
        // Returns only if the exec failed: then run on, only the library's logging differs.
        let _ = std::process::Command::new(exe)
            .args(std::env::args_os().skip(1))
            .env("TSS2_LOG", "all+NONE")
            .exec();
    }
}

/// GTK file choosers add chosen files to the desktop's "recent files" list, which anyone at the
/// computer can browse. Turning GTK's recent-files setting off for this process stops that. A
/// portal-based chooser (Flatpak, some desktops) keeps its own list: the picker's hint tells the
/// person the original file stays where it was.
pub fn forget_recent_files() {
    use gtk::prelude::GtkSettingsExt;
    if let Some(settings) = gtk::Settings::default() {
        settings.set_gtk_recent_files_enabled(false);
        settings.set_gtk_recent_files_max_age(0);
    }
}

/// Screensavers that say when the screen locks (freedesktop, GNOME, Cinnamon, MATE, Xfce).
const SCREENSAVERS: [&str; 5] = [
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.xfce.ScreenSaver",
];

type OnEvent = Arc<dyn Fn(DesktopEvent) + Send + Sync>;

/// The screensaver's `ActiveChanged(true)` on the session bus, and logind's `Lock` and
/// `PrepareForSleep(true)` on the system bus, each bus on a thread of its own.
pub fn watch_lock_and_sleep(on_event: OnEvent) {
    let on_session = on_event.clone();
    std::thread::spawn(move || {
        if let Ok(bus) = Connection::new_session() {
            watch_session_bus(&bus, on_session);
            serve(&bus);
        }
    });
    std::thread::spawn(move || {
        if let Ok(bus) = Connection::new_system() {
            watch_system_bus(&bus, on_event);
            serve(&bus);
        }
    });
}

fn watch_session_bus(bus: &Connection, on_event: OnEvent) {
    for interface in SCREENSAVERS {
        let on_event = on_event.clone();
        let rule = MatchRule::new_signal(interface, "ActiveChanged");
        let _ = bus.add_match(rule, move |(active,): (bool,), _, _| {
            if active {
                on_event(DesktopEvent::ScreenLocked);
            }
            true
        });
    }
}

fn watch_system_bus(bus: &Connection, on_event: OnEvent) {
    let on_lock = on_event.clone();
    let rule = MatchRule::new_signal("org.freedesktop.login1.Session", "Lock");
    let _ = bus.add_match(rule, move |(): (), _, _| {
        on_lock(DesktopEvent::ScreenLocked);
        true
    });
    let rule = MatchRule::new_signal("org.freedesktop.login1.Manager", "PrepareForSleep");
    let _ = bus.add_match(rule, move |(sleeping,): (bool,), _, _| {
        if sleeping {
            on_event(DesktopEvent::GoingToSleep);
        }
        true
    });
}

/// Handles signals until the bus goes away.
fn serve(bus: &Connection) {
    while bus.process(Duration::from_secs(60)).is_ok() {}
}

/// The page puts copies on the clipboard itself: Linux has no standard clipboard-history marker
/// (clearing at a hide is what Linux gets).
pub const COPIES_MADE_BY_APP: bool = false;

pub fn copy_privately<R: Runtime>(_app: &AppHandle<R>, _text: &str) {}

/// Only a SHA-256 of copied text is kept in memory; at a hide the clipboard is read and emptied
/// if it still holds that text (text the person has since copied elsewhere is left alone). The
/// PRIMARY selection (middle-click paste) is emptied whenever this app owns it: it is whatever
/// was last selected in the window, which may be vault text even if nothing was copied.
pub fn clear_clipboard<R: Runtime>(app: &AppHandle<R>, copied: Option<CopiedText>) {
    let _ = app.run_on_main_thread(move || {
        use gtk::gdk;
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
    });
}

/// Takes the selection with empty text, then gives it up: nothing is left to paste.
fn empty(clipboard: &gtk::Clipboard) {
    clipboard.set_text("");
    clipboard.clear();
}

/// GTK dialogs are windows of their own, not modal to the disguise: each is cancelled.
pub fn close_dialogs<R: Runtime>(app: &AppHandle<R>) {
    let _ = app.run_on_main_thread(|| {
        use gtk::prelude::*;
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
    });
}

/// An X11 session (no Wayland, or a desktop that says it is X11): our own key grab works.
fn on_x11() -> bool {
    std::env::var_os("WAYLAND_DISPLAY").is_none()
        || std::env::var("XDG_SESSION_TYPE").is_ok_and(|t| t == "x11")
}

/// X11, or Wayland once the desktop's portal has bound the shortcut.
pub fn global_shortcuts_available() -> bool {
    on_x11() || portal_shortcut::bound()
}

pub fn shortcut_kept_by_desktop() -> bool {
    !on_x11() && portal_shortcut::bound()
}

/// The plugin's X11 listener polls every 50 ms; ours blocks on the X connection instead and is
/// started in [`start_shortcut`], so nothing is added here.
pub fn with_shortcut_support<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
}

/// X11: our own listener. Wayland: the desktop portal, asked from a thread of its own (the
/// desktop may first ask the person to allow it); where there is none, nothing (Settings says
/// the in-app ways remain).
pub fn start_shortcut<R: Runtime>(app: &AppHandle<R>, shortcut: &str) -> Result<(), ShortcutTaken> {
    if !on_x11() {
        let app = app.clone();
        let accelerator = shortcut.to_owned();
        std::thread::spawn(move || {
            let Ok(bus) = Connection::new_session() else {
                return;
            };
            let on_press = move || crate::hide::hide(&app);
            if portal_shortcut::bind(&bus, &accelerator, on_press).is_ok() {
                portal_shortcut::serve(&bus);
            }
        });
        return Ok(());
    }
    let Some(listener) = X11Shortcut::start(app.clone()) else {
        return Ok(());
    };
    app.manage(listener);
    set_shortcut(app, None, shortcut)
}

pub fn set_shortcut<R: Runtime>(
    app: &AppHandle<R>,
    _old: Option<&str>,
    new: &str,
) -> Result<(), ShortcutTaken> {
    // Wayland: the desktop keeps the shortcut (changed in its own settings).
    let Some(listener) = app.try_state::<Arc<X11Shortcut>>() else {
        return Ok(());
    };
    listener.set(new).map_err(|_| ShortcutTaken)
}

pub fn shortcut_key_supported(key: tauri_plugin_global_shortcut::Code) -> bool {
    super::x11_shortcut::keysym_for(key).is_some()
}

#[cfg(test)]
pub(super) mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    //! Each event source faked on a private D-Bus daemon: the signals a screensaver and logind
    //! send, sent by this test, reach the watcher as the right event, and the ones that must not
    //! lock (the screensaver going away, waking up) do not.

    use std::io::BufRead;
    use std::sync::Mutex;

    use dbus::Message;
    use dbus::channel::Sender;

    use super::*;

    /// A D-Bus daemon of the test's own, stopped when dropped.
    pub(in crate::platform) struct PrivateBus {
        daemon: std::process::Child,
        address: String,
    }

    impl PrivateBus {
        pub(in crate::platform) fn start() -> PrivateBus {
            let mut daemon = std::process::Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--print-address=1"])
                .stdout(std::process::Stdio::piped())
                .spawn()
                .expect("dbus-daemon (Debian package dbus) is needed for this test");
            let mut line = String::new();
            std::io::BufReader::new(daemon.stdout.take().unwrap())
                .read_line(&mut line)
                .unwrap();
            PrivateBus {
                daemon,
                address: line.trim().to_owned(),
            }
        }

        pub(in crate::platform) fn connect(&self) -> Connection {
            Connection::new_address(&self.address).unwrap()
        }
    }

    impl Drop for PrivateBus {
        fn drop(&mut self) {
            let _ = self.daemon.kill();
            let _ = self.daemon.wait();
        }
    }

    fn signal(path: &str, interface: &str, member: &str) -> Message {
        Message::new_signal(path, interface, member).unwrap()
    }

    #[test]
    fn screen_lock_and_sleep_signals_become_events_and_others_do_not() {
        let bus = PrivateBus::start();
        let seen: Arc<Mutex<Vec<DesktopEvent>>> = Arc::default();
        let watcher = bus.connect();
        let record = seen.clone();
        let on_event: OnEvent = Arc::new(move |e| record.lock().unwrap().push(e));
        // Both watchers on one private bus: it stands in for the session and the system bus.
        watch_session_bus(&watcher, on_event.clone());
        watch_system_bus(&watcher, on_event);

        let sender = bus.connect();
        let sends = [
            // Must not lock: a screensaver going inactive, and waking from sleep.
            signal(
                "/org/gnome/ScreenSaver",
                "org.gnome.ScreenSaver",
                "ActiveChanged",
            )
            .append1(false),
            signal(
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
            )
            .append1(false),
            // Must lock, in this order.
            signal(
                "/org/gnome/ScreenSaver",
                "org.gnome.ScreenSaver",
                "ActiveChanged",
            )
            .append1(true),
            signal("/ScreenSaver", "org.xfce.ScreenSaver", "ActiveChanged").append1(true),
            signal(
                "/org/freedesktop/login1/session/_32",
                "org.freedesktop.login1.Session",
                "Lock",
            ),
            signal(
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
            )
            .append1(true),
            // Another program's signal of the same name on an interface not watched.
            signal("/x", "org.example.NotAScreenSaver", "ActiveChanged").append1(true),
        ];
        for message in sends {
            sender.send(message).unwrap();
        }
        let until = std::time::Instant::now() + Duration::from_secs(10);
        while seen.lock().unwrap().len() < 4 && std::time::Instant::now() < until {
            watcher.process(Duration::from_millis(100)).unwrap();
        }
        // A moment more, so a wrong extra event would show.
        watcher.process(Duration::from_millis(300)).unwrap();
        assert_eq!(
            *seen.lock().unwrap(),
            [
                DesktopEvent::ScreenLocked,
                DesktopEvent::ScreenLocked,
                DesktopEvent::ScreenLocked,
                DesktopEvent::GoingToSleep,
            ]
        );
    }
}
