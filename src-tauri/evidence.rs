//! Commands that turn the log into something to hand over (the PDF report, the bundle), open a
//! locked bundle someone sent, and the risk screening and patterns screens.
//!
//! Files are written where the person chooses in the computer's own save dialog (opened from
//! Rust), beside the destination first and renamed into place, so nothing half-written is left
//! under the chosen name and nothing is written anywhere else.

use chrono::{Local, NaiveDate, TimeZone, Utc};
use harbour_reason::reason;
use std::io::Write;

use harbour_evidence::{
    BundleLock, EvidenceError, EvidenceRequest, Patterns, PlanSheetRequest, check_request,
    patterns, write_bundle, write_plan_sheet, write_report,
};
use harbour_store::{Incident, IncidentFilter, Page};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::error::{ApiError, ErrorCode};
use crate::files::{choose_destination, choose_file, write_beside_then_rename};
use crate::session::Session;

/// Weeks of history the patterns screen charts.
const WEEKS_SHOWN: u32 = 26;

impl From<EvidenceError> for ApiError {
    fn from(e: EvidenceError) -> ApiError {
        match e {
            EvidenceError::Invalid(why) => ApiError::new(ErrorCode::Invalid, why),
            EvidenceError::Store(e) => e.into(),
            EvidenceError::Seal(e) => e.into(),
            EvidenceError::Io(_) => crate::files::cannot_write(),
            EvidenceError::Font(_)
            | EvidenceError::Layout
            | EvidenceError::Pdf(_)
            | EvidenceError::Zip(_) => {
                ApiError::new(ErrorCode::Internal, reason("evidence-not-made"))
            }
        }
    }
}

/// What an export wrote.
#[derive(Debug, Default, Serialize, TS)]
#[ts(export)]
pub struct ExportDone {
    /// False when the person closed the file dialog without choosing.
    pub done: bool,
    pub incidents: u32,
    /// Pages of a report.
    pub pages: u32,
    /// Attached files in a bundle.
    pub files: u32,
    /// Some photos could not be put into the report (they are still listed with their SHA-256).
    pub pictures_left_out: bool,
}

/// The start of a local calendar day as an instant.
fn local_midnight(date: NaiveDate) -> Option<chrono::DateTime<Utc>> {
    Local
        .from_local_datetime(&date.and_hms_opt(0, 0, 0)?)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// The incidents that happened between two local dates (both included), oldest first: what
/// the export screen offers to choose from.
#[tauri::command]
pub fn incidents_between(
    session: State<'_, Session>,
    from: Option<NaiveDate>,
    until: Option<NaiveDate>,
) -> Result<Vec<Incident>, ApiError> {
    let filter = IncidentFilter {
        from: from.and_then(local_midnight),
        until: until.and_then(|d| d.succ_opt()).and_then(local_midnight),
        ..IncidentFilter::default()
    };
    session.with_vault(|v| {
        let store = v.records();
        let mut all = Vec::new();
        let mut page = Page::first(500);
        loop {
            let got = store.list_incidents(&page, &filter)?;
            all.extend(got.incidents);
            match got.next {
                Some(next) if all.len() < harbour_evidence::MAX_INCIDENTS => {
                    page.before = Some(next)
                }
                _ => break,
            }
        }
        all.reverse();
        Ok(all)
    })
}

fn today() -> String {
    Local::now().format("%Y-%m-%d").to_string()
}

/// A neutral title for the save dialogs here (one may still be open after a quick hide), in
/// the person's language.
fn save_title(session: &Session) -> String {
    session.words().get("dialog-save")
}

/// Writes the PDF report where the person chooses.
///
/// The request is checked before the dialog opens, so a refusal comes first; the report is
/// made and written only afterwards, inside the vault, so a quick hide while the dialog is open
/// means nothing is written at all (the vault is locked by then).
#[tauri::command]
pub async fn save_report<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    request: EvidenceRequest,
) -> Result<ExportDone, ApiError> {
    // Noted before the dialog: a hide while it is open (and perhaps another opening, such as
    // the decoy's) means nothing is written.
    let epoch = session.epoch();
    session.with_vault_since(epoch, |v| Ok(check_request(v.records(), &request)?))?;
    let Some(path) = choose_destination(
        &app,
        &save_title(&session),
        &format!("document-{}.pdf", today()),
    )?
    else {
        return Ok(ExportDone::default());
    };
    let outcome = session.with_vault_since(epoch, |v| {
        write_beside_then_rename(
            &path,
            || session.epoch() == epoch,
            |mut file| {
                // In the languages the person chose on the report screen (request.languages).
                let (pdf, outcome) = write_report(v.records(), &request, &Local, Utc::now())?;
                file.write_all(&pdf).map_err(EvidenceError::Io)?;
                Ok(outcome)
            },
        )
    })?;
    Ok(ExportDone {
        done: true,
        incidents: outcome.incidents,
        pages: outcome.pages,
        pictures_left_out: outcome.pictures_left_out,
        ..ExportDone::default()
    })
}

