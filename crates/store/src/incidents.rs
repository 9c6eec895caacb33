//! The incident log: evidence the person may one day give to the police or a court.
//!
//! Entries are append-only. Recording an incident writes revision 1; a correction writes
//! revision n+1; nothing is ever updated or deleted in place (SQL triggers abort any UPDATE or
//! DELETE on the revisions). Both instants are kept: `occurred_at` (what the person says) and
//! `recorded_at` (taken by the store from its own clock at write time, never from the caller).
//!
//! All revisions of all incidents form one hash chain in insertion order (`seq`): each entry's
//! hash is SHA-256 over the canonical encoding in [`crate::canonical`], which includes the
//! previous entry's hash and the hashes of attached files. Each entry is also signed with the
//! vault's ed25519 key. `recorded_at` never decreases along the chain. [`Store::verify_chain`]
//! recomputes everything and names the first entry that does not check out.
//!
//! `incidents_current` is a derived table holding each incident's latest revision, indexed for
//! newest-first listing by date and kind. It is not hashed, so [`Store::verify_chain`] also
//! checks it against the chain: a listing that points at an older revision (hiding a
//! correction, or showing a superseded version) is reported like any other broken link.
//!
//! # What verification cannot show
//!
//! - **Removing the newest entries is undetectable from inside the database.** A chain cut back
//!   to an earlier entry is still a valid chain. Only a chain head (seq and hash, see
//!   [`Store::chain_head`]) recorded somewhere else, for example printed in an export or given
//!   to an advocate or the police, shows that entries after it are missing.
//! - **Signatures prove "written by this vault", not "not rewritten".** The signing key is kept
//!   inside the same encrypted database. Anyone who holds the vault key (who knows the PIN and
//!   has the device secret) can read the signing key and write, or rewrite, a whole chain that
//!   verifies. The chain protects against edits made without the vault key and against
//!   accidental damage; an earlier chain head held elsewhere is what protects against someone
//!   who has it.

use harbour_reason::reason;
use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::attachments::{self, AttachmentMeta};
use crate::canonical::{AttachmentRef, RevisionPreimage};
use crate::incident_links::{self, IncidentLink};
use crate::search::{self, SearchKind};
use crate::signing::{stored_public_key, verify_signature};
use crate::time::{from_micros, new_id, now, to_micros, truncate};
use crate::{Context, Store, StoreError};

/// The most characters one text of an entry (its description, say) can hold.
pub const MAX_TEXT_CHARS: usize = 100_000;
const MAX_ATTACHMENTS: usize = 200;

/// What kind of behaviour an incident was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum IncidentKind {
    Following,
    Loitering,
    Calls,
    Messages,
    SocialMedia,
    GiftsLetters,
    Damage,
    ThirdPartyContact,
    TrackingAccountAccess,
    Threats,
    OrderBreach,
    #[default]
    Other,
}

impl IncidentKind {
    pub const ALL: [IncidentKind; 12] = [
        IncidentKind::Following,
        IncidentKind::Loitering,
        IncidentKind::Calls,
        IncidentKind::Messages,
        IncidentKind::SocialMedia,
        IncidentKind::GiftsLetters,
        IncidentKind::Damage,
        IncidentKind::ThirdPartyContact,
        IncidentKind::TrackingAccountAccess,
        IncidentKind::Threats,
        IncidentKind::OrderBreach,
        IncidentKind::Other,
    ];

    /// Stable code; part of the hash-chain encoding, so never change an existing one.
    pub fn code(self) -> &'static str {
        match self {
            IncidentKind::Following => "following",
            IncidentKind::Loitering => "loitering",
            IncidentKind::Calls => "calls",
            IncidentKind::Messages => "messages",
            IncidentKind::SocialMedia => "social-media",
            IncidentKind::GiftsLetters => "gifts-letters",
            IncidentKind::Damage => "damage",
            IncidentKind::ThirdPartyContact => "third-party-contact",
            IncidentKind::TrackingAccountAccess => "tracking-account-access",
            IncidentKind::Threats => "threats",
            IncidentKind::OrderBreach => "order-breach",
            IncidentKind::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<IncidentKind> {
        IncidentKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            IncidentKind::Following => "Following",
            IncidentKind::Loitering => "Waiting or loitering nearby",
            IncidentKind::Calls => "Calls",
            IncidentKind::Messages => "Messages",
            IncidentKind::SocialMedia => "Social media",
            IncidentKind::GiftsLetters => "Gifts or letters",
            IncidentKind::Damage => "Damage to property",
            IncidentKind::ThirdPartyContact => "Contact through other people",
            IncidentKind::TrackingAccountAccess => "Tracking or account access",
            IncidentKind::Threats => "Threats",
            IncidentKind::OrderBreach => "Breach of an order",
            IncidentKind::Other => "Something else",
        }
    }
}

/// The four behaviour markers (Fixated, Obsessed, Unwanted, Repeated) used to describe
/// stalking behaviour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum Behaviour {
    Fixated,
    Obsessed,
    Unwanted,
    Repeated,
}

impl Behaviour {
    pub const ALL: [Behaviour; 4] = [
        Behaviour::Fixated,
        Behaviour::Obsessed,
        Behaviour::Unwanted,
        Behaviour::Repeated,
    ];

