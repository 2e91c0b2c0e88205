//! Two products side by side: A is the person's product (`form`, `unit_mg`, `basis`, `price`,
//! `count` — the same parameters the Dose screen uses, with its label's `unit_mmol` and
//! `serving`), B is the alternative (`b_*`). Both are
//! worked out for the planned daily dose (`target`, else 200 mg), with a plain-language verdict.

use super::boxes::{form_options, text_box, text_row};
use super::figure::money;
use crate::state::{AppHandle, Param, Query};
use crate::widgets::controls::{options, Binding, ChoiceField, SelectField, TextFieldProps};
use crate::widgets::format::{data_num, mg};
use mg_engine::compare::{parse_price, verdict, Outcome};
use mg_engine::forms::FormId;
use mg_engine::plan::DEFAULT_TARGET_MG;
use mg_engine::product::Basis;
use mg_engine::{validate, FieldError, RawInput};
use yew::prelude::*;

/// The URL parameters of one product.
struct Side {
    title: &'static str,
    /// form, unit_mg, basis, price, count
    params: [Param; 5],
    /// Whether the Dose screen's label amount in mmol and per serving apply (product A).
    dose_label: bool,
}

const SIDES: [Side; 2] = [
    Side {
        title: "A: your product (also used on the Dose screen)",
        params: [
            Param::Form,
            Param::UnitMg,
            Param::Basis,
            Param::Price,
            Param::Count,
        ],
        dose_label: true,
    },
    Side {
        title: "B: a product to compare",
        params: [
            Param::BForm,
            Param::BUnitMg,
            Param::BBasis,
            Param::BPrice,
            Param::BCount,
        ],
        dose_label: false,
    },
];

/// One row of the results: (`data-metric`, label, (`data-value`, text) for a product).
type Metric = (
    &'static str,
    &'static str,
    fn(&Outcome) -> Option<(String, String)>,
);

const METRICS: [Metric; 7] = [
    // The name without its bracketed alias ("(bisglycinate)"), so the table fits 320 px.
    ("form", "Form", |o| {
        Some((
            o.form.id().into(),
            o.form
                .form()
                .name
                .split(" (")
                .next()
                .unwrap_or_default()
                .into(),
        ))
    }),
    ("elemental-per-unit", "Magnesium per unit", |o| {
        Some((data_num(o.elemental_per_unit), mg(o.elemental_per_unit)))
    }),
    ("units-per-day", "Units a day", |o| {
        Some((o.units_per_day.to_string(), o.units_per_day.to_string()))
    }),
    ("daily-mg", "Magnesium a day", |o| {
        Some((data_num(o.daily_mg), mg(o.daily_mg)))
    }),
    ("cost-per-day", "Cost per day", |o| {
        o.cost_per_day.map(|c| (data_num(c), money(c)))
    }),
    ("cost-per-100mg", "Cost per 100 mg of magnesium", |o| {
        o.cost_per_100mg.map(|c| (data_num(c), money(c)))
    }),
    ("stomach", "Stomach comfort", |o| {
        let s = o.form.form().stomach;
        Some((s.rank.to_string(), s.label.into()))
    }),
];

/// One product read from the URL through the engine's own validation, messages renamed to this
/// side's parameters.
fn read_side(q: &Query, side: &Side, target_mg: f64) -> (Option<Outcome>, FormId, Vec<FieldError>) {
    let [form, unit_mg, basis, price, count] = side.params;
    let dose_label = |p: Param| if side.dose_label { q.get(p) } else { None };
    let raw = RawInput {
        form: q.get(form),
        unit_mg: q.get(unit_mg),
        basis: q.get(basis),
        unit_mmol: dose_label(Param::UnitMmol),
        serving: dose_label(Param::Serving),
        ..RawInput::default()
    };
    let (input, mut errors) = validate(&raw);
    for e in &mut errors {
        if let Some(i) = [Param::Form, Param::UnitMg, Param::Basis]
            .iter()
            .position(|p| *p == e.field)
        {
            e.field = side.params[i];
        }
    }
    let (bottle, price_errors) = parse_price(q.get(price), q.get(count));
    errors.extend(
        [(price, price_errors.price), (count, price_errors.count)]
            .into_iter()
            .filter_map(|(field, message)| message.map(|m| FieldError::new(field, m))),
    );
    (
        input.product().map(|p| Outcome::new(p, bottle, target_mg)),
        input.form,
        errors,
    )
}

