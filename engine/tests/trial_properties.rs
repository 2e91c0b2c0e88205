//! Property tests of the trial diary over random diaries, through the public API. The verdict
//! is checked against an independent re-implementation of the verdict rule (docs/contract.md §4.3) that
//! works on plain day offsets (no `Date`, no `Diary`), and the chart's mean is recounted by hand.

use mg_engine::trial::chart::{chart, MAX_DAYS, MEAN_DAYS};
use mg_engine::trial::csv::to_csv;
use mg_engine::trial::{verdict, Date, Diary, Entry, Outcome};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// One day of a generated diary, by offset from the diary's start date.
#[derive(Clone, Debug)]
struct Day {
    offset: i64,
    symptoms: Option<u8>,
    sleep: Option<u8>,
    mg: Option<f64>,
    gi: bool,
}

/// Diaries shaped like a real trial: a baseline around one rating, then magnesium days around
/// another, with missed days, unrated days, forgotten doses and unrecorded amounts. Shaped so
/// that every outcome comes up.
fn trial_like() -> impl Strategy<Value = Vec<Day>> {
    (0usize..12, 0usize..70, 0i8..=10, 0i8..=10).prop_flat_map(|(bl, ml, b_mid, m_mid)| {
        prop::collection::vec(
            (0u8..20, 0u8..20, -2i8..=2, 0u8..20, any::<bool>(), 0u8..=10),
            bl + ml,
        )
        .prop_map(move |raw| {
            raw.into_iter()
                .enumerate()
                .filter_map(|(i, (present, rated, jitter, mg_kind, gi, sleep))| {
                    if present < 3 {
                        return None; // a missed day
                    }
                    let in_baseline = i < bl;
                    let mid = if in_baseline { b_mid } else { m_mid };
                    let symptoms = (rated >= 2).then(|| (mid + jitter).clamp(0, 10) as u8);
                    let mg = match (in_baseline, mg_kind) {
                        (_, 0) => None,
                        (true, 1) => Some(100.0),
                        (true, _) | (false, 1) => Some(0.0),
                        (false, k) if k % 2 == 0 => Some(200.0),
                        (false, _) => Some(150.5),
                    };
                    Some(Day {
                        offset: i as i64,
                        symptoms,
                        sleep: (sleep % 4 != 0).then_some(sleep),
                        mg,
                        gi: gi && mg_kind % 3 == 0,
                    })
                })
                .collect()
        })
    })
}

/// Anything goes: any subset of 120 days, any values.
fn anything() -> impl Strategy<Value = Vec<Day>> {
    prop::collection::btree_map(
        0i64..120,
        (
            prop::option::of(0u8..=10),
            prop::option::of(0u8..=10),
            prop::option::of(prop::sample::select(vec![0.0, 0.5, 100.0, 250.0])),
            any::<bool>(),
        ),
        0..60,
    )
    .prop_map(|m| {
        m.into_iter()
            .map(|(offset, (symptoms, sleep, mg, gi))| Day {
                offset,
                symptoms,
                sleep,
                mg,
                gi,
            })
            .collect()
    })
}

fn diaries() -> impl Strategy<Value = (Date, Vec<Day>)> {
    // Start dates over several years, leap days included.
    let start = (0i64..3000).prop_map(|n| Date::parse("2023-01-01").unwrap().add_days(n).unwrap());
    (start, prop_oneof![3 => trial_like(), 1 => anything()])
}

fn build(start: Date, days: &[Day]) -> Diary {
    let entries = days.iter().map(|d| {
        let date = start.add_days(d.offset).unwrap();
        Entry::new(date, d.symptoms, d.sleep, d.mg, d.gi, "").unwrap()
    });
    let (diary, repeated) = Diary::from_entries(entries);
    assert!(repeated.is_empty());
    diary
}

/// The verdict rule of docs/contract.md §4.3, again, over offsets. (sum, count) pairs keep it exact.
#[derive(Debug, PartialEq)]
struct Expected {
    outcome: Outcome,
    baseline: (i64, i64),
    recent: (i64, i64),
}

