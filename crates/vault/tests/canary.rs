//! No plaintext on disk: canary strings written through every record type and an attachment must
//! not appear in any file of the vault folder, neither while the vault is open (WAL and SHM
//! present) nor after it is locked.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{TimeZone, Utc};
use common::*;
use harbour_store::{
    ContactFields, IncidentFields, IncidentKind, Recurrence, Section, SupportServiceFields,
};

struct Canaries {
    tag: String,
    all: Vec<String>,
}

impl Canaries {
    fn new() -> Canaries {
        let mut b = [0u8; 6];
        getrandom::fill(&mut b).unwrap();
        Canaries {
            tag: hex(&b),
            all: Vec::new(),
        }
    }
    fn next(&mut self, field: &str) -> String {
        let c = format!("CANARY{}{}", field.to_uppercase(), self.tag);
        self.all.push(c.clone());
        c
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn scan(fx: &Fixture, canaries: &Canaries, when: &str) {
    let files = fx.snapshot();
    assert!(!files.is_empty());
    for (name, bytes) in &files {
        for c in &canaries.all {
            assert!(
                !contains_canary(bytes, c),
                "{when}: {name} holds {c} in plaintext"
            );
        }
        assert!(
            !bytes.starts_with(b"SQLite format 3"),
            "{when}: {name} is plain SQLite"
        );
    }
}

#[test]
fn canaries_through_every_record_type_never_reach_disk_in_plaintext() {
    let fx = Fixture::new();
    let (mut vault, _) = fx.create(Some(DURESS));
    let mut c = Canaries::new();
    let store = vault.own_records_mut();

    // Safety plan.
    store
        .add_plan_item(Section::SafePlaces, &c.next("planitem"))
        .unwrap();
    store
        .set_section_notes(Section::CodeWords, &c.next("sectionnotes"))
        .unwrap();

    // Trusted contact, every text field.
    let contact = ContactFields {
        name: c.next("contactname"),
        relationship: c.next("relationship"),
        how_to_reach: c.next("howtoreach"),
        code_word: c.next("codeword"),
        what_they_know: c.next("whattheyknow"),
        may_call_in_emergency: true,
        check_in: c.next("checkin"),
        safe_times: c.next("safetimes"),
    };
    store.add_contact(&contact).unwrap();

    // Checklist and item.
    let list = store.create_checklist(&c.next("checklist")).unwrap();
    store
        .add_checklist_item(&list.id, &c.next("checkitem"), Recurrence::Weekly)
        .unwrap();

    // Incident with an attachment, then a revision.
    let photo = format!("{} photo bytes", c.next("attachmentbytes"));
    let meta = store
        .add_attachment(
            &format!("{}.jpg", c.next("filename")),
            "image/jpeg",
            photo.as_bytes(),
        )
        .unwrap();
    let mut f = IncidentFields::new(
        Utc.with_ymd_and_hms(2026, 10, 3, 8, 15, 0).unwrap(),
        IncidentKind::Following,
        &c.next("description"),
    );
    f.location = c.next("location");
    f.perpetrator_appearance = c.next("appearance");
    f.vehicle = c.next("vehicle");
    f.witnesses = c.next("witnesses");
    f.impact_on_victim = c.next("impactvictim");
    f.impact_on_daily_life = c.next("impactdaily");
    f.police.officer = c.next("officer");
    f.police.crime_reference = c.next("crimeref");
    f.reported_to = c.next("reportedto");
    f.attachments = vec![meta.id.clone()];
    let incident = store.record_incident(&f).unwrap();
    let mut revised = f.clone();
    revised.description = c.next("revision");
    store.revise_incident(&incident.id, &revised).unwrap();

    // Support directory entry.
    store
        .add_support_service(&SupportServiceFields {
            name: c.next("servicename"),
            phone: "0800 000 000".into(),
            description: c.next("servicedesc"),
            hours: "24 hours".into(),
            region: "GB".into(),
        })
        .unwrap();

    // Search works over them (so the FTS index holds them too).
    assert!(
        !vault
            .own_records()
            .search(&c.all[0], 10)
            .unwrap()
            .is_empty()
    );
    scan(&fx, &c, "while open");
    vault.lock().unwrap();
    scan(&fx, &c, "after lock");

    // And everything is still there.
    let vault = fx.locked().unlock(&pin(PIN)).unwrap();
    let bytes = vault.own_records().attachment_bytes(&meta.id).unwrap();
    assert_eq!(bytes, photo.as_bytes());
    assert_eq!(
        vault
            .own_records()
            .incident_history(&incident.id)
            .unwrap()
            .len(),
        2
    );
}

/// The scan itself must be able to fail: the same records in an unencrypted database are found.
#[test]
fn the_scan_finds_canaries_in_an_unencrypted_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plain.db");
    let mut store = harbour_store::Store::open(rusqlite::Connection::open(&path).unwrap()).unwrap();
    let canary = "CANARYPLAINCHECK77";
    store.add_plan_item(Section::SafePlaces, canary).unwrap();
    store.close().unwrap();
    assert!(contains_canary(&std::fs::read(&path).unwrap(), canary));
}
