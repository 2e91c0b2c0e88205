//! One section of About: a heading that labels it, then its content.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AboutSectionProps {
    /// The heading's id, which labels the section.
    pub id: &'static str,
    pub heading: &'static str,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn AboutSection(p: &AboutSectionProps) -> Html {
    html! {
        <section class="about-section" aria-labelledby={p.id}>
            <h3 id={p.id}>{ p.heading }</h3>
            { p.children.clone() }
        </section>
    }
}
