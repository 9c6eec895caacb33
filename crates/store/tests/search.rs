#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use harbour_store::*;
use rusqlite::Connection;

fn store() -> Store {
    Store::open(Connection::open_in_memory().unwrap()).unwrap()
}

#[test]
fn finds_every_kind_of_record() {
    let mut store = store();
    let t = Utc.with_ymd_and_hms(2025, 2, 2, 10, 0, 0).unwrap();
    let inc = store
        .record_incident(&IncidentFields {
            vehicle: "silver Qashqai".into(),
            ..IncidentFields::new(t, IncidentKind::Following, "Followed me from the station")
        })
        .unwrap();
    let item = store
        .add_plan_item(Section::Pets, "Ask the rescue about fostering Biscuit")
        .unwrap();
    store
        .set_section_notes(Section::Home, "Spare key under the zebra planter")
        .unwrap();
    let c = store
        .add_contact(&ContactFields {
            name: "Priya".into(),
            relationship: "Neighbour at number 12".into(),
            ..Default::default()
        })
        .unwrap();
    let list = store.create_checklist("Errands").unwrap();
    let ci = store
        .add_checklist_item(&list.id, "Collect parcel from the depot", Recurrence::None)
        .unwrap();

    fn first(store: &Store, q: &str) -> Option<(SearchKind, String)> {
        store
            .search(q, 10)
            .unwrap()
            .into_iter()
            .next()
            .map(|h| (h.kind, h.id))
    }
    assert_eq!(
        first(&store, "qashqai"),
        Some((SearchKind::Incident, inc.id.clone()))
    );
    assert_eq!(
        first(&store, "station"),
        Some((SearchKind::Incident, inc.id.clone()))
    );
    assert_eq!(
        first(&store, "biscuit"),
        Some((SearchKind::PlanItem, item.id.clone()))
    );
    assert_eq!(
        first(&store, "zebra"),
        Some((SearchKind::PlanNotes, "home".into()))
    );
    assert_eq!(
        first(&store, "priya"),
        Some((SearchKind::Contact, c.id.clone()))
    );
    assert_eq!(
        first(&store, "neighbour"),
        Some((SearchKind::Contact, c.id.clone()))
    );
    assert_eq!(
        first(&store, "parcel depot"),
        Some((SearchKind::ChecklistItem, ci.id.clone()))
    );
    // Prefix matching while typing, diacritics folded.
    assert_eq!(
        first(&store, "fost"),
        Some((SearchKind::PlanItem, item.id.clone()))
    );
    assert_eq!(
        first(&store, "DÉPÔT"),
        Some((SearchKind::ChecklistItem, ci.id.clone()))
    );
    let hit = store.search("zebra", 1).unwrap().remove(0);
    assert_eq!(hit.title, "At home");
    assert!(hit.snippet.contains("zebra"));

    // Kept in step: edits replace, deletes remove, revisions show the current text only.
    store
        .revise_incident(
            &inc.id,
            &IncidentFields::new(t, IncidentKind::Following, "Waited by the bus stop"),
        )
        .unwrap();
    assert_eq!(first(&store, "qashqai"), None);
    assert_eq!(
        first(&store, "bus stop"),
        Some((SearchKind::Incident, inc.id.clone()))
    );
    store.delete_contact(&c.id).unwrap();
    assert_eq!(first(&store, "priya"), None);
    store.delete_plan_item(&item.id).unwrap();
    assert_eq!(first(&store, "biscuit"), None);
    store.delete_checklist(&list.id).unwrap();
    assert_eq!(first(&store, "parcel"), None);
    store.set_section_notes(Section::Home, "").unwrap();
    assert_eq!(first(&store, "zebra"), None);
}

#[test]
fn hostile_queries_never_error() {
    let mut store = store();
    store
        .add_plan_item(
            Section::Legal,
            "Ask about a non-molestation order AND (a SPO)",
        )
        .unwrap();
    for q in [
        "\"",
        "\"\"",
        "AND (",
        "OR",
        "NOT",
        "NEAR(",
        "*",
        "^",
        "a:b",
        "title:x",
        "(",
        ")",
        "'",
        "-",
        "\"unterminated",
        "col* : \"",
        "{a b}",
        "\u{0}",
        "😀",
        "a AND OR NOT b",
        "+",
        "   ",
        "non-molestation",
        "x\"y\"z",
        "NEAR(a b, 3)",
        "order*",
    ] {
        store.search(q, 5).unwrap_or_else(|e| panic!("{q:?}: {e}"));
    }
    let is_item = |q: &str| {
        store
            .search(q, 50)
            .unwrap()
            .iter()
            .any(|h| h.kind == SearchKind::PlanItem)
    };
    assert!(is_item("AND ("));
    assert!(is_item("non-molestation"));
    assert!(is_item("\"molestation order\""));
}
