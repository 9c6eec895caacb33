//! The person causing harm, the orders they are under, and entries that name them or breach a
//! condition: kept, filtered, chained, and never rewritten by later changes to a profile.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDate, TimeZone, Utc};
use harbour_store::*;
use rusqlite::Connection;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(Connection::open(dir.path().join("v.db")).unwrap()).unwrap();
    (dir, s)
}

fn profile(store: &mut Store, name: &str) -> HarmProfile {
    store
        .add_harm_profile(&HarmProfileFields {
            name: name.into(),
            ..HarmProfileFields::default()
        })
        .unwrap()
}

fn order(store: &mut Store, profile: Option<&str>, conditions: &[&str]) -> CourtOrder {
    store
        .add_court_order(&OrderFields {
            kind: OrderKind::StalkingProtectionOrder,
            profile_id: profile.map(str::to_owned),
            made_by: "Leeds Magistrates' Court".into(),
            reference: "SPO/7".into(),
            made_on: NaiveDate::from_ymd_opt(2026, 6, 1),
            expires_on: NaiveDate::from_ymd_opt(2026, 12, 20),
            conditions: conditions
                .iter()
                .map(|t| OrderCondition {
                    id: String::new(),
                    text: (*t).into(),
                })
                .collect(),
            note: String::new(),
        })
        .unwrap()
}

fn link(kind: LinkKind, target: &str) -> IncidentLink {
    IncidentLink {
        kind,
        target: target.into(),
        label: String::new(),
    }
}

fn entry(day: u32, links: Vec<IncidentLink>) -> IncidentFields {
    IncidentFields {
        links,
        ..IncidentFields::new(
            Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap(),
            IncidentKind::Messages,
            "message",
        )
    }
}

#[test]
fn an_entry_keeps_the_words_it_was_written_with_whatever_happens_to_the_profile_later() {
    let (_d, mut s) = store();
    let p = profile(&mut s, "Darren");
    let o = order(&mut s, Some(&p.id), &["No contact of any kind"]);
    let c = o.fields.conditions[0].id.clone();
    let first = s
        .record_incident(&entry(
            3,
            vec![link(LinkKind::Person, &p.id), link(LinkKind::Breach, &c)],
        ))
        .unwrap();
    assert_eq!(first.current.fields.links[0].label, "Darren");
    assert_eq!(
        first.current.fields.links[1].label,
        "“No contact of any kind” (Stalking Protection Order, SPO/7)"
    );
    // Renamed: the entry still says what it said; a correction takes the new name.
    s.update_harm_profile(
        &p.id,
        &HarmProfileFields {
            name: "Darren Hale".into(),
            ..HarmProfileFields::default()
        },
    )
    .unwrap();
    assert_eq!(
        s.incident(&first.id).unwrap().current.fields.links[0].label,
        "Darren"
    );
    // Removed: a correction that keeps the link keeps the words it had, and is not refused.
    s.remove_harm_profile(&p.id).unwrap();
    assert_eq!(s.court_order(&o.id).unwrap().fields.profile_id, None);
    let mut fix = entry(3, first.current.fields.links.clone());
    fix.description = "messages, corrected".into();
    let fixed = s.revise_incident(&first.id, &fix).unwrap();
    assert_eq!(fixed.current.fields.links[0].label, "Darren");
    // A new entry cannot name someone no longer listed.
    let err = s
        .record_incident(&entry(4, vec![link(LinkKind::Person, &p.id)]))
        .unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)), "{err:?}");
    assert!(matches!(
        s.verify_chain().unwrap(),
        ChainReport::Intact { count: 2, .. }
    ));
}

