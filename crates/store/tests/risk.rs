#![allow(clippy::unwrap_used, clippy::expect_used)]

use harbour_store::{RiskAnswer, RiskAnswered, RiskLevel, Store, StoreError, risk_questions};
use rusqlite::Connection;

fn answered(code: &str, answer: RiskAnswer) -> RiskAnswered {
    RiskAnswered {
        code: code.to_owned(),
        answer,
    }
}

#[test]
fn screenings_are_kept_as_dated_entries_newest_first_across_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    let mut store = Store::open(Connection::open(&path).unwrap()).unwrap();
    let first = store
        .record_risk_screening(
            &[
                answered("weekly", RiskAnswer::Yes),
                answered("fear", RiskAnswer::No),
            ],
            "first time",
        )
        .unwrap();
    assert_eq!(first.level, RiskLevel::Lower);
    // Given in a different order from the questions: read back in question order.
    let second = store
        .record_risk_screening(
            &[
                answered("order-breach", RiskAnswer::Yes),
                answered("weekly", RiskAnswer::Yes),
                answered("worse", RiskAnswer::NotSure),
            ],
            "",
        )
        .unwrap();
    assert_eq!(second.level, RiskLevel::High);
    assert_eq!(second.yes_count, 2);
    store.close().unwrap();

    let store = Store::open(Connection::open(&path).unwrap()).unwrap();
    let all = store.risk_screenings().unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0], second);
    assert_eq!(all[1], first);
    assert!(all[0].taken_at >= all[1].taken_at);
    let order: Vec<&str> = all[0].answers.iter().map(|a| a.code.as_str()).collect();
    let asked: Vec<String> = risk_questions().into_iter().map(|q| q.code).collect();
    let positions: Vec<usize> = order
        .iter()
        .map(|c| asked.iter().position(|q| q == c).unwrap())
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn refused_answer_sets_change_nothing() {
    let mut store = Store::open(Connection::open_in_memory().unwrap()).unwrap();
    let cases: Vec<(Vec<RiskAnswered>, String)> = vec![
        (vec![], String::new()),
        (vec![answered("made-up", RiskAnswer::Yes)], String::new()),
        (
            vec![
                answered("fear", RiskAnswer::Yes),
                answered("fear", RiskAnswer::No),
            ],
            String::new(),
        ),
        (vec![answered("fear", RiskAnswer::Yes)], "x".repeat(10_001)),
    ];
    for (answers, note) in cases {
        let err = store.record_risk_screening(&answers, &note).unwrap_err();
        assert!(matches!(err, StoreError::Invalid(_)), "{err:?}");
    }
    assert!(store.risk_screenings().unwrap().is_empty());
}
