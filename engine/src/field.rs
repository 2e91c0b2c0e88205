//! Every input the calculator reads, declared once: the URL parameters of the public contract
//! (docs/contract.md) and this app's own additions (README, "URL parameters"). The same enum names
//! the engine's raw input (`RawInput::get`), the field a message belongs to (`FieldError::field`)
//! and the app's URL slots, so a misspelt field does not compile. Never rename a name: they are the
//! public contract.

macro_rules! declare_fields {
    ($($name:ident => $variant:ident $(= $omitted:literal)?),* $(,)?) => {
        /// One input, named as in the URL.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field {
            $($variant,)*
        }

        impl Field {
            /// Every field, in the canonical URL order.
            pub const ALL: [Field; [$(stringify!($name)),*].len()] = [$(Field::$variant),*];

            /// The name in the URL (and in `data-field`).
            pub const fn name(self) -> &'static str {
                match self {
                    $(Field::$variant => stringify!($name),)*
                }
            }

            /// The value written as "absent": the default it stands for needs no place in a link.
            pub const fn omitted(self) -> Option<&'static str> {
                match self {
                    $(Field::$variant => declare_fields!(@omitted $($omitted)?),)*
                }
            }
        }
    };
    (@omitted) => { None };
    (@omitted $value:literal) => { Some($value) };
}

/// Calls `$callback! { name => Variant (= "omitted")?, … }` with every field, in canonical order:
/// the one list of the URL parameters, which this crate's `Field` and the app's `Query` are both
/// generated from.
#[macro_export]
macro_rules! with_fields {
    ($callback:ident) => {
        $callback! {
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
    };
}

with_fields!(declare_fields);

impl Field {
    /// The field of a URL name; `None` for a name that is not one.
    pub fn parse(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Fields that hold a number: a decimal comma typed in them is written to the URL with a
    /// point (`0,85` → `0.85`, docs/contract.md "Numbers accept a decimal comma").
    pub const fn is_number(self) -> bool {
        matches!(
            self,
            Field::Age
                | Field::UnitMg
                | Field::UnitMmol
                | Field::Serving
                | Field::Target
                | Field::Egfr
                | Field::Serum
                | Field::Ferritin
                | Field::Tsat
                | Field::OtherMg
                | Field::Price
                | Field::Count
                | Field::BUnitMg
                | Field::BPrice
                | Field::BCount
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_contract_names_in_canonical_order() {
        let names: Vec<&str> = Field::ALL.iter().map(|p| p.name()).collect();
        assert_eq!(names[..4], ["view", "age", "sex", "stage"]);
        assert_eq!(names.len(), 38);
        assert_eq!(names.last(), Some(&"lifestyle"));
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
        for f in Field::ALL {
            assert_eq!(Field::parse(f.name()), Some(f));
        }
        assert_eq!(Field::parse("agee"), None);
        assert_eq!(Field::View.omitted(), Some("dose"));
        assert_eq!(Field::Age.omitted(), None);
    }
}
