//! Citrate beside glycinate as the seed article rates them, next to what other sources say.

use crate::widgets::source_links::SourceLinks;
use mg_engine::forms::{seed_dose_limit_note, seed_dose_range, Form, FormId};
use mg_engine::region::Region;
use mg_engine::regional_requirement::adult_limit;
use mg_engine::source::SourceId::{
    self, Aasm2024, Gorantla2024, Jadidi2022, Marshall2019, Ods, Seed,
};
use yew::prelude::*;

/// One row of the seed's ratings: (label, the value for a form).
type Row = (&'static str, fn(&Form) -> String);

const ROWS: [Row; 5] = [
    ("Absorption", |f| f.absorption.label.to_owned()),
    ("Digestive comfort", |f| f.stomach.label.to_owned()),
    ("Nervous-system effects", |f| f.nervous.label.to_owned()),
    ("Cost-effectiveness", |f| f.cost.label.to_owned()),
    ("Common usage", |_| seed_dose_range()),
];

const SEED: &[SourceId] = &[Seed];

/// The sources of the region's adult limit (the note names it).
fn limit_sources(region: Region) -> &'static [SourceId] {
    adult_limit(region).map_or(&[], |l| l.sources)
}

/// What other sources say: (text, sources).
const OTHERS: [(&str, &[SourceId]); 4] = [
    ("Small absorption studies found citrate (like aspartate, lactate and chloride) taken up more completely than oxide or sulfate.", &[Ods]),
    ("Glycinate was not part of those head-to-head comparisons, so its “very high” rating is the article’s judgement rather than a measured result.", &[Ods]),
    ("The article says glycinate interferes little with other medicines. The spacing from medicines applies to every form of magnesium, glycinate included: it is the magnesium that binds them.", &[Ods]),
    ("No form has been shown to work better for restless legs. The few small trials used oxide or citrate, a systematic review could not tell whether magnesium helps, and the AASM guideline does not recommend it.", &[Jadidi2022, Gorantla2024, Marshall2019, Aasm2024]),
];

/// The card: the seed's ratings table beside what other sources say. A plain function, not a
/// component: it has no props and no state (README, "What each measured choice saves").
pub fn seed_card(region: Region) -> Html {
    let (c, g) = (FormId::Citrate.form(), FormId::Glycinate.form());
    html! {
        <section class="card seed-card" aria-labelledby="seed-title" data-testid="seed-card">
            <h3 id="seed-title">{ "Citrate or glycinate?" }</h3>
            <div class="seed-grid">
                <div>
                    <table class="seed-table">
                        <caption>{ "How the seed article rates the two forms" }</caption>
                        <thead><tr><th scope="col">{ "Quality" }</th><th scope="col">{ "Citrate" }</th><th scope="col">{ "Glycinate" }</th></tr></thead>
                        <tbody>
                            { for ROWS.iter().map(|(label, value)| html! {
                                <tr><th scope="row">{ *label }</th><td>{ value(c) }</td><td>{ value(g) }</td></tr>
                            }) }
                        </tbody>
                    </table>
                    <p class="note">{ "These are the article’s own ratings, not trial results. " }<SourceLinks ids={SEED} /></p>
                </div>
                <div>
                    <h4>{ "What other sources say" }</h4>
                    <ul class="others">
                        if let Some(note) = seed_dose_limit_note(region) { <li>{ format!("The article's upper figure: {note}.") }{ " " }<SourceLinks ids={limit_sources(region)} /></li> }
                        { for OTHERS.iter().map(|(text, ids)| html! { <li>{ *text }{ " " }<SourceLinks ids={*ids} /></li> }) }
                    </ul>
                </div>
            </div>
        </section>
    }
}
