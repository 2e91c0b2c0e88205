//! Sharing and printing: "Copy link", "Print / save as PDF" and the colour theme, in a small
//! toolbar under the navigation on every view (the compact embed has none).
//!
//! The link is the page's own URL: every entry lives in it, so it reopens the same result.

use crate::browser_document;
use crate::browser_url;
use crate::theme_toggle::theme_toggle;
use crate::url_state::{Query, Theme};
use wasm_bindgen::prelude::*;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`; throws where the Clipboard API is missing (a page not
    /// served over HTTPS, an iframe without `clipboard-write`, older browsers).
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn clipboard_write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Puts `text` on the clipboard. `false` when the API is missing or refuses (permission, focus):
/// the caller then shows the text for copying by hand.
pub async fn copy_text(text: &str) -> bool {
    match clipboard_write_text(text) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// What the last copy attempt gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyState {
    Idle,
    Copied,
    /// The clipboard could not be used: show the text selected, to copy by hand.
    Manual,
}

/// A click handler that copies `text` and records the outcome in `state`.
pub fn copy_callback<E: 'static>(text: String, state: UseStateHandle<CopyState>) -> Callback<E> {
    Callback::from(move |_| {
        let text = text.clone();
        let state = state.clone();
        yew::platform::spawn_local(async move {
            state.set(if copy_text(&text).await {
                CopyState::Copied
            } else {
                CopyState::Manual
            });
        });
    })
}

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub query: Query,
    pub theme: Theme,
    pub on_theme: Callback<Theme>,
}

#[component]
pub fn ShareToolbar(props: &ToolbarProps) -> Html {
    let search = props.query.to_search();
    let url = browser_url::page_url(&search);
    let state = use_state(|| CopyState::Idle);
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
                if let Some(input) = field.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }

    let on_copy = copy_callback::<MouseEvent>(url.clone(), state.clone());
    let on_print = Callback::from(|_: MouseEvent| browser_document::print());
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
            { theme_toggle(props.theme, &props.on_theme) }
            <p class="toolbar-status" role="status" data-testid="copy-status">{ message }</p>
            if *state == CopyState::Manual {
                <label class="share-field">
                    <span>{ "Link to this page" }</span>
                    <input ref={field} type="text" readonly=true value={url} data-testid="share-url" />
                </label>
            }
        </div>
    }
}
