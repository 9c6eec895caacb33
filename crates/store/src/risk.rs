//! The risk screening: a short set of questions, in the app's own words, about the areas
//! advocates ask about (how often and whether it is getting worse, threats, violence, other
//! people recruited, damage, tracking, fear, broken orders).
//!
//! Each time the person answers, the answers are kept as a new dated entry and never changed,
//! so that they (and, if they choose to share it, their advocate) can see how things move over
//! time. The level is worked out from the answers each time it is read, so a wording or rule
//! change never rewrites what was answered. It is a prompt to talk to someone, never a verdict:
//! the wording shown for it says so.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::time::{from_micros, new_id, now, to_micros};
use crate::{Store, StoreError};

const MAX_NOTE_CHARS: usize = 10_000;

/// One question. `serious` marks answers advocates treat as a sign of high risk on their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RiskQuestion {
    /// Stable code, stored with the answers: never change an existing one.
    pub code: String,
    /// The area it belongs to, as a short heading.
    pub area: String,
    pub text: String,
    pub serious: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum RiskAnswer {
    No,
    NotSure,
    Yes,
}

impl RiskAnswer {
    fn code(self) -> &'static str {
        match self {
            RiskAnswer::No => "no",
            RiskAnswer::NotSure => "not-sure",
            RiskAnswer::Yes => "yes",
        }
    }

    fn from_code(code: &str) -> Option<RiskAnswer> {
        [RiskAnswer::No, RiskAnswer::NotSure, RiskAnswer::Yes]
            .into_iter()
            .find(|a| a.code() == code)
    }
}

/// How the answers read, taken together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum RiskLevel {
    /// Few "yes" answers and none of the serious ones.
    Lower,
    /// Several "yes" answers, or "not sure" to a serious question.
    Raised,
    /// "Yes" to a serious question, or to many questions.
    High,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RiskAnswered {
    pub code: String,
    pub answer: RiskAnswer,
}

/// One dated set of answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RiskScreening {
    pub id: String,
    pub taken_at: DateTime<Utc>,
    /// In question order; questions left unanswered are absent.
    pub answers: Vec<RiskAnswered>,
    pub note: String,
    pub level: RiskLevel,
    /// How many answers were "yes".
    pub yes_count: u32,
}

/// (code, area, text, serious). Codes are stored; wording may be improved, codes never change.
const QUESTIONS: &[(&str, &str, &str, bool)] = &[
    (
        "weekly",
        "How often",
        "Is it happening every week, or more often?",
        false,
    ),
    (
        "worse",
        "How often",
        "Has it been happening more often, or getting more frightening, lately?",
        true,
    ),
    (
        "long-running",
        "How often",
        "Has it been going on for more than a few months?",
        false,
    ),
    (
        "threats",
        "Threats",
        "Have they threatened you, your children, or someone close to you?",
        false,
    ),
    (
        "threat-to-kill",
        "Threats",
        "Have they threatened to kill or seriously hurt you, or to hurt themselves?",
        true,
    ),
    (
        "violence",
        "Violence",
        "Have they ever hurt you, or been violent to anyone else?",
        true,
    ),
    (
        "weapon",
        "Violence",
        "Do they have a weapon, or have they talked about getting or using one?",
        true,
    ),
    (
        "third-parties",
        "Other people",
        "Have they got other people to contact, watch or follow you for them?",
        false,
    ),
    (
        "turns-up",
        "Turning up",
        "Have they turned up at your home, work, school or places you go?",
        false,
    ),
    (
        "damage",
        "Damage",
        "Have they damaged or interfered with your things, car, home or post?",
        false,
    ),
    (
        "tracking",
        "Tracking",
        "Do they seem to know where you are, or get into your phone or accounts?",
        false,
    ),
    (
        "fear",
        "How you feel",
        "Are you frightened of what they might do next?",
        // Counted with the others rather than high on its own: most people asking themselves
        // these questions are frightened, and a level everyone gets tells them nothing.
        false,
    ),
    (
        "changed-life",
        "How you feel",
        "Have you changed your routine, work or home because of them?",
        false,
    ),
    (
        "order-breach",
        "Orders",
        "Have they broken a court order, bail conditions or a police warning?",
        true,
    ),
    (
        "former-partner",
        "Who they are",
        "Are they a former partner?",
        false,
    ),
];

/// "Yes" to this many questions reads as high even with no serious one among them.
const HIGH_YES_COUNT: u32 = 7;
/// "Yes" to this many reads as raised.
const RAISED_YES_COUNT: u32 = 3;

/// The questions, in the order they are asked.
pub fn risk_questions() -> Vec<RiskQuestion> {
    QUESTIONS
        .iter()
        .map(|(code, area, text, serious)| RiskQuestion {
            code: (*code).to_owned(),
            area: (*area).to_owned(),
            text: (*text).to_owned(),
            serious: *serious,
        })
        .collect()
}

fn is_serious(code: &str) -> bool {
    QUESTIONS.iter().any(|(c, _, _, s)| *c == code && *s)
}

