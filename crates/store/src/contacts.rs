//! Trusted contacts: the people the person can turn to, how to reach them safely, the code word
//! agreed with them, what they already know, and whether they may be called in an emergency.
//!
//! Each contact is its own shareable document (see [`crate::documents`]), so contacts can be
//! shared with an advocate one by one. Deleting marks the document deleted, so a stale remote
//! copy cannot bring the contact back.

use automerge::ROOT;
use automerge::transaction::Transactable;
use chrono::{DateTime, Utc};
use harbour_reason::reason;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::documents::{Doc, DocumentKind, put_opt, put_text};
use crate::search::{self, SearchKind};
use crate::time::{from_micros, new_id, now, to_micros, valid_micros};
use crate::{Context, Store, StoreError};

const MAX_FIELD_CHARS: usize = 10_000;

/// What the person enters for a contact.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ContactFields {
    pub name: String,
    pub relationship: String,
    /// Phone, email, or "only in person at work": free text.
    pub how_to_reach: String,
    pub code_word: String,
    pub what_they_know: String,
    pub may_call_in_emergency: bool,
    pub check_in: String,
    pub safe_times: String,
}

impl ContactFields {
    fn validate(&self) -> Result<(), StoreError> {
        if self.name.trim().is_empty() {
            return Err(StoreError::invalid(reason("contacts-give-contact-name")));
        }
        for f in [
            &self.name,
            &self.relationship,
            &self.how_to_reach,
            &self.code_word,
            &self.what_they_know,
            &self.check_in,
            &self.safe_times,
        ] {
            if f.chars().count() > MAX_FIELD_CHARS {
                return Err(StoreError::invalid(reason(
                    "causing-harm-one-fields-too-long",
                )));
            }
        }
        Ok(())
    }

    fn write(&self, am: &mut automerge::AutoCommit) -> Result<(), StoreError> {
        put_text(am, &ROOT, "name", self.name.trim())?;
        put_text(am, &ROOT, "relationship", &self.relationship)?;
        put_text(am, &ROOT, "how_to_reach", &self.how_to_reach)?;
        put_text(am, &ROOT, "code_word", &self.code_word)?;
        put_text(am, &ROOT, "what_they_know", &self.what_they_know)?;
        put_opt(
            am,
            &ROOT,
            "may_call_in_emergency",
            Some(self.may_call_in_emergency),
        )?;
        put_text(am, &ROOT, "check_in", &self.check_in)?;
        put_text(am, &ROOT, "safe_times", &self.safe_times)?;
        Ok(())
    }
}

/// A stored trusted contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Contact {
    pub id: String,
    pub fields: ContactFields,
    pub created_at: DateTime<Utc>,
}

pub(crate) fn derive(conn: &Connection, doc: &Doc) -> Result<(), StoreError> {
    conn.execute("DELETE FROM contacts WHERE id = ?1", [&doc.id])?;
    if doc.bool(&ROOT, "deleted") {
        return search::remove(conn, SearchKind::Contact, &doc.id);
    }
    let f = ContactFields {
        name: doc.text(&ROOT, "name"),
        relationship: doc.text(&ROOT, "relationship"),
        how_to_reach: doc.text(&ROOT, "how_to_reach"),
        code_word: doc.text(&ROOT, "code_word"),
        what_they_know: doc.text(&ROOT, "what_they_know"),
        may_call_in_emergency: doc.bool(&ROOT, "may_call_in_emergency"),
        check_in: doc.text(&ROOT, "check_in"),
        safe_times: doc.text(&ROOT, "safe_times"),
    };
    // Missing, wrong-typed or out-of-range (hostile remote copy): the epoch, never an error.
    let created_at = valid_micros(doc.opt_i64(&ROOT, "created_at")).unwrap_or(0);
    conn.execute(
        "INSERT INTO contacts(id, name, relationship, how_to_reach, code_word, what_they_know,
                              may_call_in_emergency, check_in, safe_times, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        rusqlite::params![
            &doc.id,
            &f.name,
            &f.relationship,
            &f.how_to_reach,
            &f.code_word,
            &f.what_they_know,
            f.may_call_in_emergency,
            &f.check_in,
            &f.safe_times,
            created_at
        ],
    )?;
    let body = [
        f.relationship.as_str(),
        &f.how_to_reach,
        &f.what_they_know,
        &f.check_in,
        &f.safe_times,
    ]
    .join("\n");
    search::upsert(conn, SearchKind::Contact, &doc.id, &f.name, &body)
}