    /// Stable code; part of the hash-chain encoding.
    pub fn code(self) -> &'static str {
        match self {
            Behaviour::Fixated => "fixated",
            Behaviour::Obsessed => "obsessed",
            Behaviour::Unwanted => "unwanted",
            Behaviour::Repeated => "repeated",
        }
    }

    pub fn from_code(code: &str) -> Option<Behaviour> {
        Behaviour::ALL.into_iter().find(|b| b.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PoliceContact {
    pub officer: String,
    pub crime_reference: String,
}

/// What the person writes about an incident. There is deliberately no `recorded_at` here: the
/// store sets it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IncidentFields {
    pub occurred_at: DateTime<Utc>,
    /// For something that went on for a while (e.g. waiting outside for an hour).
    pub occurred_until: Option<DateTime<Utc>>,
    pub location: String,
    pub kind: IncidentKind,
    pub behaviours: BTreeSet<Behaviour>,
    /// What was said or done, in the exact words where possible.
    pub description: String,
    pub perpetrator_appearance: String,
    pub vehicle: String,
    pub witnesses: String,
    pub impact_on_victim: String,
    pub impact_on_daily_life: String,
    pub police: PoliceContact,
    /// Who else it was reported to (employer, school, platform, ...).
    pub reported_to: String,
    /// Ids of attachments (from [`Store::add_attachment`]) this revision carries, in order.
    pub attachments: Vec<String>,
    /// Who it names and which conditions it breached; each link's words are filled in by the
    /// store when the revision is written.
    #[serde(default)]
    pub links: Vec<IncidentLink>,
}

impl IncidentFields {
    pub fn new(occurred_at: DateTime<Utc>, kind: IncidentKind, description: &str) -> Self {
        IncidentFields {
            occurred_at,
            kind,
            description: description.to_owned(),
            ..IncidentFields::default()
        }
    }

    /// Checks input and normalises timestamps to the stored (microsecond) precision.
    fn normalised(&self) -> Result<IncidentFields, StoreError> {
        let mut f = self.clone();
        f.occurred_at = truncate(f.occurred_at);
        f.occurred_until = f.occurred_until.map(truncate);
        if let Some(until) = f.occurred_until
            && until < f.occurred_at
        {
            return Err(StoreError::invalid(reason(
                "incidents-end-time-before-start-time",
            )));
        }
        for s in [
            &f.location,
            &f.description,
            &f.perpetrator_appearance,
            &f.vehicle,
            &f.witnesses,
            &f.impact_on_victim,
            &f.impact_on_daily_life,
            &f.police.officer,
            &f.police.crime_reference,
            &f.reported_to,
        ] {
            if s.chars().count() > MAX_TEXT_CHARS {
                return Err(StoreError::invalid(reason(
                    "causing-harm-one-fields-too-long",
                )));
            }
        }
        if f.attachments.len() > MAX_ATTACHMENTS {
            return Err(StoreError::invalid(reason(
                "incidents-too-many-files-attached",
            )));
        }
        let unique: HashSet<&String> = f.attachments.iter().collect();
        if unique.len() != f.attachments.len() {
            return Err(StoreError::invalid(reason(
                "incidents-same-file-attached-twice",
            )));
        }
        Ok(f)
    }
}

/// One stored version of an incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IncidentRevision {
    pub incident_id: String,
    /// 1 for the original entry, n+1 for each correction.
    pub revision: u32,
    /// Position in the vault-wide hash chain.
    pub seq: u64,
    /// When this revision was written, from the store's clock.
    pub recorded_at: DateTime<Utc>,
    pub fields: IncidentFields,
    pub attachments: Vec<AttachmentMeta>,
    /// Hex SHA-256 of the previous chain entry (all zeros for the first).
    pub prev_hash: String,
    /// Hex SHA-256 of this entry's canonical encoding.
    pub hash: String,
    /// Hex ed25519 signature over the hash.
    pub signature: String,
}

/// An incident as currently recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Incident {
    pub id: String,
    /// When the incident was first written down (revision 1's `recorded_at`).
    pub first_recorded_at: DateTime<Utc>,
    pub current: IncidentRevision,
}

/// Keyset position for paging: incidents strictly older than this one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PageCursor {
    pub occurred_at: DateTime<Utc>,
    pub incident_id: String,
}

/// Which page of a newest-first list to return.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// At most this many (clamped to 1..=500).
    pub limit: u32,
    /// Continue after this position (`IncidentPage::next` of the previous page).
    pub before: Option<PageCursor>,
}

impl Page {
    pub fn first(limit: u32) -> Page {
        Page {
            limit,
            before: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IncidentFilter {
    pub kind: Option<IncidentKind>,
    /// Only incidents marked with this behaviour (the latest version's marks).
    #[serde(default)]
    pub behaviour: Option<Behaviour>,
    /// `true`: only incidents with files attached; `false`: only those without.
    #[serde(default)]
    pub with_attachments: Option<bool>,
    /// Occurred at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Occurred before this instant.
    pub until: Option<DateTime<Utc>>,
    /// Only incidents whose latest version names this profile.
    #[serde(default)]
    pub profile: Option<String>,
    /// Only incidents whose latest version marks a condition of this order as breached.
    #[serde(default)]
    pub order: Option<String>,
}

/// The latest revision of each listed incident, for filters on what only it holds.
const JOIN_HEAD: &str = "JOIN incident_revisions r ON r.seq = c.head_seq";

/// The SQL conditions (on `c`, the current row, and `r`, its latest revision) and their values.
fn filter_clauses(filter: &IncidentFilter) -> (Vec<&'static str>, Vec<rusqlite::types::Value>) {
    use rusqlite::types::Value as V;
    let mut clauses = Vec::new();
    let mut args = Vec::new();
    if let Some(kind) = filter.kind {
        clauses.push("c.kind = ?");
        args.push(V::Text(kind.code().into()));
    }
    if let Some(behaviour) = filter.behaviour {
        // Stored as comma-separated codes.
        clauses.push("(',' || r.behaviours || ',') LIKE ?");
        args.push(V::Text(format!("%,{},%", behaviour.code())));
    }
    match filter.with_attachments {
        Some(true) => clauses.push(
            "EXISTS (SELECT 1 FROM incident_revision_attachments a WHERE a.seq = c.head_seq)",
        ),
        Some(false) => clauses.push(
            "NOT EXISTS (SELECT 1 FROM incident_revision_attachments a WHERE a.seq = c.head_seq)",
        ),
        None => {}
    }
    if let Some(profile) = &filter.profile {
        clauses.push(
            "EXISTS (SELECT 1 FROM incident_revision_links l WHERE l.seq = c.head_seq
                 AND l.kind = 'person' AND l.target_id = ?)",
        );
        args.push(V::Text(profile.clone()));
    }
    if let Some(order) = &filter.order {
        clauses.push(
            "EXISTS (SELECT 1 FROM incident_revision_links l JOIN order_conditions oc
                 ON oc.id = l.target_id WHERE l.seq = c.head_seq AND l.kind = 'breach'
                 AND oc.order_id = ?)",
        );
        args.push(V::Text(order.clone()));
    }
    if let Some(from) = filter.from {
        clauses.push("c.occurred_at >= ?");
        args.push(V::Integer(to_micros(from)));
    }
    if let Some(until) = filter.until {
        clauses.push("c.occurred_at < ?");
        args.push(V::Integer(to_micros(until)));
    }
    (clauses, args)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IncidentPage {
    pub incidents: Vec<Incident>,
    /// Pass as `Page::before` for the next page; `None` when this was the last.
    pub next: Option<PageCursor>,
}

/// The latest chain entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ChainHead {
    pub seq: u64,
    pub hash: String,
}

/// The first chain entry that failed verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BrokenLink {
    pub seq: u64,
    pub incident_id: String,
    /// What failed (no user content).
    pub reason: ChainBreak,
}

