//! `localStorage` for "Remember on this device". Storage can be missing or blocked (private
//! modes, partitioned iframes): every call tolerates it. The format is `crate::state::stored`.

/// The key of "Remember on this device" (the panic panel's Reset forgets it too). The diary has
/// keys of its own (`crate::diary::stored::KEY` and its set-aside copy).
pub const KEY: &str = "mg-rls:remember";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What is saved, if anything.
pub fn load() -> Option<String> {
    storage()?.get_item(KEY).ok().flatten()
}

pub fn save(text: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, text);
    }
}

pub fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}
