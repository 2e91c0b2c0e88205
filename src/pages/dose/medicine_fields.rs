//! Medicines and supplements taken: a finder by name; right under it "Your medicines", the ones
//! in `meds` with the latest added first, each with the time(s) it is taken, the times assumed when
//! none is given and a remove button (so on a phone what was just added is in view, not somewhere
//! down the checklist); then the checklist of every group, to tick. The time fields are only in
//! "Your medicines", never twice. Every change is one of `med_edits`' actions on `meds`, the one
//! source of what is listed.

use super::group_contents::{self, Group};
use super::input_group::input_group;
use super::med_edits::{add_dose, remove_dose, set_time, tick, write_times};
use super::medicine_finder::{medicine_finder, use_finder_state, FinderState};
use crate::platform::document;
use crate::platform::events::{changed_value, checked};
use crate::state::{AppHandle, Param};
use crate::widgets::field_error::{field_error, Errors};
use mg_engine::clock::Clock;
use mg_engine::input::MedDose;
use mg_engine::meds::{Med, MedId, MEDS};
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

/// The medicines in `doses`, each once, the latest added first (`tick` appends to `meds`).
fn latest_first(doses: &[MedDose]) -> Vec<MedId> {
    let mut ids: Vec<MedId> = Vec::new();
    for d in doses {
        if !ids.contains(&d.med) {
            ids.push(d.med);
        }
    }
    ids.reverse();
    ids
}

fn row_id(m: &Med) -> String {
    format!("med-{}-row", m.id_str)
}

/// One medicine of "Your medicines": its name, a time field per dose, the times assumed for it,
/// "+ Add a time" and "Remove" (which hands the focus back to the finder and says what it did).
fn mine_row(p: &MedicineFieldsProps, finder: &FinderState, m: &'static Med) -> Html {
    let dispatcher = p.app.dispatcher();
    let med = m.id;
    let mine: Vec<MedDose> = p.doses.iter().copied().filter(|d| d.med == med).collect();
    let several = mine.len() > 1;
    let times = mine.iter().enumerate().map(|(n, dose)| {
        let on_time = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |e: Event| dispatcher.dispatch(set_time(med, n, changed_value(&e))))
        };
        let on_remove = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(remove_dose(med, n)))
        };
        let input_id = format!("med-{}-time-{n}", m.id_str);
        html! {
            <li>
                <label for={input_id.clone()}>
                    <span class="visually-hidden">{ format!("{}: ", m.name) }</span>
                    { format!("Dose {} time", n + 1) }
                </label>
                <input id={input_id} type="time" value={dose.time.map(|t| t.format()).unwrap_or_default()} onchange={on_time} />
                if dose.time.is_none() {
                    <span class="hint">{ " No time: the usual time is assumed (below)." }</span>
                }
                if several {
                    <button type="button" class="link-button" onclick={on_remove}>
                        { "Remove this time" }<span class="visually-hidden">{ format!(" (dose {} of {})", n + 1, m.name) }</span>
                    </button>
                }
            </li>
        }
    });
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
    let on_add = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(add_dose(med)))
    };
    let on_remove_med = {
        let (dispatcher, finder) = (dispatcher.clone(), finder.clone());
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(tick(med, false));
            // The button goes with its row: the focus goes back to the finder, and the live
            // region there says what happened.
            document::focus_id(super::medicine_finder::INPUT_ID);
            finder.say(format!("Removed {} from your list.", m.name));
        })
    };
    html! {
        <li class="med-mine-item" id={row_id(m)} data-testid="med-mine-item" data-med={m.id_str}>
            <p class="med-mine-name">{ m.name }</p>
            <ul class="med-times">{ for times }</ul>
            { for assumed }
            <p class="med-mine-actions">
                <button type="button" class="link-button" onclick={on_add}
                    aria-label={format!("Add a time for {}", m.name)}>{ "+ Add a time" }</button>
                <button type="button" class="link-button" data-testid="med-remove" data-med={m.id_str} onclick={on_remove_med}>
                    { "Remove" }<span class="visually-hidden">{ format!(" {}", m.name) }</span>
                </button>
            </p>
        </li>
    }
}

#[component]
pub fn MedicineFields(p: &MedicineFieldsProps) -> Html {
    let finder = use_finder_state();
    // What the finder has just added: its row, first under the finder, brought into view if the
    // page has scrolled it away (the focus stays in the finder).
    {
        let finder = finder.clone();
        use_effect_with(p.doses.clone(), move |_| {
            if let Some(med) = finder.take_added() {
                document::show(&row_id(med.med()));
            }
        });
    }
    let dispatcher = p.app.dispatcher();
    let items = MEDS.iter().map(|m| {
        let med = m.id;
        let ticked = p.doses.iter().any(|d| d.med == med);
        let on_tick = {
            let dispatcher = dispatcher.clone();
            Callback::from(move |e: Event| dispatcher.dispatch(tick(med, checked(&e))))
        };
        let cb_id = format!("med-{}", m.id_str);
        html! {
            <li class="med">
                <input type="checkbox" id={cb_id.clone()} checked={ticked} onchange={on_tick}
                    aria-describedby={format!("{cb_id}-what")} />
                <label for={cb_id.clone()}>{ m.name }</label>
                <span class="hint" id={format!("{cb_id}-what")}>{ format!(" — {}", m.examples) }</span>
            </li>
        }
    });
    let mine = latest_first(&p.doses);
    html! {
        { input_group(Group::Meds, "Medicines and supplements", &group_contents::meds(&p.app.query, &p.doses), html! {
            <fieldset class="group meds" aria-describedby="meds-hint">
                <legend class="visually-hidden">{ "Medicines and supplements you take" }</legend>
                <p class="hint" id="meds-hint">{ "Find or tick what you take and, if you know it, when. Magnesium is placed so each one keeps its distance." }</p>
                if let Some(e) = p.errors.get(Param::Meds) { { field_error(&e, Some("meds-error".into())) } }
                { medicine_finder(&p.app, &p.doses, &finder) }
                if !mine.is_empty() {
                    <div class="med-mine">
                        <p class="med-mine-title" id="med-mine-title">{ "Your medicines" }<span class="hint">{ " (the latest added first)" }</span></p>
                        <ul class="med-mine-list" data-testid="med-mine" aria-labelledby="med-mine-title">
                            { for mine.iter().map(|id| mine_row(p, &finder, id.med())) }
                        </ul>
                    </div>
                }
                <p class="med-list-title" id="med-list-title">{ "Every group this calculator knows" }</p>
                <ul class="med-list" aria-labelledby="med-list-title">{ for items }</ul>
            </fieldset>
        }) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mg_engine::meds::MedId;

    #[test]
    fn your_medicines_list_each_once_the_latest_added_first() {
        let d = |med, h: Option<u16>| MedDose {
            med,
            time: h.map(|h| Clock::hm(h, 0)),
        };
        let doses = [
            d(MedId::Quinolone, Some(8)),
            d(MedId::Iron, None),
            d(MedId::Quinolone, Some(20)),
            d(MedId::Levothyroxine, None),
        ];
        assert_eq!(
            latest_first(&doses),
            [MedId::Levothyroxine, MedId::Iron, MedId::Quinolone]
        );
        assert!(latest_first(&[]).is_empty());
    }

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
