//! The few settings needed before unlock: which disguise to show and the quick-hide shortcut.
//!
//! They cannot live in the encrypted database (the app has to show the disguise before anyone has
//! typed a PIN), so they sit in a tiny plain file, `appearance.conf`, written atomically. Its
//! contents are as dull as a calculator's preferences: a look and a keyboard shortcut.

use std::path::Path;

use crate::error::Result;
use crate::files::{create_private_dir, write_atomically};

const FILE: &str = "appearance.conf";

/// Which ordinary tool the app looks like until unlocked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Look {
    #[default]
    Calculator,
    Notes,
}

impl Look {
    pub fn code(self) -> &'static str {
        match self {
            Look::Calculator => "calculator",
            Look::Notes => "notes",
        }
    }

    pub fn from_code(code: &str) -> Option<Look> {
        match code {
            "calculator" => Some(Look::Calculator),
            "notes" => Some(Look::Notes),
            _ => None,
        }
    }

    /// The window title that goes with the look.
    pub fn title(self) -> &'static str {
        match self {
            Look::Calculator => "Calculator",
            Look::Notes => "Notes",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appearance {
    pub look: Look,
    /// A global shortcut in Tauri's accelerator syntax.
    pub shortcut: String,
}

impl Appearance {
    /// Ctrl+Shift+H: needs two modifiers (so it is not pressed by accident or typed as text), avoids
    /// Ctrl+Alt (AltGr on many European keyboards), and is free in common desktops and browsers.
    pub const DEFAULT_SHORTCUT: &'static str = "CommandOrControl+Shift+H";

    /// Reads the file; anything missing or unreadable falls back to the defaults, because showing
    /// the calculator is always a safe answer.
    pub fn load(dir: &Path) -> Appearance {
        let mut out = Appearance::default();
        let Ok(text) = std::fs::read_to_string(dir.join(FILE)) else {
            return out;
        };
        for line in text.lines() {
            match line.split_once('=') {
                Some(("look", v)) => {
                    if let Some(look) = Look::from_code(v.trim()) {
                        out.look = look;
                    }
                }
                Some(("shortcut", v)) if !v.trim().is_empty() && v.len() < 64 => {
                    out.shortcut = v.trim().to_owned();
                }
                _ => {}
            }
        }
        out
    }

    pub fn save(&self, dir: &Path) -> Result<()> {
        create_private_dir(dir)?;
        let text = format!("look={}\nshortcut={}\n", self.look.code(), self.shortcut);
        write_atomically(&dir.join(FILE), text.as_bytes())
    }
}

impl Default for Appearance {
    fn default() -> Self {
        Appearance {
            look: Look::Calculator,
            shortcut: Self::DEFAULT_SHORTCUT.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_falls_back_to_the_calculator() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Appearance::load(dir.path()), Appearance::default());
        let a = Appearance {
            look: Look::Notes,
            shortcut: "Alt+Shift+F12".into(),
        };
        a.save(dir.path()).unwrap();
        assert_eq!(Appearance::load(dir.path()), a);
        std::fs::write(dir.path().join(FILE), b"look=\xff\xfe\nshortcut=").unwrap();
        assert_eq!(Appearance::load(dir.path()), Appearance::default());
    }
}
