//! Magnesium for Restless Legs: the browser app (Yew). Medical logic lives in `mg_engine`.

pub mod app;
pub mod browser_document;
pub mod browser_url;
pub mod controls;
pub mod dose;
pub mod field_error_view;
pub mod footer;
pub mod format;
pub mod ics;
pub mod nav;
pub mod query_params;
pub mod remember;
pub mod source_link;
pub mod url_state;
pub mod views;

pub use app::App;

/// Mounts the app on `<body>`.
pub fn run() {
    yew::Renderer::<App>::new().render();
}
