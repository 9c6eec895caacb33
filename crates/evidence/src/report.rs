//! The PDF report for police or court.
//!
//! Order: a title page (name if given, period covered, number of incidents, when it was made,
//! and how to read it); the course of conduct (`conduct.rs`: how many over what period, by type,
//! the four behaviour markers with examples quoted, the effect on daily life quoted); a chronological table; each incident in full, with when it happened and
//! when it was written down always shown, earlier versions shown as versions, attachments with
//! their SHA-256; anything else the person chose item by item; and last, the chain head and how
//! to check it.

use std::fmt::Display;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use harbour_store::{ChainReport, IncidentFields, IncidentRevision, LinkKind, Store};
use harbour_words::Words;

use crate::conduct::course_of_conduct;
use crate::layout::{CONTENT_WIDTH, Column, Sheets, Style, picture_from};
use crate::wording;
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

/// Writes the report for `request` as PDF bytes, in each of `request.languages` in turn (English
/// when none). Times are shown in `tz` with their offset.
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
    let languages = report_languages(&request.languages);
    let clocks: Vec<Clock<'_, Tz>> = languages.iter().map(|words| Clock { tz, words }).collect();
    if request.embed_images {
        let mut budget = PICTURE_BUDGET;
        match render(
            store,
            &evidence,
            request,
            &clocks,
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
    let (bytes, mut outcome, _) = render(store, &evidence, request, &clocks, generated_at, None)?;
    outcome.pictures_left_out = request.embed_images;
    Ok((bytes, outcome))
}

/// The languages a report is written in: each known one once, in the order asked; English when
/// none is (or none is known).
fn report_languages(codes: &[String]) -> Vec<Words> {
    let mut known: Vec<&str> = Vec::new();
    for code in codes {
        if harbour_words::LANGUAGES.iter().any(|(c, _)| c == code)
            && !known.contains(&code.as_str())
        {
            known.push(code);
        }
    }
    if known.is_empty() {
        known.push(harbour_words::ENGLISH);
    }
    known.into_iter().map(Words::new).collect()
}

/// Lays out and writes the report, one whole part per language (each from a new page);
/// `pictures` is the byte budget for embedded pictures, or `None` for none. The flag says
/// whether any picture was skipped for the budget.
fn render<Tz>(
    store: &Store,
    evidence: &Evidence,
    request: &EvidenceRequest,
    clocks: &[Clock<'_, Tz>],
    generated_at: DateTime<Utc>,
    mut pictures: Option<&mut usize>,
) -> Result<(Vec<u8>, ReportOutcome, bool), EvidenceError>
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    let mut sheets = Sheets::new()?;
    let mut skipped = false;
    for (part, clock) in clocks.iter().enumerate() {
        if part > 0 {
            sheets.new_page();
        }
        sheets.speak(clock.words);
        skipped |= report_part(
            &mut sheets,
            store,
            evidence,
            request,
            clock,
            generated_at,
            pictures.as_deref_mut(),
        )?;
    }
    let total = evidence.entries.len();
    let pages = u32::try_from(sheets.page_count()).unwrap_or(u32::MAX);
    let head = evidence.head.as_ref().and_then(|h| h.hash.get(..16));
    // Each page's footer in the language of the part it is in.
    let footer = |page: usize, of: usize, language: &'static str| {
        let clock = clocks
            .iter()
            .find(|c| c.words.code() == language)
            .or(clocks.first());
        let Some(clock) = clock else {
            return String::new();
        };
        let words = clock.words;
        let made = clock.date(generated_at);
        match head {
            Some(head) => words.with(
                "report-footer-with-head",
                &[
                    ("made", made.as_str().into()),
                    ("head", head.into()),
                    ("page", page.into()),
                    ("pages", of.into()),
                ],
            ),
            None => words.with(
                "report-footer",
                &[
                    ("made", made.as_str().into()),
                    ("page", page.into()),
                    ("pages", of.into()),
                ],
            ),
        }
    };
    let title = clocks
        .first()
        .map(|c| c.words.get("report-title"))
        .unwrap_or_default();
    let bytes = sheets.finish(&title, generated_at, footer)?;
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

/// One language's whole report. Returns whether a picture was skipped for the budget.
fn report_part<Tz>(
    sheets: &mut Sheets,
    store: &Store,
    evidence: &Evidence,
    request: &EvidenceRequest,
    clock: &Clock<'_, Tz>,
    generated_at: DateTime<Utc>,
    mut pictures: Option<&mut usize>,
) -> Result<bool, EvidenceError>
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    let words = clock.words;
    let mut skipped = false;
    title_page(sheets, evidence, request, clock, generated_at);
    course_of_conduct(sheets, evidence, clock, generated_at);
    chronology(sheets, evidence, clock);
    let total = evidence.entries.len();
    for (index, entry) in evidence.entries.iter().enumerate() {
        skipped |= incident(
            sheets,
            store,
            entry,
            index + 1,
            total,
            pictures.as_deref_mut(),
            clock,
        )?;
    }
    chosen_items(sheets, evidence, clock);
    crate::screenings::screenings(sheets, &evidence.screenings, words);
    checking(sheets, evidence, words);

    Ok(skipped)
}

