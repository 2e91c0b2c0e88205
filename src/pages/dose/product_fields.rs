//! The supplement: form, amount per unit as printed, and what that amount counts.

use super::fields::FieldsProps;
use crate::state::Param;
use crate::widgets::controls::{options, Binding, ChoiceField, Options, SelectField, TextField};
use crate::widgets::format::pct;
use mg_engine::forms::{FormId, FORMS};
use mg_engine::product::Basis;
use yew::prelude::*;

/// `(id, "Magnesium citrate — 16.2 % magnesium")` for every form.
fn form_options() -> Options {
    FORMS
        .iter()
        .map(|f| {
            (
                AttrValue::from(f.id_str),
                AttrValue::from(format!("{} — {} magnesium", f.name, pct(f.elemental_pct()))),
            )
        })
        .collect()
}

const BASIS_HINT: &str =
    "On a US “Supplement Facts” panel, the “Magnesium … mg” line is elemental \
    magnesium. A figure next to the compound’s name in the ingredients (e.g. “magnesium citrate \
    1000 mg”) is the whole compound.";

#[component]
pub fn ProductFields(p: &FieldsProps) -> Html {
    let q = &p.app.query;
    let bind = |param| Binding::param(&p.app, param);
    let form = q
        .get(Param::Form)
        .and_then(FormId::parse)
        .unwrap_or(FormId::DEFAULT)
        .form();
    let basis_options = options(&[
        (Basis::Elemental.id(), "Magnesium itself (elemental)"),
        (Basis::Compound.id(), "The whole compound"),
    ]);
    html! {
        <fieldset class="group">
            <legend>{ "Your supplement" }</legend>
            <SelectField bind={bind(Param::Form)} label="Form of magnesium" options={form_options()}
                value={AttrValue::from(form.id_str)} error={p.errors.get(Param::Form)}
                hint={AttrValue::from(format!("Assumes {} ({}).", form.compound, form.formula))} />
            <TextField bind={bind(Param::UnitMg)} label="Amount per tablet, capsule or scoop" value={q.unit_mg.clone()}
                error={p.errors.get(Param::UnitMg)} unit="mg" optional=true placeholder="e.g. 100" />
            <ChoiceField bind={bind(Param::Basis)} legend="That amount is…" options={basis_options}
                value={Some(AttrValue::from(q.get(Param::Basis).unwrap_or(Basis::Elemental.id()).to_owned()))}
                error={p.errors.get(Param::Basis)} hint={BASIS_HINT} />
        </fieldset>
    }
}
