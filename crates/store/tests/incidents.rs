//! Append-only evidence: revisions, recorded_at, triggers, hash chain, signatures, listing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, TimeZone, Utc};
use harbour_store::*;
use proptest::prelude::*;
use rusqlite::Connection;

fn store() -> Store {
    Store::open(Connection::open_in_memory().unwrap()).unwrap()
}

fn fields(day: i64, kind: IncidentKind, text: &str) -> IncidentFields {
    let t = Utc.with_ymd_and_hms(2025, 1, 1, 8, 0, 0).unwrap() + Duration::days(day);
    IncidentFields::new(t, kind, text)
}

fn intact_count(store: &Store) -> u64 {
    match store.verify_chain().unwrap() {
        ChainReport::Intact { count, .. } => count,
        ChainReport::Broken(b) => panic!("unexpected broken chain: {b:?}"),
    }
}

#[test]
fn revisions_append_and_history_is_kept() {
    let mut store = store();
    let before = Utc::now();
    let first = store
        .record_incident(&fields(0, IncidentKind::Calls, "12 missed calls"))
        .unwrap();
    let after = Utc::now();
    assert_eq!(first.current.revision, 1);
    assert!(first.current.recorded_at >= before - Duration::milliseconds(1));
    assert!(first.current.recorded_at <= after);
    assert_eq!(first.first_recorded_at, first.current.recorded_at);

    let revised = store
        .revise_incident(
            &first.id,
            &fields(0, IncidentKind::Calls, "14 missed calls"),
        )
        .unwrap();
    assert_eq!(revised.current.revision, 2);
    assert_eq!(revised.first_recorded_at, first.first_recorded_at);
    assert!(revised.current.recorded_at >= first.current.recorded_at);
    assert_eq!(revised.current.prev_hash, first.current.hash);

    let history = store.incident_history(&first.id).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0], first.current);
    assert_eq!(history[1].fields.description, "14 missed calls");
    assert_eq!(store.incident_count().unwrap(), 1);
    assert!(matches!(
        store.revise_incident("nope", &fields(0, IncidentKind::Calls, "x")),
        Err(StoreError::NotFound)
    ));
    assert_eq!(intact_count(&store), 2);
    let head = store.chain_head().unwrap().unwrap();
    assert_eq!(
        head,
        ChainHead {
            seq: 2,
            hash: revised.current.hash.clone()
        }
    );
}

#[test]
fn recorded_at_comes_from_the_store_clock() {
    // IncidentFields has no recorded_at: a back-dated occurred_at is kept as occurred_at only.
    let mut store = store();
    let long_ago = Utc.with_ymd_and_hms(2001, 9, 1, 0, 0, 0).unwrap();
    let inc = store
        .record_incident(&IncidentFields::new(long_ago, IncidentKind::Other, "x"))
        .unwrap();
    assert_eq!(inc.current.fields.occurred_at, long_ago);
    assert!(Utc::now() - inc.current.recorded_at < Duration::seconds(60));
    // The JSON form a UI would send cannot smuggle one in either: unknown keys are ignored,
    // and the store sets the value regardless.
    let mut json = serde_json::to_value(&inc.current.fields).unwrap();
    json["recorded_at"] = serde_json::json!("2001-09-01T00:00:00Z");
    let parsed: IncidentFields = serde_json::from_value(json).unwrap();
    let again = store.revise_incident(&inc.id, &parsed).unwrap();
    assert!(again.current.recorded_at.timestamp() > long_ago.timestamp() + 1_000_000);
}

