//! The diary kept on this device (localStorage, under a key that does not depend on the build,
//! so an app update keeps it), in the file format of `super::file`. Rules that keep every entry
//! safe:
//! - every write starts from the stored text as it is now, and changes only the dates it is
//!   about: another tab's entries, made since this tab last read, survive;
//! - a merge is checked against what is stored at that moment (`check_merge`): a day saved
//!   after the import's preview is not written over without asking, but handed back as a
//!   conflict;
//! - what cannot be read is never erased: an unreadable entry stays in the stored list as it
//!   was, unknown fields stay where they were, a whole text that is not a diary (not JSON, an
//!   unknown version, `entries` that is not a list) is set aside under its own key before
//!   anything is written, and a diary saved by a newer version of the app is not written over.
//!
//! Entries are kept by date in a map, so a write is linear in the days (up to a log factor).

use super::document::{Lenient, FORMAT, VERSION};
use super::file::{self, entry_json, settings_json, Decoded, FileError, TrialSettings};
use super::migrate;
use mg_engine::trial::{Date, Diary, Entry, MergeCheck, MergePreview};
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

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
    match file::decode_text(text) {
        Ok(decoded) => Loaded::Diary(decoded),
        Err(FileError::Newer { version }) => Loaded::Newer { version },
        Err(e) => Loaded::Unreadable(e),
    }
}

/// An import's preview (what the person saw) checked against the diary stored now (`current`):
/// `write` holds the days that can go in as they are (`Change::Confirmed`), `conflicts` the days
/// saved with something else since the preview, for the person to decide.
pub fn check_merge(current: Option<&str>, preview: &MergePreview) -> MergeCheck {
    match load(current) {
        Loaded::Diary(d) => preview.against(&d.diary),
        _ => preview.against(&Diary::new()),
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
    /// "Merge": the entries the person confirmed (an import's preview after `check_merge`, and
    /// any conflicts they chose the file's day for), written as they are; the file's trial
    /// settings are taken where the device has none.
    Confirmed(Vec<Entry>, Option<TrialSettings>),
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
    let (mut stored, set_aside) = match current.map(Stored::read) {
        None => (Stored::default(), None),
        Some(Ok(stored)) => (stored, None),
        Some(Err(e @ FileError::Newer { .. })) => return Err(e),
        Some(Err(_)) => (Stored::default(), current.map(str::to_owned)),
    };
    match change {
        Change::Start(settings) => stored.trial = Some(settings_json(*settings)),
        Change::Put(entry) => stored.put(entry),
        Change::Delete(date) => {
            stored.by_date.remove(&date.to_string());
        }
        Change::Confirmed(entries, trial) => {
            entries.iter().for_each(|e| stored.put(e));
            if stored.trial.is_none() {
                stored.trial = trial.map(settings_json);
            }
        }
    }
    Ok(Write {
        text: serde_json::to_string(&stored).expect("the stored diary always serialises"),
        set_aside,
    })
}

/// The stored document, ready to be changed by date and written back.
#[derive(Default)]
struct Stored {
    /// Every stored entry with a date text (readable or not), by that text: oldest first.
    by_date: BTreeMap<String, Vec<Box<RawValue>>>,
    /// Entries without a date text, kept as they were, after the dated ones.
    undated: Vec<Box<RawValue>>,
    trial: Option<Box<RawValue>>,
    /// Top-level fields this app does not read, in their order.
    other: Vec<(String, Box<RawValue>)>,
}

/// Only the date of an entry, for keeping unreadable ones in their place.
#[derive(Default, Deserialize)]
#[serde(default)]
struct DateOnly {
    date: Option<Lenient<String>>,
}

/// A JSON object's fields in order, each value kept as its JSON text.
struct Fields(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Fields, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
                let mut fields = Vec::new();
                while let Some(field) = map.next_entry::<String, Box<RawValue>>()? {
                    fields.push(field);
                }
                Ok(Fields(fields))
            }
        }
        d.deserialize_map(FieldsVisitor)
    }
}

/// The top-level fields this app writes itself.
const KNOWN: [&str; 4] = ["format", "version", "entries", "trial"];

