//! Before a trial: what it is, that nothing is stored until the start, and the suggested
//! baseline week without magnesium (optional).

use crate::platform::events::checked;
use mg_engine::trial::phase::SUGGESTED_BASELINE_DAYS;
use mg_engine::trial::verdict::{MIN_BASELINE_DAYS, MIN_DAYS_ON_MAGNESIUM, RECENT_WINDOW_DAYS};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartCardProps {
    /// Called with the number of baseline days chosen (0: none).
    pub on_start: Callback<u32>,
    /// The Dose screen has a plan to prefill the amounts from.
    pub has_plan: bool,
}

#[component]
pub fn StartCard(p: &StartCardProps) -> Html {
    let baseline = use_state(|| true);
    let on_baseline = {
        let baseline = baseline.clone();
        Callback::from(move |e: Event| baseline.set(checked(&e)))
    };
    let onclick = {
        let (on_start, baseline) = (p.on_start.clone(), baseline.clone());
        Callback::from(move |_: MouseEvent| {
            on_start.emit(if *baseline {
                SUGGESTED_BASELINE_DAYS
            } else {
                0
            })
        })
    };
    html! {
        <section class="card trial-start" aria-labelledby="start-title">
            <h3 id="start-title">{ "Run your own trial" }</h3>
            <ol class="steps">
                <li>{ format!("Baseline: {SUGGESTED_BASELINE_DAYS} mornings of ratings without magnesium (at least {MIN_BASELINE_DAYS} are needed for a verdict).") }</li>
                <li>{ "Then your plan: the lower first week, then the full dose, at the same times each day." }</li>
                <li>{ "Each morning, rate last evening and night: under ten seconds." }</li>
                <li>{ format!("From day {MIN_DAYS_ON_MAGNESIUM} on magnesium, the verdict compares your last {RECENT_WINDOW_DAYS} days with your baseline.") }</li>
            </ol>
            if !p.has_plan {
                <p class="hint">{ "Fill in the Dose screen first, and the amounts will be filled in from your plan each day." }</p>
            }
            <div class="field check">
                <input type="checkbox" id="trial-baseline" checked={*baseline} onchange={on_baseline} />
                <label for="trial-baseline">{ format!("Start with {SUGGESTED_BASELINE_DAYS} days without magnesium (suggested)") }</label>
            </div>
            <p class="hint">{ "Nothing is stored until you start. Then your entries are kept in this browser on this device only — never sent anywhere." }</p>
            <p><button type="button" class="button" data-testid="trial-start" {onclick}>{ "Start a trial" }</button></p>
        </section>
    }
}
