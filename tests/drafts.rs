//! Drafts through IPC with a real vault: what is being written reaches the vault of the opening it
//! was written in at every hide (busy or not), is offered back at the next unlock there, and is
//! never written into another opening (the decoy above all). Also the notes pad's own lines.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{App, app, setup};
use harbour_app::Session;
use serde_json::{Value, json};
use tauri::Manager;

const PIN: &str = "482913";
const DURESS: &str = "750316";

fn draft(id: &str, text: &str) -> Value {
    json!({
        "id": id,
        "label": "A new incident",
        "body": json!({"controls": {"f-description": text}}).to_string(),
        "attachments": [],
        "unless_saved": false,
    })
}

fn keep(a: &App, id: &str, text: &str) -> Result<Value, Value> {
    a.call(
        "draft_keep",
        json!({"draft": draft(id, text), "now": false}),
    )
}

/// The bodies of the drafts the open records hold, by id.
fn kept(a: &App) -> Vec<(String, String)> {
    let all = a.call("drafts", json!({})).unwrap();
    all.as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_owned(),
                d["body"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// A command that holds the vault for `time` (as a backup step or a restore does), on a thread
/// of its own; returns once it holds it.
fn hold_vault(a: &App, time: Duration) -> std::thread::JoinHandle<()> {
    let handle = a.app.handle().clone();
    let (held_tx, held_rx) = std::sync::mpsc::channel();
    let holder = std::thread::spawn(move || {
        handle
            .state::<Session>()
            .with_vault(|_| {
                held_tx.send(()).unwrap();
                std::thread::sleep(time);
                Ok(())
            })
            .unwrap();
    });
    held_rx.recv().unwrap();
    holder
}

fn open(a: &App, pin: &str) {
    assert!(a.relock_and_try(pin), "{pin} opens");
}

/// Every file under the test's folder, read whole (the vault folder and anything beside it).
fn files_contain(a: &App, needle: &str) -> Vec<String> {
    let mut hits = Vec::new();
    let mut dirs = vec![a._dir.path().to_owned()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if let Ok(bytes) = std::fs::read(&path)
                && bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
            {
                hits.push(path.display().to_string());
            }
        }
    }
    hits
}

#[test]
fn a_draft_typed_before_a_hide_is_offered_at_the_next_unlock_of_the_same_vault_only() {
    let a = app();
    setup(&a);
    let canary = "he said you are mine canary-d1";
    keep(&a, "incident", "he said").unwrap();
    // Only the latest of what was typed counts; it is in memory, not yet in the vault.
    keep(&a, "incident", canary).unwrap();
    // The global shortcut's path (Rust hides; the page sends nothing more).
    harbour_app::hide::hide(a.app.handle());
    assert_eq!(
        keep(&a, "incident", "typed after").unwrap_err()["code"],
        "locked",
        "a keep after the hide is refused"
    );
    open(&a, DURESS);
    assert!(kept(&a).is_empty(), "the decoy has none of it");
    open(&a, PIN);
    let drafts = kept(&a);
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].0, "incident");
    assert!(drafts[0].1.contains(canary));
    a.call("hide_now", json!({})).unwrap();
    assert!(
        files_contain(&a, canary).is_empty(),
        "the draft is only ever in the encrypted vault"
    );
}

#[test]
fn a_draft_made_in_the_decoy_stays_in_the_decoy() {
    let a = app();
    setup(&a);
    open(&a, DURESS);
    keep(&a, "notes:Home", "shopping list").unwrap();
    a.call("hide_now", json!({})).unwrap();
    open(&a, PIN);
    assert!(
        kept(&a).is_empty(),
        "the real vault never gets the decoy's draft"
    );
    open(&a, DURESS);
    assert_eq!(kept(&a).len(), 1);
}

#[test]
fn the_quick_exit_carries_what_the_forms_held_and_a_saved_form_is_never_offered_again() {
    let a = app();
    setup(&a);
    // The quick exit button: the page hands over what its forms hold with the hide.
    a.call(
        "hide_now",
        json!({"drafts": [draft("incident", "at the bus stop"), draft("notes:Home", "spare key")]}),
    )
    .unwrap();
    open(&a, PIN);
    assert_eq!(kept(&a).len(), 2);

    // Saving the form finishes its draft in the same call.
    let fields = json!({
        "occurred_at": "2026-03-01T10:00:00Z", "occurred_until": null, "location": "bus stop",
        "kind": "Following", "behaviours": [], "description": "at the bus stop",
        "perpetrator_appearance": "", "vehicle": "", "witnesses": "", "impact_on_victim": "",
        "impact_on_daily_life": "", "police": {"officer": "", "crime_reference": ""},
        "reported_to": "", "attachments": []
    });
    a.call(
        "record_incident",
        json!({"fields": fields, "draft": "incident"}),
    )
    .unwrap();
    assert_eq!(
        kept(&a).iter().map(|d| d.0.as_str()).collect::<Vec<_>>(),
        ["notes:Home"]
    );
    // A quick exit pressed while that save was on its way: the form's draft comes with it marked
    // `unless_saved`, and since the save happened it is not kept (it would be saved twice).
    let mut late = draft("incident", "at the bus stop");
    late["unless_saved"] = json!(true);
    a.call("hide_now", json!({"drafts": [late]})).unwrap();
    open(&a, PIN);
    assert_eq!(
        kept(&a).iter().map(|d| d.0.as_str()).collect::<Vec<_>>(),
        ["notes:Home"]
    );

    // Discard takes it away for good.
    a.call("draft_discard", json!({"id": "notes:Home"}))
        .unwrap();
    open(&a, PIN);
    assert!(kept(&a).is_empty());
}

