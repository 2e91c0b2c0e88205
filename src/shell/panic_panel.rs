//! What the "Something went wrong" panel says and looks like. It is built with plain DOM calls
//! by `crate::platform::panic`, not by Yew: after a panic the WebAssembly instance is dead
//! (release builds use `panic = "abort"`), so no component can render it. Styles go through the
//! CSSOM (`element.style.cssText`), which a Content-Security-Policy without `'unsafe-inline'`
//! allows, so the panel needs no stylesheet change either.

/// `id` of the panel element (at most one is ever inserted).
pub const PANEL_ID: &str = "panic-panel";
pub const TITLE_ID: &str = "panic-panel-title";

pub const TITLE: &str = "Something went wrong";
pub const TEXT: &str = "The calculator hit an unexpected error and stopped. Reset starts it again \
    with an empty form (and forgets entries remembered on this device). Nothing was sent anywhere.";
pub const RESET: &str = "Reset";

pub const PANEL_CSS: &str = "position:fixed;top:0;left:0;right:0;z-index:2147483647;margin:0;\
    padding:1rem;border-bottom:4px solid var(--error,#9c1a1c);\
    background:var(--error-bg,#fcebea);color:var(--error,#9c1a1c);\
    font-family:var(--font,system-ui,sans-serif);line-height:1.5;\
    box-shadow:0 2px 8px rgba(0,0,0,.25)";
pub const TITLE_CSS: &str = "margin:0 0 .25rem;font-size:1.25rem;color:inherit";
pub const TEXT_CSS: &str = "margin:0 0 .75rem;color:inherit";
pub const RESET_CSS: &str =
    "min-height:44px;min-width:44px;padding:.5rem 1.25rem;font:inherit;font-weight:600;cursor:pointer";
