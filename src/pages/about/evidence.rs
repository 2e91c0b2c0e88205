//! The evidence table (engine `EVIDENCE`) with the seed article's misstatements corrected, and the
//! plain message that the evidence is weak and iron comes first.

use super::section::AboutSection;
use crate::widgets::source_links::{anchor, SourceLinks};
use mg_engine::guidance::{Study, EVIDENCE};
use mg_engine::source::SourceId;
use yew::prelude::*;

const COLUMNS: [&str; 7] = [
    "Study",
    "Design",
    "People",
    "Dose",
    "Duration",
    "Result",
    "Strength of evidence",
];

const VERDICT: &str = "Weak. Only a few small studies have tested magnesium for RLS, most without a \
    comparison group, and a systematic review could not tell whether it helps. The American Academy \
    of Sleep Medicine's 2024 guideline does not recommend magnesium for RLS. It puts iron first: have \
    your iron stores checked, and treat low iron with a clinician. ";
const VERDICT_SOURCES: &[SourceId] = &[SourceId::Marshall2019, SourceId::Aasm2024];
const CORRECTION: &str = "A correction: the seed article says the Jadidi trial used 200 mg of \
    magnesium oxide; the trial itself gave 250 mg a day.";

/// One study: its name linking to the source (and what the seed says differently), then a cell
/// per column.
fn row(s: &Study) -> Html {
    let people = s.people.map_or_else(|| "—".to_owned(), |n| n.to_string());
    let cells = [
        s.design,
        &people,
        s.dose,
        s.duration,
        s.result,
        s.strength.label(),
    ];
    html! {
        <tr data-source={s.source.as_str()}>
            <th scope="row">
                <a href={format!("#{}", anchor(s.source))}>{ s.source.short() }</a>
                if let Some(note) = s.seed_says {
                    <span class="correction">{ "Note: " }{ note }</span>
                }
            </th>
            { for cells.iter().map(|c| html! { <td>{ c.to_string() }</td> }) }
        </tr>
    }
}

pub fn evidence() -> Html {
    html! {
        <AboutSection id="about-evidence" heading="How good is the evidence?">
            <p>{ VERDICT }<SourceLinks ids={VERDICT_SOURCES} /></p>
            <p class="correction-note">{ CORRECTION }</p>
            <div class="table-scroll" role="region" aria-labelledby="evidence-caption" tabindex="0">
                <table class="data-table evidence" data-testid="evidence-table">
                    <caption id="evidence-caption">{ "Studies of magnesium for restless legs" }</caption>
                    <thead><tr>{ for COLUMNS.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                    <tbody>{ for EVIDENCE.iter().map(row) }</tbody>
                </table>
            </div>
        </AboutSection>
    }
}
