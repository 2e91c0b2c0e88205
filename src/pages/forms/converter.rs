//! Converter for any form, both ways (compound mg ↔ elemental mg, hydrates included), units
//! needed for a daily amount, and cost per 100 mg and per day. Its inputs are its own, not in the
//! URL: it is a scratch pad.

use super::boxes::{text_box, text_row};
use super::figure::{money, Figure};
use crate::widgets::controls::{Binding, Options, SelectField};
use crate::widgets::format::{amount, data_num, mg, pct, trimmed};
use mg_engine::compare::parse_price;
use mg_engine::excerpt::quoted;
use mg_engine::forms::{FormId, FORMS, VARIANTS};
use mg_engine::input::{parse_number, MAX_TARGET_MG};
use mg_engine::plan::{whole_units, MANY_UNITS};
use mg_engine::product::MAX_UNIT_MG;
use std::rc::Rc;
use yew::prelude::*;

/// The text boxes: (name, label, unit). The first two are the two sides of the conversion.
const BOXES: [(&str, &str, Option<&str>); 5] = [
    ("conv_compound", "Whole compound", Some("mg")),
    ("conv_elemental", "Magnesium (elemental)", Some("mg")),
    ("conv_target", "Magnesium wanted per day", Some("mg")),
    ("conv_price", "Price of the bottle", None),
    ("conv_count", "Units in the bottle", None),
];
const TARGET: usize = 2;

#[derive(Clone, PartialEq)]
struct State {
    /// A form id, or a `VARIANTS` id for a hydrate.
    compound: String,
    /// Which side of the conversion (0 or 1) was typed in last; the other shows the result.
    edited: usize,
    /// What was typed in each box of `BOXES`.
    text: [String; 5],
}

