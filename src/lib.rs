//! Magnesium for Restless Legs: the browser app (Yew). Medical logic lives in `mg_engine`.

pub mod about;
pub mod app;
pub mod browser_document;
pub mod browser_url;
pub mod controls;
pub mod diary;
pub mod dose;
pub mod embed;
pub mod field_error_view;
pub mod footer;
pub mod format;
pub mod forms;
pub mod ics;
pub mod nav;
pub mod panic_panel;
pub mod query_params;
pub mod quiz;
pub mod remember;
pub mod share;
pub mod source_link;
pub mod theme_toggle;
pub mod url_state;
pub mod views;

pub use app::App;

/// Mounts the app on `<body>`.
pub fn run() {
    panic_panel::install();
    yew::Renderer::<App>::new().render();
}
