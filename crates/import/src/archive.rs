//! A WhatsApp export "with media": a zip holding the chat (`_chat.txt` from an iPhone, `WhatsApp
//! Chat with ….txt` from Android) and the photos, voice notes and documents it names. The chat is
//! read as a `.txt` export is; each file a message names ("IMG-20240313-WA0001.jpg (file
//! attached)", "<attached: 00000012-PHOTO-….jpg>") goes with that message.
//!
//! A zip is read with limits, so a crafted one cannot fill memory: at most 2,000 files, each at
//! most 64 MiB as stored, 512 MiB in all; names that are paths are refused.

use std::io::Read;

use crate::whatsapp::{ChatExport, DateOrder, ImportError, read_whatsapp};

/// At most this many files in an archive.
const MAX_FILES: usize = 2_000;
/// At most this many bytes in one file, once unpacked (the vault's own limit for a file).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// At most this many bytes in all, unpacked.
const MAX_TOTAL_BYTES: u64 = 512 * 1024 * 1024;

/// One file from the archive, by its own name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChatArchive {
    pub chat: ChatExport,
    /// The files of the archive other than the chat, those some message names.
    pub media: Vec<MediaFile>,
    /// For each message (same order as `chat.messages`), the indexes into `media` it names.
    pub media_of: Vec<Vec<usize>>,
    /// Files in the archive no message names (left out).
    pub unnamed: usize,
}

/// Whether `bytes` are a zip (the local file header's signature).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Reads a zip export. `order`: as for [`read_whatsapp`].
pub fn read_whatsapp_zip(
    bytes: &[u8],
    order: Option<DateOrder>,
) -> Result<ChatArchive, ImportError> {
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| ImportError::NotText)?;
    if zip.len() > MAX_FILES {
        return Err(ImportError::TooLarge);
    }
    let mut chat: Option<Vec<u8>> = None;
    let mut files: Vec<MediaFile> = Vec::new();
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|_| ImportError::NotText)?;
        if entry.is_dir() {
            continue;
        }
        // Only plain names at the top (or one folder down, as some phones pack them).
        let path = entry.name().map_err(|_| ImportError::NotText)?.into_owned();
        let name = path.rsplit('/').next().unwrap_or_default().to_owned();
        if name.is_empty() || name.starts_with('.') || path.contains("..") || path.starts_with('/')
        {
            continue;
        }
        let mut data = Vec::new();
        (&mut entry)
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut data)
            .map_err(|_| ImportError::NotText)?;
        if data.len() as u64 > MAX_FILE_BYTES {
            return Err(ImportError::TooLarge);
        }
        total += data.len() as u64;
        if total > MAX_TOTAL_BYTES {
            return Err(ImportError::TooLarge);
        }
        let is_chat =
            name == "_chat.txt" || (name.starts_with("WhatsApp Chat") && name.ends_with(".txt"));
        if is_chat && chat.is_none() {
            chat = Some(data);
        } else {
            files.push(MediaFile { name, bytes: data });
        }
    }
    // Phones in other languages name the chat in their own words: one text file is the chat.
    if chat.is_none() {
        let texts: Vec<usize> = (0..files.len())
            .filter(|&n| files[n].name.to_ascii_lowercase().ends_with(".txt"))
            .collect();
        if let [only] = texts[..] {
            chat = Some(files.remove(only).bytes);
        }
    }
    let chat = read_whatsapp(&chat.ok_or(ImportError::NoMessages)?, order)?;
    let by_name: std::collections::HashMap<&str, usize> = files
        .iter()
        .enumerate()
        .map(|(n, f)| (f.name.as_str(), n))
        .collect();
    let mut used = vec![false; files.len()];
    let media_of: Vec<Vec<usize>> = chat
        .messages
        .iter()
        .map(|m| {
            named_files(&m.text)
                .filter_map(|name| by_name.get(name).copied())
                .inspect(|n| used[*n] = true)
                .collect()
        })
        .collect();
    // Only the files a message names are kept; the numbers of the rest are said.
    let unnamed = used.iter().filter(|u| !**u).count();
    let mut new_index = vec![usize::MAX; files.len()];
    let mut media = Vec::new();
    for (n, f) in files.into_iter().enumerate() {
        if used[n] {
            new_index[n] = media.len();
            media.push(f);
        }
    }
    let media_of = media_of
        .into_iter()
        .map(|ids| ids.into_iter().map(|n| new_index[n]).collect())
        .collect();
    Ok(ChatArchive {
        chat,
        media,
        media_of,
        unnamed,
    })
}

/// The file names a message's text gives as attached: "NAME (file attached)" (Android) and
/// "<attached: NAME>" (iPhone), one per line.
fn named_files(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|line| {
        let line = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{200e}');
        if let Some(rest) = line.strip_prefix("<attached: ") {
            return rest.strip_suffix('>').map(str::trim);
        }
        line.strip_suffix(" (file attached)").map(str::trim)
    })
}

#[cfg(test)]
mod tests {
    use super::named_files;

    #[test]
    fn file_names_as_each_phone_writes_them() {
        let names: Vec<&str> =
            named_files("IMG-20240313-WA0001.jpg (file attached)\nlook").collect();
        assert_eq!(names, ["IMG-20240313-WA0001.jpg"]);
        let names: Vec<&str> =
            named_files("\u{200e}<attached: 00000012-PHOTO-2025-11-02-23-41-30.jpg>").collect();
        assert_eq!(names, ["00000012-PHOTO-2025-11-02-23-41-30.jpg"]);
        assert_eq!(named_files("I attached nothing").count(), 0);
    }
}
