//! What every diary document has, whatever its version: the format name, the version this app
//! writes, the reasons a text is not a readable diary, and the typed pieces (serde) the readers
//! share. The reader keeps each part it does not read yet as JSON text (`RawValue`), so one bad
//! entry, a number too large, a lone surrogate or an unknown field nested at any depth stays
//! that entry's problem (or nobody's) instead of the whole file's.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

pub const FORMAT: &str = "mg-rls-diary";
/// The version this app writes. Older ones are brought up to it (`migrate`); newer ones are
/// refused rather than half read.
pub const VERSION: u64 = 1;

/// Why a text is not a diary this app can read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// A byte that UTF-8 text cannot hold, at `offset` (0-based) on `line`, `column` (1-based,
    /// in characters).
    NotUtf8 {
        offset: usize,
        line: usize,
        column: usize,
        byte: u8,
    },
    /// Not JSON: the parser's reason, where (1-based).
    NotJson {
        reason: String,
        line: usize,
        column: usize,
    },
    /// JSON, but neither an object nor a bare list: what it holds instead.
    NotAnObject { found: &'static str },
    /// An object without `"format": "mg-rls-diary"`.
    NotADiary,
    /// A `version` this app does not know (`None`: there is none), in short.
    UnknownVersion { version: Option<String> },
    /// Saved by a newer app.
    Newer { version: u64 },
    /// `entries` is there but not a list: what it holds instead.
    EntriesNotAList { found: &'static str },
    /// Valid JSON that still cannot be read as a diary (e.g. a field given twice).
    Unreadable { reason: String },
}

impl FileError {
    pub fn message(&self) -> String {
        match self {
            FileError::NotUtf8 {
                offset,
                line,
                column,
                byte,
            } => format!(
                "This file is not UTF-8 text: byte {} (line {line}, column {column}) is 0x{byte:02X}, \
                 which UTF-8 text cannot hold. Save the file as UTF-8 (plain text) and import it again.",
                offset + 1
            ),
            FileError::NotJson {
                reason,
                line,
                column,
            } => format!(
                "This file is not a diary: it is not JSON text ({reason} at line {line}, column {column})."
            ),
            FileError::NotAnObject { found } => format!(
                "This file is not a diary: it holds {found}, where a diary is a {{…}} object with \"format\": \"{FORMAT}\"."
            ),
            FileError::NotADiary => format!(
                "This file is not a diary from this app (it has no \"format\": \"{FORMAT}\")."
            ),
            FileError::UnknownVersion { version: None } => format!(
                "This diary has no \"version\", so it cannot be read safely (this app reads version {VERSION})."
            ),
            FileError::UnknownVersion {
                version: Some(version),
            } => format!(
                "This diary's version {version} is not one this app knows (it reads version {VERSION}, and a \
                 bare list of entries from before versions)."
            ),
            FileError::Newer { version } => format!(
                "This diary was saved by a newer version of the app (diary version {version}; this \
                 one reads up to {VERSION}). Reload to update the app, then try again."
            ),
            FileError::EntriesNotAList { found } => format!(
                "This diary's \"entries\" holds {found}, not a list [ … ] of days, so no day can be read from it."
            ),
            FileError::Unreadable { reason } => {
                format!("This diary could not be read: {reason}.")
            }
        }
    }

    /// From serde_json's error on the whole text: where, and why without the position.
    pub fn not_json(e: &serde_json::Error) -> FileError {
        let text = e.to_string();
        let reason = match text.rfind(" at line ") {
            Some(at) => text[..at].to_owned(),
            None => text,
        };
        FileError::NotJson {
            reason,
            line: e.line(),
            column: e.column(),
        }
    }
}

/// What a JSON text holds, in a few words ("a number", "an object"), for messages.
pub fn kind(raw: &RawValue) -> &'static str {
    match raw.get().as_bytes().first() {
        Some(b'{') => "an object {…}",
        Some(b'[') => "a list […]",
        Some(b'"') => "text",
        Some(b't' | b'f') => "true or false",
        Some(b'n') => "null",
        _ => "a number",
    }
}

/// A JSON text shown back to the person: at most `max` characters, control and bidi
/// characters left out, so a file cannot write sentences into a message.
pub fn excerpt(text: &str, max: usize) -> String {
    let clean: String = text
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c))
        .collect();
    if clean.chars().count() > max {
        format!("{}…", clean.chars().take(max).collect::<String>())
    } else {
        clean
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A field's value read as `T`, or kept as the JSON text that is not one (a wrong type, a
/// number too large for `f64`, a string holding a lone surrogate). A field never makes the
/// object around it unreadable; its reader says what is wrong with it.
#[derive(Clone, Debug)]
pub enum Lenient<T> {
    Read(T),
    Unreadable(Box<RawValue>),
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(d)?;
        Ok(match serde_json::from_str(raw.get()) {
            Ok(value) => Lenient::Read(value),
            Err(_) => Lenient::Unreadable(raw),
        })
    }
}

/// The top level of a diary object, every part still JSON text (read by `migrate` and
/// `file`). Missing fields and `null` are `None`; unknown fields are skipped.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Header<'a> {
    pub format: Option<Lenient<String>>,
    #[serde(borrow)]
    pub version: Option<&'a RawValue>,
    #[serde(borrow)]
    pub entries: Option<&'a RawValue>,
    #[serde(borrow)]
    pub trial: Option<&'a RawValue>,
    #[serde(borrow)]
    pub inputs: Option<&'a RawValue>,
}

/// The parts of a current-version document this app reads (after `migrate::to_current`).
#[derive(Debug, Default)]
pub struct Document<'a> {
    /// Each entry as JSON text, decoded one by one.
    pub entries: Vec<&'a RawValue>,
    pub trial: Option<&'a RawValue>,
    pub inputs: Option<&'a RawValue>,
}
