//! Two products side by side: A is the person's product (`form`, `unit_mg`, `basis`, `price`,
//! `count` — the same parameters the Dose screen uses), B is the alternative (`b_*`). Both are
//! worked out for the planned daily dose (`target`, else 200 mg), with a plain-language verdict.

use super::{form_options, money, select, text_fields};
use crate::controls::{ChoiceField, OnParam};
use crate::format::{data_num, mg};
use crate::url_state::Query;
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
    names: [&'static str; 5],
}

const SIDES: [Side; 2] = [
    Side {
        title: "A: your product (also used on the Dose screen)",
        names: ["form", "unit_mg", "basis", "price", "count"],
    },
    Side {
        title: "B: a product to compare",
        names: ["b_form", "b_unit_mg", "b_basis", "b_price", "b_count"],
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
    let [form, unit_mg, basis, price, count] = side.names;
    let raw = RawInput {
        form: q.get(form),
        unit_mg: q.get(unit_mg),
        basis: q.get(basis),
        ..RawInput::default()
    };
    let (input, mut errors) = validate(&raw);
    for e in &mut errors {
        if let Some(i) = ["form", "unit_mg", "basis"]
            .iter()
            .position(|n| *n == e.field)
        {
            e.field = side.names[i];
        }
    }
    let (bottle, price_errors) = parse_price(q.get(price), q.get(count), [price, count]);
    errors.extend(price_errors);
    (
        input.product().map(|p| Outcome::new(p, bottle, target_mg)),
        input.form,
        errors,
    )
}

/// The comparison card; edits go to the URL through `on_param`.
pub fn compare(q: &Query, on_param: &OnParam) -> Html {
    let (input, target_errors) = validate(&RawInput {
        target: q.get("target"),
        ..RawInput::default()
    });
    let target_mg = input.target_mg.unwrap_or(DEFAULT_TARGET_MG);
    let sides = SIDES.map(|s| read_side(q, &s, target_mg));
    let basis_options: Vec<(AttrValue, AttrValue)> = vec![
        (Basis::Elemental.id().into(), "Magnesium itself".into()),
        (Basis::Compound.id().into(), "The whole compound".into()),
    ];

    let fieldsets = SIDES.iter().zip(&sides).map(|(side, (_, form, errors))| {
        let [f, unit, basis, price, count] = side.names;
        let err = |name: &str| errors.iter().find(|e| e.field == name).cloned();
        let text = |name, label, unit| (name, label, unit, q.get(name).map(str::to_owned), err(name), None);
        html! {
            <fieldset class="group">
                <legend>{ side.title }</legend>
                { select(f, "Form", form_options(), form.id(), Some(format!("Assumes {} ({}).", form.form().compound, form.form().formula)), err(f), on_param) }
                { text_fields(vec![text(unit, "Amount per unit on the label", Some("mg"))], on_param) }
                <ChoiceField name={basis} legend="That amount is…" options={basis_options.clone()}
                    value={Some(AttrValue::from(q.get(basis).unwrap_or(Basis::Elemental.id()).to_owned()))} error={err(basis)} on_param={on_param.clone()} />
                { text_fields(vec![text(price, "Price of the bottle", None), text(count, "Units in the bottle", None)], on_param) }
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
            { text_fields(vec![("target", "Planned magnesium per day", Some("mg"), q.target.clone(), target_errors.into_iter().next(),
                Some("Shared with the Dose screen; 200 mg when left empty."))], on_param) }
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
