//! Medicines and supplements taken: a checklist, each with the time(s) it is taken.

use super::Errors;
use crate::controls::OnParam;
use crate::field_error_view::field_error;
use mg_engine::clock::Clock;
use mg_engine::input::MedDose;
use mg_engine::meds::MEDS;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The valid doses from the `meds` parameter, in order.
    pub doses: Vec<MedDose>,
    pub errors: Errors,
    pub on_param: OnParam,
}

/// The `meds` parameter for a list of doses.
pub fn encode(doses: &[MedDose]) -> String {
    doses
        .iter()
        .map(|d| match d.time {
            Some(t) => format!("{}@{t}", d.med.id()),
            None => d.med.id().to_owned(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A plain function rather than a component: each component adds its own copy of Yew's
/// lifecycle code to the wasm, and this one has no state of its own.
pub fn medicine_fields(p: &Props) -> Html {
    let emit = {
        let on_param = p.on_param.clone();
        move |doses: Vec<MedDose>| on_param.emit(("meds", encode(&doses)))
    };
    let items = MEDS.iter().map(|m| {
        let id = m.id;
        let mine: Vec<(usize, MedDose)> = p.doses.iter().copied().enumerate().filter(|(_, d)| d.med == id).collect();
        let checked = !mine.is_empty();
        let toggle = {
            let doses = p.doses.clone();
            let emit = emit.clone();
            Callback::from(move |_: Event| {
                let mut next: Vec<MedDose> = doses.iter().copied().filter(|d| d.med != id).collect();
                if !checked {
                    next.push(MedDose { med: id, time: None });
                }
                emit(next)
            })
        };
        let add = {
            let doses = p.doses.clone();
            let emit = emit.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = doses.clone();
                next.push(MedDose { med: id, time: None });
                emit(next)
            })
        };
        let cb_id = format!("med-{}", m.id_str);
        html! {
            <li class="med">
                <input type="checkbox" id={cb_id.clone()} checked={checked} onchange={toggle}
                    aria-describedby={format!("{cb_id}-what")} />
                <label for={cb_id.clone()}>{ m.name }</label>
                <span class="hint" id={format!("{cb_id}-what")}>{ format!(" — {}", m.examples) }</span>
                if checked {
                    <ul class="med-times">
                    { for mine.iter().enumerate().map(|(n, (index, dose))| {
                        let index = *index;
                        let set_time = {
                            let doses = p.doses.clone();
                            let emit = emit.clone();
                            Callback::from(move |e: Event| {
                                let v = e.target_unchecked_into::<HtmlInputElement>().value();
                                let mut next = doses.clone();
                                next[index].time = Clock::parse(&v);
                                emit(next)
                            })
                        };
                        let remove = {
                            let doses = p.doses.clone();
                            let emit = emit.clone();
                            Callback::from(move |_: MouseEvent| {
                                let mut next = doses.clone();
                                next.remove(index);
                                emit(next)
                            })
                        };
                        let input_id = format!("{cb_id}-time-{n}");
                        html! {
                            <li>
                                <label for={input_id.clone()}>{ format!("Dose {} time", n + 1) }</label>
                                <input id={input_id} type="time" value={dose.time.map(|t| t.format()).unwrap_or_default()} onchange={set_time} />
                                if dose.time.is_none() {
                                    <span class="hint">{ format!(" Usual time assumed: {}.", m.default_time.describe()) }</span>
                                }
                                <button type="button" class="link-button" onclick={remove}
                                    aria-label={format!("Remove dose {} of {}", n + 1, m.name)}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                    </ul>
                    <button type="button" class="link-button" onclick={add}
                        aria-label={format!("Add a time for {}", m.name)}>{ "+ Add a time" }</button>
                }
            </li>
        }
    });
    html! {
        <fieldset class="group meds" aria-describedby="meds-hint">
            <legend>{ "Medicines and supplements you take" }<span class="optional">{ " (optional)" }</span></legend>
            <p class="hint" id="meds-hint">{ "Tick what you take and, if you know it, when. Magnesium is placed so each one keeps its distance." }</p>
            if let Some(e) = p.errors.get("meds") { { field_error(&e, Some("meds-error".into())) } }
            <ul class="med-list">{ for items }</ul>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mg_engine::meds::MedId;

    #[test]
    fn encodes_ids_and_times() {
        let doses = [
            MedDose {
                med: MedId::Quinolone,
                time: Clock::parse("08:00"),
            },
            MedDose {
                med: MedId::Iron,
                time: None,
            },
        ];
        assert_eq!(encode(&doses), "quinolone@08:00,iron");
    }
}
