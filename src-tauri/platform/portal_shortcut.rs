//! The quick-hide shortcut on Wayland, where no program may grab keys for itself: the XDG desktop
//! portal's GlobalShortcuts interface (KDE Plasma 5.27+, GNOME 48+, Hyprland's portal) asks the
//! desktop to bind it, and tells the app when it is pressed.
//!
//! The portal's calls answer through a `Response` signal on a request object whose path is known
//! in advance from the token sent (so the match is added before the call, and nothing is missed);
//! signals are taken only from the portal's own bus name. The first time, the desktop may ask the
//! person to allow the shortcut; afterwards the desktop keeps it (and changing it is done in the
//! desktop's keyboard settings, under "Calculator"). Where there is no portal, or it does not offer
//! global shortcuts, nothing is bound and the in-app ways to hide remain (Settings says so).
//!
//! Spoken over the session bus with the same `dbus` library as the screen-lock watcher (no second
//! D-Bus stack): <https://flatpak.github.io/xdg-desktop-portal/docs/doc-org.freedesktop.portal.GlobalShortcuts.html>.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use dbus::Path;
use dbus::arg::{PropMap, RefArg, Variant};
use dbus::blocking::Connection;
use dbus::message::MatchRule;

const PORTAL: &str = "org.freedesktop.portal.Desktop";
const PORTAL_PATH: &str = "/org/freedesktop/portal/desktop";
const SHORTCUTS: &str = "org.freedesktop.portal.GlobalShortcuts";
const REQUEST: &str = "org.freedesktop.portal.Request";
const REGISTRY: &str = "org.freedesktop.host.portal.Registry";
/// The app's identifier (`tauri.conf.json`), which the packages also give their `.desktop` file
/// (`scripts/package.sh`): the portal matches a registered app to the installed entry of that name.
pub const APP_ID: &str = "org.pocketcalc.desktop";
/// The shortcut's id. What the desktop shows beside it (in its settings and in the dialog asking
/// to allow it) is `shortcut-hide`, words a calculator could have, in the computer's language
/// (it is bound before any vault is open, as the disguise speaks it).
const SHORTCUT_ID: &str = "hide";
/// How long to wait for the portal's answer to opening a session, and to binding (which may
/// wait for the person to answer the desktop's dialog).
const SESSION_WAIT: Duration = Duration::from_secs(30);
const BIND_WAIT: Duration = Duration::from_secs(10 * 60);

/// Whether the desktop has bound the shortcut (set once, never unset while the app runs).
static BOUND: AtomicBool = AtomicBool::new(false);

pub fn bound() -> bool {
    BOUND.load(Ordering::SeqCst)
}

#[derive(Debug, PartialEq, Eq)]
pub enum PortalError {
    /// No portal, no GlobalShortcuts in it, or it failed.
    Unavailable,
    /// The person (or the desktop's policy) said no.
    Refused,
}

/// Asks the portal on `bus` to bind the quick-hide shortcut (`accelerator` as the preferred
/// keys), and from then on calls `on_press` for each press while `bus` is served (by the caller,
/// e.g. [`serve`]).
pub fn bind(
    bus: &Connection,
    accelerator: &str,
    on_press: impl Fn() + Send + 'static,
) -> Result<(), PortalError> {
    register(bus);
    let session_token = token();
    let mut options = PropMap::new();
    options.insert("session_handle_token".into(), text(&session_token));
    let session = request(bus, options, SESSION_WAIT, |call, options| {
        call.method_call(SHORTCUTS, "CreateSession", (options,))
    })?
    .ok_or(PortalError::Unavailable)?;
    let session = Path::new(session).map_err(|_| PortalError::Unavailable)?;

    // Presses of our shortcut in our session only, from the portal only.
    let ours = session.clone();
    let rule = MatchRule::new_signal(SHORTCUTS, "Activated")
        .with_sender(PORTAL)
        .with_path(PORTAL_PATH);
    bus.add_match(
        rule,
        move |(from, id, _, _): (Path<'static>, String, u64, PropMap), _, _| {
            if from == ours && id == SHORTCUT_ID {
                on_press();
            }
            true
        },
    )
    .map_err(|_| PortalError::Unavailable)?;

    let mut shortcut = PropMap::new();
    let description = harbour_words::Words::of_computer().get("shortcut-hide");
    shortcut.insert("description".into(), text(&description));
    if let Some(trigger) = trigger(accelerator) {
        shortcut.insert("preferred_trigger".into(), text(&trigger));
    }
    let shortcuts = vec![(SHORTCUT_ID.to_owned(), shortcut)];
    request(bus, PropMap::new(), BIND_WAIT, |call, options| {
        call.method_call(
            SHORTCUTS,
            "BindShortcuts",
            (session.clone(), shortcuts, String::new(), options),
        )
    })?;
    BOUND.store(true, Ordering::SeqCst);
    Ok(())
}

