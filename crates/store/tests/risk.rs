#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use harbour_store::{
    CaseRisk, CompletedBy, Instrument, Judgement, MaracReason, NewScreening, RiskAnswer,
    RiskAnswered, RiskLevel, SignOff, Store, StoreError, risk_questions,
};
use rusqlite::Connection;

fn answered(code: &str, answer: RiskAnswer) -> RiskAnswered {
    RiskAnswered {
        code: code.to_owned(),
        answer,
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 12, 6);

fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1, TODAY.2)
}

fn codes(instrument: Instrument) -> Vec<String> {
    risk_questions()
        .into_iter()
        .filter(|q| q.instrument == instrument)
        .map(|q| q.code)
        .collect()
}

fn with_advocate(judgement: Option<Judgement>) -> SignOff {
    SignOff {
        completed_by: CompletedBy::WithAdvocate,
        advocate: "  Sam (IDVA) ".into(),
        judgement,
        escalation: false,
        marac_referred_on: Some(day(2026, 12, 4)),
        review_on: Some(day(2027, 1, 15)),
    }
}

#[test]
fn screenings_with_a_sign_off_are_kept_as_dated_entries_newest_first_across_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    let mut store = Store::open(Connection::open(&path).unwrap()).unwrap();
    let da = codes(Instrument::DomesticAbuse);
    let alone = store
        .record_risk_screening(
            &NewScreening::alone(
                Instrument::Stalking,
                vec![answered("st-follows", RiskAnswer::Yes)],
                "first time",
                day(2026, 11, 20),
            ),
            today(),
        )
        .unwrap();
    assert_eq!(alone.level, RiskLevel::Ungraded);
    assert_eq!((alone.yes_count, alone.question_count), (1, 11));
    assert_eq!(alone.threshold, None);

    // Given out of order: read back in question order. Five yes, below 14: the advocate's
    // judgement is what makes it high and refers it.
    let mut answers: Vec<RiskAnswered> = da
        .iter()
        .take(5)
        .map(|c| answered(c, RiskAnswer::Yes))
        .collect();
    answers.push(answered(&da[20], RiskAnswer::NotSure));
    answers.reverse();
    let signed = store
        .record_risk_screening(
            &NewScreening {
                instrument: Instrument::DomesticAbuse,
                answers,
                note: String::new(),
                completed_on: day(2026, 12, 4),
                sign_off: with_advocate(Some(Judgement {
                    level: RiskLevel::High,
                    refer_to_marac: true,
                    reason: " Strangled last month; has just left. ".into(),
                })),
            },
            today(),
        )
        .unwrap();
    assert_eq!(signed.level, RiskLevel::High);
    assert_eq!((signed.yes_count, signed.question_count), (5, 24));
    assert_eq!(signed.threshold, Some(14));
    assert_eq!(signed.marac_reasons, vec![MaracReason::Judgement]);
    assert_eq!(signed.sign_off.advocate, "Sam (IDVA)", "trimmed");
    assert_eq!(
        signed.sign_off.judgement.as_ref().unwrap().reason,
        "Strangled last month; has just left."
    );
    store.close().unwrap();

    let store = Store::open(Connection::open(&path).unwrap()).unwrap();
    let all = store.risk_screenings().unwrap();
    assert_eq!(all, vec![signed.clone(), alone]);
    let order: Vec<&str> = all[0].answers.iter().map(|a| a.code.as_str()).collect();
    let positions: Vec<usize> = order
        .iter()
        .map(|c| da.iter().position(|q| q == c).unwrap())
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{order:?}");

    // The caseload's picture: latest by the day done, the referral and the review it set.
    let risk = CaseRisk::of(&all, today()).unwrap();
    assert_eq!(risk.level, RiskLevel::High);
    assert_eq!(risk.screened_on, day(2026, 12, 4));
    assert_eq!(risk.marac_referred_on, Some(day(2026, 12, 4)));
    assert_eq!(risk.review_on, Some(day(2027, 1, 15)));
    // Seen from before the signed screening's day, the earlier one is the latest.
    let earlier = CaseRisk::of(&all, day(2026, 12, 1)).unwrap();
    assert_eq!(earlier.screened_on, day(2026, 11, 20));
    assert_eq!(earlier.marac_referred_on, None);
}

