//! Every recorded day as a table (the chart's numbers for screen readers, and where a day is
//! edited or deleted), newest first. A missed day has no row: nothing is guessed.

use crate::widgets::format::mg;
use mg_engine::trial::{Date, Diary, Entry};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayTableProps {
    pub diary: Diary,
    pub on_edit: Callback<Date>,
    pub on_delete: Callback<Date>,
}

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

#[component]
pub fn DayTable(p: &DayTableProps) -> Html {
    let confirming = use_state(|| None::<Date>);
    if p.diary.is_empty() {
        return html! {};
    }
    let rows = p.diary.entries().iter().rev().map(|e| {
        let date = e.date();
        let label = format!("{} {date}", date.weekday().short_name());
        let on_edit = {
            let cb = p.on_edit.clone();
            Callback::from(move |_: MouseEvent| cb.emit(date))
        };
        let actions = if *confirming == Some(date) {
            let yes = {
                let (cb, confirming) = (p.on_delete.clone(), confirming.clone());
                Callback::from(move |_: MouseEvent| {
                    confirming.set(None);
                    cb.emit(date)
                })
            };
            let no = {
                let confirming = confirming.clone();
                Callback::from(move |_: MouseEvent| confirming.set(None))
            };
            html! {
                <>
                    <button type="button" class="link-button danger" data-testid="trial-delete-confirm" onclick={yes}
                        aria-label={format!("Yes, delete {date}")}>{ "Yes, delete" }</button>
                    <button type="button" class="link-button" onclick={no}>{ "Keep" }</button>
                </>
            }
        } else {
            let ask = {
                let confirming = confirming.clone();
                Callback::from(move |_: MouseEvent| confirming.set(Some(date)))
            };
            html! {
                <>
                    <button type="button" class="link-button" data-testid="trial-edit" onclick={on_edit}
                        aria-label={format!("Edit {date}")}>{ "Edit" }</button>
                    <button type="button" class="link-button" data-testid="trial-delete" onclick={ask}
                        aria-label={format!("Delete {date}")}>{ "Delete" }</button>
                </>
            }
        };
        html! {
            <tr data-testid="trial-day" data-date={date.to_string()}>
                <th scope="row">{ label }</th>
                <td>{ rating(e.symptoms()) }</td>
                <td>{ rating(e.sleep()) }</td>
                <td>{ magnesium(e) }</td>
                <td>{ if e.gi() { "yes" } else { "" } }</td>
                <td class="note-cell">{ e.note().to_owned() }</td>
                <td class="row-actions">{ actions }</td>
            </tr>
        }
    });
    html! {
        <section class="card" aria-labelledby="days-title">
            <h3 id="days-title">{ "Your days" }</h3>
            <div class="table-scroll" role="region" aria-labelledby="days-title" tabindex="0">
                <table class="days" data-testid="trial-table">
                    <caption class="visually-hidden">{ "Every recorded day, newest first: symptoms (0 none, 10 worst), sleep (10 best), magnesium taken, stomach upset, note" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Day" }</th>
                            <th scope="col">{ "Symptoms" }</th>
                            <th scope="col">{ "Sleep" }</th>
                            <th scope="col">{ "Magnesium" }</th>
                            <th scope="col">{ "Stomach upset" }</th>
                            <th scope="col">{ "Note" }</th>
                            <th scope="col"><span class="visually-hidden">{ "Actions" }</span></th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
