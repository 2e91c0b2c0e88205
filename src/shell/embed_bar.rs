//! The one line of chrome in embed mode: a way out to the full page, and the disclaimer.

use crate::platform::url;
use crate::state::{AppHandle, Param};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    pub app: AppHandle,
}

#[component]
pub fn EmbedBar(props: &EmbedBarProps) -> Html {
    let full_page = props.app.query.with(Param::Embed, "0");
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
