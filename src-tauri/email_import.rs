//! Bringing e-mails saved as `.eml` files in as incidents, in two steps like a chat: `email_read`
//! opens the computer's own Open dialog (several files may be chosen; the page never sees a path),
//! reads every file whole and says what each is; `email_import` then writes one entry per
//! e-mail, each with its own file kept whole and its attached files, all in one transaction. A
//! file that is not an e-mail refuses the whole choice, naming it. Between the two steps what was
//! read is held in memory only, for this opening: every hide and every case switch drops it.

use chrono::Utc;
use harbour_import::{Email, EmailError, read_email};
use harbour_reason::reason;
use harbour_store::{ImportedFile, IncidentFields, IncidentKind};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::error::{ApiError, ErrorCode};
use crate::files::choose_files;
use crate::pending::{OfOpening, Pending, read_whole};
use crate::session::Session;

/// At most this many e-mails chosen at once.
const MAX_EMAILS: usize = 200;

struct ReadEmail {
    file_name: String,
    bytes: Zeroizing<Vec<u8>>,
    email: Email,
}

pub struct PendingEmails {
    epoch: u64,
    emails: Vec<ReadEmail>,
}

/// The e-mails waiting, if any. Every hide empties it; ones read in an earlier opening are never
/// used, by their epoch.
pub type EmailSlot = Pending<PendingEmails>;

impl OfOpening for PendingEmails {
    fn epoch(&self) -> u64 {
        self.epoch
    }
}

/// One e-mail as the person sees it before bringing it in.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct EmailSummary {
    pub file_name: String,
    pub from: String,
    pub subject: String,
    /// The date as the e-mail writes it ("" when it has none).
    pub date_as_written: String,
    /// The e-mail gives no date that reads: it is entered at the time it is brought in.
    pub no_date: bool,
    pub files: u32,
    /// This very file was brought in before, at this time.
    pub brought_in_before: Option<chrono::DateTime<Utc>>,
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct EmailsImported {
    pub entries: u32,
}

fn email_error(file_name: &str, e: EmailError) -> ApiError {
    let why = match e {
        EmailError::NotAnEmail => reason("email-import-not-an-email"),
        EmailError::TooLarge => reason("email-import-too-large"),
        EmailError::TooManyFiles => reason("email-import-too-many-files"),
        EmailError::FileTooLarge => reason("email-import-file-too-large"),
    };
    ApiError::new(ErrorCode::Invalid, why.with("name", file_name))
}

/// Opens the Open dialog and reads the chosen e-mails; `None` if the dialog was closed.
#[tauri::command]
pub async fn email_read<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    emails: State<'_, EmailSlot>,
) -> Result<Option<Vec<EmailSummary>>, ApiError> {
    let epoch = session.epoch();
    session.with_vault_since(epoch, |_| Ok(()))?;
    let words = session.words();
    let kind = words.get("dialog-kind-emails");
    let paths = choose_files(&app, &words.get("dialog-open"), Some((&kind, &["eml"])))?;
    if paths.is_empty() {
        return Ok(None);
    }
    if paths.len() > MAX_EMAILS {
        return Err(ApiError::new(
            ErrorCode::Invalid,
            reason("email-import-too-many").with("limit", MAX_EMAILS),
        ));
    }
    let mut read = Vec::with_capacity(paths.len());
    for path in &paths {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "message.eml".to_owned());
        let limit = harbour_import::email::MAX_EMAIL_BYTES as u64;
        let bytes = Zeroizing::new(read_whole(path, limit, || {
            email_error(&file_name, EmailError::TooLarge)
        })?);
        let email = read_email(&bytes).map_err(|e| email_error(&file_name, e))?;
        read.push(ReadEmail {
            file_name,
            bytes,
            email,
        });
    }
    let shown = session.with_vault_since(epoch, |v| {
        read.iter()
            .map(|r| {
                Ok(EmailSummary {
                    file_name: r.file_name.clone(),
                    from: r.email.from.clone(),
                    subject: r.email.subject.clone(),
                    date_as_written: r.email.date_as_written.clone(),
                    no_date: r.email.sent_at.is_none(),
                    files: u32::try_from(r.email.files.len()).unwrap_or(u32::MAX),
                    brought_in_before: v.records().brought_in_before(&r.bytes)?,
                })
            })
            .collect::<Result<Vec<_>, ApiError>>()
    })?;
    emails.put_back(
        &session,
        PendingEmails {
            epoch,
            emails: read,
        },
    );
    if session.epoch() != epoch {
        return Err(ApiError::locked());
    }
    Ok(Some(shown))
}

/// Brings in the e-mails read by `email_read`: one entry each, of `kind`.
#[tauri::command(async)]
pub fn email_import(
    session: State<'_, Session>,
    emails: State<'_, EmailSlot>,
    kind: IncidentKind,
) -> Result<EmailsImported, ApiError> {
    let epoch = session.epoch();
    let pending = emails.take_for(epoch).ok_or_else(|| {
        ApiError::new(
            ErrorCode::Invalid,
            reason("email-import-choose-e-mails-again-brought"),
        )
    })?;
    let now = Utc::now();
    let media: Vec<Vec<ImportedFile<'_>>> = pending
        .emails
        .iter()
        .map(|r| {
            r.email
                .files
                .iter()
                .map(|f| ImportedFile {
                    name: &f.name,
                    media_type: &f.media_type,
                    bytes: &f.bytes,
                })
                .collect()
        })
        .collect();
    let entries: Vec<Vec<(IncidentFields, Vec<usize>)>> = pending
        .emails
        .iter()
        .map(|r| {
            let fields = harbour_import::email::email_entry(&r.email, kind, now);
            vec![(fields, (0..r.email.files.len()).collect())]
        })
        .collect();
    let groups: Vec<_> = pending
        .emails
        .iter()
        .zip(&media)
        .zip(&entries)
        .map(|((r, m), e)| {
            (
                ImportedFile {
                    name: &r.file_name,
                    media_type: "message/rfc822",
                    bytes: &r.bytes,
                },
                m.as_slice(),
                e.as_slice(),
            )
        })
        .collect();
    let made = session.with_vault_since(epoch, |v| {
        Ok(v.records_mut().record_imported_together(&groups)?)
    });
    drop(groups);
    drop(media);
    match made {
        Ok(ids) => Ok(EmailsImported {
            entries: u32::try_from(ids.len()).unwrap_or(u32::MAX),
        }),
        Err(e) => {
            // Nothing was written: the person may try again without choosing the files again.
            emails.put_back(&session, pending);
            Err(e)
        }
    }
}
