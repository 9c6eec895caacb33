//! Risk screenings: dated sets of answers to one of the screenings in `risk_questions.rs`, each
//! with who completed it and, when an advocate did it with the person, their professional
//! judgement, any MARAC referral and the next review.
//!
//! A screening is kept as a new dated entry and never changed, so the person (and, if they
//! choose to share it, their advocate) can see how things move over time. The count, the
//! threshold and the level are worked out each time it is read, so a rule change never rewrites
//! what was answered. For the person on their own it is a prompt to talk to someone, never a
//! verdict: the wording shown for it says so.

use harbour_reason::reason;
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use crate::risk_questions::Instrument;
use crate::time::{from_micros, new_id, now, to_micros};
use crate::{Store, StoreError};

const MAX_NOTE_CHARS: usize = 10_000;
const MAX_REASON_CHARS: usize = 5_000;
const MAX_ADVOCATE_CHARS: usize = 80;
/// A review further off than this is a typing slip.
const MAX_REVIEW_DAYS: u64 = 3 * 366;

/// No screening is dated before this.
fn earliest_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(1990, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// One question. `serious` marks answers advocates treat as a sign of high risk on their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RiskQuestion {
    /// Stable code, stored with the answers: never change an existing one.
    pub code: String,
    pub instrument: Instrument,
    /// The number of the published question it covers (DASH or S-DASH); 0 for the earlier set.
    pub number: u8,
    /// The area it belongs to, as a short heading.
    pub area: String,
    pub text: String,
    pub serious: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum RiskAnswer {
    No,
    /// Shown as "Not known".
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

/// How the answers read, taken together. For the DASH and S-DASH screenings the levels are
/// practice's standard, medium and high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum RiskLevel {
    /// Below any count that decides on its own, and no advocate's judgement recorded.
    Ungraded,
    /// Standard; for the earlier questions, few "yes" answers and no serious one.
    Lower,
    /// Medium; for the earlier questions, several "yes", or "not known" to a serious question.
    Raised,
    /// High.
    High,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RiskAnswered {
    pub code: String,
    pub answer: RiskAnswer,
}

/// Who completed a screening.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum CompletedBy {
    /// The person on their own.
    #[default]
    Alone,
    /// The person with their advocate, in a session.
    WithAdvocate,
}

/// An advocate's professional judgement on a screening.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Judgement {
    /// Lower (standard), Raised (medium) or High: never Ungraded.
    pub level: RiskLevel,
    /// The advocate refers to a MARAC on their judgement, whatever the count.
    pub refer_to_marac: bool,
    pub reason: String,
}

/// Why a screening meets the criteria for a MARAC referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum MaracReason {
    /// The count reached the screening's threshold ("visible high risk").
    Count,
    /// The advocate's professional judgement.
    Judgement,
    /// Potential escalation: three or more incidents in the past 12 months, noted by the advocate.
    Escalation,
}

/// What is given with the answers, beyond them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct SignOff {
    pub completed_by: CompletedBy,
    /// The advocate's name or role, as they want it shown ("" when the person was alone).
    pub advocate: String,
    pub judgement: Option<Judgement>,
    /// Potential escalation: three or more incidents in the past 12 months.
    pub escalation: bool,
    pub marac_referred_on: Option<NaiveDate>,
    pub review_on: Option<NaiveDate>,
}

/// One dated screening, with what is worked out from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RiskScreening {
    pub id: String,
    /// When it was saved.
    pub taken_at: DateTime<Utc>,
    #[serde(default = "earlier")]
    pub instrument: Instrument,
    /// The day it was done (may be before it was saved, when copied from a session's notes).
    #[serde(default = "unknown_day")]
    pub completed_on: NaiveDate,
    #[serde(default)]
    pub sign_off: SignOff,
    /// In question order; questions left unanswered are absent.
    pub answers: Vec<RiskAnswered>,
    pub note: String,
    pub level: RiskLevel,
    /// How many answers were "yes".
    pub yes_count: u32,
    /// How many questions the screening has.
    #[serde(default)]
    pub question_count: u32,
    /// The count that means a MARAC referral on its own, if the screening has one.
    #[serde(default)]
    pub threshold: Option<u32>,
    #[serde(default)]
    pub marac_reasons: Vec<MaracReason>,
    /// When an advocate's part was added after the screening was saved (the latest one shown;
    /// the screening's own answers never change).
    #[serde(default)]
    pub signed_off_at: Option<DateTime<Utc>>,
}

