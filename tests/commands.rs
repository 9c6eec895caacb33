//! The shell's commands on the mock runtime, through real IPC messages checked against the app's
//! real capability file, with a real vault (temp folder, real keychain: run under
//! `scripts/with-keychain.sh`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{app, app_changing_pins, setup};
use harbour_app::Session;
use harbour_vault::KdfParams;
use serde_json::{Value, json};
use tauri::Manager;

use harbour_store::LinkId;
/// The only link these tests make.
const LINK: LinkId = LinkId::FIRST;

#[test]
fn first_run_setup_unlock_hide_and_the_locked_error() {
    let a = app();
    let status = a.call("app_status", json!({})).unwrap();
    assert_eq!(status["set_up"], json!(false));
    assert_eq!(status["look"], json!("calculator"));
    let recovery = setup(&a);
    assert_eq!(
        recovery.len(),
        47,
        "eight groups of five digits: {recovery}"
    );

    let contact = json!({"fields": {
        "name": "Morgan Ellis", "relationship": "sister", "how_to_reach": "mobile", "code_word": "blue umbrella",
        "what_they_know": "everything", "may_call_in_emergency": true, "check_in": "daily text",
        "safe_times": "evenings"
    }});
    a.call("add_contact", contact).unwrap();
    assert_eq!(
        a.call("list_contacts", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );

    a.call("hide_now", json!({})).unwrap();
    let err = a.call("list_contacts", json!({})).unwrap_err();
    assert_eq!(err["code"], json!("locked"), "{err}");

    // A wrong PIN and a calculation are both just "not opened".
    assert_eq!(
        a.call("try_unlock", json!({"pin": "111333"})).unwrap(),
        json!({"opened": false, "recovered": false, "trouble": false, "language": null})
    );
    assert_eq!(
        a.call("try_unlock", json!({"pin": "12"})).unwrap(),
        json!({"opened": false, "recovered": false, "trouble": false, "language": null})
    );
    assert_eq!(
        a.call("try_unlock", json!({"pin": "482913"})).unwrap(),
        json!({"opened": true, "recovered": false, "trouble": false, "language": null})
    );
    let contacts = a.call("list_contacts", json!({})).unwrap();
    assert_eq!(contacts[0]["fields"]["code_word"], json!("blue umbrella"));

    // The duress PIN opens the decoy: none of the real records.
    a.call("hide_now", json!({})).unwrap();
    assert_eq!(
        a.call("try_unlock", json!({"pin": "750316"})).unwrap(),
        json!({"opened": true, "recovered": false, "trouble": false, "language": null})
    );
    let decoy = a.call("list_contacts", json!({})).unwrap();
    assert!(
        decoy
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["fields"]["name"] != json!("Morgan Ellis")
                && c["fields"]["code_word"] != json!("blue umbrella"))
    );
}

#[test]
fn setup_refuses_bad_input_calmly_and_only_once() {
    let a = app();
    let err = a
        .call(
            "set_up",
            json!({"request": {"pin": "12", "look": "calculator"}}),
        )
        .unwrap_err();
    assert_eq!(err["code"], json!("invalid"));
    let err = a
        .call(
            "set_up",
            json!({"request": {"pin": "482913", "look": "calculator", "shortcut": "H"}}),
        )
        .unwrap_err();
    assert_eq!(
        err["code"],
        json!("invalid"),
        "a shortcut without a modifier is refused"
    );
    setup(&a);
    let err = a
        .call(
            "set_up",
            json!({"request": {"pin": "918273", "look": "notes"}}),
        )
        .unwrap_err();
    assert_eq!(err["code"], json!("already_set_up"));
    // Once locked, the data folder holds only the vault's own neutral files.
    a.call("hide_now", json!({})).unwrap();
    let session = a.app.state::<Session>();
    // (The quick exit closes the vault on a thread of its own, a moment after it returns.)
    session.wait_until_closed();
    let mut names: Vec<String> = std::fs::read_dir(session.dir())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "appearance.conf",
            "history-a.db",
            "history-b.db",
            "profile.bin",
            "profile.state"
        ]
    );
}

#[test]
fn an_open_vault_left_alone_past_its_auto_lock_time_is_due_to_lock() {
    let a = app();
    setup(&a);
    let session = a.app.state::<Session>();
    let now = std::time::Instant::now();
    assert!(!session.idle_too_long(now), "just opened");
    // Default auto-lock is 5 minutes.
    assert!(!session.idle_too_long(now + std::time::Duration::from_secs(4 * 60)));
    let just_past = now + std::time::Duration::from_millis(5 * 60 * 1000 + 1);
    assert!(session.idle_too_long(just_past));
    // Reading is not activity: the page re-reads screens by itself when the other side's edits
    // arrive, and that must not keep the vault open.
    std::thread::sleep(std::time::Duration::from_millis(20));
    a.call("get_plan", json!({})).unwrap();
    assert!(session.idle_too_long(just_past));
    // Activity (the person's own input, here 20 ms later) pushes it back.
    std::thread::sleep(std::time::Duration::from_millis(20));
    a.call("still_here", json!({})).unwrap();
    assert!(!session.idle_too_long(just_past));
    assert!(session.idle_too_long(std::time::Instant::now() + std::time::Duration::from_secs(301)));
    // Once locked there is nothing to lock.
    a.call("hide_now", json!({})).unwrap();
    assert!(!session.idle_too_long(now + std::time::Duration::from_secs(3600)));
}

#[test]
fn each_look_has_its_own_decodable_icon() {
    use harbour_app::hide::icon_for;
    use harbour_vault::Look;
    let calc = tauri::image::Image::from_bytes(icon_for(Look::Calculator)).unwrap();
    let notes = tauri::image::Image::from_bytes(icon_for(Look::Notes)).unwrap();
    assert_eq!((calc.width(), calc.height()), (256, 256));
    assert_ne!(calc.rgba(), notes.rgba());
}

#[test]
fn settings_change_the_look_the_shortcut_and_auto_lock_and_refuse_bad_values() {
    let a = app();
    setup(&a);
    let settings = a.call("get_settings", json!({})).unwrap();
    assert_eq!(settings["look"], json!("calculator"));
    assert_eq!(settings["shortcut"], json!("CommandOrControl+Shift+H"));
    assert_eq!(settings["auto_lock_minutes"], json!(5));

    let saved = a
        .call(
            "save_settings",
            json!({"change": {"look": "notes", "shortcut": "Alt+Shift+K", "auto_lock_minutes": 12}}),
        )
        .unwrap();
    assert_eq!(saved["look"], json!("notes"));
    assert_eq!(saved["auto_lock_minutes"], json!(12));
    // The look and shortcut are what the disguise reads before unlock, after a restart too.
    let status = a.call("app_status", json!({})).unwrap();
    assert_eq!(status["look"], json!("notes"));
    assert_eq!(status["shortcut"], json!("Alt+Shift+K"));
    let session = a.app.state::<Session>();
    let conf = std::fs::read_to_string(session.dir().join("appearance.conf")).unwrap();
    assert!(
        conf.contains("notes") && conf.contains("Alt+Shift+K"),
        "{conf}"
    );
    // Auto-lock now follows the new time.
    let now = std::time::Instant::now();
    assert!(!session.idle_too_long(now + std::time::Duration::from_secs(11 * 60)));
    assert!(session.idle_too_long(now + std::time::Duration::from_secs(12 * 60 + 1)));

    for bad in [
        json!({"look": "calculator", "shortcut": "K", "auto_lock_minutes": 5}),
        json!({"look": "calculator", "shortcut": "Ctrl+Shift+K", "auto_lock_minutes": 0}),
        json!({"look": "calculator", "shortcut": "Ctrl+Shift+K", "auto_lock_minutes": 241}),
    ] {
        let err = a.call("save_settings", json!({"change": bad})).unwrap_err();
        assert_eq!(err["code"], json!("invalid"), "{err}");
        assert!(!err["reason"].as_str().unwrap().is_empty());
    }
    // Nothing changed by the refused attempts.
    let settings = a.call("get_settings", json!({})).unwrap();
    assert_eq!(settings["look"], json!("notes"));
    assert_eq!(settings["shortcut"], json!("Alt+Shift+K"));
    assert_eq!(settings["auto_lock_minutes"], json!(12));

    // The text size: one of those offered, kept in the vault; anything else refused.
    assert_eq!(settings["text_size"], json!(100));
    assert_eq!(
        settings["text_sizes"],
        json!([100, 110, 125, 150, 175, 200])
    );
    assert_eq!(
        a.call("set_text_size", json!({"percent": 150})).unwrap(),
        json!(150)
    );
    for bad in [0, 99, 130, 201, 1000] {
        let err = a
            .call("set_text_size", json!({"percent": bad}))
            .unwrap_err();
        assert_eq!(err["code"], json!("invalid"), "{bad}: {err}");
    }
    let settings = a.call("get_settings", json!({})).unwrap();
    assert_eq!(settings["text_size"], json!(150));
    assert_eq!(
        settings["language"],
        json!(null),
        "the computer's own until chosen"
    );
    for bad in ["", "fr", "en", "cy ", "../cy"] {
        let err = a.call("set_language", json!({"code": bad})).unwrap_err();
        assert_eq!(err["code"], json!("invalid"), "{bad}: {err}");
    }
    assert_eq!(
        a.call("set_language", json!({"code": "ur"})).unwrap(),
        json!("ur")
    );
    let settings = a.call("get_settings", json!({})).unwrap();
    assert_eq!(settings["language"], json!("ur"));

    a.call("hide_now", json!({})).unwrap();
    let err = a.call("get_settings", json!({})).unwrap_err();
    assert_eq!(err["code"], json!("locked"));
    let err = a
        .call("set_text_size", json!({"percent": 125}))
        .unwrap_err();
    assert_eq!(err["code"], json!("locked"));
    let err = a.call("set_language", json!({"code": "cy"})).unwrap_err();
    assert_eq!(err["code"], json!("locked"));

    // Opening says the language at once; the second PIN's space has its own (none chosen).
    let outcome = a.call("try_unlock", json!({"pin": "482913"})).unwrap();
    assert_eq!(outcome["language"], json!("ur"));
    a.call("hide_now", json!({})).unwrap();
    let outcome = a.call("try_unlock", json!({"pin": "750316"})).unwrap();
    assert_eq!(outcome["opened"], json!(true));
    assert_eq!(outcome["language"], json!(null));
}

