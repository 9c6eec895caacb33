//! The desktop shell: a thin Tauri layer over the core crates (`harbour-vault`, `harbour-store`).
//! Commands take DTOs, call the core and map errors to `{code, message}`; the window shows the
//! disguise until a PIN opens the vault, and any quick-hide route locks it again.

pub mod caseload;
pub mod causing_harm;
pub mod chat_import;
pub mod checklists;
pub mod clipboard;
pub mod commands;
pub mod directory;
pub mod disguise;
pub mod drafts;
pub mod email_import;
pub mod error;
pub mod evidence;
pub mod files;
pub mod hide;
pub mod notebook;
pub mod pairing;
pub mod pending;
pub mod platform;
pub mod risk;
pub mod session;
pub mod shared_files;
pub mod sharing;
pub mod updates;

use harbour_vault::{KdfParams, Keychain};
use tauri::{Manager, Runtime};

pub use session::Session;

/// The commands and state every build of the app has, generic over the runtime so that tests run
/// it on `tauri::test::mock_builder()` without a display. Plugins that need a real desktop
/// (global shortcut, single instance) are added in [`run`].
pub fn build_app<R: Runtime>(builder: tauri::Builder<R>, session: Session) -> tauri::Builder<R> {
    builder
        .manage(session)
        .manage(chat_import::ChatSlot::default())
        .manage(email_import::EmailSlot::default())
        .manage(updates::UpdateSlot::default())
        .invoke_handler(tauri::generate_handler![
            commands::opening::app_status,
            commands::opening::set_up,
            commands::opening::set_up_from_backup,
            commands::opening::try_unlock,
            commands::opening::room_for_setup,
            commands::opening::hide_now,
            commands::opening::still_here,
            commands::contacts::list_contacts,
            commands::contacts::add_contact,
            commands::incidents::list_incidents,
            commands::incidents::count_incidents,
            commands::incidents::record_incident,
            commands::incidents::record_incidents,
            commands::incidents::revise_incident,
            commands::incidents::incident_history,
            commands::incidents::check_log,
            commands::plan::get_plan,
            commands::plan::add_plan_item,
            commands::plan::set_plan_item_done,
            checklists::list_checklists,
            checklists::due_checklist_items,
            checklists::set_checklist_item_done,
            checklists::add_checklist,
            checklists::rename_checklist,
            checklists::remove_checklist,
            checklists::add_checklist_item,
            checklists::update_checklist_item,
            checklists::remove_checklist_item,
            directory::list_support_services,
            directory::removed_support_services,
            directory::add_support_service,
            directory::update_support_service,
            directory::remove_support_service,
            directory::restore_support_service,
            commands::contacts::update_contact,
            commands::contacts::delete_contact,
            commands::plan::update_plan_item,
            commands::plan::delete_plan_item,
            commands::plan::set_plan_stage,
            commands::plan::set_plan_review_date,
            commands::plan::set_section_notes,
            commands::incidents::search,
            commands::settings::get_settings,
            commands::settings::save_settings,
            commands::settings::set_text_size,
            commands::settings::set_language,
            commands::settings::change_pin,
            commands::settings::set_duress_pin,
            commands::settings::clear_duress_pin,
            commands::attachments::add_attachment,
            commands::attachments::attachment_info,
            commands::attachments::attachment_bytes,
            commands::attachments::note_copied,
            commands::backup::save_backup,
            commands::backup::restore_backup,
            evidence::incidents_between,
            evidence::save_report,
            evidence::save_plan_sheet,
            chat_import::chat_read,
            chat_import::chat_import,
            email_import::email_read,
            email_import::email_import,
            evidence::save_bundle,
            evidence::open_bundle,
            causing_harm::harm_profiles,
            causing_harm::add_harm_profile,
            causing_harm::update_harm_profile,
            causing_harm::remove_harm_profile,
            causing_harm::court_orders,
            causing_harm::add_court_order,
            causing_harm::update_court_order,
            causing_harm::remove_court_order,
            causing_harm::order_reminders,
            risk::risk_screening_questions,
            risk::list_risk_screenings,
            risk::record_risk_screening,
            risk::sign_off_screening,
            evidence::incident_patterns,
            sharing::sharing_status,
            sharing::set_shared,
            pairing::pairing_host,
            pairing::pairing_wait,
            pairing::pairing_join,
            pairing::pairing_confirm,
            sharing::name_link,
            pairing::pairing_abort,
            sharing::sync_now,
            sharing::stop_sharing,
            sharing::forget_sharing,
            sharing::live_start,
            sharing::live_stop,
            sharing::live_viewing,
            sharing::shared_records,
            shared_files::entry_file_sharing,
            shared_files::set_file_shared,
            shared_files::shared_file_bytes,
            caseload::caseload,
            caseload::case_add,
            caseload::case_open,
            caseload::case_close,
            caseload::case_set_notes,
            caseload::case_remove,
            drafts::draft_keep,
            drafts::drafts,
            drafts::draft_discard,
            disguise::notes_pad,
            disguise::notes_pad_keep,
            notebook::opened_space,
            notebook::notebook_pages,
            notebook::notebook_save,
            notebook::notebook_remove,
            commands::opening::recovery_key_unseen,
            commands::opening::recovery_key_seen,
            updates::update_settings,
            updates::set_update_address,
            updates::check_for_updates,
            updates::download_update,
        ])
}

