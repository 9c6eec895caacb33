//! Thin command functions: take DTOs, call the core, map errors. No domain logic lives here.

use harbour_store::{
    ChainReport, Checklist, ChecklistItem, Contact, ContactFields, Incident, IncidentFields,
    IncidentFilter, IncidentPage, IncidentRevision, Page, PageCursor, PlanItem, PlanStage, Section,
    SupportService,
};
use harbour_vault::{Appearance, Look, Pin};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};

use crate::error::{ApiError, ErrorCode};
use crate::hide;
use crate::session::{Attempt, Session};

/// What the UI needs before unlock.
#[derive(Debug, Serialize)]
pub struct AppStatus {
    pub set_up: bool,
    pub look: String,
    pub shortcut: String,
    /// On Wayland global shortcuts cannot be registered; only the in-app ways to hide work.
    pub shortcut_available: bool,
    pub open: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetupRequest {
    pub pin: String,
    pub duress_pin: Option<String>,
    pub look: String,
    pub shortcut: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SetupDone {
    /// Shown once, then forgotten by the UI.
    pub recovery_key: String,
}

#[derive(Debug, Serialize)]
pub struct UnlockOutcome {
    pub opened: bool,
}

fn pin(text: String) -> Result<Pin, ApiError> {
    Ok(Pin::new(text)?)
}

#[tauri::command]
pub fn app_status(session: State<'_, Session>) -> AppStatus {
    let appearance = session.appearance();
    AppStatus {
        set_up: session.is_set_up(),
        look: appearance.look.code().to_owned(),
        shortcut: appearance.shortcut,
        shortcut_available: hide::global_shortcuts_available(),
        open: session.is_open(),
    }
}

#[tauri::command]
pub async fn set_up<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    request: SetupRequest,
) -> Result<SetupDone, ApiError> {
    let look = Look::from_code(&request.look)
        .ok_or_else(|| ApiError::new(ErrorCode::Invalid, "Please choose how the app looks."))?;
    let appearance = Appearance {
        look,
        shortcut: request
            .shortcut
            .unwrap_or_else(|| Appearance::DEFAULT_SHORTCUT.to_owned()),
    };
    hide::check_shortcut(&appearance.shortcut)?;
    let main_pin = pin(request.pin)?;
    let duress = request
        .duress_pin
        .filter(|p| !p.is_empty())
        .map(pin)
        .transpose()?;
    let recovery = session.set_up(&main_pin, duress.as_ref(), &appearance)?;
    hide::apply_appearance(&app, &appearance);
    hide::make_room(&app);
    Ok(SetupDone {
        recovery_key: recovery.to_string(),
    })
}

#[tauri::command]
pub async fn try_unlock(
    session: State<'_, Session>,
    pin: String,
) -> Result<UnlockOutcome, ApiError> {
    // Too short or too long to be a PIN: just a calculation.
    let Ok(candidate) = Pin::new(pin) else {
        return Ok(UnlockOutcome { opened: false });
    };
    let opened = matches!(session.try_unlock(&candidate)?, Attempt::Opened);
    Ok(UnlockOutcome { opened })
}

/// The page saw key or pointer input: the person is still here (keeps auto-lock from firing).
#[tauri::command]
pub fn still_here(session: State<'_, Session>) {
    session.touch();
}

/// The quick exit: back to the disguise, vault locked.
#[tauri::command]
pub fn hide_now<R: Runtime>(app: AppHandle<R>) {
    hide::hide(&app);
}

#[tauri::command]
pub fn list_contacts(session: State<'_, Session>) -> Result<Vec<Contact>, ApiError> {
    session.with_vault(|v| Ok(v.store().list_contacts()?))
}

#[tauri::command]
pub fn add_contact(
    session: State<'_, Session>,
    fields: ContactFields,
) -> Result<Contact, ApiError> {
    session.with_vault(|v| Ok(v.store_mut().add_contact(&fields)?))
}

/// Newest first, a page at a time.
#[tauri::command]
pub fn list_incidents(
    session: State<'_, Session>,
    limit: u32,
    before: Option<PageCursor>,
) -> Result<IncidentPage, ApiError> {
    let page = Page { limit, before };
    session.with_vault(|v| {
        Ok(v.store()
            .list_incidents(&page, &IncidentFilter::default())?)
    })
}

#[tauri::command]
pub fn record_incident(
    session: State<'_, Session>,
    fields: IncidentFields,
) -> Result<Incident, ApiError> {
    session.with_vault(|v| Ok(v.store_mut().record_incident(&fields)?))
}

/// A correction: a new revision; the earlier ones stay as they were.
#[tauri::command]
pub fn revise_incident(
    session: State<'_, Session>,
    id: String,
    fields: IncidentFields,
) -> Result<Incident, ApiError> {
    session.with_vault(|v| Ok(v.store_mut().revise_incident(&id, &fields)?))
}

#[tauri::command]
pub fn incident_history(
    session: State<'_, Session>,
    id: String,
) -> Result<Vec<IncidentRevision>, ApiError> {
    session.with_vault(|v| Ok(v.store().incident_history(&id)?))
}

/// Re-checks the whole log's hash chain and signatures.
#[tauri::command]
pub fn check_log(session: State<'_, Session>) -> Result<ChainReport, ApiError> {
    session.with_vault(|v| Ok(v.store().verify_chain()?))
}

/// A plan section as the screen shows it: with its title and the guidance for the current stage.
#[derive(Debug, Serialize)]
pub struct PlanSectionView {
    pub section: Section,
    pub title: &'static str,
    pub guidance: &'static str,
    pub notes: String,
    pub items: Vec<PlanItem>,
}

#[derive(Debug, Serialize)]
pub struct PlanView {
    pub stage: PlanStage,
    pub review_date: Option<chrono::NaiveDate>,
    pub sections: Vec<PlanSectionView>,
}

#[tauri::command]
pub fn get_plan(session: State<'_, Session>) -> Result<PlanView, ApiError> {
    session.with_vault(|v| {
        let plan = v.store().plan()?;
        let stage = plan.stage;
        Ok(PlanView {
            stage,
            review_date: plan.review_date,
            sections: plan
                .sections
                .into_iter()
                .map(|s| PlanSectionView {
                    section: s.section,
                    title: s.section.title(),
                    guidance: harbour_store::plan::guidance(s.section, stage),
                    notes: s.notes,
                    items: s.items,
                })
                .collect(),
        })
    })
}

#[tauri::command]
pub fn add_plan_item(
    session: State<'_, Session>,
    section: Section,
    text: String,
) -> Result<PlanItem, ApiError> {
    session.with_vault(|v| Ok(v.store_mut().add_plan_item(section, &text)?))
}

#[tauri::command]
pub fn set_plan_item_done(
    session: State<'_, Session>,
    id: String,
    done: bool,
) -> Result<PlanItem, ApiError> {
    let at = done.then(chrono::Utc::now);
    session.with_vault(|v| Ok(v.store_mut().set_plan_item_done(&id, at)?))
}

#[tauri::command]
pub fn list_checklists(session: State<'_, Session>) -> Result<Vec<Checklist>, ApiError> {
    session.with_vault(|v| Ok(v.store().list_checklists()?))
}

/// Items never done, or whose repeat period has come round again.
#[tauri::command]
pub fn due_checklist_items(session: State<'_, Session>) -> Result<Vec<ChecklistItem>, ApiError> {
    session.with_vault(|v| Ok(v.store().due_items(chrono::Utc::now())?))
}

#[tauri::command]
pub fn set_checklist_item_done(
    session: State<'_, Session>,
    id: String,
    done: bool,
) -> Result<ChecklistItem, ApiError> {
    session.with_vault(|v| {
        let store = v.store_mut();
        Ok(if done {
            store.mark_checklist_item_done(&id, chrono::Utc::now())?
        } else {
            store.mark_checklist_item_undone(&id)?
        })
    })
}

/// The support directory, in the person's order (hidden built-ins left out).
#[tauri::command]
pub fn list_support_services(session: State<'_, Session>) -> Result<Vec<SupportService>, ApiError> {
    session.with_vault(|v| Ok(v.store().list_support_services(false)?))
}
