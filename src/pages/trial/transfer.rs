//! Moving the diary by file: export as JSON (docs/contract.md §4.2) or CSV, import a JSON file
//! merged by date after a preview of what would change, and "Delete all trial data" after a
//! confirmation.

use super::state::{Act, Msg, Pending, Ui};
use crate::platform::file_input::read_chosen;
use crate::widgets::format::mg;
use mg_engine::excerpt::quoted;
use mg_engine::trial::explain::days;
use mg_engine::trial::Entry;
use yew::prelude::*;

/// The preview: it comes into view and takes the focus (a region named by its heading) when a
/// file has been read, so on a phone it is not left below the fold.
pub const IMPORT_PREVIEW: &str = "import-preview";

/// One entry in a few words: "symptoms 6, sleep 4, magnesium 300 mg".
pub fn summary(e: &Entry) -> String {
    let rating = |x: Option<u8>| x.map_or_else(|| "–".into(), |x| x.to_string());
    format!(
        "symptoms {}, sleep {}, magnesium {}",
        rating(e.symptoms()),
        rating(e.sleep()),
        e.magnesium_mg().map_or_else(|| "–".into(), mg)
    )
}

/// Days saved since the preview that the file would replace: the file's entry or the saved one?
fn merge_conflicts_view(ui: &Ui, act: &Callback<Act>) -> Html {
    if ui.merge_conflicts.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice caution" role="alert" data-testid="trial-merge-conflict">
            <p>{ "Saved since this preview was made; the file would replace:" }</p>
            <ul>
                { for ui.merge_conflicts.iter().map(|c| html! {
                    <li>{ format!("{}: saved {} — the file has {}", c.stored.date(), summary(&c.stored), summary(&c.incoming)) }</li>
                }) }
            </ul>
            <p class="actions-row">
                <button type="button" class="button" data-testid="trial-merge-over"
                    onclick={act.reform(|_| Act::MergeResolve(true))}>{ "Use the file's" }</button>
                <button type="button" class="link-button" data-testid="trial-merge-keep"
                    onclick={act.reform(|_| Act::MergeResolve(false))}>{ "Keep the saved ones" }</button>
            </p>
        </div>
    }
}

