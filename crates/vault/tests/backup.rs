//! Backups against real vault files: a full round trip into another vault and over the same one,
//! every way a backup file can be wrong (each changes nothing), no plaintext in the file, and no
//! scratch files left behind.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{TimeZone, Utc};
use common::*;
use harbour_store::{ChainReport, ContactFields, IncidentFields, IncidentKind, Section};
use harbour_vault::{BackupPassphrase, BackupSecret, KdfParams, UnlockedVault, VaultError};

const CANARY: &str = "backupcanary7f3a";

/// Records of every kind, including a 3 MiB attachment (so the backup spans several chunks).
fn fill(vault: &mut UnlockedVault) -> (String, Vec<u8>) {
    let store = vault.own_records_mut();
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
    // Something being written when the backup was made, with a file of its own.
    let draft_file = store
        .add_attachment("note.jpg", "image/jpeg", b"a picture of a note")
        .unwrap();
    store
        .save_draft(&harbour_store::DraftFields {
            id: "incident",
            label: "A new incident",
            body: &format!(r#"{{"controls":{{"f-description":"waiting at the gate {CANARY}"}}}}"#),
            attachments: &[draft_file.id],
        })
        .unwrap();
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
    let names: Vec<String> = fx.snapshot().into_iter().map(|(name, _)| name).collect();
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
    let companion_here = fresh.own_records().companion_key().unwrap().unwrap();
    let prepared = fresh
        .prepare_restore(&file[..], BackupSecret::RecoveryKey(&recovery))
        .unwrap();
    let restored = fresh.finish_restore(prepared).unwrap();
    let store = restored.own_records();
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
    // A draft is part of the vault: it comes back with its file.
    let drafts = store.drafts().unwrap();
    assert_eq!(drafts.len(), 1);
    assert!(
        drafts[0]
            .body
            .contains(&format!("waiting at the gate {CANARY}"))
    );
    assert_eq!(
        store.attachment_bytes(&drafts[0].attachments[0]).unwrap(),
        b"a picture of a note"
    );
    no_scratch_left(&target);
    // What the vault keeps about its own folder is this folder's, not the other computer's: the
    // other database's key (so its size keeps in step), and no second PIN "changed elsewhere".
    assert_eq!(
        store.companion_key().unwrap().map(|k| k.to_vec()),
        Some(companion_here.to_vec())
    );
    assert!(!restored.second_pin_changed_elsewhere());
    // It stays restored after locking and unlocking with the new vault's own PIN.
    let again = restored.lock().unwrap().unlock(&pin(PIN)).unwrap();
    assert_eq!(
        again.own_records().attachment_bytes(&attachment).unwrap(),
        photo
    );
}

#[test]
fn restoring_over_the_same_vault_brings_back_the_backed_up_state() {
    let fx = Fixture::new();
    let (mut vault, _) = fx.create(None);
    fill(&mut vault);
    let pass = BackupPassphrase::new("lighthouse marmalade tuesday").unwrap();
    let file = backup(&vault, BackupSecret::Passphrase(&pass));
    vault
        .own_records_mut()
        .add_contact(&ContactFields {
            name: "added after the backup".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(vault.own_records().list_contacts().unwrap().len(), 2);
    let prepared = vault
        .prepare_restore(&file[..], BackupSecret::Passphrase(&pass))
        .unwrap();
    let vault = vault.finish_restore(prepared).unwrap();
    let names: Vec<String> = vault
        .own_records()
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
        .own_records_mut()
        .add_contact(&ContactFields {
            name: "mine".into(),
            ..Default::default()
        })
        .unwrap();
    let other = other.lock().unwrap().unlock(&pin(PIN)).unwrap();
    let before = target.snapshot();

    let pass = BackupPassphrase::new("not the right passphrase").unwrap();
    let mut too_new = file.clone();
    too_new[9] = 3;
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
            | ("too new", Err(VaultError::UnsupportedVersion(3)))
            | (_, Err(VaultError::Corrupt(_))) => {}
            _ => panic!("{what}: {result:?}"),
        }
        assert_eq!(target.snapshot(), before, "{what} changed the vault folder");
    }
    assert_eq!(
        other.own_records().list_contacts().unwrap()[0].fields.name,
        "mine"
    );
}

fn notes(vault: &UnlockedVault) -> String {
    vault
        .records()
        .plan_section(Section::EscapeBag)
        .unwrap()
        .notes
}

fn add_case(vault: &mut UnlockedVault, label: &str, words: &str) -> String {
    let id = vault.create_case().unwrap();
    vault.own_records_mut().add_case(&id, label).unwrap();
    vault
        .own_records_mut()
        .set_case_notes(&id, &format!("private {words}"))
        .unwrap();
    vault.open_case(&id).unwrap();
    vault
        .records_mut()
        .set_section_notes(Section::EscapeBag, words)
        .unwrap();
    vault.close_case().unwrap();
    id
}

fn case_notes(vault: &mut UnlockedVault, id: &str) -> String {
    vault.open_case(id).unwrap();
    let words = notes(vault);
    vault.close_case().unwrap();
    words
}

fn labels(vault: &UnlockedVault) -> Vec<(String, String)> {
    vault
        .own_records()
        .cases()
        .unwrap()
        .into_iter()
        .map(|c| (c.label, c.notes))
        .collect()
}

/// An advocate's backup holds every case, each still its own compartment: restoring brings them
/// back, keeps a case added since, opens on another computer, and never writes over the other
/// vault's cases in the same folder.
#[test]
fn an_advocates_backup_holds_every_case_and_a_restore_loses_none() {
    const ONE: &str = "CASE-ONE-BACKUP-CANARY-61c2";
    const TWO: &str = "CASE-TWO-BACKUP-CANARY-9e07";
    const THREE: &str = "CASE-THREE-AFTER-CANARY-44ab";
    let fx = Fixture::new();
    let (mut vault, recovery) = fx.create(Some(DURESS));
    vault
        .own_records_mut()
        .set_section_notes(Section::EscapeBag, "own words")
        .unwrap();
    let one = add_case(&mut vault, "J.S.", ONE);
    let two = add_case(&mut vault, "A.K.", TWO);
    // Backed up while a case is open: the open one is copied from its open database.
    vault.open_case(&one).unwrap();
    let mut file = Vec::new();
    let written = vault
        .write_backup(
            &mut file,
            BackupSecret::RecoveryKey(&recovery),
            KdfParams::FLOOR,
        )
        .unwrap();
    assert_eq!(written.cases, 2);
    assert_eq!(written.bytes, file.len() as u64);
    for canary in [ONE, TWO, "private"] {
        assert!(!contains_canary(&file, canary), "{canary} in the backup");
    }
    no_scratch_left(&fx);

    // After the backup: case one changes, case three is added.
    vault
        .records_mut()
        .set_section_notes(Section::EscapeBag, "changed since")
        .unwrap();
    vault.close_case().unwrap();
    let three = add_case(&mut vault, "M.T.", THREE);
    vault.open_case(&two).unwrap();

    let prepared = vault
        .prepare_restore(&file[..], BackupSecret::RecoveryKey(&recovery))
        .unwrap();
    assert_eq!(prepared.cases_restored(), 2);
    assert_eq!(prepared.cases_kept(), 1);
    let mut vault = vault.finish_restore(prepared).unwrap();
    assert_eq!(
        vault.open_case_id(),
        None,
        "a restore is back in the own records"
    );
    assert_eq!(notes(&vault), "own words");
    assert_eq!(
        labels(&vault),
        vec![
            ("J.S.".to_owned(), format!("private {ONE}")),
            ("A.K.".to_owned(), format!("private {TWO}")),
            ("M.T.".to_owned(), format!("private {THREE}")),
        ]
    );
    assert_eq!(case_notes(&mut vault, &one), ONE, "case one as backed up");
    assert_eq!(case_notes(&mut vault, &two), TWO);
    assert_eq!(
        case_notes(&mut vault, &three),
        THREE,
        "the newer case is kept"
    );
    no_scratch_left(&fx);
    let mut vault = vault.lock().unwrap().unlock(&pin(PIN)).unwrap();
    assert_eq!(case_notes(&mut vault, &one), ONE);

    // A staged case left by a restore that never finished is thrown away at the next unlock,
    // and the case itself is untouched.
    let pages = fx.path().join("pages");
    std::fs::copy(
        pages.join(format!("{one}.db")),
        pages.join(format!("{one}.db.new")),
    )
    .unwrap();
    let mut vault = vault.lock().unwrap().unlock(&pin(PIN)).unwrap();
    assert!(!pages.join(format!("{one}.db.new")).exists());
    assert_eq!(case_notes(&mut vault, &one), ONE);

    // The same backup restored into the decoy of this folder: its cases get ids of their own
    // (the real vault's files stay as they are), and read back in the decoy.
    vault.lock().unwrap();
    let mut decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    assert!(decoy.own_records().cases().unwrap().is_empty());
    let prepared = decoy
        .prepare_restore(&file[..], BackupSecret::RecoveryKey(&recovery))
        .unwrap();
    decoy = decoy.finish_restore(prepared).unwrap();
    let decoy_cases = decoy.own_records().cases().unwrap();
    assert_eq!(decoy_cases.len(), 2);
    for case in &decoy_cases {
        assert!(case.id != one && case.id != two && case.id != three);
    }
    assert_eq!(case_notes(&mut decoy, &decoy_cases[0].id), ONE);
    assert!(
        decoy.open_case(&one).is_err(),
        "the real vault's case stays closed to it"
    );
    decoy.lock().unwrap();
    let mut vault = fx.locked().unlock(&pin(PIN)).unwrap();
    assert_eq!(case_notes(&mut vault, &one), ONE);
    assert_eq!(case_notes(&mut vault, &three), THREE);

    // On another computer (a new vault, so a new master key) every case opens.
    let other = Fixture::new();
    let (fresh, _) = other.create(None);
    let checked = harbour_vault::CheckedBackup::read(
        &std::env::temp_dir(),
        &file[..],
        BackupSecret::RecoveryKey(&recovery),
    )
    .unwrap();
    assert_eq!(checked.cases(), 2);
    let prepared = fresh.adopt(checked).unwrap();
    let mut fresh = fresh.finish_restore(prepared).unwrap();
    assert_eq!(case_notes(&mut fresh, &one), ONE);
    assert_eq!(case_notes(&mut fresh, &two), TWO);
    for (name, bytes) in other.snapshot() {
        for canary in [ONE, TWO] {
            assert!(!contains_canary(&bytes, canary), "{name} holds {canary}");
        }
    }
}

/// One damaged case doesn't stop the rest of the caseload being backed up: it is left out, and
/// counted, so the person can be told.
#[test]
fn a_damaged_case_is_left_out_of_a_backup_and_counted() {
    let fx = Fixture::new();
    let (mut vault, recovery) = fx.create(None);
    let good = add_case(&mut vault, "J.S.", "GOOD-CASE-WORDS");
    let bad = add_case(&mut vault, "A.K.", "BAD-CASE-WORDS");
    let path = fx.path().join("pages").join(format!("{bad}.db"));
    let mut bytes = std::fs::read(&path).unwrap();
    for b in &mut bytes[5000..9000] {
        *b ^= 0x5a;
    }
    std::fs::write(&path, bytes).unwrap();
    let mut file = Vec::new();
    let written = vault
        .write_backup(
            &mut file,
            BackupSecret::RecoveryKey(&recovery),
            KdfParams::FLOOR,
        )
        .unwrap();
    assert_eq!((written.cases, written.cases_unreadable), (1, 1));
    no_scratch_left(&fx);

    let other = Fixture::new();
    let (fresh, _) = other.create(None);
    let prepared = fresh
        .prepare_restore(&file[..], BackupSecret::RecoveryKey(&recovery))
        .unwrap();
    let mut fresh = fresh.finish_restore(prepared).unwrap();
    assert_eq!(case_notes(&mut fresh, &good), "GOOD-CASE-WORDS");
    assert!(
        fresh.open_case(&bad).is_err(),
        "the damaged case is not in the backup"
    );
}

/// A case the restore cannot put in place (here, something that isn't a file sits where its
/// journal goes) stays as it was, is counted so the person can be told, and is never replaced
/// later over what is done in it meanwhile.
#[test]
fn a_case_that_cannot_be_put_in_place_stays_as_it_was() {
    let fx = Fixture::new();
    let (mut vault, recovery) = fx.create(None);
    let one = add_case(&mut vault, "J.S.", "AS-BACKED-UP");
    let two = add_case(&mut vault, "A.K.", "TWO-BACKED-UP");
    let mut file = Vec::new();
    vault
        .write_backup(
            &mut file,
            BackupSecret::RecoveryKey(&recovery),
            KdfParams::FLOOR,
        )
        .unwrap();
    vault.open_case(&one).unwrap();
    vault
        .records_mut()
        .set_section_notes(Section::EscapeBag, "WRITTEN-SINCE")
        .unwrap();
    vault.close_case().unwrap();

    let pages = fx.path().join("pages");
    let blocker = pages.join(format!("{one}.db-wal"));
    let prepared = vault
        .prepare_restore(&file[..], BackupSecret::RecoveryKey(&recovery))
        .unwrap();
    // After the checks, before the swap: as if something took hold of the case meanwhile.
    std::fs::create_dir(&blocker).unwrap();
    let vault = vault.finish_restore(prepared).unwrap();
    assert_eq!(vault.cases_not_restored(), 1);
    assert!(
        !pages.join(format!("{one}.db.new")).exists(),
        "no copy waits to replace it later"
    );
    std::fs::remove_dir(&blocker).unwrap();

    let mut vault = vault.lock().unwrap().unlock(&pin(PIN)).unwrap();
    assert_eq!(case_notes(&mut vault, &one), "WRITTEN-SINCE");
    assert_eq!(case_notes(&mut vault, &two), "TWO-BACKED-UP");
    no_scratch_left(&fx);
}

/// A backup is written a case at a time, and the vault may change between parts (the app lets go
/// of it so a hide locks at once): a case removed meanwhile is passed over, one added is not
/// taken, an unfinished backup can't be finished, and no other session can carry it on.
#[test]
fn a_backup_written_in_parts_takes_the_cases_there_when_it_started() {
    let fx = Fixture::new();
    let (mut vault, recovery) = fx.create(None);
    let one = add_case(&mut vault, "J.S.", "PART-ONE-WORDS");
    let two = add_case(&mut vault, "A.K.", "PART-TWO-WORDS");
    let three = add_case(&mut vault, "M.T.", "PART-THREE-WORDS");
    let secret = BackupSecret::RecoveryKey(&recovery);

    let mut file = Vec::new();
    let mut backup = vault
        .start_backup(&mut file, secret, KdfParams::FLOOR)
        .unwrap();
    assert_eq!(backup.cases_to_come(), 3);
    // Between parts: one case goes, one comes.
    vault.remove_case(&two).unwrap();
    let four = add_case(&mut vault, "R.B.", "PART-FOUR-WORDS");
    let mut steps = 0;
    while vault.continue_backup(&mut backup).unwrap() {
        steps += 1;
    }
    assert_eq!(steps, 3, "one step per case there at the start");
    let written = backup.finish().unwrap();
    assert_eq!((written.cases, written.cases_unreadable), (2, 0));
    assert_eq!(written.bytes, file.len() as u64);
    no_scratch_left(&fx);

    let other = Fixture::new();
    let (fresh, _) = other.create(None);
    let prepared = fresh
        .prepare_restore(&file[..], BackupSecret::RecoveryKey(&recovery))
        .unwrap();
    assert_eq!(prepared.cases_restored(), 2);
    let mut fresh = fresh.finish_restore(prepared).unwrap();
    assert_eq!(case_notes(&mut fresh, &one), "PART-ONE-WORDS");
    assert_eq!(case_notes(&mut fresh, &three), "PART-THREE-WORDS");
    assert!(fresh.open_case(&two).is_err(), "removed before its turn");
    assert!(fresh.open_case(&four).is_err(), "added after the start");

    // Finishing with cases still to come is refused, and what was written is no backup.
    let mut cut = Vec::new();
    let backup = vault
        .start_backup(&mut cut, secret, KdfParams::FLOOR)
        .unwrap();
    assert!(matches!(backup.finish(), Err(VaultError::NotAvailable)));
    assert!(matches!(
        vault.prepare_restore(&cut[..], secret),
        Err(VaultError::Corrupt(_))
    ));
    no_scratch_left(&fx);

    // Locked and opened again (as after a hide): the backup started before can't be carried on.
    let mut stale = Vec::new();
    let mut backup = vault
        .start_backup(&mut stale, secret, KdfParams::FLOOR)
        .unwrap();
    let listed = vault.own_records().cases().unwrap().len();
    assert_eq!(backup.cases_to_come(), listed);
    let vault = vault.lock().unwrap().unlock(&pin(PIN)).unwrap();
    assert!(matches!(
        vault.continue_backup(&mut backup),
        Err(VaultError::NotAvailable)
    ));
    assert_eq!(backup.cases_to_come(), listed, "nothing was taken");
}

/// A restore prepared in one unlocked session (under its keys) is refused by any other: the
/// decoy opened after a hide, or the same vault opened again. Nothing changes in either.
#[test]
fn a_restore_prepared_before_a_lock_is_not_put_in_place_after_it() {
    let fx = Fixture::new();
    let (mut vault, recovery) = fx.create(Some(DURESS));
    vault
        .own_records_mut()
        .set_section_notes(Section::EscapeBag, "backed up")
        .unwrap();
    let file = backup(&vault, BackupSecret::RecoveryKey(&recovery));
    vault
        .own_records_mut()
        .set_section_notes(Section::EscapeBag, "written since")
        .unwrap();
    let prepare = |vault: &UnlockedVault| {
        vault
            .prepare_restore(&file[..], BackupSecret::RecoveryKey(&recovery))
            .unwrap()
    };
    let (for_decoy, for_reopened) = (prepare(&vault), prepare(&vault));
    vault.lock().unwrap();

    let decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    let decoy_notes = notes(&decoy);
    assert!(matches!(
        decoy.finish_restore(for_decoy),
        Err(VaultError::NotAvailable)
    ));
    let reopened = fx.locked().unlock(&pin(PIN)).unwrap();
    assert!(matches!(
        reopened.finish_restore(for_reopened),
        Err(VaultError::NotAvailable)
    ));

    let real = fx.locked().unlock(&pin(PIN)).unwrap();
    assert_eq!(notes(&real), "written since", "nothing was replaced");
    real.lock().unwrap();
    let decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    assert_eq!(notes(&decoy), decoy_notes);
    decoy.lock().unwrap();
    no_scratch_left(&fx);
}

/// A restore is re-keyed a case at a time too (the app lets go of the vault between cases), and
/// only the session that started it can carry it on.
#[test]
fn a_restore_in_parts_is_carried_on_only_by_its_own_session() {
    let fx = Fixture::new();
    let (mut vault, recovery) = fx.create(None);
    let one = add_case(&mut vault, "J.S.", "STEP-ONE-WORDS");
    let two = add_case(&mut vault, "A.K.", "STEP-TWO-WORDS");
    let file = backup(&vault, BackupSecret::RecoveryKey(&recovery));
    let secret = BackupSecret::RecoveryKey(&recovery);
    let read = || harbour_vault::CheckedBackup::read(&fx.path(), &file[..], secret).unwrap();

    let mut restore = vault.start_restore(read()).unwrap();
    assert_eq!(restore.cases_to_come(), 2);
    assert!(vault.continue_restore(&mut restore).unwrap());
    let vault = vault.lock().unwrap().unlock(&pin(PIN)).unwrap();
    assert!(matches!(
        vault.continue_restore(&mut restore),
        Err(VaultError::NotAvailable)
    ));
    assert!(matches!(restore.prepared(), Err(VaultError::NotAvailable)));
    no_scratch_left(&fx);

    let mut restore = vault.start_restore(read()).unwrap();
    let mut steps = 0;
    while vault.continue_restore(&mut restore).unwrap() {
        steps += 1;
    }
    assert_eq!(steps, 2);
    let prepared = restore.prepared().unwrap();
    assert_eq!(prepared.cases_restored(), 2);
    let mut vault = vault.finish_restore(prepared).unwrap();
    assert_eq!(case_notes(&mut vault, &one), "STEP-ONE-WORDS");
    assert_eq!(case_notes(&mut vault, &two), "STEP-TWO-WORDS");
    no_scratch_left(&fx);
}

/// Turns writes away once a limit is reached, as a full disk or a pulled USB stick would.
struct FillsUp {
    room: usize,
}

impl std::io::Write for FillsUp {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if buf.len() > self.room {
            return Err(std::io::Error::other("no space left"));
        }
        self.room -= buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A backup whose file can't be written stops there: no later step or finish writes anything
/// more into a stream that may hold half a part.
#[test]
fn a_backup_that_failed_once_writes_nothing_more() {
    let fx = Fixture::new();
    let (mut vault, recovery) = fx.create(None);
    let id = add_case(&mut vault, "J.S.", "FULL-DISK-WORDS");
    add_case(&mut vault, "A.K.", "SECOND-WORDS");
    vault.open_case(&id).unwrap();
    let photo: Vec<u8> = (0..3 * 1024 * 1024u32).map(|i| (i % 241) as u8).collect();
    vault
        .records_mut()
        .add_attachment("photo.jpg", "image/jpeg", &photo)
        .unwrap();
    vault.close_case().unwrap();

    let secret = BackupSecret::RecoveryKey(&recovery);
    let mut backup = vault
        .start_backup(FillsUp { room: 1 << 20 }, secret, KdfParams::FLOOR)
        .unwrap();
    let mut failed = None;
    for _ in 0..2 {
        if let Err(e) = vault.continue_backup(&mut backup) {
            failed = Some(e);
            break;
        }
    }
    assert!(
        matches!(failed, Some(VaultError::Io(_))),
        "the case with the photo doesn't fit: {failed:?}"
    );
    assert!(matches!(
        vault.continue_backup(&mut backup),
        Err(VaultError::NotAvailable)
    ));
    assert!(matches!(backup.finish(), Err(VaultError::NotAvailable)));
    no_scratch_left(&fx);
}
