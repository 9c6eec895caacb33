//! Attacks by someone holding the laptop, each performed against the real vault files and the real
//! keychain, and each shown to fail: guessing around the delay (through the second PIN, the
//! decoy's PIN forms, the recovery key, restarts, tries fired together, and by deleting,
//! truncating or putting back any file of the vault folder), and reading files other accounts
//! should not. `docs/threat-model.md` lists which promise each one proves.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::*;
use harbour_vault::{LockedVault, RecoveryKey, VaultError, VaultKind};

/// A PIN nobody set.
const WRONG: &str = "111222";

fn is_wrong<T>(r: Result<T, VaultError>) -> bool {
    matches!(r, Err(VaultError::WrongPin))
}

fn is_delayed<T>(r: Result<T, VaultError>) -> bool {
    matches!(r, Err(VaultError::Throttled { .. }))
}

#[test]
fn opening_the_decoy_between_guesses_never_resets_the_delay() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(Some(DURESS));
    vault.lock().unwrap();
    // The attack: two guesses, the second PIN (which opens), two more, and so on.
    for round in 0..3 {
        for _ in 0..2 {
            let r = fx.locked().unlock(&pin(WRONG)).map(|_| ());
            if round == 2 {
                // Five wrong in all by the second guess of the third round.
                assert!(is_wrong_ref(&r) || matches!(r, Err(VaultError::Throttled { .. })));
            } else {
                assert!(is_wrong(r));
            }
        }
        if round < 2 {
            let decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
            assert_eq!(decoy.kind(), VaultKind::Decoy);
            decoy.lock().unwrap();
        }
    }
    assert!(
        is_delayed(fx.locked().unlock(&pin(WRONG))),
        "the second PIN must not have reset the count"
    );
    // The second PIN still opens its space during the delay: someone who guessed first and then
    // forced it out of the person must see it work. The real PIN waits.
    let decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    assert_eq!(decoy.kind(), VaultKind::Decoy);
    decoy.lock().unwrap();
    assert!(is_delayed(fx.locked().unlock(&pin(PIN))));
    assert!(is_delayed(fx.locked().unlock(&pin(WRONG))));
}

#[test]
fn a_right_pin_resets_nothing() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    vault.lock().unwrap();
    for _ in 0..4 {
        assert!(is_wrong(fx.locked().unlock(&pin(WRONG))));
    }
    fx.locked().unlock(&pin(PIN)).unwrap().lock().unwrap();
    assert!(is_wrong(fx.locked().unlock(&pin(WRONG))));
    assert!(is_delayed(fx.locked().unlock(&pin(PIN))));
}

#[test]
fn candidates_tried_as_the_decoys_new_pin_cost_what_guesses_cost() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(Some(DURESS));
    vault.lock().unwrap();
    let mut decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    // The attack: make each candidate the decoy's PIN, hide, type it: if the real vault opens,
    // it was the real PIN. Each change now costs one unit, like a wrong guess at the calculator.
    let candidates = ["270415", "270416", "270417", "270418", "270419"];
    for c in candidates {
        decoy.change_pin(&pin(c)).unwrap();
    }
    assert!(
        is_delayed(decoy.change_pin(&pin("270420"))),
        "a sixth candidate must wait like a sixth guess"
    );
    // And the confirm-PIN form of the decoy never tests the real slot, at the same cost.
    assert!(is_delayed(decoy.confirm_pin(&pin(PIN))));
    decoy.lock().unwrap();
    assert!(is_delayed(fx.locked().unlock(&pin("270420"))));
    assert!(is_delayed(fx.locked().unlock(&pin(PIN))));
}

#[test]
fn deleting_truncating_or_putting_back_any_file_of_the_folder_keeps_the_delay() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(Some(DURESS));
    vault.lock().unwrap();
    let fresh = fx.snapshot();
    for _ in 0..5 {
        assert!(is_wrong(fx.locked().unlock(&pin(WRONG))));
    }
    // Two more, each after its delay, so the one running (20 s) outlasts all the tampering below
    // (each try made during a delay still derives a key, for the second PIN's sake).
    for wait in [5, 10] {
        std::thread::sleep(Duration::from_millis(wait * 1000 + 300));
        assert!(is_wrong(fx.locked().unlock(&pin(WRONG))));
    }
    let now = fx.snapshot();
    for (path, _) in &now {
        if path.ends_with("profile.bin") {
            continue; // Without its header there is no vault to guess at.
        }
        let path = std::path::Path::new(path);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let old = fresh
            .iter()
            .find(|(p, _)| p.ends_with(&name))
            .map(|(_, b)| b.clone());
        let mut tampering: Vec<(&str, Option<Vec<u8>>)> =
            vec![("deleted", None), ("truncated", Some(Vec::new()))];
        if let Some(old) = old {
            tampering.push(("an older copy put back", Some(old)));
        }
        tampering.push(("garbage", Some(vec![0xA5; 44])));
        let original = std::fs::read(path).unwrap();
        for (what, bytes) in tampering {
            match &bytes {
                None => std::fs::remove_file(path).unwrap(),
                Some(b) => std::fs::write(path, b).unwrap(),
            }
            let r = fx.locked().unlock(&pin(PIN)).map(|_| ());
            assert!(
                matches!(r, Err(VaultError::Throttled { .. })),
                "{name} {what}: the delay was reset: {r:?}"
            );
            std::fs::write(path, &original).unwrap();
        }
    }
}

