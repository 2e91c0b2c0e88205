//! What magnesium does for nerves and muscles (engine `MECHANISMS`, the app's own wording).

use super::section::AboutSection;
use crate::widgets::source_links::SourceLinks;
use mg_engine::guidance::MECHANISMS;
use mg_engine::source::SourceId;
use yew::prelude::*;

const NOTE: &str = "These are magnesium's general jobs in the body. They explain why people have \
    tried it for RLS; they do not show that a supplement eases RLS. ";
const SOURCES: &[SourceId] = &[SourceId::Seed];

pub fn mechanisms() -> Html {
    let items = MECHANISMS
        .iter()
        .map(|(title, text)| html! { <div><dt>{ *title }</dt><dd>{ *text }</dd></div> });
    html! {
        <AboutSection id="about-mechanisms" heading="What magnesium does for nerves and muscles">
            <dl class="mechanisms">{ for items }</dl>
            <p class="note">{ NOTE }<SourceLinks ids={SOURCES} /></p>
        </AboutSection>
    }
}
