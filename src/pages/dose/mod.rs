//! The Dose & safety screen, all recomputed by the engine from the URL on every change: the plan
//! summary first (in view while editing), then the inputs (the essential ones open, the optional
//! groups collapsed until they hold something), then the full results — plan, timeline,
//! precautions, requirement — beside the inputs on wide screens.

pub mod day_fields;
pub mod dv_helper;
pub mod fields;
pub mod group_contents;
pub mod health_fields;
pub mod input_group;
pub mod med_edits;
pub mod medicine_fields;
pub mod medicine_finder;
pub mod person_fields;
pub mod plan_card;
pub mod plan_summary;
pub mod product_fields;
pub mod region_field;
pub mod remember_toggle;
pub mod requirement_card;
pub mod target_field;

use super::PageProps;
use crate::platform::clock::minutes_now;
use crate::platform::height_variable::use_height_variable;
use crate::views::calendar_link::CalendarLink;
use crate::views::findings_list::FindingsList;
use crate::views::ics;
use crate::views::timeline::Timeline;
use crate::widgets::field_error::Errors;
use crate::widgets::format::mg;
use day_fields::day_fields;
use fields::Fields;
use health_fields::health_fields;
use input_group::use_open_filled_groups;
use medicine_fields::MedicineFields;
use mg_engine::clock::Clock;
use mg_engine::regional_requirement::{limit_words, side_by_side};
use mg_engine::reminders::blood_test_reminder;
use mg_engine::{evaluate, validate};
use person_fields::person_fields;
use plan_card::PlanCard;
use plan_summary::{plan_summary, HEIGHT_VARIABLE, RESULTS_ID};
use product_fields::{product_fields, use_product_state};
use remember_toggle::remember_toggle;
use requirement_card::RequirementCard;
use target_field::TargetField;
use yew::prelude::*;

#[component]
pub fn DosePage(props: &PageProps) -> Html {
    let app = &props.app;
    let (input, errors) = validate(&app.query.raw_input());
    let errors = Errors(errors);
    let eval = evaluate(&input);
    let stops = eval.stop_count;
    let precautions = match eval.findings.len() {
        1 => "1 precaution".to_owned(),
        n => format!("{n} precautions"),
    };
    let summary = match &eval.plan {
        Ok(p) if stops > 0 => format!(
            "Plan: {} a day. {precautions}, {stops} of them stop.",
            mg(p.daily_mg)
        ),
        Ok(p) => format!("Plan: {} a day. {precautions}.", mg(p.daily_mg)),
        Err(_) => format!("No dose suggested. {precautions}."),
    };
    let suggested_mg = eval.suggested_mg;
    let ul_name = eval
        .requirement
        .limit
        .map_or(AttrValue::Static("limit from supplements"), |l| {
            AttrValue::from(limit_words(input.region, &l, "from supplements"))
        });
    let first_week = eval.first_week.map(|s| (s.mg, s.units));
    let reminders = ics::Reminders {
        at: input.day.wake,
        blood_test: blood_test_reminder(&eval.findings),
    };
    let fields = Fields {
        app: app.clone(),
        errors: errors.clone(),
        serum_note: eval.serum_note.clone().map(AttrValue::from),
        per_unit_note: eval.per_unit_note.clone().map(AttrValue::from),
        basis_hint: eval
            .basis_hint
            .as_ref()
            .map(|h| AttrValue::from(h.text.clone())),
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let product_state = use_product_state(&app.query);
    let summary_node = use_node_ref();
    use_height_variable(summary_node.clone(), HEIGHT_VARIABLE);
    use_open_filled_groups(group_contents::filled(&app.query, &input.meds));
    let now = Clock::from_minutes(minutes_now()).unwrap_or(Clock::hm(0, 0));
    html! {
        <section class="view view-dose" aria-labelledby="view-title">
            <h2 id="view-title">{ "Your magnesium plan" }</h2>
            <p class="lead">
                { "Magnesium for restless legs rests on small, weak studies; guidelines do not recommend it, and iron \
                   comes first. If you want to try it, this page works out a careful plan and every precaution that applies to you." }
            </p>
            <div class="dose-layout">
                { plan_summary(&eval, now, summary_node) }
                <form class="inputs" aria-label="Your details" {onsubmit}>
                    { person_fields(&fields) }
                    { product_fields(&fields, &product_state) }
                    <TargetField app={app.clone()} errors={errors.clone()}
                        rls_range={eval.requirement.rls_range.ok()} ul_mg={eval.requirement.ul_mg} {ul_name} {suggested_mg} />
                    { day_fields(&fields) }
                    <MedicineFields app={app.clone()} doses={input.meds.clone()} assumed={eval.schedule.assumed.clone()} errors={errors.clone()} />
                    { health_fields(&fields) }
                    { remember_toggle(app) }
                </form>
                <div class="results" id={RESULTS_ID} tabindex="-1" role="region" aria-label="Full results">
                    <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ summary }</p>
                    // In the order a person acts on them: the plan (how much, which tablets, the
                    // first week), the day's timeline and its calendar file, the precautions, then
                    // the requirement and limit the plan rests on. "Full results" lands on the plan.
                    <PlanCard plan={eval.plan.clone()} per_unit_mg={eval.elemental_per_unit}
                        no_plan_text={eval.no_plan_text()} unit_kind={eval.unit_kind} />
                    <Timeline schedule={eval.schedule.clone()} day={input.day} has_plan={eval.plan.is_ok()}
                        starts_lower={eval.first_week.is_some()} />
                    <CalendarLink schedule={eval.schedule.clone()} {first_week} {reminders} />
                    <FindingsList findings={eval.findings.clone()} />
                    <RequirementCard requirement={eval.requirement.clone()} age_known={input.person.age.is_some()}
                        compare={side_by_side(&input.person)} />
                </div>
            </div>
        </section>
    }
}
