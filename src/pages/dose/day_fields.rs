//! The day's anchors the schedule is built around.

use super::fields::Fields;
use super::group_contents::{self, Group};
use super::input_group::input_group;
use crate::state::Param;
use crate::widgets::controls::{Binding, TextField};
use mg_engine::clock::{Clock, Day};
use yew::prelude::*;

/// One anchor: its parameter, its label, and where its default time is.
type Anchor = (Param, &'static str, fn(&Day) -> Clock);

const ANCHORS: [Anchor; 3] = [
    (Param::Wake, "Wake up", |d| d.wake),
    (Param::Dinner, "Dinner", |d| d.dinner),
    (Param::Bedtime, "Bedtime", |d| d.bedtime),
];

pub fn day_fields(p: &Fields) -> Html {
    let fields = ANCHORS.iter().map(|(param, label, default)| {
        // A time box cannot show an invalid time, so it shows the default while the message
        // explains.
        let value = p
            .app
            .query
            .get(*param)
            .filter(|v| Clock::parse(v).is_some())
            .map_or_else(|| default(&Day::DEFAULT).format(), str::to_owned);
        html! {
            <TextField bind={Binding::param(&p.app, *param)} label={*label} kind="time" value={Some(value)}
                error={p.errors.message(*param)} />
        }
    });
    html! {
        { input_group(Group::Day, "Your day", &group_contents::day(&p.app.query), html! {
            <fieldset class="group times">
                <legend class="visually-hidden">{ "Your day" }</legend>
                { for fields }
            </fieldset>
        }) }
    }
}
