//! The comparison table of all forms: sortable headers, filters, the person's form marked.
//! Rendered from `COLUMNS`, one code path for every column.

use super::columns::{Kind, SortBy, COLUMNS};
use super::filters::{self, filter_fields};
use crate::state::{Action, AppHandle, Param};
use crate::widgets::field_error::field_error;
use crate::widgets::format::{pct, pct_value};
use crate::widgets::source_links::SourceLinks;
use mg_engine::forms::{Form, FormId, FORMS};
use mg_engine::region::Region;
use std::rc::Rc;
use yew::prelude::*;

fn cell(kind: Kind, f: &'static Form, current: bool, region: Region) -> Html {
    match kind {
        Kind::Name => html! {
            <>
                <span class="form-name">{ f.name }</span>
                if current { <span class="badge">{ "Your form" }</span> }
                <span class="compound">{ format!("Assumes {} ({})", f.compound, f.formula) }</span>
            </>
        },
        Kind::Pct => pct(f.elemental_pct()).into(),
        Kind::Rating(rating) => rating(f).label.into(),
        Kind::Text(text) => text(f, region).into(),
        Kind::Sources => html! { <SourceLinks ids={f.sources} /> },
    }
}

/// Sorting by column `col`: flips the current order of that column, else starts a new one.
fn sort_by(col: usize) -> Action {
    Action::Update(
        Param::Sort,
        Rc::new(move |current: &str| SortBy::next(SortBy::parse(Some(current)).0, col).param()),
    )
}

#[derive(Properties, PartialEq)]
pub struct FormsTableProps {
    pub app: AppHandle,
    /// The person's form (marked).
    pub current: FormId,
    /// Whose supplemental limit the typical doses are set against.
    pub region: Region,
}

/// The table with its filters.
#[component]
pub fn FormsTable(p: &FormsTableProps) -> Html {
    let q = &p.app.query;
    let (sort, sort_error) = SortBy::parse(q.get(Param::Sort));
    let (on, filter_error) = filters::parse(q.get(Param::Filter));
    let mut rows: Vec<&'static Form> = FORMS
        .iter()
        .filter(|f| on.iter().all(|filter| filter.keeps(f)))
        .collect();
    if let Some(s) = sort {
        s.apply(&mut rows, p.region);
    }
    let status = format!(
        "Showing {} of {} forms{}.",
        rows.len(),
        FORMS.len(),
        sort.map(|s| format!(", sorted by “{}” ({})", COLUMNS[s.col].label, s.aria()))
            .unwrap_or_default()
    );

    let headers = COLUMNS.iter().enumerate().map(|(i, c)| {
        let aria_sort = sort.filter(|s| s.col == i).map_or("none", |s| s.aria());
        let onclick = {
            let dispatcher = p.app.dispatcher();
            Callback::from(move |_: MouseEvent| dispatcher.dispatch(sort_by(i)))
        };
        let arrow = match aria_sort {
            "ascending" => "▲",
            "descending" => "▼",
            _ => "↕",
        };
        html! {
            <th scope="col" data-col={c.id} aria-sort={aria_sort}>
                <button type="button" class="sort" {onclick}>{ c.label }<span aria-hidden="true">{ arrow }</span></button>
            </th>
        }
    });
    let body = rows.iter().map(|f| {
        let current = f.id == p.current;
        let cells = COLUMNS.iter().map(|c| {
            let value = matches!(c.kind, Kind::Pct).then(|| pct_value(f.elemental_pct()));
            let content = cell(c.kind, f, current, p.region);
            if matches!(c.kind, Kind::Name) {
                html! { <th scope="row" data-col={c.id}>{ content }</th> }
            } else {
                // `data-label`: the column's name above the value when the rows are cards
                // (phones, styles/forms.css).
                html! { <td data-col={c.id} data-value={value} data-label={c.label}>{ content }</td> }
            }
        });
        html! {
            <tr key={f.id_str} data-form={f.id_str} class={classes!(current.then_some("current"))}
                aria-current={current.then_some("true")}>{ for cells }</tr>
        }
    });

    html! {
        <div class="forms-table-section">
            { filter_fields(&p.app, &on, filter_error) }
            if let Some(error) = sort_error { { field_error(&error, None) } }
            <p class="note">{ "Magnesium by weight is computed from each compound’s formula. Headings with arrows sort the table; on a phone each form is a card, sorted by the same buttons." }</p>
            <p class="note" role="status">{ status }</p>
            <div class="table-scroll" role="region" aria-labelledby="forms-caption" tabindex="0">
                <table class="forms-table" data-testid="forms-table">
                    <caption id="forms-caption">{ "Magnesium forms side by side" }</caption>
                    <thead><tr>{ for headers }</tr></thead>
                    <tbody>
                        { for body }
                        if rows.is_empty() {
                            <tr><td colspan={COLUMNS.len().to_string()}>{ "No form meets all the chosen filters." }</td></tr>
                        }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
