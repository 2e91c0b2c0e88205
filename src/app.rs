//! The app shell: header, navigation, share toolbar, the current view, footer. Holds the URL
//! query as state, renders from it and writes every change back to the address bar. In embed
//! mode (`embed=1`) only the view and one line (full-page link, disclaimer) are shown, and the
//! app's height is reported to the embedding page (`crate::embed`).

use crate::browser_document;
use crate::browser_url;
use crate::embed;
use crate::field_error_view::field_error;
use crate::footer::Footer;
use crate::nav::Nav;
use crate::remember::{self, Stored};
use crate::share::ShareToolbar;
use crate::source_link::{anchor, SourceNav};
use crate::theme_toggle::theme_param;
use crate::url_state::{Query, Theme, UiState, View};
use crate::views::{AboutView, DoseView, FormsView, QuizView, ViewProps};
use mg_engine::source::SourceId;
use yew::prelude::*;

pub const PRODUCT_NAME: &str = "Magnesium & Restless Legs calculator";

/// "Remember on this device", shared with the control that switches it.
#[derive(Clone, PartialEq)]
pub struct RememberCtx {
    pub on: bool,
    pub set: Callback<bool>,
    /// Said once at start-up: entries restored, or stored data ignored.
    pub notice: Option<AttrValue>,
}

/// Start-up state: the URL wins; without URL parameters, remembered entries (if any) are used.
fn initial() -> (Query, bool, Option<AttrValue>) {
    let from_url = Query::parse(&browser_url::read_search());
    let stored = remember::load();
    let only_view = from_url
        == Query {
            view: from_url.view.clone(),
            ..Query::default()
        };
    match stored {
        Stored::Entries(saved) if only_view => {
            let restored = Query { view: from_url.view.clone(), ..saved };
            (restored, true, Some("Your entries saved on this device were restored.".into()))
        }
        Stored::Corrupt => (
            from_url,
            false,
            Some("Entries saved on this device could not be read, so they were ignored.".into()),
        ),
        Stored::Entries(_) => (
            from_url,
            true,
            Some("This link's entries are shown. Your entries saved on this device are kept until you change something here.".into()),
        ),
        Stored::Nothing => (from_url, false, None),
    }
}

#[component]
pub fn App() -> Html {
    let start = use_memo((), |_| initial());
    let query = use_state(|| start.0.clone());
    let remember_on = use_state(|| start.1);
    let (ui, errors) = UiState::from_query(&query);
    let root = use_node_ref();
    embed::use_height_reporter(root.clone(), ui.embed);

    // Whether the person has changed an entry (or turned remembering on) since the page opened.
    // Until then nothing is saved: opening a shared link, switching screens or the theme must not
    // overwrite the remembered entries.
    let edited = use_mut_ref(|| false);
    {
        let search = query.to_search();
        let (theme, embed) = (ui.theme, ui.embed);
        let remember_on = *remember_on;
        let edited = edited.clone();
        use_effect_with(
            (search, theme, embed, remember_on),
            move |(search, theme, embed, remember_on)| {
                browser_url::replace_search(search);
                browser_document::set_theme(*theme);
                browser_document::set_embed(*embed);
                if *remember_on && *edited.borrow() {
                    // Derived from the URL just written, rather than a copy of the state each render.
                    remember::save(&Query::parse(search));
                }
            },
        );
    }

    let on_change = {
        let query = query.clone();
        let edited = edited.clone();
        Callback::from(move |next: Query| {
            *edited.borrow_mut() = true;
            query.set(next)
        })
    };
    let on_navigate = {
        let query = query.clone();
        Callback::from(move |view: View| query.set(query.with_view(view)))
    };
    let on_theme = {
        let query = query.clone();
        Callback::from(move |theme: Theme| {
            query.set(Query {
                theme: theme_param(theme),
                ..(*query).clone()
            })
        })
    };
    let source_nav = SourceNav {
        about_search: query.with_view(View::About).to_search(),
        go: {
            let query = query.clone();
            Callback::from(move |id: SourceId| {
                browser_url::replace_hash(&anchor(id));
                query.set(query.with_view(View::About));
            })
        },
    };
    let remember_ctx = RememberCtx {
        on: *remember_on,
        set: {
            let remember_on = remember_on.clone();
            let edited = edited.clone();
            Callback::from(move |on: bool| {
                *edited.borrow_mut() = true;
                if !on {
                    remember::forget();
                }
                remember_on.set(on);
            })
        },
        // The start-up notice only describes the page as it opened.
        notice: if *edited.borrow() {
            None
        } else {
            start.2.clone()
        },
    };

    let view_props = ViewProps {
        query: (*query).clone(),
        on_change,
    };
    let content = match ui.view {
        View::Dose => html! { <DoseView ..view_props /> },
        View::Forms => html! { <FormsView ..view_props /> },
        View::Quiz => html! { <QuizView ..view_props /> },
        View::About => html! { <AboutView ..view_props /> },
    };
    let error_list = errors.into_iter().map(|error| field_error(&error, None));

    html! {
        <ContextProvider<SourceNav> context={source_nav}>
        <ContextProvider<RememberCtx> context={remember_ctx}>
        <div ref={root} class={classes!("app", ui.embed.then_some("embed"))}
             data-theme={ui.theme.as_str()} data-view={ui.view.as_str()}>
            if ui.embed {
                // Embed: no header, navigation, toolbar or footer (the blog has its own).
                <h1 class="visually-hidden">{ PRODUCT_NAME }</h1>
                { for error_list }
            } else {
                <a class="skip-link" href="#main">{ "Skip to content" }</a>
                <header class="site-header">
                    <h1 class="product-name">{ PRODUCT_NAME }</h1>
                    <Nav query={(*query).clone()} current={ui.view} {on_navigate} />
                    <ShareToolbar query={(*query).clone()} theme={ui.theme} {on_theme} />
                    { for error_list }
                </header>
            }
            <main id="main" tabindex="-1">
                { content }
            </main>
            if ui.embed {
                { embed::embed_bar(&query) }
            } else {
                <Footer query={(*query).clone()} />
            }
        </div>
        </ContextProvider<RememberCtx>>
        </ContextProvider<SourceNav>>
    }
}
