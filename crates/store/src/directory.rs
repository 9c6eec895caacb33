//! The support directory: phone numbers and services the person can turn to. UK defaults are
//! seeded on first open, and defaults added in later versions reach older vaults at their next
//! open; entries can be edited, added (for other regions too) and reordered. Deleting a built-in
//! entry only hides it, so it can be brought back as it was published.

use harbour_reason::reason;
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
    /// A built-in entry the person changed: it can be put back as published.
    pub edited: bool,
}

struct Builtin {
    id: &'static str,
    name: &'static str,
    phone: &'static str,
    description: &'static str,
    hours: &'static str,
    /// Where it applies: "GB" for the whole of the UK, "GB-WLS", "GB-SCT", "GB-NIR" for one nation.
    region: &'static str,
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
        region: "GB",
        ordinary: true,
    },
    Builtin {
        id: "gb-silent-solution",
        name: "Silent Solution",
        phone: "999 then 55",
        description: "If you cannot speak: call 999 from a mobile, listen, then press 55 when \
                      asked. The operator will know it is a real emergency.",
        hours: "24 hours",
        region: "GB",
        ordinary: false,
    },
    Builtin {
        id: "gb-101",
        name: "Police (non-emergency)",
        phone: "101",
        description: "To report something that has already happened or ask for advice when \
                      no one is in immediate danger.",
        hours: "24 hours",
        region: "GB",
        ordinary: true,
    },
    Builtin {
        id: "gb-national-stalking-helpline",
        name: "National Stalking Helpline",
        phone: "0808 802 0300",
        description: "Advice and support for anyone affected by stalking.",
        hours: "Mon, Tue, Thu, Fri 09:30–16:00; Wed 13:00–16:00",
        region: "GB-EAW",
        ordinary: false,
    },
    Builtin {
        id: "gb-refuge",
        name: "National Domestic Abuse Helpline (Refuge)",
        phone: "0808 2000 247",
        description: "Free, confidential support for anyone experiencing domestic abuse, \
                      including finding a refuge.",
        hours: "24 hours",
        region: "GB-ENG",
        ordinary: false,
    },
    Builtin {
        id: "gb-crimestoppers",
        name: "Crimestoppers",
        phone: "0800 555 111",
        description: "Pass on information about crime anonymously.",
        hours: "24 hours",
        region: "GB",
        ordinary: false,
    },
    // Added in version 0.2. Each number is the one the service publishes on the page named
    // above it; they were written down from those pages, and must be checked against them again
    // before each release (the build machine has no web access to do it automatically).
    //
    // https://www.paladinservice.co.uk/ (contact)
    Builtin {
        id: "gb-paladin",
        name: "Paladin National Stalking Advocacy Service",
        phone: "020 3866 4107",
        description: "Specialist stalking advocates who support people at high risk and help \
                      them through the police and courts.",
        hours: "Weekdays",
        region: "GB-EAW",
        ordinary: false,
    },
    // https://www.gov.wales/live-fear-free (the helpline's page)
    Builtin {
        id: "gb-wls-live-fear-free",
        name: "Live Fear Free helpline",
        phone: "0808 80 10 800",
        description: "Free, confidential help in Welsh or English for anyone in Wales \
                      experiencing domestic abuse, sexual violence or stalking. You can also \
                      text 07860 077 333.",
        hours: "24 hours",
        region: "GB-WLS",
        ordinary: false,
    },
    // https://sdafmh.org.uk/
    Builtin {
        id: "gb-sct-domestic-abuse-helpline",
        name: "Scotland's Domestic Abuse and Forced Marriage Helpline",
        phone: "0800 027 1234",
        description: "Free, confidential support for anyone in Scotland affected by domestic \
                      abuse or forced marriage.",
        hours: "24 hours",
        region: "GB-SCT",
        ordinary: false,
    },
    // https://www.dsahelpline.org/
    Builtin {
        id: "gb-nir-domestic-sexual-abuse-helpline",
        name: "Domestic and Sexual Abuse Helpline",
        phone: "0808 802 1414",
        description: "Free, confidential support for anyone in Northern Ireland affected by \
                      domestic or sexual abuse.",
        hours: "24 hours",
        region: "GB-NIR",
        ordinary: false,
    },
    // https://mensadviceline.org.uk/
    Builtin {
        id: "gb-mens-advice-line",
        name: "Men's Advice Line (Respect)",
        phone: "0808 801 0327",
        description: "Confidential support for men experiencing domestic abuse.",
        hours: "Weekdays",
        region: "GB",
        ordinary: false,
    },
    // https://galop.org.uk/get-help/helplines/
    Builtin {
        id: "gb-galop",
        name: "Galop National LGBT+ Domestic Abuse Helpline",
        phone: "0800 999 5428",
        description: "Support for LGBT+ people experiencing domestic abuse, including from \
                      family members.",
        hours: "Weekdays",
        region: "GB",
        ordinary: false,
    },
];

/// A built-in entry as an earlier version published it, where this version publishes it
/// differently (a region or hours corrected). A vault still holding it exactly so gets the new
/// text; one the person changed keeps theirs.
struct Earlier {
    id: &'static str,
    hours: &'static str,
    region: &'static str,
}

