//! Sharing state: changes sent incrementally, early changes waiting for what they build on,
//! and documents the other side may not change.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use harbour_store::*;
use rusqlite::Connection;

use harbour_store::LinkId;
/// The only link these tests make.
const LINK: LinkId = LinkId::FIRST;

fn store() -> Store {
    Store::open(Connection::open_in_memory().unwrap()).unwrap()
}

fn section_id(store: &Store) -> String {
    store
        .list_documents()
        .unwrap()
        .into_iter()
        .find(|(_, k)| *k == DocumentKind::PlanSection)
        .unwrap()
        .0
}

fn section_of(store: &Store, id: &str) -> Section {
    store
        .plan()
        .unwrap()
        .sections
        .iter()
        .map(|s| s.section)
        .find(|s| s.document_id() == id)
        .unwrap()
}

/// A contact made on `store`, and its whole history as changes.
fn new_contact(store: &mut Store) -> (Contact, Vec<Vec<u8>>) {
    let contact = store
        .add_contact(&ContactFields {
            name: "Sam".into(),
            ..Default::default()
        })
        .unwrap();
    let (changes, _) = store.document_changes(&contact.id, &[]).unwrap();
    (contact, changes)
}

#[test]
fn changes_arriving_out_of_order_wait_and_then_apply() {
    let (mut a, mut b) = (store(), store());
    let id = section_id(&a);
    let section = section_of(&a, &id);
    a.share_document(LINK, &id).unwrap();
    b.share_document(LINK, &id).unwrap();
    // As if B had sent its copy already (a fresh share sends the whole history once).
    let heads = b.document_heads(&id).unwrap();
    b.mark_document_sent(LINK, &id, &heads).unwrap();

    // Three edits on A, each sent as its own batch of changes.
    let mut batches = Vec::new();
    for notes in ["one", "one two", "one two three"] {
        a.set_section_notes(section, notes).unwrap();
        let sent = a.shared_documents(LINK).unwrap()[0].sent_heads.clone();
        let (changes, heads) = a.document_changes(&id, &sent).unwrap();
        assert!(!changes.is_empty());
        a.mark_document_sent(LINK, &id, &heads).unwrap();
        batches.push(changes);
    }
    // The first batch includes the section's shared first change; B already has it.
    assert!(batches[0].len() > batches[1].len() || batches[1].len() == 1);

    // The last one first: it waits, and nothing shows yet.
    assert!(matches!(
        b.apply_document_changes(LINK, &id, &batches[2], Unshared::Refuse)
            .unwrap(),
        Applied::Waiting { .. }
    ));
    assert_eq!(b.plan_section(section).unwrap().notes, "");
    // A duplicate changes nothing.
    b.apply_document_changes(LINK, &id, &batches[2], Unshared::Refuse)
        .unwrap();
    // The middle one: still waiting for the first.
    assert_eq!(
        b.apply_document_changes(LINK, &id, &batches[1], Unshared::Refuse)
            .unwrap(),
        Applied::Waiting { changes: 2 }
    );
    // The first: all three apply.
    assert_eq!(
        b.apply_document_changes(LINK, &id, &batches[0], Unshared::Refuse)
            .unwrap(),
        Applied::Current
    );
    assert_eq!(b.plan_section(section).unwrap().notes, "one two three");
    assert_eq!(
        b.document_heads(&id).unwrap(),
        a.document_heads(&id).unwrap()
    );
    // What came in is not sent back: B had nothing unsent.
    let sent = b.shared_documents(LINK).unwrap()[0].sent_heads.clone();
    assert!(b.document_changes(&id, &sent).unwrap().0.is_empty());
}

