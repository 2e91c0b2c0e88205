//! Blood (serum) magnesium: units, the reference range and the rules on it.

use crate::decimal::{trimmed, typed};
use crate::finding::{Finding, RuleId};

/// mg/dL in one mmol/L (molar mass of magnesium / 10).
pub const MG_DL_PER_MMOL_L: f64 = 2.4305;
/// mEq/L in one mmol/L (magnesium is divalent).
pub const MEQ_L_PER_MMOL_L: f64 = 2.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SerumUnit {
    #[default]
    MgDl,
    MmolL,
    MeqL,
}

impl SerumUnit {
    pub const ALL: [SerumUnit; 3] = [SerumUnit::MgDl, SerumUnit::MmolL, SerumUnit::MeqL];
    pub const fn id(self) -> &'static str {
        match self {
            SerumUnit::MgDl => "mg_dl",
            SerumUnit::MmolL => "mmol_l",
            SerumUnit::MeqL => "meq_l",
        }
    }
    pub const fn label(self) -> &'static str {
        match self {
            SerumUnit::MgDl => "mg/dL",
            SerumUnit::MmolL => "mmol/L",
            SerumUnit::MeqL => "mEq/L",
        }
    }
    pub fn parse(s: &str) -> Option<SerumUnit> {
        SerumUnit::ALL.into_iter().find(|u| u.id() == s)
    }
    /// How many of this unit make one mmol/L.
    const fn per_mmol_l(self) -> f64 {
        match self {
            SerumUnit::MgDl => MG_DL_PER_MMOL_L,
            SerumUnit::MmolL => 1.0,
            SerumUnit::MeqL => MEQ_L_PER_MMOL_L,
        }
    }
    /// The largest plausible value in this unit (≈ 10 mmol/L, far beyond any survivable level).
    pub fn max_plausible(self) -> f64 {
        10.0 * self.per_mmol_l()
    }
}

pub fn convert(value: f64, from: SerumUnit, to: SerumUnit) -> f64 {
    value / from.per_mmol_l() * to.per_mmol_l()
}

/// Reference range 1.8–2.3 mg/dL (0.75–0.95 mmol/L, IOM 1997); the seed gives 1.7–2.2 mg/dL.
pub const REFERENCE_MG_DL: (f64, f64) = (1.8, 2.3);
pub const SEED_RANGE_MG_DL: (f64, f64) = (1.7, 2.2);
/// Below this: deficiency possible.
pub const LOW_BELOW_MG_DL: f64 = 1.8;
/// Above this (up to `HIGH_ABOVE_MG_DL`): do not raise the dose (top of the seed's range).
pub const HIGH_NORMAL_ABOVE_MG_DL: f64 = 2.2;
/// Above this: hypermagnesaemia (seed).
pub const HIGH_ABOVE_MG_DL: f64 = 2.5;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Serum {
    pub value: f64,
    pub unit: SerumUnit,
}

impl Serum {
    pub fn mg_dl(&self) -> f64 {
        convert(self.value, self.unit, SerumUnit::MgDl)
    }
    /// The value as typed, and in another unit its mg/dL to the 0.001 the rules compare at, so
    /// the figure shown never seems to contradict a cut-off (0.74 mmol/L = 1.799 mg/dL, below 1.8).
    pub fn describe(&self) -> String {
        match self.unit {
            SerumUnit::MgDl => format!("{} mg/dL", typed(self.value)),
            u => format!(
                "{} {} (= {} mg/dL)",
                typed(self.value),
                u.label(),
                trimmed(self.mg_dl(), 3)
            ),
        }
    }
}

/// Compares after rounding to 0.001 mg/dL, so a value typed in another unit right at a boundary
/// (e.g. 0.75 mmol/L) is not pushed across it by floating-point noise.
fn milli(x: f64) -> i64 {
    (x * 1000.0).round() as i64
}

pub fn serum_findings(serum: Option<Serum>) -> Option<Finding> {
    let s = serum?;
    let v = milli(s.mg_dl());
    let level = s.describe();
    if v > milli(HIGH_ABOVE_MG_DL) {
        Some(Finding::new(
            RuleId::SerumHigh,
            format!("Your blood magnesium of {level} is above 2.5 mg/dL, the level the seed article calls too high (hypermagnesaemia)."),
            "Do not take magnesium. Contact a clinician soon, today if you have weakness, low blood pressure, nausea, flushing, drowsiness or an irregular heartbeat.",
        ))
    } else if v > milli(HIGH_NORMAL_ABOVE_MG_DL) {
        Some(Finding::new(
            RuleId::SerumHighNormal,
            format!("Your blood magnesium of {level} is at the top of the normal range (above 2.2 mg/dL)."),
            "Do not raise your dose. Ask your clinician whether to recheck it before you go on.",
        ))
    } else if v < milli(LOW_BELOW_MG_DL) {
        Some(Finding::new(
            RuleId::SerumLow,
            format!("Your blood magnesium of {level} is below the usual range (under 1.8 mg/dL = 0.75 mmol/L), so you may be low in magnesium."),
            "See a clinician: low magnesium has causes worth finding, and they may treat it differently.",
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SerumUnit::*;

    fn rule(value: f64, unit: SerumUnit) -> Option<String> {
        serum_findings(Some(Serum { value, unit })).map(|f| f.rule.id())
    }

    #[test]
    fn conversions_match_facts() {
        assert!((convert(1.0, MmolL, MgDl) - 2.4305).abs() < 1e-12);
        assert!((convert(1.0, MmolL, MeqL) - 2.0).abs() < 1e-12);
        assert!((convert(1.0, MgDl, MmolL) - 0.4114).abs() < 1e-4);
        assert!((convert(0.75, MmolL, MgDl) - 1.8229).abs() < 1e-4);
    }

    #[test]
    fn thresholds_on_both_sides_in_every_unit() {
        assert_eq!(rule(1.79, MgDl).as_deref(), Some("serum-low"));
        assert_eq!(rule(1.8, MgDl), None);
        assert_eq!(rule(2.2, MgDl), None);
        assert_eq!(rule(2.21, MgDl).as_deref(), Some("serum-high-normal"));
        assert_eq!(rule(2.5, MgDl).as_deref(), Some("serum-high-normal"));
        assert_eq!(rule(2.51, MgDl).as_deref(), Some("serum-high"));
        assert_eq!(rule(0.74, MmolL).as_deref(), Some("serum-low"));
        assert_eq!(rule(0.75, MmolL), None);
        assert_eq!(rule(1.1, MmolL).as_deref(), Some("serum-high"));
        assert_eq!(rule(1.5, MeqL), None);
        assert_eq!(rule(1.4, MeqL).as_deref(), Some("serum-low"));
        assert_eq!(rule(2.2, MeqL).as_deref(), Some("serum-high"));
        assert_eq!(rule(1.9, MeqL).as_deref(), Some("serum-high-normal"));
    }
}