fn earlier() -> Instrument {
    Instrument::Earlier
}

/// Screenings shared before dates were kept read with their save date instead.
fn unknown_day() -> NaiveDate {
    NaiveDate::MIN
}

/// What is needed to keep a new screening.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewScreening {
    pub instrument: Instrument,
    pub answers: Vec<RiskAnswered>,
    pub note: String,
    pub completed_on: NaiveDate,
    pub sign_off: SignOff,
}

impl NewScreening {
    /// A screening the person did on their own.
    pub fn alone(
        instrument: Instrument,
        answers: Vec<RiskAnswered>,
        note: &str,
        completed_on: NaiveDate,
    ) -> NewScreening {
        NewScreening {
            instrument,
            answers,
            note: note.to_owned(),
            completed_on,
            sign_off: SignOff::default(),
        }
    }
}

/// "Yes" to this many of the earlier questions reads as high even with no serious one.
const HIGH_YES_COUNT: u32 = 7;
/// "Yes" to this many of the earlier questions reads as raised.
const RAISED_YES_COUNT: u32 = 3;

/// Every question of every screening, the earlier set last (for reading old answers).
pub fn risk_questions() -> Vec<RiskQuestion> {
    [
        Instrument::DomesticAbuse,
        Instrument::Stalking,
        Instrument::Earlier,
    ]
    .into_iter()
    .flat_map(|instrument| {
        instrument.questions().iter().map(move |q| RiskQuestion {
            code: q.code.to_owned(),
            instrument,
            number: q.number,
            area: q.area.to_owned(),
            text: q.text.to_owned(),
            serious: q.serious,
        })
    })
    .collect()
}

fn asks(instrument: Instrument, code: &str) -> bool {
    instrument.questions().iter().any(|q| q.code == code)
}

fn is_serious(instrument: Instrument, code: &str) -> bool {
    instrument
        .questions()
        .iter()
        .any(|q| q.code == code && q.serious)
}

/// The level, the "yes" count and the MARAC criteria met, for a set of answers (codes the
/// instrument does not ask are ignored).
pub fn risk_level(
    instrument: Instrument,
    answers: &[RiskAnswered],
    sign_off: &SignOff,
) -> (RiskLevel, u32, Vec<MaracReason>) {
    let mut yes = 0;
    let mut serious_yes = false;
    let mut serious_unsure = false;
    for a in answers.iter().filter(|a| asks(instrument, &a.code)) {
        match a.answer {
            RiskAnswer::Yes => {
                yes += 1;
                serious_yes |= is_serious(instrument, &a.code);
            }
            RiskAnswer::NotSure => serious_unsure |= is_serious(instrument, &a.code),
            RiskAnswer::No => {}
        }
    }
    if instrument == Instrument::Earlier {
        let level = if serious_yes || yes >= HIGH_YES_COUNT {
            RiskLevel::High
        } else if serious_unsure || yes >= RAISED_YES_COUNT {
            RiskLevel::Raised
        } else {
            RiskLevel::Lower
        };
        return (level, yes, Vec::new());
    }
    let mut reasons = Vec::new();
    let counted = instrument.threshold().is_some_and(|t| yes >= t);
    if counted {
        reasons.push(MaracReason::Count);
    }
    if sign_off
        .judgement
        .as_ref()
        .is_some_and(|j| j.refer_to_marac)
    {
        reasons.push(MaracReason::Judgement);
    }
    if sign_off.escalation {
        reasons.push(MaracReason::Escalation);
    }
    // Judgement can raise a level but never lower one the count has reached.
    let judged = sign_off.judgement.as_ref().map(|j| j.level);
    let level = if counted {
        RiskLevel::High
    } else {
        judged.unwrap_or(RiskLevel::Ungraded)
    };
    (level, yes, reasons)
}

