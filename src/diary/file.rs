//! The diary file of docs/contract.md §4.2, for export, import and this device's copy alike:
//! `{ "format": "mg-rls-diary", "version": 1, "entries": [ … ] }`. Unknown fields are ignored;
//! an invalid entry is reported and skipped, never the reason to refuse the rest.

use super::json;
use super::migrate;
use mg_engine::trial::{Date, Diary, Entry};
use serde_json::{Map, Value};

pub const FORMAT: &str = "mg-rls-diary";
/// The version this app writes. Older ones are brought up to it (`migrate`); newer ones are
/// refused rather than half read.
pub const VERSION: u64 = 1;

/// Why a text is not a diary this app can read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    NotJson,
    NotADiary,
    Newer { version: u64 },
}

impl FileError {
    pub fn message(&self) -> String {
        match self {
            FileError::NotJson => "This file is not a diary: it is not JSON text.".into(),
            FileError::NotADiary => format!(
                "This file is not a diary from this app (it has no \"format\": \"{FORMAT}\")."
            ),
            FileError::Newer { version } => format!(
                "This diary was saved by a newer version of the app (diary version {version}; this \
                 one reads up to {VERSION}). Reload to update the app, then try again."
            ),
        }
    }
}

/// An entry that was left out, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    /// 1-based position in the file's `entries`.
    pub position: usize,
    /// Its `date` text, when it has one.
    pub date: Option<String>,
    pub problems: Vec<String>,
}

impl Skipped {
    /// One line for the person: which entry, and what is wrong with it.
    pub fn describe(&self) -> String {
        let which = match &self.date {
            Some(d) => format!("Entry {} ({d})", self.position),
            None => format!("Entry {}", self.position),
        };
        format!("{which}: {}", self.problems.join(" "))
    }
}

/// How the person set up the trial: when it started and how many baseline days they planned.
/// Kept beside the entries on this device (an extra field, so other readers ignore it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrialSettings {
    pub start: Date,
    pub baseline_days: u32,
}

/// A diary read from a file or from storage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Decoded {
    pub diary: Diary,
    pub skipped: Vec<Skipped>,
    /// Dates that came more than once (the later one is kept).
    pub repeated: Vec<Date>,
    pub trial: Option<TrialSettings>,
}

/// The text as a current-version diary document (an object with its `entries` array).
pub fn parse_document(text: &str) -> Result<Map<String, Value>, FileError> {
    let value: Value = serde_json::from_str(text).map_err(|_| FileError::NotJson)?;
    migrate::to_current(value)
}

/// Reads a diary file: every valid entry, and what was skipped.
pub fn decode_text(text: &str) -> Result<Decoded, FileError> {
    parse_document(text).map(|doc| decode(&doc))
}

/// The entries and settings of a current-version document.
pub fn decode(doc: &Map<String, Value>) -> Decoded {
    let mut valid = Vec::new();
    let mut skipped = Vec::new();
    for (i, value) in entries(doc).iter().enumerate() {
        match entry(value) {
            Ok(e) => valid.push(e),
            Err(problems) => skipped.push(Skipped {
                position: i + 1,
                date: value.get("date").and_then(Value::as_str).map(short),
                problems,
            }),
        }
    }
    let (diary, repeated) = Diary::from_entries(valid);
    Decoded {
        diary,
        skipped,
        repeated,
        trial: doc.get("trial").and_then(trial_settings),
    }
}

