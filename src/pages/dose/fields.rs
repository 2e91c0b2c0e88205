//! What every group of input fields of the Dose screen gets.

use crate::state::AppHandle;
use crate::widgets::field_error::Errors;
use yew::prelude::*;

/// The state (values, dispatcher) and the field errors of the last validation.
#[derive(Properties, PartialEq)]
pub struct FieldsProps {
    pub app: AppHandle,
    pub errors: Errors,
    /// The entered blood magnesium against its reference range (engine text), for its field.
    #[prop_or_default]
    pub serum_note: Option<AttrValue>,
}