#[test]
fn changing_the_pin_and_the_second_pin() {
    let a = app_changing_pins();
    setup(&a);
    let err = a
        .call(
            "change_pin",
            json!({"currentPin": "482913", "newPin": "48a913"}),
        )
        .unwrap_err();
    assert_eq!(
        err["code"],
        json!("invalid"),
        "digits only: the calculator has no letters"
    );
    let err = a
        .call(
            "change_pin",
            json!({"currentPin": "482913", "newPin": "750316"}),
        )
        .unwrap_err();
    assert_eq!(
        err["code"],
        json!("invalid"),
        "the second PIN's own value is refused"
    );
    // Without the current PIN nothing changes.
    for current in [json!(null), json!("111222"), json!("750316")] {
        let err = a
            .call(
                "change_pin",
                json!({"currentPin": current, "newPin": "603958"}),
            )
            .unwrap_err();
        assert_eq!(err["code"], json!("wrong_pin"), "{err}");
    }
    // (Two wrong PINs so far; a third would be the last free try before the delay.)
    a.call(
        "change_pin",
        json!({"currentPin": "482913", "newPin": "603958"}),
    )
    .unwrap();
    assert!(!a.relock_and_try("482913"), "the old PIN no longer opens");
    assert!(a.relock_and_try("603958"));

    // A new second PIN replaces the old one and opens a fresh decoy.
    a.call(
        "set_duress_pin",
        json!({"currentPin": "603958", "pin": "271845"}),
    )
    .unwrap();
    a.call(
        "add_contact",
        json!({"fields": {"name": "Real Person", "relationship": "", "how_to_reach": "", "code_word": "",
            "what_they_know": "", "may_call_in_emergency": false, "check_in": "", "safe_times": ""}}),
    )
    .unwrap();
    assert!(!a.relock_and_try("750316"), "the old second PIN is gone");
    assert!(a.relock_and_try("271845"));
    let decoy = a.call("list_contacts", json!({})).unwrap();
    assert!(
        decoy
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["fields"]["name"] != json!("Real Person"))
    );
    // In the decoy, the second-PIN controls answer as the real ones would (a refusal would give the
    // decoy away), after checking the decoy's own PIN; nothing about the real vault changes.
    let err = a
        .call(
            "set_duress_pin",
            json!({"currentPin": "603958", "pin": "395172"}),
        )
        .unwrap_err();
    assert_eq!(
        err["code"],
        json!("wrong_pin"),
        "the real PIN is never tested from the decoy"
    );
    a.call(
        "set_duress_pin",
        json!({"currentPin": "271845", "pin": "395172"}),
    )
    .unwrap();
    a.call("clear_duress_pin", json!({"currentPin": "271845"}))
        .unwrap();
    assert!(!a.relock_and_try("395172"));
    assert!(
        a.relock_and_try("271845"),
        "the decoy still opens with its PIN"
    );

    assert!(a.relock_and_try("603958"));
    a.call("clear_duress_pin", json!({"currentPin": "603958"}))
        .unwrap();
    assert!(
        !a.relock_and_try("271845"),
        "a removed second PIN opens nothing"
    );
    assert!(a.relock_and_try("603958"));
}

#[test]
fn attachments_go_in_as_raw_bytes_and_come_back_identical() {
    let a = app();
    setup(&a);
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let meta = a
        .call_raw(
            "add_attachment",
            bytes.clone(),
            &[
                ("x-file-name", "photo%20of%20car%20%C3%A9.png"),
                ("x-media-type", "image/png"),
            ],
        )
        .unwrap();
    assert_eq!(meta["file_name"], json!("photo of car é.png"));
    assert_eq!(meta["media_type"], json!("image/png"));
    assert_eq!(meta["size"], json!(200_000));
    use sha2::Digest;
    assert_eq!(
        meta["sha256"],
        json!(hex::encode(sha2::Sha256::digest(&bytes)))
    );
    let id = meta["id"].as_str().unwrap();

    let info = a.call("attachment_info", json!({"ids": [id]})).unwrap();
    assert_eq!(info[0], meta);
    let back = a
        .call_for_bytes("attachment_bytes", json!({"id": id}))
        .unwrap();
    assert_eq!(back, bytes);

    let err = a
        .call_raw(
            "add_attachment",
            Vec::new(),
            &[("x-file-name", "empty.txt")],
        )
        .unwrap_err();
    assert_eq!(err["code"], json!("invalid"), "{err}");
    let err = a
        .call("add_attachment", json!({"not": "bytes"}))
        .unwrap_err();
    assert_eq!(err["code"], json!("invalid"), "{err}");
    let err = a
        .call("attachment_info", json!({"ids": ["no-such-file"]}))
        .unwrap_err();
    assert_eq!(err["code"], json!("not_found"));

    a.call("hide_now", json!({})).unwrap();
    let err = a
        .call_for_bytes("attachment_bytes", json!({"id": id}))
        .unwrap_err();
    assert_eq!(err["code"], json!("locked"));
}

