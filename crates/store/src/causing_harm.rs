//! The person causing harm: one or more profiles (name, aliases, relationship, description,
//! vehicles, addresses, workplaces, social media handles, a photo), so that entries in the log
//! can name who it was and the report can describe them when the person chooses to include a
//! profile.
//!
//! Profiles live in this vault only; an entry that names someone keeps the name as it was when
//! the entry was written (in the chained record, see `incident_links.rs`), so changing or
//! removing a profile never changes what an entry said.

use chrono::{DateTime, Utc};
use harbour_reason::reason;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::time::{from_micros, new_id, now, to_micros};
use crate::{Store, StoreError};

const MAX_NAME_CHARS: usize = 200;
const MAX_FIELD_CHARS: usize = 10_000;
/// Enough for every person anyone has needed to describe; keeps a hostile page from filling the
/// vault with profiles.
pub const MAX_PROFILES: usize = 50;

/// What the person writes about someone causing harm. The list-like fields are free text, one
/// per line.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct HarmProfileFields {
    pub name: String,
    pub aliases: String,
    /// e.g. "former partner", "neighbour", "someone I don't know".
    pub relationship: String,
    /// Appearance and anything else that helps recognise them.
    pub description: String,
    /// Vehicles and registrations.
    pub vehicles: String,
    pub addresses: String,
    pub workplaces: String,
    pub social_media: String,
    /// An attachment id (from `add_attachment`) holding their photo.
    pub photo: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HarmProfile {
    pub id: String,
    pub fields: HarmProfileFields,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl HarmProfileFields {
    fn checked(&self) -> Result<HarmProfileFields, StoreError> {
        let mut f = self.clone();
        f.name = f.name.trim().to_owned();
        if f.name.is_empty() {
            return Err(StoreError::invalid(reason(
                "causing-harm-give-name-what-you-call",
            )));
        }
        if f.name.chars().count() > MAX_NAME_CHARS {
            return Err(StoreError::invalid(reason("causing-harm-name-too-long")));
        }
        for s in [
            &f.aliases,
            &f.relationship,
            &f.description,
            &f.vehicles,
            &f.addresses,
            &f.workplaces,
            &f.social_media,
        ] {
            if s.chars().count() > MAX_FIELD_CHARS {
                return Err(StoreError::invalid(reason(
                    "causing-harm-one-fields-too-long",
                )));
            }
        }
        Ok(f)
    }
}

fn to_json(f: &HarmProfileFields) -> Result<String, StoreError> {
    serde_json::to_string(f).map_err(|e| StoreError::Corrupt(format!("profile: {e}")))
}

type Row = (String, String, i64, i64);

fn profile((id, json, created, updated): Row) -> Result<HarmProfile, StoreError> {
    Ok(HarmProfile {
        id,
        fields: serde_json::from_str(&json)
            .map_err(|_| StoreError::Corrupt("a profile is not readable".into()))?,
        created_at: from_micros(created)?,
        updated_at: from_micros(updated)?,
    })
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
}

impl Store {
    /// Every profile, in the order they were added.
    pub fn harm_profiles(&self) -> Result<Vec<HarmProfile>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, fields, created_at, updated_at FROM harm_profiles ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map([], row)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(profile))
            .collect()
    }

    pub fn harm_profile(&self, id: &str) -> Result<HarmProfile, StoreError> {
        let raw = self
            .conn
            .query_row(
                "SELECT id, fields, created_at, updated_at FROM harm_profiles WHERE id = ?1",
                [id],
                row,
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        profile(raw)
    }

    pub fn add_harm_profile(
        &mut self,
        fields: &HarmProfileFields,
    ) -> Result<HarmProfile, StoreError> {
        let f = fields.checked()?;
        let json = to_json(&f)?;
        let id = new_id();
        let at = to_micros(now());
        self.write(|tx, _| {
            let count: i64 = tx.query_row("SELECT COUNT(*) FROM harm_profiles", [], |r| r.get(0))?;
            if count as usize >= MAX_PROFILES {
                return Err(StoreError::invalid(
                    reason("causing-harm-already-50-people-here-change"),
                ));
            }
            if let Some(photo) = &f.photo {
                crate::attachments::meta(tx, photo).map_err(|_| {
                    StoreError::invalid(reason("causing-harm-photo-could-found-add-again"))
                })?;
            }
            tx.execute(
                "INSERT INTO harm_profiles(id, fields, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
                (&id, &json, at),
            )?;
            Ok(())
        })?;
        self.harm_profile(&id)
    }

    pub fn update_harm_profile(
        &mut self,
        id: &str,
        fields: &HarmProfileFields,
    ) -> Result<HarmProfile, StoreError> {
        let f = fields.checked()?;
        let json = to_json(&f)?;
        self.write(|tx, _| {
            if let Some(photo) = &f.photo {
                crate::attachments::meta(tx, photo).map_err(|_| {
                    StoreError::invalid(reason("causing-harm-photo-could-found-add-again"))
                })?;
            }
            let changed = tx.execute(
                "UPDATE harm_profiles SET fields = ?2, updated_at = ?3 WHERE id = ?1",
                (id, &json, to_micros(now())),
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(())
        })?;
        self.harm_profile(id)
    }

    /// Removes a profile. Entries that named them keep the name they were written with; orders
    /// against them stay, no longer tied to a profile.
    pub fn remove_harm_profile(&mut self, id: &str) -> Result<(), StoreError> {
        self.write(|tx, _| {
            tx.execute(
                "UPDATE court_orders SET profile_id = NULL WHERE profile_id = ?1",
                [id],
            )?;
            if tx.execute("DELETE FROM harm_profiles WHERE id = ?1", [id])? == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(())
        })
    }
}