fn expected(days: &[Day]) -> Expected {
    let rated: Vec<(i64, i64, Option<f64>)> = days
        .iter()
        .filter_map(|d| d.symptoms.map(|s| (d.offset, i64::from(s), d.mg)))
        .collect();
    let took = |mg: Option<f64>| matches!(mg, Some(x) if x > 0.0);
    let first = rated.iter().find(|r| took(r.2)).map(|r| r.0);
    let latest = rated.iter().map(|r| r.0).max();
    let (mut baseline, mut recent) = ((0, 0), (0, 0));
    for &(offset, s, mg) in &rated {
        if mg == Some(0.0) && first.is_none_or(|f| offset < f) {
            baseline = (baseline.0 + s, baseline.1 + 1);
        }
        if took(mg) && latest.is_some_and(|l| l - offset < 14) {
            recent = (recent.0 + s, recent.1 + 1);
        }
    }
    let outcome = if baseline.1 < 5 || recent.1 < 10 {
        Outcome::NotEnoughData
    } else if latest.unwrap() - first.unwrap() < 42 {
        Outcome::TooEarly
    } else {
        // change = B/nb − R/nr, compared after multiplying by nb·nr (and by 10 for 0.3).
        let (b, nb, r, nr) = (baseline.0, baseline.1, recent.0, recent.1);
        let scaled_change = b * nr - r * nb;
        if scaled_change >= 2 * nb * nr && 10 * scaled_change >= 3 * b * nr {
            Outcome::Helps
        } else if scaled_change < nb * nr {
            Outcome::NoBenefit
        } else {
            Outcome::Unclear
        }
    };
    Expected {
        outcome,
        baseline,
        recent,
    }
}

