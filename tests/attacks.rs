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
    || json!({"opened": false, "recovered": false, "trouble": false, "language": null});

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
    let recovery = setup(&a);
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
            json!({"opened": false, "recovered": false, "trouble": true, "language": null}),
            "{typed}"
        );
    }
    // The recovery key opens; the new PIN needs a new computer key, and the second PIN, bound
    // to the lost one, is turned off, which the page is told so it can say so.
    let digits: String = recovery.chars().filter(char::is_ascii_digit).collect();
    let opened = a.call("try_unlock", json!({"pin": digits})).unwrap();
    assert_eq!(opened["recovered"], json!(true));
    let changed = a
        .call(
            "change_pin",
            json!({"currentPin": null, "newPin": "604817"}),
        )
        .unwrap();
    assert_eq!(changed, json!({"second_pin_turned_off": true}));
    a.call("hide_now", json!({})).unwrap();
    assert_eq!(
        a.call("try_unlock", json!({"pin": "750316"})).unwrap(),
        NOTHING(),
        "the old second PIN opens nothing"
    );
    let opened = a.call("try_unlock", json!({"pin": "604817"})).unwrap();
    assert_eq!(opened["opened"], json!(true));
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
    // (At the disguise a try typed during a short delay waits for it to end before it is made,
    // and costs what any try costs then: `crates/vault/tests/attacks.rs` shows the delay.)
}

#[test]
fn a_forced_second_pin_opens_an_everyday_notebook_with_pages_of_its_own() {
    let a = app();
    setup(&a);
    assert_eq!(a.call("opened_space", json!({})).unwrap(), json!("app"));
    a.call("hide_now", json!({})).unwrap();
    let opened = a.call("try_unlock", json!({"pin": "750316"})).unwrap();
    assert_eq!(opened["opened"], json!(true));
    assert_eq!(
        a.call("opened_space", json!({})).unwrap(),
        json!("notebook")
    );
    let pages = a.call("notebook_pages", json!({})).unwrap();
    let pages = pages.as_array().unwrap();
    assert!((7..=12).contains(&pages.len()), "{}", pages.len());
    let text = serde_json::to_string(pages).unwrap().to_lowercase();
    for word in [
        "safety", "abuse", "incident", "police", "refuge", "risk", "advocate",
    ] {
        assert!(!text.contains(word), "{word} in the notebook");
    }
    // It works like a notebook: pages are added, changed and removed, and kept.
    let page = a
        .call(
            "notebook_save",
            json!({"id": null, "title": "Paint", "body": "Two tins of white"}),
        )
        .unwrap();
    a.call("hide_now", json!({})).unwrap();
    a.call("try_unlock", json!({"pin": "750316"})).unwrap();
    let again = a.call("notebook_pages", json!({})).unwrap();
    assert_eq!(again[0]["body"], json!("Two tins of white"));
    a.call("notebook_remove", json!({"id": page["id"]}))
        .unwrap();
    // Another install's notebook starts with other pages.
    let b = app();
    setup(&b);
    b.call("hide_now", json!({})).unwrap();
    b.call("try_unlock", json!({"pin": "750316"})).unwrap();
    let other = b.call("notebook_pages", json!({})).unwrap();
    assert_ne!(
        serde_json::to_string(&other).unwrap(),
        serde_json::to_string(pages).unwrap()
    );
    // The person may choose the app with everyday things in it instead.
    a.call("hide_now", json!({})).unwrap();
    a.call("try_unlock", json!({"pin": "482913"})).unwrap();
    a.call(
        "set_duress_pin",
        json!({"currentPin": "482913", "pin": "750316", "opens": "app"}),
    )
    .unwrap();
    a.call("hide_now", json!({})).unwrap();
    a.call("try_unlock", json!({"pin": "750316"})).unwrap();
    assert_eq!(a.call("opened_space", json!({})).unwrap(), json!("app"));
}

#[test]
fn the_right_pin_typed_during_a_short_delay_opens_once_it_is_over() {
    let a = app();
    setup(&a);
    a.call("hide_now", json!({})).unwrap();
    for _ in 0..5 {
        assert_eq!(
            a.call("try_unlock", json!({"pin": "111222"})).unwrap(),
            NOTHING()
        );
    }
    // The delay has started: the right PIN is held until it ends, then opens (it would
    // otherwise look like a wrong PIN to the person).
    let opened = a.call("try_unlock", json!({"pin": "482913"})).unwrap();
    assert_eq!(
        opened,
        json!({"opened": true, "recovered": false, "trouble": false, "language": null})
    );
}

#[test]
fn the_second_pins_app_shows_no_person_causing_harm_order_or_reminder_of_the_real_vault() {
    let a = app();
    setup(&a);
    let name = "DARREN-CANARY-5a1f";
    let person = a
        .call(
            "add_harm_profile",
            json!({"fields": {
                "name": name, "aliases": "", "relationship": "Ex-partner", "description": "",
                "vehicles": "Blue Corsa", "addresses": "", "workplaces": "", "social_media": "",
                "photo": null
            }}),
        )
        .unwrap();
    // Ending in a few days: the real vault has a reminder to show.
    let ends = (chrono::Local::now().date_naive() + chrono::Duration::days(5)).to_string();
    a.call(
        "add_court_order",
        json!({"fields": {
            "kind": "NonMolestationOrder", "profile_id": person["id"], "made_by": "ORDER-CANARY court",
            "reference": "NMO/1", "made_on": null, "expires_on": ends,
            "conditions": [{"id": "", "text": "Not to come within 100 metres"}], "note": ""
        }}),
    )
    .unwrap();
    assert_eq!(
        a.call("order_reminders", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // Under pressure, the second PIN, set to open the app with everyday things in it.
    a.call(
        "set_duress_pin",
        json!({"currentPin": "482913", "pin": "750316", "opens": "app"}),
    )
    .unwrap();
    a.call("hide_now", json!({})).unwrap();
    a.call("try_unlock", json!({"pin": "750316"})).unwrap();
    assert_eq!(a.call("opened_space", json!({})).unwrap(), json!("app"));
    for command in ["harm_profiles", "court_orders", "order_reminders"] {
        let shown = a.call(command, json!({})).unwrap();
        assert_eq!(shown, json!([]), "{command} in the second PIN's space");
    }
    // What is written there stays there.
    a.call(
        "add_harm_profile",
        json!({"fields": {
            "name": "Neighbour", "aliases": "", "relationship": "", "description": "",
            "vehicles": "", "addresses": "", "workplaces": "", "social_media": "", "photo": null
        }}),
    )
    .unwrap();
    a.call("hide_now", json!({})).unwrap();
    a.call("try_unlock", json!({"pin": "482913"})).unwrap();
    let real = a.call("harm_profiles", json!({})).unwrap();
    assert_eq!(real.as_array().unwrap().len(), 1);
    assert_eq!(real[0]["fields"]["name"], name);
}
