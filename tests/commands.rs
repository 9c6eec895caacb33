//! The shell's commands on the mock runtime, through real IPC messages checked against the app's
//! real capability file, with a real vault (temp folder, real keychain: run under
//! `scripts/with-keychain.sh`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use harbour_app::{Session, build_app};
use harbour_vault::{KdfParams, Keychain};
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{Manager, WebviewWindow, WebviewWindowBuilder};

struct App {
    _dir: tempfile::TempDir,
    app: tauri::App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

fn app() -> App {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::new(
        dir.path().join("data"),
        Keychain::with_service("pocketcalc-tests"),
        KdfParams::FLOOR,
    );
    let app = build_app(mock_builder(), session)
        .build(tauri::generate_context!())
        .unwrap();
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    App {
        _dir: dir,
        app,
        window,
    }
}

impl App {
    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        tauri::test::get_ipc_response(&self.window, request)
            .map(|b| b.deserialize::<Value>().unwrap())
    }
}

fn setup(app: &App) -> String {
    let done = app
        .call(
            "set_up",
            json!({"request": {"pin": "482913", "duress_pin": "750316", "look": "calculator"}}),
        )
        .unwrap();
    done["recovery_key"].as_str().unwrap().to_owned()
}

#[test]
fn first_run_setup_unlock_hide_and_the_locked_error() {
    let a = app();
    let status = a.call("app_status", json!({})).unwrap();
    assert_eq!(status["set_up"], json!(false));
    assert_eq!(status["look"], json!("calculator"));
    let recovery = setup(&a);
    assert_eq!(recovery.len(), 39);

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
        json!({"opened": false})
    );
    assert_eq!(
        a.call("try_unlock", json!({"pin": "12"})).unwrap(),
        json!({"opened": false})
    );
    assert_eq!(
        a.call("try_unlock", json!({"pin": "482913"})).unwrap(),
        json!({"opened": true})
    );
    let contacts = a.call("list_contacts", json!({})).unwrap();
    assert_eq!(contacts[0]["fields"]["code_word"], json!("blue umbrella"));

    // The duress PIN opens the decoy: none of the real records.
    a.call("hide_now", json!({})).unwrap();
    assert_eq!(
        a.call("try_unlock", json!({"pin": "750316"})).unwrap(),
        json!({"opened": true})
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
    // Activity (here 20 ms later) pushes it back.
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
