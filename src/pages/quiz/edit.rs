//! What one ticked or unticked box of the Quiz screen does to the URL. The screen listens for
//! `change` once, on its root, and turns the input's `name`, `value` and `checked` into an
//! action; the new `quiz` or `lifestyle` value is computed from the current one when the action
//! is applied. The string edits are pure and tested natively.

use crate::state::{Action, Param};
use mg_engine::guidance::{parse_plan, LIFESTYLE};
use mg_engine::quiz::{parse_answers, question, Answer, Kind, Value};
use std::rc::Rc;

/// The value of the "None of these" box of a multiple-choice question.
pub const NONE: &str = "none";

/// The action for a change of input `name` (a question id, or `lifestyle`) to `value` and
/// `checked`; `None` for an input this screen does not own.
pub fn action(name: String, value: String, checked: bool) -> Option<Action> {
    if name == Param::Lifestyle.name() {
        return Some(Action::Update(
            Param::Lifestyle,
            Rc::new(move |current: &str| lifestyle_ticked(current, &value, checked)),
        ));
    }
    question(&name)?;
    Some(Action::Update(
        Param::Quiz,
        Rc::new(move |current: &str| {
            answered(current, &name, &value, checked).unwrap_or_else(|| current.to_owned())
        }),
    ))
}

/// The `lifestyle` value after measure `id` was ticked (`checked`) or unticked: kept in list
/// order, unknown ids dropped.
pub fn lifestyle_ticked(current: &str, id: &str, checked: bool) -> String {
    let (chosen, _) = parse_plan(current);
    LIFESTYLE
        .iter()
        .map(|m| m.id)
        .filter(|m| {
            if *m == id {
                checked
            } else {
                chosen.contains(m)
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// The `quiz` value after the input of question `name` with `value` became `checked`; `None`
/// when that is no answer to that question.
pub fn answered(current: &str, name: &str, value: &str, checked: bool) -> Option<String> {
    let q = question(name)?;
    let (mut answers, _) = parse_answers(current);
    let answer = match q.kind {
        Kind::YesNo => Some(Value::YesNo(Answer::parse(value)?)),
        Kind::Multi(_) if value == NONE => checked.then(|| Value::Multi(Vec::new())),
        Kind::Multi(choices) => {
            choices.iter().find(|c| c.id == value)?;
            let picked = match answers.get(q.id) {
                Some(Value::Multi(p)) => p.clone(),
                _ => Vec::new(),
            };
            let next: Vec<&'static str> = choices
                .iter()
                .map(|c| c.id)
                .filter(|c| {
                    if *c == value {
                        checked
                    } else {
                        picked.contains(c)
                    }
                })
                .collect();
            (!next.is_empty()).then_some(Value::Multi(next))
        }
    };
    answers.set(q.id, answer);
    Some(answers.to_param())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radios_set_answers_in_question_order() {
        let q2 = answered("rest:y", "urge", "y", true).unwrap();
        assert_eq!(q2, "urge:y,rest:y");
        assert_eq!(answered(&q2, "rest", "u", true).unwrap(), "urge:y,rest:u");
        assert_eq!(answered("rest:y", "urge", "maybe", true), None);
        assert!(action("theme".into(), "dark".into(), true).is_none());
        assert!(action("urge".into(), "y".into(), true).is_some());
    }

    #[test]
    fn checkboxes_and_none_of_these() {
        let q = "sensations:burning";
        assert_eq!(
            answered(q, "sensations", "tingling", true).unwrap(),
            "sensations:tingling+burning"
        );
        assert_eq!(
            answered(q, "sensations", "burning", false).unwrap(),
            "",
            "unticking the last choice clears the answer"
        );
        assert_eq!(
            answered(q, "sensations", NONE, true).unwrap(),
            "sensations:none"
        );
        let none = "sensations:none";
        assert_eq!(
            answered(none, "sensations", "arms", true),
            None,
            "a choice of another question is ignored"
        );
        assert_eq!(
            answered(none, "sensations", "crawling", true).unwrap(),
            "sensations:crawling"
        );
        assert_eq!(answered(none, "sensations", NONE, false).unwrap(), "");
    }

    #[test]
    fn lifestyle_ticks_keep_list_order_and_drop_unknown_ids() {
        let q2 = lifestyle_ticked("bath,bogus", "walk", true);
        assert_eq!(q2, "walk,bath");
        assert_eq!(lifestyle_ticked(&q2, "walk", false), "bath");
        assert_eq!(lifestyle_ticked(&q2, "bath", false), "walk");
    }
}
