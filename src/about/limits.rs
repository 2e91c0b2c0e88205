//! Upper limits: the US values the rules use, beside the EU's lower one.

use super::markup::Markup;
use mg_engine::requirement::{EU_UL_MG, UL_SOURCES, UL_TABLE};
use mg_engine::source::SourceId;

pub fn write(m: &mut Markup) {
    let us = UL_TABLE
        .iter()
        .filter_map(|r| r.mg.map(|mg| format!("{mg} mg a day at {}", r.label)))
        .collect::<Vec<_>>()
        .join("; ");
    m.section("about-limits", "Upper limits: US and EU").raw("<p>").text(
        "The upper limit is the most magnesium from supplements and medicines (food does not count) that is unlikely to \
         cause side effects, chiefly diarrhoea. The US limits, which this calculator's rules use: ",
    );
    m.text(&us)
        .raw(". ")
        .cite(UL_SOURCES, "")
        .raw("</p><p data-testid=\"eu-ul\" data-mg=\"")
        .num(EU_UL_MG.into())
        .raw("\">");
    m.text(&format!(
        "The EU's Scientific Committee on Food set a lower limit of {EU_UL_MG} mg a day from age 4 for readily absorbed \
         magnesium salts. If you follow European advice, keep all your supplement magnesium at or below {EU_UL_MG} mg a day. "
    ));
    m.cite(&[SourceId::ScfEu], "").raw("</p></section>");
}
