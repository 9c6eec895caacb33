//! One person sharing with three people at once (their advocate, the officer in the case and a
//! solicitor), each paired on their own through a real relay on 127.0.0.1, every vault a real
//! SQLCipher file: each gets only what was chosen for them, a change one of them makes reaches
//! the others who share that document, one cannot write into what is shared with another, and
//! stopping with one leaves the others as they were.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use harbour_relay::Storage;
use harbour_share::{Link, Received, RelayClient, Skip, stop_sharing, sync_now};
use harbour_store::{
    ContactFields, INCIDENT_LOG_ID, IncidentFields, IncidentKind, LinkId, Section, Store, Unshared,
};

mod support;
use support::{link_up, start_relay, vault};

/// Someone the person shares with: their copy and their end of the link.
struct Other {
    store: Store,
    link: Link,
    relay: RelayClient,
}

/// The person's end of one link.
struct Person {
    store: Store,
    links: Vec<Link>,
}

impl Person {
    fn link(&self, n: usize) -> LinkId {
        self.links[n].id()
    }

    /// Sends to and takes from the person on link `n`; what arrived.
    async fn sync(&mut self, n: usize) -> Vec<Received> {
        let relay = self.links[n].relay_client().unwrap();
        sync_now(&mut self.store, &mut self.links[n], &relay)
            .await
            .unwrap()
    }
}

impl Other {
    async fn sync(&mut self) -> Vec<Received> {
        sync_now(&mut self.store, &mut self.link, &self.relay)
            .await
            .unwrap()
    }

    fn holds(&self, id: &str) -> bool {
        self.store
            .list_documents()
            .unwrap()
            .iter()
            .any(|(doc, _)| doc == id)
    }

    fn notes(&self, section: Section) -> String {
        self.store
            .plan_section(section)
            .map(|s| s.notes)
            .unwrap_or_default()
    }
}

