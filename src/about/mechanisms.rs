//! What magnesium does for nerves and muscles (engine `MECHANISMS`, the app's own wording).

use super::markup::Markup;
use mg_engine::guidance::MECHANISMS;
use mg_engine::source::SourceId;

pub fn write(m: &mut Markup) {
    m.section(
        "about-mechanisms",
        "What magnesium does for nerves and muscles",
    )
    .raw("<dl class=\"mechanisms\">");
    for (title, text) in MECHANISMS {
        m.el("<div><dt>", title, "</dt>")
            .el("<dd>", text, "</dd></div>");
    }
    m.raw("</dl><p class=\"note\">").text(
        "These are magnesium's general jobs in the body. They explain why people have tried it for RLS; \
         they do not show that a supplement eases RLS. ",
    );
    m.cite(&[SourceId::Seed], "").raw("</p></section>");
}
