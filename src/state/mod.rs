//! The app's state: the URL query (every parameter declared once in `params`), the settings it
//! holds, the stored-entries format, and the reducer with its actions. Pure: no browser APIs, so
//! all of it is tested natively (`cargo test`).

mod app_state;
pub mod handover;
pub mod language_region;
mod params;
mod query;
mod settings;
pub mod stored;

pub use app_state::{Action, AppState, Notice, Update};
pub use params::{Param, Query};
pub use settings::{OnDemand, Screen, Settings, Theme, View};

/// The state and its dispatcher, handed to every screen.
pub type AppHandle = yew::UseReducerHandle<AppState>;
