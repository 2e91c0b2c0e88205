//! Whose reference values apply (`region`): the US, the EU or the UK. Only the daily requirement
//! and the limit from supplements change (docs/medical-reference.md §2b). A region chosen from
//! the browser's language on a first visit is said here, never applied silently.

use crate::platform::events::changed_value;
use crate::state::{Action, AppHandle, Param};
use crate::widgets::field_error::{field_error, Errors};
use mg_engine::region::Region;
use mg_engine::regional_tables::{intake_set, limit_set};
use yew::prelude::*;

/// "EU (EFSA 2015, SCF 2001)": the region and the authorities of its two tables.
fn choice_label(region: Region) -> String {
    let mut names: Vec<&str> = Vec::new();
    for s in intake_set(region)
        .sources
        .iter()
        .chain(limit_set(region).sources)
        .take(3)
    {
        if !names.contains(&s.short()) {
            names.push(s.short());
        }
    }
    format!("{} ({})", region.short(), names.join(", "))
}

/// A plain function rather than a component: each component adds its own copy of Yew's
/// lifecycle code to the wasm, and this one has no state of its own.
pub fn region_field(app: &AppHandle, errors: &Errors) -> Html {
    // An invalid value shows US, the values in use, beside its message.
    let chosen = app
        .query
        .get(Param::Region)
        .and_then(Region::parse)
        .unwrap_or_default();
    let onchange = {
        let dispatcher = app.dispatcher();
        Callback::from(move |e: Event| {
            dispatcher.dispatch(Action::Set(Param::Region, changed_value(&e)))
        })
    };
    let error = errors.get(Param::Region);
    let notice = app.region_from_language.map(|r| {
        format!(
            "{} values chosen from your browser’s language. Choose another region below if you live elsewhere.",
            r.short()
        )
    });
    let described_by = [
        notice.as_ref().map(|_| "region-notice"),
        Some("region-hint"),
        error.as_ref().map(|_| "region-error"),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    html! {
        <fieldset class={classes!("field", "choices", "region-field", error.is_some().then_some("has-error"))}
            id="region-choice" aria-describedby={described_by}>
            <legend>{ "Whose reference values" }</legend>
            if let Some(text) = notice {
                <p class="notice region-notice" id="region-notice" data-testid="region-notice">{ text }</p>
            }
            <div class="choice-row">
            { for Region::ALL.iter().map(|r| html! {
                <label class="choice">
                    <input type="radio" name="region" id={format!("f-region-{}", r.id())} value={r.id()}
                        checked={*r == chosen} onchange={onchange.clone()} />
                    { choice_label(*r) }
                </label>
            }) }
            </div>
            <p class="hint" id="region-hint">
                { "Changes the daily requirement and the limit for supplements only; the restless-legs amount, the spacing from medicines and every safety threshold are the same in all three." }
            </p>
            if let Some(e) = error { { field_error(&e, Some("region-error".into())) } }
        </fieldset>
    }
}
