//! The trial verdict (docs/contract.md §4.3) at every threshold, on both sides, through the
//! public API. Diaries are built from day offsets: baseline days first, then magnesium days,
//! with the recent window's magnesium days ending at the latest entry.

use mg_engine::trial::explain::StomachNote;
use mg_engine::trial::verdict::{
    FREQUENT_GI_DAYS, HELPS_MIN_CHANGE_POINTS, HELPS_MIN_PERCENT_OF_BASELINE, MIN_BASELINE_DAYS,
    MIN_DAYS_ON_MAGNESIUM, MIN_RECENT_MAGNESIUM_DAYS, NO_BENEFIT_BELOW_POINTS, RECENT_WINDOW_DAYS,
};
use mg_engine::trial::{verdict, Date, Diary, Entry, Outcome, VerdictDecimals};
use mg_engine::RuleId;

use Outcome::{Helps, NoBenefit, NotEnoughData, TooEarly, Unclear};

fn start() -> Date {
    Date::parse("2026-01-05").unwrap()
}

/// Diary entries by day offset from `start()`.
#[derive(Clone, Default)]
struct Days(Vec<Entry>);

impl Days {
    fn day(mut self, offset: i64, symptoms: Option<u8>, mg: Option<f64>, gi: bool) -> Days {
        let date = start().add_days(offset).unwrap();
        self.0
            .push(Entry::new(date, symptoms, Some(5), mg, gi, "").unwrap());
        self
    }

    fn rated(self, offset: i64, symptoms: u8, mg: f64) -> Days {
        self.day(offset, Some(symptoms), Some(mg), false)
    }

    /// Baseline days at offsets 0.. with these ratings and magnesium 0.
    fn baseline(self, ratings: &[u8]) -> Days {
        (0..)
            .zip(ratings)
            .fold(self, |d, (i, &r)| d.rated(i, r, 0.0))
    }

    fn diary(&self) -> Diary {
        Diary::from_entries(self.0.clone()).0
    }
}

/// A complete trial: the baseline ratings, the first magnesium day right after them (rated 5),
/// then the recent ratings on consecutive magnesium days ending `days_on` days after the first
/// magnesium day.
fn trial(baseline: &[u8], recent: &[u8], days_on: i64) -> Days {
    let first = baseline.len() as i64;
    let latest = first + days_on;
    let d = Days::default().baseline(baseline).rated(first, 5, 100.0);
    let from = latest - recent.len() as i64 + 1;
    (from..)
        .zip(recent)
        .fold(d, |d, (i, &r)| d.rated(i, r, 200.0))
}

fn ratings(r: u8, n: usize) -> Vec<u8> {
    vec![r; n]
}

fn outcome(d: &Days) -> Outcome {
    verdict(&d.diary()).outcome
}

#[test]
fn thresholds_match_the_contract() {
    assert_eq!(
        (
            MIN_BASELINE_DAYS,
            MIN_RECENT_MAGNESIUM_DAYS,
            RECENT_WINDOW_DAYS,
            MIN_DAYS_ON_MAGNESIUM
        ),
        (5, 10, 14, 42)
    );
    assert_eq!(
        (
            HELPS_MIN_CHANGE_POINTS,
            HELPS_MIN_PERCENT_OF_BASELINE,
            NO_BENEFIT_BELOW_POINTS
        ),
        (2, 30, 1)
    );
}

