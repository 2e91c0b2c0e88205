//! What the app reads from DOM events: an input's value, a box's state, a plain click.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::{Event, InputEvent, KeyboardEvent, MouseEvent, TargetCast};

/// The text of the `<input>` an `input` event came from.
pub fn input_text(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// The text of the `<textarea>` an `input` event came from.
pub fn textarea_text(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlTextAreaElement>().value()
}

/// The value of the `<input>` a `change` event came from.
pub fn changed_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// Whether the checkbox a `change` event came from is now ticked.
pub fn checked(e: &Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}

/// The chosen value of the `<select>` a `change` event came from.
pub fn selected(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// `(name, value, checked)` of the input a `change` event bubbled up from, if it was an input.
pub fn changed_input(e: &Event) -> Option<(String, String, bool)> {
    let input = e.target()?.dyn_into::<HtmlInputElement>().ok()?;
    Some((input.name(), input.value(), input.checked()))
}

/// A plain left click: the app handles it in place. Any other (middle button, Ctrl, ⌘, Shift,
/// Alt) is left to the browser: a new tab or window opens at the link's real address.
pub fn plain_click(e: &MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}

/// The key a `keydown` event is for, by name (`ArrowDown`, `Enter`, `a`).
pub fn key_name(e: &KeyboardEvent) -> String {
    e.key()
}
