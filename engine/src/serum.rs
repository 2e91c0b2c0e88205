//! Blood (serum) magnesium: units, the reference range and the rules on it.

use crate::decimal::{push_trimmed, push_typed, trimmed};
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
    /// The reference range as the source states it in this unit.
    pub const fn reference_range(self) -> (f64, f64) {
        match self {
            SerumUnit::MgDl => REFERENCE_MG_DL,
            SerumUnit::MmolL => REFERENCE_MMOL_L,
            SerumUnit::MeqL => REFERENCE_MEQ_L,
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

/// Reference range 1.8–2.3 mg/dL (0.75–0.95 mmol/L, 1.5–1.9 mEq/L, IOM 1997); the seed gives
/// 1.7–2.2 mg/dL. The rules compare in mg/dL; the range shown beside a value is the one stated in
/// the unit the person typed (`SerumUnit::reference_range`).
pub const REFERENCE_MG_DL: (f64, f64) = (1.8, 2.3);
/// The same reference range as the source states it in mmol/L and mEq/L (not a conversion of the
/// mg/dL figures: 1.8 mg/dL is 0.741 mmol/L).
pub const REFERENCE_MMOL_L: (f64, f64) = (0.75, 0.95);
pub const REFERENCE_MEQ_L: (f64, f64) = (1.5, 1.9);
pub const SEED_RANGE_MG_DL: (f64, f64) = (1.7, 2.2);
/// Below this: deficiency possible.
pub const LOW_BELOW_MG_DL: f64 = REFERENCE_MG_DL.0;
/// Above this (up to `HIGH_ABOVE_MG_DL`): no new or higher dose (the top of the seed's range).
pub const HIGH_NORMAL_ABOVE_MG_DL: f64 = SEED_RANGE_MG_DL.1;
/// Above this: hypermagnesaemia (seed).
pub const HIGH_ABOVE_MG_DL: f64 = 2.5;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Serum {
    pub value: f64,
    pub unit: SerumUnit,
}

/// Where a blood level sits against the reference range and the rules' cut-offs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SerumLevel {
    Low,
    InRange,
    /// Above 2.2 up to 2.3 mg/dL: inside the reference range, at its top.
    TopOfRange,
    /// Above 2.3 up to 2.5 mg/dL: above the reference range, not yet the seed's "too high".
    AboveRange,
    High,
}

/// mg/dL in the unit the person typed, to 0.001 (the precision the rules compare at).
fn in_unit(mg_dl: f64, unit: SerumUnit) -> String {
    trimmed(convert(mg_dl, SerumUnit::MgDl, unit), 3)
}

/// A mg/dL figure with its mmol/L equivalent, exact to 0.001: "1.8 mg/dL (0.741 mmol/L)".
fn mg_dl_with_mmol(mg_dl: f64) -> String {
    format!(
        "{} mg/dL ({} mmol/L)",
        trimmed(mg_dl, 3),
        in_unit(mg_dl, SerumUnit::MmolL)
    )
}

/// The reference range in `unit`, as the source states it: "0.75–0.95 mmol/L". Fixed text
/// (a test checks it against `REFERENCE_*`), so no evaluation writes it again.
pub const fn reference_range_text(unit: SerumUnit) -> &'static str {
    match unit {
        SerumUnit::MgDl => "1.8–2.3 mg/dL",
        SerumUnit::MmolL => "0.75–0.95 mmol/L",
        SerumUnit::MeqL => "1.5–1.9 mEq/L",
    }
}

