//! Every model written through one Store, read back through a new Store on the same file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use chrono::{NaiveDate, TimeZone, Utc};
use harbour_store::*;
use rusqlite::Connection;

fn open(path: &std::path::Path) -> Store {
    Store::open(Connection::open(path).unwrap()).unwrap()
}

#[test]
fn every_model_survives_close_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault.db");
    let when = Utc.with_ymd_and_hms(2025, 3, 4, 18, 30, 0).unwrap();

    let mut store = open(&path);
    // plan
    store.set_plan_stage(PlanStage::PreparingToLeave).unwrap();
    store
        .set_plan_review_date(Some(NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()))
        .unwrap();
    store
        .set_section_notes(Section::SafePlaces, "The library on King St is open late.")
        .unwrap();
    store
        .mark_section_reviewed(
            Section::SafePlaces,
            NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
        )
        .unwrap();
    let item = store
        .add_plan_item(Section::EscapeBag, "Spare keys with Jo")
        .unwrap();
    store.set_plan_item_done(&item.id, Some(when)).unwrap();
    store
        .add_plan_item(Section::EscapeBag, "Copy of passport")
        .unwrap();
    // contacts
    let contact = store
        .add_contact(&ContactFields {
            name: "Jo".into(),
            relationship: "Sister".into(),
            how_to_reach: "Mobile, after 6pm".into(),
            code_word: "pineapple".into(),
            what_they_know: "Everything".into(),
            may_call_in_emergency: true,
            check_in: "Text every evening by 9".into(),
            safe_times: "Weekday evenings".into(),
        })
        .unwrap();
    // checklists
    let list = store.create_checklist("Moving day").unwrap();
    let citem = store
        .add_checklist_item(&list.id, "Book the van", Recurrence::EveryNDays(3))
        .unwrap();
    store.mark_checklist_item_done(&citem.id, when).unwrap();
    // incidents + attachments
    let file = store
        .add_attachment("C:\\Users\\me\\photo.jpg", "image/jpeg", b"jpeg bytes")
        .unwrap();
    assert_eq!(file.file_name, "photo.jpg");
    // the person causing harm, an order they are under, and an entry naming both
    let photo = store
        .add_attachment("him.png", "image/png", b"png bytes")
        .unwrap();
    let profile = store
        .add_harm_profile(&HarmProfileFields {
            name: "  Darren Hale ".into(),
            aliases: "Daz\nD.H.".into(),
            relationship: "Former partner".into(),
            vehicles: "Blue Corsa AB12 CDE".into(),
            social_media: "@dh_real".into(),
            photo: Some(photo.id.clone()),
            ..HarmProfileFields::default()
        })
        .unwrap();
    let order = store
        .add_court_order(&OrderFields {
            kind: OrderKind::NonMolestationOrder,
            profile_id: Some(profile.id.clone()),
            made_by: "Family Court at Leeds".into(),
            reference: "FD25P00123".into(),
            made_on: NaiveDate::from_ymd_opt(2025, 1, 10),
            expires_on: NaiveDate::from_ymd_opt(2026, 1, 10),
            conditions: vec![
                OrderCondition {
                    id: String::new(),
                    text: "Not to contact her directly or indirectly".into(),
                },
                OrderCondition {
                    id: String::new(),
                    text: "Not to go within 100 metres of her home".into(),
                },
            ],
            note: String::new(),
        })
        .unwrap();
    let condition = order.fields.conditions[1].id.clone();
    let fields = IncidentFields {
        occurred_at: when,
        occurred_until: Some(when + chrono::Duration::minutes(40)),
        location: "Outside work".into(),
        kind: IncidentKind::Loitering,
        behaviours: BTreeSet::from([Behaviour::Fixated, Behaviour::Repeated]),
        description: "He said \"I'll always know where you are\".".into(),
        perpetrator_appearance: "Grey hoodie".into(),
        vehicle: "Blue Corsa".into(),
        witnesses: "Sam from reception".into(),
        impact_on_victim: "Shaking, could not sleep".into(),
        impact_on_daily_life: "Took a taxi home; changed shift".into(),
        police: PoliceContact {
            officer: "PC 1234 Smith".into(),
            crime_reference: "CR/123/25".into(),
        },
        reported_to: "Employer".into(),
        attachments: vec![file.id.clone()],
        links: vec![
            IncidentLink {
                kind: LinkKind::Person,
                target: profile.id.clone(),
                label: "ignored: the store fills it in".into(),
            },
            IncidentLink {
                kind: LinkKind::Breach,
                target: condition.clone(),
                label: String::new(),
            },
        ],
    };
    let incident = store.record_incident(&fields).unwrap();
    assert_eq!(
        incident
            .current
            .fields
            .links
            .iter()
            .map(|l| l.label.as_str())
            .collect::<Vec<_>>(),
        vec![
            "Darren Hale",
            "“Not to go within 100 metres of her home” (Non-molestation order, FD25P00123)"
        ]
    );
    let mut fields = fields;
    fields.links = incident.current.fields.links.clone();
    // directory and settings
    let svc = store
        .add_support_service(&SupportServiceFields {
            name: "Local IDVA service".into(),
            phone: "01234 567890".into(),
            description: "My caseworker".into(),
            hours: "Mon–Fri 9–5".into(),
            region: "GB-ENG".into(),
        })
        .unwrap();
    store.set_disguise(Disguise::Notes).unwrap();
    store.set_auto_lock_minutes(2).unwrap();
    assert_eq!(store.update_source().unwrap(), UpdateSource::default());
    store
        .set_update_address("  https://updates.example.org/manifest  ")
        .unwrap();
    store.note_newest_release("0.3.0").unwrap();
    assert_eq!(
        store.text_size().unwrap(),
        100,
        "the usual size until chosen"
    );
    assert!(store.set_text_size(130).is_err(), "only the sizes offered");
    store.set_text_size(175).unwrap();
    assert_eq!(
        store.language().unwrap(),
        None,
        "the computer's own until chosen"
    );
    assert!(
        store.set_language("fr").is_err(),
        "only the languages offered"
    );
    store.set_language("cy").unwrap();

    let plan_before = store.plan().unwrap();
    let contact_before = store.contact(&contact.id).unwrap();
    let list_before = store.checklist(&list.id).unwrap();
    let incident_before = store.incident(&incident.id).unwrap();
    let services_before = store.list_support_services(true).unwrap();
    let settings_before = store.settings().unwrap();
    let profile_before = store.harm_profile(&profile.id).unwrap();
    let order_before = store.court_order(&order.id).unwrap();
    // Unused files are swept at every open; the profile's photo is in use.
    store.discard_unused_attachments().unwrap();
    store.close().unwrap();

    let store = open(&path);
    assert_eq!(store.plan().unwrap(), plan_before);
    assert_eq!(plan_before.stage, PlanStage::PreparingToLeave);
    let bag = store.plan_section(Section::EscapeBag).unwrap();
    assert_eq!(bag.items.len(), 2);
    assert_eq!(bag.items[0].done_at, Some(when));
    assert_eq!(store.contact(&contact.id).unwrap(), contact_before);
    assert_eq!(contact_before.fields.code_word, "pineapple");
    assert_eq!(store.checklist(&list.id).unwrap(), list_before);
    assert_eq!(list_before.items[0].recurrence, Recurrence::EveryNDays(3));
    let reread = store.incident(&incident.id).unwrap();
    assert_eq!(reread, incident_before);
    assert_eq!(reread.current.fields, fields);
    assert_eq!(reread.current.attachments, vec![file.clone()]);
    assert_eq!(store.attachment_bytes(&file.id).unwrap(), b"jpeg bytes");
    assert_eq!(store.list_support_services(true).unwrap(), services_before);
    assert_eq!(
        store.support_service(&svc.id).unwrap().fields.region,
        "GB-ENG"
    );
    assert_eq!(store.settings().unwrap(), settings_before);
    assert_eq!(
        store.update_source().unwrap(),
        UpdateSource {
            address: "https://updates.example.org/manifest".into(),
            newest_seen: Some("0.3.0".into()),
        }
    );
    assert_eq!(settings_before.disguise, Disguise::Notes);
    assert_eq!(store.text_size().unwrap(), 175);
    assert_eq!(store.language().unwrap().as_deref(), Some("cy"));
    assert_eq!(store.harm_profiles().unwrap(), vec![profile_before.clone()]);
    assert_eq!(profile_before.fields.name, "Darren Hale", "trimmed");
    assert_eq!(store.attachment_bytes(&photo.id).unwrap(), b"png bytes");
    assert_eq!(store.court_orders().unwrap(), vec![order_before]);
    assert!(matches!(
        store.verify_chain().unwrap(),
        ChainReport::Intact { count: 1, .. }
    ));
}

