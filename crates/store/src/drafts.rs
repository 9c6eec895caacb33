//! Drafts: what the person was writing and had not saved yet when the app hid, locked itself, or
//! they moved to another screen, kept so it can be offered back ("You were writing this").
//!
//! A draft is part of the vault like any record (so backups carry it, and the decoy has its
//! own), but it is nobody's record: never shared, never searched, never in a report. Its body is
//! the page's own description of a half-filled form, opaque here; only its size is checked. The
//! files a draft carries (an incident form's attachments, imported at once into the vault) are
//! listed apart, so the unlock-time sweep of unused files keeps them while the draft exists.

use chrono::{DateTime, Utc};
use harbour_reason::reason;
use rusqlite::params;

use crate::time::{from_micros, now, to_micros};
use crate::{Store, StoreError};

/// A draft id is made by the page (one per form it tracks): short, and plain characters only.
const MAX_ID_CHARS: usize = 64;
const MAX_LABEL_CHARS: usize = 200;
/// Far more than any form holds (an incident's fields are a few pages at most).
pub const MAX_DRAFT_BODY_BYTES: usize = 512 * 1024;
/// The most files one draft may carry (an incident takes at most this many too).
const MAX_DRAFT_ATTACHMENTS: usize = 200;
/// Drafts are one per unfinished form; this many means something is wrong, not a busy person.
pub const MAX_DRAFTS: usize = 200;

/// A draft as the page hands it over.
#[derive(Clone, Copy)]
pub struct DraftFields<'a> {
    /// The page's id for the form this draft belongs to.
    pub id: &'a str,
    /// What the page shows when offering it back ("A new incident", "Notes for Home").
    pub label: &'a str,
    /// The form's contents as the page describes them (JSON written by the page).
    pub body: &'a str,
    /// Attachments imported into the form and not yet part of any record.
    pub attachments: &'a [String],
}

/// A kept draft.
#[derive(Clone, PartialEq, Eq)]
pub struct Draft {
    pub id: String,
    pub label: String,
    pub body: String,
    pub attachments: Vec<String>,
    /// When it was last written to the vault.
    pub saved_at: DateTime<Utc>,
}

// Half-written words about the person's life: never in a log.
impl std::fmt::Debug for Draft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Draft")
            .field("saved_at", &self.saved_at)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for DraftFields<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DraftFields").finish_non_exhaustive()
    }
}

fn plain_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':'))
}

/// Refuses a draft the page could not have made: the page's ids are ASCII letters, digits, `-`,
/// `_` and `:`; the label and body have sane sizes.
pub fn check_draft(draft: &DraftFields<'_>) -> Result<(), StoreError> {
    // Attachment ids are uuids, plainer still; the same rule keeps a page from sending huge ones.
    if !plain_id(draft.id) || !draft.attachments.iter().all(|a| plain_id(a)) {
        return Err(StoreError::invalid(reason("drafts-not-kept")));
    }
    if draft.label.chars().count() > MAX_LABEL_CHARS {
        return Err(StoreError::invalid(reason("drafts-not-kept")));
    }
    if draft.body.len() > MAX_DRAFT_BODY_BYTES || draft.attachments.len() > MAX_DRAFT_ATTACHMENTS {
        return Err(StoreError::invalid(reason("drafts-too-long")));
    }
    Ok(())
}

