//! Calendar reminders beyond the daily doses: when to review the trial, and regular blood tests
//! when a finding asks for monitoring (docs/medical-reference.md §5 and §8). The calendar file
//! only lays these out; what they say and when they come is decided here.

use crate::finding::{Finding, RuleId};
use crate::plan::REASSESS_WEEKS;

/// Blood magnesium checks every 3–6 months with reduced kidney function
/// (docs/medical-reference.md §5): the reminder uses the shorter interval.
pub const BLOOD_TEST_EVERY_MONTHS: u32 = 3;

/// One reminder on one day, a whole number of days after the calendar's first day.
#[derive(Clone, Debug, PartialEq)]
pub struct Reminder {
    pub days_after_start: u32,
    pub title: String,
    pub description: String,
}

/// "Review your trial" at each end of the reassessment window (weeks 6 and 8 on magnesium).
pub fn review_reminders() -> [Reminder; 2] {
    let (early, late) = REASSESS_WEEKS;
    [
        Reminder {
            days_after_start: u32::from(early) * 7,
            title: format!("Review your trial (week {early})"),
            description: format!(
                "{early} weeks on magnesium. Open the Trial screen, make sure your recent mornings are \
                 rated, and read what the comparison with your baseline says. Keep going to week \
                 {late} if it is not clear yet."
            ),
        },
        Reminder {
            days_after_start: u32::from(late) * 7,
            title: format!("Review your trial (week {late})"),
            description: format!(
                "{late} weeks on magnesium: time to decide. If your ratings have not clearly \
                 improved, stop and talk to a clinician about iron and other treatments. Print the \
                 Report screen to take along."
            ),
        },
    ]
}

/// Whether a rule asks for repeated blood tests while magnesium is taken: reduced kidney function
/// (magnesium can build up) and a blood magnesium at the top of the normal range (recheck).
pub fn asks_for_blood_tests(rule: RuleId) -> bool {
    matches!(rule, RuleId::KidneyMonitor | RuleId::SerumHighNormal)
}

/// A blood test repeated every few months, and the findings that ask for it.
#[derive(Clone, Debug, PartialEq)]
pub struct BloodTestReminder {
    pub every_months: u32,
    pub title: String,
    pub description: String,
    pub because_of: Vec<RuleId>,
}

/// The repeated blood-test reminder, when any finding asks for monitoring.
pub fn blood_test_reminder(findings: &[Finding]) -> Option<BloodTestReminder> {
    let because_of: Vec<RuleId> = findings
        .iter()
        .map(|f| f.rule)
        .filter(|r| asks_for_blood_tests(*r))
        .collect();
    if because_of.is_empty() {
        return None;
    }
    let kidney = because_of.contains(&RuleId::KidneyMonitor);
    let reason = if kidney {
        "your kidney function"
    } else {
        "your last blood magnesium result"
    };
    Some(BloodTestReminder {
        every_months: BLOOD_TEST_EVERY_MONTHS,
        title: "Blood test: magnesium level".into(),
        description: format!(
            "Because of {reason}, have your blood magnesium{} checked every {BLOOD_TEST_EVERY_MONTHS} \
             months while you take magnesium. Ask your clinician to arrange it.",
            if kidney { " and kidney function" } else { "" }
        ),
        because_of,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, validate, RawInput};

    fn findings(raw: RawInput) -> Vec<Finding> {
        evaluate(&validate(&raw).0).findings
    }

    #[test]
    fn reviews_at_week_6_and_8() {
        let [a, b] = review_reminders();
        assert_eq!((a.days_after_start, b.days_after_start), (42, 56));
        assert!(a.title.contains("week 6") && b.title.contains("week 8"));
        assert!(b.description.contains("iron"));
    }

    #[test]
    fn kidney_monitoring_asks_for_blood_tests_every_3_months() {
        let base = RawInput {
            age: Some("50"),
            sex: Some("female"),
            target: Some("300"),
            ..Default::default()
        };
        let r = blood_test_reminder(&findings(RawInput {
            egfr: Some("45"),
            ..base
        }))
        .expect("eGFR 45 asks for monitoring");
        assert_eq!(r.every_months, 3);
        assert_eq!(r.because_of, vec![RuleId::KidneyMonitor]);
        assert!(r.description.contains("kidney function"));
        assert!(blood_test_reminder(&findings(RawInput {
            ckd: Some("yes"),
            ..base
        }))
        .is_some());
        let serum = blood_test_reminder(&findings(RawInput {
            serum: Some("2.4"),
            ..base
        }))
        .expect("serum at the top of the range: recheck");
        assert_eq!(serum.because_of, vec![RuleId::SerumHighNormal]);
        for quiet in [Some("75"), Some("60"), None] {
            assert_eq!(
                blood_test_reminder(&findings(RawInput {
                    egfr: quiet,
                    ..base
                })),
                None,
                "{quiet:?}"
            );
        }
    }
}
