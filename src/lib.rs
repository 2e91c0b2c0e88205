//! Magnesium for Restless Legs: the browser app (Yew). Medical logic lives in `mg_engine`.
//!
//! `state` (the URL query, settings and the reducer; pure) ← `platform` (every browser call) ←
//! `widgets` (controls, messages, source links, formats) ← `shell` (header, navigation,
//! toolbar, footer, embed) and `pages` (one folder per screen) ← `app` (puts them together).

pub mod app;
pub mod pages;
pub mod platform;
pub mod shell;
pub mod state;
pub mod widgets;

pub use app::App;

/// The heap allocator: talc instead of Rust's default dlmalloc saves ≈ 2.2 KB gzip of the first
/// load (README, "What each measured choice saves"). `new_global` is sound because the app's
/// WebAssembly runs on one thread only. Declared in the library, so the browser tests
/// (tests/browser*.rs) run on the same allocator as the app.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// Mounts the app on `<body>`.
pub fn run() {
    platform::panic::install();
    yew::Renderer::<App>::new().render();
}
