//! The planned daily dose: a number box and a slider, with the RLS range and upper limit marked.

use crate::platform::events::input_text;
use crate::state::{Action, AppHandle, Param};
use crate::widgets::controls::{Binding, TextField};
use crate::widgets::field_error::Errors;
use crate::widgets::format::{fixed, trimmed};
use mg_engine::decimal;
use yew::prelude::*;

/// The slider's scale, mg/day.
const SLIDER_MAX: f64 = 600.0;
/// One step above 0: the slider cannot produce an invalid 0 mg target.
const SLIDER_MIN: f64 = 10.0;

#[derive(Properties, PartialEq)]
pub struct TargetFieldProps {
    pub app: AppHandle,
    pub errors: Errors,
    pub rls_range: Option<(u16, u16)>,
    pub ul_mg: Option<u16>,
    /// What the limit is, named by its authority ("upper limit from supplements", "guidance
    /// level for adults (UK EVM 2003; …)").
    #[prop_or(AttrValue::Static("limit from supplements"))]
    pub ul_name: AttrValue,
    /// The target the app suggests while the field is empty (shown as its placeholder).
    pub suggested_mg: Option<f64>,
}

/// Where `mg` sits along the slider, in % of its length.
fn along(mg: f64) -> f64 {
    ((mg - SLIDER_MIN) / (SLIDER_MAX - SLIDER_MIN) * 100.0).clamp(0.0, 100.0)
}

/// A % of the slider's length as an SVG length (`12.5%`).
fn svg_pct(pct: f64) -> String {
    format!("{}%", fixed(pct, 2))
}

#[component]
pub fn TargetField(p: &TargetFieldProps) -> Html {
    let value = p.app.query.target.clone();
    // Empty field: the suggestion, or the slider's start when none can be made.
    let slider_value = value
        .as_deref()
        .and_then(|v| decimal::parse_input(v.trim()))
        .or(p.suggested_mg)
        .unwrap_or(SLIDER_MIN);
    let oninput = {
        let dispatcher = p.app.dispatcher();
        Callback::from(move |e: InputEvent| {
            dispatcher.dispatch(Action::Set(Param::Target, input_text(&e)))
        })
    };
    let marks = match (p.rls_range, p.ul_mg) {
        (Some((lo, hi)), ul) => format!(
            "RLS range {lo}–{hi} mg/day{}",
            ul.map(|u| format!("; {} {u} mg/day", p.ul_name))
                .unwrap_or_default()
        ),
        (None, Some(u)) => format!("Limit: {} {u} mg/day", p.ul_name),
        (None, None) => String::new(),
    };
    html! {
        <fieldset class="group">
            <legend>{ "Planned daily dose" }</legend>
            <TextField bind={Binding::param(&p.app, Param::Target)} label="Magnesium per day (elemental)" {value}
                error={p.errors.message(Param::Target)} unit="mg/day" optional=true
                placeholder={p.suggested_mg.map(|s| AttrValue::from(trimmed(s, 2)))}
                hint="Leave empty to use the suggested starting dose." />
            <div class="field slider">
                <label for="f-target-slider">{ "Adjust with the slider" }</label>
                <input id="f-target-slider" type="range" min={fixed(SLIDER_MIN, 0)} max={fixed(SLIDER_MAX, 0)} step="10"
                    value={trimmed(slider_value.min(SLIDER_MAX), 3)} aria-describedby="target-marks"
                    aria-valuetext={format!("{} mg per day", fixed(slider_value, 0))} {oninput} />
                // SVG geometry attributes rather than `style="left: …"`: the CSP then needs no
                // 'unsafe-inline' for style attributes at all.
                <svg class="scale" aria-hidden="true" focusable="false">
                    <rect class="track" width="100%" y="25%" height="50%" rx="4" />
                    if let Some((lo, hi)) = p.rls_range {
                        <rect class="band" x={svg_pct(along(f64::from(lo)))} width={svg_pct(along(f64::from(hi)) - along(f64::from(lo)))} y="25%" height="50%" rx="4" />
                    }
                    if let Some(u) = p.ul_mg {
                        <rect class="limit" x={svg_pct(along(f64::from(u)))} width="3" height="100%" />
                    }
                </svg>
                <p class="hint" id="target-marks">{ marks }</p>
            </div>
        </fieldset>
    }
}
