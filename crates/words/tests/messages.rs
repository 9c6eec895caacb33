//! The message files, checked the way a translator's slip or a programmer's typo would show:
//! every file parses; every language has exactly English's messages, each with the same
//! variables; every id the Rust code asks for exists in English, and English has none that no
//! code asks for.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;
use harbour_words::{ENGLISH, LANGUAGES};

/// The areas every id begins with: where the code that asks for it lives, or what it names.
/// An id outside them would be missed by the search for ids in the code, so none may be.
const FAMILIES: &[&str] = &[
    "date-",
    "kind-",
    "behaviour-",
    "plan-section-",
    "order-kind-",
    "report-",
    "conduct-",
    "screening-",
    "plan-sheet-",
    "bundle-readme-",
    "chain-break-",
    "decoy-",
    "dialog-",
    "shortcut-",
];

/// Beginnings of ids the code builds at run time (with `format!`), which the search cannot see
/// in full: each id beginning so counts as used. None today: lookups are written as a `match`
/// returning whole ids (see `crates/evidence/src/wording.rs`), which is the better way.
const BUILT: &[&str] = &[];

/// Where the code that asks for messages lives, from this crate's directory.
const CODE: &[&str] = &[
    "../evidence/src",
    "../store/src",
    "../vault/src",
    "../../src-tauri",
];

/// Each message id with the variables its value uses (in any variant), from one file.
fn messages(code: &str, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("locales/{code}.ftl does not parse: {errors:#?}"),
    };
    let mut found = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut variables);
                }
                let id = message.id.name.to_owned();
                assert!(
                    found.insert(id.clone(), variables).is_none(),
                    "locales/{code}.ftl has {id} twice"
                );
            }
            ast::Entry::Junk { content } => panic!("locales/{code}.ftl: {content:?}"),
            _ => {}
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                pattern_variables(&variant.value, variables);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, variables),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            call_variables(arguments, variables);
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call_variables(arguments, variables),
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, variables);
        }
        _ => {}
    }
}

fn call_variables(call: &ast::CallArguments<&str>, variables: &mut BTreeSet<String>) {
    for argument in &call.positional {
        inline_variables(argument, variables);
    }
    for named in &call.named {
        inline_variables(&named.value, variables);
    }
}

fn english() -> BTreeMap<String, BTreeSet<String>> {
    let source = LANGUAGES
        .iter()
        .find(|(code, _)| *code == ENGLISH)
        .map(|(_, source)| *source)
        .expect("English is one of the languages");
    messages(ENGLISH, source)
}

#[test]
fn every_file_parses_and_has_each_english_message_with_the_same_variables() {
    let english = english();
    assert!(!english.is_empty());
    for (code, source) in LANGUAGES {
        let theirs = messages(code, source);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !theirs.contains_key(*id))
            .collect();
        let extra: Vec<&String> = theirs
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "locales/{code}.ftl lacks {missing:?} and has {extra:?}, which English does not"
        );
        for (id, variables) in &english {
            assert_eq!(
                &theirs[id], variables,
                "locales/{code}.ftl: {id} must use exactly English's variables"
            );
        }
    }
}

#[test]
fn every_file_in_locales_is_a_language() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut languages: Vec<String> = LANGUAGES
        .iter()
        .map(|(code, _)| format!("{code}.ftl"))
        .collect();
    languages.sort();
    assert_eq!(files, languages);
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The string literals in `text` that look like message ids (`"report-title"`), with whether
/// each is the first argument of a call to `Words::get` or `Words::with`.
fn literal_ids(text: &str) -> Vec<(String, bool)> {
    let is_id = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find('"') {
        let before = &rest[..at];
        let after = &rest[at + 1..];
        let len = after.find(|c: char| !is_id(c)).unwrap_or(after.len());
        let (id, tail) = after.split_at(len);
        if !id.is_empty()
            && let Some(tail) = tail.strip_prefix('"')
        {
            // `words.get("id")`, and `words.with("id", &[…])` (a `Reason`'s `.with("name",
            // value)` names a variable, not a message).
            let called = (before.trim_end().ends_with(".get(")
                && tail.trim_start().starts_with(')'))
                || (before.trim_end().ends_with(".with(")
                    && tail
                        .trim_start()
                        .strip_prefix(',')
                        .is_some_and(|t| t.trim_start().starts_with("&[")));
            found.push((id.to_owned(), called));
            rest = tail;
        } else {
            rest = after;
        }
    }
    found
}

#[test]
fn literal_ids_are_found_in_calls_and_elsewhere() {
    let code = r#"words.get("report-title"); words.with(
        "date-day",
        &[("day", d)]); reason("x").with("limit", 3); ("report-field-who", x); "Not an id""#;
    assert_eq!(
        literal_ids(code),
        vec![
            ("report-title".to_owned(), true),
            ("date-day".to_owned(), true),
            ("day".to_owned(), false),
            ("x".to_owned(), false),
            ("limit".to_owned(), false),
            ("report-field-who".to_owned(), false),
        ]
    );
}

#[test]
fn every_id_the_code_asks_for_is_in_english_and_english_has_no_other() {
    let english = english();
    for id in english.keys() {
        assert!(
            FAMILIES.iter().any(|f| id.starts_with(f)),
            "{id} is in none of the areas the code is searched for ({FAMILIES:?})"
        );
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in CODE {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(!files.is_empty());
    let mut used = BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (id, called) in literal_ids(&text) {
            let ours = FAMILIES.iter().any(|f| id.starts_with(f));
            if ours || called {
                assert!(
                    english.contains_key(&id),
                    "{} asks for {id}, which locales/en-GB.ftl does not have",
                    file.display()
                );
                used.insert(id);
            }
        }
    }
    let unused: Vec<&String> = english
        .keys()
        .filter(|id| !used.contains(*id) && !BUILT.iter().any(|b| id.starts_with(b)))
        .collect();
    assert!(
        unused.is_empty(),
        "locales/en-GB.ftl has messages no code asks for: {unused:?}"
    );
}

/// The app's languages are named in three places: here, in the store (what a vault may keep) and
/// in the UI. A language in one and not another would be offered and then refused, or kept and
/// then spoken in English; the right-to-left ones must agree too (the PDF's layout, the page's).
#[test]
fn the_store_the_page_and_these_words_have_the_same_languages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ours: Vec<&str> = LANGUAGES.iter().map(|(code, _)| *code).collect();
    let settings = std::fs::read_to_string(root.join("../store/src/settings.rs")).unwrap();
    let line = settings
        .lines()
        .find(|l| l.starts_with("pub const LANGUAGES"))
        .unwrap();
    let store: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
    assert_eq!(store, ours, "crates/store/src/settings.rs");
    let page = std::fs::read_to_string(root.join("../../ui/src/i18n.ts")).unwrap();
    let mut ui = Vec::new();
    let mut rtl = Vec::new();
    for line in page.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("{ code: \"") {
            let code = rest.split('"').next().unwrap();
            ui.push(code);
            if line.contains("dir: \"rtl\"") {
                rtl.push(code);
            }
        }
    }
    assert_eq!(ui, ours, "ui/src/i18n.ts");
    let ours_rtl: Vec<&str> = ours
        .iter()
        .copied()
        .filter(|code| harbour_words::Words::new(code).rtl())
        .collect();
    assert_eq!(rtl, ours_rtl);
}
