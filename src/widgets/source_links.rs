//! "Source: NIH ODS, IOM 1997": links from a value or finding to its source in About
//! (`?view=about#source-<id>`). A plain click shows it in place; inside About they are plain
//! in-page links.

use crate::platform::events::plain_click;
use crate::state::{Action, AppHandle, View};
use mg_engine::source::SourceId;
use yew::prelude::*;

/// The anchor id of a source in the About view.
pub fn anchor(id: SourceId) -> String {
    format!("source-{}", id.as_str())
}

#[derive(Properties, PartialEq)]
pub struct SourceLinksProps {
    pub ids: &'static [SourceId],
}

#[component]
pub fn SourceLinks(props: &SourceLinksProps) -> Html {
    let app = use_context::<AppHandle>();
    let in_about = app
        .as_ref()
        .is_some_and(|a| a.settings().view == View::About);
    // Without the app (a card mounted on its own) the links still lead to About.
    let about = app
        .as_ref()
        .filter(|_| !in_about)
        .map_or_else(|| "?view=about".to_owned(), |a| a.link_to(View::About));
    let links = props.ids.iter().enumerate().map(|(i, &id)| {
        let href = if in_about {
            format!("#{}", anchor(id))
        } else {
            format!("{about}#{}", anchor(id))
        };
        let onclick = app.as_ref().filter(|_| !in_about).map(|app| {
            let dispatcher = app.dispatcher();
            Callback::from(move |e: MouseEvent| {
                if plain_click(&e) {
                    e.prevent_default();
                    dispatcher.dispatch(Action::ShowSource(id));
                }
            })
        });
        html! {
            <>
                if i > 0 { { ", " } }
                <a {href} {onclick} class="source-link" data-source={id.as_str()}>{ id.short() }</a>
            </>
        }
    });
    html! { <span class="sources">{ "Source: " }{ for links }</span> }
}
