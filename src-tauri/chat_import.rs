//! Bringing a WhatsApp chat export in as incidents, in two steps: `chat_read` opens the
//! computer's own Open dialog (from Rust: the page never sees a path), reads the file whole and
//! says what is in it; `chat_import` then brings in the messages of the senders the person chose,
//! each as its own entry or all as one, with the export attached whole to each, in one
//! transaction. Between the two, what was read is held in memory only and only for this opening:
//! every hide and every case switch drops it.

use std::sync::Mutex;

use chrono::Local;
use harbour_import::{
    ChatArchive, ChatChoice, DateOrder, ImportError, entries_of, is_zip, read_whatsapp,
    read_whatsapp_zip,
};
use harbour_store::ImportedFile;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::commands::file_dialog;
use crate::error::{ApiError, ErrorCode};
use crate::session::Session;

/// An export read and waiting for the person's choice.
pub struct PendingChat {
    epoch: u64,
    file_name: String,
    bytes: Zeroizing<Vec<u8>>,
    /// The chat, and for a zip the files its messages name (none for a `.txt`).
    archive: ChatArchive,
}

/// Reads a `.txt` export, or a zip "with media".
fn read_export(bytes: &[u8], order: Option<DateOrder>) -> Result<ChatArchive, ImportError> {
    if is_zip(bytes) {
        return read_whatsapp_zip(bytes, order);
    }
    let chat = read_whatsapp(bytes, order)?;
    let media_of = vec![Vec::new(); chat.messages.len()];
    Ok(ChatArchive {
        chat,
        media: Vec::new(),
        media_of,
        unnamed: 0,
    })
}

/// The one export waiting, if any (see `Session::forget_chat`).
#[derive(Default)]
pub struct ChatSlot(Mutex<Option<PendingChat>>);

impl ChatSlot {
    pub fn forget(&self) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

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
    let message = match e {
        ImportError::NotText => {
            "This file is not a chat export (it is not text). Choose the .txt file WhatsApp made \
             with \"Export chat\". Nothing was brought in."
                .to_owned()
        }
        ImportError::TooLarge => "This file is too large to bring in at once. Nothing was brought \
                                  in."
        .to_owned(),
        ImportError::NoMessages => {
            "No messages were found in this file. Nothing was brought in.".to_owned()
        }
        ImportError::Unreadable { lines, count } => {
            let listed: Vec<String> = lines.iter().map(ToString::to_string).collect();
            let more = if count > lines.len() {
                format!(" and {} more", count - lines.len())
            } else {
                String::new()
            };
            format!(
                "Some lines of this file could not be read as messages (line {}{more}). Is it the \
                 file WhatsApp made with \"Export chat\", unchanged? Nothing was brought in.",
                listed.join(", ")
            )
        }
        ImportError::MixedOrder {
            day_first,
            month_first,
        } => format!(
            "The dates in this file are written in two different ways (line {day_first} puts the \
             day first, line {month_first} the month). Nothing was brought in."
        ),
    };
    ApiError::new(ErrorCode::Invalid, message)
}

fn summary(file_name: &str, archive: &ChatArchive) -> ChatSummary {
    let export = &archive.chat;
    let mut senders: Vec<SenderCount> = Vec::new();
    for m in &export.messages {
        match senders.iter_mut().find(|s| s.name == m.sender) {
            Some(s) => s.messages += 1,
            None => senders.push(SenderCount {
                name: m.sender.clone(),
                messages: 1,
            }),
        }
    }
    senders.sort_by(|a, b| b.messages.cmp(&a.messages).then(a.name.cmp(&b.name)));
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    ChatSummary {
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
    }
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
        let mut slot = chats.0.lock().unwrap_or_else(|p| p.into_inner());
        let pending = slot
            .as_mut()
            .filter(|p| p.epoch == epoch)
            .ok_or_else(gone)?;
        pending.archive = read_export(&pending.bytes, Some(order)).map_err(import_error)?;
        return Ok(Some(summary(&pending.file_name, &pending.archive)));
    }
    let Some(path) = file_dialog(&app)?
        .set_title("Open")
        .add_filter("Chat export", &["txt", "zip"])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
    else {
        return Ok(None);
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "chat.txt".to_owned());
    let bytes = Zeroizing::new(read_whole(&path)?);
    let archive = read_export(&bytes, None).map_err(import_error)?;
    let shown = summary(&file_name, &archive);
    // Read after a hide: nothing is kept for a later opening.
    if session.epoch() != epoch {
        return Err(ApiError::locked());
    }
    *chats.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(PendingChat {
        epoch,
        file_name,
        bytes,
        archive,
    });
    Ok(Some(shown))
}

fn read_whole(path: &std::path::Path) -> Result<Vec<u8>, ApiError> {
    use std::io::Read;
    let unreadable = || {
        ApiError::new(
            ErrorCode::Invalid,
            "That file could not be read. Nothing was brought in.",
        )
    };
    let file = std::fs::File::open(path).map_err(|_| unreadable())?;
    let mut bytes = Vec::new();
    file.take(MAX_CHAT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| unreadable())?;
    if bytes.len() as u64 > MAX_CHAT_BYTES {
        return Err(import_error(ImportError::TooLarge));
    }
    Ok(bytes)
}

fn gone() -> ApiError {
    ApiError::new(
        ErrorCode::Invalid,
        "Please choose the chat file again. Nothing was brought in.",
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
    let pending = chats
        .0
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take()
        .filter(|p| p.epoch == epoch)
        .ok_or_else(gone)?;
    let archive = &pending.archive;
    let (entries, messages) = entries_of(&archive.chat, &archive.media_of, &choice, &Local);
    if entries.is_empty() {
        // Kept, so the person can choose again.
        *chats.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(pending);
        return Err(ApiError::new(
            ErrorCode::Invalid,
            "None of the messages fits what you chose. Please choose again.",
        ));
    }
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
            if session.epoch() == epoch {
                *chats.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(pending);
            }
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
