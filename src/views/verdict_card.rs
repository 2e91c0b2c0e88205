//! The verdict of the trial (docs/contract.md §4.1, §4.3): the engine's outcome, its three
//! numbers as the contract's `data-*` attributes, and its sentences — what it means, what one
//! person's trial cannot tell, what to do next.

use crate::platform::url;
use crate::state::{AppHandle, Param};
use mg_engine::decimal::fixed;
use mg_engine::trial::explain::days;
use mg_engine::trial::verdict::RECENT_WINDOW_DAYS;
use mg_engine::trial::Verdict;
use yew::prelude::*;

/// The Dose screen with stomach upset ticked: where the `gi` finding's advice is.
pub fn stomach_advice_href(app: &AppHandle) -> String {
    let dose = app.query.with(Param::Gi, "1").with(Param::View, "dose");
    url::page_url(&dose.to_search())
}

/// Two decimals always, as the contract's `data-*` numbers: "6.00" beside "3.17", and "1.00
/// points" rather than "1 points".
fn rating(x: Option<f64>) -> String {
    x.map_or_else(|| "–".into(), |x| fixed(x, 2))
}

/// A plain function rather than a component: each component adds its own copy of Yew's
/// lifecycle code to the wasm. `stomach_advice` links to the Dose screen's stomach-upset
/// guidance (the `gi` finding), shown when upset was frequent. `safety`: what the trial's rules
/// say about the amounts in the diary (`TrialRules::diary_notes`: days above the limit, magnesium
/// while a stop applies).
pub fn verdict_card(v: &Verdict, stomach_advice: &str, safety: &[String]) -> Html {
    let numbers = v.decimals();
    let text = v.explain();
    html! {
        <section class={classes!("card", "trial-verdict", v.outcome.id())} aria-labelledby="verdict-title"
            data-testid="trial-verdict" data-outcome={v.outcome.id()}
            data-baseline={numbers.baseline} data-recent={numbers.recent} data-change={numbers.change}>
            <h3 id="verdict-title">{ "Is it working? " }<span class="headline">{ text.headline }</span></h3>
            <dl class="figures verdict-figures">
                <div>
                    <dt>{ "Without magnesium" }</dt>
                    <dd><strong>{ rating(v.baseline) }</strong>{ format!(" average, {}", days(v.baseline_days())) }</dd>
                </div>
                <div>
                    <dt>{ format!("On magnesium, last {RECENT_WINDOW_DAYS} days") }</dt>
                    <dd><strong>{ rating(v.recent) }</strong>{ format!(" average, {}", days(v.recent_magnesium_days())) }</dd>
                </div>
                <div>
                    <dt>{ "Change" }</dt>
                    <dd><strong>{ rating(v.change) }</strong>{ " points (above 0: fewer symptoms)" }</dd>
                </div>
            </dl>
            { for safety.iter().map(|note| html! {
                <p class="notice caution" data-testid="trial-safety-note">{ note.clone() }</p>
            }) }
            if !text.meaning.is_empty() {
                <p>{ text.meaning }</p>
            }
            <p class="caveat">{ text.caveat }</p>
            <p><strong>{ "What next: " }</strong>{ text.next }</p>
            if let Some(note) = text.stomach {
                <p class="notice caution" data-rule={note.rule.id()}>
                    { note.text }{ " " }
                    <a href={stomach_advice.to_owned()} data-testid="trial-gi-advice">{ "Read the stomach-upset advice for your plan" }</a>
                </p>
            }
        </section>
    }
}
