//! Medicines and supplements taken: a finder by name, and a checklist, each with the time(s) it
//! is taken. Every change is one of `med_edits`' actions on `meds`.

use super::group_contents::{self, Group};
use super::input_group::input_group;
use super::med_edits::{add_dose, remove_dose, set_time, tick};
use super::medicine_finder::{medicine_finder, use_finder_state};
use crate::platform::events::{changed_value, checked};
use crate::state::{AppHandle, Param};
use crate::widgets::field_error::{field_error, Errors};
use mg_engine::input::MedDose;
use mg_engine::meds::MEDS;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MedicineFieldsProps {
    pub app: AppHandle,
    /// The valid doses from the `meds` parameter, in order.
    pub doses: Vec<MedDose>,
    pub errors: Errors,
}

#[component]
pub fn MedicineFields(p: &MedicineFieldsProps) -> Html {
    let finder = use_finder_state();
    let dispatcher = p.app.dispatcher();
    let items = MEDS.iter().map(|m| {
        let med = m.id;
        let mine: Vec<MedDose> = p.doses.iter().copied().filter(|d| d.med == med).collect();
        let ticked = !mine.is_empty();
        let on_tick = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |e: Event| dispatcher.dispatch(tick(med, checked(&e))))
        };
        let on_add = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(add_dose(med)))
        };
        let cb_id = format!("med-{}", m.id_str);
        let times = mine.iter().enumerate().map(|(n, dose)| {
            let on_time = {
                let dispatcher = dispatcher.clone();
                Callback::from(move |e: Event| dispatcher.dispatch(set_time(med, n, changed_value(&e))))
            };
            let on_remove = {
                let dispatcher = dispatcher.clone();
                Callback::from(move |_: MouseEvent| dispatcher.dispatch(remove_dose(med, n)))
            };
            let input_id = format!("{cb_id}-time-{n}");
            html! {
                <li>
                    <label for={input_id.clone()}>{ format!("Dose {} time", n + 1) }</label>
                    <input id={input_id} type="time" value={dose.time.map(|t| t.format()).unwrap_or_default()} onchange={on_time} />
                    if dose.time.is_none() {
                        <span class="hint">{ format!(" Usual time assumed: {}.", m.default_time.describe()) }</span>
                    }
                    <button type="button" class="link-button" onclick={on_remove}
                        aria-label={format!("Remove dose {} of {}", n + 1, m.name)}>{ "Remove" }</button>
                </li>
            }
        });
        html! {
            <li class="med">
                <input type="checkbox" id={cb_id.clone()} checked={ticked} onchange={on_tick}
                    aria-describedby={format!("{cb_id}-what")} />
                <label for={cb_id.clone()}>{ m.name }</label>
                <span class="hint" id={format!("{cb_id}-what")}>{ format!(" — {}", m.examples) }</span>
                if ticked {
                    <ul class="med-times">{ for times }</ul>
                    <button type="button" class="link-button" onclick={on_add}
                        aria-label={format!("Add a time for {}", m.name)}>{ "+ Add a time" }</button>
                }
            </li>
        }
    });
    html! {
        { input_group(Group::Meds, "Medicines and supplements", &group_contents::meds(&p.app.query, &p.doses), html! {
            <fieldset class="group meds" aria-describedby="meds-hint">
                <legend class="visually-hidden">{ "Medicines and supplements you take" }</legend>
                <p class="hint" id="meds-hint">{ "Tick what you take and, if you know it, when. Magnesium is placed so each one keeps its distance." }</p>
                if let Some(e) = p.errors.get(Param::Meds) { { field_error(&e, Some("meds-error".into())) } }
                { medicine_finder(&p.app, &p.doses, &finder) }
                <ul class="med-list">{ for items }</ul>
            </fieldset>
        }) }
    }
}
