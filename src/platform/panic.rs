//! A friendly panel instead of a frozen page when the app panics (content:
//! `crate::shell::panic_panel`).
//!
//! Release builds use `panic = "abort"`: a panic traps the WebAssembly instance, after which no
//! Rust code can be relied on. The panic hook still runs first (hooks run before the abort), so
//! it builds the panel right there with plain DOM calls, and the Reset button's click listeners
//! are native browser functions (`Storage.prototype.removeItem` and `Location.prototype.assign`
//! bound to their arguments): they work after the trap, and need no inline script, `eval` or
//! `form-action` under the Content-Security-Policy.
//!
//! Test trigger: `window.wasmBindings.mgRlsPanicTest()` (Trunk exposes the wasm-bindgen exports
//! there) panics on purpose. It is no URL parameter (the contract ignores unknown ones, and a
//! shared link must never be able to break the page), and calling it from the console only
//! breaks one's own tab, which Reset then restores.

use super::storage;
use crate::shell::panic_panel as panel;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Installs the panic hook. Call before rendering: Yew replaces any hook not set through
/// `yew::set_custom_panic_hook` when the app is rendered.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        // What console_error_panic_hook would have logged, for bug reports.
        gloo::console::error!(format!("The app stopped after an internal error: {info}"));
        show_panel();
    }));
}

/// Panics on purpose, for the end-to-end test of the panel (see the module docs).
#[wasm_bindgen(js_name = mgRlsPanicTest)]
pub fn panic_test() {
    panic!("panic test (mgRlsPanicTest)");
}

/// Inserts the panel at the top of `<body>` (once), makes the rest of the page inert and moves
/// focus to Reset. Never panics itself: every DOM step that fails is skipped.
pub fn show_panel() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id(panel::PANEL_ID).is_some() {
        return;
    }
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_id(panel::PANEL_ID);
    let _ = root.set_attribute("role", "alert");
    let _ = root.set_attribute("data-testid", "panic-panel");
    let _ = root.set_attribute("aria-labelledby", panel::TITLE_ID);
    set_css(&root, panel::PANEL_CSS);

    let heading = element(&document, "h2", panel::TITLE, panel::TITLE_CSS);
    if let Some(h) = &heading {
        h.set_id(panel::TITLE_ID);
    }
    let text = element(&document, "p", panel::TEXT, panel::TEXT_CSS);
    let button = element(&document, "button", panel::RESET, panel::RESET_CSS);
    if let Some(b) = &button {
        let _ = b.set_attribute("type", "button");
        let _ = b.set_attribute("class", "button");
        let _ = b.set_attribute("data-testid", "panic-reset");
        add_reset_listeners(&window, b);
    }
    for child in [heading, text, button.clone()].into_iter().flatten() {
        let _ = root.append_child(&child);
    }
    // The half-rendered app stays visible but cannot be focused or operated.
    if let Ok(others) = body.query_selector_all(":scope > *") {
        for i in 0..others.length() {
            if let Some(el) = others
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.set_attribute("inert", "");
            }
        }
    }
    let _ = body.prepend_with_node_1(&root);
    if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = b.focus();
    }
}

fn element(
    document: &web_sys::Document,
    tag: &str,
    text: &str,
    css: &str,
) -> Option<web_sys::Element> {
    let el = document.create_element(tag).ok()?;
    el.set_text_content(Some(text));
    set_css(&el, css);
    Some(el)
}

/// `el.style.cssText = css` through the CSSOM (allowed by a CSP without `'unsafe-inline'`).
fn set_css(el: &web_sys::Element, css: &str) {
    if let Ok(style) = js_sys::Reflect::get(el, &JsValue::from_str("style")) {
        let _ = js_sys::Reflect::set(
            &style,
            &JsValue::from_str("cssText"),
            &JsValue::from_str(css),
        );
    }
}

/// Two click listeners that are native functions, not Rust closures, so they still work after
/// the WebAssembly instance has trapped: forget the remembered entries, then load the page's
/// path without its query string (and without its fragment).
fn add_reset_listeners(window: &web_sys::Window, button: &web_sys::Element) {
    let bind = |target: &JsValue, method: &str, arg: &str| -> Option<js_sys::Function> {
        let f: js_sys::Function = js_sys::Reflect::get(target, &JsValue::from_str(method))
            .ok()?
            .dyn_into()
            .ok()?;
        let bound: JsValue = f.bind1(target, &JsValue::from_str(arg)).into();
        Some(bound.unchecked_into())
    };
    // localStorage can be missing or blocked (private modes, partitioned iframes): skip it then.
    if let Ok(Some(storage)) = window.local_storage() {
        if let Some(forget) = bind(&storage, "removeItem", storage::KEY) {
            let _ = button.add_event_listener_with_callback("click", &forget);
        }
    }
    let location = window.location();
    let path = location.pathname().unwrap_or_else(|_| "/".to_owned());
    if let Some(go) = bind(&location, "assign", &path) {
        let _ = button.add_event_listener_with_callback("click", &go);
    }
}
