//! Every URL parameter, declared once. The declaration generates the `Query` struct (one raw-text
//! field per parameter), the `Param` enum that names a parameter in code (a misspelt name does not
//! compile), the URL names, the canonical order, and the value that means "leave it out of the
//! URL". Never rename one: names are the public contract (`docs/contract.md`) or this app's own
//! additions (README, "URL parameters").

/// `field => Variant`, optionally `= "value"`: setting that value removes the parameter, as the
/// default it stands for needs no place in a link.
macro_rules! declare_params {
    ($($field:ident => $variant:ident $(= $omitted:literal)?),* $(,)?) => {
        /// Every URL parameter, as the raw text found in the URL. Field order is the canonical
        /// parameter order of `Query::to_search`. `None` = absent; blank values are never kept.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Query {
            $(pub $field: Option<String>,)*
        }

        /// One URL parameter.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Param {
            $($variant,)*
        }

        impl Param {
            /// Every parameter, in canonical order.
            pub const ALL: [Param; [$(stringify!($field)),*].len()] = [$(Param::$variant),*];

            /// The name in the URL.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Param::$variant => stringify!($field),)*
                }
            }

            /// The value that is written as "absent" (the default it stands for).
            pub const fn omitted(self) -> Option<&'static str> {
                match self {
                    $(Param::$variant => declare_params!(@omitted $($omitted)?),)*
                }
            }
        }

        impl Query {
            /// The raw value of one parameter.
            pub fn slot(&self, param: Param) -> &Option<String> {
                match param {
                    $(Param::$variant => &self.$field,)*
                }
            }

            /// The raw value of one parameter, to change it.
            pub fn slot_mut(&mut self, param: Param) -> &mut Option<String> {
                match param {
                    $(Param::$variant => &mut self.$field,)*
                }
            }
        }
    };
    (@omitted) => { None };
    (@omitted $value:literal) => { Some($value) };
}

declare_params! {
    // The public contract (docs/contract.md).
    view => View = "dose",
    age => Age,
    sex => Sex,
    stage => Stage,
    form => Form,
    unit_mg => UnitMg,
    basis => Basis,
    target => Target,
    egfr => Egfr,
    ckd => Ckd,
    serum => Serum,
    serum_unit => SerumUnit,
    ferritin => Ferritin,
    tsat => Tsat,
    wake => Wake,
    dinner => Dinner,
    bedtime => Bedtime,
    other_mg => OtherMg,
    meds => Meds,
    gi => Gi = "0",
    conditions => Conditions,
    quiz => Quiz,
    embed => Embed = "0",
    theme => Theme = "auto",
    region => Region,
    unit_mmol => UnitMmol,
    serving => Serving,
    unit_kind => UnitKind = "tablet",
    // This app's own additions (README, "URL parameters"): Forms screen prices, product B,
    // table sort and filter; the lifestyle checklist.
    price => Price,
    count => Count,
    b_form => BForm,
    b_unit_mg => BUnitMg,
    b_basis => BBasis,
    b_price => BPrice,
    b_count => BCount,
    sort => Sort,
    filter => Filter,
    lifestyle => Lifestyle,
}

impl Param {
    /// Parameters that hold a number: a decimal comma typed in them is written to the URL with a
    /// point (`0,85` → `0.85`, docs/contract.md "Numbers accept a decimal comma").
    pub const fn is_number(self) -> bool {
        matches!(
            self,
            Param::Age
                | Param::UnitMg
                | Param::UnitMmol
                | Param::Serving
                | Param::Target
                | Param::Egfr
                | Param::Serum
                | Param::Ferritin
                | Param::Tsat
                | Param::OtherMg
                | Param::Price
                | Param::Count
                | Param::BUnitMg
                | Param::BPrice
                | Param::BCount
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_contract_names_in_canonical_order() {
        let names: Vec<&str> = Param::ALL.iter().map(|p| p.name()).collect();
        assert_eq!(names[..4], ["view", "age", "sex", "stage"]);
        assert_eq!(names.len(), 38);
        assert_eq!(names.last(), Some(&"lifestyle"));
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
    }

    #[test]
    fn slots_address_their_own_field() {
        let mut q = Query::default();
        *q.slot_mut(Param::UnitMg) = Some("100".into());
        assert_eq!(q.unit_mg.as_deref(), Some("100"));
        assert_eq!(q.slot(Param::UnitMg), &q.unit_mg);
        assert_eq!(Param::View.omitted(), Some("dose"));
        assert_eq!(Param::Age.omitted(), None);
    }
}
