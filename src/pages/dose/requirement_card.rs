//! How much magnesium the person needs, the upper limit from supplements, and the RLS range.

use crate::widgets::source_links::SourceLinks;
use mg_engine::region::Region;
use mg_engine::regional_requirement::limit_words;
use mg_engine::requirement::{IntakeKind, NoRlsRangeReason, Requirement, RLS_RANGE_SOURCES};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RequirementCardProps {
    pub requirement: Requirement,
    pub age_known: bool,
}

#[component]
pub fn RequirementCard(p: &RequirementCardProps) -> Html {
    let r = &p.requirement;
    html! {
        <section class="card" aria-labelledby="req-title">
            <h3 id="req-title">{ "What you need" }</h3>
            if !p.age_known {
                <p class="muted">{ "Enter your age (and, from 14, your sex) to see your daily requirement." }</p>
            } else if r.rda.is_empty() {
                <p class="muted">{ "From age 14 the values differ by sex: choose female or male." }</p>
            }
            <dl class="figures">
            { for r.rda.iter().map(|rda| {
                let what = match rda.kind {
                    IntakeKind::Rda => "Recommended daily amount (RDA)",
                    IntakeKind::Ai => "Adequate intake (AI)",
                    IntakeKind::Rni => "Reference nutrient intake (RNI)",
                };
                // Outside the US the figure names its authority (EFSA, COMA): a `region` link must
                // never show another authority's number under the US name.
                let what = match (r.region, rda.sources.first()) {
                    (Region::Us, _) | (_, None) => what.to_owned(),
                    (_, Some(s)) => format!("{what} ({})", s.short()),
                };
                html! {
                    <div data-testid="rda" data-mg={rda.mg.to_string()} data-age-band={rda.row.label}>
                        <dt>{ format!("{what}, {}", rda.row.label) }</dt>
                        <dd><strong>{ format!("{} mg/day", rda.mg) }</strong>
                            <span class="note">{ " from food, drinks and supplements together. " }</span>
                            <SourceLinks ids={rda.sources} /></dd>
                    </div>
                }
            }) }
            if let Some(limit) = r.limit {
                <div data-testid="ul" data-mg={limit.mg.to_string()}>
                    <dt>{ if r.region == Region::Us && !limit.fallback {
                        "Upper limit from supplements and medicines".to_owned()
                    } else {
                        format!("Limit from supplements and medicines: the {}", limit_words(r.region, &limit, "for your age"))
                    } }</dt>
                    <dd><strong>{ format!("{} mg/day", limit.mg) }</strong>
                        <span class="note">{ " — food does not count; above it, diarrhoea becomes likely. " }</span>
                        <SourceLinks ids={limit.sources} /></dd>
                </div>
            } else if p.age_known {
                <div><dt>{ "Upper limit from supplements" }</dt><dd>{ "None set for babies: they should not be given supplements." }</dd></div>
            }
            { match r.rls_range {
                Ok((lo, hi)) => html! {
                    <div data-testid="rls-range" data-min-mg={lo.to_string()} data-max-mg={hi.to_string()}>
                        <dt>{ "Amount used for restless legs" }</dt>
                        <dd><strong>{ format!("{lo}–{hi} mg/day") }</strong>
                            <span class="note">{ " of elemental magnesium as a supplement (weak evidence). " }</span>
                            <SourceLinks ids={RLS_RANGE_SOURCES} /></dd>
                    </div>
                },
                Err(NoRlsRangeReason::UnderAdultAge) => html! {
                    <div><dt>{ "Amount for restless legs" }</dt><dd>{ "None given under 18: no dose has been studied in children." }</dd></div>
                },
                Err(NoRlsRangeReason::AgeUnknown) => html! {},
            } }
            </dl>
        </section>
    }
}
