//! Attacks on rebuilding a document's history when it is shared (`compaction.rs`), from a
//! review: (a) the other side trying to read what was deleted before sharing, (b) copies that
//! stop merging when a document is shared again, in the same case or after a new link, from
//! either side. Each test asserts the safe, converging outcome.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod history;

use automerge::{AutoCommit, ROOT, ReadDoc};
use chrono::{TimeZone, Utc};
use harbour_store::*;
use history::{everything_readable, sent_heads, store};
use rusqlite::Connection;

use harbour_store::LinkId;
/// The only link these tests make.
const LINK: LinkId = LinkId::FIRST;

/// One sync of `id` from `from` (the person) to `to` (the advocate's case), like the engine:
/// changes after sent heads, applied, then marked sent. Returns what was sent.
fn sync(
    from: &mut Store,
    to: &mut Store,
    id: &str,
    mode: Unshared,
) -> Result<Vec<Vec<u8>>, StoreError> {
    let sent = sent_heads(from, id);
    let (changes, heads) = from.document_changes(id, &sent).unwrap();
    to.apply_document_changes(LINK, id, &changes, mode)?;
    from.mark_document_sent(LINK, id, &heads).unwrap();
    Ok(changes)
}

// ---------------------------------------------------------------- leaks (attacker (a))

#[test]
fn built_in_checklist_items_edited_or_deleted_before_sharing_never_reach_the_advocate() {
    let mut person = store();
    let id = "checklist:changing-routines";
    let items = person.checklist(id).unwrap().items;
    person
        .update_checklist_item(
            &items[0].id,
            "Vary routes; avoid 14 Elm Street",
            Recurrence::Weekly,
        )
        .unwrap();
    person
        .update_checklist_item(&items[0].id, "Vary routes", Recurrence::Weekly)
        .unwrap();
    person
        .update_checklist_item(&items[1].id, "Leave via Mill Lane at 7", Recurrence::Weekly)
        .unwrap();
    person.delete_checklist_item(&items[1].id).unwrap();
    let extra = person
        .add_checklist_item(id, "Ring Aunt Jo on 07700 900999", Recurrence::None)
        .unwrap();
    person.delete_checklist_item(&extra.id).unwrap();
    person.share_document(LINK, id).unwrap();
    let (sent, _) = person.document_changes(id, &[]).unwrap();
    let r = everything_readable(&sent);
    for w in ["Elm Street", "Mill Lane", "900999"] {
        assert!(!r.contains(w), "{w} leaked");
    }
}

#[test]
fn an_incident_corrected_before_a_new_link_goes_only_as_corrected() {
    let mut person = store();
    // Link 1: the log is shared with revision 1 of an incident.
    let mut f = IncidentFields::new(
        Utc.with_ymd_and_hms(2026, 11, 2, 21, 15, 0).unwrap(),
        IncidentKind::Loitering,
        "Parked outside my sister's at 22 Oak Road",
    );
    let inc = person.record_incident(&f).unwrap();
    person.prepare_record_view(INCIDENT_LOG_ID).unwrap();
    person.share_document(LINK, INCIDENT_LOG_ID).unwrap();
    person
        .set_plan_review_date(Some(chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()))
        .unwrap();
    person.end_sharing(LINK).unwrap();
    // Correction removes the address; then a new link.
    f.description = "Parked outside a relative's house".into();
    person.revise_incident(&inc.id, &f).unwrap();
    person.prepare_record_view(INCIDENT_LOG_ID).unwrap();
    person.share_document(LINK, INCIDENT_LOG_ID).unwrap();
    let (sent, _) = person.document_changes(INCIDENT_LOG_ID, &[]).unwrap();
    assert!(!everything_readable(&sent).contains("Oak Road"));
    person.share_document(LINK, PLAN_DOC_ID).unwrap();
}

