//! Thin command functions: take DTOs, call the core, map errors. No domain logic lives here.

use harbour_store::{
    AttachmentMeta, ChainReport, Contact, ContactFields, Incident, IncidentFields, IncidentFilter,
    IncidentPage, IncidentRevision, Page, PageCursor, PlanItem, PlanStage, SearchHit, Section,
};
use std::time::Duration;

use harbour_vault::{Appearance, Look, Pin};
use serde::{Deserialize, Serialize};
use tauri::ipc::{InvokeBody, Request, Response};
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

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
}

/// A PIN being chosen (not one being tried): 6 to 16 digits, so that it can be typed on the
/// calculator whichever disguise is chosen later (the vault checks it again).
fn chosen_pin(text: String) -> Result<Pin, ApiError> {
    let digits = text.chars().count();
    if !harbour_vault::NEW_PIN_DIGITS.contains(&digits) || !text.chars().all(|c| c.is_ascii_digit())
    {
        return Err(ApiError::new(
            ErrorCode::Invalid,
            "Please use 6 to 16 digits (numbers only).",
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
        shortcut_available: hide::global_shortcuts_available(),
        open: session.is_open(),
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

/// A setup request checked: the PINs and the look and shortcut to save.
struct SetupChoice {
    pin: Pin,
    duress: Option<Pin>,
    appearance: Appearance,
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
        Ok(SetupChoice {
            pin,
            duress,
            appearance,
        })
    }

    fn create<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        session: &Session,
    ) -> Result<SetupDone, ApiError> {
        let recovery = session.set_up(&self.pin, self.duress.as_ref(), &self.appearance)?;
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
            "This has already been set up.",
        ));
    }
    // Noted before the dialog: a hide while it is open, or while the backup is read, means
    // nothing is set up (and nothing is shown over the disguise).
    let epoch = session.epoch();
    let Some(file) = pick_backup(&app)? else {
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
            // The restored records replaced the ones that held the key until it is seen.
            session.with_vault_since(restored_in, |v| {
                Ok(v.own_records_mut()
                    .keep_unseen_recovery_key(&done.recovery_key)?)
            })
        })
        .is_ok();
    Ok(Some(SetupFromBackupDone {
        recovery_key: done.recovery_key,
        restored,
    }))
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

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct SetupFromBackupDone {
    /// The new vault's recovery key, shown once.
    pub recovery_key: String,
    /// False if the vault was created but the checked backup could not be brought in (then it can
    /// be restored from settings).
    pub restored: bool,
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
    let outcome = UnlockOutcome {
        opened: matches!(attempt, Attempt::Opened | Attempt::Recovered),
        recovered: matches!(attempt, Attempt::Recovered),
        trouble: matches!(attempt, Attempt::Trouble),
    };
    if outcome.opened {
        hide::make_room(&app);
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
/// own (`hide::hide_on_main_thread`).
#[tauri::command]
pub fn hide_now<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    drafts: Option<Vec<drafts::DraftIn>>,
) {
    // A page never has more forms than that; a longer list is not one to keep in memory.
    for draft in drafts.into_iter().flatten().take(drafts::MAX_PENDING) {
        // One the vault would refuse (too long) must not stop the hide or the other drafts.
        let _ = session.hold_draft(draft);
    }
    hide::hide_on_main_thread(&app);
}

#[tauri::command]
pub fn list_contacts(session: State<'_, Session>) -> Result<Vec<Contact>, ApiError> {
    session.with_vault(|v| Ok(v.records().list_contacts()?))
}

#[tauri::command]
pub fn add_contact(
    session: State<'_, Session>,
    fields: ContactFields,
    draft: Option<String>,
) -> Result<Contact, ApiError> {
    session.with_vault(|v| {
        let contact = v.records_mut().add_contact(&fields)?;
        drafts::saved(&session, v, draft.as_deref());
        Ok(contact)
    })
}

/// Newest first, a page at a time.
#[tauri::command(async)]
pub fn list_incidents(
    session: State<'_, Session>,
    limit: u32,
    before: Option<PageCursor>,
    filter: Option<IncidentFilter>,
) -> Result<IncidentPage, ApiError> {
    let page = Page { limit, before };
    let filter = filter.unwrap_or_default();
    session.with_vault(|v| Ok(v.records().list_incidents(&page, &filter)?))
}

/// How many entries of the whole log `filter` lets through.
#[tauri::command(async)]
pub fn count_incidents(
    session: State<'_, Session>,
    filter: Option<IncidentFilter>,
) -> Result<u32, ApiError> {
    let filter = filter.unwrap_or_default();
    session.with_vault(|v| {
        Ok(u32::try_from(v.records().count_incidents(&filter)?).unwrap_or(u32::MAX))
    })
}

#[tauri::command]
pub fn record_incident(
    session: State<'_, Session>,
    fields: IncidentFields,
    draft: Option<String>,
) -> Result<Incident, ApiError> {
    session.with_vault(|v| {
        let incident = v.records_mut().record_incident(&fields)?;
        drafts::saved(&session, v, draft.as_deref());
        Ok(incident)
    })
}

/// Several new entries (files brought in at once, one each), written together or not at all.
#[tauri::command(async)]
pub fn record_incidents(
    session: State<'_, Session>,
    entries: Vec<IncidentFields>,
) -> Result<Vec<String>, ApiError> {
    session.with_vault(|v| Ok(v.records_mut().record_incidents(&entries)?))
}

/// A correction: a new revision; the earlier ones stay as they were.
#[tauri::command]
pub fn revise_incident(
    session: State<'_, Session>,
    id: String,
    fields: IncidentFields,
    draft: Option<String>,
) -> Result<Incident, ApiError> {
    session.with_vault(|v| {
        let incident = v.records_mut().revise_incident(&id, &fields)?;
        drafts::saved(&session, v, draft.as_deref());
        Ok(incident)
    })
}

#[tauri::command]
pub fn incident_history(
    session: State<'_, Session>,
    id: String,
) -> Result<Vec<IncidentRevision>, ApiError> {
    session.with_vault(|v| Ok(v.records().incident_history(&id)?))
}

/// Re-checks the whole log's hash chain and signatures.
#[tauri::command]
pub fn check_log(session: State<'_, Session>) -> Result<ChainReport, ApiError> {
    session.with_vault(|v| Ok(v.records().verify_chain()?))
}

/// A plan section as the screen shows it: with its title and the guidance for the current stage.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct PlanSectionView {
    pub section: Section,
    pub title: &'static str,
    pub guidance: &'static str,
    pub notes: String,
    /// The section as loaded (its document heads): passed back when saving the notes, so an
    /// edit that arrived meanwhile is merged with the person's instead of saved over.
    pub version: String,
    pub items: Vec<PlanItem>,
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct PlanView {
    pub stage: PlanStage,
    /// YYYY-MM-DD.
    pub review_date: Option<chrono::NaiveDate>,
    pub sections: Vec<PlanSectionView>,
}

#[tauri::command]
pub fn get_plan(session: State<'_, Session>) -> Result<PlanView, ApiError> {
    session.with_vault(|v| {
        let store = v.records();
        let plan = store.plan()?;
        let stage = plan.stage;
        let mut sections = Vec::with_capacity(plan.sections.len());
        for s in plan.sections {
            sections.push(PlanSectionView {
                section: s.section,
                title: s.section.title(),
                guidance: harbour_store::plan::guidance(s.section, stage),
                notes: s.notes,
                version: version_text(&store.document_heads(&s.section.document_id())?),
                items: s.items,
            });
        }
        Ok(PlanView {
            stage,
            review_date: plan.review_date,
            sections,
        })
    })
}

#[tauri::command]
pub fn add_plan_item(
    session: State<'_, Session>,
    section: Section,
    text: String,
    draft: Option<String>,
) -> Result<PlanItem, ApiError> {
    session.with_vault(|v| {
        let item = v.records_mut().add_plan_item(section, &text)?;
        drafts::saved(&session, v, draft.as_deref());
        Ok(item)
    })
}

#[tauri::command]
pub fn set_plan_item_done(
    session: State<'_, Session>,
    id: String,
    done: bool,
) -> Result<PlanItem, ApiError> {
    let at = done.then(chrono::Utc::now);
    session.with_vault(|v| Ok(v.records_mut().set_plan_item_done(&id, at)?))
}

#[tauri::command]
pub fn update_contact(
    session: State<'_, Session>,
    id: String,
    fields: ContactFields,
    draft: Option<String>,
) -> Result<Contact, ApiError> {
    session.with_vault(|v| {
        let contact = v.records_mut().update_contact(&id, &fields)?;
        drafts::saved(&session, v, draft.as_deref());
        Ok(contact)
    })
}

#[tauri::command]
pub fn delete_contact(session: State<'_, Session>, id: String) -> Result<(), ApiError> {
    session.with_vault(|v| Ok(v.records_mut().delete_contact(&id)?))
}

#[tauri::command]
pub fn update_plan_item(
    session: State<'_, Session>,
    id: String,
    text: String,
    version: Option<String>,
    draft: Option<String>,
) -> Result<PlanItemSaved, ApiError> {
    let seen = version.as_deref().map(version_heads).unwrap_or_default();
    session.with_vault(|v| {
        let store = v.records_mut();
        let item = store.update_plan_item_from(&id, &text, &seen)?;
        let version = version_text(&store.document_heads(&item.section.document_id())?);
        drafts::saved(&session, v, draft.as_deref());
        Ok(PlanItemSaved { item, version })
    })
}

/// What saving a step returns: the step as it is now (with anything the other side wrote in it
/// meanwhile merged in) and its section's version, which the next change to it starts from.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct PlanItemSaved {
    pub item: PlanItem,
    pub version: String,
}

