//! PIN forms with a chip: what each costs on the chip and in the app, in both spaces; the
//! recovery key followed by a new PIN keeps the second PIN.
//! Run: TSS2_LOG=all+NONE bash scripts/with-keychain.sh cargo test -p harbour-vault --test attack_chip_forms -- --nocapture
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::soft_chip::{SoftChip, available};
use common::*;
use harbour_store::Space;
use harbour_vault::{VaultError, VaultKind};

const CANDIDATES: [&str; 10] = [
    "583920", "604718", "927351", "318064", "746205", "259183", "870436", "135792", "469028",
    "702853",
];

#[test]
fn recovery_then_new_pin_keeps_the_second_pin_in_its_lane() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(16, 600);
    let fx = Fixture::changing_pins_with_chip(soft.chip());
    let (v, recovery) = fx.create(Some(DURESS));
    v.lock().unwrap();
    let mut v = fx.locked().unlock_with_recovery(&recovery).unwrap();
    let mut outcomes = Vec::new();
    let mut taken = None;
    for c in CANDIDATES {
        match v.change_pin(&pin(c)) {
            Ok(ch) => {
                taken = Some((c, ch));
                break;
            }
            Err(e) => outcomes.push(format!("{e:?}")),
        }
    }
    let (new_pin, changed) = taken.unwrap();
    eprintln!("refused first: {}, then {changed:?}", outcomes.len());
    assert!(!changed.second_pin_cleared);
    v.lock().unwrap();
    assert_eq!(
        fx.locked().unlock(&pin(new_pin)).unwrap().kind(),
        VaultKind::Real
    );
    assert_eq!(
        fx.locked().unlock(&pin(DURESS)).unwrap().kind(),
        VaultKind::Decoy
    );
    assert_eq!(soft.failures(), 0);
}

/// Every form, in both spaces, with the other space's PIN or a wrong one: what the chip counts
/// and what the app answers.
#[test]
fn forms_in_both_spaces_cost_alike() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(32, 600);
    let fx = Fixture::changing_pins_with_chip(soft.chip());
    fx.create(Some(DURESS)).0.lock().unwrap();
    for (own, other) in [(PIN, DURESS), (DURESS, PIN)] {
        let mut v = fx.locked().unlock(&pin(own)).unwrap();
        let kind = v.kind();
        let f0 = soft.failures();
        let a = v.confirm_pin(&pin(own));
        let f1 = soft.failures();
        let b = v.confirm_pin(&pin(other));
        let f2 = soft.failures();
        let c = v.confirm_pin(&pin("111222"));
        let f3 = soft.failures();
        let d = v.set_duress_pin(&pin(other), Space::Notebook);
        let e = v.set_duress_pin(&pin(own), Space::Notebook);
        let g = v.change_pin(&pin(other));
        let f4 = soft.failures();
        eprintln!(
            "{kind:?}: confirm own {a:?} (+{}), other {b:?} (+{}), wrong {c:?} (+{}); \
             set-second(other) {d:?}, set-second(own) {e:?}, change(other) {g:?} (+{})",
            f1 - f0,
            f2 - f1,
            f3 - f2,
            f4 - f3
        );
        v.lock().unwrap();
        soft.reset_count();
        // Put things back for the other round.
        fx.locked().unlock(&pin(PIN)).unwrap().lock().unwrap();
    }
    // After the real vault's set_duress_pin(DURESS) the second PIN still opens the decoy.
    let d = fx.locked().unlock(&pin(DURESS)).map(|v| v.kind());
    eprintln!("DURESS at the end: {d:?}");
    assert!(matches!(d, Ok(VaultKind::Decoy)) || matches!(d, Err(VaultError::WrongPin)));
}
