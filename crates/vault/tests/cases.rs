//! An advocate's caseload on disk: each case a compartment of its own (real SQLCipher files,
//! real keychain), never mixed with another case or the advocate's own records, opened only by
//! the vault that made it, and gone from the disk when removed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use harbour_store::Section;

#[test]
fn each_case_is_its_own_compartment_and_removing_one_leaves_nothing() {
    let fx = Fixture::new();
    let (mut vault, _) = fx.create(Some(DURESS));
    let own = "OWN-NOTES-CANARY-5d1e";
    let first_words = "CASE-ONE-CANARY-a83f";
    let second_words = "CASE-TWO-CANARY-0c42";
    vault
        .records_mut()
        .set_section_notes(Section::EscapeBag, own)
        .unwrap();

    let one = vault.create_case().unwrap();
    let two = vault.create_case().unwrap();
    assert_ne!(one, two);
    // Listed in the caseload, as the app does.
    vault.own_records_mut().add_case(&one, "One").unwrap();
    vault.own_records_mut().add_case(&two, "Two").unwrap();
    vault.open_case(&one).unwrap();
    assert_eq!(vault.open_case_id(), Some(one.as_str()));
    // A new case starts like any vault: its plan sections are there, empty.
    assert_eq!(
        vault
            .records()
            .plan_section(Section::EscapeBag)
            .unwrap()
            .notes,
        ""
    );
    vault
        .records_mut()
        .set_section_notes(Section::EscapeBag, first_words)
        .unwrap();
    vault.open_case(&two).unwrap();
    vault
        .records_mut()
        .set_section_notes(Section::EscapeBag, second_words)
        .unwrap();
    vault.close_case().unwrap();
    assert_eq!(vault.open_case_id(), None);
    // Nothing mixed: each reads back only its own.
    assert_eq!(
        vault
            .records()
            .plan_section(Section::EscapeBag)
            .unwrap()
            .notes,
        own
    );
    vault.open_case(&one).unwrap();
    assert_eq!(
        vault
            .records()
            .plan_section(Section::EscapeBag)
            .unwrap()
            .notes,
        first_words
    );
    assert_eq!(
        vault
            .own_records()
            .plan_section(Section::EscapeBag)
            .unwrap()
            .notes,
        own,
        "the vault's own records are untouched while a case is open"
    );

    // On disk: no canary in plaintext in any file, and the folder names nothing.
    for (name, bytes) in fx.snapshot() {
        for c in [own, first_words, second_words] {
            assert!(!contains_canary(&bytes, c), "{name} holds {c}");
        }
        assert!(
            !bytes.starts_with(b"SQLite format 3"),
            "{name} is plain SQLite"
        );
    }
    let case_files: Vec<_> = files_under(&fx.path().join("pages"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "db"))
        .collect();
    assert_eq!(case_files.len(), 2);

    // Ids that are not a case's never reach the file system.
    for bad in ["../history-a", "", "ZZ", &"a".repeat(33)] {
        assert!(vault.open_case(bad).is_err(), "{bad:?}");
    }

    // Locking closes the open case too; after unlocking, a case opens again with its words.
    let locked = vault.lock().unwrap();
    let mut vault = locked.unlock(&pin(PIN)).unwrap();
    assert_eq!(vault.open_case_id(), None);
    vault.open_case(&two).unwrap();
    assert_eq!(
        vault
            .records()
            .plan_section(Section::EscapeBag)
            .unwrap()
            .notes,
        second_words
    );

    // The decoy's master key is another: it cannot open the real vault's cases.
    let locked = vault.lock().unwrap();
    let mut decoy = locked.unlock(&pin(DURESS)).unwrap();
    assert!(decoy.open_case(&one).is_err());
    // A case made in the decoy...
    let decoys = decoy.create_case().unwrap();
    decoy.own_records_mut().add_case(&decoys, "D.C.").unwrap();
    let locked = decoy.lock().unwrap();
    let mut vault = locked.unlock(&pin(PIN)).unwrap();
    assert!(
        fx.path()
            .join("pages")
            .join(format!("{decoys}.db"))
            .exists()
    );
    // ...goes with the decoy when the second PIN is set again (a fresh decoy): nothing can open
    // it any more. The real vault's cases stay, a damaged one too.
    let damaged = fx.path().join("pages").join(format!("{two}.db"));
    let healthy = std::fs::read(&damaged).unwrap();
    let mut broken = healthy.clone();
    for b in &mut broken[5000..9000] {
        *b ^= 0x5a;
    }
    std::fs::write(&damaged, &broken).unwrap();
    vault
        .set_duress_pin(&pin(DURESS), harbour_store::Space::Notebook)
        .unwrap();
    assert!(
        !fx.path()
            .join("pages")
            .join(format!("{decoys}.db"))
            .exists()
    );
    assert!(
        damaged.exists(),
        "a damaged case of the real vault's own is left alone"
    );
    std::fs::write(&damaged, &healthy).unwrap();
    vault.open_case(&one).unwrap();
    vault.close_case().unwrap();

    // Removing a case (open or not) deletes its files; the other stays.
    vault.open_case(&one).unwrap();
    vault.remove_case(&one).unwrap();
    assert_eq!(vault.open_case_id(), None);
    let left: Vec<_> = files_under(&fx.path().join("pages"))
        .into_iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(left.iter().all(|f| f.starts_with(&two)), "{left:?}");
    assert!(vault.open_case(&one).is_err());
    vault.open_case(&two).unwrap();
}