/// Tells the portal which app this connection is: since xdg-desktop-portal 1.21 a program outside
/// a sandbox gets no shortcut session without an app id. Must come before any other portal call on
/// the connection. Older portals do not have the registry and need none, and a desktop that
/// launched the app under its id's name knows it already: a refusal here is not a failure.
fn register(bus: &Connection) {
    let proxy = bus.with_proxy(PORTAL, PORTAL_PATH, SESSION_WAIT);
    let _: Result<(), dbus::Error> =
        proxy.method_call(REGISTRY, "Register", (APP_ID, PropMap::new()));
}

/// Handles the portal's signals until the bus goes away.
pub fn serve(bus: &Connection) {
    while bus.process(Duration::from_secs(60)).is_ok() {}
}

/// Makes one portal request: the `Response` signal is matched on the request's path (known from
/// the token) before the call, then waited for. Returns the response's `session_handle`, if any.
fn request(
    bus: &Connection,
    mut options: PropMap,
    wait: Duration,
    call: impl FnOnce(
        &dbus::blocking::Proxy<'_, &Connection>,
        PropMap,
    ) -> Result<(Path<'static>,), dbus::Error>,
) -> Result<Option<String>, PortalError> {
    let handle_token = token();
    let expected = format!(
        "{PORTAL_PATH}/request/{}/{handle_token}",
        path_element(&bus.unique_name())
    );
    let (answered, answer) = mpsc::channel();
    let rule = MatchRule::new_signal(REQUEST, "Response")
        .with_sender(PORTAL)
        .with_path(Path::new(expected.clone()).map_err(|_| PortalError::Unavailable)?);
    let matched = bus
        .add_match(rule, move |(code, results): (u32, PropMap), _, _| {
            let session = string(&results, "session_handle");
            let _ = answered.send((code, session));
            false
        })
        .map_err(|_| PortalError::Unavailable)?;
    options.insert("handle_token".into(), text(&handle_token));
    let proxy = bus.with_proxy(PORTAL, PORTAL_PATH, SESSION_WAIT);
    let sent = call(&proxy, options);
    let handle = match sent {
        Ok((handle,)) => handle,
        Err(_) => {
            let _ = bus.remove_match(matched);
            return Err(PortalError::Unavailable);
        }
    };
    // Portals older than the handle token answer on another path: not supported.
    if &*handle != expected.as_str() {
        let _ = bus.remove_match(matched);
        return Err(PortalError::Unavailable);
    }
    let until = Instant::now() + wait;
    loop {
        if let Ok((code, session)) = answer.try_recv() {
            return match code {
                0 => Ok(session),
                1 => Err(PortalError::Refused),
                _ => Err(PortalError::Unavailable),
            };
        }
        if Instant::now() >= until || bus.process(Duration::from_millis(200)).is_err() {
            let _ = bus.remove_match(matched);
            return Err(PortalError::Unavailable);
        }
    }
}

/// A fresh token, a valid object-path element.
fn token() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    format!(
        "pocketcalc_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

fn text(s: &str) -> Variant<Box<dyn RefArg>> {
    Variant(Box::new(s.to_owned()))
}

/// A text (or object path) value of a portal's options or results.
fn string(map: &PropMap, key: &str) -> Option<String> {
    map.get(key).and_then(|v| v.0.as_str().map(str::to_owned))
}

/// A bus name as the portal writes it in request and session paths (`:1.42` → `1_42`).
fn path_element(bus_name: &str) -> String {
    bus_name.trim_start_matches(':').replace('.', "_")
}

/// An accelerator as the app keeps it (`CommandOrControl+Shift+H`) in the XDG shortcuts
/// specification's words (`CTRL+SHIFT+h`). `None` when a part is not understood: the desktop
/// then asks for keys itself.
pub fn trigger(accelerator: &str) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut key = None;
    for part in accelerator.split('+').map(str::trim) {
        let modifier = match part.to_ascii_lowercase().as_str() {
            "commandorcontrol" | "cmdorctrl" | "control" | "ctrl" => Some("CTRL"),
            "shift" => Some("SHIFT"),
            "alt" | "option" => Some("ALT"),
            "super" | "meta" | "command" | "cmd" => Some("LOGO"),
            _ => None,
        };
        match modifier {
            Some(m) => parts.push(m.to_owned()),
            None if key.is_none() => key = Some(part),
            None => return None,
        }
    }
    let key = key?;
    let key = if key.len() == 1 && key.chars().all(|c| c.is_ascii_alphanumeric()) {
        key.to_ascii_lowercase()
    } else if let Some(n) = key.strip_prefix('F').and_then(|n| n.parse::<u8>().ok()) {
        format!("F{n}")
    } else if let Some(d) = key.strip_prefix("Digit").filter(|d| d.len() == 1) {
        d.to_owned()
    } else if let Some(k) = key.strip_prefix("Key").filter(|k| k.len() == 1) {
        k.to_ascii_lowercase()
    } else {
        return None;
    };
    parts.push(key);
    Some(parts.join("+"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    //! Against a stub of the portal on a private D-Bus daemon: the session opened, the shortcut
    //! bound with its dull description and preferred keys, and a press reaching the app; a press
    //! of another session's or another id's shortcut, or sent by someone who is not the portal,
    //! does not. Without a portal the binding says so at once (the fallback).

    use std::sync::{Arc, Mutex};

    use dbus::Message;
    use dbus::channel::{MatchingReceiver, Sender};

    use super::*;
    use crate::platform::linux::tests::PrivateBus;

    /// What the stub saw: the shortcuts bound (id, description, preferred keys) and the sessions
    /// it opened.
    #[derive(Default)]
    struct Seen {
        bound: Vec<(String, String, Option<String>)>,
        sessions: Vec<String>,
        /// Every method called, in order, and the app id registered.
        calls: Vec<String>,
        app_id: Option<String>,
    }
    type Bound = Arc<Mutex<Seen>>;

    /// Answers CreateSession and BindShortcuts as xdg-desktop-portal does (a request handle,
    /// then a `Response` on it), from the portal's bus name.
    fn stub_portal(bus: &PrivateBus, bind_code: u32) -> (Connection, Bound) {
        let portal = bus.connect();
        portal.request_name(PORTAL, false, true, true).unwrap();
        let bound: Bound = Arc::default();
        let seen = bound.clone();
        portal.start_receive(
            MatchRule::new_method_call(),
            Box::new(move |call: Message, conn: &Connection| {
                let sender = path_element(&call.sender().unwrap());
                let member = call.member().map(|m| m.to_string()).unwrap_or_default();
                seen.lock().unwrap().calls.push(member.clone());
                let options: PropMap = match member.as_str() {
                    "Register" => {
                        let (app_id, _): (String, PropMap) = call.read2().unwrap();
                        seen.lock().unwrap().app_id = Some(app_id);
                        let _ = conn.send(call.method_return());
                        return true;
                    }
                    "CreateSession" => call.read1().unwrap(),
                    "BindShortcuts" => {
                        let (_, shortcuts, _, options): (
                            Path<'static>,
                            Vec<(String, PropMap)>,
                            String,
                            PropMap,
                        ) = call.read4().unwrap();
                        for (id, info) in shortcuts {
                            seen.lock().unwrap().bound.push((
                                id,
                                string(&info, "description").unwrap_or_default(),
                                string(&info, "preferred_trigger"),
                            ));
                        }
                        options
                    }
                    _ => {
                        let _ = conn.send(
                            call.error(&"org.freedesktop.DBus.Error.UnknownMethod".into(), c"no"),
                        );
                        return true;
                    }
                };
                let token = string(&options, "handle_token").unwrap();
                let handle = format!("{PORTAL_PATH}/request/{sender}/{token}");
                let _ = conn.send(
                    call.method_return()
                        .append1(Path::new(handle.clone()).unwrap()),
                );
                let mut results = PropMap::new();
                let code = if member == "CreateSession" {
                    let session_token = string(&options, "session_handle_token").unwrap();
                    let session = format!("{PORTAL_PATH}/session/{sender}/{session_token}");
                    seen.lock().unwrap().sessions.push(session.clone());
                    results.insert("session_handle".into(), text(&session));
                    0
                } else {
                    bind_code
                };
                let response = Message::new_signal(handle, REQUEST, "Response")
                    .unwrap()
                    .append2(code, results);
                let _ = conn.send(response);
                true
            }),
        );
        (portal, bound)
    }

    fn activated(session: &str, id: &str) -> Message {
        Message::new_signal(PORTAL_PATH, SHORTCUTS, "Activated")
            .unwrap()
            .append3(Path::new(session.to_owned()).unwrap(), id.to_owned(), 0u64)
            .append1(PropMap::new())
    }

    #[test]
    fn the_portal_binds_the_shortcut_and_only_its_own_presses_hide() {
        let bus = PrivateBus::start();
        let (portal, bound) = stub_portal(&bus, 0);
        let stop = Arc::new(AtomicBool::new(false));
        let portal_thread = {
            let stop = stop.clone();
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    portal.process(Duration::from_millis(50)).unwrap();
                }
                portal
            })
        };

        let app = bus.connect();
        let presses = Arc::new(AtomicU64::new(0));
        let counted = presses.clone();
        bind(&app, "CommandOrControl+Shift+H", move || {
            counted.fetch_add(1, Ordering::SeqCst);
        })
        .unwrap();
        assert!(super::bound());
        assert_eq!(
            bound.lock().unwrap().bound,
            [(
                "hide".to_owned(),
                "Hide the calculator".to_owned(),
                Some("CTRL+SHIFT+h".to_owned())
            )]
        );
        // Registered first, under the identifier the packages name their desktop entry after.
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap();
        assert_eq!(config["identifier"], APP_ID);
        assert_eq!(bound.lock().unwrap().app_id.as_deref(), Some(APP_ID));
        assert_eq!(
            bound.lock().unwrap().calls,
            ["Register", "CreateSession", "BindShortcuts"]
        );

        stop.store(true, Ordering::SeqCst);
        let portal = portal_thread.join().unwrap();
        let session = bound.lock().unwrap().sessions[0].clone();
        // Not ours: another session, another id, and a press sent by a program that is not the
        // portal (it cannot use the portal's name).
        portal
            .send(activated(
                "/org/freedesktop/portal/desktop/session/x/y",
                "hide",
            ))
            .unwrap();
        portal.send(activated(&session, "other")).unwrap();
        bus.connect().send(activated(&session, "hide")).unwrap();
        // Ours, twice.
        portal.send(activated(&session, "hide")).unwrap();
        portal.send(activated(&session, "hide")).unwrap();
        let until = Instant::now() + Duration::from_secs(10);
        while presses.load(Ordering::SeqCst) < 2 && Instant::now() < until {
            app.process(Duration::from_millis(100)).unwrap();
        }
        app.process(Duration::from_millis(300)).unwrap();
        assert_eq!(presses.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn without_a_portal_or_when_refused_nothing_is_bound_and_it_says_so_at_once() {
        let bus = PrivateBus::start();
        let app = bus.connect();
        let started = Instant::now();
        assert_eq!(
            bind(&app, "CommandOrControl+Shift+H", || {}),
            Err(PortalError::Unavailable)
        );
        assert!(started.elapsed() < Duration::from_secs(5), "no long wait");

        let (portal, _) = stub_portal(&bus, 1);
        let portal_thread = std::thread::spawn(move || {
            for _ in 0..100 {
                portal.process(Duration::from_millis(50)).unwrap();
            }
        });
        assert_eq!(
            bind(&bus.connect(), "CommandOrControl+Shift+H", || {}),
            Err(PortalError::Refused)
        );
        portal_thread.join().unwrap();
    }

    #[test]
    fn accelerators_become_the_specification_s_triggers() {
        assert_eq!(
            trigger("CommandOrControl+Shift+H").as_deref(),
            Some("CTRL+SHIFT+h")
        );
        assert_eq!(trigger("Alt+F5").as_deref(), Some("ALT+F5"));
        assert_eq!(trigger("Ctrl+Alt+7").as_deref(), Some("CTRL+ALT+7"));
        assert_eq!(trigger("Super+KeyK").as_deref(), Some("LOGO+k"));
        assert_eq!(trigger("Ctrl+H+J"), None);
        assert_eq!(trigger("Ctrl+Space"), None);
    }
}
