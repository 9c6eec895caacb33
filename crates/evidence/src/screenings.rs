//! The risk screenings the person chose, one after another in the report: what was done when
//! and by whom, the count against the threshold, any advocate's judgement and MARAC referral,
//! then every question with the published number it covers, so the answers can be copied onto
//! the official DASH or S-DASH form.

use std::collections::HashMap;

use chrono::NaiveDate;
use harbour_store::{
    CompletedBy, Instrument, MaracReason, RiskAnswer, RiskLevel, RiskScreening, risk_questions,
};

use crate::layout::{CONTENT_WIDTH, Column, Sheets, Style};

pub(crate) fn screenings(sheets: &mut Sheets, chosen: &[RiskScreening]) {
    if chosen.is_empty() {
        return;
    }
    sheets.new_page();
    sheets.heading("Risk screenings, chosen one by one", 16.0);
    sheets.paragraph(
        "Each screening is kept as it was answered, with the day it was done. The questions are \
         the app's own wording; the number beside each is the question of the published \
         checklist it covers (the SafeLives DASH risk identification checklist, 24 questions, \
         or the S-DASH for stalking, 11 questions).",
        Style::SMALL,
        0.0,
    );
    sheets.space(8.0);
    let questions = risk_questions();
    let texts: HashMap<&str, (u8, &str)> = questions
        .iter()
        .map(|q| (q.code.as_str(), (q.number, q.text.as_str())))
        .collect();
    for s in chosen {
        one(sheets, s, &texts);
        sheets.space(12.0);
    }
}

pub(crate) fn instrument_name(instrument: Instrument) -> &'static str {
    match instrument {
        Instrument::DomesticAbuse => "Domestic abuse screening (DASH areas)",
        Instrument::Stalking => "Stalking screening (S-DASH areas)",
        Instrument::Earlier => "Risk screening (the app's earlier questions)",
    }
}

pub(crate) fn level_words(instrument: Instrument, level: RiskLevel) -> &'static str {
    match (instrument, level) {
        (Instrument::Earlier, RiskLevel::Lower) => "Fewer concerns",
        (Instrument::Earlier, RiskLevel::Raised) => "Some concerns",
        (Instrument::Earlier, _) => "Serious concerns",
        (_, RiskLevel::Ungraded) => "Not graded (below the count, no judgement recorded)",
        (_, RiskLevel::Lower) => "Standard",
        (_, RiskLevel::Raised) => "Medium",
        (_, RiskLevel::High) => "High",
    }
}

fn day(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

fn one(sheets: &mut Sheets, s: &RiskScreening, texts: &HashMap<&str, (u8, &str)>) {
    sheets.heading(
        &format!(
            "{}, done {}",
            instrument_name(s.instrument),
            day(s.completed_on)
        ),
        12.0,
    );
    let o = &s.sign_off;
    let by = match o.completed_by {
        CompletedBy::Alone => "The person, on their own".to_owned(),
        CompletedBy::WithAdvocate if o.advocate.is_empty() => {
            "The person with their advocate".to_owned()
        }
        CompletedBy::WithAdvocate => format!("The person with their advocate, {}", o.advocate),
    };
    sheets.field("Completed by", &by, true);
    sheets.field(
        "Yes answers",
        &format!(
            "{} of {} questions ({} answered)",
            s.yes_count,
            s.question_count,
            s.answers.len()
        ),
        true,
    );
    if let Some(t) = s.threshold {
        let reached = if s.yes_count >= t {
            "reached"
        } else {
            "not reached"
        };
        sheets.field(
            "Count for a MARAC referral",
            &format!("{t} or more yes answers: {reached}"),
            true,
        );
    }
    sheets.field("Level", level_words(s.instrument, s.level), true);
    if let Some(j) = &o.judgement {
        let refer = if j.refer_to_marac {
            "; refers to a MARAC on judgement"
        } else {
            ""
        };
        sheets.field(
            "Advocate's judgement",
            &format!("{}{refer}", level_words(s.instrument, j.level)),
            true,
        );
        sheets.field("Reason given", &j.reason, true);
    }
    if o.escalation {
        sheets.field(
            "Escalation",
            "Three or more incidents in the past 12 months, noted by the advocate",
            true,
        );
    }
    if !s.marac_reasons.is_empty() {
        let reasons: Vec<&str> = s
            .marac_reasons
            .iter()
            .map(|r| match r {
                MaracReason::Count => "the count",
                MaracReason::Judgement => "professional judgement",
                MaracReason::Escalation => "escalation",
            })
            .collect();
        let mut reasons = reasons.join(", ");
        if let Some(first) = reasons.get(..1) {
            reasons.replace_range(..1, &first.to_uppercase());
        }
        sheets.field("MARAC criteria met", &reasons, true);
    }
    if let Some(d) = o.marac_referred_on {
        sheets.field("Referred to MARAC", &day(d), true);
    }
    if let Some(d) = o.review_on {
        sheets.field("Next review", &day(d), true);
    }
    sheets.field("Note", &s.note, false);
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
            let answer = match answers.get(code) {
                Some(RiskAnswer::Yes) => "Yes",
                Some(RiskAnswer::No) => "No",
                Some(RiskAnswer::NotSure) => "Not known",
                None => "Not answered",
            };
            let number = if number == 0 {
                String::new()
            } else {
                number.to_string()
            };
            vec![number, text.to_owned(), answer.to_owned()]
        })
        .collect();
    let number_header = match s.instrument {
        Instrument::DomesticAbuse => "DASH no.",
        Instrument::Stalking => "S-DASH no.",
        Instrument::Earlier => "",
    };
    let widths = [52.0, 0.0, 80.0];
    sheets.table(
        &[
            Column {
                header: number_header,
                width: widths[0],
            },
            Column {
                header: "Question (the app's wording)",
                width: CONTENT_WIDTH - widths[0] - widths[2],
            },
            Column {
                header: "Answer",
                width: widths[2],
            },
        ],
        &rows,
        Style::BODY,
    );
}