/// Documented limitation, shown concretely: unshare, type + delete, share again over the SAME
/// link, and every intermediate word goes.
#[test]
fn words_typed_while_a_contact_was_not_shared_never_reach_the_advocate() {
    let (mut person, mut advocate) = (store(), store());
    let mut fields = ContactFields {
        name: "Sam".into(),
        ..Default::default()
    };
    let c = person.add_contact(&fields).unwrap();
    person.share_document(LINK, &c.id).unwrap();
    sync(&mut person, &mut advocate, &c.id, Unshared::Adopt).unwrap();
    person.unshare_document(LINK, &c.id).unwrap();
    fields.how_to_reach = "New flat: 3 Canal Wharf, Leeds".into();
    person.update_contact(&c.id, &fields).unwrap();
    fields.how_to_reach = "Only at work".into();
    person.update_contact(&c.id, &fields).unwrap();
    person.share_document(LINK, &c.id).unwrap();
    let sent = sync(&mut person, &mut advocate, &c.id, Unshared::Adopt).unwrap();
    assert!(
        !everything_readable(&sent).contains("Canal Wharf"),
        "an address typed and deleted while the contact was NOT shared reached the advocate"
    );
}

/// A contact the person deleted (flag only) keeps its fields: sharing it by id (a stale screen, a
/// direct call) is refused, so they are never sent.
#[test]
fn a_deleted_contact_cannot_be_shared() {
    let mut person = store();
    let c = person
        .add_contact(&ContactFields {
            name: "Old refuge".into(),
            how_to_reach: "9 Hidden Row".into(),
            ..Default::default()
        })
        .unwrap();
    person.delete_contact(&c.id).unwrap();
    assert!(matches!(
        person.share_document(LINK, &c.id),
        Err(StoreError::NotFound)
    ));
}

// ------------------------------------------------------- divergence (attacker (b))

/// Stop sharing, then pair again inside the SAME case (the advocate's caseload allows pairing
/// in any case whose link was forgotten). The person's contact is rebuilt a second time as
/// (genesis actor, seq 1) with other content: the advocate's copy already has that (actor, seq).
#[test]
fn pairing_again_into_the_same_case_the_rebuilt_contact_is_taken() {
    let (mut person, mut advocate) = (store(), store());
    let mut fields = ContactFields {
        name: "Sam".into(),
        ..Default::default()
    };
    let c = person.add_contact(&fields).unwrap();
    fields.name = "Sam B".into();
    person.update_contact(&c.id, &fields).unwrap();
    person.share_document(LINK, &c.id).unwrap();
    sync(&mut person, &mut advocate, &c.id, Unshared::Adopt).unwrap();

    person.end_sharing(LINK).unwrap();
    advocate.end_sharing(LINK).unwrap();
    fields.how_to_reach = "07700 900123".into();
    person.update_contact(&c.id, &fields).unwrap();
    person.share_document(LINK, &c.id).unwrap();
    let got = sync(&mut person, &mut advocate, &c.id, Unshared::Adopt);
    assert!(
        got.is_ok(),
        "advocate refused the re-shared contact: {got:?}"
    );
    assert_eq!(
        advocate.contact(&c.id).unwrap().fields.how_to_reach,
        "07700 900123"
    );
}

/// Same, for a plan section, person app restarted between the links (new session actor): the
/// rebuilt change re-does every edit concurrently with the advocate's copy of the old one.
#[test]
fn pairing_again_into_the_same_case_never_doubles_a_sections_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let mut advocate = store();
    let section = Section::ALL[0];
    let id = section.document_id();
    {
        let mut person = Store::open(Connection::open(&path).unwrap()).unwrap();
        person.set_section_notes(section, "Pack the bag").unwrap();
        person.add_plan_item(section, "Spare keys").unwrap();
        person.share_document(LINK, &id).unwrap();
        sync(&mut person, &mut advocate, &id, Unshared::Adopt).unwrap();
        person.end_sharing(LINK).unwrap();
    }
    advocate.end_sharing(LINK).unwrap();
    let mut person = Store::open(Connection::open(&path).unwrap()).unwrap();
    person
        .set_section_notes(section, "Pack the bag and passports")
        .unwrap();
    person.share_document(LINK, &id).unwrap();
    sync(&mut person, &mut advocate, &id, Unshared::Adopt).unwrap();
    let mine = person.plan_section(section).unwrap();
    let theirs = advocate.plan_section(section).unwrap();
    assert_eq!(theirs.notes, mine.notes, "notes diverged");
    assert_eq!(theirs.items.len(), mine.items.len(), "items diverged");
}

