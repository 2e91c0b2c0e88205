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
use mg_engine::source::short_names;
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

/// The figure's name: the US's as before, the authority's own elsewhere (its kind comes from the
/// engine's table).
fn intake_title(rda: &Rda, region: Region) -> String {
    let what = match (rda.kind, region) {
        (IntakeKind::Rda, _) => "Recommended daily amount (RDA)",
        (IntakeKind::Ai, Region::Eu) => "EFSA adequate intake (AI)",
        (IntakeKind::Ai, _) => "Adequate intake (AI)",
        (IntakeKind::Rni, _) => "UK reference nutrient intake (RNI)",
    };
    format!("{what}, {}", rda.row.label)
}

/// One region's requirement for the comparison: "320 mg RDA"; "30 mg AI 0–6 months; …".
fn intake_text(r: &Requirement) -> String {
    let parts: Vec<String> = r
        .rda
        .iter()
        .map(|x| match r.rda.len() {
            1 => format!("{} mg {}", x.mg, x.kind.abbr()),
            _ => format!("{} mg {} {}", x.mg, x.kind.abbr(), x.row.label),
        })
        .chain(
            r.intake_not_set
                .iter()
                .map(|band| format!("none set {band}")),
        )
        .collect();
    if parts.is_empty() {
        "—".to_owned()
    } else {
        parts.join("; ")
    }
}

/// One region's limit for the comparison: "250 mg UL", "400 mg guidance level", "250 mg (none
/// of its own: EU SCF 2001)".
fn limit_text(l: &Limit) -> String {
    if l.fallback {
        format!(
            "{} mg (none of its own: {} {})",
            l.mg,
            l.set.short(),
            authority(l.sources)
        )
    } else {
        format!("{} mg {}", l.mg, l.kind.abbr())
    }
}

fn compare_table(compare: &[Requirement; 3], chosen: Region) -> Html {
    let rows = compare.iter().map(|r| {
        // The authorities of the region's own tables, each once.
        let own_limit = r.limit.filter(|l| !l.fallback).map_or(&[][..], |l| l.sources);
        let names = short_names(r.rda.first().map_or(&[][..], |x| x.sources).iter().chain(own_limit));
        let current = r.region == chosen;
        html! {
            <tr data-region={r.region.id()} aria-current={current.then_some("true")}>
                <th scope="row">{ format!("{} ({}){}", r.region.short(), names.join(", "), if current { ", in use" } else { "" }) }</th>
                <td data-col="rda" data-mg={(r.rda.len() == 1).then(|| r.rda[0].mg.to_string())}>{ intake_text(r) }</td>
                <td data-col="ul" data-mg={r.limit.map(|l| l.mg.to_string())}>{ r.limit.map_or_else(|| "none set".to_owned(), |l| limit_text(&l)) }</td>
            </tr>
        }
    });
    html! {
        <details class="region-compare-section">
            <summary>{ "The US, EU and UK values side by side" }</summary>
            // Only the table scrolls sideways on a narrow phone, never the page.
            <div class="table-scroll" role="region" aria-labelledby="region-compare-caption" tabindex="0">
            <table class="region-compare" data-testid="region-compare">
                <caption id="region-compare-caption" class="visually-hidden">{ "Daily requirement and limit from supplements by region" }</caption>
                <thead><tr>
                    <th scope="col">{ "Region (authorities)" }</th>
                    <th scope="col">{ "Daily requirement" }</th>
                    <th scope="col">{ "Limit from supplements" }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            </div>
            <p class="hint">{ mg_engine::regional_requirement::region_note() }</p>
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
                    <dt>{ match limit.kind {
                        LimitKind::GuidanceLevel => "Guidance level for supplements",
                        LimitKind::UpperLimit => "Upper limit from supplements and medicines",
                    } }</dt>
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
