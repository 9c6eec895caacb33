//! A WhatsApp export "with media" (a zip) read back: the chat inflated, each file a message
//! names going with it, the others counted and left out, and crafted archives refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;

use harbour_import::{ChatChoice, ImportError, entries_of, is_zip, read_whatsapp_zip};
use harbour_store::IncidentKind;
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in files {
        out.start_file(*name, deflated).unwrap();
        out.write_all(bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

const CHAT: &str = "13/03/2024, 07:02 - Tom: I saw you at the station.
13/03/2024, 07:05 - Tom: IMG-20240313-WA0001.jpg (file attached)
look who it is
13/03/2024, 07:06 - Sam: Please stop
13/03/2024, 07:09 - Tom: PTT-20240313-WA0002.opus (file attached)
";

#[test]
fn each_file_goes_with_the_message_that_names_it() {
    let bytes = zip_of(&[
        ("WhatsApp Chat with Tom.txt", CHAT.as_bytes()),
        ("IMG-20240313-WA0001.jpg", b"jpeg bytes"),
        ("PTT-20240313-WA0002.opus", b"voice note"),
        ("IMG-20240101-WA0009.jpg", b"named by no message"),
    ]);
    assert!(is_zip(&bytes));
    let archive = read_whatsapp_zip(&bytes, None).unwrap();
    assert_eq!(archive.chat.messages.len(), 4);
    assert_eq!(archive.media.len(), 2);
    assert_eq!(archive.unnamed, 1);
    let named = |n: usize| -> Vec<&str> {
        archive.media_of[n]
            .iter()
            .map(|&i| archive.media[i].name.as_str())
            .collect()
    };
    assert!(named(0).is_empty());
    assert_eq!(named(1), ["IMG-20240313-WA0001.jpg"]);
    assert_eq!(named(3), ["PTT-20240313-WA0002.opus"]);

    // Tom's messages 2 to 4, one entry each, each with its own file.
    let choice = ChatChoice {
        senders: vec!["Tom".into()],
        from: Some(2),
        until: Some(4),
        together: false,
        kind: IncidentKind::Messages,
    };
    let (entries, messages) =
        entries_of(&archive.chat, &archive.media_of, &choice, &chrono::Utc).unwrap();
    assert_eq!(messages, 2);
    assert_eq!(entries.len(), 2);
    assert!(entries[0].0.description.contains("look who it is"));
    assert_eq!(entries[0].1.len(), 1);
    assert_eq!(
        archive.media[entries[1].1[0]].name,
        "PTT-20240313-WA0002.opus"
    );
    // All of Tom's as one: the files of all of them, and the span from the first to the last.
    let together = ChatChoice {
        from: None,
        until: None,
        together: true,
        ..choice
    };
    let (entries, messages) =
        entries_of(&archive.chat, &archive.media_of, &together, &chrono::Utc).unwrap();
    assert_eq!((entries.len(), messages), (1, 3));
    assert_eq!(entries[0].1.len(), 2);
    assert!(entries[0].0.occurred_until.is_some());
    assert!(
        entries[0]
            .0
            .description
            .starts_with("3 messages, sent 13/03/2024, 07:02 to 13/03/2024, 07:09")
    );
    assert!(
        entries[0]
            .0
            .description
            .contains("[13/03/2024, 07:02] “Tom”: I saw you at the station.")
    );
}

#[test]
fn an_iphone_archive_and_files_in_a_folder() {
    let chat = "[02/11/2025, 23:41:30] Unknown: \u{200e}<attached: 00000012-PHOTO-2025-11-02-23-41-30.jpg>\n";
    let bytes = zip_of(&[
        ("_chat.txt", chat.as_bytes()),
        ("media/00000012-PHOTO-2025-11-02-23-41-30.jpg", b"photo"),
    ]);
    let archive = read_whatsapp_zip(&bytes, None).unwrap();
    assert_eq!(archive.media.len(), 1);
    assert_eq!(archive.media_of[0], [0]);
}

#[test]
fn crafted_archives_are_refused_or_their_odd_files_left_out() {
    // A chat named in another language: the one text file is the chat.
    let bytes = zip_of(&[
        ("Chat de WhatsApp con Tom.txt", CHAT.as_bytes()),
        ("IMG-1.jpg", b"x"),
    ]);
    assert_eq!(
        read_whatsapp_zip(&bytes, None).unwrap().chat.messages.len(),
        4
    );
    // No chat in it.
    let bytes = zip_of(&[("IMG-1.jpg", b"x")]);
    assert_eq!(
        read_whatsapp_zip(&bytes, None),
        Err(ImportError::NoMessages)
    );
    // A path climbing out is never taken, even when a message names it.
    let chat = "13/03/2024, 07:05 - Tom: evil.jpg (file attached)\n";
    let bytes = zip_of(&[("_chat.txt", chat.as_bytes()), ("../evil.jpg", b"x")]);
    let archive = read_whatsapp_zip(&bytes, None).unwrap();
    assert!(archive.media.is_empty());
    // A file that unpacks past the limit (a few kilobytes packed): refused whole.
    let huge = vec![0u8; 64 * 1024 * 1024 + 1];
    let bytes = zip_of(&[
        ("_chat.txt", CHAT.as_bytes()),
        ("IMG-20240313-WA0001.jpg", &huge),
    ]);
    assert!(bytes.len() < 1024 * 1024);
    assert_eq!(read_whatsapp_zip(&bytes, None), Err(ImportError::TooLarge));
    // Not a zip at all.
    assert_eq!(
        read_whatsapp_zip(b"PK\x03\x04 not really", None),
        Err(ImportError::NotText)
    );
}