#[test]
fn the_delay_holds_across_restarts_and_for_the_recovery_key_which_always_works_after_it() {
    let fx = Fixture::new();
    let (vault, recovery) = fx.create(None);
    vault.lock().unwrap();
    let not_it = RecoveryKey::typed(&"1".repeat(40)).unwrap();
    for _ in 0..5 {
        // A fresh LockedVault each time: what a restarted app sees.
        assert!(is_wrong(fx.locked().unlock_with_recovery(&not_it)));
    }
    assert!(is_delayed(fx.locked().unlock(&pin(PIN))));
    assert!(is_delayed(fx.locked().unlock_with_recovery(&recovery)));
    std::thread::sleep(Duration::from_secs(5));
    let typed = RecoveryKey::typed(&recovery.display_text()).unwrap();
    let vault = fx.locked().unlock_with_recovery(&typed).unwrap();
    assert!(vault.opened_by_recovery_key());
}

#[test]
fn tries_fired_together_take_turns_and_each_sees_the_delay_before_it() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    vault.lock().unwrap();
    let path = fx.path();
    let results: Vec<Result<(), VaultError>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let path = path.clone();
                s.spawn(move || {
                    LockedVault::open(&path, keychain())
                        .unwrap()
                        .unlock(&pin(WRONG))
                        .map(|_| ())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let wrong = results.iter().filter(|r| is_wrong_ref(r)).count();
    let delayed = results
        .iter()
        .filter(|r| matches!(r, Err(VaultError::Throttled { .. })))
        .count();
    assert_eq!(
        (wrong, delayed),
        (5, 3),
        "eight tries at once: five counted, three refused"
    );
}

fn is_wrong_ref(r: &Result<(), VaultError>) -> bool {
    matches!(r, Err(VaultError::WrongPin))
}

#[cfg(unix)]
#[test]
fn no_file_of_the_vault_is_readable_by_another_account() {
    use std::os::unix::fs::PermissionsExt;
    let fx = Fixture::new();
    let (mut vault, _) = fx.create(Some(DURESS));
    vault
        .own_records_mut()
        .add_contact(&harbour_store::ContactFields {
            name: "someone".into(),
            ..Default::default()
        })
        .unwrap();
    let open_modes = modes(&fx.path());
    assert!(
        open_modes.iter().any(|(p, _)| p.ends_with("-wal")),
        "the open database has its side files: {open_modes:?}"
    );
    vault.lock().unwrap();
    // A vault made by an older version (databases 0644) is narrowed when opened.
    for (p, _) in modes(&fx.path()) {
        if p.ends_with(".db") {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
    let decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    let real = fx.locked().unlock(&pin(PIN)).unwrap();
    let all = [open_modes, modes(&fx.path())].concat();
    for (path, mode) in &all {
        assert_eq!(mode & 0o077, 0, "{path} is mode {mode:o}");
    }
    let folder = std::fs::metadata(fx.path()).unwrap().permissions().mode();
    assert_eq!(folder & 0o077, 0, "the folder is mode {folder:o}");
    drop((decoy, real));
}

fn modes(dir: &std::path::Path) -> Vec<(String, u32)> {
    use std::os::unix::fs::PermissionsExt;
    files_under(dir)
        .into_iter()
        .map(|p| {
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            (p.display().to_string(), mode)
        })
        .collect()
}

#[test]
fn after_a_session_in_either_vault_the_two_databases_look_alike_from_outside() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(Some(DURESS));
    vault.lock().unwrap();
    let dbs = || -> Vec<std::path::PathBuf> {
        files_under(&fx.path())
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "db"))
            .collect()
    };
    for which in [PIN, DURESS] {
        let mut vault = fx.locked().unlock(&pin(which)).unwrap();
        vault
            .own_records_mut()
            .add_contact(&harbour_store::ContactFields {
                name: "written in this session".into(),
                ..Default::default()
            })
            .unwrap();
        std::thread::sleep(Duration::from_millis(20));
        vault.lock().unwrap();
        let files = dbs();
        assert_eq!(files.len(), 2);
        let times: Vec<_> = files
            .iter()
            .map(|p| std::fs::metadata(p).unwrap().modified().unwrap())
            .collect();
        assert_eq!(
            times[0], times[1],
            "after a session in one, both have the same modification time"
        );
        // And no side file tells which one was open.
        let names: Vec<String> = files_under(&fx.path())
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert!(
            names
                .iter()
                .all(|n| !n.ends_with("-wal") && !n.ends_with("-shm") && !n.ends_with("-journal")),
            "{names:?}"
        );
    }
}