#[test]
fn screenings_kept_before_the_change_read_as_the_earlier_set_on_their_save_day() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    Store::open(Connection::open(&path).unwrap())
        .unwrap()
        .close()
        .unwrap();
    // A screening written as the previous version wrote it: no instrument, no sign-off.
    let conn = Connection::open(&path).unwrap();
    conn.execute(
        "INSERT INTO risk_screenings(id, taken_at, answers, note) VALUES ('old', ?1, ?2, 'n')",
        (
            1_764_000_000_000_000_i64,
            r#"{"weapon":"yes","weekly":"no"}"#,
        ),
    )
    .unwrap();
    conn.execute(
        "UPDATE risk_screenings SET instrument = DEFAULT, sign_off = DEFAULT WHERE id = 'old'",
        [],
    )
    .ok();
    drop(conn);
    let store = Store::open(Connection::open(&path).unwrap()).unwrap();
    let old = &store.risk_screenings().unwrap()[0];
    assert_eq!(old.instrument, Instrument::Earlier);
    assert_eq!(
        old.level,
        RiskLevel::High,
        "the earlier rules: a serious yes"
    );
    assert_eq!(old.completed_on, old.taken_at.date_naive());
    assert_eq!(old.sign_off, SignOff::default());
    assert!(old.marac_reasons.is_empty());
}

#[test]
fn refused_screenings_change_nothing() {
    let mut store = Store::open(Connection::open_in_memory().unwrap()).unwrap();
    let da = |answers: Vec<RiskAnswered>| {
        NewScreening::alone(Instrument::DomesticAbuse, answers, "", day(2026, 12, 1))
    };
    let one = || vec![answered("da-worse", RiskAnswer::Yes)];
    let mut cases = vec![
        da(vec![]),
        da(vec![answered("made-up", RiskAnswer::Yes)]),
        // A stalking question in the domestic-abuse screening.
        da(vec![answered("st-follows", RiskAnswer::Yes)]),
        da(vec![
            answered("da-worse", RiskAnswer::Yes),
            answered("da-worse", RiskAnswer::No),
        ]),
        NewScreening::alone(
            Instrument::Earlier,
            vec![answered("fear", RiskAnswer::Yes)],
            "",
            today(),
        ),
    ];
    let mut long_note = da(one());
    long_note.note = "x".repeat(10_001);
    cases.push(long_note);
    let mut future = da(one());
    future.completed_on = day(2026, 12, 7);
    cases.push(future);
    // A judgement, a referral or an advocate's name on a screening the person did alone.
    let mut judged_alone = da(one());
    judged_alone.sign_off.judgement = Some(Judgement {
        level: RiskLevel::High,
        refer_to_marac: true,
        reason: "x".into(),
    });
    cases.push(judged_alone);
    let mut referred_alone = da(one());
    referred_alone.sign_off.marac_referred_on = Some(day(2026, 12, 2));
    cases.push(referred_alone);
    let mut no_reason = da(one());
    no_reason.sign_off = with_advocate(Some(Judgement {
        level: RiskLevel::Raised,
        refer_to_marac: false,
        reason: "   ".into(),
    }));
    cases.push(no_reason);
    let mut ungraded = da(one());
    ungraded.sign_off = with_advocate(Some(Judgement {
        level: RiskLevel::Ungraded,
        refer_to_marac: false,
        reason: "because".into(),
    }));
    cases.push(ungraded);
    let mut referral_before = da(one());
    referral_before.sign_off = with_advocate(None);
    referral_before.sign_off.marac_referred_on = Some(day(2026, 11, 30));
    cases.push(referral_before);
    let mut before_1990 = da(one());
    before_1990.completed_on = NaiveDate::from_ymd_opt(-2000, 1, 1).unwrap();
    cases.push(before_1990);
    let mut review_far = da(one());
    review_far.sign_off = with_advocate(None);
    review_far.sign_off.review_on = Some(day(9999, 12, 31));
    cases.push(review_far);
    let mut review_same_day = da(one());
    review_same_day.sign_off = with_advocate(None);
    review_same_day.sign_off.review_on = Some(day(2026, 12, 1));
    cases.push(review_same_day);
    for new in cases {
        let err = store.record_risk_screening(&new, today()).unwrap_err();
        assert!(matches!(err, StoreError::Invalid(_)), "{err:?} for {new:?}");
    }
    assert!(store.risk_screenings().unwrap().is_empty());
}

