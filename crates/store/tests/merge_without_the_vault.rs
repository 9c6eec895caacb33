//! The other side's changes are merged without the vault held (so a hide never waits for a
//! merge), then written only if the store still holds what the merge started from. Each test
//! changes the store between the read and the write, as the person (or a sync with someone
//! else) can while a long merge runs, and asserts nothing is lost or let in.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod history;

use harbour_store::*;
use history::store;

const LINK: LinkId = LinkId::FIRST;

/// What `from` has sent of `id` through the link.
fn sent(from: &Store, id: &str) -> Vec<Head> {
    from.shared_documents(LINK)
        .unwrap()
        .into_iter()
        .find(|d| d.id == id)
        .map(|d| d.sent_heads)
        .unwrap_or_default()
}

/// A person sharing their escape bag, and their advocate's copy of it (nothing on its way).
fn shared_section() -> (Store, Store, String) {
    let section = Section::EscapeBag;
    let id = section.document_id();
    let mut person = store();
    let mut advocate = store();
    person.add_plan_item(section, "Spare keys with Jo").unwrap();
    person.share_document(LINK, &id).unwrap();
    let (changes, heads) = person.document_changes(&id, &sent(&person, &id)).unwrap();
    advocate
        .apply_document_changes(LINK, &id, &changes, Unshared::Adopt)
        .unwrap();
    person.mark_document_sent(LINK, &id, &heads).unwrap();
    (person, advocate, id)
}

/// A person sharing their escape bag, and their advocate's copy of it, with one change of the
/// advocate's on its way to the person (parsed, as the engine hands it over).
fn advocates_change_on_its_way() -> (Store, Store, String, Incoming) {
    let (person, mut advocate, id) = shared_section();
    advocate
        .add_plan_item(Section::EscapeBag, "Copies of the order")
        .unwrap();
    let (changes, _) = advocate
        .document_changes(&id, &sent(&advocate, &id))
        .unwrap();
    let incoming = Incoming::parse(LINK, &id, &changes, Unshared::Refuse).unwrap();
    (person, advocate, id, incoming)
}

fn items(store: &Store) -> Vec<String> {
    let mut items: Vec<String> = store
        .plan_section(Section::EscapeBag)
        .unwrap()
        .items
        .into_iter()
        .map(|i| i.text)
        .collect();
    items.sort();
    items
}

/// The person adds to the same section while the advocate's change is being merged: writing
/// that merge would put back the section as it was before their edit. It is not written; the
/// merge starts again from what is there now, and both edits are kept.
#[test]
fn an_edit_the_person_makes_while_a_merge_runs_is_never_overwritten() {
    let (mut person, _advocate, _id, incoming) = advocates_change_on_its_way();
    let reading = person.read_for_apply(incoming).unwrap();
    person
        .add_plan_item(Section::EscapeBag, "Bank card in the blue coat")
        .unwrap();
    let merged = reading.merge().unwrap();
    let again = match person.write_merged(merged).unwrap() {
        Written::Moved(again) => again,
        Written::Applied(applied) => panic!("written over the person's edit: {applied:?}"),
    };
    assert_eq!(
        items(&person),
        ["Bank card in the blue coat", "Spare keys with Jo"],
        "nothing of the merge was written"
    );
    let merged = person.read_for_apply(again).unwrap().merge().unwrap();
    assert!(matches!(
        person.write_merged(merged).unwrap(),
        Written::Applied(Applied::Current)
    ));
    assert_eq!(
        items(&person),
        [
            "Bank card in the blue coat",
            "Copies of the order",
            "Spare keys with Jo"
        ]
    );
}

