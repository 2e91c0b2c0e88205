//! The quiz result: whether the answers match the RLS pattern (never a diagnosis), each criterion
//! and why it matters, look-alikes to rule out, the triggers note, and what to do next.

use crate::platform::events::plain_click;
use crate::state::{Action, AppHandle, View};
pub use crate::views::quiz_words::{headline, status};
use crate::widgets::source_links::{leave_embed, new_tab_note, SourceLinks};
use mg_engine::quiz::{
    criterion_label, criterion_meaning, QuizResult, CRITERIA, MIMICS, MIMIC_SOURCES,
};
use mg_engine::source::SourceId;
use yew::prelude::*;

const TRIGGERS_NOTE: &str = "Some medicines and habits can make RLS worse: sedating antihistamines (in some sleep aids, \
    allergy and cold remedies), medicines that block dopamine (some antipsychotics and anti-sickness medicines), many \
    antidepressants, and alcohol, caffeine and nicotine. Do not stop or change a prescribed medicine on your own: ask your \
    doctor or pharmacist whether another would suit you. ";

const CRITERIA_SOURCES: &[SourceId] = &[SourceId::Irlssg2014];
const TRIGGERS_SOURCES: &[SourceId] = &[SourceId::Aasm2024];

const NEXT_STEPS: [(&str, &[SourceId]); 3] = [
    ("Talk it over with a doctor (your GP or family doctor, or a sleep or nerve specialist). Only a clinician can say whether this is RLS or something else; share or print this page to show your answers.", &[]),
    ("Ask for a blood test of your iron stores (ferritin and transferrin saturation), ideally in the morning. Low iron is common in RLS, and treating it comes first. ", &[SourceId::Aasm2024]),
    ("Try the everyday measures in the lifestyle plan: tick the ones you will try and they are saved in the link.", &[]),
];

/// The quiz result (`triggers_yes`: the person said something makes it worse, so name the usual
/// triggers). A plain function, not a component: it takes the whole app state, which changes with
/// every edit, so a component boundary would never skip a render (README, "What each measured
/// choice saves").
pub fn result_card(app: &AppHandle, r: &QuizResult, triggers_yes: bool) -> Html {
    let (title, body) = headline(r.outcome);
    let criteria = r.criteria.iter().map(|(id, answer, met)| {
        let (class, text) = status(id, *answer, *met);
        html! {
            <li class={classes!("criterion", class)} data-criterion={*id} data-met={met.to_string()}>
                <strong>{ criterion_label(id) }</strong>{ ": " }
                <span class="status">{ text }</span>
                <span class="meaning">{ criterion_meaning(id) }</span>
            </li>
        }
    });
    let next_steps = NEXT_STEPS.iter().map(|(text, ids)| {
        html! { <li>{ *text }if !ids.is_empty() { <SourceLinks ids={*ids} /> }</li> }
    });
    let on_dose = {
        let dispatcher = app.dispatcher();
        Callback::from(move |e: MouseEvent| {
            if plain_click(&e) {
                e.prevent_default();
                dispatcher.dispatch(Action::Navigate(View::Dose));
            }
        })
    };
    html! {
        <section id="quiz-result" class={classes!("card", "quiz-result", r.outcome.id())} aria-labelledby="quiz-result-title"
            data-testid="quiz-result" data-outcome={r.outcome.id()} data-criteria-met={r.criteria_met.to_string()}>
            <h3 id="quiz-result-title">{ "Your result" }</h3>
            <p class="headline">{ title }</p>
            <p>{ body }</p>
            <p class="count">{ format!("{} of {} key criteria met", r.criteria_met, CRITERIA.len()) }</p>
            <ul class="criteria">{ for criteria }</ul>
            <p><SourceLinks ids={CRITERIA_SOURCES} /></p>
            if triggers_yes {
                <div class="notice caution" data-testid="quiz-triggers-note">
                    { TRIGGERS_NOTE }<SourceLinks ids={TRIGGERS_SOURCES} />
                </div>
            }
            <h4>{ "Look-alikes to rule out" }</h4>
            <p>
                { "Other conditions can feel similar, and a clinician will want to rule them out: " }
                { MIMICS.join(", ") }{ ". " }<SourceLinks ids={MIMIC_SOURCES} />
            </p>
            <h4>{ "What to do next" }</h4>
            <ol class="next-steps">
                { for next_steps }
                <li>
                    { "Thinking of magnesium? The evidence for RLS is weak, but if you want to try it, " }
                    if let Some(href) = leave_embed(app, View::Dose) {
                        // In a blog's frame: the full calculator in a new tab, the quiz stays.
                        <a {href} target="_blank" rel="noopener" data-go="dose" data-testid="quiz-dose-link">
                            { "the Dose screen" }{ new_tab_note() }
                        </a>
                    } else {
                        <a href={app.link_to(View::Dose)} onclick={on_dose} data-go="dose" data-testid="quiz-dose-link">
                            { "the Dose screen" }
                        </a>
                    }
                    { " works out a careful amount and every precaution that applies to you." }
                </li>
            </ol>
        </section>
    }
}
