//! The quiz view (`view=quiz`): see `crate::quiz`.

use super::ViewProps;
use crate::quiz::QuizScreen;
use yew::prelude::*;

#[component]
pub fn QuizView(props: &ViewProps) -> Html {
    html! { <QuizScreen ..props.clone() /> }
}
