//! The opt-in switch for keeping entries on this device, with the start-up notice about what
//! was found there.

use crate::platform::events::checked;
use crate::state::{Action, AppHandle, Notice};
use yew::prelude::*;

fn notice_text(notice: Notice) -> &'static str {
    match notice {
        Notice::Restored => "Your entries saved on this device were restored.",
        Notice::LinkShown => "This link's entries are shown. Your entries saved on this device are kept until you change something here.",
        Notice::Unreadable => "Entries saved on this device could not be read, so they were ignored.",
    }
}

/// A plain function, not a component: its only input is the whole app state, which changes with
/// every edit, so a component boundary would never skip a render (and each component type adds
/// ~0.43 KB gzip of Yew lifecycle code; README, "What each measured choice saves").
pub fn remember_toggle(app: &AppHandle) -> Html {
    let onchange = {
        let dispatcher = app.dispatcher();
        Callback::from(move |e: Event| dispatcher.dispatch(Action::Remember(checked(&e))))
    };
    html! {
        <div class="remember">
            if let Some(notice) = app.notice {
                <p class="notice" data-testid="storage-notice" role="status">{ notice_text(notice) }</p>
            }
            <div class="check">
                <input type="checkbox" id="f-remember" checked={app.remember} {onchange} aria-describedby="remember-hint" />
                <label for="f-remember">{ "Remember my entries on this device" }</label>
            </div>
            <p class="hint" id="remember-hint">{ "Off by default. Kept only in this browser's storage, never sent anywhere. A shared link always takes priority." }</p>
        </div>
    }
}
