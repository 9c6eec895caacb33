//! Evidence files (photos, screenshots, recordings, letters) stored inside the database, so
//! SQLCipher encrypts them with everything else and no plaintext copy sits in a folder.
//!
//! The SHA-256 of the original bytes is computed at import and never changes; attaching a file
//! to an incident revision puts that hash into the revision's chain entry. Attachments are
//! immutable, and one that any revision references can never be deleted (SQL triggers).

use chrono::{DateTime, Utc};
use harbour_reason::reason;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::time::{from_micros, new_id, now, to_micros};
use crate::{Store, StoreError};

/// The largest file that can be attached. Big enough for phone photos, screenshots and short
/// recordings; whole videos belong with the police, not in a vault that is backed up whole.
pub const MAX_ATTACHMENT_BYTES: usize = 64 * 1024 * 1024;

/// Facts about an attachment, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AttachmentMeta {
    pub id: String,
    pub file_name: String,
    pub media_type: String,
    pub size: u64,
    /// Lower-case hex SHA-256 of the original bytes, computed at import.
    pub sha256: String,
    pub added_at: DateTime<Utc>,
}

const COLUMNS: &str = "id, file_name, media_type, size, sha256, added_at";

fn from_row(
    r: &rusqlite::Row<'_>,
) -> rusqlite::Result<(String, String, String, i64, Vec<u8>, i64)> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
    ))
}

fn to_meta(
    (id, file_name, media_type, size, sha256, added_at): (
        String,
        String,
        String,
        i64,
        Vec<u8>,
        i64,
    ),
) -> Result<AttachmentMeta, StoreError> {
    Ok(AttachmentMeta {
        id,
        file_name,
        media_type,
        size: u64::try_from(size).map_err(|_| StoreError::Corrupt("negative size".into()))?,
        sha256: hex::encode(sha256),
        added_at: from_micros(added_at)?,
    })
}

/// A name as it may be shown: without control characters, and without those that turn text
/// around ("photo\u{202e}gpj.exe" shown as "photoexe.jpg").
pub fn plain_name(name: &str) -> String {
    name.chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(
                    c,
                    '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
                )
        })
        .collect()
}

/// Keeps only the final path component: a name, never a path from the source machine.
fn clean_file_name(name: &str) -> Result<String, StoreError> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("").trim();
    let base = plain_name(base);
    if base.is_empty() {
        return Err(StoreError::invalid(reason("attachments-file-needs-name")));
    }
    if base.chars().count() > 255 {
        return Err(StoreError::invalid(reason(
            "attachments-file-name-too-long",
        )));
    }
    Ok(base)
}

/// Whether a file is held by something: an incident revision, a draft, or a profile's photo.
pub(crate) fn in_use(conn: &Connection, id: &str) -> Result<bool, StoreError> {
    Ok(conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM incident_revision_attachments WHERE attachment_id = ?1)
             OR EXISTS(SELECT 1 FROM draft_attachments WHERE attachment_id = ?1)
             OR EXISTS(SELECT 1 FROM harm_profiles WHERE json_extract(fields, '$.photo') = ?1)",
        [id],
        |r| r.get(0),
    )?)
}

pub(crate) fn meta(conn: &Connection, id: &str) -> Result<AttachmentMeta, StoreError> {
    let row = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM attachments WHERE id = ?1"),
            [id],
            from_row,
        )
        .optional()?
        .ok_or(StoreError::NotFound)?;
    to_meta(row)
}

/// The attachments a revision carries, in order.
pub(crate) fn for_revision(conn: &Connection, seq: i64) -> Result<Vec<AttachmentMeta>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.file_name, a.media_type, a.size, a.sha256, a.added_at
         FROM incident_revision_attachments l JOIN attachments a ON a.id = l.attachment_id
         WHERE l.seq = ?1 ORDER BY l.position",
    )?;
    stmt.query_map([seq], from_row)?
        .map(|r| r.map_err(StoreError::from).and_then(to_meta))
        .collect()
}

/// Re-hashes the stored bytes and compares them with the hash taken at import.
pub(crate) fn bytes_intact(conn: &Connection, id: &str) -> Result<bool, StoreError> {
    let row: Option<(Vec<u8>, i64, Vec<u8>)> = conn
        .query_row(
            "SELECT a.sha256, a.size, b.bytes FROM attachments a
             JOIN attachment_blobs b ON b.attachment_id = a.id WHERE a.id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    Ok(match row {
        Some((sha, size, bytes)) => {
            i64::try_from(bytes.len()).ok() == Some(size)
                && Sha256::digest(&bytes).as_slice() == sha.as_slice()
        }
        None => false,
    })
}

/// A file checked and hashed, ready to go into the vault (alone, or in the same transaction as
/// the incidents that name it).
pub(crate) struct NewAttachment<'a> {
    file_name: String,
    media_type: String,
    bytes: &'a [u8],
    sha: [u8; 32],
    size: i64,
}

