//! "Is it working?": the verdict of a person's own magnesium trial, exactly as docs/contract.md
//! §4.3 states it. Ratings are whole numbers, so means are kept as exact sums and
//! counts, and every threshold is compared in integers: a change of exactly 2 points is 2.
//!
//! Entries without a symptom rating count for nothing: they are dropped before the rule runs,
//! so they cannot be the first magnesium day, the latest entry, a baseline day or a magnesium day.

use super::date::Date;
use super::diary::Diary;
use super::entry::Entry;
use crate::decimal;

/// Fewer rated baseline days than this: no verdict.
pub const MIN_BASELINE_DAYS: usize = 5;
/// The recent window: this many calendar days ending at the latest entry's date.
pub const RECENT_WINDOW_DAYS: u32 = 14;
/// Fewer rated magnesium days than this in the recent window: no verdict.
pub const MIN_RECENT_MAGNESIUM_DAYS: usize = 10;
/// The latest entry must be at least this many days after the first magnesium day: 6 weeks,
/// the start of the plan's reassessment window (docs/medical-reference.md §8: trials lasted 4–8 weeks).
pub const MIN_DAYS_ON_MAGNESIUM: u32 = 42;
/// "Helps" needs a drop of at least this many points on the 0–10 scale …
pub const HELPS_MIN_CHANGE_POINTS: u32 = 2;
/// … and at least this percentage of the baseline (the usual mark of a meaningful change on a
/// 0–10 rating scale).
pub const HELPS_MIN_PERCENT_OF_BASELINE: u32 = 30;
/// A drop smaller than this many points is no benefit.
pub const NO_BENEFIT_BELOW_POINTS: u32 = 1;
/// Stomach upset on at least this many magnesium days in the recent window is "frequent".
pub const FREQUENT_GI_DAYS: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    NotEnoughData,
    TooEarly,
    Helps,
    Unclear,
    NoBenefit,
}

impl Outcome {
    /// The `data-outcome` value (docs/contract.md §4.1).
    pub fn id(self) -> &'static str {
        match self {
            Outcome::NotEnoughData => "not-enough-data",
            Outcome::TooEarly => "too-early",
            Outcome::Helps => "helps",
            Outcome::Unclear => "unclear",
            Outcome::NoBenefit => "no-benefit",
        }
    }
}

/// Sum and count of whole ratings: the mean without rounding. A diary holds at most one entry
/// per date of years 0000–9999 (under 3.7 million), so the sums fit in u32 and every product
/// the rule forms fits in i64.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RatingSum {
    pub total: u32,
    pub days: u32,
}

impl RatingSum {
    fn add(&mut self, rating: u8) {
        self.total += u32::from(rating);
        self.days += 1;
    }

    /// `None` when there is no rated day.
    pub fn mean(self) -> Option<f64> {
        (self.days > 0).then(|| f64::from(self.total) / f64::from(self.days))
    }
}

/// The verdict with everything the screen and the report show about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub outcome: Outcome,
    /// Mean symptom rating of the baseline days.
    pub baseline: Option<f64>,
    /// Mean symptom rating of the magnesium days in the recent window.
    pub recent: Option<f64>,
    /// baseline − recent (positive: fewer symptoms on magnesium).
    pub change: Option<f64>,
    pub baseline_sum: RatingSum,
    pub recent_sum: RatingSum,
    /// Earliest rated entry with magnesium_mg > 0.
    pub first_magnesium_day: Option<Date>,
    /// Latest rated entry: the end of the recent window.
    pub latest_day: Option<Date>,
    /// First day of the recent window (`RECENT_WINDOW_DAYS` days ending at `latest_day`).
    pub window_start: Option<Date>,
    /// Days from the first magnesium day to the latest entry.
    pub days_on_magnesium: Option<i64>,
    /// The first date on which the trial is long enough to judge.
    pub judge_from: Option<Date>,
    /// Days in the recent window with magnesium and stomach upset (rated or not: a safety
    /// signal, not part of the rule).
    pub recent_gi_days: usize,
}

/// The three numbers as plain decimals to 2 places (docs/contract.md §4.1:
/// `data-baseline`, `data-recent`, `data-change`; `None` = attribute absent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerdictDecimals {
    pub baseline: Option<String>,
    pub recent: Option<String>,
    pub change: Option<String>,
}

impl Verdict {
    pub fn baseline_days(&self) -> usize {
        self.baseline_sum.days as usize
    }

    pub fn recent_magnesium_days(&self) -> usize {
        self.recent_sum.days as usize
    }

    pub fn frequent_gi(&self) -> bool {
        self.recent_gi_days >= FREQUENT_GI_DAYS
    }

    pub fn decimals(&self) -> VerdictDecimals {
        let two = |x: Option<f64>| x.map(|x| decimal::fixed(x, 2));
        VerdictDecimals {
            baseline: two(self.baseline),
            recent: two(self.recent),
            change: two(self.change),
        }
    }
}

/// The earliest rated entry with magnesium: where the baseline ends.
pub fn first_magnesium_day(diary: &Diary) -> Option<Date> {
    rated(diary).find(|e| e.took_magnesium()).map(Entry::date)
}

