//! Chat exports made here as WhatsApp writes them, read back: both phones, both day/month
//! orders, 12- and 24-hour times, messages over several lines, the app's own notices, media left
//! out or attached, and files refused whole with the lines that could not be read.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use harbour_import::{DateOrder, ImportError, read_whatsapp};

fn at(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, s)
        .unwrap()
}

#[test]
fn an_android_export_in_uk_order_with_a_long_message_notices_and_media() {
    let chat = "\
12/03/2024, 21:10 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
12/03/2024, 21:15 - Tom Smith: You can't hide from me
13/03/2024, 07:02 - Tom Smith: I saw you at the station.
I know which train you take.

Answer me
13/03/2024, 07:05 - Tom Smith: <Media omitted>
13/03/2024, 07:06 - Sam: Please stop messaging me
13/03/2024, 07:07 - Tom Smith: IMG-20240313-WA0001.jpg (file attached)
13/03/2024, 07:09 - Tom Smith changed his phone number to a new number. Tap to message or add the new number.
";
    let export = read_whatsapp(chat.as_bytes(), None).unwrap();
    assert_eq!(export.order, DateOrder::DayFirst);
    assert!(!export.order_was_ambiguous);
    assert_eq!(export.notices, 2);
    assert_eq!(export.messages.len(), 5);
    let first = &export.messages[0];
    assert_eq!(first.line, 2);
    assert_eq!(first.sender, "Tom Smith");
    assert_eq!(first.sent_as_written, "12/03/2024, 21:15");
    assert_eq!(first.sent_at, at(2024, 3, 12, 21, 15, 0));
    assert_eq!(first.text, "You can't hide from me");
    // Over several lines, a blank one among them, kept as written.
    assert_eq!(
        export.messages[1].text,
        "I saw you at the station.\nI know which train you take.\n\nAnswer me"
    );
    assert_eq!(export.messages[2].text, "<Media omitted>");
    assert_eq!(export.messages[3].sender, "Sam");
    assert_eq!(
        export.messages[4].text,
        "IMG-20240313-WA0001.jpg (file attached)"
    );
}

#[test]
fn an_iphone_export_with_seconds_marks_and_an_attached_photo() {
    let chat = "\u{feff}[02/11/2025, 23:41:07] Unknown: Why won't you answer
\u{200e}[02/11/2025, 23:41:30] Unknown: \u{200e}<attached: 00000012-PHOTO-2025-11-02-23-41-30.jpg>
[02/11/2025, 23:59:59] Unknown: I'm outside
look out the window
";
    let export = read_whatsapp(chat.as_bytes(), None).unwrap();
    // 02/11 reads both ways: day first (UK) unless the person says otherwise, and they are asked.
    assert_eq!(export.order, DateOrder::DayFirst);
    assert!(export.order_was_ambiguous);
    assert_eq!(export.messages.len(), 3);
    assert_eq!(export.messages[0].sent_at, at(2025, 11, 2, 23, 41, 7));
    assert_eq!(export.messages[0].sent_as_written, "02/11/2025, 23:41:07");
    assert!(export.messages[1].text.contains("PHOTO-2025-11-02"));
    assert_eq!(export.messages[2].text, "I'm outside\nlook out the window");
    // Read again as month first: 11 February.
    let us = read_whatsapp(chat.as_bytes(), Some(DateOrder::MonthFirst)).unwrap();
    assert!(!us.order_was_ambiguous);
    assert_eq!(us.messages[0].sent_at, at(2025, 2, 11, 23, 41, 7));
}

#[test]
fn a_us_export_in_month_order_with_12_hour_times() {
    let chat = "3/12/24, 9:15 PM - Tom: You can't hide
3/13/24, 12:05\u{202f}AM - Tom: Still awake?
3/13/24, 12:30 PM - Tom: Lunch at your work then
";
    let export = read_whatsapp(chat.as_bytes(), None).unwrap();
    assert_eq!(export.order, DateOrder::MonthFirst);
    assert!(!export.order_was_ambiguous);
    assert_eq!(export.messages[0].sent_at, at(2024, 3, 12, 21, 15, 0));
    assert_eq!(export.messages[1].sent_at, at(2024, 3, 13, 0, 5, 0));
    assert_eq!(export.messages[2].sent_at, at(2024, 3, 13, 12, 30, 0));
    assert_eq!(
        export.messages[1].sent_as_written,
        "3/13/24, 12:05\u{202f}AM"
    );
}

#[test]
fn a_file_that_is_not_an_export_is_refused_whole_with_its_line_numbers() {
    let chat = "Notes for court
12/03/2024, 21:15 - Tom: You can't hide

and something else
";
    match read_whatsapp(chat.as_bytes(), None) {
        Err(ImportError::Unreadable { lines, count }) => {
            assert_eq!(lines, vec![1]);
            assert_eq!(count, 1);
        }
        other => panic!("{other:?}"),
    }
    // A line that only looks like a start (its date cannot be one) stays in the message it is in.
    let chat = "31/01/2024, 10:00 - Tom: one
31/02/2024, 10:00 - Tom: two
";
    let export = read_whatsapp(chat.as_bytes(), None).unwrap();
    assert_eq!(export.messages.len(), 1);
    assert_eq!(export.messages[0].text, "one\n31/02/2024, 10:00 - Tom: two");
}

