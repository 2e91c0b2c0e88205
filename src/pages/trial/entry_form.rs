//! The morning form: a few taps — how bad the legs were last evening and night, how well the
//! person slept, the magnesium taken (prefilled from the plan), stomach upset, an optional note.
//! The words are this app's own (the licensed IRLS rating scale is not used).

use super::form::{Form, FormError};
use crate::platform::events::{changed_value, checked, input_text};
use mg_engine::trial::entry::{NOTE_MAX_CHARS, RATING_MAX};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntryFormProps {
    pub form: Form,
    pub errors: Vec<FormError>,
    /// The latest date a morning can rate (today), for the date picker.
    pub today: AttrValue,
    /// A new date typed: the page reloads the form for it.
    pub on_date: Callback<String>,
    pub on_change: Callback<Form>,
    pub on_save: Callback<()>,
    /// Says what happened after the last save (read out politely).
    #[prop_or_default]
    pub status: Option<AttrValue>,
    /// Moves focus here when a day is picked for editing.
    #[prop_or_default]
    pub focus: NodeRef,
}

fn error_for(errors: &[FormError], field: &str) -> Option<Html> {
    errors.iter().find(|e| e.field == field).map(|e| {
        html! {
            <p class="field-error" id={format!("{field}-error")} data-testid="field-error" data-field={e.field.clone()} role="alert">
                { e.message.clone() }
            </p>
        }
    })
}

/// One 0–10 row of radio buttons.
fn rating_row(
    name: &'static str,
    legend: &'static str,
    ends: (&'static str, &'static str),
    value: Option<u8>,
    on_pick: Callback<Option<u8>>,
) -> Html {
    let options: Vec<Html> = (0..=RATING_MAX).map(|n| {
        let id = format!("{name}-{n}");
        let on_pick = on_pick.clone();
        let onchange = Callback::from(move |_: Event| on_pick.emit(Some(n)));
        html! {
            <span class="rating-option">
                <input type="radio" {name} id={id.clone()} value={n.to_string()} checked={value == Some(n)} {onchange} />
                <label for={id}>{ n }</label>
            </span>
        }
    }).collect();
    let clear = value.is_some().then(|| {
        let onclick = Callback::from(move |_: MouseEvent| on_pick.emit(None));
        html! { <button type="button" class="link-button" {onclick}>{ "Clear" }</button> }
    });
    html! {
        <fieldset class="field rating">
            <legend>{ legend }</legend>
            <div class="rating-row">{ options }</div>
            <p class="rating-ends"><span>{ ends.0 }</span><span>{ ends.1 }</span></p>
            { for clear }
        </fieldset>
    }
}

#[component]
pub fn EntryForm(p: &EntryFormProps) -> Html {
    let f = &p.form;
    let change = |update: fn(&mut Form, String)| {
        let (form, on_change) = (f.clone(), p.on_change.clone());
        move |text: String| {
            let mut next = form.clone();
            update(&mut next, text);
            on_change.emit(next);
        }
    };
    let on_date = {
        let on_date = p.on_date.clone();
        Callback::from(move |e: Event| on_date.emit(changed_value(&e)))
    };
    let on_symptoms = {
        let (form, on_change) = (f.clone(), p.on_change.clone());
        Callback::from(move |v| {
            on_change.emit(Form {
                symptoms: v,
                ..form.clone()
            })
        })
    };
    let on_sleep = {
        let (form, on_change) = (f.clone(), p.on_change.clone());
        Callback::from(move |v| {
            on_change.emit(Form {
                sleep: v,
                ..form.clone()
            })
        })
    };
    let on_magnesium = {
        let set = change(|f, text| {
            f.magnesium = text;
            f.magnesium_typed = true;
        });
        Callback::from(move |e: InputEvent| set(input_text(&e)))
    };
    let on_gi = {
        let (form, on_change) = (f.clone(), p.on_change.clone());
        Callback::from(move |e: Event| {
            on_change.emit(Form {
                gi: checked(&e),
                ..form.clone()
            })
        })
    };
    let on_note = {
        let set = change(|f, text| f.note = text);
        Callback::from(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let onsubmit = {
        let on_save = p.on_save.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_save.emit(());
        })
    };
    let note_chars = f.note.chars().count();
    let errors = &p.errors;
    let has = |field: &str| errors.iter().any(|e| e.field == field);
    html! {
        <form class="card trial-entry" aria-labelledby="entry-title" {onsubmit} novalidate=true>
            <h3 id="entry-title" tabindex="-1" ref={p.focus.clone()}>
                { if f.editing { format!("Edit the morning of {}", f.date) } else { "This morning's entry".to_owned() } }
            </h3>
            <div class={classes!("field", has("trial-date").then_some("has-error"))}>
                <label for="trial-date">{ "Date" }</label>
                <input type="date" id="trial-date" value={f.date.clone()} max={p.today.clone()} onchange={on_date}
                    aria-describedby={has("trial-date").then_some("trial-date-error")} />
                { for error_for(errors, "trial-date") }
            </div>
            { rating_row("trial-symptoms", "Restless legs last evening and night", ("0 = none at all", "10 = the worst you can imagine"), f.symptoms, on_symptoms) }
            { for error_for(errors, "trial-symptoms") }
            { rating_row("trial-sleep", "How well you slept", ("0 = very badly", "10 = very well"), f.sleep, on_sleep) }
            { for error_for(errors, "trial-sleep") }
            <div class={classes!("field", has("trial-magnesium_mg").then_some("has-error"))}>
                <label for="trial-mg">{ "Magnesium taken for that evening" }</label>
                <div class="input-row">
                    <input type="text" id="trial-mg" inputmode="decimal" autocomplete="off" value={f.magnesium.clone()} oninput={on_magnesium}
                        aria-describedby={if has("trial-magnesium_mg") { "trial-mg-hint trial-magnesium_mg-error" } else { "trial-mg-hint" }} />
                    <span class="unit">{ "mg elemental" }</span>
                </div>
                <p class="hint" id="trial-mg-hint">{ "Elemental mg, as your plan has it (0 on days without magnesium). Leave it empty if you do not know." }</p>
                { for error_for(errors, "trial-magnesium_mg") }
            </div>
            <div class="field check">
                <input type="checkbox" id="trial-gi" checked={f.gi} onchange={on_gi} />
                <label for="trial-gi">{ "Stomach upset (diarrhoea, nausea or cramps)" }</label>
            </div>
            <div class={classes!("field", has("trial-note").then_some("has-error"))}>
                <label for="trial-note">{ "Note" }<span class="optional">{ " (optional)" }</span></label>
                <textarea id="trial-note" rows="2" value={f.note.clone()} oninput={on_note}
                    aria-describedby={if has("trial-note") { "trial-note-count trial-note-error" } else { "trial-note-count" }} />
                <p class="hint" id="trial-note-count">{ format!("{note_chars} of {NOTE_MAX_CHARS} characters") }</p>
                { for error_for(errors, "trial-note") }
            </div>
            <p class="actions-row">
                <button type="submit" class="button" data-testid="trial-save">
                    { if f.editing { "Save changes" } else { "Save this day" } }
                </button>
                <span class="status" role="status">{ p.status.clone().unwrap_or_default() }</span>
            </p>
        </form>
    }
}
