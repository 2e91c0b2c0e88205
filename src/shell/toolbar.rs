//! Sharing and printing: "Copy link", "Print / save as PDF" and the colour theme, in a small
//! toolbar under the navigation on every view (the compact embed has none).
//!
//! The link is the page's own URL: every entry lives in it, so it reopens the same result.

use super::copy::{use_copy, CopyState};
use super::theme_toggle::theme_toggle;
use crate::platform::{document, url};
use crate::state::AppHandle;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub app: AppHandle,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let search = props.app.query.to_search();
    let link = url::page_url(&search);
    let (state, on_copy) = use_copy(link.clone());
    let field = use_node_ref();

    // "Link copied" describes an older link once anything changes.
    {
        let state = state.clone();
        use_effect_with(search, move |_| {
            if *state == CopyState::Copied {
                state.set(CopyState::Idle);
            }
        });
    }
    // The fallback field: focused with its text selected, ready for Ctrl+C / ⌘C.
    {
        let field = field.clone();
        use_effect_with(*state, move |state| {
            if *state == CopyState::Manual {
                document::focus_and_select(&field);
            }
        });
    }

    let on_print = Callback::from(|_: MouseEvent| document::print());
    let message = match *state {
        CopyState::Idle => "",
        CopyState::Copied => "Link copied. Anyone who opens it sees these entries.",
        CopyState::Manual => "Copying is not available here: the link is selected below, copy it with Ctrl+C (⌘C on a Mac).",
    };

    html! {
        <div class="toolbar" data-testid="toolbar">
            <div class="toolbar-actions" role="group" aria-label="Share this page">
                <button type="button" class="tool-button" data-testid="copy-link" onclick={on_copy}>
                    { "Copy link" }
                </button>
                <button type="button" class="tool-button" data-testid="print" onclick={on_print}>
                    { "Print / save as PDF" }
                </button>
            </div>
            { theme_toggle(&props.app) }
            <p class="toolbar-status" role="status" data-testid="copy-status">{ message }</p>
            if *state == CopyState::Manual {
                <label class="share-field">
                    <span>{ "Link to this page" }</span>
                    <input ref={field} type="text" readonly=true value={link} data-testid="share-url" />
                </label>
            }
        </div>
    }
}
