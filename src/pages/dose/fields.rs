//! What every group of input fields of the Dose screen gets.

use crate::state::AppHandle;
use crate::widgets::field_error::Errors;
use yew::prelude::*;

/// The state (values, dispatcher) and the field errors of the last validation. A plain struct
/// handed to plain functions, not a component's props: the groups' input is the whole app state,
/// which changes with every edit, so a component boundary would never skip a render (and each
/// component type adds ~0.43 KB gzip of Yew lifecycle code; README, "What each measured choice
/// saves").
pub struct Fields {
    pub app: AppHandle,
    pub errors: Errors,
    /// The entered blood magnesium against its reference range (engine text), for its field.
    pub serum_note: Option<AttrValue>,
    /// "= 241 mg of magnesium per tablet" (engine text), beside the label amount.
    pub per_unit_note: Option<AttrValue>,
    /// The offer to read the label's figure as the whole compound (engine text), with its switch.
    pub basis_hint: Option<AttrValue>,
}
