//! "% Daily Value" on a US label, read back as mg (docs/medical-reference.md §3, `fda-dv2016`):
//! the person types the percentage and picks which Daily Value the label uses; the engine
//! converts; a button puts the result in the amount field, as elemental magnesium.

use crate::platform::events::{input_text, selected};
use crate::state::{Action, AppHandle, Param};
use crate::widgets::field_error::field_error;
use crate::widgets::source_links::SourceLinks;
use mg_engine::decimal::trimmed;
use mg_engine::label::{parse_percent_dv, percent_dv_to_mg, DailyValue, MAX_PERCENT_DV};
use mg_engine::product::Basis;
use mg_engine::source::SourceId;
use mg_engine::FieldError;
use yew::prelude::*;

const DV_SOURCES: &[SourceId] = &[SourceId::FdaDv2016];

/// What the helper holds while the person uses it (not part of the link).
#[derive(Clone)]
pub struct DvState {
    /// The "% Daily Value" as typed.
    pub text: UseStateHandle<String>,
    pub daily_value: UseStateHandle<DailyValue>,
}

/// The helper's state, created by the component that shows it.
#[hook]
pub fn use_dv_state() -> DvState {
    DvState {
        text: use_state(String::new),
        daily_value: use_state(DailyValue::default),
    }
}

/// A plain function rather than a component: each component adds its own copy of Yew's
/// lifecycle code to the wasm; the state lives in the product group (`use_dv_state`).
pub fn dv_helper(app: &AppHandle, state: &DvState) -> Html {
    let DvState { text, daily_value } = state.clone();
    let pct = parse_percent_dv(&text);
    let conversion = pct.map(|v| percent_dv_to_mg(v, *daily_value));
    let error = (!text.trim().is_empty() && pct.is_none()).then(|| {
        FieldError::new(
            "dv_pct",
            format!(
                "“{}” is not a percentage: enter a number above 0 up to {}.",
                text.trim(),
                trimmed(MAX_PERCENT_DV, 0)
            ),
        )
    });
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(input_text(&e)))
    };
    let onchange = {
        let daily_value = daily_value.clone();
        Callback::from(move |e: Event| {
            daily_value.set(DailyValue::parse(&selected(&e)).unwrap_or_default())
        })
    };
    let apply = conversion.map(|c| {
        let dispatcher = app.dispatcher();
        let mg = trimmed(c.mg, 2);
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::Set(Param::UnitMg, mg.clone()));
            dispatcher.dispatch(Action::Set(Param::UnitMmol, String::new()));
            dispatcher.dispatch(Action::Set(Param::Basis, Basis::Elemental.id().to_owned()));
        })
    });
    let described_by = match &error {
        Some(_) => "dv_pct-hint dv_pct-error",
        None => "dv_pct-hint",
    };
    html! {
        <details class="dv-helper">
            <summary>{ "The label gives only a % Daily Value?" }</summary>
            <div class={classes!("field", error.is_some().then_some("has-error"))}>
                <label for="f-dv_pct">{ "% Daily Value on the label" }</label>
                <div class="input-row">
                    <input id="f-dv_pct" name="dv_pct" type="text" inputmode="decimal" value={(*text).clone()}
                        placeholder="e.g. 50" autocomplete="off" spellcheck="false"
                        aria-invalid={error.is_some().then_some("true")} aria-describedby={described_by} {oninput} />
                    <span class="unit" aria-hidden="true">{ "%" }</span>
                </div>
                <p class="hint" id="dv_pct-hint">
                    { format!(
                        "US labels use a Daily Value of {} mg for adults; labels made before the 2016 rule used {} mg. The % is of magnesium itself. ",
                        DailyValue::Adults.mg(), DailyValue::AdultsBefore2016.mg()
                    ) }
                    <SourceLinks ids={DV_SOURCES} />
                </p>
                if let Some(e) = &error { { field_error(e, Some("dv_pct-error".into())) } }
            </div>
            <div class="field">
                <label for="f-dv_kind">{ "The label is for" }</label>
                <select id="f-dv_kind" name="dv_kind" {onchange}>
                    { for DailyValue::ALL.iter().map(|d| html! {
                        <option value={d.id()} selected={*d == *daily_value}>
                            { format!("{} (Daily Value {} mg)", d.label(), d.mg()) }
                        </option>
                    }) }
                </select>
            </div>
            if let (Some(c), Some(onclick)) = (conversion, apply) {
                <p class="dv-result" data-testid="dv-mg" data-mg={trimmed(c.mg, 2)}>
                    { format!("{} % of the Daily Value of {} mg is {} mg of magnesium. ",
                        trimmed(pct.unwrap_or_default(), 2), c.dv_mg, trimmed(c.mg, 2)) }
                    <button type="button" class="button" data-testid="dv-apply" {onclick}>
                        { format!("Use {} mg as the amount", trimmed(c.mg, 2)) }
                    </button>
                </p>
            }
        </details>
    }
}
