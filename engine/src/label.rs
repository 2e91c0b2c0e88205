//! A label's amount as it is printed: mg (elemental or the whole compound) or mmol of magnesium,
//! for a serving of one or more units; and the US "% Daily Value" read back as mg.
//! UK and EU medicines state magnesium in mmol; many labels give the amount per serving of two
//! capsules (docs/medical-reference.md §3).

use crate::forms::{FormId, MG_MOLAR_MASS};
use crate::product::{Basis, Product};
use crate::source::SourceId;

/// 1 mmol of magnesium weighs its molar mass in mg: 24.305 mg.
pub const MG_PER_MMOL: f64 = MG_MOLAR_MASS;
/// Magnesium is divalent: 1 mEq = ½ mmol = 12.15 mg.
pub const MG_PER_MEQ: f64 = MG_MOLAR_MASS / 2.0;

/// Units per serving accepted (contract: whole number 1–10).
pub const MAX_SERVING: u8 = 10;
/// mmol per serving accepted: about 1.2 mg up to about 4860 mg, the mg field's range.
pub const MIN_UNIT_MMOL: f64 = 0.05;
pub const MAX_UNIT_MMOL: f64 = 200.0;

pub fn mmol_to_mg(mmol: f64) -> f64 {
    mmol * MG_PER_MMOL
}

pub fn mg_to_mmol(mg: f64) -> f64 {
    mg / MG_PER_MMOL
}

pub fn meq_to_mg(meq: f64) -> f64 {
    meq * MG_PER_MEQ
}

/// The figure printed on the label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LabelAmount {
    /// mg, of magnesium itself or of the whole compound.
    Mg { mg: f64, basis: Basis },
    /// mmol of magnesium: always elemental, so `basis` does not apply.
    Mmol(f64),
}

/// A label's amount for one serving of `serving` units (tablets, capsules, scoops).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    pub amount: LabelAmount,
    /// 1–`MAX_SERVING`.
    pub serving: u8,
}

impl Label {
    /// The product one unit makes: the serving's amount shared among its units, in mg, with the
    /// basis the label uses (mmol are converted to elemental mg).
    pub fn product(&self, form: FormId) -> Product {
        let units = f64::from(self.serving.max(1));
        let (mg, basis) = match self.amount {
            LabelAmount::Mg { mg, basis } => (mg, basis),
            LabelAmount::Mmol(mmol) => (mmol_to_mg(mmol), Basis::Elemental),
        };
        Product {
            form,
            unit_mg: mg / units,
            basis,
        }
    }

    /// Elemental mg in one serving, as the label's amount stands.
    pub fn elemental_per_serving(&self, form: FormId) -> f64 {
        self.product(form).elemental_per_unit() * f64::from(self.serving.max(1))
    }
}

/// Which US Daily Value a label's "% DV" is computed against (21 CFR 101.9, 2016 rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DailyValue {
    /// Adults and children aged 4 and over, labels under the 2016 rule.
    #[default]
    Adults,
    /// Adults and children aged 4 and over, labels made before the 2016 rule.
    AdultsBefore2016,
    /// Products for children aged 1–3.
    Children1To3,
    /// Products for infants.
    Infants,
    /// Products for pregnant or breastfeeding women.
    PregnancyLactation,
}

impl DailyValue {
    pub const ALL: [DailyValue; 5] = [
        DailyValue::Adults,
        DailyValue::AdultsBefore2016,
        DailyValue::Children1To3,
        DailyValue::Infants,
        DailyValue::PregnancyLactation,
    ];

    /// The Daily Value, mg of magnesium.
    pub const fn mg(self) -> u16 {
        match self {
            DailyValue::Adults => 420,
            DailyValue::AdultsBefore2016 => 400,
            DailyValue::Children1To3 => 80,
            DailyValue::Infants => 75,
            DailyValue::PregnancyLactation => 400,
        }
    }

    pub const fn id(self) -> &'static str {
        match self {
            DailyValue::Adults => "adults",
            DailyValue::AdultsBefore2016 => "adults-before-2016",
            DailyValue::Children1To3 => "children-1-3",
            DailyValue::Infants => "infants",
            DailyValue::PregnancyLactation => "pregnancy-lactation",
        }
    }

    pub fn parse(s: &str) -> Option<DailyValue> {
        DailyValue::ALL.into_iter().find(|d| d.id() == s)
    }

    /// Who the label is for, in plain words.
    pub const fn label(self) -> &'static str {
        match self {
            DailyValue::Adults => "Adults and children 4 and over",
            DailyValue::AdultsBefore2016 => {
                "Adults and children 4 and over, label from before 2016"
            }
            DailyValue::Children1To3 => "Children aged 1–3",
            DailyValue::Infants => "Infants",
            DailyValue::PregnancyLactation => "Pregnancy and breastfeeding",
        }
    }
}

