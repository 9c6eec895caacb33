//! Files the person shows their advocate: the choice per entry, the view naming only chosen files
//! of an entry's latest version, sending in parts that carry on where they stopped, and the
//! advocate's side refusing parts that do not add up (wrong lengths, numbers, sizes, bytes that
//! are not what the hash says, more than may wait).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use harbour_store::shared_files::{MAX_WAITING_BYTES, PART_BYTES, parts_for};
use harbour_store::*;
use rusqlite::Connection;
use sha2::{Digest, Sha256};

use harbour_store::LinkId;
/// The only link these tests make.
const LINK: LinkId = LinkId::FIRST;

fn store() -> Store {
    Store::open(Connection::open_in_memory().unwrap()).unwrap()
}

/// Bytes that differ everywhere, so a part out of place changes the hash.
fn bytes(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u32).wrapping_mul(2_654_435_761).to_le_bytes()[1] ^ seed)
        .collect()
}

struct Entry {
    id: String,
    photo: AttachmentMeta,
    letter: AttachmentMeta,
    photo_bytes: Vec<u8>,
}

/// An entry carrying a 2.5 MB photo (three parts) and a small letter.
fn entry(store: &mut Store) -> Entry {
    let photo_bytes = bytes(2_500_000, 7);
    let photo = store
        .add_attachment("doorstep.jpg", "image/jpeg", &photo_bytes)
        .unwrap();
    let letter = store
        .add_attachment("letter.pdf", "application/pdf", b"FILE-CANARY letter")
        .unwrap();
    let mut fields = IncidentFields::new(
        Utc.with_ymd_and_hms(2026, 11, 2, 21, 15, 0).unwrap(),
        IncidentKind::GiftsLetters,
        "A letter on the doorstep.",
    );
    fields.attachments = vec![photo.id.clone(), letter.id.clone()];
    let id = store.record_incident(&fields).unwrap().id;
    Entry {
        id,
        photo,
        letter,
        photo_bytes,
    }
}

fn share_log(store: &mut Store) {
    store.prepare_record_view(INCIDENT_LOG_ID).unwrap();
    store.share_document(LINK, INCIDENT_LOG_ID).unwrap();
}

/// The view and its list of named files reach the advocate, as the engine brings them.
fn send_view(person: &mut Store, advocate: &mut Store) {
    person.refresh_shared_records().unwrap();
    let after = advocate.document_heads(INCIDENT_LOG_ID).unwrap_or_default();
    let (changes, _) = person.document_changes(INCIDENT_LOG_ID, &after).unwrap();
    advocate
        .apply_document_changes(LINK, INCIDENT_LOG_ID, &changes, Unshared::Adopt)
        .unwrap();
    advocate.forget_unlisted_files().unwrap();
}

/// Sends the view and every part, as the engine would, each part counted as stored.
fn send_all(person: &mut Store, advocate: &mut Store) -> usize {
    send_view(person, advocate);
    let mut sent = 0;
    loop {
        let parts = person.file_parts_to_send(LINK, 2).unwrap();
        if parts.is_empty() {
            return sent;
        }
        for part in parts {
            advocate.receive_file_part(&part).unwrap();
            person
                .mark_file_part_sent(LINK, &part.sha256, part.index, 1)
                .unwrap();
            sent += 1;
        }
    }
}

#[test]
fn only_chosen_files_are_named_and_sent_and_they_arrive_whole() {
    let (mut person, mut advocate) = (store(), store());
    let e = entry(&mut person);
    share_log(&mut person);

    // Nothing is chosen: the view counts the files and names none; nothing is sent.
    assert_eq!(send_all(&mut person, &mut advocate), 0);
    let seen = advocate.shared_incidents().unwrap();
    assert_eq!(seen[0].attachment_count, 2);
    assert!(seen[0].files.is_empty());

    person.set_file_shared(&e.id, &e.photo.id, true).unwrap();
    let state = person.file_sharing(&e.id).unwrap();
    assert_eq!(state.len(), 2);
    assert_eq!(
        (state[0].shared, state[0].parts_sent, state[0].part_count),
        (true, 0, 3)
    );
    assert!(!state[1].shared);

    assert_eq!(send_all(&mut person, &mut advocate), 3);
    let seen = advocate.shared_incidents().unwrap();
    assert_eq!(seen[0].files.len(), 1);
    assert_eq!(seen[0].files[0].file_name, "doorstep.jpg");
    assert_eq!(seen[0].files[0].sha256, e.photo.sha256);
    assert_eq!(
        advocate.received_file(&e.photo.sha256).unwrap(),
        e.photo_bytes
    );
    let arrivals = advocate.file_arrivals().unwrap();
    assert_eq!(arrivals.len(), 1);
    assert!(arrivals[0].here);
    assert_eq!(person.file_sharing(&e.id).unwrap()[0].parts_sent, 3);
    // The letter was never chosen: its bytes are not in the advocate's copy.
    assert!(matches!(
        advocate.received_file(&e.letter.sha256),
        Err(StoreError::NotFound)
    ));
    // Sent once: nothing goes again.
    assert_eq!(send_all(&mut person, &mut advocate), 0);
}

