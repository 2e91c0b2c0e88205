//! The page footer: the disclaimer, and "Embed this calculator".

use super::embed_snippet::EmbedSnippet;
use crate::state::AppHandle;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub app: AppHandle,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { "This tool is for information only and is not medical advice. \
                   Talk to your doctor or pharmacist before starting or changing a supplement, \
                   especially with kidney disease, during pregnancy, or when taking other medicines." }
            </p>
            <p>{ "Everything runs in your browser: nothing you enter is sent anywhere. \
                  After the first visit it also works offline, and it can be installed as an app." }</p>
            <EmbedSnippet app={props.app.clone()} />
        </footer>
    }
}
