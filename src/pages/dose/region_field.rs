//! Whose reference values apply (`region`): the US, the EU or the UK. Only the daily requirement
//! and the limit from supplements change (docs/medical-reference.md §2b). A region chosen from
//! the browser's language on a first visit is said here, never applied silently.

use crate::state::{AppHandle, Param};
use crate::widgets::controls::{Binding, ChoiceField, Options};
use crate::widgets::field_error::Errors;
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
    let options: Options = Region::ALL
        .iter()
        .map(|r| (AttrValue::from(r.id()), AttrValue::from(choice_label(*r))))
        .collect();
    html! {
        <>
            if let Some(r) = app.region_from_language {
                <p class="notice region-notice" data-testid="region-notice">
                    { format!("{} values chosen from your browser’s language. Choose another region below if you live elsewhere.", r.short()) }
                </p>
            }
            <ChoiceField bind={Binding::param(app, Param::Region)} legend="Whose reference values" {options}
                value={Some(AttrValue::from(chosen.id()))} error={errors.message(Param::Region)}
                hint={AttrValue::from(mg_engine::regional_requirement::region_note())} />
        </>
    }
}
