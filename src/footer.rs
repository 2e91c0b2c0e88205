//! The page footer with the disclaimer.

use yew::prelude::*;

#[component]
pub fn Footer() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { "This tool is for information only and is not medical advice. \
                   Talk to your doctor or pharmacist before starting or changing a supplement, \
                   especially with kidney disease, during pregnancy, or when taking other medicines." }
            </p>
            <p>{ "Everything runs in your browser: nothing you enter is sent anywhere." }</p>
        </footer>
    }
}
