//! The trigger profile: the person's answers about evening, rest, sitting and bedtime beside the
//! seed article's figures, as an inline SVG bar chart (role="img", title and description) with the
//! same data in a table.

use crate::widgets::source_links::SourceLinks;
use mg_engine::quiz::{TriggerBar, TRIGGER_SOURCE};
use mg_engine::source::SourceId;
use yew::prelude::*;

/// Bar length for 100 %, in SVG units; rows are `ROW` high below a legend `TOP` high.
const FULL: u32 = 230;
const ROW: u32 = 60;
const TOP: u32 = 30;
/// A bar's height, and where its value is written below its top.
const BAR: u32 = 14;
const TEXT_BELOW: u32 = 12;

const TITLE: &str = "Triggers: the seed article's figures and your answers";
const NOTE: &str = "The article gives these figures without naming a study; the evening figure is \
    a rise in intensity, the others are shares of people with RLS. Your bar is full for yes, half \
    for not sure and empty for no. ";
const SOURCES: &[SourceId] = &[TRIGGER_SOURCE];

fn answer_text(you: Option<u8>) -> &'static str {
    match you {
        Some(100) => "yes",
        Some(50) => "not sure",
        Some(_) => "no",
        None => "not answered",
    }
}

/// A bar at height `y` with its value written after it.
fn bar(y: u32, pct: u8, class: &'static str, label: String) -> Html {
    let width = FULL * u32::from(pct) / 100;
    html! {
        <>
            <rect x="0" y={y.to_string()} width={width.to_string()} height={BAR.to_string()} {class} />
            <text x={(width + 6).to_string()} y={(y + TEXT_BELOW).to_string()}>{ label }</text>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct TriggerChartProps {
    pub bars: Vec<TriggerBar>,
}

#[component]
pub fn TriggerChart(p: &TriggerChartProps) -> Html {
    let height = TOP + ROW * p.bars.len() as u32;
    let description: String = p
        .bars
        .iter()
        .map(|b| {
            format!(
                "{}: seed article {} %, your answer {}. ",
                b.label,
                b.seed_pct,
                answer_text(b.you_pct)
            )
        })
        .collect();
    let rows = p.bars.iter().zip((0..).map(|i| TOP + ROW * i)).map(|(b, y)| {
        html! {
            <g data-trigger={b.id}>
                <text x="0" y={(y + TEXT_BELOW).to_string()} class="row-label">{ b.label }</text>
                { bar(y + 18, b.seed_pct, "bar-seed", format!("{} %", b.seed_pct)) }
                { bar(y + 36, b.you_pct.unwrap_or(0), "bar-you", answer_text(b.you_pct).to_owned()) }
            </g>
        }
    });
    let table_rows = p.bars.iter().map(|b| {
        html! {
            <tr data-trigger={b.id}>
                <th scope="row">{ b.label }</th>
                <td data-value={b.seed_pct.to_string()}>{ format!("{} %", b.seed_pct) }</td>
                <td>{ answer_text(b.you_pct) }</td>
            </tr>
        }
    });
    html! {
        <figure class="card trigger-chart" data-testid="trigger-chart">
            <figcaption>
                <strong>{ "Your triggers beside the seed article's figures" }</strong>{ " " }
                <span class="note">{ NOTE }<SourceLinks ids={SOURCES} /></span>
            </figcaption>
            <svg class="chart" viewBox={format!("0 0 340 {height}")} role="img" aria-labelledby="tc-title tc-desc" focusable="false">
                <title id="tc-title">{ TITLE }</title>
                <desc id="tc-desc">{ description }</desc>
                <rect x="0" y="4" width="12" height="12" class="bar-seed" /><text x="18" y="15">{ "Seed article" }</text>
                <rect x="130" y="4" width="12" height="12" class="bar-you" /><text x="148" y="15">{ "Your answer" }</text>
                { for rows }
            </svg>
            <details>
                <summary>{ "Show the chart's data as a table" }</summary>
                // In a scroll region of its own: a narrow frame scrolls the table, not the page.
                <div class="table-scroll" role="region" aria-label="Trigger data" tabindex="0">
                    <table class="data-table" data-testid="trigger-table">
                        <caption>{ TITLE }</caption>
                        <thead><tr><th scope="col">{ "Trigger" }</th><th scope="col">{ "Seed article" }</th><th scope="col">{ "Your answer" }</th></tr></thead>
                        <tbody>{ for table_rows }</tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}