fn screening(
    id: String,
    taken_at: DateTime<Utc>,
    instrument: Instrument,
    completed_on: NaiveDate,
    sign_off: SignOff,
    by_code: BTreeMap<String, RiskAnswer>,
    note: String,
) -> RiskScreening {
    // In question order; answers to codes this version does not ask are kept out of view.
    let answers: Vec<RiskAnswered> = instrument
        .questions()
        .iter()
        .filter_map(|q| {
            by_code.get(q.code).map(|a| RiskAnswered {
                code: q.code.to_owned(),
                answer: *a,
            })
        })
        .collect();
    let (level, yes_count, marac_reasons) = risk_level(instrument, &answers, &sign_off);
    RiskScreening {
        id,
        taken_at,
        instrument,
        completed_on,
        sign_off,
        answers,
        note,
        level,
        yes_count,
        question_count: u32::try_from(instrument.questions().len()).unwrap_or(u32::MAX),
        threshold: instrument.threshold(),
        marac_reasons,
        signed_off_at: None,
    }
}

/// `s` with an advocate's part added later: the level and criteria worked out again with it.
pub(crate) fn with_later_sign_off(
    s: RiskScreening,
    at: DateTime<Utc>,
    sign_off: SignOff,
) -> RiskScreening {
    let by_code = s.answers.into_iter().map(|a| (a.code, a.answer)).collect();
    let mut signed = screening(
        s.id,
        s.taken_at,
        s.instrument,
        s.completed_on,
        sign_off,
        by_code,
        s.note,
    );
    signed.signed_off_at = Some(at);
    signed
}

/// The checks on what an advocate gives with a screening done on `completed_on` (when it is
/// saved, or later as a sign-off of its own).
pub(crate) fn check_sign_off(
    s: &SignOff,
    completed_on: NaiveDate,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let with_advocate = s.completed_by == CompletedBy::WithAdvocate;
    if !with_advocate
        && (s.judgement.is_some()
            || s.escalation
            || s.marac_referred_on.is_some()
            || !s.advocate.trim().is_empty())
    {
        return Err(StoreError::invalid(reason(
            "risk-advocates-judgement-marac-referral-advocates",
        )));
    }
    if s.advocate.trim().chars().count() > MAX_ADVOCATE_CHARS {
        return Err(StoreError::invalid(reason(
            "risk-keep-advocates-name-short-80",
        )));
    }
    if let Some(j) = &s.judgement {
        if j.level == RiskLevel::Ungraded {
            return Err(StoreError::invalid(reason(
                "risk-choose-standard-medium-high-judgement",
            )));
        }
        if j.reason.trim().is_empty() {
            return Err(StoreError::invalid(reason(
                "risk-give-reason-judgement-goes-screening",
            )));
        }
        if j.reason.chars().count() > MAX_REASON_CHARS {
            return Err(StoreError::invalid(reason("risk-reason-too-long")));
        }
    }
    if let Some(day) = s.marac_referred_on {
        if day < completed_on {
            return Err(StoreError::invalid(reason(
                "risk-marac-referral-date-before-screening",
            )));
        }
        if day > today {
            return Err(StoreError::invalid(reason(
                "risk-marac-referral-date-future-record",
            )));
        }
    }
    if s.review_on.is_some_and(|day| day <= completed_on) {
        return Err(StoreError::invalid(reason(
            "risk-next-review-should-after-day",
        )));
    }
    if s.review_on
        .is_some_and(|day| day > completed_on + chrono::Days::new(MAX_REVIEW_DAYS))
    {
        return Err(StoreError::invalid(reason(
            "risk-next-review-more-three-years",
        )));
    }
    Ok(())
}

