//! What the Trial screen holds besides the stored diary (pure; tested natively): the morning
//! form, its messages, the confirmations asked for, and an import waiting for "Merge". Changes
//! arrive as `Msg`s through one reducer. What the person does (`Act`) is handled by the screen,
//! which does the storage work and then sends the `Msg`s.

use super::form::{Form, FormError};
use crate::diary::{Skipped, TrialSettings};
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
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ui {
    pub form: Form,
    pub errors: Vec<FormError>,
    /// What the last action did (read out politely).
    pub status: Option<String>,
    /// The last write did not reach storage.
    pub write_failed: bool,
    /// "Start with the baseline days" is ticked (the suggestion; on until unticked).
    pub skip_baseline: bool,
    /// The day whose "Delete" asks for confirmation.
    pub confirm_delete: Option<Date>,
    pub confirm_delete_all: bool,
    pub pending: Option<Pending>,
    pub import_error: Option<String>,
    /// Another window saved the form's day meanwhile: its entry, shown before anything is
    /// overwritten.
    pub conflict: Option<Entry>,
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
    WriteFailed,
    SkipBaseline(bool),
    AskDelete(Option<Date>),
    AskDeleteAll(bool),
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
    /// The bytes of a chosen diary file (`None`: none chosen, or it could not be read).
    FileRead(Option<Vec<u8>>),
    Merge,
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
                next.write_failed = false;
                next.confirm_delete = None;
                if let Some(form) = form {
                    next.form = form;
                }
            }
            Msg::WriteFailed => next.write_failed = true,
            Msg::SkipBaseline(skip) => next.skip_baseline = skip,
            Msg::AskDelete(date) => next.confirm_delete = date,
            Msg::AskDeleteAll(ask) => next.confirm_delete_all = ask,
            Msg::Pending(p) => {
                next.pending = Some(p);
                next.import_error = None;
            }
            Msg::ImportError(e) => {
                next.pending = None;
                next.import_error = Some(e);
            }
            Msg::CancelImport => next.pending = None,
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
    fn an_import_error_replaces_a_pending_import_and_cleared_starts_over() {
        let pending = Pending {
            preview: MergePreview::default(),
            skipped: vec![],
            repeated: vec![],
            trial: None,
            problems: vec![],
        };
        let ui = run(vec![
            Msg::Pending(pending),
            Msg::ImportError("Not JSON.".into()),
        ]);
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
