//! The Forms screen's input boxes: the form picker's options and rows of text boxes, one code
//! path for every box of the screen.

use crate::widgets::controls::{Binding, Options, TextField, TextFieldProps};
use crate::widgets::format::pct;
use mg_engine::forms::FORMS;
use yew::prelude::*;

/// `(id, "Magnesium citrate — 16.2 %")` for every form, for pickers.
pub fn form_options() -> Options {
    FORMS
        .iter()
        .map(|f| {
            (
                f.id_str.into(),
                format!("{} — {}", f.name, pct(f.elemental_pct())).into(),
            )
        })
        .collect()
}

/// One text box; a box without a unit (price, count) is marked optional.
pub fn text_box(
    bind: Binding,
    label: &'static str,
    unit: Option<&'static str>,
    value: Option<String>,
    error: Option<AttrValue>,
) -> TextFieldProps {
    TextFieldProps {
        bind,
        label: label.into(),
        value,
        error,
        hint: None,
        unit: unit.map(AttrValue::from),
        inputmode: "decimal".into(),
        kind: "text".into(),
        optional: unit.is_none(),
        placeholder: None,
    }
}

/// Text boxes side by side.
pub fn text_row(boxes: Vec<TextFieldProps>) -> Html {
    html! { <div class="pair">{ for boxes.into_iter().map(|b| html! { <TextField ..b /> }) }</div> }
}
