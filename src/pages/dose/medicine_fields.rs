//! Medicines and supplements taken: a checklist, each with the time(s) it is taken. Every change
//! is an `Action::Update` of `meds`: it edits the doses the parameter holds when it is applied
//! (read and written by the engine's `meds_param`), not a copy from the last render.

use crate::platform::events::{changed_value, checked};
use crate::state::{Action, AppHandle, Param};
use crate::widgets::field_error::{field_error, Errors};
use mg_engine::clock::Clock;
use mg_engine::input::MedDose;
use mg_engine::meds::{MedId, MEDS};
use mg_engine::meds_param;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MedicineFieldsProps {
    pub app: AppHandle,
    /// The valid doses from the `meds` parameter, in order.
    pub doses: Vec<MedDose>,
    pub errors: Errors,
}

/// An edit of the list of doses, as an action on `meds`.
fn edit_doses(edit: impl Fn(&mut Vec<MedDose>) + 'static) -> Action {
    Action::Update(
        Param::Meds,
        Rc::new(move |current: &str| {
            let mut doses = meds_param::decode(current);
            edit(&mut doses);
            meds_param::encode(&doses)
        }),
    )
}

/// The index in `doses` of dose `n` (0-based) of `med`.
fn nth_dose(doses: &[MedDose], med: MedId, n: usize) -> Option<usize> {
    doses
        .iter()
        .enumerate()
        .filter(|(_, d)| d.med == med)
        .nth(n)
        .map(|(i, _)| i)
}

/// Ticking a medicine adds one dose at its usual time; unticking removes all of its doses.
fn tick(med: MedId, on: bool) -> Action {
    edit_doses(move |doses| {
        if on {
            if !doses.iter().any(|d| d.med == med) {
                doses.push(MedDose { med, time: None });
            }
        } else {
            doses.retain(|d| d.med != med);
        }
    })
}

/// One more dose of `med`, at its usual time until one is entered.
fn add_dose(med: MedId) -> Action {
    edit_doses(move |doses| doses.push(MedDose { med, time: None }))
}

/// The time of dose `n` of `med` (an empty or invalid time means the usual one).
fn set_time(med: MedId, n: usize, time: String) -> Action {
    edit_doses(move |doses| {
        if let Some(i) = nth_dose(doses, med, n) {
            doses[i].time = Clock::parse(&time);
        }
    })
}

fn remove_dose(med: MedId, n: usize) -> Action {
    edit_doses(move |doses| {
        if let Some(i) = nth_dose(doses, med, n) {
            doses.remove(i);
        }
    })
}

#[component]
pub fn MedicineFields(p: &MedicineFieldsProps) -> Html {
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
        <fieldset class="group meds" aria-describedby="meds-hint">
            <legend>{ "Medicines and supplements you take" }<span class="optional">{ " (optional)" }</span></legend>
            <p class="hint" id="meds-hint">{ "Tick what you take and, if you know it, when. Magnesium is placed so each one keeps its distance." }</p>
            if let Some(e) = p.errors.get(Param::Meds) { { field_error(&e, Some("meds-error".into())) } }
            <ul class="med-list">{ for items }</ul>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `action` makes of the `meds` value `current`.
    fn apply(action: Action, current: &str) -> String {
        match action {
            Action::Update(Param::Meds, update) => update(current),
            _ => panic!("not an update of meds"),
        }
    }

    #[test]
    fn ticking_adds_one_dose_and_unticking_removes_all() {
        assert_eq!(apply(tick(MedId::Iron, true), ""), "iron");
        assert_eq!(apply(tick(MedId::Iron, true), "zinc"), "zinc,iron");
        assert_eq!(apply(tick(MedId::Iron, true), "iron@09:00"), "iron@09:00");
        assert_eq!(
            apply(
                tick(MedId::Quinolone, false),
                "quinolone@08:00,iron,quinolone@20:00"
            ),
            "iron"
        );
    }

    #[test]
    fn times_and_extra_doses_address_the_nth_dose_of_one_medicine() {
        let meds = "quinolone@08:00,iron,quinolone";
        assert_eq!(
            apply(set_time(MedId::Quinolone, 1, "20:00".into()), meds),
            "quinolone@08:00,iron,quinolone@20:00"
        );
        assert_eq!(
            apply(set_time(MedId::Quinolone, 0, String::new()), meds),
            "quinolone,iron,quinolone"
        );
        assert_eq!(
            apply(remove_dose(MedId::Quinolone, 0), meds),
            "iron,quinolone"
        );
        assert_eq!(apply(remove_dose(MedId::Quinolone, 5), meds), meds);
        assert_eq!(
            apply(add_dose(MedId::Iron), meds),
            "quinolone@08:00,iron,quinolone,iron"
        );
    }

    #[test]
    fn edits_keep_only_valid_doses() {
        assert_eq!(apply(add_dose(MedId::Zinc), "bogus,iron"), "iron,zinc");
    }
}
