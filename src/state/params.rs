//! Every URL parameter's slot in the `Query`. The parameters themselves are declared once, in the
//! engine (`mg_engine::Field`, used here as `Param`): the URL names, the canonical order, and the
//! value that means "leave it out of the URL". Never rename one: names are the public contract
//! (`docs/contract.md`) or this app's own additions (README, "URL parameters").

pub use mg_engine::Field as Param;

/// `field => Variant`: the `Query` struct, one raw-text slot per parameter. `slot` matches every
/// `Param` exhaustively, so a parameter added to the engine's `Field` without a slot here does not
/// compile.
macro_rules! declare_query {
    ($($field:ident => $variant:ident),* $(,)?) => {
        /// Every URL parameter, as the raw text found in the URL. Field order is the canonical
        /// parameter order of `Query::to_search` (`Param::ALL`). `None` = absent; blank values are
        /// never kept.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Query {
            $(pub $field: Option<String>,)*
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
}

declare_query! {
    view => View,
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
    gi => Gi,
    conditions => Conditions,
    quiz => Quiz,
    embed => Embed,
    theme => Theme,
    region => Region,
    unit_mmol => UnitMmol,
    serving => Serving,
    unit_kind => UnitKind,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_address_their_own_field() {
        let mut q = Query::default();
        *q.slot_mut(Param::UnitMg) = Some("100".into());
        assert_eq!(q.unit_mg.as_deref(), Some("100"));
        assert_eq!(q.slot(Param::UnitMg), &q.unit_mg);
    }

    #[test]
    fn every_slot_is_named_like_its_parameter() {
        for p in Param::ALL {
            let mut q = Query::default();
            *q.slot_mut(p) = Some(p.name().into());
            let debug = format!("{q:?}");
            assert!(
                debug.contains(&format!("{}: Some(\"{}\")", p.name(), p.name())),
                "{debug}"
            );
        }
    }
}
