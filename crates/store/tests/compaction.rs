//! What the person deleted before sharing a document never reaches the other side: attacks by
//! an advocate's copy (or anyone holding the shared changes) reading the whole history.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod history;

use automerge::AutoCommit;
use harbour_store::*;
use history::{everything_readable, sent_heads, store};

use harbour_store::LinkId;
/// The only link these tests make.
const LINK: LinkId = LinkId::FIRST;

/// What the other side receives of document `id` on its first send.
fn first_send(store: &mut Store, id: &str) -> Vec<Vec<u8>> {
    store.share_document(LINK, id).unwrap();
    let sent = sent_heads(store, id);
    store.document_changes(id, &sent).unwrap().0
}

#[test]
fn a_contacts_old_address_deleted_before_sharing_never_reaches_the_advocate() {
    let mut person = store();
    let mut fields = ContactFields {
        name: "Aunt Jo".into(),
        how_to_reach: "14 Elm Street, Leeds".into(),
        code_word: "bluebell".into(),
        ..Default::default()
    };
    let contact = person.add_contact(&fields).unwrap();
    fields.how_to_reach = "07700 900123".into();
    fields.code_word = String::new();
    person.update_contact(&contact.id, &fields).unwrap();
    fields.what_they_know = "Knows about the move".into();
    person.update_contact(&contact.id, &fields).unwrap();

    let sent = first_send(&mut person, &contact.id);
    assert_eq!(sent.len(), 1, "a contact goes as one change");
    let readable = everything_readable(&sent);
    for deleted in ["Elm Street", "bluebell"] {
        assert!(
            !readable.contains(deleted),
            "{deleted} reached the other side"
        );
    }
    assert!(readable.contains("07700 900123"));

    // The advocate's copy shows the contact as it is now.
    let mut advocate = store();
    advocate
        .apply_document_changes(LINK, &contact.id, &sent, Unshared::Adopt)
        .unwrap();
    let theirs = advocate.contact(&contact.id).unwrap();
    assert_eq!(theirs.fields, person.contact(&contact.id).unwrap().fields);
    // And the person's own vault no longer keeps the old words either.
    let own = everything_readable(&[person.document_bytes(&contact.id).unwrap()]);
    assert!(!own.contains("Elm Street"));
}

#[test]
fn a_plan_sections_deleted_step_never_reaches_the_advocate_and_the_section_still_merges() {
    let mut person = store();
    let mut advocate = store();
    let section = Section::ALL[0];
    let id = section.document_id();
    let step = person
        .add_plan_item(section, "Stay at Mum's, 3 Mill Lane")
        .unwrap();
    person.delete_plan_item(&step.id).unwrap();
    person
        .set_section_notes(section, "Old notes about the car")
        .unwrap();
    person.set_section_notes(section, "Pack the bag").unwrap();
    person.add_plan_item(section, "Spare keys").unwrap();

    // The advocate's side made its own edit to the same built-in section meanwhile.
    advocate.share_document(LINK, &id).unwrap();
    advocate.set_section_notes(section, "Pack the bag").unwrap();
    let from_advocate = advocate.document_changes(&id, &[]).unwrap().0;

    let sent = first_send(&mut person, &id);
    assert_eq!(sent.len(), 2, "the seed's first change and one more");
    let readable = everything_readable(&sent);
    for deleted in ["Mill Lane", "the car"] {
        assert!(
            !readable.contains(deleted),
            "{deleted} reached the other side"
        );
    }

    // The seed's first change is kept byte for byte, so both copies share it and merge.
    let genesis = |changes: &[Vec<u8>]| {
        let mut am = AutoCommit::new();
        for c in changes {
            am.load_incremental(c).unwrap();
        }
        am.get_changes(&[])[0].hash()
    };
    assert_eq!(genesis(&sent), genesis(&from_advocate));
    assert!(matches!(
        advocate
            .apply_document_changes(LINK, &id, &sent, Unshared::Refuse)
            .unwrap(),
        Applied::Current
    ));
    person
        .apply_document_changes(LINK, &id, &from_advocate, Unshared::Refuse)
        .unwrap();
    let mine = person.plan_section(section).unwrap();
    let theirs = advocate.plan_section(section).unwrap();
    assert_eq!(mine.notes, theirs.notes);
    assert_eq!(mine.items.len(), 1);
    assert_eq!(theirs.items[0].text, "Spare keys");
}

