//! Risk screenings: the questions of each screening, the dated history, and keeping a new one
//! (with an advocate's sign-off when done together). In an advocate's open case, keeping one
//! also refreshes the case's line in the caseload.

use chrono::Local;
use harbour_store::{NewScreening, RiskQuestion, RiskScreening, SignOff, risk_questions};
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

/// Adds an advocate's part to a screening already saved (one kept here, or one the person shares
/// with this case). The screening's answers never change; the latest part is shown.
#[tauri::command]
pub fn sign_off_screening(
    session: State<'_, Session>,
    id: String,
    sign_off: SignOff,
) -> Result<RiskScreening, ApiError> {
    session.with_vault(|v| {
        let today = Local::now().date_naive();
        let signed = v.records_mut().sign_off_screening(&id, &sign_off, today)?;
        let _ = crate::caseload::note_open_case(v);
        Ok(signed)
    })
}
