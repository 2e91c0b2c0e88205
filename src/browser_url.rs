//! The address bar: reads `location.search` and replaces it in place (no reload, no history entry).
//! Thin on purpose; all parsing lives in `url_state`.

/// The current query string, including its leading `?` (empty when there is none).
pub fn read_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

thread_local! {
    /// The query string waiting to be written, if a write is scheduled.
    static PENDING: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Replaces the query string soon: in a task of its own right after the current one, so the
/// result a keystroke changes is on screen first. `history.replaceState` costs about 3 ms here
/// (Chromium tells the browser process), more than the whole render. Several writes within one
/// task become one. Links handed out ("Copy link", the embed snippet) are built from the state,
/// not read back from the address bar, so they never see a stale URL.
pub fn replace_search(search: &str) {
    let scheduled = PENDING.with(|p| p.borrow_mut().replace(search.to_owned()).is_some());
    if !scheduled {
        gloo::timers::callback::Timeout::new(0, || {
            if let Some(search) = PENDING.with(|p| p.borrow_mut().take()) {
                write_search(&search);
            }
        })
        .forget();
    }
}

/// Replaces the query string now, keeping the path and the fragment. Does nothing when it is
/// already `search`, or outside a browser.
fn write_search(search: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
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

/// Replaces the fragment (e.g. `#source-ods`) without adding a history entry or scrolling.
pub fn replace_hash(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let url = format!(
        "{}{}#{hash}",
        location.pathname().unwrap_or_else(|_| "/".to_owned()),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Scrolls to and focuses the element the fragment names, if it exists.
pub fn reveal_hash_target() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(hash) = window.location().hash() else {
        return;
    };
    let Some(id) = hash.strip_prefix('#').filter(|h| !h.is_empty()) else {
        return;
    };
    if let Some(el) = window.document().and_then(|d| d.get_element_by_id(id)) {
        el.scroll_into_view();
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

/// The absolute address of this page with `search` as its query (no fragment): what "Copy link",
/// the embed snippet and "Open the full calculator" hand out. Empty outside a browser.
pub fn page_url(search: &str) -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let location = window.location();
    format!(
        "{}{}{search}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_else(|_| "/".to_owned())
    )
}
