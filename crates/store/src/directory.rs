//! The support directory: phone numbers and services the person can turn to. UK defaults are
//! seeded on first open; entries can be edited, added (for other regions too) and reordered.
//! Deleting a built-in entry only hides it, so it can be brought back.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::time::new_id;
use crate::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SupportServiceFields {
    pub name: String,
    pub phone: String,
    pub description: String,
    /// Opening hours in words, e.g. "24 hours".
    pub hours: String,
    /// Where the service applies, e.g. "GB", "GB-SCT", "IE".
    pub region: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SupportService {
    pub id: String,
    pub fields: SupportServiceFields,
    pub builtin: bool,
    pub hidden: bool,
    pub position: i64,
}

struct Builtin {
    id: &'static str,
    name: &'static str,
    phone: &'static str,
    description: &'static str,
    hours: &'static str,
    /// Still shown in a decoy vault, as any UK phone list would have it.
    ordinary: bool,
}

const BUILTINS: &[Builtin] = &[
    Builtin {
        id: "gb-999",
        name: "Emergency services",
        phone: "999",
        description: "Police, ambulance or fire when someone is in danger now.",
        hours: "24 hours",
        ordinary: true,
    },
    Builtin {
        id: "gb-silent-solution",
        name: "Silent Solution",
        phone: "999 then 55",
        description: "If you cannot speak: call 999 from a mobile, listen, then press 55 when \
                      asked. The operator will know it is a real emergency.",
        hours: "24 hours",
        ordinary: false,
    },
    Builtin {
        id: "gb-101",
        name: "Police (non-emergency)",
        phone: "101",
        description: "To report something that has already happened or ask for advice when \
                      no one is in immediate danger.",
        hours: "24 hours",
        ordinary: true,
    },
    Builtin {
        id: "gb-national-stalking-helpline",
        name: "National Stalking Helpline",
        phone: "0808 802 0300",
        description: "Advice and support for anyone affected by stalking.",
        hours: "Weekdays 09:30–16:00; Wednesdays 13:00–16:00",
        ordinary: false,
    },
    Builtin {
        id: "gb-refuge",
        name: "National Domestic Abuse Helpline (Refuge)",
        phone: "0808 2000 247",
        description: "Free, confidential support for anyone experiencing domestic abuse, \
                      including finding a refuge.",
        hours: "24 hours",
        ordinary: false,
    },
    Builtin {
        id: "gb-crimestoppers",
        name: "Crimestoppers",
        phone: "0800 555 111",
        description: "Pass on information about crime anonymously.",
        hours: "24 hours",
        ordinary: false,
    },
];

pub(crate) fn seed(conn: &Connection) -> Result<(), StoreError> {
    for (n, b) in BUILTINS.iter().enumerate() {
        conn.execute(
            "INSERT INTO support_services(id, name, phone, description, hours, region, builtin,
                                          hidden, position)
             VALUES (?1, ?2, ?3, ?4, ?5, 'GB', 1, 0, ?6)",
            (b.id, b.name, b.phone, b.description, b.hours, n as i64 + 1),
        )?;
    }
    Ok(())
}

/// Decoy vault: keep only what any phone list would have.
pub(crate) fn seed_decoy(conn: &Connection) -> Result<(), StoreError> {
    for b in BUILTINS.iter().filter(|b| !b.ordinary) {
        conn.execute(
            "UPDATE support_services SET hidden = 1 WHERE id = ?1",
            [b.id],
        )?;
    }
    Ok(())
}

fn validate(f: &SupportServiceFields) -> Result<(), StoreError> {
    if f.name.trim().is_empty() {
        return Err(StoreError::invalid("Please give the service a name."));
    }
    for s in [&f.name, &f.phone, &f.description, &f.hours, &f.region] {
        if s.chars().count() > 2_000 {
            return Err(StoreError::invalid("One of the fields is too long."));
        }
    }
    Ok(())
}

const COLUMNS: &str = "id, name, phone, description, hours, region, builtin, hidden, position";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<SupportService> {
    Ok(SupportService {
        id: r.get(0)?,
        fields: SupportServiceFields {
            name: r.get(1)?,
            phone: r.get(2)?,
            description: r.get(3)?,
            hours: r.get(4)?,
            region: r.get(5)?,
        },
        builtin: r.get(6)?,
        hidden: r.get(7)?,
        position: r.get(8)?,
    })
}

impl Store {
    /// Directory entries in order; hidden ones only if asked for.
    pub fn list_support_services(
        &self,
        include_hidden: bool,
    ) -> Result<Vec<SupportService>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM support_services WHERE hidden = 0 OR ?1
             ORDER BY position, id"
        ))?;
        Ok(stmt
            .query_map([include_hidden], from_row)?
            .collect::<Result<_, _>>()?)
    }

    pub fn support_service(&self, id: &str) -> Result<SupportService, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM support_services WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound)
    }

    pub fn add_support_service(
        &mut self,
        fields: &SupportServiceFields,
    ) -> Result<SupportService, StoreError> {
        validate(fields)?;
        let id = new_id();
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO support_services(id, name, phone, description, hours, region,
                                              builtin, hidden, position)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0,
                         (SELECT COALESCE(MAX(position), 0) + 1 FROM support_services))",
                (
                    &id,
                    fields.name.trim(),
                    &fields.phone,
                    &fields.description,
                    &fields.hours,
                    &fields.region,
                ),
            )?;
            Ok(())
        })?;
        self.support_service(&id)
    }

    pub fn update_support_service(
        &mut self,
        id: &str,
        fields: &SupportServiceFields,
    ) -> Result<SupportService, StoreError> {
        validate(fields)?;
        let changed = self.write(|tx, _| {
            Ok(tx.execute(
                "UPDATE support_services SET name = ?2, phone = ?3, description = ?4, hours = ?5,
                        region = ?6 WHERE id = ?1",
                (
                    id,
                    fields.name.trim(),
                    &fields.phone,
                    &fields.description,
                    &fields.hours,
                    &fields.region,
                ),
            )?)
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        self.support_service(id)
    }

    pub fn move_support_service(&mut self, id: &str, position: i64) -> Result<(), StoreError> {
        let changed = self.write(|tx, _| {
            Ok(tx.execute(
                "UPDATE support_services SET position = ?2 WHERE id = ?1",
                (id, position),
            )?)
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Removes an entry the person added; a built-in entry is hidden instead.
    pub fn delete_support_service(&mut self, id: &str) -> Result<(), StoreError> {
        let changed = self.write(|tx, _| {
            Ok(tx.execute(
                "UPDATE support_services SET hidden = 1 WHERE id = ?1 AND builtin = 1",
                [id],
            )? + tx.execute(
                "DELETE FROM support_services WHERE id = ?1 AND builtin = 0",
                [id],
            )?)
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Shows a hidden built-in entry again.
    pub fn unhide_support_service(&mut self, id: &str) -> Result<(), StoreError> {
        let changed = self.write(|tx, _| {
            Ok(tx.execute("UPDATE support_services SET hidden = 0 WHERE id = ?1", [id])?)
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }
}
