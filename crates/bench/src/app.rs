//! Figures for the real app (release build) on a real X server: cold start to the disguise painted,
//! each way of hiding (the shortcut, Shift tapped three times, the Quick exit button; with and
//! without a draft being written) to the disguise painted with the vault locked, and idle memory
//! (PSS) of the app with its WebKit processes. Run by `scripts/bench-app.sh`, which provides Xvfb and a private
//! keychain. Keys are sent with XTest, the screen is read back with GetImage: nothing inside the app
//! is instrumented, so the figures are what a person at the screen would get.
//!
//! Usage: harbour-app-bench <path to pocketcalc> [cold starts, default 10] [hides, default 30]
//! [ways of hiding, default "shortcut,shift,button"]

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use harbour_vault::{Appearance, KdfParams, Keychain, LockedVault, Pin};
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    AtomEnum, BUTTON_PRESS_EVENT, BUTTON_RELEASE_EVENT, ConnectionExt as _, ImageFormat,
    InputFocus, KEY_PRESS_EVENT, KEY_RELEASE_EVENT, MOTION_NOTIFY_EVENT, Window,
};
use x11rb::protocol::xtest::ConnectionExt as _;
use x11rb::rust_connection::RustConnection;

type AnyResult<T> = Result<T, Box<dyn std::error::Error>>;

const PIN: &str = "582047";
const DISGUISE: (u16, u16) = (360, 520);
const OPEN: (u16, u16) = (960, 680);
const TIMEOUT: Duration = Duration::from_secs(30);

fn main() {
    if let Err(e) = run() {
        eprintln!("app bench failed: {e}");
        std::process::exit(1);
    }
}

fn run() -> AnyResult<()> {
    let mut args = std::env::args().skip(1);
    let app = args
        .next()
        .ok_or("usage: harbour-app-bench <pocketcalc> [starts] [hides] [shortcut,shift,button]")?;
    let starts: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(10);
    let hides: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(30);
    // Which ways of hiding to measure (default all): "shortcut,shift,button".
    let ways: Vec<Way> = match args.next() {
        None => vec![Way::Shortcut, Way::ShiftTaps, Way::Button],
        Some(list) => list
            .split(',')
            .map(|w| match w {
                "shortcut" => Ok(Way::Shortcut),
                "shift" => Ok(Way::ShiftTaps),
                "button" => Ok(Way::Button),
                other => Err(format!("no way of hiding called {other}")),
            })
            .collect::<Result<_, _>>()?,
    };

    prepare_vault()?;
    let (conn, screen) = x11rb::connect(None)?;
    let x = X {
        root: conn.setup().roots[screen].root,
        conn,
    };

    println!("== real app, release build, Xvfb (no compositor, software rendering)");
    let mut start_times = Vec::new();
    let mut pss = Vec::new();
    for round in 0..starts {
        let mut child = Launched::start(&app)?;
        let (painted, _) = x.wait_for_first_stable_paint(child.started, "Calculator")?;
        start_times.push(painted);
        if round == 0 || round == starts - 1 {
            std::thread::sleep(Duration::from_secs(3));
            pss.push(pss_of_tree(child.id())?);
        }
        child.stop();
        std::thread::sleep(Duration::from_millis(300));
    }
    report("cold start to disguise painted", &mut start_times);
    for (i, kib) in pss.iter().enumerate() {
        println!(
            "idle PSS, app + WebKit processes (sample {}): {:.0} MiB",
            i + 1,
            *kib as f64 / 1024.0
        );
    }

    let mut child = Launched::start(&app)?;
    x.wait_for_first_stable_paint(child.started, "Calculator")?;
    let window = x.find_window("Calculator", Instant::now())?;
    // The pointer waits in a corner outside the window, so no key shows a hover state that
    // depends on where it happened to be.
    x.park_pointer()?;
    for way in ways {
        for with_draft in [false, true] {
            let mut times = x.measure_hides(window, way, with_draft, hides)?;
            report(
                &format!(
                    "{} to disguise painted (vault locked){}",
                    way.name(),
                    if with_draft {
                        ", with a draft being written"
                    } else {
                        ""
                    }
                ),
                &mut times,
            );
        }
    }
    child.stop();
    Ok(())
}

