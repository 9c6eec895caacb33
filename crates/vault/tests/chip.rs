//! PINs sealed to a security chip (TPM 2.0), tested against a real software chip (swtpm) and the
//! real keychain: each PIN opens its own space with no count on the chip, a wrong one is counted
//! by the chip, the chip's lockout stops every PIN while the recovery key still opens, a copied
//! folder does not open on another chip, and PIN forms refuse a PIN outside its lane alike in
//! both spaces at no cost. Run through `scripts/with-keychain.sh`; `docs/tpm.md` has the design.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::soft_chip::{SoftChip, available};
use common::*;
use harbour_store::Space;
use harbour_vault::{KeyKeptIn, UnlockedVault, VaultError, VaultKind};

const WRONG: &str = "111222";

/// PINs of varied digits (never refused as guessable), to try as new PINs.
const CANDIDATES: [&str; 64] = [
    "583920", "604718", "927351", "318064", "746205", "259183", "870436", "135792", "112874",
    "121355", "134724", "145370", "163561", "197634", "217858", "217905", "223887", "243212",
    "245427", "246372", "247697", "254561", "308139", "314883", "315930", "320549", "327463",
    "342398", "343062", "358540", "446354", "458123", "469028", "702853", "391657", "826409",
    "548271", "613985", "294760", "957314", "482619", "510978", "511919", "522519", "532611",
    "536561", "569500", "592388", "651623", "661210", "661682", "713313", "721890", "725849",
    "794332", "794916", "817083", "846072", "859142", "867949", "876633", "894393", "901087",
    "907663",
];

/// Tries each candidate as a new PIN through `set` until one is taken; returns it and how many
/// were refused as outside their lane first.
fn first_taken(mut set: impl FnMut(&str) -> Result<(), VaultError>) -> (String, usize) {
    let mut refused = 0;
    for candidate in CANDIDATES {
        match set(candidate) {
            Ok(()) => return (candidate.to_owned(), refused),
            Err(VaultError::PinOutsideLane) => refused += 1,
            Err(e) => panic!("unexpected: {e:?}"),
        }
    }
    panic!("no candidate landed in the lane");
}

/// Like `first_taken`, but until one is refused; returns it and the last one taken before it
/// (which is then the PIN), if any.
fn first_refused(
    candidates: &[&str],
    mut set: impl FnMut(&str) -> Result<(), VaultError>,
) -> (String, Option<String>) {
    let mut taken = None;
    for &candidate in candidates {
        match set(candidate) {
            Err(VaultError::PinOutsideLane) => return (candidate.to_owned(), taken),
            Ok(()) => taken = Some(candidate.to_owned()),
            Err(e) => panic!("unexpected: {e:?}"),
        }
    }
    panic!("no candidate was refused");
}

fn kind(v: &UnlockedVault) -> VaultKind {
    v.kind()
}

#[test]
fn both_pins_open_their_own_space_and_the_chip_counts_nothing() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(8, 600);
    let fx = Fixture::with_chip(soft.chip());
    let (vault, _) = fx.create(Some(DURESS));
    assert_eq!(
        vault.key_kept_in(),
        KeyKeptIn::Chip {
            guessing_limited: false
        },
        "a fresh software chip's lockout authorisation is empty"
    );
    vault.lock().unwrap();
    for _ in 0..2 {
        let real = fx.locked().unlock(&pin(PIN)).unwrap();
        assert_eq!(kind(&real), VaultKind::Real);
        real.lock().unwrap();
        let decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
        assert_eq!(kind(&decoy), VaultKind::Decoy);
        decoy.lock().unwrap();
    }
    assert_eq!(soft.failures(), 0);
}

#[test]
fn a_wrong_pin_is_counted_by_the_chip_and_the_right_one_still_opens() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(8, 600);
    let fx = Fixture::with_chip(soft.chip());
    fx.create(Some(DURESS)).0.lock().unwrap();
    for n in 1..=2 {
        assert!(matches!(
            fx.locked().unlock(&pin(WRONG)),
            Err(VaultError::WrongPin)
        ));
        assert_eq!(soft.failures(), n, "the chip counts each wrong PIN");
    }
    fx.locked().unlock(&pin(PIN)).unwrap().lock().unwrap();
    assert_eq!(soft.failures(), 2, "a right PIN resets nothing");
}

#[test]
fn the_chip_locks_out_every_pin_while_the_recovery_key_still_opens() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(4, 1000);
    let fx = Fixture::with_chip(soft.chip());
    let (vault, recovery) = fx.create(Some(DURESS));
    vault.lock().unwrap();
    for _ in 0..3 {
        assert!(matches!(
            fx.locked().unlock(&pin(WRONG)),
            Err(VaultError::WrongPin)
        ));
    }
    // One more wrong try would lock the chip: the app never makes it, for any PIN.
    for typed in [PIN, DURESS, WRONG] {
        assert!(
            matches!(
                fx.locked().unlock(&pin(typed)),
                Err(VaultError::Throttled { .. })
            ),
            "{typed} must wait"
        );
    }
    assert_eq!(soft.failures(), 3, "nothing was tried while waiting");
    // The recovery key never touches the chip.
    let opened = fx.locked().unlock_with_recovery(&recovery).unwrap();
    assert_eq!(kind(&opened), VaultKind::Real);
    opened.lock().unwrap();
    // Once the chip's wait is over (here: its count cleared), the PIN opens again.
    soft.reset_count();
    fx.locked().unlock(&pin(PIN)).unwrap().lock().unwrap();
}

