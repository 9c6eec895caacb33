//! An e-mail saved as a file (`.eml`, what most mail programs save or "download" a message as):
//! who sent it and to whom, the subject, the date as the message itself writes it, the text (the
//! plain part, or the HTML part's words when there is no plain one), and its attached files.
//!
//! Encoded headers (`=?UTF-8?B?…?=`), quoted-printable and base64 bodies and older character
//! sets (Windows-1252, ISO-8859-x, Shift_JIS…) are decoded by `mail-parser`. A file that is not
//! an e-mail (no sender and no date) is refused whole; a message with more or larger files than
//! fit is refused whole too, saying so, rather than brought in without some of them.

use chrono::{DateTime, FixedOffset};
use mail_parser::{MessageParser, MimeHeaders};
use thiserror::Error;

/// At most this many bytes in one e-mail file.
pub const MAX_EMAIL_BYTES: usize = 128 * 1024 * 1024;
/// At most this many attached files in one e-mail.
pub const MAX_EMAIL_FILES: usize = 60;
/// Each attached file at most this many bytes.
pub const MAX_EMAIL_FILE_BYTES: usize = 64 * 1024 * 1024;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum EmailError {
    #[error("the file is too large")]
    TooLarge,
    #[error("the file is not an e-mail")]
    NotAnEmail,
    #[error("the e-mail has too many attached files")]
    TooManyFiles,
    #[error("an attached file is too large")]
    FileTooLarge,
}

/// One attached file, decoded.
#[derive(Clone, PartialEq, Eq)]
pub struct EmailFile {
    pub name: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
}

// Names and bytes of a person's files: never in a log.
impl std::fmt::Debug for EmailFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmailFile")
            .field("bytes", &self.bytes.len())
            .finish_non_exhaustive()
    }
}

/// What an e-mail says, decoded.
#[derive(Clone, PartialEq, Eq)]
pub struct Email {
    /// "Name <address>", or the address alone.
    pub from: String,
    pub to: String,
    pub subject: String,
    /// The Date header exactly as written in the message (empty when it has none).
    pub date_as_written: String,
    /// That date read, with the sender's own offset; `None` when it has none or it cannot be read.
    pub sent_at: Option<DateTime<FixedOffset>>,
    pub text: String,
    pub files: Vec<EmailFile>,
}

impl std::fmt::Debug for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Email")
            .field("sent_at", &self.sent_at)
            .field("files", &self.files.len())
            .finish_non_exhaustive()
    }
}

fn addresses(a: Option<&mail_parser::Address<'_>>) -> String {
    let Some(a) = a else {
        return String::new();
    };
    a.iter()
        .map(|addr| {
            let name = addr.name.as_deref().map(str::trim).unwrap_or_default();
            let address = addr.address.as_deref().map(str::trim).unwrap_or_default();
            match (name.is_empty(), address.is_empty()) {
                (false, false) if name != address => format!("{name} <{address}>"),
                (false, _) => name.to_owned(),
                _ => address.to_owned(),
            }
        })
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads one e-mail file whole.
pub fn read_email(bytes: &[u8]) -> Result<Email, EmailError> {
    if bytes.len() > MAX_EMAIL_BYTES {
        return Err(EmailError::TooLarge);
    }
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or(EmailError::NotAnEmail)?;
    let from = addresses(message.from());
    let date_as_written = message
        .header_raw("Date")
        .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    // A file with neither a sender nor a date is not a message someone received.
    if from.is_empty() && date_as_written.is_empty() {
        return Err(EmailError::NotAnEmail);
    }
    let sent_at = message
        .date()
        .filter(|d| d.is_valid())
        .and_then(|d| DateTime::parse_from_rfc3339(&d.to_rfc3339()).ok());
    // The plain part, or (mail-parser's reading of) the HTML part's words when there is none.
    let text = message
        .body_text(0)
        .map(|t| t.replace("\r\n", "\n").trim_end().to_owned())
        .unwrap_or_default();
    let mut files = Vec::new();
    for (n, part) in message.attachments().enumerate() {
        if files.len() >= MAX_EMAIL_FILES {
            return Err(EmailError::TooManyFiles);
        }
        let contents = part.contents();
        if contents.len() > MAX_EMAIL_FILE_BYTES {
            return Err(EmailError::FileTooLarge);
        }
        let media_type = part
            .content_type()
            .map(|ct| match ct.subtype() {
                Some(sub) => format!("{}/{}", ct.ctype(), sub),
                None => ct.ctype().to_owned(),
            })
            .unwrap_or_else(|| "application/octet-stream".to_owned())
            .to_ascii_lowercase();
        let name = part
            .attachment_name()
            .map(str::to_owned)
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| {
                if part.is_message() {
                    format!("attached message {}.eml", n + 1)
                } else {
                    format!("attached file {}", n + 1)
                }
            });
        files.push(EmailFile {
            name,
            media_type,
            bytes: contents.to_vec(),
        });
    }
    Ok(Email {
        from,
        to: addresses(message.to()),
        subject: message.subject().unwrap_or_default().trim().to_owned(),
        date_as_written,
        sent_at,
        text,
        files,
    })
}

/// The entry an e-mail makes: what it says, with who sent it and when as the message writes it,
/// happening when it was sent (or at `fallback`, when the message has no date that reads). The
/// file itself and its attached files go with it (`Store::record_imported`).
pub fn email_entry(
    email: &Email,
    kind: harbour_store::IncidentKind,
    fallback: chrono::DateTime<chrono::Utc>,
) -> harbour_store::IncidentFields {
    use harbour_store::{MAX_TEXT_CHARS, plain_name};
    let sent = if email.date_as_written.is_empty() {
        "at a time the e-mail does not give".to_owned()
    } else {
        format!("{} (as written in the e-mail)", email.date_as_written)
    };
    let from = if email.from.is_empty() {
        "someone the e-mail does not name".to_owned()
    } else {
        format!("“{}”", plain_name(&email.from))
    };
    let mut text = format!("E-mail from {from}, sent {sent}.");
    if !email.to.is_empty() {
        text.push_str(&format!("\nTo: {}", plain_name(&email.to)));
    }
    if !email.subject.is_empty() {
        text.push_str(&format!("\nSubject: {}", email.subject));
    }
    text.push_str("\n\n");
    // The whole message is kept in the attached file; what does not fit here is said to be there.
    const NOTE: &str = "\n\n(The rest is in the attached e-mail file.)";
    let room = MAX_TEXT_CHARS.saturating_sub(text.chars().count() + NOTE.chars().count());
    if email.text.chars().count() > room {
        text.extend(email.text.chars().take(room));
        text.push_str(NOTE);
    } else {
        text.push_str(&email.text);
    }
    let at = email
        .sent_at
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap_or(fallback);
    harbour_store::IncidentFields::new(at, kind, &text)
}
