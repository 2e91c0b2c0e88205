//! Every source the app cites, each with its anchor (`source-<id>`) and `tabindex="-1"`, so a
//! link can land on it and focus it.

use super::markup::Markup;
use crate::source_link::anchor;
use mg_engine::source::SOURCES;

pub fn write(m: &mut Markup) {
    m.section("about-sources", "Sources")
        .raw("<ol class=\"source-list\">");
    for s in SOURCES {
        m.raw("<li id=\"")
            .raw(&anchor(s.id))
            .raw("\" tabindex=\"-1\" data-source=\"")
            .raw(s.id.as_str())
            .raw("\">");
        m.el("<strong>", s.short, "</strong>. ")
            .text(s.citation)
            .raw("</li>");
    }
    m.raw("</ol></section>");
}