/// The level for a set of answers (codes not among the questions are ignored).
pub fn risk_level(answers: &[RiskAnswered]) -> (RiskLevel, u32) {
    let known = answers
        .iter()
        .filter(|a| QUESTIONS.iter().any(|(c, ..)| *c == a.code));
    let mut yes = 0;
    let mut serious_yes = false;
    let mut serious_unsure = false;
    for a in known {
        match a.answer {
            RiskAnswer::Yes => {
                yes += 1;
                serious_yes |= is_serious(&a.code);
            }
            RiskAnswer::NotSure => serious_unsure |= is_serious(&a.code),
            RiskAnswer::No => {}
        }
    }
    let level = if serious_yes || yes >= HIGH_YES_COUNT {
        RiskLevel::High
    } else if serious_unsure || yes >= RAISED_YES_COUNT {
        RiskLevel::Raised
    } else {
        RiskLevel::Lower
    };
    (level, yes)
}

fn screening(
    id: String,
    taken_at: DateTime<Utc>,
    by_code: BTreeMap<String, RiskAnswer>,
    note: String,
) -> RiskScreening {
    // In question order; answers to codes this version does not know are kept out of view.
    let answers: Vec<RiskAnswered> = QUESTIONS
        .iter()
        .filter_map(|(code, ..)| {
            by_code.get(*code).map(|a| RiskAnswered {
                code: (*code).to_owned(),
                answer: *a,
            })
        })
        .collect();
    let (level, yes_count) = risk_level(&answers);
    RiskScreening {
        id,
        taken_at,
        answers,
        note,
        level,
        yes_count,
    }
}

impl Store {
    /// Keeps one new dated set of answers. At least one question must be answered.
    pub fn record_risk_screening(
        &mut self,
        answers: &[RiskAnswered],
        note: &str,
    ) -> Result<RiskScreening, StoreError> {
        let mut by_code = BTreeMap::new();
        for a in answers {
            if !QUESTIONS.iter().any(|(c, ..)| *c == a.code) {
                return Err(StoreError::invalid(
                    "One of the answers is for a question this app does not ask.",
                ));
            }
            if by_code.insert(a.code.clone(), a.answer).is_some() {
                return Err(StoreError::invalid("A question was answered twice."));
            }
        }
        if by_code.is_empty() {
            return Err(StoreError::invalid(
                "Answer at least one question before saving.",
            ));
        }
        if note.chars().count() > MAX_NOTE_CHARS {
            return Err(StoreError::invalid("The note is too long."));
        }
        let stored: BTreeMap<&str, &str> = by_code
            .iter()
            .map(|(c, a)| (c.as_str(), a.code()))
            .collect();
        let json = serde_json::to_string(&stored)
            .map_err(|e| StoreError::Corrupt(format!("risk answers: {e}")))?;
        let id = new_id();
        let taken_at = now();
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO risk_screenings(id, taken_at, answers, note) VALUES (?1, ?2, ?3, ?4)",
                (&id, to_micros(taken_at), &json, note),
            )?;
            Ok(())
        })?;
        Ok(screening(id, taken_at, by_code, note.to_owned()))
    }

    /// Every screening, newest first.
    pub fn risk_screenings(&self) -> Result<Vec<RiskScreening>, StoreError> {
        screenings(&self.conn)
    }
}

/// Every screening, newest first (for the shared view, inside its transaction).
pub(crate) fn screenings(conn: &rusqlite::Connection) -> Result<Vec<RiskScreening>, StoreError> {
    {
        let mut stmt = conn.prepare(
            "SELECT id, taken_at, answers, note FROM risk_screenings
             ORDER BY taken_at DESC, rowid DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, taken_at, json, note) = row?;
            let raw: BTreeMap<String, String> = serde_json::from_str(&json)
                .map_err(|_| StoreError::Corrupt("risk answers are not readable".into()))?;
            let mut by_code = BTreeMap::new();
            for (code, answer) in raw {
                let answer = RiskAnswer::from_code(&answer)
                    .ok_or_else(|| StoreError::Corrupt("unknown risk answer".into()))?;
                by_code.insert(code, answer);
            }
            out.push(screening(id, from_micros(taken_at)?, by_code, note));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(code: &str, answer: RiskAnswer) -> RiskAnswered {
        RiskAnswered {
            code: code.to_owned(),
            answer,
        }
    }

    #[test]
    fn question_codes_are_unique() {
        let mut codes: Vec<&str> = QUESTIONS.iter().map(|q| q.0).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), QUESTIONS.len());
    }

    #[test]
    fn one_serious_yes_is_high_on_its_own() {
        let (level, yes) = risk_level(&[answered("weapon", RiskAnswer::Yes)]);
        assert_eq!((level, yes), (RiskLevel::High, 1));
    }

    #[test]
    fn many_ordinary_yes_answers_are_high_and_a_few_are_raised() {
        let ordinary: Vec<&str> = QUESTIONS.iter().filter(|q| !q.3).map(|q| q.0).collect();
        let all: Vec<RiskAnswered> = ordinary
            .iter()
            .take(HIGH_YES_COUNT as usize)
            .map(|c| answered(c, RiskAnswer::Yes))
            .collect();
        assert_eq!(risk_level(&all).0, RiskLevel::High);
        let few: Vec<RiskAnswered> = ordinary
            .iter()
            .take(RAISED_YES_COUNT as usize)
            .map(|c| answered(c, RiskAnswer::Yes))
            .collect();
        assert_eq!(risk_level(&few).0, RiskLevel::Raised);
        assert_eq!(risk_level(&few[..1]).0, RiskLevel::Lower);
    }

    #[test]
    fn not_sure_about_a_serious_question_is_raised() {
        let (level, yes) = risk_level(&[
            answered("violence", RiskAnswer::NotSure),
            answered("weekly", RiskAnswer::No),
        ]);
        assert_eq!((level, yes), (RiskLevel::Raised, 0));
    }
}