/// The document's `entries` (none when missing or not an array).
pub fn entries(doc: &Map<String, Value>) -> &[Value] {
    doc.get("entries")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A date text shown back to the person, cut short if someone stored a novel there.
fn short(s: &str) -> String {
    s.chars().take(20).collect()
}

/// One entry: its fields checked by the engine (`Entry::from_raw`); a field of the wrong JSON
/// type is a problem of its own.
pub fn entry(value: &Value) -> Result<Entry, Vec<String>> {
    let Some(obj) = value.as_object() else {
        return Err(vec!["not an entry (a {…} object is expected).".into()]);
    };
    let mut problems = Vec::new();
    let mut number = |field: &str| match obj.get(field) {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => n.as_f64(),
        Some(_) => {
            problems.push(format!("{field} must be a number or null."));
            None
        }
    };
    let (symptoms, sleep, magnesium_mg) =
        (number("symptoms"), number("sleep"), number("magnesium_mg"));
    let gi = match obj.get("gi") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => {
            problems.push("gi must be true or false.".into());
            false
        }
    };
    let note = match obj.get("note") {
        None | Some(Value::Null) => "",
        Some(Value::String(s)) => s.as_str(),
        Some(_) => {
            problems.push("note must be text.".into());
            ""
        }
    };
    let date = match obj.get("date") {
        Some(Value::String(s)) => s.as_str(),
        _ => {
            problems.push("date is missing (year-month-day text, e.g. 2026-12-01).".into());
            return Err(problems);
        }
    };
    match Entry::from_raw(date, symptoms, sleep, magnesium_mg, gi, note) {
        Ok(e) if problems.is_empty() => Ok(e),
        Ok(_) => Err(problems),
        Err(errors) => {
            problems.extend(errors.iter().map(|e| e.message()));
            Err(problems)
        }
    }
}

fn trial_settings(value: &Value) -> Option<TrialSettings> {
    Some(TrialSettings {
        start: Date::parse(value.get("start")?.as_str()?).ok()?,
        baseline_days: u32::try_from(value.get("baseline_days")?.as_u64()?).ok()?,
    })
}

/// An entry as the file writes it: every field, `null` for a value not recorded.
pub fn entry_value(e: &Entry) -> Value {
    let mut m = Map::new();
    m.insert("date".into(), Value::from(e.date().to_string()));
    m.insert(
        "symptoms".into(),
        e.symptoms().map_or(Value::Null, Value::from),
    );
    m.insert("sleep".into(), e.sleep().map_or(Value::Null, Value::from));
    m.insert(
        "magnesium_mg".into(),
        e.magnesium_mg().map_or(Value::Null, json::amount),
    );
    m.insert("gi".into(), Value::from(e.gi()));
    m.insert("note".into(), Value::from(e.note()));
    Value::Object(m)
}

pub fn settings_value(t: TrialSettings) -> Value {
    let mut m = Map::new();
    m.insert("start".into(), Value::from(t.start.to_string()));
    m.insert("baseline_days".into(), Value::from(t.baseline_days));
    Value::Object(m)
}

/// An empty current-version document.
pub fn empty_document() -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("format".into(), Value::from(FORMAT));
    m.insert("version".into(), Value::from(VERSION));
    m.insert("entries".into(), Value::Array(Vec::new()));
    m
}

/// The export file: the contract's format with every entry, oldest first.
pub fn export(diary: &Diary) -> String {
    let mut doc = empty_document();
    doc.insert(
        "entries".into(),
        Value::Array(diary.entries().iter().map(entry_value).collect()),
    );
    json::to_text(&Value::Object(doc))
}