/// What a check of the chain found wrong at a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ChainBreak {
    /// A stored value cannot be read as what it should be.
    Unreadable,
    /// An entry before this one is missing or out of order.
    Missing,
    /// It does not link to the entry before it.
    NotLinked,
    /// Its content does not match its hash.
    ContentChanged,
    Signature,
    /// An attached file has changed.
    FileChanged,
    /// Recorded earlier than the entry before it.
    RecordedEarlier,
    /// Its revision number does not follow the incident's one before it.
    RevisionNumbers,
    /// The list of incidents does not match this incident's latest revision.
    ListDiffers,
    /// The incident is missing from the list of incidents.
    ListMissing,
    /// The list of incidents holds an incident with no revisions.
    ListExtra,
}

impl ChainBreak {
    /// The id of the words for it (`harbour-words`).
    pub fn message_id(self) -> &'static str {
        match self {
            ChainBreak::Unreadable => "chain-break-unreadable",
            ChainBreak::Missing => "chain-break-missing",
            ChainBreak::NotLinked => "chain-break-not-linked",
            ChainBreak::ContentChanged => "chain-break-content-changed",
            ChainBreak::Signature => "chain-break-signature",
            ChainBreak::FileChanged => "chain-break-file-changed",
            ChainBreak::RecordedEarlier => "chain-break-recorded-earlier",
            ChainBreak::RevisionNumbers => "chain-break-revision-numbers",
            ChainBreak::ListDiffers => "chain-break-list-differs",
            ChainBreak::ListMissing => "chain-break-list-missing",
            ChainBreak::ListExtra => "chain-break-list-extra",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum ChainReport {
    /// Every entry checks out. `head` is `None` for an empty log.
    Intact {
        count: u64,
        head: Option<ChainHead>,
    },
    Broken(BrokenLink),
}

const REVISION_COLUMNS: &str = "r.seq, r.incident_id, r.revision, r.recorded_at, r.occurred_at,
    r.occurred_until, r.location, r.kind, r.behaviours, r.description, r.perpetrator_appearance,
    r.vehicle, r.witnesses, r.impact_on_victim, r.impact_on_daily_life, r.police_officer,
    r.crime_reference, r.reported_to, r.prev_hash, r.hash, r.signature";

/// A revision row as stored, before any interpretation, so verification can report a damaged
/// row as a broken link rather than fail outright.
struct RawRevision {
    seq: i64,
    incident_id: String,
    revision: i64,
    recorded_at: i64,
    occurred_at: i64,
    occurred_until: Option<i64>,
    location: String,
    kind: String,
    behaviours: String,
    text: [String; 9],
    prev_hash: Vec<u8>,
    hash: Vec<u8>,
    signature: Vec<u8>,
}

fn raw_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawRevision> {
    Ok(RawRevision {
        seq: r.get(0)?,
        incident_id: r.get(1)?,
        revision: r.get(2)?,
        recorded_at: r.get(3)?,
        occurred_at: r.get(4)?,
        occurred_until: r.get(5)?,
        location: r.get(6)?,
        kind: r.get(7)?,
        behaviours: r.get(8)?,
        text: [
            r.get(9)?,
            r.get(10)?,
            r.get(11)?,
            r.get(12)?,
            r.get(13)?,
            r.get(14)?,
            r.get(15)?,
            r.get(16)?,
            r.get(17)?,
        ],
        prev_hash: r.get(18)?,
        hash: r.get(19)?,
        signature: r.get(20)?,
    })
}

fn behaviours_to_text(b: &BTreeSet<Behaviour>) -> String {
    b.iter().map(|b| b.code()).collect::<Vec<_>>().join(",")
}

impl RawRevision {
    /// Interprets the row; `Err` names what is wrong.
    fn preimage(
        &self,
        attachments: &[AttachmentMeta],
        links: &[IncidentLink],
    ) -> Result<RevisionPreimage, &'static str> {
        let time = |us: i64| DateTime::<Utc>::from_timestamp_micros(us).ok_or("bad timestamp");
        let mut behaviours = BTreeSet::new();
        for code in self.behaviours.split(',').filter(|s| !s.is_empty()) {
            behaviours.insert(Behaviour::from_code(code).ok_or("unknown behaviour")?);
        }
        let [
            description,
            perpetrator_appearance,
            vehicle,
            witnesses,
            impact_on_victim,
            impact_on_daily_life,
            officer,
            crime_reference,
            reported_to,
        ] = self.text.clone();
        let mut refs = Vec::with_capacity(attachments.len());
        for a in attachments {
            let sha: [u8; 32] = hex::decode(&a.sha256)
                .ok()
                .and_then(|v| v.try_into().ok())
                .ok_or("bad attachment hash")?;
            refs.push(AttachmentRef {
                id: a.id.clone(),
                sha256: sha,
                file_name: a.file_name.clone(),
                media_type: a.media_type.clone(),
                size: a.size,
            });
        }
        Ok(RevisionPreimage {
            prev_hash: self
                .prev_hash
                .as_slice()
                .try_into()
                .map_err(|_| "bad previous hash")?,
            seq: u64::try_from(self.seq).map_err(|_| "bad seq")?,
            incident_id: self.incident_id.clone(),
            revision: u32::try_from(self.revision).map_err(|_| "bad revision number")?,
            recorded_at: time(self.recorded_at)?,
            fields: IncidentFields {
                occurred_at: time(self.occurred_at)?,
                occurred_until: self.occurred_until.map(time).transpose()?,
                location: self.location.clone(),
                kind: IncidentKind::from_code(&self.kind).ok_or("unknown kind")?,
                behaviours,
                description,
                perpetrator_appearance,
                vehicle,
                witnesses,
                impact_on_victim,
                impact_on_daily_life,
                police: PoliceContact {
                    officer,
                    crime_reference,
                },
                reported_to,
                attachments: attachments.iter().map(|a| a.id.clone()).collect(),
                links: links.to_vec(),
            },
            attachments: refs,
        })
    }

    fn into_revision(self, conn: &Connection) -> Result<IncidentRevision, StoreError> {
        let attachments = attachments::for_revision(conn, self.seq)?;
        let links = incident_links::for_revision(conn, self.seq)?;
        let p = self
            .preimage(&attachments, &links)
            .map_err(|e| StoreError::Corrupt(format!("incident revision: {e}")))?;
        Ok(IncidentRevision {
            incident_id: p.incident_id,
            revision: p.revision,
            seq: p.seq,
            recorded_at: p.recorded_at,
            fields: p.fields,
            attachments,
            prev_hash: hex::encode(&self.prev_hash),
            hash: hex::encode(&self.hash),
            signature: hex::encode(&self.signature),
        })
    }
}

/// The newest chain entry: (seq, hash, recorded_at µs).
fn head(conn: &Connection) -> Result<Option<(i64, Vec<u8>, i64)>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT seq, hash, recorded_at FROM incident_revisions ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?)
}

