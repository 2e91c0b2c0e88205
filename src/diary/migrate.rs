//! Older diary documents brought up to the current version, one version at a time, each step a
//! pure function. Version 0 is the bare list of entries (`[ {…}, … ]`) — the shape before the
//! file carried its format and version; a file saved that way (or written by hand) still reads.
//! A future version 2 adds a `v1_to_v2` step here and a test beside the one below.

use super::document::{empty_document, field, Document, FileError, FORMAT, VERSION};
use super::json::{self, Json};

/// The document at the current version, or why it cannot be read.
pub fn to_current(value: Json) -> Result<Document, FileError> {
    let mut doc = match value {
        Json::Array(entries) => v0_to_v1(entries),
        Json::Object(doc) => doc,
        _ => return Err(FileError::NotADiary),
    };
    if field(&doc, "format").and_then(Json::as_str) != Some(FORMAT) {
        return Err(FileError::NotADiary);
    }
    match field(&doc, "version").and_then(Json::as_u64) {
        Some(VERSION) => {}
        Some(version) if version > VERSION => return Err(FileError::Newer { version }),
        _ => return Err(FileError::NotADiary),
    }
    // An `entries` that is not a list reads as no entries, but stays in the document as it was.
    if field(&doc, "entries").is_none() {
        json::set(&mut doc, "entries", Json::Array(Vec::new()));
    }
    Ok(doc)
}

/// Version 0 → 1: the list becomes the `entries` of a document that names its format.
fn v0_to_v1(entries: Vec<Json>) -> Document {
    let mut doc = empty_document();
    json::set(&mut doc, "version", Json::Number(1.0));
    json::set(&mut doc, "entries", Json::Array(entries));
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::file::decode;

    fn json(text: &str) -> Json {
        json::parse(text).unwrap()
    }

    #[test]
    fn version_0_a_bare_list_becomes_version_1() {
        let doc = to_current(json(r#"[{ "date": "2026-12-01", "symptoms": 5 }, "junk"]"#)).unwrap();
        assert_eq!(field(&doc, "format").and_then(Json::as_str), Some(FORMAT));
        assert_eq!(field(&doc, "version").and_then(Json::as_u64), Some(1));
        let d = decode(&doc);
        assert_eq!(d.diary.len(), 1);
        assert_eq!(
            d.skipped.len(),
            1,
            "an invalid entry stays reported, not dropped silently"
        );
    }

    #[test]
    fn the_current_version_is_kept_as_it_is() {
        let v = json(
            r#"{ "format": "mg-rls-diary", "version": 1, "entries": [], "trial": { "start": "2026-11-30" } }"#,
        );
        assert_eq!(Json::Object(to_current(v.clone()).unwrap()), v);
    }

    #[test]
    fn unknown_shapes_and_versions() {
        let read = |text: &str| to_current(json(text));
        assert_eq!(read(r#""text""#), Err(FileError::NotADiary));
        assert_eq!(
            read(r#"{ "version": 1, "entries": [] }"#),
            Err(FileError::NotADiary)
        );
        assert_eq!(
            read(r#"{ "format": "mg-rls-diary", "entries": [] }"#),
            Err(FileError::NotADiary)
        );
        assert_eq!(
            read(r#"{ "format": "mg-rls-diary", "version": 0, "entries": [] }"#),
            Err(FileError::NotADiary)
        );
        assert_eq!(
            read(r#"{ "format": "mg-rls-diary", "version": 7 }"#),
            Err(FileError::Newer { version: 7 })
        );
        let doc = read(r#"{ "format": "mg-rls-diary", "version": 1 }"#).unwrap();
        assert_eq!(field(&doc, "entries"), Some(&Json::Array(vec![])));
    }
}