#[test]
fn boundaries_on_both_sides() {
    // (what, baseline ratings, recent ratings, days from the first magnesium day, outcome)
    type Case = (&'static str, Vec<u8>, Vec<u8>, i64, Outcome);
    let cases: Vec<Case> = vec![
        (
            "4 baseline days",
            ratings(6, 4),
            ratings(2, 10),
            42,
            NotEnoughData,
        ),
        ("5 baseline days", ratings(6, 5), ratings(2, 10), 42, Helps),
        (
            "9 magnesium days",
            ratings(6, 5),
            ratings(2, 9),
            42,
            NotEnoughData,
        ),
        (
            "10 magnesium days",
            ratings(6, 5),
            ratings(2, 10),
            42,
            Helps,
        ),
        (
            "14 magnesium days",
            ratings(6, 5),
            ratings(2, 14),
            60,
            Helps,
        ),
        (
            "41 days on magnesium",
            ratings(6, 5),
            ratings(2, 10),
            41,
            TooEarly,
        ),
        (
            "42 days on magnesium",
            ratings(6, 5),
            ratings(2, 10),
            42,
            Helps,
        ),
        (
            "too little data wins over too early",
            ratings(6, 4),
            ratings(2, 10),
            20,
            NotEnoughData,
        ),
        // change exactly 2 and exactly 30 % of the baseline: 20/3 − 14/3 (both marks met).
        (
            "change = 2 = 0.3 × baseline",
            vec![7, 7, 7, 7, 6, 6],
            [ratings(5, 8), ratings(4, 4)].concat(),
            50,
            Helps,
        ),
        (
            "change exactly 2, 6 → 4",
            ratings(6, 5),
            ratings(4, 10),
            42,
            Helps,
        ),
        (
            "change just under 2: 6 → 4.1",
            ratings(6, 5),
            [ratings(5, 1), ratings(4, 9)].concat(),
            42,
            Unclear,
        ),
        (
            "change exactly 2 but under 30 % of 8",
            ratings(8, 5),
            ratings(6, 10),
            42,
            Unclear,
        ),
        (
            "change 3 = exactly 30 % of 10",
            ratings(10, 5),
            ratings(7, 10),
            42,
            Helps,
        ),
        (
            "change 2.9, just under 30 % of 10",
            ratings(10, 5),
            [ratings(8, 1), ratings(7, 9)].concat(),
            42,
            Unclear,
        ),
        (
            "change exactly 1",
            ratings(5, 5),
            ratings(4, 10),
            42,
            Unclear,
        ),
        (
            "change 0.9, just under 1",
            ratings(5, 5),
            [ratings(5, 1), ratings(4, 9)].concat(),
            42,
            NoBenefit,
        ),
        ("no change", ratings(5, 5), ratings(5, 10), 42, NoBenefit),
        (
            "worse on magnesium",
            ratings(3, 5),
            ratings(6, 10),
            42,
            NoBenefit,
        ),
        ("baseline 0", ratings(0, 5), ratings(0, 10), 42, NoBenefit),
    ];
    for (what, baseline, recent, days_on, expected) in cases {
        let d = trial(&baseline, &recent, days_on);
        assert_eq!(outcome(&d), expected, "{what}");
    }
}

#[test]
fn exact_boundary_numbers_as_decimals() {
    let v = verdict(
        &trial(
            &[7, 7, 7, 7, 6, 6],
            &[ratings(5, 8), ratings(4, 4)].concat(),
            50,
        )
        .diary(),
    );
    assert_eq!(v.change, Some(2.0));
    assert_eq!(
        v.decimals(),
        VerdictDecimals {
            baseline: Some("6.67".into()),
            recent: Some("4.67".into()),
            change: Some("2.00".into()),
        }
    );
    assert_eq!((v.baseline_days(), v.recent_magnesium_days()), (6, 12));
    let worse = verdict(&trial(&ratings(3, 5), &ratings(6, 10), 42).diary());
    assert_eq!(worse.decimals().change.as_deref(), Some("-3.00"));
}

#[test]
fn the_recent_window_is_14_calendar_days_ending_at_the_latest_entry() {
    // 9 magnesium days ending at the latest entry, plus one more 13 or 14 days before it.
    let latest = 5 + 50;
    let nine = trial(&ratings(6, 5), &ratings(2, 9), 50);
    let at_13 = nine.clone().rated(latest - 13, 2, 200.0);
    let at_14 = nine.clone().rated(latest - 14, 2, 200.0);
    assert_eq!(outcome(&at_13), Helps);
    assert_eq!(outcome(&at_14), NotEnoughData);
    let v = verdict(&at_13.diary());
    assert_eq!(v.window_start, start().add_days(latest - 13));
    assert_eq!(v.latest_day, start().add_days(latest));
    assert_eq!(v.recent_magnesium_days(), 10);
    // The day 14 days back does not enter the mean either.
    let v = verdict(&nine.rated(latest - 14, 10, 200.0).diary());
    assert_eq!(v.recent, Some(2.0));
}

#[test]
fn entries_without_a_symptom_rating_count_for_nothing() {
    let complete = trial(&ratings(6, 5), &ratings(2, 10), 42);
    let reference = verdict(&complete.diary());
    assert_eq!(reference.outcome, Helps);
    let with_unrated = complete
        .clone()
        .day(20, None, None, false) // nothing recorded but a note or sleep
        .day(-1, None, Some(0.0), false) // a day without magnesium, not rated
        .day(80, None, Some(200.0), false) // a later day with a dose but no rating
        .day(-3, None, Some(200.0), false); // a dose before the baseline, not rated
    let v = verdict(&with_unrated.diary());
    assert_eq!(v.outcome, Helps);
    assert_eq!(
        (v.baseline, v.recent, v.change, v.latest_day),
        (
            reference.baseline,
            reference.recent,
            reference.change,
            reference.latest_day
        )
    );
    assert_eq!(v.first_magnesium_day, reference.first_magnesium_day);

    // Four rated baseline days and one unrated: not enough.
    let four = trial(&ratings(6, 4), &ratings(2, 10), 42).day(-1, None, Some(0.0), false);
    assert_eq!(outcome(&four), NotEnoughData);
    // Nine rated magnesium days and one unrated: not enough.
    let nine = trial(&ratings(6, 5), &ratings(2, 9), 42).day(5 + 42 - 9, None, Some(200.0), false);
    assert_eq!(outcome(&nine), NotEnoughData);
    // An unrated first dose: the trial counts from the first rated magnesium day.
    let unrated_first = Days::default()
        .baseline(&ratings(6, 5))
        .day(5, None, Some(100.0), false);
    let unrated_first = (6..=47).fold(unrated_first, |d, i| d.rated(i, 2, 200.0));
    let v = verdict(&unrated_first.diary());
    assert_eq!(v.days_on_magnesium, Some(41));
    assert_eq!(v.outcome, TooEarly);
}

#[test]
fn baseline_days_need_magnesium_recorded_as_zero_before_the_first_dose() {
    // Four days with 0 mg and one with magnesium not recorded: 4 baseline days.
    let d = trial(&ratings(6, 4), &ratings(2, 10), 42).rated(-1, 6, 0.0);
    assert_eq!(verdict(&d.diary()).baseline_days(), 5);
    let d = trial(&ratings(6, 4), &ratings(2, 10), 42).day(-1, Some(6), None, false);
    let v = verdict(&d.diary());
    assert_eq!((v.baseline_days(), v.outcome), (4, NotEnoughData));
    // Days without magnesium after the first dose are neither baseline nor magnesium days.
    let complete = trial(&ratings(6, 5), &ratings(2, 10), 42);
    let missed = complete
        .clone()
        .rated(5 + 42 - 11, 10, 0.0)
        .rated(10, 10, 0.0);
    let v = verdict(&missed.diary());
    assert_eq!(
        (v.baseline, v.recent, v.outcome),
        (Some(6.0), Some(2.0), Helps)
    );
    // Days on magnesium with magnesium not recorded do not count as magnesium days.
    let unrecorded =
        trial(&ratings(6, 5), &ratings(2, 9), 42).day(5 + 42 - 9, Some(2), None, false);
    assert_eq!(outcome(&unrecorded), NotEnoughData);
}

#[test]
fn without_any_magnesium_the_baseline_is_every_day_at_zero() {
    let d = Days::default().baseline(&[4, 5, 6, 7, 8, 9]);
    let v = verdict(&d.diary());
    assert_eq!(v.outcome, NotEnoughData);
    assert_eq!((v.baseline, v.recent, v.change), (Some(6.5), None, None));
    assert_eq!(v.first_magnesium_day, None);
    assert_eq!(v.judge_from, None);
}

#[test]
fn too_early_says_when_the_verdict_comes() {
    let v = verdict(&trial(&ratings(6, 5), &ratings(2, 10), 20).diary());
    assert_eq!(v.outcome, TooEarly);
    assert_eq!(v.days_on_magnesium, Some(20));
    assert_eq!(v.judge_from, start().add_days(5 + 42));
    let e = v.explain();
    assert!(e.meaning.contains("42 days (6 weeks)"), "{}", e.meaning);
    assert!(e.next.contains("2026-02-21"), "{}", e.next);
}

#[test]
fn each_outcome_explains_itself_with_the_rules_figures() {
    let cases = [
        (
            trial(&ratings(6, 3), &ratings(2, 4), 42),
            NotEnoughData,
            [
                "at least 5 rated days",
                "has 3 days",
                "at least 10 rated days on magnesium",
                "last 14 days",
            ],
        ),
        (
            trial(&ratings(6, 5), &ratings(2, 10), 42),
            Helps,
            [
                "from 6 without magnesium to 2",
                "4 points lower",
                "at least 2 points",
                "30 %",
            ],
        ),
        (
            trial(&ratings(6, 5), &[ratings(6, 5), ratings(5, 5)].concat(), 42),
            NoBenefit,
            [
                "from 6 without magnesium to 5.5",
                "less than 1 point",
                "last 14 days",
                "on magnesium",
            ],
        ),
        (
            trial(
                &ratings(10, 5),
                &[ratings(8, 1), ratings(7, 9)].concat(),
                42,
            ),
            Unclear,
            [
                "from 10 without magnesium to 7.1",
                "2.9 points lower",
                "at least 1 point",
                "2 points and 30 %",
            ],
        ),
    ];
    for (d, expected, phrases) in cases {
        let v = verdict(&d.diary());
        assert_eq!(v.outcome, expected);
        let e = v.explain();
        for p in phrases {
            assert!(
                e.meaning.contains(p),
                "{expected:?}: {p:?} not in {:?}",
                e.meaning
            );
        }
        assert!(e.caveat.contains("placebo") && e.caveat.contains("ups and downs"));
        assert!(!e.headline.is_empty() && !e.next.is_empty());
    }
    let no_benefit = verdict(&trial(&ratings(6, 5), &ratings(6, 10), 42).diary()).explain();
    assert!(no_benefit.next.starts_with("Stop taking magnesium"));
    assert!(no_benefit.next.contains("iron") && no_benefit.next.contains("other treatments"));
    let worse = verdict(&trial(&ratings(3, 5), &ratings(6, 10), 42).diary()).explain();
    assert!(worse.meaning.contains("rose"), "{}", worse.meaning);
    let unclear = verdict(&trial(&ratings(5, 5), &ratings(4, 10), 42).diary()).explain();
    // docs/medical-reference.md §8b: after `unclear` as after `no-benefit`, stop and ask about
    // iron and other treatments.
    assert_eq!(unclear.next, no_benefit.next);
    assert!(unclear.next.starts_with("Stop taking magnesium"));
}

#[test]
fn helps_keeps_the_plan_only_with_the_clinician_and_asks_for_iron() {
    let helps = verdict(&trial(&ratings(6, 5), &ratings(2, 10), 42).diary());
    assert_eq!(helps.outcome, Helps);
    let next = helps.explain().next;
    for phrase in [
        "only if your clinician knows and agrees",
        "ferritin and transferrin saturation",
        "not been checked this year",
    ] {
        assert!(next.contains(phrase), "{phrase:?} not in {next:?}");
    }
    assert!(!next.contains("keep the same dose"), "{next}");
}

#[test]
fn the_lead_describes_one_persons_response_not_proof() {
    let lead = mg_engine::trial::explain::trial_lead();
    assert!(lead.contains("shows how you respond"), "{lead}");
    assert!(
        lead.contains("cannot settle whether magnesium works")
            && lead.contains("no blinding and no placebo")
            && lead.contains("rise and fall on their own"),
        "{lead}"
    );
    assert!(
        lead.contains("7 days") && lead.contains("6 to 8 weeks"),
        "{lead}"
    );
    assert!(!lead.contains("honest answer"));
}

#[test]
fn not_enough_data_says_whether_a_baseline_can_still_be_recorded() {
    let still_in_baseline = verdict(&Days::default().baseline(&[5, 5]).diary()).explain();
    assert!(
        still_in_baseline
            .next
            .contains("3 more days without magnesium"),
        "{}",
        still_in_baseline.next
    );
    let too_late = verdict(&trial(&ratings(5, 2), &ratings(3, 12), 42).diary()).explain();
    assert!(
        too_late.next.contains("cannot reach a verdict"),
        "{}",
        too_late.next
    );
    assert!(!too_late.meaning.contains("rated days on magnesium"));
}

#[test]
fn frequent_stomach_upset_points_to_the_gi_guidance() {
    let complete = trial(&ratings(6, 5), &ratings(2, 10), 42);
    let latest = 5 + 42;
    let with_gi = |offsets: &[i64]| {
        let mut d = complete.clone();
        for &o in offsets {
            d = d.day(o, Some(2), Some(200.0), true);
        }
        verdict(&d.diary())
    };
    // Two days in the window, one outside it: not frequent.
    let two = with_gi(&[latest, latest - 1, latest - 14]);
    assert_eq!((two.recent_gi_days, two.frequent_gi()), (2, false));
    assert_eq!(two.explain().stomach, None);
    // Three: frequent.
    let three = with_gi(&[latest, latest - 1, latest - 13]);
    assert_eq!(three.recent_gi_days, FREQUENT_GI_DAYS);
    let note: StomachNote = three.explain().stomach.unwrap();
    assert_eq!(note.rule, RuleId::GiUpset);
    assert_eq!(note.rule.id(), "gi-upset");
    assert!(
        note.text.contains("3 days") && note.text.contains("3 or more"),
        "{}",
        note.text
    );
    // Upset on days without magnesium does not count.
    let d = complete
        .clone()
        .day(latest - 2, Some(2), Some(0.0), true)
        .day(latest - 3, Some(2), Some(0.0), true)
        .day(latest - 4, Some(2), Some(0.0), true);
    assert_eq!(verdict(&d.diary()).recent_gi_days, 0);
}

#[test]
fn not_enough_data_asks_for_what_is_missing() {
    let baseline_done = verdict(&Days::default().baseline(&ratings(5, 7)).diary()).explain();
    assert!(
        baseline_done
            .meaning
            .starts_with("A verdict needs at least 10 rated days on magnesium"),
        "{}",
        baseline_done.meaning
    );
    assert!(baseline_done
        .next
        .starts_with("Start the plan's first week and rate each morning"));
    let few_ratings = verdict(&trial(&ratings(5, 7), &ratings(3, 6), 42).diary()).explain();
    assert!(
        few_ratings.meaning.contains("there are 6 days"),
        "{}",
        few_ratings.meaning
    );
    assert!(few_ratings
        .next
        .starts_with("Rate each morning while you take magnesium: at least 10 of any 14 days"));
}
