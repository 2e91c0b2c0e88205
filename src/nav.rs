//! Navigation between the four views. Real links (they work in a new tab and without
//! JavaScript-aware clicks); a plain click switches the view in place.

use crate::url_state::{Query, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub query: Query,
    pub current: View,
    pub on_navigate: Callback<View>,
}

#[component]
pub fn Nav(props: &NavProps) -> Html {
    let links = View::ALL.into_iter().map(|view| {
        let search = props.query.with_view(view).to_search();
        let href = if search.is_empty() {
            "?".to_owned()
        } else {
            search
        };
        let on_navigate = props.on_navigate.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            // Let the browser handle new-tab/window clicks.
            if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                return;
            }
            e.prevent_default();
            on_navigate.emit(view);
        });
        let current = (view == props.current).then_some("page");
        html! {
            <li>
                <a {href} {onclick} aria-current={current} data-view={view.as_str()}>
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