impl Serum {
    pub fn mg_dl(&self) -> f64 {
        convert(self.value, self.unit, SerumUnit::MgDl)
    }
    /// The value as typed, and in another unit its mg/dL to the 0.001 the rules compare at, so
    /// the figure shown never seems to contradict a cut-off (0.74 mmol/L = 1.799 mg/dL, below 1.8).
    pub fn describe(&self) -> String {
        let mut out = String::with_capacity(32);
        self.push_description(&mut out);
        out
    }
    /// Appends `describe()` to `out`.
    fn push_description(&self, out: &mut String) {
        push_typed(out, self.value);
        out.push(' ');
        out.push_str(self.unit.label());
        if self.unit != SerumUnit::MgDl {
            out.push_str(" (= ");
            push_trimmed(out, self.mg_dl(), 3);
            out.push_str(" mg/dL)");
        }
    }
    pub fn level(&self) -> SerumLevel {
        let v = milli(self.mg_dl());
        if v > milli(HIGH_ABOVE_MG_DL) {
            SerumLevel::High
        } else if v > milli(REFERENCE_MG_DL.1) {
            SerumLevel::AboveRange
        } else if v > milli(HIGH_NORMAL_ABOVE_MG_DL) {
            SerumLevel::TopOfRange
        } else if v < milli(LOW_BELOW_MG_DL) {
            SerumLevel::Low
        } else {
            SerumLevel::InRange
        }
    }
    /// Where the value sits against the reference range stated in its own unit (0.95 mmol/L is
    /// inside 0.75–0.95 mmol/L), with "at the top" for a value inside it that the high-normal
    /// rule (in mg/dL) catches. `High` only from the mg/dL rule.
    pub fn place(&self) -> SerumLevel {
        let (lo, hi) = self.unit.reference_range();
        let v = milli(self.value);
        match self.level() {
            SerumLevel::High => SerumLevel::High,
            _ if v < milli(lo) => SerumLevel::Low,
            _ if v > milli(hi) => SerumLevel::AboveRange,
            SerumLevel::TopOfRange | SerumLevel::AboveRange => SerumLevel::TopOfRange,
            SerumLevel::Low | SerumLevel::InRange => SerumLevel::InRange,
        }
    }
    /// "below", "within", "at the top of", "above" (the reference range).
    fn place_words(&self) -> &'static str {
        match self.place() {
            SerumLevel::Low => "below",
            SerumLevel::InRange => "within",
            SerumLevel::TopOfRange => "at the top of",
            SerumLevel::AboveRange | SerumLevel::High => "above",
        }
    }
    /// The entered value against the reference range in its own unit, for showing beside the
    /// field: "0.95 mmol/L (= 2.309 mg/dL): at the top of the reference range 0.75–0.95 mmol/L".
    pub fn against_range(&self) -> String {
        // Piece by piece into one string: this runs on every evaluation with a blood level.
        let mut out = String::with_capacity(112);
        self.push_description(&mut out);
        for part in [
            ": ",
            self.place_words(),
            " the reference range ",
            reference_range_text(self.unit),
            " (labs vary a little).",
        ] {
            out.push_str(part);
        }
        out
    }
}

/// Compares after rounding to 0.001 mg/dL, so a value typed in another unit right at a boundary
/// (e.g. 0.75 mmol/L) is not pushed across it by floating-point noise.
fn milli(x: f64) -> i64 {
    (x * 1000.0).round() as i64
}

/// Whether the level rules out a new or higher dose: a typed one is kept with the caution, but
/// the app suggests none (docs/medical-reference.md §4).
pub fn blocks_suggestion(serum: Option<Serum>) -> bool {
    serum.is_some_and(|s| matches!(s.level(), SerumLevel::TopOfRange | SerumLevel::AboveRange))
}

