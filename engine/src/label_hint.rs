//! The elemental/compound question where it arises (docs/medical-reference.md §8): what one unit
//! holds as it is typed, and, when an "elemental" figure is too much but the same figure read as
//! the whole compound would give a plan, the offer to read it so.

use crate::decimal::{amount, typed};
use crate::forms::FormId;
use crate::input::Input;
use crate::plan::{plan_units, Limit, NoPlan};
use crate::product::Basis;
use crate::units::UnitKind;

/// Forms whose labels usually print the whole compound next to its name ("magnesium oxide
/// 400 mg"), not the magnesium in it.
pub const COMPOUND_ON_LABEL: [FormId; 8] = [
    FormId::Oxide,
    FormId::Citrate,
    FormId::Glycinate,
    FormId::Malate,
    FormId::Lactate,
    FormId::Gluconate,
    FormId::Taurate,
    FormId::Orotate,
];

/// "= 241.2 mg of magnesium per tablet", beside the label amount as it is typed.
pub fn per_unit_note(elemental_mg: f64, kind: UnitKind) -> String {
    format!(
        "= {} mg of magnesium per {}",
        amount(elemental_mg),
        kind.one()
    )
}

/// The offer to read the label's figure as the whole compound.
#[derive(Clone, Debug, PartialEq)]
pub struct BasisHint {
    /// Elemental magnesium per unit when the figure is the whole compound.
    pub elemental_mg: f64,
    /// "400 mg is the whole magnesium oxide → 241.2 mg magnesium"
    pub text: String,
}

/// The offer, when it applies: the figure was read as elemental, the form's labels usually print
/// the compound, the plan failed because one unit is above the limit or the RLS range, and the
/// compound reading gives a plan.
pub fn basis_hint(input: &Input, failed: &NoPlan, limit: Option<Limit>) -> Option<BasisHint> {
    let too_much = match *failed {
        NoPlan::UnitAboveRoom { .. } | NoPlan::UnitAboveRange { .. } => true,
        NoPlan::UnitOverTarget {
            unit_mg, room_mg, ..
        } => room_mg.is_some_and(|r| unit_mg > r),
        _ => false,
    };
    let label_mg = input.unit_mg?;
    if !too_much || input.basis != Basis::Elemental || !COMPOUND_ON_LABEL.contains(&input.form) {
        return None;
    }
    let read_as_compound = Input {
        basis: Basis::Compound,
        ..input.clone()
    };
    let product = read_as_compound.product()?;
    plan_units(input.target_mg, Some(product), input.unit_kind, limit).ok()?;
    let elemental_mg = product.elemental_per_unit();
    Some(BasisHint {
        elemental_mg,
        text: format!(
            "{} mg is the whole {} → {} mg magnesium",
            typed(label_mg),
            input.form.form().name.to_ascii_lowercase(),
            amount(elemental_mg)
        ),
    })
}

#[cfg(test)]
mod tests {
    use crate::forms::FORMS;

    /// The hint lower-cases a form's name with ASCII rules only (no Unicode case tables in the
    /// first load): every name is ASCII, so that equals the Unicode lower case.
    #[test]
    fn form_names_lower_case_as_ascii() {
        for f in FORMS {
            assert_eq!(
                f.name.to_ascii_lowercase(),
                f.name.to_lowercase(),
                "{}",
                f.name
            );
        }
    }
}
