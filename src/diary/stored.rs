//! The diary kept on this device (localStorage, under a key that does not depend on the build,
//! so an app update keeps it). Two rules keep every entry safe:
//! - every write starts from the stored text as it is now, and changes only the dates it is
//!   about: another tab's entries, made since this tab last read, survive;
//! - what cannot be read is never erased: an unreadable entry stays in the stored list as it
//!   was, a whole text that is not a diary is set aside under its own key before anything is
//!   written, and a diary saved by a newer version of the app is not written over at all.

use super::file::{
    self, empty_document, entry_value, settings_value, Decoded, FileError, TrialSettings,
};
use super::json::{self, Json};
use mg_engine::trial::{Date, Entry};

/// Where the diary lives. Fixed: the version inside the document governs migration.
pub const KEY: &str = "mg-rls:diary:v1";
/// Where a stored text that is not a diary is kept before a new diary replaces it.
pub const SET_ASIDE_KEY: &str = "mg-rls:diary:v1:unreadable";

/// What this device holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// No trial started.
    Nothing,
    /// Text that is not a diary (kept as it is until the person writes, then set aside).
    Unreadable(FileError),
    /// Saved by a newer version of the app: shown as a notice and left alone.
    Newer {
        version: u64,
    },
    Diary(StoredDiary),
}

pub type StoredDiary = Decoded;

pub fn load(text: Option<&str>) -> Loaded {
    let Some(text) = text else {
        return Loaded::Nothing;
    };
    match file::parse_document(text) {
        Ok(doc) => Loaded::Diary(file::decode(&doc)),
        Err(FileError::Newer { version }) => Loaded::Newer { version },
        Err(e) => Loaded::Unreadable(e),
    }
}

/// One change the person makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// "Start a trial": the settings, and an empty diary if there is none.
    Start(TrialSettings),
    /// A day entered or edited: replaces whatever that date held.
    Put(Entry),
    Delete(Date),
    /// An import, confirmed: each entry replaces its date; the file's trial settings are taken
    /// when this device has none.
    Merge(Vec<Entry>, Option<TrialSettings>),
}

/// The text to store, and the unreadable text to set aside first (if any).
#[derive(Clone, Debug, PartialEq)]
pub struct Write {
    pub text: String,
    pub set_aside: Option<String>,
}

/// The stored text after `change`, starting from what is stored now (`current`).
/// Refused only over a newer version's diary.
pub fn apply(current: Option<&str>, change: &Change) -> Result<Write, FileError> {
    let (mut doc, set_aside) = match current.map(file::parse_document) {
        None => (empty_document(), None),
        Some(Ok(doc)) => (doc, None),
        Some(Err(e @ FileError::Newer { .. })) => return Err(e),
        Some(Err(_)) => (empty_document(), current.map(str::to_owned)),
    };
    let mut entries = match json::take(&mut doc, "entries") {
        Some(Json::Array(list)) => list,
        // An `entries` that is not a list is kept aside in the document, not lost.
        Some(other) => {
            json::set(&mut doc, "entries_unreadable", other);
            Vec::new()
        }
        None => Vec::new(),
    };
    match change {
        Change::Start(settings) => json::set(&mut doc, "trial", settings_value(*settings)),
        Change::Put(entry) => put(&mut entries, entry),
        Change::Delete(date) => {
            let date = date.to_string();
            entries.retain(|v| date_text(v) != Some(date.as_str()));
        }
        Change::Merge(incoming, trial) => {
            incoming.iter().for_each(|e| put(&mut entries, e));
            if let Some(t) = trial.filter(|_| super::document::field(&doc, "trial").is_none()) {
                json::set(&mut doc, "trial", settings_value(t));
            }
        }
    }
    // Oldest first, so the stored text reads like the diary; undated (unreadable) ones last.
    entries.sort_by(|a, b| match (date_text(a), date_text(b)) {
        (Some(x), Some(y)) => x.cmp(y),
        (a, b) => b.is_some().cmp(&a.is_some()),
    });
    // `entries` goes back to where the contract's example has it: after format and version.
    let at = doc.len().min(2);
    doc.insert(at, ("entries".into(), Json::Array(entries)));
    Ok(Write {
        text: json::to_text(&Json::Object(doc)),
        set_aside,
    })
}

