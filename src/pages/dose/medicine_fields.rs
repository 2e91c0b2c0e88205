//! Medicines and supplements taken: a finder by name, and a checklist, each with the time(s) it
//! is taken. Every change is one of `med_edits`' actions on `meds`.

use super::group_contents::{self, Group};
use super::input_group::input_group;
use super::med_edits::{add_dose, remove_dose, set_time, tick, write_times};
use super::medicine_finder::{medicine_finder, use_finder_state};
use crate::platform::events::{changed_value, checked};
use crate::state::{AppHandle, Param};
use crate::widgets::field_error::{field_error, Errors};
use mg_engine::clock::Clock;
use mg_engine::input::MedDose;
use mg_engine::meds::MEDS;
use mg_engine::schedule::Assumed;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MedicineFieldsProps {
    pub app: AppHandle,
    /// The valid doses from the `meds` parameter, in order.
    pub doses: Vec<MedDose>,
    /// The medicines listed without a time, with the doses the engine assumed for them.
    pub assumed: Vec<Assumed>,
    pub errors: Errors,
}

/// "08:00", "08:00 and 20:00", "08:00, 14:00 and 20:00".
fn time_list(times: &[Clock]) -> String {
    let t: Vec<String> = times.iter().map(|t| t.format()).collect();
    match t.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => t.concat(),
    }
}

/// What the app assumed for a medicine given without a time (docs/contract.md, `med-assumed`).
fn assumed_text(a: &Assumed) -> String {
    let n = a.times.len();
    let how_often = match (n, a.all_times.len()) {
        (1, 1) => "once a day".to_owned(),
        (2, 2) => "twice a day".to_owned(),
        (_, all) if all == n => format!("{n} times a day"),
        (1, _) => "one more dose".to_owned(),
        _ => format!("{n} more doses"),
    };
    format!(
        "No time given, so {how_often} is assumed, as this medicine is usually taken: at {}.",
        time_list(&a.times)
    )
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
        let assumed = p.assumed.iter().find(|a| a.med == med).map(|a| {
            let on_change = {
                let dispatcher = dispatcher.clone();
                let times = a.all_times.clone();
                Callback::from(move |_: MouseEvent| dispatcher.dispatch(write_times(med, times.clone())))
            };
            html! {
                <p class="hint med-assumed" data-testid="med-assumed" data-med={m.id_str}
                    data-count={a.times.len().to_string()}>
                    { assumed_text(a) }
                    { " " }
                    <button type="button" class="link-button" data-testid="med-assumed-edit" onclick={on_change}
                        aria-label={format!("Change the times of {}", m.name)}>{ "Change these times" }</button>
                </p>
            }
        });
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
                        <span class="hint">{ " No time: the usual time is assumed (below)." }</span>
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
                    { for assumed }
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

#[cfg(test)]
mod tests {
    use super::*;
    use mg_engine::meds::MedId;

    #[test]
    fn the_assumed_doses_are_told_with_their_times() {
        let t = |h| Clock::hm(h, 0);
        let a = Assumed {
            med: MedId::Quinolone,
            times: vec![t(8), t(20)],
            all_times: vec![t(8), t(20)],
        };
        assert_eq!(assumed_text(&a), "No time given, so twice a day is assumed, as this medicine is usually taken: at 08:00 and 20:00.");
        let g = Assumed {
            med: MedId::Gabapentin,
            times: vec![t(8), t(14), t(20)],
            all_times: vec![t(8), t(14), t(20)],
        };
        assert!(
            assumed_text(&g).contains("3 times a day")
                && assumed_text(&g).ends_with("at 08:00, 14:00 and 20:00.")
        );
        let one = Assumed {
            med: MedId::Quinolone,
            times: vec![t(20)],
            all_times: vec![t(9), t(20)],
        };
        assert!(
            assumed_text(&one).contains("one more dose"),
            "{}",
            assumed_text(&one)
        );
    }
}
