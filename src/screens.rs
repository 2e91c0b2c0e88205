//! Which screens each build renders. The first-load build (`src/main.rs`) renders Dose and Quiz
//! and hands the on-demand ones (Forms, About, Trial, Report) over to the full build
//! (`src/bin/mg-rls-full.rs`), which renders them all; they stay out of the first load (README,
//! "Two builds: first load and on demand"). `App` is generic over this rather than given a flag,
//! so each build links only the screens it renders.

use crate::pages::{about::AboutPage, forms::FormsPage, report::ReportPage, trial::TrialPage};
use crate::shell::handover::Opening;
use crate::state::{AppHandle, View};
use yew::prelude::*;

/// How a build shows the on-demand screens.
pub trait OnDemandScreens: 'static {
    /// The screen for `view` (Forms, About, Trial or Report).
    fn render(view: View, app: &AppHandle) -> Html;
}

/// The first-load build: "Opening …" while the full build loads and takes over.
pub struct HandOver;

impl OnDemandScreens for HandOver {
    fn render(view: View, _app: &AppHandle) -> Html {
        html! { <Opening {view} /> }
    }
}

/// The full build: every on-demand screen, rendered.
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
