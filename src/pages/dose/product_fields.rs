//! The supplement: form, the label's amount as printed (mg of magnesium or of the compound, or
//! mmol of magnesium), how many units that amount is for, and a "% Daily Value" helper
//! (docs/medical-reference.md §3, label units).

use super::dv_helper::{dv_helper, use_dv_state, DvState};
use super::fields::Fields;
use crate::state::{Action, Param, Query};
use crate::widgets::controls::{options, Binding, ChoiceField, Options, SelectField, TextField};
use crate::widgets::field_error::field_error;
use crate::widgets::format::pct;
use mg_engine::decimal::trimmed;
use mg_engine::forms::{FormId, FORMS};
use mg_engine::label::{MAX_SERVING, MG_PER_MMOL};
use mg_engine::product::Basis;
use mg_engine::units::UnitKind;
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

/// The unit the label states its amount in. Not a URL parameter of its own: it is whichever of
/// `unit_mg` and `unit_mmol` holds the amount, and the person's choice while neither does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AmountUnit {
    Mg,
    Mmol,
}

impl AmountUnit {
    const fn id(self) -> &'static str {
        match self {
            AmountUnit::Mg => "mg",
            AmountUnit::Mmol => "mmol",
        }
    }
    const fn param(self) -> Param {
        match self {
            AmountUnit::Mg => Param::UnitMg,
            AmountUnit::Mmol => Param::UnitMmol,
        }
    }
    const fn other(self) -> AmountUnit {
        match self {
            AmountUnit::Mg => AmountUnit::Mmol,
            AmountUnit::Mmol => AmountUnit::Mg,
        }
    }
}

/// What the group holds between renders that is not in the link: the unit chosen while no
/// amount is given, and the %DV helper's entries. Held by the Dose page (`use_product_state`).
#[derive(Clone)]
pub struct ProductState {
    picked: UseStateHandle<AmountUnit>,
    dv: DvState,
}

#[hook]
pub fn use_product_state(query: &Query) -> ProductState {
    let mmol_only = query.get(Param::UnitMg).is_none() && query.get(Param::UnitMmol).is_some();
    ProductState {
        picked: use_state(|| {
            if mmol_only {
                AmountUnit::Mmol
            } else {
                AmountUnit::Mg
            }
        }),
        dv: use_dv_state(),
    }
}

