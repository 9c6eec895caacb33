//! Attacks through the commands the page can call, by someone at the keyboard of a set-up app
//! (real vault files, real keychain), each shown to fail: the disguise giving itself away
//! without a PIN, and guessing through the decoy's forms. (The budget's own attacks, on the
//! files and across restarts, are in `crates/vault/tests/attacks.rs`.)
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{app, setup};
use harbour_app::Session;
use serde_json::json;
use tauri::Manager;

const NOTHING: fn() -> serde_json::Value =
    || json!({"opened": false, "recovered": false, "trouble": false});

#[test]
fn the_old_way_to_the_recovery_screen_is_just_a_wrong_pin() {
    let a = app();
    setup(&a);
    a.call("hide_now", json!({})).unwrap();
    // `0000` then `=` used to show "Open with your recovery key…".
    for typed in ["0000", "000000", "999999"] {
        let outcome = a.call("try_unlock", json!({"pin": typed})).unwrap();
        assert_eq!(outcome, NOTHING(), "{typed}");
    }
    assert!(
        a.call("unlock_with_recovery_key", json!({"key": "x"}))
            .is_err(),
        "no command opens a recovery screen's form any more"
    );
}

#[test]
fn a_missing_keychain_key_shows_as_trouble_and_never_in_words() {
    let a = app();
    setup(&a);
    let session = a.app.state::<Session>();
    session
        .with_vault(|v| Ok(v.forget_device_secret()?))
        .unwrap();
    a.call("hide_now", json!({})).unwrap();
    // Any number typed: the answer carries no sentence for the disguise to show.
    for typed in ["482913", "123987", "555000111"] {
        let outcome = a.call("try_unlock", json!({"pin": typed})).unwrap();
        assert_eq!(
            outcome,
            json!({"opened": false, "recovered": false, "trouble": true}),
            "{typed}"
        );
    }
}

#[test]
fn the_decoys_pin_forms_are_no_free_oracle() {
    let a = app();
    setup(&a);
    a.call("hide_now", json!({})).unwrap();
    let opened = a.call("try_unlock", json!({"pin": "750316"})).unwrap();
    assert_eq!(opened["opened"], json!(true));
    // Each candidate made the decoy's PIN costs one unit, and a second PIN "set" in the decoy too.
    let mut current = "750316".to_owned();
    let mut refused = None;
    for (i, candidate) in ["270415", "270416", "270417", "270418", "270419", "270420"]
        .iter()
        .enumerate()
    {
        let r = if i == 2 {
            a.call(
                "set_duress_pin",
                json!({"currentPin": current, "pin": "391745"}),
            )
        } else {
            a.call(
                "change_pin",
                json!({"currentPin": current, "newPin": candidate}),
            )
        };
        match r {
            Ok(_) if i != 2 => current = (*candidate).to_owned(),
            Ok(_) => {}
            Err(e) => {
                refused = Some((i, e));
                break;
            }
        }
    }
    let (i, e) = refused.expect("six PIN changes in a row must meet the delay");
    assert_eq!(i, 5, "the sixth, as a sixth wrong guess would");
    assert_eq!(e["code"], json!("throttled"), "{e}");
    // And at the disguise the delay holds for the candidate just set.
    a.call("hide_now", json!({})).unwrap();
    assert_eq!(
        a.call("try_unlock", json!({"pin": current})).unwrap(),
        NOTHING()
    );
}