#[tauri::command]
pub fn delete_plan_item(session: State<'_, Session>, id: String) -> Result<(), ApiError> {
    session.with_vault(|v| Ok(v.records_mut().delete_plan_item(&id)?))
}

#[tauri::command]
pub fn set_plan_stage(session: State<'_, Session>, stage: PlanStage) -> Result<(), ApiError> {
    session.with_vault(|v| Ok(v.records_mut().set_plan_stage(stage)?))
}

#[tauri::command]
pub fn set_plan_review_date(
    session: State<'_, Session>,
    date: Option<chrono::NaiveDate>,
) -> Result<(), ApiError> {
    session.with_vault(|v| Ok(v.records_mut().set_plan_review_date(date)?))
}

#[tauri::command]
pub fn set_section_notes(
    session: State<'_, Session>,
    section: Section,
    notes: String,
    version: Option<String>,
    draft: Option<String>,
) -> Result<NotesSaved, ApiError> {
    let seen = version.as_deref().map(version_heads).unwrap_or_default();
    session.with_vault(|v| {
        let mine = v
            .records_mut()
            .set_section_notes_from(section, &notes, &seen)?;
        drafts::saved(&session, v, draft.as_deref());
        Ok(NotesSaved {
            version: version_text(&mine),
        })
    })
}

