//! How much magnesium the person needs, the upper limit from supplements, and the RLS range.

use crate::widgets::source_links::SourceLinks;
use mg_engine::requirement::{
    IntakeKind, NoRlsRangeReason, Requirement, RDA_SOURCES, RLS_RANGE_SOURCES, UL_SOURCES,
};
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
                html! {
                    <div data-testid="rda" data-mg={rda.mg.to_string()} data-age-band={rda.row.label}>
                        <dt>{ format!("{what}, {}", rda.row.label) }</dt>
                        <dd><strong>{ format!("{} mg/day", rda.mg) }</strong>
                            <span class="note">{ " from food, drinks and supplements together. " }</span>
                            <SourceLinks ids={RDA_SOURCES} /></dd>
                    </div>
                }
            }) }
            if let Some(ul) = r.ul_mg {
                <div data-testid="ul" data-mg={ul.to_string()}>
                    <dt>{ "Upper limit from supplements and medicines" }</dt>
                    <dd><strong>{ format!("{ul} mg/day") }</strong>
                        <span class="note">{ " — food does not count; above it, diarrhoea becomes likely. " }</span>
                        <SourceLinks ids={UL_SOURCES} /></dd>
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