/// Same app session across the two links: the rebuilt change reuses (session actor, seq 1).
#[test]
fn pairing_again_in_the_same_session_the_section_still_merges() {
    let (mut person, mut advocate) = (store(), store());
    let section = Section::ALL[1];
    let id = section.document_id();
    person.set_section_notes(section, "Pack the bag").unwrap();
    person.share_document(LINK, &id).unwrap();
    sync(&mut person, &mut advocate, &id, Unshared::Adopt).unwrap();
    person.end_sharing(LINK).unwrap();
    advocate.end_sharing(LINK).unwrap();
    person
        .set_section_notes(section, "Pack the bag and passports")
        .unwrap();
    person.share_document(LINK, &id).unwrap();
    let got = sync(&mut person, &mut advocate, &id, Unshared::Adopt);
    assert!(
        got.is_ok(),
        "advocate refused the re-shared section: {got:?}"
    );
    assert_eq!(
        advocate.plan_section(section).unwrap().notes,
        person.plan_section(section).unwrap().notes
    );
}

/// The incident log view, rebuilt on a second link into the same case: the advocate's copy
/// keeps an older revision (its later op wins the concurrent put), and the person's vault
/// never sends it again because its own view already says the newest.
#[test]
fn pairing_again_the_advocates_log_shows_the_latest_revision() {
    let (mut person, mut advocate) = (store(), store());
    let mut f = IncidentFields::new(
        Utc.with_ymd_and_hms(2026, 11, 2, 21, 15, 0).unwrap(),
        IncidentKind::Loitering,
        "rev 1",
    );
    let inc = person.record_incident(&f).unwrap();
    for n in 0..5 {
        person
            .record_incident(&IncidentFields::new(
                Utc.with_ymd_and_hms(2026, 11, 3 + n, 9, 0, 0).unwrap(),
                IncidentKind::Messages,
                "filler",
            ))
            .unwrap();
    }
    person.prepare_record_view(INCIDENT_LOG_ID).unwrap();
    person.share_document(LINK, INCIDENT_LOG_ID).unwrap();
    sync(&mut person, &mut advocate, INCIDENT_LOG_ID, Unshared::Adopt).unwrap();
    for n in 2..8 {
        f.description = format!("rev {n}");
        person.revise_incident(&inc.id, &f).unwrap();
        person.refresh_shared_records().unwrap();
        sync(&mut person, &mut advocate, INCIDENT_LOG_ID, Unshared::Adopt).unwrap();
    }
    person.end_sharing(LINK).unwrap();
    advocate.end_sharing(LINK).unwrap();
    f.description = "rev 8".into();
    person.revise_incident(&inc.id, &f).unwrap();
    person.prepare_record_view(INCIDENT_LOG_ID).unwrap();
    person.share_document(LINK, INCIDENT_LOG_ID).unwrap();
    let got = sync(&mut person, &mut advocate, INCIDENT_LOG_ID, Unshared::Adopt);
    assert!(got.is_ok(), "{got:?}");
    let theirs = advocate.shared_incidents().unwrap();
    let t = theirs.iter().find(|i| i.id == inc.id).unwrap();
    assert_eq!(
        t.fields.description, "rev 8",
        "advocate shows a stale revision"
    );
}

/// The advocate's own case: after its link is forgotten, toggling "share" on a section it
/// adopted from the person rebuilds the PERSON's history under the advocate's actor.
#[test]
fn an_advocate_sharing_an_adopted_section_again_never_doubles_its_text() {
    let (mut person, mut advocate) = (store(), store());
    let section = Section::ALL[2];
    let id = section.document_id();
    person.set_section_notes(section, "Pack the bag").unwrap();
    person.add_plan_item(section, "Spare keys").unwrap();
    person.share_document(LINK, &id).unwrap();
    sync(&mut person, &mut advocate, &id, Unshared::Adopt).unwrap();
    advocate.end_sharing(LINK).unwrap();
    // Same person pairs again into this case; advocate ticks the section first.
    advocate.share_document(LINK, &id).unwrap();
    let (from_adv, _) = advocate.document_changes(&id, &[]).unwrap();
    person
        .apply_document_changes(LINK, &id, &from_adv, Unshared::Refuse)
        .unwrap();
    let mine = person.plan_section(section).unwrap();
    assert_eq!(
        mine.notes, "Pack the bag",
        "person's notes after merging advocate's rebuilt copy"
    );
    assert_eq!(mine.items.len(), 1);
}

