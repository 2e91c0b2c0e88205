//! The answer first: the plan at a glance (daily dose and units, the next dose time, how many
//! precautions apply), a stop banner when a stop precaution applies, or why there is no plan. It
//! renders what the engine returned and decides nothing. It stays in view while the fields below
//! it are edited (`styles/dose.css`); activating it moves the focus to the full results.

use super::plan_card::NoPlanText;
use crate::platform::document::reveal;
use crate::views::findings_list::heading;
use crate::widgets::format::{data_num, mg};
use mg_engine::clock::Clock;
use mg_engine::evaluate::Evaluation;
use mg_engine::finding::Severity;
use mg_engine::schedule::{ItemKind, Schedule};
use yew::prelude::*;

/// The id of the full results, where activating the summary moves the focus.
pub const RESULTS_ID: &str = "results";

/// The CSS custom property that holds the summary's height (the page measures it).
pub const HEIGHT_VARIABLE: &str = "--summary-h";

/// The next magnesium time of the day's schedule from `now` on: the first one at or after it,
/// else the first one of the day (tomorrow's). `None` when the schedule places no magnesium.
pub fn next_magnesium(schedule: &Schedule, now: Clock) -> Option<Clock> {
    // Minimums rather than a sort: the std sort would add several KB to the wasm.
    let times = || {
        schedule
            .items
            .iter()
            .filter(|i| matches!(i.kind, ItemKind::Magnesium { .. }))
            .map(|i| i.time)
    };
    times()
        .filter(|t| *t >= now)
        .min()
        .or_else(|| times().min())
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// One figure: the value large, what it is below (`<dt>` first for screen readers).
fn figure(label: &str, value: Html) -> Html {
    html! { <div><dt>{ label.to_owned() }</dt><dd>{ value }</dd></div> }
}

/// A plain function rather than a component: each component adds its own copy of Yew's
/// lifecycle code to the wasm. `now` is the time of day for "next dose"; `node` lets the page
/// measure the summary.
pub fn plan_summary(e: &Evaluation, now: Clock, node: NodeRef) -> Html {
    let stops = e.stop_count;
    let state = match (&e.plan, stops) {
        (_, 1..) => "stop",
        (Ok(_), _) => "plan",
        (Err(_), _) => "no-plan",
    };
    let next = e
        .plan
        .is_ok()
        .then(|| next_magnesium(&e.schedule, now))
        .flatten();
    let precautions = count(e.findings.len(), "precaution", "precautions");
    // Anywhere on it (a tap on a phone), or its button from the keyboard.
    let onclick = Callback::from(|_: MouseEvent| reveal(RESULTS_ID));
    let body = match &e.plan {
        Ok(plan) => html! {
            <dl class="summary-figures">
                { figure(&plan.units.map_or_else(|| "a day".to_owned(), |u| format!("a day · {}", u.units_per_day.text())),
                    html! { <strong>{ mg(plan.daily_mg) }</strong> }) }
                if let Some(t) = next {
                    { figure("next dose", html! { <strong><time>{ t.format() }</time></strong> }) }
                }
                { figure(if e.findings.len() == 1 { "precaution" } else { "precautions" }, html! { <strong>{ e.findings.len() }</strong> }) }
            </dl>
        },
        Err(_) => {
            let NoPlanText { title, first, .. } = e.no_plan_text().unwrap_or(NoPlanText {
                title: String::new(),
                first: String::new(),
                rest: String::new(),
            });
            html! {
                <>
                if stops == 0 {
                    <p class="summary-reason"><strong>{ title }</strong>{ first }</p>
                }
                if !e.findings.is_empty() {
                    <p class="summary-count">{ format!("{precautions} below.") }</p>
                }
                </>
            }
        }
    };
    html! {
        <section ref={node} class="plan-summary" data-testid="plan-summary" data-state={state}
            data-mg={e.plan.as_ref().ok().map(|p| data_num(p.daily_mg))}
            data-next-time={next.map(|t| t.format())}
            data-precautions={e.findings.len().to_string()}
            aria-labelledby="summary-title" {onclick}>
            <div class="summary-head">
                <h3 id="summary-title">{ "At a glance" }</h3>
                <button type="button" class="summary-go">{ "Full results" }<span aria-hidden="true">{ " ↓" }</span></button>
            </div>
            if stops > 0 {
                <p class="summary-stop sev-stop" data-testid="summary-stop">
                    { format!("{}.", heading(Severity::Stop)) }
                </p>
            }
            { body }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mg_engine::{evaluate, validate, RawInput};

    fn schedule(age: &str, meds: Option<&str>) -> Schedule {
        let (input, _) = validate(&RawInput {
            age: Some(age),
            sex: Some("female"),
            meds,
            ..RawInput::default()
        });
        evaluate(&input).schedule
    }

    #[test]
    fn next_dose_is_the_first_magnesium_time_from_now_on() {
        // One dose, 1–2 h before bed (docs/medical-reference.md §8).
        let s = schedule("45", None);
        let times: Vec<Clock> = s
            .items
            .iter()
            .filter(|i| matches!(i.kind, ItemKind::Magnesium { .. }))
            .map(|i| i.time)
            .collect();
        assert_eq!(times.len(), 1);
        let dose = times[0];
        assert_eq!(next_magnesium(&s, Clock::hm(8, 0)), Some(dose));
        assert_eq!(next_magnesium(&s, dose), Some(dose));
        // After it: tomorrow's, the same time.
        assert_eq!(next_magnesium(&s, Clock::hm(23, 59)), Some(dose));
    }

    #[test]
    fn no_magnesium_no_next_dose() {
        assert_eq!(
            next_magnesium(&schedule("10", Some("iron")), Clock::hm(8, 0)),
            None
        );
    }
}
