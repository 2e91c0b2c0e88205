//! Saving a text as a file the person downloads (diary export), made on this device: a `Blob`
//! behind a temporary link, clicked once, then released.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `name` of type `mime`. `false` if the browser refused.
pub fn download_text(name: &str, mime: &str, text: &str) -> bool {
    try_download(name, mime, text).is_some()
}

fn try_download(name: &str, mime: &str, text: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Released after the click has started the download.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Some(())
}
