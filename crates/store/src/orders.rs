//! Orders and conditions the person causing harm is under (a Stalking Protection Order, a
//! non-molestation order, a restraining order, bail conditions…): who made it, its reference,
//! when it was made and when it ends, and each condition as its own line, so an entry in the log
//! can be marked as breaching the very condition it broke.
//!
//! A condition that an entry points to cannot be removed (the entry keeps its wording anyway, in
//! the chained record); its wording can still be corrected.

use chrono::{DateTime, NaiveDate, Utc};
use harbour_reason::reason;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::time::{from_micros, new_id, now, to_micros};
use crate::{Store, StoreError};

const MAX_TEXT_CHARS: usize = 2_000;
const MAX_CONDITIONS: usize = 60;
pub const MAX_ORDERS: usize = 50;
/// Reminders start this many days before an order ends.
pub const REMIND_DAYS_BEFORE: i64 = 28;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum OrderKind {
    StalkingProtectionOrder,
    NonMolestationOrder,
    RestrainingOrder,
    OccupationOrder,
    DomesticAbuseProtectionOrder,
    DomesticViolenceProtectionOrder,
    BailConditions,
    Other,
}

impl OrderKind {
    pub(crate) fn code(self) -> &'static str {
        match self {
            OrderKind::StalkingProtectionOrder => "spo",
            OrderKind::NonMolestationOrder => "nmo",
            OrderKind::RestrainingOrder => "restraining",
            OrderKind::OccupationOrder => "occupation",
            OrderKind::DomesticAbuseProtectionOrder => "dapo",
            OrderKind::DomesticViolenceProtectionOrder => "dvpo",
            OrderKind::BailConditions => "bail",
            OrderKind::Other => "other",
        }
    }

    /// Every kind, in the order offered.
    pub const ALL: [OrderKind; 8] = [
        OrderKind::StalkingProtectionOrder,
        OrderKind::NonMolestationOrder,
        OrderKind::RestrainingOrder,
        OrderKind::OccupationOrder,
        OrderKind::DomesticAbuseProtectionOrder,
        OrderKind::DomesticViolenceProtectionOrder,
        OrderKind::BailConditions,
        OrderKind::Other,
    ];

    fn from_code(code: &str) -> Option<OrderKind> {
        OrderKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            OrderKind::StalkingProtectionOrder => "Stalking Protection Order",
            OrderKind::NonMolestationOrder => "Non-molestation order",
            OrderKind::RestrainingOrder => "Restraining order",
            OrderKind::OccupationOrder => "Occupation order",
            OrderKind::DomesticAbuseProtectionOrder => "Domestic Abuse Protection Order",
            OrderKind::DomesticViolenceProtectionOrder => "Domestic Violence Protection Order",
            OrderKind::BailConditions => "Bail conditions",
            OrderKind::Other => "Other order or condition",
        }
    }
}

/// One condition of an order. `id` is empty for a new one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OrderCondition {
    pub id: String,
    pub text: String,
}

/// What the person writes about an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OrderFields {
    pub kind: OrderKind,
    /// The profile of the person it is against, if one is kept.
    pub profile_id: Option<String>,
    /// The court or police force that made it.
    pub made_by: String,
    pub reference: String,
    pub made_on: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    /// In order; a condition given without an id is new, one left out is removed.
    pub conditions: Vec<OrderCondition>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CourtOrder {
    pub id: String,
    pub fields: OrderFields,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl CourtOrder {
    /// "Non-molestation order, FD25P00123": how an order is named in lists and in entries.
    pub fn title(&self) -> String {
        let r = self.fields.reference.trim();
        if r.is_empty() {
            self.fields.kind.label().to_owned()
        } else {
            format!("{}, {r}", self.fields.kind.label())
        }
    }
}

/// An order that ends soon (or has ended in the last few days): for the reminder at the top of
/// the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OrderReminder {
    pub order_id: String,
    pub title: String,
    pub expires_on: NaiveDate,
    /// Negative once it has ended.
    pub days_left: i64,
}

