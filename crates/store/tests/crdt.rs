//! Two vaults editing the same shared documents concurrently converge after exchanging bytes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use harbour_store::*;
use rusqlite::Connection;

fn store() -> Store {
    Store::open(Connection::open_in_memory().unwrap()).unwrap()
}

fn exchange(a: &mut Store, b: &mut Store, id: &str) {
    let from_a = a.document_bytes(id).unwrap();
    let from_b = b.document_bytes(id).unwrap();
    a.merge_document(id, &from_b).unwrap();
    b.merge_document(id, &from_a).unwrap();
}

#[test]
fn contact_edits_on_both_sides_converge() {
    let (mut a, mut b) = (store(), store());
    let c = a
        .add_contact(&ContactFields {
            name: "Jo".into(),
            relationship: "Sister".into(),
            ..Default::default()
        })
        .unwrap();
    b.merge_document(&c.id, &a.document_bytes(&c.id).unwrap())
        .unwrap();
    assert_eq!(b.contact(&c.id).unwrap(), c);

    // A edits one field and appends to the relationship; B edits another field and prefixes it.
    let mut fa = c.fields.clone();
    fa.code_word = "pineapple".into();
    fa.relationship = "Sister (older)".into();
    a.update_contact(&c.id, &fa).unwrap();
    let mut fb = c.fields.clone();
    fb.safe_times = "After 7pm".into();
    fb.relationship = "Big Sister".into();
    fb.may_call_in_emergency = true;
    b.update_contact(&c.id, &fb).unwrap();

    exchange(&mut a, &mut b, &c.id);
    let ca = a.contact(&c.id).unwrap();
    assert_eq!(ca, b.contact(&c.id).unwrap());
    assert_eq!(ca.fields.code_word, "pineapple");
    assert_eq!(ca.fields.safe_times, "After 7pm");
    assert!(ca.fields.may_call_in_emergency);
    assert_eq!(ca.fields.relationship, "Big Sister (older)");
    // Derived search rows followed the merge too.
    assert_eq!(
        b.search("pineapple", 5).unwrap().len(),
        0,
        "code words are not indexed"
    );
    assert_eq!(b.search("older", 5).unwrap()[0].id, c.id);

    // A deletion wins over a stale copy: merging old bytes does not bring it back.
    let stale = b.document_bytes(&c.id).unwrap();
    a.delete_contact(&c.id).unwrap();
    a.merge_document(&c.id, &stale).unwrap();
    assert!(matches!(a.contact(&c.id), Err(StoreError::NotFound)));
}

#[test]
fn plan_sections_created_independently_merge() {
    // Both vaults seeded their sections on first open, without ever exchanging anything.
    let (mut a, mut b) = (store(), store());
    let ia = a
        .add_plan_item(Section::CodeWords, "'Pineapple' = call the police")
        .unwrap();
    let ib = b
        .add_plan_item(Section::CodeWords, "Curtains half closed = don't visit")
        .unwrap();
    a.set_section_notes(Section::CodeWords, "Agreed with Jo")
        .unwrap();
    b.mark_section_reviewed(
        Section::CodeWords,
        chrono::NaiveDate::from_ymd_opt(2025, 5, 1).unwrap(),
    )
    .unwrap();
    b.set_plan_stage(PlanStage::AfterLeaving).unwrap();

    exchange(&mut a, &mut b, "plan-section:code-words");
    exchange(&mut a, &mut b, "plan");
    let sa = a.plan_section(Section::CodeWords).unwrap();
    assert_eq!(sa, b.plan_section(Section::CodeWords).unwrap());
    let ids: Vec<&str> = sa.items.iter().map(|i| i.id.as_str()).collect();
    assert!(ids.contains(&ia.id.as_str()) && ids.contains(&ib.id.as_str()));
    assert_eq!(sa.notes, "Agreed with Jo");
    assert!(sa.last_reviewed.is_some());
    assert_eq!(a.plan().unwrap(), b.plan().unwrap());
    assert_eq!(a.plan().unwrap().stage, PlanStage::AfterLeaving);
}

#[test]
fn checklist_items_added_on_both_sides_converge() {
    let (mut a, mut b) = (store(), store());
    let list = a.create_checklist("Before court").unwrap();
    let shared = a
        .add_checklist_item(&list.id, "Print the incident log", Recurrence::None)
        .unwrap();
    b.merge_document(&list.id, &a.document_bytes(&list.id).unwrap())
        .unwrap();

    a.add_checklist_item(&list.id, "Ask about special measures", Recurrence::None)
        .unwrap();
    a.rename_checklist(&list.id, "Before the hearing").unwrap();
    b.add_checklist_item(&list.id, "Arrange childcare", Recurrence::None)
        .unwrap();
    let when = Utc.with_ymd_and_hms(2025, 4, 1, 9, 0, 0).unwrap();
    b.mark_checklist_item_done(&shared.id, when).unwrap();

    exchange(&mut a, &mut b, &list.id);
    let la = a.checklist(&list.id).unwrap();
    assert_eq!(la, b.checklist(&list.id).unwrap());
    assert_eq!(la.title, "Before the hearing");
    assert_eq!(la.items.len(), 3);
    assert_eq!(a.checklist_item(&shared.id).unwrap().done_at, Some(when));

    // Built-in checklists have the same ids and first change everywhere, so they merge too.
    let builtin = "checklist:devices-and-accounts";
    let item = &a.checklist(builtin).unwrap().items[0].id.clone();
    a.mark_checklist_item_done(item, when).unwrap();
    exchange(&mut a, &mut b, builtin);
    assert_eq!(b.checklist(builtin).unwrap(), a.checklist(builtin).unwrap());
    assert_eq!(b.checklist(builtin).unwrap().items.len(), 11);
}

#[test]
fn bad_remote_copies_are_refused_without_changes() {
    let (mut a, mut b) = (store(), store());
    let c = a
        .add_contact(&ContactFields {
            name: "Jo".into(),
            ..Default::default()
        })
        .unwrap();
    let bytes = a.document_bytes(&c.id).unwrap();
    assert!(matches!(
        b.merge_document(&c.id, b"not automerge"),
        Err(StoreError::Invalid(_))
    ));
    // Same bytes under another id, or into a document of another kind.
    assert!(matches!(
        b.merge_document("other-id", &bytes),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        b.merge_document("plan", &bytes),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(b.contact(&c.id), Err(StoreError::NotFound)));
    assert_eq!(b.plan().unwrap().stage, PlanStage::Staying);
    let docs = b.list_documents().unwrap();
    assert_eq!(docs.len(), 1 + 13 + 2);
}