/// Replaces every stored value of the entry's date (a re-entered day wins, even over an
/// unreadable one of that date) with the entry.
fn put(entries: &mut Vec<Json>, entry: &Entry) {
    let date = entry.date().to_string();
    entries.retain(|v| date_text(v) != Some(date.as_str()));
    entries.push(entry_value(entry));
}

fn date_text(v: &Json) -> Option<&str> {
    v.get("date").and_then(Json::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn entry(date: &str, symptoms: f64) -> Entry {
        Entry::from_raw(date, Some(symptoms), Some(5.0), Some(0.0), false, "").unwrap()
    }

    fn stored(text: &str) -> Json {
        json::parse(text).unwrap()
    }

    fn json(text: &str) -> Json {
        json::parse(text).unwrap()
    }

    fn settings() -> TrialSettings {
        TrialSettings {
            start: Date::parse("2026-11-30").unwrap(),
            baseline_days: 7,
            planned_mg: None,
        }
    }

    #[test]
    fn start_then_put_edit_and_delete() {
        let w = apply(None, &Change::Start(settings())).unwrap();
        assert_eq!(w.set_aside, None);
        assert_eq!(
            w.text,
            r#"{"format":"mg-rls-diary","version":1,"entries":[],"trial":{"start":"2026-11-30","baseline_days":7}}"#
        );
        let w = apply(Some(&w.text), &Change::Put(entry("2026-12-02", 6.0))).unwrap();
        let w = apply(Some(&w.text), &Change::Put(entry("2026-12-01", 7.0))).unwrap();
        let w = apply(Some(&w.text), &Change::Put(entry("2026-12-02", 4.0))).unwrap();
        let Loaded::Diary(d) = load(Some(&w.text)) else {
            panic!()
        };
        let got: Vec<_> = d
            .diary
            .entries()
            .iter()
            .map(|e| (e.date().to_string(), e.symptoms()))
            .collect();
        assert_eq!(
            got,
            [
                ("2026-12-01".into(), Some(7)),
                ("2026-12-02".into(), Some(4))
            ]
        );
        assert_eq!(d.trial, Some(settings()));
        let w = apply(
            Some(&w.text),
            &Change::Delete(Date::parse("2026-12-01").unwrap()),
        )
        .unwrap();
        let Loaded::Diary(d) = load(Some(&w.text)) else {
            panic!()
        };
        assert_eq!(d.diary.len(), 1);
    }

    #[test]
    fn another_tabs_entries_survive_because_every_write_starts_from_storage() {
        // Tab A read the diary empty; tab B has since stored 12-01. A writes 12-02 starting
        // from what is stored now, not from what it read.
        let by_b = apply(None, &Change::Put(entry("2026-12-01", 6.0)))
            .unwrap()
            .text;
        let by_a = apply(Some(&by_b), &Change::Put(entry("2026-12-02", 5.0)))
            .unwrap()
            .text;
        let Loaded::Diary(d) = load(Some(&by_a)) else {
            panic!()
        };
        assert_eq!(d.diary.len(), 2);
    }

    #[test]
    fn unreadable_entries_are_kept_as_they_were() {
        let text = r#"{"format":"mg-rls-diary","version":1,"entries":[{"date":"2026-01-01","symptoms":6},{"date":"2026-01-02","symptoms":"lots"},"garbage",{"date":"2026-13-45","symptoms":3}],"extra":{"kept":true}}"#;
        let Loaded::Diary(d) = load(Some(text)) else {
            panic!()
        };
        assert_eq!((d.diary.len(), d.skipped.len()), (1, 3));
        let w = apply(Some(text), &Change::Put(entry("2026-01-04", 4.0))).unwrap();
        let v = stored(&w.text);
        let list = v.get("entries").and_then(Json::as_array).unwrap();
        for kept in [
            r#"{"date":"2026-01-02","symptoms":"lots"}"#,
            r#""garbage""#,
            r#"{"date":"2026-13-45","symptoms":3}"#,
        ] {
            assert!(list.contains(&json(kept)), "{kept}");
        }
        assert_eq!(list.len(), 5);
        assert_eq!(v.get("extra"), Some(&json(r#"{"kept":true}"#)));
        assert_eq!(
            list.last(),
            Some(&json(r#""garbage""#)),
            "undated ones last"
        );
        // Re-entering an unreadable day replaces it: the person has said what that day was.
        let w = apply(Some(&w.text), &Change::Put(entry("2026-01-02", 3.0))).unwrap();
        let Loaded::Diary(d) = load(Some(&w.text)) else {
            panic!()
        };
        assert_eq!((d.diary.len(), d.skipped.len()), (3, 2));
    }

    #[test]
    fn a_text_that_is_not_a_diary_is_set_aside_and_a_newer_one_is_never_written_over() {
        assert!(matches!(
            load(Some("{oops")),
            Loaded::Unreadable(FileError::NotJson)
        ));
        let w = apply(Some("{oops"), &Change::Put(entry("2026-01-05", 4.0))).unwrap();
        assert_eq!(w.set_aside.as_deref(), Some("{oops"));
        let Loaded::Diary(d) = load(Some(&w.text)) else {
            panic!()
        };
        assert_eq!(d.diary.len(), 1);

        let newer = r#"{"format":"mg-rls-diary","version":99,"entries":[]}"#;
        assert_eq!(load(Some(newer)), Loaded::Newer { version: 99 });
        assert_eq!(
            apply(Some(newer), &Change::Put(entry("2026-01-05", 4.0))),
            Err(FileError::Newer { version: 99 })
        );
    }

    #[test]
    fn merge_replaces_only_the_dates_it_brings() {
        let base = apply(None, &Change::Put(entry("2026-12-01", 6.0)))
            .unwrap()
            .text;
        let base = apply(Some(&base), &Change::Put(entry("2026-12-02", 6.0)))
            .unwrap()
            .text;
        let w = apply(
            Some(&base),
            &Change::Merge(
                vec![entry("2026-12-02", 1.0), entry("2026-12-03", 2.0)],
                None,
            ),
        )
        .unwrap();
        let Loaded::Diary(d) = load(Some(&w.text)) else {
            panic!()
        };
        let got: Vec<_> = d.diary.entries().iter().map(Entry::symptoms).collect();
        assert_eq!(got, [Some(6), Some(1), Some(2)]);
    }

    #[test]
    fn an_import_brings_its_trial_only_where_none_was_started() {
        let theirs = TrialSettings {
            start: Date::parse("2026-11-01").unwrap(),
            baseline_days: 7,
            planned_mg: None,
        };
        let merge = Change::Merge(vec![entry("2026-11-02", 5.0)], Some(theirs));
        let w = apply(None, &merge).unwrap();
        let Loaded::Diary(d) = load(Some(&w.text)) else {
            panic!()
        };
        assert_eq!(d.trial, Some(theirs));
        let mine = apply(None, &Change::Start(settings())).unwrap().text;
        let w = apply(Some(&mine), &merge).unwrap();
        let Loaded::Diary(d) = load(Some(&w.text)) else {
            panic!()
        };
        assert_eq!(d.trial, Some(settings()));
    }

    #[test]
    fn a_bare_list_from_version_0_is_migrated_on_the_next_write() {
        let w = apply(
            Some(r#"[{"date":"2026-12-01","symptoms":5}]"#),
            &Change::Put(entry("2026-12-02", 4.0)),
        )
        .unwrap();
        assert_eq!(w.set_aside, None);
        let v = stored(&w.text);
        assert_eq!(
            (
                v.get("format").and_then(Json::as_str),
                v.get("version").and_then(Json::as_u64)
            ),
            (Some("mg-rls-diary"), Some(1))
        );
        assert_eq!(v.get("entries").and_then(Json::as_array).unwrap().len(), 2);
    }
}
