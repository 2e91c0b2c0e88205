//! What one ticked or unticked box does to the URL: pure, so it is tested natively. The screen
//! listens for `change` once, on its root, and passes the input's `name`, `value` and `checked`.

use crate::url_state::Query;
use mg_engine::guidance::{parse_plan, LIFESTYLE};
use mg_engine::quiz::{parse_answers, question, Answer, Kind, Value};

/// The value of the "None of these" box of a multiple-choice question.
pub const NONE: &str = "none";

/// The next query after input `name` (a question id, or `lifestyle`) with `value` became
/// `checked`; `None` for an input this screen does not own.
pub fn apply(query: &Query, name: &str, value: &str, checked: bool) -> Option<Query> {
    if name == "lifestyle" {
        let (chosen, _) = parse_plan(query.get("lifestyle").unwrap_or(""));
        let next: Vec<&str> = LIFESTYLE
            .iter()
            .map(|m| m.id)
            .filter(|id| {
                if *id == value {
                    checked
                } else {
                    chosen.contains(id)
                }
            })
            .collect();
        return Some(query.with("lifestyle", &next.join(",")));
    }
    let q = question(name)?;
    let (mut answers, _) = parse_answers(query.get("quiz").unwrap_or(""));
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
    Some(query.with("quiz", &answers.to_param()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiz(q: &Option<Query>) -> &str {
        q.as_ref().unwrap().get("quiz").unwrap_or("")
    }

    #[test]
    fn radios_set_answers_in_question_order() {
        let q = Query::parse("?view=quiz&quiz=rest:y");
        let q2 = apply(&q, "urge", "y", true);
        assert_eq!(quiz(&q2), "urge:y,rest:y");
        assert_eq!(
            quiz(&apply(q2.as_ref().unwrap(), "rest", "u", true)),
            "urge:y,rest:u"
        );
        assert_eq!(apply(&q, "urge", "maybe", true), None);
        assert_eq!(apply(&q, "theme", "dark", true), None);
    }

    #[test]
    fn checkboxes_and_none_of_these() {
        let q = Query::parse("?quiz=sensations:burning");
        assert_eq!(
            quiz(&apply(&q, "sensations", "tingling", true)),
            "sensations:tingling+burning"
        );
        assert_eq!(
            quiz(&apply(&q, "sensations", "burning", false)),
            "",
            "unticking the last choice clears the answer"
        );
        assert_eq!(
            quiz(&apply(&q, "sensations", NONE, true)),
            "sensations:none"
        );
        let none = Query::parse("?quiz=sensations:none");
        assert_eq!(
            apply(&none, "sensations", "arms", true),
            None,
            "a choice of another question is ignored"
        );
        assert_eq!(
            quiz(&apply(&none, "sensations", "crawling", true)),
            "sensations:crawling"
        );
        assert_eq!(quiz(&apply(&none, "sensations", NONE, false)), "");
    }

    #[test]
    fn lifestyle_ticks_keep_list_order_and_drop_unknown_ids() {
        let q = Query::parse("?lifestyle=bath,bogus");
        let q2 = apply(&q, "lifestyle", "walk", true).unwrap();
        assert_eq!(q2.get("lifestyle"), Some("walk,bath"));
        assert_eq!(
            apply(&q2, "lifestyle", "walk", false)
                .unwrap()
                .get("lifestyle"),
            Some("bath")
        );
        assert_eq!(
            apply(&q2, "lifestyle", "bath", false)
                .unwrap()
                .get("lifestyle"),
            Some("walk")
        );
    }
}