/// What saving notes returns: the version holding exactly what was saved, before anything the
/// other side wrote meanwhile was merged in (what a further save of the same box starts from).
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct NotesSaved {
    pub version: String,
}

/// A document version as the page holds it: its heads in hex, joined by dots.
fn version_text(heads: &[harbour_store::Head]) -> String {
    let hex: Vec<String> = heads.iter().map(hex::encode).collect();
    hex.join(".")
}

/// Reads back a version from the page; anything that is not one means "the current version".
fn version_heads(text: &str) -> Vec<harbour_store::Head> {
    text.split('.')
        .filter(|p| !p.is_empty())
        .map(|p| hex::decode(p).ok().and_then(|b| b.try_into().ok()))
        .collect::<Option<Vec<_>>>()
        .unwrap_or_default()
}

/// Everything indexed (incidents, plan, contacts, checklists), best matches first.
#[tauri::command]
pub fn search(
    session: State<'_, Session>,
    query: String,
    limit: u32,
) -> Result<Vec<SearchHit>, ApiError> {
    session.with_vault(|v| Ok(v.records().search(&query, limit)?))
}

/// Settings as the settings screen shows them.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct SettingsView {
    pub look: LookCode,
    pub shortcut: String,
    /// False under Wayland: only the in-app ways to hide work there.
    pub shortcut_available: bool,
    pub auto_lock_minutes: u32,
    /// Where the secret that ties the PINs to this computer is kept.
    pub key_kept_in: KeyKeptInCode,
    /// The second PIN was changed from inside its own space since it was set here: the one the
    /// person set no longer opens it. Only ever true in the real vault.
    pub second_pin_changed_elsewhere: bool,
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
    let (minutes, key_kept_in, second_pin_changed_elsewhere) = session.with_vault(|v| {
        Ok((
            v.own_records().settings()?.auto_lock_minutes,
            v.key_kept_in(),
            v.second_pin_changed_elsewhere(),
        ))
    })?;
    Ok(SettingsView {
        look: appearance.look.into(),
        shortcut: appearance.shortcut,
        shortcut_available: hide::global_shortcuts_available(),
        auto_lock_minutes: minutes,
        key_kept_in: key_kept_in.into(),
        second_pin_changed_elsewhere,
    })
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
            "Please type your current PIN first.",
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

