//! The embed's height messages: in embed mode, inside a frame, the page posts
//! `{ type: "mg-rls:height", height: N }` (N in CSS pixels, the app's whole height) to
//! `window.parent` whenever that height changes (`docs/contract.md`, "Embed"). Target origin
//! `"*"`: the embedding blog can be any site, and the referrer is withheld
//! (`referrerpolicy="no-referrer"`), so the app cannot know the parent's origin; the message holds
//! nothing but a number about the app's own layout. The parent checks `event.origin` and
//! `event.source`. The app itself listens to no messages.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ResizeObserver};
use yew::prelude::*;

/// The `type` of the height message.
pub const HEIGHT_MESSAGE: &str = "mg-rls:height";

/// The parent window when this page is inside a frame; `None` when it is the top-level page.
fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Reports the height of `root` to the parent window while `enabled` and framed.
#[hook]
pub fn use_height_reporter(root: NodeRef, enabled: bool) {
    use_effect_with(enabled, move |enabled| {
        let observer = if *enabled { observe(&root) } else { None };
        move || {
            if let Some((observer, _callback)) = observer {
                observer.disconnect();
            }
        }
    });
}

fn observe(root: &NodeRef) -> Option<(ResizeObserver, Closure<dyn FnMut()>)> {
    let parent = parent_window()?;
    let element = root.cast::<HtmlElement>()?;
    let target = element.clone();
    let mut last = -1.0;
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil();
        if height != last {
            last = height;
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, "*");
        }
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    // Fires once right away, then on every change of the app's size.
    observer.observe(&element);
    Some((observer, callback))
}
