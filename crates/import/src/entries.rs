//! The incidents a chat becomes, as the person chose: only the messages of the senders they
//! ticked, each as its own entry at the time it was sent, or all as one entry from the first to
//! the last. Each entry says who sent it and when, exactly as the export wrote it.

use chrono::{DateTime, TimeZone, Utc};
use harbour_store::{IncidentFields, IncidentKind};
use serde::Deserialize;
use ts_rs::TS;

use crate::{ChatExport, Message};

/// What to bring in.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct ChatChoice {
    /// Only these senders' messages.
    pub senders: Vec<String>,
    /// All chosen messages as one entry (from the first to the last), instead of one each.
    pub together: bool,
    pub kind: IncidentKind,
}

/// When a message was sent, its phone's clock read in `tz` (the computer's own zone: the person's).
fn sent_at<Tz: TimeZone>(m: &Message, tz: &Tz) -> DateTime<Utc> {
    tz.from_local_datetime(&m.sent_at)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&m.sent_at))
}

/// The entries `choice` makes of `export`'s messages (none when no sender is chosen), and how
/// many messages they hold.
pub fn entries_of<Tz: TimeZone>(
    export: &ChatExport,
    choice: &ChatChoice,
    tz: &Tz,
) -> (Vec<IncidentFields>, usize) {
    let chosen: Vec<&Message> = export
        .messages
        .iter()
        .filter(|m| choice.senders.contains(&m.sender))
        .collect();
    let (Some(first), Some(last)) = (chosen.first(), chosen.last()) else {
        return (Vec::new(), 0);
    };
    if !choice.together {
        let entries = chosen
            .iter()
            .map(|m| {
                IncidentFields::new(
                    sent_at(m, tz),
                    choice.kind,
                    &format!(
                        "Message from {}, sent {} (as written in the chat export):\n{}",
                        m.sender, m.sent_as_written, m.text
                    ),
                )
            })
            .collect();
        return (entries, chosen.len());
    }
    let mut text = format!(
        "{} messages, sent {} to {} (as written in the chat export):",
        chosen.len(),
        first.sent_as_written,
        last.sent_as_written
    );
    for m in &chosen {
        text.push_str("\n\n[");
        text.push_str(&m.sent_as_written);
        text.push_str("] ");
        text.push_str(&m.sender);
        text.push_str(": ");
        text.push_str(&m.text);
    }
    let mut fields = IncidentFields::new(sent_at(first, tz), choice.kind, &text);
    let until = sent_at(last, tz);
    fields.occurred_until = (until > fields.occurred_at).then_some(until);
    (vec![fields], chosen.len())
}
