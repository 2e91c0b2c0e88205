//! The symptom quiz (`view=quiz`): the engine's questions, a live result that never diagnoses, the
//! trigger profile and the lifestyle plan. Answers live in `quiz`, plan ticks in `lifestyle`.
//!
//! Size: the screen listens once on its root, for `change` (every question and plan box, see
//! `edit`) and for `click` (the links inside the display-only markup), instead of one
//! listener per control.

mod edit;
mod lifestyle_plan;
mod progress;
mod question;
mod result_card;
mod trigger_chart;

use crate::field_error_view::field_error;
use crate::source_link::SourceNav;
use crate::url_state::View;
use crate::views::ViewProps;
use mg_engine::quiz::{parse_answers, result, Answer, Section, CRITERIA, QUESTIONS};
use mg_engine::source::SOURCES;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
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
pub fn QuizScreen(props: &ViewProps) -> Html {
    let query = &props.query;
    let nav = use_context::<SourceNav>();
    let (answers, error) = parse_answers(query.get("quiz").unwrap_or(""));
    let r = result(&answers);
    let about = nav
        .as_ref()
        .map_or_else(|| "?view=about".to_owned(), |n| n.about_search.clone());
    let dose = match query.with_view(View::Dose).to_search() {
        s if s.is_empty() => "?".to_owned(),
        s => s,
    };

    let onchange = {
        let (query, on_change) = (query.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(next) = edit::apply(&query, &input.name(), &input.value(), input.checked())
            {
                on_change.emit(next);
            }
        })
    };
    let onclick = {
        let (query, on_change) = (query.clone(), props.on_change.clone());
        Callback::from(move |e: MouseEvent| {
            if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                return;
            }
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let Some(el) =
                target.and_then(|t| t.closest("[data-go],a[data-source]").ok().flatten())
            else {
                return;
            };
            let source = el
                .get_attribute("data-source")
                .and_then(|id| SOURCES.iter().find(|s| s.id.as_str() == id));
            match (el.get_attribute("data-go").as_deref(), source, &nav) {
                (Some("dose"), _, _) => on_change.emit(query.with_view(View::Dose)),
                (_, Some(s), Some(nav)) => nav.go.emit(s.id),
                // Anything else: the browser follows the link's own href.
                _ => return,
            }
            e.prevent_default();
        })
    };

    let sections = SECTIONS.iter().map(|(section, title)| {
        let items = QUESTIONS
            .iter()
            .enumerate()
            .filter(|(_, q)| q.section == *section);
        html! {
            <div class="quiz-section">
                <h3>{ *title }</h3>
                { for items.map(|(i, q)| question::view(q, i + 1, answers.get(q.id))) }
            </div>
        }
    });
    let (headline, _) = result_card::headline(r.outcome);
    html! {
        <section class="view view-quiz" aria-labelledby="view-title" {onchange} {onclick}>
            <h2 id="view-title">{ "Is it restless legs? A quick check" }</h2>
            <p class="lead">{ LEAD }</p>
            if let Some(error) = error { { field_error(&error, None) } }
            <div class="quiz-layout">
                <form class="quiz-form" aria-label="Quiz questions" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { progress::view(r.answered, r.total) }
                    { for sections }
                </form>
                <div class="quiz-results">
                    <p class="visually-hidden" role="status">{ format!("{headline} {} of {} key criteria met.", r.criteria_met, CRITERIA.len()) }</p>
                    if r.urgent {
                        <div class="urgent" role="alert" data-testid="quiz-urgent">
                            <strong>{ "Get medical help promptly. " }</strong>{ URGENT }
                        </div>
                    }
                    { result_card::markup(&r, answers.yes_no("triggers") == Some(Answer::Yes), &about, &dose).into_html() }
                    { trigger_chart::markup(&r.triggers, &about).into_html() }
                </div>
            </div>
            { lifestyle_plan::view(query.get("lifestyle"), &about) }
        </section>
    }
}
