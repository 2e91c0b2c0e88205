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
pub mod transfer;
pub mod verdict_card;

use super::PageProps;
use crate::diary::file::{export, export_name};
use crate::diary::stored::{self, Change, Loaded};
use crate::diary::TrialSettings;
use crate::platform::{diary_storage, download, today, url};
use crate::state::{AppHandle, Param};
use chart::{trial_chart, ChartProps};
use day_table::DayTable;
use entry_form::EntryForm;
use form::{suggested_mg, Form, FormError};
use mg_engine::plan::REASSESS_WEEKS;
use mg_engine::trial::phase::SUGGESTED_BASELINE_DAYS;
use mg_engine::trial::{chart as chart_data, to_csv, verdict, Date, Diary, Entry};
use mg_engine::{evaluate, validate};
use start_card::StartCard;
use transfer::Transfer;
use verdict_card::VerdictCard;
use yew::prelude::*;

/// Today on this device as a diary date.
pub fn today_date() -> Date {
    let (y, m, d) = today::today();
    let (y, m, d) = (
        u16::try_from(y).unwrap_or_default(),
        u8::try_from(m).unwrap_or(1),
        u8::try_from(d).unwrap_or(1),
    );
    Date::new(y, m, d).unwrap_or_else(|_| Date::new(2000, 1, 1).expect("a valid date"))
}

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

