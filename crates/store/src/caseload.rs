//! An advocate's caseload: one entry per person they support.
//!
//! The person's records (the advocate's copy of what they share) are not here: each case is a
//! compartment of its own, a separate database opened by the vault crate, so two people's
//! plans can never mix. What is here stays in this vault and is never shared: the advocate's
//! label for the case, their private notes, and the last known state of sharing (kept up to
//! date whenever the case is open, so the list shows without opening every case).

use chrono::{DateTime, NaiveDate, Utc};
use harbour_reason::reason;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::risk::{Instrument, RiskLevel, RiskScreening};

use crate::time::{from_micros, now, to_micros};
use crate::{Store, StoreError};

const MAX_LABEL_CHARS: usize = 60;
const MAX_NOTES_CHARS: usize = 20_000;

/// Whether a case shares with the person, as last seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseSharing {
    /// Not paired yet.
    Off,
    On,
    /// Sharing was stopped (by either side).
    Ended,
}

impl CaseSharing {
    fn code(self) -> &'static str {
        match self {
            CaseSharing::Off => "off",
            CaseSharing::On => "on",
            CaseSharing::Ended => "ended",
        }
    }

    fn from_code(code: &str) -> CaseSharing {
        match code {
            "on" => CaseSharing::On,
            "ended" => CaseSharing::Ended,
            _ => CaseSharing::Off,
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct CaseEntry {
    /// The compartment's id (random; names its database).
    pub id: String,
    /// What the advocate calls the case, e.g. initials.
    pub label: String,
    /// The advocate's private notes: never shared.
    pub notes: String,
    pub created_at: DateTime<Utc>,
    pub sharing: CaseSharing,
    pub last_synced: Option<DateTime<Utc>>,
    /// The case's latest risk picture, as last seen.
    pub risk: Option<CaseRisk>,
}

/// A case's risk picture for the caseload: the latest screening's level and day, the most
/// recent MARAC referral, and the next review the latest screening set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseRisk {
    pub level: RiskLevel,
    pub instrument: Instrument,
    pub screened_on: NaiveDate,
    pub marac_referred_on: Option<NaiveDate>,
    pub review_on: Option<NaiveDate>,
}

impl CaseRisk {
    /// From every screening of a case (its own and those the person shares), in any order.
    /// Screenings dated after `today` are left out: a computer whose clock ran ahead must not
    /// pin the case's line for years.
    pub fn of(screenings: &[RiskScreening], today: NaiveDate) -> Option<CaseRisk> {
        let screenings: Vec<&RiskScreening> = screenings
            .iter()
            .filter(|s| s.completed_on <= today)
            .collect();
        let latest = screenings
            .iter()
            .max_by_key(|s| (s.completed_on, s.taken_at))?;
        Some(CaseRisk {
            level: latest.level,
            instrument: latest.instrument,
            screened_on: latest.completed_on,
            marac_referred_on: screenings
                .iter()
                .filter_map(|s| s.sign_off.marac_referred_on)
                .filter(|d| *d <= today)
                .max(),
            review_on: latest.sign_off.review_on,
        })
    }
}

// A label and notes about a person: never in a log.
impl std::fmt::Debug for CaseEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CaseEntry")
            .field("sharing", &self.sharing)
            .field("risk", &self.risk.as_ref().map(|r| r.level))
            .finish_non_exhaustive()
    }
}

/// A case's label as it will be kept (trimmed), or why it cannot be.
pub fn check_case_label(label: &str) -> Result<String, StoreError> {
    let label = label.trim();
    if label.is_empty() {
        return Err(StoreError::invalid(reason(
            "caseload-give-case-name-you-will",
        )));
    }
    if label.chars().count() > MAX_LABEL_CHARS {
        return Err(StoreError::invalid(reason(
            "caseload-keep-cases-name-short-60",
        )));
    }
    Ok(label.to_owned())
}

