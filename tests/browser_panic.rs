//! The panic panel in headless Chromium (wasm-bindgen-test). The hook itself cannot be exercised
//! here (a panic ends the test), so this calls the function the hook calls; the real panic, with
//! the release build's `panic = "abort"`, is covered end to end in tests/e2e/robustness.test.mjs.
#![cfg(target_arch = "wasm32")]

use mg_rls::platform::panic::show_panel;
use mg_rls::shell::panic_panel::PANEL_ID;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn panel_is_an_alert_with_a_focused_reset_button_and_the_page_inert() {
    let document = web_sys::window().unwrap().document().unwrap();
    let body = document.body().unwrap();
    let app = document.create_element("div").unwrap();
    app.set_class_name("app-under-test");
    body.append_child(&app).unwrap();

    show_panel();
    show_panel(); // idempotent: a second panic adds nothing

    let panels = document
        .query_selector_all(&format!("#{PANEL_ID}"))
        .unwrap();
    assert_eq!(panels.length(), 1);
    let panel = document.get_element_by_id(PANEL_ID).unwrap();
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(
        body.first_element_child().unwrap().id(),
        PANEL_ID,
        "panel comes first in the page"
    );
    assert!(panel
        .text_content()
        .unwrap()
        .contains("Something went wrong"));
    let button = panel.query_selector("button").unwrap().unwrap();
    assert_eq!(button.text_content().as_deref(), Some("Reset"));
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    assert_eq!(
        document.active_element().unwrap(),
        button,
        "focus moves to Reset"
    );
    assert!(app.has_attribute("inert"), "the rest of the page is inert");
    assert!(!panel.has_attribute("inert"));
    // Styled through the CSSOM (no style attribute parsing needed under the CSP).
    let style = js_sys::Reflect::get(&panel, &"style".into()).unwrap();
    let position = js_sys::Reflect::get(&style, &"position".into()).unwrap();
    assert_eq!(position.as_string().as_deref(), Some("fixed"));
    assert!(panel
        .get_attribute("style")
        .is_some_and(|s| s.contains("position: fixed")));

    panel.remove();
    app.remove();
    // Leave the test runner's own page usable.
    let inert = document.query_selector_all("[inert]").unwrap();
    for i in 0..inert.length() {
        let el: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(inert.item(i).unwrap());
        el.remove_attribute("inert").unwrap();
    }
}
