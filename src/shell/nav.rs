//! Navigation between the four views. Real links (they work in a new tab and without
//! JavaScript-aware clicks); a plain click switches the view in place.

use crate::platform::events::plain_click;
use crate::state::{Action, AppHandle, View};
use yew::prelude::*;

/// A plain function, not a component: its only input is the whole app state, which changes with
/// every edit, so a component boundary would never skip a render (and each component type adds
/// ~0.43 KB gzip of Yew lifecycle code; README, "What each measured choice saves").
pub fn nav(app: &AppHandle) -> Html {
    let current = app.settings().view;
    let links = View::ALL.into_iter().map(|view| {
        let dispatcher = app.dispatcher();
        let onclick = Callback::from(move |e: MouseEvent| {
            if plain_click(&e) {
                e.prevent_default();
                dispatcher.dispatch(Action::Navigate(view));
            }
        });
        html! {
            <li>
                <a href={app.link_to(view)} {onclick} aria-current={(view == current).then_some("page")}
                    data-view={view.as_str()}>
                    { view.label() }
                </a>
            </li>
        }
    });
    html! {
        <nav class="site-nav" aria-label="Calculator sections">
            <ul>{ for links }</ul>
        </nav>
    }
}
