//! Files the person chooses to show their advocate, and the advocate's copies of them.
//!
//! Files stay on the person's computer unless they choose one, on one entry: only then does it
//! go, and only while the incident log is shared. Each chosen file is named in the shared view
//! of the log ([`SharedFile`], in `shared_records.rs`) with the hash of each of its parts, and
//! its bytes travel separately, cut into parts of [`PART_BYTES`] that each fill one sealed frame.
//!
//! **The person's side** keeps the choices (`files_to_share`), each file's part hashes (made
//! once, when first chosen: `file_part_hashes`) and, per file (by its SHA-256), how many parts
//! in a row the relay has stored for each person the log is shared with, and the relay's number
//! of the last (`file_sends`, per link: the choice of files is one for everyone who sees the
//! log, since they all see the same view of it). A part the relay lost shows in the advocate's
//! account of what it holds ([`Store::files_short`]): once they have read past the parts
//! delivered, the file goes again from the first part missing
//! ([`Store::compare_files_with_their_copy`]). A send carries on from there, so a file half
//! sent when the connection dropped (or the app was hidden) goes on from the next part, not from
//! the start. Taking a file back, or no longer sharing the log, forgets how much was sent, and
//! the sync engine checks before posting each part that it is still wanted
//! ([`Store::file_still_shown`]), so no part goes after the person took it back.
//!
//! **The advocate's side** keeps the files the view names and their part hashes
//! (`listed_files`, refreshed with the view: [`Store::forget_unlisted_files`]); a part of a named
//! file whose hash is not the one named is refused before it is kept, so someone holding the
//! case key cannot spoil a file by sending a part first. Parts wait in `received_file_parts`;
//! when the last is here they are put together, the size and the whole file's SHA-256 checked,
//! and the file kept (`received_file_blobs`); parts that do not add up are all thrown away. What
//! the view does not name is bounded (a file no larger than the vault takes, at most
//! [`MAX_WAITING_BYTES`] of parts and unnamed files together), so the other side cannot fill the
//! advocate's disk, and it is removed when the view next changes. Everything is inside the
//! encrypted vault.

use harbour_reason::reason;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Seek, SeekFrom};

use rusqlite::{Connection, MAIN_DB, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::attachments::MAX_ATTACHMENT_BYTES;
use crate::shared_records::INCIDENT_LOG_ID;
use crate::sharing::{LinkId, shared_with_anyone};
use crate::time::{now, to_micros};
use crate::{Store, StoreError};

/// The bytes of a file one part carries (the last part carries what is left). With its
/// header, a part fills one frame of the largest size.
pub const PART_BYTES: usize = 1_000_000;
/// Parts waiting for the rest of their file, and whole files the person's view does not name,
/// at most, in one case (about four of the largest files): beyond this, more are refused until
/// what waits is complete or removed.
pub const MAX_WAITING_BYTES: i64 = 4 * MAX_ATTACHMENT_BYTES as i64;
/// Parts of a file the person's view has never named are kept this long before a change to the
/// view removes them: parts may come just before the view that names them.
const UNLISTED_GRACE_MICROS: i64 = 60 * 60 * 1_000_000;

/// The choices that count: a file the entry's latest version still carries.
const NAMED_CHOICES: &str = "SELECT f.incident_id, f.attachment_id, f.chosen_at
     FROM files_to_share f
     JOIN incidents_current c ON c.incident_id = f.incident_id
     JOIN incident_revision_attachments l
       ON l.seq = c.head_seq AND l.attachment_id = f.attachment_id";

/// A file the person shows their advocate, as their shared view names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SharedFile {
    /// Lower-case hex SHA-256 of the bytes: how the advocate's copy knows them.
    pub sha256: String,
    pub file_name: String,
    pub media_type: String,
    pub size: u64,
    /// The SHA-256 of each part, in order (hex): a part is checked as it comes.
    #[serde(default)]
    #[ts(skip)]
    pub parts: Vec<String>,
}

/// How many parts a file of `size` bytes is sent in (an empty file still takes one).
pub fn parts_for(size: u64) -> u32 {
    let parts = size.div_ceil(PART_BYTES as u64).max(1);
    u32::try_from(parts).unwrap_or(u32::MAX)
}