/// Imports a file. The page sends the bytes as the raw request body (no JSON, no base64) with
/// the name (percent-encoded) and media type in headers; they go straight into the encrypted
/// database and nowhere else.
#[tauri::command]
pub fn add_attachment(
    session: State<'_, Session>,
    request: Request<'_>,
) -> Result<AttachmentMeta, ApiError> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(ApiError::new(
            ErrorCode::Invalid,
            "That file could not be read. Nothing was added.",
        ));
    };
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    };
    let file_name = percent_decode(header("x-file-name"));
    let file_name = if file_name.trim().is_empty() {
        "file".to_owned()
    } else {
        file_name
    };
    let media_type = match header("x-media-type") {
        "" => "application/octet-stream",
        t => t,
    };
    session.with_vault(|v| {
        Ok(v.records_mut()
            .add_attachment(&file_name, media_type, bytes)?)
    })
}

#[tauri::command]
pub fn attachment_info(
    session: State<'_, Session>,
    ids: Vec<String>,
) -> Result<Vec<AttachmentMeta>, ApiError> {
    session.with_vault(|v| {
        let store = v.records();
        Ok(ids
            .iter()
            .map(|id| store.attachment(id))
            .collect::<Result<_, _>>()?)
    })
}

/// The decrypted bytes, sent to the page as a raw response and kept there in memory only (off
/// the main thread: a file can be 64 MiB, read and hashed again).
#[tauri::command(async)]
pub fn attachment_bytes(session: State<'_, Session>, id: String) -> Result<Response, ApiError> {
    session.with_vault(|v| Ok(Response::new(v.records().attachment_bytes(&id)?)))
}

/// The page copied text from an open screen. Only its hash is kept, so that a quick hide can tell
/// whether the clipboard still holds it and clear it.
#[tauri::command]
pub fn note_copied(session: State<'_, Session>, text: String) {
    session.note_copied(&text);
}

/// Decodes `%XX` escapes (from `encodeURIComponent`); anything malformed is kept as typed.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((hi * 16 + lo) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::{ApiError, ErrorCode, Session, UntilHidden, hidden_or, percent_decode};
    use std::io::Read;

    /// A restore's read stops at a hide, and what failed then is told as locked, not as a bad
    /// file. (No vault is needed: a hide moves the epoch on even when nothing is open.)
    #[test]
    fn a_read_for_a_restore_stops_at_a_hide() {
        let dir = tempfile::tempdir().unwrap();
        let session = Session::new(
            dir.path().join("data"),
            harbour_vault::Keychain::with_service("pocketcalc-tests"),
            harbour_vault::KdfParams::FLOOR,
        );
        let epoch = session.epoch();
        let bytes = [7u8; 64];
        let mut read = UntilHidden::new(&session, epoch, &bytes[..]);
        let mut first = [0u8; 16];
        read.read_exact(&mut first).unwrap();
        let damaged = || ApiError::new(ErrorCode::Damaged, "not a backup");
        assert_eq!(
            hidden_or(&session, epoch, damaged()).code,
            ErrorCode::Damaged
        );

        session.lock();
        assert!(read.read(&mut first).is_err(), "nothing more is read");
        assert_eq!(
            hidden_or(&session, epoch, damaged()).code,
            ErrorCode::Locked
        );
    }

    #[test]
    fn percent_decoding_round_trips_encode_uri_component() {
        assert_eq!(percent_decode("photo%201.jpg"), "photo 1.jpg");
        assert_eq!(percent_decode("caf%C3%A9.png"), "café.png");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("bad%zzname"), "bad%zzname");
        assert_eq!(percent_decode("end%4"), "end%4");
    }
}