fn rated(diary: &Diary) -> impl Iterator<Item = &Entry> {
    diary.entries().iter().filter(|e| e.symptoms().is_some())
}

/// The verdict rule (docs/contract.md §4.3) over the diary.
pub fn verdict(diary: &Diary) -> Verdict {
    let first = first_magnesium_day(diary);
    let latest = rated(diary).last().map(Entry::date);
    let window_days = i64::from(RECENT_WINDOW_DAYS);
    let in_window = |d: Date| latest.is_some_and(|l| (0..window_days).contains(&d.days_until(l)));

    let mut baseline_sum = RatingSum::default();
    let mut recent_sum = RatingSum::default();
    for e in rated(diary) {
        let symptoms = e.symptoms().unwrap_or_default();
        if e.took_none() && first.is_none_or(|f| e.date() < f) {
            baseline_sum.add(symptoms);
        }
        if e.took_magnesium() && in_window(e.date()) {
            recent_sum.add(symptoms);
        }
    }
    let recent_gi_days = diary
        .entries()
        .iter()
        .filter(|e| e.took_magnesium() && e.gi() && in_window(e.date()))
        .count();

    let days_on_magnesium = first.zip(latest).map(|(f, l)| f.days_until(l));
    let judge_from = first.and_then(|f| f.add_days(i64::from(MIN_DAYS_ON_MAGNESIUM)));
    let outcome = outcome(baseline_sum, recent_sum, days_on_magnesium);
    Verdict {
        outcome,
        baseline: baseline_sum.mean(),
        recent: recent_sum.mean(),
        change: change(baseline_sum, recent_sum),
        baseline_sum,
        recent_sum,
        first_magnesium_day: first,
        latest_day: latest,
        // Before year 0 there are no entries: the first rated day starts the window then.
        window_start: latest.and_then(|l| {
            l.add_days(1 - window_days)
                .or(rated(diary).next().map(Entry::date))
        }),
        days_on_magnesium,
        judge_from,
        recent_gi_days,
    }
}

/// baseline − recent = (Sb·nr − Sr·nb) / (nb·nr): the exact numerator and denominator.
fn change_fraction(b: RatingSum, r: RatingSum) -> Option<(i64, i64)> {
    (b.days > 0 && r.days > 0).then(|| {
        let (sb, nb, sr, nr) = (
            i64::from(b.total),
            i64::from(b.days),
            i64::from(r.total),
            i64::from(r.days),
        );
        (sb * nr - sr * nb, nb * nr)
    })
}

fn change(b: RatingSum, r: RatingSum) -> Option<f64> {
    // One rounding, from the exact fraction: a change of exactly 2 is 2.0.
    change_fraction(b, r).map(|(num, den)| num as f64 / den as f64)
}

fn outcome(b: RatingSum, r: RatingSum, days_on_magnesium: Option<i64>) -> Outcome {
    if (b.days as usize) < MIN_BASELINE_DAYS || (r.days as usize) < MIN_RECENT_MAGNESIUM_DAYS {
        return Outcome::NotEnoughData;
    }
    if days_on_magnesium.is_none_or(|d| d < i64::from(MIN_DAYS_ON_MAGNESIUM)) {
        return Outcome::TooEarly;
    }
    let Some((num, den)) = change_fraction(b, r) else {
        return Outcome::NotEnoughData;
    };
    // change ≥ P·baseline/100  ⇔  num/den ≥ P·Sb/(100·nb)  ⇔  100·num ≥ P·Sb·nr.
    let percent_of_baseline = 100 * num
        >= i64::from(HELPS_MIN_PERCENT_OF_BASELINE) * i64::from(b.total) * i64::from(r.days);
    if num >= i64::from(HELPS_MIN_CHANGE_POINTS) * den && percent_of_baseline {
        Outcome::Helps
    } else if num < i64::from(NO_BENEFIT_BELOW_POINTS) * den {
        Outcome::NoBenefit
    } else {
        Outcome::Unclear
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::REASSESS_WEEKS;

    #[test]
    fn six_weeks_is_the_start_of_the_plans_reassessment() {
        assert_eq!(MIN_DAYS_ON_MAGNESIUM, u32::from(REASSESS_WEEKS.0) * 7);
    }

    #[test]
    fn outcome_ids_follow_the_contract() {
        let ids: Vec<_> = [
            Outcome::NotEnoughData,
            Outcome::TooEarly,
            Outcome::Helps,
            Outcome::Unclear,
            Outcome::NoBenefit,
        ]
        .map(Outcome::id)
        .into();
        assert_eq!(
            ids,
            [
                "not-enough-data",
                "too-early",
                "helps",
                "unclear",
                "no-benefit"
            ]
        );
    }

    #[test]
    fn an_empty_diary_has_no_numbers() {
        let v = verdict(&Diary::new());
        assert_eq!(v.outcome, Outcome::NotEnoughData);
        assert_eq!((v.baseline, v.recent, v.change), (None, None, None));
        assert_eq!(
            (v.latest_day, v.window_start, v.judge_from),
            (None, None, None)
        );
        assert_eq!(
            v.decimals(),
            VerdictDecimals {
                baseline: None,
                recent: None,
                change: None
            }
        );
    }
}
