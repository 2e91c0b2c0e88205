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

/// A plain function, not a component: its only input is the whole app state, which changes with
/// every edit, so a component boundary would never skip a render (and each component type adds
/// ~0.43 KB gzip of Yew lifecycle code; README, "What each measured choice saves").
pub fn theme_toggle(app: &AppHandle) -> Html {
    let current = app.settings().theme;
    let options = Theme::ALL.into_iter().map(|theme| {
        let dispatcher = app.dispatcher();
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