pub fn run() {
    platform::prepare_process();
    quiet_panics();
    let Ok(dir) = harbour_vault::default_data_dir() else {
        std::process::exit(1);
    };
    let session = Session::new(dir, keychain(), KdfParams::DEFAULT);
    let builder = tauri::Builder::default()
        // Native file dialogs, used from Rust only (the page is granted none of its commands).
        .plugin(tauri_plugin_dialog::init())
        // First, so a second launch never gets as far as opening a window: the running one hides.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            hide::hide_on_main_thread(app);
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.show();
                let _ = w.set_focus();
            }
        }))
        .setup(|app| {
            let handle = app.handle();
            platform::forget_recent_files();
            open_main_window(handle)?;
            start_auto_lock(handle.clone());
            let on_lock = handle.clone();
            platform::watch_lock_and_sleep(move |_| hide::hide(&on_lock));
            if let Some(session) = app.try_state::<Session>() {
                let appearance = session.appearance();
                hide::apply_appearance(handle, &appearance);
                // A shortcut another program holds is not fatal: the in-app ways still work.
                let _ = hide::start_shortcut(handle, &appearance.shortcut);
            }
            Ok(())
        });
    let builder = platform::with_shortcut_support(builder);
    let Ok(app) = build_app(builder, session).build(tauri::generate_context!()) else {
        // Nothing is printed: the message could name the app's internals on a shared screen.
        std::process::exit(1);
    };
    app.run(|app, event| {
        // The window closed (or the desktop is logging out): what was being written goes into
        // the vault, then it locks, as at a hide.
        if let tauri::RunEvent::Exit = event
            && let Some(session) = app.try_state::<Session>()
        {
            session.lock();
        }
    });
}

/// Checks every few seconds whether the open vault has been left alone for longer than its
/// auto-lock time, and if so hides (which locks). A sleeping laptop wakes with the time passed, so
/// the first check after waking locks.
fn start_auto_lock<R: Runtime>(app: tauri::AppHandle<R>) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(std::time::Duration::from_secs(5));
            let idle = app
                .try_state::<Session>()
                .is_some_and(|s| s.idle_too_long(std::time::Instant::now()));
            if idle {
                hide::hide(&app);
            }
        }
    });
}

/// The one window. Made here rather than in tauri.conf.json so that incognito mode (no web storage,
/// no cache on disk) can be switched off only under WebDriver: WebKitWebDriver cannot attach to an
/// ephemeral web context. tauri-driver sets `TAURI_AUTOMATION=true`; a person's launch never does.
fn open_main_window<R: Runtime>(app: &tauri::AppHandle<R>) -> tauri::Result<()> {
    let automated = std::env::var("TAURI_AUTOMATION").is_ok_and(|v| v == "true");
    tauri::WebviewWindowBuilder::new(app, "main", tauri::WebviewUrl::App("index.html".into()))
        .title(harbour_vault::Look::Calculator.title())
        .inner_size(hide::DISGUISE_SIZE.0, hide::DISGUISE_SIZE.1)
        .min_inner_size(320.0, 460.0)
        .incognito(!automated)
        .build()?;
    Ok(())
}

/// Release builds print nothing when they panic (a panic message can include file paths and
/// values); the platform layer makes sure no crash dump is written either.
fn quiet_panics() {
    if !cfg!(debug_assertions) {
        std::panic::set_hook(Box::new(|_| {}));
    }
}

/// The keychain, with this computer's security chip if the app may use it (new vaults then seal
/// their PINs' secrets to it). In debug builds `HARBOUR_CHIP` names another chip (tests: a
/// software one); a release build never lets its environment choose where PINs are sealed.
fn keychain() -> Keychain {
    let chip = match std::env::var("HARBOUR_CHIP") {
        Ok(tcti) if cfg!(debug_assertions) && !tcti.is_empty() => {
            Some(harbour_vault::Chip::at(tcti))
        }
        _ => harbour_vault::Chip::of_this_computer(),
    };
    match chip {
        Some(chip) => Keychain::os().with_chip(chip),
        None => Keychain::os(),
    }
}