impl Stored {
    fn read(text: &str) -> Result<Stored, FileError> {
        let doc = migrate::to_current(text)?;
        let mut stored = Stored {
            trial: doc.trial.map(ToOwned::to_owned),
            ..Stored::default()
        };
        if text.trim_start().starts_with('{') {
            let Fields(fields) = serde_json::from_str(text).map_err(|e| FileError::not_json(&e))?;
            stored.other = fields
                .into_iter()
                .filter(|(k, _)| !KNOWN.contains(&k.as_str()))
                .collect();
        }
        for raw in doc.entries {
            let date = match raw.get().starts_with('{') {
                true => serde_json::from_str::<DateOnly>(raw.get())
                    .ok()
                    .and_then(|d| d.date),
                false => None,
            };
            match date {
                Some(Lenient::Read(date)) => {
                    stored.by_date.entry(date).or_default().push(raw.to_owned())
                }
                _ => stored.undated.push(raw.to_owned()),
            }
        }
        Ok(stored)
    }

    /// Replaces every stored value of the entry's date (a re-entered day wins, even over an
    /// unreadable one of that date) with the entry.
    fn put(&mut self, entry: &Entry) {
        self.by_date
            .insert(entry.date().to_string(), vec![entry_json(entry)]);
    }
}

impl Serialize for Stored {
    /// `{ "format", "version", "entries", "trial"?, …other fields as they were }`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let entries: Vec<&RawValue> = self
            .by_date
            .values()
            .flatten()
            .chain(&self.undated)
            .map(AsRef::as_ref)
            .collect();
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("format", FORMAT)?;
        map.serialize_entry("version", &VERSION)?;
        map.serialize_entry("entries", &entries)?;
        if let Some(trial) = &self.trial {
            map.serialize_entry("trial", trial)?;
        }
        for (key, value) in &self.other {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mg_engine::trial::Diary;
    use serde_json::Value;

    fn entry(date: &str, symptoms: f64) -> Entry {
        Entry::from_raw(date, Some(symptoms), Some(5.0), Some(0.0), false, "").unwrap()
    }

    /// The stored text after the day is put in.
    fn put(stored: Option<&str>, date: &str, symptoms: f64) -> String {
        apply(stored, &Change::Put(entry(date, symptoms)))
            .unwrap()
            .text
    }

    fn json(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    fn settings() -> TrialSettings {
        TrialSettings {
            start: Date::parse("2026-11-30").unwrap(),
            baseline_days: 7,
            planned_mg: None,
        }
    }

    fn diary_of(text: &str) -> Decoded {
        match load(Some(text)) {
            Loaded::Diary(d) => d,
            other => panic!("{other:?}"),
        }
    }

    fn preview(current: &Diary, incoming: Vec<Entry>) -> MergePreview {
        current.merge(&Diary::from_entries(incoming).0)
    }

    /// "Merge" as the Trial screen does it when no day conflicts: the preview checked against
    /// what is stored now, its writable days confirmed; the check is returned beside the write.
    fn merge(
        stored: Option<&str>,
        preview: &MergePreview,
        trial: Option<TrialSettings>,
    ) -> (Write, MergeCheck) {
        let check = check_merge(stored, preview);
        let w = apply(stored, &Change::Confirmed(check.write.clone(), trial)).unwrap();
        (w, check)
    }

    #[test]
    fn start_then_put_edit_and_delete() {
        let w = apply(None, &Change::Start(settings())).unwrap();
        assert_eq!(w.set_aside, None);
        assert_eq!(
            w.text,
            r#"{"format":"mg-rls-diary","version":1,"entries":[],"trial":{"start":"2026-11-30","baseline_days":7}}"#
        );
        let text = put(Some(&w.text), "2026-12-02", 6.0);
        let text = put(Some(&text), "2026-12-01", 7.0);
        let text = put(Some(&text), "2026-12-02", 4.0);
        let d = diary_of(&text);
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
            Some(&text),
            &Change::Delete(Date::parse("2026-12-01").unwrap()),
        )
        .unwrap();
        assert_eq!(diary_of(&w.text).diary.len(), 1);
    }

    #[test]
    fn another_tabs_entries_survive_because_every_write_starts_from_storage() {
        // Tab A read the diary empty; tab B has since stored 12-01. A writes 12-02 starting
        // from what is stored now, not from what it read.
        let by_b = put(None, "2026-12-01", 6.0);
        let by_a = put(Some(&by_b), "2026-12-02", 5.0);
        assert_eq!(diary_of(&by_a).diary.len(), 2);
    }

    #[test]
    fn unreadable_entries_and_unknown_fields_are_kept_as_they_were() {
        let text = r#"{"format":"mg-rls-diary","version":1,"entries":[{"date":"2026-01-01","symptoms":6,"later":{"a":[1e400]}},{"date":"2026-01-02","symptoms":"lots"},"garbage",{"date":"2026-13-45","symptoms":3},{"date":"2026-01-03","note":"\ud800"}],"extra":{"kept":true}}"#;
        let d = diary_of(text);
        assert_eq!((d.diary.len(), d.skipped.len()), (1, 4));
        let w = apply(Some(text), &Change::Put(entry("2026-01-04", 4.0))).unwrap();
        assert!(w.text.contains(r#""later":{"a":[1e400]}"#), "{}", w.text);
        assert!(w.text.contains(r#""note":"\ud800""#), "{}", w.text);
        // (serde_json's Value holds neither 1e400 nor a lone surrogate.)
        let v = json(&w.text.replace("1e400", "1").replace("\\ud800", "x"));
        let list = v["entries"].as_array().unwrap();
        for kept in [
            r#"{"date":"2026-01-02","symptoms":"lots"}"#,
            r#""garbage""#,
            r#"{"date":"2026-13-45","symptoms":3}"#,
        ] {
            assert!(list.contains(&json(kept)), "{kept}");
        }
        assert_eq!(list.len(), 6);
        assert_eq!(v["extra"], json(r#"{"kept":true}"#));
        assert_eq!(
            list.last(),
            Some(&json(r#""garbage""#)),
            "undated ones last"
        );
        // Re-entering an unreadable day replaces it: the person has said what that day was.
        let w = apply(Some(&w.text), &Change::Put(entry("2026-01-02", 3.0))).unwrap();
        let d = diary_of(&w.text);
        assert_eq!((d.diary.len(), d.skipped.len()), (3, 3));
    }

    #[test]
    fn a_text_that_is_not_a_diary_is_set_aside_and_a_newer_one_is_never_written_over() {
        assert!(matches!(
            load(Some("{oops")),
            Loaded::Unreadable(FileError::NotJson { .. })
        ));
        let w = apply(Some("{oops"), &Change::Put(entry("2026-01-05", 4.0))).unwrap();
        assert_eq!(w.set_aside.as_deref(), Some("{oops"));
        assert_eq!(diary_of(&w.text).diary.len(), 1);

        let newer = r#"{"format":"mg-rls-diary","version":99,"entries":[]}"#;
        assert_eq!(load(Some(newer)), Loaded::Newer { version: 99 });
        assert_eq!(
            apply(Some(newer), &Change::Put(entry("2026-01-05", 4.0))),
            Err(FileError::Newer { version: 99 })
        );
    }

    #[test]
    fn entries_that_are_not_a_list_are_named_and_set_aside_visibly() {
        let text =
            r#"{"format":"mg-rls-diary","version":1,"entries":{"2026-12-01":{"symptoms":5}}}"#;
        let Loaded::Unreadable(e) = load(Some(text)) else {
            panic!("not shown as an empty diary")
        };
        assert!(
            e.message().contains("\"entries\" holds an object"),
            "{}",
            e.message()
        );
        let w = apply(Some(text), &Change::Start(settings())).unwrap();
        assert_eq!(w.set_aside.as_deref(), Some(text));
        // Likewise an unknown version: kept aside whole, not half read.
        let odd = r#"{"format":"mg-rls-diary","version":1.5,"entries":[]}"#;
        assert!(matches!(
            load(Some(odd)),
            Loaded::Unreadable(FileError::UnknownVersion { .. })
        ));
        assert_eq!(
            apply(Some(odd), &Change::Start(settings()))
                .unwrap()
                .set_aside
                .as_deref(),
            Some(odd)
        );
    }

    #[test]
    fn merge_replaces_only_the_dates_it_brings() {
        let base = put(None, "2026-12-01", 6.0);
        let base = put(Some(&base), "2026-12-02", 6.0);
        let p = preview(
            &diary_of(&base).diary,
            vec![entry("2026-12-02", 1.0), entry("2026-12-03", 2.0)],
        );
        let (w, merged) = merge(Some(&base), &p, None);
        let got: Vec<_> = diary_of(&w.text)
            .diary
            .entries()
            .iter()
            .map(Entry::symptoms)
            .collect();
        assert_eq!(got, [Some(6), Some(1), Some(2)]);
        assert_eq!((merged.write.len(), merged.conflicts.len()), (2, 0));
    }

    #[test]
    fn a_day_saved_after_the_preview_is_not_overwritten_but_returned() {
        // The file holds 2026-12-03; the preview is made while the device has nothing for it.
        let before = put(None, "2026-12-01", 6.0);
        let p = preview(
            &diary_of(&before).diary,
            vec![entry("2026-12-03", 1.0), entry("2026-12-04", 2.0)],
        );
        // With the preview open, the person saves 2026-12-03 in the form (or another tab does).
        let typed = put(Some(&before), "2026-12-03", 9.0);
        // Merge re-reads storage: the typed day stays, the other day goes in.
        let (w, merged) = merge(Some(&typed), &p, None);
        let d = diary_of(&w.text).diary;
        let three = d.get(Date::parse("2026-12-03").unwrap()).unwrap();
        assert_eq!(three.symptoms(), Some(9));
        assert_eq!(d.len(), 3);
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(merged.conflicts[0].stored.symptoms(), Some(9));
        assert_eq!(merged.conflicts[0].incoming.symptoms(), Some(1));
        assert_eq!(merged.conflicts[0].previewed, None);
        // A new preview made now shows the day as a change; merging it is the person's word.
        let again = preview(&d, vec![entry("2026-12-03", 1.0)]);
        let (w, _) = merge(Some(&w.text), &again, None);
        let d = diary_of(&w.text).diary;
        assert_eq!(
            d.get(Date::parse("2026-12-03").unwrap())
                .unwrap()
                .symptoms(),
            Some(1)
        );
    }

    #[test]
    fn an_import_brings_its_trial_only_where_none_was_started() {
        let theirs = TrialSettings {
            start: Date::parse("2026-11-01").unwrap(),
            baseline_days: 7,
            planned_mg: None,
        };
        let p = preview(&Diary::new(), vec![entry("2026-11-02", 5.0)]);
        let (w, _) = merge(None, &p, Some(theirs));
        assert_eq!(diary_of(&w.text).trial, Some(theirs));
        let mine = apply(None, &Change::Start(settings())).unwrap().text;
        let (w, _) = merge(Some(&mine), &p, Some(theirs));
        assert_eq!(diary_of(&w.text).trial, Some(settings()));
    }

    #[test]
    fn a_bare_list_from_version_0_is_migrated_on_the_next_write() {
        let w = apply(
            Some(r#"[{"date":"2026-12-01","symptoms":5}]"#),
            &Change::Put(entry("2026-12-02", 4.0)),
        )
        .unwrap();
        assert_eq!(w.set_aside, None);
        let v = json(&w.text);
        assert_eq!(
            (&v["format"], &v["version"]),
            (&json(r#""mg-rls-diary""#), &json("1"))
        );
        assert_eq!(v["entries"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn ten_thousand_stored_days_merge_by_date() {
        let start = Date::parse("2000-01-01").unwrap();
        let day = |i: i64, s: u8| {
            Entry::new(
                start.add_days(i).unwrap(),
                Some(s),
                None,
                Some(0.0),
                false,
                "",
            )
            .unwrap()
        };
        let stored = file::export(
            &Diary::from_entries((0..10_000).step_by(2).map(|i| day(i, 5))).0,
            None,
            None,
        );
        let incoming: Vec<Entry> = (0..10_000).map(|i| day(i, 6)).collect();
        let p = preview(&diary_of(&stored).diary, incoming);
        let (w, _) = merge(Some(&stored), &p, None);
        let d = diary_of(&w.text).diary;
        assert_eq!(d.len(), 10_000);
        assert!(d.entries().iter().all(|e| e.symptoms() == Some(6)));
    }
}
