//! The app: holds the state (`crate::state`), shows the current screen inside the shell, and
//! after each render writes the state out to the browser: the address bar (a new history entry
//! for a new screen), the document's theme and embed marks, and remembered entries. In embed mode
//! (`embed=1`) only the screen and one line (full-page link, disclaimer) are shown, and the
//! app's height is reported to the embedding page.

use crate::pages::dose::DosePage;
use crate::platform::frame_height::use_height_reporter;
use crate::platform::height_variable::use_height_variable;
use crate::platform::{document, full_app, language, storage, url};
use crate::screens::OnDemandScreens;
use crate::shell::embed_bar::embed_bar;
use crate::shell::footer::footer;
use crate::shell::handover::MAIN_HEIGHT_VARIABLE;
use crate::shell::header::header;
use crate::shell::PRODUCT_NAME;
use crate::state::{handover, stored, Action, AppHandle, AppState, Screen, Settings};
use crate::widgets::field_error::field_error;
use crate::widgets::source_links::anchor;
use std::rc::Rc;
use yew::prelude::*;

/// Writes the query to the address bar after each change: a new history entry when the screen
/// changed, else the current one replaced. Back and Forward read it back into the state.
///
/// `opened_from` is the address the state was started from. If the address changed before the
/// first effect ran — Back pressed while the full build was taking over, before this app listened
/// for it — the address wins: it is read into the state instead of being overwritten.
#[hook]
fn use_address_bar(app: &AppHandle, opened_from: Rc<String>) {
    let written_view_changes = use_mut_ref(|| app.view_changes);
    let first = use_mut_ref(|| true);
    let search = app.query.to_search();
    let fragment = app.source.map(anchor);
    let dispatcher = app.dispatcher();
    use_effect_with(
        (search, app.view_changes, fragment),
        move |(search, view_changes, fragment)| {
            if std::mem::take(&mut *first.borrow_mut()) {
                let now = url::read_search();
                if now != *opened_from {
                    dispatcher.dispatch(Action::FromAddressBar(now));
                    return;
                }
            }
            let push = *written_view_changes.borrow() != *view_changes;
            *written_view_changes.borrow_mut() = *view_changes;
            url::write_soon(search.clone(), push, fragment.clone());
        },
    );
    let dispatcher = app.dispatcher();
    use_effect_with((), move |_| {
        let listener =
            url::on_back_forward(move |search| dispatcher.dispatch(Action::FromAddressBar(search)));
        move || drop(listener)
    });
}

/// Saves the entries while "Remember on this device" is on and something was changed; forgets
/// them when it is switched off.
#[hook]
fn use_remembered_entries(app: &AppHandle) {
    let text = stored::encode(&app.query);
    use_effect_with(
        (text, app.remember, app.edited),
        |(text, remember, edited)| {
            if *remember && *edited {
                storage::save(text);
            }
        },
    );
    use_effect_with(app.remember, {
        let edited = app.edited;
        move |remember| {
            if !*remember && edited {
                storage::forget();
            }
        }
    });
}

/// In the first-load build: fetches the full build ahead and hands the page over to it once it
/// has loaded (`full_app`). Called after the app's other hooks: its effects run after theirs, so
/// the hand-over finds this render's address written (or pending) and its in-memory state kept.
/// An effect of a child (the "Opening …" screen) may not hand over itself: Yew can yield to the
/// browser between a child's effects and the app's, and the hand-over would then carry the
/// address of the screen before (a source link lost its About screen that way).
#[hook]
fn use_full_build(app: &AppHandle, hands_over: bool, embed: bool) {
    use_effect_with((*app).clone(), move |state| {
        if hands_over {
            full_app::keep_for_handover(handover::carry(state));
        }
    });
    // The first screen has rendered: fetch the full build while the browser is idle, so a later
    // tap on an on-demand screen opens at once. Not in embed mode: there every link that leaves
    // the screen opens a new tab, so the frame never needs it.
    let rerender = use_force_update();
    use_effect_with((), move |_| {
        if hands_over {
            full_app::when_loaded(move || rerender.force_update());
            if !embed {
                full_app::preload_when_idle();
            }
        }
    });
    use_effect(move || {
        if hands_over {
            full_app::take_over_if_loaded();
        }
    });
}

#[component]
pub fn App<S: OnDemandScreens>() -> Html {
    let opened_from = use_memo((), |_| url::read_search());
    let app = use_reducer_eq({
        let search = opened_from.clone();
        move || match full_app::take_handed_over() {
            Some(carried) => AppState::resume(&search, &carried),
            None => AppState::start(&search, storage::load().as_deref())
                .with_language(language::preferred().as_deref()),
        }
    });
    let (settings, errors) = Settings::from_query(&app.query);
    let root = use_node_ref();
    let main_ref = use_node_ref();
    use_height_reporter(root.clone(), settings.embed);
    use_address_bar(&app, opened_from);
    use_remembered_entries(&app);
    // The main area's height as `--main-h`: the "Opening …" state keeps it, so the page does not
    // jump while the full build loads (styles/app.css).
    use_height_variable(main_ref.clone(), MAIN_HEIGHT_VARIABLE);
    use_effect_with((settings.theme, settings.embed), |(theme, embed)| {
        document::set_theme(theme.as_str());
        document::set_embed(*embed);
    });
    // Last, so its hand-over effect runs after every other effect of this render.
    use_full_build(&app, S::HANDS_OVER, settings.embed);

    let page = match settings.view.screen() {
        Screen::Dose => html! { <DosePage app={app.clone()} /> },
        Screen::OnDemand(screen) => S::render(screen, &app),
    };
    let messages: Html = errors.iter().map(|e| field_error(e, None)).collect();

    html! {
        <ContextProvider<AppHandle> context={app.clone()}>
        <div ref={root} class={classes!("app", settings.embed.then_some("embed"))}
             data-theme={settings.theme.as_str()} data-view={settings.view.as_str()}>
            if settings.embed {
                // Embed: no header, navigation, toolbar or footer (the blog has its own).
                <h1 class="visually-hidden">{ PRODUCT_NAME }</h1>
                { messages }
            } else {
                { header(&app, messages) }
            }
            <main id="main" tabindex="-1" ref={main_ref}>
                { page }
            </main>
            if settings.embed {
                { embed_bar(&app) }
            } else {
                { footer(&app) }
            }
        </div>
        </ContextProvider<AppHandle>>
    }
}
