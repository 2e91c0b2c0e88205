//! The diary file of docs/contract.md §4.2, for export, import and this device's copy alike:
//! `{ "format": "mg-rls-diary", "version": 1, "entries": [ … ] }`. Unknown fields are ignored;
//! an invalid entry is reported and skipped, never the reason to refuse the rest.

use super::json::{self, Json};
use super::migrate;
use mg_engine::trial::{Date, Diary, Entry};

pub use super::document::{empty_document, field, Document, FileError, FORMAT, VERSION};

/// An entry that was left out, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    /// 1-based position in the file's `entries`; 0 for a readable entry left out for its date.
    pub position: usize,
    /// Its `date` text, when it has one.
    pub date: Option<String>,
    pub problems: Vec<String>,
}

impl Skipped {
    /// One line for the person: which entry, and what is wrong with it.
    pub fn describe(&self) -> String {
        let which = match (&self.date, self.position) {
            (Some(d), 0) => format!("The entry for {d}"),
            (Some(d), n) => format!("Entry {n} ({d})"),
            (None, n) => format!("Entry {n}"),
        };
        format!("{which}: {}", self.problems.join(" "))
    }
}

/// How the person set up the trial: when it started, how many baseline days they planned, and
/// the plan's amounts then. Kept beside the entries on this device (an extra field, so other
/// readers ignore it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrialSettings {
    pub start: Date,
    pub baseline_days: u32,
    /// (start-low, full) elemental mg a day from the plan when the trial started, so the morning
    /// form is filled in even where the app opens without the Dose entries (an installed app).
    pub planned_mg: Option<(f64, f64)>,
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
pub fn parse_document(text: &str) -> Result<Document, FileError> {
    migrate::to_current(json::parse(text).ok_or(FileError::NotJson)?)
}

/// Reads a diary file: every valid entry, and what was skipped.
pub fn decode_text(text: &str) -> Result<Decoded, FileError> {
    parse_document(text).map(|doc| decode(&doc))
}

/// The entries and settings of a current-version document.
pub fn decode(doc: &Document) -> Decoded {
    let mut valid = Vec::new();
    let mut skipped = Vec::new();
    for (i, value) in entries(doc).iter().enumerate() {
        match entry(value) {
            Ok(e) => valid.push(e),
            Err(problems) => skipped.push(Skipped {
                position: i + 1,
                date: value.get("date").and_then(Json::as_str).map(short),
                problems,
            }),
        }
    }
    let (diary, repeated) = Diary::from_entries(valid);
    Decoded {
        diary,
        skipped,
        repeated,
        trial: field(doc, "trial").and_then(trial_settings),
    }
}

/// The document's `entries` (none when missing or not an array).
pub fn entries(doc: &Document) -> &[Json] {
    field(doc, "entries")
        .and_then(Json::as_array)
        .unwrap_or(&[])
}

/// A date text shown back to the person, cut short if someone stored a novel there.
fn short(s: &str) -> String {
    s.chars().take(20).collect()
}

