//! The plan: per-unit magnesium, units a day, what that delivers, and how to start.

pub use crate::views::plan_words::step_text;
use crate::widgets::format::{data_num, fixed, mg};
use mg_engine::plan::{Choice, LimitName, NoPlan, Plan, REASSESS_WEEKS};
pub use mg_engine::plan_text::{no_plan_text, NoPlanText};
use mg_engine::product::Basis;
use mg_engine::units::{UnitKind, Units};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanCardProps {
    pub plan: Result<Plan, NoPlan>,
    /// Elemental mg in one unit of the product, shown with or without a plan (contract).
    #[prop_or_default]
    pub per_unit_mg: Option<f64>,
    /// Why there is no plan, in the engine's words (`Evaluation::no_plan_text`).
    #[prop_or_default]
    pub no_plan_text: Option<NoPlanText>,
    /// Tablet, capsule, sachet, scoop or ml: the word the card uses.
    #[prop_or_default]
    pub unit_kind: UnitKind,
}

/// "Tablets", "Ml".
fn capitalised(s: &str) -> String {
    // ASCII only: these words start with a digit, "½" or an ASCII letter, and Unicode case
    // mapping would bring std's case tables (≈ 10 KB gzip) into the first load.
    let mut out = s.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// "2 tablets", "½ sachet": the amount names its kind (docs/medical-reference.md §8).
fn units_text(n: Units) -> String {
    n.text()
}

fn no_plan(reason: NoPlan, words: NoPlanText, per_unit_mg: Option<f64>, kind: UnitKind) -> Html {
    let NoPlanText { title, first, rest } = words;
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
                        <dt>{ format!("Magnesium in one {}", kind.one()) }</dt><dd><strong>{ mg(u) }</strong>{ " elemental" }</dd>
                    </div>
                </dl>
            }
        </section>
    }
}

/// How the whole units were counted, for "How this is calculated".
fn units_line(plan: &Plan, per_unit: f64, units: Units) -> String {
    match plan.choice {
        Choice::Typed => format!(
            "Counted: the most that stays at or below your {} target: {} ÷ {} → {}.",
            mg(plan.target_mg),
            mg(plan.target_mg),
            mg(per_unit),
            units_text(units)
        ),
        Choice::Capped { room_mg } => format!(
            "Counted: your {} target is above what the {} leaves, so the most that stays within {}: {} ÷ {} → {}.",
            mg(plan.target_mg),
            plan.limit_noun(),
            mg(room_mg),
            mg(room_mg),
            mg(per_unit),
            units_text(units)
        ),
        Choice::InRange | Choice::BelowRange { .. } => format!(
            "Counted: {} ({}).",
            units_text(units),
            plan.choice_note()
        ),
    }
}

#[component]
pub fn PlanCard(p: &PlanCardProps) -> Html {
    let plan = match &p.plan {
        Ok(plan) => plan,
        Err(reason) => {
            let words = p
                .no_plan_text
                .clone()
                .unwrap_or_else(|| no_plan_text(*reason, LimitName::US, p.unit_kind));
            return no_plan(*reason, words, p.per_unit_mg, p.unit_kind);
        }
    };
    let u = plan.units;
    let note = plan.choice_note();
    let formula = match u {
        Some(u) => {
            let per_unit = match u.product.basis {
                Basis::Elemental => format!(
                    "The label gives {} of magnesium itself per {}.",
                    mg(u.product.unit_mg),
                    u.kind.one()
                ),
                Basis::Compound => format!(
                    "{} of {} × {} % magnesium = {} elemental per {}.",
                    mg(u.product.unit_mg),
                    u.product.form.form().compound,
                    fixed(u.product.form.form().elemental_pct(), 2),
                    mg(u.elemental_per_unit),
                    u.kind.one()
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
            format!(
                "Enter the amount per {} from your label to see how many to take.",
                p.unit_kind.one()
            ),
        ],
    };
    html! {
        <section class="card" aria-labelledby="plan-title">
            <h3 id="plan-title">{ "Your plan" }</h3>
            <dl class="figures">
                if let Some(u) = u {
                    <div data-testid="elemental-per-unit" data-mg={data_num(u.elemental_per_unit)}>
                        <dt>{ format!("Magnesium in one {}", u.kind.one()) }</dt><dd><strong>{ mg(u.elemental_per_unit) }</strong>{ " elemental" }</dd>
                    </div>
                    <div data-testid="units-per-day" data-count={u.units_per_day.data()}>
                        <dt>{ format!("{} per day", capitalised(u.kind.many())) }</dt><dd><strong>{ units_text(u.units_per_day) }</strong></dd>
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
            <h4>{ if plan.current { "Your current dose" } else { "How to start" } }</h4>
            <ol class="titration" data-testid="titration">
                { for plan.titration.iter().map(|s| html! { <li>{ step_text(s) }</li> }) }
                if plan.current {
                    <li>{ "Keep it only with your clinician's agreement, do not raise it, and have your blood magnesium rechecked." }</li>
                } else {
                    <li>{ format!("After {}–{} weeks: judge whether it helps; stop if it does not.", REASSESS_WEEKS.0, REASSESS_WEEKS.1) }</li>
                }
            </ol>
            <details class="how">
                <summary>{ "How this is calculated" }</summary>
                <ul>{ for formula.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            </details>
        </section>
    }
}
