//! One message for one invalid input (contract: `[data-testid=field-error][data-field=NAME]`).

use mg_engine::FieldError;
use yew::prelude::*;

/// A plain function rather than a component (each component adds its own lifecycle code to the
/// wasm). `id` lets the field point at its message with `aria-describedby`.
pub fn field_error(error: &FieldError, id: Option<String>) -> Html {
    html! {
        <p class="field-error" {id} data-testid="field-error" data-field={error.field} role="alert">
            { error.message.clone() }
        </p>
    }
}