/// What a backup is locked with: the recovery key or a backup passphrase (exactly one).
#[derive(Deserialize, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct BackupLock {
    pub recovery_key: Option<String>,
    pub passphrase: Option<String>,
}

enum BackupSecretOwned {
    RecoveryKey(harbour_vault::RecoveryKey),
    Passphrase(harbour_vault::BackupPassphrase),
}

impl BackupSecretOwned {
    fn from_lock(lock: BackupLock) -> Result<BackupSecretOwned, ApiError> {
        let key = lock.recovery_key.map(zeroize::Zeroizing::new);
        let passphrase = lock.passphrase.map(zeroize::Zeroizing::new);
        match (key, passphrase) {
            (Some(key), None) => Ok(BackupSecretOwned::RecoveryKey(
                harbour_vault::RecoveryKey::parse(&key)?,
            )),
            (None, Some(p)) => Ok(BackupSecretOwned::Passphrase(
                harbour_vault::BackupPassphrase::new(p.as_str())?,
            )),
            _ => Err(ApiError::new(
                ErrorCode::Invalid,
                "Please type your recovery key or a backup passphrase.",
            )),
        }
    }

    fn as_secret(&self) -> harbour_vault::BackupSecret<'_> {
        match self {
            BackupSecretOwned::RecoveryKey(k) => harbour_vault::BackupSecret::RecoveryKey(k),
            BackupSecretOwned::Passphrase(p) => harbour_vault::BackupSecret::Passphrase(p),
        }
    }
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct BackupDone {
    /// False when the person closed the file dialog without choosing.
    pub done: bool,
    /// The backup's size in bytes (0 when not done, and for a restore).
    #[ts(type = "number")]
    pub bytes: u64,
    /// Cases of an advocate's caseload in the backup saved, or brought back by the restore.
    pub cases: u32,
    /// Cases added since the backup was made, kept by the restore as they were.
    pub cases_kept: u32,
    /// Cases left out: of the backup saved, because they could not be read (damaged); of the
    /// restore, because they could not be put in place (each stays as it was).
    pub cases_left_out: u32,
}

impl BackupDone {
    fn not_done() -> BackupDone {
        BackupDone {
            done: false,
            bytes: 0,
            cases: 0,
            cases_kept: 0,
            cases_left_out: 0,
        }
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Messages for backup files, which are the person's own files rather than the vault.
fn backup_file_error(e: harbour_vault::VaultError) -> ApiError {
    use harbour_vault::VaultError as V;
    match e {
        V::Corrupt(_) => ApiError::new(
            ErrorCode::Damaged,
            "That file is not a complete backup (it may be damaged, cut short or a different \
             file), so nothing was restored. Everything here is as it was.",
        ),
        V::WrongPin => ApiError::new(
            ErrorCode::WrongPin,
            "That key or passphrase doesn't match this backup. Nothing was changed.",
        ),
        V::Io(_) => ApiError::new(
            ErrorCode::Internal,
            "The file could not be read or written there. Please try another place. Nothing \
             here was changed.",
        ),
        other => other.into(),
    }
}

/// A native file dialog (only when the dialog plugin is there: not on the mock runtime).
pub(crate) fn file_dialog<R: Runtime>(
    app: &AppHandle<R>,
) -> Result<tauri_plugin_dialog::FileDialogBuilder<R>, ApiError> {
    use tauri::Manager;
    app.try_state::<tauri_plugin_dialog::Dialog<R>>()
        .map(|dialog| dialog.file())
        .ok_or_else(|| {
            ApiError::new(
                ErrorCode::NotAvailable,
                "Files can't be chosen here. Nothing was changed.",
            )
        })
}

/// Where the person chooses to save, in the computer's save dialog; `None` if they closed it.
pub(crate) fn choose_destination<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    suggested: &str,
) -> Result<Option<std::path::PathBuf>, ApiError> {
    Ok(file_dialog(app)?
        .set_title(title)
        .set_file_name(suggested)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok()))
}

