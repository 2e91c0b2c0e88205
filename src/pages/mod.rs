//! The six screens, one folder each. A screen gets the app's state and dispatcher
//! (`PageProps`), reads its parameters from the query, asks the engine, and dispatches actions.

pub mod about;
pub mod dose;
pub mod forms;
pub mod quiz;
pub mod report;
pub mod trial;

use crate::state::AppHandle;
use yew::prelude::*;

/// What every screen gets.
#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub app: AppHandle,
}
