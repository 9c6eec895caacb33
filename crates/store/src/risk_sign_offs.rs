//! An advocate's part added to a screening after it was saved: the person answered on their own
//! (and perhaps shared it), and their IDVA goes through it with them later and records a
//! judgement, a MARAC referral or the next review.
//!
//! Each sign-off is a new dated row; the screening's answers never change. The latest sign-off
//! is what the screening shows, with its date, and its level and criteria are worked out again
//! with it. An advocate's sign-offs of a screening the person shares live in the case, next to
//! the shared copy (which stays the person's, unchanged).

use harbour_reason::reason;
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;

use crate::risk::{CompletedBy, Instrument, RiskScreening, SignOff, check_sign_off};
use crate::time::{from_micros, new_id, now, to_micros};
use crate::{Store, StoreError};

/// The latest sign-off of each screening that has one.
pub(crate) fn latest(
    conn: &Connection,
) -> Result<HashMap<String, (DateTime<Utc>, SignOff)>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT screening_id, made_at, sign_off FROM risk_sign_offs ORDER BY made_at, rowid",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = HashMap::new();
    for row in rows {
        let (id, at, json) = row?;
        let sign_off: SignOff = serde_json::from_str(&json)
            .map_err(|_| StoreError::Corrupt("a screening's sign-off is not readable".into()))?;
        out.insert(id, (from_micros(at)?, sign_off));
    }
    Ok(out)
}

/// Each screening with its latest later sign-off, if it has one.
pub(crate) fn apply(
    screenings: Vec<RiskScreening>,
    later: &HashMap<String, (DateTime<Utc>, SignOff)>,
) -> Vec<RiskScreening> {
    screenings
        .into_iter()
        .map(|s| match later.get(&s.id) {
            Some((at, sign_off)) => crate::risk::with_later_sign_off(s, *at, sign_off.clone()),
            None => s,
        })
        .collect()
}

impl Store {
    /// Adds an advocate's part to screening `id` (one kept here, or one the person shares with
    /// this case). `today` is the advocate's own date, for checking the dates given.
    pub fn sign_off_screening(
        &mut self,
        id: &str,
        sign_off: &SignOff,
        today: NaiveDate,
    ) -> Result<RiskScreening, StoreError> {
        let target = self
            .risk_screenings()?
            .into_iter()
            .chain(self.shared_risk_screenings()?)
            .find(|s| s.id == id)
            .ok_or(StoreError::NotFound)?;
        if target.instrument == Instrument::Earlier {
            return Err(StoreError::invalid(reason(
                "risk-sign-offs-advocates-part-added-dash-dash",
            )));
        }
        if sign_off.completed_by != CompletedBy::WithAdvocate {
            return Err(StoreError::invalid(reason(
                "risk-sign-offs-advocates-part-given-advocate-choose",
            )));
        }
        check_sign_off(sign_off, target.completed_on, today)?;
        let mut sign_off = sign_off.clone();
        sign_off.advocate = sign_off.advocate.trim().to_owned();
        if let Some(j) = &mut sign_off.judgement {
            j.reason = j.reason.trim().to_owned();
        }
        let json = serde_json::to_string(&sign_off)
            .map_err(|e| StoreError::Corrupt(format!("sign-off: {e}")))?;
        let at = now();
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO risk_sign_offs(id, screening_id, made_at, sign_off) VALUES (?1, ?2, ?3, ?4)",
                (new_id(), id, to_micros(at), &json),
            )?;
            Ok(())
        })?;
        Ok(crate::risk::with_later_sign_off(target, at, sign_off))
    }
}
