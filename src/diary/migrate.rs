//! Older diary documents brought up to the current version, one version at a time, each step a
//! pure function. Version 0 is the bare list of entries (`[ {…}, … ]`) — the shape before the
//! file carried its format and version; a file saved that way (or written by hand) still reads.
//! A future version 2 adds a `v1_to_v2` step here and a test beside the one below.

use super::file::{empty_document, FileError, FORMAT, VERSION};
use serde_json::{Map, Value};

/// The document at the current version, or why it cannot be read.
pub fn to_current(value: Value) -> Result<Map<String, Value>, FileError> {
    let mut doc = match value {
        Value::Array(entries) => v0_to_v1(entries),
        Value::Object(doc) => doc,
        _ => return Err(FileError::NotADiary),
    };
    if doc.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(FileError::NotADiary);
    }
    match doc.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(version) if version > VERSION => return Err(FileError::Newer { version }),
        _ => return Err(FileError::NotADiary),
    }
    // An `entries` that is not a list reads as no entries, but stays in the document as it was.
    if !doc.contains_key("entries") {
        doc.insert("entries".into(), Value::Array(Vec::new()));
    }
    Ok(doc)
}

/// Version 0 → 1: the list becomes the `entries` of a document that names its format.
fn v0_to_v1(entries: Vec<Value>) -> Map<String, Value> {
    let mut doc = empty_document();
    doc.insert("version".into(), Value::from(1u64));
    doc.insert("entries".into(), Value::Array(entries));
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::file::decode;
    use serde_json::json;

    #[test]
    fn version_0_a_bare_list_becomes_version_1() {
        let doc = to_current(json!([{ "date": "2026-12-01", "symptoms": 5 }, "junk"])).unwrap();
        assert_eq!(doc["format"], FORMAT);
        assert_eq!(doc["version"], 1);
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
        let v = json!({ "format": FORMAT, "version": 1, "entries": [], "trial": { "start": "2026-11-30" } });
        assert_eq!(Value::Object(to_current(v.clone()).unwrap()), v);
    }

    #[test]
    fn unknown_shapes_and_versions() {
        assert_eq!(to_current(json!("text")), Err(FileError::NotADiary));
        assert_eq!(
            to_current(json!({ "version": 1, "entries": [] })),
            Err(FileError::NotADiary)
        );
        assert_eq!(
            to_current(json!({ "format": FORMAT, "entries": [] })),
            Err(FileError::NotADiary)
        );
        assert_eq!(
            to_current(json!({ "format": FORMAT, "version": 0, "entries": [] })),
            Err(FileError::NotADiary)
        );
        assert_eq!(
            to_current(json!({ "format": FORMAT, "version": 7 })),
            Err(FileError::Newer { version: 7 })
        );
        assert_eq!(
            to_current(json!({ "format": FORMAT, "version": 1 })).unwrap()["entries"],
            json!([])
        );
    }
}