/// Appends one revision to the chain and refreshes the derived rows. Returns its seq.
///
/// `recorded_at` is the store's clock, but never earlier than the previous entry's: if the
/// system clock has been set back, the entry takes the previous entry's instant, so
/// `recorded_at` never decreases along the chain (which [`Store::verify_chain`] checks).
fn append(
    conn: &Connection,
    ctx: &Context,
    incident_id: &str,
    revision: u32,
    fields: &IncidentFields,
) -> Result<i64, StoreError> {
    let mut recorded_at = now();
    if let Some((_, _, previous)) = head(conn)? {
        recorded_at = recorded_at.max(from_micros(previous)?);
    }
    append_at(conn, ctx, incident_id, revision, fields, recorded_at)
}

/// [`append`] with a given `recorded_at` (tests use it to write an out-of-order instant).
fn append_at(
    conn: &Connection,
    ctx: &Context,
    incident_id: &str,
    revision: u32,
    fields: &IncidentFields,
    recorded_at: DateTime<Utc>,
) -> Result<i64, StoreError> {
    // Links take the words they point to now; one whose target has gone since keeps the words
    // the entry's latest version gave it.
    let head_seq: Option<i64> = conn
        .query_row(
            "SELECT head_seq FROM incidents_current WHERE incident_id = ?1",
            [incident_id],
            |r| r.get(0),
        )
        .optional()?;
    let previous = match head_seq {
        Some(seq) => incident_links::for_revision(conn, seq)?,
        None => Vec::new(),
    };
    let mut fields = fields.clone();
    fields.links = incident_links::resolve(conn, &fields.links, &previous)?;
    let fields = &fields;
    let mut refs = Vec::with_capacity(fields.attachments.len());
    for id in &fields.attachments {
        let meta = attachments::meta(conn, id).map_err(|e| match e {
            StoreError::NotFound => {
                StoreError::invalid(reason("incidents-attached-file-could-found"))
            }
            other => other,
        })?;
        let sha256 = hex::decode(&meta.sha256)
            .ok()
            .and_then(|v| <[u8; 32]>::try_from(v).ok())
            .ok_or_else(|| StoreError::Corrupt("attachment hash".into()))?;
        refs.push(AttachmentRef {
            id: id.clone(),
            sha256,
            file_name: meta.file_name,
            media_type: meta.media_type,
            size: meta.size,
        });
    }
    let (prev_seq, prev_hash) = match head(conn)? {
        Some((seq, hash, _)) => (
            seq,
            <[u8; 32]>::try_from(hash.as_slice())
                .map_err(|_| StoreError::Corrupt("chain head hash".into()))?,
        ),
        None => (0, [0u8; 32]),
    };
    let seq = prev_seq + 1;
    let preimage = RevisionPreimage {
        prev_hash,
        seq: u64::try_from(seq).map_err(|_| StoreError::Corrupt("chain seq".into()))?,
        incident_id: incident_id.to_owned(),
        revision,
        recorded_at,
        fields: fields.clone(),
        attachments: refs,
    };
    let hash = preimage.hash();
    let signature = ctx.signing_key.sign_hash(&hash);
    let f = fields;
    conn.execute(
        "INSERT INTO incident_revisions(seq, incident_id, revision, recorded_at, occurred_at,
            occurred_until, location, kind, behaviours, description, perpetrator_appearance,
            vehicle, witnesses, impact_on_victim, impact_on_daily_life, police_officer,
            crime_reference, reported_to, prev_hash, hash, signature)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                 ?19, ?20, ?21)",
        rusqlite::params![
            seq,
            incident_id,
            revision,
            to_micros(recorded_at),
            to_micros(f.occurred_at),
            f.occurred_until.map(to_micros),
            f.location,
            f.kind.code(),
            behaviours_to_text(&f.behaviours),
            f.description,
            f.perpetrator_appearance,
            f.vehicle,
            f.witnesses,
            f.impact_on_victim,
            f.impact_on_daily_life,
            f.police.officer,
            f.police.crime_reference,
            f.reported_to,
            prev_hash.as_slice(),
            hash.as_slice(),
            signature.as_slice(),
        ],
    )?;
    for (position, id) in f.attachments.iter().enumerate() {
        conn.execute(
            "INSERT INTO incident_revision_attachments(seq, position, attachment_id)
             VALUES (?1, ?2, ?3)",
            (seq, position as i64, id),
        )?;
    }
    incident_links::insert(conn, seq, &f.links)?;
    conn.execute(
        "INSERT INTO incidents_current(incident_id, head_seq, revision, occurred_at, kind,
                                       first_recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(incident_id) DO UPDATE SET head_seq = excluded.head_seq,
             revision = excluded.revision, occurred_at = excluded.occurred_at,
             kind = excluded.kind",
        (
            incident_id,
            seq,
            revision,
            to_micros(f.occurred_at),
            f.kind.code(),
            to_micros(recorded_at),
        ),
    )?;
    let title = format!("{} – {}", f.kind.label(), f.occurred_at.format("%-d %B %Y"));
    let names: Vec<&str> = f.links.iter().map(|l| l.label.as_str()).collect();
    let names = names.join("\n");
    let body = [
        names.as_str(),
        f.location.as_str(),
        &f.description,
        &f.perpetrator_appearance,
        &f.vehicle,
        &f.witnesses,
        &f.impact_on_victim,
        &f.impact_on_daily_life,
        &f.police.officer,
        &f.police.crime_reference,
        &f.reported_to,
    ]
    .join("\n");
    search::upsert(conn, SearchKind::Incident, incident_id, &title, &body)?;
    Ok(seq)
}