fn check_new(
    new: &NewScreening,
    today: NaiveDate,
) -> Result<BTreeMap<String, RiskAnswer>, StoreError> {
    if new.instrument == Instrument::Earlier {
        return Err(StoreError::invalid(reason(
            "risk-set-questions-longer-asked-choose",
        )));
    }
    let mut by_code = BTreeMap::new();
    for a in &new.answers {
        if !asks(new.instrument, &a.code) {
            return Err(StoreError::invalid(reason(
                "risk-one-answers-question-screening-does",
            )));
        }
        if by_code.insert(a.code.clone(), a.answer).is_some() {
            return Err(StoreError::invalid(reason("risk-question-answered-twice")));
        }
    }
    if by_code.is_empty() {
        return Err(StoreError::invalid(reason(
            "risk-answer-least-one-question-before",
        )));
    }
    if new.note.chars().count() > MAX_NOTE_CHARS {
        return Err(StoreError::invalid(reason("orders-note-too-long")));
    }
    if new.completed_on > today {
        return Err(StoreError::invalid(reason(
            "risk-day-done-future-check-date",
        )));
    }
    if new.completed_on < earliest_day() {
        return Err(StoreError::invalid(reason("risk-day-done-looks-too-long")));
    }
    check_sign_off(&new.sign_off, new.completed_on, today)?;
    Ok(by_code)
}

impl Store {
    /// Keeps one new dated screening. At least one question must be answered; `today` is the
    /// person's own date, for checking the dates given.
    pub fn record_risk_screening(
        &mut self,
        new: &NewScreening,
        today: NaiveDate,
    ) -> Result<RiskScreening, StoreError> {
        let by_code = check_new(new, today)?;
        let mut sign_off = new.sign_off.clone();
        sign_off.advocate = sign_off.advocate.trim().to_owned();
        if let Some(j) = &mut sign_off.judgement {
            j.reason = j.reason.trim().to_owned();
        }
        let stored: BTreeMap<&str, &str> = by_code
            .iter()
            .map(|(c, a)| (c.as_str(), a.code()))
            .collect();
        let answers = to_json(&stored)?;
        let details = to_json(&StoredSignOff {
            completed_on: Some(new.completed_on),
            sign_off: sign_off.clone(),
        })?;
        let id = new_id();
        let taken_at = now();
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO risk_screenings(id, taken_at, answers, note, instrument, sign_off)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    &id,
                    to_micros(taken_at),
                    &answers,
                    &new.note,
                    new.instrument.code(),
                    &details,
                ),
            )?;
            Ok(())
        })?;
        Ok(screening(
            id,
            taken_at,
            new.instrument,
            new.completed_on,
            sign_off,
            by_code,
            new.note.clone(),
        ))
    }

    /// Every screening, newest first, each with its latest later sign-off.
    pub fn risk_screenings(&self) -> Result<Vec<RiskScreening>, StoreError> {
        screenings(&self.conn)
    }
}

/// The `sign_off` column: what came with the answers (an empty object for screenings kept
/// before it existed).
#[derive(Serialize, Deserialize, Default)]
struct StoredSignOff {
    #[serde(default)]
    completed_on: Option<NaiveDate>,
    #[serde(default, flatten)]
    sign_off: SignOff,
}

fn to_json<T: Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(format!("risk screening: {e}")))
}

/// A screening as the other side sent it, read as this side reads its own: answers only to the
/// questions its instrument asks, the count, threshold, level and MARAC criteria worked out
/// again here (never taken from the sender), and dates outside any sensible range dropped. `None`
/// when it cannot be read as a screening at all.
pub(crate) fn reread_shared(s: RiskScreening) -> Option<RiskScreening> {
    let latest = s.taken_at.date_naive() + chrono::Days::new(1);
    let sensible = |d: NaiveDate| d >= earliest_day() && d <= latest;
    // Screenings shared before the day was kept: their save date stands in.
    let completed_on = if s.completed_on == NaiveDate::MIN {
        s.taken_at.date_naive()
    } else {
        s.completed_on
    };
    if !sensible(completed_on) {
        return None;
    }
    let mut sign_off = s.sign_off;
    sign_off.marac_referred_on = sign_off.marac_referred_on.filter(|d| sensible(*d));
    sign_off.review_on = sign_off
        .review_on
        .filter(|d| *d > completed_on && *d <= completed_on + chrono::Days::new(MAX_REVIEW_DAYS));
    if sign_off
        .judgement
        .as_ref()
        .is_some_and(|j| j.level == RiskLevel::Ungraded)
    {
        sign_off.judgement = None;
    }
    let by_code: BTreeMap<String, RiskAnswer> = s
        .answers
        .into_iter()
        .filter(|a| asks(s.instrument, &a.code))
        .map(|a| (a.code, a.answer))
        .collect();
    let mut read = screening(
        s.id,
        s.taken_at,
        s.instrument,
        completed_on,
        sign_off,
        by_code,
        s.note,
    );
    read.signed_off_at = s.signed_off_at.filter(|at| *at >= s.taken_at);
    Some(read)
}