/// The backup file the person picks in the computer's open dialog, opened; `None` if they closed
/// the dialog.
fn pick_backup<R: Runtime>(app: &AppHandle<R>) -> Result<Option<std::fs::File>, ApiError> {
    let chosen = file_dialog(app)?
        .set_title("Choose a backup")
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok());
    chosen
        .map(|path| {
            std::fs::File::open(path)
                .map_err(|e| backup_file_error(harbour_vault::VaultError::Io(e)))
        })
        .transpose()
}

/// Saves a backup of everything where the person chooses (a native save dialog; GTK's
/// recent-files list is off for this app). Written beside the destination first and renamed into
/// place, so a failure never leaves half a backup under the chosen name.
#[tauri::command]
pub async fn save_backup<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    lock: BackupLock,
) -> Result<BackupDone, ApiError> {
    let secret = BackupSecretOwned::from_lock(lock)?;
    // Noted before the dialog: a hide while it is open (and perhaps the decoy opened after it)
    // means nothing is written.
    let epoch = session.epoch();
    session.with_vault_since(epoch, |v| match &secret {
        BackupSecretOwned::RecoveryKey(key) => {
            v.confirm_recovery_key(key).map_err(backup_file_error)
        }
        BackupSecretOwned::Passphrase(_) => Ok(()),
    })?;
    let Some(path) = choose_destination(&app, "Save a backup", "calculator-history.backup")? else {
        return Ok(BackupDone::not_done());
    };
    // Hidden while the dialog was open: not even an empty file is made.
    session.open_since(epoch)?;
    let written = write_beside_then_rename(&path, |file| {
        session.touch();
        let mut backup = session.with_vault_since(epoch, |v| {
            v.start_backup(file, secret.as_secret(), harbour_vault::KdfParams::DEFAULT)
                .map_err(backup_file_error)
        })?;
        while backup_next_case(&session, epoch, &mut backup)? {}
        backup.finish().map_err(backup_file_error)
    })?;
    Ok(BackupDone {
        done: true,
        bytes: written.bytes,
        cases: count(written.cases),
        cases_kept: 0,
        cases_left_out: count(written.cases_unreadable),
    })
}

/// Adds the next case to a backup, holding the vault for that case only, so a hide during a long
/// backup locks it at once (the backup then fails with `locked` and its half-written file is
/// removed). False once every case is in.
pub fn backup_next_case<W: std::io::Write>(
    session: &Session,
    epoch: u64,
    backup: &mut harbour_vault::BackupInProgress<W>,
) -> Result<bool, ApiError> {
    // The person asked for it and is waiting: it counts as their activity, so the idle lock
    // doesn't cut a long backup short.
    session.touch();
    session.with_vault_since(epoch, |v| {
        v.continue_backup(backup).map_err(backup_file_error)
    })
}

/// A file being read for work that must stop at a hide (a restore's read, which runs without
/// holding the vault): once the vault has been hidden since `epoch`, reading fails.
struct UntilHidden<'a, R> {
    session: &'a Session,
    epoch: u64,
    inner: R,
}

impl<'a, R> UntilHidden<'a, R> {
    fn new(session: &'a Session, epoch: u64, inner: R) -> UntilHidden<'a, R> {
        UntilHidden {
            session,
            epoch,
            inner,
        }
    }
}

impl<R: std::io::Read> std::io::Read for UntilHidden<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.session.epoch() != self.epoch {
            return Err(std::io::Error::other("hidden"));
        }
        self.session.touch();
        self.inner.read(buf)
    }
}

/// Reads and checks a whole backup into encrypted scratch files in `scratch_dir` (under the
/// backup's own key), without the vault. A hide stops the reading, and the answer is then
/// `locked`, never "damaged".
fn read_backup_until_hidden(
    session: &Session,
    epoch: u64,
    scratch_dir: &std::path::Path,
    file: std::fs::File,
    secret: &BackupSecretOwned,
) -> Result<harbour_vault::CheckedBackup, ApiError> {
    let checked = harbour_vault::CheckedBackup::read(
        scratch_dir,
        UntilHidden::new(session, epoch, std::io::BufReader::new(file)),
        secret.as_secret(),
    )
    .map_err(|e| hidden_or(session, epoch, backup_file_error(e)))?;
    // Hidden after the last read, while the parts were checked.
    if session.epoch() != epoch {
        return Err(ApiError::locked());
    }
    Ok(checked)
}

