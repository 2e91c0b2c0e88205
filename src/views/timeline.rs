//! The day from waking to bedtime: magnesium, iron and medicine entries with their spacing.

use crate::widgets::format::{data_num, mg};
use mg_engine::clock::Day;
use mg_engine::meds::{MedId, Spacing};
use mg_engine::plan::START_WEEKS;
use mg_engine::schedule::{Item, ItemKind, Schedule};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub schedule: Schedule,
    pub day: Day,
    pub has_plan: bool,
    /// The plan's first week is lower than the day shown.
    #[prop_or_default]
    pub starts_lower: bool,
}

fn spacing_text(s: Spacing) -> Option<String> {
    match s {
        Spacing::None => None,
        Spacing::EitherSide { hours } => Some(format!("keep magnesium at least {hours} h away")),
        Spacing::DrugBeforeOrAfter { before_h, after_h } => Some(format!(
            "take it ≥ {before_h} h before magnesium or ≥ {after_h} h after"
        )),
    }
}

/// How the time shown was found: given, usual, or moved to keep a medicine's window.
fn time_note(item: &Item) -> &'static str {
    match (item.time_assumed, item.moved) {
        (false, _) => "",
        (true, false) => " (usual time assumed)",
        (true, true) => " (time chosen to keep it apart from your other medicines)",
    }
}

pub fn describe(item: &Item, day: &Day) -> (String, Option<String>) {
    match item.kind {
        ItemKind::Magnesium { mg: amount, units } => {
            let u = units
                .map(|n| format!(" ({})", n.text()))
                .unwrap_or_default();
            let before_bed = day.length().saturating_sub(item.offset);
            let when = if item.with_dinner {
                "with dinner".to_string()
            } else if before_bed <= 180 {
                format!("{} before bed", hours(before_bed))
            } else {
                "with a meal or snack".to_string()
            };
            (format!("Magnesium {}{u}", mg(amount)), Some(when))
        }
        ItemKind::Iron => (
            format!("Iron{}", time_note(item)),
            spacing_text(MedId::Iron.med().spacing).map(|s| format!("with vitamin C; {s}")),
        ),
        ItemKind::Med(id) => {
            let m = id.med();
            (
                format!("{}{}", m.name, time_note(item)),
                spacing_text(m.spacing),
            )
        }
    }
}

fn hours(min: u16) -> String {
    match (min / 60, min % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

#[component]
pub fn Timeline(p: &TimelineProps) -> Html {
    if p.schedule.items.is_empty() && !p.has_plan {
        return html! {};
    }
    let render = |item: &Item| {
        let (what, note) = describe(item, &p.day);
        let (kind, med, amount) = match item.kind {
            ItemKind::Magnesium { mg: m, .. } => ("magnesium", None, Some(data_num(m))),
            ItemKind::Iron => ("iron", Some(MedId::Iron.id()), None),
            ItemKind::Med(id) => ("med", Some(id.id()), None),
        };
        html! {
            <li data-testid="schedule-item" data-time={item.time.format()} data-kind={kind} data-med={med} data-mg={amount}
                class={classes!("tl-item", format!("tl-{kind}"))}>
                <time>{ item.time.format() }</time>
                <span class="what">{ what }</span>
                if let Some(n) = note { <span class="note">{ format!(" — {n}") }</span> }
            </li>
        }
    };
    let (night, day): (Vec<&Item>, Vec<&Item>) =
        p.schedule.items.iter().partition(|i| i.at_night(&p.day));
    html! {
        <section class="card" aria-labelledby="tl-title">
            <h3 id="tl-title">{ "Your day" }</h3>
            if !p.schedule.conflict_with.is_empty() {
                <p class="notice caution">{ "No safe time for magnesium fits around these medicines: see the precautions above. Do not take the plan until a pharmacist has helped you fit it in." }</p>
            }
            <ol class="timeline">
                { for night.into_iter().map(render) }
                <li class="tl-anchor"><time>{ p.day.wake.format() }</time>{ " Wake up" }</li>
                { for day.into_iter().map(render) }
                <li class="tl-anchor"><time>{ p.day.bedtime.format() }</time>{ " Bedtime" }</li>
            </ol>
            if p.has_plan && p.schedule.conflict_with.is_empty() {
                <p class="hint">{ if p.starts_lower { format!("The full dose, from week {} on (before that: the plan's lower dose, once a day at the last magnesium time shown). Keep the same times every day.", START_WEEKS + 1) } else { "Keep the same times every day.".to_owned() } }</p>
            }
        </section>
    }
}
