// App commands are declared here so that each gets a permission, and the capability file grants
// the main window exactly these and nothing else.
const COMMANDS: &[&str] = &[
    "app_status",
    "set_up",
    "set_up_from_backup",
    "try_unlock",
    "unlock_with_recovery_key",
    "hide_now",
    "still_here",
    "list_contacts",
    "add_contact",
    "list_incidents",
    "record_incident",
    "revise_incident",
    "incident_history",
    "check_log",
    "get_plan",
    "add_plan_item",
    "set_plan_item_done",
    "list_checklists",
    "due_checklist_items",
    "set_checklist_item_done",
    "list_support_services",
    "update_contact",
    "delete_contact",
    "update_plan_item",
    "delete_plan_item",
    "set_plan_stage",
    "set_plan_review_date",
    "set_section_notes",
    "search",
    "get_settings",
    "save_settings",
    "change_pin",
    "set_duress_pin",
    "clear_duress_pin",
    "add_attachment",
    "attachment_info",
    "attachment_bytes",
    "note_copied",
    "save_backup",
    "restore_backup",
    "incidents_between",
    "save_report",
    "save_bundle",
    "open_bundle",
    "risk_screening_questions",
    "list_risk_screenings",
    "record_risk_screening",
    "incident_patterns",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/capabilities/*.json")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {e:#}");
    }
}