/// Same, for a contact: the advocate's rebuild of the person's contact is (genesis actor, 1)
/// with content the person's genesis change doesn't have.
#[test]
fn an_advocate_sharing_an_adopted_contact_again_is_taken_by_the_person() {
    let (mut person, mut advocate) = (store(), store());
    let mut fields = ContactFields {
        name: "Sam".into(),
        ..Default::default()
    };
    let c = person.add_contact(&fields).unwrap();
    person.share_document(LINK, &c.id).unwrap();
    sync(&mut person, &mut advocate, &c.id, Unshared::Adopt).unwrap();
    fields.name = "Sam B".into();
    person.update_contact(&c.id, &fields).unwrap();
    sync(&mut person, &mut advocate, &c.id, Unshared::Adopt).unwrap();
    advocate.end_sharing(LINK).unwrap();
    advocate.share_document(LINK, &c.id).unwrap();
    let (from_adv, _) = advocate.document_changes(&c.id, &[]).unwrap();
    let got = person.apply_document_changes(LINK, &c.id, &from_adv, Unshared::Refuse);
    assert!(
        got.is_ok(),
        "person refused advocate's rebuilt contact: {got:?}"
    );
}

/// DocCache: after compaction the cached copy is the rebuilt one, and an edit after sharing is
/// one new change on top of what was sent.
#[test]
fn after_rebuilding_an_edit_is_one_change_on_top_of_what_was_sent() {
    let (mut person, mut advocate) = (store(), store());
    let section = Section::ALL[3];
    let id = section.document_id();
    person.set_section_notes(section, "a").unwrap();
    person.set_section_notes(section, "ab").unwrap();
    let before = person.document_heads(&id).unwrap();
    person.share_document(LINK, &id).unwrap();
    let after = person.document_heads(&id).unwrap();
    assert_ne!(before, after);
    sync(&mut person, &mut advocate, &id, Unshared::Adopt).unwrap();
    // seen heads from before the share are unknown now: falls back to a direct edit.
    person
        .set_section_notes_from(section, "abc", &before)
        .unwrap();
    let sent = sync(&mut person, &mut advocate, &id, Unshared::Adopt).unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!(advocate.plan_section(section).unwrap().notes, "abc");
}

/// b1 continued: the engine marks a document sent once the relay stored the frame, whatever the
/// other side did with it, so a refused rebuild would never be resent and every later change
/// would wait on it for ever. The rebuild must be taken, and what follows it too.
#[test]
fn after_pairing_again_later_changes_are_taken_too() {
    let (mut person, mut advocate) = (store(), store());
    let mut fields = ContactFields {
        name: "Sam".into(),
        ..Default::default()
    };
    let c = person.add_contact(&fields).unwrap();
    fields.name = "Sam B".into();
    person.update_contact(&c.id, &fields).unwrap();
    person.share_document(LINK, &c.id).unwrap();
    sync(&mut person, &mut advocate, &c.id, Unshared::Adopt).unwrap();
    person.end_sharing(LINK).unwrap();
    advocate.end_sharing(LINK).unwrap();
    fields.how_to_reach = "07700 900123".into();
    person.update_contact(&c.id, &fields).unwrap();
    person.share_document(LINK, &c.id).unwrap();
    let (changes, heads) = person.document_changes(&c.id, &[]).unwrap();
    advocate
        .apply_document_changes(LINK, &c.id, &changes, Unshared::Adopt)
        .unwrap();
    person.mark_document_sent(LINK, &c.id, &heads).unwrap(); // relay stored it
    fields.code_word = "bluebell".into();
    person.update_contact(&c.id, &fields).unwrap();
    let (next, _) = person.document_changes(&c.id, &heads).unwrap();
    let got = advocate
        .apply_document_changes(LINK, &c.id, &next, Unshared::Adopt)
        .unwrap();
    assert_eq!(got, Applied::Current, "later change stuck: {got:?}");
}

