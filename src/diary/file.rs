//! The diary file of docs/contract.md §4.2, for export, import and this device's copy alike:
//! `{ "format": "mg-rls-diary", "version": 1, "entries": [ … ] }`, read and written with serde
//! derives and serde_json. Unknown fields are ignored at any depth; each entry is decoded on
//! its own, so an invalid one is reported and skipped, never the reason to refuse the rest.
//! The app's extensions: `trial` (the trial's settings, checked) and `inputs` (the Dose entries
//! as a query string, `super::inputs`).

use super::document::{excerpt, Lenient};
use super::migrate;
use crate::state::Query;
use mg_engine::trial::phase::BASELINE_DAYS_MAX;
use mg_engine::trial::{entry::MAGNESIUM_MAX_MG, Date, Diary, Entry};
use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::marker::PhantomData;

pub use super::document::{Document, FileError, FORMAT, VERSION};

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
    /// The Dose entries the file carries (`inputs`), without `view`, `embed` and `theme`;
    /// `None` when it carries none. Boxed: a `Query` is large beside the rest.
    pub inputs: Option<Box<Query>>,
    /// Parts of the file other than entries that were left out, and why (one line each).
    pub problems: Vec<String>,
}

/// Reads a diary file from its bytes: UTF-8 text (a leading byte-order mark is allowed), else
/// the place of the first byte that is not.
pub fn decode_bytes(bytes: &[u8]) -> Result<Decoded, FileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => decode_text(text),
        Err(e) => {
            let offset = e.valid_up_to();
            // The valid prefix is text: count lines and characters in it.
            let before = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(FileError::NotUtf8 {
                offset,
                line,
                column,
                byte: bytes[offset],
            })
        }
    }
}

/// Reads a diary file: every valid entry, and what was skipped.
pub fn decode_text(text: &str) -> Result<Decoded, FileError> {
    match decode_typed(text) {
        Some(decoded) => Ok(decoded),
        None => migrate::to_current(text).map(|doc| decode(&doc)),
    }
}

/// A current-version diary whose every entry is valid and of its JSON types (as this app writes
/// them), read in one pass over the text: the 10,000 days of a long diary are read each time
/// the Trial screen opens. `None` whenever reading the document part by part
/// (`migrate::to_current`, then `decode`) could say anything else — an older or newer version,
/// an entry to skip, any doubt — and then that reading decides.
fn decode_typed(text: &str) -> Option<Decoded> {
    #[derive(Deserialize)]
    struct Typed<'a> {
        #[serde(borrow)]
        format: Option<&'a str>,
        #[serde(borrow)]
        version: Option<&'a RawValue>,
        #[serde(borrow)]
        entries: Option<Vec<EntryTyped<'a>>>,
        #[serde(borrow)]
        trial: Option<&'a RawValue>,
        #[serde(borrow)]
        inputs: Option<&'a RawValue>,
    }
    // An object only: a derived struct would also take a list of values in field order.
    if !text
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{')
    {
        return None;
    }
    let doc: Typed = serde_json::from_str(text).ok()?;
    if doc.format != Some(FORMAT) || doc.version.map(migrate::version) != Some(Ok(VERSION)) {
        return None;
    }
    let entries = doc.entries.unwrap_or_default();
    let mut valid = Vec::with_capacity(entries.len());
    for e in entries {
        valid.push(e.entry()?);
    }
    Some(settled(valid, Vec::new(), doc.trial, doc.inputs))
}

/// The entries and settings of a current-version document.
pub fn decode(doc: &Document) -> Decoded {
    let mut valid = Vec::with_capacity(doc.entries.len());
    let mut skipped = Vec::new();
    for (i, raw) in doc.entries.iter().enumerate() {
        match entry(raw) {
            Ok(e) => valid.push(e),
            Err((date, problems)) => skipped.push(Skipped {
                position: i + 1,
                date,
                problems,
            }),
        }
    }
    settled(valid, skipped, doc.trial, doc.inputs)
}

