//! The about view (placeholder).

use super::ViewProps;
use yew::prelude::*;

#[component]
pub fn AboutView(_props: &ViewProps) -> Html {
    html! {
        <section class="view view-about" aria-labelledby="view-title">
            <h2 id="view-title">{ "About this calculator" }</h2>
        </section>
    }
}