/// One part of a file, to send or as it came. The bytes are wiped when it is dropped.
pub struct FilePart {
    pub sha256: [u8; 32],
    /// The whole file's size.
    pub size: u64,
    pub index: u32,
    pub bytes: Zeroizing<Vec<u8>>,
}

// The bytes are the person's evidence: never in a log.
impl std::fmt::Debug for FilePart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "FilePart({} of {}, {} bytes)",
            self.index + 1,
            parts_for(self.size),
            self.bytes.len()
        )
    }
}

/// Whether one of an entry's files goes to the advocate, and how far it has gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FileSharing {
    pub attachment_id: String,
    pub shared: bool,
    /// Parts the relay has stored, of `part_count` (0 when not shared), for whoever has the
    /// fewest of those who see the incident log.
    pub parts_sent: u32,
    pub part_count: u32,
    /// How many of the people who see the incident log the relay has stored every part for.
    pub reached: u32,
}

/// How much of a shared file the advocate's copy holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FileArrival {
    pub sha256: String,
    /// Whole and checked: it can be shown.
    pub here: bool,
    pub parts_here: u32,
    pub part_count: u32,
}

/// What one received part did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartTaken {
    /// Kept; more parts are to come.
    Waiting,
    /// It was the last: the file is whole, checked and kept.
    Complete,
    /// Already here (a part or a file that came before).
    AlreadyHere,
}

fn sha_from_hex(hex_sha: &str) -> Result<[u8; 32], StoreError> {
    let mut sha = [0u8; 32];
    hex::decode_to_slice(hex_sha, &mut sha).map_err(|_| StoreError::NotFound)?;
    Ok(sha)
}

/// The files chosen for each entry (by entry id), as the view names them: only those the
/// entry's latest version still carries.
pub(crate) fn chosen_by_incident(
    conn: &Connection,
) -> Result<BTreeMap<String, BTreeSet<String>>, StoreError> {
    let mut stmt = conn.prepare(NAMED_CHOICES)?;
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
        let (incident, attachment) = row?;
        out.entry(incident).or_default().insert(attachment);
    }
    Ok(out)
}

/// The hex SHA-256 of each part of an attachment, as kept when it was first chosen.
pub(crate) fn part_hashes(conn: &Connection, sha256: &[u8]) -> Result<Vec<String>, StoreError> {
    let blob: Option<Vec<u8>> = conn
        .query_row(
            "SELECT hashes FROM file_part_hashes WHERE sha256 = ?1",
            [sha256],
            |r| r.get(0),
        )
        .optional()?;
    Ok(blob
        .unwrap_or_default()
        .chunks_exact(32)
        .map(hex::encode)
        .collect())
}

/// Reads `len` bytes at `offset` of an attachment's stored bytes, without loading the rest.
fn read_blob_range(
    conn: &Connection,
    attachment_id: &str,
    offset: usize,
    len: usize,
) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    let rowid: i64 = conn
        .query_row(
            "SELECT rowid FROM attachment_blobs WHERE attachment_id = ?1",
            [attachment_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(StoreError::NotFound)?;
    let mut blob = conn.blob_open(MAIN_DB, "attachment_blobs", "bytes", rowid, true)?;
    let mut out = Zeroizing::new(vec![0u8; len]);
    blob.seek(SeekFrom::Start(offset as u64))
        .and_then(|_| blob.read_exact(&mut out))
        .map_err(|e| StoreError::Corrupt(format!("file part: {e}")))?;
    Ok(out)
}

/// Keeps the hash of each part of an attachment, once (reading it a part at a time).
fn keep_part_hashes(
    conn: &Connection,
    attachment_id: &str,
    sha256: &[u8],
    size: u64,
) -> Result<(), StoreError> {
    let known: bool = conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM file_part_hashes WHERE sha256 = ?1)",
        [sha256],
        |r| r.get(0),
    )?;
    if known {
        return Ok(());
    }
    let mut hashes = Vec::with_capacity(parts_for(size) as usize * 32);
    for index in 0..parts_for(size) as usize {
        let offset = index * PART_BYTES;
        let len = (size as usize - offset.min(size as usize)).min(PART_BYTES);
        hashes.extend_from_slice(&Sha256::digest(&*read_blob_range(
            conn,
            attachment_id,
            offset,
            len,
        )?));
    }
    conn.execute(
        "INSERT INTO file_part_hashes(sha256, hashes) VALUES (?1, ?2)",
        (sha256, hashes),
    )?;
    Ok(())
}

