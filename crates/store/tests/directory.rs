//! The support directory as the person's own list: lines added by a newer version reach older
//! vaults (never one the person removed), built-ins are put back as published, and a decoy vault
//! never shows or lists the specialist lines it hid.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use harbour_store::*;
use rusqlite::Connection;

fn open(path: &std::path::Path) -> Store {
    Store::open(Connection::open(path).unwrap()).unwrap()
}

/// The lines this version added to the built-in directory.
const NEW_LINES: [&str; 6] = [
    "gb-paladin",
    "gb-wls-live-fear-free",
    "gb-sct-domestic-abuse-helpline",
    "gb-nir-domestic-sexual-abuse-helpline",
    "gb-mens-advice-line",
    "gb-galop",
];

/// Makes the vault at `path` look as a vault made before those lines existed.
fn forget_new_lines(path: &std::path::Path) {
    let conn = Connection::open(path).unwrap();
    for id in NEW_LINES {
        conn.execute("DELETE FROM support_services WHERE id = ?1", [id])
            .unwrap();
    }
}

fn phone_of(store: &Store, id: &str) -> String {
    store.support_service(id).unwrap().fields.phone
}

#[test]
fn a_new_vault_lists_every_nation_and_the_specialist_lines() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir.path().join("vault.db"));
    let services = store.list_support_services(false).unwrap();
    let by_id = |id: &str| services.iter().find(|s| s.id == id).unwrap();
    assert_eq!(by_id("gb-paladin").fields.phone, "020 3866 4107");
    // Where each helps: England only, England and Wales, one nation each.
    assert_eq!(by_id("gb-refuge").fields.region, "GB-ENG");
    assert_eq!(
        by_id("gb-national-stalking-helpline").fields.region,
        "GB-EAW"
    );
    assert_eq!(by_id("gb-paladin").fields.region, "GB-EAW");
    assert_eq!(by_id("gb-wls-live-fear-free").fields.region, "GB-WLS");
    assert_eq!(
        by_id("gb-wls-live-fear-free").fields.phone,
        "0808 80 10 800"
    );
    assert_eq!(
        by_id("gb-sct-domestic-abuse-helpline").fields.region,
        "GB-SCT"
    );
    assert_eq!(
        by_id("gb-sct-domestic-abuse-helpline").fields.phone,
        "0800 027 1234"
    );
    assert_eq!(
        by_id("gb-nir-domestic-sexual-abuse-helpline").fields.region,
        "GB-NIR"
    );
    assert_eq!(
        by_id("gb-nir-domestic-sexual-abuse-helpline").fields.phone,
        "0808 802 1414"
    );
    assert_eq!(by_id("gb-mens-advice-line").fields.phone, "0808 801 0327");
    assert_eq!(by_id("gb-galop").fields.phone, "0800 999 5428");
    // Emergency first, as before; nothing edited, nothing removed.
    assert_eq!(services[0].id, "gb-999");
    assert!(services.iter().all(|s| s.builtin && !s.edited && !s.hidden));
    assert!(store.removed_support_services().unwrap().is_empty());
}

#[test]
fn an_older_vault_gains_the_new_lines_after_its_own_and_keeps_what_was_removed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault.db");
    let mut store = open(&path);
    let own = store
        .add_support_service(&SupportServiceFields {
            name: "Local IDVA service".into(),
            phone: "01234 567890".into(),
            region: "GB-ENG".into(),
            ..Default::default()
        })
        .unwrap();
    store.delete_support_service("gb-refuge").unwrap();
    store.close().unwrap();
    forget_new_lines(&path);

    let store = open(&path);
    let visible = store.list_support_services(false).unwrap();
    let ids: Vec<&str> = visible.iter().map(|s| s.id.as_str()).collect();
    let own_at = ids.iter().position(|id| *id == own.id).unwrap();
    for id in NEW_LINES {
        let at = ids.iter().position(|x| *x == id).expect(id);
        assert!(at > own_at, "{id} comes after the person's own entry");
    }
    assert!(!ids.contains(&"gb-refuge"), "a removed line stays removed");
    let removed = store.removed_support_services().unwrap();
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0].id, "gb-refuge");
    store.close().unwrap();

    // Opening again adds nothing twice.
    let store = open(&path);
    assert_eq!(store.list_support_services(true).unwrap().len(), 13);
}

