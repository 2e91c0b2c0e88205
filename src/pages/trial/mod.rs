//! The Trial screen (`view=trial`): the person's own magnesium trial. Opt-in — nothing is stored
//! until "Start a trial" (or an import). A short baseline without magnesium, then the plan, a
//! few seconds of rating each morning, and the engine's verdict with a chart. The diary lives
//! on this device only (`crate::diary`, `crate::platform::diary_storage`); in embed mode the
//! trial is not offered, since storage there would belong to the blog.

pub mod chart;
pub mod day_table;
pub mod entry_form;
pub mod form;
pub mod start_card;
pub mod state;
pub mod transfer;
pub mod verdict_card;

use super::PageProps;
use crate::diary::file::{decode_bytes, export, export_name};
use crate::diary::stored::{self, Change, Import, Loaded};
use crate::diary::{Skipped, TrialSettings};
use crate::pages::dose::calendar_link::CalendarLink;
use crate::pages::dose::ics;
use crate::platform::{diary_storage, document, download, today, url};
use crate::state::{AppHandle, Param};
use chart::trial_chart;
use day_table::day_table;
use entry_form::entry_form;
use form::{conflict, last_recorded_mg, suggested_mg, Form};
use mg_engine::plan::{Plan, REASSESS_WEEKS};
use mg_engine::reminders::blood_test_reminder;
use mg_engine::trial::phase::SUGGESTED_BASELINE_DAYS;
use mg_engine::trial::{chart as chart_data, to_csv, verdict, Date, Diary, Entry, TrialPlan};
use mg_engine::{evaluate, validate, Evaluation, Input};
use start_card::start_card;
use state::{Act, Msg, Pending, Ui};
use transfer::transfer;
use verdict_card::{stomach_advice_href, verdict_card};
use yew::prelude::*;

/// What this device holds now.
pub fn load_stored() -> Loaded {
    stored::load(diary_storage::read().as_deref())
}

/// Keeps `loaded` in step with storage: another tab's changes arrive through the `storage` event.
#[hook]
pub fn use_stored_diary() -> UseStateHandle<Loaded> {
    let loaded = use_state(load_stored);
    {
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            let listener = diary_storage::on_change(move || loaded.set(load_stored()));
            move || drop(listener)
        });
    }
    loaded
}

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
fn storage_notice(loaded: &Loaded, write_failed: bool) -> Option<Html> {
    let text = match loaded {
        _ if write_failed => "Your entry could not be saved: this browser's storage for the site is full or blocked. Download the diary to keep a copy.".to_owned(),
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
        Loaded::Nothing if !diary_storage::available() => "This browser does not let the app store anything on this device (for example in a private window), so a trial cannot be kept here.".to_owned(),
        _ => return None,
    };
    Some(
        html! { <p class="notice caution" data-testid="trial-storage-notice" role="status">{ text }</p> },
    )
}

fn lead() -> String {
    let (early, late) = REASSESS_WEEKS;
    format!(
        "Studies of magnesium for restless legs are small and mixed, so the honest answer comes from your own careful \
         trial: {SUGGESTED_BASELINE_DAYS} days of ratings without magnesium, then the plan, a few seconds each morning, and \
         a plain verdict after {early} to {late} weeks. Your entries stay on this device."
    )
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
    loaded: UseStateHandle<Loaded>,
    diary: Diary,
    trial: Option<TrialSettings>,
    plan: Option<Plan>,
    today: Date,
    focus: NodeRef,
    /// The Dose entries, carried by the JSON export (`inputs`).
    query: crate::state::Query,
}

impl Handler {
    fn suggestion(&self, date: Date) -> Option<f64> {
        let last = last_recorded_mg(&self.diary, date);
        suggested_mg(self.trial, self.plan.as_ref(), date, last)
    }

    /// Re-reads what is stored, changes only what `change` is about, writes it back.
    fn write(&self, change: Change) -> bool {
        self.write_back(change).is_some()
    }

    /// `write`, returning what was written (`None` if nothing could be).
    fn write_back(&self, change: Change) -> Option<stored::Write> {
        let current = diary_storage::read();
        let written = match stored::apply(current.as_deref(), &change) {
            Ok(w) => {
                let aside = w.set_aside.as_deref().is_none_or(diary_storage::set_aside);
                if current.is_none() {
                    diary_storage::request_persistence();
                }
                (aside && diary_storage::write(&w.text)).then_some(w)
            }
            Err(_) => None,
        };
        if written.is_none() {
            self.ui.dispatch(Msg::WriteFailed);
        }
        self.loaded.set(load_stored());
        written
    }

