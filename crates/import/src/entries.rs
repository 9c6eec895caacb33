//! The incidents a chat becomes, as the person chose: the messages of the senders they ticked,
//! between the message numbers they gave (all when none), each as its own entry at the time it was
//! sent, or all as one entry from the first to the last. Each entry says who sent it and when,
//! exactly as the export wrote it, and carries the files its messages name.

use chrono::{DateTime, TimeZone, Utc};
use harbour_store::{IncidentFields, IncidentKind};
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

/// When a message was sent, its phone's clock read in `tz` (the computer's own zone: the person's).
fn sent_at<Tz: TimeZone>(m: &Message, tz: &Tz) -> DateTime<Utc> {
    tz.from_local_datetime(&m.sent_at)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&m.sent_at))
}

/// The entries `choice` makes of `export`'s messages (none when nothing is chosen), and how many
/// messages they hold. `media_of`: for each message, the files it names (empty for a `.txt`).
pub fn entries_of<Tz: TimeZone>(
    export: &ChatExport,
    media_of: &[Vec<usize>],
    choice: &ChatChoice,
    tz: &Tz,
) -> (Vec<Entry>, usize) {
    let from = choice.from.map_or(1, |n| n.max(1)) as usize;
    let until = choice.until.map_or(usize::MAX, |n| n as usize);
    let chosen: Vec<(&Message, &[usize])> = export
        .messages
        .iter()
        .enumerate()
        .filter(|(n, m)| (from..=until).contains(&(n + 1)) && choice.senders.contains(&m.sender))
        .map(|(n, m)| (m, media_of.get(n).map_or(&[][..], Vec::as_slice)))
        .collect();
    let (Some(first), Some(last)) = (chosen.first(), chosen.last()) else {
        return (Vec::new(), 0);
    };
    if !choice.together {
        let entries = chosen
            .iter()
            .map(|(m, files)| {
                let fields = IncidentFields::new(
                    sent_at(m, tz),
                    choice.kind,
                    &format!(
                        "Message from {}, sent {} (as written in the chat export):\n{}",
                        m.sender, m.sent_as_written, m.text
                    ),
                );
                (
                    fields,
                    files.iter().copied().take(MAX_FILES_PER_ENTRY).collect(),
                )
            })
            .collect();
        return (entries, chosen.len());
    }
    let mut text = format!(
        "{} messages, sent {} to {} (as written in the chat export):",
        chosen.len(),
        first.0.sent_as_written,
        last.0.sent_as_written
    );
    let mut files = Vec::new();
    for (m, named) in &chosen {
        text.push_str("\n\n[");
        text.push_str(&m.sent_as_written);
        text.push_str("] ");
        text.push_str(&m.sender);
        text.push_str(": ");
        text.push_str(&m.text);
        files.extend(named.iter().copied());
    }
    files.truncate(MAX_FILES_PER_ENTRY);
    let mut fields = IncidentFields::new(sent_at(first.0, tz), choice.kind, &text);
    let until = sent_at(last.0, tz);
    fields.occurred_until = (until > fields.occurred_at).then_some(until);
    (vec![(fields, files)], chosen.len())
}