/// The diary of the valid entries, with what was skipped, and the trial settings and Dose
/// entries read (or why not).
fn settled(
    valid: Vec<Entry>,
    skipped: Vec<Skipped>,
    trial: Option<&RawValue>,
    inputs: Option<&RawValue>,
) -> Decoded {
    let (diary, repeated) = Diary::from_entries(valid);
    let mut problems = Vec::new();
    let trial = trial.and_then(|raw| trial_settings(raw).map_err(|p| problems.push(p)).ok()?);
    let inputs = inputs.and_then(|raw| {
        super::inputs::read(raw)
            .map_err(|p| problems.push(p))
            .ok()?
            .map(Box::new)
    });
    Decoded {
        diary,
        skipped,
        repeated,
        trial,
        inputs,
        problems,
    }
}

/// One entry as the file has it: every known field optional, unknown ones skipped.
#[derive(Default, Deserialize)]
#[serde(default)]
struct EntryIn {
    date: Option<Lenient<String>>,
    symptoms: Option<Lenient<f64>>,
    sleep: Option<Lenient<f64>>,
    magnesium_mg: Option<Lenient<f64>>,
    gi: Option<Lenient<bool>>,
    note: Option<Lenient<String>>,
}

/// Why a field's JSON is not the value it should be.
fn number_problem(field: &str, raw: &RawValue) -> String {
    match raw.get().as_bytes().first() {
        Some(b'-' | b'0'..=b'9') => format!(
            "{field} {} is too large a number to read.",
            excerpt(raw.get(), 20)
        ),
        _ => format!("{field} must be a number or null."),
    }
}

fn text_problem(field: &str, raw: &RawValue) -> String {
    match raw.get().starts_with('"') {
        true => format!("{field} holds a \\u escape that is no character (a lone surrogate)."),
        false => format!("{field} must be text."),
    }
}

/// A date text shown back to the person, cut short if someone stored a novel there.
fn short(s: &str) -> String {
    excerpt(s, 20)
}

/// An entry object whose every field has its JSON type, read in one pass over its text (the
/// date borrowed from it). Anything else — not an object, a wrong type, a number too large, a
/// lone surrogate, a field given twice — fails here and is read field by field by `EntryIn`,
/// which says what is wrong.
#[derive(Default)]
struct EntryTyped<'a> {
    date: Option<&'a str>,
    symptoms: Option<f64>,
    sleep: Option<f64>,
    magnesium_mg: Option<f64>,
    gi: Option<bool>,
    note: Option<Cow<'a, str>>,
}

/// An entry's field name, read without copying it.
#[derive(Clone, Copy)]
enum Key {
    Date,
    Symptoms,
    Sleep,
    Magnesium,
    Gi,
    Note,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct Name;
        impl Visitor<'_> for Name {
            type Value = Key;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<Key, E> {
                Ok(match name {
                    "date" => Key::Date,
                    "symptoms" => Key::Symptoms,
                    "sleep" => Key::Sleep,
                    "magnesium_mg" => Key::Magnesium,
                    "gi" => Key::Gi,
                    "note" => Key::Note,
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_identifier(Name)
    }
}

/// Reads a field's value into `slot`, unless the field was given before.
fn once<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    seen: &mut bool,
    name: &'static str,
) -> Result<(), A::Error> {
    if std::mem::replace(seen, true) {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = map.next_value()?;
    Ok(())
}

impl<'de: 'a, 'a> Deserialize<'de> for EntryTyped<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields<'a>(PhantomData<&'a str>);
        impl<'de: 'a, 'a> Visitor<'de> for Fields<'a> {
            type Value = EntryTyped<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an entry object")
            }
            // Only an object: a derived struct would also take a list of values.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut e = EntryTyped::default();
                let mut seen = [false; 7];
                while let Some(key) = map.next_key::<Key>()? {
                    let (m, seen) = (&mut map, &mut seen[key as usize]);
                    match key {
                        Key::Date => once(m, &mut e.date, seen, "date")?,
                        Key::Symptoms => once(m, &mut e.symptoms, seen, "symptoms")?,
                        Key::Sleep => once(m, &mut e.sleep, seen, "sleep")?,
                        Key::Magnesium => once(m, &mut e.magnesium_mg, seen, "magnesium_mg")?,
                        Key::Gi => once(m, &mut e.gi, seen, "gi")?,
                        Key::Note => once(m, &mut e.note, seen, "note")?,
                        Key::Other => {
                            m.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(e)
            }
        }
        d.deserialize_map(Fields(PhantomData))
    }
}

