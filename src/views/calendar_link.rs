//! "Add to calendar": the schedule as a downloadable `.ics` file, built in the browser.

use super::ics::{calendar, data_url, Date, FirstWeek, Reminders};
use crate::platform::today::today;
use mg_engine::schedule::Schedule;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CalendarLinkProps {
    pub schedule: Schedule,
    /// The plan's lower first week, if it has one.
    #[prop_or_default]
    pub first_week: Option<FirstWeek>,
    /// Trial reviews and blood tests, at the wake time.
    pub reminders: Reminders,
    /// The first day of magnesium; today when not given. The Trial screen gives the day after
    /// its days without magnesium, so the doses and the reviews at weeks 6 and 8 follow them.
    #[prop_or_default]
    pub start: Option<Date>,
}

#[component]
pub fn CalendarLink(p: &CalendarLinkProps) -> Html {
    if p.schedule.items.is_empty() {
        return html! {};
    }
    let first_day = p.start.unwrap_or_else(today);
    let href = data_url(&calendar(
        &p.schedule,
        first_day,
        p.first_week,
        &p.reminders,
    ));
    html! {
        <p class="actions">
            <a class="button" data-testid="ics-link" {href} download="magnesium-schedule.ics">
                { "Add to calendar (.ics)" }
            </a>
            <span class="hint">{ if p.first_week.is_some() { " Daily reminders with an alarm, the lower first week included, and when to review your trial; the file is made on this device." } else { " Daily reminders with an alarm, and when to review your trial; the file is made on this device." }}
            if p.start.is_none() {
                <span class="hint">{ " Starting a trial with days without magnesium? Take the calendar from the Trial screen: there the doses start after them." }</span>
            }</span>
        </p>
    }
}