impl<'a> NewAttachment<'a> {
    pub(crate) fn check(
        file_name: &str,
        media_type: &str,
        bytes: &'a [u8],
    ) -> Result<NewAttachment<'a>, StoreError> {
        if bytes.is_empty() {
            return Err(StoreError::invalid(reason("attachments-file-empty")));
        }
        if bytes.len() > MAX_ATTACHMENT_BYTES {
            return Err(StoreError::invalid(
                reason("attachments-file-too-large-mb")
                    .with("megabytes", MAX_ATTACHMENT_BYTES / (1024 * 1024)),
            ));
        }
        let file_name = clean_file_name(file_name)?;
        let media_type = match media_type.trim() {
            "" => "application/octet-stream".to_owned(),
            m if m.len() > 255 || m.chars().any(char::is_control) => {
                return Err(StoreError::invalid(reason("attachments-file-type-valid")));
            }
            m => m.to_owned(),
        };
        let size = i64::try_from(bytes.len())
            .map_err(|_| StoreError::invalid(reason("attachments-file-too-large")))?;
        Ok(NewAttachment {
            file_name,
            media_type,
            bytes,
            sha: Sha256::digest(bytes).into(),
            size,
        })
    }

    /// Writes it inside `tx`; returns its new id.
    pub(crate) fn insert(&self, tx: &Connection) -> Result<String, StoreError> {
        let id = new_id();
        tx.execute(
            "INSERT INTO attachments(id, file_name, media_type, size, sha256, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            (
                &id,
                &self.file_name,
                &self.media_type,
                self.size,
                self.sha.as_slice(),
                to_micros(now()),
            ),
        )?;
        tx.execute(
            "INSERT INTO attachment_blobs(attachment_id, bytes) VALUES (?1, ?2)",
            (&id, self.bytes),
        )?;
        Ok(id)
    }
}

impl Store {
    /// Imports a file. It is not part of any incident until a revision lists its id.
    pub fn add_attachment(
        &mut self,
        file_name: &str,
        media_type: &str,
        bytes: &[u8],
    ) -> Result<AttachmentMeta, StoreError> {
        let file = NewAttachment::check(file_name, media_type, bytes)?;
        let id = self.write(|tx, _| file.insert(tx))?;
        self.attachment(&id)
    }

    /// When a file with exactly these bytes was first kept with an entry, if one ever was: a chat
    /// export brought in a second time is said before it writes every message again.
    pub fn brought_in_before(&self, bytes: &[u8]) -> Result<Option<DateTime<Utc>>, StoreError> {
        let sha: [u8; 32] = Sha256::digest(bytes).into();
        let first: Option<i64> = self.conn.query_row(
            "SELECT MIN(a.added_at) FROM attachments a WHERE a.sha256 = ?1
               AND EXISTS (SELECT 1 FROM incident_revision_attachments r
                           WHERE r.attachment_id = a.id)",
            [sha.as_slice()],
            |r| r.get(0),
        )?;
        first.map(from_micros).transpose()
    }

    pub fn attachment(&self, id: &str) -> Result<AttachmentMeta, StoreError> {
        meta(&self.conn, id)
    }

    /// The original bytes, checked against the import hash (`Corrupt` if they differ).
    pub fn attachment_bytes(&self, id: &str) -> Result<Vec<u8>, StoreError> {
        let (sha, bytes): (Vec<u8>, Vec<u8>) = self
            .conn
            .query_row(
                "SELECT a.sha256, b.bytes FROM attachments a
                 JOIN attachment_blobs b ON b.attachment_id = a.id WHERE a.id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        if Sha256::digest(&bytes).as_slice() != sha.as_slice() {
            return Err(StoreError::Corrupt(
                "attachment bytes do not match their hash".into(),
            ));
        }
        Ok(bytes)
    }

    /// Removes an imported file that no incident revision uses (e.g. the person changed their
    /// mind before saving). Files that are part of the record stay.
    pub fn discard_attachment(&mut self, id: &str) -> Result<(), StoreError> {
        self.write(|tx, _| {
            if in_use(tx, id)? {
                return Err(StoreError::invalid(reason(
                    "attachments-file-part-incident-record-draft",
                )));
            }
            tx.execute(
                "DELETE FROM attachment_blobs WHERE attachment_id = ?1",
                [id],
            )?;
            if tx.execute("DELETE FROM attachments WHERE id = ?1", [id])? == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(())
        })
    }

    /// Removes every imported file that no incident revision and no draft uses: files added to a
    /// form that was then cancelled. Run when a vault is opened, when nothing is being edited.
    /// Returns how many were removed.
    pub fn discard_unused_attachments(&mut self) -> Result<usize, StoreError> {
        self.write(|tx, _| {
            // A profile's photo is kept while the profile holds it.
            const UNUSED: &str = "NOT IN (SELECT attachment_id FROM incident_revision_attachments
                                  UNION SELECT attachment_id FROM draft_attachments
                                  UNION SELECT json_extract(fields, '$.photo') FROM harm_profiles
                                      WHERE json_extract(fields, '$.photo') IS NOT NULL)";
            tx.execute(
                &format!("DELETE FROM attachment_blobs WHERE attachment_id {UNUSED}"),
                [],
            )?;
            Ok(tx.execute(&format!("DELETE FROM attachments WHERE id {UNUSED}"), [])?)
        })
    }
}
