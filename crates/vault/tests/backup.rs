//! Backups against real vault files: a full round trip into another vault and over the same one,
//! every way a backup file can be wrong (each changes nothing), no plaintext in the file, and no
//! scratch files left behind.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{TimeZone, Utc};
use common::*;
use harbour_store::{ChainReport, ContactFields, IncidentFields, IncidentKind};
use harbour_vault::{BackupPassphrase, BackupSecret, KdfParams, UnlockedVault, VaultError};

const CANARY: &str = "backupcanary7f3a";

/// Records of every kind, including a 3 MiB attachment (so the backup spans several chunks).
fn fill(vault: &mut UnlockedVault) -> (String, Vec<u8>) {
    let store = vault.store_mut();
    store
        .add_contact(&ContactFields {
            name: format!("Dee {CANARY}"),
            ..Default::default()
        })
        .unwrap();
    let photo: Vec<u8> = (0..3 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
    let meta = store
        .add_attachment("car.jpg", "image/jpeg", &photo)
        .unwrap();
    let mut f = IncidentFields::new(
        Utc.with_ymd_and_hms(2026, 10, 3, 8, 15, 0).unwrap(),
        IncidentKind::Following,
        &format!("followed to the station {CANARY}"),
    );
    f.attachments = vec![meta.id.clone()];
    let incident = store.record_incident(&f).unwrap();
    let mut revised = f.clone();
    revised.description = format!("followed to the station and back {CANARY}");
    store.revise_incident(&incident.id, &revised).unwrap();
    (meta.id, photo)
}

fn backup(vault: &UnlockedVault, secret: BackupSecret<'_>) -> Vec<u8> {
    let mut file = Vec::new();
    vault
        .write_backup(&mut file, secret, KdfParams::FLOOR)
        .unwrap();
    file
}

fn no_scratch_left(fx: &Fixture) {
    let names: Vec<String> = std::fs::read_dir(fx.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| !n.ends_with(".scratch") && !n.ends_with(".new")),
        "{names:?}"
    );
}

#[test]
fn a_backup_restores_everything_into_another_vault() {
    let source = Fixture::new();
    let (mut vault, recovery) = source.create(None);
    let (attachment, photo) = fill(&mut vault);
    let file = backup(&vault, BackupSecret::RecoveryKey(&recovery));
    assert!(file.len() > photo.len(), "the attachment is inside");
    assert!(
        !file.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()),
        "no plaintext in the backup"
    );
    no_scratch_left(&source);

    // A different vault (another computer, a new PIN) takes the backup with the recovery key.
    let target = Fixture::new();
    let (fresh, _) = target.create(None);
    let prepared = fresh
        .prepare_restore(&file[..], BackupSecret::RecoveryKey(&recovery))
        .unwrap();
    let restored = fresh.finish_restore(prepared).unwrap();
    let store = restored.store();
    assert!(
        store.list_contacts().unwrap()[0]
            .fields
            .name
            .contains(CANARY)
    );
    assert_eq!(store.attachment_bytes(&attachment).unwrap(), photo);
    assert!(matches!(
        store.verify_chain().unwrap(),
        ChainReport::Intact { count: 2, .. }
    ));
    assert_eq!(store.search(CANARY, 10).unwrap().len(), 2);
    no_scratch_left(&target);
    // It stays restored after locking and unlocking with the new vault's own PIN.
    let again = restored.lock().unwrap().unlock(&pin(PIN)).unwrap();
    assert_eq!(again.store().attachment_bytes(&attachment).unwrap(), photo);
}

#[test]
fn restoring_over_the_same_vault_brings_back_the_backed_up_state() {
    let fx = Fixture::new();
    let (mut vault, _) = fx.create(None);
    fill(&mut vault);
    let pass = BackupPassphrase::new("lighthouse marmalade tuesday").unwrap();
    let file = backup(&vault, BackupSecret::Passphrase(&pass));
    vault
        .store_mut()
        .add_contact(&ContactFields {
            name: "added after the backup".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(vault.store().list_contacts().unwrap().len(), 2);
    let prepared = vault
        .prepare_restore(&file[..], BackupSecret::Passphrase(&pass))
        .unwrap();
    let vault = vault.finish_restore(prepared).unwrap();
    let names: Vec<String> = vault
        .store()
        .list_contacts()
        .unwrap()
        .into_iter()
        .map(|c| c.fields.name)
        .collect();
    assert_eq!(names, vec![format!("Dee {CANARY}")]);
    no_scratch_left(&fx);
}

#[test]
fn a_wrong_key_or_a_damaged_file_changes_nothing() {
    let source = Fixture::new();
    let (mut vault, recovery) = source.create(None);
    fill(&mut vault);
    let file = backup(&vault, BackupSecret::RecoveryKey(&recovery));

    let target = Fixture::new();
    let (mut other, other_recovery) = target.create(None);
    other
        .store_mut()
        .add_contact(&ContactFields {
            name: "mine".into(),
            ..Default::default()
        })
        .unwrap();
    let other = other.lock().unwrap().unlock(&pin(PIN)).unwrap();
    let before = target.snapshot();

    let pass = BackupPassphrase::new("not the right passphrase").unwrap();
    let mut too_new = file.clone();
    too_new[9] = 2;
    let mut flipped = file.clone();
    let middle = file.len() / 2;
    flipped[middle] ^= 0x40;
    let cases: Vec<(&str, Vec<u8>, BackupSecret<'_>)> = vec![
        (
            "wrong recovery key",
            file.clone(),
            BackupSecret::RecoveryKey(&other_recovery),
        ),
        (
            "passphrase for a recovery-key backup",
            file.clone(),
            BackupSecret::Passphrase(&pass),
        ),
        (
            "truncated",
            file[..file.len() - 100].to_vec(),
            BackupSecret::RecoveryKey(&recovery),
        ),
        (
            "cut after the header",
            file[..200].to_vec(),
            BackupSecret::RecoveryKey(&recovery),
        ),
        (
            "flipped byte",
            flipped,
            BackupSecret::RecoveryKey(&recovery),
        ),
        ("too new", too_new, BackupSecret::RecoveryKey(&recovery)),
        ("empty", Vec::new(), BackupSecret::RecoveryKey(&recovery)),
    ];
    for (what, bytes, secret) in cases {
        let result = other.prepare_restore(&bytes[..], secret);
        match (what, &result) {
            ("wrong recovery key", Err(VaultError::WrongPin))
            | ("passphrase for a recovery-key backup", Err(VaultError::Invalid(_)))
            | ("too new", Err(VaultError::UnsupportedVersion(2)))
            | (_, Err(VaultError::Corrupt(_))) => {}
            _ => panic!("{what}: {result:?}"),
        }
        assert_eq!(target.snapshot(), before, "{what} changed the vault folder");
    }
    assert_eq!(
        other.store().list_contacts().unwrap()[0].fields.name,
        "mine"
    );
}
