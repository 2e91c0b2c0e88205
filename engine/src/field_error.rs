use crate::field::Field;

/// A message about one invalid input (contract: `[data-testid=field-error][data-field=NAME]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The input the message belongs to.
    pub field: Field,
    /// What is wrong, in plain words, and what is accepted.
    pub message: String,
}

impl FieldError {
    pub fn new(field: Field, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}
