//! The vault against the real SQLCipher files and the real keychain: create, unlock, wrong PIN,
//! recovery, duress, tamper, keychain loss.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use harbour_vault::{KdfParams, LockedVault, VaultError, VaultKind};

fn mark(vault: &harbour_vault::UnlockedVault, text: &str) {
    let conn = vault.own_records().connection();
    conn.execute(
        "CREATE TABLE IF NOT EXISTS vault_test_marks(text TEXT NOT NULL)",
        [],
    )
    .unwrap();
    conn.execute("INSERT INTO vault_test_marks(text) VALUES (?1)", [text])
        .unwrap();
}

fn marks(vault: &harbour_vault::UnlockedVault) -> Vec<String> {
    let conn = vault.own_records().connection();
    let exists: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'vault_test_marks'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    if exists == 0 {
        return vec![];
    }
    let mut stmt = conn
        .prepare("SELECT text FROM vault_test_marks ORDER BY rowid")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn create_lock_and_unlock_keeps_data() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    assert_eq!(vault.kind(), VaultKind::Real);
    mark(&vault, "first entry");
    let locked = vault.lock().unwrap();
    let vault = locked.unlock(&pin(PIN)).unwrap();
    assert_eq!(marks(&vault), vec!["first entry"]);
    // A second LockedVault, as after a restart.
    vault.lock().unwrap();
    let vault = fx.locked().unlock(&pin(PIN)).unwrap();
    assert_eq!(marks(&vault), vec!["first entry"]);
}

#[test]
fn creating_over_an_existing_vault_is_refused() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    mark(&vault, "keep me");
    vault.lock().unwrap();
    let again = LockedVault::create(
        &fx.path(),
        keychain(),
        &pin("918273"),
        None,
        KdfParams::FLOOR,
    );
    assert!(matches!(again, Err(VaultError::AlreadyExists)));
    assert_eq!(
        marks(&fx.locked().unlock(&pin(PIN)).unwrap()),
        vec!["keep me"]
    );
}

#[test]
fn wrong_pin_changes_nothing_and_delays_grow_across_restarts() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    mark(&vault, "safe");
    vault.lock().unwrap();
    let vault_files = |fx: &Fixture| -> Vec<(String, Vec<u8>)> {
        fx.snapshot()
            .into_iter()
            .filter(|(name, _)| !name.ends_with("profile.state"))
            .collect()
    };
    let before = vault_files(&fx);
    for _ in 0..5 {
        assert!(matches!(
            fx.locked().unlock(&pin("111222")),
            Err(VaultError::WrongPin)
        ));
    }
    assert_eq!(
        vault_files(&fx),
        before,
        "a wrong PIN must leave the vault files byte-identical"
    );
    // The sixth try comes too soon: refused before any key derivation, even with the right PIN,
    // and a fresh LockedVault (a restarted app) sees the same delay.
    match fx.locked().unlock(&pin(PIN)) {
        Err(VaultError::Throttled { retry_after }) => assert!(retry_after.as_secs() >= 1),
        other => panic!("expected a delay, got {other:?}"),
    }
    // Never a fresh empty vault as a fallback: the data is still there once the delay is over.
    std::thread::sleep(std::time::Duration::from_secs(5));
    assert_eq!(marks(&fx.locked().unlock(&pin(PIN)).unwrap()), vec!["safe"]);
}

#[test]
fn recovery_key_opens_the_real_vault_and_sets_a_new_pin() {
    let fx = Fixture::new();
    let (vault, recovery) = fx.create(Some(DURESS));
    mark(&vault, "real record");
    vault.lock().unwrap();
    let typed = recovery.display_text().to_lowercase();
    let key = harbour_vault::RecoveryKey::parse(&typed).unwrap();
    let mut vault = fx.locked().unlock_with_recovery(&key).unwrap();
    assert_eq!(vault.kind(), VaultKind::Real);
    assert_eq!(marks(&vault), vec!["real record"]);
    vault.change_pin(&pin("260471")).unwrap();
    vault.lock().unwrap();
    assert!(matches!(
        fx.locked().unlock(&pin(PIN)),
        Err(VaultError::WrongPin)
    ));
    assert_eq!(
        marks(&fx.locked().unlock(&pin("260471")).unwrap()),
        vec!["real record"]
    );
    // The duress PIN still opens the decoy.
    assert_eq!(
        fx.locked().unlock(&pin(DURESS)).unwrap().kind(),
        VaultKind::Decoy
    );
}

#[test]
fn a_wrong_recovery_key_is_refused() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    vault.lock().unwrap();
    let other =
        harbour_vault::RecoveryKey::parse("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH").unwrap();
    assert!(matches!(
        fx.locked().unlock_with_recovery(&other),
        Err(VaultError::WrongPin)
    ));
}

