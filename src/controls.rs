//! Labelled form controls that show their own field error. Every control edits one URL parameter
//! and reports `(parameter, new text)`; the text is kept even when invalid, so nothing typed is lost.

use crate::field_error_view::field_error;
use mg_engine::FieldError;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// `(URL parameter, new value)`; an empty value clears the parameter.
pub type OnParam = Callback<(&'static str, String)>;

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

fn hint_and_error(
    name: &'static str,
    hint: &Option<AttrValue>,
    error: &Option<FieldError>,
) -> Html {
    html! {
        <>
            if let Some(h) = hint { <p class="hint" id={format!("{name}-hint")}>{ h.clone() }</p> }
            if let Some(e) = error { { field_error(e, Some(format!("{name}-error"))) } }
        </>
    }
}

fn optional_tag(optional: bool) -> Html {
    html! { if optional { <span class="optional">{ " (optional)" }</span> } }
}

#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    pub name: &'static str,
    pub label: AttrValue,
    pub value: Option<String>,
    #[prop_or_default]
    pub error: Option<FieldError>,
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
    pub on_param: OnParam,
}

/// A text box. Numbers use `inputmode` rather than `type=number`, so the exact text typed stays
/// visible and can be explained when it is not a valid number.
#[component]
pub fn TextField(p: &TextFieldProps) -> Html {
    let name = p.name;
    let oninput = {
        let on_param = p.on_param.clone();
        Callback::from(move |e: InputEvent| {
            on_param.emit((name, e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
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
    pub name: &'static str,
    pub label: AttrValue,
    /// `(value, label)` pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<FieldError>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub on_param: OnParam,
}

#[component]
pub fn SelectField(p: &SelectFieldProps) -> Html {
    let name = p.name;
    let onchange = {
        let on_param = p.on_param.clone();
        Callback::from(move |e: Event| {
            on_param.emit((name, e.target_unchecked_into::<HtmlSelectElement>().value()))
        })
    };
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
    pub name: &'static str,
    pub legend: AttrValue,
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The selected value, if any.
    pub value: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<FieldError>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub optional: bool,
    pub on_param: OnParam,
}

/// A group of radio buttons in a fieldset.
#[component]
pub fn ChoiceField(p: &ChoiceFieldProps) -> Html {
    let name = p.name;
    html! {
        <fieldset class={classes!("field", "choices", p.error.is_some().then_some("has-error"))}
            aria-describedby={described_by(name, p.hint.is_some(), p.error.is_some())}>
            <legend>{ p.legend.clone() }{ optional_tag(p.optional) }</legend>
            <div class="choice-row">
            { for p.options.iter().map(|(v, l)| {
                let on_param = p.on_param.clone();
                let value = v.to_string();
                let onchange = Callback::from(move |_: Event| on_param.emit((name, value.clone())));
                html! {
                    <label class="choice">
                        <input type="radio" {name} value={v.clone()} checked={p.value.as_ref() == Some(v)} {onchange} />
                        { l.clone() }
                    </label>
                }
            }) }
            </div>
            { hint_and_error(name, &p.hint, &p.error) }
        </fieldset>
    }
}
