//! `docs/risk.md` shows which published DASH / S-DASH question each of the app's questions
//! covers, for advocates transcribing answers. This keeps that table and the code the same, both
//! ways: a question added, renumbered or reworded in one must be in the other.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use harbour_store::{Instrument, risk_questions};

/// (number, code, text) from each table row of the section under `heading`.
fn table(doc: &str, heading: &str) -> Vec<(u8, String, String)> {
    let start = doc
        .find(heading)
        .unwrap_or_else(|| panic!("{heading} in docs/risk.md"));
    let section = &doc[start + heading.len()..];
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    section
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains('`'))
        .map(|l| {
            let cells: Vec<&str> = l.split(" | ").map(|c| c.trim_matches(['|', ' '])).collect();
            (
                cells[0].parse().unwrap(),
                cells[1].trim_matches('`').to_owned(),
                cells[2].to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_mapping_in_docs_matches_the_questions_asked() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/risk.md");
    let doc = std::fs::read_to_string(path).unwrap();
    for (instrument, heading, count) in [
        (
            Instrument::DomesticAbuse,
            "## Domestic-abuse screening (DASH areas)",
            24,
        ),
        (
            Instrument::Stalking,
            "## Stalking screening (S-DASH areas)",
            11,
        ),
    ] {
        let documented = table(&doc, heading);
        let asked: Vec<(u8, String, String)> = risk_questions()
            .into_iter()
            .filter(|q| q.instrument == instrument)
            .map(|q| (q.number, q.code, q.text))
            .collect();
        assert_eq!(documented.len(), count, "{heading}: rows");
        assert_eq!(documented, asked, "{heading}");
    }
}