impl EntryTyped<'_> {
    /// The entry, when the engine finds it valid.
    fn entry(self) -> Option<Entry> {
        let note = self.note.as_deref().unwrap_or("");
        let gi = self.gi.unwrap_or(false);
        Entry::from_raw(
            self.date?,
            self.symptoms,
            self.sleep,
            self.magnesium_mg,
            gi,
            note,
        )
        .ok()
    }
}

/// The usual entry, valid and of the right JSON types, without keeping each field's text
/// aside first: `None` whenever `entry`'s field-by-field reading could say something else.
fn typed_entry(raw: &RawValue) -> Option<Entry> {
    serde_json::from_str::<EntryTyped>(raw.get()).ok()?.entry()
}

/// One entry: its fields checked by the engine (`Entry::from_raw`); a field of the wrong JSON
/// type is a problem of its own. The error holds the entry's date text, when it has one.
pub fn entry(raw: &RawValue) -> Result<Entry, (Option<String>, Vec<String>)> {
    // Nearly every stored day: one pass (a 10,000-day diary is read when the Trial screen opens).
    typed_entry(raw).map_or_else(|| entry_by_fields(raw), Ok)
}

/// `entry`, each field kept as JSON text until it is known to be of its type.
fn entry_by_fields(raw: &RawValue) -> Result<Entry, (Option<String>, Vec<String>)> {
    if !raw.get().starts_with('{') {
        return Err((
            None,
            vec!["not an entry (a {…} object is expected).".into()],
        ));
    }
    let fields: EntryIn = serde_json::from_str(raw.get()).map_err(|e| {
        let text = e.to_string();
        let reason = text.rfind(" at line ").map_or(&*text, |at| &text[..at]);
        (None, vec![format!("could not be read ({reason}).")])
    })?;
    let mut problems = Vec::new();
    let mut number = |field: &str, value: Option<Lenient<f64>>| match value {
        None => None,
        Some(Lenient::Read(n)) => Some(n),
        Some(Lenient::Unreadable(raw)) => {
            problems.push(number_problem(field, &raw));
            None
        }
    };
    let symptoms = number("symptoms", fields.symptoms);
    let sleep = number("sleep", fields.sleep);
    let magnesium_mg = number("magnesium_mg", fields.magnesium_mg);
    let gi = match fields.gi {
        None => false,
        Some(Lenient::Read(b)) => b,
        Some(Lenient::Unreadable(_)) => {
            problems.push("gi must be true or false.".into());
            false
        }
    };
    let note = match &fields.note {
        None => "",
        Some(Lenient::Read(s)) => s.as_str(),
        Some(Lenient::Unreadable(raw)) => {
            problems.push(text_problem("note", raw));
            ""
        }
    };
    let date = match &fields.date {
        Some(Lenient::Read(s)) => s.as_str(),
        Some(Lenient::Unreadable(raw)) => {
            problems.push(text_problem("date", raw));
            return Err((None, problems));
        }
        None => {
            problems.push("date is missing (year-month-day text, e.g. 2026-12-01).".into());
            return Err((None, problems));
        }
    };
    match Entry::from_raw(date, symptoms, sleep, magnesium_mg, gi, note) {
        Ok(e) if problems.is_empty() => Ok(e),
        Ok(_) => Err((Some(short(date)), problems)),
        Err(errors) => {
            problems.extend(errors.iter().map(|e| e.message()));
            Err((Some(short(date)), problems))
        }
    }
}