/// Product A's label as the Dose screen holds it, when that is more than mg per unit: counted
/// here too, so it is said.
fn dose_label_note(q: &Query) -> Option<String> {
    let mmol = q.get(Param::UnitMmol);
    let serving = q.get(Param::Serving).filter(|n| *n != "1");
    if mmol.is_none() && serving.is_none() {
        return None;
    }
    let amount = mmol.map_or("The amount".to_owned(), |v| {
        format!("{v} mmol of magnesium")
    });
    let per = serving.map_or("per unit".to_owned(), |n| {
        format!("per serving of {n} units")
    });
    Some(format!(
        "{amount} {per}, as entered on the Dose screen, is what A counts."
    ))
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub app: AppHandle,
}

/// The comparison card; every box edits its URL parameter.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let q = &props.app.query;
    let bind = |param| Binding::param(&props.app, param);
    let (input, target_errors) = validate(&RawInput {
        target: q.get(Param::Target),
        ..RawInput::default()
    });
    let target_mg = input.target_mg.unwrap_or(DEFAULT_TARGET_MG);
    let sides = SIDES.map(|s| read_side(q, &s, target_mg));
    let basis_options = options(&[
        (Basis::Elemental.id(), "Magnesium itself"),
        (Basis::Compound.id(), "The whole compound"),
    ]);

    let fieldsets = SIDES.iter().zip(&sides).map(|(side, (_, form, errors))| {
        let [f, unit, basis, price, count] = side.params;
        let err = |p: Param| {
            errors
                .iter()
                .find(|e| e.field == p)
                .map(|e| AttrValue::from(e.message.clone()))
        };
        let text = |p: Param, label, unit| text_box(bind(p), label, unit, q.get(p).map(str::to_owned), err(p));
        html! {
            <fieldset class="group">
                <legend>{ side.title }</legend>
                <SelectField bind={bind(f)} label="Form" options={form_options()} value={AttrValue::from(form.id())}
                    hint={AttrValue::from(format!("Assumes {} ({}).", form.form().compound, form.form().formula))} error={err(f)} />
                { text_row(vec![text(unit, "Amount per unit on the label", Some("mg"))]) }
                if let Some(note) = side.dose_label.then(|| dose_label_note(q)).flatten() {
                    <p class="hint" data-testid="compare-dose-label">{ note }</p>
                }
                <ChoiceField bind={bind(basis)} legend="That amount is…" options={basis_options.clone()}
                    value={Some(AttrValue::from(q.get(basis).unwrap_or(Basis::Elemental.id()).to_owned()))} error={err(basis)} />
                { text_row(vec![text(price, "Price of the bottle", None), text(count, "Units in the bottle", None)]) }
            </fieldset>
        }
    });

    let rows = METRICS.iter().map(|(id, label, get)| {
        let cells = sides.iter().zip(["a", "b"]).map(|((o, ..), side)| {
            let (value, text) = o.as_ref().and_then(get).unzip();
            html! { <td data-side={side} data-value={value}>{ text.unwrap_or_else(|| "—".into()) }</td> }
        });
        html! { <tr data-metric={*id}><th scope="row">{ *label }</th>{ for cells }</tr> }
    });
    let (testid, cheaper, text) = match (&sides[0].0, &sides[1].0) {
        (Some(a), Some(b)) => {
            let v = verdict(a, b);
            ("verdict", v.cheaper, v.text)
        }
        _ => (
            "no-verdict",
            None,
            "Enter the amount per unit of both products to compare them.".into(),
        ),
    };

    html! {
        <section class="card compare" aria-labelledby="compare-title" data-testid="compare">
            <h3 id="compare-title">{ "Compare two products" }</h3>
            { text_row(vec![TextFieldProps {
                hint: Some(format!("Shared with the Dose screen; {} when left empty.", mg(DEFAULT_TARGET_MG)).into()),
                ..text_box(bind(Param::Target), "Planned magnesium per day", Some("mg"), q.target.clone(), target_errors.into_iter().next().map(|e| e.message.into()))
            }]) }
            <div class="compare-sides">{ for fieldsets }</div>
            <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
                <table class="compare-table" data-testid="compare-table">
                    <caption id="compare-caption">{ format!("A and B for {} of magnesium a day, in whole units", mg(target_mg)) }</caption>
                    <thead><tr><td></td><th scope="col">{ "A" }</th><th scope="col">{ "B" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p class="verdict" data-testid={testid} data-cheaper={cheaper.map(|c| c.0.letter())}
                data-pct={cheaper.map(|c| c.1.to_string())} role="status">{ text }</p>
        </section>
    }
}
