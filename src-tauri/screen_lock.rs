//! Locks when the computer's screen locks or it goes to sleep, where the desktop says so.
//!
//! Linux: the screensaver's `ActiveChanged(true)` signal on the session bus (freedesktop, GNOME,
//! Cinnamon, MATE, Xfce names), and logind's `Lock` and `PrepareForSleep(true)` on the system bus.
//! Each bus is watched by its own thread; a bus that is not there is simply not watched (the idle
//! auto-lock still works). Windows and macOS: not yet (see ARCHITECTURE.md).

use tauri::{AppHandle, Runtime};

pub fn watch<R: Runtime>(app: AppHandle<R>) {
    #[cfg(target_os = "linux")]
    linux::watch(app);
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

#[cfg(target_os = "linux")]
mod linux {
    use std::time::Duration;

    use dbus::blocking::Connection;
    use dbus::message::MatchRule;
    use tauri::{AppHandle, Runtime};

    use crate::hide;

    const SCREENSAVERS: [&str; 5] = [
        "org.freedesktop.ScreenSaver",
        "org.gnome.ScreenSaver",
        "org.cinnamon.ScreenSaver",
        "org.mate.ScreenSaver",
        "org.xfce.ScreenSaver",
    ];

    pub fn watch<R: Runtime>(app: AppHandle<R>) {
        let on_session = app.clone();
        std::thread::spawn(move || {
            if let Ok(bus) = Connection::new_session() {
                for interface in SCREENSAVERS {
                    let app = on_session.clone();
                    let rule = MatchRule::new_signal(interface, "ActiveChanged");
                    let _ = bus.add_match(rule, move |(active,): (bool,), _, _| {
                        if active {
                            hide::hide(&app);
                        }
                        true
                    });
                }
                serve(&bus);
            }
        });
        std::thread::spawn(move || {
            if let Ok(bus) = Connection::new_system() {
                let on_lock = app.clone();
                let rule = MatchRule::new_signal("org.freedesktop.login1.Session", "Lock");
                let _ = bus.add_match(rule, move |(): (), _, _| {
                    hide::hide(&on_lock);
                    true
                });
                let rule =
                    MatchRule::new_signal("org.freedesktop.login1.Manager", "PrepareForSleep");
                let _ = bus.add_match(rule, move |(sleeping,): (bool,), _, _| {
                    if sleeping {
                        hide::hide(&app);
                    }
                    true
                });
                serve(&bus);
            }
        });
    }

    /// Handles signals until the bus goes away.
    fn serve(bus: &Connection) {
        while bus.process(Duration::from_secs(60)).is_ok() {}
    }
}