#[test]
fn a_breached_condition_and_its_order_stay_and_can_only_be_reworded() {
    let (_d, mut s) = store();
    let o = order(&mut s, None, &["No contact", "Not to enter Leeds LS6"]);
    let breached = o.fields.conditions[1].clone();
    s.record_incident(&entry(5, vec![link(LinkKind::Breach, &breached.id)]))
        .unwrap();
    let mut fields = o.fields.clone();
    fields.conditions.retain(|c| c.id != breached.id);
    assert!(matches!(
        s.update_court_order(&o.id, &fields),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        s.remove_court_order(&o.id),
        Err(StoreError::Invalid(_))
    ));
    // Rewording, adding and removing an unlinked condition are fine.
    let mut fields = o.fields.clone();
    fields.conditions[1].text = "Not to enter postcode area LS6".into();
    fields.conditions.remove(0);
    fields.conditions.push(OrderCondition {
        id: String::new(),
        text: "Not to post about her online".into(),
    });
    let changed = s.update_court_order(&o.id, &fields).unwrap();
    let texts: Vec<&str> = changed
        .fields
        .conditions
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "Not to enter postcode area LS6",
            "Not to post about her online"
        ]
    );
    assert_eq!(changed.fields.conditions[0].id, breached.id, "kept its id");
    // An unlinked order goes.
    let other = order(&mut s, None, &["x"]);
    s.remove_court_order(&other.id).unwrap();
    assert!(matches!(
        s.court_order(&other.id),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn the_log_filters_by_person_and_by_order_breached_on_the_latest_version() {
    let (_d, mut s) = store();
    let a = profile(&mut s, "Alder");
    let b = profile(&mut s, "Birchwood");
    let o1 = order(&mut s, Some(&a.id), &["one", "two"]);
    let o2 = order(&mut s, Some(&b.id), &["three"]);
    let e1 = s
        .record_incident(&entry(1, vec![link(LinkKind::Person, &a.id)]))
        .unwrap();
    s.record_incident(&entry(
        2,
        vec![
            link(LinkKind::Person, &a.id),
            link(LinkKind::Breach, &o1.fields.conditions[1].id),
        ],
    ))
    .unwrap();
    s.record_incident(&entry(
        3,
        vec![
            link(LinkKind::Person, &b.id),
            link(LinkKind::Breach, &o2.fields.conditions[0].id),
        ],
    ))
    .unwrap();
    s.record_incident(&entry(4, vec![])).unwrap();
    let count = |s: &Store, f: IncidentFilter| s.count_incidents(&f).unwrap();
    let by = |profile: Option<&str>, order: Option<&str>| IncidentFilter {
        profile: profile.map(str::to_owned),
        order: order.map(str::to_owned),
        ..IncidentFilter::default()
    };
    assert_eq!(count(&s, by(Some(&a.id), None)), 2);
    assert_eq!(count(&s, by(Some(&b.id), None)), 1);
    assert_eq!(count(&s, by(None, Some(&o1.id))), 1);
    assert_eq!(count(&s, by(None, Some(&o2.id))), 1);
    assert_eq!(count(&s, by(Some(&a.id), Some(&o2.id))), 0);
    // A correction that drops the name takes the entry out of the filter.
    s.revise_incident(&e1.id, &entry(1, vec![])).unwrap();
    assert_eq!(count(&s, by(Some(&a.id), None)), 1);
    let page = s
        .list_incidents(&Page::first(10), &by(None, Some(&o1.id)))
        .unwrap();
    assert_eq!(page.incidents.len(), 1);
    // Names are searchable.
    assert_eq!(s.search("Birchwood", 10).unwrap().len(), 1);
}

#[test]
fn a_changed_link_in_the_file_breaks_the_chain() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    let mut s = Store::open(Connection::open(&path).unwrap()).unwrap();
    let p = profile(&mut s, "Darren");
    s.record_incident(&entry(3, vec![link(LinkKind::Person, &p.id)]))
        .unwrap();
    s.close().unwrap();
    // Someone with the file (and its key) rewrites who the entry named.
    let conn = Connection::open(&path).unwrap();
    assert!(
        conn.execute(
            "UPDATE incident_revision_links SET label = 'Someone else'",
            []
        )
        .is_err(),
        "append-only"
    );
    conn.execute_batch(
        "DROP TRIGGER revision_links_no_update;
         UPDATE incident_revision_links SET label = 'Someone else';",
    )
    .unwrap();
    drop(conn);
    let s = Store::open(Connection::open(&path).unwrap()).unwrap();
    assert!(matches!(s.verify_chain().unwrap(), ChainReport::Broken(_)));
}

#[test]
fn orders_ending_soon_are_reminded_and_bad_input_is_refused() {
    let (_d, mut s) = store();
    let o = order(&mut s, None, &["a"]);
    let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    assert!(s.order_reminders(day(11, 1)).unwrap().is_empty());
    let r = s.order_reminders(day(12, 6)).unwrap();
    assert_eq!(r.len(), 1);
    assert_eq!(
        (r[0].days_left, r[0].order_id.as_str()),
        (14, o.id.as_str())
    );
    assert_eq!(r[0].title, "Stalking Protection Order, SPO/7");
    assert_eq!(s.order_reminders(day(12, 25)).unwrap()[0].days_left, -5);
    assert!(s.order_reminders(day(12, 31)).unwrap().is_empty());

    let mut bad = o.fields.clone();
    bad.expires_on = NaiveDate::from_ymd_opt(2026, 1, 1);
    assert!(matches!(
        s.add_court_order(&bad),
        Err(StoreError::Invalid(_))
    ));
    let mut far = o.fields.clone();
    far.expires_on = NaiveDate::from_ymd_opt(262_142, 12, 31);
    assert!(matches!(
        s.add_court_order(&far),
        Err(StoreError::Invalid(_))
    ));
    let mut ghost = o.fields.clone();
    ghost.profile_id = Some("nobody".into());
    assert!(matches!(
        s.add_court_order(&ghost),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        s.add_harm_profile(&HarmProfileFields::default()),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        s.add_harm_profile(&HarmProfileFields {
            name: "x".into(),
            photo: Some("no-such-file".into()),
            ..HarmProfileFields::default()
        }),
        Err(StoreError::Invalid(_))
    ));
    for i in 0..harbour_store::causing_harm::MAX_PROFILES {
        profile(&mut s, &format!("p{i}"));
    }
    assert!(matches!(
        s.add_harm_profile(&HarmProfileFields {
            name: "one more".into(),
            ..HarmProfileFields::default()
        }),
        Err(StoreError::Invalid(_))
    ));
    let too_many: Vec<IncidentLink> = (0..21)
        .map(|i| link(LinkKind::Person, &s.harm_profiles().unwrap()[i].id))
        .collect();
    assert!(matches!(
        s.record_incident(&entry(9, too_many)),
        Err(StoreError::Invalid(_))
    ));
}

#[test]
fn a_profiles_photo_outlives_the_draft_that_carried_it_and_cannot_be_discarded() {
    let (_d, mut s) = store();
    let photo = s.add_attachment("him.jpg", "image/jpeg", b"jpeg").unwrap();
    // The form's draft carries the photo while it is being written.
    s.save_draft(&DraftFields {
        id: "person",
        label: "A person causing harm",
        body: "{}",
        attachments: std::slice::from_ref(&photo.id),
    })
    .unwrap();
    s.add_harm_profile(&HarmProfileFields {
        name: "Darren".into(),
        photo: Some(photo.id.clone()),
        ..HarmProfileFields::default()
    })
    .unwrap();
    // Saving finishes the draft: the photo is the profile's now, and stays.
    s.discard_draft("person").unwrap();
    assert_eq!(s.attachment_bytes(&photo.id).unwrap(), b"jpeg");
    assert!(matches!(
        s.discard_attachment(&photo.id),
        Err(StoreError::Invalid(_))
    ));
    s.discard_unused_attachments().unwrap();
    assert_eq!(s.attachment_bytes(&photo.id).unwrap(), b"jpeg");
}
