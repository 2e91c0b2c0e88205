//! Settings that belong on the document root rather than in the component tree, and the window's
//! place in a page (top-level or framed).

use crate::url_state::Theme;

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Sets `data-theme` on `<html>` so the whole page, including the scrollbar and the area outside
/// the app, follows the chosen colour scheme (`auto` follows the system setting in CSS).
pub fn set_theme(theme: Theme) {
    if let Some(root) = root() {
        let _ = root.set_attribute("data-theme", theme.as_str());
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

/// The parent window when this page is inside a frame; `None` when it is the top-level page.
pub fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Prints the page (the browser's dialog also offers "Save as PDF").
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