const EARLIER: &[Earlier] = &[
    Earlier {
        id: "gb-national-stalking-helpline",
        hours: "Weekdays 09:30–16:00; Wednesdays 13:00–16:00",
        region: "GB",
    },
    Earlier {
        id: "gb-refuge",
        hours: "24 hours",
        region: "GB",
    },
];

/// Brings built-in entries untouched since an earlier version up to what this one publishes.
fn republish(conn: &Connection) -> Result<(), StoreError> {
    for e in EARLIER {
        let Some(b) = BUILTINS.iter().find(|b| b.id == e.id) else {
            continue;
        };
        conn.execute(
            "UPDATE support_services SET hours = ?2, region = ?3
             WHERE id = ?1 AND builtin = 1 AND hours = ?4 AND region = ?5
               AND name = ?6 AND phone = ?7 AND description = ?8",
            (
                b.id,
                b.hours,
                b.region,
                e.hours,
                e.region,
                b.name,
                b.phone,
                b.description,
            ),
        )?;
    }
    Ok(())
}

/// Adds the built-in entries this vault does not have yet, after its own, in the order above: at
/// first run all of them, later those a newer version added. One the person removed is kept
/// (hidden), so it never comes back by itself. In a decoy vault a new specialist line comes in
/// hidden, as the decoy's first ones were.
pub(crate) fn add_missing_builtins(conn: &Connection) -> Result<(), StoreError> {
    republish(conn)?;
    let decoy = is_decoy(conn)?;
    for b in BUILTINS {
        conn.execute(
            "INSERT OR IGNORE INTO support_services(id, name, phone, description, hours, region,
                                                    builtin, hidden, position)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7,
                     (SELECT COALESCE(MAX(position), 0) + 1 FROM support_services))",
            (
                b.id,
                b.name,
                b.phone,
                b.description,
                b.hours,
                b.region,
                decoy && !b.ordinary,
            ),
        )?;
    }
    Ok(())
}

fn is_decoy(conn: &Connection) -> Result<bool, StoreError> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM store_meta WHERE key = 'decoy_seeded'",
            [],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
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
        return Err(StoreError::invalid(reason("directory-give-service-name")));
    }
    for s in [&f.name, &f.phone, &f.description, &f.hours, &f.region] {
        if s.chars().count() > 2_000 {
            return Err(StoreError::invalid(reason(
                "causing-harm-one-fields-too-long",
            )));
        }
    }
    Ok(())
}

const COLUMNS: &str = "id, name, phone, description, hours, region, builtin, hidden, position";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<SupportService> {
    let id: String = r.get(0)?;
    let fields = SupportServiceFields {
        name: r.get(1)?,
        phone: r.get(2)?,
        description: r.get(3)?,
        hours: r.get(4)?,
        region: r.get(5)?,
    };
    let builtin: bool = r.get(6)?;
    let edited = builtin
        && BUILTINS.iter().find(|b| b.id == id).is_some_and(|b| {
            [b.name, b.phone, b.description, b.hours, b.region]
                != [
                    fields.name.as_str(),
                    &fields.phone,
                    &fields.description,
                    &fields.hours,
                    &fields.region,
                ]
        });
    Ok(SupportService {
        id,
        fields,
        builtin,
        hidden: r.get(7)?,
        position: r.get(8)?,
        edited,
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

    /// Built-in entries removed (hidden), which can be put back. A decoy's hidden specialist lines
    /// are among them, as in a real vault where the person removed them: a decoy must only ever
    /// be in a state a real vault can reach.
    pub fn removed_support_services(&self) -> Result<Vec<SupportService>, StoreError> {
        Ok(self
            .list_support_services(true)?
            .into_iter()
            .filter(|s| s.hidden && s.builtin)
            .collect())
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

    /// Shows a removed built-in entry again: as the person last had it, or (`as_published`) with
    /// its own published name, number, description, hours and region, whatever edits were made.
    pub fn restore_support_service(
        &mut self,
        id: &str,
        as_published: bool,
    ) -> Result<SupportService, StoreError> {
        let b = BUILTINS
            .iter()
            .find(|b| b.id == id)
            .ok_or(StoreError::NotFound)?;
        let changed = self.write(|tx, _| {
            Ok(if as_published {
                tx.execute(
                    "UPDATE support_services SET name = ?2, phone = ?3, description = ?4,
                            hours = ?5, region = ?6, hidden = 0 WHERE id = ?1 AND builtin = 1",
                    (b.id, b.name, b.phone, b.description, b.hours, b.region),
                )?
            } else {
                tx.execute(
                    "UPDATE support_services SET hidden = 0 WHERE id = ?1 AND builtin = 1",
                    [b.id],
                )?
            })
        })?;
        if changed == 0 {
            return Err(StoreError::NotFound);
        }
        self.support_service(id)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The page shows an unchanged built-in service in the language in use, recognising it by
    /// its English (ui/src/builtins.ts): that English must be these words exactly.
    #[test]
    fn the_page_knows_each_built_in_service_word_for_word() {
        let words = crate::page_words::english("builtins.ftl");
        for b in BUILTINS {
            for (field, text) in [
                ("name", b.name),
                ("description", b.description),
                ("hours", b.hours),
            ] {
                let id = format!("builtin-service-{}-{field}", b.id);
                assert_eq!(words.get(&id).map(String::as_str), Some(text), "{id}");
            }
        }
    }
}
