//! The questions of each risk screening, in the app's own words.
//!
//! Two instruments follow UK practice: one question per area of the SafeLives DASH risk
//! identification checklist (domestic abuse, 24 questions) and one per area of the S-DASH
//! (stalking and harassment, 11 questions). The wording is ours; each question carries the
//! number of the published question it covers, so an advocate can transcribe answers onto the
//! official form. `docs/risk.md` shows the same mapping, and a test keeps the two in step.
//!
//! The app's first, shorter set of questions ([`Instrument::Earlier`]) is no longer asked, but
//! screenings answered with it are kept and read with its own rules.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which set of questions a screening used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum Instrument {
    /// The app's first fifteen questions (before DASH areas were followed): read only.
    Earlier,
    /// Domestic abuse: the areas of the DASH checklist.
    DomesticAbuse,
    /// Stalking and harassment: the areas of the S-DASH.
    Stalking,
}

impl Instrument {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Instrument::Earlier => "earlier",
            Instrument::DomesticAbuse => "domestic-abuse",
            Instrument::Stalking => "stalking",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<Instrument> {
        [
            Instrument::Earlier,
            Instrument::DomesticAbuse,
            Instrument::Stalking,
        ]
        .into_iter()
        .find(|i| i.code() == code)
    }

    /// The published checklist whose numbers the questions carry.
    pub fn published_name(self) -> &'static str {
        match self {
            Instrument::Earlier => "",
            Instrument::DomesticAbuse => "DASH",
            Instrument::Stalking => "S-DASH",
        }
    }

    /// "Yes" to this many questions is the published count for a referral to a MARAC
    /// ("visible high risk"); the stalking screening has no such count.
    pub fn threshold(self) -> Option<u32> {
        match self {
            Instrument::DomesticAbuse => Some(14),
            Instrument::Earlier | Instrument::Stalking => None,
        }
    }

    /// The codes of its questions, in the order they are asked.
    pub fn question_codes(self) -> Vec<&'static str> {
        self.questions().iter().map(|q| q.code).collect()
    }

    pub(crate) fn questions(self) -> &'static [Question] {
        match self {
            Instrument::Earlier => EARLIER,
            Instrument::DomesticAbuse => DOMESTIC_ABUSE,
            Instrument::Stalking => STALKING,
        }
    }
}

/// One question: a stable code (stored with the answers: never change one), the number of the
/// published question it covers (0 for the earlier set), a short area heading, our wording, and
/// whether advocates treat "yes" to it as serious on its own.
pub(crate) struct Question {
    pub code: &'static str,
    pub number: u8,
    pub area: &'static str,
    pub text: &'static str,
    pub serious: bool,
}

const fn q(
    code: &'static str,
    number: u8,
    area: &'static str,
    text: &'static str,
    serious: bool,
) -> Question {
    Question {
        code,
        number,
        area,
        text,
        serious,
    }
}

// Areas group neighbouring questions only, so the published order is kept for transcribing.
const YOU: &str = "You, and how you are";
const SITUATION: &str = "Your situation";
const WHAT_THEY_DO: &str = "What they do";
const OTHERS: &str = "Other people, animals and money";
const ABOUT_THEM: &str = "About them";

