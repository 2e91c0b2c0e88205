//! The recorded days as a table (the chart's numbers for screen readers, and where a day is
//! edited or deleted), newest first: the last four weeks' worth of rows, and "Show older days"
//! for more, so a diary of years draws only what is looked at. A missed day has no row: nothing
//! is guessed.

use super::state::{Act, Msg};
use crate::widgets::format::mg;
use mg_engine::trial::{Date, Diary, Entry};
use yew::prelude::*;

fn rating(x: Option<u8>) -> String {
    x.map_or_else(|| "–".into(), |x| x.to_string())
}

fn magnesium(e: &Entry) -> String {
    match e.magnesium_mg() {
        Some(x) if x > 0.0 => mg(x),
        Some(_) => "none".into(),
        None => "–".into(),
    }
}

/// `confirming`: the day whose Delete waits for "Yes, delete"; `shown`: how many rows, newest
/// first; `failed`: the message beside "Yes, delete" when deleting did not reach storage.
pub fn day_table(
    diary: &Diary,
    confirming: Option<Date>,
    shown: usize,
    failed: Html,
    act: &Callback<Act>,
) -> Html {
    if diary.is_empty() {
        return html! {};
    }
    let older = diary.len().saturating_sub(shown);
    let rows = diary.entries().iter().rev().take(shown).map(|e| {
        let date = e.date();
        let actions = if confirming == Some(date) {
            html! {
                <>
                    <button type="button" class="link-button danger" data-testid="trial-delete-confirm"
                        onclick={act.reform(move |_| Act::Delete(date))} aria-label={format!("Yes, delete {date}")}>{ "Yes, delete" }</button>
                    <button type="button" class="link-button" onclick={act.reform(|_| Act::Ui(Msg::AskDelete(None)))}>{ "Keep" }</button>
                    { failed.clone() }
                </>
            }
        } else {
            html! {
                <>
                    <button type="button" class="link-button" data-testid="trial-edit"
                        onclick={act.reform(move |_| Act::Edit(date))} aria-label={format!("Edit {date}")}>{ "Edit" }</button>
                    <button type="button" class="link-button" data-testid="trial-delete"
                        onclick={act.reform(move |_| Act::Ui(Msg::AskDelete(Some(date))))} aria-label={format!("Delete {date}")}>{ "Delete" }</button>
                </>
            }
        };
        html! {
            <tr data-testid="trial-day" data-date={date.to_string()}>
                <th scope="row">{ format!("{} {date}", date.weekday().short_name()) }</th>
                <td class="row-actions">{ actions }</td>
                <td>{ rating(e.symptoms()) }</td>
                <td>{ rating(e.sleep()) }</td>
                <td>{ magnesium(e) }</td>
                <td>{ if e.gi() { "yes" } else { "" } }</td>
                <td class="note-cell">{ e.note().to_owned() }</td>
            </tr>
        }
    });
    html! {
        <section class="card" aria-labelledby="days-title">
            <h3 id="days-title">{ "Your days" }</h3>
            // Edit and Delete come right after the day, so a phone shows them without scrolling.
            <div class="table-scroll" role="region" aria-label="Table of your days" tabindex="0">
                <table class="days" data-testid="trial-table">
                    <caption class="visually-hidden">{ format!("{}, newest first: symptoms (0 none, 10 worst), sleep (10 best), magnesium taken, stomach upset, note", if older > 0 { format!("The {} most recent recorded days of {}", diary.len() - older, diary.len()) } else { "Every recorded day".to_owned() }) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Day" }</th>
                            <th scope="col"><span class="visually-hidden">{ "Actions" }</span></th>
                            <th scope="col">{ "Symptoms" }</th>
                            <th scope="col">{ "Sleep" }</th>
                            <th scope="col">{ "Magnesium" }</th>
                            <th scope="col">{ "Stomach upset" }</th>
                            <th scope="col">{ "Note" }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if older > 0 {
                <p class="actions-row">
                    <button type="button" class="link-button" data-testid="trial-more-days"
                        onclick={act.reform(|_| Act::Ui(Msg::MoreRows))}>{ "Show older days" }</button>
                    <span class="hint">{ format!("{} more not shown", match older { 1 => "1 day".to_owned(), n => format!("{n} days") }) }</span>
                </p>
            }
        </section>
    }
}
