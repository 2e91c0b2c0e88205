//! Kidney function: eGFR stages (KDIGO 2012) and the rules on self-dosing magnesium.

use crate::decimal::{push_typed, typed};
use crate::finding::{Finding, RuleId};

/// Known kidney disease, as the person answers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Ckd {
    Yes,
    No,
    #[default]
    Unknown,
}

impl Ckd {
    pub const ALL: [Ckd; 3] = [Ckd::Yes, Ckd::No, Ckd::Unknown];
    pub const fn id(self) -> &'static str {
        match self {
            Ckd::Yes => "yes",
            Ckd::No => "no",
            Ckd::Unknown => "unknown",
        }
    }
    pub fn parse(s: &str) -> Option<Ckd> {
        Ckd::ALL.into_iter().find(|c| c.id() == s)
    }
}

/// Below this eGFR (mL/min/1.73 m²) no self-dosing (UK label contraindication).
pub const STOP_BELOW: f64 = 30.0;
/// Below this, monitoring is needed (seed; KDIGO G3a starts here).
pub const MONITOR_BELOW: f64 = 60.0;
/// Highest eGFR accepted as input.
pub const MAX_EGFR: f64 = 250.0;

/// KDIGO GFR categories: (label, lowest eGFR in the category, description).
pub const EGFR_STAGES: &[(&str, f64, &str)] = &[
    ("G1", 90.0, "normal or high"),
    ("G2", 60.0, "mildly decreased"),
    ("G3a", 45.0, "mildly to moderately decreased"),
    ("G3b", 30.0, "moderately to severely decreased"),
    ("G4", 15.0, "severely decreased"),
    ("G5", 0.0, "kidney failure"),
];

pub fn egfr_stage(egfr: f64) -> &'static str {
    EGFR_STAGES
        .iter()
        .find(|(_, lo, _)| egfr >= *lo)
        .map_or("G5", |(label, _, _)| label)
}

/// How often blood magnesium is checked while monitoring (seed), in months.
pub const RECHECK_MONTHS: (u8, u8) = (3, 6);

/// What to do below `MONITOR_BELOW` (with `RECHECK_MONTHS`; a test checks the figures).
const MONITOR_ACTION: &str =
    "Only take magnesium with your clinician's agreement, and have your blood magnesium checked every 3–6 months.";

pub fn kidney_finding(egfr: Option<f64>, ckd: Ckd) -> Option<Finding> {
    // Written only when a finding needs them: this runs on every evaluation.
    let (stop, monitor) = (|| typed(STOP_BELOW), || typed(MONITOR_BELOW));
    let (every_lo, every_hi) = RECHECK_MONTHS;
    let checks = || format!("have your blood magnesium checked every {every_lo}–{every_hi} months");
    match egfr {
        Some(e) if e < STOP_BELOW => Some(Finding::new(
            RuleId::KidneyStop,
            format!("An eGFR of {} mL/min/1.73 m² (stage {}) means your kidneys cannot clear extra magnesium safely.", typed(e), egfr_stage(e)),
            format!("Do not take magnesium supplements on your own. Ask your kidney doctor; a UK product label rules out oral magnesium below an eGFR of {}.", stop()),
        )),
        Some(e) if e < MONITOR_BELOW => {
            // Piece by piece into one string; the action is fixed text (checked by a test).
            let mut message = String::with_capacity(96);
            message.push_str("An eGFR of ");
            push_typed(&mut message, e);
            for part in [" mL/min/1.73 m² (stage ", egfr_stage(e), ") is below "] {
                message.push_str(part);
            }
            push_typed(&mut message, MONITOR_BELOW);
            message.push_str(", so magnesium can build up.");
            Some(Finding::new(
                RuleId::KidneyMonitor,
                message,
                MONITOR_ACTION,
            ))
        }
        // Known kidney disease is reason enough to monitor, whatever the last eGFR was.
        Some(e) if ckd == Ckd::Yes => Some(Finding::new(
            RuleId::KidneyMonitor,
            format!("You have kidney disease. Your eGFR of {} mL/min/1.73 m² (stage {}) is not below {} now, but kidney function can change.", typed(e), egfr_stage(e), monitor()),
            format!("Take magnesium only with your clinician's agreement, and {}, with your eGFR.", checks()),
        )),
        None if ckd == Ckd::Yes => Some(Finding::new(
            RuleId::KidneyMonitor,
            "You have kidney disease and no eGFR was entered.",
            format!("Ask your clinician for your eGFR before starting: below {} magnesium must not be self-dosed, and with kidney disease you should {}.", stop(), checks()),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(egfr: Option<f64>, ckd: Ckd) -> Option<String> {
        kidney_finding(egfr, ckd).map(|f| f.rule.id())
    }

    #[test]
    fn the_fixed_action_states_the_recheck_months() {
        let (lo, hi) = RECHECK_MONTHS;
        assert_eq!(
            MONITOR_ACTION,
            format!("Only take magnesium with your clinician's agreement, and have your blood magnesium checked every {lo}–{hi} months.")
        );
        let f = kidney_finding(Some(55.0), Ckd::No).unwrap();
        assert_eq!(
            f.message,
            "An eGFR of 55 mL/min/1.73 m² (stage G3a) is below 60, so magnesium can build up."
        );
        assert_eq!(f.action, MONITOR_ACTION);
    }

    #[test]
    fn boundaries() {
        assert_eq!(rule(Some(29.9), Ckd::No).as_deref(), Some("kidney-stop"));
        assert_eq!(rule(Some(30.0), Ckd::No).as_deref(), Some("kidney-monitor"));
        assert_eq!(
            rule(Some(59.9), Ckd::Yes).as_deref(),
            Some("kidney-monitor")
        );
        // Known kidney disease always monitors (docs/medical-reference.md §5).
        assert_eq!(
            rule(Some(60.0), Ckd::Yes).as_deref(),
            Some("kidney-monitor")
        );
        assert_eq!(
            rule(Some(75.0), Ckd::Yes).as_deref(),
            Some("kidney-monitor")
        );
        assert_eq!(rule(Some(60.0), Ckd::No), None);
        assert_eq!(rule(Some(60.0), Ckd::Unknown), None);
        assert_eq!(rule(None, Ckd::Yes).as_deref(), Some("kidney-monitor"));
        assert_eq!(rule(None, Ckd::Unknown), None);
    }

    #[test]
    fn stages() {
        let cases = [
            (120.0, "G1"),
            (90.0, "G1"),
            (89.0, "G2"),
            (60.0, "G2"),
            (59.0, "G3a"),
            (45.0, "G3a"),
            (44.0, "G3b"),
            (30.0, "G3b"),
            (29.0, "G4"),
            (15.0, "G4"),
            (14.0, "G5"),
            (1.0, "G5"),
        ];
        for (e, s) in cases {
            assert_eq!(egfr_stage(e), s, "{e}");
        }
    }
}