fn mean((sum, n): (i64, i64)) -> Option<f64> {
    (n > 0).then(|| sum as f64 / n as f64)
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

fn check_verdict(start: Date, days: &[Day]) -> Result<(), TestCaseError> {
    let diary = build(start, days);
    let v = verdict(&diary);
    let e = expected(days);
    prop_assert_eq!(v.outcome, e.outcome);
    prop_assert!(
        close(v.baseline, mean(e.baseline)),
        "{:?} {:?}",
        v.baseline,
        e.baseline
    );
    prop_assert!(
        close(v.recent, mean(e.recent)),
        "{:?} {:?}",
        v.recent,
        e.recent
    );
    let change = mean(e.baseline).zip(mean(e.recent)).map(|(b, r)| b - r);
    prop_assert!(close(v.change, change));
    prop_assert_eq!(
        (v.baseline_days(), v.recent_magnesium_days()),
        (e.baseline.1 as usize, e.recent.1 as usize)
    );

    // The outcome agrees with the numbers it reports.
    let tolerance = 1e-9;
    match v.outcome {
        Outcome::Helps => {
            let (b, c) = (v.baseline.unwrap(), v.change.unwrap());
            prop_assert!(c >= 2.0 && c >= 0.3 * b - tolerance, "{b} {c}");
        }
        Outcome::NoBenefit => prop_assert!(v.change.unwrap() < 1.0),
        Outcome::Unclear => {
            let (b, c) = (v.baseline.unwrap(), v.change.unwrap());
            prop_assert!(c >= 1.0 && (c < 2.0 || c < 0.3 * b + tolerance), "{b} {c}");
        }
        Outcome::TooEarly => prop_assert!(v.days_on_magnesium.unwrap() < 42),
        Outcome::NotEnoughData => {
            prop_assert!(v.baseline_days() < 5 || v.recent_magnesium_days() < 10)
        }
    }
    if matches!(
        v.outcome,
        Outcome::Helps | Outcome::Unclear | Outcome::NoBenefit
    ) {
        prop_assert!(v.days_on_magnesium.unwrap() >= 42);
        prop_assert!(v.judge_from <= v.latest_day);
    }

    // The plain decimals are there exactly when the numbers are.
    let d = v.decimals();
    prop_assert_eq!(d.baseline.is_some(), v.baseline.is_some());
    prop_assert_eq!(d.recent.is_some(), v.recent.is_some());
    prop_assert_eq!(d.change.is_some(), v.change.is_some());
    for s in [d.baseline, d.recent, d.change].into_iter().flatten() {
        let (whole, fraction) = s.split_once('.').unwrap();
        prop_assert_eq!(fraction.len(), 2);
        prop_assert!(whole
            .trim_start_matches('-')
            .bytes()
            .all(|b| b.is_ascii_digit()));
    }

    // Every outcome explains itself.
    let x = v.explain();
    prop_assert!(!x.headline.is_empty() && !x.meaning.is_empty() && !x.next.is_empty());
    prop_assert!(x.caveat.contains("placebo"));
    prop_assert_eq!(x.stomach.is_some(), v.recent_gi_days >= 3);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn verdict_follows_the_rule_and_its_own_numbers((start, days) in diaries()) {
        check_verdict(start, &days)?;
    }

    #[test]
    fn unrated_entries_change_nothing_in_the_verdict((start, days) in diaries()) {
        let rated: Vec<Day> = days.iter().filter(|d| d.symptoms.is_some()).cloned().collect();
        let (all, only_rated) = (verdict(&build(start, &days)), verdict(&build(start, &rated)));
        prop_assert_eq!(all.outcome, only_rated.outcome);
        prop_assert_eq!(
            (all.baseline, all.recent, all.change),
            (only_rated.baseline, only_rated.recent, only_rated.change)
        );
        prop_assert_eq!(
            (all.first_magnesium_day, all.latest_day, all.window_start),
            (only_rated.first_magnesium_day, only_rated.latest_day, only_rated.window_start)
        );
    }

    #[test]
    fn chart_shows_every_day_as_recorded((start, days) in diaries()) {
        let diary = build(start, &days);
        let c = chart(&diary);
        let (Some(first), Some(last)) = (diary.first_date(), diary.last_date()) else {
            prop_assert!(c.days.is_empty());
            return Ok(());
        };
        let span = first.days_until(last) + 1;
        prop_assert_eq!(c.days.len() as i64, span.min(i64::from(MAX_DAYS)));
        prop_assert_eq!(c.days.last().map(|d| d.date), Some(last));
        for pair in c.days.windows(2) {
            prop_assert_eq!(pair[0].date.add_days(1), Some(pair[1].date));
        }
        for day in &c.days {
            let entry = diary.get(day.date);
            prop_assert_eq!(day.has_entry, entry.is_some());
            prop_assert_eq!(day.symptoms, entry.and_then(Entry::symptoms));
            prop_assert_eq!(day.sleep, entry.and_then(Entry::sleep));
            prop_assert_eq!(day.magnesium_mg, entry.and_then(Entry::magnesium_mg));
            // The mean line, recounted from the generated days.
            let offset = start.days_until(day.date);
            let window: Vec<f64> = days
                .iter()
                .filter(|d| (0..i64::from(MEAN_DAYS)).contains(&(offset - d.offset)))
                .filter_map(|d| d.symptoms.map(f64::from))
                .collect();
            let mean = (!window.is_empty()).then(|| window.iter().sum::<f64>() / window.len() as f64);
            prop_assert!(close(day.symptoms_mean, mean));
        }
        // The phases meet without a gap when both exist.
        if let (Some(b), Some(m)) = (c.baseline, c.magnesium) {
            prop_assert_eq!(b.to.add_days(1), Some(m.from));
        }
    }

    #[test]
    fn csv_has_one_row_per_entry((start, days) in diaries()) {
        let diary = build(start, &days);
        let csv = to_csv(&diary);
        prop_assert_eq!(csv.matches("\r\n").count(), diary.len() + 1);
    }

    #[test]
    fn merge_preview_then_apply_is_a_merge_by_date(
        (start, a) in diaries(),
        b in anything(),
    ) {
        let (current, incoming) = (build(start, &a), build(start, &b));
        let p = current.merge(&incoming);
        prop_assert_eq!(p.added.len() + p.changed.len() + p.unchanged.len(), incoming.len());
        prop_assert_eq!(p.kept + p.changed.len() + p.unchanged.len(), current.len());
        let mut merged = current.clone();
        merged.apply(&p);
        // Every incoming entry is there; every other current entry is untouched.
        for e in incoming.entries() {
            prop_assert_eq!(merged.get(e.date()), Some(e));
        }
        for e in current.entries() {
            if incoming.get(e.date()).is_none() {
                prop_assert_eq!(merged.get(e.date()), Some(e));
            }
        }
        prop_assert_eq!(merged.len(), current.len() + p.added.len());
        prop_assert!(merged.merge(&incoming).is_no_op());
    }

    #[test]
    fn raw_values_are_validated_without_panic(
        date in "[0-9-]{8,11}|\\PC{0,12}",
        symptoms in prop::option::of(any::<f64>()),
        sleep in prop::option::of(-2.0f64..12.0),
        mg in prop::option::of(any::<f64>()),
        note in "\\PC{0,520}",
    ) {
        let ok_rating = |x: Option<f64>| x.is_none_or(|x| (0.0..=10.0).contains(&x) && x.fract() == 0.0);
        let valid = Date::parse(&date).is_ok()
            && ok_rating(symptoms)
            && ok_rating(sleep)
            && mg.is_none_or(|x| x.is_finite() && x >= 0.0)
            && note.chars().count() <= 500;
        match Entry::from_raw(&date, symptoms, sleep, mg, false, &note) {
            Ok(e) => {
                prop_assert!(valid);
                prop_assert_eq!(e.symptoms().map(f64::from), symptoms.map(|x| x + 0.0));
                prop_assert_eq!(e.note(), note.as_str());
            }
            Err(errors) => {
                prop_assert!(!valid);
                prop_assert!(!errors.is_empty());
                for err in &errors {
                    prop_assert!(!err.message().is_empty());
                }
            }
        }
    }
}

/// The shaped generator reaches every outcome (otherwise the properties above would prove
/// little about `helps`, `unclear` and `no-benefit`).
#[test]
fn the_generator_reaches_every_outcome() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut seen = std::collections::HashSet::new();
    for _ in 0..2000 {
        let (start, days) = diaries().new_tree(&mut runner).unwrap().current();
        seen.insert(verdict(&build(start, &days)).outcome);
    }
    assert_eq!(seen.len(), 5, "{seen:?}");
}
