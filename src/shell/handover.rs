//! The on-demand screens (Quiz, Forms, About, Trial, Report) in the first-load build: the screen's
//! frame (its name as the heading) and "Opening …" while the full build loads
//! (`crate::platform::full_app`, usually fetched ahead already); the app then hands the page over
//! to it, on the same URL. The main area keeps the height of the screen before (`MAIN_HEIGHT_VARIABLE`),
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
            // Loading only: the app takes over once loaded, from its own effects
            // (`full_app::take_over_if_loaded`), after this render's address-bar write.
            wasm_bindgen_futures::spawn_local(async move {
                if full_app::load().await.is_err() {
                    failed.set(true);
                }
            });
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
