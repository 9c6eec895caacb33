//! The safety plan on its own, as a plain PDF for the person to print or keep (not for court):
//! each section's notes and steps with what is done, the next review, and only when asked where
//! they are now (preparing to leave is the most dangerous thing a page could say) and their
//! trusted contacts. No incidents, no hashes, nothing from the log: what a person might fold into
//! a pocket. A page left on a printer says "Plan", never "safety", in its heading, footer and
//! the PDF's own title.

use std::fmt::Display;

use chrono::{DateTime, TimeZone, Utc};
use harbour_store::{PlanStage, Store};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::EvidenceError;
use crate::layout::{Sheets, Style};

/// What the person chose for their printed plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanSheetRequest {
    /// Their trusted contacts (name, who they are, how to reach them, code word, check-in) on the
    /// last page.
    pub with_contacts: bool,
    /// Where they are now (staying, preparing to leave, after leaving) at the top.
    pub with_stage: bool,
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanSheetOutcome {
    pub pages: u32,
    pub steps: u32,
    pub contacts: u32,
}

fn stage_words(stage: PlanStage) -> &'static str {
    match stage {
        PlanStage::Staying => "Staying",
        PlanStage::PreparingToLeave => "Preparing to leave",
        PlanStage::AfterLeaving => "After leaving",
    }
}

/// Writes the plan as PDF bytes; dates are shown in `tz`.
pub fn write_plan_sheet<Tz>(
    store: &Store,
    request: &PlanSheetRequest,
    tz: &Tz,
    generated_at: DateTime<Utc>,
) -> Result<(Vec<u8>, PlanSheetOutcome), EvidenceError>
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    let plan = store.plan()?;
    let date = |t: DateTime<Utc>| t.with_timezone(tz).format("%-d %b %Y").to_string();
    let made = date(generated_at);
    let mut sheets = Sheets::new()?;
    sheets.heading("My plan", 22.0);
    sheets.paragraph(
        &format!(
            "Made on {made}. Anyone who finds this page can read it: keep it somewhere only \
             you go, or with someone you trust."
        ),
        Style::SMALL,
        0.0,
    );
    sheets.space(8.0);
    if request.with_stage {
        sheets.field("Where I am now", stage_words(plan.stage), true);
    }
    if let Some(review) = plan.review_date {
        sheets.field(
            "Look at it again on",
            &review.format("%-d %b %Y").to_string(),
            true,
        );
    }
    let mut steps = 0u32;
    for section in &plan.sections {
        let notes = section.notes.trim();
        if notes.is_empty() && section.items.is_empty() {
            continue;
        }
        sheets.space(10.0);
        sheets.heading(section.section.title(), 14.0);
        if !notes.is_empty() {
            sheets.paragraph(notes, Style::BODY, 0.0);
            sheets.space(4.0);
        }
        for item in &section.items {
            steps += 1;
            let line = match item.done_at {
                Some(done) => format!("☑ {} (done {})", item.text, date(done)),
                None => format!("☐ {}", item.text),
            };
            sheets.paragraph(&line, Style::BODY, 8.0);
        }
    }
    if steps == 0 && plan.sections.iter().all(|s| s.notes.trim().is_empty()) {
        sheets.space(10.0);
        sheets.paragraph(
            "Nothing has been written in the plan yet.",
            Style::BODY,
            0.0,
        );
    }
    let mut contacts = 0u32;
    if request.with_contacts {
        let people = store.list_contacts()?;
        sheets.space(10.0);
        sheets.heading("People I trust", 14.0);
        if people.is_empty() {
            sheets.paragraph("No trusted contacts written down yet.", Style::BODY, 0.0);
        }
        for c in &people {
            contacts += 1;
            let f = &c.fields;
            sheets.field("Name", &f.name, true);
            sheets.field("Who they are to me", &f.relationship, false);
            sheets.field("How to reach them", &f.how_to_reach, false);
            sheets.field("Code word", &f.code_word, false);
            sheets.field("Check-in", &f.check_in, false);
            sheets.field("Safe times", &f.safe_times, false);
            // Only what the person chose is said: an unticked box is not an instruction.
            if f.may_call_in_emergency {
                sheets.field("In an emergency", "May be called", true);
            }
            sheets.space(6.0);
        }
    }
    sheets.space(10.0);
    sheets.paragraph(
        "In danger now: call 999. If you cannot speak, call 999 from a mobile, listen, then \
         press 55 when asked (the Silent Solution).",
        Style::BODY,
        0.0,
    );
    let pages = u32::try_from(sheets.page_count()).unwrap_or(u32::MAX);
    let bytes = sheets.finish("Plan", generated_at, |page, of| {
        format!("{made} · page {page} of {of}")
    })?;
    Ok((
        bytes,
        PlanSheetOutcome {
            pages,
            steps,
            contacts,
        },
    ))
}
