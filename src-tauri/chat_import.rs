//! Bringing a WhatsApp chat export (or a plain list of messages) in as incidents, in two steps: `chat_read` opens the
//! computer's own Open dialog (from Rust: the page never sees a path), reads the file whole and
//! says what is in it; `chat_import` then brings in the messages of the senders the person chose,
//! each as its own entry or all as one, with the export attached whole to each, in one
//! transaction. Between the two, what was read is held in memory only and only for this opening:
//! every hide and every case switch drops it.

use chrono::Local;
use harbour_import::{
    ChatArchive, ChatChoice, DateOrder, ImportError, entries_of, is_zip, read_message_list,
    read_whatsapp, read_whatsapp_zip,
};
use harbour_reason::reason;
use harbour_store::ImportedFile;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::error::{ApiError, ErrorCode};
use crate::files::choose_file;
use crate::pending::{OfOpening, Pending, read_whole};
use crate::session::Session;

/// An export read and waiting for the person's choice.
pub struct PendingChat {
    epoch: u64,
    file_name: String,
    bytes: Zeroizing<Vec<u8>>,
    /// The chat, and for a zip the files its messages name (none for a `.txt`).
    archive: ChatArchive,
}

/// Reads a `.txt` export, a zip "with media", or a plain list of messages (tried when the text
/// is not a WhatsApp export; if it is neither, the refusal that found fewer lines it could not
/// read is given: the one closer to what the file is).
fn read_export(bytes: &[u8], order: Option<DateOrder>) -> Result<ChatArchive, ImportError> {
    if is_zip(bytes) {
        return read_whatsapp_zip(bytes, order);
    }
    let chat = match read_whatsapp(bytes, order) {
        Ok(chat) => chat,
        Err(e @ (ImportError::Unreadable { .. } | ImportError::NoMessages)) => {
            match (read_message_list(bytes, order), e) {
                (Ok(list), _) => list,
                (
                    Err(list @ ImportError::Unreadable { count: l, .. }),
                    ImportError::Unreadable { count: w, .. },
                ) if l < w => return Err(list),
                (Err(_), e) => return Err(e),
            }
        }
        Err(e) => return Err(e),
    };
    let media_of = vec![Vec::new(); chat.messages.len()];
    Ok(ChatArchive {
        chat,
        media: Vec::new(),
        media_of,
        unnamed: 0,
    })
}

/// The one export waiting, if any. Every hide empties it (`hide.rs`); one read in an earlier
/// opening (before a hide or a case switch) is never used, by its epoch.
pub type ChatSlot = Pending<PendingChat>;

impl OfOpening for PendingChat {
    fn epoch(&self) -> u64 {
        self.epoch
    }
}

/// People who wrote in one chat: WhatsApp groups hold at most 1,024.
const MAX_SENDERS: usize = 1_024;

/// What an export holds, for the person to choose from.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct ChatSummary {
    pub file_name: String,
    pub messages: u32,
    /// Everyone who wrote in it, most messages first.
    pub senders: Vec<SenderCount>,
    /// The first and the last message's date and time, as the export wrote them.
    pub first: String,
    pub last: String,
    pub order: DateOrder,
    /// Every date could be read day first or month first: the person is asked which.
    pub order_was_ambiguous: bool,
    /// Lines the app wrote (not messages), left out.
    pub notices: u32,
    /// Files (photos, voice notes) its messages name, brought in with them.
    pub files: u32,
    /// Files in a zip no message names, left out.
    pub files_left_out: u32,
    /// Lines (at most 20) that look like a new message but were kept as words of the one before
    /// (they run back in time, or their date cannot be one): a sign of the wrong date order.
    pub lines_kept_as_text: Vec<u32>,
    /// This very file was brought in before, at this time (bringing it in again writes its
    /// messages again).
    pub brought_in_before: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct SenderCount {
    pub name: String,
    pub messages: u32,
}

#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct ChatImported {
    pub entries: u32,
    pub messages: u32,
}

/// An export is read whole into memory: larger ones are refused.
const MAX_CHAT_BYTES: u64 = harbour_import::whatsapp::MAX_EXPORT_BYTES as u64;

