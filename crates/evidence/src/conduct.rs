//! "The entries together": the report's first page after the title (when there are two or more),
//! for a reader who needs the whole pattern before the entries (what police call the course of
//! conduct; the page does not use the term, which is a legal finding). How many incidents over what period, the first and the
//! latest, how many of each type, how many the person marked with each of the four behaviours
//! (Fixated, Obsessed, Unwanted, Repeated) with one or two of their own words quoted for each,
//! what they wrote about the effect on their daily life, quoted, and each condition of an order
//! the person marked entries as breaching, with those entries' numbers.
//!
//! It describes and counts what the entries say; it never judges, and uses no legal terms
//! (whether this is harassment or stalking is for the police and the court). Every quote names
//! its entry's number in the chronological table, so a reader can find it whole.

use std::fmt::Display;

use chrono::{DateTime, TimeZone, Utc};
use harbour_store::Behaviour;
use harbour_words::{Value, Words};

use crate::layout::{Column, Sheets, Style};
use crate::patterns::patterns;
use crate::report::Clock;
use crate::wording;
use crate::{Entry, Evidence};

/// A quote longer than this many characters is cut at a word and marked "…".
const QUOTE_CHARS: usize = 200;
/// At most this many effect-on-daily-life entries are quoted; the rest are counted.
const EFFECTS_QUOTED: usize = 12;
/// Entries named for each breached condition; the rest are counted.
const BREACH_ENTRIES_LISTED: usize = 20;

pub(crate) fn course_of_conduct<Tz>(
    sheets: &mut Sheets,
    evidence: &Evidence,
    clock: &Clock<'_, Tz>,
    generated_at: DateTime<Utc>,
) where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    if evidence.entries.len() < 2 {
        return;
    }
    let words = clock.words;
    sheets.heading(&words.get("conduct-heading"), 16.0);
    sheets.paragraph(
        &words.with(
            "conduct-intro",
            &[("table", words.get("report-all-in-order").into())],
        ),
        Style::SMALL,
        0.0,
    );
    sheets.space(6.0);
    let entries = &evidence.entries;
    let occurrences: Vec<_> = entries
        .iter()
        .map(|e| {
            (
                e.incident.current.fields.occurred_at,
                e.incident.current.fields.kind,
            )
        })
        .collect();
    let today = generated_at.with_timezone(clock.tz).date_naive();
    let p = patterns(&occurrences, today, clock.tz, 1);
    let count = words.with("conduct-incidents", &[("count", entries.len().into())]);
    // Days from the first to the last, both counted; weeks once that reads more easily.
    let days = match (p.first, p.last) {
        (Some(a), Some(b)) => {
            let (a, b) = (
                a.with_timezone(clock.tz).date_naive(),
                b.with_timezone(clock.tz).date_naive(),
            );
            usize::try_from((b - a).num_days() + 1).unwrap_or(1)
        }
        _ => 1,
    };
    let span = if days < 14 {
        words.with("conduct-days", &[("count", days.into())])
    } else {
        words.with("conduct-weeks", &[("count", p.span_weeks.into())])
    };
    let summary = match (p.first, p.last) {
        (Some(a), Some(b)) => words.with(
            "conduct-summary",
            &[
                ("incidents", count.into()),
                ("span", span.into()),
                ("first", clock.date(a).into()),
                ("last", clock.date(b).into()),
            ],
        ),
        _ => words.with(
            "conduct-summary-undated",
            &[("incidents", count.into()), ("span", span.into())],
        ),
    };
    sheets.paragraph(&summary, Style::BODY, 0.0);
    sheets.space(4.0);
    // Entries are in the order they happened: the first and the last are the ends of the period.
    let said = |n: usize| {
        entries.get(n).map(|e| {
            let f = &e.incident.current.fields;
            words.with(
                "conduct-entry-day",
                &[
                    ("date", clock.date(f.occurred_at).into()),
                    ("kind", wording::kind(words, f.kind).into()),
                    ("entry", (n + 1).into()),
                ],
            )
        })
    };
    if let Some(first) = said(0) {
        sheets.field(&words.get("conduct-first"), &first, true);
    }
    if entries.len() > 1
        && let Some(latest) = said(entries.len() - 1)
    {
        sheets.field(&words.get("conduct-latest"), &latest, true);
    }

    sheets.space(8.0);
    sheets.heading(&words.get("conduct-by-type"), 12.0);
    let rows: Vec<Vec<String>> = p
        .by_kind
        .iter()
        .map(|k| vec![wording::kind(words, k.kind), k.count.to_string()])
        .collect();
    let (type_header, number_header) = (
        words.get("conduct-column-type"),
        words.get("conduct-column-number"),
    );
    sheets.table(
        &[
            Column {
                header: &type_header,
                width: 300.0,
            },
            Column {
                header: &number_header,
                width: 80.0,
            },
        ],
        &rows,
        Style::BODY,
    );

    sheets.space(8.0);
    sheets.heading(&words.get("conduct-behaviour"), 12.0);
    sheets.paragraph(&words.get("conduct-behaviour-intro"), Style::BODY, 0.0);
    sheets.space(4.0);
    for b in Behaviour::ALL {
        let marked: Vec<usize> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.incident.current.fields.behaviours.contains(&b))
            .map(|(n, _)| n)
            .collect();
        sheets.field_styled(
            &wording::behaviour(words, b),
            &words.with("conduct-incidents", &[("count", marked.len().into())]),
            true,
            Style::LABEL,
        );
        let examples = match marked.as_slice() {
            [] => vec![],
            [one] => vec![*one],
            [first, .., last] => vec![*first, *last],
        };
        for n in examples {
            let f = &entries[n].incident.current.fields;
            quoted(sheets, words, &f.description, &clock.date(f.occurred_at), n);
        }
        sheets.space(4.0);
    }

    let effects: Vec<usize> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            !e.incident
                .current
                .fields
                .impact_on_daily_life
                .trim()
                .is_empty()
        })
        .map(|(n, _)| n)
        .collect();
    if !effects.is_empty() {
        sheets.space(8.0);
        sheets.heading(&words.get("conduct-effects"), 12.0);
        sheets.paragraph(
            &words.with("conduct-effects-intro", &[("count", effects.len().into())]),
            Style::BODY,
            0.0,
        );
        sheets.space(4.0);
        for &n in effects.iter().take(EFFECTS_QUOTED) {
            let f = &entries[n].incident.current.fields;
            quoted(
                sheets,
                words,
                &f.impact_on_daily_life,
                &clock.date(f.occurred_at),
                n,
            );
        }
        if effects.len() > EFFECTS_QUOTED {
            sheets.paragraph(
                &words.with(
                    "conduct-effects-more",
                    &[("count", (effects.len() - EFFECTS_QUOTED).into())],
                ),
                Style::SMALL,
                16.0,
            );
        }
    }
    breaches(sheets, entries, &evidence.condition_days, clock);
    sheets.new_page();
}