impl Store {
    /// Keeps a draft, replacing an earlier one with the same id. Attachments that are not in
    /// this vault (any more) are left off its list.
    pub fn save_draft(&mut self, draft: &DraftFields<'_>) -> Result<(), StoreError> {
        check_draft(draft)?;
        let saved_at = to_micros(now());
        self.write(|tx, _| {
            let exists: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM drafts WHERE id = ?1)",
                [draft.id],
                |r| r.get(0),
            )?;
            if !exists {
                let count: i64 = tx.query_row("SELECT COUNT(*) FROM drafts", [], |r| r.get(0))?;
                if usize::try_from(count).unwrap_or(usize::MAX) >= MAX_DRAFTS {
                    return Err(StoreError::invalid(reason("drafts-too-many")));
                }
            }
            tx.execute(
                "INSERT INTO drafts(id, label, body, saved_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(id) DO UPDATE SET label = ?2, body = ?3, saved_at = ?4",
                params![draft.id, draft.label, draft.body, saved_at],
            )?;
            tx.execute(
                "DELETE FROM draft_attachments WHERE draft_id = ?1",
                [draft.id],
            )?;
            let mut add = tx.prepare(
                "INSERT OR IGNORE INTO draft_attachments(draft_id, position, attachment_id)
                 SELECT ?1, ?2, id FROM attachments WHERE id = ?3",
            )?;
            for (position, attachment) in draft.attachments.iter().enumerate() {
                add.execute(params![
                    draft.id,
                    i64::try_from(position).unwrap_or(i64::MAX),
                    attachment
                ])?;
            }
            Ok(())
        })
    }

    /// Every kept draft, the most recently written first.
    pub fn drafts(&self) -> Result<Vec<Draft>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, label, body, saved_at FROM drafts ORDER BY saved_at DESC, id")?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut files = self.conn.prepare(
            "SELECT attachment_id FROM draft_attachments WHERE draft_id = ?1 ORDER BY position",
        )?;
        rows.into_iter()
            .map(|(id, label, body, saved_at)| {
                let attachments = files
                    .query_map([&id], |r| r.get::<_, String>(0))?
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(Draft {
                    id,
                    label,
                    body,
                    attachments,
                    saved_at: from_micros(saved_at)?,
                })
            })
            .collect()
    }

    /// Forgets a draft (saved as a record, or discarded by the person). The files it carried that
    /// no record and no other draft uses go too. A draft that is not here is no error: it may
    /// never have been written.
    pub fn discard_draft(&mut self, id: &str) -> Result<(), StoreError> {
        self.write(|tx, _| {
            let carried: Vec<String> = tx
                .prepare("SELECT attachment_id FROM draft_attachments WHERE draft_id = ?1")?
                .query_map([id], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            tx.execute("DELETE FROM draft_attachments WHERE draft_id = ?1", [id])?;
            tx.execute("DELETE FROM drafts WHERE id = ?1", [id])?;
            for attachment in carried {
                // A profile's photo carried by its form's draft stays with the profile once saved.
                if !crate::attachments::in_use(tx, &attachment)? {
                    tx.execute(
                        "DELETE FROM attachment_blobs WHERE attachment_id = ?1",
                        [&attachment],
                    )?;
                    tx.execute("DELETE FROM attachments WHERE id = ?1", [&attachment])?;
                }
            }
            Ok(())
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn store() -> Store {
        Store::open(rusqlite::Connection::open_in_memory().unwrap()).unwrap()
    }

    fn fields<'a>(id: &'a str, body: &'a str, attachments: &'a [String]) -> DraftFields<'a> {
        DraftFields {
            id,
            label: "A new incident",
            body,
            attachments,
        }
    }

    #[test]
    fn a_draft_is_kept_replaced_and_discarded() {
        let mut s = store();
        assert!(s.drafts().unwrap().is_empty());
        s.save_draft(&fields("incident-1", r#"{"a":"first"}"#, &[]))
            .unwrap();
        s.save_draft(&fields("incident-1", r#"{"a":"second"}"#, &[]))
            .unwrap();
        let kept = s.drafts().unwrap();
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].body, r#"{"a":"second"}"#);
        assert!(!format!("{:?}", kept[0]).contains("second"));
        s.discard_draft("incident-1").unwrap();
        s.discard_draft("incident-1").unwrap();
        assert!(s.drafts().unwrap().is_empty());
    }

    #[test]
    fn a_drafts_files_stay_while_it_does_and_go_with_it() {
        let mut s = store();
        let kept = s.add_attachment("a.jpg", "image/jpeg", b"a").unwrap();
        let shared = s.add_attachment("b.jpg", "image/jpeg", b"b").unwrap();
        let loose = s.add_attachment("c.jpg", "image/jpeg", b"c").unwrap();
        let first = [kept.id.clone(), shared.id.clone(), "not-a-file".to_owned()];
        s.save_draft(&fields("incident", "{}", &first)).unwrap();
        s.save_draft(&fields(
            "correction:x",
            "{}",
            std::slice::from_ref(&shared.id),
        ))
        .unwrap();
        // Ids that are not files here are left off the list.
        assert_eq!(s.drafts().unwrap()[1].attachments.len(), 2);
        // The sweep at unlock takes only the file no record and no draft uses.
        assert_eq!(s.discard_unused_attachments().unwrap(), 1);
        assert!(s.attachment(&loose.id).is_err());
        assert!(matches!(
            s.discard_attachment(&kept.id),
            Err(StoreError::Invalid(_))
        ));
        // Discarding a draft takes its own files, not one another draft still carries.
        s.discard_draft("incident").unwrap();
        assert!(s.attachment(&kept.id).is_err());
        assert!(s.attachment(&shared.id).is_ok());
        s.discard_draft("correction:x").unwrap();
        assert!(s.attachment(&shared.id).is_err());
    }

    #[test]
    fn odd_ids_and_oversized_bodies_are_refused() {
        let mut s = store();
        for id in ["", "a b", "x/../y", &"a".repeat(65), "naïve"] {
            assert!(s.save_draft(&fields(id, "{}", &[])).is_err(), "{id:?}");
        }
        let huge_file_id = ["a".repeat(100_000)];
        assert!(
            s.save_draft(&fields("incident", "{}", &huge_file_id))
                .is_err()
        );
        let big = "x".repeat(MAX_DRAFT_BODY_BYTES + 1);
        assert!(matches!(
            s.save_draft(&fields("big", &big, &[])),
            Err(StoreError::Invalid(_))
        ));
        assert!(s.drafts().unwrap().is_empty());
    }

    #[test]
    fn there_is_a_limit_on_how_many_drafts_are_kept() {
        let mut s = store();
        for n in 0..MAX_DRAFTS {
            s.save_draft(&fields(&format!("d{n}"), "{}", &[])).unwrap();
        }
        assert!(s.save_draft(&fields("one-more", "{}", &[])).is_err());
        // An existing draft can still be brought up to date.
        s.save_draft(&fields("d0", r#"{"x":1}"#, &[])).unwrap();
    }
}
