//! The quiz result: whether the answers match the RLS pattern (never a diagnosis), each criterion
//! and why it matters, look-alikes to rule out, the triggers note, and what to do next. Display
//! only, so it is written as markup; its links work through the screen's click handler
//! (`data-source`, `data-go`).

use crate::about::markup::Markup;
use mg_engine::quiz::{
    criterion_label, criterion_meaning, Answer, Outcome, QuizResult, CRITERIA, MIMICS,
    MIMIC_SOURCES,
};
use mg_engine::source::SourceId;

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

fn status(id: &str, answer: Option<Answer>, met: bool) -> (&'static str, &'static str) {
    match (answer, met) {
        (_, true) => ("met", "Met"),
        (None, _) => ("open", "Not answered yet"),
        (Some(Answer::Unsure), _) => ("open", "Not sure"),
        _ if id == "mimic" => ("unmet", "Not met: something else explains it"),
        _ => ("unmet", "Not met"),
    }
}

const TRIGGERS_NOTE: &str = "Some medicines and habits can make RLS worse: sedating antihistamines (in some sleep aids, \
    allergy and cold remedies), medicines that block dopamine (some antipsychotics and anti-sickness medicines), many \
    antidepressants, and alcohol, caffeine and nicotine. Do not stop or change a prescribed medicine on your own: ask your \
    doctor or pharmacist whether another would suit you. ";

const NEXT_STEPS: [(&str, &[SourceId]); 3] = [
    ("Talk it over with a doctor (your GP or family doctor, or a sleep or nerve specialist). Only a clinician can say whether this is RLS or something else; share or print this page to show your answers.", &[]),
    ("Ask for a blood test of your iron stores (ferritin and transferrin saturation), ideally in the morning. Low iron is common in RLS, and treating it comes first. ", &[SourceId::Aasm2024]),
    ("Try the everyday measures in the lifestyle plan: tick the ones you will try and they are saved in the link.", &[]),
];

/// `about`: About's query string for source links; `dose`: the Dose screen's link.
pub fn markup(r: &QuizResult, triggers_yes: bool, about: &str, dose: &str) -> Markup {
    let (title, body) = headline(r.outcome);
    let mut m = Markup::default();
    m.raw("<section id=\"quiz-result\" class=\"card quiz-result ")
        .raw(r.outcome.id())
        .raw("\" aria-labelledby=\"quiz-result-title\" data-testid=\"quiz-result\" data-outcome=\"")
        .raw(r.outcome.id())
        .raw("\" data-criteria-met=\"")
        .num(r.criteria_met.into())
        .raw("\"><h3 id=\"quiz-result-title\">Your result</h3>");
    m.el("<p class=\"headline\">", title, "</p>")
        .el("<p>", body, "</p><p class=\"count\">");
    m.num(r.criteria_met.into())
        .raw(" of ")
        .num(CRITERIA.len() as u32)
        .raw(" key criteria met</p><ul class=\"criteria\">");
    for (id, answer, met) in &r.criteria {
        let (class, text) = status(id, *answer, *met);
        m.raw("<li class=\"criterion ")
            .raw(class)
            .raw("\" data-criterion=\"")
            .raw(id)
            .raw("\" data-met=\"")
            .raw(if *met { "true" } else { "false" });
        m.el("\"><strong>", criterion_label(id), "</strong>: ").el(
            "<span class=\"status\">",
            text,
            "</span>",
        );
        m.el(
            "<span class=\"meaning\">",
            criterion_meaning(id),
            "</span></li>",
        );
    }
    m.raw("</ul><p>")
        .cite(&[SourceId::Irlssg2014], about)
        .raw("</p>");
    if triggers_yes {
        m.raw("<div class=\"notice caution\" data-testid=\"quiz-triggers-note\">")
            .text(TRIGGERS_NOTE);
        m.cite(&[SourceId::Aasm2024], about).raw("</div>");
    }
    m.el("<h4>", "Look-alikes to rule out", "</h4><p>");
    m.text("Other conditions can feel similar, and a clinician will want to rule them out: ")
        .text(&MIMICS.join(", "))
        .raw(". ");
    m.cite(MIMIC_SOURCES, about).raw("</p>").el(
        "<h4>",
        "What to do next",
        "</h4><ol class=\"next-steps\">",
    );
    for (text, ids) in NEXT_STEPS {
        m.el("<li>", text, "");
        if !ids.is_empty() {
            m.cite(ids, about);
        }
        m.raw("</li>");
    }
    m.el(
        "<li>",
        "Thinking of magnesium? The evidence for RLS is weak, but if you want to try it, ",
        "",
    );
    m.raw("<a href=\"")
        .text(dose)
        .raw("\" data-go=\"dose\" data-testid=\"quiz-dose-link\">the Dose screen</a>");
    m.text(" works out a careful amount and every precaution that applies to you.")
        .raw("</li></ol></section>");
    m
}