#[test]
fn a_copied_folder_does_not_open_on_another_chip_but_the_recovery_key_moves_it() {
    if !available() {
        return;
    }
    let here = SoftChip::start(8, 600);
    let elsewhere = SoftChip::start(8, 600);
    let fx = Fixture::changing_pins_with_chip(here.chip());
    let (vault, recovery) = fx.create(Some(DURESS));
    vault.lock().unwrap();
    let other = keychain()
        .allowing_free_tries(40)
        .with_chip(elsewhere.chip());
    for typed in [PIN, DURESS] {
        assert!(matches!(
            fx.locked_with(other.clone()).unlock(&pin(typed)),
            Err(VaultError::ChipUnavailable)
        ));
    }
    let mut moved = fx
        .locked_with(other.clone())
        .unlock_with_recovery(&recovery)
        .unwrap();
    let changed = moved.change_pin(&pin("604718")).unwrap();
    assert!(
        changed.second_pin_cleared,
        "the second PIN was sealed to the old chip"
    );
    moved.lock().unwrap();
    let opened = fx
        .locked_with(other.clone())
        .unlock(&pin("604718"))
        .unwrap();
    assert_eq!(kind(&opened), VaultKind::Real);
    opened.lock().unwrap();
    assert!(matches!(
        fx.locked_with(other).unlock(&pin(DURESS)),
        Err(VaultError::WrongPin)
    ));
}

#[test]
fn pins_outside_their_lane_are_refused_alike_in_both_spaces_at_no_cost() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(8, 600);
    let fx = Fixture::changing_pins_with_chip(soft.chip());
    fx.create(Some(DURESS)).0.lock().unwrap();
    let mut real_pin = PIN.to_owned();
    // Each space tries its own candidates: one the other space made its PIN would open that one.
    let rounds = [
        (PIN, VaultKind::Real, &CANDIDATES[..32]),
        (DURESS, VaultKind::Decoy, &CANDIDATES[32..]),
    ];
    for (typed, space, candidates) in rounds {
        let mut vault = fx.locked().unlock(&pin(typed)).unwrap();
        assert_eq!(kind(&vault), space);
        let (refused, taken) = first_refused(candidates, |c| vault.change_pin(&pin(c)).map(|_| ()));
        assert_eq!(soft.failures(), 0, "a refusal asks the chip nothing");
        vault.lock().unwrap();
        // Refused means not set: the PIN still opens its space, the refused one does not.
        let now = taken.unwrap_or_else(|| typed.to_owned());
        let opened = fx.locked().unlock(&pin(&now)).unwrap();
        assert_eq!(kind(&opened), space);
        opened.lock().unwrap();
        assert!(matches!(
            fx.locked().unlock(&pin(&refused)),
            Err(VaultError::WrongPin)
        ));
        soft.reset_count();
        if space == VaultKind::Real {
            real_pin = now;
        }
    }
    // A PIN in the lane is taken, and opens the same space after.
    let mut real = fx.locked().unlock(&pin(&real_pin)).unwrap();
    let (taken, _) = first_taken(|c| real.change_pin(&pin(c)).map(|_| ()));
    real.lock().unwrap();
    assert_eq!(
        kind(&fx.locked().unlock(&pin(&taken)).unwrap()),
        VaultKind::Real
    );
}

#[test]
fn a_second_pin_set_later_lands_in_the_other_lane_from_either_space() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(8, 600);
    let fx = Fixture::changing_pins_with_chip(soft.chip());
    let (mut vault, _) = fx.create(None);
    let (second, _) = first_taken(|c| vault.set_duress_pin(&pin(c), Space::Notebook));
    assert!(matches!(
        vault.set_duress_pin(&pin(PIN), Space::Notebook),
        Err(VaultError::PinOutsideLane)
    ));
    vault.lock().unwrap();
    let decoy = fx.locked().unlock(&pin(&second)).unwrap();
    assert_eq!(kind(&decoy), VaultKind::Decoy);
    let mut decoy = decoy;
    // The decoy's own second-PIN form follows the same rule against its own lane (its own PIN
    // is refused there, as the real PIN is in the real vault), and answers as if done otherwise.
    assert!(matches!(
        decoy.set_duress_pin(&pin(&second), Space::Notebook),
        Err(VaultError::PinOutsideLane)
    ));
    let answered_as_done = CANDIDATES
        .iter()
        .map(|c| decoy.set_duress_pin(&pin(c), Space::Notebook))
        .take_while(|r| !matches!(r, Err(VaultError::NotAvailable)))
        .count();
    assert!(answered_as_done < CANDIDATES.len());
    decoy.lock().unwrap();
    fx.locked().unlock(&pin(PIN)).unwrap().lock().unwrap();
    assert_eq!(soft.failures(), 0);
}

#[test]
fn the_decoys_confirm_form_never_tests_the_real_pin() {
    if !available() {
        return;
    }
    let soft = SoftChip::start(8, 600);
    let fx = Fixture::with_chip(soft.chip());
    fx.create(Some(DURESS)).0.lock().unwrap();
    let decoy = fx.locked().unlock(&pin(DURESS)).unwrap();
    decoy.confirm_pin(&pin(DURESS)).unwrap();
    assert_eq!(soft.failures(), 0);
    // The real PIN, from the decoy, is asked of the decoy's own lane: a wrong PIN there, counted.
    assert!(matches!(
        decoy.confirm_pin(&pin(PIN)),
        Err(VaultError::WrongPin)
    ));
    assert_eq!(soft.failures(), 1);
}
