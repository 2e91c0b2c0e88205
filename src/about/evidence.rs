//! The evidence table (engine `EVIDENCE`) with the seed article's misstatements corrected, and the
//! plain message that the evidence is weak and iron comes first.

use super::markup::Markup;
use crate::source_link::anchor;
use mg_engine::guidance::EVIDENCE;
use mg_engine::source::SourceId;

const COLUMNS: [&str; 7] = [
    "Study",
    "Design",
    "People",
    "Dose",
    "Duration",
    "Result",
    "Strength of evidence",
];

pub fn write(m: &mut Markup) {
    m.section("about-evidence", "How good is the evidence?").raw("<p>").text(
        "Weak. Only a few small studies have tested magnesium for RLS, most without a comparison group, and a systematic \
         review could not tell whether it helps. The American Academy of Sleep Medicine's 2024 guideline does not recommend \
         magnesium for RLS. It puts iron first: have your iron stores checked, and treat low iron with a clinician. ",
    );
    m.cite(&[SourceId::Marshall2019, SourceId::Aasm2024], "")
        .raw("</p>");
    m.el(
        "<p class=\"correction-note\">",
        "A correction: the seed article says the Jadidi trial used 200 mg of magnesium oxide; the trial itself gave 250 mg a day.",
        "</p>",
    );
    m.raw("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"evidence-caption\" tabindex=\"0\">")
        .raw("<table class=\"data-table evidence\" data-testid=\"evidence-table\">")
        .el("<caption id=\"evidence-caption\">", "Studies of magnesium for restless legs", "</caption><thead><tr>");
    for c in COLUMNS {
        m.el("<th scope=\"col\">", c, "</th>");
    }
    m.raw("</tr></thead><tbody>");
    for s in EVIDENCE {
        m.raw("<tr data-source=\"")
            .raw(s.source.as_str())
            .raw("\"><th scope=\"row\"><a href=\"#")
            .raw(&anchor(s.source));
        m.raw("\">").text(s.source.short()).raw("</a>");
        if let Some(note) = s.seed_says {
            m.el("<span class=\"correction\">Note: ", note, "</span>");
        }
        m.raw("</th>");
        let people = s.people.map_or_else(|| "—".to_owned(), |n| n.to_string());
        for cell in [
            s.design,
            &people,
            s.dose,
            s.duration,
            s.result,
            s.strength.label(),
        ] {
            m.el("<td>", cell, "</td>");
        }
        m.raw("</tr>");
    }
    m.raw("</tbody></table></div></section>");
}
