//! Every precaution that applies, stop first, each with what to do and its source.

use crate::widgets::source_links::SourceLinks;
use mg_engine::finding::{Finding, Severity};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindingsListProps {
    pub findings: Vec<Finding>,
}

/// The title of each severity's group (the plan summary's stop banner uses the stop one).
pub fn heading(s: Severity) -> &'static str {
    match s {
        Severity::Stop => "Stop — do not take magnesium on your own",
        Severity::Caution => "Take care",
        Severity::Info => "Good to know",
    }
}

#[component]
pub fn FindingsList(p: &FindingsListProps) -> Html {
    let groups = [Severity::Stop, Severity::Caution, Severity::Info].into_iter().filter_map(|sev| {
        let items: Vec<&Finding> = p.findings.iter().filter(|f| f.severity == sev).collect();
        (!items.is_empty()).then(|| html! {
            <div class={classes!("finding-group", sev.id())}>
                <h4>{ heading(sev) }</h4>
                <ul>
                { for items.into_iter().map(|f| html! {
                    <li data-testid="finding" data-rule={f.rule.id()} data-severity={f.severity.id()} class={classes!("finding", f.severity.id())}>
                        <p class="message">{ f.message.clone() }</p>
                        <p class="action"><strong>{ "What to do: " }</strong>{ f.action.clone() }</p>
                        <p class="source"><SourceLinks ids={f.sources} /></p>
                    </li>
                }) }
                </ul>
            </div>
        })
    });
    html! {
        <section class="card findings" aria-labelledby="findings-title">
            <h3 id="findings-title">{ "Precautions" }</h3>
            if p.findings.is_empty() {
                <p class="muted">{ "None so far. Add details on the left for a fuller check." }</p>
            }
            { for groups }
        </section>
    }
}
