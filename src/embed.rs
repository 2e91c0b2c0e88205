//! Blog embeds: the compact mode's bar, its height messages, and the copy-paste snippet.
//!
//! Height protocol (the public contract): in embed mode, inside a frame, the page posts
//! `{ type: "mg-rls:height", height: N }` (N in CSS pixels, the app's whole height) to
//! `window.parent` whenever that height changes. Target origin `"*"`: the embedding blog can be
//! any site, and the referrer is withheld (`referrerpolicy="no-referrer"`), so the app cannot know
//! the parent's origin; the message holds nothing but a number about the app's own layout. The
//! parent checks `event.origin` and `event.source`. The app itself listens to no messages.

use crate::browser_document;
use crate::browser_url;
use crate::share::{copy_callback, CopyState};
use crate::url_state::Query;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ResizeObserver};
use yew::prelude::*;

/// The `type` of the height message.
pub const HEIGHT_MESSAGE: &str = "mg-rls:height";
/// The `id` the snippet gives its iframe (and looks it up by).
pub const FRAME_ID: &str = "mg-rls-calculator";

/// `query` for the compact embed (`embed=1`), every entry kept.
pub fn embed_query(query: &Query) -> Query {
    Query {
        embed: Some("1".into()),
        ..query.clone()
    }
}

/// `query` for the full page (no `embed`).
pub fn full_query(query: &Query) -> Query {
    Query {
        embed: None,
        ..query.clone()
    }
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The copy-paste code for a blog: the iframe, and a few lines that apply the height messages.
pub fn snippet(app_url: &str) -> String {
    let src = escape_html(app_url);
    format!(
        r#"<iframe id="{FRAME_ID}" src="{src}"
  title="Magnesium &amp; Restless Legs calculator"
  style="display:block;width:100%;height:640px;border:0"
  loading="lazy" referrerpolicy="no-referrer"
  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"
  allow="clipboard-write"></iframe>
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
</script>"#
    )
}

/// Reports the height of `root` to the parent window while `enabled` and framed.
#[hook]
pub fn use_height_reporter(root: NodeRef, enabled: bool) {
    use_effect_with(enabled, move |enabled| {
        let observer = if *enabled { observe(&root) } else { None };
        move || {
            if let Some((observer, _callback)) = observer {
                observer.disconnect();
            }
        }
    });
}

fn observe(root: &NodeRef) -> Option<(ResizeObserver, Closure<dyn FnMut()>)> {
    let parent = browser_document::parent_window()?;
    let element = root.cast::<HtmlElement>()?;
    let target = element.clone();
    let mut last = -1.0;
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil();
        if height != last {
            last = height;
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, "*");
        }
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    // Fires once right away, then on every change of the app's size.
    observer.observe(&element);
    Some((observer, callback))
}

#[derive(Properties, PartialEq)]
pub struct QueryProps {
    pub query: Query,
}

/// The one line of chrome in embed mode: a way out to the full page, and the disclaimer.
pub fn embed_bar(query: &Query) -> Html {
    let href = browser_url::page_url(&full_query(query).to_search());
    html! {
        <p class="embed-bar">
            <a {href} target="_blank" rel="noopener" data-testid="open-full">
                { "Open the full calculator" }<span class="visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
            <span class="embed-disclaimer">{ " For information only, not medical advice." }</span>
        </p>
    }
}

/// "Embed this calculator": the snippet for the visitor's current entries, and a copy button.
#[component]
pub fn EmbedSnippet(props: &QueryProps) -> Html {
    let code = snippet(&browser_url::page_url(
        &embed_query(&props.query).to_search(),
    ));
    let state = use_state(|| CopyState::Idle);
    let on_copy = copy_callback::<MouseEvent>(code.clone(), state.clone());
    let message = match *state {
        CopyState::Idle => "",
        CopyState::Copied => "Code copied.",
        CopyState::Manual => "Copying is not available here: select the code above and copy it.",
    };
    html! {
        <details class="embed-section">
            <summary>{ "Embed this calculator" }</summary>
            <p>
                { "Paste this into a blog post or web page. It shows the calculator with the entries you have made \
                   now (visitors can change them), without the site's header and footer, and the few lines of \
                   script let the frame grow and shrink with it." }
            </p>
            <pre class="snippet"><code data-testid="embed-snippet">{ code }</code></pre>
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

    #[test]
    fn embed_and_full_queries() {
        let q = Query::parse("?view=quiz&age=40&theme=dark");
        assert_eq!(
            embed_query(&q).to_search(),
            "?view=quiz&age=40&embed=1&theme=dark"
        );
        assert_eq!(full_query(&embed_query(&q)), q);
    }

    #[test]
    fn snippet_has_the_iframe_attributes_and_a_checked_listener() {
        let s = snippet("https://example.org/mg/?age=40&embed=1");
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
    fn snippet_escapes_the_address() {
        let s = snippet(r#"https://x.test/"><script>alert(1)</script>"#);
        assert!(!s.contains("<script>alert"), "{s}");
        assert!(s.contains("&quot;&gt;&lt;script&gt;"));
    }
}
