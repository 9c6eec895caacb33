//! A photo the person shows their advocate, through a real relay on 127.0.0.1 between two real
//! SQLCipher vaults: it arrives whole and only once chosen, a send cut short carries on where it
//! stopped, the relay never holds its bytes in the clear, and frames that try to slip a file the
//! other way (advocate to person) or a file whose bytes are not what they claim are refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use harbour_relay::Storage;
use harbour_share::{Link, Received, RelayClient, Skip, delivered, prepare, sync_now};
use harbour_store::shared_files::PART_BYTES;
use harbour_store::{FilePart, INCIDENT_LOG_ID, IncidentFields, IncidentKind, PartTaken, Store};
use harbour_sync::frame::{self, CaseKey, FrameKind};
use harbour_sync::pairing::Role;
use sha2::{Digest, Sha256};

mod support;
use support::{Forger, link_up, receive, start_relay, vault};

use harbour_store::LinkId;
/// The only link these tests make.
const LINK: LinkId = LinkId::FIRST;

/// A 2.5 MB "photo" (three parts) with a canary written all through it.
fn photo() -> Vec<u8> {
    let mut out = Vec::with_capacity(2_500_000);
    let mut n = 0u32;
    while out.len() < 2_500_000 {
        out.extend_from_slice(format!("PHOTO-CANARY-{n:08}|").as_bytes());
        n += 1;
    }
    out.truncate(2_500_000);
    out
}

/// An entry with the photo and a second file that is never chosen; returns the entry's id and
/// the photo's attachment id.
fn entry(person: &mut Store, bytes: &[u8]) -> (String, String) {
    let photo = person
        .add_attachment("doorstep.jpg", "image/jpeg", bytes)
        .unwrap();
    let other = person
        .add_attachment("private.txt", "text/plain", b"NEVER-CHOSEN-CANARY")
        .unwrap();
    let mut fields = IncidentFields::new(
        Utc.with_ymd_and_hms(2026, 11, 2, 21, 15, 0).unwrap(),
        IncidentKind::GiftsLetters,
        "Flowers on the doorstep.",
    );
    fields.attachments = vec![photo.id.clone(), other.id];
    let id = person.record_incident(&fields).unwrap().id;
    (id, photo.id)
}

