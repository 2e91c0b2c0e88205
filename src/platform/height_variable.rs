//! An element's rendered height as a CSS custom property on `<html>` (e.g. `--summary-h: 131px`),
//! for layout the stylesheet cannot measure: the space a sticky element takes, so that focused
//! fields scroll into view below it (`scroll-padding-top`) and the column under it starts below
//! it. Set through the CSSOM, which the Content-Security-Policy allows (no style attribute).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ResizeObserver};
use yew::prelude::*;

fn root_style() -> Option<web_sys::CssStyleDeclaration> {
    let root = web_sys::window()?.document()?.document_element()?;
    Some(root.dyn_into::<HtmlElement>().ok()?.style())
}

/// Keeps `variable` on `<html>` equal to the height of `node` while it is mounted; removes it
/// after.
#[hook]
pub fn use_height_variable(node: NodeRef, variable: &'static str) {
    use_effect_with((), move |_| {
        let observer = observe(&node, variable);
        move || {
            if let Some((observer, _callback)) = observer {
                observer.disconnect();
            }
            if let Some(style) = root_style() {
                let _ = style.remove_property(variable);
            }
        }
    });
}

fn observe(
    node: &NodeRef,
    variable: &'static str,
) -> Option<(ResizeObserver, Closure<dyn FnMut()>)> {
    let element = node.cast::<HtmlElement>()?;
    let style = root_style()?;
    let target = element.clone();
    let mut last = u32::MAX;
    let callback = Closure::<dyn FnMut()>::new(move || {
        // Whole pixels: integer formatting only (no float formatting code in the wasm).
        let height = target.get_bounding_client_rect().height().ceil() as u32;
        if height != last {
            last = height;
            let _ = style.set_property(variable, &format!("{height}px"));
        }
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    // Fires once right away, then on every change of the element's size.
    observer.observe(&element);
    Some((observer, callback))
}