#[test]
fn editing_and_deleting_records_and_searching_them() {
    let a = app();
    setup(&a);
    let contact = a
        .call(
            "add_contact",
            json!({"fields": {"name": "Aunt Rosalind", "relationship": "aunt", "how_to_reach": "landline",
                "code_word": "marmalade", "what_they_know": "", "may_call_in_emergency": true,
                "check_in": "", "safe_times": ""}}),
        )
        .unwrap();
    let id = contact["id"].as_str().unwrap();
    let mut fields = contact["fields"].clone();
    fields["code_word"] = json!("gooseberry");
    fields["how_to_reach"] = json!("phone box on Gooseberry Lane");
    let updated = a
        .call("update_contact", json!({"id": id, "fields": fields}))
        .unwrap();
    assert_eq!(updated["fields"]["code_word"], json!("gooseberry"));
    let hits = a
        .call("search", json!({"query": "gooseberry", "limit": 10}))
        .unwrap();
    assert_eq!(hits[0]["kind"], json!("Contact"));
    assert_eq!(hits[0]["id"], json!(id));
    assert!(
        a.call("search", json!({"query": "landline", "limit": 10}))
            .unwrap()
            .as_array()
            .unwrap()
            .is_empty(),
        "the old way to reach them is no longer found"
    );
    a.call("delete_contact", json!({"id": id})).unwrap();
    assert!(
        a.call("list_contacts", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(
        a.call("search", json!({"query": "gooseberry", "limit": 10}))
            .unwrap()
            .as_array()
            .unwrap()
            .is_empty()
    );

    let item = a
        .call(
            "add_plan_item",
            json!({"section": "Travel", "text": "Vary the bus route"}),
        )
        .unwrap();
    let item_id = item["id"].as_str().unwrap();
    let saved = a
        .call(
            "update_plan_item",
            json!({"id": item_id, "text": "Take the 42 on Tuesdays"}),
        )
        .unwrap();
    assert_eq!(saved["item"]["text"], "Take the 42 on Tuesdays");
    // Saved again from the version that save returned: the next change starts from it.
    let again = a
        .call(
            "update_plan_item",
            json!({"id": item_id, "text": "Take the 42 on Tuesdays", "version": saved["version"]}),
        )
        .unwrap();
    assert_eq!(again["item"]["text"], "Take the 42 on Tuesdays");
    assert!(!again["version"].as_str().unwrap().is_empty());
    a.call("set_plan_stage", json!({"stage": "PreparingToLeave"}))
        .unwrap();
    a.call("set_plan_review_date", json!({"date": "2027-01-15"}))
        .unwrap();
    a.call(
        "set_section_notes",
        json!({"section": "Travel", "notes": "Ask Dee about lifts"}),
    )
    .unwrap();
    let plan = a.call("get_plan", json!({})).unwrap();
    assert_eq!(plan["stage"], json!("PreparingToLeave"));
    assert_eq!(plan["review_date"], json!("2027-01-15"));
    let travel = plan["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["section"] == json!("Travel"))
        .unwrap();
    assert_eq!(travel["notes"], json!("Ask Dee about lifts"));
    assert_eq!(travel["items"][0]["text"], json!("Take the 42 on Tuesdays"));
    let hits = a
        .call("search", json!({"query": "tuesdays", "limit": 10}))
        .unwrap();
    assert_eq!(hits[0]["kind"], json!("PlanItem"));
    a.call("delete_plan_item", json!({"id": item_id})).unwrap();
    let err = a
        .call("update_plan_item", json!({"id": item_id, "text": "x"}))
        .unwrap_err();
    assert_eq!(err["code"], json!("not_found"));
    a.call("set_plan_review_date", json!({"date": null}))
        .unwrap();
    assert_eq!(
        a.call("get_plan", json!({})).unwrap()["review_date"],
        json!(null)
    );

    // Search input is never query syntax.
    for odd in ["\"", "AND (", "*", "NEAR(a b)", ""] {
        a.call("search", json!({"query": odd, "limit": 10}))
            .unwrap();
    }
}

#[test]
fn the_recovery_key_opens_the_real_vault_and_a_new_pin_needs_no_old_one() {
    let a = app();
    let recovery = setup(&a);
    a.call(
        "add_contact",
        json!({"fields": {"name": "Kept Safe", "relationship": "", "how_to_reach": "", "code_word": "",
            "what_they_know": "", "may_call_in_emergency": false, "check_in": "", "safe_times": ""}}),
    )
    .unwrap();
    a.call("hide_now", json!({})).unwrap();

    // Typed at the disguise: 40 digits. One digit wrong opens nothing and says nothing.
    let digits: String = recovery.chars().filter(char::is_ascii_digit).collect();
    let mut wrong = digits.clone().into_bytes();
    wrong[17] = if wrong[17] == b'0' { b'1' } else { b'0' };
    let wrong = String::from_utf8(wrong).unwrap();
    let outcome = a.call("try_unlock", json!({"pin": wrong})).unwrap();
    assert_eq!(
        outcome,
        json!({"opened": false, "recovered": false, "trouble": false, "language": null})
    );
    assert_eq!(
        a.call("list_contacts", json!({})).unwrap_err()["code"],
        json!("locked")
    );
    // 39 or 41 digits are not a key (nor a PIN): just a calculation.
    for odd in [&digits[..39], &format!("{digits}7")] {
        let outcome = a.call("try_unlock", json!({"pin": odd})).unwrap();
        assert_eq!(outcome["opened"], json!(false));
    }
    let outcome = a.call("try_unlock", json!({"pin": digits})).unwrap();
    assert_eq!(
        outcome,
        json!({"opened": true, "recovered": true, "trouble": false, "language": null})
    );
    let contacts = a.call("list_contacts", json!({})).unwrap();
    assert_eq!(contacts[0]["fields"]["name"], json!("Kept Safe"));
    let changed = a
        .call(
            "change_pin",
            json!({"currentPin": null, "newPin": "604817"}),
        )
        .unwrap();
    assert_eq!(changed, json!({"second_pin_turned_off": false}));
    // Once the new PIN is chosen, a further change needs it, even in this same opening: someone
    // who finds the app left open cannot change the PIN.
    let err = a
        .call(
            "change_pin",
            json!({"currentPin": null, "newPin": "715928"}),
        )
        .unwrap_err();
    assert_eq!(err["code"], json!("wrong_pin"));
    assert!(!a.relock_and_try("482913"), "the forgotten PIN is replaced");
    assert!(a.relock_and_try("604817"));
    // Opened by PIN again, a change needs the current PIN once more.
    let err = a
        .call(
            "change_pin",
            json!({"currentPin": null, "newPin": "715928"}),
        )
        .unwrap_err();
    assert_eq!(err["code"], json!("wrong_pin"));
}

#[test]
fn risk_screenings_patterns_and_choosing_entries_for_a_report() {
    let a = app();
    setup(&a);
    let questions = a.call("risk_screening_questions", json!({})).unwrap();
    assert!(questions.as_array().unwrap().len() >= 10);

    // Nothing answered: refused calmly, nothing kept.
    let today = chrono::Local::now().date_naive();
    let screening = |answers: serde_json::Value, sign_off: serde_json::Value| {
        json!({"screening": {
            "instrument": "DomesticAbuse", "answers": answers, "note": "after Friday",
            "completed_on": today, "sign_off": sign_off,
        }})
    };
    let alone = json!({"completed_by": "Alone", "advocate": "", "judgement": null,
        "escalation": false, "marac_referred_on": null, "review_on": null});
    let err = a
        .call("record_risk_screening", screening(json!([]), alone.clone()))
        .unwrap_err();
    assert_eq!(err["code"], json!("invalid"), "{err}");
    assert!(!err["reason"].as_str().unwrap().is_empty());
    // A judgement on a screening the person did alone is refused: only an advocate gives one.
    let mut judged_alone = alone.clone();
    judged_alone["judgement"] =
        json!({"level": "High", "refer_to_marac": true, "reason": "my own idea"});
    let err = a
        .call(
            "record_risk_screening",
            screening(
                json!([{"code": "da-weapon", "answer": "Yes"}]),
                judged_alone,
            ),
        )
        .unwrap_err();
    assert_eq!(err["code"], json!("invalid"), "{err}");
    let mut signed = alone.clone();
    signed["completed_by"] = json!("WithAdvocate");
    signed["judgement"] = json!({"level": "High", "refer_to_marac": true, "reason": "strangled"});
    let saved = a
        .call(
            "record_risk_screening",
            screening(
                json!([{"code": "da-strangling", "answer": "Yes"}, {"code": "da-money", "answer": "No"}]),
                signed,
            ),
        )
        .unwrap();
    assert_eq!(saved["level"], json!("High"));
    assert_eq!(saved["marac_reasons"], json!(["Judgement"]));
    // Answered alone, then the advocate's part added later (the page sends camelCase).
    let alone_saved = a
        .call(
            "record_risk_screening",
            screening(
                json!([{"code": "da-worse", "answer": "Yes"}]),
                alone.clone(),
            ),
        )
        .unwrap();
    assert_eq!(alone_saved["level"], json!("Ungraded"));
    let mut later = alone.clone();
    later["completed_by"] = json!("WithAdvocate");
    later["judgement"] = json!({"level": "Raised", "refer_to_marac": false, "reason": "together"});
    let signed = a
        .call(
            "sign_off_screening",
            json!({"id": alone_saved["id"], "signOff": later}),
        )
        .unwrap();
    assert_eq!(signed["level"], json!("Raised"));
    assert!(signed["signed_off_at"].is_string());
    let list = a.call("list_risk_screenings", json!({})).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["note"], json!("after Friday"));

    // Three incidents this week: patterns count them, and they can be chosen by local date.
    let now = chrono::Local::now();
    for (days_back, kind) in [(0, "Calls"), (1, "Calls"), (2, "Following")] {
        let at = (now - chrono::Duration::days(days_back)).with_timezone(&chrono::Utc);
        a.call(
            "record_incident",
            json!({"fields": {
                "occurred_at": at, "occurred_until": null, "location": "", "kind": kind,
                "behaviours": [], "description": format!("entry {days_back}"), "perpetrator_appearance": "",
                "vehicle": "", "witnesses": "", "impact_on_victim": "", "impact_on_daily_life": "",
                "police": {"officer": "", "crime_reference": ""}, "reported_to": "", "attachments": []
            }}),
        )
        .unwrap();
    }
    let patterns = a.call("incident_patterns", json!({})).unwrap();
    assert_eq!(patterns["total"], json!(3));
    assert_eq!(patterns["by_kind"][0], json!({"kind": "Calls", "count": 2}));
    let weeks = patterns["weeks"].as_array().unwrap();
    let counted: u64 = weeks.iter().map(|w| w["count"].as_u64().unwrap()).sum();
    assert_eq!(counted, 3);

    let today = now.date_naive();
    let yesterday = today.pred_opt().unwrap();
    let chosen = a
        .call(
            "incidents_between",
            json!({"from": yesterday, "until": today}),
        )
        .unwrap();
    let descriptions: Vec<&str> = chosen
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["current"]["fields"]["description"].as_str().unwrap())
        .collect();
    // Oldest first, both ends included, the day before yesterday left out.
    assert_eq!(descriptions, ["entry 1", "entry 0"]);
    let all = a
        .call("incidents_between", json!({"from": null, "until": null}))
        .unwrap();
    assert_eq!(all.as_array().unwrap().len(), 3);

    // A report with nothing chosen is refused before any file dialog is opened.
    let request = json!({"incident_ids": [], "from": null, "until": null, "name": "",
        "embed_images": false, "plan_item_ids": [], "contact_ids": []});
    let err = a
        .call("save_report", json!({"request": request}))
        .unwrap_err();
    assert_eq!(err["code"], json!("invalid"), "{err}");
    // A locked export with a short passphrase is refused too.
    let ids: Vec<Value> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].clone())
        .collect();
    let request = json!({"incident_ids": ids, "from": null, "until": null, "name": "",
        "embed_images": false, "plan_item_ids": [], "contact_ids": []});
    let err = a
        .call(
            "save_bundle",
            json!({"request": request, "passphrase": "short"}),
        )
        .unwrap_err();
    assert_eq!(err["code"], json!("invalid"), "{err}");

    // Locked: none of it is reachable.
    a.call("hide_now", json!({})).unwrap();
    for cmd in ["list_risk_screenings", "incident_patterns"] {
        let err = a.call(cmd, json!({})).unwrap_err();
        assert_eq!(err["code"], json!("locked"), "{cmd}: {err}");
    }
}

