//! The full build: every screen, including the on-demand ones (Forms, About, Trial, Report). Loaded on demand by the first-load
//! build (`crate::platform::full_app`), which then calls `start_full_app`.

use wasm_bindgen::prelude::*;

/// Nothing runs on load: the first-load app is stopped first, then this starts.
fn main() {}

/// Mounts the full app on `<body>`.
#[wasm_bindgen]
pub fn start_full_app() {
    mg_rls::run_full();
}
