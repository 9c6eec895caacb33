//! Attacks on the chip binding through the header trailer, the keychain and a missing chip (from
//! a review): editing the trailer or planting a keychain secret must never move a vault off the
//! chip, nor leave the second PIN dead without the person being told; the recovery key always
//! opens and a new PIN always works after it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::soft_chip::{SoftChip, available};
use common::*;
use harbour_vault::{KeyKeptIn, VaultError, VaultKind};
use sha2::{Digest, Sha256};

const CORE: usize = 368;
const TRAILER: usize = 1024;
const SUM_AT: usize = 992;
/// About one PIN in two fits the chip's lanes, so enough that all failing (2^-24) never happens
/// in practice: with 8, one run in about fifty failed somewhere across the edits.
const NEW_PINS: [&str; 24] = [
    "604718", "583920", "927351", "318064", "746205", "259183", "870436", "135792", "547339",
    "845876", "318162", "303694", "738428", "693510", "291794", "962061", "028245", "260993",
    "402832", "782652", "901465", "525968", "841350", "671638",
];

fn header_path(fx: &Fixture) -> std::path::PathBuf {
    fx.path().join("profile.bin")
}

/// Edits the trailer with `f` and writes a valid checksum back (no key is needed for that).
fn edit_trailer(fx: &Fixture, f: impl FnOnce(&mut [u8])) {
    let mut bytes = std::fs::read(header_path(fx)).unwrap();
    assert_eq!(bytes.len(), CORE + TRAILER);
    let t = &mut bytes[CORE..];
    f(t);
    let sum = Sha256::digest(&t[..SUM_AT]);
    t[SUM_AT..].copy_from_slice(&sum);
    std::fs::write(header_path(fx), &bytes).unwrap();
}

fn vault_id_hex(fx: &Fixture) -> String {
    let bytes = std::fs::read(header_path(fx)).unwrap();
    hex::encode(&bytes[56..72])
}

fn keychain_entry(account: &str) -> keyring::Entry {
    let mut c =
        keyring::secret_service::SsCredential::new_with_target(None, "pocketcalc-tests", account)
            .unwrap();
    c.label = "x".into();
    keyring::Entry::new_with_credential(Box::new(c))
}

/// Tries new PINs after a recovery opening until one is taken.
fn change_to_any(v: &mut harbour_vault::UnlockedVault) -> (String, harbour_vault::PinChanged) {
    for p in NEW_PINS {
        match v.change_pin(&pin(p)) {
            Ok(c) => return (p.to_owned(), c),
            Err(VaultError::PinOutsideLane) => continue,
            Err(e) => panic!("unexpected {e:?}"),
        }
    }
    panic!("none taken");
}

/// After the recovery key and a new PIN: the vault is on the chip, the second PIN was turned off
/// and the person told, and the new PIN does not open without the chip.
fn assert_back_on_the_chip(fx: &Fixture, recovery: &harbour_vault::RecoveryKey) {
    let mut v = fx.locked().unlock_with_recovery(recovery).unwrap();
    let (new_pin, changed) = change_to_any(&mut v);
    assert!(changed.second_pin_cleared, "the person must be told");
    assert!(matches!(v.key_kept_in(), KeyKeptIn::Chip { .. }));
    v.lock().unwrap();
    let no_chip = keychain().allowing_free_tries(40);
    assert!(matches!(
        fx.locked_with(no_chip).unlock(&pin(&new_pin)),
        Err(VaultError::ChipUnavailable)
    ));
    assert_eq!(
        fx.locked().unlock(&pin(&new_pin)).unwrap().kind(),
        VaultKind::Real
    );
    assert!(matches!(
        fx.locked().unlock(&pin(DURESS)),
        Err(VaultError::WrongPin)
    ));
}

/// Kind byte 1 -> 0 (checksum recomputed): the PIN is never sent to the chip; the recovery key
/// then puts the vault back on the chip, never on a keychain secret (which a copy of the folder
/// and keychain could be guessed against).
#[test]
fn a_trailer_edited_to_say_keychain_cannot_move_the_vault_off_the_chip() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(8, 600);
    let fx = Fixture::changing_pins_with_chip(soft.chip());
    let (v, recovery) = fx.create(Some(DURESS));
    v.lock().unwrap();
    edit_trailer(&fx, |t| t[8] = 0);
    assert!(matches!(
        fx.locked().unlock(&pin(PIN)),
        Err(VaultError::DeviceSecretMissing)
    ));
    assert_back_on_the_chip(&fx, &recovery);
    assert!(matches!(
        keychain_entry(&vault_id_hex(&fx)).get_secret(),
        Err(keyring::Error::NoEntry)
    ));
}

