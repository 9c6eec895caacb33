//! Tests that need more than one process: the keychain across a restart, no keychain at all, and a
//! writer killed with SIGKILL at random moments.
//!
//! The test binary re-runs itself as the child (`--ignored --exact <name>`), steered by an
//! environment variable; the child tests do nothing when run on their own.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;
use harbour_vault::{KdfParams, LockedVault, VaultError};

const ROLE: &str = "VAULT_TEST_CHILD_DIR";

fn child(name: &str, dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--ignored", "--exact", name, "--nocapture", "--test-threads=1"]).env(ROLE, dir);
    cmd
}

fn child_dir() -> Option<std::path::PathBuf> {
    std::env::var_os(ROLE).map(Into::into)
}

fn ensure_table(conn: &rusqlite_conn::Connection) {
    conn.execute("CREATE TABLE IF NOT EXISTS crash_rows(n INTEGER PRIMARY KEY, text TEXT NOT NULL)", []).unwrap();
}

// The vault re-exports nothing of rusqlite; reach the type through the store's connection.
mod rusqlite_conn {
    pub type Connection = rusqlite::Connection;
}

#[test]
#[ignore = "child process of device_secret_survives_a_process_restart"]
fn child_unlocks_and_reads() {
    let Some(dir) = child_dir() else { return };
    let vault = LockedVault::open(&dir, keychain()).unwrap().unlock(&pin(PIN)).unwrap();
    let n: i64 = vault.store().connection().query_row("SELECT count(*) FROM crash_rows", [], |r| r.get(0)).unwrap();
    println!("ROWS {n}");
}

#[test]
fn device_secret_survives_a_process_restart() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    ensure_table(vault.store().connection());
    vault.store().connection().execute("INSERT INTO crash_rows(text) VALUES ('x')", []).unwrap();
    vault.lock().unwrap();
    let out = child("child_unlocks_and_reads", &fx.path()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && stdout.contains("ROWS 1"), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
#[ignore = "child process of a_missing_keychain_is_a_clear_error"]
fn child_without_keychain() {
    let Some(dir) = child_dir() else { return };
    let existing = LockedVault::open(&dir, keychain()).unwrap().unlock(&pin(PIN));
    assert!(matches!(existing, Err(VaultError::KeychainUnavailable(_))), "{existing:?}");
    let fresh = dir.parent().unwrap().join("fresh");
    let created = LockedVault::create(&fresh, keychain(), &pin(PIN), None, KdfParams::FLOOR);
    assert!(matches!(created, Err(VaultError::KeychainUnavailable(_))), "{created:?}");
    assert!(!LockedVault::exists(&fresh), "no half-made vault is left behind");
    println!("CHILD OK");
}

#[test]
fn a_missing_keychain_is_a_clear_error() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    vault.lock().unwrap();
    let out = child("child_without_keychain", &fx.path())
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && stdout.contains("CHILD OK"), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    // And the vault is untouched: it opens as soon as the keychain is back.
    assert!(fx.locked().unlock(&pin(PIN)).is_ok());
}

#[test]
#[ignore = "child process of committed_records_survive_sigkill"]
fn child_writes_until_killed() {
    let Some(dir) = child_dir() else { return };
    let vault = LockedVault::open(&dir, keychain()).unwrap().unlock(&pin(PIN)).unwrap();
    let conn = vault.store().connection();
    ensure_table(conn);
    let mut n: i64 = conn.query_row("SELECT coalesce(max(n), 0) FROM crash_rows", [], |r| r.get(0)).unwrap();
    let mut stdout = std::io::stdout().lock();
    loop {
        n += 1;
        conn.execute("INSERT INTO crash_rows(n, text) VALUES (?1, ?2)", rusqlite::params![n, "x".repeat(700)])
            .unwrap();
        // Printed only after COMMIT returned: every number printed must survive the kill.
        writeln!(stdout, "COMMITTED {n}").unwrap();
        stdout.flush().unwrap();
    }
}

#[test]
fn committed_records_survive_sigkill() {
    let fx = Fixture::new();
    let (vault, _) = fx.create(None);
    ensure_table(vault.store().connection());
    vault.lock().unwrap();
    let mut last_committed = 0i64;
    let rounds = 12;
    for round in 0..rounds {
        let mut child = child("child_writes_until_killed", &fx.path()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut last = None;
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(n) = line.strip_prefix("COMMITTED ") {
                    last = n.trim().parse::<i64>().ok();
                }
            }
            last
        });
        // Unlocking takes a few hundred ms; kill somewhere in the writing phase.
        let jitter = u64::from(random_byte()) * 3;
        std::thread::sleep(Duration::from_millis(350 + jitter));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        if let Some(n) = reader.join().unwrap() {
            last_committed = n;
        }
        let vault = fx.locked().unlock(&pin(PIN)).unwrap_or_else(|e| panic!("round {round}: {e:?}"));
        let conn = vault.store().connection();
        let (count, max): (i64, i64) =
            conn.query_row("SELECT count(*), coalesce(max(n), 0) FROM crash_rows", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        assert!(max >= last_committed, "round {round}: lost committed rows ({max} < {last_committed})");
        assert_eq!(count, max, "round {round}: gaps in the committed sequence");
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok");
        vault.lock().unwrap();
    }
    assert!(last_committed > 0, "the child never got to write");
}

fn random_byte() -> u8 {
    let mut b = [0u8; 1];
    getrandom::fill(&mut b).unwrap();
    b[0]
}