    /// The form for `date` as the diary now stands.
    fn form_for(&self, date: Date, trial: Option<TrialSettings>) -> Form {
        let diary = match load_stored() {
            Loaded::Diary(d) => d.diary,
            _ => Diary::new(),
        };
        let last = last_recorded_mg(&diary, date);
        Form::for_date(
            date,
            &diary,
            suggested_mg(trial, self.plan.as_ref(), date, last),
        )
    }

    fn handle(&self, act: Act) {
        let today = self.today;
        match act {
            Act::Ui(msg) => self.ui.dispatch(msg),
            Act::Start => {
                let baseline_days = if self.ui.skip_baseline {
                    0
                } else {
                    SUGGESTED_BASELINE_DAYS
                };
                let settings = TrialSettings {
                    start: today,
                    baseline_days,
                    planned_mg: self.plan.as_ref().map(|p| {
                        let t = TrialPlan::from_plan(today, baseline_days, p);
                        (t.start_low_mg, t.full_mg)
                    }),
                };
                if self.write(Change::Start(settings)) {
                    let form = self.form_for(today, Some(settings));
                    self.ui
                        .dispatch(Msg::Done("Your trial has started.".into(), Some(form)));
                }
            }
            Act::Date(text) => {
                let mg = Date::parse(&text).ok().and_then(|d| self.suggestion(d));
                self.ui
                    .dispatch(Msg::Form(self.ui.form.with_date(&text, &self.diary, mg)));
            }
            Act::Save | Act::SaveOver => match self.ui.form.to_entry(today) {
                Ok(entry) => {
                    let date = entry.date();
                    let has_amount = entry.magnesium_mg().is_some();
                    // Re-read: another window may have saved this day since the form was filled.
                    let stored_now = match load_stored() {
                        Loaded::Diary(d) => d.diary.get(date).cloned(),
                        _ => None,
                    };
                    if let (Act::Save, Some(other)) =
                        (&act, conflict(&self.ui.form, stored_now.as_ref()))
                    {
                        self.ui.dispatch(Msg::Conflict(other));
                        return;
                    }
                    if self.write(Change::Put(entry)) {
                        // Next: the following day, up to today (catching up on missed mornings).
                        let next = date.add_days(1).filter(|d| *d <= today).unwrap_or(today);
                        let form = self.form_for(next, self.trial);
                        // A day without the amount counts for neither phase of the verdict: say so.
                        let said = match has_amount {
                            true => format!("Saved {date}."),
                            false => format!(
                                "Saved {date}, without the amount of magnesium: the verdict counts \
                                 only days with an amount (0 if you took none). Edit the day to add it."
                            ),
                        };
                        self.ui.dispatch(Msg::Done(said, Some(form)));
                    }
                }
                Err(errors) => self.ui.dispatch(Msg::Invalid(errors)),
            },
            Act::Edit(date) => {
                if let Some(e) = self.diary.get(date) {
                    self.ui.dispatch(Msg::Form(Form::from_entry(e)));
                    document::focus(&self.focus);
                }
            }
            Act::Delete(date) => {
                if self.write(Change::Delete(date)) {
                    self.ui
                        .dispatch(Msg::Done(format!("Deleted {date}."), None));
                }
            }
            Act::FileRead(bytes) => match bytes.as_deref().map(decode_bytes) {
                None => self
                    .ui
                    .dispatch(Msg::ImportError("The file could not be read.".into())),
                Some(Err(e)) => self.ui.dispatch(Msg::ImportError(e.message())),
                Some(Ok(decoded)) => {
                    let (diary, skipped) =
                        without_future_days(decoded.diary, decoded.skipped, today);
                    self.ui.dispatch(Msg::Pending(Pending {
                        preview: self.diary.merge(&diary),
                        skipped,
                        repeated: decoded.repeated,
                        trial: decoded.trial,
                        problems: decoded.problems,
                    }))
                }
            },
            Act::Merge => {
                let Some(p) = self.ui.pending.clone() else {
                    return;
                };
                // Checked against what is stored now: a day saved since the preview is kept.
                let change = Change::Merge(Import {
                    preview: p.preview,
                    trial: p.trial,
                });
                if let Some(w) = self.write_back(change) {
                    let merged = w.merged.unwrap_or_default();
                    let n = merged.write.len();
                    let mut said = format!(
                        "Imported: {n} {} added or updated.",
                        if n == 1 { "day" } else { "days" }
                    );
                    if !merged.conflicts.is_empty() {
                        let dates: Vec<String> = merged
                            .conflicts
                            .iter()
                            .map(|c| c.stored.date().to_string())
                            .collect();
                        said.push_str(&format!(
                            " Not imported, because they were saved on this device after the file was read: {}. \
                             Your entries are kept; import the file again to see them as changes.",
                            dates.join(", ")
                        ));
                    }
                    self.ui.dispatch(Msg::CancelImport);
                    let form = self.form_for(today, self.trial);
                    self.ui.dispatch(Msg::Done(said, Some(form)));
                }
            }
            Act::ExportJson => {
                download::download_text(
                    &export_name(today, "json"),
                    "application/json",
                    &export(&self.diary, self.trial, Some(&self.query)),
                );
            }
            Act::ExportCsv => {
                download::download_text(
                    &export_name(today, "csv"),
                    "text/csv",
                    // A byte-order mark, so spreadsheet programs read the notes as UTF-8.
                    &format!("\u{FEFF}{}", to_csv(&self.diary)),
                );
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
                diary_storage::remove_all();
                self.ui.dispatch(Msg::Cleared);
                self.loaded.set(load_stored());
            }
        }
    }
}

