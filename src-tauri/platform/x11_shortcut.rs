//! The quick-hide shortcut on X11, without polling.
//!
//! The global-shortcut plugin's X11 thread checks for key events every 50 ms, which alone adds up
//! to 50 ms before a hide starts. Here one thread blocks on the X connection and runs the hide the
//! moment the server delivers the key press. Grabs are made on the same connection from the
//! calling thread (x11rb connections are thread-safe), so changing the shortcut needs no wake-up.
//! Windows and macOS keep using the plugin, whose listeners there are event-driven already.

use std::sync::{Arc, Mutex};

use tauri::{AppHandle, Runtime};
use tauri_plugin_global_shortcut::{Code, Modifiers, Shortcut};
use x11rb::connection::Connection;
use x11rb::errors::ReplyError;
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{ConnectionExt as _, GrabMode, Keycode, ModMask, Window};
use x11rb::rust_connection::RustConnection;

/// A key and modifiers as X sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Grab {
    keycode: Keycode,
    mods: u16,
}

pub struct X11Shortcut {
    conn: Arc<RustConnection>,
    root: Window,
    current: Mutex<Option<Grab>>,
}

#[derive(Debug, thiserror::Error)]
pub enum ShortcutError {
    #[error("this key cannot be used as a shortcut here")]
    UnknownKey,
    #[error("another program holds this shortcut")]
    Taken,
    #[error("the X server could not be reached")]
    Connection,
}

impl From<ReplyError> for ShortcutError {
    fn from(e: ReplyError) -> ShortcutError {
        match e {
            // BadAccess: another client has grabbed this key combination.
            ReplyError::X11Error(_) => ShortcutError::Taken,
            _ => ShortcutError::Connection,
        }
    }
}

impl From<x11rb::errors::ConnectionError> for ShortcutError {
    fn from(_: x11rb::errors::ConnectionError) -> ShortcutError {
        ShortcutError::Connection
    }
}

// X modifier bits (X11 protocol, KeyButMask): Shift, Lock, Control, Mod1 (Alt), Mod2 (Num Lock),
// Mod4 (Super).
const SHIFT: u16 = 1;
const LOCK: u16 = 1 << 1;
const CONTROL: u16 = 1 << 2;
const ALT: u16 = 1 << 3;
const NUM_LOCK: u16 = 1 << 4;
const SUPER: u16 = 1 << 6;

/// Lock keys change the modifier state; the grab must fire whether Caps Lock or Num Lock is on.
const LOCK_VARIANTS: [u16; 4] = [0, LOCK, NUM_LOCK, LOCK | NUM_LOCK];

/// Modifiers that make up a shortcut; the rest are ignored in events.
const SHORTCUT_MODS: u16 = SHIFT | CONTROL | ALT | SUPER;

impl X11Shortcut {
    /// Connects to the X server and starts the listening thread. `None` where there is no X server
    /// (then only the in-app ways to hide work, as on Wayland).
    pub fn start<R: Runtime>(app: AppHandle<R>) -> Option<Arc<X11Shortcut>> {
        let (conn, screen) = x11rb::connect(None).ok()?;
        let root = conn.setup().roots.get(screen)?.root;
        let this = Arc::new(X11Shortcut {
            conn: Arc::new(conn),
            root,
            current: Mutex::new(None),
        });
        let listener = Arc::clone(&this);
        std::thread::spawn(move || listener.listen(&app));
        Some(this)
    }

    fn listen<R: Runtime>(&self, app: &AppHandle<R>) {
        while let Ok(event) = self.conn.wait_for_event() {
            if let Event::KeyPress(press) = event {
                let grab = *self.current.lock().unwrap_or_else(|p| p.into_inner());
                let mods = u16::from(press.state) & SHORTCUT_MODS;
                if grab.is_some_and(|g| g.keycode == press.detail && g.mods == mods) {
                    crate::hide::hide(app);
                }
            }
        }
    }

    /// Makes `accelerator` the shortcut, replacing the previous one. If it cannot be taken, the
    /// previous one stays.
    pub fn set(&self, accelerator: &str) -> Result<(), ShortcutError> {
        let shortcut: Shortcut = accelerator.parse().map_err(|_| ShortcutError::UnknownKey)?;
        let grab = self.grab_for(&shortcut)?;
        let mut current = self.current.lock().unwrap_or_else(|p| p.into_inner());
        if *current == Some(grab) {
            return Ok(());
        }
        if let Err(e) = self.grab(grab) {
            self.ungrab(grab);
            return Err(e);
        }
        if let Some(old) = current.replace(grab) {
            self.ungrab(old);
        }
        Ok(())
    }

    fn grab(&self, grab: Grab) -> Result<(), ShortcutError> {
        for lock in LOCK_VARIANTS {
            self.conn
                .grab_key(
                    false,
                    self.root,
                    ModMask::from(grab.mods | lock),
                    grab.keycode,
                    GrabMode::ASYNC,
                    GrabMode::ASYNC,
                )?
                .check()?;
        }
        Ok(())
    }

