//! The incident log and the risk screenings, shared read-only: the person's vault keeps a view
//! of each, rebuilt from the records before sending; the advocate's copy reads it; and any
//! change to a view that comes back is refused by the person's vault.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use harbour_store::*;
use rusqlite::Connection;

use harbour_store::LinkId;
/// The only link these tests make.
const LINK: LinkId = LinkId::FIRST;

fn store() -> Store {
    Store::open(Connection::open_in_memory().unwrap()).unwrap()
}

/// Everything of `id` that `to` has not had yet, applied on `to`.
fn send(from: &mut Store, to: &mut Store, id: &str, mode: Unshared) -> Result<Applied, StoreError> {
    let after = to.document_heads(id).unwrap_or_default();
    let (changes, _) = from.document_changes(id, &after).unwrap();
    to.apply_document_changes(LINK, id, &changes, mode)
}

#[test]
fn the_log_and_screenings_are_read_only_copies_kept_up_to_date() {
    let (mut person, mut advocate) = (store(), store());
    let mut fields = IncidentFields::new(
        Utc.with_ymd_and_hms(2026, 11, 2, 21, 15, 0).unwrap(),
        IncidentKind::Loitering,
        "Parked outside the house for an hour. LOG-CANARY",
    );
    fields.location = "Outside home".into();
    let first = person.record_incident(&fields).unwrap();
    person
        .record_incident(&IncidentFields::new(
            Utc.with_ymd_and_hms(2026, 11, 5, 8, 0, 0).unwrap(),
            IncidentKind::Messages,
            "Twelve messages before work.",
        ))
        .unwrap();
    let code = risk_questions()[0].code.clone();
    person
        .record_risk_screening(
            &NewScreening::alone(
                Instrument::DomesticAbuse,
                vec![RiskAnswered {
                    code,
                    answer: RiskAnswer::Yes,
                }],
                "Done with my advocate.",
                Utc::now().date_naive(),
            ),
            Utc::now().date_naive(),
        )
        .unwrap();

    // Nothing to read until the person shares.
    assert!(advocate.shared_incidents().unwrap().is_empty());
    for id in [INCIDENT_LOG_ID, RISK_SCREENINGS_ID] {
        person.prepare_record_view(id).unwrap();
        person.share_document(LINK, id).unwrap();
        send(&mut person, &mut advocate, id, Unshared::Adopt).unwrap();
    }
    let seen = advocate.shared_incidents().unwrap();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].id, first.id, "newest occurrence first");
    assert_eq!(seen[1].fields.location, "Outside home");
    assert!(seen[1].fields.description.ends_with("LOG-CANARY"));
    assert_eq!(seen[1].revision, 1);
    let screenings = advocate.shared_risk_screenings().unwrap();
    assert_eq!(screenings.len(), 1);
    assert_eq!(screenings[0].note, "Done with my advocate.");
    assert_eq!(screenings[0].yes_count, 1);

    // A correction reaches the copy once the view is refreshed (as before every send); a
    // refresh with nothing new changes nothing.
    let heads = person.document_heads(INCIDENT_LOG_ID).unwrap();
    person.refresh_shared_records().unwrap();
    assert_eq!(person.document_heads(INCIDENT_LOG_ID).unwrap(), heads);
    fields.description = "Parked outside the house for two hours. LOG-CANARY".into();
    person.revise_incident(&first.id, &fields).unwrap();
    person.refresh_shared_records().unwrap();
    send(&mut person, &mut advocate, INCIDENT_LOG_ID, Unshared::Adopt).unwrap();
    let corrected = advocate
        .shared_incidents()
        .unwrap()
        .into_iter()
        .find(|i| i.id == first.id)
        .unwrap();
    assert_eq!(corrected.revision, 2);
    assert!(corrected.fields.description.contains("two hours"));

    // The advocate's copy cannot change the person's: a change made to it (here by rebuilding
    // it from the advocate's own, empty records, which would delete every entry) is refused,
    // and the person's log and view are as they were.
    advocate.prepare_record_view(INCIDENT_LOG_ID).unwrap();
    assert!(advocate.shared_incidents().unwrap().is_empty());
    let before = person.document_heads(INCIDENT_LOG_ID).unwrap();
    let back = send(
        &mut advocate,
        &mut person,
        INCIDENT_LOG_ID,
        Unshared::Refuse,
    );
    assert!(matches!(back, Err(StoreError::Invalid(_))), "{back:?}");
    assert_eq!(person.document_heads(INCIDENT_LOG_ID).unwrap(), before);
    assert_eq!(person.shared_incidents().unwrap().len(), 2);
    assert_eq!(
        person
            .list_incidents(
                &incidents::Page::first(10),
                &incidents::IncidentFilter::default()
            )
            .unwrap()
            .incidents
            .len(),
        2
    );
}