/// A plain function: its input is the whole app state (see `Fields`).
pub fn product_fields(p: &Fields, state: &ProductState) -> Html {
    let q = &p.app.query;
    let bind = |param| Binding::param(&p.app, param);
    let form = q
        .get(Param::Form)
        .and_then(FormId::parse)
        .unwrap_or(FormId::DEFAULT)
        .form();
    let ProductState { picked, dv } = state;
    // A given amount decides the unit (mg wins when both are given: the engine uses it).
    let unit = match (q.get(Param::UnitMg), q.get(Param::UnitMmol)) {
        (Some(_), _) => AmountUnit::Mg,
        (None, Some(_)) => AmountUnit::Mmol,
        (None, None) => **picked,
    };
    // Switching the unit moves the figure typed: the number stays, its unit changes.
    let on_unit = {
        let dispatcher = p.app.dispatcher();
        let picked = picked.clone();
        let typed = q.get(unit.param()).map(str::to_owned);
        Callback::from(move |value: String| {
            let next = if value == AmountUnit::Mmol.id() {
                AmountUnit::Mmol
            } else {
                AmountUnit::Mg
            };
            picked.set(next);
            if next != unit {
                if let Some(text) = &typed {
                    dispatcher.dispatch(Action::Set(next.param(), text.clone()));
                    dispatcher.dispatch(Action::Set(next.other().param(), String::new()));
                }
            }
        })
    };
    let unit_options = options(&[
        (AmountUnit::Mg.id(), "mg"),
        (AmountUnit::Mmol.id(), "mmol (UK and EU medicines)"),
    ]);
    let kind = q
        .get(Param::UnitKind)
        .and_then(UnitKind::parse)
        .unwrap_or_default();
    let kind_options = options(&UnitKind::ALL.map(|k| (k.id(), k.label())));
    // The label's figure read as the whole compound: one tap sets `basis=compound`.
    let to_compound = {
        let dispatcher = p.app.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::Set(Param::Basis, Basis::Compound.id().to_owned()));
        })
    };
    // Always the same wrapper, filled or empty: a node appearing beside the field while it is
    // typed in must not make the renderer replace the field (the focus would go).
    let basis_offer = html! {
        <div class="basis-offer-slot" aria-live="polite">
            if let Some(text) = p.basis_hint.clone() {
                <p class="basis-offer" data-testid="basis-offer">
                    { format!("{text}?") }
                    <button type="button" class="basis-switch" data-testid="basis-switch" onclick={to_compound}>
                        { "Read it as the whole compound" }
                    </button>
                </p>
            }
        </div>
    };
    let basis_options = options(&[
        (Basis::Elemental.id(), "Magnesium itself (elemental)"),
        (Basis::Compound.id(), "The whole compound"),
    ]);
    let mmol_hint = AttrValue::from(format!(
        "mmol always counts magnesium itself: 1 mmol is {} mg.",
        trimmed(MG_PER_MMOL, 3)
    ));
    // With both amounts given, the mmol message still needs a place.
    let both_error = (unit == AmountUnit::Mg)
        .then(|| p.errors.get(Param::UnitMmol))
        .flatten();
    html! {
        <fieldset class="group">
            <legend>{ "Your supplement" }</legend>
            <SelectField bind={bind(Param::Form)} label="Form of magnesium" options={form_options()}
                value={AttrValue::from(form.id_str)} error={p.errors.message(Param::Form)}
                hint={AttrValue::from(format!("Assumes {} ({}).", form.compound, form.formula))} />
            <SelectField bind={bind(Param::UnitKind)} label="One unit of your product is a…" options={kind_options}
                value={AttrValue::from(kind.id())} error={p.errors.message(Param::UnitKind)}
                hint={AttrValue::from(if kind.divisible() {
                    "A sachet, scoop or liquid may be divided: the plan may use half of one when a whole one is too much."
                } else {
                    "Tablets and capsules are planned whole."
                })} />
            <ChoiceField bind={Binding { name: "amount_unit", on_input: on_unit }} legend="The label gives the amount in…"
                options={unit_options} value={Some(AttrValue::from(unit.id()))} />
            if unit == AmountUnit::Mmol {
                <TextField bind={bind(Param::UnitMmol)} label="Amount on the label" value={q.unit_mmol.clone()}
                    error={p.errors.message(Param::UnitMmol)} unit="mmol" optional=true placeholder="e.g. 4"
                    hint={mmol_hint} />
            } else {
                <TextField bind={bind(Param::UnitMg)} label="Amount on the label" value={q.unit_mg.clone()}
                    error={p.errors.message(Param::UnitMg)} unit="mg" optional=true placeholder="e.g. 100"
                    hint={p.per_unit_note.clone()} />
                { basis_offer }
                if let Some(e) = both_error { { field_error(&e, Some("unit_mmol-error".into())) } }
            }
            <TextField bind={bind(Param::Serving)} label={AttrValue::from(format!("That amount is for how many {}?", kind.many()))}
                value={q.serving.clone()} error={p.errors.message(Param::Serving)} inputmode="numeric" placeholder="1"
                hint={AttrValue::from(format!("1 unless the label says e.g. “per 2 capsules” (then 2); up to {MAX_SERVING}."))} />
            if unit == AmountUnit::Mg {
                <ChoiceField bind={bind(Param::Basis)} legend="That amount is…" options={basis_options}
                    value={Some(AttrValue::from(q.get(Param::Basis).unwrap_or(Basis::Elemental.id()).to_owned()))}
                    error={p.errors.message(Param::Basis)} hint={BASIS_HINT} />
            }
            { dv_helper(&p.app, dv) }
        </fieldset>
    }
}
