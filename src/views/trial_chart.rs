//! The trial chart: daily symptom and sleep ratings (0–10), the 7-day mean of symptoms, the
//! baseline and magnesium phases shaded and each dose marked, as SVG elements built with
//! `html!`; each series' marks are one `<path>` (up to a year of days is drawn: a few elements,
//! not one per day). The engine's `Chart` holds every value; this only maps them to
//! coordinates. The day table on the Trial screen gives screen readers the same numbers.

use mg_engine::decimal::fixed;
use mg_engine::trial::chart::MEAN_DAYS;
use mg_engine::trial::{Chart, Span};
use yew::prelude::*;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 230.0;
const LEFT: f64 = 30.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 8.0;
/// Room under the plot for the dose marks and the date labels.
const DOSE_BAND: f64 = 18.0;
const BOTTOM: f64 = DOSE_BAND + 22.0;
const RATING_MAX: f64 = 10.0;

struct Scale {
    days: usize,
}

impl Scale {
    fn plot_width(&self) -> f64 {
        WIDTH - LEFT - RIGHT
    }
    fn step(&self) -> f64 {
        self.plot_width() / self.days.max(1) as f64
    }
    /// The centre of day `i`.
    fn x(&self, i: usize) -> f64 {
        LEFT + (i as f64 + 0.5) * self.step()
    }
    fn y(&self, rating: f64) -> f64 {
        TOP + (RATING_MAX - rating) / RATING_MAX * (HEIGHT - TOP - BOTTOM)
    }
    fn plot_bottom(&self) -> f64 {
        HEIGHT - BOTTOM
    }
}

/// Coordinates to one decimal, through the engine's formatter (no float formatting in wasm).
fn n(x: f64) -> String {
    fixed(x, 1)
}

fn index_of(chart: &Chart, span: Span) -> (usize, usize) {
    let find = |d| chart.days.iter().position(|day| day.date == d).unwrap_or(0);
    (find(span.from), find(span.to))
}

fn phase_band(chart: &Chart, scale: &Scale, span: Option<Span>, phase: &'static str) -> Html {
    let Some(span) = span else { return html! {} };
    let (from, to) = index_of(chart, span);
    let x = LEFT + from as f64 * scale.step();
    let width = (to + 1 - from) as f64 * scale.step();
    html! {
        <rect class={classes!("phase", phase)} data-phase={phase} x={n(x)} y={n(TOP)}
              width={n(width)} height={n(scale.plot_bottom() - TOP)} />
    }
}

/// The mean line, broken where no day in the window is rated.
fn mean_lines(chart: &Chart, scale: &Scale) -> Html {
    let mut runs: Vec<Vec<String>> = vec![Vec::new()];
    for (i, day) in chart.days.iter().enumerate() {
        match (day.symptoms_mean, runs.last_mut()) {
            (Some(m), Some(run)) => run.push(format!("{},{}", n(scale.x(i)), n(scale.y(m)))),
            (None, Some(run)) if run.is_empty() => {}
            _ => runs.push(Vec::new()),
        }
    }
    runs.into_iter()
        .filter(|r| !r.is_empty())
        .map(|r| html! { <polyline class="mean" data-series="symptoms-mean" points={r.join(" ")} /> })
        .collect()
}

/// A series' marks as one `<path>` (`data-points` counts them): an element per mark made a
/// year of days slow to draw. `mark` writes one mark's path data at its place.
fn series<T>(
    series: &'static str,
    marks: impl Iterator<Item = T>,
    mut mark: impl FnMut(&mut String, T),
) -> Html {
    let (mut d, mut count) = (String::new(), 0usize);
    for m in marks {
        mark(&mut d, m);
        count += 1;
    }
    if count == 0 {
        return html! {};
    }
    html! { <path class={series} data-series={series} data-points={count.to_string()} {d} /> }
}

/// Path data: each command letter or separator followed by its number, to one decimal.
fn push_path(d: &mut String, parts: &[(&str, f64)]) {
    for (command, value) in parts {
        d.push_str(command);
        d.push_str(&n(*value));
    }
}

/// Symptoms as circles of radius 3 (two half arcs), sleep as squares of side 5.
fn points(chart: &Chart, scale: &Scale) -> Html {
    let days = || chart.days.iter().enumerate();
    let at = |i: usize, rating: u8| (scale.x(i), scale.y(f64::from(rating)));
    let symptoms = days().filter_map(|(i, day)| day.symptoms.map(|s| at(i, s)));
    let sleep = days().filter_map(|(i, day)| day.sleep.map(|s| at(i, s)));
    let circle = |d: &mut String, (x, y): (f64, f64)| {
        push_path(d, &[("M", x - 3.0), (",", y)]);
        d.push_str("a3,3 0 1,0 6,0a3,3 0 1,0 -6,0");
    };
    let square = |d: &mut String, (x, y): (f64, f64)| {
        push_path(d, &[("M", x - 2.5), (",", y - 2.5)]);
        d.push_str("h5v5h-5z");
    };
    html! {
        <>
            { series("symptoms", symptoms, circle) }
            { series("sleep", sleep, square) }
        </>
    }
}

