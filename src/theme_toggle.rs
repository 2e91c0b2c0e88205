//! "Theme: Auto / Light / Dark": three radio buttons writing the `theme` URL parameter. Auto
//! follows the system setting.

use crate::url_state::Theme;
use yew::prelude::*;

fn label(theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => "Auto",
        Theme::Light => "Light",
        Theme::Dark => "Dark",
    }
}

/// The radio group; `on_change` gets the chosen theme. A plain function rather than a component:
/// it has no state of its own, and each component type costs code size.
pub fn theme_toggle(current: Theme, on_change: &Callback<Theme>) -> Html {
    let options = Theme::ALL.into_iter().map(|theme| {
        let on_change = on_change.clone();
        let onchange = Callback::from(move |_: Event| on_change.emit(theme));
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

/// The `theme` parameter for `theme`: none for the default (auto), to keep links short.
pub fn theme_param(theme: Theme) -> Option<String> {
    (theme != Theme::default()).then(|| theme.as_str().to_owned())
}
