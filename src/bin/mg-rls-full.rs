//! The full build: every screen, including the on-demand ones (Forms, About, Trial, Report). Loaded on demand by the first-load
//! build (`crate::platform::full_app`), which then calls `start_full_app`.

use wasm_bindgen::prelude::*;

/// Nothing runs on load: the first-load app is stopped first, then this starts.
fn main() {}

/// Mounts the full app on `<body>`, with the in-memory state the first-load app `carried`
/// (`mg_rls::state::handover`).
#[wasm_bindgen]
pub fn start_full_app(carried: Option<String>) {
    mg_rls::run_full(carried);
}