const ADVOCATE: usize = 0;
const OFFICER: usize = 1;
const SOLICITOR: usize = 2;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_people_sharing_with_one_person_each_get_only_their_choice() {
    let dir = tempfile::tempdir().unwrap();
    let base = start_relay(Storage::open_sqlite(&dir.path().join("relay.db")).unwrap()).await;
    let mut person = Person {
        store: vault(&dir.path().join("person.db")),
        links: Vec::new(),
    };
    let mut others = Vec::new();
    for who in ["advocate", "officer", "solicitor"] {
        let mut store = vault(&dir.path().join(format!("{who}.db")));
        let (mine, theirs) = link_up(&base, &mut person.store, &mut store).await;
        person.links.push(mine);
        let relay = theirs.relay_client().unwrap();
        others.push(Other {
            store,
            link: theirs,
            relay,
        });
    }
    // Numbered in the order made; each other side's copy has one link.
    let numbers: Vec<u32> = person.links.iter().map(|l| l.id().0).collect();
    assert_eq!(numbers, [1, 2, 3]);
    assert_eq!(Link::ids(&person.store).unwrap().len(), 3);
    assert!(others.iter().all(|o| o.link.id() == LinkId::FIRST));

    // The escape bag goes to the advocate and the solicitor, a contact to the advocate only,
    // the incident log to the officer only.
    let bag = Section::EscapeBag;
    person
        .store
        .set_section_notes(bag, "Spare keys at Jo's")
        .unwrap();
    let contact = person
        .store
        .add_contact(&ContactFields {
            name: "Aunt Rose, 12 Mill Lane".into(),
            relationship: "Aunt".into(),
            ..Default::default()
        })
        .unwrap();
    person
        .store
        .record_incident(&IncidentFields::new(
            Utc.with_ymd_and_hms(2026, 11, 30, 22, 10, 0).unwrap(),
            IncidentKind::Loitering,
            "Car parked outside the school gate.",
        ))
        .unwrap();
    let (advocate, officer, solicitor) = (
        person.link(ADVOCATE),
        person.link(OFFICER),
        person.link(SOLICITOR),
    );
    person
        .store
        .share_document(advocate, &bag.document_id())
        .unwrap();
    person.store.share_document(advocate, &contact.id).unwrap();
    person
        .store
        .share_document(solicitor, &bag.document_id())
        .unwrap();
    person.store.prepare_record_view(INCIDENT_LOG_ID).unwrap();
    person
        .store
        .share_document(officer, INCIDENT_LOG_ID)
        .unwrap();
    for n in [ADVOCATE, OFFICER, SOLICITOR] {
        person.sync(n).await;
        others[n].sync().await;
    }

    assert_eq!(others[ADVOCATE].notes(bag), "Spare keys at Jo's");
    assert_eq!(
        others[ADVOCATE]
            .store
            .contact(&contact.id)
            .unwrap()
            .fields
            .name,
        "Aunt Rose, 12 Mill Lane"
    );
    assert!(
        others[ADVOCATE]
            .store
            .shared_incidents()
            .unwrap()
            .is_empty()
    );

    assert_eq!(others[SOLICITOR].notes(bag), "Spare keys at Jo's");
    assert!(!others[SOLICITOR].holds(&contact.id));
    assert!(
        others[SOLICITOR]
            .store
            .shared_incidents()
            .unwrap()
            .is_empty()
    );

    assert_eq!(others[OFFICER].store.shared_incidents().unwrap().len(), 1);
    assert!(!others[OFFICER].holds(&contact.id));
    // Every vault has the plan's sections from the start: what was written in them did not go.
    assert_eq!(others[OFFICER].notes(bag), "");

    // What the advocate adds to the escape bag reaches the solicitor through the person's app
    // (one plan, worked on together); the officer still sees none of it.
    others[ADVOCATE]
        .store
        .set_section_notes(bag, "Spare keys at Jo's. Passports in the blue folder.")
        .unwrap();
    others[ADVOCATE].sync().await;
    person.sync(ADVOCATE).await;
    person.sync(SOLICITOR).await;
    others[SOLICITOR].sync().await;
    assert_eq!(
        others[SOLICITOR].notes(bag),
        "Spare keys at Jo's. Passports in the blue folder."
    );
    // And the solicitor's reply goes the other way round, merged with the advocate's.
    others[SOLICITOR]
        .store
        .set_section_notes(
            bag,
            "Spare keys at Jo's. Passports in the blue folder. Copy of the order.",
        )
        .unwrap();
    others[SOLICITOR].sync().await;
    person.sync(SOLICITOR).await;
    person.sync(ADVOCATE).await;
    others[ADVOCATE].sync().await;
    assert_eq!(
        others[ADVOCATE].notes(bag),
        "Spare keys at Jo's. Passports in the blue folder. Copy of the order."
    );
    assert_eq!(
        person.store.plan_section(bag).unwrap().notes,
        others[ADVOCATE].notes(bag)
    );

    // The attack: the solicitor gets hold of the advocate's copy of the contact (say, a shared
    // office computer) and, through their own link, sends a change to it. The person's app
    // takes changes from each person only to what is shared with them.
    let (changes, _) = others[ADVOCATE]
        .store
        .document_changes(&contact.id, &[])
        .unwrap();
    others[SOLICITOR]
        .store
        .apply_document_changes(LinkId::FIRST, &contact.id, &changes, Unshared::Adopt)
        .unwrap();
    others[SOLICITOR]
        .store
        .update_contact(
            &contact.id,
            &ContactFields {
                name: "Aunt Rose, moved: ring first".into(),
                relationship: "Aunt".into(),
                ..Default::default()
            },
        )
        .unwrap();
    others[SOLICITOR].sync().await;
    let received = person.sync(SOLICITOR).await;
    assert!(
        received.contains(&Received::Skipped(Skip::Refused)),
        "{received:?}"
    );
    assert_eq!(
        person.store.contact(&contact.id).unwrap().fields.name,
        "Aunt Rose, 12 Mill Lane"
    );

    // Stopping with the officer leaves the other two as they were.
    let relay = person.links[OFFICER].relay_client().unwrap();
    stop_sharing(&mut person.store, &mut person.links[OFFICER], &relay)
        .await
        .unwrap();
    assert!(person.store.shared_documents(officer).unwrap().is_empty());
    assert!(Link::load(&person.store, officer).unwrap().is_none());
    assert_eq!(
        Link::ids(&person.store).unwrap(),
        [advocate, solicitor],
        "the others' links stay"
    );
    let gone = &mut others[OFFICER];
    assert!(matches!(
        sync_now(&mut gone.store, &mut gone.link, &gone.relay).await,
        Err(harbour_share::ShareError::Revoked)
    ));
    // One stops sharing the escape bag with the solicitor: the advocate still gets what is
    // written next, the solicitor does not.
    person
        .store
        .unshare_document(solicitor, &bag.document_id())
        .unwrap();
    person
        .store
        .set_section_notes(bag, "New address: not to be passed on")
        .unwrap();
    for n in [ADVOCATE, SOLICITOR] {
        person.sync(n).await;
        others[n].sync().await;
    }
    assert_eq!(
        others[ADVOCATE].notes(bag),
        "New address: not to be passed on"
    );
    assert_eq!(
        others[SOLICITOR].notes(bag),
        "Spare keys at Jo's. Passports in the blue folder. Copy of the order."
    );
    let still: Vec<String> = person
        .store
        .shared_documents(advocate)
        .unwrap()
        .into_iter()
        .map(|d| d.id)
        .collect();
    let mut expected = vec![bag.document_id(), contact.id.clone()];
    expected.sort();
    assert_eq!(still, expected);
}

