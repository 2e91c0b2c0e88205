//! The on-demand screens (Forms, About, Trial, Report) in the first-load build: a short
//! "opening" notice while the full build loads (`crate::platform::full_app`), which then takes
//! over the page, on the same URL.

use crate::platform::full_app;
use crate::state::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpeningProps {
    pub view: View,
}

/// "Opening …" while the full build loads; says so if it cannot be loaded.
#[component]
pub fn Opening(props: &OpeningProps) -> Html {
    let failed = use_state(|| false);
    {
        let failed = failed.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if full_app::open().await.is_err() {
                    failed.set(true);
                }
            });
        });
    }
    // No heading while opening: the screen's own heading comes with the full build.
    html! {
        <section class="opening" aria-busy={(!*failed).to_string()} data-testid="opening">
            if *failed {
                <h2>{ props.view.label() }</h2>
                <p role="alert">
                    { "This screen could not be loaded. Check the connection and reload the page; \
                       once loaded, it also works offline." }
                </p>
            } else {
                <p role="status">{ format!("Opening {}…", props.view.label()) }</p>
            }
        </section>
    }
}