#[test]
fn first_open_seeds_builtins_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault.db");
    let store = open(&path);
    let services = store.list_support_services(false).unwrap();
    let phones: Vec<&str> = services.iter().map(|s| s.fields.phone.as_str()).collect();
    for p in [
        "999",
        "101",
        "999 then 55",
        "0808 802 0300",
        "0800 555 111",
        "0808 2000 247",
    ] {
        assert!(phones.contains(&p), "missing {p}");
    }
    let stalking = services
        .iter()
        .find(|s| s.fields.phone == "0808 802 0300")
        .unwrap();
    assert!(stalking.fields.hours.contains("09:30–16:00"));
    assert!(stalking.fields.hours.contains("Wed 13:00–16:00"));

    let lists = store.list_checklists().unwrap();
    assert_eq!(lists.len(), 2);
    assert!(lists.iter().all(|l| l.builtin));
    let routines = lists
        .iter()
        .find(|l| l.title == "Changing routines")
        .unwrap();
    assert!(routines.warning.is_none());
    assert!(
        routines
            .items
            .iter()
            .any(|i| i.text.contains("electoral register"))
    );
    let tech = lists
        .iter()
        .find(|l| l.title == "Devices and accounts")
        .unwrap();
    assert!(tech.warning.as_deref().unwrap().contains("alert"));
    assert!(tech.items.iter().any(|i| i.text.contains("Find My")));

    let plan = store.plan().unwrap();
    assert_eq!(plan.sections.len(), 13);
    assert_eq!(plan.stage, PlanStage::Staying);
    assert_eq!(store.settings().unwrap(), Settings::default());
    assert_eq!(store.settings().unwrap().auto_lock_minutes, 5);
    store.close().unwrap();

    // Reopening neither re-seeds nor duplicates.
    let store = open(&path);
    assert_eq!(store.list_checklists().unwrap().len(), 2);
    assert_eq!(store.list_support_services(true).unwrap().len(), 12);
}

