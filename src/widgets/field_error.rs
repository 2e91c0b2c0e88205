//! Field messages (contract: `[data-testid=field-error][data-field=NAME]`).

use crate::state::Param;
use mg_engine::FieldError;
use yew::prelude::*;

/// One message for one invalid input. `id` lets the field point at its message with
/// `aria-describedby`.
pub fn field_error(error: &FieldError, id: Option<String>) -> Html {
    html! {
        <p class="field-error" {id} data-testid="field-error" data-field={error.field} role="alert">
            { error.message.clone() }
        </p>
    }
}

/// The field errors of one validation, looked up by parameter; several messages for one field
/// merge into one.
#[derive(Clone, PartialEq, Default)]
pub struct Errors(pub Vec<FieldError>);

impl Errors {
    pub fn get(&self, param: Param) -> Option<FieldError> {
        let field = param.name();
        let first = self.0.iter().find(|e| e.field == field)?;
        let messages: Vec<&str> = self
            .0
            .iter()
            .filter(|e| e.field == field)
            .map(|e| e.message.as_str())
            .collect();
        Some(FieldError::new(first.field, messages.join(" ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_for_one_field_merge() {
        let errors = Errors(vec![
            FieldError::new("meds", "One."),
            FieldError::new("age", "Age."),
            FieldError::new("meds", "Two."),
        ]);
        assert_eq!(errors.get(Param::Meds).unwrap().message, "One. Two.");
        assert_eq!(errors.get(Param::Age).unwrap().field, "age");
        assert_eq!(errors.get(Param::Sex), None);
    }
}