/// Writes the safety plan alone as a PDF where the person chooses (their contacts only if
/// asked). `pages` says how long it came out.
#[tauri::command]
pub async fn save_plan_sheet<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    request: PlanSheetRequest,
) -> Result<ExportDone, ApiError> {
    // Noted before the dialog: a hide while it is open means nothing is written.
    let epoch = session.epoch();
    session.with_vault_since(epoch, |_| Ok(()))?;
    let Some(path) = choose_destination(
        &app,
        &save_title(&session),
        &format!("document-{}.pdf", today()),
    )?
    else {
        return Ok(ExportDone::default());
    };
    let outcome = session.with_vault_since(epoch, |v| {
        write_beside_then_rename(
            &path,
            || session.epoch() == epoch,
            |mut file| {
                let words = crate::session::person_words(v.own_records());
                let (pdf, outcome) =
                    write_plan_sheet(v.records(), &request, &words, &Local, Utc::now())?;
                file.write_all(&pdf).map_err(EvidenceError::Io)?;
                Ok(outcome)
            },
        )
    })?;
    Ok(ExportDone {
        done: true,
        pages: outcome.pages,
        ..ExportDone::default()
    })
}

/// Writes the machine-readable bundle where the person chooses: a plain zip, or locked with a
/// passphrase (at least 12 characters) when one is given.
#[tauri::command]
pub async fn save_bundle<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    request: EvidenceRequest,
    passphrase: Option<String>,
) -> Result<ExportDone, ApiError> {
    let passphrase = passphrase
        .map(zeroize::Zeroizing::new)
        .map(|p| harbour_vault::BackupPassphrase::new(p.as_str()))
        .transpose()?;
    // Checked before the dialog, so a wrong choice is explained first; the epoch is noted then
    // too, so a hide while the dialog is open means nothing is written.
    let epoch = session.epoch();
    session.with_vault_since(epoch, |v| Ok(check_request(v.records(), &request)?))?;
    let name = match passphrase {
        Some(_) => format!("export-{}.locked", today()),
        None => format!("export-{}.zip", today()),
    };
    let Some(path) = choose_destination(&app, &save_title(&session), &name)? else {
        return Ok(ExportDone::default());
    };
    let lock = match &passphrase {
        Some(p) => BundleLock::Passphrase(p, harbour_vault::KdfParams::DEFAULT),
        None => BundleLock::Plain,
    };
    let outcome = session.with_vault_since(epoch, |v| {
        write_beside_then_rename(
            &path,
            || session.epoch() == epoch,
            |file| {
                let out = std::io::BufWriter::new(file);
                // The README in the report's first language (English when the report is in both).
                let words = harbour_words::Words::new(
                    request
                        .languages
                        .first()
                        .map_or(harbour_words::ENGLISH, String::as_str),
                );
                Ok(write_bundle(
                    v.records(),
                    &request,
                    &words,
                    &Local,
                    Utc::now(),
                    lock,
                    out,
                )?)
            },
        )
    })?;
    Ok(ExportDone {
        done: true,
        incidents: outcome.incidents,
        files: outcome.files,
        ..ExportDone::default()
    })
}

/// Opens a locked export someone sent (made by this app): asks for the file, then where to
/// save the opened zip.
#[tauri::command]
pub async fn open_bundle<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    passphrase: String,
) -> Result<ExportDone, ApiError> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    let passphrase = harbour_vault::BackupPassphrase::new(passphrase.as_str())?;
    // Only from an open vault: nothing about exports is reachable from the disguise.
    let epoch = session.epoch();
    session.open_since(epoch)?;
    let source = choose_file(&app, &session.words().get("dialog-open"), None)?;
    let Some(source) = source else {
        return Ok(ExportDone::default());
    };
    let input = std::fs::File::open(&source)
        .map_err(|_| ApiError::new(ErrorCode::Internal, reason("evidence-file-unreadable")))?;
    // Opened into memory first: nothing is written unless the whole file checks out.
    let mut zip = zeroize::Zeroizing::new(Vec::new());
    harbour_vault::open_backup_stream(
        std::io::BufReader::new(input),
        &mut *zip,
        harbour_vault::BackupSecret::Passphrase(&passphrase),
    )
    .map_err(|e| match e {
        harbour_vault::VaultError::WrongPin => ApiError::new(
            ErrorCode::WrongPassphrase,
            reason("evidence-wrong-passphrase"),
        ),
        _ => ApiError::new(ErrorCode::Damaged, reason("evidence-not-an-export")),
    })?;
    if !zip.starts_with(b"PK\x03\x04") {
        return Err(ApiError::new(
            ErrorCode::Invalid,
            reason("evidence-backup-not-export"),
        ));
    }
    // Hidden while the first dialog was open: no second one over the disguise.
    session.open_since(epoch)?;
    let Some(destination) = choose_destination(&app, &save_title(&session), "export.zip")? else {
        return Ok(ExportDone::default());
    };
    // Only if nothing was hidden while the dialogs were open.
    session.with_vault_since(epoch, |_| {
        write_beside_then_rename(
            &destination,
            || session.epoch() == epoch,
            |mut file| {
                file.write_all(&zip).map_err(EvidenceError::Io)?;
                Ok(())
            },
        )
    })?;
    Ok(ExportDone {
        done: true,
        ..ExportDone::default()
    })
}

/// Incidents per week (the last 26 weeks), by kind, and the escalation signal, in local time.
#[tauri::command]
pub fn incident_patterns(session: State<'_, Session>) -> Result<Patterns, ApiError> {
    let occurrences = session.with_vault(|v| Ok(v.records().incident_occurrences()?))?;
    let today = Local::now().date_naive();
    Ok(patterns(&occurrences, today, &Local, WEEKS_SHOWN))
}