/// One file brought in: the file, the files its entries carry, and the entries (each with the
/// indexes of its files).
pub type ImportedGroup<'a> = (
    ImportedFile<'a>,
    &'a [ImportedFile<'a>],
    &'a [(IncidentFields, Vec<usize>)],
);

/// One file's import, checked and ready to write.
struct PreparedImport<'a> {
    file: crate::attachments::NewAttachment<'a>,
    media: Vec<Option<crate::attachments::NewAttachment<'a>>>,
    ready: Vec<(IncidentFields, &'a [usize])>,
}

fn prepare_import<'a>(
    original: ImportedFile<'a>,
    media: &'a [ImportedFile<'a>],
    entries: &'a [(IncidentFields, Vec<usize>)],
) -> Result<PreparedImport<'a>, StoreError> {
    if entries.is_empty() {
        return Err(StoreError::invalid(reason("incidents-nothing-to-bring-in")));
    }
    let file = original.check()?;
    let mut used = vec![false; media.len()];
    let mut ready = Vec::with_capacity(entries.len());
    for (fields, files) in entries {
        for &n in files {
            *used.get_mut(n).ok_or(StoreError::NotFound)? = true;
        }
        // The file itself and the entry's own files are added when written.
        if files.len() + 1 > MAX_ATTACHMENTS {
            return Err(StoreError::invalid(reason(
                "incidents-too-many-files-attached",
            )));
        }
        let mut checked = fields.normalised()?;
        checked.attachments.clear();
        ready.push((checked, files.as_slice()));
    }
    let media = media
        .iter()
        .zip(&used)
        .map(|(m, used)| used.then(|| m.check()).transpose())
        .collect::<Result<_, _>>()?;
    Ok(PreparedImport { file, media, ready })
}

fn write_import(
    tx: &Connection,
    ctx: &Context,
    p: &PreparedImport<'_>,
) -> Result<Vec<String>, StoreError> {
    let whole = p.file.insert(tx)?;
    let mut media_ids = Vec::with_capacity(p.media.len());
    for m in &p.media {
        media_ids.push(m.as_ref().map(|m| m.insert(tx)).transpose()?);
    }
    let mut ids = Vec::with_capacity(p.ready.len());
    for (fields, files) in &p.ready {
        let mut fields = fields.clone();
        fields.attachments.push(whole.clone());
        for &n in *files {
            if let Some(Some(id)) = media_ids.get(n) {
                fields.attachments.push(id.clone());
            }
        }
        let id = new_id();
        append(tx, ctx, &id, 1, &fields)?;
        ids.push(id);
    }
    Ok(ids)
}

pub(crate) fn revision_by_seq(conn: &Connection, seq: i64) -> Result<IncidentRevision, StoreError> {
    let raw = conn.query_row(
        &format!("SELECT {REVISION_COLUMNS} FROM incident_revisions r WHERE r.seq = ?1"),
        [seq],
        raw_from_row,
    )?;
    raw.into_revision(conn)
}

/// At most this many incidents come in from one file at once.
pub const MAX_IMPORTED: usize = 100_000;

/// A file brought in with imported entries: its name, type and bytes.
#[derive(Debug, Clone, Copy)]
pub struct ImportedFile<'a> {
    pub name: &'a str,
    pub media_type: &'a str,
    pub bytes: &'a [u8],
}

impl<'a> ImportedFile<'a> {
    fn check(&self) -> Result<crate::attachments::NewAttachment<'a>, StoreError> {
        crate::attachments::NewAttachment::check(self.name, self.media_type, self.bytes)
    }
}

