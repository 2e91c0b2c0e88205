/// A message about one invalid input, keyed by its URL parameter name (contract: `field-error`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The URL parameter the message belongs to, e.g. `"age"`.
    pub field: &'static str,
    /// What is wrong, in plain words, and what is accepted.
    pub message: String,
}

impl FieldError {
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}