fn file_parts(received: &[Received]) -> Vec<PartTaken> {
    received
        .iter()
        .filter_map(|r| match r {
            Received::FilePart(t) => Some(*t),
            _ => None,
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chosen_photo_reaches_the_advocate_whole_and_a_cut_send_carries_on() {
    let dir = tempfile::tempdir().unwrap();
    let relay_db = dir.path().join("relay.db");
    let base = start_relay(Storage::open_sqlite(&relay_db).unwrap()).await;
    let mut person = vault(&dir.path().join("person.db"));
    let mut advocate = vault(&dir.path().join("advocate.db"));
    let (mut person_link, mut advocate_link) = link_up(&base, &mut person, &mut advocate).await;
    let person_relay: RelayClient = person_link.relay_client().unwrap();
    let advocate_relay: RelayClient = advocate_link.relay_client().unwrap();

    let bytes = photo();
    let sha = hex::encode(Sha256::digest(&bytes));
    let (incident, photo_id) = entry(&mut person, &bytes);
    person.prepare_record_view(INCIDENT_LOG_ID).unwrap();
    person.share_document(LINK, INCIDENT_LOG_ID).unwrap();

    // Shared log, no file chosen: the advocate sees the entry and no file.
    sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    let got = sync_now(&mut advocate, &mut advocate_link, &advocate_relay)
        .await
        .unwrap();
    assert!(file_parts(&got).is_empty());
    assert!(advocate.shared_incidents().unwrap()[0].files.is_empty());

    // Chosen. The first send is cut short: its view frame and the first part are stored, then
    // the connection drops before the other two parts are.
    person.set_file_shared(&incident, &photo_id, true).unwrap();
    let outgoing = prepare(&mut person, &mut person_link).unwrap();
    assert_eq!(outgoing.iter().filter(|o| o.is_file_part()).count(), 2);
    // Every part is the largest frame, the last too: its size says nothing of the file.
    assert!(
        outgoing
            .iter()
            .filter(|o| o.is_file_part())
            .all(|o| o.frame.len() == 1_048_576)
    );
    for out in &outgoing[..2] {
        let seq = person_relay
            .post(&person_link.mailbox(), out.frame.clone())
            .await
            .unwrap();
        delivered(&mut person, out, seq).unwrap();
    }
    drop(outgoing);
    assert_eq!(person.file_sharing(&incident).unwrap()[0].parts_sent, 1);

    let got = sync_now(&mut advocate, &mut advocate_link, &advocate_relay)
        .await
        .unwrap();
    assert_eq!(file_parts(&got), vec![PartTaken::Waiting]);
    let arrivals = advocate.file_arrivals().unwrap();
    assert_eq!(
        (
            arrivals[0].here,
            arrivals[0].parts_here,
            arrivals[0].part_count
        ),
        (false, 1, 3)
    );

    // The next send carries on from the second part: nothing is sent twice.
    sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    assert_eq!(person.file_sharing(&incident).unwrap()[0].parts_sent, 3);
    let got = sync_now(&mut advocate, &mut advocate_link, &advocate_relay)
        .await
        .unwrap();
    assert_eq!(
        file_parts(&got),
        vec![PartTaken::Waiting, PartTaken::Complete]
    );
    assert_eq!(advocate.received_file(&sha).unwrap(), bytes);
    let view = advocate.shared_incidents().unwrap();
    assert_eq!(view[0].files.len(), 1);
    assert_eq!(view[0].files[0].file_name, "doorstep.jpg");

    // The relay held only sealed frames: neither file's words are in its database.
    let mut relay_bytes = Vec::new();
    for suffix in ["", "-wal"] {
        let path = format!("{}{suffix}", relay_db.display());
        if let Ok(b) = std::fs::read(&path) {
            relay_bytes.extend(b);
        }
    }
    assert!(relay_bytes.len() > 3 * PART_BYTES, "the parts were stored");
    for canary in [
        &b"PHOTO-CANARY"[..],
        b"NEVER-CHOSEN-CANARY",
        b"doorstep.jpg",
    ] {
        assert!(
            !relay_bytes.windows(canary.len()).any(|w| w == canary),
            "{} found in the relay",
            String::from_utf8_lossy(canary)
        );
    }

    // Taken back: the advocate's copy loses it with the next send.
    person.set_file_shared(&incident, &photo_id, false).unwrap();
    sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    sync_now(&mut advocate, &mut advocate_link, &advocate_relay)
        .await
        .unwrap();
    assert!(advocate.shared_incidents().unwrap()[0].files.is_empty());
    assert!(advocate.received_file(&sha).is_err());
}

/// The person's and the advocate's device keys in these tests.
/// A person and their advocate paired through a relay on 127.0.0.1 (its SQLite database at
/// `relay_db`), the incident log shared and the photo of an entry chosen, nothing sent yet.
struct PhotoChosen {
    _dir: tempfile::TempDir,
    relay_db: std::path::PathBuf,
    person: Store,
    advocate: Store,
    person_link: Link,
    advocate_link: Link,
    person_relay: RelayClient,
    advocate_relay: RelayClient,
    bytes: Vec<u8>,
    sha: [u8; 32],
    incident: String,
}

async fn photo_chosen() -> PhotoChosen {
    let dir = tempfile::tempdir().unwrap();
    let relay_db = dir.path().join("relay.db");
    let base = start_relay(Storage::open_sqlite(&relay_db).unwrap()).await;
    let mut person = vault(&dir.path().join("person.db"));
    let mut advocate = vault(&dir.path().join("advocate.db"));
    let (person_link, advocate_link) = link_up(&base, &mut person, &mut advocate).await;
    let person_relay = person_link.relay_client().unwrap();
    let advocate_relay = advocate_link.relay_client().unwrap();
    let bytes = photo();
    let sha: [u8; 32] = Sha256::digest(&bytes).into();
    let (incident, photo_id) = entry(&mut person, &bytes);
    person.prepare_record_view(INCIDENT_LOG_ID).unwrap();
    person.share_document(LINK, INCIDENT_LOG_ID).unwrap();
    person.set_file_shared(&incident, &photo_id, true).unwrap();
    PhotoChosen {
        _dir: dir,
        relay_db,
        person,
        advocate,
        person_link,
        advocate_link,
        person_relay,
        advocate_relay,
        bytes,
        sha,
        incident,
    }
}

/// The relay's messages in `mailbox` after `after`: their numbers and sizes, in order.
fn stored(db: &std::path::Path, mailbox: [u8; 32], after: u64) -> Vec<(u64, usize)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.prepare(
        "SELECT seq, length(body) FROM relay_messages WHERE mailbox = ?1 AND seq > ?2 ORDER BY seq",
    )
    .unwrap()
    .query_map((mailbox.as_slice(), after as i64), |r| {
        Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as usize))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// The relay loses one part of a photo after storing it (a broken or hostile relay, or one
/// that let it expire): the person's app counted it as sent and said so, and the advocate would
/// never get the photo. The advocate's account of what it holds names the first part missing,
/// the person's app sends the photo again from there, and it arrives whole.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_part_of_a_file_the_relay_loses_is_sent_again_and_the_file_arrives_whole() {
    let PhotoChosen {
        _dir,
        relay_db,
        mut person,
        mut advocate,
        mut person_link,
        mut advocate_link,
        person_relay,
        advocate_relay,
        bytes,
        sha,
        incident,
    } = photo_chosen().await;
    let sha = hex::encode(sha);
    let mailbox = person_link.mailbox();
    let before = stored(&relay_db, mailbox, 0).last().map_or(0, |m| m.0);
    sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    assert_eq!(person.file_sharing(&incident).unwrap()[0].parts_sent, 3);
    // Parts fill the largest frame; the relay loses the second one.
    assert_eq!(lose_second_part(&relay_db, mailbox, before), 3);

    let got = sync_now(&mut advocate, &mut advocate_link, &advocate_relay)
        .await
        .unwrap();
    assert_eq!(
        file_parts(&got),
        vec![PartTaken::Waiting, PartTaken::Waiting]
    );
    assert!(!advocate.file_arrivals().unwrap()[0].here);

    // The person's app takes the advocate's account (posted with that sync) and sends the
    // photo again from the part that was lost; the advocate's next sync takes it whole.
    let got = sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    assert!(
        got.iter()
            .any(|r| matches!(r, Received::Have(t) if t.sending_again)),
        "{got:?}"
    );
    let got = sync_now(&mut advocate, &mut advocate_link, &advocate_relay)
        .await
        .unwrap();
    assert!(file_parts(&got).contains(&PartTaken::Complete), "{got:?}");
    assert_eq!(advocate.received_file(&sha).unwrap(), bytes);
    // Whole now: the advocate's accounts no longer name it, and nothing goes again.
    sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    assert!(advocate.files_short(10).unwrap().is_empty());
    assert_eq!(person.file_sharing(&incident).unwrap()[0].parts_sent, 3);
}

/// Deletes from the relay's SQLite the second of the file parts (messages of the largest size)
/// stored after relay number `after`; returns how many parts there were.
fn lose_second_part(relay_db: &std::path::Path, mailbox: [u8; 32], after: u64) -> usize {
    let parts: Vec<u64> = stored(relay_db, mailbox, after)
        .into_iter()
        .filter(|(_, len)| *len >= 1_048_576)
        .map(|(seq, _)| seq)
        .collect();
    rusqlite::Connection::open(relay_db)
        .unwrap()
        .execute(
            "DELETE FROM relay_messages WHERE mailbox = ?1 AND seq = ?2",
            (mailbox.as_slice(), parts[1] as i64),
        )
        .unwrap();
    parts.len()
}

/// An account as the advocate's app would seal it, naming only files it lacks (each with its
/// first part missing), or nothing at all.
fn files_account(forger: &mut Forger, files: &[([u8; 32], u32)]) -> Vec<u8> {
    let mut content = vec![1u8, if files.is_empty() { 0 } else { 4 }];
    content.extend_from_slice(&u64::MAX.to_be_bytes());
    content.extend_from_slice(&0u32.to_be_bytes());
    if !files.is_empty() {
        content.extend_from_slice(&(files.len() as u32).to_be_bytes());
        for (sha, first_missing) in files {
            content.extend_from_slice(sha);
            content.extend_from_slice(&first_missing.to_be_bytes());
        }
    }
    forger.seal(FrameKind::Have, &content)
}

/// A hostile advocate (or whoever holds their keys) alternating accounts that say a whole file
/// is missing with accounts that say nothing is, to have the person's app upload it again and
/// again with no pause: an account saying nothing is missing no longer forgets the rounds
/// before their pause is over, so three go at once and then the pause holds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn alternating_accounts_cannot_make_the_person_upload_a_file_again_and_again() {
    let PhotoChosen {
        _dir,
        relay_db,
        mut person,
        mut advocate,
        mut person_link,
        mut advocate_link,
        person_relay,
        advocate_relay,
        bytes,
        sha,
        incident: _,
    } = photo_chosen().await;
    let mailbox = person_link.mailbox();
    sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    sync_now(&mut advocate, &mut advocate_link, &advocate_relay)
        .await
        .unwrap();
    assert_eq!(advocate.received_file(&hex::encode(sha)).unwrap(), bytes);

    let mut forger = Forger::of(&advocate);
    let before = stored(&relay_db, mailbox, 0).last().map_or(0, |m| m.0);
    for _ in 0..10 {
        for account in [
            files_account(&mut forger, &[(sha, 0)]),
            files_account(&mut forger, &[]),
        ] {
            advocate_relay.post(&mailbox, account).await.unwrap();
            sync_now(&mut person, &mut person_link, &person_relay)
                .await
                .unwrap();
        }
    }
    let parts = stored(&relay_db, mailbox, before)
        .into_iter()
        .filter(|(_, len)| *len >= 1_048_576)
        .count();
    println!("parts uploaded again after 10 pairs of forged accounts: {parts}");
    assert!(
        parts <= 9,
        "{parts} parts: three rounds of three, then the pause"
    );
}

/// A person's app from before file lists refuses an account with a flag it does not know, and
/// with it the documents' recovery that account carries: the advocate's app lists the files it
/// lacks only to a person's app whose own account said it reads them (flag 8). Stood in for by
/// accounts sealed with the person's keys, without the flag and then with it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn file_lists_go_only_to_a_persons_app_that_reads_them() {
    let PhotoChosen {
        _dir,
        relay_db,
        mut person,
        mut advocate,
        mut person_link,
        mut advocate_link,
        person_relay,
        advocate_relay,
        bytes: _,
        sha: _,
        incident: _,
    } = photo_chosen().await;
    let mailbox = person_link.mailbox();
    let before = stored(&relay_db, mailbox, 0).last().map_or(0, |m| m.0);
    sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    // The relay loses a part, so the advocate's side lacks the photo.
    lose_second_part(&relay_db, mailbox, before);
    let mut older_app = Forger::of(&person);
    let account = |forger: &mut Forger, flags: u8| {
        let mut content = vec![1u8, flags];
        content.extend_from_slice(&u64::MAX.to_be_bytes());
        content.extend_from_slice(&0u32.to_be_bytes());
        forger.seal(FrameKind::Have, &content)
    };
    let sending_again = |got: &[Received]| {
        got.iter()
            .any(|r| matches!(r, Received::Have(t) if t.sending_again))
    };

    // The person's last account (after its real one) does not say it reads file lists.
    person_relay
        .post(&mailbox, account(&mut older_app, 0))
        .await
        .unwrap();
    sync_now(&mut advocate, &mut advocate_link, &advocate_relay)
        .await
        .unwrap();
    assert_eq!(advocate.files_short(10).unwrap().len(), 1);
    let got = sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    assert!(
        got.iter().any(|r| matches!(r, Received::Have(_))),
        "the advocate's account came: {got:?}"
    );
    assert!(!sending_again(&got), "the account listed files: {got:?}");

    // Once it says so, the advocate's next account names the photo and it goes again.
    person_relay
        .post(&mailbox, account(&mut older_app, 8))
        .await
        .unwrap();
    sync_now(&mut advocate, &mut advocate_link, &advocate_relay)
        .await
        .unwrap();
    let got = sync_now(&mut person, &mut person_link, &person_relay)
        .await
        .unwrap();
    assert!(sending_again(&got), "the account named no file: {got:?}");
}