impl Store {
    /// Records a new incident (revision 1). `recorded_at` is set from the store's clock.
    pub fn record_incident(&mut self, fields: &IncidentFields) -> Result<Incident, StoreError> {
        let fields = fields.normalised()?;
        let id = new_id();
        self.write(|tx, ctx| append(tx, ctx, &id, 1, &fields))?;
        self.incident(&id)
    }

    /// Records several new incidents in one transaction: all of them, or (on any refusal) none.
    pub fn record_incidents(
        &mut self,
        entries: &[IncidentFields],
    ) -> Result<Vec<String>, StoreError> {
        if entries.is_empty() {
            return Err(StoreError::invalid(reason("incidents-nothing-to-write")));
        }
        if entries.len() > MAX_IMPORTED {
            return Err(StoreError::invalid(
                reason("incidents-too-many-at-once").with("limit", MAX_IMPORTED),
            ));
        }
        let ready = entries
            .iter()
            .map(IncidentFields::normalised)
            .collect::<Result<Vec<_>, _>>()?;
        self.write(|tx, ctx| {
            let mut ids = Vec::with_capacity(ready.len());
            for fields in &ready {
                let id = new_id();
                append(tx, ctx, &id, 1, fields)?;
                ids.push(id);
            }
            Ok(ids)
        })
    }

