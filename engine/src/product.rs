//! A product as its label describes it: form, mg per unit, and whether that figure is elemental.

use crate::forms::FormId;

/// What a label's "mg per unit" counts: the magnesium alone, or the whole compound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Basis {
    /// US Supplement Facts state elemental magnesium.
    #[default]
    Elemental,
    /// The ingredient line often gives the whole compound, e.g. "magnesium citrate 1000 mg".
    Compound,
}

impl Basis {
    pub const ALL: [Basis; 2] = [Basis::Elemental, Basis::Compound];
    pub const fn id(self) -> &'static str {
        match self {
            Basis::Elemental => "elemental",
            Basis::Compound => "compound",
        }
    }
    pub fn parse(s: &str) -> Option<Basis> {
        Basis::ALL.into_iter().find(|b| b.id() == s)
    }
}

/// The largest mg per unit accepted: more than this is almost certainly a typo (e.g. grams × 1000 twice).
pub const MAX_UNIT_MG: f64 = 5000.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Product {
    pub form: FormId,
    /// Already validated: finite, > 0, ≤ `MAX_UNIT_MG`.
    pub unit_mg: f64,
    pub basis: Basis,
}

impl Product {
    /// Elemental magnesium in one unit, mg.
    pub fn elemental_per_unit(&self) -> f64 {
        match self.basis {
            Basis::Elemental => self.unit_mg,
            Basis::Compound => compound_to_elemental(self.form, self.unit_mg),
        }
    }
    /// The whole compound in one unit, mg.
    pub fn compound_per_unit(&self) -> f64 {
        match self.basis {
            Basis::Elemental => elemental_to_compound(self.form, self.unit_mg),
            Basis::Compound => self.unit_mg,
        }
    }
}

pub fn compound_to_elemental(form: FormId, compound_mg: f64) -> f64 {
    compound_mg * form.form().elemental_pct() / 100.0
}

pub fn elemental_to_compound(form: FormId, elemental_mg: f64) -> f64 {
    elemental_mg * 100.0 / form.form().elemental_pct()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_label_converts_with_the_forms_percentage() {
        // 1000 mg trimagnesium dicitrate = 1000 × 3 × 24.305 / 451.11 = 161.6 mg elemental.
        let p = Product {
            form: FormId::Citrate,
            unit_mg: 1000.0,
            basis: Basis::Compound,
        };
        assert!((p.elemental_per_unit() - 161.63).abs() < 0.01);
        assert_eq!(p.compound_per_unit(), 1000.0);
        let e = Product {
            form: FormId::Oxide,
            unit_mg: 250.0,
            basis: Basis::Elemental,
        };
        assert_eq!(e.elemental_per_unit(), 250.0);
        assert!((e.compound_per_unit() - 414.5).abs() < 0.1);
    }
}
