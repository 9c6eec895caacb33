//! Who an entry names, and which order's condition it breached.
//!
//! An entry's links are part of its chained record (canonical layout version 2, see
//! `canonical.rs`): each keeps the words it pointed to when it was written (the person's name,
//! the condition's wording and the order's title), so a profile renamed or removed later never
//! changes what an entry said, and the report can quote it as it was.

use harbour_reason::reason;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::StoreError;

/// At most this many links on one entry.
pub const MAX_LINKS: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum LinkKind {
    /// Names a person causing harm (a profile).
    Person,
    /// Marks the entry as breaching a condition of an order.
    Breach,
}

impl LinkKind {
    pub(crate) fn code(self) -> &'static str {
        match self {
            LinkKind::Person => "person",
            LinkKind::Breach => "breach",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<LinkKind> {
        match code {
            "person" => Some(LinkKind::Person),
            "breach" => Some(LinkKind::Breach),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IncidentLink {
    pub kind: LinkKind,
    /// The profile's id, or the condition's.
    pub target: String,
    /// Filled in by the store when the entry is written: the name, or "condition" (order).
    #[serde(default)]
    pub label: String,
}

/// The links as they will be kept: each target looked up now and its words taken. A target no
/// longer there is kept only as the entry's previous version had it (so a correction to an
/// entry is never refused because a profile was removed since).
pub(crate) fn resolve(
    conn: &Connection,
    wanted: &[IncidentLink],
    previous: &[IncidentLink],
) -> Result<Vec<IncidentLink>, StoreError> {
    let mut out: Vec<IncidentLink> = Vec::with_capacity(wanted.len());
    for link in wanted {
        if out
            .iter()
            .any(|l| l.kind == link.kind && l.target == link.target)
        {
            continue;
        }
        let label = match link.kind {
            LinkKind::Person => conn
                .query_row(
                    "SELECT json_extract(fields, '$.name') FROM harm_profiles WHERE id = ?1",
                    [&link.target],
                    |r| r.get::<_, String>(0),
                )
                .optional()?,
            LinkKind::Breach => match crate::orders::condition(conn, &link.target) {
                Ok((order, text)) => Some(format!("“{text}” ({})", order.title())),
                Err(StoreError::NotFound) => None,
                Err(e) => return Err(e),
            },
        };
        let label = match label {
            Some(l) => l,
            None => previous
                .iter()
                .find(|p| p.kind == link.kind && p.target == link.target)
                .map(|p| p.label.clone())
                .ok_or_else(|| {
                    StoreError::invalid(match link.kind {
                        LinkKind::Person => reason("incident-links-person-gone"),
                        LinkKind::Breach => reason("incident-links-condition-gone"),
                    })
                })?,
        };
        out.push(IncidentLink {
            kind: link.kind,
            target: link.target.clone(),
            label,
        });
    }
    if out.len() > MAX_LINKS {
        return Err(StoreError::invalid(reason(
            "incident-links-more-people-conditions-one-entry",
        )));
    }
    Ok(out)
}

pub(crate) fn insert(
    conn: &Connection,
    seq: i64,
    links: &[IncidentLink],
) -> Result<(), StoreError> {
    for (position, l) in links.iter().enumerate() {
        conn.execute(
            "INSERT INTO incident_revision_links(seq, position, kind, target_id, label)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            (seq, position as i64, l.kind.code(), &l.target, &l.label),
        )?;
    }
    Ok(())
}

/// One revision's links, in order. An unknown kind is kept out of view (the chain check then
/// finds the revision does not match its hash).
pub(crate) fn for_revision(conn: &Connection, seq: i64) -> Result<Vec<IncidentLink>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, target_id, label FROM incident_revision_links WHERE seq = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([seq], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (kind, target, label) = row?;
        if let Some(kind) = LinkKind::from_code(&kind) {
            out.push(IncidentLink {
                kind,
                target,
                label,
            });
        }
    }
    Ok(out)
}

/// Whether any entry's latest version marks this condition as breached.
pub(crate) fn condition_is_linked(
    conn: &Connection,
    condition_id: &str,
) -> Result<bool, StoreError> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM incident_revision_links l JOIN incidents_current c ON c.head_seq = l.seq
             WHERE l.kind = 'breach' AND l.target_id = ?1 LIMIT 1",
            [condition_id],
            |r| r.get::<_, i64>(0),
        )
        .optional()?
        .is_some())
}
