//! One quiz question as a fieldset whose legend is the question: Yes / No / Not sure radios, or a
//! multiple choice as checkboxes with a "None of these" box. No listeners here: the screen
//! handles `change` once for all inputs (see `edit`).

use super::edit::NONE;
use mg_engine::quiz::{Answer, Kind, Question, Value};
use yew::prelude::*;

fn answer_label(a: Answer) -> &'static str {
    match a {
        Answer::Yes => "Yes",
        Answer::No => "No",
        Answer::Unsure => "Not sure",
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub question: &'static Question,
    /// Its number on the page, from 1.
    pub number: usize,
    pub value: Option<Value>,
}

#[component]
pub fn QuestionField(p: &QuestionProps) -> Html {
    let (q, number, value) = (p.question, p.number, p.value.as_ref());
    let (kind, class, options): (&str, &str, Vec<(&str, &str, bool)>) = match q.kind {
        Kind::YesNo => (
            "radio",
            "field choices radio",
            Answer::ALL
                .iter()
                .map(|a| (a.code(), answer_label(*a), value == Some(&Value::YesNo(*a))))
                .collect(),
        ),
        Kind::Multi(choices) => {
            let picked: &[&str] = match value {
                Some(Value::Multi(p)) => p,
                _ => &[],
            };
            let none = (NONE, "None of these", value.is_some() && picked.is_empty());
            (
                "checkbox",
                "field choices checkbox",
                choices
                    .iter()
                    .map(|c| (c.id, c.label, picked.contains(&c.id)))
                    .chain([none])
                    .collect(),
            )
        }
    };
    let hint_id = (!q.hint.is_empty()).then(|| format!("{}-hint", q.id));
    html! {
        <fieldset {class} aria-describedby={hint_id.clone()} data-question={q.id}>
            <legend>{ format!("{number}. {}", q.text) }</legend>
            <div class="choice-row">
                { for options.into_iter().map(|(v, label, checked)| html! {
                    <label class="choice"><input type={kind} name={q.id} value={v} {checked} />{ label }</label>
                }) }
            </div>
            if let Some(id) = hint_id { <p class="hint" {id}>{ q.hint }</p> }
        </fieldset>
    }
}
