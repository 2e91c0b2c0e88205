//! What every diary document has, whatever its version: the format name, the version this app
//! writes, the reasons a text is not a readable diary, and access to the top-level fields.

use super::json::Json;

pub const FORMAT: &str = "mg-rls-diary";
/// The version this app writes. Older ones are brought up to it (`migrate`); newer ones are
/// refused rather than half read.
pub const VERSION: u64 = 1;

/// A diary document: the fields of its top-level object, in order.
pub type Document = Vec<(String, Json)>;

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

/// One field of the document.
pub fn field<'a>(doc: &'a Document, key: &str) -> Option<&'a Json> {
    doc.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// An empty current-version document.
pub fn empty_document() -> Document {
    vec![
        ("format".into(), Json::String(FORMAT.into())),
        ("version".into(), Json::Number(VERSION as f64)),
        ("entries".into(), Json::Array(Vec::new())),
    ]
}