#[test]
fn duress_pin_opens_the_decoy_and_never_the_real_data() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(Some(DURESS));
    mark(&vault, "REAL-CANARY-7f3a");
    vault.lock().unwrap();
    let decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    assert_eq!(decoy.kind(), VaultKind::Decoy);
    assert!(marks(&decoy).is_empty());
    // The decoy is a working vault in its own right.
    mark(&decoy, "decoy note");
    decoy.lock().unwrap();
    assert_eq!(
        marks(&fx.locked().unlock(&pin(DURESS)).unwrap()),
        vec!["decoy note"]
    );
    assert_eq!(
        marks(&fx.locked().unlock(&pin(PIN)).unwrap()),
        vec!["REAL-CANARY-7f3a"]
    );
}

/// Someone who makes the person open the app with the second PIN must find a notebook in the
/// language the person uses, written in it, and not an English one that sits oddly beside the
/// app they have seen in Urdu (nor one that names the real vault's language in another way).
#[test]
fn the_second_pins_notebook_speaks_and_is_written_in_the_language_chosen() {
    let fx = Fixture::changing_pins();
    let created = LockedVault::create_in_language(
        &fx.path(),
        fx.keychain.clone(),
        &pin(PIN),
        Some(&pin(DURESS)),
        KdfParams::FLOOR,
        Some("ur"),
    )
    .unwrap();
    created.vault.lock().unwrap();
    let decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    let own = decoy.own_records();
    assert_eq!(own.language().unwrap().as_deref(), Some("ur"));
    assert_eq!(own.space().unwrap(), harbour_store::Space::Notebook);
    let pages = own.notebook_pages().unwrap();
    assert!(!pages.is_empty());
    let arabic_script = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    assert!(pages.iter().all(|p| arabic_script(&p.title)), "{pages:?}");
    decoy.lock().unwrap();

    // A second PIN set later, after the person moved to Welsh: a Welsh notebook.
    let mut real = fx.locked().unlock(&pin(PIN)).unwrap();
    real.own_records_mut().set_language("cy").unwrap();
    real.set_duress_pin(&pin("135792"), harbour_store::Space::Notebook)
        .unwrap();
    real.lock().unwrap();
    let decoy = fx.locked().unlock(&pin("135792")).unwrap();
    assert_eq!(
        decoy.own_records().language().unwrap().as_deref(),
        Some("cy")
    );
    // Every page's title is one of the Welsh titles.
    let welsh = harbour_words::Words::new("cy");
    let title_ids: Vec<&str> = harbour_words::LANGUAGES[0]
        .1
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
        .filter(|id| id.starts_with("decoy-") && id.ends_with("-title"))
        .collect();
    assert!(title_ids.len() > 20);
    let titles: Vec<String> = title_ids.iter().map(|id| welsh.get(id)).collect();
    let pages = decoy.own_records().notebook_pages().unwrap();
    assert!(!pages.is_empty());
    assert!(pages.iter().all(|p| titles.contains(&p.title)), "{pages:?}");
}

#[test]
fn duress_pin_can_be_set_changed_and_cleared_later() {
    let fx = Fixture::changing_pins();
    let (mut vault, _) = fx.create(None);
    let header_len = std::fs::metadata(fx.path().join("profile.bin"))
        .unwrap()
        .len();
    assert!(matches!(
        fx.locked().unlock(&pin(DURESS)),
        Err(VaultError::WrongPin)
    ));
    vault
        .set_duress_pin(&pin(DURESS), harbour_store::Space::Notebook)
        .unwrap();
    // The same PIN for both is refused, in words that do not say why.
    assert!(matches!(
        vault.set_duress_pin(&pin(PIN), harbour_store::Space::Notebook),
        Err(VaultError::Invalid(_))
    ));
    mark(&vault, "real");
    vault.lock().unwrap();
    let mut decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    assert_eq!(decoy.kind(), VaultKind::Decoy);
    assert!(matches!(
        decoy.set_duress_pin(&pin("135792"), harbour_store::Space::App),
        Err(VaultError::NotAvailable)
    ));
    // From the decoy, the answer to "change my PIN to X" never depends on the real PIN.
    decoy.change_pin(&pin("135792")).unwrap();
    decoy.lock().unwrap();
    assert!(matches!(
        fx.locked().unlock(&pin(DURESS)),
        Err(VaultError::WrongPin)
    ));
    let mut decoy = fx.locked().unlock(&pin("135792")).unwrap();
    assert_eq!(decoy.kind(), VaultKind::Decoy);
    assert!(
        decoy.change_pin(&pin(PIN)).is_ok(),
        "a clash with the real PIN must not be signalled"
    );
    decoy.lock().unwrap();
    let mut vault = fx.locked().unlock(&pin(PIN)).unwrap();
    vault.clear_duress_pin().unwrap();
    vault.lock().unwrap();
    assert!(matches!(
        fx.locked().unlock(&pin(DURESS)),
        Err(VaultError::WrongPin)
    ));
    assert_eq!(
        std::fs::metadata(fx.path().join("profile.bin"))
            .unwrap()
            .len(),
        header_len
    );
    assert_eq!(
        database_files(&fx.path()).len(),
        2,
        "both databases always exist"
    );
}

