//! Typed app settings, stored as one JSON value per key so adding a setting needs no migration
//! and an unknown or damaged value falls back to its default instead of locking the person out.
//!
//! The plan stage is not a setting: it lives in the shared plan document (see [`crate::plan`]).

use harbour_reason::reason;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::{Store, StoreError};

/// What the app looks like before unlock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Disguise {
    #[default]
    Calculator,
    Notes,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub disguise: Disguise,
    /// Global quick-hide shortcut, in Tauri/Electron accelerator syntax.
    pub panic_hotkey: String,
    /// Lock after this many idle minutes (1..=240).
    pub auto_lock_minutes: u32,
    /// Region used to pick support-directory entries first, e.g. "GB".
    pub region: String,
}

/// Default quick-hide shortcut. Why this one: two modifiers make it hard to press by accident;
/// Shift rather than Alt because Ctrl+Alt is AltGr on many European layouts, where
/// Ctrl+Alt+letter types ordinary characters (AltGr+Q is `@` on a German keyboard); `H` for
/// "hide", reachable one-handed; no default system-wide binding on Windows, macOS, GNOME or
/// KDE; and `CommandOrControl` maps to Cmd on macOS, where Ctrl combinations feel foreign.
/// Never plain Esc (it collides with dialogs and full screen).
pub const DEFAULT_PANIC_HOTKEY: &str = "CommandOrControl+Shift+H";

/// The open app's text sizes, in percent of the usual: Settings offers them, and Ctrl with Plus
/// or Minus steps through them.
pub const TEXT_SIZES: [u16; 6] = [100, 110, 125, 150, 175, 200];

/// The languages the app speaks, as BCP 47 tags (the words themselves live in the UI and the
/// shell, never here): English (UK), Welsh, Polish, Urdu, Punjabi (Gurmukhi), Arabic.
pub const LANGUAGES: [&str; 6] = ["en-GB", "cy", "pl", "ur", "pa", "ar"];

impl Default for Settings {
    fn default() -> Self {
        Settings {
            disguise: Disguise::Calculator,
            panic_hotkey: DEFAULT_PANIC_HOTKEY.to_owned(),
            auto_lock_minutes: 5,
            region: "GB".to_owned(),
        }
    }
}

impl Settings {
    fn validate(&self) -> Result<(), StoreError> {
        let hotkey = self.panic_hotkey.trim();
        if hotkey.is_empty() || hotkey.len() > 100 {
            return Err(StoreError::invalid(reason(
                "settings-choose-quick-hide-shortcut",
            )));
        }
        if !hotkey.contains('+') {
            return Err(StoreError::invalid(reason(
                "settings-quick-hide-shortcut-needs-least",
            )));
        }
        if !(1..=240).contains(&self.auto_lock_minutes) {
            return Err(StoreError::invalid(reason(
                "settings-auto-lock-set-between-1",
            )));
        }
        if self.region.trim().is_empty() || self.region.len() > 16 {
            return Err(StoreError::invalid(reason("settings-choose-region")));
        }
        Ok(())
    }
}

fn put<T: Serialize>(conn: &Connection, key: &str, value: &T) -> Result<(), StoreError> {
    let json = serde_json::to_string(value)
        .map_err(|_| StoreError::Corrupt("setting could not be encoded".into()))?;
    conn.execute(
        "INSERT INTO settings(key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json),
    )?;
    Ok(())
}

fn get<T: for<'de> Deserialize<'de>>(
    conn: &Connection,
    key: &str,
    default: T,
) -> Result<T, StoreError> {
    use rusqlite::OptionalExtension;
    let json: Option<String> = conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(json
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or(default))
}

fn write_all(conn: &Connection, s: &Settings) -> Result<(), StoreError> {
    put(conn, "disguise", &s.disguise)?;
    put(conn, "panic_hotkey", &s.panic_hotkey)?;
    put(conn, "auto_lock_minutes", &s.auto_lock_minutes)?;
    put(conn, "region", &s.region)
}

pub(crate) fn seed(conn: &Connection) -> Result<(), StoreError> {
    write_all(conn, &Settings::default())
}

