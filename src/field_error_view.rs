//! One message for one invalid input (contract: `[data-testid=field-error][data-field=NAME]`).

use mg_engine::FieldError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldErrorProps {
    pub error: FieldError,
    /// Lets the field point at its message with `aria-describedby`.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

#[component]
pub fn FieldErrorView(props: &FieldErrorProps) -> Html {
    html! {
        <p class="field-error" id={props.id.clone()} data-testid="field-error" data-field={props.error.field} role="alert">
            { props.error.message.clone() }
        </p>
    }
}