#[test]
fn the_second_pins_file_grows_in_step_with_the_real_one() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(Some(DURESS));
    // Ten years of records, in one go: the real file grows by about 12 MiB.
    vault
        .own_records()
        .connection()
        .execute_batch(
            "CREATE TABLE vault_test_bulk(b BLOB);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
             INSERT INTO vault_test_bulk SELECT randomblob(1048576) FROM n;",
        )
        .unwrap();
    vault.lock().unwrap();
    let sizes = || -> Vec<u64> {
        let mut s: Vec<u64> = files_under(&fx.path())
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "db"))
            .map(|p| std::fs::metadata(p).unwrap().len())
            .collect();
        s.sort();
        s
    };
    let s = sizes();
    assert!(s[1] > 12 << 20, "{s:?}");
    assert!(
        s[0] as f64 >= s[1] as f64 * 0.8,
        "the decoy's file stayed small beside the real one: {s:?}"
    );
    // Still a working space of its own, and the real one is as it was.
    let decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    assert_eq!(decoy.kind(), VaultKind::Decoy);
    decoy.lock().unwrap();
    let real = fx.locked().unlock(&pin(PIN)).unwrap();
    let rows: i64 = real
        .own_records()
        .connection()
        .query_row("SELECT count(*) FROM vault_test_bulk", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 12);
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_link_planted_in_the_folder_neither_blocks_nor_skips_the_count() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    vault.lock().unwrap();
    // Where the count's file was once written first: a pipe there would block the write (and a
    // killed app would never have counted the try); a link would write elsewhere.
    let planted = fx.path().join(".profile.state.tmp");
    let made = std::process::Command::new("mkfifo")
        .arg(&planted)
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/null", fx.path().join("profile.state.link")).unwrap();
    let (done, wait) = std::sync::mpsc::channel();
    let path = fx.path();
    std::thread::spawn(move || {
        let r = LockedVault::open(&path, keychain())
            .unwrap()
            .unlock(&pin(WRONG))
            .map(|_| ());
        let _ = done.send(r);
    });
    let r = wait
        .recv_timeout(Duration::from_secs(30))
        .expect("a wrong try must not hang on a planted pipe");
    assert!(is_wrong_ref(&r));
    for _ in 0..4 {
        assert!(is_wrong(fx.locked().unlock(&pin(WRONG))));
    }
    assert!(
        is_delayed(fx.locked().unlock(&pin(PIN))),
        "every try was counted"
    );
}

#[cfg(unix)]
#[test]
fn another_program_holding_the_folder_cannot_freeze_unlocking() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    vault.lock().unwrap();
    let held = std::fs::File::open(fx.path()).unwrap();
    held.lock().unwrap();
    let (done, wait) = std::sync::mpsc::channel();
    let path = fx.path();
    std::thread::spawn(move || {
        let opened = LockedVault::open(&path, keychain())
            .unwrap()
            .unlock(&pin(PIN))
            .is_ok();
        let _ = done.send(opened);
    });
    let opened = wait
        .recv_timeout(Duration::from_secs(30))
        .expect("the unlock must not wait for ever on a lock someone else holds");
    assert!(opened);
    drop(held);
}

#[test]
fn a_count_written_sky_high_into_the_file_stops_at_the_longest_delay() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    vault.lock().unwrap();
    // The file's own format (count, last time, SHA-256 of both), as anyone can write it.
    let mut bytes = Vec::new();
    bytes.extend_from_slice(&u32::MAX.to_le_bytes());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    bytes.extend_from_slice(&now.to_le_bytes());
    let sum = <sha2::Sha256 as sha2::Digest>::digest(&bytes);
    bytes.extend_from_slice(&sum);
    std::fs::write(fx.path().join("profile.state"), &bytes).unwrap();
    // The longest delay, as after many wrong tries: but no longer, and it clears within hours
    // (a count of 13, one forgiven an hour), not never.
    match fx.locked().unlock(&pin(PIN)) {
        Err(VaultError::Throttled { retry_after }) => {
            assert!(retry_after <= Duration::from_secs(15 * 60))
        }
        other => panic!("{other:?}"),
    }
    assert!(is_delayed(fx.locked().unlock(&pin(WRONG))));
    let kept = std::fs::read(fx.path().join("profile.state")).unwrap();
    let count = u32::from_le_bytes(kept[..4].try_into().unwrap());
    assert_eq!(count, 13, "the count stops at 13");
}