/// Whether the incident log is shared through `link`.
fn incident_log_shared(conn: &Connection, link: LinkId) -> Result<bool, StoreError> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM shared_documents WHERE link = ?1 AND id = ?2",
            (link, INCIDENT_LOG_ID),
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Forgets every file choice and how far each went (the log is no longer shared, or sharing
/// ended): choosing again starts again.
pub(crate) fn forget_choices(conn: &Connection) -> Result<(), StoreError> {
    conn.execute_batch("DELETE FROM files_to_share; DELETE FROM file_sends;")?;
    Ok(())
}

/// Whether the file with this hash is one a named choice holds.
fn named(conn: &Connection, sha256: &[u8]) -> Result<bool, StoreError> {
    Ok(conn.query_row(
        &format!(
            "SELECT EXISTS(SELECT 1 FROM ({NAMED_CHOICES}) n
               JOIN attachments a ON a.id = n.attachment_id WHERE a.sha256 = ?1)"
        ),
        [sha256],
        |r| r.get(0),
    )?)
}

impl Store {
    /// Shows one of an entry's files to the advocate, or takes it back. The file must be one
    /// the entry's latest version carries. The shared view of the log is brought up to date
    /// at once (if the log is shared), so the next send names it or leaves it out.
    pub fn set_file_shared(
        &mut self,
        incident_id: &str,
        attachment_id: &str,
        shared: bool,
    ) -> Result<(), StoreError> {
        self.write(|tx, ctx| {
            let carried: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM incidents_current c
                   JOIN incident_revision_attachments l ON l.seq = c.head_seq
                   WHERE c.incident_id = ?1 AND l.attachment_id = ?2)",
                (incident_id, attachment_id),
                |r| r.get(0),
            )?;
            if !carried {
                return Err(StoreError::NotFound);
            }
            let (sha, size): (Vec<u8>, i64) = tx.query_row(
                "SELECT sha256, size FROM attachments WHERE id = ?1",
                [attachment_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            if shared {
                keep_part_hashes(tx, attachment_id, &sha, u64::try_from(size).unwrap_or(0))?;
                tx.execute(
                    "INSERT INTO files_to_share(incident_id, attachment_id, chosen_at)
                     VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
                    (incident_id, attachment_id, to_micros(now())),
                )?;
            } else {
                tx.execute(
                    "DELETE FROM files_to_share WHERE incident_id = ?1 AND attachment_id = ?2",
                    (incident_id, attachment_id),
                )?;
                // Taken back: if chosen again it goes again whole (the advocate's copy is
                // removed when the view stops naming it).
                if !named(tx, &sha)? {
                    tx.execute("DELETE FROM file_sends WHERE sha256 = ?1", [sha.as_slice()])?;
                }
            }
            if shared_with_anyone(tx, INCIDENT_LOG_ID)? {
                crate::shared_records::refresh_view(tx, ctx, INCIDENT_LOG_ID)?;
            }
            Ok(())
        })
    }