#[test]
fn guessable_pins_are_refused() {
    let fx = Fixture::new();
    for bad in [
        "1234",
        "48291",
        "000000",
        "123456",
        "987654",
        "890123",
        "1234567890",
        "210987",
        "121212",
        "123123",
        "48291a",
        "4829 13",
        "12345678901234567",
    ] {
        let r = LockedVault::create(&fx.path(), keychain(), &pin(bad), None, KdfParams::FLOOR);
        assert!(matches!(r, Err(VaultError::Invalid(_))), "{bad} accepted");
    }
    assert!(!LockedVault::exists(&fx.path()));
}

#[test]
fn flipped_bytes_in_the_header_are_reported_as_damage() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    vault.lock().unwrap();
    let path = fx.path().join("profile.bin");
    let good = std::fs::read(&path).unwrap();
    for at in [0usize, 13, 40, 100, 200, 300, 350] {
        let mut bad = good.clone();
        bad[at] ^= 0x5A;
        std::fs::write(&path, &bad).unwrap();
        let result = LockedVault::open(&fx.path(), keychain()).and_then(|l| l.unlock(&pin(PIN)));
        assert!(
            matches!(result, Err(VaultError::Corrupt(_))),
            "offset {at}: {result:?}"
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
            bad,
            "nothing written over the damaged header"
        );
    }
    std::fs::write(&path, &good[..good.len() - 7]).unwrap();
    assert!(matches!(
        LockedVault::open(&fx.path(), keychain()),
        Err(VaultError::Corrupt(_))
    ));
    std::fs::write(&path, &good).unwrap();
    assert!(fx.locked().unlock(&pin(PIN)).is_ok());
}

#[test]
fn flipped_bytes_in_the_database_are_reported_as_damage_and_nothing_is_written() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    for i in 0..400 {
        mark(
            &vault,
            &format!("entry number {i} with some length to fill several pages"),
        );
    }
    vault.lock().unwrap();
    let dbs = database_files(&fx.path());
    let originals: Vec<Vec<u8>> = dbs.iter().map(|p| std::fs::read(p).unwrap()).collect();
    // Page 1 (past SQLCipher's 16-byte salt) and a page in the middle of the file.
    let real_len = originals.iter().map(Vec::len).max().unwrap();
    for offset in [100usize, real_len / 2 + 123] {
        for (p, orig) in dbs.iter().zip(&originals) {
            let mut bad = orig.clone();
            if offset < bad.len() {
                bad[offset] ^= 0xFF;
            }
            std::fs::write(p, &bad).unwrap();
        }
        let result = fx.locked().unlock(&pin(PIN));
        assert!(
            matches!(result, Err(VaultError::Corrupt(_))),
            "offset {offset}: {result:?}"
        );
        for (p, orig) in dbs.iter().zip(&originals) {
            let now = std::fs::read(p).unwrap();
            let mut expected = orig.clone();
            if offset < expected.len() {
                expected[offset] ^= 0xFF;
            }
            assert_eq!(now, expected, "the damaged file was written to");
            assert!(
                !std::path::Path::new(&format!("{}-wal", p.display())).exists()
                    || now.len() == expected.len()
            );
        }
    }
    for (p, orig) in dbs.iter().zip(&originals) {
        std::fs::write(p, orig).unwrap();
    }
    assert_eq!(marks(&fx.locked().unlock(&pin(PIN)).unwrap()).len(), 400);
}

#[test]
fn database_files_never_look_like_sqlite_and_hold_no_plaintext() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(Some(DURESS));
    let canary = "CANARY-vault-3e9b1c";
    for _ in 0..50 {
        mark(&vault, canary);
    }
    vault.lock().unwrap();
    let files = fx.snapshot();
    assert!(
        files.len() >= 4,
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for (name, bytes) in &files {
        assert!(
            !bytes.starts_with(b"SQLite format 3"),
            "{name} is a plain SQLite file"
        );
        assert!(
            !contains_canary(bytes, canary),
            "{name} holds the canary in plaintext"
        );
        assert!(
            !contains_canary(bytes, "vault_test_marks"),
            "{name} leaks schema names"
        );
    }
}

