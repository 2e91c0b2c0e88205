//! The day's anchors the schedule is built around.

use super::FieldsProps as Props;
use crate::controls::TextField;
use mg_engine::clock::Day;
use yew::prelude::*;

/// A plain function rather than a component: each component adds its own copy of Yew's
/// lifecycle code to the wasm, and this one has no state of its own.
pub fn day_fields(p: &Props) -> Html {
    let q = &p.query;
    let d = Day::DEFAULT;
    // A time box cannot show an invalid time, so it shows the default while the message explains.
    let value = |name: &str, default: String| {
        Some(
            q.get(name)
                .filter(|v| mg_engine::clock::Clock::parse(v).is_some())
                .map_or(default, str::to_owned),
        )
    };
    html! {
        <fieldset class="group times">
            <legend>{ "Your day" }</legend>
            <TextField name="wake" label="Wake up" kind="time" value={value("wake", d.wake.format())} error={p.errors.get("wake")} on_param={p.on_param.clone()} />
            <TextField name="dinner" label="Dinner" kind="time" value={value("dinner", d.dinner.format())} error={p.errors.get("dinner")} on_param={p.on_param.clone()} />
            <TextField name="bedtime" label="Bedtime" kind="time" value={value("bedtime", d.bedtime.format())} error={p.errors.get("bedtime")} on_param={p.on_param.clone()} />
        </fieldset>
    }
}
