//! "Embed this calculator": the copy-paste code for a blog (an iframe, and a few lines that apply
//! the height messages of `crate::platform::frame_height`) for the visitor's current entries.
//! The code is text to copy, shown in a `<code>` element, never mounted as markup.

use super::copy::{use_copy, CopyState};
use crate::platform::frame_height::HEIGHT_MESSAGE;
use crate::platform::url;
use crate::state::{AppHandle, Param};
use yew::prelude::*;

/// The `id` the snippet gives its iframe (and looks it up by).
pub const FRAME_ID: &str = "mg-rls-calculator";

/// `text` as an HTML attribute value inside the snippet.
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// How the blog's frame is sized: the snippet's one choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameHeight {
    /// The frame grows and shrinks with the app (the height messages); the default.
    Auto,
    /// A fixed-height frame (`FIXED_HEIGHT_PX`, at most 85 % of the window): the app scrolls
    /// inside it, so the sticky plan summary stays in view while a field is edited on a phone.
    Fixed,
}

/// The fixed frame's height in CSS pixels.
pub const FIXED_HEIGHT_PX: u32 = 600;

impl FrameHeight {
    pub const ALL: [FrameHeight; 2] = [FrameHeight::Auto, FrameHeight::Fixed];

    /// The radio value (`data-height` of the snippet).
    pub fn id(self) -> &'static str {
        match self {
            FrameHeight::Auto => "auto",
            FrameHeight::Fixed => "fixed",
        }
    }

    fn label(self) -> &'static str {
        match self {
            FrameHeight::Auto => "Grows with the calculator (the page scrolls; needs the few lines of script)",
            FrameHeight::Fixed => "Fixed height, the calculator scrolls inside it: the dose and precautions stay in view while typing (best on phones)",
        }
    }
}

/// The copy-paste code for a blog: the iframe, and (auto height) a few lines that apply the
/// height messages.
pub fn snippet(app_url: &str, height: FrameHeight) -> String {
    let src = escape_attribute(app_url);
    let frame = |style: &str| {
        format!(
            r#"<iframe id="{FRAME_ID}" src="{src}"
  title="Magnesium &amp; Restless Legs calculator"
  style="{style}"
  loading="lazy" referrerpolicy="no-referrer"
  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"
  allow="clipboard-write"></iframe>"#
        )
    };
    match height {
        FrameHeight::Fixed => frame(&format!(
            "display:block;width:100%;height:{FIXED_HEIGHT_PX}px;max-height:85vh;border:0"
        )),
        FrameHeight::Auto => format!(
            r#"{}
<script>
  (function () {{
    var frame = document.getElementById("{FRAME_ID}");
    var origin = new URL(frame.src).origin;
    window.addEventListener("message", function (event) {{
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || data.type !== "{HEIGHT_MESSAGE}" || typeof data.height !== "number") return;
      frame.style.height = Math.max(150, Math.min(20000, Math.ceil(data.height))) + "px";
    }});
  }})();
</script>"#,
            frame("display:block;width:100%;height:640px;border:0")
        ),
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedSnippetProps {
    pub app: AppHandle,
}

#[component]
pub fn EmbedSnippet(props: &EmbedSnippetProps) -> Html {
    let height = use_state(|| FrameHeight::Auto);
    let embedded = props.app.query.with(Param::Embed, "1");
    let code = snippet(&url::page_url(&embedded.to_search()), *height);
    let (state, on_copy) = use_copy(code.clone());
    let message = match *state {
        CopyState::Idle => "",
        CopyState::Copied => "Code copied.",
        CopyState::Manual => "Copying is not available here: select the code above and copy it.",
    };
    let choices = FrameHeight::ALL.into_iter().map(|choice| {
        let onchange = {
            let height = height.clone();
            Callback::from(move |_: Event| height.set(choice))
        };
        html! {
            <label class="choice">
                <input type="radio" name="embed-height" value={choice.id()} checked={*height == choice} {onchange} />
                { choice.label() }
            </label>
        }
    });
    html! {
        <details class="embed-section">
            <summary>{ "Embed this calculator" }</summary>
            <p>
                { "Paste this into a blog post or web page. It shows the calculator with the entries you have made \
                   now (visitors can change them), without the site's header and footer." }
            </p>
            <fieldset class="field choices embed-height">
                <legend>{ "Frame height" }</legend>
                { for choices }
            </fieldset>
            <pre class="snippet"><code data-testid="embed-snippet" data-height={height.id()}>{ code }</code></pre>
            <p class="snippet-actions">
                <button type="button" class="tool-button" onclick={on_copy}>{ "Copy code" }</button>
                <span role="status">{ message }</span>
            </p>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Query;

    #[test]
    fn embed_and_full_queries() {
        let q = Query::parse("?view=quiz&age=40&theme=dark");
        let embedded = q.with(Param::Embed, "1");
        assert_eq!(embedded.to_search(), "?view=quiz&age=40&embed=1&theme=dark");
        assert_eq!(embedded.with(Param::Embed, "0"), q);
    }

    #[test]
    fn snippet_has_the_iframe_attributes_and_a_checked_listener() {
        let s = snippet("https://example.org/mg/?age=40&embed=1", FrameHeight::Auto);
        for needle in [
            r#"src="https://example.org/mg/?age=40&amp;embed=1""#,
            r#"title="Magnesium &amp; Restless Legs calculator""#,
            r#"loading="lazy""#,
            r#"referrerpolicy="no-referrer""#,
            r#"sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads""#,
            r#"allow="clipboard-write""#,
            "event.origin !== origin",
            "event.source !== frame.contentWindow",
            r#"data.type !== "mg-rls:height""#,
        ] {
            assert!(s.contains(needle), "missing {needle} in\n{s}");
        }
    }

    #[test]
    fn fixed_snippet_has_a_fixed_height_and_no_script() {
        let s = snippet("https://example.org/mg/?embed=1", FrameHeight::Fixed);
        assert!(s.contains("height:600px;max-height:85vh"), "{s}");
        assert!(s.contains(r#"sandbox="allow-scripts allow-same-origin allow-popups"#));
        assert!(!s.contains("<script>"), "{s}");
    }

    #[test]
    fn snippet_escapes_the_address() {
        let s = snippet(
            r#"https://x.test/"><script>alert(1)</script>"#,
            FrameHeight::Fixed,
        );
        assert!(!s.contains("<script>alert"), "{s}");
        assert!(s.contains("&quot;&gt;&lt;script&gt;"));
    }
}
