//! The person's lab values beside the ranges the rules use (docs/medical-reference.md §4–§6), one
//! row each, for the report a clinician reads. The findings say what to do; these rows only
//! place each value against its range.

use crate::decimal::typed;
use crate::input::Input;
use crate::iron::{ADULT_FERRITIN_MAX, CHILD_FERRITIN_BELOW, TSAT_BELOW};
use crate::kidney::{egfr_stage, MONITOR_BELOW, STOP_BELOW};
use crate::serum::{SerumLevel, HIGH_ABOVE_MG_DL, HIGH_NORMAL_ABOVE_MG_DL, REFERENCE_MG_DL};

/// Where a value falls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabStatus {
    InRange,
    /// Inside the reference range but above the seed's upper figure (blood magnesium): the rules
    /// suggest no dose there (docs/medical-reference.md §4).
    TopOfRange,
    Low,
    High,
}

impl LabStatus {
    pub fn label(self) -> &'static str {
        match self {
            LabStatus::InRange => "in range",
            LabStatus::TopOfRange => "at the top of the range: no dose suggested",
            LabStatus::Low => "low",
            LabStatus::High => "high",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LabRow {
    /// The URL parameter it came from (`egfr`, `serum`, `ferritin`, `tsat`).
    pub id: &'static str,
    pub name: &'static str,
    /// As entered, with its unit.
    pub value: String,
    /// The number as entered (for `data-value`).
    pub number: f64,
    /// The range the app compares it with, in words.
    pub range: String,
    pub status: LabStatus,
}

pub fn lab_rows(input: &Input) -> Vec<LabRow> {
    let mut rows = Vec::new();
    if let Some(e) = input.egfr {
        rows.push(LabRow {
            id: "egfr",
            name: "eGFR (kidney function)",
            value: format!("{} mL/min/1.73 m² (stage {})", typed(e), egfr_stage(e)),
            number: e,
            range: format!(
                "{} or more: no extra checks; {}–{}: blood magnesium checks; below {}: no self-dosing",
                typed(MONITOR_BELOW),
                typed(STOP_BELOW),
                typed(MONITOR_BELOW - 1.0),
                typed(STOP_BELOW)
            ),
            status: if e < MONITOR_BELOW {
                LabStatus::Low
            } else {
                LabStatus::InRange
            },
        });
    }
    if let Some(s) = input.serum {
        let (lo, hi) = REFERENCE_MG_DL;
        rows.push(LabRow {
            id: "serum",
            name: "Blood (serum) magnesium",
            value: s.describe(),
            number: s.value,
            range: format!(
                "reference {}–{} mg/dL; above {} mg/dL: no dose suggested; above {} mg/dL: too high",
                typed(lo),
                typed(hi),
                typed(HIGH_NORMAL_ABOVE_MG_DL),
                typed(HIGH_ABOVE_MG_DL)
            ),
            // The same levels the serum rule uses, so the table never contradicts its finding.
            status: match s.level() {
                SerumLevel::Low => LabStatus::Low,
                SerumLevel::InRange => LabStatus::InRange,
                SerumLevel::TopOfRange => LabStatus::TopOfRange,
                SerumLevel::AboveRange | SerumLevel::High => LabStatus::High,
            },
        });
    }
    if let Some(f) = input.ferritin {
        let adult = input.person.is_adult();
        let (low, range) = if adult {
            (
                f <= ADULT_FERRITIN_MAX,
                format!(
                    "iron treatment worth asking about at {} ng/mL or below (adults with RLS)",
                    typed(ADULT_FERRITIN_MAX)
                ),
            )
        } else {
            (
                f < CHILD_FERRITIN_BELOW,
                format!(
                    "iron treatment worth asking about below {} ng/mL (children)",
                    typed(CHILD_FERRITIN_BELOW)
                ),
            )
        };
        rows.push(LabRow {
            id: "ferritin",
            name: "Ferritin (iron stores)",
            value: format!("{} ng/mL", typed(f)),
            number: f,
            range,
            status: if low {
                LabStatus::Low
            } else {
                LabStatus::InRange
            },
        });
    }
    if let Some(t) = input.tsat {
        rows.push(LabRow {
            id: "tsat",
            name: "Transferrin saturation",
            value: format!("{} %", typed(t)),
            number: t,
            range: format!(
                "iron treatment worth asking about below {} %",
                typed(TSAT_BELOW)
            ),
            status: if t < TSAT_BELOW {
                LabStatus::Low
            } else {
                LabStatus::InRange
            },
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{validate, RawInput};

    #[test]
    fn each_value_against_its_range() {
        let (input, _) = validate(&RawInput {
            age: Some("62"),
            egfr: Some("45"),
            serum: Some("2.4"),
            ferritin: Some("40"),
            tsat: Some("25"),
            ..Default::default()
        });
        let rows = lab_rows(&input);
        let got: Vec<_> = rows.iter().map(|r| (r.id, r.status)).collect();
        assert_eq!(
            got,
            [
                ("egfr", LabStatus::Low),
                ("serum", LabStatus::High),
                ("ferritin", LabStatus::Low),
                ("tsat", LabStatus::InRange)
            ]
        );
        assert_eq!(rows[0].value, "45 mL/min/1.73 m² (stage G3a)");
        assert!(rows[0].range.contains("30–59"), "{}", rows[0].range);
        assert!(rows[1].range.contains("1.8–2.3 mg/dL"));
        assert!(lab_rows(&validate(&RawInput::default()).0).is_empty());
    }

    #[test]
    fn serum_rows_agree_with_the_serum_rule_at_each_cut_off() {
        for (serum, status) in [
            ("1.79", LabStatus::Low),
            ("1.8", LabStatus::InRange),
            ("2.2", LabStatus::InRange),
            ("2.201", LabStatus::TopOfRange),
            ("2.25", LabStatus::TopOfRange),
            ("2.3", LabStatus::TopOfRange),
            ("2.301", LabStatus::High),
        ] {
            let input = validate(&RawInput {
                serum: Some(serum),
                ..Default::default()
            })
            .0;
            assert_eq!(lab_rows(&input)[0].status, status, "{serum}");
        }
    }
}
