//! What the Trial screen holds besides the stored diary (pure; tested natively): the morning
//! form, its messages, the confirmations asked for, and an import waiting for "Merge". Changes
//! arrive as `Msg`s through one reducer. What the person does (`Act`) is handled by the screen,
//! which does the storage work and then sends the `Msg`s.

use super::form::{Form, FormError};
use crate::diary::{Skipped, TrialSettings};
use mg_engine::trial::MergeConflict;
use mg_engine::trial::{Date, Entry, MergePreview};
use std::rc::Rc;
use yew::Reducible;

/// A diary file read and compared with the diary, waiting for "Merge".
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub preview: MergePreview,
    pub skipped: Vec<Skipped>,
    /// Dates the file gives more than once (its last entry for each is the one imported).
    pub repeated: Vec<Date>,
    /// The file's trial settings, taken when this device has none.
    pub trial: Option<TrialSettings>,
    /// Parts of the file besides entries that were left out (e.g. trial settings), one line each.
    pub problems: Vec<String>,
    /// The Dose entries the file carries, restored where this page holds none.
    pub inputs: Option<Box<crate::state::Query>>,
}

/// A button whose write to storage can fail: the failure is said beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Start,
    Save,
    Merge,
    DeleteAll,
    /// "Yes, delete" of one day.
    Delete(Date),
}

impl Control {
    /// The `data-control` of its failure message.
    pub fn id(self) -> &'static str {
        match self {
            Control::Start => "start",
            Control::Save => "save",
            Control::Merge => "merge",
            Control::DeleteAll => "delete-all",
            Control::Delete(_) => "delete",
        }
    }
}

/// The id of the failure message beside a control (focus moves there).
pub const WRITE_FAILED_ID: &str = "trial-write-failed";

/// Days the table shows at first, and how many more "Show older days" adds: four weeks.
pub const TABLE_PAGE_DAYS: usize = 28;

#[derive(Clone, Debug, PartialEq)]
pub struct Ui {
    pub form: Form,
    pub errors: Vec<FormError>,
    /// What the last action did (read out politely).
    pub status: Option<String>,
    /// The last write did not reach storage: the control that asked for it.
    pub write_failed: Option<Control>,
    /// Counts failures, so a second failure of the same control moves the focus again.
    pub failures: u32,
    /// Rows of the day table shown (newest first).
    pub table_rows: usize,
    /// Days saved since the import preview that the file would replace: asked before merging.
    pub merge_conflicts: Vec<MergeConflict>,
    /// "Start with the baseline days" is ticked (the suggestion; on until unticked).
    pub skip_baseline: bool,
    /// The day whose "Delete" asks for confirmation.
    pub confirm_delete: Option<Date>,
    pub confirm_delete_all: bool,
    pub pending: Option<Pending>,
    pub import_error: Option<String>,
    /// The name of the file last chosen for import, as the browser gave it (shown quoted).
    pub chosen_file: Option<String>,
    /// Counts the previews made, so each new one takes the focus.
    pub previews: u32,
    /// Another window saved the form's day meanwhile: its entry, shown before anything is
    /// overwritten.
    pub conflict: Option<Entry>,
}

impl Default for Ui {
    fn default() -> Ui {
        Ui {
            form: Form::default(),
            errors: Vec::new(),
            status: None,
            write_failed: None,
            failures: 0,
            table_rows: TABLE_PAGE_DAYS,
            merge_conflicts: Vec::new(),
            skip_baseline: false,
            confirm_delete: None,
            confirm_delete_all: false,
            pending: None,
            import_error: None,
            chosen_file: None,
            previews: 0,
            conflict: None,
        }
    }
}

pub enum Msg {
    Form(Form),
    Symptoms(Option<u8>),
    Sleep(Option<u8>),
    /// The amount as typed.
    Magnesium(String),
    Gi(bool),
    Note(String),
    Invalid(Vec<FormError>),
    /// A change was written: what to say, and the form to show next.
    Done(String, Option<Form>),
    /// A write did not reach storage; the control that asked for it.
    WriteFailed(Control),
    /// "Show older days": another page of the day table.
    MoreRows,
    /// Days saved since the preview that the file would replace.
    MergeConflicts(Vec<MergeConflict>),
    SkipBaseline(bool),
    AskDelete(Option<Date>),
    AskDeleteAll(bool),
    /// A file was chosen for import: its name.
    Chosen(Option<String>),
    Pending(Pending),
    ImportError(String),
    CancelImport,
    /// Everything deleted: back to the start.
    Cleared,
    /// Saving would replace what another window saved for the day.
    Conflict(Entry),
}

/// What the person does on the screen.
pub enum Act {
    Ui(Msg),
    Start,
    /// A date picked in the form.
    Date(String),
    Save,
    /// Save after a conflict: the person chose their entry over the other window's.
    SaveOver,
    Edit(Date),
    Delete(Date),
    /// A chosen diary file: its name, and its bytes (`None`: none chosen, or it could not be
    /// read).
    FileRead(Option<String>, Option<Vec<u8>>),
    Merge,
    /// After a merge conflict: `true` writes the file's entries over the days saved meanwhile,
    /// `false` keeps the saved ones and merges the rest.
    MergeResolve(bool),
    ExportJson,
    ExportCsv,
    /// The text kept aside because it could not be read as a diary, as a file.
    ExportSetAside,
    DeleteAll,
}