fn person_device() -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[5; 32])
}

fn advocate_device() -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[6; 32])
}

/// Two ends of a link that share a case key, without a relay: frames are handed over directly.
fn two_ends(person: &Store, key: [u8; 32]) -> (Link, Link) {
    let _ = person;
    let person_link = Link::new(
        Role::Client,
        "http://127.0.0.1:1",
        [9; 32],
        person_device(),
        advocate_device().verifying_key().to_bytes(),
        CaseKey::from_bytes(1, key),
    )
    .unwrap();
    let advocate_link = Link::new(
        Role::Advocate,
        "http://127.0.0.1:1",
        [9; 32],
        advocate_device(),
        person_device().verifying_key().to_bytes(),
        CaseKey::from_bytes(1, key),
    )
    .unwrap();
    (person_link, advocate_link)
}

/// A part of a file sealed with the case key and signed by `from`.
fn part_frame(
    key: [u8; 32],
    from: &ed25519_dalek::SigningKey,
    counter: u64,
    part: &FilePart,
) -> Vec<u8> {
    frame::seal_signed(
        &CaseKey::from_bytes(1, key),
        from,
        FrameKind::Change,
        [77; 16],
        counter,
        &harbour_share::file_part::pack(part).unwrap(),
    )
    .unwrap()
}