/// Where "Check for updates" asks, and the newest version a signed manifest has named (so an
/// older signed manifest replayed later is refused even when it is newer than the running app).
/// Kept apart from [`Settings`]: nothing here changes how the app looks or locks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateSource {
    /// Empty until the person (or their service) gives one.
    pub address: String,
    pub newest_seen: Option<String>,
}

impl Store {
    pub fn update_source(&self) -> Result<UpdateSource, StoreError> {
        Ok(UpdateSource {
            address: get(&self.conn, "update_address", String::new())?,
            newest_seen: get(&self.conn, "update_newest_seen", None)?,
        })
    }

    pub fn set_update_address(&mut self, address: &str) -> Result<(), StoreError> {
        // Which addresses may be fetched is the fetcher's rule (`harbour_release::manifest::
        // allowed_address`), checked by the caller; here only that it is one line of sane length.
        let address = address.trim();
        if address.len() > 2000 || address.chars().any(char::is_control) {
            return Err(StoreError::invalid(reason("settings-address-too-long-one")));
        }
        self.write(|tx, _| put(tx, "update_address", &address))
    }

    /// The open app's text size (one of [`TEXT_SIZES`]; the usual size if none was chosen).
    pub fn text_size(&self) -> Result<u16, StoreError> {
        let percent = get(&self.conn, "text_size", 100u16)?;
        Ok(if TEXT_SIZES.contains(&percent) {
            percent
        } else {
            100
        })
    }

    pub fn set_text_size(&mut self, percent: u16) -> Result<(), StoreError> {
        if !TEXT_SIZES.contains(&percent) {
            return Err(StoreError::invalid(reason(
                "settings-choose-one-text-sizes-offered",
            )));
        }
        self.write(|tx, _| put(tx, "text_size", &percent))
    }

    /// The language chosen for the open app (one of [`LANGUAGES`]); `None` until one is chosen,
    /// when the app follows the computer's own.
    pub fn language(&self) -> Result<Option<String>, StoreError> {
        let code: Option<String> = get(&self.conn, "language", None)?;
        Ok(code.filter(|c| LANGUAGES.contains(&c.as_str())))
    }

    pub fn set_language(&mut self, code: &str) -> Result<(), StoreError> {
        if !LANGUAGES.contains(&code) {
            return Err(StoreError::invalid(reason(
                "settings-choose-one-languages-offered",
            )));
        }
        self.write(|tx, _| put(tx, "language", &Some(code)))
    }

    /// Remembers a version a genuine manifest named (the caller keeps only the newest).
    pub fn note_newest_release(&mut self, version: &str) -> Result<(), StoreError> {
        self.write(|tx, _| put(tx, "update_newest_seen", &Some(version)))
    }

    pub fn settings(&self) -> Result<Settings, StoreError> {
        let d = Settings::default();
        Ok(Settings {
            disguise: get(&self.conn, "disguise", d.disguise)?,
            panic_hotkey: get(&self.conn, "panic_hotkey", d.panic_hotkey)?,
            auto_lock_minutes: get(&self.conn, "auto_lock_minutes", d.auto_lock_minutes)?,
            region: get(&self.conn, "region", d.region)?,
        })
    }

    /// Replaces all settings at once (validated first; nothing changes if any value is bad).
    pub fn set_settings(&mut self, settings: &Settings) -> Result<(), StoreError> {
        settings.validate()?;
        self.write(|tx, _| write_all(tx, settings))
    }

    pub fn set_disguise(&mut self, disguise: Disguise) -> Result<(), StoreError> {
        let s = Settings {
            disguise,
            ..self.settings()?
        };
        self.set_settings(&s)
    }

    pub fn set_panic_hotkey(&mut self, hotkey: &str) -> Result<(), StoreError> {
        let s = Settings {
            panic_hotkey: hotkey.trim().to_owned(),
            ..self.settings()?
        };
        self.set_settings(&s)
    }

    pub fn set_auto_lock_minutes(&mut self, minutes: u32) -> Result<(), StoreError> {
        let s = Settings {
            auto_lock_minutes: minutes,
            ..self.settings()?
        };
        self.set_settings(&s)
    }
}