#[test]
fn a_document_shared_before_is_never_rebuilt_so_the_other_sides_copy_keeps_merging() {
    let mut person = store();
    let mut advocate = store();
    let mut fields = ContactFields {
        name: "Sam".into(),
        ..Default::default()
    };
    let contact = person.add_contact(&fields).unwrap();
    fields.name = "Sam B".into();
    person.update_contact(&contact.id, &fields).unwrap();
    let sent = first_send(&mut person, &contact.id);
    advocate
        .apply_document_changes(LINK, &contact.id, &sent, Unshared::Adopt)
        .unwrap();
    let heads = person.document_heads(&contact.id).unwrap();
    person
        .mark_document_sent(LINK, &contact.id, &heads)
        .unwrap();

    // Stop sharing it, change it, share it again: only the new change goes, and it applies.
    person.unshare_document(LINK, &contact.id).unwrap();
    fields.name = "Sam Brown".into();
    person.update_contact(&contact.id, &fields).unwrap();
    person.share_document(LINK, &contact.id).unwrap();
    let (again, _) = person.document_changes(&contact.id, &heads).unwrap();
    assert_eq!(again.len(), 1);
    assert!(matches!(
        advocate
            .apply_document_changes(LINK, &contact.id, &again, Unshared::Adopt)
            .unwrap(),
        Applied::Current
    ));
    assert_eq!(
        advocate.contact(&contact.id).unwrap().fields.name,
        "Sam Brown"
    );
}

#[test]
fn a_document_shared_but_never_sent_is_rebuilt_again_when_shared_again() {
    let mut person = store();
    let mut fields = ContactFields {
        name: "Sam".into(),
        ..Default::default()
    };
    let contact = person.add_contact(&fields).unwrap();
    first_send(&mut person, &contact.id);
    person.end_sharing(LINK).unwrap();

    fields.how_to_reach = "Flat 2, 9 Old Road".into();
    person.update_contact(&contact.id, &fields).unwrap();
    fields.how_to_reach = "Only at work".into();
    person.update_contact(&contact.id, &fields).unwrap();
    let sent = first_send(&mut person, &contact.id);
    assert_eq!(sent.len(), 1);
    assert!(!everything_readable(&sent).contains("Old Road"));
}

/// With two people: a document shared with a second while the first has it is not rebuilt
/// (the first's copy would take its words twice); rebuilt later, once shared with nobody, it
/// keeps what each of them holds, so both copies keep merging, and the deleted words go to
/// neither.
#[test]
fn a_document_shared_with_two_people_keeps_merging_with_both_copies() {
    let (first, second) = (LinkId(1), LinkId(2));
    let mut person = store();
    let mut advocate = store();
    let mut solicitor = store();
    let mut fields = ContactFields {
        name: "Sam".into(),
        ..Default::default()
    };
    let contact = person.add_contact(&fields).unwrap();
    person.share_document(first, &contact.id).unwrap();
    let (to_advocate, heads) = person.document_changes(&contact.id, &[]).unwrap();
    advocate
        .apply_document_changes(LINK, &contact.id, &to_advocate, Unshared::Adopt)
        .unwrap();
    person
        .mark_document_sent(first, &contact.id, &heads)
        .unwrap();

    // An edit not yet sent to the advocate when the solicitor is added: it stays as it is, and
    // each of them is sent the same changes.
    fields.name = "Sam Brown".into();
    person.update_contact(&contact.id, &fields).unwrap();
    person.share_document(second, &contact.id).unwrap();
    let (next, heads) = person.document_changes(&contact.id, &heads).unwrap();
    assert_eq!(next.len(), 1, "the edit as it was made");
    advocate
        .apply_document_changes(LINK, &contact.id, &next, Unshared::Adopt)
        .unwrap();
    person
        .mark_document_sent(first, &contact.id, &heads)
        .unwrap();
    let (to_solicitor, _) = person.document_changes(&contact.id, &[]).unwrap();
    solicitor
        .apply_document_changes(LINK, &contact.id, &to_solicitor, Unshared::Adopt)
        .unwrap();
    person
        .mark_document_sent(second, &contact.id, &heads)
        .unwrap();

    // Shared with nobody, written over twice, shared with the solicitor again: rebuilt on top
    // of what either holds, so the solicitor's and the advocate's copies both still merge.
    person.unshare_document(first, &contact.id).unwrap();
    person.unshare_document(second, &contact.id).unwrap();
    fields.how_to_reach = "Flat 2, 9 Old Road".into();
    person.update_contact(&contact.id, &fields).unwrap();
    fields.how_to_reach = "Only at work".into();
    person.update_contact(&contact.id, &fields).unwrap();
    person.share_document(second, &contact.id).unwrap();
    person.share_document(first, &contact.id).unwrap();
    let (again, _) = person.document_changes(&contact.id, &heads).unwrap();
    assert_eq!(again.len(), 1, "one change on top of what they hold");
    assert!(!everything_readable(&again).contains("Old Road"));
    for copy in [&mut advocate, &mut solicitor] {
        assert!(matches!(
            copy.apply_document_changes(LINK, &contact.id, &again, Unshared::Adopt)
                .unwrap(),
            Applied::Current
        ));
        assert_eq!(
            copy.contact(&contact.id).unwrap().fields,
            person.contact(&contact.id).unwrap().fields
        );
    }
}