#[test]
fn a_document_that_is_not_shared_takes_no_changes_unless_adopted() {
    let (mut a, mut b) = (store(), store());
    let (contact, changes) = new_contact(&mut a);

    // B's own section is not shared: changes to it are refused.
    let id = section_id(&a);
    a.set_section_notes(section_of(&a, &id), "private").unwrap();
    let (section_changes, _) = a.document_changes(&id, &[]).unwrap();
    let err = b
        .apply_document_changes(LINK, &id, &section_changes, Unshared::Refuse)
        .unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)), "{err:?}");
    assert_eq!(b.plan_section(section_of(&b, &id)).unwrap().notes, "");

    // An advocate's copy adopts a new document and shares it back.
    assert_eq!(
        b.apply_document_changes(LINK, &contact.id, &changes, Unshared::Adopt)
            .unwrap(),
        Applied::Current
    );
    assert_eq!(b.contact(&contact.id).unwrap().fields.name, "Sam");
    let shared = b.shared_documents(LINK).unwrap();
    assert!(
        shared
            .iter()
            .any(|d| d.id == contact.id && d.kind == DocumentKind::Contact)
    );
}

#[test]
fn changes_that_would_change_what_a_document_is_are_refused() {
    let (mut a, mut b) = (store(), store());
    let (contact, changes) = new_contact(&mut a);
    // Offered under another document's id: refused, nothing adopted.
    assert!(
        b.apply_document_changes(LINK, "contact-elsewhere", &changes, Unshared::Adopt)
            .is_err()
    );
    assert!(b.shared_documents(LINK).unwrap().is_empty());
    // Garbage is refused calmly.
    let err = b
        .apply_document_changes(
            LINK,
            &contact.id,
            &[b"not a change".to_vec()],
            Unshared::Adopt,
        )
        .unwrap_err();
    assert_eq!(err.to_string(), "sharing-change-unreadable");
}

