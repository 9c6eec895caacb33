//! Settings: the look, the quick-hide shortcut and auto-lock, and changing the PIN and the
//! second PIN (each confirmed with the current one).

use harbour_reason::reason;
use harbour_vault::{Appearance, Look, Pin};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use super::opening::{LookCode, chosen_pin};
use crate::error::{ApiError, ErrorCode};
use crate::hide;
use crate::session::Session;

/// Settings as the settings screen shows them.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct SettingsView {
    pub look: LookCode,
    pub shortcut: String,
    /// False under Wayland: only the in-app ways to hide work there.
    pub shortcut_available: bool,
    /// Wayland: the desktop keeps the shortcut; it is changed in the desktop's settings.
    pub shortcut_kept_by_desktop: bool,
    pub auto_lock_minutes: u32,
    /// Where the secret that ties the PINs to this computer is kept.
    pub key_kept_in: KeyKeptInCode,
    /// The second PIN was changed from inside its own space since it was set here: the one the
    /// person set no longer opens it. Only ever true in the real vault.
    pub second_pin_changed_elsewhere: bool,
    /// The open app's text size, in percent, and the sizes offered.
    pub text_size: u16,
    pub text_sizes: Vec<u16>,
    /// The language chosen for the open app; none until one is chosen (the computer's own).
    pub language: Option<String>,
}

/// `password-store`: the system keychain. `chip`: the security chip, whose count of wrong PINs
/// someone with full control of the computer could reset. `chip-limited`: the chip, with that
/// reset protected too.
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum KeyKeptInCode {
    PasswordStore,
    Chip,
    ChipLimited,
}

impl From<harbour_vault::KeyKeptIn> for KeyKeptInCode {
    fn from(k: harbour_vault::KeyKeptIn) -> Self {
        match k {
            harbour_vault::KeyKeptIn::PasswordStore => KeyKeptInCode::PasswordStore,
            harbour_vault::KeyKeptIn::Chip {
                guessing_limited: false,
            } => KeyKeptInCode::Chip,
            harbour_vault::KeyKeptIn::Chip {
                guessing_limited: true,
            } => KeyKeptInCode::ChipLimited,
        }
    }
}

#[derive(Debug, Deserialize, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct SettingsChange {
    pub look: LookCode,
    pub shortcut: String,
    pub auto_lock_minutes: u32,
}

#[tauri::command]
pub fn get_settings(session: State<'_, Session>) -> Result<SettingsView, ApiError> {
    let appearance = session.appearance();
    let (minutes, key_kept_in, second_pin_changed_elsewhere, text_size, language) = session
        .with_vault(|v| {
            Ok((
                v.own_records().settings()?.auto_lock_minutes,
                v.key_kept_in(),
                v.second_pin_changed_elsewhere(),
                v.own_records().text_size()?,
                v.own_records().language()?,
            ))
        })?;
    Ok(SettingsView {
        look: appearance.look.into(),
        shortcut: appearance.shortcut,
        shortcut_available: crate::platform::global_shortcuts_available(),
        shortcut_kept_by_desktop: crate::platform::shortcut_kept_by_desktop(),
        auto_lock_minutes: minutes,
        key_kept_in: key_kept_in.into(),
        second_pin_changed_elsewhere,
        text_size,
        text_sizes: harbour_store::TEXT_SIZES.to_vec(),
        language,
    })
}

/// The open app's language (one of `harbour_store::LANGUAGES`), kept in what is open now (the
/// real space and a decoy each have their own). Not kept outside the vault: before unlock the
/// disguise follows the computer's own language, as any calculator does.
#[tauri::command]
pub async fn set_language(session: State<'_, Session>, code: String) -> Result<String, ApiError> {
    let epoch = session.epoch();
    session.with_vault_since(epoch, |v| Ok(v.own_records_mut().set_language(&code)?))?;
    Ok(code)
}

/// The open app's text size (one of the sizes offered, in percent): kept in what is open now
/// (the real space and a decoy each have their own) and applied at once by zooming the whole
/// page, as a browser does. The disguise is always shown at the usual size. Async, so the write
/// never holds the main thread (where a hide from the page runs).
#[tauri::command]
pub async fn set_text_size<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    percent: u16,
) -> Result<u16, ApiError> {
    let epoch = session.epoch();
    session.with_vault_since(epoch, |v| Ok(v.own_records_mut().set_text_size(percent)?))?;
    hide::open_window(&app, epoch, percent);
    Ok(percent)
}

