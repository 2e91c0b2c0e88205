//! The About screen (`view=about`): what magnesium does, how weak the evidence is, upper limits,
//! how the calculator works and what it does not do, privacy, and every source with its anchor.
//! All of it is display-only text, so it is written as one markup string (see `markup`).

mod evidence;
mod limits;
pub mod markup;
mod mechanisms;
mod notes;
mod sources;

use crate::browser_url;
use gloo::events::EventListener;
use markup::Markup;
use yew::prelude::*;

const LEAD: &str = "This calculator is for people with restless legs syndrome (RLS, also called Willis–Ekbom disease) who are thinking about magnesium. \
    It shows how much magnesium a product really gives you, how that compares with safe limits, which precautions apply, \
    and when to take it. Here is what it rests on.";

/// The screen's content below its heading.
pub fn content() -> Markup {
    let mut m = Markup::default();
    m.el("<p class=\"lead\">", LEAD, "</p>");
    mechanisms::write(&mut m);
    evidence::write(&mut m);
    limits::write(&mut m);
    notes::write(&mut m);
    sources::write(&mut m);
    m
}

/// The view takes the shared view props (unused: About shows the same page for everyone).
#[component]
pub fn AboutScreen(_props: &crate::views::ViewProps) -> Html {
    // A source link lands here with `#source-<id>`: show and focus that source on mount, and
    // whenever the fragment changes (the in-page citation links are plain `#source-<id>` links).
    use_effect_with((), |_| {
        browser_url::reveal_hash_target();
        let listener = web_sys::window()
            .map(|w| EventListener::new(&w, "hashchange", |_| browser_url::reveal_hash_target()));
        move || drop(listener)
    });
    html! {
        <section class="view view-about" aria-labelledby="view-title">
            <h2 id="view-title">{ "About this calculator" }</h2>
            { content().into_html() }
        </section>
    }
}
