//! The stop on the Trial screen: each finding of the one evaluation that rules out a trial with
//! magnesium (`mg_engine::trial::TrialRules`), with its text and source, one element per rule
//! (`[data-testid=trial-blocked][data-rule]`, docs/contract.md §4.1), and the symptom diary
//! without magnesium offered instead.

use crate::widgets::source_links::SourceLinks;
use mg_engine::Finding;
use yew::prelude::*;

pub fn blocked_panel(blocks: &[Finding]) -> Html {
    let items = blocks.iter().map(|f| {
        html! {
            <li class="sev-stop" data-testid="trial-blocked" data-rule={f.rule.id()} data-severity={f.severity.id()}>
                <p>{ f.message.clone() }</p>
                <p><strong>{ "What to do: " }</strong>{ f.action.clone() }</p>
                <SourceLinks ids={f.sources} />
            </li>
        }
    });
    html! {
        <section class="card stop-panel" aria-labelledby="trial-blocked-title">
            <h3 id="trial-blocked-title">{ "Stop — no magnesium trial on your own" }</h3>
            <p>{ "Your details on the Dose screen rule out taking magnesium without your clinician, so this screen offers no trial with magnesium:" }</p>
            <ul class="blocked-list">{ for items }</ul>
            <p class="hint">{ "You can still keep a diary of your symptoms without magnesium, to show your clinician how your nights go." }</p>
        </section>
    }
}
