//! The plan: per-unit magnesium, units a day, what that delivers, and how to start.

use crate::widgets::format::{data_num, fixed, mg};
use mg_engine::decimal::amount_beside;
use mg_engine::plan::{Choice, NoPlan, Plan, Step, MAX_UNITS, REASSESS_WEEKS};
use mg_engine::product::Basis;
use mg_engine::requirement::RLS_RANGE_MG;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanCardProps {
    pub plan: Result<Plan, NoPlan>,
    /// Elemental mg in one unit of the product, shown with or without a plan (contract).
    #[prop_or_default]
    pub per_unit_mg: Option<f64>,
}

fn units_text(n: u32) -> String {
    if n == 1 {
        "1 unit".into()
    } else {
        format!("{n} units")
    }
}

fn step_text(s: &Step) -> String {
    let weeks = match s.to_week {
        Some(to) if to == s.from_week => format!("Week {to}"),
        Some(to) => format!("Weeks {}–{to}", s.from_week),
        None if s.from_week == 1 => "Every day".into(),
        None => format!("From week {}", s.from_week),
    };
    let units = s
        .units
        .map(|u| format!(" ({})", units_text(u)))
        .unwrap_or_default();
    format!("{weeks}: {}{units} a day", mg(s.mg))
}

/// One unit's magnesium next to the amount it is compared with, never rounded onto or across it.
fn unit_beside(unit_mg: f64, limit_mg: f64) -> String {
    format!("{} mg", amount_beside(unit_mg, limit_mg))
}

/// Why there is no plan, in three parts: a title, the first sentence (the plan summary shows
/// these two) and the rest (the plan card shows all three).
pub struct NoPlanText {
    pub title: &'static str,
    pub first: String,
    pub rest: String,
}

pub fn no_plan_text(reason: NoPlan) -> NoPlanText {
    let lo = RLS_RANGE_MG.0;
    let (title, first, rest): (&str, String, String) = match reason {
        NoPlan::AgeUnknown => ("No plan yet", "Enter your age to see a suggested plan.".into(), String::new()),
        NoPlan::Infant => ("No supplement for babies", "Babies should not be given magnesium supplements unless a doctor prescribes them.".into(), String::new()),
        NoPlan::UnderAdultAge => ("No RLS dose under 18", "This calculator suggests RLS doses for adults only.".into(), "See the precautions for what to do instead.".into()),
        NoPlan::Stopped => ("No dose suggested", "A stop precaution applies to you (see below).".into(), "Do not take magnesium on your own: follow what it says and talk to a clinician.".into()),
        NoPlan::SerumHighNormal => (
            "No dose suggested",
            "Your blood magnesium is at the top of its reference range or above it (see the precautions), so no new dose is suggested.".into(),
            "Ask your clinician to recheck it; if they agree to a dose, enter it as your daily dose.".into(),
        ),
        NoPlan::UnitOverTarget { unit_mg, target_mg, room_mg } => {
            let next = match room_mg {
                Some(room) if unit_mg > room => format!(
                    "One unit alone is also more than the {} a day the upper limit leaves for supplements, so do not take it daily on your own.",
                    mg(room.max(0.0))
                ),
                _ => format!("If you mean to take the whole unit, set your target to {}.", mg(unit_mg)),
            };
            (
                "One unit is more than your target",
                format!("One unit of this product gives {} of magnesium, more than your daily target of {}.", unit_beside(unit_mg, target_mg), mg(target_mg)),
                format!("Choose a product with less magnesium per unit, or ask a pharmacist whether the tablet may be split. {next}"),
            )
        }
        NoPlan::UnitAboveRange { unit_mg, range_max_mg } => (
            "One unit is above the RLS range",
            format!(
                "One unit of this product gives {} of magnesium, more than the {lo}–{range_max_mg} mg a day used for RLS, so no dose is suggested.",
                unit_beside(unit_mg, f64::from(range_max_mg))
            ),
            "Choose a product with less magnesium per unit, or ask a pharmacist whether the tablet may be split.".into(),
        ),
        NoPlan::UnitAboveRoom { unit_mg, room_mg, ul_mg } => {
            let limit = if room_mg < f64::from(ul_mg) {
                format!("the {} a day that the {} upper limit for supplements leaves beside your other products", mg(room_mg.max(0.0)), mg(f64::from(ul_mg)))
            } else {
                format!("the {} a day upper limit for supplements", mg(f64::from(ul_mg)))
            };
            (
                "One unit is above the upper limit",
                format!("One unit of this product gives {} of magnesium, more than {limit}.", unit_beside(unit_mg, room_mg)),
                "Do not take it daily on your own: a dose above the limit needs a clinician's prescription. Choose a product with less magnesium per unit.".into(),
            )
        }
        NoPlan::TooManyUnits { units, unit_mg } => (
            "Too many units a day",
            format!("One unit holds only {} of magnesium, so the plan would need {units} units a day, more than {MAX_UNITS}.", mg(unit_mg)),
            "The label has probably been misread: check whether its amount is per unit or per serving, and whether it is the magnesium itself or the whole compound.".into(),
        ),
        NoPlan::NoRoomUnderUl { other_mg, ul_mg } => (
            "No dose suggested",
            format!("Your other products already give {} a day.", mg(other_mg)),
            format!(
                "With an upper limit of {} a day for supplements, that leaves less than a starting dose. \
                 Ask a clinician or pharmacist before adding magnesium for restless legs.",
                mg(f64::from(ul_mg))
            ),
        ),
    };
    NoPlanText { title, first, rest }
}