#[test]
fn guidance_covers_every_section_and_stage() {
    use harbour_store::plan::guidance;
    for s in Section::ALL {
        for st in [
            PlanStage::Staying,
            PlanStage::PreparingToLeave,
            PlanStage::AfterLeaving,
        ] {
            assert!(guidance(s, st).len() > 40);
        }
    }
    assert!(guidance(Section::Emergency, PlanStage::Staying).contains("999"));
    assert!(guidance(Section::Emergency, PlanStage::AfterLeaving).contains("55"));
    assert!(guidance(Section::Legal, PlanStage::Staying).contains("Stalking Protection Order"));
    assert!(guidance(Section::Legal, PlanStage::Staying).contains("non-molestation order"));
}

#[test]
fn decoy_has_only_harmless_content() {
    let mut store = Store::open(Connection::open_in_memory().unwrap()).unwrap();
    store.seed_decoy(&harbour_words::Words::english()).unwrap();
    store.seed_decoy(&harbour_words::Words::english()).unwrap();
    let lists = store.list_checklists().unwrap();
    assert_eq!(lists.len(), 2);
    assert!(lists.iter().all(|l| !l.builtin && l.warning.is_none()));
    let visible = store.list_support_services(false).unwrap();
    let phones: Vec<&str> = visible.iter().map(|s| s.fields.phone.as_str()).collect();
    assert_eq!(phones, ["999", "101"]);
    assert_eq!(store.list_contacts().unwrap().len(), 2);
    for word in ["stalk", "abuse", "refuge", "police", "tracker"] {
        assert!(store.search(word, 10).unwrap().is_empty(), "{word}");
    }
}