#[test]
fn a_send_cut_short_carries_on_from_the_next_part() {
    let (mut person, mut advocate) = (store(), store());
    let e = entry(&mut person);
    share_log(&mut person);
    person.set_file_shared(&e.id, &e.photo.id, true).unwrap();
    send_view(&mut person, &mut advocate);

    // The first part is stored; the second is sealed but the connection drops before the
    // relay keeps it.
    let first = person.file_parts_to_send(LINK, 8).unwrap();
    assert_eq!(first.len(), 3);
    assert_eq!(
        advocate.receive_file_part(&first[0]).unwrap(),
        PartTaken::Waiting
    );
    person
        .mark_file_part_sent(LINK, &first[0].sha256, 0, 1)
        .unwrap();
    // A delivery out of order does not move the count past a part not stored.
    person
        .mark_file_part_sent(LINK, &first[2].sha256, 2, 2)
        .unwrap();
    assert_eq!(person.file_sharing(&e.id).unwrap()[0].parts_sent, 1);
    let arrivals = advocate.file_arrivals().unwrap();
    assert_eq!((arrivals[0].here, arrivals[0].parts_here), (false, 1));

    // The next send starts at part two, not at the beginning.
    let rest = person.file_parts_to_send(LINK, 8).unwrap();
    assert_eq!(rest.iter().map(|p| p.index).collect::<Vec<_>>(), vec![1, 2]);
    assert_eq!(
        advocate.receive_file_part(&rest[0]).unwrap(),
        PartTaken::Waiting
    );
    // A part that comes twice is taken once.
    assert_eq!(
        advocate.receive_file_part(&rest[0]).unwrap(),
        PartTaken::AlreadyHere
    );
    assert_eq!(
        advocate.receive_file_part(&rest[1]).unwrap(),
        PartTaken::Complete
    );
    assert_eq!(
        advocate.received_file(&e.photo.sha256).unwrap(),
        e.photo_bytes
    );
    assert_eq!(
        advocate.receive_file_part(&rest[1]).unwrap(),
        PartTaken::AlreadyHere
    );
}

