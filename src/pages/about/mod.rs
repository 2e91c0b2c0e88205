//! The About screen (`view=about`): what magnesium does, how weak the evidence is, upper limits,
//! how the calculator works and what it does not do, privacy, and every source with its anchor.
//! The long texts are data (engine tables, const slices here) rendered by a few small functions.

pub mod evidence;
pub mod limits;
pub mod mechanisms;
pub mod notes;
pub mod section;
pub mod sources;

use super::PageProps;
use crate::platform::document;
use crate::widgets::source_links::anchor;
use evidence::evidence;
use limits::limits;
use mechanisms::mechanisms;
use notes::notes;
use sources::source_list;
use yew::prelude::*;

const LEAD: &str = "This calculator is for people with restless legs syndrome (RLS) who are thinking about magnesium. \
    It shows how much magnesium a product really gives you, how that compares with safe limits, which precautions apply, \
    and when to take it. Here is what it rests on.";

#[component]
pub fn AboutPage(props: &PageProps) -> Html {
    // A source link lands here: show and focus that source on arrival (from another screen, the
    // state names it; in a shared link, the fragment does), and whenever the fragment changes
    // (the in-page citation links are plain `#source-<id>` links).
    use_effect_with(props.app.source, |source| {
        document::reveal(&source.map_or_else(document::fragment, anchor));
    });
    use_effect_with((), |_| {
        let listener = document::on_fragment_change(|| document::reveal(&document::fragment()));
        move || drop(listener)
    });
    html! {
        <section class="view view-about" aria-labelledby="view-title">
            <h2 id="view-title">{ "About this calculator" }</h2>
            <p class="lead">{ LEAD }</p>
            // Static sections as plain functions, not components: they have no props and no state,
            // and each component type carries ≈ 0.4 KB gzip of Yew's lifecycle code (README,
            // "What each measured choice saves").
            { mechanisms() }
            { evidence() }
            { limits() }
            { notes() }
            { source_list() }
        </section>
    }
}
