//! An advocate's caseload: each person they support is a case, a compartment of its own (see
//! `harbour_vault::CaseVault`). Opening a case makes every records command (plan, contacts,
//! checklists, incidents, sharing…) act on that case until it is closed; the list itself, with
//! the advocate's private notes on each case, stays in their own records and is never shared.

use chrono::{DateTime, Utc};
use harbour_reason::reason;
use harbour_share::Link;
use harbour_store::{CaseEntry, CaseRisk, CaseSharing, check_case_label};
use harbour_vault::UnlockedVault;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::{ApiError, ErrorCode};
use crate::session::Session;

/// Whether a case shares with the person: as the caseload and the sharing screen show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum SharingState {
    /// Not paired with anyone.
    Off,
    On,
    /// The other side (or this one) stopped sharing; nothing more is sent or received.
    Ended,
}

/// One case as the caseload shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CaseSummary {
    pub id: String,
    /// What the advocate calls the case, e.g. initials.
    pub label: String,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    /// The advocate's private notes: never shared with the person.
    pub notes: String,
    pub sharing: SharingState,
    #[ts(type = "string | null")]
    pub last_synced: Option<DateTime<Utc>>,
    /// The latest risk picture, as last seen with the case open.
    pub risk: Option<CaseRisk>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Caseload {
    pub cases: Vec<CaseSummary>,
    /// The case open now, if any.
    pub open: Option<String>,
}

fn summary(entry: CaseEntry) -> CaseSummary {
    CaseSummary {
        id: entry.id,
        label: entry.label,
        created_at: entry.created_at,
        notes: entry.notes,
        sharing: match entry.sharing {
            CaseSharing::Off => SharingState::Off,
            CaseSharing::On => SharingState::On,
            CaseSharing::Ended => SharingState::Ended,
        },
        last_synced: entry.last_synced,
        risk: entry.risk,
    }
}

/// Copies the open case's sharing state into the caseload list, so the list is current
/// without opening every case.
pub(crate) fn note_open_case(vault: &mut UnlockedVault) -> Result<(), ApiError> {
    let Some(id) = vault.open_case_id().map(str::to_owned) else {
        return Ok(());
    };
    let records = vault.records();
    // A case's copy has one link, to the person.
    let link = Link::first(records)?;
    let sharing = match &link {
        None => CaseSharing::Off,
        Some(link) if link.is_revoked() => CaseSharing::Ended,
        Some(_) => CaseSharing::On,
    };
    let last_synced = match &link {
        Some(link) => harbour_share::last_synced(records, link.id())?,
        None => None,
    };
    // The case's own screenings and those the person shares, taken together.
    let mut screenings = records.risk_screenings()?;
    screenings.extend(records.shared_risk_screenings()?);
    let risk = CaseRisk::of(&screenings, chrono::Local::now().date_naive());
    let own = vault.own_records_mut();
    match own
        .note_case_sharing(&id, sharing, last_synced)
        .and_then(|()| own.note_case_risk(&id, risk.as_ref()))
    {
        // A case file without a list entry: nothing to note.
        Err(harbour_store::StoreError::NotFound) => Ok(()),
        other => Ok(other?),
    }
}

fn caseload_of(vault: &mut UnlockedVault) -> Result<Caseload, ApiError> {
    note_open_case(vault)?;
    Ok(Caseload {
        cases: vault
            .own_records()
            .cases()?
            .into_iter()
            .map(summary)
            .collect(),
        open: vault.open_case_id().map(str::to_owned),
    })
}

#[tauri::command]
pub fn caseload(session: State<'_, Session>) -> Result<Caseload, ApiError> {
    session.with_vault(caseload_of)
}

/// A new case: an empty compartment, listed under the advocate's label for it.
#[tauri::command]
pub fn case_add(session: State<'_, Session>, label: String) -> Result<Caseload, ApiError> {
    session.with_vault(|vault| {
        // Checked before anything is made on disk.
        check_case_label(&label)?;
        let id = vault.create_case()?;
        if let Err(e) = vault.own_records_mut().add_case(&id, &label) {
            let _ = vault.remove_case(&id);
            return Err(e.into());
        }
        caseload_of(vault)
    })
}

/// Opens a case: from now on the app shows and edits its records.
#[tauri::command]
pub fn case_open(session: State<'_, Session>, id: String) -> Result<Caseload, ApiError> {
    session.switch_records(|vault| {
        vault.own_records().case(&id)?;
        note_open_case(vault)?;
        vault.open_case(&id)?;
        // As at unlock: files imported into a form in this case that was then left unsaved.
        // Nothing in it is being edited yet, and failing to tidy is no reason to keep it shut.
        let _ = vault.records_mut().discard_unused_attachments();
        caseload_of(vault)
    })
}

/// Back to the advocate's own records.
#[tauri::command]
pub fn case_close(session: State<'_, Session>) -> Result<Caseload, ApiError> {
    session.switch_records(|vault| {
        note_open_case(vault)?;
        vault.close_case()?;
        caseload_of(vault)
    })
}

/// The advocate's private notes on a case (kept in their own records, never shared).
#[tauri::command]
pub fn case_set_notes(
    session: State<'_, Session>,
    id: String,
    notes: String,
) -> Result<Caseload, ApiError> {
    session.with_vault(|vault| {
        vault.own_records_mut().set_case_notes(&id, &notes)?;
        caseload_of(vault)
    })
}

/// Deletes a case's copy from this computer. Refused while sharing with the person is on: they
/// should be told first, by stopping sharing.
#[tauri::command]
pub fn case_remove(session: State<'_, Session>, id: String) -> Result<Caseload, ApiError> {
    let remove = |vault: &mut UnlockedVault| {
        note_open_case(vault)?;
        if vault.own_records().case(&id)?.sharing == CaseSharing::On {
            return Err(ApiError::new(
                ErrorCode::Invalid,
                reason("caseload-stop-sharing-person-first-their"),
            ));
        }
        vault.remove_case(&id)?;
        vault.own_records_mut().remove_case(&id)?;
        caseload_of(vault)
    };
    // Removing the case that is open is a switch back to the advocate's own records.
    if session.with_vault(|vault| Ok(vault.open_case_id() == Some(id.as_str())))? {
        session.switch_records(remove)
    } else {
        session.with_vault(remove)
    }
}