#[test]
fn a_file_slipped_to_the_person_or_one_not_matching_its_hash_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut person = vault(&dir.path().join("person.db"));
    let mut advocate = vault(&dir.path().join("advocate.db"));
    let key = [42; 32];
    let (mut person_link, mut advocate_link) = two_ends(&person, key);

    // Someone holding the case key (the advocate's side) sends the person a file: the
    // person's vault never takes files.
    let payload = b"malware.exe".to_vec();
    let part = FilePart {
        sha256: Sha256::digest(&payload).into(),
        size: payload.len() as u64,
        index: 0,
        bytes: payload.into(),
    };
    let got = receive(
        &mut person,
        &mut person_link,
        1,
        &part_frame(key, &advocate_device(), 1, &part),
    )
    .unwrap();
    assert_eq!(got, Received::Skipped(Skip::Refused));
    let taken: i64 = person
        .connection()
        .query_row(
            "SELECT (SELECT COUNT(*) FROM received_file_parts)
                  + (SELECT COUNT(*) FROM received_file_blobs)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(taken, 0);

    // A file whose bytes are not what its hash says never reaches the advocate's copy.
    let lying = FilePart {
        sha256: [0xAB; 32],
        ..part
    };
    let got = receive(
        &mut advocate,
        &mut advocate_link,
        1,
        &part_frame(key, &person_device(), 1, &lying),
    )
    .unwrap();
    assert_eq!(got, Received::Skipped(Skip::Refused));
    assert!(advocate.received_file(&hex::encode([0xAB; 32])).is_err());
    let kept: i64 = advocate
        .connection()
        .query_row("SELECT COUNT(*) FROM received_files", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, 0);
}

