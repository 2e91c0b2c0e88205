//! Reading the file a person picked in an `<input type=file>` (diary import).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::{Event, TargetCast};

/// Reads the first file chosen in the input a `change` event came from, as text, and hands it
/// to `done` (`None` if nothing was chosen or it could not be read). The input is then cleared,
/// so picking the same file again is a new change.
pub fn read_chosen(e: &Event, done: impl FnOnce(Option<String>) + 'static) {
    let input = e.target_unchecked_into::<HtmlInputElement>();
    let file = input.files().and_then(|files| files.get(0));
    wasm_bindgen_futures::spawn_local(async move {
        let text = match file {
            Some(f) => JsFuture::from(f.text())
                .await
                .ok()
                .and_then(|t| t.dyn_into::<js_sys::JsString>().ok())
                .map(String::from),
            None => None,
        };
        input.set_value("");
        done(text);
    });
}
