//! The About view (`view=about`): see `crate::about`.

use super::ViewProps;
use crate::about::AboutScreen;
use yew::prelude::*;

#[component]
pub fn AboutView(_props: &ViewProps) -> Html {
    html! { <AboutScreen /> }
}
