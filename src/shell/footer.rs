//! The page footer: the disclaimer, and "Embed this calculator".

use super::embed_snippet::EmbedSnippet;
use crate::state::AppHandle;
use yew::prelude::*;

/// A plain function, not a component: its only input is the whole app state, which changes with
/// every edit, so a component boundary would never skip a render (and each component type adds
/// ~0.43 KB gzip of Yew lifecycle code; README, "What each measured choice saves").
pub fn footer(app: &AppHandle) -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { "This tool is for information only and is not medical advice. \
                   Talk to your doctor or pharmacist before starting or changing a supplement, \
                   especially with kidney disease, during pregnancy, or when taking other medicines." }
            </p>
            <p>{ "Everything runs in your browser: nothing you enter is sent anywhere. \
                  After the first visit it also works offline, and it can be installed as an app." }</p>
            <EmbedSnippet app={app.clone()} />
        </footer>
    }
}
