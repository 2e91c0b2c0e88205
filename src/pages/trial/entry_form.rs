//! The morning form: a few taps — how bad the legs were last evening and night, how well the
//! person slept, the magnesium taken (prefilled from the plan), stomach upset, an optional note.
//! The words are this app's own (the licensed IRLS rating scale is not used).

use super::form::FormError;
use super::state::{Act, Msg, Ui};
use super::transfer::summary;
use crate::platform::events::{changed_value, checked, input_text, textarea_text};
use mg_engine::trial::entry::{NOTE_MAX_CHARS, RATING_MAX};
use yew::prelude::*;

fn error_for(errors: &[FormError], field: &str) -> Option<Html> {
    errors.iter().find(|e| e.field == field).map(|e| {
        html! {
            <p class="field-error" id={format!("{field}-error")} data-testid="field-error" data-field={e.field.clone()} role="alert">
                { e.message.clone() }
            </p>
        }
    })
}

/// One 0–10 row of radio buttons; `msg` makes the message that sets (or clears) the rating.
fn rating_row(
    name: &'static str,
    legend: &'static str,
    ends: (&'static str, &'static str),
    value: Option<u8>,
    msg: fn(Option<u8>) -> Msg,
    act: &Callback<Act>,
) -> Html {
    let options: Vec<Html> = (0..=RATING_MAX)
        .map(|n| {
            let id = format!("{name}-{n}");
            html! {
                <span class="rating-option">
                    <input type="radio" {name} id={id.clone()} value={n.to_string()} checked={value == Some(n)}
                        onchange={act.reform(move |_: Event| Act::Ui(msg(Some(n))))} />
                    <label for={id}>{ n }</label>
                </span>
            }
        })
        .collect();
    html! {
        <fieldset class="field rating">
            <legend>{ legend }</legend>
            <div class="rating-row">{ options }</div>
            <p class="rating-ends"><span>{ ends.0 }</span><span>{ ends.1 }</span></p>
            if value.is_some() {
                <button type="button" class="link-button" onclick={act.reform(move |_| Act::Ui(msg(None)))}>{ "Clear" }</button>
            }
        </fieldset>
    }
}

/// What the form shows besides the screen's state.
pub struct FormView {
    /// `today` caps the date picker.
    pub today: String,
    /// Where an "Edit" moves the focus.
    pub focus: NodeRef,
    /// The amount field is there (not in a symptom diary kept while magnesium is ruled out).
    pub asks_amount: bool,
    /// What the trial's rules say about the amount typed (`AmountProblem::message`), and its
    /// kind (`data-kind`: `above-limit`, `blocked`).
    pub amount_note: Option<(&'static str, String)>,
    /// The message beside "Save" when saving did not reach storage.
    pub failed: Html,
}

/// The morning form.
pub fn entry_form(ui: &Ui, view: FormView, act: &Callback<Act>) -> Html {
    let FormView {
        today,
        focus,
        asks_amount,
        amount_note,
        failed,
    } = view;
    let f = &ui.form;
    let errors = &ui.errors;
    let has = |field: &str| errors.iter().any(|e| e.field == field);
    let described = |hint: &'static str, field: &str| {
        if has(field) {
            format!("{hint} {field}-error")
        } else {
            hint.to_owned()
        }
    };
    let onsubmit = act.reform(|e: SubmitEvent| {
        e.prevent_default();
        Act::Save
    });
    html! {
        <form class="card trial-entry" aria-labelledby="entry-title" {onsubmit} novalidate=true>
            <h3 id="entry-title" tabindex="-1" ref={focus}>
                { if f.editing { format!("Edit the morning of {}", f.date) } else { "This morning's entry".to_owned() } }
            </h3>
            <div class={classes!("field", has("trial-date").then_some("has-error"))}>
                <label for="trial-date">{ "Date" }</label>
                <input type="date" id="trial-date" value={f.date.clone()} max={today}
                    onchange={act.reform(|e: Event| Act::Date(changed_value(&e)))}
                    aria-describedby={has("trial-date").then_some("trial-date-error")} />
                { for error_for(errors, "trial-date") }
            </div>
            { rating_row("trial-symptoms", "Restless legs last evening and night", ("0 = none at all", "10 = the worst you can imagine"), f.symptoms, Msg::Symptoms, act) }
            { rating_row("trial-sleep", "How well you slept", ("0 = very badly", "10 = very well"), f.sleep, Msg::Sleep, act) }
            if asks_amount {
                <div class={classes!("field", has("trial-magnesium_mg").then_some("has-error"))}>
                    <label for="trial-mg">{ "Magnesium taken that evening" }</label>
                    <div class="input-row">
                        <input type="text" id="trial-mg" inputmode="decimal" autocomplete="off" value={f.magnesium.clone()}
                            oninput={act.reform(|e: InputEvent| Act::Ui(Msg::Magnesium(input_text(&e))))}
                            aria-describedby={format!("{}{}", described("trial-mg-hint", "trial-magnesium_mg"), if amount_note.is_some() { " trial-mg-warning" } else { "" })} />
                        <span class="unit">{ "mg elemental" }</span>
                    </div>
                    <p class="hint" id="trial-mg-hint">{ "The evening before this morning: filled in from your plan by that evening's date, or as you recorded it last; 0 on evenings without magnesium. Leave it empty if you do not know." }</p>
                    if let Some((kind, note)) = amount_note {
                        <p class="notice caution" id="trial-mg-warning" data-testid="trial-amount-warning" data-kind={kind} role="status">{ note }</p>
                    }
                    { for error_for(errors, "trial-magnesium_mg") }
                </div>
            } else {
                <p class="hint" data-testid="trial-no-amount">{ "A symptom diary without magnesium: each day is saved with none taken." }</p>
            }
            <div class="field check">
                <input type="checkbox" id="trial-gi" checked={f.gi} onchange={act.reform(|e: Event| Act::Ui(Msg::Gi(checked(&e))))} />
                <label for="trial-gi">{ "Stomach upset (diarrhoea, nausea or cramps)" }</label>
            </div>
            <div class={classes!("field", has("trial-note").then_some("has-error"))}>
                <label for="trial-note">{ "Note" }<span class="optional">{ " (optional)" }</span></label>
                <textarea id="trial-note" rows="2" value={f.note.clone()}
                    oninput={act.reform(|e: InputEvent| Act::Ui(Msg::Note(textarea_text(&e))))}
                    aria-describedby={described("trial-note-count", "trial-note")} />
                <p class="hint" id="trial-note-count">{ format!("{} of {NOTE_MAX_CHARS} characters", f.note.chars().count()) }</p>
                { for error_for(errors, "trial-note") }
            </div>
            if let Some(other) = &ui.conflict {
                <div class="notice caution" role="alert" data-testid="trial-conflict">
                    <p>{ format!("{} was saved in another window since you opened it: {}. Save yours in its place?", other.date(), summary(other)) }</p>
                    <p class="actions-row">
                        <button type="button" class="button" data-testid="trial-save-over"
                            onclick={act.reform(|_| Act::SaveOver)}>{ "Save mine" }</button>
                        <button type="button" class="link-button" data-testid="trial-keep-other"
                            onclick={act.reform({ let date = other.date(); move |_| Act::Edit(date) })}>{ "Keep the saved one" }</button>
                    </p>
                </div>
            }
            <p class="actions-row">
                <button type="submit" class="button" data-testid="trial-save">
                    { if f.editing { "Save changes" } else { "Save this day" } }
                </button>
                <span class="status" role="status" data-testid="trial-status">{ ui.status.clone().unwrap_or_default() }</span>
                { failed }
            </p>
        </form>
    }
}
