//! Every URL parameter's slot in the `Query`. The parameters themselves are declared once, in the
//! engine (`mg_engine::Field`, used here as `Param`): the URL names, the canonical order, and the
//! value that means "leave it out of the URL". Never rename one: names are the public contract
//! (`docs/contract.md`) or this app's own additions (README, "URL parameters").

pub use mg_engine::Field as Param;

/// `field => Variant`, from the engine's one list (`mg_engine::with_fields!`): the `Query` struct,
/// one raw-text slot per parameter, so every `Field` has its slot.
macro_rules! declare_query {
    ($($field:ident => $variant:ident $(= $omitted:literal)?),* $(,)?) => {
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

// The same list the engine's `Field` is generated from.
mg_engine::with_fields!(declare_query);

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
