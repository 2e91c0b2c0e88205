//! Optional health details, each group collapsed until it holds something: conditions that rule
//! out self-dosing, kidneys, blood magnesium and iron, other magnesium and stomach upset.

use super::fields::Fields;
use super::group_contents::{self, Group};
use super::input_group::input_group;
use crate::platform::events::checked;
use crate::state::{Action, Param};
use crate::widgets::controls::{options, Binding, ChoiceField, SelectField, TextField};
use crate::widgets::field_error::field_error;
use mg_engine::condition::Condition;
use mg_engine::kidney::Ckd;
use mg_engine::serum::SerumUnit;
use std::rc::Rc;
use yew::prelude::*;

fn ckd_label(c: Ckd) -> &'static str {
    match c {
        Ckd::Yes => "Yes",
        Ckd::No => "No",
        Ckd::Unknown => "Don't know",
    }
}

/// Ticking or unticking one condition, applied to the current `conditions` value (ids the app does
/// not know are dropped once a box changes; the engine reports them as a field error).
fn toggle_condition(condition: Condition) -> Action {
    Action::Update(
        Param::Conditions,
        Rc::new(move |current: &str| {
            let ids: Vec<&str> = current.split(',').map(str::trim).collect();
            Condition::ALL
                .into_iter()
                .filter(|c| (*c == condition) != ids.contains(&c.id()))
                .map(Condition::id)
                .collect::<Vec<_>>()
                .join(",")
        }),
    )
}

/// One checkbox per condition that rules out self-dosing.
fn condition_boxes(p: &Fields) -> Html {
    let ticked = group_contents::ticked_conditions(&p.app.query);
    html! {
        { for Condition::ALL.into_iter().map(|c| {
            let onchange = {
                let dispatcher = p.app.dispatcher();
                Callback::from(move |_: Event| dispatcher.dispatch(toggle_condition(c)))
            };
            let id = format!("f-cond-{}", c.id());
            html! {
                <div class="field check">
                    <input type="checkbox" id={id.clone()} name="conditions" value={c.id()}
                        checked={ticked.contains(&c)} {onchange} />
                    <label for={id}>{ c.label() }</label>
                </div>
            }
        }) }
    }
}

pub fn health_fields(p: &Fields) -> Html {
    let q = &p.app.query;
    let e = &p.errors;
    let bind = |param| Binding::param(&p.app, param);
    let gi_change = {
        let dispatcher = p.app.dispatcher();
        Callback::from(move |ev: Event| {
            let value = if checked(&ev) { "1" } else { "0" };
            dispatcher.dispatch(Action::Set(Param::Gi, value.into()))
        })
    };
    let ckd = options(&Ckd::ALL.map(|c| (c.id(), ckd_label(c))));
    let units = options(&SerumUnit::ALL.map(|u| (u.id(), u.label())));
    html! {
        <>
        { input_group(Group::Conditions, "Heart and muscle conditions", &group_contents::conditions(q), html! {
            <fieldset class="group">
                <legend class="visually-hidden">{ "Heart and muscle conditions" }</legend>
                <p class="hint">{ "Tick any you have: with these, magnesium must not be taken without a doctor." }</p>
                { condition_boxes(p) }
                if let Some(err) = e.get(Param::Conditions) { { field_error(&err, None) } }
            </fieldset>
        }) }
        { input_group(Group::Kidneys, "Kidneys", &group_contents::kidneys(q), html! {
            <fieldset class="group">
                <legend class="visually-hidden">{ "Kidneys" }</legend>
                <ChoiceField bind={bind(Param::Ckd)} legend="Do you have kidney disease?" options={ckd}
                    value={Some(AttrValue::from(q.get(Param::Ckd).unwrap_or("unknown").to_owned()))} error={e.message(Param::Ckd)} />
                <TextField bind={bind(Param::Egfr)} label="eGFR (kidney filtration rate)" value={q.egfr.clone()} error={e.message(Param::Egfr)}
                    unit="mL/min/1.73 m²" optional=true hint="On kidney blood test results, often as “eGFR”." />
            </fieldset>
        }) }
        { input_group(Group::Blood, "Blood tests", &group_contents::blood(q), html! {
            <fieldset class="group">
                <legend class="visually-hidden">{ "Blood tests" }</legend>
                <div class="pair">
                    <TextField bind={bind(Param::Serum)} label="Blood (serum) magnesium" value={q.serum.clone()} error={e.message(Param::Serum)} optional=true
                        hint={p.serum_note.clone()} />
                    <SelectField bind={bind(Param::SerumUnit)} label="Unit" options={units}
                        value={AttrValue::from(q.get(Param::SerumUnit).unwrap_or("mg_dl").to_owned())} error={e.message(Param::SerumUnit)} />
                </div>
                <TextField bind={bind(Param::Ferritin)} label="Ferritin (iron stores)" value={q.ferritin.clone()} error={e.message(Param::Ferritin)}
                    unit="ng/mL" optional=true hint="ng/mL and µg/L are the same." />
                <TextField bind={bind(Param::Tsat)} label="Transferrin saturation (TSAT)" value={q.tsat.clone()} error={e.message(Param::Tsat)}
                    unit="%" optional=true />
            </fieldset>
        }) }
        { input_group(Group::Other, "Other magnesium and side effects", &group_contents::other(q), html! {
            <fieldset class="group">
                <legend class="visually-hidden">{ "Other magnesium and side effects" }</legend>
                <TextField bind={bind(Param::OtherMg)} label="Magnesium from other products" value={q.other_mg.clone()} error={e.message(Param::OtherMg)}
                    unit="mg/day" optional=true hint="From a multivitamin, antacid or laxative. It counts toward the limit for supplements." />
                <div class={classes!("field", "check", e.get(Param::Gi).is_some().then_some("has-error"))}>
                    <input type="checkbox" id="f-gi" name="gi" checked={q.get(Param::Gi) == Some("1")} onchange={gi_change} />
                    <label for="f-gi">{ "My current supplement upsets my stomach (diarrhoea, nausea or cramps)" }</label>
                    if let Some(err) = e.get(Param::Gi) { { field_error(&err, Some("gi-error".into())) } }
                </div>
            </fieldset>
        }) }
        </>
    }
}
