//! `localStorage` for the trial diary, and the browser's promise to keep it. What is written is
//! decided by `crate::diary::stored` (re-read, change, write); this only moves the text. Storage
//! can be missing or blocked (private modes, a blog's iframe): every call tolerates it.

use crate::diary::stored::{KEY, SET_ASIDE_KEY};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether this page may store anything at all.
pub fn available() -> bool {
    storage().is_some()
}

/// The stored diary text, if any.
pub fn read() -> Option<String> {
    storage()?.get_item(KEY).ok().flatten()
}

/// Stores the diary text; `false` when storage is missing, blocked or full.
pub fn write(text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(KEY, text).is_ok())
}

/// Keeps a stored text that is not a diary under its own key before it is replaced; an earlier
/// one kept there stays in front of it.
pub fn set_aside(text: &str) -> bool {
    let Some(s) = storage() else { return false };
    let kept = match s.get_item(SET_ASIDE_KEY).ok().flatten() {
        Some(earlier) if earlier != text => format!("{earlier}\n{text}"),
        _ => text.to_owned(),
    };
    s.set_item(SET_ASIDE_KEY, &kept).is_ok()
}

/// The text set aside because it could not be read as a diary, if any.
pub fn read_set_aside() -> Option<String> {
    storage()?.get_item(SET_ASIDE_KEY).ok().flatten()
}

/// "Delete all trial data": the diary and anything set aside; `false` when either is still there
/// (storage missing or blocked).
pub fn remove_all() -> bool {
    let Some(s) = storage() else { return false };
    [KEY, SET_ASIDE_KEY]
        .iter()
        .all(|key| s.remove_item(key).is_ok() && s.get_item(key).ok().flatten().is_none())
}

/// Asks the browser not to clear this site's storage when space runs low
/// (`navigator.storage.persist()`); the answer does not change what the app does.
pub fn request_persistence() {
    if let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) {
        let _ = manager.persist();
    }
}

/// Calls `changed` when another tab changes the diary (the `storage` event fires only in the
/// other tabs of this origin). Dropping the listener stops it.
pub fn on_change(changed: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |e| {
        let key = e
            .dyn_ref::<web_sys::StorageEvent>()
            .and_then(web_sys::StorageEvent::key);
        // No key: the whole storage was cleared.
        if key.as_deref().is_none_or(|k| k == KEY) {
            changed();
        }
    }))
}
