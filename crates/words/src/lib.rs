//! The sentences Rust writes for a person to read, in the language they chose.
//!
//! The messages are Project Fluent files, one per language (`locales/<code>.ftl`), built into
//! the binary: a language is added by copying `locales/en-GB.ftl` and adding its code to
//! [`LANGUAGES`] (and the UI's, see docs/translations.md). A message a language lacks is said
//! in English; an id no language has is returned as it is, so a slip shows, and a test
//! (`tests/messages.rs`) checks that every id used exists in every file.
//!
//! Each placeable is wrapped in bidi isolation marks (FSI … PDI), as Fluent does by default, so
//! a name, a number or a quote in one direction keeps its own order inside a sentence in the
//! other (an Urdu quote followed by an English date in brackets). The PDF's typesetter steers by
//! them and does not draw them; text for anything else drops them ([`without_isolation`]).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// The app's languages: their code (as the UI and the store name them), and their messages.
pub const LANGUAGES: [(&str, &str); 6] = [
    ("en-GB", include_str!("../locales/en-GB.ftl")),
    ("cy", include_str!("../locales/cy.ftl")),
    ("pl", include_str!("../locales/pl.ftl")),
    ("ur", include_str!("../locales/ur.ftl")),
    ("pa", include_str!("../locales/pa.ftl")),
    ("ar", include_str!("../locales/ar.ftl")),
];

/// The language everything falls back to (and that courts in England need).
pub const ENGLISH: &str = "en-GB";

/// Which of [`LANGUAGES`] a POSIX locale name (`cy_GB.UTF-8`, `pl`, `pa_IN`) or a BCP 47 tag
/// (`en-GB`, `ar-EG`) is; English for any other.
pub fn language_of_locale(locale: &str) -> &'static str {
    let language = locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    LANGUAGES
        .iter()
        .map(|(code, _)| *code)
        .find(|code| code.split('-').next() == Some(language.as_str()))
        .unwrap_or(ENGLISH)
}

/// Messages in one language.
pub struct Words {
    code: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words").field("code", &self.code).finish()
    }
}

impl Words {
    /// The messages for `code`; English for a code that is not one of [`LANGUAGES`].
    pub fn new(code: &str) -> Words {
        let (code, source) = LANGUAGES
            .iter()
            .find(|(c, _)| *c == code)
            .copied()
            .unwrap_or(LANGUAGES[0]);
        let id: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // Entries that do not parse are skipped (and the test of every file finds them).
        let resource = |source: &str| {
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial)
        };
        let _ = bundle.add_resource(resource(source));
        if code != ENGLISH {
            // Only what the language lacks is added: an id it has is refused as an override.
            let _ = bundle.add_resource(resource(LANGUAGES[0].1));
        }
        Words { code, bundle }
    }

    /// The messages in the computer's language, as a program started here reads it from the
    /// environment (`LANGUAGE`, then `LC_ALL`, `LC_MESSAGES`, `LANG`, as gettext does), for words
    /// shown before any vault is open.
    pub fn of_computer() -> Words {
        let first = |name: &str| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.split(':').next().map(str::to_owned))
                .filter(|v| !v.is_empty())
        };
        let locale = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(first)
            .unwrap_or_default();
        Words::new(language_of_locale(&locale))
    }

    pub fn english() -> Words {
        Words::new(ENGLISH)
    }

    /// The language's code (BCP 47), for a document's language.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// Written right to left (Urdu, Arabic).
    pub fn rtl(&self) -> bool {
        matches!(self.code, "ur" | "ar")
    }

    /// The message `id`.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its variables.
    pub fn with(&self, id: &str, args: &[(&str, Value)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let value: FluentValue<'_> = match value {
                Value::Text(s) => s.clone().into(),
                Value::Number(n) => (*n).into(),
            };
            fluent.set(*name, value);
        }
        self.format(id, Some(&fluent))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// `text` without the isolation marks placeables were wrapped in, for text that is not set by
/// the typesetter (a notebook page, a plain text file in a language written left to right).
pub fn without_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// A message variable.
#[derive(Debug, Clone)]
pub enum Value {
    Text(String),
    Number(i64),
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(s)
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::Text(s.clone())
    }
}

macro_rules! number {
    ($convert:path: $($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Value {
                Value::Number($convert(n))
            }
        }
    )*};
}
number!(i64::from: i32, u8, u16, u32);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_is_one_of_ours_or_english() {
        for (locale, code) in [
            ("cy_GB.UTF-8", "cy"),
            ("pl_PL.UTF-8@euro", "pl"),
            ("ur_PK", "ur"),
            ("pa_IN.UTF-8", "pa"),
            ("ar-EG", "ar"),
            ("en_US.UTF-8", "en-GB"),
            ("en-GB", "en-GB"),
            ("de_DE.UTF-8", "en-GB"),
            ("C", "en-GB"),
            ("", "en-GB"),
        ] {
            assert_eq!(language_of_locale(locale), code, "{locale}");
        }
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Number(n)
    }
}
number!(saturating: u64, usize);

fn saturating<T: TryInto<i64>>(n: T) -> i64 {
    n.try_into().unwrap_or(i64::MAX)
}