#[test]
fn share_state_round_trips_and_ending_sharing_forgets_it() {
    let mut a = store();
    let id = section_id(&a);
    a.share_document(LINK, &id).unwrap();
    assert!(a.share_state(LINK, "link").unwrap().is_none());
    a.set_share_state(LINK, "link", b"state").unwrap();
    assert_eq!(
        a.share_state(LINK, "link").unwrap().unwrap().as_slice(),
        b"state"
    );
    a.end_sharing(LINK).unwrap();
    assert!(a.share_state(LINK, "link").unwrap().is_none());
    assert!(a.shared_documents(LINK).unwrap().is_empty());
    // The document itself stays.
    assert!(a.document_heads(&id).is_ok());
    assert!(matches!(
        a.share_document(LINK, "no-such-document"),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn notes_saved_from_an_older_version_keep_what_arrived_meanwhile() {
    let (mut person, mut advocate) = (store(), store());
    let id = Section::EscapeBag.document_id();
    person.share_document(LINK, &id).unwrap();
    person
        .set_section_notes(Section::EscapeBag, "Bag at Jo's.")
        .unwrap();
    let (all, _) = person.document_changes(&id, &[]).unwrap();
    advocate
        .apply_document_changes(LINK, &id, &all, Unshared::Adopt)
        .unwrap();

    // The person opens the notes (this is the version they start from) and starts typing...
    let seen = person.document_heads(&id).unwrap();
    // ...while the advocate's line arrives.
    let before = advocate.document_heads(&id).unwrap();
    advocate
        .set_section_notes(Section::EscapeBag, "Bag at Jo's.\nAdvocate: spare charger.")
        .unwrap();
    let (theirs, _) = advocate.document_changes(&id, &before).unwrap();
    person
        .apply_document_changes(LINK, &id, &theirs, Unshared::Refuse)
        .unwrap();

    // Saving the whole box as the person sees it keeps the advocate's line: their edit is made
    // on top of the version they saw, then merged.
    person
        .set_section_notes_from(Section::EscapeBag, "Bag at Jo's. Passports.", &seen)
        .unwrap();
    // Both inserted at the same place: which comes first depends on the two editors' random
    // ids, and either is a correct merge. What matters is that both are there, whole.
    let notes = person.plan_section(Section::EscapeBag).unwrap().notes;
    assert!(
        notes == "Bag at Jo's. Passports.\nAdvocate: spare charger."
            || notes == "Bag at Jo's.\nAdvocate: spare charger. Passports.",
        "{notes:?}"
    );

    // Saved over the current version instead (no version given), the line would be gone: the
    // difference is what the version is for.
    person
        .set_section_notes(Section::EscapeBag, "Bag at Jo's. Passports.")
        .unwrap();
    assert_eq!(
        person.plan_section(Section::EscapeBag).unwrap().notes,
        "Bag at Jo's. Passports."
    );

    // A version this vault never had (a restore in between) edits the current one.
    person
        .set_section_notes_from(Section::EscapeBag, "Only this.", &[[7u8; 32]])
        .unwrap();
    assert_eq!(
        person.plan_section(Section::EscapeBag).unwrap().notes,
        "Only this."
    );
}

#[test]
fn an_item_saved_from_an_older_version_keeps_what_arrived_meanwhile() {
    let (mut person, mut advocate) = (store(), store());
    let id = Section::EscapeBag.document_id();
    person.share_document(LINK, &id).unwrap();
    let item = person
        .add_plan_item(Section::EscapeBag, "Pack the charger")
        .unwrap();
    let (all, _) = person.document_changes(&id, &[]).unwrap();
    advocate
        .apply_document_changes(LINK, &id, &all, Unshared::Adopt)
        .unwrap();

    // The person starts changing the step; meanwhile the advocate adds to it.
    let seen = person.document_heads(&id).unwrap();
    let before = advocate.document_heads(&id).unwrap();
    advocate
        .update_plan_item(&item.id, "Pack the charger and the spare phone")
        .unwrap();
    let (theirs, _) = advocate.document_changes(&id, &before).unwrap();
    person
        .apply_document_changes(LINK, &id, &theirs, Unshared::Refuse)
        .unwrap();

    let saved = person
        .update_plan_item_from(&item.id, "Pack the charger tonight", &seen)
        .unwrap();
    assert!(
        saved.text.contains("tonight") && saved.text.contains("spare phone"),
        "both changes are kept: {:?}",
        saved.text
    );
    assert_eq!(person.plan_item(&item.id).unwrap().text, saved.text);

    // An item made after the version given is edited as it is now.
    let newer = person
        .add_plan_item(Section::EscapeBag, "Keep copies of documents")
        .unwrap();
    let changed = person
        .update_plan_item_from(&newer.id, "Keep copies of documents at Jo's", &seen)
        .unwrap();
    assert_eq!(changed.text, "Keep copies of documents at Jo's");
    // Without a version, the save is over the current text (what the version is for).
    let over = person
        .update_plan_item(&item.id, "Pack the charger tonight")
        .unwrap();
    assert_eq!(over.text, "Pack the charger tonight");
}

/// The document `history` (changes as sent) makes, to build hostile changes on.
fn document_of(history: &[Vec<u8>]) -> automerge::AutoCommit {
    let mut doc = automerge::AutoCommit::new();
    for bytes in history {
        doc.apply_changes([automerge::Change::from_bytes(bytes.clone()).unwrap()])
            .unwrap();
    }
    doc
}

/// A change compressed so that a few kilobytes inflate to 64 MiB (a "zip bomb" from a hostile
/// other side): refused before anything is inflated, and nothing is written; so is a whole
/// document.
#[test]
fn a_compressed_change_is_refused_without_being_inflated() {
    let (mut advocate, id, history) = adopted_contact();
    // A change holding 64 MiB of one letter, on top of the contact's history.
    let mut doc = document_of(&history);
    use automerge::transaction::Transactable;
    doc.put(automerge::ROOT, "notes", "a".repeat(64 * 1024 * 1024))
        .unwrap();
    let mut bomb = doc.get_last_local_change().unwrap().clone();
    let compressed = bomb.bytes().to_vec();
    assert_eq!(compressed[8], 2, "automerge compressed it");
    assert!(compressed.len() < 1024 * 1024, "{}", compressed.len());
    let before = advocate.contact(&id).unwrap();
    let started = std::time::Instant::now();
    assert!(matches!(
        advocate.apply_document_changes(LINK, &id, &[compressed], Unshared::Adopt),
        Err(StoreError::Invalid(_))
    ));
    println!("refused in {:?}", started.elapsed());
    assert_eq!(advocate.contact(&id).unwrap(), before);
    // A bundle or a whole document is not a change either.
    let whole = doc.save();
    assert!(matches!(
        advocate.apply_document_changes(LINK, &id, &[whole], Unshared::Adopt),
        Err(StoreError::Invalid(_))
    ));
}

/// A contact made in the person's vault and adopted by the advocate's: the advocate's store,
/// the contact's id and its history.
fn adopted_contact() -> (Store, String, Vec<Vec<u8>>) {
    let mut person = store();
    let mut advocate = store();
    let (contact, history) = new_contact(&mut person);
    advocate
        .apply_document_changes(LINK, &contact.id, &history, Unshared::Adopt)
        .unwrap();
    (advocate, contact.id, history)
}

/// One more change on the contact's `history`, of one operation (a value set to null): the
/// template the rewritten changes below repeat.
fn one_operation(history: &[Vec<u8>]) -> Vec<u8> {
    let mut doc = document_of(history);
    use automerge::transaction::Transactable;
    doc.put(automerge::ROOT, "nickname", automerge::ScalarValue::Null)
        .unwrap();
    doc.commit();
    doc.get_last_local_change().unwrap().raw_bytes().to_vec()
}

/// `change` (a plain change of one operation) rewritten so every column repeats its one value
/// `ops` times: a valid change, its checksum right, a few bytes longer, claiming `ops` operations.
fn claiming(change: &[u8], ops: u64) -> Vec<u8> {
    claiming_in_chain(change, ops, None)
}

/// [`claiming`], and with `chain` (dependencies, seq, start op) written over the change's own.
fn claiming_in_chain(
    change: &[u8],
    ops: u64,
    chain: Option<(&[automerge::ChangeHash], u64, u64)>,
) -> Vec<u8> {
    fn uleb(b: &[u8], at: &mut usize) -> u64 {
        let (mut v, mut shift) = (0u64, 0);
        loop {
            let byte = b[*at];
            *at += 1;
            v |= u64::from(byte & 0x7f) << shift;
            shift += 7;
            if byte & 0x80 == 0 {
                return v;
            }
        }
    }
    fn put_uleb(out: &mut Vec<u8>, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                out.push(byte);
                return;
            }
            out.push(byte | 0x80);
        }
    }
    fn put_sleb(out: &mut Vec<u8>, mut v: i64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0) {
                out.push(byte);
                return;
            }
            out.push(byte | 0x80);
        }
    }
    assert_eq!(change[8], 1, "a plain change");
    let mut at = 9;
    uleb(change, &mut at);
    let body = at;
    let deps = uleb(change, &mut at);
    at += 32 * deps as usize;
    let actor = uleb(change, &mut at);
    at += actor as usize;
    uleb(change, &mut at); // seq
    uleb(change, &mut at); // start op
    uleb(change, &mut at); // time
    let message = uleb(change, &mut at);
    at += message as usize;
    for _ in 0..uleb(change, &mut at) {
        let len = uleb(change, &mut at);
        at += len as usize;
    }
    let columns_at = at;
    let columns: Vec<(u64, u64)> = (0..uleb(change, &mut at))
        .map(|_| (uleb(change, &mut at), uleb(change, &mut at)))
        .collect();
    let mut out_body = match chain {
        None => change[body..columns_at].to_vec(),
        Some((deps, seq, start_op)) => {
            let mut head = Vec::new();
            put_uleb(&mut head, deps.len() as u64);
            for dep in deps {
                head.extend_from_slice(&dep.0);
            }
            // The same author as the template (its actor, no other authors, no message).
            let mut at = body;
            let skip = uleb(change, &mut at);
            at += 32 * skip as usize;
            let actor_at = at;
            let actor = uleb(change, &mut at);
            head.extend_from_slice(&change[actor_at..at + actor as usize]);
            put_uleb(&mut head, seq);
            put_uleb(&mut head, start_op);
            head.extend([0, 0, 0]);
            head
        }
    };
    let mut data = Vec::new();
    let mut specs = Vec::new();
    for (spec, len) in columns {
        let column = &change[at..at + len as usize];
        at += len as usize;
        let mut new = Vec::new();
        match spec & 7 {
            // Booleans: alternating run lengths, false first.
            4 => put_uleb(&mut new, ops),
            // Raw values: none (the value is null).
            7 => assert!(column.is_empty()),
            // Run-length encoded: a run of one value, or a run of nulls.
            _ if column.is_empty() => {}
            _ if column[0] == 0 => {
                new.push(0);
                put_uleb(&mut new, ops);
            }
            _ => {
                // A run of one value (1), or one value written out (-1): either way, repeated.
                assert!(column[0] == 1 || column[0] == 0x7f, "{column:?}");
                put_sleb(&mut new, ops as i64);
                new.extend_from_slice(&column[1..]);
            }
        }
        specs.push((spec, new.len() as u64));
        data.extend(new);
    }
    put_uleb(&mut out_body, specs.len() as u64);
    for (spec, len) in specs {
        put_uleb(&mut out_body, spec);
        put_uleb(&mut out_body, len);
    }
    out_body.extend(data);
    out_body.extend_from_slice(&change[at..]);
    plain_change(&out_body)
}

