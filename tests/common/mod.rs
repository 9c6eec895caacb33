//! The app on the mock runtime with a real vault (temp folder, real keychain: run under
//! `scripts/with-keychain.sh`), and IPC messages sent to it as the page sends them, checked
//! against the app's real capability file. Shared by the IPC test files.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use harbour_app::{Session, build_app};
use harbour_vault::{KdfParams, Keychain};
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{WebviewWindow, WebviewWindowBuilder};

pub struct App {
    pub _dir: tempfile::TempDir,
    pub app: tauri::App<MockRuntime>,
    pub window: WebviewWindow<MockRuntime>,
}

/// The app on the mock runtime, with a vault folder of its own and the real keychain.
pub fn app() -> App {
    app_with(Keychain::with_service("pocketcalc-tests"))
}

/// For tests of PIN management (many PINs set and tried in a row), not of guessing: the delay
/// starts later. The app and the attack tests always have the real budget.
pub fn app_changing_pins() -> App {
    app_with(Keychain::with_service("pocketcalc-tests").allowing_free_tries(40))
}

fn app_with(keychain: Keychain) -> App {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::new(dir.path().join("data"), keychain, KdfParams::FLOOR);
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

/// An IPC message as the page sends it.
fn request(cmd: &str, body: InvokeBody, headers: tauri::http::HeaderMap) -> InvokeRequest {
    InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body,
        headers,
        invoke_key: INVOKE_KEY.to_string(),
    }
}

impl App {
    pub fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = request(cmd, InvokeBody::Json(args), Default::default());
        tauri::test::get_ipc_response(&self.window, request)
            .map(|b| b.deserialize::<Value>().unwrap())
    }

    /// A way to call commands from another thread, as a page's calls can overlap.
    pub fn caller(&self) -> impl Fn(&str, Value) -> Result<Value, Value> + Send + 'static {
        let window = self.window.clone();
        move |cmd, args| {
            let request = request(cmd, InvokeBody::Json(args), Default::default());
            tauri::test::get_ipc_response(&window, request)
                .map(|b| b.deserialize::<Value>().unwrap())
        }
    }

    /// A command whose request body is raw bytes (file import) with string headers.
    pub fn call_raw(
        &self,
        cmd: &str,
        body: Vec<u8>,
        headers: &[(&str, &str)],
    ) -> Result<Value, Value> {
        let mut map = tauri::http::HeaderMap::new();
        for (name, value) in headers {
            map.insert(
                tauri::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                tauri::http::HeaderValue::from_str(value).unwrap(),
            );
        }
        tauri::test::get_ipc_response(&self.window, request(cmd, InvokeBody::Raw(body), map))
            .map(|b| b.deserialize::<Value>().unwrap())
    }

    /// A command that answers with raw bytes.
    pub fn call_for_bytes(&self, cmd: &str, args: Value) -> Result<Vec<u8>, Value> {
        let request = request(cmd, InvokeBody::Json(args), Default::default());
        match tauri::test::get_ipc_response(&self.window, request)? {
            tauri::ipc::InvokeResponseBody::Raw(bytes) => Ok(bytes),
            other => panic!("expected raw bytes, got {other:?}"),
        }
    }

    pub fn relock_and_try(&self, pin: &str) -> bool {
        self.call("hide_now", json!({})).unwrap();
        self.call("try_unlock", json!({"pin": pin})).unwrap()["opened"]
            .as_bool()
            .unwrap()
    }
}

pub fn setup(app: &App) -> String {
    let done = app
        .call(
            "set_up",
            json!({"request": {"pin": "482913", "duress_pin": "750316", "look": "calculator"}}),
        )
        .unwrap();
    done["recovery_key"].as_str().unwrap().to_owned()
}
