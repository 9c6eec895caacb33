//! A WhatsApp chat export ("Export chat", without media: a `.txt`) read into dated messages.
//!
//! The apps write one line per message start, and the rest of a long message on the lines after:
//!
//! ```text
//! 12/03/2024, 21:15 - Tom Smith: You can't hide            (Android)
//! [12/03/2024, 21:15:42] Tom Smith: You can't hide          (iPhone)
//! 3/12/24, 9:15 PM - Tom Smith: You can't hide              (Android, US order, 12-hour)
//! ```
//!
//! Dates are in the phone's order: day first in the UK, month first in the US. The order is
//! worked out from the whole file (a first number over 12 means day first; a second one over 12
//! means month first); a file where every date reads both ways is day first (as in the UK) unless
//! the caller says otherwise, and says it was ambiguous so the person can be asked. Lines from the
//! app itself ("Messages and calls are end-to-end encrypted", "Tom joined") are notices, not
//! messages, and are counted. A line that is neither a message's start nor part of one (before the
//! first message, or a start whose date cannot be a date) makes the whole file refused, with the
//! line numbers: nothing is half-imported.
//!
//! The sent time is kept exactly as the export wrote it, beside the time read from it: what the
//! phone showed is the evidence, the reading is ours.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Exports larger than this are refused (about 500,000 messages).
pub const MAX_EXPORT_BYTES: usize = 64 * 1024 * 1024;
/// A refusal lists at most this many of the lines it could not read.
const LINES_LISTED: usize = 20;
/// Files with more lines than this are refused (a chat export has far fewer).
const MAX_LINES: usize = 2_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum DateOrder {
    /// 12/03/2024 is 12 March (UK and most of the world).
    #[default]
    DayFirst,
    /// 03/12/2024 is 12 March (US).
    MonthFirst,
    /// 2024-03-12.
    YearFirst,
}

/// One message, as the export gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The line (from 1) where it starts in the file.
    pub line: usize,
    pub sender: String,
    /// The date and time exactly as the export wrote them, e.g. "12/03/2024, 21:15".
    pub sent_as_written: String,
    /// That date and time read in the export's order, in the phone's own local time.
    pub sent_at: NaiveDateTime,
    /// The words, lines kept; "<Media omitted>" or an attached file's name as the export wrote it.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChatExport {
    pub messages: Vec<Message>,
    pub order: DateOrder,
    /// Every date read both ways, so `order` is the default (day first) or the caller's choice.
    pub order_was_ambiguous: bool,
    /// Lines the app itself wrote (not messages), counted so the person knows nothing was lost.
    pub notices: usize,
    /// Lines that look like a message's start (with a sender) but were kept as words of the message
    /// before, because they run back in time or their date cannot be one in this order.
    pub kept_as_text: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is not text")]
    NotText,
    #[error("the file is too large")]
    TooLarge,
    #[error("the file holds no messages")]
    NoMessages,
    /// Lines that are not a message's start and not part of one (at most the first 20), and how
    /// many there were in all.
    #[error("{count} lines could not be read")]
    Unreadable { lines: Vec<usize>, count: usize },
    /// Some dates can only be day first and others only month first.
    #[error("the dates are in two different orders")]
    MixedOrder {
        day_first: usize,
        month_first: usize,
    },
}

/// The numbers of a message's date, before the order is known.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawDate {
    a: u32,
    b: u32,
    c: u32,
    /// The first number had four digits (2024-03-12).
    pub(crate) year_first: bool,
}

pub(crate) struct Start<'a> {
    pub(crate) date: RawDate,
    pub(crate) time: NaiveTime,
    pub(crate) written: &'a str,
    pub(crate) rest: &'a str,
    pub(crate) shape: Shape,
}

/// How a phone writes a message's start: `[date, time] ` or `date, time - `, 12- or 24-hour, and
/// the date's separator and year-first form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shape {
    pub(crate) bracketed: bool,
    pub(crate) twelve_hour: bool,
    pub(crate) separator: char,
    pub(crate) year_first: bool,
}