/// The ways of hiding measured: the system-wide shortcut, Shift tapped three times in the page,
/// and the Quick exit button clicked.
#[derive(Clone, Copy)]
enum Way {
    Shortcut,
    ShiftTaps,
    Button,
}

impl Way {
    fn name(self) -> &'static str {
        match self {
            Way::Shortcut => "quick-hide shortcut",
            Way::ShiftTaps => "Shift tapped three times",
            Way::Button => "Quick exit button",
        }
    }
}

/// What the bench types into a form before hiding, different each time (and never like a PIN).
fn draft_text(round: usize) -> String {
    let letter = |n: usize| char::from(b'a' + u8::try_from(n % 26).unwrap_or(0));
    format!("bench draft {}{}", letter(round / 26), letter(round))
}

/// After a hide "with a draft being written": the hide must have put what was typed into the
/// vault, or the figure measured a hide with nothing to write. The bench opens the vault file
/// itself (the app has locked it) to check, then discards the draft so the next opening starts
/// with an empty form again (the key presses that reach it count on that).
fn check_and_discard_draft(text: &str) -> AnyResult<()> {
    let dir = harbour_vault::default_data_dir()?;
    let mut vault = LockedVault::open(&dir, Keychain::os())?.unlock(&Pin::new(PIN)?)?;
    let drafts = vault.own_records().drafts()?;
    let found = drafts.iter().any(|d| d.body.contains(text));
    for d in &drafts {
        vault.own_records_mut().discard_draft(&d.id)?;
    }
    vault.lock()?;
    if !found {
        return Err(format!(
            "the hide did not keep the draft {text:?}: the typing missed the form"
        )
        .into());
    }
    Ok(())
}

/// A vault with a known PIN in this (private) HOME, made with the app's own default KDF settings.
fn prepare_vault() -> AnyResult<()> {
    let dir = harbour_vault::default_data_dir()?;
    if LockedVault::exists(&dir) {
        return Ok(());
    }
    let created = LockedVault::create(
        &dir,
        Keychain::os(),
        &Pin::new(PIN)?,
        None,
        KdfParams::DEFAULT,
    )?;
    created.vault.lock()?;
    Appearance::default().save(&dir)?;
    Ok(())
}

struct Launched {
    child: Child,
    started: Instant,
}

impl Launched {
    fn start(app: &str) -> AnyResult<Launched> {
        let started = Instant::now();
        let child = Command::new(app).env_remove("TAURI_AUTOMATION").spawn()?;
        Ok(Launched { child, started })
    }