/// Messages about what is stored; `None` when all is well.
fn storage_notice(loaded: &Loaded, write_failed: bool) -> Option<Html> {
    let text = match loaded {
        _ if write_failed => "Your entry could not be saved: this browser's storage for the site is full or blocked. Download the diary to keep a copy.".to_owned(),
        Loaded::Unreadable(e) => format!(
            "What this device holds for the trial could not be read ({}) It is kept aside, never deleted, when you save something new.",
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

#[component]
pub fn TrialPage(props: &PageProps) -> Html {
    let app = &props.app;
    let embed = app.settings().embed;
    let loaded = use_stored_diary();
    let form = use_state(Form::default);
    let errors = use_state(Vec::<FormError>::new);
    let status = use_state(|| None::<AttrValue>);
    let write_failed = use_state(|| false);
    let focus = use_node_ref();

    let today = today_date();
    let (input, _) = validate(&app.query.raw_input());
    let plan = evaluate(&input).plan.ok();
    let (diary, trial) = match &*loaded {
        Loaded::Diary(d) => (d.diary.clone(), d.trial),
        _ => (Diary::new(), None),
    };
    let suggestion = {
        let plan = plan.clone();
        move |date: Date| suggested_mg(trial, plan.as_ref(), date)
    };

    // The form starts at today once the diary is known (and again after a save).
    {
        let (form, diary, suggestion) = (form.clone(), diary.clone(), suggestion.clone());
        use_effect_with(trial.is_some() || !diary.is_empty(), move |_| {
            if form.date.is_empty() {
                form.set(Form::for_date(today, &diary, suggestion(today)));
            }
        });
    }

    // Every write: re-read what is stored, change only what this is about, write it back.
    let write = {
        let (loaded, write_failed) = (loaded.clone(), write_failed.clone());
        Callback::from(move |change: Change| -> bool {
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
            write_failed.set(!ok);
            loaded.set(load_stored());
            ok
        })
    };

    if embed {
        return embed_offer(app);
    }

    let on_start = {
        let (write, form) = (write.clone(), form.clone());
        let plan = plan.clone();
        Callback::from(move |baseline_days: u32| {
            let settings = TrialSettings {
                start: today,
                baseline_days,
            };
            if write.emit(Change::Start(settings)) {
                let stored = match load_stored() {
                    Loaded::Diary(d) => d.diary,
                    _ => Diary::new(),
                };
                let mg = suggested_mg(Some(settings), plan.as_ref(), today);
                form.set(Form::for_date(today, &stored, mg));
            }
        })
    };
    let on_date = {
        let (form, diary, suggestion, errors) = (
            form.clone(),
            diary.clone(),
            suggestion.clone(),
            errors.clone(),
        );
        Callback::from(move |text: String| {
            let mg = Date::parse(&text).ok().and_then(&suggestion);
            form.set(form.with_date(&text, &diary, mg));
            errors.set(Vec::new());
        })
    };
    let on_change = {
        let form = form.clone();
        Callback::from(move |next: Form| form.set(next))
    };
    let on_save = {
        let (form, errors, status, write) =
            (form.clone(), errors.clone(), status.clone(), write.clone());
        let suggestion = suggestion.clone();
        Callback::from(move |()| match form.to_entry(today) {
            Ok(entry) => {
                let date = entry.date();
                if write.emit(Change::Put(entry)) {
                    errors.set(Vec::new());
                    status.set(Some(format!("Saved {date}.").into()));
                    let stored = match load_stored() {
                        Loaded::Diary(d) => d.diary,
                        _ => Diary::new(),
                    };
                    let next = if date == today {
                        today
                    } else {
                        date.add_days(1).filter(|d| *d <= today).unwrap_or(today)
                    };
                    form.set(Form::for_date(next, &stored, suggestion(next)));
                }
            }
            Err(found) => {
                status.set(None);
                errors.set(found);
            }
        })
    };
    let on_edit = {
        let (form, diary, errors, focus) =
            (form.clone(), diary.clone(), errors.clone(), focus.clone());
        Callback::from(move |date: Date| {
            if let Some(e) = diary.get(date) {
                form.set(Form::from_entry(e));
                errors.set(Vec::new());
                if let Some(el) = focus.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        })
    };
    let on_delete = {
        let (write, status) = (write.clone(), status.clone());
        Callback::from(move |date: Date| {
            if write.emit(Change::Delete(date)) {
                status.set(Some(format!("Deleted {date}.").into()));
            }
        })
    };
    let on_merge = {
        let (write, status) = (write.clone(), status.clone());
        Callback::from(move |entries: Vec<Entry>| {
            let n = entries.len();
            if write.emit(Change::Merge(entries)) {
                status.set(Some(
                    format!(
                        "Imported: {n} {} added or updated.",
                        if n == 1 { "day" } else { "days" }
                    )
                    .into(),
                ));
            }
        })
    };
    let on_export_json = {
        let diary = diary.clone();
        Callback::from(move |()| {
            download::download_text(
                &export_name(today_date(), "json"),
                "application/json",
                &export(&diary),
            );
        })
    };
    let on_export_csv = {
        let diary = diary.clone();
        Callback::from(move |()| {
            download::download_text(
                &export_name(today_date(), "csv"),
                "text/csv",
                &to_csv(&diary),
            );
        })
    };
    let on_delete_all = {
        let (loaded, form) = (loaded.clone(), form.clone());
        Callback::from(move |()| {
            diary_storage::remove_all();
            form.set(Form::default());
            loaded.set(load_stored());
        })
    };

    let started = matches!(&*loaded, Loaded::Diary(_));
    let can_start =
        matches!(&*loaded, Loaded::Nothing | Loaded::Unreadable(_)) && diary_storage::available();
    let newer = matches!(&*loaded, Loaded::Newer { .. });
    let verdict = verdict(&diary);
    html! {
        <section class="view view-trial" aria-labelledby="view-title">
            <h2 id="view-title">{ "Is magnesium working for you?" }</h2>
            <p class="lead">{ lead() }</p>
            { for storage_notice(&loaded, *write_failed) }
            if can_start {
                <StartCard on_start={on_start} has_plan={plan.is_some()} />
            }
            if started {
                <p class="trial-count" data-testid="trial-days" data-count={diary.len().to_string()}>
                    { match diary.len() { 1 => "1 day recorded.".to_owned(), n => format!("{n} days recorded.") } }
                    { for trial.map(|t| format!(" Trial started {}{}.", t.start, if t.baseline_days > 0 { format!(", with {} days without magnesium first", t.baseline_days) } else { String::new() })) }
                </p>
                <div class="trial-layout">
                    <EntryForm form={(*form).clone()} errors={(*errors).clone()} today={AttrValue::from(today.to_string())}
                        {on_date} {on_change} {on_save} status={(*status).clone()} focus={focus.clone()} />
                    if !diary.is_empty() {
                        <VerdictCard verdict={verdict} />
                    }
                </div>
                if !diary.is_empty() {
                    <section class="card" aria-labelledby="chart-title">
                        <h3 id="chart-title">{ "Your ratings" }</h3>
                        { trial_chart(&ChartProps { chart: chart_data(&diary), id: "trial-chart".into() }) }
                    </section>
                }
                <DayTable diary={diary.clone()} {on_edit} {on_delete} />
            }
            if !newer {
                <Transfer diary={diary.clone()} {started} {on_merge} {on_export_json} {on_export_csv} {on_delete_all} />
            }
        </section>
    }
}
