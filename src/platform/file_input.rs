//! Reading the file a person picked in an `<input type=file>` (diary import).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::{Event, TargetCast};

/// The input a `change` event came from (keep it to clear it after reading).
pub fn input_of(e: &Event) -> HtmlInputElement {
    e.target_unchecked_into::<HtmlInputElement>()
}

/// The text of the first file chosen in `input`, then the input is cleared (so picking the same
/// file again is a new change). `None` if nothing was chosen or it could not be read as text.
pub async fn read_text(input: &HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    let text = JsFuture::from(file.text()).await.ok()?;
    input.set_value("");
    text.dyn_into::<js_sys::JsString>().ok().map(String::from)
}