#[test]
fn a_case_keeps_its_risk_picture_for_the_list() {
    let mut store = Store::open(Connection::open_in_memory().unwrap()).unwrap();
    store.add_case("c1", "J.S.").unwrap();
    assert_eq!(store.case("c1").unwrap().risk, None);
    let picture = CaseRisk {
        level: RiskLevel::Raised,
        instrument: Instrument::Stalking,
        screened_on: day(2026, 12, 1),
        marac_referred_on: None,
        review_on: Some(day(2027, 2, 1)),
    };
    store.note_case_risk("c1", Some(&picture)).unwrap();
    assert_eq!(store.case("c1").unwrap().risk, Some(picture));
    assert!(matches!(
        store.note_case_risk("nope", None),
        Err(StoreError::NotFound)
    ));
    store.note_case_risk("c1", None).unwrap();
    assert_eq!(store.cases().unwrap()[0].risk, None);
}

#[test]
fn an_advocate_signs_off_later_without_changing_what_was_answered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    let mut store = Store::open(Connection::open(&path).unwrap()).unwrap();
    let da = codes(Instrument::DomesticAbuse);
    let alone = store
        .record_risk_screening(
            &NewScreening::alone(
                Instrument::DomesticAbuse,
                da.iter()
                    .take(4)
                    .map(|c| answered(c, RiskAnswer::Yes))
                    .collect(),
                "on my own",
                day(2026, 12, 1),
            ),
            today(),
        )
        .unwrap();
    assert_eq!(alone.level, RiskLevel::Ungraded);
    // Refused: not an advocate's, dates before the screening, an unknown screening.
    let mut not_advocate = with_advocate(None);
    not_advocate.completed_by = CompletedBy::Alone;
    assert!(matches!(
        store.sign_off_screening(&alone.id, &not_advocate, today()),
        Err(StoreError::Invalid(_))
    ));
    let mut before = with_advocate(None);
    before.marac_referred_on = Some(day(2026, 11, 30));
    assert!(matches!(
        store.sign_off_screening(&alone.id, &before, today()),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store.sign_off_screening("nope", &with_advocate(None), today()),
        Err(StoreError::NotFound)
    ));
    // Signed off twice: the latest shows, with its date; the answers are as they were.
    let judged = |level| {
        with_advocate(Some(Judgement {
            level,
            refer_to_marac: level == RiskLevel::High,
            reason: "went through it together".into(),
        }))
    };
    let first = store
        .sign_off_screening(&alone.id, &judged(RiskLevel::Raised), today())
        .unwrap();
    assert_eq!(first.level, RiskLevel::Raised);
    let second = store
        .sign_off_screening(&alone.id, &judged(RiskLevel::High), today())
        .unwrap();
    assert_eq!(second.marac_reasons, vec![MaracReason::Judgement]);
    store.close().unwrap();
    let store = Store::open(Connection::open(&path).unwrap()).unwrap();
    let read = &store.risk_screenings().unwrap()[0];
    assert_eq!(read.level, RiskLevel::High);
    assert!(read.signed_off_at.is_some());
    assert_eq!(read.answers, alone.answers);
    assert_eq!(read.note, "on my own");
    assert_eq!(read.completed_on, alone.completed_on);
    assert_eq!(read.taken_at, alone.taken_at);
}
