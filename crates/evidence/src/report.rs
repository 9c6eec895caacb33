//! The PDF report for police or court.
//!
//! Order: a title page (name if given, period covered, number of incidents, when it was made,
//! and how to read it); the course of conduct (`conduct.rs`: how many over what period, by type,
//! the four behaviour markers with examples quoted, the effect on daily life quoted); a chronological table; each incident in full, with when it happened and
//! when it was written down always shown, earlier versions shown as versions, attachments with
//! their SHA-256; anything else the person chose item by item; and last, the chain head and how
//! to check it.

use std::fmt::Display;

use chrono::{DateTime, TimeZone, Utc};
use harbour_store::{Behaviour, ChainReport, IncidentFields, IncidentRevision, LinkKind, Store};

use crate::conduct::course_of_conduct;
use crate::layout::{CONTENT_WIDTH, Column, Sheets, Style, picture_from};
use crate::{Entry, Evidence, EvidenceError, EvidenceRequest};

/// Pictures are drawn at most this tall, so one photo never takes a whole page.
const PICTURE_MAX_HEIGHT: f32 = 260.0;

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOutcome {
    pub incidents: u32,
    pub pages: u32,
    /// Pictures were asked for but some could not be put in (unreadable, or too many bytes in
    /// all); every attachment is still listed with its SHA-256.
    pub pictures_left_out: bool,
}

/// All embedded pictures together stay under this many bytes (they are held until the PDF is
/// written).
const PICTURE_BUDGET: usize = 256 * 1024 * 1024;

/// Writes the report for `request` as PDF bytes. Times are shown in `tz` with their offset.
pub fn write_report<Tz>(
    store: &Store,
    request: &EvidenceRequest,
    tz: &Tz,
    generated_at: DateTime<Utc>,
) -> Result<(Vec<u8>, ReportOutcome), EvidenceError>
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    let evidence = Evidence::gather(store, request)?;
    let clock = Clock { tz };
    if request.embed_images {
        let mut budget = PICTURE_BUDGET;
        match render(
            store,
            &evidence,
            request,
            &clock,
            generated_at,
            Some(&mut budget),
        ) {
            Ok((bytes, mut outcome, skipped)) => {
                outcome.pictures_left_out = skipped;
                return Ok((bytes, outcome));
            }
            // A picture that cannot be decoded fails the whole document: make it again
            // without pictures rather than not at all.
            Err(EvidenceError::Pdf(_)) => {}
            Err(other) => return Err(other),
        }
    }
    let (bytes, mut outcome, _) = render(store, &evidence, request, &clock, generated_at, None)?;
    outcome.pictures_left_out = request.embed_images;
    Ok((bytes, outcome))
}

/// Lays out and writes the report; `pictures` is the byte budget for embedded pictures, or
/// `None` for none. The flag says whether any picture was skipped for the budget.
fn render<Tz>(
    store: &Store,
    evidence: &Evidence,
    request: &EvidenceRequest,
    clock: &Clock<'_, Tz>,
    generated_at: DateTime<Utc>,
    mut pictures: Option<&mut usize>,
) -> Result<(Vec<u8>, ReportOutcome, bool), EvidenceError>
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    let mut sheets = Sheets::new()?;
    let mut skipped = false;
    title_page(&mut sheets, evidence, request, clock, generated_at);
    course_of_conduct(&mut sheets, evidence, clock, generated_at);
    chronology(&mut sheets, evidence, clock);
    let total = evidence.entries.len();
    for (index, entry) in evidence.entries.iter().enumerate() {
        skipped |= incident(
            &mut sheets,
            store,
            entry,
            index + 1,
            total,
            pictures.as_deref_mut(),
            clock,
        )?;
    }
    chosen_items(&mut sheets, evidence, clock);
    crate::screenings::screenings(&mut sheets, &evidence.screenings);
    checking(&mut sheets, evidence);

    let pages = u32::try_from(sheets.page_count()).unwrap_or(u32::MAX);
    let made = clock.date(generated_at);
    let head = evidence
        .head
        .as_ref()
        .and_then(|h| h.hash.get(..16))
        .map(|h| format!(" · chain head {h}…"))
        .unwrap_or_default();
    let bytes = sheets.finish("Incident log", generated_at, |page, of| {
        format!("Incident log · made {made}{head} · page {page} of {of}")
    })?;
    Ok((
        bytes,
        ReportOutcome {
            incidents: u32::try_from(total).unwrap_or(u32::MAX),
            pages,
            pictures_left_out: false,
        },
        skipped,
    ))
}

