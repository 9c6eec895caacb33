//! The incidents a chat becomes, as the person chose: the messages of the senders they ticked,
//! between the message numbers they gave (all when none), each as its own entry at the time it was
//! sent, or all as one entry from the first to the last. Each entry says who sent it (quoted, so a
//! name can never pass for the entry's own words) and when, exactly as the export wrote it, and
//! carries the files its messages name.

use std::collections::HashSet;

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use harbour_store::{IncidentFields, IncidentKind, MAX_TEXT_CHARS, plain_name as plain};
use serde::Deserialize;
use ts_rs::TS;

use crate::{ChatExport, Message};

/// At most this many files go with one entry (with the export itself, the vault's limit).
const MAX_FILES_PER_ENTRY: usize = 199;

/// What to bring in.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct ChatChoice {
    /// Only these senders' messages.
    pub senders: Vec<String>,
    /// Only the messages numbered from `from` to `until` (from 1, in the file's order; both
    /// included); all when absent.
    pub from: Option<u32>,
    pub until: Option<u32>,
    /// All chosen messages as one entry (from the first to the last), instead of one each.
    pub together: bool,
    pub kind: IncidentKind,
}

/// One entry to write: its fields, and the files (indexes into the archive's media) it carries.
pub type Entry = (IncidentFields, Vec<usize>);

/// All chosen messages would not fit in one entry: `fit` of them would.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooMuchForOne {
    pub fit: usize,
}

/// When a message was sent, its phone's clock read in `tz` (the computer's own zone: the person's).
/// A time the clocks skipped (the hour they go forward) is read with the offset from just before.
fn sent_at<Tz: TimeZone>(m: &Message, tz: &Tz) -> DateTime<Utc> {
    let local = m.sent_at;
    if let Some(t) = tz.from_local_datetime(&local).earliest() {
        return t.with_timezone(&Utc);
    }
    let before = local - TimeDelta::hours(3);
    tz.from_local_datetime(&before)
        .earliest()
        .map(|t| t.with_timezone(&Utc) + TimeDelta::hours(3))
        .unwrap_or_else(|| Utc.from_utc_datetime(&local))
}

/// Each file once, in the order first named.
fn once(files: &[usize]) -> Vec<usize> {
    let mut seen = HashSet::new();
    files.iter().copied().filter(|f| seen.insert(*f)).collect()
}

/// The entries `choice` makes of `export`'s messages (none when nothing is chosen), and how many
/// messages they hold. `media_of`: for each message, the files it names (empty for a `.txt`). All
/// as one entry is refused, never cut short, when the messages would not fit in one.
pub fn entries_of<Tz: TimeZone>(
    export: &ChatExport,
    media_of: &[Vec<usize>],
    choice: &ChatChoice,
    tz: &Tz,
) -> Result<(Vec<Entry>, usize), TooMuchForOne> {
    let from = choice.from.map_or(1, |n| n.max(1)) as usize;
    let until = choice.until.map_or(usize::MAX, |n| n as usize);
    let senders: HashSet<&str> = choice.senders.iter().map(String::as_str).collect();
    let chosen: Vec<(&Message, &[usize])> = export
        .messages
        .iter()
        .enumerate()
        .filter(|(n, m)| (from..=until).contains(&(n + 1)) && senders.contains(m.sender.as_str()))
        .map(|(n, m)| (m, media_of.get(n).map_or(&[][..], Vec::as_slice)))
        .collect();
    let (Some(first), Some(last)) = (chosen.first(), chosen.last()) else {
        return Ok((Vec::new(), 0));
    };
    if !choice.together {
        let entries = chosen
            .iter()
            .map(|(m, files)| {
                let fields = IncidentFields::new(
                    sent_at(m, tz),
                    choice.kind,
                    &format!(
                        "Message from “{}”, sent {} (as written in the chat export):\n{}",
                        plain(&m.sender),
                        m.sent_as_written,
                        m.text
                    ),
                );
                let mut files = once(files);
                files.truncate(MAX_FILES_PER_ENTRY);
                (fields, files)
            })
            .collect();
        return Ok((entries, chosen.len()));
    }
    let mut text = format!(
        "{} messages, sent {} to {} (as written in the chat export):",
        chosen.len(),
        first.0.sent_as_written,
        last.0.sent_as_written
    );
    let mut chars = text.chars().count();
    let mut files: Vec<usize> = Vec::new();
    for (n, (m, named)) in chosen.iter().enumerate() {
        let line = format!(
            "\n\n[{}] “{}”: {}",
            m.sent_as_written,
            plain(&m.sender),
            m.text
        );
        chars += line.chars().count();
        files.extend(named.iter().copied());
        files = once(&files);
        if chars > MAX_TEXT_CHARS || files.len() > MAX_FILES_PER_ENTRY {
            return Err(TooMuchForOne { fit: n });
        }
        text.push_str(&line);
    }
    let mut fields = IncidentFields::new(sent_at(first.0, tz), choice.kind, &text);
    let until = sent_at(last.0, tz);
    fields.occurred_until = (until > fields.occurred_at).then_some(until);
    Ok((vec![(fields, files)], chosen.len()))
}