/// One entry: its fields checked by the engine (`Entry::from_raw`); a field of the wrong JSON
/// type is a problem of its own.
pub fn entry(value: &Json) -> Result<Entry, Vec<String>> {
    if !matches!(value, Json::Object(_)) {
        return Err(vec!["not an entry (a {…} object is expected).".into()]);
    }
    let obj = value;
    let mut problems = Vec::new();
    let mut number = |field: &str| match obj.get(field) {
        None | Some(Json::Null) => None,
        Some(Json::Number(n)) => Some(*n),
        Some(_) => {
            problems.push(format!("{field} must be a number or null."));
            None
        }
    };
    let (symptoms, sleep, magnesium_mg) =
        (number("symptoms"), number("sleep"), number("magnesium_mg"));
    let gi = match obj.get("gi") {
        None | Some(Json::Null) => false,
        Some(Json::Bool(b)) => *b,
        Some(_) => {
            problems.push("gi must be true or false.".into());
            false
        }
    };
    let note = match obj.get("note") {
        None | Some(Json::Null) => "",
        Some(Json::String(s)) => s.as_str(),
        Some(_) => {
            problems.push("note must be text.".into());
            ""
        }
    };
    let date = match obj.get("date") {
        Some(Json::String(s)) => s.as_str(),
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

fn trial_settings(value: &Json) -> Option<TrialSettings> {
    let mg = |key: &str| match value.get(key) {
        Some(Json::Number(n)) if n.is_finite() && *n >= 0.0 => Some(*n),
        _ => None,
    };
    Some(TrialSettings {
        start: Date::parse(value.get("start")?.as_str()?).ok()?,
        baseline_days: u32::try_from(value.get("baseline_days")?.as_u64()?).ok()?,
        planned_mg: mg("start_low_mg").zip(mg("full_mg")),
    })
}

fn text(s: impl Into<String>) -> Json {
    Json::String(s.into())
}

fn rating(x: Option<u8>) -> Json {
    x.map_or(Json::Null, |x| Json::Number(f64::from(x)))
}

/// An entry as the file writes it, in the contract's field order: every field, `null` for a
/// value not recorded.
pub fn entry_value(e: &Entry) -> Json {
    Json::Object(vec![
        ("date".into(), text(e.date().to_string())),
        ("symptoms".into(), rating(e.symptoms())),
        ("sleep".into(), rating(e.sleep())),
        (
            "magnesium_mg".into(),
            e.magnesium_mg().map_or(Json::Null, Json::Number),
        ),
        ("gi".into(), Json::Bool(e.gi())),
        ("note".into(), text(e.note())),
    ])
}

pub fn settings_value(t: TrialSettings) -> Json {
    let mut fields = vec![
        ("start".into(), text(t.start.to_string())),
        (
            "baseline_days".into(),
            Json::Number(f64::from(t.baseline_days)),
        ),
    ];
    if let Some((low, full)) = t.planned_mg {
        fields.push(("start_low_mg".into(), Json::Number(low)));
        fields.push(("full_mg".into(), Json::Number(full)));
    }
    Json::Object(fields)
}

/// The export file: the contract's format with every entry, oldest first, and the trial's
/// settings when one was started (`trial`, an extra field other readers skip), so the trial
/// carries on on another device.
pub fn export(diary: &Diary, trial: Option<TrialSettings>) -> String {
    let mut doc = empty_document();
    json::set(
        &mut doc,
        "entries",
        Json::Array(diary.entries().iter().map(entry_value).collect()),
    );
    if let Some(t) = trial {
        json::set(&mut doc, "trial", settings_value(t));
    }
    json::to_text(&Json::Object(doc))
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
        let text = export(&d, None);
        assert_eq!(
            text,
            r#"{"format":"mg-rls-diary","version":1,"entries":[{"date":"2026-12-01","symptoms":6,"sleep":4,"magnesium_mg":200,"gi":false,"note":""}]}"#
        );
        assert_eq!(decode_text(&text).unwrap().diary, d);
    }

    #[test]
    fn the_export_carries_the_trial_to_another_device() {
        let d = decode_text(EXAMPLE).unwrap().diary;
        let t = TrialSettings {
            start: Date::parse("2026-11-24").unwrap(),
            baseline_days: 7,
            planned_mg: None,
        };
        let text = export(&d, Some(t));
        assert!(
            text.ends_with(r#""trial":{"start":"2026-11-24","baseline_days":7}}"#),
            "{text}"
        );
        let back = decode_text(&text).unwrap();
        assert_eq!((back.diary, back.trial), (d, Some(t)));
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
        assert!(export(&d.diary, None).contains(r#""magnesium_mg":66.67,"gi":false,"note":"a\nb""#));
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
            planned_mg: None,
        };
        json::set(&mut doc, "trial", settings_value(t));
        assert_eq!(decode(&doc).trial, Some(t));
        let planned = TrialSettings {
            planned_mg: Some((100.0, 241.25)),
            ..t
        };
        json::set(&mut doc, "trial", settings_value(planned));
        assert_eq!(decode(&doc).trial, Some(planned));
        json::set(&mut doc, "trial", text("nonsense"));
        assert_eq!(decode(&doc).trial, None);
    }
}
