//! "Theme: Auto / Light / Dark": three radio buttons for the `theme` URL parameter. Auto follows
//! the system setting.

use crate::state::{Action, AppHandle, Theme};
use yew::prelude::*;

fn label(theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => "Auto",
        Theme::Light => "Light",
        Theme::Dark => "Dark",
    }
}

#[derive(Properties, PartialEq)]
pub struct ThemeToggleProps {
    pub app: AppHandle,
}

#[component]
pub fn ThemeToggle(props: &ThemeToggleProps) -> Html {
    let current = props.app.settings().theme;
    let options = Theme::ALL.into_iter().map(|theme| {
        let dispatcher = props.app.dispatcher();
        let onchange = Callback::from(move |_: Event| dispatcher.dispatch(Action::Theme(theme)));
        html! {
            <label class="theme-option">
                <input type="radio" name="ui-theme" value={theme.as_str()}
                    checked={theme == current} {onchange} />
                { label(theme) }
            </label>
        }
    });
    html! {
        <fieldset class="theme-toggle" data-testid="theme-toggle">
            <legend>{ "Theme" }</legend>
            { for options }
        </fieldset>
    }
}