/// Reads an export. `order`: the person's answer when an earlier reading was ambiguous.
pub fn read_whatsapp(bytes: &[u8], order: Option<DateOrder>) -> Result<ChatExport, ImportError> {
    read_chat(bytes, order, message_start)
}

/// Reads a file of messages, each starting on a line `start` recognises (with what follows as
/// `Sender: words`, or a notice without a sender); the lines after a start are its words.
pub(crate) fn read_chat(
    bytes: &[u8],
    order: Option<DateOrder>,
    start: fn(&str) -> Option<Start<'_>>,
) -> Result<ChatExport, ImportError> {
    if bytes.len() > MAX_EXPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    if text.contains('\0') {
        return Err(ImportError::NotText);
    }
    let lines: Vec<&str> = text.lines().take(MAX_LINES + 1).collect();
    if lines.len() > MAX_LINES {
        return Err(ImportError::TooLarge);
    }
    // Lines that look like a message's start. WhatsApp writes a message's own lines as they were
    // typed, so a sender can type one that looks like a start: only those in the shape of the
    // file's first start, in a date order that reads, and not running back in time, are taken
    // as starts (below); the others stay part of the message they are in.
    let candidates: Vec<(usize, Start<'_>)> = lines
        .iter()
        .enumerate()
        .filter_map(|(n, raw)| start(clean(raw)).map(|s| (n, s)))
        .collect();
    let Some(shape) = candidates.first().map(|(_, s)| s.shape) else {
        return Err(unreadable_lines(&lines, lines.len()).unwrap_or(ImportError::NoMessages));
    };
    let shaped: Vec<&(usize, Start<'_>)> = candidates
        .iter()
        .filter(|(_, s)| s.shape == shape)
        .collect();
    let order = match order {
        Some(o) => (o, false),
        None => date_order(&shaped)?,
    };
    let first_start = shaped.first().map_or(0, |(n, _)| *n);
    if let Some(refused) = unreadable_lines(&lines, first_start) {
        return Err(refused);
    }
    let mut is_start = vec![None; lines.len()];
    let mut last: Option<chrono::NaiveDateTime> = None;
    // Lines in the shape of a start, with a sender, kept as words of the message before: said to
    // the person, who can see whether the date order chosen is the wrong one.
    let mut kept_as_text: Vec<usize> = Vec::new();
    for (n, start) in shaped {
        let Some(at) = read_date(start.date, order.0).map(|d| d.and_time(start.time)) else {
            kept_as_text.push(n + 1);
            continue;
        };
        if last.is_some_and(|last| at < last - chrono::TimeDelta::hours(2)) {
            kept_as_text.push(n + 1);
            continue;
        }
        last = Some(at);
        is_start[*n] = Some(at);
    }
    // Messages in order; a notice (a start with no sender) followed by lines of its own was typed
    // by someone, so it and those lines stay part of the message before it.
    let mut messages: Vec<Message> = Vec::new();
    let mut notice: Option<usize> = None;
    let mut notices = 0;
    for (n, raw) in lines.iter().enumerate() {
        match (
            is_start[n],
            candidates.binary_search_by_key(&n, |(i, _)| *i),
        ) {
            (Some(at), Ok(c)) => {
                let start = &candidates[c].1;
                notice = None;
                match split_sender(start.rest) {
                    Some((sender, words)) => messages.push(Message {
                        line: n + 1,
                        sender: sender.trim().to_owned(),
                        sent_as_written: start.written.trim().to_owned(),
                        sent_at: at,
                        text: words.to_owned(),
                    }),
                    _ => {
                        notices += 1;
                        notice = Some(n);
                    }
                }
            }
            _ => {
                let Some(message) = messages.last_mut() else {
                    continue;
                };
                if let Some(typed) = notice.take() {
                    notices -= 1;
                    message.text.push('\n');
                    message.text.push_str(lines[typed]);
                }
                message.text.push('\n');
                message.text.push_str(raw);
            }
        }
    }
    if messages.is_empty() {
        return Err(ImportError::NoMessages);
    }
    // Only those after the first message, and only those that name a sender, are worth saying.
    let first_line = messages.first().map_or(0, |m| m.line);
    kept_as_text.retain(|l| {
        *l > first_line
            && candidates
                .binary_search_by_key(&(l - 1), |(i, _)| *i)
                .is_ok_and(|c| split_sender(candidates[c].1.rest).is_some())
    });
    Ok(ChatExport {
        messages,
        order: order.0,
        order_was_ambiguous: order.1,
        notices,
        kept_as_text,
    })
}

/// "Tom Smith: words" (or "Tom Smith<tab>words", as a list pasted from a table has it) into the
/// sender and the words; `None` for a line with no sender (a notice).
pub(crate) fn split_sender(rest: &str) -> Option<(&str, &str)> {
    let (sender, words) = rest.split_once(": ").or_else(|| rest.split_once('\t'))?;
    let sender = sender.trim();
    (!sender.is_empty()).then_some((sender, words))
}

/// A line without the marks phones put before it (byte-order mark, direction marks).
fn clean(raw: &str) -> &str {
    raw.trim_start_matches(['\u{feff}', '\u{200e}', '\u{200f}'])
}

/// The refusal for text before the first message's start (`first`), if there is any.
fn unreadable_lines(lines: &[&str], first: usize) -> Option<ImportError> {
    let mut bad: Vec<usize> = lines[..first.min(lines.len())]
        .iter()
        .enumerate()
        .filter(|(_, l)| !clean(l).trim().is_empty())
        .map(|(n, _)| n + 1)
        .collect();
    if bad.is_empty() {
        return None;
    }
    let count = bad.len();
    bad.truncate(LINES_LISTED);
    Some(ImportError::Unreadable { lines: bad, count })
}

/// The order of the file's dates, and whether every one read both ways. Where some dates can
/// only be day first and others only month first (a typed line among real ones), the many win;
/// as many of each is refused.
fn date_order(starts: &[&(usize, Start<'_>)]) -> Result<(DateOrder, bool), ImportError> {
    if starts.first().is_some_and(|(_, s)| s.date.year_first) {
        return Ok((DateOrder::YearFirst, false));
    }
    let day_first: Vec<usize> = starts
        .iter()
        .filter(|(_, s)| s.date.a > 12)
        .map(|(l, _)| l + 1)
        .collect();
    let month_first: Vec<usize> = starts
        .iter()
        .filter(|(_, s)| s.date.b > 12)
        .map(|(l, _)| l + 1)
        .collect();
    match (day_first.len(), month_first.len()) {
        // Every date reads both ways: the reading in which the messages run forward in time is
        // the phone's; only when both do is the person asked.
        (0, 0) => {
            let back = |order| backward_steps(starts, order);
            Ok(
                match back(DateOrder::DayFirst).cmp(&back(DateOrder::MonthFirst)) {
                    std::cmp::Ordering::Less => (DateOrder::DayFirst, false),
                    std::cmp::Ordering::Greater => (DateOrder::MonthFirst, false),
                    std::cmp::Ordering::Equal => (DateOrder::DayFirst, true),
                },
            )
        }
        (d, m) if d > m => Ok((DateOrder::DayFirst, false)),
        (d, m) if m > d => Ok((DateOrder::MonthFirst, false)),
        _ => Err(ImportError::MixedOrder {
            day_first: day_first[0],
            month_first: month_first[0],
        }),
    }
}

/// How often the starts, read in `order`, go back in time (or cannot be read at all).
fn backward_steps(starts: &[&(usize, Start<'_>)], order: DateOrder) -> usize {
    let mut last: Option<chrono::NaiveDateTime> = None;
    let mut steps = 0;
    for (_, s) in starts {
        match read_date(s.date, order).map(|d| d.and_time(s.time)) {
            Some(at) => {
                if last.is_some_and(|last| at < last) {
                    steps += 1;
                }
                last = Some(at);
            }
            None => steps += 1,
        }
    }
    steps
}

fn read_date(d: RawDate, order: DateOrder) -> Option<NaiveDate> {
    let (year, month, day) = match (order, d.year_first) {
        (_, true) | (DateOrder::YearFirst, _) => (d.a, d.b, d.c),
        (DateOrder::DayFirst, false) => (d.c, d.b, d.a),
        (DateOrder::MonthFirst, false) => (d.c, d.a, d.b),
    };
    let year = if year < 100 { 2000 + year } else { year };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// The start of a message: `[date, time] rest` (iPhone) or `date, time - rest` (Android).
fn message_start(line: &str) -> Option<Start<'_>> {
    let (written, rest) = if let Some(inner) = line.strip_prefix('[') {
        let close = inner.find(']')?;
        (&inner[..close], inner[close + 1..].strip_prefix(' ')?)
    } else {
        let dash = line.find(" - ")?;
        (&line[..dash], &line[dash + 3..])
    };
    let (date, time) = written
        .split_once(", ")
        .or_else(|| written.split_once(' '))?;
    let (date, time) = (date.trim(), time.trim());
    let raw = raw_date(date)?;
    let lower = time.to_ascii_lowercase();
    Some(Start {
        date: raw,
        time: read_time(time)?,
        written,
        rest,
        shape: Shape {
            bracketed: line.starts_with('['),
            twelve_hour: lower.ends_with('m'),
            separator: date
                .chars()
                .find(|c| matches!(c, '/' | '.' | '-'))
                .unwrap_or('/'),
            year_first: raw.year_first,
        },
    })
}

pub(crate) fn raw_date(s: &str) -> Option<RawDate> {
    let sep = s.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let mut parts = s.split(sep);
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some_and(|rest| !rest.is_empty()) {
        return None;
    }
    let number = |p: &str, most: usize| -> Option<u32> {
        if p.is_empty() || p.len() > most || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.parse().ok()
    };
    let year_first = a.len() == 4;
    Some(RawDate {
        a: number(a, 4)?,
        b: number(b, 2)?,
        c: number(c, if year_first { 2 } else { 4 })?,
        year_first,
    })
}

/// "21:15", "21:15:42", "9:15 PM", "9:15\u{202f}pm", "9:15 p.m."
pub(crate) fn read_time(s: &str) -> Option<NaiveTime> {
    let s = s.replace(['\u{202f}', '\u{a0}'], " ");
    let lower = s.to_ascii_lowercase().replace('.', "");
    let (clock, half) = if let Some(c) = lower.strip_suffix("am") {
        (c.trim_end(), Some(false))
    } else if let Some(c) = lower.strip_suffix("pm") {
        (c.trim_end(), Some(true))
    } else {
        (lower.as_str(), None)
    };
    let mut parts = clock.split(':');
    let hour: u32 = parts.next()?.parse().ok()?;
    let minute: u32 = parts.next()?.parse().ok()?;
    let second: u32 = match parts.next() {
        Some(s) => s.parse().ok()?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    let hour = match half {
        None => hour,
        Some(_) if hour == 0 || hour > 12 => return None,
        Some(false) => hour % 12,
        Some(true) => hour % 12 + 12,
    };
    NaiveTime::from_hms_opt(hour, minute, second)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_in_every_form() {
        let t = |h, m, s| NaiveTime::from_hms_opt(h, m, s);
        assert_eq!(read_time("21:15"), t(21, 15, 0));
        assert_eq!(read_time("21:15:42"), t(21, 15, 42));
        assert_eq!(read_time("9:15 PM"), t(21, 15, 0));
        assert_eq!(read_time("12:05\u{202f}am"), t(0, 5, 0));
        assert_eq!(read_time("12:05 p.m."), t(12, 5, 0));
        assert_eq!(read_time("13:05 PM"), None);
        assert_eq!(read_time("25:00"), None);
        assert_eq!(read_time("nine"), None);
    }

    #[test]
    fn a_start_is_told_from_words_that_look_like_one() {
        assert!(message_start("12/03/2024, 21:15 - Tom: hi").is_some());
        assert!(message_start("[12/03/2024, 21:15:42] Tom: hi").is_some());
        assert!(message_start("I said - no").is_none());
        assert!(message_start("[laughs] ok").is_none());
        assert!(message_start("12/03/2024 was the day - Tom: hi").is_none());
    }
}