/// The file name of an export made on `today`.
pub fn export_name(today: Date, extension: &str) -> String {
    format!("magnesium-trial-diary-{today}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"{ "format": "mg-rls-diary", "version": 1, "entries": [ { "date": "2026-12-01", "symptoms": 6,
"sleep": 4, "magnesium_mg": 200, "gi": false, "note": "" } ] }"#;

    #[test]
    fn reads_the_contract_example() {
        let d = decode_text(EXAMPLE).unwrap();
        assert!(d.skipped.is_empty());
        let e = &d.diary.entries()[0];
        assert_eq!(e.date().to_string(), "2026-12-01");
        assert_eq!(
            (e.symptoms(), e.sleep(), e.magnesium_mg()),
            (Some(6), Some(4), Some(200.0))
        );
    }

    #[test]
    fn export_then_decode_is_the_same_diary() {
        let d = decode_text(EXAMPLE).unwrap().diary;
        let text = export(&d);
        assert_eq!(
            text,
            // serde_json's map keeps keys in alphabetical order.
            r#"{"entries":[{"date":"2026-12-01","gi":false,"magnesium_mg":200,"note":"","sleep":4,"symptoms":6}],"format":"mg-rls-diary","version":1}"#
        );
        assert_eq!(decode_text(&text).unwrap().diary, d);
    }

    #[test]
    fn nulls_missing_fields_and_unknown_fields() {
        let d = decode_text(
            r#"{"format":"mg-rls-diary","version":1,"future":1,"entries":[
                {"date":"2026-12-02","symptoms":null,"mood":"fine"},
                {"date":"2026-12-03","magnesium_mg":66.67,"note":"a\nb"}]}"#,
        )
        .unwrap();
        assert!(d.skipped.is_empty(), "{:?}", d.skipped);
        let [a, b] = d.diary.entries() else { panic!() };
        assert_eq!(
            (a.symptoms(), a.sleep(), a.magnesium_mg(), a.gi(), a.note()),
            (None, None, None, false, "")
        );
        assert_eq!((b.magnesium_mg(), b.note()), (Some(66.67), "a\nb"));
        assert!(export(&d.diary).contains(r#""magnesium_mg":66.67,"note":"a\nb""#));
    }

    #[test]
    fn invalid_entries_are_reported_and_skipped() {
        let d = decode_text(
            r#"{"format":"mg-rls-diary","version":1,"entries":[
                {"date":"2026-12-01","symptoms":6},
                {"date":"2026-02-30","symptoms":4},
                "garbage",
                {"date":"2026-12-02","symptoms":"lots","gi":"no"},
                {"symptoms":3},
                {"date":"2026-12-03","symptoms":11,"sleep":-1,"note":5}]}"#,
        )
        .unwrap();
        assert_eq!(d.diary.len(), 1);
        let lines: Vec<String> = d.skipped.iter().map(Skipped::describe).collect();
        assert_eq!(lines.len(), 5, "{lines:#?}");
        assert!(
            lines[0].starts_with("Entry 2 (2026-02-30): 2026-02 has no day 30"),
            "{}",
            lines[0]
        );
        assert!(lines[1].starts_with("Entry 3: not an entry"));
        assert!(lines[2].contains("symptoms must be a number") && lines[2].contains("gi must be"));
        assert!(lines[3].contains("date is missing"));
        assert!(
            lines[4].contains("note must be text")
                && lines[4].contains("symptom rating")
                && lines[4].contains("sleep rating"),
            "{}",
            lines[4]
        );
    }

    #[test]
    fn repeated_dates_keep_the_later_entry() {
        let d = decode_text(
            r#"{"format":"mg-rls-diary","version":1,"entries":[
                {"date":"2026-12-01","symptoms":6},{"date":"2026-12-01","symptoms":2}]}"#,
        )
        .unwrap();
        assert_eq!(d.diary.entries()[0].symptoms(), Some(2));
        assert_eq!(d.repeated.len(), 1);
    }

    #[test]
    fn not_a_diary() {
        assert_eq!(decode_text("not json"), Err(FileError::NotJson));
        assert_eq!(
            decode_text(r#"{"format":"other","version":1,"entries":[]}"#),
            Err(FileError::NotADiary)
        );
        assert_eq!(decode_text("42"), Err(FileError::NotADiary));
        assert_eq!(
            decode_text(r#"{"format":"mg-rls-diary","version":2,"entries":[]}"#),
            Err(FileError::Newer { version: 2 })
        );
        assert!(FileError::Newer { version: 2 }
            .message()
            .contains("reads up to 1"));
    }

    #[test]
    fn trial_settings_round_trip() {
        let mut doc = empty_document();
        let t = TrialSettings {
            start: Date::parse("2026-11-30").unwrap(),
            baseline_days: 7,
        };
        doc.insert("trial".into(), settings_value(t));
        assert_eq!(decode(&doc).trial, Some(t));
        doc.insert("trial".into(), Value::from("nonsense"));
        assert_eq!(decode(&doc).trial, None);
    }
}
