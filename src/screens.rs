//! Which screens each build renders. The first-load build (`src/main.rs`) renders Dose
//! and hands the on-demand ones (Forms, About, Trial, Report) over to the full build
//! (`src/bin/mg-rls-full.rs`), which renders them all; they stay out of the first load (README,
//! "Two builds: first load and on demand"). `App` is generic over this rather than given a flag,
//! so each build links only the screens it renders.

use crate::pages::{
    about::AboutPage, forms::FormsPage, quiz::QuizPage, report::ReportPage, trial::TrialPage,
};
use crate::shell::handover::Opening;
use crate::state::{AppHandle, OnDemand};
use yew::prelude::*;

/// How a build shows the on-demand screens.
pub trait OnDemandScreens: 'static {
    /// Whether this build hands the on-demand screens over to the full build (which it then
    /// fetches ahead, once the first screen has rendered and the browser is idle).
    const HANDS_OVER: bool;
    /// The on-demand screen `screen`.
    fn render(screen: OnDemand, app: &AppHandle) -> Html;
}

/// The first-load build: "Opening …" while the full build loads and takes over.
pub struct HandOver;

impl OnDemandScreens for HandOver {
    const HANDS_OVER: bool = true;
    fn render(screen: OnDemand, _app: &AppHandle) -> Html {
        html! { <Opening view={screen.view()} /> }
    }
}

/// The full build: every on-demand screen, rendered.
pub struct AllScreens;

impl OnDemandScreens for AllScreens {
    const HANDS_OVER: bool = false;
    fn render(screen: OnDemand, app: &AppHandle) -> Html {
        match screen {
            OnDemand::Quiz => html! { <QuizPage app={app.clone()} /> },
            OnDemand::Forms => html! { <FormsPage app={app.clone()} /> },
            OnDemand::About => html! { <AboutPage app={app.clone()} /> },
            OnDemand::Trial => html! { <TrialPage app={app.clone()} /> },
            OnDemand::Report => html! { <ReportPage app={app.clone()} /> },
        }
    }
}