#[test]
fn a_hide_while_a_command_holds_the_vault_writes_the_draft_once_it_is_free_never_into_the_decoy() {
    let a = app();
    setup(&a);
    let canary = "the draft of a busy moment canary-d2";
    keep(&a, "incident", canary).unwrap();
    let handle = a.app.handle().clone();
    // A long command (a backup step, a restore) holds the vault.
    let holder = hold_vault(&a, Duration::from_millis(800));
    // The hide shows the disguise and returns at once (it may run on the main thread, which
    // must stay free to paint); a thread of its own waits for the vault...
    harbour_app::hide::hide(&handle);
    assert!(
        !holder.is_finished(),
        "the hide returned while the command still held the vault"
    );
    // ...while someone types the second PIN: the unlock waits for the command too, finishes the
    // hide (the real draft into the real vault), and only then opens the decoy.
    let decoy = a.call("try_unlock", json!({"pin": DURESS})).unwrap();
    holder.join().unwrap();
    assert_eq!(decoy["opened"], true);
    assert!(kept(&a).is_empty(), "the decoy never gets the real draft");
    open(&a, DURESS);
    assert!(kept(&a).is_empty(), "the decoy never gets the real draft");
    open(&a, PIN);
    let drafts = kept(&a);
    assert_eq!(drafts.len(), 1, "written once the vault was free");
    assert!(drafts[0].1.contains(canary));
}

/// An unlock while a hide still waits for a busy vault sweeps unused files only after the hide's
/// drafts are written: a file that only an unwritten draft carried stays.
#[test]
fn an_unlock_during_a_busy_hide_keeps_the_files_of_drafts_not_yet_written() {
    let a = app();
    setup(&a);
    let meta = a
        .call_raw(
            "add_attachment",
            b"his car again".to_vec(),
            &[("x-file-name", "car.jpg"), ("x-media-type", "image/jpeg")],
        )
        .unwrap();
    let id = meta["id"].as_str().unwrap().to_owned();
    // A first keep writes (and starts the five seconds); the next one stays in memory only.
    keep(&a, "contact", "Jo").unwrap();
    let mut with_file = draft("incident", "his car again");
    with_file["attachments"] = json!([id]);
    a.call("draft_keep", json!({"draft": with_file, "now": false}))
        .unwrap();
    let handle = a.app.handle().clone();
    let holder = hold_vault(&a, Duration::from_millis(600));
    harbour_app::hide::hide(&handle);
    let opened = a.call("try_unlock", json!({"pin": PIN})).unwrap();
    holder.join().unwrap();
    assert_eq!(opened["opened"], true);
    let all = a.call("drafts", json!({})).unwrap();
    let incident = all
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "incident")
        .unwrap();
    assert_eq!(incident["attachments"], json!([id]));
    let info = a.call("attachment_info", json!({"ids": [id]})).unwrap();
    assert_eq!(info.as_array().unwrap().len(), 1, "the file is still there");
}

#[test]
fn moving_to_another_case_writes_the_draft_into_the_case_it_was_written_in() {
    let a = app();
    setup(&a);
    let added = a.call("case_add", json!({"label": "J.S."})).unwrap();
    let case = added["cases"][0]["id"].as_str().unwrap().to_owned();
    a.call("case_open", json!({"id": case})).unwrap();
    keep(&a, "notes:Home", "J.S. moves on Friday").unwrap();
    a.call("case_close", json!({})).unwrap();
    assert!(
        kept(&a).is_empty(),
        "the advocate's own records never get a case's draft"
    );
    // Typed into the own space now; opening the case again writes it there first.
    keep(&a, "notes:Home", "own note").unwrap();
    a.call("case_open", json!({"id": case})).unwrap();
    let in_case = kept(&a);
    assert_eq!(in_case.len(), 1);
    assert!(in_case[0].1.contains("J.S. moves on Friday"));
    a.call("case_close", json!({})).unwrap();
    let own = kept(&a);
    assert_eq!(own.len(), 1);
    assert!(own[0].1.contains("own note"));
}