pub(crate) struct Clock<'a, Tz> {
    pub(crate) tz: &'a Tz,
}

impl<Tz> Clock<'_, Tz>
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    /// "Tue 3 Nov 2026, 21:40 (UTC+00:00)"
    fn minute(&self, t: DateTime<Utc>) -> String {
        let local = t.with_timezone(self.tz);
        format!(
            "{} (UTC{})",
            local.format("%a %-d %b %Y, %H:%M"),
            local.format("%:z")
        )
    }

    /// With seconds: for the app's own clock readings.
    fn second(&self, t: DateTime<Utc>) -> String {
        let local = t.with_timezone(self.tz);
        format!(
            "{} (UTC{})",
            local.format("%a %-d %b %Y, %H:%M:%S"),
            local.format("%:z")
        )
    }

    pub(crate) fn date(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(self.tz).format("%-d %b %Y").to_string()
    }

    fn short(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(self.tz)
            .format("%-d %b %Y %H:%M")
            .to_string()
    }
}

pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn title_page<Tz>(
    sheets: &mut Sheets,
    evidence: &Evidence,
    request: &EvidenceRequest,
    clock: &Clock<'_, Tz>,
    generated_at: DateTime<Utc>,
) where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    sheets.space(120.0);
    sheets.heading("Incident log", 26.0);
    sheets.paragraph(
        "A record of incidents, written down at the time they happened or soon after.",
        Style::BODY,
        0.0,
    );
    sheets.space(24.0);
    let name = request.name.trim();
    if !name.is_empty() {
        sheets.field("Kept by", name, false);
    }
    let first = evidence
        .entries
        .first()
        .map(|e| e.incident.current.fields.occurred_at);
    let last = evidence
        .entries
        .last()
        .map(|e| e.incident.current.fields.occurred_at);
    let from = request
        .from
        .map(|d| d.format("%-d %b %Y").to_string())
        .or_else(|| first.map(|t| clock.date(t)))
        .unwrap_or_default();
    let until = request
        .until
        .map(|d| d.format("%-d %b %Y").to_string())
        .or_else(|| last.map(|t| clock.date(t)))
        .unwrap_or_default();
    sheets.field("Period covered", &format!("{from} to {until}"), true);
    sheets.field(
        "Incidents in this report",
        &evidence.entries.len().to_string(),
        true,
    );
    let corrected = evidence
        .entries
        .iter()
        .filter(|e| e.history.len() > 1)
        .count();
    if corrected > 0 {
        sheets.field(
            "Corrected later",
            &format!(
                "{} (every earlier version is shown with the incident)",
                plural(corrected, "incident", "incidents")
            ),
            true,
        );
    }
    sheets.field("Report made", &clock.second(generated_at), true);
    sheets.space(24.0);
    sheets.heading("How to read this report", 12.0);
    for text in [
        "Each incident shows when it happened (as the person wrote it) and when it was written \
         down (taken from the app's own clock at the moment it was saved, which the person \
         cannot set).",
        "Entries cannot be edited or deleted in the app. A correction is saved as a new version; \
         the earlier versions are kept and shown in this report with the incident.",
        "Every version of every entry is linked to the one before it by a SHA-256 hash chain \
         and signed by the app. The last section explains how to check this, and gives the \
         chain head: the hash of the newest entry when the report was made.",
        "Files attached as evidence are listed with their SHA-256, which anyone can compare \
         with the original file.",
    ] {
        sheets.paragraph(text, Style::BODY, 0.0);
        sheets.space(4.0);
    }
    sheets.new_page();
}

fn chronology<Tz>(sheets: &mut Sheets, evidence: &Evidence, clock: &Clock<'_, Tz>)
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    sheets.heading("All incidents in order", 16.0);
    let rows: Vec<Vec<String>> = evidence
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let f = &e.incident.current.fields;
            vec![
                (i + 1).to_string(),
                clock.short(f.occurred_at),
                clock.short(e.incident.first_recorded_at),
                f.kind.label().to_owned(),
                cell(&f.location),
                cell(&f.police.crime_reference),
            ]
        })
        .collect();
    let widths = [24.0, 84.0, 84.0, 100.0, 125.0];
    let used: f32 = widths.iter().sum();
    sheets.table(
        &[
            Column {
                header: "#",
                width: widths[0],
            },
            Column {
                header: "Happened",
                width: widths[1],
            },
            Column {
                header: "Written down",
                width: widths[2],
            },
            Column {
                header: "Type",
                width: widths[3],
            },
            Column {
                header: "Where",
                width: widths[4],
            },
            Column {
                header: "Crime reference",
                width: CONTENT_WIDTH - used,
            },
        ],
        &rows,
        Style::SMALL,
    );
}

