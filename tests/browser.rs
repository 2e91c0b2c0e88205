//! Component tests in headless Chromium (wasm-bindgen-test). Run by `scripts/test.sh`.
#![cfg(target_arch = "wasm32")]

use mg_rls::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts `App` in a fresh element and waits for the first render.
async fn mount_app() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn set_search(search: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}")))
        .unwrap();
}

#[wasm_bindgen_test]
async fn shell_has_four_nav_links_and_disclaimer() {
    set_search("");
    let root = mount_app().await;

    let links = root.query_selector_all("nav[aria-label] a").unwrap();
    let labels: Vec<String> = (0..links.length())
        .map(|i| links.item(i).unwrap().text_content().unwrap().trim().to_owned())
        .collect();
    assert_eq!(labels, ["Dose", "Forms", "Quiz", "About"]);

    let current = root.query_selector("nav a[aria-current=page]").unwrap().unwrap();
    assert_eq!(current.text_content().unwrap().trim(), "Dose");
    assert!(text_of(&root, "footer").contains("not medical advice"));
    assert!(root.query_selector("main h2").unwrap().is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_link_switches_view_and_updates_url() {
    set_search("?age=40");
    let root = mount_app().await;

    let quiz: HtmlElement = root
        .query_selector("nav a[data-view=quiz]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    quiz.click();
    yew::scheduler::flush().await;

    assert!(text_of(&root, "main h2").to_lowercase().contains("restless legs"));
    assert_eq!(text_of(&root, "nav a[aria-current=page]").trim(), "Quiz");
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?view=quiz&age=40");
    root.remove();
    set_search("");
}

#[wasm_bindgen_test]
async fn invalid_view_shows_field_error_and_theme_applies() {
    set_search("?view=bogus&theme=dark");
    let root = mount_app().await;

    let error = root
        .query_selector("[data-testid=field-error][data-field=view]")
        .unwrap()
        .expect("field error for view");
    assert!(error.text_content().unwrap().contains("bogus"));
    assert_eq!(
        document().document_element().unwrap().get_attribute("data-theme").as_deref(),
        Some("dark")
    );
    assert_eq!(text_of(&root, "nav a[aria-current=page]").trim(), "Dose");
    root.remove();
    set_search("");
}