/// The `trial` field as the file has it.
#[derive(Default, Deserialize)]
#[serde(default)]
struct SettingsIn {
    start: Option<Lenient<String>>,
    baseline_days: Option<Lenient<f64>>,
    start_low_mg: Option<Lenient<f64>>,
    full_mg: Option<Lenient<f64>>,
}

/// The trial's settings, checked: a valid start date, whole baseline days from 0 to
/// `BASELINE_DAYS_MAX`, and planned amounts (both or neither) from 0 to the diary's maximum.
/// Planned amounts that are not valid are dropped (the form then starts empty); anything else
/// wrong refuses the settings, with the line to show.
pub fn trial_settings(raw: &RawValue) -> Result<Option<TrialSettings>, String> {
    let refused = |why: String| format!("The trial's settings were left out: {why}");
    if raw.get() == "null" {
        return Ok(None);
    }
    if !raw.get().starts_with('{') {
        return Err(refused("\"trial\" is not a {…} object.".into()));
    }
    let s: SettingsIn = serde_json::from_str(raw.get())
        .map_err(|_| refused("\"trial\" could not be read.".into()))?;
    let start = match s.start {
        Some(Lenient::Read(text)) => Date::parse(&text).map_err(|e| refused(e.message()))?,
        _ => return Err(refused("its start is not a date.".into())),
    };
    let baseline_days = match s.baseline_days {
        Some(Lenient::Read(n))
            if n.fract() == 0.0 && (0.0..=f64::from(BASELINE_DAYS_MAX)).contains(&n) =>
        {
            n as u32
        }
        Some(Lenient::Read(n)) => {
            return Err(refused(format!(
                "baseline_days {} is not a whole number of days from 0 to {BASELINE_DAYS_MAX}.",
                mg_engine::decimal::typed(n)
            )))
        }
        Some(Lenient::Unreadable(raw)) => {
            return Err(refused(format!(
                "baseline_days {} is not a whole number of days from 0 to {BASELINE_DAYS_MAX}.",
                excerpt(raw.get(), 20)
            )))
        }
        None => return Err(refused("it has no baseline_days.".into())),
    };
    let mg = |v: Option<Lenient<f64>>| match v {
        Some(Lenient::Read(n)) if n.is_finite() && (0.0..=MAGNESIUM_MAX_MG).contains(&n) => {
            Some(n + 0.0)
        }
        _ => None,
    };
    Ok(Some(TrialSettings {
        start,
        baseline_days,
        planned_mg: mg(s.start_low_mg).zip(mg(s.full_mg)),
    }))
}

/// A number of mg as the file writes it: a whole number without a decimal point (`200`, as in
/// the contract's example), any other with the shortest text that reads back the same.
fn amount<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *value {
        None => s.serialize_none(),
        Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => s.serialize_i64(x as i64),
        Some(x) => s.serialize_f64(x),
    }
}

/// An entry as the file writes it, in the contract's field order: every field, `null` for a
/// value not recorded.
#[derive(Serialize)]
pub struct EntryOut<'a> {
    date: String,
    symptoms: Option<u8>,
    sleep: Option<u8>,
    #[serde(serialize_with = "amount")]
    magnesium_mg: Option<f64>,
    gi: bool,
    note: &'a str,
}

impl<'a> From<&'a Entry> for EntryOut<'a> {
    fn from(e: &'a Entry) -> EntryOut<'a> {
        EntryOut {
            date: e.date().to_string(),
            symptoms: e.symptoms(),
            sleep: e.sleep(),
            magnesium_mg: e.magnesium_mg(),
            gi: e.gi(),
            note: e.note(),
        }
    }
}

/// The `trial` field as written.
#[derive(Serialize)]
pub struct SettingsOut {
    start: String,
    baseline_days: u32,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "amount")]
    start_low_mg: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "amount")]
    full_mg: Option<f64>,
}

