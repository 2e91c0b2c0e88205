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
    yew::Renderer::<App<mg_rls::screens::AllScreens>>::with_root(root.clone()).render();
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
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        )
        .unwrap();
}

#[wasm_bindgen_test]
async fn shell_has_six_nav_links_and_disclaimer() {
    set_search("");
    let root = mount_app().await;

    let links = root.query_selector_all("nav[aria-label] a").unwrap();
    let labels: Vec<String> = (0..links.length())
        .map(|i| {
            links
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
                .trim()
                .to_owned()
        })
        .collect();
    assert_eq!(
        labels,
        ["Dose", "Forms", "Quiz", "About", "Trial", "Report"]
    );

    let current = root
        .query_selector("nav a[aria-current=page]")
        .unwrap()
        .unwrap();
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

    assert!(text_of(&root, "main h2")
        .to_lowercase()
        .contains("restless legs"));
    assert_eq!(text_of(&root, "nav a[aria-current=page]").trim(), "Quiz");
    let search = search().await;
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
        document()
            .document_element()
            .unwrap()
            .get_attribute("data-theme")
            .as_deref(),
        Some("dark")
    );
    assert_eq!(text_of(&root, "nav a[aria-current=page]").trim(), "Dose");
    root.remove();
    set_search("");
}

/// Clicks the first element matching `selector` inside `root` and waits for the re-render.
async fn click(root: &Element, selector: &str) {
    let el: HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into()
        .unwrap();
    el.click();
    yew::scheduler::flush().await;
}

fn attr(root: &Element, selector: &str, name: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .get_attribute(name)
        .unwrap_or_default()
}

/// The address bar is written in a task after the render (`platform::url::write_soon`): a
/// 1 ms timer runs after it.
async fn url_written() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 1)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

