//! For tests: the page's English messages (ui/locales/en-GB), where the page says in words what
//! this crate keeps by code (risk questions, built-in checklists and services), so a test can
//! check the two say the same.

use std::collections::HashMap;

/// Each `id = text` line of `ui/locales/en-GB/<file>` (single-line messages only).
pub(crate) fn english(file: &str) -> HashMap<String, String> {
    let path = format!(
        "{}/../../ui/locales/en-GB/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, text)| (id.to_owned(), text.to_owned()))
        .collect()
}