/// The advocate's copy of the log, changed in place (as whoever holds the advocate's vault
/// could): `edit` gets the view's records map.
fn tamper(advocate: &mut Store, edit: impl FnOnce(&mut automerge::AutoCommit, &automerge::ObjId)) {
    use automerge::ReadDoc;
    let bytes = advocate.document_bytes(INCIDENT_LOG_ID).unwrap();
    let mut am = automerge::AutoCommit::load(&bytes).unwrap();
    let (_, records) = am.get(automerge::ROOT, "records").unwrap().unwrap();
    edit(&mut am, &records);
    advocate
        .merge_document(INCIDENT_LOG_ID, &am.save())
        .unwrap();
}

#[test]
fn the_advocates_copy_checks_each_entry_against_the_key_on_the_persons_report() {
    use automerge::transaction::Transactable;
    let (mut person, mut advocate) = (store(), store());
    let mut ids = Vec::new();
    for (day, text) in [(2, "Waited at the bus stop."), (4, "Left flowers at work.")] {
        ids.push(
            person
                .record_incident(&IncidentFields::new(
                    Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap(),
                    IncidentKind::Following,
                    text,
                ))
                .unwrap()
                .id,
        );
    }
    person.prepare_record_view(INCIDENT_LOG_ID).unwrap();
    person.share_document(LINK, INCIDENT_LOG_ID).unwrap();
    send(&mut person, &mut advocate, INCIDENT_LOG_ID, Unshared::Adopt).unwrap();

    // Every entry checks, against the key the person's incident report prints.
    let check = advocate.shared_records_check(LINK).unwrap();
    assert_eq!(
        check.signer.as_deref(),
        Some(person.incident_signing_public_key().unwrap().as_str())
    );
    assert!(check.unchecked.is_empty(), "{check:?}");
    // A correction is signed again and still checks.
    let mut corrected = person.incident(&ids[0]).unwrap().current.fields;
    corrected.description = "Waited at the bus stop for an hour.".into();
    person.revise_incident(&ids[0], &corrected).unwrap();
    person.refresh_shared_records().unwrap();
    send(&mut person, &mut advocate, INCIDENT_LOG_ID, Unshared::Adopt).unwrap();
    assert!(
        advocate
            .shared_records_check(LINK)
            .unwrap()
            .unchecked
            .is_empty()
    );

    // Words changed in the advocate's copy: that entry no longer checks; the other still does.
    tamper(&mut advocate, |am, records| {
        use automerge::ReadDoc;
        let json = match am.get(records, ids[1].as_str()).unwrap().unwrap().0 {
            automerge::Value::Scalar(s) => s.as_str().unwrap().to_owned(),
            _ => panic!("an entry is a string"),
        };
        let changed = json.replace("Left flowers at work.", "Nothing happened.");
        assert_ne!(json, changed);
        am.put(records, ids[1].as_str(), changed).unwrap();
    });
    let shown = advocate.shared_incidents().unwrap();
    assert!(
        shown
            .iter()
            .any(|i| i.fields.description == "Nothing happened.")
    );
    assert_eq!(
        advocate.shared_records_check(LINK).unwrap().unchecked,
        [ids[1].clone()]
    );

    // An entry moved under another's key, or a new one made up, checks against nothing.
    tamper(&mut advocate, |am, records| {
        use automerge::ReadDoc;
        let json = match am.get(records, ids[0].as_str()).unwrap().unwrap().0 {
            automerge::Value::Scalar(s) => s.as_str().unwrap().to_owned(),
            _ => panic!("an entry is a string"),
        };
        am.put(records, "made-up", json).unwrap();
    });
    let unchecked = advocate.shared_records_check(LINK).unwrap().unchecked;
    assert!(unchecked.contains(&"made-up".to_owned()), "{unchecked:?}");
    assert!(
        unchecked.contains(&ids[0]),
        "marked under the id it shows: {unchecked:?}"
    );

    // A whole view signed by another vault's key (made to look like the person's) is held
    // against the key kept when the first view came: nothing in it checks.
    let mut other = store();
    other
        .record_incident(&IncidentFields::new(
            Utc.with_ymd_and_hms(2026, 11, 6, 9, 0, 0).unwrap(),
            IncidentKind::Threats,
            "Forged entry.",
        ))
        .unwrap();
    other.prepare_record_view(INCIDENT_LOG_ID).unwrap();
    let mut fresh = store();
    other.share_document(LINK, INCIDENT_LOG_ID).unwrap();
    send(&mut other, &mut fresh, INCIDENT_LOG_ID, Unshared::Adopt).unwrap();
    assert!(
        fresh
            .shared_records_check(LINK)
            .unwrap()
            .unchecked
            .is_empty()
    );
    advocate
        .merge_document(
            INCIDENT_LOG_ID,
            &fresh.document_bytes(INCIDENT_LOG_ID).unwrap(),
        )
        .unwrap();
    let check = advocate.shared_records_check(LINK).unwrap();
    assert_eq!(
        check.signer.as_deref(),
        Some(person.incident_signing_public_key().unwrap().as_str())
    );
    assert!(!check.unchecked.is_empty());
}