/// A plain change chunk around `body`, its checksum right.
fn plain_change(body: &[u8]) -> Vec<u8> {
    let mut header = vec![1u8];
    let mut len = body.len();
    while len >= 0x80 {
        header.push((len & 0x7f) as u8 | 0x80);
        len >>= 7;
    }
    header.push(len as u8);
    use sha2::Digest;
    let hash = sha2::Sha256::new()
        .chain_update(&header)
        .chain_update(body)
        .finalize();
    let mut chunk = vec![0x85, 0x6f, 0x4a, 0x83];
    chunk.extend_from_slice(&hash[..4]);
    chunk.extend(header);
    chunk.extend_from_slice(body);
    chunk
}

/// A change with no operations by `actor`, numbered `seq`, on `deps`, naming `others` and
/// followed by `extra` bytes (automerge reads `01 00` there as an empty author).
fn empty_change(
    actor: u8,
    seq: u8,
    deps: &[automerge::ChangeHash],
    others: &[u8],
    extra: &[u8],
) -> Vec<u8> {
    let mut body = vec![deps.len() as u8];
    for dep in deps {
        body.extend_from_slice(&dep.0);
    }
    body.push(16);
    body.extend([actor; 16]);
    // seq, start op, time, no message
    body.extend([seq, 41, 0, 0]);
    body.push(others.len() as u8);
    for other in others {
        body.push(16);
        body.extend([*other; 16]);
    }
    // no columns
    body.push(0);
    body.extend_from_slice(extra);
    plain_change(&body)
}

