//! The document: settings that belong on `<html>` rather than in the component tree, focusing
//! an element by id, the fragment, printing.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::NodeRef;

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Sets `data-theme` on `<html>` so the whole page, including the scrollbar and the area outside
/// the app, follows the chosen colour scheme (`auto` follows the system setting in CSS).
pub fn set_theme(theme: &str) {
    if let Some(root) = root() {
        let _ = root.set_attribute("data-theme", theme);
    }
}

/// Marks `<html data-embed>` in embed mode: transparent page background, stable scrollbar gutter.
pub fn set_embed(embed: bool) {
    if let Some(root) = root() {
        let _ = if embed {
            root.set_attribute("data-embed", "")
        } else {
            root.remove_attribute("data-embed")
        };
    }
}

/// Prints the page (the browser's dialog also offers "Save as PDF").
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The fragment without its `#` (empty when there is none).
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Scrolls to and focuses the element with this `id`, if it exists.
pub fn reveal(id: &str) {
    if id.is_empty() {
        return;
    }
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element {
        element.scroll_into_view();
        if let Ok(element) = element.dyn_into::<HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Focuses the element with this `id`, if it exists, without scrolling to it first (the browser
/// brings it into view only if it is off screen).
pub fn focus_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Scrolls the element with this `id` just enough to show it whole (not at all when it is in
/// view already), without moving the focus.
pub fn show(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Calls `on_change` whenever the fragment changes (an in-page `#…` link). Listening stops when
/// the returned listener is dropped.
pub fn on_fragment_change(on_change: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        on_change()
    }))
}

/// Focuses the element `node` refers to, if it is rendered.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// Focuses a text box and selects its text, ready for Ctrl+C / ⌘C.
pub fn focus_and_select(field: &NodeRef) {
    if let Some(input) = field.cast::<HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}

/// Opens the `<details>` element that matches `selector`, if there is one.
pub fn open_details(selector: &str) {
    let details = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten());
    if let Some(details) = details {
        let _ = details.set_attribute("open", "");
    }
}