fn import_error(e: ImportError) -> ApiError {
    let why = match e {
        ImportError::NotText => reason("chat-import-not-text"),
        ImportError::TooLarge => reason("chat-import-too-large"),
        ImportError::NoMessages => reason("chat-import-no-messages"),
        ImportError::Unreadable { lines, count } => {
            let listed: Vec<String> = lines.iter().map(ToString::to_string).collect();
            reason("chat-import-unreadable-lines")
                .with("lines", listed.join(", "))
                .with("more", count.saturating_sub(lines.len()))
        }
        ImportError::MixedOrder {
            day_first,
            month_first,
        } => reason("chat-import-mixed-order")
            .with("dayFirst", day_first)
            .with("monthFirst", month_first),
    };
    ApiError::new(ErrorCode::Invalid, why)
}

fn summary(file_name: &str, archive: &ChatArchive) -> Result<ChatSummary, ApiError> {
    let export = &archive.chat;
    let mut counts: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for m in &export.messages {
        *counts.entry(m.sender.as_str()).or_default() += 1;
        if counts.len() > MAX_SENDERS {
            return Err(ApiError::new(
                ErrorCode::Invalid,
                reason("chat-import-more-people-wrote-file-whatsapp"),
            ));
        }
    }
    let mut senders: Vec<SenderCount> = counts
        .into_iter()
        .map(|(name, messages)| SenderCount {
            name: name.to_owned(),
            messages,
        })
        .collect();
    senders.sort_by(|a, b| b.messages.cmp(&a.messages).then(a.name.cmp(&b.name)));
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Ok(ChatSummary {
        file_name: file_name.to_owned(),
        messages: count(export.messages.len()),
        senders,
        first: export
            .messages
            .first()
            .map(|m| m.sent_as_written.clone())
            .unwrap_or_default(),
        last: export
            .messages
            .last()
            .map(|m| m.sent_as_written.clone())
            .unwrap_or_default(),
        order: export.order,
        order_was_ambiguous: export.order_was_ambiguous,
        notices: count(export.notices),
        files: count(archive.media.len()),
        files_left_out: count(archive.unnamed),
        lines_kept_as_text: export
            .kept_as_text
            .iter()
            .take(20)
            .map(|&l| count(l))
            .collect(),
        brought_in_before: None,
    })
}

/// Opens the Open dialog and reads the chosen export; `None` if the dialog was closed. With
/// `order`, reads the export already chosen again in that date order (no dialog).
#[tauri::command]
pub async fn chat_read<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    chats: State<'_, ChatSlot>,
    order: Option<DateOrder>,
) -> Result<Option<ChatSummary>, ApiError> {
    let epoch = session.epoch();
    session.with_vault_since(epoch, |_| Ok(()))?;
    if let Some(order) = order {
        // Read again outside the lock (a hide never waits for it), the old reading dropped first.
        let mut pending = chats.take_for(epoch).ok_or_else(gone)?;
        pending.archive = ChatArchive::default();
        let read = read_export(&pending.bytes, Some(order)).map_err(import_error);
        let before = session.with_vault_since(epoch, |v| {
            Ok(v.records().brought_in_before(&pending.bytes)?)
        })?;
        let shown = read.and_then(|archive| {
            let mut shown = summary(&pending.file_name, &archive)?;
            shown.brought_in_before = before;
            pending.archive = archive;
            Ok(shown)
        })?;
        chats.put_back(&session, pending);
        return Ok(Some(shown));
    }
    let words = session.words();
    let kind = words.get("dialog-kind-text-or-zip");
    let Some(path) = choose_file(
        &app,
        &words.get("dialog-open"),
        Some((&kind, &["txt", "zip"])),
    )?
    else {
        return Ok(None);
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "chat.txt".to_owned());
    let bytes = Zeroizing::new(read_whole(&path, MAX_CHAT_BYTES, || {
        import_error(ImportError::TooLarge)
    })?);
    let archive = read_export(&bytes, None).map_err(import_error)?;
    let mut shown = summary(&file_name, &archive)?;
    shown.brought_in_before =
        session.with_vault_since(epoch, |v| Ok(v.records().brought_in_before(&bytes)?))?;
    // Read after a hide: nothing is kept for a later opening (checked under the slot's lock).
    chats.put_back(
        &session,
        PendingChat {
            epoch,
            file_name,
            bytes,
            archive,
        },
    );
    if session.epoch() != epoch {
        return Err(ApiError::locked());
    }
    Ok(Some(shown))
}

