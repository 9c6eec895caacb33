//! Architecture invariant: nothing a person sees before unlock reveals what the app is for.
//! Checks the names the OS shows (product, binary, identifier, window titles, bundle text, data
//! folder, keychain label) against words that would give it away.
#![allow(clippy::unwrap_used, clippy::expect_used)]

const GIVEAWAYS: &[&str] = &[
    "harbour", "harbor", "safe", "safety", "abuse", "stalk", "victim", "idva", "domestic",
    "violence", "vault", "evidence", "incident", "police", "secret", "escape", "refuge", "help",
    "advocate", "panic", "crypt", "hide", "private",
];

fn assert_neutral(what: &str, text: &str) {
    let lower = text.to_lowercase();
    for word in GIVEAWAYS {
        assert!(!lower.contains(word), "{what} ({text:?}) contains {word:?}");
    }
}

fn config() -> serde_json::Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tauri.conf.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn os_visible_names_in_the_tauri_config_are_neutral() {
    let c = config();
    for key in ["productName", "mainBinaryName", "identifier"] {
        assert_neutral(key, c[key].as_str().unwrap());
    }
    // The window is made in code (src-tauri/lib.rs) so that it is incognito outside WebDriver.
    assert!(c["app"]["windows"].as_array().unwrap().is_empty());
    let shell =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src-tauri/lib.rs")).unwrap();
    assert!(
        shell.contains(".incognito(!automated)"),
        "the main window must be incognito"
    );
    assert_neutral("window title", harbour_vault::Look::Calculator.title());
    assert_neutral("window title", harbour_vault::Look::Notes.title());
    for key in ["shortDescription", "longDescription", "category"] {
        assert_neutral(key, c["bundle"][key].as_str().unwrap());
    }
    assert_eq!(c["app"]["withGlobalTauri"], serde_json::Value::Bool(false));
}

#[test]
fn binary_and_data_folder_names_are_neutral() {
    let manifest =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let bin = manifest.split("[[bin]]").nth(1).unwrap();
    let name_line = bin
        .lines()
        .find(|l| l.trim_start().starts_with("name"))
        .unwrap();
    assert_neutral("binary name", name_line);
    assert_neutral("data folder", harbour_vault::DATA_FOLDER_NAME);
    assert_neutral("keychain service", harbour_vault::Keychain::SERVICE);
    assert_neutral("keychain label", harbour_vault::Keychain::LABEL);
    assert_neutral("package description", env!("CARGO_PKG_DESCRIPTION"));
}

#[test]
fn the_ui_page_title_is_neutral() {
    let html =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ui/index.html")).unwrap();
    let title = html
        .split("<title>")
        .nth(1)
        .unwrap()
        .split("</title>")
        .next()
        .unwrap();
    assert_neutral("page title", title);
}

#[test]
fn the_shell_builds_on_the_mock_runtime() {
    let session = harbour_app::Session::new(
        std::env::temp_dir().join("never-created"),
        harbour_vault::Keychain::with_service("pocketcalc-tests"),
        harbour_vault::KdfParams::FLOOR,
    );
    let app = harbour_app::build_app(tauri::test::mock_builder(), session)
        .build(tauri::test::mock_context(tauri::test::noop_assets()))
        .unwrap();
    assert!(app.config().app.with_global_tauri.eq(&false));
}