const DOMESTIC_ABUSE: &[Question] = &[
    q(
        "da-injury",
        1,
        YOU,
        "Were you hurt the last time something happened?",
        false,
    ),
    q("da-frightened", 2, YOU, "Are you very frightened?", false),
    q(
        "da-afraid-of",
        3,
        YOU,
        "Are you afraid they will hurt you again, or do something worse?",
        false,
    ),
    q(
        "da-isolated",
        4,
        YOU,
        "Do they keep you away from family, friends, your doctor or other people?",
        false,
    ),
    q(
        "da-low-mood",
        5,
        YOU,
        "Have you been feeling very low, or had thoughts of ending your life?",
        false,
    ),
    q(
        "da-separation",
        6,
        SITUATION,
        "Have you left them, or tried to, in the past year?",
        true,
    ),
    q(
        "da-child-contact",
        7,
        SITUATION,
        "Is there conflict with them over seeing the children?",
        false,
    ),
    q(
        "da-stalking",
        8,
        SITUATION,
        "Do they keep messaging, calling, following or watching you?",
        true,
    ),
    q(
        "da-pregnancy",
        9,
        SITUATION,
        "Are you pregnant, or have you had a baby in the last 18 months?",
        true,
    ),
    q(
        "da-more-often",
        10,
        WHAT_THEY_DO,
        "Is it happening more often than it used to?",
        false,
    ),
    q("da-worse", 11, WHAT_THEY_DO, "Is it getting worse?", true),
    q(
        "da-control",
        12,
        WHAT_THEY_DO,
        "Do they try to control what you do, or act very jealous?",
        false,
    ),
    q(
        "da-weapon",
        13,
        WHAT_THEY_DO,
        "Have they ever hurt you with a weapon or an object?",
        true,
    ),
    q(
        "da-threat-to-kill",
        14,
        WHAT_THEY_DO,
        "Have they ever threatened to kill you or someone else, and you believed them?",
        true,
    ),
    q(
        "da-strangling",
        15,
        WHAT_THEY_DO,
        "Have they ever tried to strangle, choke, smother or drown you?",
        true,
    ),
    q(
        "da-sexual",
        16,
        WHAT_THEY_DO,
        "Do they do or say sexual things that hurt you or make you feel bad, or do so to someone else?",
        true,
    ),
    q(
        "da-other-threat",
        17,
        OTHERS,
        "Is there anyone else who has threatened you, or who you are afraid of?",
        false,
    ),
    q(
        "da-hurt-others",
        18,
        OTHERS,
        "Do you know of them hurting anyone else, such as children, a relative or a former partner?",
        false,
    ),
    q(
        "da-animals",
        19,
        OTHERS,
        "Have they ever hurt or mistreated an animal or a pet?",
        false,
    ),
    q(
        "da-money",
        20,
        OTHERS,
        "Are there money problems, such as relying on them for money, or them losing their job?",
        false,
    ),
    q(
        "da-their-problems",
        21,
        ABOUT_THEM,
        "In the past year, have drink, drugs or their mental health made everyday life hard for them?",
        false,
    ),
    q(
        "da-their-suicide",
        22,
        ABOUT_THEM,
        "Have they ever threatened or tried to take their own life?",
        true,
    ),
    q(
        "da-broken-terms",
        23,
        ABOUT_THEM,
        "Have they ever broken bail, a court order, or an agreement about seeing you or the children?",
        true,
    ),
    q(
        "da-police",
        24,
        ABOUT_THEM,
        "Do you know if they have been in trouble with the police, or have a criminal record?",
        false,
    ),
];

const HOW_YOU_FEEL: &str = "How you feel";
const WHAT_HAS_HAPPENED: &str = "What has happened";
const WHO_ELSE: &str = "Other people";
const THEIR_PAST: &str = "About them";

const STALKING: &[Question] = &[
    q(
        "st-frightened",
        1,
        HOW_YOU_FEEL,
        "Are you very frightened?",
        false,
    ),
    q(
        "st-history",
        2,
        WHAT_HAS_HAPPENED,
        "Did they abuse or harass you, or anyone else, before this started?",
        false,
    ),
    q(
        "st-damage",
        3,
        WHAT_HAS_HAPPENED,
        "Have they damaged or destroyed anything of yours?",
        false,
    ),
    q(
        "st-turns-up",
        4,
        WHAT_HAS_HAPPENED,
        "Do they turn up where you are, uninvited, more than three times a week?",
        false,
    ),
    q(
        "st-follows",
        5,
        WHAT_HAS_HAPPENED,
        "Have they followed you, or hung around near you?",
        false,
    ),
    q(
        "st-threats",
        6,
        WHAT_HAS_HAPPENED,
        "Have they threatened to hurt you physically or sexually?",
        true,
    ),
    q(
        "st-third-parties",
        7,
        WHO_ELSE,
        "Since this started, have they harassed people close to you (family, children, friends, a partner, colleagues or neighbours)?",
        false,
    ),
    q(
        "st-violent-to-others",
        8,
        WHO_ELSE,
        "Have they been violent to anyone else while this has been going on?",
        true,
    ),
    q(
        "st-helpers",
        9,
        WHO_ELSE,
        "Have they got other people to help them, whether those people know it or not?",
        false,
    ),
    q(
        "st-drink-drugs",
        10,
        THEIR_PAST,
        "Are they known to misuse drink or drugs?",
        false,
    ),
    q(
        "st-violent-before",
        11,
        THEIR_PAST,
        "Have they been violent in the past, physically or emotionally?",
        true,
    ),
];

