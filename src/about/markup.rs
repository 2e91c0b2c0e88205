//! Display-only markup built as one HTML string and mounted with `Html::from_html_unchecked`.
//!
//! Why: every element written in `html!` compiles to its own construction code, and the app has a
//! wasm size budget. Text that never holds a form control (About, the quiz result and chart) is far
//! smaller as string data. Only this app's own tags go in through `raw`; every piece of text or
//! attribute value goes through `text`, which escapes it, so nothing can inject markup.

use crate::source_link::anchor;
use mg_engine::source::SourceId;
use yew::{AttrValue, Html};

#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// Tags and attribute names written by this app (never data).
    pub fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// Text or an attribute value, escaped.
    pub fn text(&mut self, s: &str) -> &mut Self {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// `open`, escaped `text`, `close`: one element with text content.
    pub fn el(&mut self, open: &str, text: &str, close: &str) -> &mut Self {
        self.raw(open).text(text).raw(close)
    }

    pub fn num(&mut self, n: u32) -> &mut Self {
        self.raw(&n.to_string())
    }

    /// A `<section>` with an `<h3>` heading labelling it; close it with `raw("</section>")`.
    pub fn section(&mut self, id: &str, heading: &str) -> &mut Self {
        self.raw("<section class=\"about-section\" aria-labelledby=\"")
            .raw(id)
            .raw("\"><h3 id=\"")
            .raw(id)
            .raw("\">");
        self.text(heading).raw("</h3>")
    }

    /// "Source: NIH ODS, IOM 1997", each name a link to `<about>#source-<id>`. `about` is empty on
    /// the About screen itself; elsewhere it is About's query string, and the link carries
    /// `data-source` so a click can switch screens in place.
    pub fn cite(&mut self, ids: &[SourceId], about: &str) -> &mut Self {
        self.raw("<span class=\"sources\">Source: ");
        for (i, id) in ids.iter().enumerate() {
            if i > 0 {
                self.raw(", ");
            }
            self.raw("<a class=\"source-link\" href=\"")
                .text(about)
                .raw("#")
                .raw(&anchor(*id));
            self.raw("\" data-source=\"")
                .raw(id.as_str())
                .raw("\">")
                .text(id.short())
                .raw("</a>");
        }
        self.raw("</span>")
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_builds_citations() {
        let mut m = Markup::default();
        m.el("<p title=\"", "a \"b\" <c> & d", "\">")
            .cite(&[SourceId::Ods, SourceId::Kdigo2012], "?view=about&x=1");
        assert_eq!(
            m.0,
            "<p title=\"a &quot;b&quot; &lt;c&gt; &amp; d\"><span class=\"sources\">Source: \
             <a class=\"source-link\" href=\"?view=about&amp;x=1#source-ods\" data-source=\"ods\">NIH ODS</a>, \
             <a class=\"source-link\" href=\"?view=about&amp;x=1#source-kdigo2012\" data-source=\"kdigo2012\">KDIGO 2012</a></span>"
        );
    }
}
