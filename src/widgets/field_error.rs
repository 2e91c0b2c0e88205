//! Field messages (contract: `[data-testid=field-error][data-field=NAME]`).

use crate::state::Param;
use mg_engine::FieldError;
use yew::prelude::*;

/// One message for one invalid input named `field` (a URL parameter, or a box that is not in the
/// URL). `id` lets the field point at its message with `aria-describedby`.
pub fn field_message(field: &'static str, message: AttrValue, id: Option<String>) -> Html {
    html! {
        <p class="field-error" {id} data-testid="field-error" data-field={field} role="alert">
            { message }
        </p>
    }
}

/// The message of one validation error, at its field.
pub fn field_error(error: &FieldError, id: Option<String>) -> Html {
    field_message(error.field.name(), error.message.clone().into(), id)
}

/// The field errors of one validation, looked up by parameter; several messages for one field
/// merge into one.
#[derive(Clone, PartialEq, Default)]
pub struct Errors(pub Vec<FieldError>);

impl Errors {
    pub fn get(&self, param: Param) -> Option<FieldError> {
        let messages: Vec<&str> = self
            .0
            .iter()
            .filter(|e| e.field == param)
            .map(|e| e.message.as_str())
            .collect();
        (!messages.is_empty()).then(|| FieldError::new(param, messages.join(" ")))
    }

    /// The merged message for one parameter's control.
    pub fn message(&self, param: Param) -> Option<AttrValue> {
        self.get(param).map(|e| e.message.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_for_one_field_merge() {
        let errors = Errors(vec![
            FieldError::new(Param::Meds, "One."),
            FieldError::new(Param::Age, "Age."),
            FieldError::new(Param::Meds, "Two."),
        ]);
        assert_eq!(errors.get(Param::Meds).unwrap().message, "One. Two.");
        assert_eq!(errors.get(Param::Age).unwrap().field, Param::Age);
        assert_eq!(errors.get(Param::Sex), None);
    }
}