/// b4 with the person's app restarted between links (new session actor): no refusal, but the
/// advocate's copy of the read-only log shows an older revision than the person's.
#[test]
fn pairing_again_after_a_restart_the_log_shows_the_latest_revision() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let mut advocate = store();
    let mut f = IncidentFields::new(
        Utc.with_ymd_and_hms(2026, 11, 2, 21, 15, 0).unwrap(),
        IncidentKind::Loitering,
        "rev 1",
    );
    let inc;
    {
        let mut person = Store::open(Connection::open(&path).unwrap()).unwrap();
        inc = person.record_incident(&f).unwrap();
        person.prepare_record_view(INCIDENT_LOG_ID).unwrap();
        person.share_document(LINK, INCIDENT_LOG_ID).unwrap();
        sync(&mut person, &mut advocate, INCIDENT_LOG_ID, Unshared::Adopt).unwrap();
        for n in 2..8 {
            f.description = format!("rev {n}");
            person.revise_incident(&inc.id, &f).unwrap();
            person.refresh_shared_records().unwrap();
            sync(&mut person, &mut advocate, INCIDENT_LOG_ID, Unshared::Adopt).unwrap();
        }
        person.end_sharing(LINK).unwrap();
    }
    advocate.end_sharing(LINK).unwrap();
    let mut person = Store::open(Connection::open(&path).unwrap()).unwrap();
    f.description = "rev 8".into();
    person.revise_incident(&inc.id, &f).unwrap();
    person.prepare_record_view(INCIDENT_LOG_ID).unwrap();
    person.share_document(LINK, INCIDENT_LOG_ID).unwrap();
    sync(&mut person, &mut advocate, INCIDENT_LOG_ID, Unshared::Adopt).unwrap();
    let theirs = advocate.shared_incidents().unwrap();
    let t = theirs.iter().find(|i| i.id == inc.id).unwrap();
    assert_eq!(
        t.fields.description, "rev 8",
        "advocate shows a stale revision"
    );
}

/// An advocate (link 1) puts odd but valid automerge into a section the person shares: a
/// counter that was incremented, a list, a mark on the notes text, a conflict. After the link
/// ends, can the person still share the section with a new advocate?
#[test]
fn odd_values_from_a_past_link_never_block_sharing() {
    use automerge::transaction::Transactable;
    use automerge::{
        ObjType, ScalarValue, Value,
        marks::{ExpandMark, Mark},
    };
    for variant in 0..3 {
        let (mut person, mut advocate) = (store(), store());
        let section = Section::ALL[4];
        let id = section.document_id();
        person.set_section_notes(section, "Pack the bag").unwrap();
        person.share_document(LINK, &id).unwrap();
        sync(&mut person, &mut advocate, &id, Unshared::Adopt).unwrap();
        // The advocate's app, hand-made change on top of what it holds.
        let mut am = AutoCommit::load(&advocate.document_bytes(&id).unwrap()).unwrap();
        match variant {
            0 => {
                am.put(ROOT, "n", ScalarValue::counter(1)).unwrap();
                am.increment(ROOT, "n", 5).unwrap();
            }
            1 => {
                let l = am.put_object(ROOT, "l", ObjType::List).unwrap();
                am.insert(&l, 0, "x").unwrap();
                let t = am.insert_object(&l, 1, ObjType::Text).unwrap();
                am.splice_text(&t, 0, 0, "hi").unwrap();
            }
            2 => {
                let Some((Value::Object(ObjType::Text), notes)) = am.get(ROOT, "notes").unwrap()
                else {
                    panic!()
                };
                am.mark(
                    &notes,
                    Mark::new("bold".into(), true, 0, 4),
                    ExpandMark::None,
                )
                .unwrap();
            }
            _ => {
                // a Table object
                let t = am.put_object(ROOT, "t", ObjType::Table).unwrap();
                am.put(&t, "k", "v").unwrap();
            }
        }
        am.commit();
        let before = advocate.document_heads(&id).unwrap();
        let bytes = am.save();
        let mut full = AutoCommit::load(&bytes).unwrap();
        let changes: Vec<Vec<u8>> = full
            .get_changes(
                &before
                    .iter()
                    .map(|h| automerge::ChangeHash(*h))
                    .collect::<Vec<_>>(),
            )
            .into_iter()
            .map(|c| c.raw_bytes().to_vec())
            .collect();
        person
            .apply_document_changes(LINK, &id, &changes, Unshared::Refuse)
            .unwrap();
        person.end_sharing(LINK).unwrap();
        let got = person.share_document(LINK, &id);
        assert!(
            got.is_ok(),
            "variant {variant}: the person can no longer share the section: {got:?}"
        );
    }
}
