//! The symptom quiz (`view=quiz`): the engine's questions, a live result that never diagnoses, the
//! trigger profile and the lifestyle plan. Answers live in `quiz`, plan ticks in `lifestyle`.
//!
//! The screen listens for `change` once, on its root, for every question and plan box (see
//! `edit`), instead of one listener per control: 14 questions and 13 plan boxes share it.

pub mod edit;
pub mod lifestyle_plan;
pub mod progress;
pub mod question;
pub mod result_card;
pub mod trigger_chart;

use super::PageProps;
use crate::platform::events::changed_input;
use crate::state::Param;
use crate::widgets::field_error::field_error;
use lifestyle_plan::LifestylePlan;
use mg_engine::quiz::{parse_answers, result, Answer, Section, CRITERIA, QUESTIONS};
use progress::progress;
use question::QuestionField;
use result_card::result_card;
use trigger_chart::TriggerChart;
use yew::prelude::*;

const SECTIONS: [(Section, &str); 4] = [
    (Section::Criteria, "The five key questions"),
    (Section::Sensations, "What it feels like"),
    (Section::Pattern, "When it happens and what helps"),
    (Section::Safety, "A safety check"),
];

const LEAD: &str = "Fourteen short questions, based on the criteria clinicians use to recognise restless legs syndrome \
    (RLS). The result says whether your answers match that pattern and what to do next; it is not a diagnosis. Your answers \
    stay in this page's link, so you can share or print the result.";

const URGENT: &str = "One leg that is swollen, red, warm or painful can mean a blood clot or an infection. Contact a doctor \
    or urgent care today; call emergency services if you also feel short of breath or have chest pain.";

#[component]
pub fn QuizPage(props: &PageProps) -> Html {
    let app = &props.app;
    let (answers, error) = parse_answers(app.query.get(Param::Quiz).unwrap_or(""));
    let r = result(&answers);
    let onchange = {
        let dispatcher = app.dispatcher();
        Callback::from(move |e: Event| {
            let action = changed_input(&e)
                .and_then(|(name, value, checked)| edit::action(name, value, checked));
            if let Some(action) = action {
                dispatcher.dispatch(action);
            }
        })
    };
    let sections = SECTIONS.iter().map(|(section, title)| {
        let items = QUESTIONS
            .iter()
            .enumerate()
            .filter(|(_, q)| q.section == *section)
            .map(|(i, q)| html! { <QuestionField question={q} number={i + 1} value={answers.get(q.id).cloned()} /> });
        html! {
            <div class="quiz-section">
                <h3>{ *title }</h3>
                { for items }
            </div>
        }
    });
    let (headline, _) = result_card::headline(r.outcome);
    html! {
        <section class="view view-quiz" aria-labelledby="view-title" {onchange}>
            <h2 id="view-title">{ "Is it restless legs? A quick check" }</h2>
            <p class="lead">{ LEAD }</p>
            if let Some(error) = error { { field_error(&error, None) } }
            <div class="quiz-layout">
                <form class="quiz-form" aria-label="Quiz questions" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { progress(r.answered, r.total) }
                    { for sections }
                </form>
                <div class="quiz-results">
                    <p class="visually-hidden" role="status">{ format!("{headline} {} of {} key criteria met.", r.criteria_met, CRITERIA.len()) }</p>
                    if r.urgent {
                        <div class="urgent" role="alert" data-testid="quiz-urgent">
                            <strong>{ "Get medical help promptly. " }</strong>{ URGENT }
                        </div>
                    }
                    { result_card(app, &r, answers.yes_no("triggers") == Some(Answer::Yes)) }
                    <TriggerChart bars={r.triggers.clone()} />
                </div>
            </div>
            <LifestylePlan param={app.query.lifestyle.clone().map(AttrValue::from)} />
        </section>
    }
}
