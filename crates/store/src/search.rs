//! Full-text search (SQLite FTS5) over current incidents, plan items and notes, contacts and
//! checklist items.
//!
//! The index is written in the same transaction as the record it describes. User input is never
//! passed to FTS5 as query syntax: it is split into words, each word is quoted as a literal
//! prefix term, and words with no letters or digits are dropped, so input such as `"` or
//! `AND (` cannot raise a syntax error.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Store, StoreError};

/// What a search hit points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum SearchKind {
    Incident,
    PlanItem,
    /// The notes of a plan section; the hit's id is the section code (see `Section::code`).
    PlanNotes,
    Contact,
    ChecklistItem,
}

impl SearchKind {
    fn code(self) -> &'static str {
        match self {
            SearchKind::Incident => "incident",
            SearchKind::PlanItem => "plan-item",
            SearchKind::PlanNotes => "plan-notes",
            SearchKind::Contact => "contact",
            SearchKind::ChecklistItem => "checklist-item",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "incident" => SearchKind::Incident,
            "plan-item" => SearchKind::PlanItem,
            "plan-notes" => SearchKind::PlanNotes,
            "contact" => SearchKind::Contact,
            "checklist-item" => SearchKind::ChecklistItem,
            _ => return None,
        })
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SearchHit {
    pub kind: SearchKind,
    /// The id of the record (incident id, item id, contact id, or section code for notes).
    pub id: String,
    pub title: String,
    /// A short plain-text excerpt around the match (no markup).
    pub snippet: String,
}

/// Adds or replaces the index entry for one record.
pub(crate) fn upsert(
    conn: &Connection,
    kind: SearchKind,
    id: &str,
    title: &str,
    body: &str,
) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO search_keys(kind, id) VALUES (?1, ?2) ON CONFLICT(kind, id) DO NOTHING",
        (kind.code(), id),
    )?;
    let rowid: i64 = conn.query_row(
        "SELECT rowid FROM search_keys WHERE kind = ?1 AND id = ?2",
        (kind.code(), id),
        |r| r.get(0),
    )?;
    conn.execute("DELETE FROM search_index WHERE rowid = ?1", [rowid])?;
    conn.execute(
        "INSERT INTO search_index(rowid, title, body) VALUES (?1, ?2, ?3)",
        (rowid, title, body),
    )?;
    Ok(())
}

/// Removes the index entry for one record, if any.
pub(crate) fn remove(conn: &Connection, kind: SearchKind, id: &str) -> Result<(), StoreError> {
    let rowid: Option<i64> = conn
        .query_row(
            "SELECT rowid FROM search_keys WHERE kind = ?1 AND id = ?2",
            (kind.code(), id),
            |r| r.get(0),
        )
        .optional()?;
    if let Some(rowid) = rowid {
        conn.execute("DELETE FROM search_index WHERE rowid = ?1", [rowid])?;
        conn.execute("DELETE FROM search_keys WHERE rowid = ?1", [rowid])?;
    }
    Ok(())
}

/// Turns free text typed by a person into a safe FTS5 query: every word becomes a quoted
/// prefix term (implicit AND). Returns `None` if nothing searchable remains.
pub fn fts_query(input: &str) -> Option<String> {
    let terms: Vec<String> = input
        .split(|c: char| c.is_whitespace() || (!c.is_alphanumeric() && c != '\'' && c != '-'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(16)
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    if terms.is_empty() {
        None
    } else {
        Some(terms.join(" "))
    }
}

impl Store {
    /// Searches everything indexed, best matches first. Never fails because of what was typed.
    pub fn search(&self, query: &str, limit: u32) -> Result<Vec<SearchHit>, StoreError> {
        let Some(fts) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare(
            "SELECT k.kind, k.id, search_index.title,
                    snippet(search_index, -1, '', '', '…', 12)
             FROM search_index JOIN search_keys k ON k.rowid = search_index.rowid
             WHERE search_index MATCH ?1
             ORDER BY rank LIMIT ?2",
        )?;
        let rows = stmt.query_map((fts, limit.min(500)), |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut hits = Vec::new();
        for row in rows {
            let (kind, id, title, snippet) = row?;
            let kind = SearchKind::from_code(&kind)
                .ok_or_else(|| StoreError::Corrupt("unknown search entry".into()))?;
            hits.push(SearchHit {
                kind,
                id,
                title,
                snippet,
            });
        }
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn hostile_input_becomes_literal_terms() {
        assert_eq!(fts_query("\""), None);
        assert_eq!(fts_query("AND ("), Some("\"AND\"*".into()));
        assert_eq!(
            fts_query("NEAR(a b)"),
            Some("\"NEAR\"* \"a\"* \"b\"*".into())
        );
        assert_eq!(fts_query("   "), None);
        assert_eq!(fts_query("o'brien"), Some("\"o'brien\"*".into()));
    }
}