    fn id(&self) -> u32 {
        self.child.id()
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Launched {
    fn drop(&mut self) {
        self.stop();
    }
}

// Keysyms (X11 keysymdef.h).
const KEY_CONTROL_L: u32 = 0xffe3;
const KEY_SHIFT_L: u32 = 0xffe1;
const KEY_H: u32 = 0x0068;
const KEY_RETURN: u32 = 0xff0d;
const KEY_TAB: u32 = 0xff09;
const KEY_SPACE: u32 = 0x0020;
/// From the open app's first screen (trusted contacts, none yet) to the new contact's Name box:
/// after an unlock focus is on the screen's heading, and the Name box is the next stop.
const TABS_TO_CONTACT_NAME: usize = 1;

struct X {
    conn: RustConnection,
    root: Window,
}

impl X {
    fn find_window(&self, title: &str, since: Instant) -> AnyResult<Window> {
        loop {
            for w in self.conn.query_tree(self.root)?.reply()?.children {
                let name = self
                    .conn
                    .get_property(false, w, AtomEnum::WM_NAME, AtomEnum::STRING, 0, 256)?
                    .reply()?;
                let mapped = self.conn.get_window_attributes(w)?.reply()?.map_state
                    == x11rb::protocol::xproto::MapState::VIEWABLE;
                if mapped && name.value == title.as_bytes() {
                    return Ok(w);
                }
            }
            if since.elapsed() > TIMEOUT {
                return Err(format!("no window titled {title}").into());
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// The window's size, a hash of what the screen shows there, and whether it is all one colour
    /// (GTK's first frames are blank).
    fn frame(&self, window: Window) -> AnyResult<((u16, u16), u64, bool)> {
        let g = self.conn.get_geometry(window)?.reply()?;
        let image = self
            .conn
            .get_image(
                ImageFormat::Z_PIXMAP,
                self.root,
                g.x,
                g.y,
                g.width,
                g.height,
                u32::MAX,
            )?
            .reply()?;
        let mut hasher = DefaultHasher::new();
        hasher.write(&image.data);
        let first = image.data.get(..4).unwrap_or_default();
        let uniform = image.data.chunks(4).all(|px| px == first);
        Ok(((g.width, g.height), hasher.finish(), uniform))
    }

    /// Watches from launch until the window's picture has not changed for a second; returns when
    /// (after `since`) it first showed that final picture, and the picture's hash.
    fn wait_for_first_stable_paint(
        &self,
        since: Instant,
        title: &str,
    ) -> AnyResult<(Duration, u64)> {
        let window = self.find_window(title, since)?;
        let mut current = self.frame(window)?.1;
        let mut first_seen = since.elapsed();
        loop {
            let (_, hash, uniform) = self.frame(window)?;
            let now = since.elapsed();
            if hash != current {
                current = hash;
                first_seen = now;
            } else if now - first_seen > Duration::from_secs(1) && !uniform {
                return Ok((first_seen, current));
            }
            if now > TIMEOUT {
                return Err("the window never settled".into());
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// Polls from `since` until the window has the disguise's size and its picture has stayed
    /// the same for 300 ms; returns when that picture first showed. (Not compared with a picture
    /// learned before: which key shows focus or hover can differ from one hide to the next.)
    fn wait_for_disguise(&self, window: Window, since: Instant) -> AnyResult<Duration> {
        let mut current: Option<u64> = None;
        let mut first_seen = since.elapsed();
        loop {
            let (size, hash, uniform) = self.frame(window)?;
            let now = since.elapsed();
            let settled = size == DISGUISE && !uniform;
            if !settled || current != Some(hash) {
                current = settled.then_some(hash);
                first_seen = now;
            } else if now - first_seen >= Duration::from_millis(300) {
                return Ok(first_seen);
            }
            if now > TIMEOUT {
                let _ = Command::new("import")
                    .args(["-window", "root", "/tmp/app-bench-timeout.png"])
                    .status();
                return Err(format!(
                    "the disguise did not come back (window {size:?}; screen saved to \
                     /tmp/app-bench-timeout.png)"
                )
                .into());
            }
            std::thread::sleep(Duration::from_micros(500));
        }
    }

    /// Opens the app and hides it `hides` times the given way; returns the times from the hide
    /// (the key sent, or the click) to the disguise painted.
    fn measure_hides(
        &self,
        window: Window,
        way: Way,
        with_draft: bool,
        hides: usize,
    ) -> AnyResult<Vec<Duration>> {
        let mut times = Vec::new();
        for round in 0..hides {
            self.unlock(window)?;
            let text = draft_text(round);
            if with_draft {
                self.type_draft(&text)?;
            }
            let sent = self.hide(window, way)?;
            times.push(self.wait_for_disguise(window, sent)?);
            std::thread::sleep(Duration::from_millis(200));
            if with_draft {
                check_and_discard_draft(&text)?;
            }
        }
        Ok(times)
    }

    /// Hides the given way; returns when the last key or the click was sent.
    fn hide(&self, window: Window, way: Way) -> AnyResult<Instant> {
        match way {
            Way::Shortcut => {
                let sent = Instant::now();
                self.chord(&[KEY_CONTROL_L, KEY_SHIFT_L, KEY_H])?;
                Ok(sent)
            }
            Way::ShiftTaps => {
                // Bare taps about as fast as a person in a hurry makes them.
                for _ in 0..2 {
                    self.chord(&[KEY_SHIFT_L])?;
                    std::thread::sleep(Duration::from_millis(120));
                }
                let sent = Instant::now();
                self.chord(&[KEY_SHIFT_L])?;
                Ok(sent)
            }
            Way::Button => {
                let (x, y) = self.find_quick_exit(window)?;
                self.conn
                    .xtest_fake_input(MOTION_NOTIFY_EVENT, 0, 0, self.root, x, y, 0)?;
                self.conn.flush()?;
                std::thread::sleep(Duration::from_millis(50));
                let sent = Instant::now();
                self.conn
                    .xtest_fake_input(BUTTON_PRESS_EVENT, 1, 0, self.root, 0, 0, 0)?;
                self.conn
                    .xtest_fake_input(BUTTON_RELEASE_EVENT, 1, 0, self.root, 0, 0, 0)?;
                self.conn.flush()?;
                self.park_pointer()?;
                Ok(sent)
            }
        }
    }

    /// Moves the pointer to the screen's far corner, outside the window at either size.
    fn park_pointer(&self) -> AnyResult<()> {
        let screen = &self.conn.setup().roots[0];
        let (x, y) = (
            i16::try_from(screen.width_in_pixels - 1)?,
            i16::try_from(screen.height_in_pixels - 1)?,
        );
        self.conn
            .xtest_fake_input(MOTION_NOTIFY_EVENT, 0, 0, self.root, x, y, 0)?;
        self.conn.flush()?;
        Ok(())
    }

    /// The middle of the Quick exit button (the only thing in the header with its slate
    /// colour, #52606d), in root coordinates.
    fn find_quick_exit(&self, window: Window) -> AnyResult<(i16, i16)> {
        let g = self.conn.get_geometry(window)?.reply()?;
        let origin = self
            .conn
            .translate_coordinates(window, self.root, 0, 0)?
            .reply()?;
        let height = g.height.min(120);
        let image = self
            .conn
            .get_image(
                ImageFormat::Z_PIXMAP,
                window,
                0,
                0,
                g.width,
                height,
                u32::MAX,
            )?
            .reply()?;
        let (mut sum_x, mut sum_y, mut n) = (0u64, 0u64, 0u64);
        for (i, px) in image.data.chunks(4).enumerate() {
            // Z-pixmap at depth 24: blue, green, red, unused.
            if px.len() == 4 && px[0] == 0x6d && px[1] == 0x60 && px[2] == 0x52 {
                let i = i as u64;
                sum_x += i % u64::from(g.width);
                sum_y += i / u64::from(g.width);
                n += 1;
            }
        }
        if n < 50 {
            return Err("no Quick exit button on screen".into());
        }
        let x = i16::try_from(sum_x / n)? + origin.dst_x;
        let y = i16::try_from(sum_y / n)? + origin.dst_y;
        Ok((x, y))
    }

    /// Moves to the new contact form's Name box with Tab and types a few words into it, as
    /// someone would be doing when they have to hide; then waits as a person would between
    /// the last key and the hide.
    fn type_draft(&self, text: &str) -> AnyResult<()> {
        for _ in 0..TABS_TO_CONTACT_NAME {
            self.chord(&[KEY_TAB])?;
            std::thread::sleep(Duration::from_millis(15));
        }
        for c in text.bytes() {
            let keysym = if c == b' ' { KEY_SPACE } else { u32::from(c) };
            self.chord(&[keysym])?;
            std::thread::sleep(Duration::from_millis(30));
        }
        std::thread::sleep(Duration::from_millis(150));
        Ok(())
    }

    /// Types the PIN and Enter at the calculator, then waits for the open app to settle.
    fn unlock(&self, window: Window) -> AnyResult<()> {
        self.conn
            .set_input_focus(InputFocus::POINTER_ROOT, window, x11rb::CURRENT_TIME)?;
        for digit in PIN.bytes() {
            self.chord(&[u32::from(digit)])?;
        }
        self.chord(&[KEY_RETURN])?;
        let since = Instant::now();
        loop {
            if self.conn.get_geometry(window)?.reply()?.width == OPEN.0 {
                break;
            }
            if since.elapsed() > TIMEOUT {
                return Err("the PIN did not open the app".into());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        // Let the open screen load and paint before hiding it again.
        std::thread::sleep(Duration::from_millis(700));
        Ok(())
    }

    /// Presses the keys in order and releases them in reverse, like a person.
    fn chord(&self, keysyms: &[u32]) -> AnyResult<()> {
        let codes = keysyms
            .iter()
            .map(|k| self.keycode(*k))
            .collect::<AnyResult<Vec<u8>>>()?;
        for code in &codes {
            self.conn
                .xtest_fake_input(KEY_PRESS_EVENT, *code, 0, self.root, 0, 0, 0)?;
        }
        for code in codes.iter().rev() {
            self.conn
                .xtest_fake_input(KEY_RELEASE_EVENT, *code, 0, self.root, 0, 0, 0)?;
        }
        self.conn.flush()?;
        Ok(())
    }

    fn keycode(&self, keysym: u32) -> AnyResult<u8> {
        let setup = self.conn.setup();
        let (min, max) = (setup.min_keycode, setup.max_keycode);
        let map = self
            .conn
            .get_keyboard_mapping(min, max - min + 1)?
            .reply()?;
        let per = usize::from(map.keysyms_per_keycode);
        for (i, syms) in map.keysyms.chunks(per.max(1)).enumerate() {
            if syms.contains(&keysym) {
                return Ok(min + u8::try_from(i)?);
            }
        }
        Err(format!("no key for keysym {keysym:#x}").into())
    }
}

/// Proportional set size (KiB) of a process and all its descendants (the WebKit web and network
/// processes are children of the app).
fn pss_of_tree(root: u32) -> AnyResult<u64> {
    let mut total = 0;
    for pid in descendants_and_self(root)? {
        let Ok(text) = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")) else {
            continue;
        };
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("Pss:") {
                total += rest.trim().trim_end_matches("kB").trim().parse::<u64>()?;
            }
        }
    }
    Ok(total)
}

fn descendants_and_self(root: u32) -> AnyResult<Vec<u32>> {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    for entry in std::fs::read_dir("/proc")? {
        let name = entry?.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.parse::<u32>().ok()) else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // The command name is in parentheses and may contain spaces; fields after it are plain.
        let Some(after) = stat.rsplit_once(')').map(|(_, rest)| rest) else {
            continue;
        };
        if let Some(ppid) = after.split_whitespace().nth(1).and_then(|p| p.parse().ok()) {
            parents.push((pid, ppid));
        }
    }
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(
            parents
                .iter()
                .filter(|(_, pp)| *pp == parent)
                .map(|(p, _)| *p),
        );
        i += 1;
    }
    Ok(found)
}

fn report(what: &str, samples: &mut [Duration]) {
    samples.sort();
    let pick = |q: f64| {
        let i = ((samples.len() as f64 - 1.0) * q).round() as usize;
        samples[i.min(samples.len() - 1)].as_secs_f64() * 1000.0
    };
    println!(
        "{what}: p50 {:.1} ms, p95 {:.1} ms, min {:.1} ms, max {:.1} ms ({} runs)",
        pick(0.5),
        pick(0.95),
        pick(0.0),
        pick(1.0),
        samples.len()
    );
}
