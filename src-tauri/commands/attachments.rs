//! Files attached to entries: added from the page (bytes in the request body), described,
//! shown from memory, and what was copied noted for clearing at the next hide.

use harbour_reason::reason;
use harbour_store::AttachmentMeta;
use tauri::ipc::{InvokeBody, Request, Response};
use tauri::{AppHandle, Runtime, State};

use crate::error::{ApiError, ErrorCode};
use crate::session::Session;

/// Imports a file. The page sends the bytes as the raw request body (no JSON, no base64) with
/// the name (percent-encoded) and media type in headers; they go straight into the encrypted
/// database and nowhere else.
#[tauri::command]
pub fn add_attachment(
    session: State<'_, Session>,
    request: Request<'_>,
) -> Result<AttachmentMeta, ApiError> {
    let InvokeBody::Raw(bytes) = request.body() else {
        return Err(ApiError::new(
            ErrorCode::Invalid,
            reason("attachments-file-could-read-added"),
        ));
    };
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    };
    let file_name = percent_decode(header("x-file-name"));
    let file_name = if file_name.trim().is_empty() {
        "file".to_owned()
    } else {
        file_name
    };
    let media_type = match header("x-media-type") {
        "" => "application/octet-stream",
        t => t,
    };
    session.with_vault(|v| {
        Ok(v.records_mut()
            .add_attachment(&file_name, media_type, bytes)?)
    })
}

#[tauri::command]
pub fn attachment_info(
    session: State<'_, Session>,
    ids: Vec<String>,
) -> Result<Vec<AttachmentMeta>, ApiError> {
    session.with_vault(|v| {
        let store = v.records();
        Ok(ids
            .iter()
            .map(|id| store.attachment(id))
            .collect::<Result<_, _>>()?)
    })
}

/// The decrypted bytes, sent to the page as a raw response and kept there in memory only (off
/// the main thread: a file can be 64 MiB, read and hashed again).
#[tauri::command(async)]
pub fn attachment_bytes(session: State<'_, Session>, id: String) -> Result<Response, ApiError> {
    session.with_vault(|v| Ok(Response::new(v.records().attachment_bytes(&id)?)))
}

/// The person copied text from an open screen. Only its hash is kept, so that a quick hide can
/// tell whether the clipboard still holds it and clear it. Where the system keeps a clipboard
/// history or a cloud clipboard, the app (not the page) puts it on the clipboard, marked as not
/// to be kept there.
/// Answers whether the text was taken (false once hidden: nothing is put on the clipboard
/// after a hide, and a cut keeps its text).
#[tauri::command]
pub fn note_copied<R: Runtime>(
    app: AppHandle<R>,
    session: State<'_, Session>,
    text: String,
) -> bool {
    if !session.is_open() {
        return false;
    }
    session.note_copied(&text);
    crate::platform::copy_privately(&app, &text);
    true
}

/// Decodes `%XX` escapes (from `encodeURIComponent`); anything malformed is kept as typed.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((hi * 16 + lo) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn percent_decoding_round_trips_encode_uri_component() {
        assert_eq!(percent_decode("photo%201.jpg"), "photo 1.jpg");
        assert_eq!(percent_decode("caf%C3%A9.png"), "café.png");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("bad%zzname"), "bad%zzname");
        assert_eq!(percent_decode("end%4"), "end%4");
    }
}
