//! Settings that belong on the document root rather than in the component tree.

use crate::url_state::Theme;

/// Sets `data-theme` on `<html>` so the whole page, including the scrollbar and the area outside
/// the app, follows the chosen colour scheme (`auto` follows the system setting in CSS).
pub fn set_theme(theme: Theme) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}