const EARLIER: &[Question] = &[
    q(
        "weekly",
        0,
        "How often",
        "Is it happening every week, or more often?",
        false,
    ),
    q(
        "worse",
        0,
        "How often",
        "Has it been happening more often, or getting more frightening, lately?",
        true,
    ),
    q(
        "long-running",
        0,
        "How often",
        "Has it been going on for more than a few months?",
        false,
    ),
    q(
        "threats",
        0,
        "Threats",
        "Have they threatened you, your children, or someone close to you?",
        false,
    ),
    q(
        "threat-to-kill",
        0,
        "Threats",
        "Have they threatened to kill or seriously hurt you, or to hurt themselves?",
        true,
    ),
    q(
        "violence",
        0,
        "Violence",
        "Have they ever hurt you, or been violent to anyone else?",
        true,
    ),
    q(
        "weapon",
        0,
        "Violence",
        "Do they have a weapon, or have they talked about getting or using one?",
        true,
    ),
    q(
        "third-parties",
        0,
        "Other people",
        "Have they got other people to contact, watch or follow you for them?",
        false,
    ),
    q(
        "turns-up",
        0,
        "Turning up",
        "Have they turned up at your home, work, school or places you go?",
        false,
    ),
    q(
        "damage",
        0,
        "Damage",
        "Have they damaged or interfered with your things, car, home or post?",
        false,
    ),
    q(
        "tracking",
        0,
        "Tracking",
        "Do they seem to know where you are, or get into your phone or accounts?",
        false,
    ),
    // Counted with the others rather than high on its own: most people asking themselves
    // these questions are frightened, and a level everyone gets tells them nothing.
    q(
        "fear",
        0,
        "How you feel",
        "Are you frightened of what they might do next?",
        false,
    ),
    q(
        "changed-life",
        0,
        "How you feel",
        "Have you changed your routine, work or home because of them?",
        false,
    ),
    q(
        "order-breach",
        0,
        "Orders",
        "Have they broken a court order, bail conditions or a police warning?",
        true,
    ),
    q(
        "former-partner",
        0,
        "Who they are",
        "Are they a former partner?",
        false,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_across_every_instrument() {
        let mut codes: Vec<&str> = [
            Instrument::Earlier,
            Instrument::DomesticAbuse,
            Instrument::Stalking,
        ]
        .iter()
        .flat_map(|i| i.questions().iter().map(|q| q.code))
        .collect();
        let all = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all);
    }

    #[test]
    fn each_published_question_is_covered_once_in_order() {
        for (instrument, count) in [(Instrument::DomesticAbuse, 24), (Instrument::Stalking, 11)] {
            let numbers: Vec<u8> = instrument.questions().iter().map(|q| q.number).collect();
            assert_eq!(numbers, (1..=count).collect::<Vec<u8>>(), "{instrument:?}");
        }
    }

    /// The page says each question and area in the person's language (ui/locales/*/risk.ftl,
    /// found by the question's code): its English must be this wording, word for word.
    #[test]
    fn the_page_says_each_question_in_these_words() {
        let words = crate::page_words::english("risk.ftl");
        for instrument in [Instrument::DomesticAbuse, Instrument::Stalking] {
            for q in instrument.questions() {
                let id = format!("risk-q-{}", q.code);
                assert_eq!(words.get(&id).map(String::as_str), Some(q.text), "{id}");
            }
        }
        let areas: Vec<&str> = words
            .iter()
            .filter(|(id, _)| id.starts_with("risk-area-"))
            .map(|(_, text)| text.as_str())
            .collect();
        for instrument in [Instrument::DomesticAbuse, Instrument::Stalking] {
            for q in instrument.questions() {
                assert!(areas.contains(&q.area), "area {:?}", q.area);
            }
        }
    }
}
