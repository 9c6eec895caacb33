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

    let back = store.restore_support_service("gb-paladin").unwrap();
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
        store.restore_support_service(&own.id),
        Err(StoreError::NotFound)
    ));
    store.delete_support_service(&own.id).unwrap();
    assert!(matches!(
        store.support_service(&own.id),
        Err(StoreError::NotFound)
    ));
    assert!(store.removed_support_services().unwrap().is_empty());
    assert!(matches!(
        store.restore_support_service("gb-no-such-line"),
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
fn a_decoy_never_shows_nor_lists_as_removed_the_lines_it_hid_even_after_an_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("decoy.db");
    let mut store = open(&path);
    store.seed_decoy().unwrap();
    store.close().unwrap();
    // A decoy made by a version without the new lines, opened by this one.
    forget_new_lines(&path);
    let mut store = open(&path);
    let visible = store.list_support_services(false).unwrap();
    let ids: Vec<&str> = visible.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["gb-999", "gb-101"], "only what any phone list has");
    assert!(
        store.removed_support_services().unwrap().is_empty(),
        "no list of hidden helplines to find"
    );
    // The ordinary lines removed there are offered back as anywhere else.
    store.delete_support_service("gb-101").unwrap();
    let removed = store.removed_support_services().unwrap();
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0].id, "gb-101");
}
