//! Instants are stored as integer microseconds since the Unix epoch: they sort correctly as
//! integers (fast indexed range scans), encode canonically for the hash chain, and cannot be
//! re-interpreted in another time zone.

use chrono::{DateTime, NaiveDate, Utc};

use crate::StoreError;

pub(crate) fn to_micros(t: DateTime<Utc>) -> i64 {
    t.timestamp_micros()
}

pub(crate) fn from_micros(us: i64) -> Result<DateTime<Utc>, StoreError> {
    DateTime::<Utc>::from_timestamp_micros(us)
        .ok_or_else(|| StoreError::Corrupt("timestamp out of range".into()))
}

/// Drops sub-microsecond precision so a value reads back exactly as it was written.
pub(crate) fn truncate(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::<Utc>::from_timestamp_micros(t.timestamp_micros()).unwrap_or(t)
}

/// The store's clock. Only the store reads it for `recorded_at`; callers never supply that value.
pub(crate) fn now() -> DateTime<Utc> {
    truncate(Utc::now())
}

pub(crate) fn date_to_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(crate) fn date_from_text(s: &str) -> Result<NaiveDate, StoreError> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| StoreError::Corrupt("date is not YYYY-MM-DD".into()))
}

/// For values read from a shared document (which may come from anywhere): keeps a microsecond
/// instant only if it is one this store can represent, so one bad remote value can never make
/// a listing fail. Callers treat `None` as "not set".
pub(crate) fn valid_micros(us: Option<i64>) -> Option<i64> {
    us.filter(|us| DateTime::<Utc>::from_timestamp_micros(*us).is_some())
}

/// For dates read from a shared document: a `YYYY-MM-DD` date that also reads back exactly as
/// it is written, or `None`.
pub(crate) fn valid_date(s: &str) -> Option<NaiveDate> {
    let d = date_from_text(s).ok()?;
    (date_from_text(&date_to_text(d)).ok() == Some(d)).then_some(d)
}

pub(crate) fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}
