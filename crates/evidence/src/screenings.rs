//! The risk screenings the person chose, one after another in the report: what was done when
//! and by whom, the count against the threshold, any advocate's judgement and MARAC referral,
//! then every question with the published number it covers, so the answers can be copied onto
//! the official DASH or S-DASH form.

use std::collections::HashMap;

use chrono::NaiveDate;
use harbour_store::{
    CompletedBy, Instrument, MaracReason, RiskAnswer, RiskLevel, RiskScreening, risk_questions,
};
use harbour_words::Words;

use crate::layout::{CONTENT_WIDTH, Column, Sheets, Style};
use crate::wording;

pub(crate) fn screenings(sheets: &mut Sheets, chosen: &[RiskScreening], words: &Words) {
    if chosen.is_empty() {
        return;
    }
    sheets.new_page();
    sheets.heading(&words.get("screening-heading"), 16.0);
    sheets.paragraph(&words.get("screening-intro"), Style::SMALL, 0.0);
    sheets.space(8.0);
    let questions = risk_questions();
    let texts: HashMap<&str, (u8, &str)> = questions
        .iter()
        .map(|q| (q.code.as_str(), (q.number, q.text.as_str())))
        .collect();
    for s in chosen {
        one(sheets, words, s, &texts);
        sheets.space(12.0);
    }
}

pub(crate) fn instrument_name(words: &Words, instrument: Instrument) -> String {
    words.get(match instrument {
        Instrument::DomesticAbuse => "screening-instrument-domestic-abuse",
        Instrument::Stalking => "screening-instrument-stalking",
        Instrument::Earlier => "screening-instrument-earlier",
    })
}

pub(crate) fn level_words(words: &Words, instrument: Instrument, level: RiskLevel) -> String {
    words.get(match (instrument, level) {
        (Instrument::Earlier, RiskLevel::Lower) => "screening-level-fewer",
        (Instrument::Earlier, RiskLevel::Raised) => "screening-level-some",
        (Instrument::Earlier, _) => "screening-level-serious",
        (_, RiskLevel::Ungraded) => "screening-level-ungraded",
        (_, RiskLevel::Lower) => "screening-level-standard",
        (_, RiskLevel::Raised) => "screening-level-medium",
        (_, RiskLevel::High) => "screening-level-high",
    })
}

/// `text` with its first letter a capital, for a list that starts a field.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn one(sheets: &mut Sheets, words: &Words, s: &RiskScreening, texts: &HashMap<&str, (u8, &str)>) {
    let label = |id: &str| words.get(id);
    let day = |d: NaiveDate| wording::day(words, d);
    sheets.heading(
        &words.with(
            "screening-done",
            &[
                ("screening", instrument_name(words, s.instrument).into()),
                ("date", day(s.completed_on).into()),
            ],
        ),
        12.0,
    );
    let o = &s.sign_off;
    let by = match o.completed_by {
        CompletedBy::Alone => label("screening-by-alone"),
        CompletedBy::WithAdvocate if o.advocate.is_empty() => label("screening-by-advocate"),
        CompletedBy::WithAdvocate => words.with(
            "screening-by-named-advocate",
            &[("advocate", o.advocate.as_str().into())],
        ),
    };
    sheets.field(&label("screening-completed-by"), &by, true);
    sheets.field(
        &label("screening-yes-answers"),
        &words.with(
            "screening-yes-count",
            &[
                ("yes", s.yes_count.into()),
                ("questions", s.question_count.into()),
                ("answered", s.answers.len().into()),
            ],
        ),
        true,
    );
    if let Some(t) = s.threshold {
        let id = if s.yes_count >= t {
            "screening-threshold-reached"
        } else {
            "screening-threshold-not-reached"
        };
        sheets.field(
            &label("screening-threshold"),
            &words.with(id, &[("count", t.into())]),
            true,
        );
    }
    sheets.field(
        &label("screening-level"),
        &level_words(words, s.instrument, s.level),
        true,
    );
    if let Some(j) = &o.judgement {
        let level = level_words(words, s.instrument, j.level);
        let judgement = if j.refer_to_marac {
            words.with("screening-judgement-refers", &[("level", level.into())])
        } else {
            level
        };
        sheets.field(&label("screening-judgement"), &judgement, true);
        sheets.field(&label("screening-reason"), &j.reason, true);
    }
    if o.escalation {
        sheets.field(
            &label("screening-escalation"),
            &label("screening-escalation-noted"),
            true,
        );
    }
    if !s.marac_reasons.is_empty() {
        let reasons: Vec<String> = s
            .marac_reasons
            .iter()
            .map(|r| {
                label(match r {
                    MaracReason::Count => "screening-marac-count",
                    MaracReason::Judgement => "screening-marac-judgement",
                    MaracReason::Escalation => "screening-marac-escalation",
                })
            })
            .collect();
        sheets.field(
            &label("screening-marac-criteria"),
            &capitalised(&wording::list(words, &reasons)),
            true,
        );
    }
    if let Some(d) = o.marac_referred_on {
        sheets.field(&label("screening-referred"), &day(d), true);
    }
    if let Some(d) = o.review_on {
        sheets.field(&label("screening-review"), &day(d), true);
    }
    sheets.field(&label("screening-note"), &s.note, false);
    sheets.space(4.0);
    let answers: HashMap<&str, RiskAnswer> = s
        .answers
        .iter()
        .map(|a| (a.code.as_str(), a.answer))
        .collect();
    let rows: Vec<Vec<String>> = s
        .instrument
        .question_codes()
        .into_iter()
        .map(|code| {
            let (number, text) = texts.get(code).copied().unwrap_or((0, code));
            // In the reader's language; a question this build has no message for, in the
            // store's words.
            let text = wording::question(code).map_or_else(|| text.to_owned(), label);
            let answer = label(match answers.get(code) {
                Some(RiskAnswer::Yes) => "screening-answer-yes",
                Some(RiskAnswer::No) => "screening-answer-no",
                Some(RiskAnswer::NotSure) => "screening-answer-not-known",
                None => "screening-answer-none",
            });
            let number = if number == 0 {
                String::new()
            } else {
                number.to_string()
            };
            vec![number, text, answer]
        })
        .collect();
    let number_header = match s.instrument {
        Instrument::DomesticAbuse => label("screening-column-dash"),
        Instrument::Stalking => label("screening-column-sdash"),
        Instrument::Earlier => String::new(),
    };
    let (question_header, answer_header) = (
        label("screening-column-question"),
        label("screening-column-answer"),
    );
    let widths = [52.0, 0.0, 80.0];
    sheets.table(
        &[
            Column {
                header: &number_header,
                width: widths[0],
            },
            Column {
                header: &question_header,
                width: CONTENT_WIDTH - widths[0] - widths[2],
            },
            Column {
                header: &answer_header,
                width: widths[2],
            },
        ],
        &rows,
        Style::BODY,
    );
}