/// Same, with the trailer cut off (a header from before bindings reads as keychain).
#[test]
fn a_trailer_cut_off_cannot_move_the_vault_off_the_chip() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(8, 600);
    let fx = Fixture::changing_pins_with_chip(soft.chip());
    let (v, recovery) = fx.create(Some(DURESS));
    v.lock().unwrap();
    let bytes = std::fs::read(header_path(&fx)).unwrap();
    std::fs::write(header_path(&fx), &bytes[..CORE]).unwrap();
    assert!(fx.locked().unlock(&pin(PIN)).is_err());
    assert_back_on_the_chip(&fx, &recovery);
}

/// Kind byte -> keychain AND a keychain secret the attacker chose: the main PIN is "wrong"; after
/// the recovery key the planted secret is not trusted (the vault goes back to the chip, and the
/// person is told their second PIN is off).
#[test]
fn a_planted_keychain_secret_is_never_trusted_with_a_new_pin() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(8, 600);
    let fx = Fixture::changing_pins_with_chip(soft.chip());
    let (v, recovery) = fx.create(Some(DURESS));
    v.lock().unwrap();
    edit_trailer(&fx, |t| t[8] = 0);
    keychain_entry(&vault_id_hex(&fx))
        .set_secret(&[b'A'; 32])
        .unwrap();
    assert!(matches!(
        fx.locked().unlock(&pin(PIN)),
        Err(VaultError::WrongPin)
    ));
    assert_back_on_the_chip(&fx, &recovery);
}

/// Without any chip (the keychain binding): a secret planted in the keychain is told from the
/// vault's own after the recovery key, so the person is told the second PIN is off instead of
/// finding it dead under coercion, and the new PIN is not bound to the planted secret.
#[test]
fn without_a_chip_a_planted_keychain_secret_is_not_trusted_either() {
    let fx = Fixture::changing_pins();
    let (v, recovery) = fx.create(Some(DURESS));
    v.lock().unwrap();
    let planted = [b'A'; 32];
    keychain_entry(&vault_id_hex(&fx))
        .set_secret(&planted)
        .unwrap();
    assert!(matches!(
        fx.locked().unlock(&pin(PIN)),
        Err(VaultError::WrongPin)
    ));
    let mut v = fx.locked().unlock_with_recovery(&recovery).unwrap();
    let changed = v.change_pin(&pin("604718")).unwrap();
    assert!(changed.second_pin_cleared);
    v.lock().unwrap();
    assert_ne!(
        keychain_entry(&vault_id_hex(&fx)).get_secret().unwrap(),
        planted.to_vec()
    );
    fx.locked().unlock(&pin("604718")).unwrap().lock().unwrap();
}

/// Lanes swapped (checksum recomputed): both PINs fail; after the recovery key the new PIN does
/// not go into the kept lane (now holding the second PIN's object) as if nothing happened: the
/// binding is made anew and the person told the second PIN is off.
#[test]
fn swapped_lanes_are_told_after_the_recovery_key() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(16, 600);
    let fx = Fixture::changing_pins_with_chip(soft.chip());
    let (v, recovery) = fx.create(Some(DURESS));
    v.lock().unwrap();
    edit_trailer(&fx, |t| {
        let (a, b) = t[32..992].split_at_mut(480);
        a.swap_with_slice(b);
    });
    for p in [PIN, DURESS] {
        assert!(fx.locked().unlock(&pin(p)).is_err());
    }
    assert_back_on_the_chip(&fx, &recovery);
}