fn checked(f: &OrderFields) -> Result<OrderFields, StoreError> {
    let mut f = f.clone();
    for s in [&mut f.made_by, &mut f.reference] {
        *s = s.trim().to_owned();
        if s.chars().count() > 200 {
            return Err(StoreError::invalid(reason(
                "orders-court-reference-too-long",
            )));
        }
    }
    if f.note.chars().count() > MAX_TEXT_CHARS * 5 {
        return Err(StoreError::invalid(reason("orders-note-too-long")));
    }
    // Orders are made in living memory and run for years, not centuries: anything else is a slip.
    let sensible = |d: &NaiveDate| (1950..=2200).contains(&chrono::Datelike::year(d));
    if !f.made_on.iter().chain(f.expires_on.iter()).all(sensible) {
        return Err(StoreError::invalid(reason("orders-date-implausible")));
    }
    if let (Some(made), Some(ends)) = (f.made_on, f.expires_on)
        && ends < made
    {
        return Err(StoreError::invalid(reason(
            "orders-ends-before-day-made-check",
        )));
    }
    f.conditions.retain(|c| !c.text.trim().is_empty());
    if f.conditions.len() > MAX_CONDITIONS {
        return Err(StoreError::invalid(reason(
            "orders-more-conditions-one-order-hold",
        )));
    }
    for c in &mut f.conditions {
        c.text = c.text.trim().to_owned();
        if c.text.chars().count() > MAX_TEXT_CHARS {
            return Err(StoreError::invalid(reason(
                "orders-one-conditions-too-long",
            )));
        }
    }
    Ok(f)
}

type Row = (
    String,
    String,
    Option<String>,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    i64,
    i64,
);

fn read_order(conn: &Connection, raw: Row) -> Result<CourtOrder, StoreError> {
    let (id, kind, profile_id, made_by, reference, made_on, expires_on, note, created, updated) =
        raw;
    let day = |d: Option<String>| -> Result<Option<NaiveDate>, StoreError> {
        d.map(|d| {
            d.parse()
                .map_err(|_| StoreError::Corrupt("an order's date".into()))
        })
        .transpose()
    };
    let mut stmt = conn.prepare_cached(
        "SELECT id, text FROM order_conditions WHERE order_id = ?1 ORDER BY position",
    )?;
    let conditions = stmt
        .query_map([&id], |r| {
            Ok(OrderCondition {
                id: r.get(0)?,
                text: r.get(1)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(CourtOrder {
        fields: OrderFields {
            kind: OrderKind::from_code(&kind).unwrap_or(OrderKind::Other),
            profile_id,
            made_by,
            reference,
            made_on: day(made_on)?,
            expires_on: day(expires_on)?,
            conditions,
            note,
        },
        id,
        created_at: from_micros(created)?,
        updated_at: from_micros(updated)?,
    })
}

const COLUMNS: &str =
    "id, kind, profile_id, made_by, reference, made_on, expires_on, note, created_at, updated_at";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
        r.get(9)?,
    ))
}

/// One order by id, inside any connection or transaction.
pub(crate) fn order(conn: &Connection, id: &str) -> Result<CourtOrder, StoreError> {
    let raw = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM court_orders WHERE id = ?1"),
            [id],
            row,
        )
        .optional()?
        .ok_or(StoreError::NotFound)?;
    read_order(conn, raw)
}

