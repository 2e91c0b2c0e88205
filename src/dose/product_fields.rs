//! The supplement: form, amount per unit as printed, and what that amount counts.

use super::FieldsProps as Props;
use crate::controls::{ChoiceField, SelectField, TextField};
use crate::format::pct;
use mg_engine::forms::{FormId, FORMS};
use mg_engine::product::Basis;
use yew::prelude::*;

/// A plain function rather than a component: each component adds its own copy of Yew's
/// lifecycle code to the wasm, and this one has no state of its own.
pub fn product_fields(p: &Props) -> Html {
    let q = &p.query;
    let form = q
        .get("form")
        .and_then(FormId::parse)
        .unwrap_or(FormId::DEFAULT)
        .form();
    let options = FORMS
        .iter()
        .map(|f| {
            (
                AttrValue::from(f.id_str),
                AttrValue::from(format!("{} — {} magnesium", f.name, pct(f.elemental_pct()))),
            )
        })
        .collect::<Vec<_>>();
    let basis_options = vec![
        (
            AttrValue::from(Basis::Elemental.id()),
            AttrValue::from("Magnesium itself (elemental)"),
        ),
        (
            AttrValue::from(Basis::Compound.id()),
            AttrValue::from("The whole compound"),
        ),
    ];
    html! {
        <fieldset class="group">
            <legend>{ "Your supplement" }</legend>
            <SelectField name="form" label="Form of magnesium" options={options}
                value={AttrValue::from(form.id_str)} error={p.errors.get("form")}
                hint={AttrValue::from(format!("Assumes {} ({}).", form.compound, form.formula))}
                on_param={p.on_param.clone()} />
            <TextField name="unit_mg" label="Amount per tablet, capsule or scoop" value={q.unit_mg.clone()}
                error={p.errors.get("unit_mg")} unit="mg" optional=true placeholder="e.g. 100"
                on_param={p.on_param.clone()} />
            <ChoiceField name="basis" legend="That amount is…" options={basis_options}
                value={Some(AttrValue::from(q.get("basis").unwrap_or(Basis::Elemental.id()).to_owned()))}
                error={p.errors.get("basis")} on_param={p.on_param.clone()}
                hint="On a US “Supplement Facts” panel, the “Magnesium … mg” line is elemental magnesium. A figure next to the compound’s name in the ingredients (e.g. “magnesium citrate 1000 mg”) is the whole compound." />
        </fieldset>
    }
}
