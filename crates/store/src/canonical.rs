//! The canonical, versioned byte encoding of an incident revision, which is what the hash chain
//! hashes.
//!
//! Layout (all integers big-endian; every string and byte field length-prefixed with a u64;
//! every list count-prefixed with a u32; optional values tagged 0 = absent / 1 = present):
//!
//! ```text
//! domain "harbour/incident-revision" | version u16 = 1
//! prev_hash [32] | seq u64 | incident_id str | revision u32 | recorded_at i64 (µs)
//! occurred_at i64 (µs) | occurred_until opt i64 | location str | kind str
//! behaviours list<str> (sorted) | description str | perpetrator_appearance str | vehicle str
//! witnesses str | impact_on_victim str | impact_on_daily_life str | police_officer str
//! crime_reference str | reported_to str
//! attachments list<(id str, sha256 [32], file_name str, media_type str, size u64)>
//! ```
//!
//! Version 2 is version 1 followed by the entry's links (who it names, which condition it
//! breached), each with the words it pointed to when written:
//!
//! ```text
//! links list<(kind str, target str, label str)>   -- never empty in version 2
//! ```
//!
//! A revision without links is written as version 1, so every revision written before links
//! existed keeps its bytes and hash.
//!
//! An attachment's name, type and size are covered as well as its bytes' hash: "photo of the
//! car, 14 March" renamed to something else after the fact is as much a change to the record
//! as editing the description.
//!
//! Fields are in a fixed order and every variable-length value carries its length, so the
//! encoding decodes unambiguously ([`decode_revision`] is its inverse): different revisions
//! can never produce the same bytes. JSON maps are deliberately not used: their key order and
//! number formatting are not guaranteed. A future layout gets a new version number; old
//! revisions keep being verified with the layout they were written in.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use crate::incident_links::{IncidentLink, LinkKind};
use crate::incidents::{Behaviour, IncidentFields, IncidentKind, PoliceContact};

pub const DOMAIN: &[u8] = b"harbour/incident-revision";
pub const VERSION: u16 = 1;
/// The layout with links.
pub const VERSION_WITH_LINKS: u16 = 2;

/// An attachment as it enters the chain: its id, the SHA-256 of its bytes and the metadata
/// shown with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentRef {
    pub id: String,
    pub sha256: [u8; 32],
    pub file_name: String,
    pub media_type: String,
    pub size: u64,
}

/// Everything one revision's hash covers.
#[derive(Debug, Clone, PartialEq)]
pub struct RevisionPreimage {
    pub prev_hash: [u8; 32],
    pub seq: u64,
    pub incident_id: String,
    pub revision: u32,
    pub recorded_at: DateTime<Utc>,
    /// `fields.attachments` is ignored by the encoding; `attachments` is what is encoded.
    pub fields: IncidentFields,
    pub attachments: Vec<AttachmentRef>,
}

impl RevisionPreimage {
    pub fn hash(&self) -> [u8; 32] {
        Sha256::digest(encode_revision(self)).into()
    }
}

struct Writer(Vec<u8>);

impl Writer {
    fn bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(&(b.len() as u64).to_be_bytes());
        self.0.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn fixed(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }
    fn time(&mut self, t: DateTime<Utc>) {
        self.fixed(&t.timestamp_micros().to_be_bytes());
    }
    fn count(&mut self, n: usize) {
        self.fixed(&(n as u32).to_be_bytes());
    }
}

pub fn encode_revision(p: &RevisionPreimage) -> Vec<u8> {
    let f = &p.fields;
    let mut w = Writer(Vec::with_capacity(512));
    w.bytes(DOMAIN);
    let version = if f.links.is_empty() {
        VERSION
    } else {
        VERSION_WITH_LINKS
    };
    w.fixed(&version.to_be_bytes());
    w.fixed(&p.prev_hash);
    w.fixed(&p.seq.to_be_bytes());
    w.str(&p.incident_id);
    w.fixed(&p.revision.to_be_bytes());
    w.time(p.recorded_at);
    w.time(f.occurred_at);
    match f.occurred_until {
        None => w.fixed(&[0]),
        Some(t) => {
            w.fixed(&[1]);
            w.time(t);
        }
    }
    w.str(&f.location);
    w.str(f.kind.code());
    w.count(f.behaviours.len());
    for b in &f.behaviours {
        w.str(b.code());
    }
    for s in [
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
        w.str(s);
    }
    w.count(p.attachments.len());
    for a in &p.attachments {
        w.str(&a.id);
        w.fixed(&a.sha256);
        w.str(&a.file_name);
        w.str(&a.media_type);
        w.fixed(&a.size.to_be_bytes());
    }
    if !f.links.is_empty() {
        w.count(f.links.len());
        for l in &f.links {
            w.str(l.kind.code());
            w.str(&l.target);
            w.str(&l.label);
        }
    }
    w.0
}

