//! The Trial screen (`view=trial`): the person's own magnesium trial. Opt-in — nothing is stored
//! until "Start a trial" (or an import). A short baseline without magnesium, then the plan, a
//! few seconds of rating each morning, and the engine's verdict with a chart. The diary lives
//! on this device only (`crate::diary`, `crate::platform::diary_storage`); in embed mode the
//! trial is not offered, since storage there would belong to the blog.

pub mod blocked;
pub mod day_table;
pub mod entry_form;
pub mod form;
pub mod start_card;
pub mod state;
pub mod transfer;

use super::PageProps;
use crate::diary::file::{decode_bytes, export, export_name};
use crate::diary::stored::{self, Change, Loaded};
use crate::diary::{inputs, Skipped, TrialSettings};
use crate::platform::{diary_storage, document, download, today, url};
use crate::state::{Action, AppHandle, Param};
use crate::views::calendar_link::CalendarLink;
use crate::views::ics;
use crate::views::trial_chart::trial_chart;
use crate::views::verdict_card::{stomach_advice_href, verdict_card};
use crate::widgets::stored_diary::{use_stored_diary, Stored, StoredDiaryHandle};
use blocked::blocked_panel;
use day_table::day_table;
use entry_form::{entry_form, FormView};
use form::{asks_amount, conflict, last_recorded_mg, prefill_mg, Form};
use mg_engine::decimal;
use mg_engine::plan::Plan;
use mg_engine::reminders::blood_test_reminder;
use mg_engine::trial::explain::trial_lead;
use mg_engine::trial::phase::SUGGESTED_BASELINE_DAYS;
use mg_engine::trial::{
    chart as chart_data, to_csv, verdict, AmountProblem, Date, Diary, Entry, TrialPlan, TrialRules,
};
use mg_engine::{evaluate, validate, Evaluation, Input};
use start_card::{start_card, symptom_diary_card};
use state::{Act, Control, Msg, Pending, Ui, WRITE_FAILED_ID};
use std::borrow::Cow;
use std::rc::Rc;
use transfer::{transfer, Failed};
use yew::prelude::*;

/// An imported diary without the days after `today` (a morning entry is about a day that has
/// passed, as the form requires too); each one is reported with the unreadable entries.
fn without_future_days(
    diary: Diary,
    mut skipped: Vec<Skipped>,
    today: Date,
) -> (Diary, Vec<Skipped>) {
    let (past, future): (Vec<Entry>, Vec<Entry>) = diary
        .entries()
        .iter()
        .cloned()
        .partition(|e| e.date() <= today);
    skipped.extend(future.iter().map(|e| Skipped {
        position: 0,
        date: Some(e.date().to_string()),
        problems: vec![format!(
            "dated after today ({today}); a day is rated the morning after."
        )],
    }));
    (Diary::from_entries(past).0, skipped)
}

/// Messages about what is stored; `None` when all is well.
fn storage_notice(stored: &Stored) -> Option<Html> {
    let text = match &stored.loaded {
        Loaded::Unreadable(e) => format!(
            "What this device holds for the trial could not be read: {} It is kept aside, never deleted, when you save something new.",
            e.message()
        ),
        Loaded::Newer { version } => format!(
            "Your diary was saved by a newer version of this app (diary version {version}). Reload the page to update the app; nothing is changed here until then."
        ),
        Loaded::Diary(d) if !d.skipped.is_empty() => {
            let n = d.skipped.len();
            let items = d.skipped.iter().map(|s| html! { <li>{ s.describe() }</li> });
            return Some(html! {
                <div class="notice caution" data-testid="trial-storage-notice" role="status">
                    <p>{ format!("{n} stored {} could not be read and {} left out of the chart and verdict. {} kept on this device as {}:",
                        if n == 1 { "entry" } else { "entries" }, if n == 1 { "is" } else { "are" },
                        if n == 1 { "It is" } else { "They are" }, if n == 1 { "it is" } else { "they are" }) }</p>
                    <ul>{ for items }</ul>
                </div>
            });
        }
        Loaded::Nothing if !stored.available => "This browser does not let the app store anything on this device (for example in a private window), so a trial cannot be kept here.".to_owned(),
        _ => return None,
    };
    Some(
        html! { <p class="notice caution" data-testid="trial-storage-notice" role="status">{ text }</p> },
    )
}