/// Times in the person's time zone, said in the report's language (whose words every part of
/// the report also takes from here).
pub(crate) struct Clock<'a, Tz> {
    pub(crate) tz: &'a Tz,
    pub(crate) words: &'a Words,
}

impl<Tz> Clock<'_, Tz>
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    /// "Tue 3 Nov 2026, 21:40 (UTC+00:00)"
    fn minute(&self, t: DateTime<Utc>) -> String {
        self.moment(t, false)
    }

    /// With seconds: for the app's own clock readings.
    fn second(&self, t: DateTime<Utc>) -> String {
        self.moment(t, true)
    }

    fn moment(&self, t: DateTime<Utc>, seconds: bool) -> String {
        let local = t.with_timezone(self.tz);
        let offset = local.format("%:z").to_string();
        wording::moment(self.words, local.naive_local(), seconds, &offset)
    }

    /// "3 Nov 2026"
    pub(crate) fn date(&self, t: DateTime<Utc>) -> String {
        self.day(t.with_timezone(self.tz).date_naive())
    }

    /// A day as the person gave it (no time zone): "3 Nov 2026".
    pub(crate) fn day(&self, d: NaiveDate) -> String {
        wording::day(self.words, d)
    }

    /// "3 Nov 2026 21:40"
    fn short(&self, t: DateTime<Utc>) -> String {
        wording::day_time(self.words, t.with_timezone(self.tz).naive_local())
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
    let words = clock.words;
    sheets.space(120.0);
    sheets.heading(&words.get("report-title"), 26.0);
    sheets.paragraph(&words.get("report-subtitle"), Style::BODY, 0.0);
    sheets.space(24.0);
    let name = request.name.trim();
    if !name.is_empty() {
        sheets.field(&words.get("report-kept-by"), name, false);
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
        .map(|d| clock.day(d))
        .or_else(|| first.map(|t| clock.date(t)))
        .unwrap_or_default();
    let until = request
        .until
        .map(|d| clock.day(d))
        .or_else(|| last.map(|t| clock.date(t)))
        .unwrap_or_default();
    sheets.field(
        &words.get("report-period-covered"),
        &words.with(
            "report-period",
            &[("from", from.into()), ("until", until.into())],
        ),
        true,
    );
    sheets.field(
        &words.get("report-incident-count"),
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
            &words.get("report-corrected-later"),
            &words.with("report-corrected-count", &[("count", corrected.into())]),
            true,
        );
    }
    sheets.field(&words.get("report-made"), &clock.second(generated_at), true);
    sheets.space(24.0);
    sheets.heading(&words.get("report-how-to-read"), 12.0);
    for id in [
        "report-how-to-read-times",
        "report-how-to-read-versions",
        "report-how-to-read-chain",
        "report-how-to-read-files",
    ] {
        sheets.paragraph(&words.get(id), Style::BODY, 0.0);
        sheets.space(4.0);
    }
    sheets.new_page();
}

