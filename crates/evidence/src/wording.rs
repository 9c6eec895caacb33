//! The reader's words for what the store names in English (incident kinds, behaviour markers,
//! plan sections, orders, risk questions) and for dates.
//!
//! The store's `label()` and `title()` are the app's English; the documents say each through a
//! `harbour-words` message instead. Every lookup is a `match` naming its ids in full, so that
//! the test of the messages (`crates/words/tests/messages.rs`) sees each one used.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};
use harbour_store::{Behaviour, CourtOrder, IncidentKind, OrderKind, Section};
use harbour_words::Words;

pub(crate) fn kind(words: &Words, kind: IncidentKind) -> String {
    words.get(match kind {
        IncidentKind::Following => "kind-following",
        IncidentKind::Loitering => "kind-loitering",
        IncidentKind::Calls => "kind-calls",
        IncidentKind::Messages => "kind-messages",
        IncidentKind::SocialMedia => "kind-social-media",
        IncidentKind::GiftsLetters => "kind-gifts-letters",
        IncidentKind::Damage => "kind-damage",
        IncidentKind::ThirdPartyContact => "kind-third-party-contact",
        IncidentKind::TrackingAccountAccess => "kind-tracking-account-access",
        IncidentKind::Threats => "kind-threats",
        IncidentKind::OrderBreach => "kind-order-breach",
        IncidentKind::Other => "kind-other",
    })
}

pub(crate) fn behaviour(words: &Words, behaviour: Behaviour) -> String {
    words.get(match behaviour {
        Behaviour::Fixated => "behaviour-fixated",
        Behaviour::Obsessed => "behaviour-obsessed",
        Behaviour::Unwanted => "behaviour-unwanted",
        Behaviour::Repeated => "behaviour-repeated",
    })
}

pub(crate) fn section(words: &Words, section: Section) -> String {
    words.get(match section {
        Section::Emergency => "plan-section-emergency",
        Section::SafePlaces => "plan-section-safe-places",
        Section::CodeWords => "plan-section-code-words",
        Section::EscapeBag => "plan-section-escape-bag",
        Section::Documents => "plan-section-documents",
        Section::Home => "plan-section-home",
        Section::WorkSchool => "plan-section-work-school",
        Section::Travel => "plan-section-travel",
        Section::Children => "plan-section-children",
        Section::Pets => "plan-section-pets",
        Section::OnlineSafety => "plan-section-online-safety",
        Section::Legal => "plan-section-legal",
        Section::Support => "plan-section-support",
    })
}

/// "Stalking Protection Order, SPO/7", as `CourtOrder::title` names it in English.
pub(crate) fn order_title(words: &Words, order: &CourtOrder) -> String {
    let kind = words.get(match order.fields.kind {
        OrderKind::StalkingProtectionOrder => "order-kind-spo",
        OrderKind::NonMolestationOrder => "order-kind-nmo",
        OrderKind::RestrainingOrder => "order-kind-restraining",
        OrderKind::OccupationOrder => "order-kind-occupation",
        OrderKind::DomesticAbuseProtectionOrder => "order-kind-dapo",
        OrderKind::DomesticViolenceProtectionOrder => "order-kind-dvpo",
        OrderKind::BailConditions => "order-kind-bail",
        OrderKind::Other => "order-kind-other",
    });
    let reference = order.fields.reference.trim();
    if reference.is_empty() {
        kind
    } else {
        words.with(
            "report-order-title",
            &[("kind", kind.into()), ("reference", reference.into())],
        )
    }
}