/// The person stops sharing the section with this advocate while the advocate's change is
/// being merged: it must not land in a section no longer shared with them.
#[test]
fn a_section_unshared_while_a_merge_runs_takes_nothing_from_it() {
    let (mut person, _advocate, id, incoming) = advocates_change_on_its_way();
    let reading = person.read_for_apply(incoming).unwrap();
    person.unshare_document(LINK, &id).unwrap();
    let merged = reading.merge().unwrap();
    let again = match person.write_merged(merged).unwrap() {
        Written::Moved(again) => again,
        Written::Applied(applied) => panic!("taken into an unshared section: {applied:?}"),
    };
    assert_eq!(items(&person), ["Spare keys with Jo"]);
    assert!(matches!(
        person.read_for_apply(again),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(items(&person), ["Spare keys with Jo"]);
}

/// Anything else written meanwhile (a contact, a draft saved every few seconds) leaves the
/// merge good: it is written, and the other write is kept.
#[test]
fn other_writes_while_a_merge_runs_do_not_hold_it_back() {
    let (mut person, _advocate, _id, incoming) = advocates_change_on_its_way();
    let reading = person.read_for_apply(incoming).unwrap();
    person
        .add_plan_item(Section::SafePlaces, "The library on Hill Street")
        .unwrap();
    let merged = reading.merge().unwrap();
    assert!(matches!(
        person.write_merged(merged).unwrap(),
        Written::Applied(Applied::Current)
    ));
    assert_eq!(
        items(&person),
        ["Copies of the order", "Spare keys with Jo"]
    );
    assert_eq!(
        person.plan_section(Section::SafePlaces).unwrap().items[0].text,
        "The library on Hill Street"
    );
}

/// A change to `id` as `other` holds it, by a new author, made by `edit`.
fn change_by_a_new_author(
    other: &Store,
    id: &str,
    edit: impl FnOnce(&mut automerge::AutoCommit),
) -> Vec<u8> {
    let mut am = automerge::AutoCommit::load(&other.document_bytes(id).unwrap()).unwrap();
    am.set_actor(automerge::ActorId::random());
    edit(&mut am);
    am.commit();
    am.get_last_local_change().unwrap().raw_bytes().to_vec()
}

/// Each item is a row (and an entry in the search index) written again, with the vault held,
/// at every change to the section: the other side filling a section with items in one change
/// (40,000 fit in one frame) would make every later change, and each of the person's own saves,
/// hold the vault for seconds. Past 2,000 items it is refused, with nothing written.
#[test]
fn the_other_side_cannot_fill_a_section_with_items() {
    use automerge::transaction::Transactable;
    use automerge::{ObjType, ROOT, ReadDoc};
    let (mut person, advocate, id) = shared_section();
    let adding = |count: usize| {
        change_by_a_new_author(&advocate, &id, |am| {
            let Ok(Some((_, items))) = am.get(ROOT, "items") else {
                panic!("a section has items");
            };
            for n in 0..count {
                let item = am
                    .put_object(&items, format!("flood-{n}"), ObjType::Map)
                    .unwrap();
                am.put(&item, "position", n as i64).unwrap();
            }
        })
    };
    assert!(matches!(
        person.apply_document_changes(LINK, &id, &[adding(2_000)], Unshared::Refuse),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(items(&person), ["Spare keys with Jo"]);
    // Up to the limit is taken (the section holds one item already).
    person
        .apply_document_changes(LINK, &id, &[adding(1_999)], Unshared::Refuse)
        .unwrap();
    assert_eq!(
        person.plan_section(Section::EscapeBag).unwrap().items.len(),
        2_000
    );
}

/// Many people editing at once leave many heads, and folding what a link is known to hold
/// replays the document: that is done while merging, without the vault, from what the link was
/// known to hold when the merge began. A send recording more as held there meanwhile is never
/// written over with that older account.
#[test]
fn what_a_link_holds_is_folded_while_merging_and_never_written_over_a_newer_account() {
    use automerge::ROOT;
    use automerge::transaction::Transactable;
    let (mut person, advocate, id) = shared_section();
    // A send records the section's first change as held there while a merge runs.
    let (all, _) = person.document_changes(&id, &[]).unwrap();
    let first = automerge::Change::try_from(all[0].as_slice())
        .unwrap()
        .hash()
        .0;
    let one = vec![change_by_a_new_author(&advocate, &id, |am| {
        am.put(ROOT, "one", 1).unwrap();
    })];
    let incoming = Incoming::parse(LINK, &id, &one, Unshared::Refuse).unwrap();
    let reading = person.read_for_apply(incoming).unwrap();
    person.mark_document_sending(LINK, &id, &[first]).unwrap();
    let merged = reading.merge().unwrap();
    let again = match person.write_merged(merged).unwrap() {
        Written::Moved(again) => again,
        Written::Applied(_) => panic!("written over what the send recorded"),
    };
    let merged = person.read_for_apply(again).unwrap().merge().unwrap();
    assert!(matches!(
        person.write_merged(merged).unwrap(),
        Written::Applied(_)
    ));

    // 33 people's apps, each adding a line from the same copy: 34 heads to keep, folded.
    let changes: Vec<Vec<u8>> = (0..33)
        .map(|n| {
            change_by_a_new_author(&advocate, &id, |am| {
                am.put(ROOT, format!("k{n}"), 1).unwrap();
            })
        })
        .collect();
    let incoming = Incoming::parse(LINK, &id, &changes, Unshared::Refuse).unwrap();
    let merged = person.read_for_apply(incoming).unwrap().merge().unwrap();
    assert!(matches!(
        person.write_merged(merged).unwrap(),
        Written::Applied(Applied::Current)
    ));
    assert_eq!(person.document_heads(&id).unwrap().len(), 34);
}

/// The person saving the same section during every merge would have the other side's change
/// handed back for ever (or merged with the vault held, for seconds). The last round brings
/// the person's edits into the merge instead: both are written, and the person's edit still
/// goes to the other side with the next send (it was never sent).
#[test]
fn the_persons_edits_during_the_last_merge_are_brought_in_not_waited_for() {
    let (mut person, _advocate, id, incoming) = advocates_change_on_its_way();
    let reading = person.read_for_apply(incoming).unwrap();
    person
        .add_plan_item(Section::EscapeBag, "Bank card in the blue coat")
        .unwrap();
    let merged = reading.merge().unwrap();
    assert!(matches!(
        person.write_merged_bringing_in_edits(merged).unwrap(),
        Written::Applied(Applied::Current)
    ));
    assert_eq!(
        items(&person),
        [
            "Bank card in the blue coat",
            "Copies of the order",
            "Spare keys with Jo"
        ]
    );
    let (unsent, _) = person.document_changes(&id, &sent(&person, &id)).unwrap();
    assert!(!unsent.is_empty(), "the person's edit is still to be sent");
    // Anything else moved on (here: the section unshared) still hands the changes back.
    let (mut person, _advocate, id, incoming) = advocates_change_on_its_way();
    let reading = person.read_for_apply(incoming).unwrap();
    person.unshare_document(LINK, &id).unwrap();
    let merged = reading.merge().unwrap();
    assert!(matches!(
        person.write_merged_bringing_in_edits(merged).unwrap(),
        Written::Moved(_)
    ));
    assert_eq!(items(&person), ["Spare keys with Jo"]);
}

/// One value of a megabyte is one operation (the operation limits do not see it) and the saved
/// document is compressed (so the size limit hardly does): the other side filling a section
/// with text would make every later change, and each of the person's own saves, write it all
/// again into rows and the search index with the vault held. Past 2 MB of text it is refused.
#[test]
fn the_other_side_cannot_fill_a_section_with_text() {
    use automerge::transaction::Transactable;
    use automerge::{ObjType, ROOT, ReadDoc};
    let (mut person, advocate, id) = shared_section();
    let adding = |count: usize, bytes: usize| {
        change_by_a_new_author(&advocate, &id, |am| {
            let Ok(Some((_, items))) = am.get(ROOT, "items") else {
                panic!("a section has items");
            };
            for n in 0..count {
                let item = am
                    .put_object(&items, format!("long-{n}"), ObjType::Map)
                    .unwrap();
                am.put(&item, "text", "x".repeat(bytes)).unwrap();
            }
        })
    };
    let flood = adding(3, 1_000_000);
    assert!(matches!(
        person.apply_document_changes(LINK, &id, &[flood], Unshared::Refuse),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(items(&person), ["Spare keys with Jo"]);
    // Long, but within the limit: taken.
    person
        .apply_document_changes(LINK, &id, &[adding(1, 500_000)], Unshared::Refuse)
        .unwrap();
    assert_eq!(
        person.plan_section(Section::EscapeBag).unwrap().items.len(),
        2
    );
}
