//! "% Daily Value" on a US label, read back as mg (docs/medical-reference.md §3, `fda-dv2016`):
//! the person types the percentage and picks which Daily Value the label uses; the engine
//! converts; a button puts the result in the amount field, as elemental magnesium.

use crate::state::{Action, AppHandle, Param};
use crate::widgets::controls::{Binding, Options, SelectField, TextField};
use crate::widgets::source_links::SourceLinks;
use mg_engine::decimal::trimmed;
use mg_engine::excerpt::quoted;
use mg_engine::label::{parse_percent_dv, percent_dv_to_mg, DailyValue, MAX_PERCENT_DV};
use mg_engine::product::Basis;
use mg_engine::source::SourceId;
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
        AttrValue::from(format!(
            "{} is not a percentage: enter a number above 0 up to {}.",
            quoted(&text),
            trimmed(MAX_PERCENT_DV, 0)
        ))
    });
    let on_text = {
        let text = text.clone();
        Callback::from(move |v: String| text.set(v))
    };
    let on_kind = {
        let daily_value = daily_value.clone();
        Callback::from(move |v: String| daily_value.set(DailyValue::parse(&v).unwrap_or_default()))
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
    let kinds: Options = DailyValue::ALL
        .iter()
        .map(|d| {
            (
                AttrValue::from(d.id()),
                AttrValue::from(format!("{} (Daily Value {} mg)", d.label(), d.mg())),
            )
        })
        .collect();
    let hint = format!(
        "US labels use a Daily Value of {} mg for adults; labels made before the 2016 rule used {} mg. The % is of magnesium itself.",
        DailyValue::Adults.mg(),
        DailyValue::AdultsBefore2016.mg()
    );
    // The shared controls (ids `f-dv_pct`, `f-dv_kind`): the text and the choice stay in this
    // helper's state, not in the link.
    html! {
        <details class="dv-helper">
            <summary>{ "The label gives only a % Daily Value?" }</summary>
            <TextField bind={Binding { name: "dv_pct", on_input: on_text }} label="% Daily Value on the label"
                value={Some((*text).clone())} {error} unit="%" placeholder="e.g. 50" hint={AttrValue::from(hint)} />
            <SelectField bind={Binding { name: "dv_kind", on_input: on_kind }} label="The label is for"
                options={kinds} value={AttrValue::from(daily_value.id())} />
            if let (Some(c), Some(onclick)) = (conversion, apply) {
                <p class="dv-result" data-testid="dv-mg" data-mg={trimmed(c.mg, 2)}>
                    { format!("{} % of the Daily Value of {} mg is {} mg of magnesium. ",
                        trimmed(pct.unwrap_or_default(), 2), c.dv_mg, trimmed(c.mg, 2)) }
                    <SourceLinks ids={DV_SOURCES} />
                    <button type="button" class="button" data-testid="dv-apply" {onclick}>
                        { format!("Use {} mg as the amount", trimmed(c.mg, 2)) }
                    </button>
                </p>
            }
        </details>
    }
}