fn gone() -> ApiError {
    ApiError::new(
        ErrorCode::Invalid,
        reason("chat-import-choose-chat-file-again-brought"),
    )
}

/// Brings in the export read by `chat_read`, as the person chose.
#[tauri::command(async)]
pub fn chat_import(
    session: State<'_, Session>,
    chats: State<'_, ChatSlot>,
    choice: ChatChoice,
) -> Result<ChatImported, ApiError> {
    let epoch = session.epoch();
    let pending = chats.take_for(epoch).ok_or_else(gone)?;
    let archive = &pending.archive;
    let made = entries_of(&archive.chat, &archive.media_of, &choice, &Local);
    let (entries, messages) = match made {
        Ok((entries, messages)) if !entries.is_empty() => (entries, messages),
        refused => {
            let why = match refused {
                Err(harbour_import::TooMuchForOne { fit }) => {
                    reason("chat-import-too-much-for-one").with("fit", fit)
                }
                _ => reason("chat-import-none-fits"),
            };
            // Kept, so the person can choose again.
            chats.put_back(&session, pending);
            return Err(ApiError::new(ErrorCode::Invalid, why));
        }
    };
    let media_type = if is_zip(&pending.bytes) {
        "application/zip"
    } else {
        "text/plain"
    };
    let media: Vec<ImportedFile<'_>> = archive
        .media
        .iter()
        .map(|m| ImportedFile {
            name: &m.name,
            media_type: media_type_of(&m.name),
            bytes: &m.bytes,
        })
        .collect();
    let made = session.with_vault_since(epoch, |v| {
        Ok(v.records_mut().record_imported(
            ImportedFile {
                name: &pending.file_name,
                media_type,
                bytes: &pending.bytes,
            },
            &media,
            &entries,
        )?)
    });
    drop(media);
    match made {
        Ok(ids) => Ok(ChatImported {
            entries: u32::try_from(ids.len()).unwrap_or(u32::MAX),
            messages: u32::try_from(messages).unwrap_or(u32::MAX),
        }),
        Err(e) => {
            // Nothing was written: the person may try again without choosing the file again.
            chats.put_back(&session, pending);
            Err(e)
        }
    }
}

/// The type of a file from a chat, by its name (the phone's own names end in what they are).
fn media_type_of(name: &str) -> &'static str {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or_default();
    match ext {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "mp4" => "video/mp4",
        "opus" | "ogg" => "audio/ogg",
        "m4a" => "audio/mp4",
        "pdf" => "application/pdf",
        "vcf" => "text/vcard",
        "txt" => "text/plain",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_plain_list_is_read_when_the_text_is_not_a_whatsapp_export() {
        let list = b"12/03/2026 21:15 Tom: Where are you\n12/03/2026 21:16 Tom: Answer me\n";
        let read = read_export(list, None).unwrap();
        assert_eq!(read.chat.messages.len(), 2);
        assert_eq!(read.chat.messages[0].sent_as_written, "12/03/2026 21:15");
        // A WhatsApp export is still read as one (its notices counted).
        let chat = b"12/03/2024, 21:10 - Messages are end-to-end encrypted.\n12/03/2024, 21:15 - Tom: hi\n";
        assert_eq!(read_export(chat, None).unwrap().chat.notices, 1);
        // Neither: the refusal closer to the file, with its lines.
        assert_eq!(
            read_export(b"notes\n12/03/2026 21:15 Tom: hi\n", None).err(),
            Some(ImportError::Unreadable {
                lines: vec![1],
                count: 1
            })
        );
        assert_eq!(
            read_export(b"notes\n12/03/2024, 21:15 - Tom: hi\n", None).err(),
            Some(ImportError::Unreadable {
                lines: vec![1],
                count: 1
            })
        );
    }
}