/// Sharing with one person ended but the relay was never told (offline): until the details are
/// cleared, that link stays, ended. A contact shared next with someone else is still made
/// afresh: what the person wrote and deleted after the first person's sharing ended goes to
/// nobody.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ended_link_not_yet_cleared_keeps_no_deleted_words_for_the_next_person() {
    let dir = tempfile::tempdir().unwrap();
    let base = start_relay(Storage::open_sqlite(&dir.path().join("relay.db")).unwrap()).await;
    let mut person = vault(&dir.path().join("person.db"));
    let mut first = vault(&dir.path().join("first.db"));
    let mut second = vault(&dir.path().join("second.db"));
    let (mut to_first, _) = link_up(&base, &mut person, &mut first).await;
    let (to_second, _) = link_up(&base, &mut person, &mut second).await;
    let mut fields = ContactFields {
        name: "Jo".into(),
        ..Default::default()
    };
    let contact = person.add_contact(&fields).unwrap();
    person.share_document(to_first.id(), &contact.id).unwrap();
    let relay = to_first.relay_client().unwrap();
    sync_now(&mut person, &mut to_first, &relay).await.unwrap();

    // Stopping could not reach the relay: the link is marked ended and kept.
    to_first.mark_revoked(&mut person).unwrap();
    assert!(
        Link::load(&person, to_first.id())
            .unwrap()
            .unwrap()
            .is_revoked()
    );
    assert!(person.shared_documents(to_first.id()).unwrap().is_empty());

    fields.how_to_reach = "Refuge at 9 Old Road".into();
    person.update_contact(&contact.id, &fields).unwrap();
    fields.how_to_reach = "Only at work".into();
    person.update_contact(&contact.id, &fields).unwrap();
    person.share_document(to_second.id(), &contact.id).unwrap();
    let (to_go, _) = person.document_changes(&contact.id, &[]).unwrap();
    let bytes: Vec<u8> = to_go.concat();
    assert!(
        !bytes.windows(b"Old Road".len()).any(|w| w == b"Old Road"),
        "deleted words would reach the next person"
    );
    assert!(
        bytes
            .windows(b"Only at work".len())
            .any(|w| w == b"Only at work")
    );
}
