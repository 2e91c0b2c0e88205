//! Moving the diary by file: export as JSON (docs/contract.md §4.2) or CSV, import a JSON file
//! merged by date after a preview of what would change, and "Delete all trial data" after a
//! confirmation.

use crate::diary::file::{decode_text, Skipped};
use crate::platform::file_input::{input_of, read_text};
use mg_engine::trial::{Diary, Entry, MergePreview};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TransferProps {
    pub diary: Diary,
    /// A diary exists on this device (export and delete make sense).
    pub started: bool,
    /// The entries to write, once the person confirmed.
    pub on_merge: Callback<Vec<Entry>>,
    pub on_export_json: Callback<()>,
    pub on_export_csv: Callback<()>,
    pub on_delete_all: Callback<()>,
}

/// A file read and compared with the diary, waiting for "Merge".
#[derive(Clone, PartialEq)]
struct Pending {
    preview: MergePreview,
    skipped: Vec<Skipped>,
}

fn days(n: usize) -> String {
    if n == 1 {
        "1 day".into()
    } else {
        format!("{n} days")
    }
}

fn summary(e: &Entry) -> String {
    let rating = |x: Option<u8>| x.map_or_else(|| "–".into(), |x| x.to_string());
    format!(
        "symptoms {}, sleep {}, magnesium {}",
        rating(e.symptoms()),
        rating(e.sleep()),
        e.magnesium_mg()
            .map_or_else(|| "–".into(), crate::widgets::format::mg)
    )
}

fn preview_view(
    p: &Pending,
    on_confirm: Callback<MouseEvent>,
    on_cancel: Callback<MouseEvent>,
) -> Html {
    let v = &p.preview;
    html! {
        <div class="import-preview" data-testid="trial-import-preview" role="region" aria-labelledby="import-preview-title"
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
            if !p.skipped.is_empty() {
                <p>{ format!("{} in the file could not be read and will be left out:", if p.skipped.len() == 1 { "1 entry".to_owned() } else { format!("{} entries", p.skipped.len()) }) }</p>
                <ul class="skipped">{ for p.skipped.iter().map(|s| html! { <li>{ s.describe() }</li> }) }</ul>
            }
            <p class="actions-row">
                if v.is_no_op() {
                    <span>{ "Nothing new to add." }</span>
                } else {
                    <button type="button" class="button" data-testid="trial-import-confirm" onclick={on_confirm}>{ "Merge into my diary" }</button>
                }
                <button type="button" class="link-button" data-testid="trial-import-cancel" onclick={on_cancel}>{ "Cancel" }</button>
            </p>
        </div>
    }
}

#[component]
pub fn Transfer(p: &TransferProps) -> Html {
    let pending = use_state(|| None::<Pending>);
    let error = use_state(|| None::<String>);
    let confirm_delete = use_state(|| false);

    let on_file = {
        let (pending, error, diary) = (pending.clone(), error.clone(), p.diary.clone());
        Callback::from(move |e: Event| {
            let input = input_of(&e);
            let (pending, error, diary) = (pending.clone(), error.clone(), diary.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some(text) = read_text(&input).await else {
                    error.set(Some("The file could not be read.".into()));
                    return;
                };
                match decode_text(&text) {
                    Ok(decoded) => {
                        error.set(None);
                        pending.set(Some(Pending {
                            preview: diary.merge(&decoded.diary),
                            skipped: decoded.skipped,
                        }));
                    }
                    Err(e) => {
                        pending.set(None);
                        error.set(Some(e.message()));
                    }
                }
            });
        })
    };
    let on_confirm = {
        let (pending, on_merge) = (pending.clone(), p.on_merge.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(Pending { preview, .. }) = (*pending).clone() {
                let entries = preview
                    .added
                    .into_iter()
                    .chain(preview.changed.into_iter().map(|c| c.new))
                    .collect();
                pending.set(None);
                on_merge.emit(entries);
            }
        })
    };
    let on_cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    let export = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let ask_delete = {
        let confirm_delete = confirm_delete.clone();
        Callback::from(move |_: MouseEvent| confirm_delete.set(true))
    };
    let keep = {
        let confirm_delete = confirm_delete.clone();
        Callback::from(move |_: MouseEvent| confirm_delete.set(false))
    };
    let delete = {
        let (confirm_delete, cb) = (confirm_delete.clone(), p.on_delete_all.clone());
        Callback::from(move |_: MouseEvent| {
            confirm_delete.set(false);
            cb.emit(())
        })
    };
    html! {
        <section class="card transfer" aria-labelledby="transfer-title">
            <h3 id="transfer-title">{ "Your diary file" }</h3>
            <p class="hint">{ "Everything stays on this device. A file moves your diary to another device or browser, or keeps a copy." }</p>
            if p.started {
                <p class="actions-row">
                    <button type="button" class="button" data-testid="trial-export-json" onclick={export(&p.on_export_json)}>{ "Download the diary (JSON)" }</button>
                    <button type="button" class="link-button" data-testid="trial-export-csv" onclick={export(&p.on_export_csv)}>{ "Download for a spreadsheet (CSV)" }</button>
                </p>
            }
            <div class={classes!("field", error.is_some().then_some("has-error"))}>
                <label for="trial-import">{ "Import a diary file (.json)" }</label>
                <input type="file" id="trial-import" data-testid="trial-import" accept=".json,application/json" onchange={on_file}
                    aria-describedby="trial-import-hint" />
                <p class="hint" id="trial-import-hint">{ "Days are merged by date; you see what would change before anything does." }</p>
                if let Some(message) = (*error).clone() {
                    <p class="field-error" data-testid="field-error" data-field="trial-import" role="alert">{ message }</p>
                }
            </div>
            if let Some(pending) = (*pending).clone() {
                { preview_view(&pending, on_confirm, on_cancel) }
            }
            if p.started {
                if *confirm_delete {
                    <div class="notice caution" role="alert">
                        <p>{ "Delete every entry of your trial from this device? This cannot be undone; download the diary first to keep a copy." }</p>
                        <p class="actions-row">
                            <button type="button" class="button danger" data-testid="trial-delete-all-confirm" onclick={delete}>{ "Yes, delete all trial data" }</button>
                            <button type="button" class="link-button" onclick={keep}>{ "Keep my diary" }</button>
                        </p>
                    </div>
                } else {
                    <p><button type="button" class="link-button" data-testid="trial-delete-all" onclick={ask_delete}>{ "Delete all trial data…" }</button></p>
                }
            }
        </section>
    }
}
