//! How much magnesium the person needs, the limit for magnesium from supplements, and the RLS
//! range, by the chosen region's authorities (docs/medical-reference.md §§1, 2, 2b): each figure
//! names the body that sets it, a borrowed limit says why it applies, and a table shows the US,
//! EU and UK sets side by side.

use crate::widgets::source_links::SourceLinks;
use mg_engine::region::Region;
use mg_engine::regional_requirement::{limit_words, sex_matters_from};
use mg_engine::requirement::{
    IntakeKind, Limit, LimitKind, NoRlsRangeReason, Rda, Requirement, RLS_RANGE_SOURCES,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RequirementCardProps {
    pub requirement: Requirement,
    pub age_known: bool,
    /// The same person by the US, EU and UK sets (`regional_requirement::side_by_side`).
    pub compare: [Requirement; 3],
}

/// "NIH ODS / IOM 1997", "EFSA 2015": the authority behind a table.
fn authority(sources: &[mg_engine::source::SourceId]) -> String {
    sources
        .iter()
        .map(|s| s.short())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// "Recommended daily amount (RDA)" for the US as before; the authority's own name elsewhere.
fn intake_title(rda: &Rda, region: Region) -> String {
    let what = match rda.kind {
        IntakeKind::Rda => "Recommended daily amount (RDA)",
        IntakeKind::Ai => "Adequate intake (AI)",
        IntakeKind::Rni => "Reference nutrient intake (RNI)",
    };
    match region {
        Region::Us => format!("{what}, {}", rda.row.label),
        Region::Eu => format!("EFSA {}, {}", lower_first(what), rda.row.label),
        Region::Uk => format!("UK {}, {}", lower_first(what), rda.row.label),
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The heading of the limit: its kind and, outside the US, its authority.
fn limit_title(limit: &Limit, region: Region) -> String {
    match (region, limit.kind, limit.fallback) {
        (Region::Us, _, false) => "Upper limit from supplements and medicines".to_owned(),
        (_, LimitKind::GuidanceLevel, _) => format!(
            "UK guidance level for supplements ({})",
            authority(limit.sources)
        ),
        (_, LimitKind::UpperLimit, _) => format!(
            "{} upper limit from supplements and medicines ({})",
            limit.set.short(),
            authority(limit.sources)
        ),
    }
}

/// One region's figures for the comparison table: "320 mg" or "30 mg (0–6 months), 75 mg …".
fn intake_cell(r: &Requirement) -> Html {
    let single = (r.rda.len() == 1).then(|| r.rda[0].mg.to_string());
    let text = match r.rda.as_slice() {
        [] if !r.intake_not_set.is_empty() => "none set".to_owned(),
        [] => "—".to_owned(),
        [one] => format!("{} mg ({})", one.mg, one.kind.abbr()),
        many => many
            .iter()
            .map(|x| format!("{} mg ({}, {})", x.mg, x.kind.abbr(), x.row.label))
            .collect::<Vec<_>>()
            .join("; "),
    };
    html! { <td data-col="rda" data-mg={single}>{ text }</td> }
}

fn limit_cell(r: &Requirement) -> Html {
    match r.limit {
        Some(l) => {
            let text = match (l.kind, l.fallback) {
                (_, true) => format!(
                    "{} mg (none of its own: the lowest set, {} {}, applies)",
                    l.mg,
                    l.set.short(),
                    authority(l.sources)
                ),
                (LimitKind::GuidanceLevel, false) => format!("{} mg (guidance level)", l.mg),
                (LimitKind::UpperLimit, false) => format!("{} mg (UL)", l.mg),
            };
            html! { <td data-col="ul" data-mg={l.mg.to_string()}>{ text }</td> }
        }
        None => html! { <td data-col="ul">{ "none set" }</td> },
    }
}

fn compare_table(compare: &[Requirement; 3], chosen: Region) -> Html {
    html! {
        <details class="region-compare-section">
            <summary>{ "The US, EU and UK values side by side" }</summary>
            <div class="table-wrap">
            <table class="region-compare" data-testid="region-compare">
                <caption class="visually-hidden">{ "Daily requirement and limit from supplements by region" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Region (authorities)" }</th>
                        <th scope="col">{ "Daily requirement" }</th>
                        <th scope="col">{ "Limit from supplements" }</th>
                    </tr>
                </thead>
                <tbody>
                { for compare.iter().map(|r| {
                    let intake_by = r.rda.first().map(|x| authority(x.sources));
                    let limit_by = r.limit.filter(|l| !l.fallback).map(|l| authority(l.sources));
                    let names = [intake_by, limit_by].into_iter().flatten().fold(Vec::<String>::new(), |mut v, n| {
                        if !v.contains(&n) { v.push(n) }
                        v
                    });
                    html! {
                        <tr data-region={r.region.id()} aria-current={(r.region == chosen).then_some("true")}>
                            <th scope="row">
                                { r.region.short() }
                                if !names.is_empty() { <span class="note">{ format!(" ({})", names.join(", ")) }</span> }
                                if r.region == chosen { <span class="note">{ " — in use" }</span> }
                            </th>
                            { intake_cell(r) }
                            { limit_cell(r) }
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </div>
            <p class="hint">{ "Only these two figures differ between regions. The amount used for restless legs, the spacing from medicines and every safety threshold are the same everywhere." }</p>
        </details>
    }
}

#[component]
pub fn RequirementCard(p: &RequirementCardProps) -> Html {
    let r = &p.requirement;
    let region = r.region;
    let sex_from = sex_matters_from(region);
    html! {
        <section class="card" aria-labelledby="req-title">
            <h3 id="req-title">{ "What you need" }</h3>
            if !p.age_known {
                <p class="muted">{ format!("Enter your age (and, from {sex_from}, your sex) to see your daily requirement.") }</p>
            } else if r.rda.is_empty() && r.intake_not_set.is_empty() {
                <p class="muted">{ format!("From age {sex_from} these values differ by sex: choose female or male.") }</p>
            }
            <dl class="figures">
            { for r.rda.iter().map(|rda| html! {
                <div data-testid="rda" data-mg={rda.mg.to_string()} data-age-band={rda.row.label}>
                    <dt>{ intake_title(rda, region) }</dt>
                    <dd><strong>{ format!("{} mg/day", rda.mg) }</strong>
                        <span class="note">{ " from food, drinks and supplements together. " }</span>
                        <SourceLinks ids={rda.sources} /></dd>
                </div>
            }) }
            { for r.intake_not_set.iter().map(|band| html! {
                <div>
                    <dt>{ format!("{} daily requirement, {band}", region.short()) }</dt>
                    <dd>{ "None set by this authority for this age." }</dd>
                </div>
            }) }
            if let Some(limit) = r.limit {
                <div data-testid="ul" data-mg={limit.mg.to_string()} data-set={limit.set.id()}
                    data-fallback={limit.fallback.then_some("true")}>
                    <dt>{ limit_title(&limit, region) }</dt>
                    <dd><strong>{ format!("{} mg/day", limit.mg) }</strong>
                        <span class="note">{ format!(" — the {}. Food does not count; above it, diarrhoea becomes likely. ", limit_words(region, &limit, "for your age")) }</span>
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
                            <span class="note">{ " of elemental magnesium as a supplement (weak evidence), in every region. " }</span>
                            <SourceLinks ids={RLS_RANGE_SOURCES} /></dd>
                    </div>
                },
                Err(NoRlsRangeReason::UnderAdultAge) => html! {
                    <div><dt>{ "Amount for restless legs" }</dt><dd>{ "None given under 18: no dose has been studied in children." }</dd></div>
                },
                Err(NoRlsRangeReason::AgeUnknown) => html! {},
            } }
            </dl>
            if p.age_known {
                { compare_table(&p.compare, region) }
            }
        </section>
    }
}