fn create(conn: &Connection, ctx: &Context, fields: &ContactFields) -> Result<String, StoreError> {
    let id = new_id();
    let mut doc = Doc::create(ctx, &id, DocumentKind::Contact, |am| {
        am.put(ROOT, "created_at", to_micros(now()))?;
        am.put(ROOT, "deleted", false)?;
        fields.write(am)
    })?;
    doc.save(conn)?;
    Ok(id)
}

pub(crate) fn seed_decoy(
    conn: &Connection,
    ctx: &Context,
    words: &harbour_words::Words,
) -> Result<(), StoreError> {
    for (name, relationship, how) in [
        (
            "decoy-contact-dentist",
            "decoy-contact-dentist-relationship",
            "decoy-contact-dentist-how",
        ),
        (
            "decoy-contact-friend",
            "decoy-contact-friend-relationship",
            "decoy-contact-friend-how",
        ),
    ] {
        create(
            conn,
            ctx,
            &ContactFields {
                name: words.get(name),
                relationship: words.get(relationship),
                how_to_reach: words.get(how),
                ..ContactFields::default()
            },
        )?;
    }
    Ok(())
}

const COLUMNS: &str = "id, name, relationship, how_to_reach, code_word, what_they_know,
                       may_call_in_emergency, check_in, safe_times, created_at";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Contact, i64)> {
    Ok((
        Contact {
            id: r.get(0)?,
            fields: ContactFields {
                name: r.get(1)?,
                relationship: r.get(2)?,
                how_to_reach: r.get(3)?,
                code_word: r.get(4)?,
                what_they_know: r.get(5)?,
                may_call_in_emergency: r.get(6)?,
                check_in: r.get(7)?,
                safe_times: r.get(8)?,
            },
            created_at: DateTime::<Utc>::UNIX_EPOCH,
        },
        r.get(9)?,
    ))
}

fn finish((mut c, created): (Contact, i64)) -> Result<Contact, StoreError> {
    c.created_at = from_micros(created)?;
    Ok(c)
}

impl Store {
    pub fn add_contact(&mut self, fields: &ContactFields) -> Result<Contact, StoreError> {
        fields.validate()?;
        let id = self.write(|tx, ctx| create(tx, ctx, fields))?;
        self.contact(&id)
    }

    pub fn contact(&self, id: &str) -> Result<Contact, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM contacts WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        finish(row)
    }

    /// All contacts, by name.
    pub fn list_contacts(&self) -> Result<Vec<Contact>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM contacts ORDER BY name COLLATE NOCASE, id"
        ))?;
        stmt.query_map([], from_row)?
            .map(|r| r.map_err(StoreError::from).and_then(finish))
            .collect()
    }

    pub fn update_contact(
        &mut self,
        id: &str,
        fields: &ContactFields,
    ) -> Result<Contact, StoreError> {
        fields.validate()?;
        self.contact(id)?;
        self.write(|tx, ctx| {
            let mut doc = Doc::load_kind(tx, ctx, id, DocumentKind::Contact)?;
            fields.write(&mut doc.am)?;
            doc.save(tx)
        })?;
        self.contact(id)
    }

    pub fn delete_contact(&mut self, id: &str) -> Result<(), StoreError> {
        self.contact(id)?;
        self.write(|tx, ctx| {
            let mut doc = Doc::load_kind(tx, ctx, id, DocumentKind::Contact)?;
            put_opt(&mut doc.am, &ROOT, "deleted", Some(true))?;
            doc.save(tx)
        })
    }
}
