//! Supplemental limits: the three sets the region switch chooses between (US by default), each
//! named, and what the calculator does where a region sets none.

use super::section::AboutSection;
use crate::widgets::source_links::SourceLinks;
use mg_engine::region::Region;
use mg_engine::regional_tables::{limit_set, EVM_GUIDANCE_MG, EVM_SOURCES, SCF_SOURCES};
use mg_engine::requirement::{EU_UL_MG, UL_SOURCES, UL_TABLE};
use yew::prelude::*;

const WHAT: &str = "A limit for magnesium from supplements is the most that is unlikely to cause \
    side effects, chiefly diarrhoea; magnesium that food contains naturally does not count. The \
    calculator uses the set of the region chosen on the Dose screen, the US one unless another is \
    chosen. Where a region sets none for an age, the lowest of the three sets applies, and the \
    Dose screen says which.";

pub fn limits() -> Html {
    let us = UL_TABLE
        .iter()
        .filter_map(|r| r.mg.map(|mg| format!("{mg} mg a day at {}", r.label)))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <AboutSection id="about-limits" heading="Limits for magnesium from supplements: US, EU and UK">
            <p>{ WHAT }</p>
            <p>{ format!("United States, {}s ({}) for supplements and medicines: {us}. ", limit_set(Region::Us).kind.noun(), limit_set(Region::Us).kind.abbr()) }<SourceLinks ids={UL_SOURCES} /></p>
            <p data-testid="eu-ul" data-mg={EU_UL_MG.to_string()}>
                { format!(
                    "European Union: the Scientific Committee on Food set an {} of {EU_UL_MG} mg a day from age 4, pregnancy \
                     included, for readily absorbed magnesium salts from supplements, water and foods with added \
                     magnesium; none for younger children. ",
                    limit_set(Region::Eu).kind.noun()
                ) }
                <SourceLinks ids={SCF_SOURCES} />
            </p>
            <p data-testid="uk-guidance" data-mg={EVM_GUIDANCE_MG.to_string()}>
                { format!(
                    "United Kingdom: the Expert Group on Vitamins and Minerals gave {EVM_GUIDANCE_MG} mg a day of \
                     magnesium from supplements for adults as a {}, a level unlikely to cause harm \
                     rather than a formal upper limit; none for children. ",
                    limit_set(Region::Uk).kind.noun()
                ) }
                <SourceLinks ids={EVM_SOURCES} />
            </p>
        </AboutSection>
    }
}