fn chronology<Tz>(sheets: &mut Sheets, evidence: &Evidence, clock: &Clock<'_, Tz>)
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    let words = clock.words;
    sheets.heading(&words.get("report-all-in-order"), 16.0);
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
                wording::kind(words, f.kind),
                cell(words, &f.location),
                cell(words, &f.police.crime_reference),
            ]
        })
        .collect();
    let widths = [24.0, 84.0, 84.0, 100.0, 125.0];
    let used: f32 = widths.iter().sum();
    let headers = [
        words.get("report-column-number"),
        words.get("report-column-happened"),
        words.get("report-column-written-down"),
        words.get("report-column-type"),
        words.get("report-column-where"),
        words.get("report-column-crime-reference"),
    ];
    sheets.table(
        &[
            Column {
                header: &headers[0],
                width: widths[0],
            },
            Column {
                header: &headers[1],
                width: widths[1],
            },
            Column {
                header: &headers[2],
                width: widths[2],
            },
            Column {
                header: &headers[3],
                width: widths[3],
            },
            Column {
                header: &headers[4],
                width: widths[4],
            },
            Column {
                header: &headers[5],
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

fn cell(words: &Words, text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= CELL_CHARS {
        return text.to_owned();
    }
    let short: String = text.chars().take(CELL_CHARS).collect();
    words.with("report-cell-cut", &[("text", short.into())])
}

fn size_text(words: &Words, bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let b = bytes as f64;
    // The one decimal is written here (with a full stop), as every other digit is.
    if b < KB {
        words.with("report-size-bytes", &[("bytes", bytes.into())])
    } else if b < KB * KB {
        words.with(
            "report-size-kb",
            &[("size", format!("{:.1}", b / KB).into())],
        )
    } else {
        words.with(
            "report-size-mb",
            &[("size", format!("{:.1}", b / KB / KB).into())],
        )
    }
}

/// Every field of one version as (the message id of its label, value), in the order the report
/// shows them.
fn fields_of<Tz>(
    f: &IncidentFields,
    rev: &IncidentRevision,
    clock: &Clock<'_, Tz>,
) -> Vec<(&'static str, String)>
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    let words = clock.words;
    let happened = match f.occurred_until {
        Some(until) => words.with(
            "report-happened-until",
            &[
                ("from", clock.minute(f.occurred_at).into()),
                ("until", clock.minute(until).into()),
            ],
        ),
        None => clock.minute(f.occurred_at),
    };
    let markers: Vec<String> = f
        .behaviours
        .iter()
        .map(|b| wording::behaviour(words, *b))
        .collect();
    let markers = wording::list(words, &markers);
    // Only compared between versions (the files are listed by `attachment_rows`).
    let attachments = rev
        .attachments
        .iter()
        .map(|a| {
            format!(
                "{} ({}, {})\nSHA-256:\n{}",
                a.file_name,
                a.media_type,
                size_text(words, a.size),
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
        (HAPPENED, happened),
        ("report-field-where", f.location.clone()),
        ("report-field-who", linked(LinkKind::Person)),
        // The condition as it was worded when the entry was written.
        ("report-field-breaching", linked(LinkKind::Breach)),
        ("report-field-type", wording::kind(words, f.kind)),
        ("report-field-marked-as", markers),
        ("report-field-said-or-done", f.description.clone()),
        ("report-field-appearance", f.perpetrator_appearance.clone()),
        ("report-field-vehicle", f.vehicle.clone()),
        ("report-field-witnesses", f.witnesses.clone()),
        ("report-field-effect-on-me", f.impact_on_victim.clone()),
        (
            "report-field-effect-on-life",
            f.impact_on_daily_life.clone(),
        ),
        ("report-field-officer", f.police.officer.clone()),
        (
            "report-field-crime-reference",
            f.police.crime_reference.clone(),
        ),
        ("report-field-reported-to", f.reported_to.clone()),
        (ATTACHED, attachments),
    ]
}

const HAPPENED: &str = "report-field-happened";
const ATTACHED: &str = "report-field-attached";

/// Each attached file: its name, type and size, then its SHA-256 on a line of its own.
fn attachment_rows(
    sheets: &mut Sheets,
    words: &Words,
    attachments: &[harbour_store::AttachmentMeta],
) {
    if attachments.is_empty() {
        sheets.field(
            &words.get(ATTACHED),
            &words.get("report-attached-none"),
            true,
        );
    }
    for (i, a) in attachments.iter().enumerate() {
        let file = words.with(
            "report-file",
            &[
                ("name", a.file_name.as_str().into()),
                ("type", a.media_type.as_str().into()),
                ("size", size_text(words, a.size).into()),
            ],
        );
        sheets.field(
            &words.with("report-file-label", &[("number", (i + 1).into())]),
            &file,
            true,
        );
        sheets.field_styled("SHA-256", &a.sha256, true, Style::HASH);
    }
}

/// Fields always shown, even when empty, so a reader sees they were not left out.
const ALWAYS: &[&str] = &[
    HAPPENED,
    "report-field-where",
    "report-field-type",
    "report-field-said-or-done",
];

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
    let words = clock.words;
    let current = &entry.incident.current;
    let f = &current.fields;
    sheets.space(6.0);
    sheets.rule(0.8);
    sheets.heading(
        &words.with(
            "report-incident-heading",
            &[
                ("number", number.into()),
                ("total", total.into()),
                ("kind", wording::kind(words, f.kind).into()),
            ],
        ),
        13.0,
    );
    let versions = entry.history.len();
    let mut fields = fields_of(f, current, clock).into_iter();
    // When it happened, then when it was written down: both always shown.
    if let Some((label, value)) = fields.next() {
        sheets.field(&words.get(label), &value, true);
    }
    sheets.field(
        &words.get("report-field-written-down"),
        &clock.second(entry.incident.first_recorded_at),
        true,
    );
    if versions > 1 {
        sheets.field(
            &words.get("report-field-this-version"),
            &words.with(
                "report-this-version",
                &[
                    ("written", clock.second(current.recorded_at).into()),
                    ("version", current.revision.into()),
                    ("versions", versions.into()),
                ],
            ),
            true,
        );
    }
    for (label, value) in fields {
        if label == ATTACHED {
            if !current.attachments.is_empty() {
                attachment_rows(sheets, words, &current.attachments);
            }
        } else {
            sheets.field(&words.get(label), &value, ALWAYS.contains(&label));
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
                        &words.with(
                            "report-picture-alt",
                            &[("name", a.file_name.as_str().into())],
                        ),
                    );
                }
                None => skipped = true,
            }
        }
    }
    entry_hash(sheets, words, current);

    if versions > 1 {
        sheets.space(4.0);
        sheets.paragraph(&words.get("report-earlier-versions"), Style::LABEL, 0.0);
        sheets.space(2.0);
        for pair in entry.history.windows(2) {
            let (older, newer) = (&pair[0], &pair[1]);
            sheets.paragraph(
                &words.with(
                    "report-version-written",
                    &[
                        ("version", older.revision.into()),
                        ("versions", versions.into()),
                        ("written", clock.second(older.recorded_at).into()),
                    ],
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
                    attachment_rows(sheets, words, &older.attachments);
                } else {
                    sheets.field(&words.get(label), &old, true);
                }
            }
            if !any {
                sheets.paragraph(&words.get("report-no-differences"), Style::SMALL, 14.0);
            }
            entry_hash(sheets, words, older);
            sheets.indent = 0.0;
        }
    }
    Ok(skipped)
}

fn entry_hash(sheets: &mut Sheets, words: &Words, version: &IncidentRevision) {
    let position = words.with("report-chain-position", &[("position", version.seq.into())]);
    sheets.field_styled(
        &words.get("report-entry-hash"),
        &format!("{}\n{position}", version.hash),
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
    let words = clock.words;
    let label = |id: &str| words.get(id);
    sheets.new_page();
    sheets.heading(&label("report-also-included"), 16.0);
    if !evidence.plan_items.is_empty() {
        sheets.heading(&label("report-from-plan"), 12.0);
        for item in &evidence.plan_items {
            let text = match item.done_at {
                Some(t) => words.with(
                    "report-plan-item-done",
                    &[
                        ("text", item.text.as_str().into()),
                        ("date", clock.date(t).into()),
                    ],
                ),
                None => item.text.clone(),
            };
            sheets.field(&wording::section(words, item.section), &text, true);
        }
    }
    if !evidence.contacts.is_empty() {
        sheets.heading(&label("report-contacts"), 12.0);
        for c in &evidence.contacts {
            let f = &c.fields;
            sheets.field(&label("report-contact-name"), &f.name, true);
            sheets.field(
                &label("report-contact-relationship"),
                &f.relationship,
                false,
            );
            sheets.field(
                &label("report-contact-how-to-reach"),
                &f.how_to_reach,
                false,
            );
            sheets.field(
                &label("report-contact-what-they-know"),
                &f.what_they_know,
                false,
            );
            sheets.space(6.0);
        }
    }
    if !evidence.profiles.is_empty() {
        sheets.heading(&label("report-people"), 12.0);
        for p in &evidence.profiles {
            let f = &p.fields;
            sheets.field(&label("report-person-name"), &f.name, true);
            sheets.field(&label("report-person-other-names"), &f.aliases, false);
            sheets.field(&label("report-person-relationship"), &f.relationship, false);
            sheets.field(&label("report-person-description"), &f.description, false);
            sheets.field(&label("report-person-vehicles"), &f.vehicles, false);
            sheets.field(&label("report-person-addresses"), &f.addresses, false);
            sheets.field(&label("report-person-workplaces"), &f.workplaces, false);
            sheets.field(&label("report-person-social-media"), &f.social_media, false);
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
                            &label("report-person-photo"),
                            &words.with(
                                "report-photo-file",
                                &[
                                    ("name", meta.file_name.as_str().into()),
                                    ("sha256", meta.sha256.as_str().into()),
                                ],
                            ),
                            false,
                        );
                        sheets.picture(
                            picture,
                            PICTURE_MAX_HEIGHT,
                            132.0,
                            &words.with(
                                "report-photo-alt",
                                &[("name", meta.file_name.as_str().into())],
                            ),
                        );
                    }
                    None => sheets.field(
                        &label("report-person-photo"),
                        &label("report-photo-kept"),
                        false,
                    ),
                }
            }
            sheets.space(6.0);
        }
    }
    if !evidence.orders.is_empty() {
        sheets.heading(&label("report-orders"), 12.0);
        sheets.paragraph(&label("report-orders-intro"), Style::SMALL, 0.0);
        for o in &evidence.orders {
            let f = &o.fields;
            sheets.field(
                &label("report-order"),
                &wording::order_title(words, o),
                true,
            );
            let against = f
                .profile_id
                .as_deref()
                .and_then(|id| evidence.against.get(id))
                .map(String::as_str)
                .unwrap_or_default();
            sheets.field(&label("report-order-against"), against, false);
            sheets.field(&label("report-order-made-by"), &f.made_by, false);
            let day = |d: Option<NaiveDate>| d.map(|d| clock.day(d)).unwrap_or_default();
            sheets.field(&label("report-order-made-on"), &day(f.made_on), false);
            sheets.field(&label("report-order-ends"), &day(f.expires_on), false);
            for (i, c) in f.conditions.iter().enumerate() {
                sheets.field(
                    &words.with("report-order-condition", &[("number", (i + 1).into())]),
                    &c.text,
                    true,
                );
            }
            sheets.field(&label("report-order-note"), &f.note, false);
            sheets.space(6.0);
        }
    }
}

