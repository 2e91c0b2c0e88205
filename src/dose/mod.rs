//! The Dose & safety screen: inputs on one side, requirement, plan, timeline and precautions on
//! the other, all recomputed by the engine from the URL on every change.

mod calendar_link;
mod day_fields;
pub mod findings_list;
mod health_fields;
mod medicine_fields;
mod person_fields;
pub mod plan_card;
mod product_fields;
mod remember_toggle;
pub mod requirement_card;
mod target_field;
pub mod timeline;

use crate::app::RememberCtx;
use crate::controls::OnParam;
use crate::format::mg;
use crate::url_state::Query;
use crate::views::ViewProps;
use mg_engine::{evaluate, validate, FieldError};
use yew::prelude::*;

pub use medicine_fields::encode as encode_meds;

/// What every group of input fields gets: the URL state, its field errors, and the edit callback.
#[derive(Properties, PartialEq)]
pub struct FieldsProps {
    pub query: Query,
    pub errors: Errors,
    pub on_param: OnParam,
    /// The entered blood magnesium against its reference range (engine text), for its field.
    #[prop_or_default]
    pub serum_note: Option<String>,
}

/// The field errors of one validation, looked up by field; several messages for one field merge.
#[derive(Clone, PartialEq, Default)]
pub struct Errors(pub Vec<FieldError>);

impl Errors {
    pub fn get(&self, field: &str) -> Option<FieldError> {
        let msgs: Vec<&str> = self
            .0
            .iter()
            .filter(|e| e.field == field)
            .map(|e| e.message.as_str())
            .collect();
        let first = self.0.iter().find(|e| e.field == field)?;
        Some(FieldError::new(first.field, msgs.join(" ")))
    }
}

#[component]
pub fn DoseScreen(props: &ViewProps) -> Html {
    let remember = use_context::<RememberCtx>();
    let query = &props.query;
    let (input, errors) = validate(&query.raw_input());
    let errors = Errors(errors);
    let eval = evaluate(&input);
    let on_param = {
        let query = query.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |(name, value): (&'static str, String)| {
            on_change.emit(query.with(name, &value))
        })
    };
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
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let fields = FieldsProps {
        query: query.clone(),
        errors: errors.clone(),
        on_param: on_param.clone(),
        serum_note: eval.serum_note.clone(),
    };
    html! {
        <section class="view view-dose" aria-labelledby="view-title">
            <h2 id="view-title">{ "Your magnesium plan" }</h2>
            <p class="lead">
                { "Magnesium for restless legs is backed only by small, weak studies, and guidelines do not recommend it; \
                   checking iron comes first. This page works out a careful plan if you want to try it, and every precaution that applies to you." }
            </p>
            <div class="dose-layout">
                <form class="inputs" aria-label="Your details" {onsubmit}>
                    { person_fields::person_fields(&fields) }
                    { product_fields::product_fields(&fields) }
                    { target_field::target_field(&target_field::Props {
                        query: query.clone(), errors: errors.clone(), on_param: on_param.clone(),
                        rls_range: eval.requirement.rls_range.ok(), ul_mg: eval.requirement.ul_mg,
                        suggested_mg: eval.suggested_mg,
                    }) }
                    { day_fields::day_fields(&fields) }
                    { medicine_fields::medicine_fields(&medicine_fields::Props { doses: input.meds.clone(), errors: errors.clone(), on_param: on_param.clone() }) }
                    { health_fields::health_fields(&fields) }
                    { remember_toggle::remember_toggle(remember) }
                </form>
                <div class="results">
                    <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ summary }</p>
                    { requirement_card::requirement_card(&requirement_card::Props { requirement: eval.requirement.clone(), age_known: input.person.age.is_some() }) }
                    { plan_card::plan_card(&plan_card::Props { plan: eval.plan.clone(), per_unit_mg: eval.elemental_per_unit }) }
                    { findings_list::findings_list(&findings_list::Props { findings: eval.findings.clone() }) }
                    { timeline::timeline(&timeline::Props { schedule: eval.schedule.clone(), day: input.day, has_plan: eval.plan.is_ok(), starts_lower: eval.first_week.is_some() }) }
                    { calendar_link::calendar_link(&calendar_link::Props {
                        schedule: eval.schedule.clone(),
                        first_week: eval.first_week.map(|s| (s.mg, s.units)),
                    }) }
                </div>
            </div>
        </section>
    }
}
