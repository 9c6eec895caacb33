//! While the app's own delay runs, `unlock` still asks the chip with every PIN typed (so the second
//! PIN opens), charges nothing, and answers `Throttled` alike. The chip's count is readable by
//! anyone who may use the chip (as the app's user may): it must move alike for a wrong PIN and
//! for the main one, or it would tell the main PIN apart for free (from a review).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{SystemTime, UNIX_EPOCH};

use common::soft_chip::{SoftChip, available};
use common::*;
use harbour_vault::{VaultError, VaultKind};
use sha2::{Digest, Sha256};

fn write_count(fx: &Fixture, failures: u32) {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let mut b = Vec::new();
    b.extend_from_slice(&failures.to_le_bytes());
    b.extend_from_slice(&now.to_le_bytes());
    let sum = Sha256::digest(&b);
    b.extend_from_slice(&sum);
    std::fs::write(fx.path().join("profile.state"), &b).unwrap();
}

const WRONGS: [&str; 12] = [
    "583920", "604718", "927351", "318064", "746205", "259183", "870436", "135792", "469028",
    "702853", "391657", "826409",
];

#[test]
fn during_the_delay_the_chips_count_moves_alike_for_the_main_pin_and_a_wrong_one() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(10, 600);
    let fx = Fixture::with_chip(soft.chip());
    fx.create(Some(DURESS)).0.lock().unwrap();
    // Get a delay running the honest way: five wrong PINs at the calculator.
    for w in &WRONGS[..5] {
        assert!(matches!(
            fx.locked().unlock(&pin(w)),
            Err(VaultError::WrongPin)
        ));
    }
    // ... and make it long so that the test is not racing it (the attacker can only raise it).
    write_count(&fx, 13);
    let state = || std::fs::read(fx.path().join("profile.state")).unwrap();
    let app_before = state();
    let chip_before = soft.failures();

    // A wrong candidate: Throttled, chip +1, app count untouched.
    let r = fx.locked().unlock(&pin(WRONGS[5]));
    assert!(matches!(r, Err(VaultError::Throttled { .. })), "{r:?}");
    let after_wrong = soft.failures();
    // The real PIN: Throttled, chip unchanged.
    let r = fx.locked().unlock(&pin(PIN));
    assert!(matches!(r, Err(VaultError::Throttled { .. })), "{r:?}");
    let after_real = soft.failures();
    assert_eq!(state(), app_before, "the app charged nothing for either");
    assert_eq!(after_wrong, chip_before + 1);
    assert_eq!(
        after_real,
        after_wrong + 1,
        "the main PIN must cost the chip what a wrong one does"
    );
    // The second PIN still opens its space, and costs the chip nothing.
    let before_second = soft.failures();
    let decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    assert_eq!(decoy.kind(), VaultKind::Decoy);
    assert_eq!(soft.failures(), before_second);
}
