//! A plain list of messages: what a person pastes from a phone's texts, a spreadsheet or a
//! backup tool, one message per line starting with when it was sent and who sent it.
//!
//! ```text
//! 12/03/2026 21:15 Tom: Where are you
//! 12/03/2026, 21:16 - Tom: Answer me
//! 2026-03-12 21:20 | Tom | I know where you are     (not read: the sender needs ":" or a tab)
//! 2026-03-12<tab>21:20<tab>Tom<tab>I know where you are
//! [12/03/2026 9:21 PM] Tom: Pick up
//! ```
//!
//! The date (day, month or year first, worked out from the whole list as for WhatsApp), the time
//! (24- or 12-hour), then optionally `-`, `–`, `|` or `,`, then the sender and the words after
//! `: ` or a tab. Lines after a message's first are part of it. Everything else is as for a
//! WhatsApp export ([`crate::whatsapp`]): text before the first message refuses the file with its
//! line numbers, a line that runs back in time stays part of the message before, and the time is
//! kept as written beside the time read.

use crate::whatsapp::{
    ChatExport, DateOrder, ImportError, Shape, Start, raw_date, read_chat, read_time, split_sender,
};

/// A "sender" longer than this is words that happen to hold a colon, not a name.
const MAX_SENDER_CHARS: usize = 64;

/// Reads a list. `order`: the person's answer when an earlier reading was ambiguous.
pub fn read_message_list(
    bytes: &[u8],
    order: Option<DateOrder>,
) -> Result<ChatExport, ImportError> {
    read_chat(bytes, order, list_start)
}

/// A message's first line: its date and time, and the rest (which must name a sender).
fn list_start(line: &str) -> Option<Start<'_>> {
    let (written, rest, bracketed) = if let Some(inner) = line.strip_prefix('[') {
        let close = inner.find(']')?;
        (&inner[..close], &inner[close + 1..], true)
    } else {
        let time_end = time_end(line)?;
        (&line[..time_end], &line[time_end..], false)
    };
    let date_end = written.find([' ', ',', '\t'])?;
    let date = raw_date(&written[..date_end])?;
    let time_text = written[date_end..].trim_start_matches([' ', ',', '\t']);
    let time = read_time(time_text.trim())?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let rest = ["- ", "– ", "| ", ", "]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
        .unwrap_or(rest)
        .trim_start_matches(' ');
    // A list has no notices: a first line names who sent it, in a few words.
    let (sender, _) = split_sender(rest)?;
    if sender.chars().count() > MAX_SENDER_CHARS {
        return None;
    }
    let lower = time_text.to_ascii_lowercase();
    Some(Start {
        date,
        time,
        written: written.trim(),
        rest,
        shape: Shape {
            bracketed,
            twelve_hour: lower.trim_end().trim_end_matches('.').ends_with('m'),
            separator: written[..date_end]
                .chars()
                .find(|c| matches!(c, '/' | '.' | '-'))
                .unwrap_or('/'),
            year_first: date.year_first,
        },
    })
}

/// Where the date and time at the start of `line` end: after the time's digits and any
/// "am"/"pm" ("a.m.", "PM", after a space or not).
fn time_end(line: &str) -> Option<usize> {
    let date_end = line.find([' ', ',', '\t'])?;
    let after_date = line[date_end..].trim_start_matches([' ', ',', '\t']);
    let time_start = line.len() - after_date.len();
    let digits = after_date
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(after_date.len());
    if digits == 0 {
        return None;
    }
    let mut end = time_start + digits;
    let tail = &line[end..];
    let spaced = tail.trim_start_matches([' ', '\u{202f}', '\u{a0}']);
    let lower = spaced.to_ascii_lowercase();
    for half in ["a.m.", "p.m.", "am", "pm"] {
        if lower.starts_with(half) {
            let next = spaced[half.len()..].chars().next();
            if next.is_none_or(|c| !c.is_alphanumeric()) {
                end += tail.len() - spaced.len() + half.len();
            }
            break;
        }
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn every_form_of_a_first_line_is_read_and_words_are_not() {
        for (line, written, rest) in [
            (
                "12/03/2026 21:15 Tom: Where",
                "12/03/2026 21:15",
                "Tom: Where",
            ),
            (
                "12/03/2026, 21:16 - Tom: Answer",
                "12/03/2026, 21:16",
                "Tom: Answer",
            ),
            (
                "2026-03-12 21:20 | Tom\tthere",
                "2026-03-12 21:20",
                "Tom\tthere",
            ),
            (
                "2026-03-12\t21:20\tTom\tthere",
                "2026-03-12\t21:20",
                "Tom\tthere",
            ),
            (
                "[12/03/2026 9:21 PM] Tom: Pick up",
                "12/03/2026 9:21 PM",
                "Tom: Pick up",
            ),
            ("12.03.26 9:21pm Tom: late", "12.03.26 9:21pm", "Tom: late"),
            (
                "3/12/26 9:21 a.m. – Tom: early",
                "3/12/26 9:21 a.m.",
                "Tom: early",
            ),
        ] {
            let start = list_start(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((start.written, start.rest), (written, rest), "{line}");
        }
        for words in [
            "12/03/2026 was the day: nothing",
            "12/03/2026 21:15 no sender here",
            "Tom: 12/03/2026 21:15",
            "at 21:15 Tom: hi",
            "12/03/2026 21:15 then a long run of words that goes on well past any name a person has, on and on and on: then",
        ] {
            assert!(list_start(words).is_none(), "{words}");
        }
    }
}