    /// Each of an entry's files (its latest version's), whether it goes to whoever sees the
    /// log and how much of it the relay has stored for all of them (the least of any).
    pub fn file_sharing(&self, incident_id: &str) -> Result<Vec<FileSharing>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.size, f.attachment_id IS NOT NULL,
                    COALESCE((SELECT MIN(COALESCE(s.parts_sent, 0)) FROM shared_documents d
                              LEFT JOIN file_sends s ON s.link = d.link AND s.sha256 = a.sha256
                              WHERE d.id = ?2), 0)
             FROM incidents_current c
             JOIN incident_revision_attachments l ON l.seq = c.head_seq
             JOIN attachments a ON a.id = l.attachment_id
             LEFT JOIN files_to_share f
               ON f.incident_id = c.incident_id AND f.attachment_id = a.id
             WHERE c.incident_id = ?1 ORDER BY l.position",
        )?;
        let rows = stmt
            .query_map((incident_id, INCIDENT_LOG_ID), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, bool>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut reached = self.conn.prepare(
            "SELECT COUNT(*) FROM shared_documents d
             JOIN file_sends s ON s.link = d.link
             JOIN attachments a ON a.sha256 = s.sha256
             WHERE d.id = ?1 AND a.id = ?2 AND s.parts_sent >= ?3",
        )?;
        let mut out = Vec::new();
        for (attachment_id, size, shared, sent) in rows {
            let part_count = parts_for(u64::try_from(size).unwrap_or(0));
            let reached: u32 = if shared {
                reached.query_row((INCIDENT_LOG_ID, &attachment_id, part_count), |r| r.get(0))?
            } else {
                0
            };
            out.push(FileSharing {
                attachment_id,
                shared,
                parts_sent: if shared {
                    u32::try_from(sent).unwrap_or(0).min(part_count)
                } else {
                    0
                },
                part_count,
                reached,
            });
        }
        Ok(out)
    }

    /// The next parts to send through `link`, at most `limit`: for each chosen file in the
    /// order chosen, the parts after those the relay already stored for that person. Nothing
    /// unless the incident log is shared with them.
    pub fn file_parts_to_send(
        &self,
        link: LinkId,
        limit: usize,
    ) -> Result<Vec<FilePart>, StoreError> {
        if limit == 0 || !incident_log_shared(&self.conn, link)? {
            return Ok(Vec::new());
        }
        // One row a file (by its bytes), through an attachment a named choice holds.
        let mut stmt = self.conn.prepare(&format!(
            "SELECT MIN(a.id), a.sha256, a.size, COALESCE(s.parts_sent, 0), MIN(n.chosen_at) AS first
             FROM ({NAMED_CHOICES}) n JOIN attachments a ON a.id = n.attachment_id
             LEFT JOIN file_sends s ON s.link = ?1 AND s.sha256 = a.sha256
             GROUP BY a.sha256 ORDER BY first, a.sha256"
        ))?;
        let rows = stmt
            .query_map([link], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Vec<u8>>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut out = Vec::new();
        for (attachment_id, sha, size, sent) in rows {
            let sha: [u8; 32] = sha
                .try_into()
                .map_err(|_| StoreError::Corrupt("attachment hash".into()))?;
            let size = u64::try_from(size).map_err(|_| StoreError::Corrupt("size".into()))?;
            let count = parts_for(size);
            let mut index = u32::try_from(sent).unwrap_or(0);
            while index < count && out.len() < limit {
                let offset = index as usize * PART_BYTES;
                let len = (size as usize - offset.min(size as usize)).min(PART_BYTES);
                out.push(FilePart {
                    sha256: sha,
                    size,
                    index,
                    bytes: read_blob_range(&self.conn, &attachment_id, offset, len)?,
                });
                index += 1;
            }
            if out.len() >= limit {
                break;
            }
        }
        Ok(out)
    }

    /// Whether the file with this hash is still to go: the log is shared and an entry's latest
    /// version carries it, chosen. Asked before each part is posted, so a part sealed just
    /// before the person took the file back is not sent.
    pub fn file_still_shown(&self, link: LinkId, sha256: &[u8; 32]) -> Result<bool, StoreError> {
        Ok(incident_log_shared(&self.conn, link)? && named(&self.conn, sha256)?)
    }

    /// Records that the relay stored part `index` of the file with this hash for `link`, as
    /// its message `seq`. Parts are sent in order, so only the next one moves the count on.
    pub fn mark_file_part_sent(
        &mut self,
        link: LinkId,
        sha256: &[u8; 32],
        index: u32,
        seq: u64,
    ) -> Result<(), StoreError> {
        let seq = i64::try_from(seq).unwrap_or(i64::MAX);
        self.write(|tx, _| {
            // Taken back while it was on its way: nothing to record.
            if !named(tx, sha256)? {
                return Ok(());
            }
            if index == 0 {
                tx.execute(
                    "INSERT INTO file_sends(link, sha256, parts_sent, parts_seq)
                     VALUES (?1, ?2, 1, ?3)
                     ON CONFLICT(link, sha256) DO UPDATE
                     SET parts_sent = 1, parts_seq = MAX(parts_seq, excluded.parts_seq)
                     WHERE parts_sent = 0",
                    (link, sha256.as_slice(), seq),
                )?;
            } else {
                tx.execute(
                    "UPDATE file_sends SET parts_sent = ?3, parts_seq = MAX(parts_seq, ?5)
                     WHERE link = ?1 AND sha256 = ?2 AND parts_sent = ?4",
                    (
                        link,
                        sha256.as_slice(),
                        i64::from(index) + 1,
                        i64::from(index),
                        seq,
                    ),
                )?;
            }
            Ok(())
        })
    }

    /// Takes one part of a file the person shares (the advocate's side). Refused, with
    /// nothing kept: a part that does not fit its file (size, number, length, its own hash
    /// when the view names the file, or parts that came before), a file larger than the vault
    /// takes, too much already waiting, or a last part that completes a file whose bytes are not
    /// what its hash says (then every part of it is thrown away).
    pub fn receive_file_part(&mut self, part: &FilePart) -> Result<PartTaken, StoreError> {
        let refused = || StoreError::invalid(reason("shared-files-unreadable"));
        if part.size > MAX_ATTACHMENT_BYTES as u64 {
            return Err(refused());
        }
        let count = parts_for(part.size);
        if part.index >= count {
            return Err(refused());
        }
        let offset = part.index as u64 * PART_BYTES as u64;
        let expected = (part.size - offset).min(PART_BYTES as u64);
        if part.bytes.len() as u64 != expected {
            return Err(refused());
        }
        let size = i64::try_from(part.size).map_err(|_| refused())?;
        let sha = part.sha256.as_slice();
        // A refusal once the parts were put together is committed: they are thrown away.
        self.write(|tx, _| {
            let whole: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM received_file_blobs WHERE sha256 = ?1)",
                [sha],
                |r| r.get(0),
            )?;
            if whole {
                return Ok(Ok(PartTaken::AlreadyHere));
            }
            // A file the view names: its size and this part's hash must be the ones named.
            let listed: Option<(i64, Vec<u8>)> = tx
                .query_row(
                    "SELECT size, part_hashes FROM listed_files WHERE sha256 = ?1",
                    [sha],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            if let Some((listed_size, hashes)) = &listed {
                let at = part.index as usize * 32;
                let named_hash = hashes.get(at..at + 32);
                if *listed_size != size
                    || named_hash.is_some_and(|h| h != Sha256::digest(&*part.bytes).as_slice())
                {
                    return Err(refused());
                }
            }
            let known: Option<i64> = tx
                .query_row(
                    "SELECT size FROM received_files WHERE sha256 = ?1",
                    [sha],
                    |r| r.get(0),
                )
                .optional()?;
            match known {
                Some(s) if s != size => return Err(refused()),
                Some(_) => {}
                None => {
                    tx.execute(
                        "INSERT INTO received_files(sha256, size, first_at) VALUES (?1, ?2, ?3)",
                        (sha, size, to_micros(now())),
                    )?;
                }
            }
            // Parts waiting, and whole files the view does not name: bounded together.
            let waiting: i64 = tx.query_row(
                "SELECT (SELECT COALESCE(SUM(length(bytes)), 0) FROM received_file_parts)
                      + (SELECT COALESCE(SUM(r.size), 0) FROM received_files r
                         JOIN received_file_blobs b ON b.sha256 = r.sha256
                         WHERE r.sha256 NOT IN (SELECT sha256 FROM listed_files))",
                [],
                |r| r.get(0),
            )?;
            if waiting + part.bytes.len() as i64 > MAX_WAITING_BYTES {
                return Err(StoreError::invalid(reason("shared-files-too-much-waiting")));
            }
            let added = tx.execute(
                "INSERT INTO received_file_parts(sha256, part, bytes) VALUES (?1, ?2, ?3)
                 ON CONFLICT DO NOTHING",
                (sha, part.index, part.bytes.as_slice()),
            )?;
            if added == 0 {
                return Ok(Ok(PartTaken::AlreadyHere));
            }
            let here: u32 = tx.query_row(
                "SELECT COUNT(*) FROM received_file_parts WHERE sha256 = ?1",
                [sha],
                |r| r.get(0),
            )?;
            if here < count {
                return Ok(Ok(PartTaken::Waiting));
            }
            let mut whole = Zeroizing::new(Vec::with_capacity(part.size as usize));
            {
                let mut stmt = tx.prepare(
                    "SELECT bytes FROM received_file_parts WHERE sha256 = ?1 ORDER BY part",
                )?;
                let mut rows = stmt.query([sha])?;
                while let Some(row) = rows.next()? {
                    whole.extend_from_slice(
                        row.get_ref(0)?
                            .as_blob()
                            .map_err(|e| StoreError::Corrupt(format!("file part: {e}")))?,
                    );
                }
            }
            tx.execute("DELETE FROM received_file_parts WHERE sha256 = ?1", [sha])?;
            if whole.len() as u64 != part.size || Sha256::digest(&*whole).as_slice() != sha {
                tx.execute("DELETE FROM received_files WHERE sha256 = ?1", [sha])?;
                return Ok(Err(refused()));
            }
            tx.execute(
                "INSERT INTO received_file_blobs(sha256, bytes) VALUES (?1, ?2)",
                (sha, whole.as_slice()),
            )?;
            Ok(Ok(PartTaken::Complete))
        })?
    }

    /// How much of each file the person's view names is here (the advocate's side), from the
    /// list of named files kept with the view (so the view itself is not read again).
    pub fn file_arrivals(&self) -> Result<Vec<FileArrival>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT l.sha256, l.size,
                    EXISTS(SELECT 1 FROM received_file_blobs b WHERE b.sha256 = l.sha256),
                    (SELECT COUNT(*) FROM received_file_parts p WHERE p.sha256 = l.sha256)
             FROM listed_files l ORDER BY l.sha256",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, bool>(2)?,
                r.get::<_, u32>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (sha, size, here, parts_here) = row?;
            let part_count = parts_for(u64::try_from(size).unwrap_or(0));
            out.push(FileArrival {
                sha256: hex::encode(sha),
                here,
                parts_here: if here { part_count } else { parts_here },
                part_count,
            });
        }
        Ok(out)
    }

    /// The files the person's view names that are not here whole (the advocate's side), each
    /// with the number of its first part not here, for this side's account of what it holds
    /// (so the person's app sends again what the relay lost). At most `most`, by hash.
    pub fn files_short(&self, most: usize) -> Result<Vec<([u8; 32], u32)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT l.sha256, l.size FROM listed_files l
             WHERE NOT EXISTS(SELECT 1 FROM received_file_blobs b WHERE b.sha256 = l.sha256)
             ORDER BY l.sha256 LIMIT ?1",
        )?;
        let rows = stmt
            .query_map([i64::try_from(most).unwrap_or(i64::MAX)], |r| {
                Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, i64>(1)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut parts = self
            .conn
            .prepare("SELECT part FROM received_file_parts WHERE sha256 = ?1 ORDER BY part")?;
        let mut out = Vec::with_capacity(rows.len());
        for (sha, size) in rows {
            let held = parts
                .query_map([&sha], |r| r.get::<_, i64>(0))?
                .collect::<Result<Vec<_>, _>>()?;
            // Parts are numbered from 0: the first number not held is the first gap.
            let first_missing = held
                .iter()
                .enumerate()
                .find(|(i, part)| i64::try_from(*i).ok() != Some(**part))
                .map_or(held.len(), |(i, _)| i);
            let count = parts_for(u64::try_from(size).unwrap_or(0));
            let sha: [u8; 32] = sha
                .try_into()
                .map_err(|_| StoreError::Corrupt("a listed file's hash".into()))?;
            out.push((
                sha,
                u32::try_from(first_missing).unwrap_or(u32::MAX).min(count),
            ));
        }
        Ok(out)
    }

    /// Compares the other side's account of the files it lacks (each with its first part not
    /// there) with what was delivered to it through `link` (the person's side): a file whose
    /// parts after that one were all delivered before the relay's message `read_to` (which the
    /// other side has read past) lost one on the way, and is sent again from there, when
    /// `resend` allows. What each file listed stood at.
    pub fn compare_files_with_their_copy(
        &mut self,
        link: LinkId,
        short: &[([u8; 32], u32)],
        read_to: u64,
        resend: crate::Resend,
    ) -> Result<Vec<crate::Holds>, StoreError> {
        let read_to = i64::try_from(read_to).unwrap_or(i64::MAX);
        self.write(|tx, _| {
            let mut out = Vec::with_capacity(short.len());
            for (sha, first_missing) in short {
                let sent: Option<(i64, i64)> = tx
                    .query_row(
                        "SELECT parts_sent, parts_seq FROM file_sends
                         WHERE link = ?1 AND sha256 = ?2",
                        (link, sha.as_slice()),
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                let holds = match sent {
                    // Nothing delivered past what they hold: the rest is still to go.
                    None => crate::Holds::Covered,
                    Some((parts_sent, _)) if parts_sent <= i64::from(*first_missing) => {
                        crate::Holds::Covered
                    }
                    // Delivered after what they have read: it may be on its way yet.
                    Some((_, parts_seq)) if parts_seq > read_to => crate::Holds::NotYetKnown,
                    Some(_) => {
                        if resend == crate::Resend::Allowed {
                            tx.execute(
                                "UPDATE file_sends SET parts_sent = ?3
                                 WHERE link = ?1 AND sha256 = ?2",
                                (link, sha.as_slice(), i64::from(*first_missing)),
                            )?;
                        }
                        crate::Holds::Lacks
                    }
                };
                out.push(holds);
            }
            Ok(out)
        })
    }

    /// A shared file's bytes, if the person's view names it and it is here whole (checked
    /// against its hash again).
    pub fn received_file(&self, sha256_hex: &str) -> Result<Vec<u8>, StoreError> {
        let sha = sha_from_hex(sha256_hex)?;
        let listed: bool = self.conn.query_row(
            "SELECT EXISTS(SELECT 1 FROM listed_files WHERE sha256 = ?1)",
            [sha.as_slice()],
            |r| r.get(0),
        )?;
        if !listed {
            return Err(StoreError::NotFound);
        }
        let bytes: Vec<u8> = self
            .conn
            .query_row(
                "SELECT bytes FROM received_file_blobs WHERE sha256 = ?1",
                [sha.as_slice()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        if Sha256::digest(&bytes).as_slice() != sha.as_slice() {
            return Err(StoreError::Corrupt(
                "shared file does not match its hash".into(),
            ));
        }
        Ok(bytes)
    }

    /// Brings the advocate's list of the files the person's view names up to date (with each
    /// part's hash), and removes every file (whole, or parts) the view no longer names: the
    /// person took it back, or the entry was corrected without it. Parts of a file the view has
    /// never named are kept for an hour (its view may still be on its way). Run whenever the
    /// view of the log changes.
    pub fn forget_unlisted_files(&mut self) -> Result<usize, StoreError> {
        let mut listed: BTreeMap<Vec<u8>, (i64, Vec<u8>)> = BTreeMap::new();
        for file in self.shared_incidents()?.into_iter().flat_map(|i| i.files) {
            let Ok(sha) = sha_from_hex(&file.sha256) else {
                continue;
            };
            let mut hashes = Vec::with_capacity(file.parts.len() * 32);
            for part in &file.parts {
                hashes.extend_from_slice(&sha_from_hex(part)?);
            }
            // Hashes for every part, or none (a view from before they were named).
            if file.parts.len() != parts_for(file.size) as usize {
                hashes.clear();
            }
            listed.insert(
                sha.to_vec(),
                (i64::try_from(file.size).unwrap_or(i64::MAX), hashes),
            );
        }
        let cutoff = to_micros(now()) - UNLISTED_GRACE_MICROS;
        self.write(|tx, _| {
            let before: BTreeSet<Vec<u8>> = tx
                .prepare("SELECT sha256 FROM listed_files")?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            tx.execute("DELETE FROM listed_files", [])?;
            for (sha, (size, hashes)) in &listed {
                tx.execute(
                    "INSERT INTO listed_files(sha256, size, part_hashes) VALUES (?1, ?2, ?3)",
                    (sha, size, hashes),
                )?;
            }
            let all: Vec<(Vec<u8>, i64, bool)> = tx
                .prepare(
                    "SELECT r.sha256, r.first_at,
                            EXISTS(SELECT 1 FROM received_file_blobs b WHERE b.sha256 = r.sha256)
                     FROM received_files r",
                )?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<_, _>>()?;
            let mut removed = 0;
            for (sha, first_at, whole) in all {
                let taken_back = before.contains(&sha);
                if listed.contains_key(&sha) || (!whole && !taken_back && first_at > cutoff) {
                    continue;
                }
                for table in [
                    "received_file_parts",
                    "received_file_blobs",
                    "received_files",
                ] {
                    tx.execute(&format!("DELETE FROM {table} WHERE sha256 = ?1"), [&sha])?;
                }
                removed += 1;
            }
            Ok(removed)
        })
    }
}
