//! The quiz view (placeholder).

use super::ViewProps;
use yew::prelude::*;

#[component]
pub fn QuizView(_props: &ViewProps) -> Html {
    html! {
        <section class="view view-quiz" aria-labelledby="view-title">
            <h2 id="view-title">{ "Is it restless legs? A quick check" }</h2>
        </section>
    }
}
