//! The address bar: reads `location.search` and replaces it in place (no reload, no history entry).
//! Thin on purpose; all parsing lives in `url_state`.

/// The current query string, including its leading `?` (empty when there is none).
pub fn read_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replaces the query string, keeping the path and the fragment. Does nothing when it is already
/// `search`, or outside a browser.
pub fn replace_search(search: &str) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    if location.search().ok().as_deref() == Some(search) {
        return;
    }
    let path = location.pathname().unwrap_or_else(|_| "/".to_owned());
    let hash = location.hash().unwrap_or_default();
    // An empty search would leave the old one in place: point at the bare path instead.
    let url = format!("{path}{search}{hash}");
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
