//! E-mails saved as `.eml` files, made here the way mail programs write them: encoded headers,
//! quoted-printable and base64 bodies, an old character set, HTML only, attached files, and
//! files that are not e-mails at all.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use harbour_import::email::{EmailError, MAX_EMAIL_FILES, email_entry, read_email};
use harbour_store::IncidentKind;

const WITH_FILES: &str = "From: =?UTF-8?B?RGFycmVuIEjDpGxl?= <darren@example.com>\r
To: Sam <sam@example.org>\r
Subject: =?UTF-8?Q?I_know_where_you_are_=E2=80=94_again?=\r
Date: Tue, 3 Nov 2026 21:40:12 +0000\r
MIME-Version: 1.0\r
Content-Type: multipart/mixed; boundary=\"XYZ\"\r
\r
--XYZ\r
Content-Type: text/plain; charset=utf-8\r
Content-Transfer-Encoding: quoted-printable\r
\r
Saw your car at the gym. Don=E2=80=99t think you can hide.\r
Second line.\r
--XYZ\r
Content-Type: image/png\r
Content-Disposition: attachment; filename=\"car.png\"\r
Content-Transfer-Encoding: base64\r
\r
iVBORw0KGgo=\r
--XYZ\r
Content-Type: application/pdf; name=\"=?UTF-8?B?bm90ZSDigJQgMS5wZGY=?=\"\r
Content-Disposition: attachment\r
Content-Transfer-Encoding: base64\r
\r
JVBERi0xLjQK\r
--XYZ--\r
";

#[test]
fn an_email_with_encoded_headers_and_files_is_read_whole() {
    let email = read_email(WITH_FILES.as_bytes()).unwrap();
    assert_eq!(email.from, "Darren Häle <darren@example.com>");
    assert_eq!(email.to, "Sam <sam@example.org>");
    assert_eq!(email.subject, "I know where you are — again");
    assert_eq!(email.date_as_written, "Tue, 3 Nov 2026 21:40:12 +0000");
    assert_eq!(
        email.sent_at.unwrap().with_timezone(&Utc),
        Utc.with_ymd_and_hms(2026, 11, 3, 21, 40, 12).unwrap()
    );
    assert_eq!(
        email.text,
        "Saw your car at the gym. Don’t think you can hide.\nSecond line."
    );
    assert_eq!(email.files.len(), 2);
    assert_eq!(email.files[0].name, "car.png");
    assert_eq!(email.files[0].media_type, "image/png");
    assert_eq!(email.files[0].bytes, b"\x89PNG\r\n\x1a\n");
    assert_eq!(email.files[1].name, "note — 1.pdf");
    assert_eq!(email.files[1].bytes, b"%PDF-1.4\n");

    let fields = email_entry(&email, IncidentKind::Messages, Utc::now());
    assert_eq!(
        fields.occurred_at,
        Utc.with_ymd_and_hms(2026, 11, 3, 21, 40, 12).unwrap()
    );
    assert!(fields.description.starts_with(
        "E-mail from “Darren Häle <darren@example.com>”, sent Tue, 3 Nov 2026 21:40:12 +0000 (as written in the e-mail).\nTo: Sam <sam@example.org>\nSubject: I know where you are — again\n\nSaw your car"
    ), "{}", fields.description);
}

#[test]
fn an_old_character_set_and_html_only_are_read_as_words() {
    // Windows-1252: 0x93 and 0x94 are curly quotes, 0xA3 the pound sign.
    let mut latin = b"From: landlord@example.com\r\nDate: Mon, 2 Nov 2026 08:00:00 +0100\r\nSubject: rent\r\nContent-Type: text/plain; charset=windows-1252\r\n\r\nYou owe \x93me\x94 \xa3400.\r\n".to_vec();
    let email = read_email(&latin).unwrap();
    assert_eq!(email.text, "You owe “me” £400.");
    assert_eq!(email.from, "landlord@example.com");
    // The sender's own offset is kept in the reading, and the entry happens at that instant.
    assert_eq!(
        email.sent_at.unwrap().with_timezone(&Utc),
        Utc.with_ymd_and_hms(2026, 11, 2, 7, 0, 0).unwrap()
    );
    latin.clear();
    let html = "From: x@example.com\r\nDate: Mon, 2 Nov 2026 08:00:00 +0000\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>I&#39;m <b>outside</b>.</p><p>Look&nbsp;out.</p></body></html>\r\n";
    let email = read_email(html.as_bytes()).unwrap();
    assert!(email.text.contains("outside"), "{:?}", email.text);
    assert!(!email.text.contains("<b>"), "{:?}", email.text);
}

#[test]
fn a_message_without_a_date_happens_when_the_person_says_and_says_so() {
    let email = read_email(b"From: a@example.com\r\nSubject: hi\r\n\r\nhello\r\n").unwrap();
    assert_eq!(email.sent_at, None);
    let when = Utc.with_ymd_and_hms(2026, 10, 1, 12, 0, 0).unwrap();
    let fields = email_entry(&email, IncidentKind::Messages, when);
    assert_eq!(fields.occurred_at, when);
    assert!(
        fields
            .description
            .contains("sent at a time the e-mail does not give")
    );
}

#[test]
fn what_is_not_an_email_or_too_much_is_refused_whole() {
    for not_mail in [
        &b""[..],
        b"just some text\nwith lines\n",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        b"Subject: only a subject\r\n\r\nbody",
    ] {
        assert_eq!(
            read_email(not_mail).unwrap_err(),
            EmailError::NotAnEmail,
            "{not_mail:?}"
        );
    }
    let mut many = String::from(
        "From: a@example.com\r\nDate: Mon, 2 Nov 2026 08:00:00 +0000\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nhi\r\n",
    );
    for n in 0..=MAX_EMAIL_FILES {
        many.push_str(&format!(
            "--B\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"f{n}.txt\"\r\n\r\nx\r\n"
        ));
    }
    many.push_str("--B--\r\n");
    assert_eq!(
        read_email(many.as_bytes()).unwrap_err(),
        EmailError::TooManyFiles
    );
}