async fn search() -> String {
    url_written().await;
    web_sys::window().unwrap().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn quiz_answers_update_the_result_and_the_url() {
    set_search("?view=quiz&quiz=urge:y,rest:y,move:y,evening:y");
    let root = mount_app().await;
    let result = "[data-testid=quiz-result]";
    assert_eq!(attr(&root, result, "data-outcome"), "incomplete");
    assert_eq!(attr(&root, result, "data-criteria-met"), "4");
    assert!(text_of(&root, "[data-testid=quiz-progress]").contains("4 of 14 answered"));
    assert_eq!(
        root.query_selector_all("input[name=urge][value=y]:checked")
            .unwrap()
            .length(),
        1
    );

    click(&root, "input[name=mimic][value=n]").await;
    assert_eq!(attr(&root, result, "data-outcome"), "likely");
    assert_eq!(attr(&root, result, "data-criteria-met"), "5");
    assert!(text_of(&root, result).contains("match the pattern"));
    let s = search().await;
    assert!(s.contains("mimic%3An"), "{s}");

    click(&root, "input[name=mimic][value=y]").await;
    assert_eq!(attr(&root, result, "data-outcome"), "unlikely");
    click(&root, "input[name=rest][value=u]").await;
    click(&root, "input[name=mimic][value=n]").await;
    assert_eq!(attr(&root, result, "data-outcome"), "possible");
    assert_eq!(attr(&root, result, "data-criteria-met"), "4");

    // Multiple choice: a feeling, then "none of these" replaces it.
    click(&root, "input[name=sensations][value=burning]").await;
    let s = search().await;
    assert!(s.contains("sensations%3Aburning"), "{s}");
    click(&root, "input[name=sensations][value=none]").await;
    let s = search().await;
    assert!(s.contains("sensations%3Anone"), "{s}");
    assert_eq!(
        root.query_selector_all("input[name=sensations]:checked")
            .unwrap()
            .length(),
        1
    );

    // Warnings appear with their answers.
    assert!(root
        .query_selector("[data-testid=quiz-urgent]")
        .unwrap()
        .is_none());
    click(&root, "input[name=one_leg][value=y]").await;
    assert!(root
        .query_selector("[data-testid=quiz-urgent]")
        .unwrap()
        .is_some());
    click(&root, "input[name=triggers][value=y]").await;
    assert!(text_of(&root, "[data-testid=quiz-triggers-note]").contains("prescribed"));
    root.remove();
    set_search("");
}

#[wasm_bindgen_test]
async fn quiz_invalid_answers_are_reported_and_lifestyle_ticks_go_to_the_url() {
    set_search("?view=quiz&quiz=urge:y,bogus:y,rest:maybe&lifestyle=walk,nope");
    let root = mount_app().await;
    assert!(text_of(&root, "[data-testid=field-error][data-field=quiz]").contains("bogus:y"));
    assert!(text_of(&root, "[data-testid=field-error][data-field=lifestyle]").contains("nope"));
    assert_eq!(
        attr(&root, "[data-testid=quiz-result]", "data-criteria-met"),
        "1"
    );
    assert_eq!(
        root.query_selector_all("input[name=urge][value=y]:checked")
            .unwrap()
            .length(),
        1
    );

    let plan = "[data-testid=lifestyle-plan]";
    assert_eq!(
        root.query_selector_all(&format!("{plan} input:checked"))
            .unwrap()
            .length(),
        1
    );
    click(&root, "input[name=lifestyle][value=bath]").await;
    let s = search().await;
    assert!(s.contains("lifestyle=walk%2Cbath"), "{s}");
    click(&root, "input[name=lifestyle][value=walk]").await;
    let s = search().await;
    assert!(s.contains("lifestyle=bath"), "{s}");

    // The trigger chart has a text alternative and the seed's figures in a table.
    let svg = root
        .query_selector("[data-testid=trigger-chart] svg[role=img]")
        .unwrap()
        .unwrap();
    assert_eq!(
        svg.get_attribute("aria-labelledby").as_deref(),
        Some("tc-title tc-desc")
    );
    assert!(text_of(&root, "#tc-desc")
        .contains("Evening hours: seed article 85 %, your answer not answered."));
    let cells = root
        .query_selector_all("[data-testid=trigger-table] td[data-value]")
        .unwrap();
    let values: Vec<String> = (0..cells.length())
        .map(|i| {
            cells
                .item(i)
                .unwrap()
                .dyn_into::<Element>()
                .unwrap()
                .get_attribute("data-value")
                .unwrap()
        })
        .collect();
    assert_eq!(values, ["85", "90", "75", "95"]);
    root.remove();
    set_search("");
}

#[wasm_bindgen_test]
async fn about_lists_every_source_with_a_focusable_anchor_and_the_evidence() {
    set_search("?view=about");
    let root = mount_app().await;
    for s in mg_engine::source::SOURCES {
        let el = root
            .query_selector(&format!("#{}", mg_rls::widgets::source_links::anchor(s.id)))
            .unwrap()
            .unwrap_or_else(|| panic!("no anchor for {}", s.id.as_str()));
        assert_eq!(el.get_attribute("tabindex").as_deref(), Some("-1"));
        assert!(el.text_content().unwrap().contains(s.citation));
    }
    let jadidi = text_of(
        &root,
        "[data-testid=evidence-table] tr[data-source=jadidi2022]",
    );
    assert!(
        jadidi.contains("250 mg") && jadidi.contains("200 mg"),
        "{jadidi}"
    );
    assert_eq!(attr(&root, "[data-testid=eu-ul]", "data-mg"), "250");
    let text = text_of(&root, "main");
    for needle in [
        "does not recommend magnesium",
        "does not diagnose",
        "No cookies",
        "never goes above your target",
        "not medical advice",
    ] {
        assert!(text.contains(needle), "About lacks {needle:?}");
    }
    root.remove();
    set_search("");
}

// ---- Forms screen (view=forms) ----

/// `name` of every element matching `selector`.
fn forms_attrs(root: &Element, selector: &str, name: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .dyn_into::<Element>()
                .unwrap()
                .get_attribute(name)
                .unwrap_or_default()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn forms_table_lists_every_form_with_its_elemental_percentage_and_marks_the_persons_form() {
    set_search("?view=forms&form=citrate");
    let root = mount_app().await;
    let table = "table[data-testid=forms-table]";
    let ids = forms_attrs(&root, &format!("{table} tbody tr[data-form]"), "data-form");
    let expected: Vec<String> = mg_engine::forms::FormId::ALL
        .iter()
        .map(|f| f.id().to_owned())
        .collect();
    assert_eq!(ids, expected);
    let pcts = forms_attrs(
        &root,
        &format!("{table} td[data-col=elemental-pct]"),
        "data-value",
    );
    assert_eq!(&pcts[..3], ["60.3", "16.2", "14.1"]);
    for (id, pct) in ids.iter().zip(&pcts) {
        let form = mg_engine::forms::FormId::parse(id).unwrap().form();
        assert_eq!(*pct, format!("{:.1}", form.elemental_pct()), "{id}");
    }
    assert_eq!(
        forms_attrs(
            &root,
            &format!("{table} tr[aria-current=true]"),
            "data-form"
        ),
        ["citrate"]
    );
    assert!(text_of(&root, &format!("{table} tr[data-form=citrate]")).contains("Your form"));
    for col in [
        "absorption",
        "stomach",
        "nervous",
        "use",
        "cost",
        "dose",
        "notes",
        "source",
    ] {
        assert_eq!(
            forms_attrs(&root, &format!("{table} td[data-col={col}]"), "data-col").len(),
            mg_engine::forms::FormId::ALL.len(),
            "{col}"
        );
    }
    root.remove();
    set_search("");
}

#[wasm_bindgen_test]
async fn forms_header_button_sorts_rows_and_writes_sort_to_the_url() {
    set_search("?view=forms");
    let root = mount_app().await;
    let button: HtmlElement = root
        .query_selector("th[data-col=elemental-pct] button")
        .unwrap()
        .expect("sort button")
        .dyn_into()
        .unwrap();
    button.click();
    yew::scheduler::flush().await;
    let ids = forms_attrs(
        &root,
        "table[data-testid=forms-table] tbody tr[data-form]",
        "data-form",
    );
    assert_eq!(&ids[..2], ["oxide", "hydroxide"]);
    assert_eq!(ids.last().map(String::as_str), Some("gluconate"));
    assert_eq!(
        forms_attrs(&root, "th[data-col=elemental-pct]", "aria-sort"),
        ["descending"]
    );
    assert_eq!(
        forms_attrs(&root, "th[data-col=absorption]", "aria-sort"),
        ["none"]
    );
    assert!(search().await.contains("sort=-elemental-pct"));
    root.remove();
    set_search("");
}

#[wasm_bindgen_test]
async fn forms_comparison_gives_costs_and_a_verdict_and_reports_bad_numbers() {
    set_search("?view=forms&form=glycinate&unit_mg=100&price=30&count=120&b_form=oxide&b_unit_mg=200&b_price=18&b_count=60");
    let root = mount_app().await;
    let verdict = text_of(&root, "[data-testid=verdict]");
    assert!(
        verdict
            .contains("B costs 40 % less per day, but oxide is more likely to upset the stomach"),
        "{verdict}"
    );
    assert_eq!(
        forms_attrs(&root, "tr[data-metric=cost-per-day] td", "data-value"),
        ["0.5", "0.3"]
    );
    root.remove();

    set_search("?view=forms&unit_mg=100&b_unit_mg=abc&b_count=2.5");
    let root = mount_app().await;
    assert!(text_of(&root, "[data-testid=field-error][data-field=b_unit_mg]").contains("abc"));
    assert!(text_of(&root, "[data-testid=field-error][data-field=b_count]").contains("2.5"));
    assert_eq!(
        forms_attrs(
            &root,
            "tr[data-metric=elemental-per-unit] td[data-side=a]",
            "data-value"
        ),
        ["100"]
    );
    assert!(root
        .query_selector("[data-testid=verdict]")
        .unwrap()
        .is_none());
    root.remove();
    set_search("");
}

// ---- One state flow ----

#[wasm_bindgen_test]
async fn two_changes_before_a_render_both_apply() {
    set_search("?age=40");
    let root = mount_app().await;
    // Two ticks in the same task: the second must not start from the state the first one saw.
    for selector in ["#med-iron", "#med-levothyroxine"] {
        let el: HtmlElement = root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element matches {selector}"))
            .dyn_into()
            .unwrap();
        el.click();
    }
    yew::scheduler::flush().await;
    let s = search().await;
    assert!(s.contains("meds=iron%2Clevothyroxine"), "{s}");
    assert_eq!(
        root.query_selector_all("[data-testid=schedule-item][data-kind=iron]")
            .unwrap()
            .length(),
        1
    );
    root.remove();
    set_search("");
}