/// Each condition an entry is marked as breaching, with how many entries and which: the words
/// are the condition as the entry recorded it, so it says what the person marked, not a finding.
/// An entry dated before its order was made or after it ended is said to be, so a reader is not
/// left to find it (a date typed wrongly, or an order written down with the wrong day).
fn breaches<Tz>(
    sheets: &mut Sheets,
    entries: &[Entry],
    order_days: &std::collections::HashMap<String, crate::OrderDays>,
    clock: &Clock<'_, Tz>,
) where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    // By the condition pointed to (two orders can word a condition the same way), in the order
    // first marked, with the words each entry recorded (a reworded condition shows both).
    let mut marked: Vec<(&str, Vec<&str>, Vec<usize>)> = Vec::new();
    for (n, e) in entries.iter().enumerate() {
        for link in &e.incident.current.fields.links {
            if link.kind != harbour_store::LinkKind::Breach {
                continue;
            }
            match marked
                .iter_mut()
                .find(|(target, ..)| *target == link.target)
            {
                Some((_, labels, ns)) => {
                    if !labels.contains(&link.label.as_str()) {
                        labels.push(&link.label);
                    }
                    ns.push(n);
                }
                None => marked.push((&link.target, vec![&link.label], vec![n])),
            }
        }
    }
    if marked.is_empty() {
        return;
    }
    let words = clock.words;
    sheets.space(8.0);
    sheets.heading(&words.get("conduct-breaches"), 12.0);
    sheets.paragraph(&words.get("conduct-breaches-intro"), Style::BODY, 0.0);
    sheets.space(4.0);
    for (target, labels, ns) in &marked {
        let label = labels.join(" / ");
        let span = order_days.get(*target).copied().unwrap_or_default();
        let days: Vec<String> = ns
            .iter()
            .take(BREACH_ENTRIES_LISTED)
            .map(|&n| {
                let occurred = entries[n].incident.current.fields.occurred_at;
                let day = occurred.with_timezone(clock.tz).date_naive();
                let id = if span.made_on.is_some_and(|made| day < made) {
                    "conduct-breach-entry-before"
                } else if span.expires_on.is_some_and(|ends| day > ends) {
                    "conduct-breach-entry-after"
                } else {
                    "conduct-breach-entry"
                };
                words.with(
                    id,
                    &[
                        ("entry", (n + 1).into()),
                        ("date", clock.date(occurred).into()),
                    ],
                )
            })
            .collect();
        let more = ns.len().saturating_sub(BREACH_ENTRIES_LISTED);
        let args: [(&str, Value); 4] = [
            ("condition", label.into()),
            ("count", ns.len().into()),
            ("entries", wording::list(words, &days).into()),
            ("more", more.into()),
        ];
        // Without `more`, the last argument is simply not used.
        let id = if more > 0 {
            "conduct-breach-more"
        } else {
            "conduct-breach"
        };
        sheets.paragraph(&words.with(id, &args), Style::BODY, 16.0);
    }
}

/// The person's `text` quoted, with the day and the number of the entry (`n` from 0) it is from.
fn quoted(sheets: &mut Sheets, words: &Words, text: &str, day: &str, n: usize) {
    sheets.paragraph(
        &words.with(
            "conduct-quote",
            &[
                ("quote", quote(text).into()),
                ("date", day.into()),
                ("entry", (n + 1).into()),
            ],
        ),
        Style::BODY,
        16.0,
    );
}

/// The person's words on one line: spaces and line breaks made single, cut at a word after
/// [`QUOTE_CHARS`] characters.
fn quote(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= QUOTE_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(QUOTE_CHARS).collect();
    let at_word = cut
        .rfind(' ')
        .filter(|&i| i > QUOTE_CHARS / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn a_quote_is_one_line_and_cut_at_a_word() {
        assert_eq!(quote("He  was\nthere.\r\n Again."), "He was there. Again.");
        let long = "word ".repeat(60);
        let q = quote(&long);
        assert!(q.ends_with('…'));
        assert!(q.chars().count() <= super::QUOTE_CHARS + 1);
        assert!(!q.contains("wor…"), "cut at a word: {q}");
        // No space to cut at: cut at the limit.
        let solid = "x".repeat(300);
        assert_eq!(quote(&solid).chars().count(), super::QUOTE_CHARS + 1);
    }
}