impl Reducible for State {
    type Action = (&'static str, String);
    fn reduce(self: Rc<Self>, (name, value): Self::Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match BOXES.iter().position(|b| b.0 == name) {
            Some(i) => {
                s.text[i] = value;
                if i < 2 {
                    s.edited = i;
                }
            }
            None => s.compound = value,
        }
        Rc::new(s)
    }
}

/// (compound, formula, % magnesium) of a form or hydrate id.
fn compound(id: &str) -> (&'static str, &'static str, f64) {
    match VARIANTS.iter().find(|v| v.id == id) {
        Some(v) => (v.compound, v.formula, v.elemental_pct()),
        None => {
            let f = FormId::parse(id).unwrap_or(FormId::DEFAULT).form();
            (f.compound, f.formula, f.elemental_pct())
        }
    }
}

/// Every form, each followed by its hydrates.
fn options() -> Options {
    let mut out = Vec::new();
    for f in FORMS {
        out.push((
            f.id_str.into(),
            format!("{} — {}", f.name, pct(f.elemental_pct())).into(),
        ));
        for v in VARIANTS.iter().filter(|v| v.form == f.id) {
            out.push((
                v.id.into(),
                format!("… as {} — {}", v.compound, pct(v.elemental_pct())).into(),
            ));
        }
    }
    out
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The form to start with (the person's current form).
    pub form: FormId,
    /// The daily amount to start with, mg elemental.
    pub target_mg: f64,
}

#[component]
pub fn Converter(p: &Props) -> Html {
    let (form, target) = (p.form, p.target_mg);
    let s = use_reducer(move || State {
        compound: form.id().into(),
        edited: 0,
        text: [
            String::new(),
            String::new(),
            amount(target),
            String::new(),
            String::new(),
        ],
    });
    let dispatcher = s.dispatcher();
    let bind = |name: &'static str| Binding {
        name,
        on_input: {
            let dispatcher = dispatcher.clone();
            Callback::from(move |value| dispatcher.dispatch((name, value)))
        },
    };
    let (name, formula, share) = compound(&s.compound);

    // Each number box: None = empty, Some(Err) = invalid.
    let number = |i: usize, max: f64| {
        let t = s.text[i].trim();
        (!t.is_empty()).then(|| {
            parse_number(t, 0.0, true, max).ok_or_else(|| {
                (
                    BOXES[i].0,
                    format!(
                        "{} is not a valid amount: enter a number above 0 up to {}.",
                        quoted(t),
                        trimmed(max, 3)
                    ),
                )
            })
        })
    };
    let typed = number(s.edited, MAX_UNIT_MG);
    let target = number(TARGET, MAX_TARGET_MG);
    let (price, price_errors) = parse_price(Some(&s.text[3]), Some(&s.text[4]));

    let typed_mg = typed.clone().and_then(Result::ok);
    let elemental = typed_mg.map(|x| if s.edited == 1 { x } else { x * share / 100.0 });
    // The side not typed in shows the result: magnesium to one decimal, compound like a label.
    let result = if s.edited == 0 {
        elemental.map(|e| trimmed(e, 1))
    } else {
        elemental.map(|e| amount(e * 100.0 / share))
    };
    let mut errors: Vec<(&str, String)> = [
        (BOXES[3].0, price_errors.price),
        (BOXES[4].0, price_errors.count),
    ]
    .into_iter()
    .filter_map(|(name, message)| message.map(|m| (name, m)))
    .collect();
    errors.extend(
        [
            typed.and_then(Result::err),
            target.clone().and_then(Result::err),
        ]
        .into_iter()
        .flatten(),
    );
    let fields = BOXES.iter().enumerate().map(|(i, (name, label, unit))| {
        let value = if i < 2 && i != s.edited {
            result.clone()
        } else {
            Some(s.text[i].clone())
        };
        let error = errors
            .iter()
            .find(|e| e.0 == *name)
            .map(|e| AttrValue::from(e.1.clone()));
        text_box(bind(name), label, *unit, value, error)
    });
    let mut fields: Vec<_> = fields.collect();
    let costs = fields.split_off(TARGET);

    let units = elemental
        .zip(target.and_then(Result::ok))
        .map(|(e, t)| (whole_units(t, e), e, t));
    let figures = [
        units.map(|(n, e, t)| Figure {
            testid: "conv-units",
            label: format!("Units a day for {}", mg(t)),
            value: n.to_string(),
            text: format!(
                "{n} (giving {} of magnesium){}",
                mg(f64::from(n) * e),
                if n > MANY_UNITS {
                    ". That is unusually many: check the amount per unit on the label"
                } else {
                    ""
                }
            ),
        }),
        price.zip(elemental).map(|(pr, e)| Figure {
            testid: "conv-cost-100mg",
            label: "Cost per 100 mg of magnesium".into(),
            value: data_num(pr.per_100mg(e)),
            text: money(pr.per_100mg(e)),
        }),
        price.zip(units).map(|(pr, (n, ..))| Figure {
            testid: "conv-cost-day",
            label: "Cost per day".into(),
            value: data_num(pr.per_day(n)),
            text: format!("{} ({} a unit)", money(pr.per_day(n)), money(pr.per_unit())),
        }),
    ];

    html! {
        <section class="card converter" aria-labelledby="conv-title" data-testid="converter">
            <h3 id="conv-title">{ "Converter: compound and magnesium, units and cost" }</h3>
            <p class="note">{ "Describe one tablet, capsule or scoop. Type in either amount box and the other follows." }</p>
            <SelectField bind={bind("conv_form")} label="Form" options={options()} value={AttrValue::from(s.compound.clone())}
                hint={AttrValue::from(format!("Assumes {name} ({formula}): {} magnesium. Water in the crystal (a hydrate) lowers it.", pct(share)))} />
            { text_row(fields) }
            { text_row(costs) }
            <dl class="figures" aria-live="polite">{ for figures.into_iter().flatten().map(Figure::view) }</dl>
        </section>
    }
}