/// Damaged (kind 0xff), random lane salt, garbage lanes: the recovery key opens and a new PIN
/// works afterwards (nobody locked out for good).
#[test]
fn every_trailer_edit_leaves_recovery_and_a_new_pin_working() {
    if !available() {
        return;
    }
    type Edit = fn(&mut [u8]);
    let edits: [(&str, Edit); 5] = [
        ("kind 0xff", |t| t[8] = 0xff),
        ("kind 2", |t| t[8] = 2),
        ("lane salt", |t| t[16..32].copy_from_slice(&[7; 16])),
        ("lane 0 garbage", |t| t[32..512].fill(0x41)),
        ("both lanes = lane 1", |t| {
            let l1 = t[512..992].to_vec();
            t[32..512].copy_from_slice(&l1);
        }),
    ];
    for (name, edit) in edits {
        let soft = SoftChip::start(16, 600);
        let fx = Fixture::changing_pins_with_chip(soft.chip());
        let (v, recovery) = fx.create(Some(DURESS));
        v.lock().unwrap();
        edit_trailer(&fx, edit);
        let real = fx.locked().unlock(&pin(PIN));
        let duress = fx.locked().unlock(&pin(DURESS));
        let before = soft.failures();
        let mut v = fx.locked().unlock_with_recovery(&recovery).unwrap();
        let (new_pin, changed) = change_to_any(&mut v);
        v.lock().unwrap();
        let again = fx.locked().unlock(&pin(&new_pin)).map(|v| v.kind());
        let duress_after = fx.locked().unlock(&pin(DURESS)).map(|v| v.kind());
        eprintln!(
            "{name}: PIN {:?} / DURESS {:?} (chip fails {before}) | recovery ok, {changed:?}, \
             new PIN -> {again:?}, DURESS after -> {duress_after:?}",
            real.map(|v| v.kind()),
            duress.map(|v| v.kind()),
        );
        assert_eq!(again.unwrap(), VaultKind::Real, "{name}: new PIN must open");
    }
}

/// In chip mode the keychain keeps no device secret (only the count).
#[test]
fn the_keychain_keeps_no_device_secret_in_chip_mode() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(8, 600);
    let fx = Fixture::changing_pins_with_chip(soft.chip());
    let (mut v, _) = fx.create(Some(DURESS));
    let id = vault_id_hex(&fx);
    assert!(matches!(
        keychain_entry(&id).get_secret(),
        Err(keyring::Error::NoEntry)
    ));
    change_to_any(&mut v);
    v.clear_duress_pin().unwrap();
    v.lock().unwrap();
    assert!(matches!(
        keychain_entry(&id).get_secret(),
        Err(keyring::Error::NoEntry)
    ));
    assert!(keychain_entry(&format!("{id}.state")).get_secret().is_ok());
}

/// A chip vault opened where no chip can be used (the account left the `tss` group, the chip
/// switched off): nothing is tried or charged; the recovery key opens, and a new PIN falls back to
/// the keychain (nobody is locked out), telling the person the second PIN is off. Once the chip
/// is back, the next recovery-key opening puts the vault back on it.
#[test]
fn with_no_chip_the_recovery_key_falls_back_to_the_keychain_and_back_again() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(8, 600);
    let fx = Fixture::changing_pins_with_chip(soft.chip());
    let (v, recovery) = fx.create(Some(DURESS));
    v.lock().unwrap();
    let state = || std::fs::read(fx.path().join("profile.state")).unwrap();
    let before = state();
    let no_chip = keychain().allowing_free_tries(40);
    assert!(matches!(
        fx.locked_with(no_chip.clone()).unlock(&pin("111222")),
        Err(VaultError::ChipUnavailable)
    ));
    assert_eq!(state(), before, "nothing was charged");
    let mut v = fx
        .locked_with(no_chip.clone())
        .unlock_with_recovery(&recovery)
        .unwrap();
    let (new_pin, changed) = change_to_any(&mut v);
    assert!(changed.second_pin_cleared);
    assert_eq!(v.key_kept_in(), KeyKeptIn::PasswordStore);
    v.lock().unwrap();
    fx.locked_with(no_chip)
        .unlock(&pin(&new_pin))
        .unwrap()
        .lock()
        .unwrap();
    // The chip is back: the recovery key and a new PIN move the vault onto it again.
    let mut v = fx.locked().unlock_with_recovery(&recovery).unwrap();
    change_to_any(&mut v);
    assert!(matches!(v.key_kept_in(), KeyKeptIn::Chip { .. }));
    v.lock().unwrap();
}
