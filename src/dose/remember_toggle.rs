//! The opt-in switch for keeping entries on this device.

use crate::app::RememberCtx;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A plain function (see `person_fields`); the screen passes the app's remember context in.
pub fn remember_toggle(ctx: Option<RememberCtx>) -> Html {
    let Some(ctx) = ctx else { return html! {} };
    let onchange = {
        let set = ctx.set.clone();
        Callback::from(move |e: Event| {
            set.emit(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    html! {
        <div class="remember">
            if let Some(n) = &ctx.notice {
                <p class="notice" data-testid="storage-notice" role="status">{ n.clone() }</p>
            }
            <div class="check">
                <input type="checkbox" id="f-remember" checked={ctx.on} {onchange} aria-describedby="remember-hint" />
                <label for="f-remember">{ "Remember my entries on this device" }</label>
            </div>
            <p class="hint" id="remember-hint">{ "Off by default. Kept only in this browser's storage, never sent anywhere. A shared link always takes priority." }</p>
        </div>
    }
}