/// Saves the disguise, the quick-hide shortcut and the auto-lock time. A shortcut that cannot be
/// taken (another program holds it) is refused and the old one stays active.
#[tauri::command]
pub fn save_settings<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    change: SettingsChange,
) -> Result<SettingsView, ApiError> {
    let shortcut = change.shortcut.trim().to_owned();
    hide::check_shortcut(&shortcut)?;
    let before = session.appearance();
    let appearance = Appearance {
        look: change.look.into(),
        shortcut,
    };
    session.with_vault(|v| {
        let store = v.own_records_mut();
        let settings = harbour_store::Settings {
            disguise: match appearance.look {
                Look::Calculator => harbour_store::Disguise::Calculator,
                Look::Notes => harbour_store::Disguise::Notes,
            },
            panic_hotkey: appearance.shortcut.clone(),
            auto_lock_minutes: change.auto_lock_minutes,
            ..store.settings()?
        };
        Ok(store.set_settings(&settings)?)
    })?;
    if before.shortcut != appearance.shortcut {
        hide::replace_shortcut(&app, &before.shortcut, &appearance.shortcut)?;
    }
    if let Err(e) = appearance.save(session.dir()) {
        // Keep the shortcut that is written down active, so what is saved and what works agree.
        let _ = hide::replace_shortcut(&app, &appearance.shortcut, &before.shortcut);
        return Err(e.into());
    }
    hide::set_title_and_icon(&app, appearance.look);
    // A calculator keeps no notes: the pad's lines go with the pad.
    if appearance.look != Look::Notes {
        let _ = harbour_vault::forget_notes_pad(session.dir());
    }
    get_settings(session)
}

/// Checks the PIN typed to confirm a change against what is open now. Someone who finds the app
/// open must not be able to change or remove PINs without knowing the current one. After a
/// recovery-key unlock the PIN may be forgotten, so none is asked for.
fn confirm_current(
    vault: &harbour_vault::UnlockedVault,
    current_pin: Option<String>,
) -> Result<(), ApiError> {
    if vault.opened_by_recovery_key() {
        return Ok(());
    }
    let typed = current_pin.unwrap_or_default();
    let Ok(pin) = Pin::new(typed) else {
        return Err(ApiError::new(
            ErrorCode::WrongPin,
            reason("settings-type-your-current-pin-first"),
        ));
    };
    Ok(vault.confirm_pin(&pin)?)
}

/// A new PIN for what is open now (for the decoy, its own PIN).
#[tauri::command]
pub fn change_pin(
    session: State<'_, Session>,
    current_pin: Option<String>,
    new_pin: String,
) -> Result<PinChangedView, ApiError> {
    let pin = chosen_pin(new_pin)?;
    session.with_vault(|v| {
        confirm_current(v, current_pin)?;
        let changed = v.change_pin(&pin)?;
        Ok(PinChangedView {
            second_pin_turned_off: changed.second_pin_cleared,
        })
    })
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct PinChangedView {
    /// After the recovery key opened a vault whose keychain key was lost: any second PIN was
    /// turned off with it, and the page says so.
    pub second_pin_turned_off: bool,
}

/// In the decoy, managing the second PIN would need the real vault. Refusing would tell someone
/// who forced the decoy open that it is one, so the decoy answers as if it had been done. (The
/// current PIN is still checked first, exactly as in the real vault.)
fn as_if_done_in_decoy(
    vault: &harbour_vault::UnlockedVault,
    result: Result<(), harbour_vault::VaultError>,
) -> Result<(), ApiError> {
    match result {
        Err(harbour_vault::VaultError::NotAvailable)
            if vault.kind() == harbour_vault::VaultKind::Decoy =>
        {
            Ok(())
        }
        other => Ok(other?),
    }
}

/// Sets or replaces the second PIN, which opens a fresh decoy: an everyday notebook, or the app
/// with everyday things in it (`opens`).
#[tauri::command]
pub fn set_duress_pin(
    session: State<'_, Session>,
    current_pin: Option<String>,
    pin: String,
    opens: Option<crate::notebook::OpenedSpace>,
) -> Result<(), ApiError> {
    let duress = chosen_pin(pin)?;
    // An everyday notebook unless the person chose the app with everyday things in it.
    let opens = opens.map_or(harbour_store::Space::Notebook, Into::into);
    session.with_vault(|v| {
        confirm_current(v, current_pin)?;
        let result = v.set_duress_pin(&duress, opens);
        as_if_done_in_decoy(v, result)
    })
}

#[tauri::command]
pub fn clear_duress_pin(
    session: State<'_, Session>,
    current_pin: Option<String>,
) -> Result<(), ApiError> {
    session.with_vault(|v| {
        confirm_current(v, current_pin)?;
        let result = v.clear_duress_pin();
        as_if_done_in_decoy(v, result)
    })
}