/// The rules on the blood level. `typed_dose`: the daily dose the person typed, which beside a
/// high-normal level is the dose they already take (docs/medical-reference.md §4).
pub fn serum_findings(serum: Option<Serum>, typed_dose: Option<f64>) -> Option<Finding> {
    let s = serum?;
    // A level within the range says nothing: no sentence is written for it.
    let level = match s.level() {
        SerumLevel::InRange => return None,
        _ => s.describe(),
    };
    let range = reference_range_text(s.unit);
    let place = s.place_words();
    let high_normal = |where_: String| {
        Finding::new(
            RuleId::SerumHighNormal,
            format!("Your blood magnesium of {level} is {where_}. It is above {}, where the seed article's normal range ends.", mg_dl_with_mmol(HIGH_NORMAL_ABOVE_MG_DL)),
            match typed_dose {
                None => "Do not start magnesium or raise your dose, so no dose is suggested. Ask your clinician to recheck it before you go on.".to_owned(),
                Some(t) => format!(
                    "Keep the {} mg a day you entered only if your clinician agrees, do not raise it, and have the level rechecked.",
                    crate::decimal::amount(t)
                ),
            },
        )
    };
    match s.level() {
        SerumLevel::High => Some(Finding::new(
            RuleId::SerumHigh,
            format!("Your blood magnesium of {level} is above {}, the level the seed article calls too high (hypermagnesaemia).", mg_dl_with_mmol(HIGH_ABOVE_MG_DL)),
            "Do not take magnesium. Contact a clinician soon, today if you have weakness, low blood pressure, nausea, flushing, drowsiness or an irregular heartbeat.",
        )),
        SerumLevel::AboveRange | SerumLevel::TopOfRange => {
            Some(high_normal(format!("{place} the reference range {range}")))
        }
        SerumLevel::Low => Some(Finding::new(
            RuleId::SerumLow,
            format!("Your blood magnesium of {level} is below the reference range {range}, so you may be low in magnesium."),
            "See a clinician: low magnesium has causes worth finding, and they may treat it differently.",
        )),
        SerumLevel::InRange => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SerumUnit::*;

    fn rule(value: f64, unit: SerumUnit) -> Option<String> {
        serum_findings(Some(Serum { value, unit }), None).map(|f| f.rule.id())
    }

    #[test]
    fn conversions_match_facts() {
        assert!((convert(1.0, MmolL, MgDl) - 2.4305).abs() < 1e-12);
        assert!((convert(1.0, MmolL, MeqL) - 2.0).abs() < 1e-12);
        assert!((convert(1.0, MgDl, MmolL) - 0.4114).abs() < 1e-4);
        assert!((convert(0.75, MmolL, MgDl) - 1.8229).abs() < 1e-4);
        // The fixed range texts are the constants, written as `trimmed` writes them.
        for unit in SerumUnit::ALL {
            let (lo, hi) = unit.reference_range();
            let written = format!("{}–{} {}", trimmed(lo, 3), trimmed(hi, 3), unit.label());
            assert_eq!(reference_range_text(unit), written);
        }
        // Stated exactly (docs/medical-reference.md §4): 1.8 mg/dL = 0.741 mmol/L.
        assert_eq!(reference_range_text(MgDl), "1.8–2.3 mg/dL");
        // As the source states them, not conversions of the mg/dL figures.
        assert_eq!(reference_range_text(MmolL), "0.75–0.95 mmol/L");
        assert_eq!(reference_range_text(MeqL), "1.5–1.9 mEq/L");
    }

    #[test]
    fn wording_and_range_line_follow_the_level() {
        let f = |v: f64| {
            serum_findings(
                Some(Serum {
                    value: v,
                    unit: MgDl,
                }),
                None,
            )
            .unwrap()
        };
        assert!(
            f(2.45).message.contains("above the reference range"),
            "{}",
            f(2.45).message
        );
        assert!(f(2.31).message.contains("above the reference range"));
        assert!(f(2.3).message.contains("at the top of the reference range"));
        assert!(f(2.21)
            .message
            .contains("at the top of the reference range"));
        assert!(f(1.79)
            .message
            .contains("below the reference range 1.8–2.3 mg/dL"));
        let line = |v: f64, unit| Serum { value: v, unit }.against_range();
        assert!(line(2.0, MgDl).starts_with("2 mg/dL: within the reference range"));
        assert!(line(0.74, MmolL).starts_with("0.74 mmol/L (= 1.799 mg/dL): below"));
        assert!(line(2.25, MgDl).contains("at the top of"));
        assert!(line(2.6, MgDl).contains("above"));
        assert!(blocks_suggestion(Some(Serum {
            value: 2.21,
            unit: MgDl
        })));
        assert!(blocks_suggestion(Some(Serum {
            value: 2.5,
            unit: MgDl
        })));
        assert!(!blocks_suggestion(Some(Serum {
            value: 2.2,
            unit: MgDl
        })));
        assert!(!blocks_suggestion(Some(Serum {
            value: 2.51,
            unit: MgDl
        })));
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