impl From<TrialSettings> for SettingsOut {
    fn from(t: TrialSettings) -> SettingsOut {
        SettingsOut {
            start: t.start.to_string(),
            baseline_days: t.baseline_days,
            start_low_mg: t.planned_mg.map(|p| p.0),
            full_mg: t.planned_mg.map(|p| p.1),
        }
    }
}

/// The whole export file.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    entries: Vec<EntryOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trial: Option<SettingsOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    inputs: Option<String>,
}

/// An entry as JSON text (for the stored copy).
pub fn entry_json(e: &Entry) -> Box<RawValue> {
    serde_json::value::to_raw_value(&EntryOut::from(e)).expect("an entry always serialises")
}

/// The trial's settings as JSON text (for the stored copy).
pub fn settings_json(t: TrialSettings) -> Box<RawValue> {
    serde_json::value::to_raw_value(&SettingsOut::from(t)).expect("settings always serialise")
}

/// The export file: the contract's format with every entry, oldest first; the trial's
/// settings when one was started (`trial`), so the trial carries on on another device; and
/// the Dose entries (`inputs`, from `super::inputs::for_export`), so a report made there is
/// the same. Both are extra fields other readers skip.
pub fn export(diary: &Diary, trial: Option<TrialSettings>, inputs: Option<&Query>) -> String {
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        entries: diary.entries().iter().map(EntryOut::from).collect(),
        trial: trial.map(SettingsOut::from),
        inputs: inputs.and_then(super::inputs::for_export),
    };
    serde_json::to_string(&file).expect("a diary always serialises")
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

    fn raw(text: &str) -> Box<RawValue> {
        RawValue::from_string(text.into()).unwrap()
    }

    #[test]
    fn the_one_pass_reading_agrees_with_the_field_by_field_one() {
        let texts = [
            r#"{"date":"2026-12-01","symptoms":6,"sleep":4,"magnesium_mg":200,"gi":false,"note":""}"#,
            r#"{"note":"tab\there \"quoted\" é","date":"2026-12-01","gi":true,"x":[1e400]}"#,
            r#"{"date":"2026-12-01","symptoms":null,"sleep":null,"magnesium_mg":null,"gi":null,"note":null}"#,
            r#"{"date":"2026-12-01","symptoms":6.5}"#,
            r#"{"date":"2026-12-01","symptoms":"6"}"#,
            r#"{"date":"2026-12-01","magnesium_mg":1e400}"#,
            r#"{"date":"2026-12-01","note":"\ud800"}"#,
            r#"{"date":"2026-12-01","symptoms":1,"symptoms":2}"#,
            r#"{"date":"2026-02-30"}"#,
            r#"{"date":"2026\u002d12-01"}"#,
            r#"{"date":5}"#,
            r#"{"symptoms":5}"#,
            r#"["2026-12-01",5,5,0,false,""]"#,
            r#""2026-12-01""#,
            "{}",
        ];
        for text in texts {
            let r = raw(text);
            let one_pass = typed_entry(&r);
            let by_fields = entry_by_fields(&r);
            if let Some(e) = &one_pass {
                assert_eq!(by_fields.as_ref(), Ok(e), "{text}");
            }
            assert_eq!(entry(&r), by_fields, "{text}");
        }
        // The usual entry takes the one pass.
        assert!(typed_entry(&raw(texts[0])).is_some());
        assert!(typed_entry(&raw(texts[1])).is_some());
        assert!(typed_entry(&raw(texts[12])).is_none(), "a list is no entry");
    }

    #[test]
    fn the_one_pass_document_reading_agrees_with_the_part_by_part_one() {
        let by_parts = |text: &str| migrate::to_current(text).map(|doc| decode(&doc));
        let entry = r#"{"date":"2026-12-01","symptoms":6,"sleep":4,"magnesium_mg":200,"gi":false,"note":"x"}"#;
        let trial =
            r#""trial":{"start":"2026-11-30","baseline_days":7,"start_low_mg":100,"full_mg":200}"#;
        let texts = [
            EXAMPLE.to_owned(),
            format!(r#" {{"format":"mg-rls-diary","version":1,"entries":[{entry}],{trial},"later":[1e400]}}"#),
            format!(r#"{{"format":"mg-rls-diary","version":1,"entries":[{entry},{entry}]}}"#),
            format!(r#"{{"format":"mg-rls-diary","version":1,"entries":[{entry}],"trial":{{"start":"x"}},"inputs":"age=x"}}"#),
            r#"{"format":"mg-rls-diary","version":1,"entries":null}"#.to_owned(),
            r#"{"format":"mg-rls-diary","version":1}"#.to_owned(),
            r#"{"format":"mg-rls-diary","version":1,"entries":[["2026-12-01",5]]}"#.to_owned(),
            r#"{"format":"mg-rls-diary","version":1,"entries":[{"date":"2026-12-01","symptoms":"5"}]}"#.to_owned(),
            r#"{"format":"mg-rls-diary","version":1,"entries":[{"date":"2026-12-01","gi":1,"gi":2}]}"#.to_owned(),
            r#"{"format":"mg-rls-diary","version":1,"entries":{}}"#.to_owned(),
            r#"{"format":"mg-rls-diary","version":2,"entries":[]}"#.to_owned(),
            r#"{"format":"mg-rls-diary","version":1.0,"entries":[]}"#.to_owned(),
            r#"{"format":"mg-rls-diary","version":"1","entries":[]}"#.to_owned(),
            r#"{"format":"mg-rls-dairy","version":1,"entries":[]}"#.to_owned(),
            r#"{"format":"mg-rls-diary","version":1,"entries":[],"version":1}"#.to_owned(),
            r#"["mg-rls-diary",1,[]]"#.to_owned(),
            format!("[{entry}]"),
            r#"{"format":"mg-rls-diary","version":1,"entries":[]} x"#.to_owned(),
        ];
        for text in &texts {
            if let Some(one_pass) = decode_typed(text) {
                assert_eq!(by_parts(text).as_ref(), Ok(&one_pass), "{text}");
            }
            assert_eq!(decode_text(text), by_parts(text), "{text}");
        }
        // What this app writes takes the one pass.
        for text in &texts[..5] {
            assert!(decode_typed(text).is_some(), "{text}");
        }
        assert!(decode_typed(&texts[6]).is_none(), "a list is no entry");
        assert!(decode_typed(&texts[15]).is_none(), "a list is no document");
    }

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
        let text = export(&d, None, None);
        assert_eq!(
            text,
            r#"{"format":"mg-rls-diary","version":1,"entries":[{"date":"2026-12-01","symptoms":6,"sleep":4,"magnesium_mg":200,"gi":false,"note":""}]}"#
        );
        assert_eq!(decode_text(&text).unwrap().diary, d);
    }

    #[test]
    fn the_export_carries_the_trial_and_the_inputs_to_another_device() {
        let d = decode_text(EXAMPLE).unwrap().diary;
        let t = TrialSettings {
            start: Date::parse("2026-11-24").unwrap(),
            baseline_days: 7,
            planned_mg: None,
        };
        let query = Query::parse("?view=trial&age=60&sex=female&theme=dark&embed=1&meds=iron");
        let text = export(&d, Some(t), Some(&query));
        assert!(
            text.ends_with(
                r#""trial":{"start":"2026-11-24","baseline_days":7},"inputs":"?age=60&sex=female&meds=iron"}"#
            ),
            "{text}"
        );
        let back = decode_text(&text).unwrap();
        assert_eq!((back.diary, back.trial), (d.clone(), Some(t)));
        assert_eq!(
            back.inputs.as_deref(),
            Some(&Query::parse("?age=60&sex=female&meds=iron"))
        );
        // Nothing entered: no `inputs` at all.
        let text = export(&d, None, Some(&Query::parse("?view=trial&theme=dark")));
        assert!(!text.contains("inputs"), "{text}");
    }

    #[test]
    fn nulls_missing_fields_and_unknown_fields_at_any_depth() {
        let deep = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
        let text = format!(
            r#"{{"format":"mg-rls-diary","version":1,"future":{deep},"entries":[
                {{"date":"2026-12-02","symptoms":null,"mood":"fine","x":{deep}}},
                {{"date":"2026-12-03","magnesium_mg":66.67,"note":"a\nb","big":1e400,"s":"\ud800"}}],
                "trial":{{"start":"2026-11-30","baseline_days":7,"more":{deep}}}}}"#
        );
        let d = decode_text(&text).unwrap();
        assert!(d.skipped.is_empty(), "{:?}", d.skipped);
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        assert_eq!(d.trial.map(|t| t.baseline_days), Some(7));
        let [a, b] = d.diary.entries() else { panic!() };
        assert_eq!(
            (a.symptoms(), a.sleep(), a.magnesium_mg(), a.gi(), a.note()),
            (None, None, None, false, "")
        );
        assert_eq!((b.magnesium_mg(), b.note()), (Some(66.67), "a\nb"));
        assert!(export(&d.diary, None, None)
            .contains(r#""magnesium_mg":66.67,"gi":false,"note":"a\nb""#));
    }

    #[test]
    fn numbers_as_json_writes_them() {
        let one = |field_and_value: &str| {
            let text = format!(
                r#"{{"format":"mg-rls-diary","version":1,"entries":[{{"date":"2026-12-01",{field_and_value}}}]}}"#
            );
            decode_text(&text).unwrap()
        };
        let d = one(r#""symptoms":0.07e2,"sleep":70e-1,"magnesium_mg":2.5E2"#);
        assert!(d.skipped.is_empty(), "{:?}", d.skipped);
        let e = &d.diary.entries()[0];
        assert_eq!(
            (e.symptoms(), e.sleep(), e.magnesium_mg()),
            (Some(7), Some(7), Some(250.0))
        );
        // A tiny amount stays magnesium after a round trip, never a day without it.
        let d = one(r#""magnesium_mg":1e-7"#);
        let text = export(&d.diary, None, None);
        assert!(text.contains(r#""magnesium_mg":1e-7"#), "{text}");
        let back = decode_text(&text).unwrap().diary;
        assert_eq!(back.entries()[0].magnesium_mg(), Some(1e-7));
        assert_eq!(back, d.diary);
    }

    #[test]
    fn one_bad_entry_is_skipped_and_the_rest_read() {
        let d = decode_text(
            r#"{"format":"mg-rls-diary","version":1,"entries":[
                {"date":"2026-12-01","symptoms":6},
                {"date":"2026-12-02","symptoms":1e400},
                {"date":"2026-12-03","note":"\ud800 lone"},
                {"date":"2026-12-04","symptoms":"7"},
                {"date":"2026-12-05","symptoms":2,"symptoms":3},
                ["2026-12-06", 5],
                {"date":"\udc00"},
                {"date":"2026-12-07","sleep":3}]}"#,
        )
        .unwrap();
        let dates: Vec<_> = d
            .diary
            .entries()
            .iter()
            .map(|e| e.date().to_string())
            .collect();
        assert_eq!(dates, ["2026-12-01", "2026-12-07"]);
        let lines: Vec<String> = d.skipped.iter().map(Skipped::describe).collect();
        assert_eq!(
            lines,
            [
                "Entry 2 (2026-12-02): symptoms 1e400 is too large a number to read.",
                "Entry 3 (2026-12-03): note holds a \\u escape that is no character (a lone surrogate).",
                "Entry 4 (2026-12-04): symptoms must be a number or null.",
                "Entry 5: could not be read (duplicate field `symptoms`).",
                "Entry 6: not an entry (a {…} object is expected).",
                "Entry 7: date holds a \\u escape that is no character (a lone surrogate).",
            ]
        );
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
        assert!(matches!(
            decode_text("not json"),
            Err(FileError::NotJson { .. })
        ));
        assert_eq!(
            decode_text(r#"{"format":"other","version":1,"entries":[]}"#),
            Err(FileError::NotADiary)
        );
        assert_eq!(
            decode_text("42"),
            Err(FileError::NotAnObject { found: "a number" })
        );
        assert_eq!(
            decode_text(r#"{"format":"mg-rls-diary","version":2,"entries":[]}"#),
            Err(FileError::Newer { version: 2 })
        );
        assert!(FileError::Newer { version: 2 }
            .message()
            .contains("reads up to 1"));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_reported_where_they_are() {
        let mut bytes = br#"{"format":"mg-rls-diary","version":1,"entries":[
{"date":"2026-12-01","note":"caf"#
            .to_vec();
        bytes.extend([0xE9, b'"', b'}', b']', b'}']);
        let e = decode_bytes(&bytes).unwrap_err();
        assert_eq!(
            e,
            FileError::NotUtf8 {
                offset: 81,
                line: 2,
                column: 33,
                byte: 0xE9
            }
        );
        assert!(e
            .message()
            .starts_with("This file is not UTF-8 text: byte 82 (line 2, column 33) is 0xE9"));
        // With a byte-order mark, UTF-8 text reads as usual.
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend(EXAMPLE.as_bytes());
        assert_eq!(decode_bytes(&bom).unwrap().diary.len(), 1);
        assert_eq!(
            decode_bytes("[{\"date\":\"2026-12-01\",\"note\":\"café\"}]".as_bytes())
                .unwrap()
                .diary
                .entries()[0]
                .note(),
            "café"
        );
    }

    #[test]
    fn trial_settings_are_checked() {
        let t = TrialSettings {
            start: Date::parse("2026-11-30").unwrap(),
            baseline_days: 7,
            planned_mg: None,
        };
        assert_eq!(trial_settings(&settings_json(t)), Ok(Some(t)));
        let planned = TrialSettings {
            planned_mg: Some((100.0, 241.25)),
            ..t
        };
        assert_eq!(trial_settings(&settings_json(planned)), Ok(Some(planned)));
        assert_eq!(trial_settings(&raw("null")), Ok(None));
        for (text, why) in [
            (r#""nonsense""#, "is not a {…} object"),
            (r#"{"baseline_days":7}"#, "its start is not a date"),
            (
                r#"{"start":"2026-02-30","baseline_days":7}"#,
                "has no day 30",
            ),
            (r#"{"start":"2026-11-30"}"#, "it has no baseline_days"),
            (
                r#"{"start":"2026-11-30","baseline_days":4294967295}"#,
                "baseline_days 4294967295 is not a whole number of days from 0 to 28",
            ),
            (
                r#"{"start":"2026-11-30","baseline_days":-1}"#,
                "baseline_days -1 is not",
            ),
            (
                r#"{"start":"2026-11-30","baseline_days":6.5}"#,
                "baseline_days 6.5 is not",
            ),
            (
                r#"{"start":"2026-11-30","baseline_days":"7"}"#,
                "baseline_days \"7\" is not",
            ),
        ] {
            let e = trial_settings(&raw(text)).unwrap_err();
            assert!(
                e.starts_with("The trial's settings were left out: ") && e.contains(why),
                "{text}: {e}"
            );
        }
        // Planned amounts that are not valid are dropped, the rest kept.
        let odd = trial_settings(&raw(
            r#"{"start":"2026-11-30","baseline_days":0,"start_low_mg":-5,"full_mg":300,"x":[1]}"#,
        ))
        .unwrap()
        .unwrap();
        assert_eq!((odd.baseline_days, odd.planned_mg), (0, None));
        // In a file, the refusal is reported and the entries still read.
        let d = decode_text(
            r#"{"format":"mg-rls-diary","version":1,"entries":[{"date":"2026-12-01"}],"trial":{"start":"2026-11-30","baseline_days":4294967295}}"#,
        )
        .unwrap();
        assert_eq!((d.diary.len(), d.trial, d.problems.len()), (1, None, 1));
    }
}
