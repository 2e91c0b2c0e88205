//! "Source: NIH ODS, IOM 1997": links from a value or finding to its source in About
//! (`?view=about#source-<id>`). A plain click shows it in place; inside About they are plain
//! in-page links. In embed mode (`embed=1`) a link that leaves the current screen opens the full
//! calculator in a new tab instead (`leave_embed`), so nothing inside a blog's frame replaces the
//! calculator (`docs/contract.md`, "Embed").

use crate::platform::events::plain_click;
use crate::platform::url;
use crate::state::{Action, AppHandle, Param, View};
use mg_engine::source::SourceId;
use yew::prelude::*;

/// The anchor id of a source in the About view.
pub fn anchor(id: SourceId) -> String {
    format!("source-{}", id.as_str())
}

/// In embed mode: the full calculator's address (same entries, `embed` left out) on `view`, for a
/// link that opens in a new tab; `None` outside embed mode (the link stays in the page).
pub fn leave_embed(app: &AppHandle, view: View) -> Option<String> {
    app.settings().embed.then(|| {
        let full = app
            .query
            .with(Param::View, view.as_str())
            .with(Param::Embed, "0");
        url::page_url(&full.to_search())
    })
}

/// The hidden words a link that opens a new tab adds for screen readers.
pub fn new_tab_note() -> Html {
    html! { <span class="visually-hidden">{ " (opens in a new tab)" }</span> }
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
    // In embed mode, from another screen: the full calculator's About, in a new tab.
    let outside = app
        .as_ref()
        .filter(|_| !in_about)
        .and_then(|a| leave_embed(a, View::About));
    // Without the app (a card mounted on its own) the links still lead to About.
    let about = app
        .as_ref()
        .filter(|_| !in_about)
        .map_or_else(|| "?view=about".to_owned(), |a| a.link_to(View::About));
    let links = props.ids.iter().enumerate().map(|(i, &id)| {
        let link = if let Some(full) = &outside {
            html! {
                <a href={format!("{full}#{}", anchor(id))} target="_blank" rel="noopener"
                    class="source-link" data-source={id.as_str()}>{ id.short() }{ new_tab_note() }</a>
            }
        } else {
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
            html! { <a {href} {onclick} class="source-link" data-source={id.as_str()}>{ id.short() }</a> }
        };
        html! {
            <>
                if i > 0 { { ", " } }
                { link }
            </>
        }
    });
    html! { <span class="sources">{ "Source: " }{ for links }</span> }
}
