//! The one line of chrome in embed mode: a way out to the full page, and the disclaimer.

use crate::platform::url;
use crate::state::{AppHandle, Param};
use yew::prelude::*;

/// A plain function, not a component: its only input is the whole app state, which changes with
/// every edit, so a component boundary would never skip a render (and each component type adds
/// ~0.43 KB gzip of Yew lifecycle code; README, "What each measured choice saves").
pub fn embed_bar(app: &AppHandle) -> Html {
    let full_page = app.query.with(Param::Embed, "0");
    let href = url::page_url(&full_page.to_search());
    html! {
        <p class="embed-bar">
            <a {href} target="_blank" rel="noopener" data-testid="open-full">
                { "Open the full calculator" }<span class="visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
            <span class="embed-disclaimer">{ " For information only, not medical advice." }</span>
        </p>
    }
}
