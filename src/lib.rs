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

/// Mounts the app on `<body>`.
pub fn run() {
    platform::panic::install();
    yew::Renderer::<App>::new().render();
}
