//! Plain lists of messages, made here as a person would paste them (from a phone's texts, a
//! spreadsheet, a backup tool), read back: day, month or year first, 12- and 24-hour times, tabs,
//! messages over several lines, the time kept as written; and lists refused whole, with the lines
//! that could not be read.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use harbour_import::{DateOrder, ImportError, read_message_list};

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

#[test]
fn a_uk_list_pasted_from_texts_with_a_message_over_several_lines() {
    let list = "\
12/03/2026 21:15 Tom: Where are you
12/03/2026 21:16 Tom: Answer me
I know you're home.
The light is on.
13/03/2026 07:02 Me: Please stop
13/03/2026 07:04 Tom: You can't make me: I'll be outside
";
    let chat = read_message_list(list.as_bytes(), None).unwrap();
    assert_eq!(chat.order, DateOrder::DayFirst);
    assert!(!chat.order_was_ambiguous);
    assert_eq!(chat.notices, 0);
    assert_eq!(chat.messages.len(), 4);
    let second = &chat.messages[1];
    assert_eq!(second.line, 2);
    assert_eq!(second.sender, "Tom");
    assert_eq!(second.sent_as_written, "12/03/2026 21:16");
    assert_eq!(second.sent_at, at(2026, 3, 12, 21, 16));
    assert_eq!(
        second.text,
        "Answer me\nI know you're home.\nThe light is on."
    );
    // A colon in the words is part of them.
    assert_eq!(chat.messages[3].text, "You can't make me: I'll be outside");
    assert_eq!(chat.messages[2].sender, "Me");
}

#[test]
fn a_us_list_with_twelve_hour_times_and_a_dash() {
    let list = "\
3/12/26 9:15 PM - Tom: Pick up
3/13/26 7:02 a.m. - Tom: I saw you
3/13/26 7:05 am - Tom: Answer
";
    let chat = read_message_list(list.as_bytes(), None).unwrap();
    assert_eq!(chat.order, DateOrder::MonthFirst);
    let when: Vec<_> = chat.messages.iter().map(|m| m.sent_at).collect();
    assert_eq!(
        when,
        vec![
            at(2026, 3, 12, 21, 15),
            at(2026, 3, 13, 7, 2),
            at(2026, 3, 13, 7, 5)
        ]
    );
    assert_eq!(chat.messages[1].sent_as_written, "3/13/26 7:02 a.m.");
}

#[test]
fn a_table_pasted_with_tabs_and_year_first_dates() {
    let list = "2026-03-12\t21:20\tTom\tI know where you are\n\
                2026-03-12\t21:25\t+44 7700 900123\tIt's me again\n";
    let chat = read_message_list(list.as_bytes(), None).unwrap();
    assert_eq!(chat.order, DateOrder::YearFirst);
    assert_eq!(chat.messages.len(), 2);
    assert_eq!(chat.messages[1].sender, "+44 7700 900123");
    assert_eq!(chat.messages[1].text, "It's me again");
    assert_eq!(chat.messages[0].sent_as_written, "2026-03-12\t21:20");
}

#[test]
fn a_list_whose_dates_read_both_ways_says_so_and_takes_the_persons_answer() {
    let list = "01/02/2026 10:00 Tom: one\n03/04/2026 10:00 Tom: two\n";
    let chat = read_message_list(list.as_bytes(), None).unwrap();
    assert!(chat.order_was_ambiguous);
    assert_eq!(chat.messages[0].sent_at, at(2026, 2, 1, 10, 0));
    let chat = read_message_list(list.as_bytes(), Some(DateOrder::MonthFirst)).unwrap();
    assert!(!chat.order_was_ambiguous);
    assert_eq!(chat.messages[0].sent_at, at(2026, 1, 2, 10, 0));
}

#[test]
fn a_list_that_is_not_one_is_refused_whole_with_its_lines() {
    // Words before the first message: nothing is half-read.
    let list = "Texts from Tom\ncopied on Friday\n12/03/2026 21:15 Tom: Where are you\n";
    assert_eq!(
        read_message_list(list.as_bytes(), None),
        Err(ImportError::Unreadable {
            lines: vec![1, 2],
            count: 2
        })
    );
    assert_eq!(
        read_message_list(b"just some notes\nwith no dates\n", None),
        Err(ImportError::Unreadable {
            lines: vec![1, 2],
            count: 2
        })
    );
    assert_eq!(read_message_list(b"", None), Err(ImportError::NoMessages));
    assert_eq!(
        read_message_list(&[0xff, 0xfe, 0x00], None),
        Err(ImportError::NotText)
    );
    // Dates that cannot both be right (one only day first, one only month first).
    let mixed = "13/03/2026 10:00 Tom: a\n03/14/2026 10:00 Tom: b\n";
    assert!(matches!(
        read_message_list(mixed.as_bytes(), None),
        Err(ImportError::MixedOrder { .. })
    ));
}