fn no_plan(reason: NoPlan, per_unit_mg: Option<f64>) -> Html {
    let NoPlanText { title, first, rest } = no_plan_text(reason);
    let text = if rest.is_empty() {
        first
    } else {
        format!("{first} {rest}")
    };
    html! {
        <section class={classes!("card", (reason == NoPlan::Stopped).then_some("stop-panel"))} aria-labelledby="plan-title" data-testid="no-plan">
            <h3 id="plan-title">{ title }</h3>
            <p>{ text }</p>
            if let Some(u) = per_unit_mg {
                <dl class="figures">
                    <div data-testid="elemental-per-unit" data-mg={data_num(u)}>
                        <dt>{ "Magnesium in one unit" }</dt><dd><strong>{ mg(u) }</strong>{ " elemental" }</dd>
                    </div>
                </dl>
            }
        </section>
    }
}

/// How the whole units were counted, for "How this is calculated".
fn units_line(plan: &Plan, per_unit: f64, units: u32) -> String {
    match plan.choice {
        Choice::Typed => format!(
            "Whole units: the most that stays at or below your {} target: {} ÷ {} → {}.",
            mg(plan.target_mg),
            mg(plan.target_mg),
            mg(per_unit),
            units_text(units)
        ),
        Choice::Capped { room_mg } => format!(
            "Whole units: your {} target is above what the upper limit leaves, so the most that stays within {}: {} ÷ {} → {}.",
            mg(plan.target_mg),
            mg(room_mg),
            mg(room_mg),
            mg(per_unit),
            units_text(units)
        ),
        Choice::InRange | Choice::BelowRange { .. } => format!(
            "Whole units: {} ({}).",
            units_text(units),
            plan.choice_note()
        ),
    }
}

#[component]
pub fn PlanCard(p: &PlanCardProps) -> Html {
    let plan = match &p.plan {
        Ok(plan) => plan,
        Err(reason) => return no_plan(*reason, p.per_unit_mg),
    };
    let u = plan.units;
    let note = plan.choice_note();
    let formula = match u {
        Some(u) => {
            let per_unit = match u.product.basis {
                Basis::Elemental => format!(
                    "The label gives {} of magnesium itself per unit.",
                    mg(u.product.unit_mg)
                ),
                Basis::Compound => format!(
                    "{} of {} × {} % magnesium = {} elemental per unit.",
                    mg(u.product.unit_mg),
                    u.product.form.form().compound,
                    fixed(u.product.form.form().elemental_pct(), 2),
                    mg(u.elemental_per_unit)
                ),
            };
            vec![
                per_unit,
                units_line(plan, u.elemental_per_unit, u.units_per_day),
                format!(
                    "Delivered: {} × {} = {} a day.",
                    units_text(u.units_per_day),
                    mg(u.elemental_per_unit),
                    mg(plan.daily_mg)
                ),
                format!(
                    "As compound: {} × {} = {} a day.",
                    units_text(u.units_per_day),
                    mg(u.compound_per_unit),
                    mg(u.compound_mg_per_day())
                ),
            ]
        }
        None => vec![
            format!(
                "Daily amount: {} of elemental magnesium{}.",
                mg(plan.daily_mg),
                match plan.choice_note() {
                    n if n.is_empty() => n,
                    n => format!(" ({n})"),
                }
            ),
            "Enter the amount per tablet from your label to see how many to take.".into(),
        ],
    };
    html! {
        <section class="card" aria-labelledby="plan-title">
            <h3 id="plan-title">{ "Your plan" }</h3>
            <dl class="figures">
                if let Some(u) = u {
                    <div data-testid="elemental-per-unit" data-mg={data_num(u.elemental_per_unit)}>
                        <dt>{ "Magnesium in one unit" }</dt><dd><strong>{ mg(u.elemental_per_unit) }</strong>{ " elemental" }</dd>
                    </div>
                    <div data-testid="units-per-day" data-count={u.units_per_day.to_string()}>
                        <dt>{ "Units per day" }</dt><dd><strong>{ u.units_per_day }</strong></dd>
                    </div>
                }
                <div data-testid="daily-dose" data-mg={data_num(plan.daily_mg)}>
                    <dt>{ "Magnesium per day" }</dt>
                    <dd><strong>{ format!("{}/day", mg(plan.daily_mg)) }</strong>{ " elemental" }
                        if !note.is_empty() { <span class="note">{ format!(" ({note})") }</span> }</dd>
                </div>
                if let Some(u) = u {
                    <div data-testid="compound-per-day" data-mg={data_num(u.compound_mg_per_day())}>
                        <dt>{ "Compound per day" }</dt><dd>{ format!("{}/day of {}", mg(u.compound_mg_per_day()), u.product.form.form().compound) }</dd>
                    </div>
                }
            </dl>
            <h4>{ "How to start" }</h4>
            <ol class="titration" data-testid="titration">
                { for plan.titration.iter().map(|s| html! { <li>{ step_text(s) }</li> }) }
                <li>{ format!("After {}–{} weeks: judge whether it helps; stop if it does not.", REASSESS_WEEKS.0, REASSESS_WEEKS.1) }</li>
            </ol>
            <details class="how">
                <summary>{ "How this is calculated" }</summary>
                <ul>{ for formula.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            </details>
        </section>
    }
}