/// The message beside `control` when its write did not reach storage; focus moves to it.
fn write_failed(ui: &Ui, control: Control) -> Html {
    if ui.write_failed != Some(control) {
        return html! {};
    }
    let text = match control {
        Control::Start => "Not started: this browser's storage for the site is full or blocked, so nothing could be kept.",
        Control::Save => "Not saved: this browser's storage for the site is full or blocked. Your entry is still in the form; download the diary to keep a copy.",
        Control::Merge => "Not merged: this browser's storage for the site is full or blocked; nothing was changed.",
        Control::DeleteAll | Control::Delete(_) => "Not deleted: this browser's storage for the site could not be changed.",
    };
    html! {
        <p class="field-error" id={WRITE_FAILED_ID} tabindex="-1" role="alert"
            data-testid="trial-write-failed" data-control={control.id()}>{ text }</p>
    }
}

/// The calendar file for this trial: doses from the first day with magnesium (after the days
/// without it), so the reviews at weeks 6 and 8 fall where the verdict can be judged.
fn trial_calendar(
    t: TrialSettings,
    plan: &Plan,
    today: Date,
    input: &Input,
    eval: &Evaluation,
) -> Html {
    // The trial's own first day with magnesium, even when it has passed: the calendar then shows
    // the days already under way, and the reviews stay at weeks 6 and 8 of the trial.
    let first = TrialPlan::from_plan(t.start, t.baseline_days, plan)
        .first_magnesium_day()
        .unwrap_or(t.start);
    let when = if first > today {
        format!("Magnesium starts on {first}.")
    } else {
        format!("Magnesium started on {first}.")
    };
    let reminders = ics::Reminders {
        at: input.day.wake,
        blood_test: blood_test_reminder(&eval.findings),
    };
    html! {
        <section class="card" aria-labelledby="trial-calendar-title" data-testid="trial-calendar">
            <h3 id="trial-calendar-title">{ "Reminders for this trial" }</h3>
            <p>{ when }{ " The calendar's doses, and its reviews at weeks 6 and 8, count from that day." }</p>
            <CalendarLink schedule={eval.schedule.clone()} first_week={eval.first_week.map(|s| (s.mg, s.units))}
                {reminders} start={Some(first)} />
        </section>
    }
}

/// In embed mode: a way to the full app instead of the trial.
fn embed_offer(app: &AppHandle) -> Html {
    let full = app.query.with(Param::Embed, "0");
    let href = url::page_url(&full.to_search());
    html! {
        <section class="view view-trial" aria-labelledby="view-title">
            <h2 id="view-title">{ "Is magnesium working for you?" }</h2>
            <p>{ "The trial diary keeps your morning ratings on your own device, so it works in the full app only." }</p>
            <p>
                <a class="button" {href} target="_blank" rel="noopener" data-testid="trial-full-app">
                    { "Open the trial in the full app" }<span class="visually-hidden">{ " (opens in a new tab)" }</span>
                </a>
            </p>
        </section>
    }
}

/// Does what the person asked (storage work first), then tells the screen's state.
struct Handler {
    ui: UseReducerHandle<Ui>,
    stored: StoredDiaryHandle,
    /// The reading this render shows.
    now: Option<Rc<Stored>>,
    trial: Option<TrialSettings>,
    plan: Option<Plan>,
    /// A finding rules out magnesium: a symptom diary without it.
    blocked: bool,
    rules: Rc<TrialRules>,
    today: Date,
    focus: NodeRef,
    /// The Dose entries, carried by the JSON export (`inputs`).
    query: crate::state::Query,
    /// For restoring the Dose entries an import carries.
    app: AppHandle,
}

/// The diary of a reading (an empty one when none is stored), not copied.
fn diary_of(stored: Option<&Stored>) -> Cow<'_, Diary> {
    stored
        .and_then(Stored::diary)
        .map_or_else(|| Cow::Owned(Diary::new()), Cow::Borrowed)
}

