//! The four screens. Each receives the whole URL query and reports changes to it.

mod about;
mod dose;
mod forms;
mod quiz;

pub use about::AboutView;
pub use dose::DoseView;
pub use forms::FormsView;
pub use quiz::QuizView;

use crate::url_state::Query;
use yew::prelude::*;

/// What every view gets: the current query, and a callback taking the next query.
#[derive(Properties, PartialEq, Clone)]
pub struct ViewProps {
    pub query: Query,
    pub on_change: Callback<Query>,
}