fn hash_of(change: &[u8]) -> automerge::ChangeHash {
    automerge::Change::try_from(change).unwrap().hash()
}

/// Changes automerge panics on (a release build aborts: the person's app would close whenever
/// the other side sent one): found by the `shared_changes` fuzz target (an author never seen
/// numbered 111; a first change naming an author nobody has heard of) and by the attack review
/// (an author footer on a second change; a second change that does not build on the first,
/// which automerge, ordering a batch its own way, applied first). Each is refused, nothing is
/// written, and honest changes still go in.
#[test]
fn a_change_whose_authors_earlier_changes_are_missing_is_refused_not_a_crash() {
    let (mut advocate, id, history) = adopted_contact();
    let before = advocate.contact(&id).unwrap();
    let head = document_of(&history).get_heads()[0];
    let a1 = empty_change(7, 1, &[head], &[], &[]);
    let b1 = empty_change(8, 1, &[head], &[], &[]);
    let c1 = empty_change(9, 1, &[head], &[], &[]);
    for attempt in [
        vec![empty_change(7, 111, &[head], &[], &[])],
        vec![empty_change(7, 111, &[], &[], &[])],
        vec![
            empty_change(7, 1, &[head], &[], &[]),
            empty_change(7, 2, &[head], &[], &[]),
        ],
        vec![empty_change(7, 1, &[head], &[9], &[])],
        vec![
            a1.clone(),
            empty_change(7, 2, &[hash_of(&a1)], &[], &[1, 0]),
        ],
        vec![
            b1.clone(),
            c1.clone(),
            empty_change(7, 1, &[hash_of(&c1)], &[], &[]),
            empty_change(7, 2, &[hash_of(&b1)], &[], &[]),
        ],
    ] {
        let refused = advocate.apply_document_changes(LINK, &id, &attempt, Unshared::Adopt);
        assert!(
            matches!(refused, Err(StoreError::Invalid(_))),
            "{refused:?}"
        );
        assert_eq!(advocate.contact(&id).unwrap(), before);
    }
    // An author's first change, and the next built on it, are taken, in either order.
    advocate
        .apply_document_changes(
            LINK,
            &id,
            &[empty_change(7, 2, &[hash_of(&a1)], &[], &[]), a1],
            Unshared::Adopt,
        )
        .unwrap();
}

