//! The address bar: reads `location.search`, writes the state's query back (replacing the
//! current history entry, or pushing a new one for a new screen), and reports Back/Forward.

use gloo::events::EventListener;
use std::cell::RefCell;

/// The current query string, including its leading `?` (empty when there is none).
pub fn read_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// One address-bar write waiting for its task.
struct Pending {
    search: String,
    /// A new history entry (a new screen) rather than replacing the current one.
    push: bool,
    /// The fragment to show (`source-…`). `None`: a replaced entry keeps the current one, a new
    /// entry (a new screen) has none.
    fragment: Option<String>,
}

thread_local! {
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
}

/// Writes `search` to the address bar soon: in a task of its own right after the current one,
/// so the result a keystroke changes is on screen first. `history.replaceState` costs about 3 ms
/// here (Chromium tells the browser process), more than the whole render. Several writes within
/// one task become one (a push among them stays a push). Links handed out ("Copy link", the
/// embed snippet) are built from the state, never read back from the address bar.
pub fn write_soon(search: String, push: bool, fragment: Option<String>) {
    let scheduled = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        let earlier = p.take();
        let scheduled = earlier.is_some();
        let (push_before, fragment_before) =
            earlier.map_or((false, None), |e| (e.push, e.fragment));
        *p = Some(Pending {
            search,
            push: push || push_before,
            fragment: fragment.or(fragment_before),
        });
        scheduled
    });
    if !scheduled {
        gloo::timers::callback::Timeout::new(0, || {
            if let Some(pending) = PENDING.with(|p| p.borrow_mut().take()) {
                write_now(&pending);
            }
        })
        .forget();
    }
}

/// Writes the address bar now, keeping the path. An unchanged address is left alone, so Back
/// and Forward, which already show the state, write nothing.
/// Writes a pending change now instead of at its timer (before the app is handed over).
pub fn write_pending_now() {
    if let Some(pending) = PENDING.with(|p| p.borrow_mut().take()) {
        write_now(&pending);
    }
}

fn write_now(pending: &Pending) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let hash = match (&pending.fragment, pending.push) {
        (Some(fragment), _) => format!("#{fragment}"),
        (None, true) => String::new(),
        (None, false) => location.hash().unwrap_or_default(),
    };
    let unchanged = location.search().ok().as_deref() == Some(pending.search.as_str())
        && location.hash().ok().as_deref() == Some(hash.as_str());
    if unchanged {
        return;
    }
    let path = location.pathname().unwrap_or_else(|_| "/".to_owned());
    // An empty search would leave the old one in place: point at the bare path instead.
    let url = format!("{path}{}{hash}", pending.search);
    let Ok(history) = window.history() else {
        return;
    };
    let null = wasm_bindgen::JsValue::NULL;
    let _ = if pending.push {
        history.push_state_with_url(&null, "", Some(&url))
    } else {
        history.replace_state_with_url(&null, "", Some(&url))
    };
}

/// Calls `on_change` with the new query string whenever Back or Forward moves to another entry
/// of this page. Listening stops when the returned listener is dropped.
pub fn on_back_forward(on_change: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "popstate", move |_| {
        on_change(read_search())
    }))
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