#[test]
fn lost_keychain_entry_needs_the_recovery_key_and_a_new_pin_restores_pin_unlock() {
    let fx = Fixture::new();
    let (vault, recovery) = fx.create(Some(DURESS));
    mark(&vault, "still here");
    vault.forget_device_secret().unwrap();
    vault.lock().unwrap();
    assert!(matches!(
        fx.locked().unlock(&pin(PIN)),
        Err(VaultError::DeviceSecretMissing)
    ));
    let mut vault = fx.locked().unlock_with_recovery(&recovery).unwrap();
    vault.change_pin(&pin("604938")).unwrap();
    vault.lock().unwrap();
    assert_eq!(
        marks(&fx.locked().unlock(&pin("604938")).unwrap()),
        vec!["still here"]
    );
    // The old duress PIN was bound to the lost device secret: it is gone, not half-working.
    assert!(matches!(
        fx.locked().unlock(&pin(DURESS)),
        Err(VaultError::WrongPin)
    ));
}

#[test]
fn weakened_kdf_settings_are_refused_at_creation() {
    let fx = Fixture::new();
    let weak = KdfParams {
        memory_kib: 16 * 1024,
        ..KdfParams::FLOOR
    };
    let r = LockedVault::create(&fx.path(), keychain(), &pin(PIN), None, weak);
    assert!(matches!(r, Err(VaultError::UnsupportedParams)));
}

#[test]
fn creating_where_a_header_is_missing_sets_old_files_aside_instead_of_deleting_them() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    mark(&vault, "old data");
    vault.lock().unwrap();
    let old: Vec<Vec<u8>> = database_files(&fx.path())
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    std::fs::remove_file(fx.path().join("profile.bin")).unwrap();
    let created = LockedVault::create(
        &fx.path(),
        keychain(),
        &pin("918273"),
        None,
        KdfParams::FLOOR,
    )
    .unwrap();
    assert!(marks(&created.vault).is_empty());
    let aside: Vec<_> = std::fs::read_dir(fx.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("previous-"))
        .collect();
    assert_eq!(aside.len(), 1);
    let kept: Vec<Vec<u8>> = database_files(&aside[0].path())
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    assert_eq!(kept.len(), old.len());
    for bytes in &old {
        assert!(
            kept.contains(bytes),
            "an old database was not kept byte for byte"
        );
    }
}

#[test]
fn confirming_the_current_pin_tries_only_the_open_vaults_own_slot() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(Some(DURESS));
    vault.confirm_pin(&pin(PIN)).unwrap();
    assert!(matches!(
        vault.confirm_pin(&pin(DURESS)),
        Err(VaultError::WrongPin)
    ));
    assert!(!vault.opened_by_recovery_key());
    let locked = vault.lock().unwrap();
    let decoy = locked.unlock(&pin(DURESS)).unwrap();
    assert_eq!(decoy.kind(), VaultKind::Decoy);
    decoy.confirm_pin(&pin(DURESS)).unwrap();
    // From the decoy, the real PIN is "wrong": the real slot is never tested.
    assert!(matches!(
        decoy.confirm_pin(&pin(PIN)),
        Err(VaultError::WrongPin)
    ));
    // Wrong confirmations count towards the same delay as the calculator's attempts (one was
    // counted above, in the real vault: the budget is the vault folder's, not a vault's).
    for _ in 0..4 {
        let _ = decoy.confirm_pin(&pin("918273"));
    }
    assert!(matches!(
        decoy.confirm_pin(&pin(DURESS)),
        Err(VaultError::Throttled { .. })
    ));
}

#[test]
fn a_second_pin_changed_from_inside_its_space_is_told_in_the_real_vault_only() {
    let fx = Fixture::changing_pins();
    let (vault, _) = fx.create(Some(DURESS));
    assert!(!vault.second_pin_changed_elsewhere());
    vault.lock().unwrap();
    // Someone who was given the second PIN changes it in its space (as any notebook allows).
    let mut decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    decoy.change_pin(&pin("135792")).unwrap();
    assert!(
        !decoy.second_pin_changed_elsewhere(),
        "the decoy never tells"
    );
    decoy.lock().unwrap();
    let mut real = fx.locked().unlock(&pin(PIN)).unwrap();
    assert!(real.second_pin_changed_elsewhere());
    // Setting it again from the real vault is what the person expects to end the notice.
    real.set_duress_pin(&pin("604718"), harbour_store::Space::Notebook)
        .unwrap();
    assert!(!real.second_pin_changed_elsewhere());
    // Changing the main PIN is no change to the second one.
    real.change_pin(&pin("927351")).unwrap();
    assert!(!real.second_pin_changed_elsewhere());
    real.lock().unwrap();
    assert!(
        !fx.locked()
            .unlock(&pin("927351"))
            .unwrap()
            .second_pin_changed_elsewhere()
    );
}