/// `locked` if the vault was hidden since `epoch` (whatever failed then, it was stopped by the
/// hide, not a bad file), else `error`.
fn hidden_or(session: &Session, epoch: u64, error: ApiError) -> ApiError {
    if session.epoch() != epoch {
        ApiError::locked()
    } else {
        error
    }
}

/// Re-keys a checked backup under the open vault's keys, holding the vault for the own records
/// and then for one case at a time, so a hide during a long restore locks at once (the restore
/// then fails as locked, and nothing has changed: its scratch files are dropped).
fn restore_in_steps(
    session: &Session,
    epoch: u64,
    checked: harbour_vault::CheckedBackup,
) -> Result<harbour_vault::PreparedRestore, ApiError> {
    session.touch();
    let mut restore = session.with_vault_since(epoch, |v| {
        // The list's note of the open case is brought up to date first: a case added since the
        // backup is kept, with its entry as it is now.
        crate::caseload::note_open_case(v)?;
        v.start_restore(checked).map_err(backup_file_error)
    })?;
    loop {
        // Counted as the person's activity, as in a backup.
        session.touch();
        if !session.with_vault_since(epoch, |v| {
            v.continue_restore(&mut restore).map_err(backup_file_error)
        })? {
            break;
        }
    }
    restore.prepared().map_err(backup_file_error)
}

/// Creates `<path>.partial`, lets `write` fill it, makes sure it reached the disk and renames
/// it to `path`; on any failure the partial file is removed. So a failure never leaves half a
/// file under the name the person chose, and nothing is written anywhere else.
pub(crate) fn write_beside_then_rename<T>(
    path: &std::path::Path,
    write: impl FnOnce(&std::fs::File) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = std::path::PathBuf::from(partial);
    // A leftover from an earlier failure is ours to replace; the new one is readable by this
    // user only (the chosen file keeps that).
    let _ = std::fs::remove_file(&partial);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&partial).map_err(|_| cannot_write())?;
    let result = write(&file).and_then(|out| {
        file.sync_all().map_err(|_| cannot_write())?;
        drop(file);
        std::fs::rename(&partial, path).map_err(|_| cannot_write())?;
        Ok(out)
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    result
}

/// For a file the person chose that could not be written (full disk, no permission, gone).
pub(crate) fn cannot_write() -> ApiError {
    ApiError::new(
        ErrorCode::Internal,
        "The file could not be written there. Please try another place. Nothing in the app was \
         changed.",
    )
}

/// Replaces everything open now with a backup the person picks. The page asks for confirmation
/// first; here the whole file is checked before anything changes.
#[tauri::command]
pub async fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    lock: BackupLock,
) -> Result<BackupDone, ApiError> {
    let secret = BackupSecretOwned::from_lock(lock)?;
    // Noted before the dialog: a hide while it is open (and perhaps the decoy opened after it)
    // means nothing is read or changed.
    let epoch = session.epoch();
    session.open_since(epoch)?;
    let Some(file) = pick_backup(&app)? else {
        return Ok(BackupDone::not_done());
    };
    // Read and checked in full without holding the vault (the longest part), so a hide meanwhile
    // locks at once.
    let checked = read_backup_until_hidden(&session, epoch, session.dir(), file, &secret)?;
    let prepared = restore_in_steps(&session, epoch, checked)?;
    let (cases, cases_kept) = (prepared.cases_restored(), prepared.cases_kept());
    let epoch = session.replace_vault_since(epoch, |v| v.finish_restore(prepared))?;
    let left_out = session.with_vault_since(epoch, |v| Ok(v.cases_not_restored()))?;
    Ok(BackupDone {
        done: true,
        bytes: 0,
        cases: count(cases.saturating_sub(left_out)),
        cases_kept: count(cases_kept),
        cases_left_out: count(left_out),
    })
}