/// Changes within the limits, each call: waiting for a change not yet sent (their operations
/// count with the next call's), or applied one after another until the document holds
/// millions of operations (each apply slower than the last, with the vault held). Both are
/// refused once past the limits.
#[test]
fn operations_are_counted_across_waiting_changes_and_the_whole_document() {
    let (mut advocate, id, history) = adopted_contact();
    let head = document_of(&history).get_heads()[0];
    let template = one_operation(&history);
    let big = 200_000u64;
    // A chain by one author: seq 1 on the contact, each next on the one before.
    let mut chain = Vec::new();
    let mut deps = vec![head];
    for seq in 1..=12u64 {
        let change = claiming_in_chain(&template, big, Some((&deps, seq, 10_000 + seq * big)));
        deps = vec![hash_of(&change)];
        chain.push(change);
    }
    // Waiting: the chain without its first change. Two wait; two more with them are too many.
    assert!(matches!(
        advocate.apply_document_changes(LINK, &id, &chain[1..3], Unshared::Adopt),
        Ok(Applied::Waiting { changes: 2 })
    ));
    assert!(matches!(
        advocate.apply_document_changes(LINK, &id, &chain[3..5], Unshared::Adopt),
        Err(StoreError::Invalid(_))
    ));
    // In order, two at a time, in another copy: taken until the document would hold over two
    // million (the contact's own few and 9 × 200,000 would fit; the pair with the tenth not).
    let mut grower = store();
    grower
        .apply_document_changes(LINK, &id, &history, Unshared::Adopt)
        .unwrap();
    let mut taken = 0;
    for pair in chain.chunks(2) {
        match grower.apply_document_changes(LINK, &id, pair, Unshared::Adopt) {
            Ok(_) => taken += pair.len(),
            Err(StoreError::Invalid(_)) => break,
            Err(e) => panic!("{e:?}"),
        }
    }
    assert_eq!(taken, 8);
}

/// A change of a few bytes whose columns repeat one operation billions of times (run-length
/// encoding makes that cheap to write): automerge would walk every one before anything could
/// look at the count, holding the vault, then fill memory applying them. It is refused from
/// its bytes, at once, and nothing is written.
#[test]
fn a_change_claiming_billions_of_operations_is_refused_unread() {
    let (mut advocate, id, history) = adopted_contact();
    let one = one_operation(&history);
    // The rewriting makes changes automerge takes as they claim: 3 million here.
    let three_million = claiming(&one, 3_000_000);
    let parsed = automerge::Change::try_from(three_million.as_slice()).unwrap();
    assert_eq!(parsed.len(), 3_000_000, "automerge reads every one");
    let before = advocate.contact(&id).unwrap();
    for ops in [3_000_000u64, 4_000_000_000_000] {
        let bomb = claiming(&one, ops);
        assert!(bomb.len() < one.len() + 32, "{} bytes", bomb.len());
        let started = std::time::Instant::now();
        let refused = advocate.apply_document_changes(LINK, &id, &[bomb], Unshared::Adopt);
        assert!(
            matches!(refused, Err(StoreError::Invalid(_))),
            "{refused:?}"
        );
        println!("{ops} operations refused in {:?}", started.elapsed());
    }
    assert_eq!(advocate.contact(&id).unwrap(), before);
    // Many changes each under the limit are refused together past the total.
    let many = vec![claiming(&one, 200_000); 3];
    assert!(matches!(
        advocate.apply_document_changes(LINK, &id, &many, Unshared::Adopt),
        Err(StoreError::Invalid(_))
    ));
    // The one operation itself is taken.
    advocate
        .apply_document_changes(LINK, &id, &[one], Unshared::Adopt)
        .unwrap();
}

