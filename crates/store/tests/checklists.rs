#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, TimeZone, Utc};
use harbour_store::{Recurrence, Store, StoreError};
use rusqlite::Connection;

fn store() -> Store {
    Store::open(Connection::open_in_memory().unwrap()).unwrap()
}

#[test]
fn due_items_follow_recurrence() {
    let mut store = store();
    let list = store.create_checklist("Mine").unwrap();
    let t0 = Utc.with_ymd_and_hms(2025, 1, 10, 12, 0, 0).unwrap();
    let once = store
        .add_checklist_item(&list.id, "Once", Recurrence::None)
        .unwrap();
    let every3 = store
        .add_checklist_item(&list.id, "Every 3 days", Recurrence::EveryNDays(3))
        .unwrap();
    let weekly = store
        .add_checklist_item(&list.id, "Weekly", Recurrence::Weekly)
        .unwrap();
    let monthly = store
        .add_checklist_item(&list.id, "Monthly", Recurrence::Monthly)
        .unwrap();
    let never = store
        .add_checklist_item(&list.id, "Never done", Recurrence::Weekly)
        .unwrap();
    for item in [&once, &every3, &weekly, &monthly] {
        store.mark_checklist_item_done(&item.id, t0).unwrap();
    }
    let due_ids = |s: &Store, at| -> Vec<String> {
        s.due_items(at)
            .unwrap()
            .into_iter()
            .filter(|i| i.checklist_id == list.id)
            .map(|i| i.id)
            .collect()
    };
    assert_eq!(
        due_ids(&store, t0 + Duration::days(1)),
        std::slice::from_ref(&never.id)
    );
    assert_eq!(
        due_ids(&store, t0 + Duration::days(3)),
        [every3.id.clone(), never.id.clone()]
    );
    assert_eq!(
        due_ids(&store, t0 + Duration::days(7)),
        [every3.id.clone(), weekly.id.clone(), never.id.clone()]
    );
    assert_eq!(
        due_ids(&store, Utc.with_ymd_and_hms(2025, 2, 10, 12, 0, 0).unwrap()),
        [
            every3.id.clone(),
            weekly.id.clone(),
            monthly.id.clone(),
            never.id.clone()
        ]
    );
    // Undone makes even a one-off item due again.
    store.mark_checklist_item_undone(&once.id).unwrap();
    assert!(due_ids(&store, t0).contains(&once.id));
    // Built-in items are due until done.
    assert!(store.due_items(t0).unwrap().len() > 20);
}

#[test]
fn checklist_crud_and_validation() {
    let mut store = store();
    let list = store.create_checklist("  Moving  ").unwrap();
    assert_eq!(list.title, "Moving");
    assert!(matches!(
        store.create_checklist(" "),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store.add_checklist_item(&list.id, "x", Recurrence::EveryNDays(0)),
        Err(StoreError::Invalid(_))
    ));
    let a = store
        .add_checklist_item(&list.id, "A", Recurrence::None)
        .unwrap();
    let b = store
        .add_checklist_item(&list.id, "B", Recurrence::None)
        .unwrap();
    store.move_checklist_item(&b.id, -1).unwrap();
    let u = store
        .update_checklist_item(&a.id, "A2", Recurrence::Monthly)
        .unwrap();
    assert_eq!((u.text.as_str(), u.recurrence), ("A2", Recurrence::Monthly));
    let l = store.rename_checklist(&list.id, "Moving day").unwrap();
    assert_eq!(
        l.items.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(),
        ["B", "A2"]
    );
    store.delete_checklist_item(&b.id).unwrap();
    assert_eq!(store.checklist(&list.id).unwrap().items.len(), 1);
    store.delete_checklist(&list.id).unwrap();
    assert!(matches!(
        store.checklist(&list.id),
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.checklist_item(&a.id),
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.add_checklist_item(&list.id, "late", Recurrence::None),
        Err(StoreError::NotFound)
    ));
}

#[test]
fn a_list_name_and_an_item_have_a_length_a_hide_never_waits_long_for() {
    let mut store = Store::open(rusqlite::Connection::open_in_memory().unwrap()).unwrap();
    let list = store.create_checklist("Friday").unwrap();
    let long = "x".repeat(501);
    assert!(matches!(
        store.rename_checklist(&list.id, &long),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store.rename_checklist(&list.id, "Fri\u{0}day"),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(store.checklist(&list.id).unwrap().title, "Friday");
    let item = store
        .add_checklist_item(&list.id, &"y".repeat(2_000), Recurrence::None)
        .unwrap();
    assert!(matches!(
        store.update_checklist_item(&item.id, &"z".repeat(2_001), Recurrence::None),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(store.checklist_item(&item.id).unwrap().text.len(), 2_000);
}
