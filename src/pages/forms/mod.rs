//! The Forms screen (`view=forms`): every form in one sortable, filterable table; the seed's
//! citrate-vs-glycinate ratings beside other sources; a converter; two products compared.

pub mod boxes;
pub mod columns;
pub mod compare;
pub mod converter;
pub mod figure;
pub mod filters;
pub mod seed_card;
pub mod table;

use super::PageProps;
use crate::state::Param;
use compare::Compare;
use converter::Converter;
use mg_engine::plan::DEFAULT_TARGET_MG;
use mg_engine::{validate, RawInput};
use seed_card::seed_card;
use table::FormsTable;
use yew::prelude::*;

/// The whole screen. The person's form (`form`, default glycinate) is marked in the table and
/// starts the converter; the comparison edits the same URL parameters as the Dose screen.
#[component]
pub fn FormsPage(props: &PageProps) -> Html {
    let q = &props.app.query;
    let (input, _) = validate(&RawInput {
        form: q.get(Param::Form),
        target: q.get(Param::Target),
        region: q.get(Param::Region),
        ..RawInput::default()
    });
    html! {
        <section class="view view-forms" aria-labelledby="view-title">
            <h2 id="view-title">{ "Magnesium forms compared" }</h2>
            <p class="lead">
                { "Supplements differ in how much of the compound is magnesium itself (“elemental” magnesium). \
                   Absorption and comfort ratings rest on small studies and on the seed article’s opinions; \
                   no form is proven to work better for restless legs." }
            </p>
            <FormsTable app={props.app.clone()} current={input.form} region={input.region} />
            { seed_card(input.region) }
            <div class="forms-tools">
                <Converter form={input.form} target_mg={input.target_mg.unwrap_or(DEFAULT_TARGET_MG)} />
                <Compare app={props.app.clone()} />
            </div>
        </section>
    }
}
