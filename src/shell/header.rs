//! The page header: product name, navigation and the share toolbar, then `children` (the
//! messages about invalid settings in the URL).

use super::nav::nav;
use super::toolbar::Toolbar;
use super::PRODUCT_NAME;
use crate::state::AppHandle;
use yew::prelude::*;

/// A plain function, not a component: its only input is the whole app state, which changes with
/// every edit, so a component boundary would never skip a render (and each component type adds
/// ~0.43 KB gzip of Yew lifecycle code; README, "What each measured choice saves").
pub fn header(app: &AppHandle, children: Html) -> Html {
    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <header class="site-header">
                <h1 class="product-name">{ PRODUCT_NAME }</h1>
                { nav(app) }
                <Toolbar app={app.clone()} />
                { children }
            </header>
        </>
    }
}
