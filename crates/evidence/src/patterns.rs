//! Patterns over time: incidents per week, by kind, and whether they are coming more often.
//!
//! Weeks run Monday to Sunday in the person's own time zone, since "this week" means their
//! week. The escalation signal compares the last four weeks with the four before; it is a
//! prompt to look at the plan or talk to an advocate, and is worded that way where it is shown.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Days, NaiveDate, TimeZone, Utc};
use harbour_store::IncidentKind;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Fewer incidents than this in all makes no escalation signal either way.
const MIN_FOR_SIGNAL: u32 = 3;
const WINDOW_DAYS: u64 = 28;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct WeekCount {
    /// The Monday the week starts on.
    pub week_start: NaiveDate,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KindCount {
    pub kind: IncidentKind,
    pub count: u32,
}

/// The last four weeks against the four weeks before them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum Escalation {
    /// Too few incidents so far to say.
    TooFewToSay,
    Rising {
        recent: u32,
        before: u32,
    },
    Steady {
        recent: u32,
        before: u32,
    },
    Falling {
        recent: u32,
        before: u32,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Patterns {
    pub total: u32,
    pub first: Option<DateTime<Utc>>,
    pub last: Option<DateTime<Utc>>,
    /// Calendar weeks from the first incident's week to the last one's, inclusive.
    pub span_weeks: u32,
    /// One entry per week, oldest first, including weeks with none; ends with the current week
    /// and covers at most `weeks_shown` weeks.
    pub weeks: Vec<WeekCount>,
    /// Kinds that occur, most frequent first.
    pub by_kind: Vec<KindCount>,
    pub escalation: Escalation,
}

fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// Works out the patterns of `occurrences` (when each incident happened, and its kind) as seen
/// on `today` in time zone `tz`.
pub fn patterns<Tz: TimeZone>(
    occurrences: &[(DateTime<Utc>, IncidentKind)],
    today: NaiveDate,
    tz: &Tz,
    weeks_shown: u32,
) -> Patterns {
    let dates: Vec<NaiveDate> = occurrences
        .iter()
        .map(|(at, _)| at.with_timezone(tz).date_naive())
        .collect();
    let total = u32::try_from(occurrences.len()).unwrap_or(u32::MAX);
    let first = occurrences.iter().map(|(at, _)| *at).min();
    let last = occurrences.iter().map(|(at, _)| *at).max();

    let mut per_week: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    for d in &dates {
        *per_week.entry(monday_of(*d)).or_default() += 1;
    }
    let span_weeks = match (per_week.keys().next(), per_week.keys().next_back()) {
        (Some(a), Some(b)) => u32::try_from((*b - *a).num_weeks() + 1).unwrap_or(0),
        _ => 0,
    };

    let mut weeks = Vec::new();
    if let Some(first_week) = per_week.keys().next().copied() {
        // The chart ends with this week: an entry dated in the future (a typing slip) is
        // counted in the totals but must not push the recent weeks off the chart.
        let end = monday_of(today);
        let shown = u64::from(weeks_shown.max(1) - 1) * 7;
        let mut week = first_week.max(end - Days::new(shown));
        while week <= end {
            weeks.push(WeekCount {
                week_start: week,
                count: per_week.get(&week).copied().unwrap_or(0),
            });
            week = week + Days::new(7);
        }
    }

    let mut kinds: BTreeMap<usize, u32> = BTreeMap::new();
    for (_, kind) in occurrences {
        let order = IncidentKind::ALL
            .iter()
            .position(|k| k == kind)
            .unwrap_or(usize::MAX);
        *kinds.entry(order).or_default() += 1;
    }
    let mut by_kind: Vec<KindCount> = kinds
        .into_iter()
        .filter_map(|(order, count)| {
            IncidentKind::ALL
                .get(order)
                .map(|kind| KindCount { kind: *kind, count })
        })
        .collect();
    // Stable: equal counts keep the kinds' usual order.
    by_kind.sort_by_key(|k| std::cmp::Reverse(k.count));

    Patterns {
        total,
        first,
        last,
        span_weeks,
        weeks,
        by_kind,
        escalation: escalation(&dates, today, total),
    }
}

fn escalation(dates: &[NaiveDate], today: NaiveDate, total: u32) -> Escalation {
    if total < MIN_FOR_SIGNAL {
        return Escalation::TooFewToSay;
    }
    // Last 28 days including today, and the 28 before them.
    let recent_from = today - Days::new(WINDOW_DAYS - 1);
    let before_from = recent_from - Days::new(WINDOW_DAYS);
    let count = |from: NaiveDate, to: NaiveDate| {
        u32::try_from(dates.iter().filter(|d| **d >= from && **d <= to).count()).unwrap_or(0)
    };
    let recent = count(recent_from, today);
    let before = count(before_from, recent_from - Days::new(1));
    // A change counts once it is at least 2 and at least half the smaller window's count, so
    // that 10 -> 11 is steady but 0 -> 2 or 4 -> 6 is not.
    let needed = |smaller: u32| (smaller / 2).max(2);
    if recent > before && recent - before >= needed(before) {
        Escalation::Rising { recent, before }
    } else if before > recent && before - recent >= needed(recent) {
        Escalation::Falling { recent, before }
    } else {
        Escalation::Steady { recent, before }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use chrono::{FixedOffset, Utc};

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn weeks_run_monday_to_sunday_in_local_time_and_include_empty_weeks() {
        // 2026-11-01 is a Sunday. 23:30 UTC on Sunday is already Monday at UTC+1.
        let occ = vec![
            (at(2026, 11, 1, 12), IncidentKind::Calls),
            (
                Utc.with_ymd_and_hms(2026, 11, 1, 23, 30, 0).unwrap(),
                IncidentKind::Calls,
            ),
            (at(2026, 11, 18, 9), IncidentKind::Following),
        ];
        let plus_one = FixedOffset::east_opt(3600).unwrap();
        let p = patterns(&occ, date(2026, 11, 23), &plus_one, 52);
        let weeks: Vec<(NaiveDate, u32)> =
            p.weeks.iter().map(|w| (w.week_start, w.count)).collect();
        assert_eq!(
            weeks,
            vec![
                (date(2026, 10, 26), 1),
                (date(2026, 11, 2), 1),
                (date(2026, 11, 9), 0),
                (date(2026, 11, 16), 1),
                (date(2026, 11, 23), 0),
            ]
        );
        assert_eq!(p.span_weeks, 4);
        assert_eq!(p.total, 3);
        assert_eq!(
            p.by_kind,
            vec![
                KindCount {
                    kind: IncidentKind::Calls,
                    count: 2
                },
                KindCount {
                    kind: IncidentKind::Following,
                    count: 1
                }
            ]
        );
        let shown = patterns(&occ, date(2026, 11, 23), &plus_one, 2);
        assert_eq!(shown.weeks.len(), 2);
        assert_eq!(shown.weeks[0].week_start, date(2026, 11, 16));
    }

    #[test]
    fn escalation_compares_the_last_four_weeks_with_the_four_before() {
        let today = date(2026, 11, 23);
        let day = |back: i64| {
            (today - chrono::Duration::days(back))
                .and_hms_opt(12, 0, 0)
                .unwrap()
                .and_utc()
        };
        let make = |before: usize, recent: usize| -> Vec<(DateTime<Utc>, IncidentKind)> {
            let mut v = Vec::new();
            for i in 0..before {
                v.push((day(30 + i as i64 % 20), IncidentKind::Messages));
            }
            for i in 0..recent {
                v.push((day(i as i64 % 27), IncidentKind::Messages));
            }
            v
        };
        let signal = |before, recent| patterns(&make(before, recent), today, &Utc, 26).escalation;
        assert_eq!(signal(1, 1), Escalation::TooFewToSay);
        assert_eq!(
            signal(1, 3),
            Escalation::Rising {
                recent: 3,
                before: 1
            }
        );
        assert_eq!(
            signal(4, 6),
            Escalation::Rising {
                recent: 6,
                before: 4
            }
        );
        assert_eq!(
            signal(10, 11),
            Escalation::Steady {
                recent: 11,
                before: 10
            }
        );
        assert_eq!(
            signal(6, 2),
            Escalation::Falling {
                recent: 2,
                before: 6
            }
        );
        // The day 28 days back belongs to the earlier window.
        let edge = vec![
            (day(27), IncidentKind::Calls),
            (day(28), IncidentKind::Calls),
            (day(28), IncidentKind::Calls),
        ];
        assert_eq!(
            patterns(&edge, today, &Utc, 26).escalation,
            Escalation::Steady {
                recent: 1,
                before: 2
            }
        );
    }

    #[test]
    fn no_incidents_make_no_weeks() {
        let p = patterns(&[], date(2026, 11, 23), &Utc, 26);
        assert!(p.weeks.is_empty());
        assert_eq!((p.total, p.span_weeks), (0, 0));
        assert_eq!(p.escalation, Escalation::TooFewToSay);
    }
}
