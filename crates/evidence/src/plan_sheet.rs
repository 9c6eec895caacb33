//! The safety plan on its own, as a plain PDF for the person to print or keep (not for court):
//! each section's notes and steps with what is done, the next review, and only when asked where
//! they are now (preparing to leave is the most dangerous thing a page could say) and their
//! trusted contacts. No incidents, no hashes, nothing from the log: what a person might fold into
//! a pocket. A page left on a printer says "Plan", never "safety", in its heading, footer and
//! the PDF's own title.

use std::fmt::Display;

use chrono::{DateTime, TimeZone, Utc};
use harbour_store::{PlanStage, Store};
use harbour_words::Words;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::EvidenceError;
use crate::layout::{Sheets, Style};
use crate::wording;

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

fn stage_words(words: &Words, stage: PlanStage) -> String {
    words.get(match stage {
        PlanStage::Staying => "plan-sheet-stage-staying",
        PlanStage::PreparingToLeave => "plan-sheet-stage-preparing-to-leave",
        PlanStage::AfterLeaving => "plan-sheet-stage-after-leaving",
    })
}

/// Writes the plan as PDF bytes, in the language of `words`; dates are shown in `tz`.
pub fn write_plan_sheet<Tz>(
    store: &Store,
    request: &PlanSheetRequest,
    words: &Words,
    tz: &Tz,
    generated_at: DateTime<Utc>,
) -> Result<(Vec<u8>, PlanSheetOutcome), EvidenceError>
where
    Tz: TimeZone,
    Tz::Offset: Display,
{
    let plan = store.plan()?;
    let label = |id: &str| words.get(id);
    let date = |t: DateTime<Utc>| wording::day(words, t.with_timezone(tz).date_naive());
    let made = date(generated_at);
    let mut sheets = Sheets::new()?;
    sheets.speak(words);
    sheets.heading(&label("plan-sheet-heading"), 22.0);
    sheets.paragraph(
        &words.with("plan-sheet-made-on", &[("date", made.as_str().into())]),
        Style::SMALL,
        0.0,
    );
    sheets.space(8.0);
    if request.with_stage {
        sheets.field(
            &label("plan-sheet-stage"),
            &stage_words(words, plan.stage),
            true,
        );
    }
    if let Some(review) = plan.review_date {
        sheets.field(
            &label("plan-sheet-review"),
            &wording::day(words, review),
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
        sheets.heading(&wording::section(words, section.section), 14.0);
        if !notes.is_empty() {
            sheets.paragraph(notes, Style::BODY, 0.0);
            sheets.space(4.0);
        }
        for item in &section.items {
            steps += 1;
            let line = match item.done_at {
                Some(done) => {
                    let step = words.with(
                        "plan-sheet-step-done",
                        &[
                            ("step", item.text.as_str().into()),
                            ("date", date(done).into()),
                        ],
                    );
                    format!("☑ {step}")
                }
                None => format!("☐ {}", item.text),
            };
            sheets.paragraph(&line, Style::BODY, 8.0);
        }
    }
    if steps == 0 && plan.sections.iter().all(|s| s.notes.trim().is_empty()) {
        sheets.space(10.0);
        sheets.paragraph(&label("plan-sheet-empty"), Style::BODY, 0.0);
    }
    let mut contacts = 0u32;
    if request.with_contacts {
        let people = store.list_contacts()?;
        sheets.space(10.0);
        sheets.heading(&label("plan-sheet-people"), 14.0);
        if people.is_empty() {
            sheets.paragraph(&label("plan-sheet-no-people"), Style::BODY, 0.0);
        }
        for c in &people {
            contacts += 1;
            let f = &c.fields;
            sheets.field(&label("plan-sheet-name"), &f.name, true);
            sheets.field(&label("plan-sheet-who"), &f.relationship, false);
            sheets.field(&label("plan-sheet-how-to-reach"), &f.how_to_reach, false);
            sheets.field(&label("plan-sheet-code-word"), &f.code_word, false);
            sheets.field(&label("plan-sheet-check-in"), &f.check_in, false);
            sheets.field(&label("plan-sheet-safe-times"), &f.safe_times, false);
            // Only what the person chose is said: an unticked box is not an instruction.
            if f.may_call_in_emergency {
                sheets.field(
                    &label("plan-sheet-emergency"),
                    &label("plan-sheet-may-be-called"),
                    true,
                );
            }
            sheets.space(6.0);
        }
    }
    sheets.space(10.0);
    sheets.paragraph(&label("plan-sheet-danger"), Style::BODY, 0.0);
    let pages = u32::try_from(sheets.page_count()).unwrap_or(u32::MAX);
    // The plan is in one language, so every page's footer is in it too.
    let footer = |page: usize, of: usize, _language: &'static str| {
        words.with(
            "plan-sheet-footer",
            &[
                ("made", made.as_str().into()),
                ("page", page.into()),
                ("pages", of.into()),
            ],
        )
    };
    let bytes = sheets.finish(&label("plan-sheet-title"), generated_at, footer)?;
    Ok((
        bytes,
        PlanSheetOutcome {
            pages,
            steps,
            contacts,
        },
    ))
}
