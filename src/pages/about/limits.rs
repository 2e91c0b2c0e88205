//! Upper limits: the US values the rules use, beside the EU's lower one.

use super::section::AboutSection;
use crate::widgets::source_links::SourceLinks;
use mg_engine::requirement::{EU_UL_MG, UL_SOURCES, UL_TABLE};
use mg_engine::source::SourceId;
use yew::prelude::*;

const WHAT: &str = "The upper limit is the most magnesium from supplements and medicines (food does \
    not count) that is unlikely to cause side effects, chiefly diarrhoea. The US limits, which this \
    calculator's rules use: ";
const EU_SOURCES: &[SourceId] = &[SourceId::ScfEu];

pub fn limits() -> Html {
    let us = UL_TABLE
        .iter()
        .filter_map(|r| r.mg.map(|mg| format!("{mg} mg a day at {}", r.label)))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <AboutSection id="about-limits" heading="Upper limits: US and EU">
            <p>{ WHAT }{ us }{ ". " }<SourceLinks ids={UL_SOURCES} /></p>
            <p data-testid="eu-ul" data-mg={EU_UL_MG.to_string()}>
                { format!(
                    "The EU's Scientific Committee on Food set a lower limit of {EU_UL_MG} mg a day from age 4 for readily absorbed \
                     magnesium salts. If you follow European advice, keep all your supplement magnesium at or below {EU_UL_MG} mg a day. "
                ) }
                <SourceLinks ids={EU_SOURCES} />
            </p>
        </AboutSection>
    }
}
