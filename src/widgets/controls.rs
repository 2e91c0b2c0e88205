//! Labelled form controls that show their own field message. Each edits one value and reports
//! its new text through its `Binding`; the text is kept even when invalid, so nothing typed is
//! lost.

use super::field_error::field_message;
use crate::platform::events::{changed_value, input_text, selected};
use crate::state::{Action, AppHandle, Param};
use yew::prelude::*;

/// What a control edits: its form name (also its element id, `f-<name>`) and where its new text
/// goes.
#[derive(Clone, PartialEq)]
pub struct Binding {
    pub name: &'static str,
    pub on_input: Callback<String>,
}

impl Binding {
    /// A control for URL parameter `param`: each change dispatches `Action::Set`.
    pub fn param(app: &AppHandle, param: Param) -> Binding {
        let dispatcher = app.dispatcher();
        Binding {
            name: param.name(),
            on_input: Callback::from(move |value| dispatcher.dispatch(Action::Set(param, value))),
        }
    }
}

/// `(value, label)` pairs for selects and radio groups.
pub type Options = Vec<(AttrValue, AttrValue)>;

/// Options from static `(value, label)` pairs.
pub fn options(pairs: &[(&'static str, &'static str)]) -> Options {
    pairs
        .iter()
        .map(|(v, l)| (AttrValue::from(*v), AttrValue::from(*l)))
        .collect()
}

fn described_by(name: &str, hint: bool, error: bool) -> Option<AttrValue> {
    let ids: Vec<String> = [
        hint.then(|| format!("{name}-hint")),
        error.then(|| format!("{name}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!ids.is_empty()).then(|| ids.join(" ").into())
}

fn hint_and_error(name: &'static str, hint: &Option<AttrValue>, error: &Option<AttrValue>) -> Html {
    html! {
        <>
            if let Some(h) = hint { <p class="hint" id={format!("{name}-hint")}>{ h.clone() }</p> }
            if let Some(e) = error { { field_message(name, e.clone(), Some(format!("{name}-error"))) } }
        </>
    }
}

fn optional_tag(optional: bool) -> Html {
    html! { if optional { <span class="optional">{ " (optional)" }</span> } }
}

#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    pub bind: Binding,
    pub label: AttrValue,
    pub value: Option<String>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Shown after the box, e.g. "mg".
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    /// `numeric`, `decimal` or `text`.
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
    /// `text` or `time`.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
}

/// A text box. Numbers use `inputmode` rather than `type=number`, so the exact text typed stays
/// visible and can be explained when it is not a valid number.
#[component]
pub fn TextField(p: &TextFieldProps) -> Html {
    let name = p.bind.name;
    let oninput = p.bind.on_input.reform(|e: InputEvent| input_text(&e));
    let id = format!("f-{name}");
    html! {
        <div class={classes!("field", p.error.is_some().then_some("has-error"))}>
            <label for={id.clone()}>{ p.label.clone() }{ optional_tag(p.optional) }</label>
            <div class="input-row">
                <input {id} {name} type={p.kind.clone()} inputmode={(p.kind == "text").then(|| p.inputmode.clone())}
                    value={p.value.clone().unwrap_or_default()} placeholder={p.placeholder.clone()}
                    autocomplete="off" spellcheck="false"
                    aria-invalid={p.error.is_some().then_some("true")}
                    aria-describedby={described_by(name, p.hint.is_some(), p.error.is_some())}
                    {oninput} />
                if let Some(u) = &p.unit { <span class="unit" aria-hidden="true">{ u.clone() }</span> }
            </div>
            { hint_and_error(name, &p.hint, &p.error) }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct SelectFieldProps {
    pub bind: Binding,
    pub label: AttrValue,
    pub options: Options,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

#[component]
pub fn SelectField(p: &SelectFieldProps) -> Html {
    let name = p.bind.name;
    let onchange = p.bind.on_input.reform(|e: Event| selected(&e));
    let id = format!("f-{name}");
    html! {
        <div class={classes!("field", p.error.is_some().then_some("has-error"))}>
            <label for={id.clone()}>{ p.label.clone() }</label>
            <select {id} {name} {onchange} aria-describedby={described_by(name, p.hint.is_some(), p.error.is_some())}>
                { for p.options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={*v == p.value}>{ l.clone() }</option>
                }) }
            </select>
            { hint_and_error(name, &p.hint, &p.error) }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ChoiceFieldProps {
    pub bind: Binding,
    pub legend: AttrValue,
    pub options: Options,
    /// The selected value, if any.
    pub value: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub optional: bool,
}

/// A group of radio buttons in a fieldset.
#[component]
pub fn ChoiceField(p: &ChoiceFieldProps) -> Html {
    let name = p.bind.name;
    // Every radio of the group reports its own value when chosen.
    let onchange = p.bind.on_input.reform(|e: Event| changed_value(&e));
    html! {
        <fieldset class={classes!("field", "choices", p.error.is_some().then_some("has-error"))}
            aria-describedby={described_by(name, p.hint.is_some(), p.error.is_some())}>
            <legend>{ p.legend.clone() }{ optional_tag(p.optional) }</legend>
            <div class="choice-row">
            { for p.options.iter().map(|(v, l)| html! {
                <label class="choice">
                    <input type="radio" {name} value={v.clone()} checked={p.value.as_ref() == Some(v)}
                        onchange={onchange.clone()} />
                    { l.clone() }
                </label>
            }) }
            </div>
            { hint_and_error(name, &p.hint, &p.error) }
        </fieldset>
    }
}