/// The form for `date` as `diary` stands.
fn form_for(
    date: Date,
    diary: &Diary,
    blocked: bool,
    trial: Option<TrialSettings>,
    plan: Option<&Plan>,
) -> Form {
    let last = last_recorded_mg(diary, date);
    Form::for_date(date, diary, prefill_mg(blocked, trial, plan, date, last))
}

/// What the trial's rules say about the amount typed in the form.
fn amount_note(rules: &TrialRules, typed: &str) -> Option<(&'static str, String)> {
    let mg = decimal::parse(&typed.trim().replace(',', "."))?;
    rules.amount_problem(mg).map(|p| {
        let kind = match p {
            AmountProblem::AboveLimit { .. } => "above-limit",
            AmountProblem::WhileBlocked { .. } => "blocked",
        };
        (kind, p.message())
    })
}

impl Handler {
    fn with_diary<T>(&self, f: impl FnOnce(&Diary) -> T) -> T {
        f(&diary_of(self.now.as_deref()))
    }

    /// Re-reads what is stored, changes only what `change` is about, writes it back; reads
    /// storage again for the screen. `None` (and the failure beside `control`) when the write
    /// did not reach storage.
    fn write(&self, change: Change, control: Control) -> Option<Rc<Stored>> {
        let current = diary_storage::read();
        let ok = match stored::apply(current.as_deref(), &change) {
            Ok(w) => {
                let aside = w.set_aside.as_deref().is_none_or(diary_storage::set_aside);
                if current.is_none() {
                    diary_storage::request_persistence();
                }
                aside && diary_storage::write(&w.text)
            }
            Err(_) => false,
        };
        let now = self.stored.refresh();
        if ok {
            Some(now)
        } else {
            self.ui.dispatch(Msg::WriteFailed(control));
            None
        }
    }

    fn form_after(&self, now: &Stored, date: Date) -> Form {
        let trial = match &now.loaded {
            Loaded::Diary(d) => d.trial,
            _ => None,
        };
        form_for(
            date,
            &diary_of(Some(now)),
            self.blocked,
            trial,
            self.plan.as_ref(),
        )
    }

    /// Writes the confirmed entries and says how many; whether they reached storage.
    fn merge(&self, entries: Vec<Entry>, trial: Option<TrialSettings>) -> bool {
        let n = entries.len();
        let Some(now) = self.write(Change::Confirmed(entries, trial), Control::Merge) else {
            return false;
        };
        self.ui.dispatch(Msg::CancelImport);
        let form = self.form_after(&now, self.today);
        self.ui.dispatch(Msg::Done(
            format!(
                "Imported: {n} {} added or updated.",
                if n == 1 { "day" } else { "days" }
            ),
            Some(form),
        ));
        true
    }