fn preview_view(p: &Pending, ui: &Ui, merge_failed: Html, act: &Callback<Act>) -> Html {
    let v = &p.preview;
    html! {
        <div class="import-preview" data-testid="trial-import-preview" role="region" aria-labelledby="import-preview-title"
            id={IMPORT_PREVIEW} tabindex="-1"
            data-added={v.added.len().to_string()} data-changed={v.changed.len().to_string()}
            data-unchanged={v.unchanged.len().to_string()} data-invalid={p.skipped.len().to_string()}>
            <h4 id="import-preview-title">{ "What importing this file would do" }</h4>
            <ul>
                <li>{ format!("{} new", days(v.added.len())) }</li>
                <li>{ format!("{} changed (the file's entry replaces yours)", days(v.changed.len())) }</li>
                <li>{ format!("{} the same in both", days(v.unchanged.len())) }</li>
                <li>{ format!("{} only in your diary, kept as they are", days(v.kept)) }</li>
            </ul>
            if !v.changed.is_empty() {
                <ul class="changes">
                    { for v.changed.iter().map(|c| html! {
                        <li>{ format!("{}: {} → {}", c.new.date(), summary(&c.old), summary(&c.new)) }</li>
                    }) }
                </ul>
            }
            if !p.repeated.is_empty() {
                <p data-testid="trial-import-repeated">{ format!("The file has more than one entry for {}; the last one for each date is used.",
                    p.repeated.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")) }</p>
            }
            if !p.problems.is_empty() {
                <ul class="skipped" data-testid="trial-import-problems">{ for p.problems.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
            }
            if !p.skipped.is_empty() {
                <p>{ format!("{} in the file could not be read or are dated after today, and will be left out:", match p.skipped.len() { 1 => "1 entry".to_owned(), n => format!("{n} entries") }) }</p>
                <ul class="skipped">{ for p.skipped.iter().map(|s| html! { <li>{ s.describe() }</li> }) }</ul>
            }
            <p class="actions-row">
                if v.is_no_op() {
                    <span>{ "Nothing new to add." }</span>
                } else {
                    <button type="button" class="button" data-testid="trial-import-confirm" onclick={act.reform(|_| Act::Merge)}>{ "Merge into my diary" }</button>
                }
                <button type="button" class="link-button" data-testid="trial-import-cancel" onclick={act.reform(|_| Act::Ui(Msg::CancelImport))}>{ "Cancel" }</button>
                { merge_failed }
            </p>
            { merge_conflicts_view(ui, act) }
        </div>
    }
}

/// The messages beside "Merge" and "Delete all" when their write did not reach storage.
pub struct Failed {
    pub merge: Html,
    pub delete_all: Html,
}

/// `started`: a diary exists on this device, so export and delete make sense. `set_aside`: text
/// that could not be read as a diary is kept aside on this device.
pub fn transfer(
    ui: &Ui,
    started: bool,
    set_aside: bool,
    failed: Failed,
    act: &Callback<Act>,
) -> Html {
    let on_file = {
        let act = act.clone();
        Callback::from(move |e: Event| {
            let act = act.clone();
            read_chosen(&e, move |name, bytes| act.emit(Act::FileRead(name, bytes)));
        })
    };
    html! {
        <section class="card transfer" aria-labelledby="transfer-title">
            <h3 id="transfer-title">{ "Your diary file" }</h3>
            <p class="hint">{ "Everything stays on this device. A file moves your diary to another device or browser, or keeps a copy." }</p>
            if started {
                <p class="actions-row">
                    <button type="button" class="button" data-testid="trial-export-json" onclick={act.reform(|_| Act::ExportJson)}>{ "Download the diary (JSON)" }</button>
                    <button type="button" class="link-button" data-testid="trial-export-csv" onclick={act.reform(|_| Act::ExportCsv)}>{ "Download for a spreadsheet (CSV)" }</button>
                </p>
            }
            if set_aside {
                <div class="notice caution" data-testid="trial-set-aside">
                    <p>{ "This device also keeps text that could not be read as a diary. It is never deleted on its own; download it to look at it or to have it repaired." }</p>
                    <p><button type="button" class="link-button" data-testid="trial-export-set-aside" onclick={act.reform(|_| Act::ExportSetAside)}>{ "Download the unreadable text" }</button></p>
                </div>
            }
            <div class={classes!("field", ui.import_error.is_some().then_some("has-error"))}>
                <label for="trial-import">{ "Import a diary file (.json)" }</label>
                <input type="file" id="trial-import" data-testid="trial-import" accept=".json,application/json" onchange={on_file}
                    aria-describedby="trial-import-hint" />
                if let Some(name) = &ui.chosen_file {
                    <p class="import-chosen" data-testid="trial-import-chosen">{ format!("Chosen: {}", quoted(name)) }</p>
                }
                <p class="hint" id="trial-import-hint">{ "Days are merged by date; you see what would change before anything does." }</p>
                if let Some(message) = ui.import_error.clone() {
                    <p class="field-error" data-testid="field-error" data-field="trial-import" role="alert">{ message }</p>
                }
            </div>
            if let Some(pending) = &ui.pending {
                { preview_view(pending, ui, failed.merge, act) }
            }
            if started {
                if ui.confirm_delete_all {
                    <div class="notice caution" role="alert">
                        <p>{ "Delete every entry of your trial from this device? This cannot be undone; download the diary first to keep a copy." }
                            if set_aside { { " The unreadable text kept aside is deleted too." } }</p>
                        <p class="actions-row">
                            <button type="button" class="button danger" data-testid="trial-delete-all-confirm" onclick={act.reform(|_| Act::DeleteAll)}>{ "Yes, delete all trial data" }</button>
                            <button type="button" class="link-button" onclick={act.reform(|_| Act::Ui(Msg::AskDeleteAll(false)))}>{ "Keep my diary" }</button>
                            { failed.delete_all }
                        </p>
                    </div>
                } else {
                    <p><button type="button" class="link-button" data-testid="trial-delete-all" onclick={act.reform(|_| Act::Ui(Msg::AskDeleteAll(true)))}>{ "Delete all trial data…" }</button></p>
                }
            }
        </section>
    }
}