/// A bar under the plot for each day with magnesium, its height by the amount.
fn doses(chart: &Chart, scale: &Scale) -> Html {
    let max = chart.max_magnesium_mg.unwrap_or(0.0);
    if max <= 0.0 {
        return html! {};
    }
    let width = (scale.step() * 0.7).clamp(1.0, 8.0);
    let base = scale.plot_bottom() + DOSE_BAND;
    let bars = chart
        .days
        .iter()
        .enumerate()
        .filter_map(|(i, day)| day.magnesium_mg.filter(|mg| *mg > 0.0).map(|mg| (i, mg)));
    series("dose", bars, |d, (i, amount)| {
        let h = (amount / max * (DOSE_BAND - 4.0)).max(2.0);
        let x = scale.x(i) - width / 2.0;
        push_path(
            d,
            &[
                ("M", x),
                (",", base - h),
                ("h", width),
                ("v", h),
                ("h", -width),
            ],
        );
        d.push('z');
    })
}

fn axes(chart: &Chart, scale: &Scale) -> Html {
    let grid = [0.0, 5.0, 10.0].into_iter().map(|r| {
        let y = n(scale.y(r));
        html! {
            <>
                <line class="grid" x1={n(LEFT)} x2={n(WIDTH - RIGHT)} y1={y.clone()} y2={y.clone()} />
                <text class="axis-label" x={n(LEFT - 6.0)} y={n(scale.y(r) + 4.0)} text-anchor="end">{ fixed(r, 0) }</text>
            </>
        }
    });
    let label_y = n(HEIGHT - 4.0);
    let first = chart.days.first().map(|d| d.date.to_string());
    let last = chart.days.last().map(|d| d.date.to_string());
    html! {
        <>
            { for grid }
            if let Some(first) = first {
                <text class="axis-label" x={n(LEFT)} y={label_y.clone()} text-anchor="start">{ first }</text>
            }
            if let Some(last) = last.filter(|_| chart.days.len() > 1) {
                <text class="axis-label" x={n(WIDTH - RIGHT)} y={label_y} text-anchor="end">{ last }</text>
            }
        </>
    }
}

/// A one-sentence summary for the chart's description.
fn description(chart: &Chart) -> String {
    let rated = chart.days.iter().filter(|d| d.symptoms.is_some()).count();
    let span = match (chart.days.first(), chart.days.last()) {
        (Some(a), Some(b)) => format!("from {} to {}", a.date, b.date),
        _ => String::new(),
    };
    let on = chart
        .magnesium
        .map(|s| format!(" Magnesium from {}.", s.from))
        .unwrap_or_default();
    format!(
        "{rated} rated days {span}. Circles: symptoms (0 none, 10 worst); squares: sleep (10 best); \
         line: {MEAN_DAYS}-day mean of symptoms; bars at the bottom: magnesium taken.{on} The same \
         numbers are in the table below."
    )
}

/// The SVG chart. `role=img` with a title and a description; the numbers are in the table.
/// `id` keeps the ids of two charts apart.
pub fn trial_chart(chart: &Chart, id: &str) -> Html {
    if chart.days.is_empty() {
        return html! {};
    }
    let scale = Scale {
        days: chart.days.len(),
    };
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    html! {
        <figure class="trial-chart">
            <svg data-testid="trial-chart" role="img" viewBox={format!("0 0 {} {}", n(WIDTH), n(HEIGHT))}
                 aria-labelledby={format!("{title_id} {desc_id}")} preserveAspectRatio="xMidYMid meet">
                <title id={title_id}>{ "Your trial: symptoms and sleep, day by day" }</title>
                <desc id={desc_id}>{ description(chart) }</desc>
                { phase_band(chart, &scale, chart.baseline, "baseline") }
                { phase_band(chart, &scale, chart.magnesium, "magnesium") }
                { axes(chart, &scale) }
                { mean_lines(chart, &scale) }
                { points(chart, &scale) }
                { doses(chart, &scale) }
            </svg>
            <figcaption class="chart-legend">
                <span class="key baseline">{ "Baseline (no magnesium)" }</span>
                <span class="key magnesium">{ "On magnesium" }</span>
                <span class="key symptoms">{ "Symptoms, 0 none – 10 worst" }</span>
                <span class="key sleep">{ "Sleep, 10 best" }</span>
                <span class="key mean">{ format!("{MEAN_DAYS}-day mean of symptoms") }</span>
                <span class="key dose">{ "Magnesium taken" }</span>
                if chart.clipped {
                    <span>{ "Only the latest days are drawn." }</span>
                }
            </figcaption>
        </figure>
    }
}