/// A "% Daily Value" read back as mg, with the Daily Value used and its source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DvConversion {
    pub mg: f64,
    pub daily_value: DailyValue,
    pub dv_mg: u16,
    pub source: SourceId,
}

/// Largest "% DV" accepted: high-dose products print several hundred percent.
pub const MAX_PERCENT_DV: f64 = 2000.0;

/// mg of magnesium a label's "% DV" stands for (`pct` 50 → 210 mg for adults).
pub fn percent_dv_to_mg(pct: f64, daily_value: DailyValue) -> DvConversion {
    let dv_mg = daily_value.mg();
    DvConversion {
        mg: pct / 100.0 * f64::from(dv_mg),
        daily_value,
        dv_mg,
        source: SourceId::FdaDv2016,
    }
}

/// The helper's text field: a percentage above 0 up to `MAX_PERCENT_DV`, point or decimal comma,
/// an optional `%` after it.
pub fn parse_percent_dv(s: &str) -> Option<f64> {
    let s = s.trim();
    let s = s.strip_suffix('%').map_or(s, str::trim_end);
    crate::decimal::parse_input(s).filter(|v| v.is_finite() && *v > 0.0 && *v <= MAX_PERCENT_DV)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn mmol_and_meq_convert_with_the_molar_mass() {
        // docs/medical-reference.md §3: aspartate 243 mg = 10 mmol; glycerophosphate 4 mmol = 97.2 mg.
        assert!((mmol_to_mg(10.0) - 243.0).abs() < 0.1);
        assert_eq!(crate::decimal::trimmed(mmol_to_mg(4.0), 1), "97.2");
        assert!(close(mg_to_mmol(mmol_to_mg(3.7)), 3.7));
        assert_eq!(crate::decimal::trimmed(meq_to_mg(1.0), 2), "12.15");
    }

    #[test]
    fn mmol_labels_are_elemental_and_servings_share_the_amount() {
        let l = Label {
            amount: LabelAmount::Mmol(4.0),
            serving: 1,
        };
        let p = l.product(FormId::Glycerophosphate);
        assert_eq!(p.basis, Basis::Elemental);
        assert!(close(p.elemental_per_unit(), 4.0 * 24.305));
        // "400 mg per 2 capsules" → 200 mg a capsule.
        let two = Label {
            amount: LabelAmount::Mg {
                mg: 400.0,
                basis: Basis::Elemental,
            },
            serving: 2,
        };
        assert!(close(
            two.product(FormId::Citrate).elemental_per_unit(),
            200.0
        ));
        assert!(close(two.elemental_per_serving(FormId::Citrate), 400.0));
        // A compound figure per serving is shared too, then converted with the form's %.
        let compound = Label {
            amount: LabelAmount::Mg {
                mg: 2000.0,
                basis: Basis::Compound,
            },
            serving: 2,
        };
        let p = compound.product(FormId::Citrate);
        assert_eq!((p.unit_mg, p.basis), (1000.0, Basis::Compound));
        assert!((p.elemental_per_unit() - 161.63).abs() < 0.01);
    }

    #[test]
    fn percent_dv_reads_back_as_mg() {
        let c = percent_dv_to_mg(50.0, DailyValue::default());
        assert_eq!((c.mg, c.dv_mg, c.source), (210.0, 420, SourceId::FdaDv2016));
        assert_eq!(
            percent_dv_to_mg(50.0, DailyValue::AdultsBefore2016).mg,
            200.0
        );
        assert_eq!(percent_dv_to_mg(100.0, DailyValue::Children1To3).mg, 80.0);
        assert_eq!(percent_dv_to_mg(100.0, DailyValue::Infants).mg, 75.0);
        assert_eq!(
            percent_dv_to_mg(25.0, DailyValue::PregnancyLactation).mg,
            100.0
        );
        for d in DailyValue::ALL {
            assert_eq!(DailyValue::parse(d.id()), Some(d));
        }
    }

    #[test]
    fn percent_dv_field_accepts_a_comma_and_a_percent_sign() {
        assert_eq!(parse_percent_dv("48"), Some(48.0));
        assert_eq!(parse_percent_dv("47,5 %"), Some(47.5));
        assert_eq!(parse_percent_dv(" 100% "), Some(100.0));
        for bad in ["", "0", "-5", "abc", "2001", "NaN", "%"] {
            assert_eq!(parse_percent_dv(bad), None, "{bad:?}");
        }
    }
}