impl Store {
    /// Adds a case whose compartment `id` the vault has just created.
    pub fn add_case(&mut self, id: &str, label: &str) -> Result<CaseEntry, StoreError> {
        let label = check_case_label(label)?;
        let created_at = now();
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO cases(id, label, notes, created_at, sharing, last_synced)
                 VALUES (?1, ?2, '', ?3, 'off', NULL)",
                (id, &label, to_micros(created_at)),
            )?;
            Ok(())
        })?;
        self.case(id)
    }

    /// Every case, oldest first.
    pub fn cases(&self) -> Result<Vec<CaseEntry>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, label, notes, created_at, sharing, last_synced, risk FROM cases
             ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map([], row)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(entry))
            .collect()
    }

    pub fn case(&self, id: &str) -> Result<CaseEntry, StoreError> {
        let raw = self
            .conn
            .query_row(
                "SELECT id, label, notes, created_at, sharing, last_synced, risk FROM cases
                 WHERE id = ?1",
                [id],
                row,
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        entry(raw)
    }

    /// The advocate's private notes on a case.
    pub fn set_case_notes(&mut self, id: &str, notes: &str) -> Result<CaseEntry, StoreError> {
        if notes.chars().count() > MAX_NOTES_CHARS {
            return Err(StoreError::invalid(reason(
                "caseload-notes-too-long-save-20",
            )));
        }
        self.update_case(id, "UPDATE cases SET notes = ?2 WHERE id = ?1", notes)
    }

    pub fn rename_case(&mut self, id: &str, label: &str) -> Result<CaseEntry, StoreError> {
        let label = check_case_label(label)?;
        self.update_case(id, "UPDATE cases SET label = ?2 WHERE id = ?1", &label)
    }

    /// Records what the open case's sharing looks like now, for the list.
    pub fn note_case_sharing(
        &mut self,
        id: &str,
        sharing: CaseSharing,
        last_synced: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        self.write(|tx, _| {
            let changed = tx.execute(
                "UPDATE cases SET sharing = ?2, last_synced = ?3 WHERE id = ?1",
                (id, sharing.code(), last_synced.map(to_micros)),
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(())
        })
    }

    /// Records the open case's risk picture now, for the list.
    pub fn note_case_risk(&mut self, id: &str, risk: Option<&CaseRisk>) -> Result<(), StoreError> {
        let json = risk
            .map(serde_json::to_string)
            .transpose()
            .map_err(|e| StoreError::Corrupt(format!("case risk: {e}")))?;
        self.write(|tx, _| {
            if tx.execute("UPDATE cases SET risk = ?2 WHERE id = ?1", (id, &json))? == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(())
        })
    }

    /// Lists a case again exactly as it was (label, notes, sharing), unless one with its id is
    /// listed: a restore keeps the cases added since its backup was made.
    pub fn keep_case(&mut self, entry: &CaseEntry) -> Result<(), StoreError> {
        self.write(|tx, _| {
            tx.execute(
                "INSERT OR IGNORE INTO cases(id, label, notes, created_at, sharing, last_synced, risk)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                (
                    &entry.id,
                    &entry.label,
                    &entry.notes,
                    to_micros(entry.created_at),
                    entry.sharing.code(),
                    entry.last_synced.map(to_micros),
                    entry
                        .risk
                        .as_ref()
                        .and_then(|r| serde_json::to_string(r).ok()),
                ),
            )?;
            Ok(())
        })
    }

    /// Gives a listed case another id (its compartment is moved by the vault).
    pub fn change_case_id(&mut self, id: &str, new_id: &str) -> Result<(), StoreError> {
        self.write(|tx, _| {
            if tx.execute("UPDATE cases SET id = ?2 WHERE id = ?1", (id, new_id))? == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(())
        })
    }

    /// Forgets a case (its compartment is removed by the vault).
    pub fn remove_case(&mut self, id: &str) -> Result<(), StoreError> {
        self.write(|tx, _| {
            tx.execute("DELETE FROM cases WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    fn update_case(&mut self, id: &str, sql: &str, value: &str) -> Result<CaseEntry, StoreError> {
        self.write(|tx, _| {
            if tx.execute(sql, (id, value))? == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(())
        })?;
        self.case(id)
    }
}

type Row = (
    String,
    String,
    String,
    i64,
    String,
    Option<i64>,
    Option<String>,
);

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
    ))
}

fn entry(
    (id, label, notes, created_at, sharing, last_synced, risk): Row,
) -> Result<CaseEntry, StoreError> {
    Ok(CaseEntry {
        id,
        label,
        notes,
        created_at: from_micros(created_at)?,
        sharing: CaseSharing::from_code(&sharing),
        last_synced: last_synced.map(from_micros).transpose()?,
        // A picture that cannot be read is shown as none: it is refreshed when the case opens.
        risk: risk.and_then(|r| serde_json::from_str(&r).ok()),
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn cases_are_listed_noted_and_removed() {
        let mut store = Store::open(rusqlite::Connection::open_in_memory().unwrap()).unwrap();
        assert!(store.cases().unwrap().is_empty());
        assert!(store.add_case("a1", "   ").is_err());
        assert!(store.add_case("a1", &"x".repeat(61)).is_err());
        let first = store.add_case("a1", "  J.S. ").unwrap();
        assert_eq!(
            (first.label.as_str(), first.sharing),
            ("J.S.", CaseSharing::Off)
        );
        store.add_case("b2", "R.K.").unwrap();
        let noted = store.set_case_notes("a1", "Court on Tuesday.").unwrap();
        assert_eq!(noted.notes, "Court on Tuesday.");
        let at = now();
        store
            .note_case_sharing("a1", CaseSharing::On, Some(at))
            .unwrap();
        let listed = store.cases().unwrap();
        assert_eq!(
            listed.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            ["a1", "b2"]
        );
        assert_eq!(listed[0].sharing, CaseSharing::On);
        assert_eq!(listed[0].last_synced.map(to_micros), Some(to_micros(at)));
        assert!(matches!(
            store.set_case_notes("zz", "x"),
            Err(StoreError::NotFound)
        ));
        store.remove_case("a1").unwrap();
        assert_eq!(store.cases().unwrap().len(), 1);
        assert!(!format!("{:?}", listed[0]).contains("J.S."));
    }
}
