//! Risk screenings: the questions of each screening, the dated history, and keeping a new one
//! (with an advocate's sign-off when done together). In an advocate's open case, keeping one
//! also refreshes the case's line in the caseload.

use chrono::Local;
use harbour_store::{NewScreening, RiskQuestion, RiskScreening, risk_questions};
use tauri::State;

use crate::error::ApiError;
use crate::session::Session;

#[tauri::command]
pub fn risk_screening_questions() -> Vec<RiskQuestion> {
    risk_questions()
}

/// Every screening, newest first.
#[tauri::command]
pub fn list_risk_screenings(session: State<'_, Session>) -> Result<Vec<RiskScreening>, ApiError> {
    session.with_vault(|v| Ok(v.records().risk_screenings()?))
}

#[tauri::command]
pub fn record_risk_screening(
    session: State<'_, Session>,
    screening: NewScreening,
    draft: Option<String>,
) -> Result<RiskScreening, ApiError> {
    session.with_vault(|v| {
        let today = Local::now().date_naive();
        let kept = v.records_mut().record_risk_screening(&screening, today)?;
        crate::drafts::saved(&session, v, draft.as_deref());
        // The screening is kept; a caseload line not refreshed now is refreshed at the next list.
        let _ = crate::caseload::note_open_case(v);
        Ok(kept)
    })
}
