//! Before and at unlock: what the page needs to show the disguise, first-run setup (new, or
//! from a backup), the recovery key shown once, trying a PIN, and hiding.

use harbour_reason::reason;
use std::time::Duration;

use harbour_vault::{Appearance, Look, Pin};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use super::backup::{
    BackupLock, BackupSecretOwned, pick_backup, read_backup_until_hidden, restore_in_steps,
};
use crate::error::{ApiError, ErrorCode};
use crate::session::{Attempt, Session};
use crate::{drafts, hide};

/// What the UI needs before unlock.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct AppStatus {
    pub set_up: bool,
    pub look: LookCode,
    pub shortcut: String,
    /// On Wayland global shortcuts cannot be registered; only the in-app ways to hide work.
    pub shortcut_available: bool,
    pub open: bool,
    /// Copies are put on the clipboard by the app (`note_copied`), not by the page (Windows,
    /// macOS: so they are marked private before any clipboard history sees them).
    pub copies_made_by_app: bool,
}

/// How the app looks until unlocked: `harbour_vault::Look` as the UI names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "Look")]
pub enum LookCode {
    Calculator,
    Notes,
}

impl From<Look> for LookCode {
    fn from(look: Look) -> LookCode {
        match look {
            Look::Calculator => LookCode::Calculator,
            Look::Notes => LookCode::Notes,
        }
    }
}

impl From<LookCode> for Look {
    fn from(code: LookCode) -> Look {
        match code {
            LookCode::Calculator => Look::Calculator,
            LookCode::Notes => Look::Notes,
        }
    }
}

#[derive(Deserialize, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct SetupRequest {
    pub pin: String,
    pub duress_pin: Option<String>,
    pub look: LookCode,
    pub shortcut: Option<String>,
    /// The language chosen at setup (one of `harbour_store::LANGUAGES`); none: the computer's.
    #[serde(default)]
    #[ts(optional)]
    pub language: Option<String>,
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct SetupDone {
    /// Shown once, then forgotten by the UI.
    pub recovery_key: String,
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct UnlockOutcome {
    pub opened: bool,
    /// Opened with the recovery key: the page asks for a new PIN at once.
    pub recovered: bool,
    /// Nothing opened, and not because of a wrong PIN (the keychain locked or without this
    /// computer's key, a damaged file): the calculator shows `Error`, as a calculator does, and
    /// says nothing more.
    pub trouble: bool,
    /// The language chosen in what opened, so the page draws it in that language at once.
    pub language: Option<String>,
}

/// A PIN being chosen (not one being tried): 6 to 16 digits, so that it can be typed on the
/// calculator whichever disguise is chosen later (the vault checks it again).
pub(super) fn chosen_pin(text: String) -> Result<Pin, ApiError> {
    let digits = text.chars().count();
    if !harbour_vault::NEW_PIN_DIGITS.contains(&digits) || !text.chars().all(|c| c.is_ascii_digit())
    {
        return Err(ApiError::new(
            ErrorCode::Invalid,
            reason("opening-use-6-16-digits-numbers"),
        ));
    }
    Ok(Pin::new(text)?)
}

#[tauri::command]
pub fn app_status(session: State<'_, Session>) -> AppStatus {
    let appearance = session.appearance();
    AppStatus {
        set_up: session.is_set_up(),
        look: appearance.look.into(),
        shortcut: appearance.shortcut,
        shortcut_available: crate::platform::global_shortcuts_available(),
        open: session.is_open(),
        copies_made_by_app: crate::platform::copies_made_by_app(),
    }
}

/// First-run setup is on screen: the window gets the open app's room (its errors and hints
/// would be out of sight in the calculator's). Only before anything is set up; a hide puts the
/// calculator's size back.
#[tauri::command]
pub fn room_for_setup<R: Runtime>(app: AppHandle<R>, session: State<'_, Session>) {
    if !session.is_set_up() {
        hide::make_room(&app);
    }
}

/// A setup request checked: the PINs, the look and shortcut to save, and the language.
struct SetupChoice {
    pin: Pin,
    duress: Option<Pin>,
    appearance: Appearance,
    language: Option<String>,
}

impl SetupChoice {
    fn check(request: SetupRequest) -> Result<SetupChoice, ApiError> {
        let appearance = Appearance {
            look: request.look.into(),
            shortcut: request
                .shortcut
                .unwrap_or_else(|| Appearance::DEFAULT_SHORTCUT.to_owned()),
        };
        hide::check_shortcut(&appearance.shortcut)?;
        let pin = chosen_pin(request.pin)?;
        let duress = request
            .duress_pin
            .filter(|p| !p.is_empty())
            .map(chosen_pin)
            .transpose()?;
        if let Some(code) = &request.language
            && !harbour_store::LANGUAGES.contains(&code.as_str())
        {
            return Err(ApiError::new(
                ErrorCode::Invalid,
                reason("settings-choose-one-languages-offered"),
            ));
        }
        Ok(SetupChoice {
            pin,
            duress,
            appearance,
            language: request.language,
        })
    }

    /// Keeps the language chosen at setup in what was just set up (and opened).
    fn keep_language(&self, session: &Session) -> Result<(), ApiError> {
        match &self.language {
            Some(code) => session.with_vault(|v| Ok(v.own_records_mut().set_language(code)?)),
            None => Ok(()),
        }
    }

    fn create<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        session: &Session,
    ) -> Result<SetupDone, ApiError> {
        let recovery = session.set_up(
            &self.pin,
            self.duress.as_ref(),
            &self.appearance,
            self.language.as_deref(),
        )?;
        // Set up is set up: a language that could not be kept (a hide just now) is chosen
        // again in Settings; the page already speaks it.
        self.keep_language(session).ok();
        hide::apply_appearance(app, &self.appearance);
        hide::make_room(app);
        Ok(SetupDone {
            recovery_key: recovery.to_string(),
        })
    }
}

