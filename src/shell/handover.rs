//! The on-demand screens (Forms, About, Trial, Report) in the first-load build: the screen's
//! frame (its name as the heading) and "Opening …" while the full build loads
//! (`crate::platform::full_app`, usually fetched ahead already), which then takes over the page,
//! on the same URL. The main area keeps the height of the screen before (`MAIN_HEIGHT_VARIABLE`),
//! so the footer does not jump up and back down.

use crate::platform::full_app;
use crate::state::View;
use yew::prelude::*;

/// The CSS custom property holding the main area's height (set by the app, read by
/// styles/app.css while a screen is opening).
pub const MAIN_HEIGHT_VARIABLE: &str = "--main-h";

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
            // After this render's other effects (the app's address-bar write among them, which
            // runs after this child's effect): the full build, when fetched ahead, can take over
            // within a microtask, and must find the new address written or pending.
            gloo::timers::callback::Timeout::new(0, move || {
                wasm_bindgen_futures::spawn_local(async move {
                    if full_app::open().await.is_err() {
                        failed.set(true);
                    }
                });
            })
            .forget();
        });
    }
    html! {
        <section class="view opening" aria-busy={(!*failed).to_string()} data-testid="opening"
            aria-labelledby="opening-title">
            <h2 id="opening-title">{ props.view.label() }</h2>
            if *failed {
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
