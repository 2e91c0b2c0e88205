//! Where a date falls in a planned trial: the optional baseline without magnesium, then the
//! plan's start-low week(s), then the full dose. The trial view uses it to prefill the
//! magnesium taken (0 on baseline days) and to place the review dates.

use super::date::Date;
use crate::plan::{Plan, REASSESS_WEEKS, START_WEEKS};

/// Suggested days of ratings without magnesium before the first dose (optional: 0 skips it).
/// A week covers every weekday once and gives the verdict's minimum baseline with room for
/// missed days.
pub const SUGGESTED_BASELINE_DAYS: u32 = 7;
/// The most days without magnesium a trial may plan (four weeks): a diary file asking for more
/// is not one this app wrote, and its settings are refused rather than shown.
pub const BASELINE_DAYS_MAX: u32 = 28;
/// Days at the plan's lower starting dose (its start-low weeks).
pub const START_LOW_DAYS: u32 = START_WEEKS as u32 * 7;

/// A trial as planned: it starts on `start` with `baseline_days` without magnesium.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrialPlan {
    pub start: Date,
    pub baseline_days: u32,
    /// Elemental mg/day during the start-low days.
    pub start_low_mg: f64,
    /// Elemental mg/day from then on.
    pub full_mg: f64,
}

/// The phase of one date; `day` counts from 1 within the phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    BeforeStart,
    Baseline { day: u32 },
    StartLow { day: u32 },
    FullDose { day: u32 },
}

impl Phase {
    pub fn id(self) -> &'static str {
        match self {
            Phase::BeforeStart => "before-start",
            Phase::Baseline { .. } => "baseline",
            Phase::StartLow { .. } => "start-low",
            Phase::FullDose { .. } => "full-dose",
        }
    }
}

impl TrialPlan {
    /// The trial for a dose plan: its first step is the start-low dose (the full dose when the
    /// plan does not start lower).
    pub fn from_plan(start: Date, baseline_days: u32, plan: &Plan) -> TrialPlan {
        TrialPlan {
            start,
            baseline_days,
            start_low_mg: plan.titration.first().map_or(plan.daily_mg, |s| s.mg),
            full_mg: plan.daily_mg,
        }
    }

    /// The planned first day with magnesium (`None` beyond year 9999).
    pub fn first_magnesium_day(&self) -> Option<Date> {
        self.start.add_days(i64::from(self.baseline_days))
    }

    pub fn phase_on(&self, date: Date) -> Phase {
        let since_start = self.start.days_until(date);
        if since_start < 0 {
            return Phase::BeforeStart;
        }
        let baseline = i64::from(self.baseline_days);
        let start_low = i64::from(START_LOW_DAYS);
        // Day numbers fit in u32: dates span fewer than 4 million days.
        let day = |offset: i64| (since_start - offset + 1) as u32;
        if since_start < baseline {
            Phase::Baseline { day: day(0) }
        } else if since_start < baseline + start_low {
            Phase::StartLow { day: day(baseline) }
        } else {
            Phase::FullDose {
                day: day(baseline + start_low),
            }
        }
    }

    /// The elemental mg to prefill for `date`: 0 on baseline days, the start-low dose in the
    /// start-low days, then the full dose; `None` before the trial starts.
    pub fn suggested_mg(&self, date: Date) -> Option<f64> {
        match self.phase_on(date) {
            Phase::BeforeStart => None,
            Phase::Baseline { .. } => Some(0.0),
            Phase::StartLow { .. } => Some(self.start_low_mg),
            Phase::FullDose { .. } => Some(self.full_mg),
        }
    }

    /// The plan's review dates: `REASSESS_WEEKS` (6 and 8) weeks after the first magnesium day.
    pub fn review_days(&self) -> Option<(Date, Date)> {
        let first = self.first_magnesium_day()?;
        let after = |weeks: u8| first.add_days(i64::from(weeks) * 7);
        Some((after(REASSESS_WEEKS.0)?, after(REASSESS_WEEKS.1)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::DEFAULT_TARGET_MG;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn default_trial(baseline_days: u32) -> TrialPlan {
        let plan = crate::plan::plan(None, None, None).unwrap();
        assert_eq!(plan.daily_mg, DEFAULT_TARGET_MG);
        TrialPlan::from_plan(d("2026-12-01"), baseline_days, &plan)
    }

    #[test]
    fn baseline_week_then_start_low_week_then_full_dose() {
        let t = default_trial(SUGGESTED_BASELINE_DAYS);
        assert_eq!((t.start_low_mg, t.full_mg), (100.0, 200.0));
        let cases = [
            ("2026-11-30", Phase::BeforeStart, None),
            ("2026-12-01", Phase::Baseline { day: 1 }, Some(0.0)),
            ("2026-12-07", Phase::Baseline { day: 7 }, Some(0.0)),
            ("2026-12-08", Phase::StartLow { day: 1 }, Some(100.0)),
            ("2026-12-14", Phase::StartLow { day: 7 }, Some(100.0)),
            ("2026-12-15", Phase::FullDose { day: 1 }, Some(200.0)),
            ("2027-02-01", Phase::FullDose { day: 49 }, Some(200.0)),
        ];
        for (date, phase, mg) in cases {
            assert_eq!(t.phase_on(d(date)), phase, "{date}");
            assert_eq!(t.suggested_mg(d(date)), mg, "{date}");
        }
        assert_eq!(t.first_magnesium_day(), Some(d("2026-12-08")));
        assert_eq!(t.review_days(), Some((d("2027-01-19"), d("2027-02-02"))));
        assert_eq!(Phase::StartLow { day: 3 }.id(), "start-low");
    }

    #[test]
    fn the_baseline_is_optional() {
        let t = default_trial(0);
        assert_eq!(t.phase_on(d("2026-12-01")), Phase::StartLow { day: 1 });
        assert_eq!(t.suggested_mg(d("2026-12-01")), Some(100.0));
        assert_eq!(t.first_magnesium_day(), Some(d("2026-12-01")));
    }

    #[test]
    fn a_plan_that_does_not_start_lower_gives_the_full_dose_from_day_one() {
        let plan = crate::plan::plan(Some(100.0), None, None).unwrap();
        let t = TrialPlan::from_plan(d("2026-12-01"), 7, &plan);
        assert_eq!(t.suggested_mg(d("2026-12-08")), Some(100.0));
        assert_eq!(t.suggested_mg(d("2026-12-20")), Some(100.0));
    }

    #[test]
    fn far_dates_do_not_panic() {
        let t = TrialPlan {
            start: d("9999-12-01"),
            baseline_days: u32::MAX,
            start_low_mg: 1.0,
            full_mg: 2.0,
        };
        assert_eq!(t.first_magnesium_day(), None);
        assert_eq!(t.review_days(), None);
        assert_eq!(t.phase_on(d("9999-12-31")), Phase::Baseline { day: 31 });
        assert_eq!(t.phase_on(d("0000-01-01")), Phase::BeforeStart);
    }
}
