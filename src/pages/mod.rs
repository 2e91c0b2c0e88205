//! The six screens, one folder each. A screen gets the app's state and dispatcher
//! (`PageProps`), reads its parameters from the query, asks the engine, and dispatches actions.

pub mod about;
pub mod dose;
pub mod forms;
pub mod quiz;
pub mod report;
pub mod trial;

use crate::app::OnDemandScreens;
use crate::state::{AppHandle, View};
use about::AboutPage;
use forms::FormsPage;
use report::ReportPage;
use trial::TrialPage;
use yew::prelude::*;

/// What every screen gets.
#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub app: AppHandle,
}

/// The full build's on-demand screens, rendered (`src/bin/mg-rls-full.rs`).
pub struct AllScreens;

impl OnDemandScreens for AllScreens {
    fn render(view: View, app: &AppHandle) -> Html {
        match view {
            View::Forms => html! { <FormsPage app={app.clone()} /> },
            View::About => html! { <AboutPage app={app.clone()} /> },
            View::Report => html! { <ReportPage app={app.clone()} /> },
            _ => html! { <TrialPage app={app.clone()} /> },
        }
    }
}