#[test]
fn triggers_reject_update_and_delete() {
    let mut store = store();
    let file = store.add_attachment("a.png", "image/png", b"png").unwrap();
    let mut f = fields(1, IncidentKind::Damage, "Tyre slashed");
    f.attachments = vec![file.id.clone()];
    store.record_incident(&f).unwrap();
    let conn = store.connection();
    for sql in [
        "UPDATE incident_revisions SET description = 'edited'",
        "UPDATE incident_revisions SET recorded_at = 0",
        "DELETE FROM incident_revisions",
        "UPDATE incident_revision_attachments SET position = 5",
        "DELETE FROM incident_revision_attachments",
        "UPDATE attachments SET sha256 = x'00'",
        "UPDATE attachment_blobs SET bytes = x'00'",
        "DELETE FROM attachments",
        "DELETE FROM attachment_blobs",
    ] {
        let err = conn.execute(sql, []).unwrap_err().to_string();
        assert!(
            err.contains("append-only")
                || err.contains("immutable")
                || err.contains("incident record"),
            "{sql}: {err}"
        );
    }
    assert_eq!(intact_count(&store), 1);
}

#[test]
fn attachments_go_into_the_chain_and_are_checked() {
    let mut store = store();
    let big = vec![0u8; MAX_ATTACHMENT_BYTES + 1];
    assert!(matches!(
        store.add_attachment("big.mov", "video/quicktime", &big),
        Err(StoreError::Invalid(why)) if why.code() == "attachments-file-too-large-mb"
    ));
    assert!(matches!(
        store.add_attachment("x", "", b""),
        Err(StoreError::Invalid(_))
    ));
    let a = store
        .add_attachment("shot.png", "image/png", b"screenshot")
        .unwrap();
    {
        use sha2::Digest;
        assert_eq!(a.sha256, hex::encode(sha2::Sha256::digest(b"screenshot")));
    }
    assert_eq!(a.size, 10);
    let mut f = fields(2, IncidentKind::Messages, "Text: 'I saw you'");
    f.attachments = vec!["missing".into()];
    assert!(matches!(
        store.record_incident(&f),
        Err(StoreError::Invalid(_))
    ));
    f.attachments = vec![a.id.clone(), a.id.clone()];
    assert!(matches!(
        store.record_incident(&f),
        Err(StoreError::Invalid(_))
    ));
    f.attachments = vec![a.id.clone()];
    let inc = store.record_incident(&f).unwrap();
    assert_eq!(inc.current.attachments, vec![a.clone()]);
    assert!(matches!(
        store.discard_attachment(&a.id),
        Err(StoreError::Invalid(_))
    ));
    let spare = store
        .add_attachment("spare.png", "image/png", b"spare")
        .unwrap();
    store.discard_attachment(&spare.id).unwrap();
    assert!(matches!(
        store.attachment(&spare.id),
        Err(StoreError::NotFound)
    ));
    // Files left behind by abandoned forms go when the vault is next opened; used ones stay.
    let left_a = store
        .add_attachment("left-a.png", "image/png", b"a")
        .unwrap();
    let left_b = store
        .add_attachment("left-b.png", "image/png", b"b")
        .unwrap();
    assert_eq!(store.discard_unused_attachments().unwrap(), 2);
    for gone in [&left_a.id, &left_b.id] {
        assert!(matches!(store.attachment(gone), Err(StoreError::NotFound)));
    }
    assert_eq!(store.attachment_bytes(&a.id).unwrap(), b"screenshot");
    assert_eq!(store.discard_unused_attachments().unwrap(), 0);

    // Changing the file's bytes (bypassing the trigger) breaks the chain at that revision.
    let conn = store.connection();
    conn.execute_batch("DROP TRIGGER attachment_blobs_no_update")
        .unwrap();
    conn.execute("UPDATE attachment_blobs SET bytes = x'00'", [])
        .unwrap();
    assert!(matches!(
        store.attachment_bytes(&a.id),
        Err(StoreError::Corrupt(_))
    ));
    match store.verify_chain().unwrap() {
        ChainReport::Broken(b) => {
            assert_eq!(b.seq, 1);
            assert_eq!(b.incident_id, inc.id);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn signatures_are_checked() {
    let mut store = store();
    store
        .record_incident(&fields(0, IncidentKind::Threats, "a"))
        .unwrap();
    store
        .record_incident(&fields(1, IncidentKind::Threats, "b"))
        .unwrap();
    assert_eq!(store.incident_signing_public_key().unwrap().len(), 64);
    // Swap in another key: every stored signature now fails, the first one is named.
    let conn = store.connection();
    conn.execute(
        "UPDATE vault_keys SET public_key = x'3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29'",
        [],
    )
    .unwrap();
    match store.verify_chain().unwrap() {
        ChainReport::Broken(b) => assert_eq!((b.seq, b.reason), (1, ChainBreak::Signature)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn listing_is_newest_first_with_paging_and_filters() {
    let mut store = store();
    let mut ids = Vec::new();
    for day in 0..30 {
        let kind = if day % 3 == 0 {
            IncidentKind::Following
        } else {
            IncidentKind::Messages
        };
        ids.push(
            store
                .record_incident(&fields(day, kind, &format!("day {day}")))
                .unwrap()
                .id,
        );
    }
    // Revising moves nothing but changes what is shown.
    store
        .revise_incident(
            &ids[29],
            &fields(29, IncidentKind::Messages, "day 29 (corrected)"),
        )
        .unwrap();

    let mut seen = Vec::new();
    let mut page = Page::first(7);
    loop {
        let p = store
            .list_incidents(&page, &IncidentFilter::default())
            .unwrap();
        seen.extend(
            p.incidents
                .iter()
                .map(|i| i.current.fields.description.clone()),
        );
        match p.next {
            Some(next) => page.before = Some(next),
            None => break,
        }
    }
    assert_eq!(seen.len(), 30);
    assert_eq!(seen[0], "day 29 (corrected)");
    assert_eq!(seen[29], "day 0");

    let following = store
        .list_incidents(
            &Page::first(100),
            &IncidentFilter {
                kind: Some(IncidentKind::Following),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(following.incidents.len(), 10);
    assert!(following.next.is_none());

    let from = Utc.with_ymd_and_hms(2025, 1, 11, 0, 0, 0).unwrap();
    let until = Utc.with_ymd_and_hms(2025, 1, 21, 0, 0, 0).unwrap();
    let ranged = store
        .list_incidents(
            &Page::first(100),
            &IncidentFilter {
                from: Some(from),
                until: Some(until),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(ranged.incidents.len(), 10);
    assert!(
        ranged
            .incidents
            .iter()
            .all(|i| i.current.fields.occurred_at >= from && i.current.fields.occurred_at < until)
    );
    assert_eq!(intact_count(&store), 31);
}

#[test]
fn the_whole_log_filters_by_behaviour_and_files_and_counts_what_matches() {
    let mut store = store();
    let file = store
        .add_attachment("shot.png", "image/png", b"screenshot")
        .unwrap();
    for day in 0..40 {
        let mut f = fields(day, IncidentKind::Messages, &format!("day {day}"));
        if day % 4 == 0 {
            f.behaviours.insert(Behaviour::Fixated);
        }
        if day % 5 == 0 {
            f.attachments = vec![file.id.clone()];
        }
        store.record_incident(&f).unwrap();
    }
    let fixated = IncidentFilter {
        behaviour: Some(Behaviour::Fixated),
        ..IncidentFilter::default()
    };
    assert_eq!(store.count_incidents(&fixated).unwrap(), 10);
    let page = store.list_incidents(&Page::first(50), &fixated).unwrap();
    assert_eq!(page.incidents.len(), 10);
    assert!(
        page.incidents
            .iter()
            .all(|i| i.current.fields.behaviours.contains(&Behaviour::Fixated))
    );
    let with_files = IncidentFilter {
        with_attachments: Some(true),
        ..IncidentFilter::default()
    };
    let without = IncidentFilter {
        with_attachments: Some(false),
        ..IncidentFilter::default()
    };
    assert_eq!(store.count_incidents(&with_files).unwrap(), 8);
    assert_eq!(store.count_incidents(&without).unwrap(), 32);
    // Filters combine, and paging over a filtered log sees each match once.
    let both = IncidentFilter {
        behaviour: Some(Behaviour::Fixated),
        with_attachments: Some(true),
        ..IncidentFilter::default()
    };
    assert_eq!(store.count_incidents(&both).unwrap(), 2); // days 0 and 20
    let mut seen = 0;
    let mut page = Page::first(3);
    loop {
        let p = store.list_incidents(&page, &without).unwrap();
        seen += p.incidents.len();
        match p.next {
            Some(next) => page.before = Some(next),
            None => break,
        }
    }
    assert_eq!(seen, 32);
    assert_eq!(
        store.count_incidents(&IncidentFilter::default()).unwrap(),
        40
    );
    // A correction that removes the mark takes the entry out of the filter (the latest version
    // is what is shown).
    let first = store
        .list_incidents(&Page::first(1), &fixated)
        .unwrap()
        .incidents[0]
        .clone();
    let mut f = first.current.fields.clone();
    f.behaviours.clear();
    store.revise_incident(&first.id, &f).unwrap();
    assert_eq!(store.count_incidents(&fixated).unwrap(), 9);
}

#[test]
fn bad_input_is_invalid() {
    let mut store = store();
    let mut f = fields(0, IncidentKind::Other, "x");
    f.occurred_until = Some(f.occurred_at - Duration::hours(1));
    assert!(matches!(
        store.record_incident(&f),
        Err(StoreError::Invalid(_))
    ));
}

/// Run with `--ignored --nocapture` to measure listing at 100k incidents.
#[test]
#[ignore]
fn listing_stays_fast_at_100k() {
    let mut store = store();
    let start = std::time::Instant::now();
    for i in 0..100_000i64 {
        let kind = IncidentKind::ALL[(i % 12) as usize];
        store
            .record_incident(&fields(i % 3000, kind, "a thing happened"))
            .unwrap();
    }
    eprintln!("insert 100k: {:?}", start.elapsed());
    let t = std::time::Instant::now();
    let p = store
        .list_incidents(&Page::first(50), &IncidentFilter::default())
        .unwrap();
    let mid = store
        .list_incidents(
            &Page {
                limit: 50,
                before: p.next.clone(),
            },
            &IncidentFilter::default(),
        )
        .unwrap();
    eprintln!("first+second page: {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let k = store
        .list_incidents(
            &Page::first(50),
            &IncidentFilter {
                kind: Some(IncidentKind::Threats),
                ..Default::default()
            },
        )
        .unwrap();
    eprintln!("kind-filtered page: {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let hits = store.search("happened", 20).unwrap();
    eprintln!("search: {:?}", t.elapsed());
    assert_eq!(
        (
            p.incidents.len(),
            mid.incidents.len(),
            k.incidents.len(),
            hits.len()
        ),
        (50, 50, 50, 20)
    );
    let t = std::time::Instant::now();
    assert_eq!(intact_count(&store), 100_000);
    eprintln!("verify 100k: {:?}", t.elapsed());
}

#[derive(Debug, Clone)]
enum Op {
    Create(u8),
    Revise(usize, u8),
}

const TAMPER: &[&str] = &[
    "description = description || '.'",
    "location = 'somewhere else'",
    "occurred_at = occurred_at + 1",
    "occurred_until = 5",
    "recorded_at = recorded_at - 60000000",
    "kind = CASE kind WHEN 'threats' THEN 'calls' ELSE 'threats' END",
    "behaviours = 'fixated'",
    "revision = revision + 100",
    "vehicle = 'red van'",
    "reported_to = 'nobody'",
    "prev_hash = randomblob(32)",
    "hash = randomblob(32)",
    "signature = randomblob(64)",
    "kind = 'not-a-kind'",
    "occurred_at = 'yesterday'",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn chain_verifies_then_names_first_tampered_row(
        ops in prop::collection::vec(
            prop_oneof![any::<u8>().prop_map(Op::Create), (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Op::Revise(i, b))],
            1..14,
        ),
        victim in any::<prop::sample::Index>(),
        column in 0..TAMPER.len(),
    ) {
        let mut store = store();
        let mut ids: Vec<String> = Vec::new();
        for op in &ops {
            match op {
                Op::Create(b) => {
                    let mut f = fields(i64::from(*b), IncidentKind::ALL[usize::from(*b) % 12], &format!("event {b}"));
                    if b % 2 == 0 { f.behaviours.insert(Behaviour::Unwanted); }
                    ids.push(store.record_incident(&f).unwrap().id);
                }
                Op::Revise(i, b) if !ids.is_empty() => {
                    let id = ids[i % ids.len()].clone();
                    store.revise_incident(&id, &fields(i64::from(*b), IncidentKind::Threats, &format!("corrected {b}"))).unwrap();
                }
                Op::Revise(..) => {}
            }
        }
        let total = match store.verify_chain().unwrap() {
            ChainReport::Intact { count, head } => {
                prop_assert_eq!(head, store.chain_head().unwrap());
                count
            }
            ChainReport::Broken(b) => return Err(TestCaseError::fail(format!("{b:?}"))),
        };
        if total == 0 {
            return Ok(());
        }
        let seq = victim.index(total as usize) as i64 + 1;
        let conn = store.connection();
        let incident_id: String = conn
            .query_row("SELECT incident_id FROM incident_revisions WHERE seq = ?1", [seq], |r| r.get(0))
            .unwrap();
        conn.execute_batch("DROP TRIGGER incident_revisions_no_update").unwrap();
        let changed = conn
            .execute(&format!("UPDATE incident_revisions SET {} WHERE seq = ?1", TAMPER[column]), [seq])
            .unwrap();
        prop_assert_eq!(changed, 1);
        match store.verify_chain().unwrap() {
            ChainReport::Broken(b) => {
                prop_assert_eq!(b.seq, seq as u64);
                prop_assert_eq!(b.incident_id, incident_id);
            }
            ChainReport::Intact { .. } => return Err(TestCaseError::fail(format!("tampering `{}` at seq {seq} went unnoticed", TAMPER[column]))),
        }
    }
}

#[test]
fn deleted_row_is_noticed_at_the_next_entry() {
    let mut store = store();
    for d in 0..4 {
        store
            .record_incident(&fields(d, IncidentKind::Calls, "x"))
            .unwrap();
    }
    let conn = store.connection();
    conn.execute_batch("DROP TRIGGER incident_revisions_no_delete")
        .unwrap();
    conn.execute("DELETE FROM incident_revisions WHERE seq = 2", [])
        .unwrap();
    match store.verify_chain().unwrap() {
        ChainReport::Broken(b) => assert_eq!(b.seq, 3),
        other => panic!("{other:?}"),
    }
}

fn broken(store: &Store) -> BrokenLink {
    match store.verify_chain().unwrap() {
        ChainReport::Broken(b) => b,
        other => panic!("tampering went unnoticed: {other:?}"),
    }
}

#[test]
fn incident_list_is_checked_against_the_chain() {
    let mut store = store();
    let a = store
        .record_incident(&fields(0, IncidentKind::Calls, "a"))
        .unwrap();
    let b = store
        .record_incident(&fields(1, IncidentKind::Threats, "b"))
        .unwrap();
    let b2 = store
        .revise_incident(&b.id, &fields(1, IncidentKind::Threats, "b, corrected"))
        .unwrap();
    store
        .revise_incident(&a.id, &fields(0, IncidentKind::Calls, "a, corrected"))
        .unwrap();
    assert_eq!(intact_count(&store), 4);
    let conn = store.connection();
    let restore =
        "DELETE FROM incidents_current; INSERT INTO incidents_current SELECT * FROM saved;";
    conn.execute_batch("CREATE TEMP TABLE saved AS SELECT * FROM incidents_current")
        .unwrap();

    // Pointing the list at the older revision (hiding the correction) is noticed, naming the
    // incident and its true head.
    conn.execute(
        "UPDATE incidents_current SET head_seq = ?1 WHERE incident_id = ?2",
        (b.current.seq as i64, &b.id),
    )
    .unwrap();
    let bl = broken(&store);
    assert_eq!(
        (bl.seq, bl.incident_id.as_str()),
        (b2.current.seq, b.id.as_str())
    );
    assert_eq!(bl.reason, ChainBreak::ListDiffers);

    for (sql, seq, id) in [
        (
            "UPDATE incidents_current SET revision = 1 WHERE incident_id = ?1",
            b2.current.seq,
            &b.id,
        ),
        (
            "UPDATE incidents_current SET occurred_at = occurred_at - 1 WHERE incident_id = ?1",
            b2.current.seq,
            &b.id,
        ),
        (
            "UPDATE incidents_current SET kind = 'calls' WHERE incident_id = ?1",
            b2.current.seq,
            &b.id,
        ),
        (
            "UPDATE incidents_current SET first_recorded_at = first_recorded_at + 1 WHERE incident_id = ?1",
            b2.current.seq,
            &b.id,
        ),
        (
            "UPDATE incidents_current SET kind = 7 WHERE incident_id = ?1",
            b2.current.seq,
            &b.id,
        ),
        // Hidden from the list entirely.
        (
            "DELETE FROM incidents_current WHERE incident_id = ?1",
            b2.current.seq,
            &b.id,
        ),
        // A listed incident that has no revisions at all.
        (
            "INSERT INTO incidents_current SELECT 'ghost', head_seq, revision, occurred_at, kind,
                first_recorded_at FROM saved WHERE incident_id = ?1",
            b2.current.seq,
            &"ghost".to_owned(),
        ),
    ] {
        conn.execute_batch(restore).unwrap();
        assert_eq!(intact_count(&store), 4);
        let arg: &str = if id == "ghost" { &b.id } else { id };
        assert_eq!(conn.execute(sql, [arg]).unwrap(), 1, "{sql}");
        let bl = broken(&store);
        assert_eq!(
            (bl.seq, bl.incident_id.as_str()),
            (seq, id.as_str()),
            "{sql}"
        );
    }
}

#[test]
fn attachment_metadata_is_part_of_the_chain() {
    let mut store = store();
    let a = store
        .add_attachment("car.jpg", "image/jpeg", b"a photo of the car")
        .unwrap();
    store
        .record_incident(&fields(0, IncidentKind::Following, "followed"))
        .unwrap();
    let mut f = fields(1, IncidentKind::Following, "the same car again");
    f.attachments = vec![a.id.clone()];
    let inc = store.record_incident(&f).unwrap();
    assert_eq!(intact_count(&store), 2);
    let conn = store.connection();
    conn.execute_batch("DROP TRIGGER attachments_no_update")
        .unwrap();
    for sql in [
        "UPDATE attachments SET file_name = 'holiday.jpg'",
        "UPDATE attachments SET media_type = 'image/png'",
        "UPDATE attachments SET size = size + 1",
    ] {
        conn.execute_batch("SAVEPOINT t").unwrap();
        conn.execute(sql, []).unwrap();
        let bl = broken(&store);
        assert_eq!(
            (bl.seq, bl.incident_id.as_str()),
            (2, inc.id.as_str()),
            "{sql}"
        );
        conn.execute_batch("ROLLBACK TO t; RELEASE t").unwrap();
        assert_eq!(intact_count(&store), 2);
    }
}

#[test]
fn messages_brought_in_from_one_file_are_all_written_or_none() {
    let mut store = store();
    let export = b"12/03/2024, 21:15 - Tom: You can't hide\n";
    let entries = vec![
        fields(0, IncidentKind::Messages, "Message from Tom: one"),
        fields(1, IncidentKind::Messages, "Message from Tom: two"),
        fields(2, IncidentKind::Messages, "Message from Tom: three"),
    ];
    let file = |name| ImportedFile {
        name,
        media_type: "text/plain",
        bytes: export,
    };
    let photo = ImportedFile {
        name: "IMG-20240313-WA0001.jpg",
        media_type: "image/jpeg",
        bytes: b"jpeg bytes",
    };
    let unused = ImportedFile {
        name: "AUD-1.opus",
        media_type: "audio/ogg",
        bytes: b"never named",
    };
    let entries: Vec<(IncidentFields, Vec<usize>)> = entries
        .into_iter()
        .enumerate()
        .map(|(n, f)| (f, if n == 1 { vec![0] } else { vec![] }))
        .collect();
    let ids = store
        .record_imported(
            file("WhatsApp Chat with Tom.txt"),
            &[photo, unused],
            &entries,
        )
        .unwrap();
    assert_eq!(ids.len(), 3);
    assert_eq!(intact_count(&store), 3);
    // Each holds the export whole, the same one file, with its hash.
    let attached: Vec<Vec<String>> = ids
        .iter()
        .map(|id| {
            store
                .incident(id)
                .unwrap()
                .current
                .fields
                .attachments
                .clone()
        })
        .collect();
    let files: Vec<String> = attached.iter().map(|a| a[0].clone()).collect();
    // The photo its message named goes with that entry only.
    assert_eq!(attached.iter().map(Vec::len).collect::<Vec<_>>(), [1, 2, 1]);
    assert_eq!(
        store.attachment_bytes(&attached[1][1]).unwrap(),
        b"jpeg bytes"
    );
    assert_eq!(
        store.attachment(&attached[1][1]).unwrap().file_name,
        "IMG-20240313-WA0001.jpg"
    );
    assert!(files.iter().all(|f| *f == files[0]));
    // Brought in again, the same bytes are recognised (and nothing else is).
    assert!(store.brought_in_before(export).unwrap().is_some());
    assert!(store.brought_in_before(b"another chat").unwrap().is_none());
    assert!(
        store.brought_in_before(b"never named").unwrap().is_none(),
        "a file no entry carries"
    );
    let meta = store.attachment(&files[0]).unwrap();
    assert_eq!(meta.file_name, "WhatsApp Chat with Tom.txt");
    assert_eq!(store.attachment_bytes(&files[0]).unwrap(), export);
    assert_eq!(
        store.incident(&ids[1]).unwrap().current.fields.description,
        "Message from Tom: two"
    );

    // One bad entry among many: nothing of the batch, not even the file, is written.
    let before = store.count_incidents(&IncidentFilter::default()).unwrap();
    let mut bad = entries.clone();
    let mut backwards = fields(5, IncidentKind::Messages, "ends before it starts");
    backwards.occurred_until = Some(backwards.occurred_at - Duration::hours(1));
    bad.insert(1, (backwards, vec![]));
    assert!(matches!(
        store.record_imported(file("again.txt"), &[photo], &bad),
        Err(StoreError::Invalid(_))
    ));
    // A file index that is not there: refused, nothing written.
    assert!(
        store
            .record_imported(
                file("again.txt"),
                &[],
                &[(fields(6, IncidentKind::Messages, "x"), vec![3])]
            )
            .is_err()
    );
    assert_eq!(
        store.count_incidents(&IncidentFilter::default()).unwrap(),
        before
    );
    assert_eq!(intact_count(&store), 3);
    assert!(matches!(
        store.record_imported(file("empty.txt"), &[], &[]),
        Err(StoreError::Invalid(_))
    ));
    let nothing = ImportedFile {
        name: "nothing.txt",
        media_type: "text/plain",
        bytes: b"",
    };
    assert!(matches!(
        store.record_imported(nothing, &[], &entries),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(
        store.count_incidents(&IncidentFilter::default()).unwrap(),
        before
    );
}

#[test]
fn several_entries_are_written_together_or_not_at_all() {
    let mut store = store();
    let ids = store
        .record_incidents(&[
            fields(0, IncidentKind::Messages, "screenshot 1"),
            fields(1, IncidentKind::Messages, "screenshot 2"),
        ])
        .unwrap();
    assert_eq!(ids.len(), 2);
    assert_eq!(intact_count(&store), 2);
    let mut backwards = fields(3, IncidentKind::Messages, "ends before it starts");
    backwards.occurred_until = Some(backwards.occurred_at - Duration::hours(1));
    assert!(matches!(
        store.record_incidents(&[fields(2, IncidentKind::Messages, "fine"), backwards]),
        Err(StoreError::Invalid(_))
    ));
    assert!(store.record_incidents(&[]).is_err());
    assert_eq!(intact_count(&store), 2, "nothing of a refused batch");
}