    /// Records many incidents made from one file (a chat export), with the files its messages
    /// name: the file is kept whole as an attachment of each entry, and each entry also carries
    /// the `media` its indexes point at. Everything is written in one transaction, so a failure
    /// leaves nothing half-imported. Returns the new incidents' ids, in `entries`' order.
    pub fn record_imported(
        &mut self,
        original: ImportedFile<'_>,
        media: &[ImportedFile<'_>],
        entries: &[(IncidentFields, Vec<usize>)],
    ) -> Result<Vec<String>, StoreError> {
        self.record_imported_together(&[(original, media, entries)])
    }

    /// [`Store::record_imported`] for several files at once (e-mails chosen together), all in
    /// one transaction: every file's entries, or none.
    pub fn record_imported_together(
        &mut self,
        groups: &[ImportedGroup<'_>],
    ) -> Result<Vec<String>, StoreError> {
        let total: usize = groups.iter().map(|(_, _, e)| e.len()).sum();
        if total == 0 {
            return Err(StoreError::invalid(reason("incidents-nothing-to-bring-in")));
        }
        if total > MAX_IMPORTED {
            return Err(StoreError::invalid(
                reason("incidents-too-many-at-once").with("limit", MAX_IMPORTED),
            ));
        }
        let prepared = groups
            .iter()
            .map(|(original, media, entries)| prepare_import(*original, media, entries))
            .collect::<Result<Vec<_>, _>>()?;
        self.write(|tx, ctx| {
            let mut ids = Vec::with_capacity(total);
            for p in &prepared {
                ids.extend(write_import(tx, ctx, p)?);
            }
            Ok(ids)
        })
    }

    /// Records a correction: a new revision with the complete new fields. Earlier revisions
    /// stay exactly as they were.
    pub fn revise_incident(
        &mut self,
        id: &str,
        fields: &IncidentFields,
    ) -> Result<Incident, StoreError> {
        let fields = fields.normalised()?;
        self.write(|tx, ctx| {
            let current: Option<i64> = tx
                .query_row(
                    "SELECT revision FROM incidents_current WHERE incident_id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            let current = current.ok_or(StoreError::NotFound)?;
            let next = u32::try_from(current + 1)
                .map_err(|_| StoreError::Corrupt("revision number".into()))?;
            append(tx, ctx, id, next, &fields)
        })?;
        self.incident(id)
    }

    pub fn incident(&self, id: &str) -> Result<Incident, StoreError> {
        let (seq, first): (i64, i64) = self
            .conn
            .query_row(
                "SELECT head_seq, first_recorded_at FROM incidents_current WHERE incident_id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound)?;
        Ok(Incident {
            id: id.to_owned(),
            first_recorded_at: from_micros(first)?,
            current: revision_by_seq(&self.conn, seq)?,
        })
    }

    /// Every revision of an incident, oldest first.
    pub fn incident_history(&self, id: &str) -> Result<Vec<IncidentRevision>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {REVISION_COLUMNS} FROM incident_revisions r
             WHERE r.incident_id = ?1 ORDER BY r.revision"
        ))?;
        let raws = stmt
            .query_map([id], raw_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        if raws.is_empty() {
            return Err(StoreError::NotFound);
        }
        raws.into_iter()
            .map(|r| r.into_revision(&self.conn))
            .collect()
    }

    /// Current incidents, newest occurrence first, optionally filtered by kind and date range.
    pub fn list_incidents(
        &self,
        page: &Page,
        filter: &IncidentFilter,
    ) -> Result<IncidentPage, StoreError> {
        let limit = page.limit.clamp(1, 500);
        let (mut clauses, mut args) = filter_clauses(filter);
        use rusqlite::types::Value as V;
        if let Some(cursor) = &page.before {
            clauses.push("(c.occurred_at, c.incident_id) < (?, ?)");
            args.push(V::Integer(to_micros(cursor.occurred_at)));
            args.push(V::Text(cursor.incident_id.clone()));
        }
        let where_clause = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        args.push(V::Integer(i64::from(limit)));
        let sql = format!(
            "SELECT c.incident_id, c.head_seq, c.first_recorded_at FROM incidents_current c
             {JOIN_HEAD} {where_clause} ORDER BY c.occurred_at DESC, c.incident_id DESC LIMIT ?"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut incidents = Vec::with_capacity(rows.len());
        for (id, seq, first) in rows {
            incidents.push(Incident {
                id,
                first_recorded_at: from_micros(first)?,
                current: revision_by_seq(&self.conn, seq)?,
            });
        }
        let next = if incidents.len() == limit as usize {
            incidents.last().map(|i| PageCursor {
                occurred_at: i.current.fields.occurred_at,
                incident_id: i.id.clone(),
            })
        } else {
            None
        };
        Ok(IncidentPage { incidents, next })
    }

    /// How many incidents `filter` lets through (the whole log, not a page).
    pub fn count_incidents(&self, filter: &IncidentFilter) -> Result<u64, StoreError> {
        let (clauses, args) = filter_clauses(filter);
        let where_clause = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        let sql = format!("SELECT count(*) FROM incidents_current c {JOIN_HEAD} {where_clause}");
        let n: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(rusqlite::params_from_iter(args), |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// When each current incident happened and what kind it was, oldest first: what the
    /// patterns (weekly counts, by kind, escalation) are worked out from.
    pub fn incident_occurrences(&self) -> Result<Vec<(DateTime<Utc>, IncidentKind)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT occurred_at, kind FROM incidents_current ORDER BY occurred_at, incident_id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (at, kind) = row?;
            let kind = IncidentKind::from_code(&kind)
                .ok_or_else(|| StoreError::Corrupt("unknown incident kind".into()))?;
            out.push((from_micros(at)?, kind));
        }
        Ok(out)
    }

    /// Number of incidents (not revisions).
    pub fn incident_count(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM incidents_current", [], |r| r.get(0))?;
        u64::try_from(n).map_err(|_| StoreError::Corrupt("count".into()))
    }

    /// The latest chain entry, or `None` if nothing has been recorded.
    pub fn chain_head(&self) -> Result<Option<ChainHead>, StoreError> {
        Ok(head(&self.conn)?.map(|(seq, hash, _)| ChainHead {
            seq: seq as u64,
            hash: hex::encode(hash),
        }))
    }

    /// Hex ed25519 public key that verifies this vault's incident signatures (for exports).
    pub fn incident_signing_public_key(&self) -> Result<String, StoreError> {
        Ok(hex::encode(stored_public_key(&self.conn)?))
    }

    /// Walks the whole chain in insertion order, recomputing every hash, link and signature,
    /// re-hashing attached files and checking that `recorded_at` never decreases and that each
    /// incident's revisions are numbered 1, 2, 3, ... Then checks the derived
    /// `incidents_current` table against the chain. Reports the first entry that does not check
    /// out (for a derived-table mismatch: the true latest revision of the incident concerned).
    ///
    /// See the module documentation for what this cannot detect.
    pub fn verify_chain(&self) -> Result<ChainReport, StoreError> {
        let public_key = stored_public_key(&self.conn)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {REVISION_COLUMNS} FROM incident_revisions r ORDER BY r.seq"
        ))?;
        let mut rows = stmt.query([])?;
        let mut expected_seq: i64 = 1;
        let mut prev: [u8; 32] = [0; 32];
        let mut prev_recorded_at: Option<i64> = None;
        let mut checked_files: HashSet<String> = HashSet::new();
        let mut heads: HashMap<String, ChainIncident> = HashMap::new();
        let broken = |raw: &RawRevision, reason: ChainBreak| {
            Ok(ChainReport::Broken(BrokenLink {
                seq: raw.seq.max(0) as u64,
                incident_id: raw.incident_id.clone(),
                reason,
            }))
        };
        while let Some(row) = rows.next()? {
            let raw = match raw_from_row(row) {
                Ok(raw) => raw,
                Err(_) => {
                    // A column no longer has its stored type; name the row by what we can read.
                    let seq: i64 = row.get(0).unwrap_or(expected_seq);
                    let incident_id: String = row.get(1).unwrap_or_default();
                    return Ok(ChainReport::Broken(BrokenLink {
                        seq: seq.max(0) as u64,
                        incident_id,
                        reason: ChainBreak::Unreadable,
                    }));
                }
            };
            if raw.seq != expected_seq {
                return broken(&raw, ChainBreak::Missing);
            }
            if raw.prev_hash.as_slice() != prev.as_slice() {
                return broken(&raw, ChainBreak::NotLinked);
            }
            let attachments = attachments::for_revision(&self.conn, raw.seq)?;
            let links = incident_links::for_revision(&self.conn, raw.seq)?;
            let preimage = match raw.preimage(&attachments, &links) {
                Ok(p) => p,
                Err(_) => return broken(&raw, ChainBreak::Unreadable),
            };
            let hash = preimage.hash();
            if raw.hash.as_slice() != hash.as_slice() {
                return broken(&raw, ChainBreak::ContentChanged);
            }
            if !verify_signature(&public_key, &hash, &raw.signature) {
                return broken(&raw, ChainBreak::Signature);
            }
            for a in &attachments {
                if !checked_files.contains(&a.id) {
                    if !attachments::bytes_intact(&self.conn, &a.id)? {
                        return broken(&raw, ChainBreak::FileChanged);
                    }
                    checked_files.insert(a.id.clone());
                }
            }
            if prev_recorded_at.is_some_and(|p| raw.recorded_at < p) {
                return broken(&raw, ChainBreak::RecordedEarlier);
            }
            match heads.get_mut(&raw.incident_id) {
                None if raw.revision != 1 => {
                    return broken(&raw, ChainBreak::RevisionNumbers);
                }
                None => {
                    heads.insert(raw.incident_id.clone(), ChainIncident::first(&raw));
                }
                Some(h) if raw.revision != h.revision + 1 => {
                    return broken(&raw, ChainBreak::RevisionNumbers);
                }
                Some(h) => h.advance(&raw),
            }
            prev = hash;
            prev_recorded_at = Some(raw.recorded_at);
            expected_seq += 1;
        }
        drop(rows);
        drop(stmt);
        if let Some(b) = self.check_incidents_current(heads)? {
            return Ok(ChainReport::Broken(b));
        }
        let count = (expected_seq - 1) as u64;
        Ok(ChainReport::Intact {
            count,
            head: (count > 0).then(|| ChainHead {
                seq: count,
                hash: hex::encode(prev),
            }),
        })
    }

    /// Compares the derived `incidents_current` rows with what the (already verified) chain
    /// says. Returns the mismatch with the lowest true head seq, then any row for an incident
    /// the chain does not have.
    fn check_incidents_current(
        &self,
        mut chain: HashMap<String, ChainIncident>,
    ) -> Result<Option<BrokenLink>, StoreError> {
        use rusqlite::types::ValueRef;
        let int = |v: ValueRef<'_>| match v {
            ValueRef::Integer(i) => Some(i),
            _ => None,
        };
        let text = |v: ValueRef<'_>| match v {
            ValueRef::Text(t) => std::str::from_utf8(t).ok().map(str::to_owned),
            _ => None,
        };
        let mut stmt = self.conn.prepare(
            "SELECT incident_id, head_seq, revision, occurred_at, kind, first_recorded_at
             FROM incidents_current",
        )?;
        let mut rows = stmt.query([])?;
        // (true head seq, incident id, reason)
        let mut mismatches: Vec<(i64, String, ChainBreak)> = Vec::new();
        let mut phantoms: Vec<(i64, String)> = Vec::new();
        while let Some(row) = rows.next()? {
            let id_ref = row.get_ref(0)?;
            let head_seq = int(row.get_ref(1)?);
            let Some(id) = text(id_ref) else {
                phantoms.push((head_seq.unwrap_or(0), String::new()));
                continue;
            };
            let Some(truth) = chain.remove(&id) else {
                phantoms.push((head_seq.unwrap_or(0), id));
                continue;
            };
            // Its latest revision, revision number, time, kind and first recorded time.
            let differs = head_seq != Some(truth.head_seq)
                || int(row.get_ref(2)?) != Some(truth.revision)
                || int(row.get_ref(3)?) != Some(truth.occurred_at)
                || text(row.get_ref(4)?).as_deref() != Some(truth.kind.as_str())
                || int(row.get_ref(5)?) != Some(truth.first_recorded_at);
            let reason = differs.then_some(ChainBreak::ListDiffers);
            if let Some(reason) = reason {
                mismatches.push((truth.head_seq, id, reason));
            }
        }
        for (id, truth) in chain {
            mismatches.push((truth.head_seq, id, ChainBreak::ListMissing));
        }
        if let Some((seq, incident_id, reason)) = mismatches.into_iter().min() {
            return Ok(Some(BrokenLink {
                seq: seq.max(0) as u64,
                incident_id,
                reason,
            }));
        }
        Ok(phantoms
            .into_iter()
            .min()
            .map(|(seq, incident_id)| BrokenLink {
                seq: seq.max(0) as u64,
                incident_id,
                reason: ChainBreak::ListExtra,
            }))
    }
}

