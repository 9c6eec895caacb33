//! The safety plan: its sections and items, stage, review date and section notes, each change
//! checked against the version the page last saw.

use harbour_store::{PlanItem, PlanStage, Section};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::drafts;
use crate::error::ApiError;
use crate::session::Session;

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
