//! The report for the clinician (`view=report`, docs/contract.md §5): one printable page with the
//! person's entries, the quiz result, lab values against their ranges, the plan and first week,
//! the day's timeline with medicine spacing, every finding with its source and, when a diary
//! exists on this device, the trial chart and verdict. "Copy as text" gives the same as plain
//! text. Print styles: styles/print.css.

pub mod summary;

use super::PageProps;
use crate::platform::today;
use crate::platform::{clipboard, document};
use crate::views::findings_list::FindingsList;
use crate::views::quiz_words::{headline, status};
use crate::views::timeline::Timeline;
use crate::views::trial_chart::trial_chart;
use crate::views::verdict_card::{stomach_advice_href, verdict_card};
use crate::widgets::format::data_num;
use crate::widgets::stored_diary::use_stored_diary;
use mg_engine::quiz::criterion_label;
use mg_engine::trial::chart as chart_data;
use mg_engine::trial::explain::days;
use mg_engine::validate;
use summary::Summary;
use yew::prelude::*;

#[component]
pub fn ReportPage(props: &PageProps) -> Html {
    let app = &props.app;
    let copied = use_state(|| None::<&'static str>);
    let (input, _) = validate(&app.query.raw_input());
    // In embed mode storage belongs to the blog: no diary there. Storage is read in an effect
    // and kept in state (read again when another tab changes it), never while rendering.
    let stored = use_stored_diary(!app.settings().embed);
    let stored = stored.get();
    let diary = stored.as_deref().and_then(|s| s.diary());
    let summary = Summary::build(
        &input,
        app.query.get(crate::state::Param::Quiz),
        diary,
        today::today(),
    );
    let eval = &summary.evaluation;

    let on_copy = {
        let (text, copied) = (summary.to_text(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (text, copied) = (text.clone(), copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(if clipboard::copy_text(&text).await {
                    "Copied: paste it into a message to your clinician."
                } else {
                    "This browser did not allow copying. Select the report and copy it by hand."
                }));
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| document::print());
    let quiz = &summary.quiz;
    html! {
        <section class="view view-report" aria-labelledby="view-title">
            <div class="report" data-testid="report">
                <h2 id="view-title">{ "Magnesium for restless legs: summary for my clinician" }</h2>
                <p class="muted report-meta">{ format!("Made on {} with the Magnesium & Restless Legs calculator, on this device. For information; not medical advice.", summary.made_on) }</p>
                <p class="actions-row report-actions">
                    <button type="button" class="button" onclick={on_print}>{ "Print or save as PDF" }</button>
                    <button type="button" class="link-button" data-testid="report-copy" onclick={on_copy}>{ "Copy as text" }</button>
                    if let Some(message) = *copied {
                        <span class="status" role="status" data-testid="report-copy-status">{ message }</span>
                    }
                </p>
                <div class="report-grid">
                    <section class="card" aria-labelledby="about-me-title">
                        <h3 id="about-me-title">{ "About me" }</h3>
                        <dl class="pairs">
                            { for summary.person.iter().map(|(k, v)| html! { <div><dt>{ k.clone() }</dt><dd>{ v.clone() }</dd></div> }) }
                        </dl>
                    </section>
                    <section class="card" aria-labelledby="report-quiz-title" data-testid="report-quiz"
                        data-outcome={quiz.outcome.id()} data-criteria-met={quiz.criteria_met.to_string()}>
                        <h3 id="report-quiz-title">{ "Restless legs questions" }</h3>
                        <p>{ format!("{} ({} of 5 essential criteria met)", headline(quiz.outcome).0, quiz.criteria_met) }</p>
                        <ul class="criteria">
                            { for quiz.criteria.iter().map(|(id, answer, met)| html! {
                                <li>{ format!("{}: {}", criterion_label(id), status(id, *answer, *met).1) }</li>
                            }) }
                        </ul>
                    </section>
                    <section class="card" aria-labelledby="plan-lines-title">
                        <h3 id="plan-lines-title">{ "Plan" }</h3>
                        <ul class="plan-lines">
                            { for summary.plan_lines().into_iter().enumerate().map(|(i, l)| {
                                // The first line is the daily dose: the Dose screen's hook.
                                let dose = eval.plan.as_ref().ok().filter(|_| i == 0);
                                html! {
                                    <li data-testid={dose.map(|_| "daily-dose")} data-mg={dose.map(|p| data_num(p.daily_mg))}>{ l }</li>
                                }
                            }) }
                        </ul>
                    </section>
                </div>
                <div class="report-plan">
                    <section class="card" aria-labelledby="labs-title">
                        <h3 id="labs-title">{ "Lab values" }</h3>
                        if summary.labs.is_empty() {
                            <p class="muted">{ "None entered." }</p>
                        } else {
                            <div class="table-scroll" role="region" aria-label="Table of lab values" tabindex="0">
                                <table class="labs">
                                    <thead><tr><th scope="col">{ "Test" }</th><th scope="col">{ "Value" }</th><th scope="col">{ "Compared with" }</th></tr></thead>
                                    <tbody>
                                    { for summary.labs.iter().map(|l| html! {
                                        <tr data-testid="report-lab" data-lab={l.id} data-value={data_num(l.number)}>
                                            <th scope="row">{ l.name }</th>
                                            <td>{ format!("{} — {}", l.value, l.status.label()) }</td>
                                            <td>{ l.range.clone() }</td>
                                        </tr>
                                    }) }
                                    </tbody>
                                </table>
                            </div>
                        }
                    </section>
                    <Timeline schedule={eval.schedule.clone()} day={input.day} has_plan={eval.plan.is_ok()}
                        starts_lower={eval.first_week.is_some()} />
                </div>
                <FindingsList findings={eval.findings.clone()} />
                if let Some((diary, verdict)) = summary.trial.clone() {
                    <section class="card report-trial" aria-labelledby="report-trial-title">
                        <h3 id="report-trial-title">{ format!("My trial: {} recorded", days(diary.len())) }</h3>
                        <div class="report-trial-body">
                            { trial_chart(&chart_data(&diary), "report-chart") }
                            { verdict_card(&verdict, &stomach_advice_href(app), &summary.trial_notes) }
                        </div>
                    </section>
                }
            </div>
        </section>
    }
}
