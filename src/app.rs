//! The app shell: header, navigation, the current view, footer. Holds the URL query as state,
//! renders from it and writes every change back to the address bar.

use crate::browser_document;
use crate::browser_url;
use crate::field_error_view::FieldErrorView;
use crate::footer::Footer;
use crate::nav::Nav;
use crate::url_state::{Query, UiState, View};
use crate::views::{AboutView, DoseView, FormsView, QuizView, ViewProps};
use yew::prelude::*;

pub const PRODUCT_NAME: &str = "Magnesium & Restless Legs calculator";

#[component]
pub fn App() -> Html {
    let query = use_state(|| Query::parse(&browser_url::read_search()));
    let (ui, errors) = UiState::from_query(&query);

    {
        let search = query.to_search();
        let theme = ui.theme;
        use_effect_with((search, theme), move |(search, theme)| {
            browser_url::replace_search(search);
            browser_document::set_theme(*theme);
        });
    }

    let on_change = {
        let query = query.clone();
        Callback::from(move |next: Query| query.set(next))
    };
    let on_navigate = {
        let query = query.clone();
        Callback::from(move |view: View| query.set(query.with_view(view)))
    };

    let view_props = ViewProps { query: (*query).clone(), on_change };
    let content = match ui.view {
        View::Dose => html! { <DoseView ..view_props /> },
        View::Forms => html! { <FormsView ..view_props /> },
        View::Quiz => html! { <QuizView ..view_props /> },
        View::About => html! { <AboutView ..view_props /> },
    };
    let error_list = errors.into_iter().map(|error| html! { <FieldErrorView {error} /> });

    html! {
        <div class={classes!("app", ui.embed.then_some("embed"))}
             data-theme={ui.theme.as_str()} data-view={ui.view.as_str()}>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <header class="site-header">
                <h1 class="product-name">{ PRODUCT_NAME }</h1>
                <Nav query={(*query).clone()} current={ui.view} {on_navigate} />
                { for error_list }
            </header>
            <main id="main" tabindex="-1">
                { content }
            </main>
            <Footer />
        </div>
    }
}
