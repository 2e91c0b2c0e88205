//! The forms view (placeholder).

use super::ViewProps;
use yew::prelude::*;

#[component]
pub fn FormsView(_props: &ViewProps) -> Html {
    html! {
        <section class="view view-forms" aria-labelledby="view-title">
            <h2 id="view-title">{ "Magnesium forms compared" }</h2>
        </section>
    }
}