#[test]
fn a_file_taken_back_or_corrected_away_leaves_the_advocates_copy() {
    let (mut person, mut advocate) = (store(), store());
    let e = entry(&mut person);
    share_log(&mut person);
    person.set_file_shared(&e.id, &e.photo.id, true).unwrap();
    person.set_file_shared(&e.id, &e.letter.id, true).unwrap();
    assert_eq!(send_all(&mut person, &mut advocate), 4);
    assert!(advocate.received_file(&e.letter.sha256).is_ok());

    // Taken back: the view stops naming it and the advocate's copy goes with the next send.
    person.set_file_shared(&e.id, &e.letter.id, false).unwrap();
    send_all(&mut person, &mut advocate);
    assert_eq!(advocate.shared_incidents().unwrap()[0].files.len(), 1);
    assert!(advocate.received_file(&e.letter.sha256).is_err());
    let kept: i64 = count(&advocate, "received_file_blobs");
    assert_eq!(kept, 1, "only the photo's bytes are left");

    // Chosen again, it goes again whole.
    person.set_file_shared(&e.id, &e.letter.id, true).unwrap();
    assert_eq!(send_all(&mut person, &mut advocate), 1);
    assert!(advocate.received_file(&e.letter.sha256).is_ok());

    // A correction without the photo: the view no longer names it, and it is not sent.
    let current = person.incident(&e.id).unwrap().current;
    let mut fields = current.fields.clone();
    fields.attachments = vec![e.letter.id.clone()];
    person.revise_incident(&e.id, &fields).unwrap();
    send_all(&mut person, &mut advocate);
    let seen = advocate.shared_incidents().unwrap();
    assert_eq!(seen[0].files.len(), 1);
    assert_eq!(seen[0].files[0].file_name, "letter.pdf");
    assert!(advocate.received_file(&e.photo.sha256).is_err());
    assert_eq!(person.file_sharing(&e.id).unwrap().len(), 1);
    // A file the entry no longer carries cannot be chosen.
    assert!(matches!(
        person.set_file_shared(&e.id, &e.photo.id, true),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn nothing_is_sent_while_the_log_is_not_shared_or_once_sharing_ends() {
    let mut person = store();
    let e = entry(&mut person);
    person.set_file_shared(&e.id, &e.photo.id, true).unwrap();
    assert!(person.file_parts_to_send(LINK, 8).unwrap().is_empty());
    share_log(&mut person);
    assert_eq!(person.file_parts_to_send(LINK, 8).unwrap().len(), 3);
    person.end_sharing(LINK).unwrap();
    assert!(person.file_parts_to_send(LINK, 8).unwrap().is_empty());
    assert!(!person.file_sharing(&e.id).unwrap()[0].shared);
}

fn count(store: &Store, table: &str) -> i64 {
    store
        .connection()
        .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

fn part(sha: [u8; 32], size: u64, index: u32, bytes: Vec<u8>) -> FilePart {
    FilePart {
        sha256: sha,
        size,
        index,
        bytes: bytes.into(),
    }
}

#[test]
fn parts_that_do_not_add_up_are_refused_and_nothing_is_kept() {
    let mut advocate = store();
    let whole = bytes(PART_BYTES + 10, 3);
    let sha: [u8; 32] = Sha256::digest(&whole).into();
    let size = whole.len() as u64;
    let refused = |r: Result<PartTaken, StoreError>| matches!(r, Err(StoreError::Invalid(_)));

    // A part of the wrong length, a number past the last, a file larger than the vault takes.
    assert!(refused(advocate.receive_file_part(&part(
        sha,
        size,
        0,
        vec![0; 10]
    ))));
    assert!(refused(advocate.receive_file_part(&part(
        sha,
        size,
        2,
        vec![0; 10]
    ))));
    assert!(refused(advocate.receive_file_part(&part(
        sha,
        MAX_ATTACHMENT_BYTES as u64 + 1,
        0,
        vec![0; PART_BYTES]
    ))));
    assert_eq!(count(&advocate, "received_file_parts"), 0);

    // A part claiming another size for a file whose parts already came.
    assert_eq!(
        advocate
            .receive_file_part(&part(sha, size, 0, whole[..PART_BYTES].to_vec()))
            .unwrap(),
        PartTaken::Waiting
    );
    assert!(refused(advocate.receive_file_part(&part(
        sha,
        size + 1,
        1,
        vec![0; 11]
    ))));
    // The last part with bytes that are not the file's: every part is thrown away.
    let mut wrong = whole[PART_BYTES..].to_vec();
    wrong[0] ^= 1;
    assert!(refused(
        advocate.receive_file_part(&part(sha, size, 1, wrong))
    ));
    assert_eq!(count(&advocate, "received_file_parts"), 0);
    assert_eq!(count(&advocate, "received_files"), 0);
    assert_eq!(count(&advocate, "received_file_blobs"), 0);
}

#[test]
fn no_more_than_the_limit_may_wait_for_the_rest_of_its_file() {
    let mut advocate = store();
    let size = MAX_ATTACHMENT_BYTES as u64;
    let per_file = parts_for(size) as i64 - 1;
    let mut kept = 0i64;
    let mut refused_at = None;
    // First parts of many large files that never finish (someone filling the disk).
    'files: for n in 0..8u8 {
        let sha = [n; 32];
        for index in 0..per_file as u32 {
            match advocate.receive_file_part(&part(sha, size, index, vec![n; PART_BYTES])) {
                Ok(_) => kept += PART_BYTES as i64,
                Err(StoreError::Invalid(_)) => {
                    refused_at = Some(kept);
                    break 'files;
                }
                Err(e) => panic!("{e}"),
            }
        }
    }
    let refused_at = refused_at.expect("parts beyond the limit are refused");
    assert!(refused_at <= MAX_WAITING_BYTES);
    assert!(refused_at > MAX_WAITING_BYTES - PART_BYTES as i64);
}

#[test]
fn a_spoiled_part_of_a_named_file_is_refused_before_it_is_kept_and_the_real_one_still_lands() {
    let (mut person, mut advocate) = (store(), store());
    let e = entry(&mut person);
    share_log(&mut person);
    person.set_file_shared(&e.id, &e.photo.id, true).unwrap();
    send_view(&mut person, &mut advocate);
    let parts = person.file_parts_to_send(LINK, 8).unwrap();
    // Someone with the case key sends a part of the right length first, with other bytes.
    let mut spoiled = parts[1].bytes.to_vec();
    spoiled[10] ^= 0xff;
    assert!(matches!(
        advocate.receive_file_part(&part(parts[1].sha256, parts[1].size, 1, spoiled)),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(count(&advocate, "received_file_parts"), 0);
    // Or claims another size for it.
    assert!(matches!(
        advocate.receive_file_part(&part(
            parts[0].sha256,
            parts[0].size + 1,
            0,
            vec![0; PART_BYTES]
        )),
        Err(StoreError::Invalid(_))
    ));
    for p in &parts {
        advocate.receive_file_part(p).unwrap();
    }
    assert_eq!(
        advocate.received_file(&e.photo.sha256).unwrap(),
        e.photo_bytes
    );
}

#[test]
fn whole_files_the_view_does_not_name_count_against_the_limit_and_go_with_the_next_view() {
    let (mut person, mut advocate) = (store(), store());
    let e = entry(&mut person);
    share_log(&mut person);
    send_view(&mut person, &mut advocate);
    // One-part files no view names, each whole and true to its hash: kept until the limit.
    let mut kept = 0i64;
    let mut refused = false;
    for n in 0..300u32 {
        let mut bytes = bytes(PART_BYTES, n as u8);
        bytes[..4].copy_from_slice(&n.to_le_bytes());
        let sha: [u8; 32] = Sha256::digest(&bytes).into();
        match advocate.receive_file_part(&part(sha, PART_BYTES as u64, 0, bytes)) {
            Ok(PartTaken::Complete) => kept += PART_BYTES as i64,
            Err(StoreError::Invalid(_)) => {
                refused = true;
                break;
            }
            other => panic!("{other:?}"),
        }
    }
    assert!(refused, "whole unnamed files are bounded too");
    assert!(kept <= MAX_WAITING_BYTES && kept > MAX_WAITING_BYTES - PART_BYTES as i64);
    // The next view from the person removes them all.
    person.set_file_shared(&e.id, &e.letter.id, true).unwrap();
    send_view(&mut person, &mut advocate);
    assert_eq!(count(&advocate, "received_file_blobs"), 0);
    assert_eq!(count(&advocate, "received_files"), 0);
}

#[test]
fn a_part_sealed_before_the_file_was_taken_back_is_no_longer_wanted() {
    let mut person = store();
    let e = entry(&mut person);
    share_log(&mut person);
    person.set_file_shared(&e.id, &e.photo.id, true).unwrap();
    let parts = person.file_parts_to_send(LINK, 8).unwrap();
    assert!(person.file_still_shown(LINK, &parts[0].sha256).unwrap());
    person.set_file_shared(&e.id, &e.photo.id, false).unwrap();
    assert!(!person.file_still_shown(LINK, &parts[0].sha256).unwrap());
    // A delivery that comes back after the untick records nothing.
    person
        .mark_file_part_sent(LINK, &parts[0].sha256, 0, 1)
        .unwrap();
    person.set_file_shared(&e.id, &e.photo.id, true).unwrap();
    assert_eq!(person.file_sharing(&e.id).unwrap()[0].parts_sent, 0);
    // A count is only ever started by the first part.
    person
        .mark_file_part_sent(LINK, &parts[0].sha256, 1, 2)
        .unwrap();
    assert_eq!(person.file_sharing(&e.id).unwrap()[0].parts_sent, 0);
    // No longer sharing the log forgets the choices: sharing it again shows nothing.
    person.unshare_document(LINK, INCIDENT_LOG_ID).unwrap();
    share_log(&mut person);
    assert!(!person.file_sharing(&e.id).unwrap()[0].shared);
    assert!(person.file_parts_to_send(LINK, 8).unwrap().is_empty());
}
