//! Before a trial: what it is, that nothing is stored until the start, and the suggested
//! baseline days without magnesium (optional).

use super::state::{Act, Msg};
use crate::platform::events::checked;
use mg_engine::trial::phase::SUGGESTED_BASELINE_DAYS;
use mg_engine::trial::verdict::{MIN_BASELINE_DAYS, MIN_DAYS_ON_MAGNESIUM, RECENT_WINDOW_DAYS};
use yew::prelude::*;

/// While a finding rules out magnesium: a diary of symptoms without it. `failed`: the message
/// when starting could not be stored (beside the button).
pub fn symptom_diary_card(failed: Html, act: &Callback<Act>) -> Html {
    html! {
        <section class="card trial-start" aria-labelledby="start-title">
            <h3 id="start-title" tabindex="-1">{ "Keep a symptom diary instead" }</h3>
            <p>{ "Each morning, rate last evening and night and how you slept, in under ten seconds. The diary records no magnesium: every day is saved as a day without it. The chart and the report show your clinician how your nights go." }</p>
            <p class="hint">{ "Nothing is stored until you start. Then your entries are kept in this browser on this device only — never sent anywhere." }</p>
            <p class="actions-row">
                <button type="button" class="button" data-testid="trial-start-diary" onclick={act.reform(|_| Act::Start)}>{ "Start a symptom diary (no magnesium)" }</button>
                { failed }
            </p>
        </section>
    }
}

/// `skip_baseline`: the person unticked the baseline; `has_plan`: the Dose screen has a plan to
/// fill in the amounts from; `failed`: the message when starting could not be stored.
pub fn start_card(skip_baseline: bool, has_plan: bool, failed: Html, act: &Callback<Act>) -> Html {
    html! {
        <section class="card trial-start" aria-labelledby="start-title">
            <h3 id="start-title" tabindex="-1">{ "Run your own trial" }</h3>
            <ol class="steps">
                <li>{ format!("Baseline: {SUGGESTED_BASELINE_DAYS} mornings of ratings without magnesium (at least {MIN_BASELINE_DAYS} are needed for a verdict).") }</li>
                <li>{ "Then your plan: the lower first week, then the full dose, at the same times each day." }</li>
                <li>{ "Each morning, rate last evening and night, and the magnesium you took that evening: under ten seconds." }</li>
                <li>{ format!("From day {MIN_DAYS_ON_MAGNESIUM} on magnesium, the verdict compares your last {RECENT_WINDOW_DAYS} days with your baseline.") }</li>
            </ol>
            if !has_plan {
                <p class="hint">{ "Fill in the Dose screen first, and the amounts will be filled in from your plan each day." }</p>
            }
            <div class="field check">
                <input type="checkbox" id="trial-baseline" checked={!skip_baseline}
                    onchange={act.reform(|e: Event| Act::Ui(Msg::SkipBaseline(!checked(&e))))} />
                <label for="trial-baseline">{ format!("Start with {SUGGESTED_BASELINE_DAYS} days without magnesium (suggested)") }</label>
            </div>
            <p class="hint">{ "Nothing is stored until you start. Then your entries are kept in this browser on this device only — never sent anywhere." }</p>
            <p class="actions-row">
                <button type="button" class="button" data-testid="trial-start" onclick={act.reform(|_| Act::Start)}>{ "Start a trial" }</button>
                { failed }
            </p>
        </section>
    }
}
