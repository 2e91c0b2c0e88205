//! An optional group of inputs, collapsed until it holds something: a native
//! `<details>`/`<summary>` (keyboard, screen readers and find-in-page work as everywhere), whose
//! summary line says what the group holds. Open or closed belongs to the person and is not kept in
//! the URL, so the markup leaves `open` alone: the page opens a group when a value arrives for it
//! (`use_open_filled_groups`).

use super::group_contents::{Contents, Group};
use crate::platform::document::open_details;
use yew::prelude::*;

/// A plain function rather than a component: each component adds its own copy of Yew's
/// lifecycle code to the wasm, and this one has no state of its own.
pub fn input_group(group: Group, name: &'static str, contents: &Contents, children: Html) -> Html {
    html! {
        <details class="more" data-group={group.id()}>
            <summary>
                <span class="group-name">{ name }</span>
                <span class="optional">{ "(optional)" }</span>
                <span class="holds">{ contents.holds.clone() }</span>
            </summary>
            { children }
        </details>
    }
}

/// Opens the groups that have just been given a value (on the first render, every filled one;
/// later, one filled by a link or by Back/Forward). A group the person closed stays closed while
/// other fields change.
#[hook]
pub fn use_open_filled_groups(filled: Vec<Group>) {
    let before = use_mut_ref(Vec::<Group>::new);
    use_effect_with(filled, move |filled| {
        let mut before = before.borrow_mut();
        for group in filled.iter().filter(|g| !before.contains(g)) {
            open_details(&format!("details[data-group={}]", group.id()));
        }
        *before = filled.clone();
    });
}