impl Reducible for Ui {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Form(form) => {
                next.form = form;
                next.conflict = None;
            }
            Msg::Symptoms(v) => next.form.symptoms = v,
            Msg::Sleep(v) => next.form.sleep = v,
            Msg::Magnesium(text) => {
                next.form.magnesium = text;
                next.form.magnesium_typed = true;
            }
            Msg::Gi(v) => next.form.gi = v,
            Msg::Note(text) => next.form.note = text,
            Msg::Invalid(errors) => {
                next.errors = errors;
                next.status = None;
            }
            Msg::Done(status, form) => {
                next.conflict = None;
                next.status = Some(status);
                next.errors.clear();
                next.write_failed = None;
                next.confirm_delete = None;
                next.confirm_delete_all = false;
                if let Some(form) = form {
                    next.form = form;
                }
            }
            Msg::WriteFailed(control) => {
                // The earlier "Saved …" never stays beside a failed save.
                next.write_failed = Some(control);
                next.failures = next.failures.wrapping_add(1);
                next.status = None;
            }
            Msg::MoreRows => next.table_rows = next.table_rows.saturating_add(TABLE_PAGE_DAYS),
            Msg::MergeConflicts(conflicts) => {
                next.merge_conflicts = conflicts;
                next.status = None;
            }
            Msg::SkipBaseline(skip) => next.skip_baseline = skip,
            Msg::AskDelete(date) => next.confirm_delete = date,
            Msg::AskDeleteAll(ask) => next.confirm_delete_all = ask,
            Msg::Chosen(name) => next.chosen_file = name,
            Msg::Pending(p) => {
                next.pending = Some(p);
                next.import_error = None;
                next.previews = next.previews.wrapping_add(1);
            }
            Msg::ImportError(e) => {
                next.pending = None;
                next.import_error = Some(e);
            }
            Msg::CancelImport => {
                next.pending = None;
                next.chosen_file = None;
                next.merge_conflicts.clear();
            }
            Msg::Conflict(other) => {
                next.conflict = Some(other);
                next.status = None;
            }
            Msg::Cleared => {
                next = Ui {
                    status: Some("All trial data was deleted from this device.".into()),
                    ..Ui::default()
                }
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(msgs: Vec<Msg>) -> Ui {
        (*msgs
            .into_iter()
            .fold(Rc::new(Ui::default()), |ui, m| ui.reduce(m)))
        .clone()
    }

    #[test]
    fn a_save_clears_the_messages_and_shows_the_next_form() {
        let error = FormError {
            field: "trial-note".into(),
            message: "Too long.".into(),
        };
        let next = Form {
            date: "2026-12-02".into(),
            ..Form::default()
        };
        let ui = run(vec![
            Msg::Invalid(vec![error]),
            Msg::AskDelete(Date::parse("2026-12-01").ok()),
            Msg::Done("Saved 2026-12-01.".into(), Some(next.clone())),
        ]);
        assert_eq!(
            (ui.errors.len(), ui.confirm_delete, ui.form),
            (0, None, next)
        );
        assert_eq!(ui.status.as_deref(), Some("Saved 2026-12-01."));
    }

    #[test]
    fn a_failed_write_replaces_the_saved_text_and_names_its_control() {
        let ui = run(vec![
            Msg::Done("Saved 2026-12-01.".into(), None),
            Msg::WriteFailed(Control::Save),
        ]);
        assert_eq!((ui.status, ui.write_failed), (None, Some(Control::Save)));
        let ui = run(vec![
            Msg::WriteFailed(Control::Merge),
            Msg::WriteFailed(Control::Merge),
        ]);
        assert_eq!(ui.failures, 2, "a second failure moves the focus again");
        let ui = run(vec![
            Msg::WriteFailed(Control::Start),
            Msg::Done("Your trial has started.".into(), None),
        ]);
        assert_eq!(ui.write_failed, None);
    }

    /// An import waiting for the person's answer, with nothing in it.
    fn empty_pending() -> Pending {
        Pending {
            preview: MergePreview::default(),
            skipped: vec![],
            repeated: vec![],
            trial: None,
            problems: vec![],
            inputs: None,
        }
    }

    #[test]
    fn each_preview_is_counted_so_it_takes_the_focus_and_cancel_forgets_the_file() {
        let pending = empty_pending();
        let ui = run(vec![
            Msg::Chosen(Some("a.json".into())),
            Msg::Pending(pending.clone()),
            Msg::Chosen(Some("b.json".into())),
            Msg::Pending(pending),
        ]);
        assert_eq!(
            (ui.previews, ui.chosen_file.as_deref()),
            (2, Some("b.json"))
        );
        let ui = (*Rc::new(ui).reduce(Msg::CancelImport)).clone();
        assert_eq!((ui.pending, ui.chosen_file, ui.previews), (None, None, 2));
    }

    #[test]
    fn the_table_pages_by_four_weeks() {
        assert_eq!(Ui::default().table_rows, 28);
        assert_eq!(run(vec![Msg::MoreRows, Msg::MoreRows]).table_rows, 84);
    }

    #[test]
    fn an_import_error_replaces_a_pending_import_and_cleared_starts_over() {
        let pending = empty_pending();
        let ui = run(vec![
            Msg::Chosen(Some("my-diary.json".into())),
            Msg::Pending(pending.clone()),
            Msg::ImportError("Not JSON.".into()),
        ]);
        assert_eq!(ui.chosen_file.as_deref(), Some("my-diary.json"));
        assert_eq!(
            (ui.pending, ui.import_error.as_deref()),
            (None, Some("Not JSON."))
        );
        let ui = run(vec![
            Msg::SkipBaseline(true),
            Msg::AskDeleteAll(true),
            Msg::Cleared,
        ]);
        assert_eq!(
            ui,
            Ui {
                status: Some("All trial data was deleted from this device.".into()),
                ..Ui::default()
            }
        );
    }
}