/// A table cell shows at most this much of a field; the incident below has it in full (a cell
/// taller than a page would run off it).
const CELL_CHARS: usize = 120;

fn cell(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= CELL_CHARS {
        return text.to_owned();
    }
    let short: String = text.chars().take(CELL_CHARS).collect();
    format!("{short}… (in full below)")
}

pub(crate) fn behaviour_label(b: Behaviour) -> &'static str {
    match b {
        Behaviour::Fixated => "Fixated",
        Behaviour::Obsessed => "Obsessed",
        Behaviour::Unwanted => "Unwanted",
        Behaviour::Repeated => "Repeated",
    }
}

fn size_text(bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let b = bytes as f64;
    if b < KB {
        format!("{bytes} bytes")
    } else if b < KB * KB {
        format!("{:.1} KB", b / KB)
    } else {
        format!("{:.1} MB", b / KB / KB)
    }
}

/// Every field of one version as (label, value), in the order the report shows them.
fn fields_of<Tz>(
    f: &IncidentFields,
    rev: &IncidentRevision,
    clock: &Clock<'_, Tz>,
) -> Vec<(&'static str, String)>
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    let happened = match f.occurred_until {
        Some(until) => format!(
            "{}, until {}",
            clock.minute(f.occurred_at),
            clock.minute(until)
        ),
        None => clock.minute(f.occurred_at),
    };
    let markers = if f.behaviours.is_empty() {
        String::new()
    } else {
        f.behaviours
            .iter()
            .map(|b| behaviour_label(*b))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let attachments = rev
        .attachments
        .iter()
        .map(|a| {
            format!(
                "{} ({}, {})\nSHA-256:\n{}",
                a.file_name,
                a.media_type,
                size_text(a.size),
                a.sha256
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    let linked = |kind: LinkKind| {
        f.links
            .iter()
            .filter(|l| l.kind == kind)
            .map(|l| l.label.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    vec![
        ("Happened", happened),
        ("Where", f.location.clone()),
        ("Who", linked(LinkKind::Person)),
        // The condition as it was worded when the entry was written.
        ("Marked as breaching", linked(LinkKind::Breach)),
        ("Type", f.kind.label().to_owned()),
        ("Marked as", markers),
        ("What was said or done", f.description.clone()),
        ("What they looked like", f.perpetrator_appearance.clone()),
        ("Vehicle", f.vehicle.clone()),
        ("Witnesses", f.witnesses.clone()),
        ("Effect on me", f.impact_on_victim.clone()),
        ("Effect on daily life", f.impact_on_daily_life.clone()),
        ("Police officer", f.police.officer.clone()),
        ("Crime reference", f.police.crime_reference.clone()),
        ("Also reported to", f.reported_to.clone()),
        (ATTACHED, attachments),
    ]
}

const ATTACHED: &str = "Attached files";

/// Each attached file: its name, type and size, then its SHA-256 on a line of its own.
fn attachment_rows(sheets: &mut Sheets, attachments: &[harbour_store::AttachmentMeta]) {
    if attachments.is_empty() {
        sheets.field(ATTACHED, "(none)", true);
    }
    for (i, a) in attachments.iter().enumerate() {
        sheets.field(
            &format!("File {}", i + 1),
            &format!("{} ({}, {})", a.file_name, a.media_type, size_text(a.size)),
            true,
        );
        sheets.field_styled("SHA-256", &a.sha256, true, Style::HASH);
    }
}

/// Fields always shown, even when empty, so a reader sees they were not left out.
const ALWAYS: &[&str] = &["Happened", "Where", "Type", "What was said or done"];

fn incident<Tz>(
    sheets: &mut Sheets,
    store: &Store,
    entry: &Entry,
    number: usize,
    total: usize,
    pictures: Option<&mut usize>,
    clock: &Clock<'_, Tz>,
) -> Result<bool, EvidenceError>
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    let current = &entry.incident.current;
    let f = &current.fields;
    sheets.space(6.0);
    sheets.rule(0.8);
    sheets.heading(
        &format!("Incident {number} of {total}: {}", f.kind.label()),
        13.0,
    );
    let versions = entry.history.len();
    let mut fields = fields_of(f, current, clock).into_iter();
    // When it happened, then when it was written down: both always shown.
    if let Some((label, value)) = fields.next() {
        sheets.field(label, &value, true);
    }
    sheets.field(
        "Written down",
        &clock.second(entry.incident.first_recorded_at),
        true,
    );
    if versions > 1 {
        sheets.field(
            "This version written",
            &format!(
                "{} (version {} of {versions}; earlier versions are shown below)",
                clock.second(current.recorded_at),
                current.revision
            ),
            true,
        );
    }
    for (label, value) in fields {
        if label == ATTACHED {
            if !current.attachments.is_empty() {
                attachment_rows(sheets, &current.attachments);
            }
        } else {
            sheets.field(label, &value, ALWAYS.contains(&label));
        }
    }
    let mut skipped = false;
    if let Some(budget) = pictures {
        for a in &current.attachments {
            if !matches!(a.media_type.as_str(), "image/png" | "image/jpeg") {
                continue;
            }
            let size = usize::try_from(a.size).unwrap_or(usize::MAX);
            if size > *budget {
                skipped = true;
                continue;
            }
            let bytes = store.attachment_bytes(&a.id)?;
            match picture_from(bytes, &a.media_type) {
                Some(picture) => {
                    *budget -= size;
                    sheets.paragraph(&a.file_name, Style::SMALL, 132.0);
                    sheets.picture(
                        picture,
                        PICTURE_MAX_HEIGHT,
                        132.0,
                        &format!("Picture attached to this entry: {}", a.file_name),
                    );
                }
                None => skipped = true,
            }
        }
    }
    entry_hash(sheets, current);

    if versions > 1 {
        sheets.space(4.0);
        sheets.paragraph(
            "Earlier versions. Each shows only what it said differently from the version written after it.",
            Style::LABEL,
            0.0,
        );
        sheets.space(2.0);
        for pair in entry.history.windows(2) {
            let (older, newer) = (&pair[0], &pair[1]);
            sheets.paragraph(
                &format!(
                    "Version {} of {versions}, written {}",
                    older.revision,
                    clock.second(older.recorded_at)
                ),
                Style::LABEL,
                14.0,
            );
            sheets.indent = 14.0;
            let before = fields_of(&older.fields, older, clock);
            let after = fields_of(&newer.fields, newer, clock);
            let mut any = false;
            for ((label, old), (_, new)) in before.into_iter().zip(after) {
                if old == new {
                    continue;
                }
                any = true;
                if label == ATTACHED {
                    attachment_rows(sheets, &older.attachments);
                } else {
                    sheets.field(label, &old, true);
                }
            }
            if !any {
                sheets.paragraph("(no differences in content)", Style::SMALL, 14.0);
            }
            entry_hash(sheets, older);
            sheets.indent = 0.0;
        }
    }
    Ok(skipped)
}

fn entry_hash(sheets: &mut Sheets, version: &IncidentRevision) {
    sheets.field_styled(
        "Entry hash",
        &format!("{}\n(chain position {})", version.hash, version.seq),
        true,
        Style::HASH,
    );
}

fn chosen_items<Tz>(sheets: &mut Sheets, evidence: &Evidence, clock: &Clock<'_, Tz>)
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    if evidence.plan_items.is_empty()
        && evidence.contacts.is_empty()
        && evidence.profiles.is_empty()
        && evidence.orders.is_empty()
    {
        return;
    }
    sheets.new_page();
    sheets.heading("Also included, chosen one by one", 16.0);
    if !evidence.plan_items.is_empty() {
        sheets.heading("From the safety plan", 12.0);
        for item in &evidence.plan_items {
            let done = item
                .done_at
                .map(|t| format!(" (done {})", clock.date(t)))
                .unwrap_or_default();
            sheets.field(item.section.title(), &format!("{}{done}", item.text), true);
        }
    }
    if !evidence.contacts.is_empty() {
        sheets.heading("Contacts", 12.0);
        for c in &evidence.contacts {
            let f = &c.fields;
            sheets.field("Name", &f.name, true);
            sheets.field("Relationship", &f.relationship, false);
            sheets.field("How to reach", &f.how_to_reach, false);
            sheets.field("What they know", &f.what_they_know, false);
            sheets.space(6.0);
        }
    }
    if !evidence.profiles.is_empty() {
        sheets.heading(
            "The person causing harm, as the person describes them",
            12.0,
        );
        for p in &evidence.profiles {
            let f = &p.fields;
            sheets.field("Name", &f.name, true);
            sheets.field("Other names", &f.aliases, false);
            sheets.field("How the person knows them", &f.relationship, false);
            sheets.field("Description", &f.description, false);
            sheets.field("Vehicles", &f.vehicles, false);
            sheets.field("Addresses", &f.addresses, false);
            sheets.field("Workplaces", &f.workplaces, false);
            sheets.field("Social media", &f.social_media, false);
            if f.photo.is_some() {
                let drawn = evidence
                    .profile_photos
                    .get(&p.id)
                    .and_then(|(meta, bytes)| {
                        picture_from(bytes.clone(), &meta.media_type).map(|pic| (meta, pic))
                    });
                match drawn {
                    Some((meta, picture)) => {
                        sheets.field(
                            "Photo",
                            &format!("{} (SHA-256 {})", meta.file_name, meta.sha256),
                            false,
                        );
                        sheets.picture(
                            picture,
                            PICTURE_MAX_HEIGHT,
                            132.0,
                            &format!("Photo of the person described: {}", meta.file_name),
                        );
                    }
                    None => sheets.field("Photo", "kept in the app (not printed here)", false),
                }
            }
            sheets.space(6.0);
        }
    }
    if !evidence.orders.is_empty() {
        sheets.heading("Orders and conditions", 12.0);
        sheets.paragraph(
            "Conditions as worded now. An entry marked as breaching one quotes it as it was \
             worded when the entry was written.",
            Style::SMALL,
            0.0,
        );
        for o in &evidence.orders {
            let f = &o.fields;
            sheets.field("Order", &o.title(), true);
            let against = f
                .profile_id
                .as_deref()
                .and_then(|id| evidence.against.get(id))
                .map(String::as_str)
                .unwrap_or_default();
            sheets.field("Against", against, false);
            sheets.field("Made by", &f.made_by, false);
            let day = |d: Option<chrono::NaiveDate>| {
                d.map(|d| d.format("%-d %b %Y").to_string())
                    .unwrap_or_default()
            };
            sheets.field("Made on", &day(f.made_on), false);
            sheets.field("Ends", &day(f.expires_on), false);
            for (i, c) in f.conditions.iter().enumerate() {
                sheets.field(&format!("Condition {}", i + 1), &c.text, true);
            }
            sheets.field("Note", &f.note, false);
            sheets.space(6.0);
        }
    }
}

fn checking(sheets: &mut Sheets, evidence: &Evidence) {
    sheets.new_page();
    sheets.heading("Checking this report", 16.0);
    let status = match &evidence.chain {
        ChainReport::Intact { count, .. } => format!(
            "When this report was made, the app re-checked every entry in the whole log \
             ({count} entries, including any not in this report): every hash, link and \
             signature checked out."
        ),
        ChainReport::Broken(link) => format!(
            "When this report was made, the app re-checked the whole log and found a problem at \
             chain position {}: {}. Entries from that point on may have been damaged or changed \
             outside the app.",
            link.seq, link.reason
        ),
    };
    sheets.paragraph(&status, Style::BODY, 0.0);
    sheets.space(8.0);
    match &evidence.head {
        Some(head) => {
            sheets.field("Chain head position", &head.seq.to_string(), true);
            sheets.field_styled("Chain head SHA-256", &head.hash, true, Style::HASH);
        }
        None => sheets.field("Chain head", "", true),
    }
    sheets.field_styled(
        "Signing key (ed25519)",
        &evidence.public_key,
        true,
        Style::HASH,
    );
    sheets.space(10.0);
    sheets.heading("How the chain works", 12.0);
    for text in [
        "Every version of every entry is encoded in a fixed way (documented with the app) and \
         hashed with SHA-256. The encoding includes the hash of the entry before it, so each \
         hash depends on everything written before. Changing, removing or reordering any \
         earlier entry changes every hash after it.",
        "The chain head above is the hash of the newest entry in the whole log when this report \
         was made. Keep a note of it, or ask the person receiving this report to. A later \
         report whose chain still contains this head, at the same position, shows that nothing \
         written before it has been changed or removed since.",
        "Each entry is also signed with the signing key above, which shows it was written by \
         the same copy of the app.",
        "To check an attached file, compute its SHA-256 and compare it with the one listed: \
         on Windows, certutil -hashfile FILE SHA256; on macOS, shasum -a 256 FILE; on Linux, \
         sha256sum FILE.",
        "The machine-readable export from the app contains every field, hash and signature, so \
         the chain can be recomputed independently.",
    ] {
        sheets.paragraph(text, Style::BODY, 0.0);
        sheets.space(4.0);
    }
}