#[test]
fn lines_typed_inside_a_message_that_look_like_starts_are_never_lost_nor_taken_for_messages() {
    let chat = "01/03/2024, 21:15 - Tom: hi
01/03/2024, 21:17 - Tom: ok
01/03/2024, 21:17 - Tom left
I will kill you tonight
01/03/2024, 21:18 - Sam: my notes:
12/02/2024 21:15 - he was at the gate
2024-03-12 10:00 - x: y
[01/03/2024, 21:19] Tom: another phone's shape
01/03/2024, 21:20 - Alice: Please stop
";
    let export = read_whatsapp(chat.as_bytes(), None).unwrap();
    let texts: Vec<(&str, &str)> = export
        .messages
        .iter()
        .map(|m| (m.sender.as_str(), m.text.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            ("Tom", "hi"),
            // A "notice" with lines of its own was typed: it and its lines stay in the message.
            (
                "Tom",
                "ok\n01/03/2024, 21:17 - Tom left\nI will kill you tonight"
            ),
            // A date back in February, a year-first date, another phone's shape: all words.
            (
                "Sam",
                "my notes:\n12/02/2024 21:15 - he was at the gate\n2024-03-12 10:00 - x: y\n[01/03/2024, 21:19] Tom: another phone's shape"
            ),
            ("Alice", "Please stop"),
        ]
    );
    assert_eq!(export.notices, 0);
    assert_eq!(export.order, DateOrder::DayFirst);
}

#[test]
fn a_typed_date_in_the_other_order_does_not_turn_the_whole_chat() {
    // Many day-first dates and one typed month-first one: day first, the typed line kept as words.
    let chat = "13/03/2024, 07:02 - Tom: one
14/03/2024, 07:02 - Tom: two
03/15/2024, 07:02 - x: y
15/03/2024, 07:02 - Tom: three
";
    let export = read_whatsapp(chat.as_bytes(), None).unwrap();
    assert_eq!(export.order, DateOrder::DayFirst);
    assert_eq!(export.messages.len(), 3);
    assert_eq!(export.messages[1].text, "two\n03/15/2024, 07:02 - x: y");
}

#[test]
fn dates_in_both_orders_at_once_are_refused() {
    let chat = "13/01/2024, 10:00 - Tom: a
01/13/2024, 10:00 - Tom: b
";
    assert_eq!(
        read_whatsapp(chat.as_bytes(), None),
        Err(ImportError::MixedOrder {
            day_first: 1,
            month_first: 2
        })
    );
}

#[test]
fn what_is_not_a_chat_is_said_plainly() {
    assert_eq!(
        read_whatsapp(&[0xff, 0xfe, 0x00, 0x41], None),
        Err(ImportError::NotText)
    );
    assert_eq!(read_whatsapp(b"", None), Err(ImportError::NoMessages));
    assert_eq!(
        read_whatsapp(
            b"12/03/2024, 21:10 - Messages and calls are end-to-end encrypted.\n",
            None
        ),
        Err(ImportError::NoMessages)
    );
    // Many bad lines: the first 20 are listed, all are counted.
    let bad = "nonsense\n".repeat(30);
    match read_whatsapp(bad.as_bytes(), None) {
        Err(ImportError::Unreadable { lines, count }) => {
            assert_eq!(lines.len(), 20);
            assert_eq!(count, 30);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn when_every_date_reads_both_ways_the_order_in_which_time_runs_forward_is_taken() {
    let chat = "02/01/2024, 21:15 - Tom: Where were you last night
01/02/2024, 07:02 - Me: Please leave me alone
03/03/2024, 08:00 - Tom: I am outside
";
    let export = read_whatsapp(chat.as_bytes(), None).unwrap();
    assert_eq!(export.order, DateOrder::DayFirst);
    assert!(!export.order_was_ambiguous, "only one reading runs forward");
    assert_eq!(export.messages.len(), 3);
    assert!(export.kept_as_text.is_empty());
    // Read the other way by choice: the line that then runs back is kept as words, and said.
    let other = read_whatsapp(chat.as_bytes(), Some(DateOrder::MonthFirst)).unwrap();
    assert_eq!(other.messages.len(), 2);
    assert_eq!(other.kept_as_text, [2]);
    // All on one day: both readings run forward, so the person is asked.
    let same_day = "05/05/2024, 10:00 - Tom: a\n05/05/2024, 11:00 - Tom: b\n";
    assert!(
        read_whatsapp(same_day.as_bytes(), None)
            .unwrap()
            .order_was_ambiguous
    );
}