/// Every screening, newest first (for the shared view, inside its transaction).
pub(crate) fn screenings(conn: &rusqlite::Connection) -> Result<Vec<RiskScreening>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT id, taken_at, answers, note, instrument, sign_off FROM risk_screenings
         ORDER BY taken_at DESC, rowid DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    let later = crate::risk_sign_offs::latest(conn)?;
    let mut out = Vec::new();
    for row in rows {
        let (id, taken_at, json, note, instrument, details) = row?;
        let raw: BTreeMap<String, String> = serde_json::from_str(&json)
            .map_err(|_| StoreError::Corrupt("risk answers are not readable".into()))?;
        let mut by_code = BTreeMap::new();
        for (code, answer) in raw {
            let answer = RiskAnswer::from_code(&answer)
                .ok_or_else(|| StoreError::Corrupt("unknown risk answer".into()))?;
            by_code.insert(code, answer);
        }
        let instrument = Instrument::from_code(&instrument)
            .ok_or_else(|| StoreError::Corrupt("unknown risk screening".into()))?;
        let details: StoredSignOff = serde_json::from_str(&details).map_err(|_| {
            StoreError::Corrupt("a risk screening's sign-off is not readable".into())
        })?;
        let taken_at = from_micros(taken_at)?;
        let completed_on = details
            .completed_on
            .unwrap_or_else(|| taken_at.date_naive());
        out.push(screening(
            id,
            taken_at,
            instrument,
            completed_on,
            details.sign_off,
            by_code,
            note,
        ));
    }
    Ok(crate::risk_sign_offs::apply(out, &later))
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

    fn yes_to(instrument: Instrument, n: usize) -> Vec<RiskAnswered> {
        instrument
            .questions()
            .iter()
            .take(n)
            .map(|q| answered(q.code, RiskAnswer::Yes))
            .collect()
    }

    #[test]
    fn earlier_one_serious_yes_is_high_on_its_own() {
        let (level, yes, reasons) = risk_level(
            Instrument::Earlier,
            &[answered("weapon", RiskAnswer::Yes)],
            &SignOff::default(),
        );
        assert_eq!((level, yes), (RiskLevel::High, 1));
        assert!(reasons.is_empty());
    }

    #[test]
    fn earlier_many_ordinary_yes_answers_are_high_and_a_few_are_raised() {
        let ordinary: Vec<RiskAnswered> = Instrument::Earlier
            .questions()
            .iter()
            .filter(|q| !q.serious)
            .map(|q| answered(q.code, RiskAnswer::Yes))
            .collect();
        let none = SignOff::default();
        let level = |a: &[RiskAnswered]| risk_level(Instrument::Earlier, a, &none).0;
        assert_eq!(level(&ordinary[..HIGH_YES_COUNT as usize]), RiskLevel::High);
        assert_eq!(
            level(&ordinary[..RAISED_YES_COUNT as usize]),
            RiskLevel::Raised
        );
        assert_eq!(level(&ordinary[..1]), RiskLevel::Lower);
    }

    #[test]
    fn earlier_not_known_to_a_serious_question_is_raised() {
        let (level, yes, _) = risk_level(
            Instrument::Earlier,
            &[
                answered("violence", RiskAnswer::NotSure),
                answered("weekly", RiskAnswer::No),
            ],
            &SignOff::default(),
        );
        assert_eq!((level, yes), (RiskLevel::Raised, 0));
    }

    #[test]
    fn fourteen_yes_reaches_the_domestic_abuse_threshold_and_thirteen_does_not() {
        let none = SignOff::default();
        let (level, yes, reasons) = risk_level(
            Instrument::DomesticAbuse,
            &yes_to(Instrument::DomesticAbuse, 14),
            &none,
        );
        assert_eq!((level, yes), (RiskLevel::High, 14));
        assert_eq!(reasons, vec![MaracReason::Count]);
        let (level, yes, reasons) = risk_level(
            Instrument::DomesticAbuse,
            &yes_to(Instrument::DomesticAbuse, 13),
            &none,
        );
        // Below the count and with no judgement, nothing grades it: an advocate's judgement does.
        assert_eq!((level, yes), (RiskLevel::Ungraded, 13));
        assert!(reasons.is_empty());
    }

    #[test]
    fn judgement_raises_a_level_and_refers_but_never_lowers_the_count() {
        let judged = |level, refer| SignOff {
            completed_by: CompletedBy::WithAdvocate,
            advocate: "A. Advocate".into(),
            judgement: Some(Judgement {
                level,
                refer_to_marac: refer,
                reason: "Recent strangulation and separation".into(),
            }),
            ..SignOff::default()
        };
        let three = yes_to(Instrument::DomesticAbuse, 3);
        let (level, _, reasons) = risk_level(
            Instrument::DomesticAbuse,
            &three,
            &judged(RiskLevel::High, true),
        );
        assert_eq!(level, RiskLevel::High);
        assert_eq!(reasons, vec![MaracReason::Judgement]);
        let fourteen = yes_to(Instrument::DomesticAbuse, 14);
        let (level, _, reasons) = risk_level(
            Instrument::DomesticAbuse,
            &fourteen,
            &judged(RiskLevel::Lower, false),
        );
        assert_eq!(level, RiskLevel::High);
        assert_eq!(reasons, vec![MaracReason::Count]);
        // The stalking screening has no count: every yes still leaves it to judgement.
        let all = yes_to(Instrument::Stalking, 11);
        let (level, yes, reasons) = risk_level(Instrument::Stalking, &all, &SignOff::default());
        assert_eq!((level, yes), (RiskLevel::Ungraded, 11));
        assert!(reasons.is_empty());
        let escalation = SignOff {
            completed_by: CompletedBy::WithAdvocate,
            escalation: true,
            ..SignOff::default()
        };
        let (_, _, reasons) = risk_level(Instrument::Stalking, &all, &escalation);
        assert_eq!(reasons, vec![MaracReason::Escalation]);
    }

    #[test]
    fn a_shared_screening_is_worked_out_again_and_never_believed() {
        let taken_at = DateTime::parse_from_rfc3339("2026-12-05T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let all_yes = yes_to(Instrument::DomesticAbuse, 24);
        let mut answers = all_yes.clone();
        answers.push(answered("made-up", RiskAnswer::Yes));
        let lying = RiskScreening {
            id: "x".into(),
            taken_at,
            instrument: Instrument::DomesticAbuse,
            completed_on: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
            sign_off: SignOff {
                marac_referred_on: NaiveDate::from_ymd_opt(9999, 1, 1),
                review_on: NaiveDate::from_ymd_opt(1999, 1, 1),
                ..SignOff::default()
            },
            answers,
            note: String::new(),
            // What the sender claims: all of it recomputed here.
            level: RiskLevel::Lower,
            yes_count: 0,
            question_count: 1,
            threshold: None,
            marac_reasons: vec![],
            signed_off_at: None,
        };
        let read = reread_shared(lying.clone()).unwrap();
        assert_eq!(read.level, RiskLevel::High);
        assert_eq!((read.yes_count, read.question_count), (24, 24));
        assert_eq!(read.threshold, Some(14));
        assert_eq!(read.marac_reasons, vec![MaracReason::Count]);
        assert_eq!(read.answers, all_yes, "unknown codes dropped");
        assert_eq!(read.sign_off.marac_referred_on, None);
        assert_eq!(read.sign_off.review_on, None);
        // A day far ahead of when it was saved is not a screening this side can place.
        let mut future = lying;
        future.completed_on = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
        assert!(reread_shared(future).is_none());
    }
}
