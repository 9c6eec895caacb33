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

/// A person sharing their escape bag, and their advocate's copy of it, with one change of the
/// advocate's on its way to the person (parsed, as the engine hands it over).
fn advocates_change_on_its_way() -> (Store, Store, String, Incoming) {
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
    advocate
        .add_plan_item(section, "Copies of the order")
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