#[test]
fn a_drafts_files_outlive_the_unlock_sweep_and_go_with_it_when_discarded() {
    let a = app();
    setup(&a);
    let meta = a
        .call_raw(
            "add_attachment",
            b"a photo of the car".to_vec(),
            &[("x-file-name", "car.jpg"), ("x-media-type", "image/jpeg")],
        )
        .unwrap();
    let id = meta["id"].as_str().unwrap().to_owned();
    let mut with_file = draft("incident", "his car again");
    with_file["attachments"] = json!([id]);
    a.call("hide_now", json!({"drafts": [with_file]})).unwrap();
    // Opening sweeps files no record uses; the draft's stays.
    open(&a, PIN);
    let info = a.call("attachment_info", json!({"ids": [id]})).unwrap();
    assert_eq!(info.as_array().unwrap().len(), 1);
    a.call("draft_discard", json!({"id": "incident"})).unwrap();
    let gone = a.call("attachment_info", json!({"ids": [id]})).unwrap_err();
    assert_eq!(gone["code"], "not_found", "the file went with its draft");
}

#[test]
fn closing_the_app_writes_what_was_being_typed_before_it_locks() {
    let a = app();
    setup(&a);
    keep(&a, "risk", "after the party").unwrap();
    // What the app does when its window closes.
    a.app.state::<Session>().lock();
    open(&a, PIN);
    assert_eq!(kept(&a).len(), 1);
}

#[test]
fn drafts_that_could_not_come_from_the_page_are_refused_calmly() {
    let a = app();
    setup(&a);
    let err = keep(&a, "../../etc", "x").unwrap_err();
    assert_eq!(err["code"], "invalid");
    let mut huge_file_id = draft("incident", "x");
    huge_file_id["attachments"] = json!(["f".repeat(100_000)]);
    let err = a
        .call("draft_keep", json!({"draft": huge_file_id, "now": false}))
        .unwrap_err();
    assert_eq!(err["code"], "invalid");
    let big = "x".repeat(600 * 1024);
    let err = keep(&a, "incident", &big).unwrap_err();
    assert_eq!(err["code"], "invalid");
    assert_eq!(err["reason"], "drafts-too-long");
    assert!(kept(&a).is_empty());
}

#[test]
fn the_notes_pad_keeps_its_ordinary_lines_only_and_only_while_it_is_the_disguise() {
    let a = app();
    a.call(
        "set_up",
        json!({"request": {"pin": PIN, "duress_pin": null, "look": "notes"}}),
    )
    .unwrap();
    // While the vault is open nothing is written to the pad's file, whatever the page sends.
    a.call("notes_pad_keep", json!({"text": "the school gate at 3"}))
        .unwrap();
    assert!(files_contain(&a, "the school gate").is_empty());
    a.call("hide_now", json!({})).unwrap();
    a.call(
        "notes_pad_keep",
        json!({"text": format!("milk, bread\n{PIN}\n58\n{PIN}=\n#{DURESS}\ncall the dentist\n")}),
    )
    .unwrap();
    let text = a.call("notes_pad", json!({})).unwrap();
    assert_eq!(text, "milk, bread\ncall the dentist\n");
    assert!(
        files_contain(&a, PIN).is_empty() && files_contain(&a, DURESS).is_empty(),
        "no PIN, even with a slip, reaches a file"
    );
    assert!(files_contain(&a, "call the dentist").len() == 1);
    // Another disguise chosen: the pad's lines go with it, and a calculator keeps none.
    open(&a, PIN);
    a.call(
        "save_settings",
        json!({"change": {"look": "calculator", "shortcut": "CommandOrControl+Shift+H", "auto_lock_minutes": 5}}),
    )
    .unwrap();
    assert!(files_contain(&a, "call the dentist").is_empty());
    a.call("hide_now", json!({})).unwrap();
    a.call("notes_pad_keep", json!({"text": "written to a calculator"}))
        .unwrap();
    assert!(files_contain(&a, "written to a calculator").is_empty());
}

/// A quick exit while setup finished: the recovery key, never shown, is kept in the vault and
/// shown after the next unlock, until the person says it is written down.
#[test]
fn a_recovery_key_not_shown_at_setup_is_shown_after_the_next_unlock() {
    let a = app();
    let key = setup(&a);
    // Hidden before the page could show it.
    a.call("hide_now", json!({})).unwrap();
    open(&a, DURESS);
    assert_eq!(
        a.call("recovery_key_unseen", json!({})).unwrap(),
        Value::Null
    );
    open(&a, PIN);
    assert_eq!(a.call("recovery_key_unseen", json!({})).unwrap(), key);
    a.call("recovery_key_seen", json!({})).unwrap();
    open(&a, PIN);
    assert_eq!(
        a.call("recovery_key_unseen", json!({})).unwrap(),
        Value::Null
    );
}