/// A relay on 127.0.0.1 in its own thread and runtime, for as long as the test runs.
/// A relay on 127.0.0.1 in its own thread; it stops when the returned sender is used or dropped.
fn relay_on_loopback(dir: &std::path::Path) -> (String, tokio::sync::oneshot::Sender<()>) {
    let (tx, rx) = std::sync::mpsc::channel();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let database = format!("sqlite:{}", dir.join("relay.db").display());
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(format!("http://{}", listener.local_addr().unwrap()))
                .unwrap();
            let config = harbour_relay::RelayConfig {
                database,
                ..Default::default()
            };
            harbour_relay::serve(config, listener, async move {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
    });
    (rx.recv().unwrap(), stop)
}

/// The advocate's app, played by the sharing engine in its own thread: pairs with `code`, then
/// answers requests to sync until told to stop.
enum ToAdvocate {
    Confirm,
    Sync,
    WriteNotes(String),
}

/// Starts an advocate's app (see [`ToAdvocate`]) showing a new code on `relay`: the code, the
/// way to tell it what to do, and its answers (the phrase first, then the escape-bag notes its
/// copy holds after each sync).
fn stand_in_advocate(
    relay: &str,
) -> (
    harbour_sync::pairing::PairingCode,
    std::sync::mpsc::Sender<ToAdvocate>,
    std::sync::mpsc::Receiver<String>,
    std::thread::JoinHandle<()>,
) {
    use harbour_store::{Section, Store};
    let code = harbour_sync::pairing::PairingCode::generate().unwrap();
    let shown = code.display().to_string();
    let (to_advocate, advocate_inbox) = std::sync::mpsc::channel::<ToAdvocate>();
    let (from_advocate, replies) = std::sync::mpsc::channel::<String>();
    let advocate_relay = relay.to_owned();
    let thread = std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async move {
            let mut store = Store::open(rusqlite::Connection::open_in_memory().unwrap()).unwrap();
            let check = harbour_share::meeting::advocate(
                &advocate_relay,
                &code,
                std::time::Duration::from_secs(30),
            )
            .await
            .unwrap();
            from_advocate.send(check.phrase()).unwrap();
            assert!(matches!(
                advocate_inbox.recv().unwrap(),
                ToAdvocate::Confirm
            ));
            let mut link = check.confirm().await.unwrap();
            link.save(&mut store).unwrap();
            let relay = link.relay_client().unwrap();
            while let Ok(message) = advocate_inbox.recv() {
                match message {
                    ToAdvocate::Sync => {
                        let outcome = harbour_share::sync_now(&mut store, &mut link, &relay).await;
                        let answer = match outcome {
                            Ok(_) => store
                                .plan_section(Section::EscapeBag)
                                .map(|s| s.notes)
                                .unwrap_or_default(),
                            Err(e) => format!("error: {e}"),
                        };
                        from_advocate.send(answer).unwrap();
                    }
                    ToAdvocate::WriteNotes(notes) => {
                        store.set_section_notes(Section::EscapeBag, &notes).unwrap();
                        harbour_share::sync_now(&mut store, &mut link, &relay)
                            .await
                            .unwrap();
                        from_advocate.send("written".into()).unwrap();
                    }
                    ToAdvocate::Confirm => unreachable!(),
                }
            }
        });
    });

    (
        harbour_sync::pairing::PairingCode::parse(&shown).unwrap(),
        to_advocate,
        replies,
        thread,
    )
}