fn checking(sheets: &mut Sheets, evidence: &Evidence, words: &Words) {
    sheets.new_page();
    sheets.heading(&words.get("report-checking"), 16.0);
    let status = match &evidence.chain {
        ChainReport::Intact { count, .. } => {
            words.with("report-chain-intact", &[("count", (*count).into())])
        }
        ChainReport::Broken(link) => words.with(
            "report-chain-broken",
            &[
                ("position", link.seq.into()),
                ("problem", words.get(link.reason.message_id()).into()),
            ],
        ),
    };
    sheets.paragraph(&status, Style::BODY, 0.0);
    sheets.space(8.0);
    match &evidence.head {
        Some(head) => {
            sheets.field(
                &words.get("report-chain-head-position"),
                &head.seq.to_string(),
                true,
            );
            sheets.field_styled(
                &words.get("report-chain-head-hash"),
                &head.hash,
                true,
                Style::HASH,
            );
        }
        None => sheets.field(&words.get("report-chain-head"), "", true),
    }
    sheets.field_styled(
        &words.get("report-signing-key"),
        &evidence.public_key,
        true,
        Style::HASH,
    );
    sheets.space(10.0);
    sheets.heading(&words.get("report-how-chain-works"), 12.0);
    for id in [
        "report-chain-encoding",
        "report-chain-head-note",
        "report-chain-signed",
        "report-chain-check-file",
        "report-chain-export",
    ] {
        sheets.paragraph(&words.get(id), Style::BODY, 0.0);
        sheets.space(4.0);
    }
}