#[component]
pub fn TrialPage(props: &PageProps) -> Html {
    let app = &props.app;
    let embed = app.settings().embed;
    let loaded = use_stored_diary();
    let ui = use_reducer_eq(Ui::default);
    let focus = use_node_ref();
    let today = today::today();
    let (input, _) = validate(&app.query.raw_input());
    let eval = evaluate(&input);
    let plan = eval.plan.clone().ok();
    let (diary, trial) = match &*loaded {
        Loaded::Diary(d) => (d.diary.clone(), d.trial),
        _ => (Diary::new(), None),
    };
    let handler = Handler {
        ui: ui.clone(),
        loaded: loaded.clone(),
        diary: diary.clone(),
        trial,
        plan: plan.clone(),
        today,
        focus: focus.clone(),
        query: app.query.clone(),
    };
    // The form starts at today once a diary is there.
    {
        let (ui, form) = (ui.clone(), handler.form_for(today, trial));
        use_effect_with(matches!(&*loaded, Loaded::Diary(_)), move |started| {
            if *started && ui.form.date.is_empty() {
                ui.dispatch(Msg::Form(form));
            }
        });
    }
    let act = Callback::from(move |a: Act| handler.handle(a));
    // Keyboard users keep their place: after "Start a trial" the morning form, after "Delete
    // all" the start again (the button they pressed is gone either way).
    {
        let started = matches!(&*loaded, Loaded::Diary(_));
        let before = use_mut_ref(|| started);
        use_effect_with(started, move |now| {
            if *before.borrow() != *now {
                document::reveal(if *now { "entry-title" } else { "start-title" });
            }
            *before.borrow_mut() = *now;
        });
    }

    if embed {
        return embed_offer(app);
    }
    let started = matches!(&*loaded, Loaded::Diary(_));
    let can_start =
        matches!(&*loaded, Loaded::Nothing | Loaded::Unreadable(_)) && diary_storage::available();
    let newer = matches!(&*loaded, Loaded::Newer { .. });
    let set_aside = diary_storage::read_set_aside().is_some();
    html! {
        <section class="view view-trial" aria-labelledby="view-title">
            <h2 id="view-title">{ "Is magnesium working for you?" }</h2>
            <p class="lead">{ lead() }</p>
            { for storage_notice(&loaded, ui.write_failed) }
            if can_start {
                if let Some(status) = ui.status.clone() {
                    <p class="notice" role="status" data-testid="trial-status">{ status }</p>
                }
                { start_card(ui.skip_baseline, plan.is_some(), &act) }
            }
            if started {
                <p class="trial-count" data-testid="trial-days" data-count={diary.len().to_string()}>
                    { match diary.len() { 1 => "1 day recorded.".to_owned(), n => format!("{n} days recorded.") } }
                    { for trial.map(|t| format!(" Trial started {}{}.", t.start, if t.baseline_days > 0 { format!(", with {} days without magnesium first", t.baseline_days) } else { String::new() })) }
                </p>
                <div class="trial-layout">
                    { entry_form(&ui, &today.to_string(), &focus, &act) }
                    if !diary.is_empty() {
                        { verdict_card(&verdict(&diary), &stomach_advice_href(app)) }
                    }
                </div>
                if !diary.is_empty() {
                    <section class="card" aria-labelledby="chart-title">
                        <h3 id="chart-title">{ "Your ratings" }</h3>
                        { trial_chart(&chart_data(&diary), "trial-chart") }
                    </section>
                }
                { day_table(&diary, ui.confirm_delete, &act) }
                if let (Some(t), Some(plan)) = (trial, &plan) {
                    { trial_calendar(t, plan, today, &input, &eval) }
                }
            }
            if !newer {
                { transfer(&ui, started, set_aside, &act) }
            }
        </section>
    }
}
