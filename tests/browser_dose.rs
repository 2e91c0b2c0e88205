//! Component tests for the Dose screen's cards and findings list, in headless Chromium.
#![cfg(target_arch = "wasm32")]
use mg_engine::person::{Person, Sex};
use mg_engine::regional_requirement::side_by_side;
use mg_engine::{evaluate, validate, RawInput};
use mg_rls::pages::dose::plan_card::{PlanCard, PlanCardProps as PlanProps};
use mg_rls::pages::dose::requirement_card::{
    RequirementCard, RequirementCardProps as RequirementProps,
};
use mg_rls::views::findings_list::{FindingsList, FindingsListProps as FindingsProps};
use mg_rls::views::timeline::{Timeline, TimelineProps};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    root
}

fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.get_attribute(name))
}

fn all(root: &Element, selector: &str, name: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| {
            list.item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<Element>(n).ok())
        })
        .filter_map(|e| e.get_attribute(name))
        .collect()
}

fn eval(raw: RawInput) -> mg_engine::Evaluation {
    evaluate(&validate(&raw).0)
}

#[wasm_bindgen_test]
async fn requirement_card_shows_rda_ul_and_rls_range_with_sources() {
    let e = eval(RawInput {
        age: Some("40"),
        sex: Some("female"),
        ..Default::default()
    });
    let root = fresh_root();
    yew::Renderer::<RequirementCard>::with_root_and_props(
        root.clone(),
        RequirementProps {
            requirement: e.requirement,
            age_known: true,
            compare: side_by_side(&Person {
                age: Some(40),
                sex: Some(Sex::Female),
                ..Default::default()
            }),
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&root, "[data-testid=rda]", "data-mg").as_deref(),
        Some("320")
    );
    assert_eq!(
        attr(&root, "[data-testid=ul]", "data-mg").as_deref(),
        Some("350")
    );
    assert_eq!(
        attr(&root, "[data-testid=rls-range]", "data-min-mg").as_deref(),
        Some("200")
    );
    assert_eq!(
        attr(&root, "[data-testid=rls-range]", "data-max-mg").as_deref(),
        Some("300")
    );
    let text = root.text_content().unwrap();
    assert!(
        text.contains("320 mg/day") && text.contains("NIH ODS") && text.contains("Seed article"),
        "{text}"
    );
    // The three regional sets side by side, the US one marked as in use.
    assert_eq!(
        all(
            &root,
            "[data-testid=region-compare] td[data-col=ul]",
            "data-mg"
        ),
        ["350", "250", "400"]
    );
    assert_eq!(
        attr(&root, "tr[aria-current=true]", "data-region").as_deref(),
        Some("us")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn plan_card_shows_units_delivered_dose_and_the_formula() {
    let e = eval(RawInput {
        age: Some("40"),
        sex: Some("male"),
        form: Some("citrate"),
        unit_mg: Some("1000"),
        basis: Some("compound"),
        ..Default::default()
    });
    let root = fresh_root();
    yew::Renderer::<PlanCard>::with_root_and_props(
        root.clone(),
        PlanProps {
            no_plan_text: e.no_plan_text(),
            unit_kind: e.unit_kind,
            plan: e.plan,
            per_unit_mg: e.elemental_per_unit,
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&root, "[data-testid=elemental-per-unit]", "data-mg").as_deref(),
        Some("161.63")
    );
    assert_eq!(
        attr(&root, "[data-testid=units-per-day]", "data-count").as_deref(),
        Some("1")
    );
    assert_eq!(
        attr(&root, "[data-testid=daily-dose]", "data-mg").as_deref(),
        Some("161.63")
    );
    let text = root.text_content().unwrap();
    assert!(text.contains("1000 mg of trimagnesium dicitrate, anhydrous × 16.16 % magnesium = 162 mg elemental per tablet"), "{text}");
    assert!(text.contains("After 6–8 weeks"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_stop_finding_replaces_the_plan_and_leads_the_findings() {
    let e = eval(RawInput {
        age: Some("70"),
        sex: Some("female"),
        egfr: Some("20"),
        ferritin: Some("40"),
        ..Default::default()
    });
    let root = fresh_root();
    yew::Renderer::<PlanCard>::with_root_and_props(
        root.clone(),
        PlanProps {
            plan: e.plan.clone(),
            per_unit_mg: e.elemental_per_unit,
            no_plan_text: e.no_plan_text(),
            unit_kind: e.unit_kind,
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert!(root
        .query_selector("[data-testid=daily-dose]")
        .unwrap()
        .is_none());
    assert!(root.text_content().unwrap().contains("No dose suggested"));
    root.remove();

    let root = fresh_root();
    yew::Renderer::<FindingsList>::with_root_and_props(
        root.clone(),
        FindingsProps {
            findings: e.findings,
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(
        all(&root, "[data-testid=finding]", "data-rule"),
        ["kidney-stop", "ferritin-low"]
    );
    assert_eq!(
        all(&root, "[data-testid=finding]", "data-severity"),
        ["stop", "info"]
    );
    let links = all(&root, "[data-testid=finding] a.source-link", "href");
    assert!(
        links.iter().any(|h| h.ends_with("#source-kdigo2012")),
        "{links:?}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn timeline_lists_items_in_order_with_their_hooks() {
    let (input, _) = validate(&RawInput {
        age: Some("40"),
        target: Some("300"),
        meds: Some("levothyroxine,iron@10:00"),
        ..Default::default()
    });
    let e = evaluate(&input);
    let root = fresh_root();
    yew::Renderer::<Timeline>::with_root_and_props(
        root.clone(),
        TimelineProps {
            schedule: e.schedule,
            day: input.day,
            has_plan: true,
            starts_lower: true,
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(
        all(&root, "[data-testid=schedule-item]", "data-time"),
        ["07:00", "10:00", "12:00", "21:00"]
    );
    assert_eq!(
        all(&root, "[data-testid=schedule-item]", "data-kind"),
        ["med", "iron", "magnesium", "magnesium"]
    );
    assert_eq!(
        all(
            &root,
            "[data-testid=schedule-item][data-kind=magnesium]",
            "data-mg"
        ),
        ["150", "150"]
    );
    // The day shown is the full dose; the plan's lower first week is named.
    let note = root
        .query_selector(".hint")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(note.starts_with("The full dose, from week 2 on"), "{note}");
    root.remove();
}
