//! Every source the app cites, each with its anchor (`source-<id>`) and `tabindex="-1"`, so a
//! link can land on it and focus it.

use super::section::AboutSection;
use crate::widgets::source_links::anchor;
use mg_engine::source::SOURCES;
use yew::prelude::*;

pub fn source_list() -> Html {
    let items = SOURCES.iter().map(|s| {
        html! {
            <li id={anchor(s.id)} tabindex="-1" data-source={s.id.as_str()}>
                <strong>{ s.short }</strong>{ ". " }{ s.citation }
            </li>
        }
    });
    html! {
        <AboutSection id="about-sources" heading="Sources">
            <ol class="source-list">{ for items }</ol>
        </AboutSection>
    }
}
