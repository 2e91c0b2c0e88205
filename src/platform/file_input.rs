//! Reading the file a person picked in an `<input type=file>` (diary import).

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::{Event, TargetCast};

/// Reads the first file chosen in the input a `change` event came from, as bytes, and hands
/// them to `done` with the file's name as the browser gives it (outside input: quote it as an
/// excerpt) — the bytes are `None` if nothing was chosen or it could not be read. Bytes, not text: the
/// diary reader checks that they are UTF-8 and says where they are not, where decoding here
/// would silently turn a bad byte into "�". The input is then cleared, so picking the same file
/// again is a new change.
pub fn read_chosen(e: &Event, done: impl FnOnce(Option<String>, Option<Vec<u8>>) + 'static) {
    let input = e.target_unchecked_into::<HtmlInputElement>();
    let file = input.files().and_then(|files| files.get(0));
    let name = file.as_ref().map(web_sys::File::name);
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = match file {
            Some(f) => JsFuture::from(f.array_buffer())
                .await
                .ok()
                .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec()),
            None => None,
        };
        input.set_value("");
        done(name, bytes);
    });
}