/// What the chain says an incident's `incidents_current` row must hold.
struct ChainIncident {
    head_seq: i64,
    revision: i64,
    occurred_at: i64,
    kind: String,
    first_recorded_at: i64,
}

impl ChainIncident {
    fn first(raw: &RawRevision) -> Self {
        ChainIncident {
            head_seq: raw.seq,
            revision: raw.revision,
            occurred_at: raw.occurred_at,
            kind: raw.kind.clone(),
            first_recorded_at: raw.recorded_at,
        }
    }

    fn advance(&mut self, raw: &RawRevision) {
        self.head_seq = raw.seq;
        self.revision = raw.revision;
        self.occurred_at = raw.occurred_at;
        self.kind.clone_from(&raw.kind);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::{Duration, TimeZone};
    use rusqlite::Connection;

    use super::*;

    #[test]
    fn recorded_at_going_backwards_breaks_the_chain() {
        let mut store = Store::open(Connection::open_in_memory().unwrap()).unwrap();
        let t = Utc.with_ymd_and_hms(2025, 1, 1, 8, 0, 0).unwrap();
        let f = IncidentFields::new(t, IncidentKind::Calls, "calls");
        let first = store.record_incident(&f).unwrap();
        let second = store.record_incident(&f).unwrap();
        assert!(second.current.recorded_at >= first.current.recorded_at);
        // A correctly hashed and signed entry whose recorded_at is earlier than its
        // predecessor's (e.g. written by something holding the key with a clock set back).
        let earlier = first.current.recorded_at - Duration::seconds(60);
        let seq = store
            .write(|tx, ctx| append_at(tx, ctx, &first.id, 2, &f, earlier))
            .unwrap();
        assert_eq!(seq, 3);
        match store.verify_chain().unwrap() {
            ChainReport::Broken(b) => {
                assert_eq!((b.seq, b.incident_id.as_str()), (3, first.id.as_str()));
                assert_eq!(b.reason, ChainBreak::RecordedEarlier);
            }
            other => panic!("{other:?}"),
        }
        // The store's own writes never go backwards, even after such an entry.
        let next = store.record_incident(&f).unwrap();
        assert!(next.current.recorded_at >= first.current.recorded_at);
    }

    #[test]
    fn revision_numbers_must_follow_on() {
        let mut store = Store::open(Connection::open_in_memory().unwrap()).unwrap();
        let t = Utc.with_ymd_and_hms(2025, 1, 1, 8, 0, 0).unwrap();
        let f = IncidentFields::new(t, IncidentKind::Calls, "calls");
        let first = store.record_incident(&f).unwrap();
        store
            .write(|tx, ctx| append_at(tx, ctx, &first.id, 3, &f, now()))
            .unwrap();
        match store.verify_chain().unwrap() {
            ChainReport::Broken(b) => assert_eq!(b.seq, 2),
            other => panic!("{other:?}"),
        }
    }
}