/// Changes that build on ones never sent wait, up to a number and a size; past either, more
/// are refused rather than kept (they are read back at every apply).
#[test]
fn ten_thousand_and_one_orphan_changes_are_refused() {
    let mut person = store();
    let mut advocate = store();
    let (contact, history) = new_contact(&mut person);
    let id = contact.id.clone();
    // 10,001 changes on top of the contact, made straight in automerge (as a hostile app
    // would); the advocate gets all but the contact's first change, so every one waits for it.
    let mut doc = document_of(&history);
    use automerge::transaction::Transactable;
    let mut orphans: Vec<Vec<u8>> = history[1..].to_vec();
    for n in 0..10_001u32 {
        doc.put(automerge::ROOT, "name", format!("Sam {n}"))
            .unwrap();
        doc.commit();
        orphans.push(doc.get_last_local_change().unwrap().raw_bytes().to_vec());
    }
    assert!(orphans.len() > 10_000);
    let refused = advocate.apply_document_changes(LINK, &id, &orphans, Unshared::Adopt);
    assert!(
        matches!(refused, Err(StoreError::Invalid(_))),
        "{refused:?}"
    );
    // Nothing was kept: the first change alone applies cleanly.
    assert_eq!(
        advocate
            .apply_document_changes(LINK, &id, &history[..1], Unshared::Adopt)
            .unwrap(),
        Applied::Current
    );
}

/// The fuzz target's way of making a plain change chunk around `body` (a valid header and
/// checksum), so automerge reads its columns.
fn plain_chunk(body: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    let mut header = vec![1u8];
    let mut len = body.len() as u64;
    loop {
        let byte = (len & 0x7f) as u8;
        len >>= 7;
        if len == 0 {
            header.push(byte);
            break;
        }
        header.push(byte | 0x80);
    }
    let hash = sha2::Sha256::new()
        .chain_update(&header)
        .chain_update(body)
        .finalize();
    let mut out = vec![0x85, 0x6f, 0x4a, 0x83];
    out.extend_from_slice(&hash[..4]);
    out.extend(header);
    out.extend_from_slice(body);
    out
}

/// A change naming an object whose counter does not fit in 32 bits (found by the
/// `shared_changes` fuzz target): automerge 0.12 unwraps that conversion while parsing, and the
/// app, built to abort on a panic, would close whenever the other side sent one. It is refused
/// from its bytes, before automerge reads them.
#[test]
fn a_change_naming_an_id_past_32_bits_is_refused_not_a_crash() {
    let input: &[u8] = &[
        0xa, 0x26, 0x0, 0x0, 0x0, 0x1, 0x0, 0x1, 0x33, 0x0, 0x3, 0x1, 0x3, 0x2, 0xa, 0x42, 0xa,
        0x81, 0x0, 0x0, 0xff, 0x3c, 0xff, 0xff, 0xff, 0xff, 0xff, 0xd, 0xff, 0x3c, 0x3c, 0x3c,
        0x3c, 0x3c, 0x3c, 0x3c, 0x3c, 0x3c, 0x3f, 0x3c, 0x3c, 0x3c, 0x2, 0x69, 0x2, 0xff,
    ];
    // As the fuzz target cut it: a mode byte, then pieces each after its length byte.
    let (_, mut rest) = input.split_first().unwrap();
    let mut changes = Vec::new();
    while let Some((len, after)) = rest.split_first() {
        let len = usize::from(*len).min(after.len());
        changes.push(plain_chunk(&after[..len]));
        rest = &after[len..];
    }
    let mut advocate = store();
    assert!(matches!(
        advocate.apply_document_changes(LINK, "fuzzed", &changes, Unshared::Adopt),
        Err(StoreError::Invalid(_))
    ));
}
