//! Links from a value or finding to its source in the About view (`?view=about#source-<id>`).
//! A plain click switches view in place; About then scrolls to the anchor.

use mg_engine::source::SourceId;
use yew::prelude::*;

/// The anchor id of a source in the About view.
pub fn anchor(id: SourceId) -> String {
    format!("source-{}", id.as_str())
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ids: &'static [SourceId],
}

/// "Source: NIH ODS, IOM 1997" with each name a link.
#[component]
pub fn SourceLinks(p: &Props) -> Html {
    let nav = use_context::<SourceNav>();
    let links = p.ids.iter().enumerate().map(|(i, id)| {
        let id = *id;
        let href = nav.as_ref().map_or_else(|| format!("?view=about#{}", anchor(id)), |n| format!("{}#{}", n.about_search, anchor(id)));
        let onclick = nav.clone().map(|n| {
            Callback::from(move |e: MouseEvent| {
                if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                    return;
                }
                e.prevent_default();
                n.go.emit(id);
            })
        });
        html! { <>{ if i > 0 { ", " } else { "" } }<a {href} {onclick} class="source-link">{ id.short() }</a></> }
    });
    html! { <span class="sources">{ "Source: " }{ for links }</span> }
}

/// Provided by the app: where About is, and how to go there showing one source.
#[derive(Clone, PartialEq)]
pub struct SourceNav {
    pub about_search: String,
    pub go: Callback<SourceId>,
}