#[test]
fn pairing_sharing_syncing_and_stopping_through_ipc_with_a_real_relay() {
    /// Polls `done` until it holds; fails the test after 20 seconds.
    fn within_20s(what: &str, mut done: impl FnMut() -> bool) {
        let until = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while !done() {
            assert!(std::time::Instant::now() < until, "never happened: {what}");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    use harbour_store::Section;
    let relay_dir = tempfile::tempdir().unwrap();
    let (relay, _relay_stop) = relay_on_loopback(relay_dir.path());
    let a = app();
    setup(&a);

    let status = a.call("sharing_status", json!({})).unwrap();
    assert_eq!(status["state"], "off");
    let section_id = Section::EscapeBag.document_id();
    assert!(
        status["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == section_id.as_str() && i["shared"] == false)
    );
    // Bad input is refused before anything touches the network.
    for (address, code) in [
        ("http://relay.example.org", "7KQ2-M9XD-4TFB-0C8H"),
        ("https://relay.example.org", "not a code"),
    ] {
        let err = a
            .call("pairing_join", json!({"relay": address, "code": code}))
            .unwrap_err();
        assert_eq!(err["code"], "invalid", "{err}");
    }
    assert_eq!(
        a.call("sync_now", json!({})).unwrap_err()["code"],
        "invalid"
    );
    // The advocate's side would adopt a client's plan into this vault's own: not until each
    // case has a vault of its own.
    assert_eq!(
        a.call("pairing_host", json!({"relay": relay})).unwrap_err()["code"],
        "not_available"
    );

    // The advocate shows a code; the person types it.
    let (code, to_advocate, replies, advocate) = stand_in_advocate(&relay);
    let typed = code.display().to_string();
    let phrase = a
        .call("pairing_join", json!({"relay": relay, "code": typed}))
        .unwrap();
    assert_eq!(phrase["phrase"].as_str().unwrap(), replies.recv().unwrap());
    to_advocate.send(ToAdvocate::Confirm).unwrap();
    let status = a.call("pairing_confirm", json!({})).unwrap();
    assert_eq!(status["state"], "on");
    assert_eq!(status["role"], "client");
    assert_eq!(status["relay"].as_str().unwrap(), relay);
    assert_eq!(status["people"].as_array().unwrap().len(), 1);

    // Files: not offered until the log is shared, then chosen one by one and sent in parts.
    let photo = a
        .call_raw(
            "add_attachment",
            photo_bytes(),
            &[("x-file-name", "car.png")],
        )
        .unwrap();
    let mut fields = serde_json::to_value(harbour_store::IncidentFields::new(
        chrono::Utc::now(),
        harbour_store::IncidentKind::Loitering,
        "Parked outside again.",
    ))
    .unwrap();
    fields["attachments"] = json!([photo["id"]]);
    let entry = a
        .call("record_incident", json!({"fields": fields}))
        .unwrap();
    let offer = a
        .call("entry_file_sharing", json!({"incidentId": entry["id"]}))
        .unwrap();
    assert_eq!(offer, json!({"offered": false, "seeing": 0, "files": []}));
    let choose = json!({"incidentId": entry["id"], "attachmentId": photo["id"], "shared": true});
    assert_eq!(
        a.call("set_file_shared", choose.clone()).unwrap_err()["code"],
        "invalid"
    );
    a.call("set_shared", json!({"id": "incident-log", "shared": true}))
        .unwrap();
    let offer = a.call("set_file_shared", choose).unwrap();
    assert_eq!(offer["offered"], true);
    assert_eq!(offer["seeing"], 1);
    assert_eq!(offer["files"][0]["shared"], true);
    assert_eq!(offer["files"][0]["parts_sent"], 0);
    assert_eq!(offer["files"][0]["part_count"], 3);
    assert_eq!(offer["files"][0]["reached"], 0);
    let done = a.call("sync_now", json!({})).unwrap();
    assert!(
        done["sent"].as_u64().unwrap() >= 4,
        "the log and three parts: {done}"
    );
    let offer = a
        .call("entry_file_sharing", json!({"incidentId": entry["id"]}))
        .unwrap();
    assert_eq!(offer["files"][0]["parts_sent"], 3);
    assert_eq!(offer["files"][0]["reached"], 1);

    // Share one section, write in it, send.
    a.call(
        "set_section_notes",
        json!({"section": "EscapeBag", "notes": "Spare keys at Jo's"}),
    )
    .unwrap();
    let status = a
        .call("set_shared", json!({"id": section_id, "shared": true}))
        .unwrap();
    assert!(
        status["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == section_id.as_str() && i["shared"] == true)
    );
    let done = a.call("sync_now", json!({})).unwrap();
    assert!(done["sent"].as_u64().unwrap() >= 2, "{done}");
    assert!(a.call("sharing_status", json!({})).unwrap()["last_synced"].is_string());
    to_advocate.send(ToAdvocate::Sync).unwrap();
    assert_eq!(replies.recv().unwrap(), "Spare keys at Jo's");

    // The advocate adds to it; the person receives it.
    to_advocate
        .send(ToAdvocate::WriteNotes(
            "Spare keys at Jo's. Car key too.".into(),
        ))
        .unwrap();
    assert_eq!(replies.recv().unwrap(), "written");
    let done = a.call("sync_now", json!({})).unwrap();
    assert!(done["received"].as_u64().unwrap() >= 1, "{done}");
    let plan = a.call("get_plan", json!({})).unwrap();
    assert!(plan.to_string().contains("Car key too."));

    // Working together: the advocate's edit arrives with no sync, and one made here goes across.
    let status = a.call("live_start", json!({})).unwrap();
    assert_ne!(status["live"], "off", "{status}");
    within_20s("working together", || {
        a.call("sharing_status", json!({})).unwrap()["live"] == "on"
    });
    to_advocate
        .send(ToAdvocate::WriteNotes(
            "Spare keys at Jo's. Car key too. Passports.".into(),
        ))
        .unwrap();
    assert_eq!(replies.recv().unwrap(), "written");
    within_20s("the advocate's edit arrives by itself", || {
        let plan = a.call("get_plan", json!({})).unwrap();
        plan.to_string().contains("Passports.")
    });
    a.call(
        "set_section_notes",
        json!({"section": "EscapeBag", "notes": "Spare keys at Jo's. Car key too. Passports. Bank cards."}),
    )
    .unwrap();
    within_20s("an edit here goes across by itself", || {
        to_advocate.send(ToAdvocate::Sync).unwrap();
        replies.recv().unwrap().ends_with("Bank cards.")
    });
    // Nothing to do by hand meanwhile; what the person looks at is passed on quietly.
    assert_eq!(a.call("sync_now", json!({})).unwrap()["sent"], 0);
    a.call("live_viewing", json!({"document": section_id}))
        .unwrap();
    let status = a.call("live_stop", json!({})).unwrap();
    assert_eq!(status["live"], "off");
    // Stopped, the link is back: a sync by hand works again.
    a.call("sync_now", json!({})).unwrap();
    // Started again, then hidden: the session ends with the hide (below).
    a.call("live_start", json!({})).unwrap();

    // After a quick hide nothing can be sent from this screen until it is opened again.
    a.call("hide_now", json!({})).unwrap();
    assert_eq!(a.call("sync_now", json!({})).unwrap_err()["code"], "locked");
    // The second PIN opens the everyday vault: it has no sharing at all.
    assert!(
        a.call("try_unlock", json!({"pin": "750316"})).unwrap()["opened"]
            .as_bool()
            .unwrap()
    );
    assert_eq!(a.call("sharing_status", json!({})).unwrap()["state"], "off");
    a.call("hide_now", json!({})).unwrap();
    assert!(
        a.call("try_unlock", json!({"pin": "482913"})).unwrap()["opened"]
            .as_bool()
            .unwrap()
    );
    assert_eq!(a.call("sharing_status", json!({})).unwrap()["live"], "off");

    // Stop sharing: the relay deletes the mailbox; the advocate's copy ends.
    let status = a.call("stop_sharing", json!({})).unwrap();
    assert_eq!(status["state"], "off");
    assert!(
        status["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["shared"] == false)
    );
    to_advocate.send(ToAdvocate::Sync).unwrap();
    assert!(
        replies
            .recv()
            .unwrap()
            .starts_with("error: sharing was stopped")
    );
    drop(to_advocate);
    advocate.join().unwrap();
}

/// A person shares with two people (their advocate and a solicitor), each paired on their own:
/// each gets only what was chosen for them, each is named and stopped on their own, and working
/// together is with one of them at a time.
#[test]
fn a_person_shares_with_two_people_each_their_own_choice_and_stop() {
    use harbour_store::Section;
    let relay_dir = tempfile::tempdir().unwrap();
    let (relay, _relay_stop) = relay_on_loopback(relay_dir.path());
    let a = app();
    setup(&a);
    let section_id = Section::EscapeBag.document_id();
    let shared_here = |status: &Value| -> bool {
        status["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == section_id.as_str() && i["shared"] == true)
    };

    let mut people = Vec::new();
    for name in ["My IDVA", "  Solicitor  "] {
        let (code, tell, answers, thread) = stand_in_advocate(&relay);
        let phrase = a
            .call(
                "pairing_join",
                json!({"relay": relay, "code": code.display().to_string()}),
            )
            .unwrap();
        assert_eq!(phrase["phrase"].as_str().unwrap(), answers.recv().unwrap());
        tell.send(ToAdvocate::Confirm).unwrap();
        let status = a.call("pairing_confirm", json!({"name": name})).unwrap();
        assert_eq!(status["state"], "on");
        assert_eq!(status["name"], name.trim());
        // A new person starts with nothing shared, whatever the others have.
        assert!(!shared_here(&status), "{status}");
        people.push((status["link"].as_u64().unwrap(), tell, answers, thread));
    }
    let (idva, solicitor) = (people[0].0, people[1].0);
    assert_ne!(idva, solicitor);
    // Two people with one name could be mistaken for each other.
    assert_eq!(
        a.call("name_link", json!({"link": solicitor, "name": "my idva"}))
            .unwrap_err()["code"],
        "conflict"
    );
    let status = a
        .call("sharing_status", json!({"link": solicitor}))
        .unwrap();
    let listed: Vec<(u64, &str)> = status["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["link"].as_u64().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    assert_eq!(listed, [(idva, "My IDVA"), (solicitor, "Solicitor")]);

    // The escape bag goes to the advocate only.
    a.call(
        "set_section_notes",
        json!({"section": "EscapeBag", "notes": "Spare keys at Jo's"}),
    )
    .unwrap();
    let status = a
        .call(
            "set_shared",
            json!({"link": idva, "id": section_id, "shared": true}),
        )
        .unwrap();
    assert!(shared_here(&status));
    assert_eq!(status["link"].as_u64(), Some(idva));
    let status = a
        .call("sharing_status", json!({"link": solicitor}))
        .unwrap();
    assert!(!shared_here(&status), "chosen for the advocate only");
    for (link, tell, answers, _) in &people {
        a.call("sync_now", json!({"link": link})).unwrap();
        tell.send(ToAdvocate::Sync).unwrap();
        let expected = if *link == idva {
            "Spare keys at Jo's"
        } else {
            ""
        };
        assert_eq!(answers.recv().unwrap(), expected, "link {link}");
    }

    // A ticked file goes to everyone who sees the incident log: the page is told how many.
    let seeing = |a: &common::App| {
        a.call("entry_file_sharing", json!({"incidentId": "none"}))
            .unwrap()["seeing"]
            .clone()
    };
    assert_eq!(seeing(&a), 0);
    for (n, link) in [idva, solicitor].into_iter().enumerate() {
        a.call(
            "set_shared",
            json!({"link": link, "id": "incident-log", "shared": true}),
        )
        .unwrap();
        assert_eq!(seeing(&a), n + 1);
    }

    // Working together with one at a time: the other is told to wait, not silently ignored.
    let status = a.call("live_start", json!({"link": idva})).unwrap();
    assert_eq!(status["live_link"].as_u64(), Some(idva));
    assert_eq!(
        a.call("live_start", json!({"link": solicitor}))
            .unwrap_err()["code"],
        "busy"
    );
    // A sync with the other person goes on meanwhile.
    a.call("sync_now", json!({"link": solicitor})).unwrap();
    a.call("live_stop", json!({})).unwrap();

    // Stopping with the solicitor leaves the advocate as they were.
    let status = a.call("stop_sharing", json!({"link": solicitor})).unwrap();
    assert_eq!(status["state"], "on");
    assert_eq!(status["link"].as_u64(), Some(idva));
    assert_eq!(status["people"].as_array().unwrap().len(), 1);
    assert!(shared_here(&status));
    people[1].1.send(ToAdvocate::Sync).unwrap();
    assert!(
        people[1]
            .2
            .recv()
            .unwrap()
            .starts_with("error: sharing was stopped")
    );
    a.call(
        "set_section_notes",
        json!({"section": "EscapeBag", "notes": "Spare keys at Jo's. Passports."}),
    )
    .unwrap();
    a.call("sync_now", json!({"link": idva})).unwrap();
    people[0].1.send(ToAdvocate::Sync).unwrap();
    assert_eq!(
        people[0].2.recv().unwrap(),
        "Spare keys at Jo's. Passports."
    );
    // A link that is gone is not there to be used.
    assert_eq!(
        a.call("sync_now", json!({"link": solicitor})).unwrap_err()["code"],
        "invalid"
    );
    assert_eq!(
        a.call("name_link", json!({"link": idva, "name": "Sam (IDVA)"}))
            .unwrap()["name"],
        "Sam (IDVA)"
    );
    // Ended, the solicitor's choices cannot be changed either.
    assert_eq!(
        a.call(
            "set_shared",
            json!({"link": solicitor, "id": section_id, "shared": true})
        )
        .unwrap_err()["code"],
        "invalid"
    );

    let status = a.call("stop_sharing", json!({"link": idva})).unwrap();
    assert_eq!(status["state"], "off");
    assert!(status["people"].as_array().unwrap().is_empty());
    for (_, tell, _, thread) in people {
        drop(tell);
        thread.join().unwrap();
    }
}

/// A loopback proxy to the relay at `target` whose new connections wait while `held` is set:
/// a slow network, for holding one person's sync in the middle.
fn holding_proxy(target: &str) -> (String, std::sync::Arc<std::sync::atomic::AtomicBool>) {
    use std::net::{Shutdown, TcpListener, TcpStream};
    use std::sync::atomic::{AtomicBool, Ordering};
    let to = target.trim_start_matches("http://").to_owned();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let held = std::sync::Arc::new(AtomicBool::new(false));
    let gate = held.clone();
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(client) = client else { continue };
            let (to, gate) = (to.clone(), gate.clone());
            std::thread::spawn(move || {
                while gate.load(Ordering::SeqCst) {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                let Ok(server) = TcpStream::connect(&to) else {
                    return;
                };
                let (mut up_from, mut up_to) =
                    (client.try_clone().unwrap(), server.try_clone().unwrap());
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut up_from, &mut up_to);
                    let _ = up_to.shutdown(Shutdown::Write);
                });
                let (mut down_to, mut down_from) = (client, server);
                let _ = std::io::copy(&mut down_from, &mut down_to);
                let _ = down_to.shutdown(Shutdown::Write);
            });
        }
    });
    (url, held)
}

/// Working together with one person, a sync with another held up by a slow network: ending
/// the live session must not free the other's link, or a stop could run beside the sync and
/// the sync write the stopped link back into the vault (from a review).
#[test]
fn ending_work_together_with_one_person_never_frees_anothers_sync() {
    use std::sync::atomic::Ordering;
    let relay_dir = tempfile::tempdir().unwrap();
    let (relay, _relay_stop) = relay_on_loopback(relay_dir.path());
    let (slow, held) = holding_proxy(&relay);
    let a = app();
    setup(&a);
    let mut people = Vec::new();
    for address in [&relay, &slow] {
        let (code, tell, answers, thread) = stand_in_advocate(address);
        let phrase = a
            .call(
                "pairing_join",
                json!({"relay": address, "code": code.display().to_string()}),
            )
            .unwrap();
        assert_eq!(phrase["phrase"].as_str().unwrap(), answers.recv().unwrap());
        tell.send(ToAdvocate::Confirm).unwrap();
        let status = a.call("pairing_confirm", json!({})).unwrap();
        people.push((status["link"].as_u64().unwrap(), tell, thread));
    }
    let (first, second) = (people[0].0, people[1].0);
    a.call("live_start", json!({"link": first})).unwrap();

    held.store(true, Ordering::SeqCst);
    let call = a.caller();
    let syncing = std::thread::spawn(move || call("sync_now", json!({"link": second})));
    // The sync takes the link at once, before it waits on the network.
    std::thread::sleep(std::time::Duration::from_secs(2));
    a.call("live_stop", json!({})).unwrap();
    assert_eq!(
        a.call("stop_sharing", json!({"link": second})).unwrap_err()["code"],
        "busy",
        "the second person's link is still in use"
    );
    held.store(false, Ordering::SeqCst);
    syncing.join().unwrap().unwrap();

    // Now it stops, and stays stopped.
    let status = a.call("stop_sharing", json!({"link": second})).unwrap();
    let left: Vec<u64> = status["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["link"].as_u64().unwrap())
        .collect();
    assert_eq!(left, [first]);
    for (_, tell, thread) in people {
        drop(tell);
        thread.join().unwrap();
    }
}

/// A picture of about 2.2 MB (three parts), the same every time.
fn photo_bytes() -> Vec<u8> {
    (0..2_200_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect()
}

#[test]
fn an_advocates_caseload_keeps_each_case_apart_and_pairs_inside_one() {
    use harbour_store::{PLAN_DOC_ID, Section, Store};
    let relay_dir = tempfile::tempdir().unwrap();
    let (relay, relay_stop) = relay_on_loopback(relay_dir.path());
    let a = app();
    setup(&a);
    let person_words = "PERSON-CASE-CANARY-7e21";
    let incident_words = "PERSON-INCIDENT-CANARY-41c7";
    let private_note = "PRIVATE-CASE-NOTE-CANARY-b09d";

    let load = a.call("caseload", json!({})).unwrap();
    assert_eq!(load, json!({"cases": [], "open": null}));
    assert_eq!(
        a.call("pairing_host", json!({"relay": relay})).unwrap_err()["code"],
        "not_available",
        "outside a case the advocate's side is not offered"
    );
    assert_eq!(
        a.call("case_add", json!({"label": "   "})).unwrap_err()["code"],
        "invalid"
    );
    a.call("case_add", json!({"label": "J.S."})).unwrap();
    let load = a.call("case_add", json!({"label": "R.K."})).unwrap();
    let ids: Vec<String> = load["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(load["cases"][0]["label"], "J.S.");
    assert_eq!(load["cases"][0]["sharing"], "off");
    let (first, second) = (ids[0].clone(), ids[1].clone());

    // Inside the first case: pair as the advocate, with the person's app played by the engine.
    let load = a.call("case_open", json!({"id": first})).unwrap();
    assert_eq!(load["open"], first.as_str());
    assert_eq!(
        a.call(
            "pairing_join",
            json!({"relay": relay, "code": "7KQ2-M9XD-4TFB-0C8H"})
        )
        .unwrap_err()["code"],
        "invalid",
        "inside a case the app pairs as the advocate"
    );
    assert_eq!(
        a.call("pairing_host", json!({"relay": "ftp://somewhere"}))
            .unwrap_err()["code"],
        "invalid"
    );
    let shown = a.call("pairing_host", json!({"relay": relay})).unwrap();
    // The invitation carries the address and the code shown; the QR code holds exactly it.
    let invitation = shown["invitation"].as_str().unwrap().to_owned();
    let code = shown["code"].as_str().unwrap().to_owned();
    assert!(invitation.starts_with("pocketcalc:pair:"));
    assert!(invitation.contains(&code.replace('-', "")));
    assert!(invitation.ends_with(relay.as_str()));
    let qr = harbour_share::qr_modules(&invitation).unwrap();
    assert_eq!(shown["qr"]["width"], qr.width);
    let modules: String = qr.dark.iter().map(|d| if *d { '1' } else { '0' }).collect();
    assert_eq!(shown["qr"]["modules"], modules);
    let (go, person_inbox) = std::sync::mpsc::channel::<()>();
    let (from_person, person_says) = std::sync::mpsc::channel::<String>();
    let person = std::thread::spawn(move || {
        tokio::runtime::Runtime::new()
            .unwrap()
            .block_on(async move {
                let mut store =
                    Store::open(rusqlite::Connection::open_in_memory().unwrap()).unwrap();
                // The person's app pastes the whole invitation: no address to type, and the
                // advocate's key is checked against its fingerprint.
                let check = harbour_share::Invitation::read(&invitation, "")
                    .unwrap()
                    .join(std::time::Duration::from_secs(30))
                    .await
                    .unwrap();
                from_person.send(check.phrase()).unwrap();
                person_inbox.recv().unwrap();
                let mut link = check.confirm().await.unwrap();
                link.save(&mut store).unwrap();
                store
                    .set_section_notes(Section::EscapeBag, person_words)
                    .unwrap();
                // The incident log too, read-only.
                // With a photo the person chooses to show (and a second file they do not).
                let photo = store
                    .add_attachment("car.png", "image/png", &photo_bytes())
                    .unwrap();
                let other = store
                    .add_attachment("notes.txt", "text/plain", b"NOT-SHOWN-CANARY")
                    .unwrap();
                let mut fields = harbour_store::IncidentFields::new(
                    chrono::Utc::now(),
                    harbour_store::IncidentKind::Loitering,
                    incident_words,
                );
                fields.attachments = vec![photo.id.clone(), other.id.clone()];
                let entry = store.record_incident(&fields).unwrap();
                store
                    .prepare_record_view(harbour_store::INCIDENT_LOG_ID)
                    .unwrap();
                store
                    .share_document(LINK, harbour_store::INCIDENT_LOG_ID)
                    .unwrap();
                store.set_file_shared(&entry.id, &photo.id, true).unwrap();
                store
                    .share_document(LINK, &Section::EscapeBag.document_id())
                    .unwrap();
                store.share_document(LINK, PLAN_DOC_ID).unwrap();
                let client = link.relay_client().unwrap();
                harbour_share::sync_now(&mut store, &mut link, &client)
                    .await
                    .unwrap();
                from_person.send("sent".into()).unwrap();
            });
    });
    let phrase = a.call("pairing_wait", json!({})).unwrap();
    assert_eq!(
        phrase["phrase"].as_str().unwrap(),
        person_says.recv().unwrap()
    );
    go.send(()).unwrap();
    let status = a.call("pairing_confirm", json!({})).unwrap();
    assert_eq!(
        (&status["state"], &status["role"]),
        (&json!("on"), &json!("advocate"))
    );
    assert_eq!(person_says.recv().unwrap(), "sent");
    person.join().unwrap();
    let done = a.call("sync_now", json!({})).unwrap();
    assert!(done["received"].as_u64().unwrap() >= 1, "{done}");
    assert!(
        a.call("get_plan", json!({}))
            .unwrap()
            .to_string()
            .contains(person_words),
        "the person's notes are in their case"
    );
    let shared = a.call("shared_records", json!({})).unwrap();
    assert_eq!(
        shared["incidents"][0]["fields"]["description"], incident_words,
        "{shared}"
    );
    // The photo the person chose came whole (its parts, after the log); the other file did not.
    let incident = &shared["incidents"][0];
    assert_eq!(incident["attachment_count"], 2);
    assert_eq!(incident["files"].as_array().unwrap().len(), 1);
    assert_eq!(incident["files"][0]["file_name"], "car.png");
    let sha = incident["files"][0]["sha256"].as_str().unwrap().to_owned();
    assert_eq!(shared["arrivals"][0]["sha256"], sha.as_str());
    assert_eq!(shared["arrivals"][0]["here"], true);
    assert_eq!(
        a.call_for_bytes("shared_file_bytes", json!({"sha256": sha}))
            .unwrap(),
        photo_bytes()
    );
    assert_eq!(
        a.call_for_bytes("shared_file_bytes", json!({"sha256": "00".repeat(32)}))
            .unwrap_err()["code"],
        "not_found"
    );
    // In the advocate's case the choice is the person's alone: not offered, and refused.
    let offer = a
        .call("entry_file_sharing", json!({"incidentId": "anything"}))
        .unwrap();
    assert_eq!(offer["offered"], false);
    assert_eq!(
        a.call(
            "set_file_shared",
            json!({"incidentId": incident["id"], "attachmentId": "x", "shared": false})
        )
        .unwrap_err()["code"],
        "invalid"
    );
    // The advocate cannot choose to share the person's log: it is theirs.
    assert_eq!(
        a.call("set_shared", json!({"id": "incident-log", "shared": false}))
            .unwrap_err()["code"],
        "invalid"
    );
    let load = a
        .call(
            "case_set_notes",
            json!({"id": first, "notes": private_note}),
        )
        .unwrap();
    assert_eq!(load["cases"][0]["notes"], private_note);
    // A sync after the private note was written: nothing of it goes to the relay.
    a.call("sync_now", json!({})).unwrap();

    // The advocate's own records and the other case never see the person's plan.
    let load = a.call("case_close", json!({})).unwrap();
    assert_eq!(load["open"], json!(null));
    assert_eq!(load["cases"][0]["sharing"], "on");
    assert!(load["cases"][0]["last_synced"].is_string());
    assert!(
        !a.call("get_plan", json!({}))
            .unwrap()
            .to_string()
            .contains(person_words)
    );
    assert_eq!(a.call("sharing_status", json!({})).unwrap()["state"], "off");
    assert_eq!(
        a.call("shared_records", json!({})).unwrap()["incidents"],
        json!([])
    );
    a.call("case_open", json!({"id": second})).unwrap();
    assert!(
        !a.call("get_plan", json!({}))
            .unwrap()
            .to_string()
            .contains(person_words)
    );
    assert_eq!(a.call("sharing_status", json!({})).unwrap()["state"], "off");

    // A case that shares cannot be removed until sharing is stopped; an idle one can.
    assert_eq!(
        a.call("case_remove", json!({"id": first})).unwrap_err()["code"],
        "invalid"
    );
    let load = a.call("case_remove", json!({"id": second})).unwrap();
    assert_eq!(load["open"], json!(null));
    assert_eq!(load["cases"].as_array().unwrap().len(), 1);

    // A hide closes the case; the caseload is there after unlocking, nothing open.
    a.call("case_open", json!({"id": first})).unwrap();
    a.call("hide_now", json!({})).unwrap();
    assert!(
        a.call("try_unlock", json!({"pin": "482913"})).unwrap()["opened"]
            .as_bool()
            .unwrap()
    );
    let load = a.call("caseload", json!({})).unwrap();
    assert_eq!(load["open"], json!(null));
    assert_eq!(load["cases"][0]["label"], "J.S.");

    // The relay's database never held the private note or the person's words in plaintext.
    for entry in std::fs::read_dir(relay_dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for canary in [
            person_words,
            incident_words,
            private_note,
            "NOT-SHOWN-CANARY",
        ] {
            assert!(!bytes.windows(canary.len()).any(|w| w == canary.as_bytes()));
        }
    }

    // Stopping while the relay can't be reached: sharing stops here all the same (nothing more
    // is sent or received), and the details can then be cleared on this computer only.
    relay_stop.send(()).unwrap();
    a.call("case_open", json!({"id": first})).unwrap();
    assert_eq!(
        a.call("forget_sharing", json!({})).unwrap_err()["code"],
        "invalid",
        "a working link is never dropped without the other side being told"
    );
    let offline = a.call("stop_sharing", json!({})).unwrap_err();
    assert_eq!(offline["code"], "offline", "{offline}");
    assert_eq!(
        a.call("sharing_status", json!({})).unwrap()["state"],
        "ended"
    );
    assert_eq!(
        a.call("sync_now", json!({})).unwrap_err()["code"],
        "sharing_ended",
        "nothing more is sent"
    );
    let status = a.call("forget_sharing", json!({})).unwrap();
    assert_eq!(status["state"], "off");
    assert_eq!(
        a.call("sync_now", json!({})).unwrap_err()["code"],
        "invalid",
        "sharing is not set up any more"
    );
    assert!(
        a.call("get_plan", json!({}))
            .unwrap()
            .to_string()
            .contains(person_words),
        "what is on this computer stays"
    );
    // A file imported into a form in the case and left unsaved is tidied away when the case is
    // opened again, as at unlock.
    let unused = a
        .call_raw(
            "add_attachment",
            vec![7u8; 1000],
            &[("x-file-name", "left.png"), ("x-media-type", "image/png")],
        )
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let load = a.call("case_close", json!({})).unwrap();
    assert_eq!(load["cases"][0]["sharing"], "off");
    a.call("case_open", json!({"id": first})).unwrap();
    assert_eq!(
        a.call("attachment_info", json!({"ids": [unused]}))
            .unwrap_err()["code"],
        "not_found"
    );
    a.call("case_close", json!({})).unwrap();
    let load = a.call("case_remove", json!({"id": first})).unwrap();
    assert!(load["cases"].as_array().unwrap().is_empty());
}

/// A backup lets go of the vault between cases, so a quick hide in the middle of a long one
/// locks at once: the rest of the backup is refused as locked, and nothing more is read.
#[test]
fn a_hide_during_a_backup_locks_between_cases() {
    use harbour_app::commands::backup::backup_next_case;
    let a = app();
    let recovery = setup(&a);
    let recovery = harbour_vault::RecoveryKey::parse(&recovery).unwrap();
    for label in ["J.S.", "R.K.", "M.T."] {
        a.call("case_add", json!({"label": label})).unwrap();
    }
    let session = a.app.state::<Session>();
    let epoch = session.epoch();
    let mut file = Vec::new();
    let mut backup = session
        .with_vault(|v| {
            Ok(v.start_backup(
                &mut file,
                harbour_vault::BackupSecret::RecoveryKey(&recovery),
                KdfParams::FLOOR,
            )?)
        })
        .unwrap();
    assert!(backup_next_case(&session, epoch, &mut backup).unwrap());
    // The vault is free between cases: the hide takes it now, not when the backup ends.
    a.call("hide_now", json!({})).unwrap();
    assert_eq!(
        a.call("list_contacts", json!({})).unwrap_err()["code"],
        "locked"
    );
    let err = backup_next_case(&session, epoch, &mut backup).unwrap_err();
    assert_eq!(err.code, harbour_app::error::ErrorCode::Locked);
    assert_eq!(backup.cases_to_come(), 2, "nothing more was read");
    // Opened again, a backup started before the hide still can't go on.
    assert!(a.relock_and_try("482913"));
    assert!(backup_next_case(&session, session.epoch(), &mut backup).is_err());
    assert!(backup.finish().is_err());
}

/// Work prepared in one opening (a restore) is never put in place in the next, even when that
/// one was opened while the work went on (here with the second PIN): it fails as locked, and
/// what is open now stays open and as it was.
#[test]
fn a_restore_prepared_before_a_hide_is_not_put_in_place_after_it() {
    let a = app();
    setup(&a);
    let session = a.app.state::<Session>();
    let epoch = session.epoch();
    assert!(a.relock_and_try("750316"));
    let mut ran = false;
    let err = session
        .replace_vault_since(epoch, |v| {
            ran = true;
            Ok(v)
        })
        .unwrap_err();
    assert_eq!(err.code, harbour_app::error::ErrorCode::Locked);
    assert!(!ran, "the vault open now was never handed over");
    a.call("list_contacts", json!({})).unwrap();
}

#[test]
fn the_person_causing_harm_orders_and_an_entry_marked_as_a_breach() {
    let a = app();
    setup(&a);
    let person = a
        .call(
            "add_harm_profile",
            json!({"fields": {"name": "Darren", "vehicles": "Blue Corsa"}}),
        )
        .unwrap();
    let today = chrono::Local::now().date_naive();
    let order = a
        .call(
            "add_court_order",
            json!({"fields": {
                "kind": "NonMolestationOrder", "profile_id": person["id"], "made_by": "Leeds",
                "reference": "FD1", "made_on": null, "expires_on": today + chrono::Days::new(10),
                "conditions": [{"id": "", "text": "No contact of any kind"}], "note": "",
            }}),
        )
        .unwrap();
    let condition = order["fields"]["conditions"][0]["id"].clone();
    let reminders = a.call("order_reminders", json!({})).unwrap();
    assert_eq!(reminders[0]["days_left"], json!(10));
    let at = chrono::Utc::now();
    let entry = a
        .call(
            "record_incident",
            json!({"fields": {
                "occurred_at": at, "occurred_until": null, "location": "", "kind": "Messages",
                "behaviours": [], "description": "texted again", "perpetrator_appearance": "",
                "vehicle": "", "witnesses": "", "impact_on_victim": "", "impact_on_daily_life": "",
                "police": {"officer": "", "crime_reference": ""}, "reported_to": "", "attachments": [],
                "links": [{"kind": "Person", "target": person["id"]}, {"kind": "Breach", "target": condition}],
            }}),
        )
        .unwrap();
    assert_eq!(
        entry["current"]["fields"]["links"][1]["label"],
        json!("“No contact of any kind” (Non-molestation order, FD1)")
    );
    let page = a
        .call(
            "list_incidents",
            json!({"limit": 10, "before": null, "filter": {"kind": null, "from": null, "until": null, "order": order["id"]}}),
        )
        .unwrap();
    assert_eq!(page["incidents"].as_array().unwrap().len(), 1);
    // The order holds a breached condition: refused calmly, nothing removed.
    let err = a
        .call("remove_court_order", json!({"id": order["id"]}))
        .unwrap_err();
    assert_eq!(err["code"], json!("invalid"), "{err}");
    assert_eq!(
        a.call("court_orders", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    a.call("hide_now", json!({})).unwrap();
    let err = a.call("harm_profiles", json!({})).unwrap_err();
    assert_eq!(err["code"], json!("locked"));
}

/// The four places that name the app's commands say the same set: `build.rs` (each gets a
/// permission), the capability file (the window may call each), `lib.rs`'s handler list (each is
/// answered) and `ui/src/api.ts` (each is called). A command missing from one of them is either
/// unreachable or, worse, reachable without having been meant to be.
#[test]
fn every_command_is_declared_granted_handled_and_called_alike() {
    use std::collections::BTreeSet;
    let read = |path: &str| {
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
            .unwrap()
    };
    // The quoted words between two markers.
    let quoted = |text: &str, from: &str, to: &str| -> BTreeSet<String> {
        let start = text.find(from).unwrap() + from.len();
        let end = start + text[start..].find(to).unwrap();
        text[start..end]
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };

    let build = read("src-tauri/build.rs");
    let declared = quoted(&build, "const COMMANDS: &[&str] = &[", "];");

    let capability: Value =
        serde_json::from_str(&read("src-tauri/capabilities/main.json")).unwrap();
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|p| p.replace('-', "_"))
        .collect();

    let lib = read("src-tauri/lib.rs");
    let start = lib.find("generate_handler![").unwrap();
    let end = start + lib[start..].find("])").unwrap();
    let handled: BTreeSet<String> = lib[start + "generate_handler![".len()..end]
        .split(',')
        .filter_map(|path| path.trim().rsplit("::").next())
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect();

    let api = read("ui/src/api.ts");
    let mut called = BTreeSet::new();
    for opener in ["call<", "invoke<"] {
        for (at, _) in api.match_indices(opener) {
            let line = api[at..].lines().next().unwrap_or_default();
            // `call<Type>("name"`: the first string after the type, on the same line.
            if let Some(open) = line.find(">(\"") {
                let name = &line[open + 3..];
                let name = &name[..name.find('"').unwrap()];
                if name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                    called.insert(name.to_owned());
                }
            }
        }
    }

    assert!(declared.len() > 100, "read the list: {}", declared.len());
    assert_eq!(granted, declared, "the capability file and build.rs");
    assert_eq!(handled, declared, "lib.rs's handler list and build.rs");
    assert_eq!(called, declared, "ui/src/api.ts and build.rs");
}

#[test]
fn the_language_chosen_at_setup_is_kept_in_the_vault_only() {
    let a = app();
    let err = a
        .call(
            "set_up",
            json!({"request": {"pin": "482913", "look": "calculator", "language": "klingon"}}),
        )
        .unwrap_err();
    assert_eq!(err["code"], json!("invalid"), "{err}");
    assert_eq!(
        err["reason"],
        json!("settings-choose-one-languages-offered")
    );
    a.call(
        "set_up",
        json!({"request": {"pin": "482913", "duress_pin": "750316", "look": "calculator", "language": "pa"}}),
    )
    .unwrap();
    assert_eq!(
        a.call("get_settings", json!({})).unwrap()["language"],
        json!("pa")
    );
    a.call("hide_now", json!({})).unwrap();
    let outcome = a.call("try_unlock", json!({"pin": "482913"})).unwrap();
    assert_eq!(outcome["language"], json!("pa"));
    // Nowhere outside the vault: no plain file in the data folder names it.
    for entry in walkdir_files(a._dir.path()) {
        let bytes = std::fs::read(&entry).unwrap();
        assert!(
            !bytes.windows(4).any(|w| w == b"\"pa\""),
            "{} names the language",
            entry.display()
        );
    }
}

fn walkdir_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walkdir_files(&path));
        } else {
            out.push(path);
        }
    }
    out
}