#[test]
fn contacts_crud_and_validation() {
    let mut store = Store::open(Connection::open_in_memory().unwrap()).unwrap();
    assert!(matches!(
        store.add_contact(&ContactFields::default()),
        Err(StoreError::Invalid(_))
    ));
    let b = store
        .add_contact(&ContactFields {
            name: "Bea".into(),
            ..Default::default()
        })
        .unwrap();
    let a = store
        .add_contact(&ContactFields {
            name: "amir".into(),
            ..Default::default()
        })
        .unwrap();
    let names: Vec<String> = store
        .list_contacts()
        .unwrap()
        .into_iter()
        .map(|c| c.fields.name)
        .collect();
    assert_eq!(names, ["amir", "Bea"]);
    let updated = store
        .update_contact(
            &a.id,
            &ContactFields {
                name: "Amir".into(),
                may_call_in_emergency: true,
                ..Default::default()
            },
        )
        .unwrap();
    assert!(updated.fields.may_call_in_emergency);
    store.delete_contact(&b.id).unwrap();
    assert!(matches!(store.contact(&b.id), Err(StoreError::NotFound)));
    assert!(matches!(
        store.delete_contact(&b.id),
        Err(StoreError::NotFound)
    ));
    assert_eq!(store.list_contacts().unwrap().len(), 1);
}

#[test]
fn plan_items_crud() {
    let mut store = Store::open(Connection::open_in_memory().unwrap()).unwrap();
    let a = store
        .add_plan_item(Section::Travel, "Vary the bus I take")
        .unwrap();
    let b = store
        .add_plan_item(Section::Travel, "Sit near the driver")
        .unwrap();
    assert!(matches!(
        store.add_plan_item(Section::Travel, "   "),
        Err(StoreError::Invalid(_))
    ));
    store.move_plan_item(&b.id, 0).unwrap();
    let s = store.plan_section(Section::Travel).unwrap();
    assert_eq!(
        s.items.iter().map(|i| &i.id).collect::<Vec<_>>(),
        [&b.id, &a.id]
    );
    let a2 = store
        .update_plan_item(&a.id, "Vary which bus I take")
        .unwrap();
    assert_eq!(a2.text, "Vary which bus I take");
    assert!(!a2.is_done());
    store.delete_plan_item(&b.id).unwrap();
    assert!(matches!(store.plan_item(&b.id), Err(StoreError::NotFound)));
    assert_eq!(store.plan_section(Section::Travel).unwrap().items.len(), 1);
}

#[test]
fn directory_edit_hide_and_restore() {
    let mut store = Store::open(Connection::open_in_memory().unwrap()).unwrap();
    store.delete_support_service("gb-crimestoppers").unwrap();
    assert!(store.support_service("gb-crimestoppers").unwrap().hidden);
    assert_eq!(store.list_support_services(false).unwrap().len(), 11);
    store.unhide_support_service("gb-crimestoppers").unwrap();
    let custom = store
        .add_support_service(&SupportServiceFields {
            name: "Women's Aid (Ireland)".into(),
            phone: "1800 341 900".into(),
            region: "IE".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(!custom.builtin);
    store.delete_support_service(&custom.id).unwrap();
    assert!(matches!(
        store.support_service(&custom.id),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn settings_are_validated() {
    let mut store = Store::open(Connection::open_in_memory().unwrap()).unwrap();
    assert!(matches!(
        store.set_panic_hotkey("Escape"),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store.set_auto_lock_minutes(0),
        Err(StoreError::Invalid(_))
    ));
    store.set_panic_hotkey("Ctrl+Shift+F12").unwrap();
    assert_eq!(store.settings().unwrap().panic_hotkey, "Ctrl+Shift+F12");
}

#[test]
fn newer_schema_is_refused_without_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault.db");
    open(&path).close().unwrap();
    let conn = Connection::open(&path).unwrap();
    conn.execute(
        "INSERT INTO schema_migrations(version, applied_at) VALUES (999, 0)",
        [],
    )
    .unwrap();
    let err = Store::open(conn).unwrap_err();
    assert!(matches!(err, StoreError::NewerSchema { found: 999, .. }));
}
