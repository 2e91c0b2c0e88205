//! "Add to calendar": the schedule as a downloadable `.ics` file, built in the browser.

use crate::ics::{calendar, data_url, Date, FirstWeek};
use mg_engine::schedule::Schedule;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub schedule: Schedule,
    /// The plan's lower first week, if it has one.
    #[prop_or_default]
    pub first_week: Option<FirstWeek>,
}

fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date {
        year: d.get_full_year() as i32,
        month: d.get_month() + 1,
        day: d.get_date(),
    }
}

/// A plain function rather than a component: each component adds its own copy of Yew's
/// lifecycle code to the wasm, and this one has no state of its own.
pub fn calendar_link(p: &Props) -> Html {
    if p.schedule.items.is_empty() {
        return html! {};
    }
    let href = data_url(&calendar(&p.schedule, today(), p.first_week));
    html! {
        <p class="actions">
            <a class="button" data-testid="ics-download" {href} download="magnesium-schedule.ics">
                { "Add to calendar (.ics)" }
            </a>
            <span class="hint">{ if p.first_week.is_some() { " Daily repeating reminders, the lower first week included; the file is made on this device." } else { " Daily repeating reminders; the file is made on this device." }}</span>
        </p>
    }
}
