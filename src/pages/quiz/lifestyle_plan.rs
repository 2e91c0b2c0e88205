//! The lifestyle plan: the seed article's everyday measures as a checklist. Ticks live in the
//! `lifestyle` URL parameter, so they travel with a shared link and appear on the printout. The
//! screen's `change` handler updates it (see `edit`).

use crate::widgets::field_error::field_error;
use crate::widgets::source_links::SourceLinks;
use mg_engine::guidance::{parse_plan, LIFESTYLE};
use mg_engine::source::SourceId;
use yew::prelude::*;

const NOTE: &str = "Everyday measures that may ease symptoms. Tick the ones you will try: your \
    ticks are saved in this page's link, so they are part of what you share or print. ";
const SOURCES: &[SourceId] = &[SourceId::Seed];

#[derive(Properties, PartialEq)]
pub struct LifestylePlanProps {
    /// The `lifestyle` parameter.
    pub param: Option<AttrValue>,
}

#[component]
pub fn LifestylePlan(p: &LifestylePlanProps) -> Html {
    let (chosen, error) = parse_plan(p.param.as_deref().unwrap_or(""));
    let items = LIFESTYLE.iter().map(|m| {
        let checked = chosen.contains(&m.id);
        let id = format!("ls-{}", m.id);
        let how = format!("{id}-how");
        html! {
            <li class={classes!("plan-item", checked.then_some("chosen"))}>
                <input type="checkbox" id={id.clone()} name="lifestyle" value={m.id} {checked} aria-describedby={how.clone()} />
                <label for={id}>{ m.title }</label>
                <p class="hint" id={how}>{ m.how }</p>
            </li>
        }
    });
    html! {
        <section class="card lifestyle-plan" data-testid="lifestyle-plan" aria-labelledby="lifestyle-title">
            <h3 id="lifestyle-title">{ "Your lifestyle plan" }</h3>
            <p class="note">{ NOTE }<SourceLinks ids={SOURCES} /></p>
            if let Some(error) = error { { field_error(&error, None) } }
            <fieldset class="plan">
                <legend class="visually-hidden">{ "Measures to try" }</legend>
                <ul class="plan-list">{ for items }</ul>
            </fieldset>
            <p class="count" role="status">{ format!("{} of {} chosen", chosen.len(), LIFESTYLE.len()) }</p>
        </section>
    }
}