    fn handle(&self, act: Act) {
        let today = self.today;
        match act {
            Act::Ui(msg) => self.ui.dispatch(msg),
            Act::Start => {
                // While magnesium is ruled out: a symptom diary, with no plan and no baseline
                // phase (every day is without magnesium).
                let baseline_days = if self.blocked || self.ui.skip_baseline {
                    0
                } else {
                    SUGGESTED_BASELINE_DAYS
                };
                let settings = TrialSettings {
                    start: today,
                    baseline_days,
                    planned_mg: self.plan.as_ref().filter(|_| !self.blocked).map(|p| {
                        let t = TrialPlan::from_plan(today, baseline_days, p);
                        (t.start_low_mg, t.full_mg)
                    }),
                };
                if let Some(now) = self.write(Change::Start(settings), Control::Start) {
                    let form = form_for(
                        today,
                        &diary_of(Some(&now)),
                        self.blocked,
                        Some(settings),
                        self.plan.as_ref(),
                    );
                    let said = if self.blocked {
                        "Your symptom diary has started."
                    } else {
                        "Your trial has started."
                    };
                    self.ui.dispatch(Msg::Done(said.into(), Some(form)));
                }
            }
            Act::Date(text) => {
                let (blocked, trial, plan) = (self.blocked, self.trial, self.plan.as_ref());
                let form = self.with_diary(|diary| {
                    let mg = Date::parse(&text).ok().and_then(|d| {
                        prefill_mg(blocked, trial, plan, d, last_recorded_mg(diary, d))
                    });
                    self.ui.form.with_date(&text, diary, mg)
                });
                self.ui.dispatch(Msg::Form(form));
            }
            Act::Save | Act::SaveOver => match self.ui.form.to_entry(today) {
                Ok(entry) => {
                    let date = entry.date();
                    let has_amount = entry.magnesium_mg().is_some();
                    let problem = entry
                        .magnesium_mg()
                        .and_then(|mg| self.rules.amount_problem(mg));
                    // Re-read: another window may have saved this day since the form was filled.
                    let stored_now = Stored::read().diary().and_then(|d| d.get(date).cloned());
                    if let (Act::Save, Some(other)) =
                        (&act, conflict(&self.ui.form, stored_now.as_ref()))
                    {
                        self.ui.dispatch(Msg::Conflict(other));
                        return;
                    }
                    if let Some(now) = self.write(Change::Put(entry), Control::Save) {
                        // Next: the following day, up to today (catching up on missed mornings).
                        let next = date.add_days(1).filter(|d| *d <= today).unwrap_or(today);
                        let form = self.form_after(&now, next);
                        // A day without the amount counts for neither phase of the verdict: say so.
                        let mut said = match has_amount {
                            true => format!("Saved {date}."),
                            false => format!(
                                "Saved {date}, without the amount of magnesium: the verdict counts \
                                 only days with an amount (0 if you took none). Edit the day to add it."
                            ),
                        };
                        if let Some(p) = problem {
                            said = format!("{said} {}", p.message());
                        }
                        self.ui.dispatch(Msg::Done(said, Some(form)));
                    }
                }
                Err(errors) => self.ui.dispatch(Msg::Invalid(errors)),
            },
            Act::Edit(date) => {
                if let Some(form) = self.with_diary(|d| d.get(date).map(Form::from_entry)) {
                    self.ui.dispatch(Msg::Form(form));
                    document::focus(&self.focus);
                }
            }
            Act::Delete(date) => {
                if self
                    .write(Change::Delete(date), Control::Delete(date))
                    .is_some()
                {
                    self.ui
                        .dispatch(Msg::Done(format!("Deleted {date}."), None));
                }
            }
            Act::FileRead(name, bytes) => {
                self.ui.dispatch(Msg::Chosen(name));
                match bytes.as_deref().map(decode_bytes) {
                    None => self
                        .ui
                        .dispatch(Msg::ImportError("The file could not be read.".into())),
                    Some(Err(e)) => self.ui.dispatch(Msg::ImportError(e.message())),
                    Some(Ok(decoded)) => {
                        let (diary, skipped) =
                            without_future_days(decoded.diary, decoded.skipped, today);
                        let preview = self.with_diary(|d| d.merge(&diary));
                        self.ui.dispatch(Msg::Pending(Pending {
                            preview,
                            skipped,
                            repeated: decoded.repeated,
                            trial: decoded.trial,
                            problems: decoded.problems,
                            inputs: decoded.inputs,
                        }))
                    }
                }
            }
            Act::Merge | Act::MergeResolve(_) => {
                let Some(p) = self.ui.pending.clone() else {
                    return;
                };
                // The diary as stored now, not as it was when the preview was made: a day saved
                // since then (here or in another tab) is never overwritten without asking.
                let check = stored::check_merge(diary_storage::read().as_deref(), &p.preview);
                let entries = match act {
                    Act::MergeResolve(true) => check
                        .write
                        .into_iter()
                        .chain(check.conflicts.into_iter().map(|c| c.incoming))
                        .collect(),
                    Act::MergeResolve(false) => check.write,
                    _ if !check.conflicts.is_empty() => {
                        self.ui.dispatch(Msg::MergeConflicts(check.conflicts));
                        return;
                    }
                    _ => check.write,
                };
                if self.merge(entries, p.trial) {
                    // A second device: the file's Dose entries where this page holds none, so
                    // the plan and the report are the same as on the first.
                    if let Some(query) = inputs::restore(&self.query, p.inputs.as_deref()) {
                        self.app.dispatch(Action::FromAddressBar(query.to_search()));
                    }
                }
            }
            Act::ExportJson => {
                let text = self.with_diary(|d| export(d, self.trial, Some(&self.query)));
                download::download_text(&export_name(today, "json"), "application/json", &text);
            }
            Act::ExportCsv => {
                // A byte-order mark, so spreadsheet programs read the notes as UTF-8.
                let text = self.with_diary(|d| format!("\u{FEFF}{}", to_csv(d)));
                download::download_text(&export_name(today, "csv"), "text/csv", &text);
            }
            Act::ExportSetAside => {
                if let Some(text) = diary_storage::read_set_aside() {
                    download::download_text(
                        &export_name(today, "unreadable.txt"),
                        "text/plain",
                        &text,
                    );
                }
            }
            Act::DeleteAll => {
                let ok = diary_storage::remove_all();
                self.stored.refresh();
                if ok {
                    self.ui.dispatch(Msg::Cleared);
                } else {
                    self.ui.dispatch(Msg::WriteFailed(Control::DeleteAll));
                }
            }
        }
    }
}

