//! The forms table's filters (`filter` parameter): which forms count as gentle on the stomach,
//! well absorbed or dense in magnesium. The thresholds are the engine's, so the table and any
//! other screen agree; the app only names and switches them.

use crate::forms::Form;

/// Lowest stomach-comfort rank that counts as gentle ("moderate" or better).
pub const GENTLE_MIN_STOMACH_RANK: u8 = 2;
/// Lowest absorption rank that counts as well absorbed ("good" or better).
pub const ABSORBED_MIN_RANK: u8 = 3;
/// Least elemental magnesium, % by mass, for "most magnesium per tablet".
pub const DENSE_MIN_PCT: f64 = 15.0;

/// One filter of the forms table, in the table's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormFilter {
    /// Stomach comfort moderate or better, and not among the forms NIH ODS links with diarrhoea.
    Gentle,
    /// Absorption rated good or better.
    Absorbed,
    /// At least `DENSE_MIN_PCT` % magnesium by weight.
    Dense,
}

impl FormFilter {
    pub const ALL: [FormFilter; 3] = [FormFilter::Gentle, FormFilter::Absorbed, FormFilter::Dense];

    /// The id in the `filter` parameter.
    pub fn id(self) -> &'static str {
        match self {
            FormFilter::Gentle => "gentle",
            FormFilter::Absorbed => "absorbed",
            FormFilter::Dense => "dense",
        }
    }

    pub fn parse(id: &str) -> Option<FormFilter> {
        FormFilter::ALL.into_iter().find(|f| f.id() == id)
    }

    /// Whether `form` passes this filter.
    pub fn keeps(self, form: &Form) -> bool {
        match self {
            FormFilter::Gentle => {
                form.stomach.rank >= GENTLE_MIN_STOMACH_RANK && !form.diarrhoea_linked
            }
            FormFilter::Absorbed => form.absorption.rank >= ABSORBED_MIN_RANK,
            FormFilter::Dense => form.elemental_pct() >= DENSE_MIN_PCT,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::FORMS;

    fn kept(filter: FormFilter) -> Vec<&'static str> {
        FORMS
            .iter()
            .filter(|f| filter.keeps(f))
            .map(|f| f.id_str)
            .collect()
    }

    #[test]
    fn filters_keep_the_documented_forms() {
        assert_eq!(kept(FormFilter::Gentle), ["citrate", "glycinate"]);
        assert_eq!(
            kept(FormFilter::Absorbed),
            ["citrate", "glycinate", "chloride", "lactate", "aspartate"]
        );
        assert_eq!(
            kept(FormFilter::Dense),
            ["oxide", "citrate", "malate", "carbonate", "hydroxide"]
        );
    }

    #[test]
    fn ids_round_trip() {
        for f in FormFilter::ALL {
            assert_eq!(FormFilter::parse(f.id()), Some(f));
        }
        assert_eq!(FormFilter::parse("cheap"), None);
    }
}