    fn ungrab(&self, grab: Grab) {
        for lock in LOCK_VARIANTS {
            if let Ok(cookie) =
                self.conn
                    .ungrab_key(grab.keycode, self.root, ModMask::from(grab.mods | lock))
            {
                cookie.ignore_error();
            }
        }
        let _ = self.conn.flush();
    }

    fn grab_for(&self, shortcut: &Shortcut) -> Result<Grab, ShortcutError> {
        let keysym = keysym_for(shortcut.key).ok_or(ShortcutError::UnknownKey)?;
        let setup = self.conn.setup();
        let (min, max) = (setup.min_keycode, setup.max_keycode);
        let map = self
            .conn
            .get_keyboard_mapping(min, max - min + 1)?
            .reply()?;
        let per = usize::from(map.keysyms_per_keycode).max(1);
        let index = map
            .keysyms
            .chunks(per)
            .position(|syms| syms.contains(&keysym))
            .ok_or(ShortcutError::UnknownKey)?;
        let keycode = u8::try_from(index)
            .ok()
            .and_then(|i| min.checked_add(i))
            .ok_or(ShortcutError::UnknownKey)?;
        let mut mods = 0u16;
        for (modifier, bit) in [
            (Modifiers::SHIFT, SHIFT),
            (Modifiers::CONTROL, CONTROL),
            (Modifiers::ALT, ALT),
            (Modifiers::SUPER, SUPER),
            (Modifiers::META, SUPER),
        ] {
            if shortcut.mods.contains(modifier) {
                mods |= bit;
            }
        }
        Ok(Grab { keycode, mods })
    }
}

/// The X keysym for a physical key: letters, digits, F-keys and a few others. Everything the
/// settings screen can record is here.
pub fn keysym_for(code: Code) -> Option<u32> {
    use Code as C;
    let letters = [
        C::KeyA,
        C::KeyB,
        C::KeyC,
        C::KeyD,
        C::KeyE,
        C::KeyF,
        C::KeyG,
        C::KeyH,
        C::KeyI,
        C::KeyJ,
        C::KeyK,
        C::KeyL,
        C::KeyM,
        C::KeyN,
        C::KeyO,
        C::KeyP,
        C::KeyQ,
        C::KeyR,
        C::KeyS,
        C::KeyT,
        C::KeyU,
        C::KeyV,
        C::KeyW,
        C::KeyX,
        C::KeyY,
        C::KeyZ,
    ];
    let digits = [
        C::Digit0,
        C::Digit1,
        C::Digit2,
        C::Digit3,
        C::Digit4,
        C::Digit5,
        C::Digit6,
        C::Digit7,
        C::Digit8,
        C::Digit9,
    ];
    let f_keys = [
        C::F1,
        C::F2,
        C::F3,
        C::F4,
        C::F5,
        C::F6,
        C::F7,
        C::F8,
        C::F9,
        C::F10,
        C::F11,
        C::F12,
    ];
    let offset = |keys: &[Code], base: u32| {
        keys.iter()
            .position(|k| *k == code)
            .and_then(|i| u32::try_from(i).ok())
            .map(|i| base + i)
    };
    offset(&letters, 0x61)
        .or_else(|| offset(&digits, 0x30))
        .or_else(|| offset(&f_keys, 0xffbe))
        .or(match code {
            C::Space => Some(0x20),
            C::Minus => Some(0x2d),
            C::Equal => Some(0x3d),
            C::Comma => Some(0x2c),
            C::Period => Some(0x2e),
            C::Slash => Some(0x2f),
            C::Semicolon => Some(0x3b),
            C::Quote => Some(0x27),
            C::BracketLeft => Some(0x5b),
            C::BracketRight => Some(0x5d),
            C::Backslash => Some(0x5c),
            C::Backquote => Some(0x60),
            C::Escape => Some(0xff1b),
            C::Backspace => Some(0xff08),
            C::Tab => Some(0xff09),
            C::Enter => Some(0xff0d),
            C::Delete => Some(0xffff),
            C::Insert => Some(0xff63),
            C::Home => Some(0xff50),
            C::End => Some(0xff57),
            C::PageUp => Some(0xff55),
            C::PageDown => Some(0xff56),
            C::ArrowLeft => Some(0xff51),
            C::ArrowUp => Some(0xff52),
            C::ArrowRight => Some(0xff53),
            C::ArrowDown => Some(0xff54),
            C::Pause => Some(0xff13),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keysyms_follow_x11_keysymdef() {
        assert_eq!(keysym_for(Code::KeyA), Some(0x61));
        assert_eq!(keysym_for(Code::KeyH), Some(0x68));
        assert_eq!(keysym_for(Code::KeyZ), Some(0x7a));
        assert_eq!(keysym_for(Code::Digit0), Some(0x30));
        assert_eq!(keysym_for(Code::Digit9), Some(0x39));
        assert_eq!(keysym_for(Code::F1), Some(0xffbe));
        assert_eq!(keysym_for(Code::F12), Some(0xffc9));
        assert_eq!(keysym_for(Code::Space), Some(0x20));
        assert_eq!(keysym_for(Code::MediaPlayPause), None);
    }
}