#[component]
pub fn TrialPage(props: &PageProps) -> Html {
    let app = &props.app;
    let embed = app.settings().embed;
    let stored = use_stored_diary(!embed);
    let ui = use_reducer_eq(Ui::default);
    let focus = use_node_ref();
    let today = today::today();
    let (input, _) = validate(&app.query.raw_input());
    // The one evaluation of the person's entries, as on the Dose screen: its stops hold here too.
    let eval = evaluate(&input);
    let rules = Rc::new(TrialRules::new(&input, &eval));
    let blocked = rules.blocked();
    let plan = eval.plan.clone().ok().filter(|_| !blocked);
    let now = stored.get();
    let generation = now.as_ref().map_or(0, |s| s.generation);
    let trial = match now.as_deref().map(|s| &s.loaded) {
        Some(Loaded::Diary(d)) => d.trial,
        _ => None,
    };
    let started = matches!(now.as_deref().map(|s| &s.loaded), Some(Loaded::Diary(_)));
    // What is computed from the diary is kept until the diary (or the rules) change, not
    // recomputed on every keystroke in the form.
    let derived = {
        let now = now.clone();
        let rules = rules.clone();
        use_memo((generation, (*rules).clone()), move |_| {
            let diary = now.as_deref().and_then(Stored::diary)?;
            Some(Rc::new(Derived {
                asks_amount: asks_amount(blocked, diary),
                verdict: (!diary.is_empty())
                    .then(|| (verdict(diary), chart_data(diary), rules.diary_notes(diary))),
            }))
        })
    };
    let handler = Handler {
        ui: ui.clone(),
        stored: stored.clone(),
        now: now.clone(),
        trial,
        plan: plan.clone(),
        blocked,
        rules: rules.clone(),
        today,
        focus: focus.clone(),
        query: app.query.clone(),
        app: app.clone(),
    };
    // The form starts at today once a diary is there (worked out here, after the render).
    {
        let (ui, now, plan) = (ui.clone(), now.clone(), plan.clone());
        use_effect_with(started, move |started| {
            if *started && ui.form.date.is_empty() {
                let diary = diary_of(now.as_deref());
                ui.dispatch(Msg::Form(form_for(
                    today,
                    &diary,
                    blocked,
                    trial,
                    plan.as_ref(),
                )));
            }
        });
    }
    let act = Callback::from(move |a: Act| handler.handle(a));
    // Keyboard users keep their place: after "Start a trial" the morning form, after "Delete
    // all" the start again (the button they pressed is gone either way).
    {
        let before = use_mut_ref(|| None::<bool>);
        let known = now.is_some();
        use_effect_with((known, started), move |(known, now)| {
            if *known {
                if before.borrow().is_some_and(|b| b != *now) {
                    document::reveal(if *now { "entry-title" } else { "start-title" });
                }
                *before.borrow_mut() = Some(*now);
            }
        });
    }
    // A new import preview comes into view and takes the focus (on a phone it would otherwise
    // open below the fold, under the file control).
    use_effect_with(ui.previews, |previews| {
        if *previews > 0 {
            document::reveal(transfer::IMPORT_PREVIEW);
        }
    });
    // A failed write: the message beside the control that asked for it takes the focus.
    use_effect_with(ui.failures, |failures| {
        if *failures > 0 {
            document::reveal(WRITE_FAILED_ID);
        }
    });

    if embed {
        return embed_offer(app);
    }
    let title = html! { <h2 id="view-title">{ "Is magnesium working for you?" }</h2> };
    let Some(now) = now else {
        // Storage is read after the first render.
        return html! {
            <section class="view view-trial" aria-labelledby="view-title" aria-busy="true">
                { title }
                <p class="lead">{ trial_lead() }</p>
            </section>
        };
    };
    let can_start = matches!(&now.loaded, Loaded::Nothing | Loaded::Unreadable(_)) && now.available;
    let newer = matches!(&now.loaded, Loaded::Newer { .. });
    let empty = Diary::new();
    let diary = now.diary().unwrap_or(&empty);
    let asks = derived.as_ref().as_ref().is_none_or(|d| d.asks_amount);
    let note = if asks {
        amount_note(&rules, &ui.form.magnesium)
    } else {
        None
    };
    let failed = |c: Control| write_failed(&ui, c);
    html! {
        <section class="view view-trial" aria-labelledby="view-title">
            { title }
            <p class="lead">{ trial_lead() }</p>
            if blocked {
                { blocked_panel(&rules.blocks) }
            }
            { for storage_notice(&now) }
            if can_start {
                if let Some(status) = ui.status.clone() {
                    <p class="notice" role="status" data-testid="trial-status">{ status }</p>
                }
                if blocked {
                    { symptom_diary_card(failed(Control::Start), &act) }
                } else {
                    { start_card(ui.skip_baseline, plan.is_some(), failed(Control::Start), &act) }
                }
            }
            if started {
                <p class="trial-count" data-testid="trial-days" data-count={diary.len().to_string()}>
                    { match diary.len() { 1 => "1 day recorded.".to_owned(), n => format!("{n} days recorded.") } }
                    { for trial.map(|t| format!(" {} started {}{}.", if blocked { "Diary" } else { "Trial" }, t.start, if t.baseline_days > 0 && !blocked { format!(", with {} days without magnesium first", t.baseline_days) } else { String::new() })) }
                </p>
                <div class="trial-layout">
                    { entry_form(&ui, FormView {
                        today: today.to_string(),
                        focus: focus.clone(),
                        asks_amount: asks,
                        amount_note: note,
                        failed: failed(Control::Save),
                    }, &act) }
                    if let Some((v, _, notes)) = derived.as_ref().as_ref().and_then(|d| d.verdict.as_ref()) {
                        { verdict_card(v, &stomach_advice_href(app), notes) }
                    }
                </div>
                if let Some((_, chart, _)) = derived.as_ref().as_ref().and_then(|d| d.verdict.as_ref()) {
                    <section class="card" aria-labelledby="chart-title">
                        <h3 id="chart-title">{ "Your ratings" }</h3>
                        { trial_chart(chart, "trial-chart") }
                    </section>
                }
                { day_table(diary, ui.confirm_delete, ui.table_rows, ui.confirm_delete.map_or_else(Html::default, |d| failed(Control::Delete(d))), &act) }
                if let (Some(t), Some(plan)) = (trial, &plan) {
                    { trial_calendar(t, plan, today, &input, &eval) }
                }
            }
            if !newer {
                { transfer(&ui, started, now.set_aside, Failed { merge: failed(Control::Merge), delete_all: failed(Control::DeleteAll) }, &act) }
            }
        </section>
    }
}

/// What the screen computes from the stored diary, kept between renders.
#[derive(PartialEq)]
struct Derived {
    asks_amount: bool,
    verdict: Option<(
        mg_engine::trial::Verdict,
        mg_engine::trial::Chart,
        Vec<String>,
    )>,
}
