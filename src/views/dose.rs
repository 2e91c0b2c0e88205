//! The Dose view (`view=dose`): see `crate::dose`.

use super::ViewProps;
use crate::dose::DoseScreen;
use yew::prelude::*;

#[component]
pub fn DoseView(props: &ViewProps) -> Html {
    html! { <DoseScreen ..props.clone() /> }
}
