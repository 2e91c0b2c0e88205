//! The Forms view (`view=forms`): see `crate::forms`.

use super::ViewProps;
use yew::prelude::*;

#[component]
pub fn FormsView(props: &ViewProps) -> Html {
    crate::forms::screen(props)
}
