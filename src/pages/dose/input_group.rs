//! An optional group of inputs, collapsed until it holds something: a native
//! `<details>`/`<summary>` (keyboard, screen readers and find-in-page work as everywhere), whose
//! summary line says what the group holds while it is closed. It opens by itself when a value
//! arrives from outside (a link, Back/Forward); after that, open or closed is the person's choice
//! and is not kept in the URL.

use super::group_contents::{Contents, Group};
use crate::platform::events::details_open;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InputGroupProps {
    pub group: Group,
    /// The group's name, shown on its summary line (and read as the fields' group name).
    pub name: AttrValue,
    pub contents: Contents,
    pub children: Html,
}

#[component]
pub fn InputGroup(p: &InputGroupProps) -> Html {
    let open = use_state_eq(|| p.contents.filled);
    {
        let open = open.clone();
        use_effect_with(p.contents.filled, move |filled| {
            if *filled {
                open.set(true);
            }
        });
    }
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| open.set(details_open(&e)))
    };
    html! {
        <details class="more" data-group={p.group.id()} open={*open} {ontoggle}>
            <summary>
                <span class="group-name">{ p.name.clone() }</span>
                <span class="optional">{ "(optional)" }</span>
                <span class="holds">{ p.contents.holds.clone() }</span>
            </summary>
            { p.children.clone() }
        </details>
    }
}
