//! The quiz result in words, for the Quiz screen and the Report (never a diagnosis).

use mg_engine::quiz::{Answer, Outcome};

/// Headline and explanation for each outcome.
pub fn headline(outcome: Outcome) -> (&'static str, &'static str) {
    match outcome {
        Outcome::Likely => (
            "Your answers match the pattern clinicians use to recognise restless legs syndrome.",
            "This is not a diagnosis: only a clinician can confirm RLS, after checking for other causes.",
        ),
        Outcome::Possible => (
            "Your answers partly match the pattern of restless legs syndrome.",
            "You were not sure about some key questions. Notice for a week or two when it happens, where, and what helps, then talk it over with a clinician.",
        ),
        Outcome::Unlikely => (
            "Your answers do not match the usual pattern of restless legs syndrome.",
            "Something else may be behind what you feel. If it troubles you, a clinician can help find the cause.",
        ),
        Outcome::Incomplete => (
            "Answer the five key questions to see whether your answers match the pattern.",
            "The other questions add detail but do not change this result.",
        ),
    }
}

pub fn status(id: &str, answer: Option<Answer>, met: bool) -> (&'static str, &'static str) {
    match (answer, met) {
        (_, true) => ("met", "Met"),
        (None, _) => ("open", "Not answered yet"),
        (Some(Answer::Unsure), _) => ("open", "Not sure"),
        _ if id == "mimic" => ("unmet", "Not met: something else explains it"),
        _ => ("unmet", "Not met"),
    }
}
