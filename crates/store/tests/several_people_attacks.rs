//! Attacks on a person's vault that shares with several people at once (from a review): one of
//! them writing as another, a document rebuilt while a send to someone was on its way, and a
//! link number given twice. Each test performs the attack and asserts it fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod history;

use automerge::transaction::Transactable;
use automerge::{AutoCommit, Change, ChangeHash, ROOT};
use harbour_store::*;
use history::store;

/// Each other side's copy has one link: the person's.
const THEIRS: LinkId = LinkId::FIRST;

/// What `person` has sent of `id` through `link`.
fn sent(person: &Store, link: LinkId, id: &str) -> Vec<Head> {
    person
        .shared_documents(link)
        .unwrap()
        .into_iter()
        .find(|d| d.id == id)
        .map(|d| d.sent_heads)
        .unwrap_or_default()
}

/// The person's app sends `id` to `other` through `link`, as the engine does.
fn push(person: &mut Store, link: LinkId, other: &mut Store, id: &str) -> Result<(), StoreError> {
    let (changes, heads) = person.document_changes(id, &sent(person, link, id))?;
    other.apply_document_changes(THEIRS, id, &changes, Unshared::Adopt)?;
    person.mark_document_sent(link, id, &heads)
}

/// `other`'s app sends its changes to `id` to the person, who takes them through `link`.
fn pull(person: &mut Store, link: LinkId, other: &mut Store, id: &str) -> Result<(), StoreError> {
    let (changes, heads) = other.document_changes(id, &sent(other, THEIRS, id))?;
    person.apply_document_changes(link, id, &changes, Unshared::Refuse)?;
    other.mark_document_sent(THEIRS, id, &heads)
}

/// The solicitor learns the advocate's automerge actor from a section shared with both (the
/// person's app passes the advocate's edits on) and sends a change under it, numbered next: were
/// it taken, the advocate's own next change (the same actor and number) could never be applied
/// again, here or in their copy, and the section would stay split for good.
#[test]
fn one_person_cannot_write_under_another_persons_author_and_split_a_section() {
    let (advocate_link, solicitor_link) = (LinkId(1), LinkId(2));
    let mut person = store();
    let mut advocate = store();
    let mut solicitor = store();
    let section = Section::EscapeBag;
    let id = section.document_id();
    person.set_section_notes(section, "Pack the bag.").unwrap();
    person.share_document(advocate_link, &id).unwrap();
    person.share_document(solicitor_link, &id).unwrap();
    push(&mut person, advocate_link, &mut advocate, &id).unwrap();
    push(&mut person, solicitor_link, &mut solicitor, &id).unwrap();

    advocate
        .set_section_notes(section, "Pack the bag. Passports.")
        .unwrap();
    let (advocates, _) = advocate
        .document_changes(&id, &sent(&advocate, THEIRS, &id))
        .unwrap();
    let advocates_actor = Change::try_from(advocates[0].as_slice())
        .unwrap()
        .actor_id()
        .clone();
    pull(&mut person, advocate_link, &mut advocate, &id).unwrap();
    push(&mut person, solicitor_link, &mut solicitor, &id).unwrap();

    // The forgery, built on the solicitor's copy under the advocate's actor.
    let before: Vec<ChangeHash> = solicitor
        .document_heads(&id)
        .unwrap()
        .into_iter()
        .map(ChangeHash)
        .collect();
    let mut am = AutoCommit::load(&solicitor.document_bytes(&id).unwrap()).unwrap();
    am.set_actor(advocates_actor.clone());
    am.put(ROOT, "zz", "x").unwrap();
    am.commit();
    let forged: Vec<Vec<u8>> = am
        .get_changes(&before)
        .iter()
        .map(|c| c.raw_bytes().to_vec())
        .collect();
    assert_eq!(forged.len(), 1);
    assert_eq!(
        *Change::try_from(forged[0].as_slice()).unwrap().actor_id(),
        advocates_actor
    );
    assert!(matches!(
        person.apply_document_changes(solicitor_link, &id, &forged, Unshared::Refuse),
        Err(StoreError::Invalid(_))
    ));

    // The advocate's next edit still goes both ways, and the copies agree.
    advocate
        .set_section_notes(section, "Pack the bag. Passports. Spare keys.")
        .unwrap();
    pull(&mut person, advocate_link, &mut advocate, &id).unwrap();
    push(&mut person, advocate_link, &mut advocate, &id).unwrap();
    push(&mut person, solicitor_link, &mut solicitor, &id).unwrap();
    for copy in [&advocate, &solicitor] {
        assert_eq!(
            copy.plan_section(section).unwrap().notes,
            "Pack the bag. Passports. Spare keys."
        );
    }
    assert_eq!(
        person.plan_section(section).unwrap().notes,
        "Pack the bag. Passports. Spare keys."
    );
}

/// A send to the advocate is on its way when the person stops sharing the section with them and
/// shares it with the solicitor (so it is rebuilt: nobody else has it). What was on its way must
/// stay in the rebuilt section, or the advocate's copy, once shared with again, takes the same
/// words twice.
#[test]
fn a_section_rebuilt_while_a_send_was_on_its_way_never_doubles_its_words() {
    let (advocate_link, solicitor_link) = (LinkId(1), LinkId(2));
    let mut person = store();
    let mut advocate = store();
    let mut solicitor = store();
    let section = Section::EscapeBag;
    let id = section.document_id();
    person.set_section_notes(section, "Pack the bag.").unwrap();
    person.share_document(advocate_link, &id).unwrap();
    push(&mut person, advocate_link, &mut advocate, &id).unwrap();

    // Two edits, sealed for the advocate (the engine notes them as going), not yet stored.
    person
        .set_section_notes(section, "Pack the bag. Passports.")
        .unwrap();
    person
        .set_section_notes(section, "Pack the bag. Passports. Charger.")
        .unwrap();
    let (on_its_way, heads) = person
        .document_changes(&id, &sent(&person, advocate_link, &id))
        .unwrap();
    person
        .mark_document_sending(advocate_link, &id, &heads)
        .unwrap();

    person.unshare_document(advocate_link, &id).unwrap();
    person.share_document(solicitor_link, &id).unwrap();
    push(&mut person, solicitor_link, &mut solicitor, &id).unwrap();
    // The send arrives after all; marking it finds the section no longer shared with them.
    advocate
        .apply_document_changes(THEIRS, &id, &on_its_way, Unshared::Adopt)
        .unwrap();
    assert!(matches!(
        person.mark_document_delivered(advocate_link, &id, &heads, 7),
        Err(StoreError::NotFound)
    ));

    // Shared with the advocate again: their copy ends up as the person's, words once each.
    person.share_document(advocate_link, &id).unwrap();
    push(&mut person, advocate_link, &mut advocate, &id).unwrap();
    for copy in [&person, &advocate, &solicitor] {
        assert_eq!(
            copy.plan_section(section).unwrap().notes,
            "Pack the bag. Passports. Charger."
        );
    }
}

/// A link's number is never given again, even when the link before it ended having sent
/// nothing: anything of the old one's left behind could otherwise be taken for the new one's.
#[test]
fn a_link_number_is_never_given_twice() {
    let mut person = store();
    let first = person.new_link().unwrap();
    let second = person.new_link().unwrap();
    assert_eq!((first, second), (LinkId(1), LinkId(2)));
    person.end_sharing(second).unwrap();
    person.end_sharing(first).unwrap();
    assert_eq!(person.new_link().unwrap(), LinkId(3));
}
