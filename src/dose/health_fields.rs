//! Optional health details: conditions, kidneys, blood magnesium, iron, other magnesium, stomach
//! upset.

use super::FieldsProps as Props;
use crate::controls::{ChoiceField, OnParam, SelectField, TextField};
use mg_engine::condition::Condition;
use mg_engine::kidney::Ckd;
use mg_engine::serum::SerumUnit;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn options(pairs: &[(&'static str, &'static str)]) -> Vec<(AttrValue, AttrValue)> {
    pairs
        .iter()
        .map(|(v, l)| (AttrValue::from(*v), AttrValue::from(*l)))
        .collect()
}

/// The `conditions` ids ticked now (unknown ids in the URL are dropped once a box changes).
fn ticked(raw: Option<&str>) -> Vec<Condition> {
    let ids: Vec<&str> = raw.unwrap_or("").split(',').map(str::trim).collect();
    Condition::ALL
        .into_iter()
        .filter(|c| ids.contains(&c.id()))
        .collect()
}

/// One checkbox per condition that rules out self-dosing; ticking one updates `conditions`.
fn condition_boxes(raw: Option<&str>, on: &OnParam) -> Html {
    let now = ticked(raw);
    html! {
        { for Condition::ALL.into_iter().map(|c| {
            let checked = now.contains(&c);
            let onchange = {
                let (on, now) = (on.clone(), now.clone());
                Callback::from(move |_: Event| {
                    let next: Vec<&str> = Condition::ALL
                        .into_iter()
                        .filter(|x| if *x == c { !checked } else { now.contains(x) })
                        .map(Condition::id)
                        .collect();
                    on.emit(("conditions", next.join(",")))
                })
            };
            let id = format!("f-cond-{}", c.id());
            html! {
                <div class="field check">
                    <input type="checkbox" id={id.clone()} name="conditions" value={c.id()} {checked} {onchange} />
                    <label for={id}>{ c.label() }</label>
                </div>
            }
        }) }
    }
}

/// A plain function rather than a component: each component adds its own copy of Yew's
/// lifecycle code to the wasm, and this one has no state of its own.
pub fn health_fields(p: &Props) -> Html {
    let q = &p.query;
    let e = &p.errors;
    let on = p.on_param.clone();
    let gi_change = {
        let on = on.clone();
        Callback::from(move |ev: Event| {
            let checked = ev.target_unchecked_into::<HtmlInputElement>().checked();
            on.emit(("gi", if checked { "1".into() } else { String::new() }))
        })
    };
    let ckd = Ckd::ALL.map(|c| {
        (
            c.id(),
            match c {
                Ckd::Yes => "Yes",
                Ckd::No => "No",
                Ckd::Unknown => "Don't know",
            },
        )
    });
    let units = SerumUnit::ALL.map(|u| (u.id(), u.label()));
    html! {
        <>
        <fieldset class="group">
            <legend>{ "Heart and muscle conditions" }<span class="optional">{ " (optional)" }</span></legend>
            <p class="hint">{ "Tick any you have: with these, magnesium must not be taken without a doctor." }</p>
            { condition_boxes(q.get("conditions"), &on) }
            if let Some(err) = e.get("conditions") { { crate::field_error_view::field_error(&err, None) } }
        </fieldset>
        <fieldset class="group">
            <legend>{ "Kidneys" }<span class="optional">{ " (optional)" }</span></legend>
            <ChoiceField name="ckd" legend="Do you have kidney disease?" options={options(&ckd)}
                value={Some(AttrValue::from(q.get("ckd").unwrap_or("unknown").to_owned()))} error={e.get("ckd")} on_param={on.clone()} />
            <TextField name="egfr" label="eGFR (kidney filtration rate)" value={q.egfr.clone()} error={e.get("egfr")}
                unit="mL/min/1.73 m²" optional=true hint="On kidney blood test results, often as “eGFR”." on_param={on.clone()} />
        </fieldset>
        <fieldset class="group">
            <legend>{ "Blood tests" }<span class="optional">{ " (optional)" }</span></legend>
            <div class="pair">
                <TextField name="serum" label="Blood (serum) magnesium" value={q.serum.clone()} error={e.get("serum")} optional=true
                    hint={p.serum_note.clone().map(AttrValue::from)} on_param={on.clone()} />
                <SelectField name="serum_unit" label="Unit" options={options(&units)}
                    value={AttrValue::from(q.get("serum_unit").unwrap_or("mg_dl").to_owned())} error={e.get("serum_unit")} on_param={on.clone()} />
            </div>
            <TextField name="ferritin" label="Ferritin (iron stores)" value={q.ferritin.clone()} error={e.get("ferritin")}
                unit="ng/mL" optional=true hint="ng/mL and µg/L are the same." on_param={on.clone()} />
            <TextField name="tsat" label="Transferrin saturation (TSAT)" value={q.tsat.clone()} error={e.get("tsat")}
                unit="%" optional=true on_param={on.clone()} />
        </fieldset>
        <fieldset class="group">
            <legend>{ "Other magnesium and side effects" }<span class="optional">{ " (optional)" }</span></legend>
            <TextField name="other_mg" label="Magnesium from other products" value={q.other_mg.clone()} error={e.get("other_mg")}
                unit="mg/day" optional=true hint="From a multivitamin, antacid or laxative. It counts toward the upper limit." on_param={on.clone()} />
            <div class={classes!("field", "check", e.get("gi").is_some().then_some("has-error"))}>
                <input type="checkbox" id="f-gi" name="gi" checked={q.get("gi") == Some("1")} onchange={gi_change} />
                <label for="f-gi">{ "My current supplement upsets my stomach (diarrhoea, nausea or cramps)" }</label>
                if let Some(err) = e.get("gi") { { crate::field_error_view::field_error(&err, Some("gi-error".into())) } }
            </div>
        </fieldset>
        </>
    }
}