/// The order a condition belongs to, and the condition's wording.
pub(crate) fn condition(conn: &Connection, id: &str) -> Result<(CourtOrder, String), StoreError> {
    let (order_id, text): (String, String) = conn
        .query_row(
            "SELECT order_id, text FROM order_conditions WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or(StoreError::NotFound)?;
    Ok((order(conn, &order_id)?, text))
}

fn write_conditions(
    tx: &Connection,
    order_id: &str,
    conditions: &[OrderCondition],
) -> Result<(), StoreError> {
    let kept: Vec<&str> = conditions
        .iter()
        .filter(|c| !c.id.is_empty())
        .map(|c| c.id.as_str())
        .collect();
    // Conditions left out are removed, unless an entry points to one.
    let mut stmt = tx.prepare("SELECT id FROM order_conditions WHERE order_id = ?1")?;
    let existing: Vec<String> = stmt
        .query_map([order_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    drop(stmt);
    for id in existing.iter().filter(|id| !kept.contains(&id.as_str())) {
        if crate::incident_links::condition_is_linked(tx, id)? {
            return Err(StoreError::invalid(reason(
                "orders-condition-entry-marked-breaching-cannot",
            )));
        }
        tx.execute("DELETE FROM order_conditions WHERE id = ?1", [id])?;
    }
    for (position, c) in conditions.iter().enumerate() {
        if c.id.is_empty() {
            tx.execute(
                "INSERT INTO order_conditions(id, order_id, position, text) VALUES (?1, ?2, ?3, ?4)",
                (new_id(), order_id, position as i64, &c.text),
            )?;
        } else if tx.execute(
            "UPDATE order_conditions SET position = ?3, text = ?4 WHERE id = ?1 AND order_id = ?2",
            (&c.id, order_id, position as i64, &c.text),
        )? == 0
        {
            return Err(StoreError::invalid(reason(
                "orders-one-conditions-longer-open-order",
            )));
        }
    }
    Ok(())
}

/// An order's columns as both statements name them: id, kind, profile, made by, reference, made
/// on, ends on, note, and the time of writing.
fn order_values(id: &str, f: &OrderFields, at: i64) -> [rusqlite::types::Value; 9] {
    use rusqlite::types::Value;
    let text = |s: &str| Value::Text(s.to_owned());
    let opt = |s: Option<String>| s.map_or(Value::Null, Value::Text);
    [
        text(id),
        text(f.kind.code()),
        opt(f.profile_id.clone()),
        text(&f.made_by),
        text(&f.reference),
        opt(f.made_on.map(|d| d.to_string())),
        opt(f.expires_on.map(|d| d.to_string())),
        text(&f.note),
        Value::Integer(at),
    ]
}

fn check_profile(tx: &Connection, profile: Option<&str>) -> Result<(), StoreError> {
    if let Some(p) = profile {
        let found: Option<i64> = tx
            .query_row("SELECT 1 FROM harm_profiles WHERE id = ?1", [p], |r| {
                r.get(0)
            })
            .optional()?;
        if found.is_none() {
            return Err(StoreError::invalid(reason(
                "orders-person-order-against-longer-listed",
            )));
        }
    }
    Ok(())
}

impl Store {
    /// Every order, in the order they were added.
    pub fn court_orders(&self) -> Result<Vec<CourtOrder>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM court_orders ORDER BY created_at, id"
        ))?;
        let raws = stmt.query_map([], row)?.collect::<Result<Vec<_>, _>>()?;
        raws.into_iter()
            .map(|r| read_order(&self.conn, r))
            .collect()
    }

    pub fn court_order(&self, id: &str) -> Result<CourtOrder, StoreError> {
        order(&self.conn, id)
    }

    pub fn add_court_order(&mut self, fields: &OrderFields) -> Result<CourtOrder, StoreError> {
        let f = checked(fields)?;
        if f.conditions.iter().any(|c| !c.id.is_empty()) {
            return Err(StoreError::invalid(reason(
                "orders-new-orders-conditions-all-new",
            )));
        }
        let id = new_id();
        let at = to_micros(now());
        self.write(|tx, _| {
            let count: i64 = tx.query_row("SELECT COUNT(*) FROM court_orders", [], |r| r.get(0))?;
            if count as usize >= MAX_ORDERS {
                return Err(StoreError::invalid(reason(
                    "orders-already-50-orders-here-change",
                )));
            }
            check_profile(tx, f.profile_id.as_deref())?;
            tx.execute(
                "INSERT INTO court_orders(id, kind, profile_id, made_by, reference, made_on,
                     expires_on, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                rusqlite::params_from_iter(order_values(&id, &f, at)),
            )?;
            write_conditions(tx, &id, &f.conditions)
        })?;
        self.court_order(&id)
    }

    pub fn update_court_order(
        &mut self,
        id: &str,
        fields: &OrderFields,
    ) -> Result<CourtOrder, StoreError> {
        let f = checked(fields)?;
        self.write(|tx, _| {
            check_profile(tx, f.profile_id.as_deref())?;
            let changed = tx.execute(
                "UPDATE court_orders SET kind = ?2, profile_id = ?3, made_by = ?4, reference = ?5,
                     made_on = ?6, expires_on = ?7, note = ?8, updated_at = ?9 WHERE id = ?1",
                rusqlite::params_from_iter(order_values(id, &f, to_micros(now()))),
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            write_conditions(tx, id, &f.conditions)
        })?;
        self.court_order(id)
    }

    /// Removes an order, unless an entry is marked as breaching one of its conditions.
    pub fn remove_court_order(&mut self, id: &str) -> Result<(), StoreError> {
        self.write(|tx, _| {
            let mut stmt = tx.prepare("SELECT id FROM order_conditions WHERE order_id = ?1")?;
            let conditions: Vec<String> = stmt
                .query_map([id], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            drop(stmt);
            for c in &conditions {
                if crate::incident_links::condition_is_linked(tx, c)? {
                    return Err(StoreError::invalid(reason(
                        "orders-entries-your-log-marked-breaching",
                    )));
                }
            }
            tx.execute("DELETE FROM order_conditions WHERE order_id = ?1", [id])?;
            if tx.execute("DELETE FROM court_orders WHERE id = ?1", [id])? == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(())
        })
    }

    /// Orders that end within [`REMIND_DAYS_BEFORE`] days of `today`, or ended in the last 7.
    pub fn order_reminders(&self, today: NaiveDate) -> Result<Vec<OrderReminder>, StoreError> {
        let mut out: Vec<OrderReminder> = self
            .court_orders()?
            .into_iter()
            .filter_map(|o| {
                let ends = o.fields.expires_on?;
                let days_left = (ends - today).num_days();
                ((-7..=REMIND_DAYS_BEFORE).contains(&days_left)).then(|| OrderReminder {
                    order_id: o.id.clone(),
                    title: o.title(),
                    expires_on: ends,
                    days_left,
                })
            })
            .collect();
        out.sort_by_key(|r| r.expires_on);
        Ok(out)
    }
}