#[test]
fn a_changed_builtin_is_marked_and_put_back_as_published() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault.db");
    let mut store = open(&path);
    let mut fields = store.support_service("gb-paladin").unwrap().fields;
    fields.phone = "07000 000000".into();
    fields.description = "My advocate there is Sam.".into();
    let changed = store.update_support_service("gb-paladin", &fields).unwrap();
    assert!(changed.edited);
    store.delete_support_service("gb-paladin").unwrap();
    store.close().unwrap();

    // Still changed and removed after a reopen (a newer version's catch-up never resets it).
    let mut store = open(&path);
    let removed = store.removed_support_services().unwrap();
    assert_eq!(removed.len(), 1);
    assert!(removed[0].edited);
    assert_eq!(removed[0].fields.phone, "07000 000000");

    // Put back as the person had it: their words kept.
    let back = store.restore_support_service("gb-paladin", false).unwrap();
    assert!(!back.hidden && back.edited);
    assert_eq!(back.fields.phone, "07000 000000");
    // Put back as published.
    let back = store.restore_support_service("gb-paladin", true).unwrap();
    assert!(!back.hidden && !back.edited);
    assert_eq!(back.fields.phone, "020 3866 4107");
    assert!(store.removed_support_services().unwrap().is_empty());
    assert_eq!(phone_of(&store, "gb-paladin"), "020 3866 4107");
}

#[test]
fn the_persons_own_entry_is_removed_for_good_and_cannot_be_restored() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir.path().join("vault.db"));
    let own = store
        .add_support_service(&SupportServiceFields {
            name: "Children's centre".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(
        !own.edited,
        "only a built-in can differ from what was published"
    );
    assert!(matches!(
        store.restore_support_service(&own.id, true),
        Err(StoreError::NotFound)
    ));
    store.delete_support_service(&own.id).unwrap();
    assert!(matches!(
        store.support_service(&own.id),
        Err(StoreError::NotFound)
    ));
    assert!(store.removed_support_services().unwrap().is_empty());
    assert!(matches!(
        store.restore_support_service("gb-no-such-line", false),
        Err(StoreError::NotFound)
    ));
    // A nameless entry is refused and nothing is written.
    let before = store.list_support_services(true).unwrap();
    assert!(
        store
            .add_support_service(&SupportServiceFields {
                name: "   ".into(),
                phone: "123".into(),
                ..Default::default()
            })
            .is_err()
    );
    assert_eq!(store.list_support_services(true).unwrap(), before);
}

#[test]
fn a_decoy_looks_like_a_vault_whose_owner_removed_the_specialist_lines_even_after_an_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("decoy.db");
    let mut store = open(&path);
    store.seed_decoy(&harbour_words::Words::english()).unwrap();
    store.close().unwrap();
    // A decoy made by a version without the new lines, opened by this one.
    forget_new_lines(&path);
    let mut store = open(&path);
    let visible = store.list_support_services(false).unwrap();
    let ids: Vec<&str> = visible.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["gb-999", "gb-101"], "only what any phone list has");
    // A state a real vault reaches: every other line removed, and so offered back, the new ones
    // among them, as in a real vault whose owner removed them all.
    let removed: Vec<String> = store
        .removed_support_services()
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(removed.len(), 10);
    for id in NEW_LINES.iter().chain(&["gb-refuge", "gb-silent-solution"]) {
        assert!(removed.iter().any(|r| r == id), "{id}");
    }
    store.restore_support_service("gb-refuge", false).unwrap();
    assert!(!store.support_service("gb-refuge").unwrap().hidden);
    store.delete_support_service("gb-refuge").unwrap();
    assert_eq!(store.removed_support_services().unwrap().len(), 10);
}

#[test]
fn a_builtin_untouched_since_an_earlier_version_is_corrected_and_one_the_person_changed_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault.db");
    open(&path).close().unwrap();
    // As version 0.1 published them: the stalking line's hours in other words, both "GB".
    let conn = Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE support_services SET hours = 'Weekdays 09:30–16:00; Wednesdays 13:00–16:00',
                region = 'GB' WHERE id = 'gb-national-stalking-helpline'",
        [],
    )
    .unwrap();
    // The person had changed Refuge's entry (their own words), still marked GB.
    conn.execute(
        "UPDATE support_services SET region = 'GB', description = 'Call from work' WHERE id = 'gb-refuge'",
        [],
    )
    .unwrap();
    drop(conn);
    let store = open(&path);
    let stalking = store
        .support_service("gb-national-stalking-helpline")
        .unwrap();
    assert_eq!(stalking.fields.region, "GB-EAW");
    assert_eq!(
        stalking.fields.hours,
        "Mon, Tue, Thu, Fri 09:30–16:00; Wed 13:00–16:00"
    );
    assert!(!stalking.edited);
    let refuge = store.support_service("gb-refuge").unwrap();
    assert_eq!(refuge.fields.region, "GB", "the person's entry is theirs");
    assert_eq!(refuge.fields.description, "Call from work");
    assert!(refuge.edited);
}