#[tauri::command]
pub async fn set_up<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    request: SetupRequest,
) -> Result<SetupDone, ApiError> {
    SetupChoice::check(request)?.create(&app, &session)
}

/// First run on a new computer: set up with a new PIN and take everything from a backup. The whole
/// backup is read and checked before the vault is created, so a wrong key or a bad file creates
/// nothing. The new vault has its own recovery key (shown once, as after any setup); the backup's
/// old key does not open it. `None` if the person closed the file dialog.
#[tauri::command]
pub async fn set_up_from_backup<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    request: SetupRequest,
    lock: BackupLock,
) -> Result<Option<SetupFromBackupDone>, ApiError> {
    let choice = SetupChoice::check(request)?;
    let secret = BackupSecretOwned::from_lock(lock)?;
    if session.is_set_up() {
        return Err(ApiError::new(
            ErrorCode::AlreadySetUp,
            reason("opening-already-set-up"),
        ));
    }
    // Noted before the dialog: a hide while it is open, or while the backup is read, means
    // nothing is set up (and nothing is shown over the disguise).
    let epoch = session.epoch();
    // Nothing is open yet: the dialog speaks the language chosen at setup.
    let words =
        harbour_words::Words::new(choice.language.as_deref().unwrap_or(harbour_words::ENGLISH));
    let Some(file) = pick_backup(&app, &words)? else {
        return Ok(None);
    };
    // The vault folder does not exist yet: the scratch goes in the system's temporary folder.
    let checked = read_backup_until_hidden(&session, epoch, &std::env::temp_dir(), file, &secret)?;
    let done = choice.create(&app, &session)?;
    // The vault exists now: whatever happens next, the person must see its recovery key. (Set
    // up without a hide since `epoch`: a hide now makes the restore fail as locked.)
    let restored = restore_in_steps(&session, epoch, checked)
        .and_then(|prepared| session.replace_vault_since(epoch, |v| v.finish_restore(prepared)))
        .and_then(|restored_in| {
            // The restored records replaced the ones that held the key until it is seen (and
            // the language chosen at setup, which is the newer choice).
            session.with_vault_since(restored_in, |v| {
                v.own_records_mut()
                    .keep_unseen_recovery_key(&done.recovery_key)?;
                if let Some(code) = &choice.language {
                    v.own_records_mut().set_language(code)?;
                }
                Ok(())
            })
        })
        .is_ok();
    Ok(Some(SetupFromBackupDone {
        recovery_key: done.recovery_key,
        restored,
    }))
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct SetupFromBackupDone {
    /// The new vault's recovery key, shown once.
    pub recovery_key: String,
    /// False if the vault was created but the checked backup could not be brought in (then it can
    /// be restored from settings).
    pub restored: bool,
}

/// The recovery key made at setup, if the person has not seen it yet (a quick exit came before
/// setup could show it): the page shows it once, before anything else, after the next unlock.
#[tauri::command]
pub fn recovery_key_unseen(session: State<'_, Session>) -> Result<Option<String>, ApiError> {
    session.with_vault(|v| {
        Ok(v.own_records()
            .unseen_recovery_key()?
            .map(|k| k.to_string()))
    })
}

/// The person has seen their recovery key (and said they wrote it down).
#[tauri::command]
pub fn recovery_key_seen(session: State<'_, Session>) -> Result<(), ApiError> {
    session.with_vault(|v| Ok(v.own_records_mut().forget_unseen_recovery_key()?))
}

/// The longest guessing delay a typed PIN waits out before it is tried (the first three:
/// 5, 10 and 20 s); beyond it the disguise just stays a calculator.
const HELD_THROUGH_DELAY: Duration = Duration::from_secs(20);

/// A PIN this app could have set: 6 to 16 digits now, 4 or 5 in vaults made before.
fn could_be_a_pin(typed: &str) -> bool {
    (4..=*harbour_vault::NEW_PIN_DIGITS.end()).contains(&typed.len())
        && typed.bytes().all(|b| b.is_ascii_digit())
}

#[tauri::command]
pub async fn try_unlock<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    pin: String,
) -> Result<UnlockOutcome, ApiError> {
    let typed = zeroize::Zeroizing::new(pin);
    let try_once = || {
        // The recovery key typed where a PIN is typed (40 digits): the only way in with it.
        if let Some(key) = harbour_vault::RecoveryKey::typed(&typed) {
            session.try_recovery_key(&key)
        } else if could_be_a_pin(&typed)
            && let Ok(candidate) = Pin::new(typed.to_string())
        {
            session.try_unlock(&candidate)
        } else {
            // Too short or too long to be a PIN: just a calculation, tried against nothing.
            Attempt::NotOpened
        }
    };
    let epoch = session.epoch();
    let mut attempt = try_once();
    // Typed while a short guessing delay runs: tried once it is over (unless the app hid
    // meanwhile), so the right PIN opens after a moment instead of seeming wrong. It costs what
    // any try costs then; a wrong one learns nothing by waiting.
    if let Attempt::Delayed(wait) = attempt
        && wait <= HELD_THROUGH_DELAY
    {
        tokio::time::sleep(wait + Duration::from_millis(200)).await;
        if session.epoch() == epoch {
            attempt = try_once();
        }
    }
    let mut outcome = UnlockOutcome {
        opened: matches!(attempt, Attempt::Opened | Attempt::Recovered),
        recovered: matches!(attempt, Attempt::Recovered),
        trouble: matches!(attempt, Attempt::Trouble),
        language: None,
    };
    if outcome.opened {
        let opened = session.epoch();
        if let Ok((percent, language)) = session.with_vault_since(opened, |v| {
            Ok((v.own_records().text_size()?, v.own_records().language()?))
        }) {
            outcome.language = language;
            hide::open_window(&app, opened, percent);
        }
    }
    Ok(outcome)
}

/// The page saw key or pointer input: the person is still here (keeps auto-lock from firing).
#[tauri::command]
pub fn still_here(session: State<'_, Session>) {
    session.touch();
}

/// The quick exit: back to the disguise, vault locked. `drafts`: what the forms on screen held
/// at that moment, written into the vault before it locks. On the main thread, so the window
/// shrinks to the disguise before the page's next frame; the vault is closed on a thread of its
/// own (`hide::hide_on_main_thread`). `exit`: the page's number for this quick exit, given back
/// in the hide event so the page knows that one is its own.
#[tauri::command]
pub fn hide_now<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    drafts: Option<Vec<drafts::DraftIn>>,
    exit: Option<u32>,
) {
    // A page never has more forms than that; a longer list is not one to keep in memory.
    for draft in drafts.into_iter().flatten().take(drafts::MAX_PENDING) {
        // One the vault would refuse (too long) must not stop the hide or the other drafts.
        let _ = session.hold_draft(draft);
    }
    match exit {
        Some(exit) => hide::hide_for_page(&app, exit),
        None => hide::hide_on_main_thread(&app),
    }
}