/// The message of a risk question, by its code in the store (`harbour_store::risk_questions`);
/// `None` for a code this build does not know, which is then shown in the store's words.
pub(crate) fn question(code: &str) -> Option<&'static str> {
    Some(match code {
        "da-injury" => "screening-question-da-injury",
        "da-frightened" => "screening-question-da-frightened",
        "da-afraid-of" => "screening-question-da-afraid-of",
        "da-isolated" => "screening-question-da-isolated",
        "da-low-mood" => "screening-question-da-low-mood",
        "da-separation" => "screening-question-da-separation",
        "da-child-contact" => "screening-question-da-child-contact",
        "da-stalking" => "screening-question-da-stalking",
        "da-pregnancy" => "screening-question-da-pregnancy",
        "da-more-often" => "screening-question-da-more-often",
        "da-worse" => "screening-question-da-worse",
        "da-control" => "screening-question-da-control",
        "da-weapon" => "screening-question-da-weapon",
        "da-threat-to-kill" => "screening-question-da-threat-to-kill",
        "da-strangling" => "screening-question-da-strangling",
        "da-sexual" => "screening-question-da-sexual",
        "da-other-threat" => "screening-question-da-other-threat",
        "da-hurt-others" => "screening-question-da-hurt-others",
        "da-animals" => "screening-question-da-animals",
        "da-money" => "screening-question-da-money",
        "da-their-problems" => "screening-question-da-their-problems",
        "da-their-suicide" => "screening-question-da-their-suicide",
        "da-broken-terms" => "screening-question-da-broken-terms",
        "da-police" => "screening-question-da-police",
        "st-frightened" => "screening-question-st-frightened",
        "st-history" => "screening-question-st-history",
        "st-damage" => "screening-question-st-damage",
        "st-turns-up" => "screening-question-st-turns-up",
        "st-follows" => "screening-question-st-follows",
        "st-threats" => "screening-question-st-threats",
        "st-third-parties" => "screening-question-st-third-parties",
        "st-violent-to-others" => "screening-question-st-violent-to-others",
        "st-helpers" => "screening-question-st-helpers",
        "st-drink-drugs" => "screening-question-st-drink-drugs",
        "st-violent-before" => "screening-question-st-violent-before",
        "weekly" => "screening-question-weekly",
        "worse" => "screening-question-worse",
        "long-running" => "screening-question-long-running",
        "threats" => "screening-question-threats",
        "threat-to-kill" => "screening-question-threat-to-kill",
        "violence" => "screening-question-violence",
        "weapon" => "screening-question-weapon",
        "third-parties" => "screening-question-third-parties",
        "turns-up" => "screening-question-turns-up",
        "damage" => "screening-question-damage",
        "tracking" => "screening-question-tracking",
        "fear" => "screening-question-fear",
        "changed-life" => "screening-question-changed-life",
        "order-breach" => "screening-question-order-breach",
        "former-partner" => "screening-question-former-partner",
        _ => return None,
    })
}

/// Items of a list, as "Fixated, Repeated".
pub(crate) fn list(words: &Words, items: &[String]) -> String {
    items.join(words.get("report-list-separator").as_str())
}

fn weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "date-weekday-1",
        Weekday::Tue => "date-weekday-2",
        Weekday::Wed => "date-weekday-3",
        Weekday::Thu => "date-weekday-4",
        Weekday::Fri => "date-weekday-5",
        Weekday::Sat => "date-weekday-6",
        Weekday::Sun => "date-weekday-7",
    }
}

/// `month` counts from 1, as chrono's `month()`.
fn month(month: u32) -> &'static str {
    match month {
        1 => "date-month-1",
        2 => "date-month-2",
        3 => "date-month-3",
        4 => "date-month-4",
        5 => "date-month-5",
        6 => "date-month-6",
        7 => "date-month-7",
        8 => "date-month-8",
        9 => "date-month-9",
        10 => "date-month-10",
        11 => "date-month-11",
        _ => "date-month-12",
    }
}

// Digits are written by chrono, as before ("%Y" keeps a year's four digits); only the names and
// the order of the parts are the language's.

/// "3 Nov 2026"
pub(crate) fn day(words: &Words, d: NaiveDate) -> String {
    words.with(
        "date-day",
        &[
            ("day", d.day().to_string().into()),
            ("month", words.get(month(d.month())).into()),
            ("year", d.format("%Y").to_string().into()),
        ],
    )
}

/// "3 Nov 2026 21:40"
pub(crate) fn day_time(words: &Words, t: NaiveDateTime) -> String {
    words.with(
        "date-day-time",
        &[
            ("day", t.day().to_string().into()),
            ("month", words.get(month(t.month())).into()),
            ("year", t.format("%Y").to_string().into()),
            ("time", t.format("%H:%M").to_string().into()),
        ],
    )
}

/// "Tue 3 Nov 2026, 21:40 (UTC+00:00)", with the seconds when `seconds`; `offset` is the local
/// time's difference from UTC ("+00:00").
pub(crate) fn moment(words: &Words, t: NaiveDateTime, seconds: bool, offset: &str) -> String {
    let time = t.format(if seconds { "%H:%M:%S" } else { "%H:%M" });
    words.with(
        "date-moment",
        &[
            ("weekday", words.get(weekday(t.weekday())).into()),
            ("day", t.day().to_string().into()),
            ("month", words.get(month(t.month())).into()),
            ("year", t.format("%Y").to_string().into()),
            ("time", time.to_string().into()),
            ("offset", offset.into()),
        ],
    )
}
