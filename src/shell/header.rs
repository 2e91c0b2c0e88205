//! The page header: product name, navigation and the share toolbar, then `children` (the
//! messages about invalid settings in the URL).

use super::nav::Nav;
use super::toolbar::Toolbar;
use super::PRODUCT_NAME;
use crate::state::AppHandle;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub app: AppHandle,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <header class="site-header">
                <h1 class="product-name">{ PRODUCT_NAME }</h1>
                <Nav app={props.app.clone()} />
                <Toolbar app={props.app.clone()} />
                { props.children.clone() }
            </header>
        </>
    }
}