/// A frame sealed with the case key but signed by a device that is not the paired one (a
/// device removed but still holding the key, or anyone the key leaked to) is refused unopened,
/// whatever sender id and counter it claims; the paired device's own is taken.
#[test]
fn a_frame_from_a_device_that_is_not_paired_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let person = vault(&dir.path().join("person.db"));
    let mut advocate = vault(&dir.path().join("advocate.db"));
    let key = [42; 32];
    let (person_link, mut advocate_link) = two_ends(&person, key);
    let payload = b"a photo".to_vec();
    let part = FilePart {
        sha256: Sha256::digest(&payload).into(),
        size: payload.len() as u64,
        index: 0,
        bytes: payload.into(),
    };
    let stranger = ed25519_dalek::SigningKey::from_bytes(&[66; 32]);
    let got = receive(
        &mut advocate,
        &mut advocate_link,
        1,
        &part_frame(key, &stranger, 1, &part),
    )
    .unwrap();
    assert_eq!(got, Received::Skipped(Skip::DoesNotOpen));
    // The advocate's own key, posing as the person: taken as its own, never as the person's.
    let got = receive(
        &mut advocate,
        &mut advocate_link,
        2,
        &part_frame(key, &advocate_device(), 2, &part),
    )
    .unwrap();
    assert_eq!(got, Received::Own);
    // Signed by the person's device: opened and taken (kept aside until the view names it).
    let got = receive(
        &mut advocate,
        &mut advocate_link,
        3,
        &part_frame(key, &person_device(), 3, &part),
    )
    .unwrap();
    assert!(matches!(got, Received::FilePart(_)), "{got:?}");
    drop(person_link);
}