/// Why bytes are not a valid canonical revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError(pub &'static str);

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        if self.0.len() < n {
            return Err(DecodeError("truncated"));
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        self.take(N)?
            .try_into()
            .map_err(|_| DecodeError("truncated"))
    }
    fn bytes(&mut self) -> Result<&'a [u8], DecodeError> {
        let n = u64::from_be_bytes(self.array()?);
        let n = usize::try_from(n).map_err(|_| DecodeError("length too large"))?;
        self.take(n)
    }
    fn str(&mut self) -> Result<String, DecodeError> {
        String::from_utf8(self.bytes()?.to_vec()).map_err(|_| DecodeError("invalid UTF-8"))
    }
    fn time(&mut self) -> Result<DateTime<Utc>, DecodeError> {
        DateTime::<Utc>::from_timestamp_micros(i64::from_be_bytes(self.array()?))
            .ok_or(DecodeError("timestamp out of range"))
    }
    fn count(&mut self) -> Result<usize, DecodeError> {
        Ok(u32::from_be_bytes(self.array()?) as usize)
    }
}

/// The inverse of [`encode_revision`]. `fields.attachments` is filled from the attachment ids.
pub fn decode_revision(bytes: &[u8]) -> Result<RevisionPreimage, DecodeError> {
    let mut r = Reader(bytes);
    if r.bytes()? != DOMAIN {
        return Err(DecodeError("wrong domain"));
    }
    let version = u16::from_be_bytes(r.array()?);
    if version != VERSION && version != VERSION_WITH_LINKS {
        return Err(DecodeError("unknown version"));
    }
    let prev_hash = r.array()?;
    let seq = u64::from_be_bytes(r.array()?);
    let incident_id = r.str()?;
    let revision = u32::from_be_bytes(r.array()?);
    let recorded_at = r.time()?;
    let occurred_at = r.time()?;
    let occurred_until = match r.array::<1>()? {
        [0] => None,
        [1] => Some(r.time()?),
        _ => return Err(DecodeError("bad option tag")),
    };
    let location = r.str()?;
    let kind = IncidentKind::from_code(&r.str()?).ok_or(DecodeError("unknown kind"))?;
    let n = r.count()?;
    let mut behaviours = BTreeSet::new();
    let mut last: Option<Behaviour> = None;
    for _ in 0..n {
        let b = Behaviour::from_code(&r.str()?).ok_or(DecodeError("unknown behaviour"))?;
        // Sorted and unique, or the same set could be encoded two ways.
        if last.is_some_and(|l| l >= b) {
            return Err(DecodeError("behaviours not in canonical order"));
        }
        last = Some(b);
        behaviours.insert(b);
    }
    let mut s = || r.str();
    let description = s()?;
    let perpetrator_appearance = s()?;
    let vehicle = s()?;
    let witnesses = s()?;
    let impact_on_victim = s()?;
    let impact_on_daily_life = s()?;
    let officer = s()?;
    let crime_reference = s()?;
    let reported_to = s()?;
    let n = r.count()?;
    let mut attachments = Vec::new();
    for _ in 0..n {
        let id = r.str()?;
        let sha256 = r.array()?;
        let file_name = r.str()?;
        let media_type = r.str()?;
        let size = u64::from_be_bytes(r.array()?);
        attachments.push(AttachmentRef {
            id,
            sha256,
            file_name,
            media_type,
            size,
        });
    }
    let mut links = Vec::new();
    if version == VERSION_WITH_LINKS {
        let n = r.count()?;
        // Without links the layout is version 1: one revision, one encoding.
        if n == 0 {
            return Err(DecodeError("version 2 without links"));
        }
        for _ in 0..n {
            let kind = LinkKind::from_code(&r.str()?).ok_or(DecodeError("unknown link kind"))?;
            links.push(IncidentLink {
                kind,
                target: r.str()?,
                label: r.str()?,
            });
        }
    }
    if !r.0.is_empty() {
        return Err(DecodeError("trailing bytes"));
    }
    Ok(RevisionPreimage {
        prev_hash,
        seq,
        incident_id,
        revision,
        recorded_at,
        fields: IncidentFields {
            occurred_at,
            occurred_until,
            location,
            kind,
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
            links,
        },
        attachments,
    })
}
