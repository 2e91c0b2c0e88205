//! Older diary documents brought up to the current version, one version at a time, each step a
//! pure function. Version 0 is the bare list of entries (`[ {…}, … ]`) — the shape before the
//! file carried its format and version; a file saved that way (or written by hand) still reads.
//! A future version 2 adds a `V2` shape, a `v1_to_v2` step here and a test beside the ones below.
//!
//! Every step works on JSON text (`RawValue`): entries are not decoded here, so a bad one is
//! reported by `file::decode`, never the reason a whole file is refused.

use super::document::{kind, Document, FileError, Header, Lenient, FORMAT, VERSION};
use serde_json::value::RawValue;

/// A document as found, by version.
enum Versioned<'a> {
    /// A bare list of entries.
    V0(Vec<&'a RawValue>),
    /// `{ "format": "mg-rls-diary", "version": 1, "entries": [ … ], … }`.
    V1(Document<'a>),
}

/// The document at the current version, or why it cannot be read.
pub fn to_current(text: &str) -> Result<Document<'_>, FileError> {
    match detect(text)? {
        Versioned::V0(entries) => Ok(v0_to_v1(entries)),
        Versioned::V1(doc) => Ok(doc),
    }
}

/// What the text is: JSON, a list or an object, the format, the version, `entries` a list.
fn detect(text: &str) -> Result<Versioned<'_>, FileError> {
    // An object that reads as a header is JSON through and through: one pass over the text
    // fewer for every diary (the whole text is checked first only when it does not).
    let object = text
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{');
    if let Some(header) = object.then(|| serde_json::from_str(text).ok()).flatten() {
        return object_version(header);
    }
    let value: &RawValue = serde_json::from_str(text).map_err(|e| FileError::not_json(&e))?;
    match value.get().as_bytes().first() {
        Some(b'[') => serde_json::from_str(value.get())
            .map(Versioned::V0)
            .map_err(unreadable),
        Some(b'{') => object_version(serde_json::from_str(value.get()).map_err(unreadable)?),
        _ => Err(FileError::NotAnObject { found: kind(value) }),
    }
}

fn unreadable(e: serde_json::Error) -> FileError {
    FileError::Unreadable {
        reason: without_position(&e),
    }
}

/// A diary object by its header: the format, the version, `entries` a list.
fn object_version(header: Header<'_>) -> Result<Versioned<'_>, FileError> {
    if !matches!(&header.format, Some(Lenient::Read(f)) if f == FORMAT) {
        return Err(FileError::NotADiary);
    }
    match header.version.map(version) {
        Some(Ok(VERSION)) => {}
        Some(Ok(v)) if v > VERSION => return Err(FileError::Newer { version: v }),
        Some(Ok(v)) => {
            return Err(FileError::UnknownVersion {
                version: Some(v.to_string()),
            })
        }
        Some(Err(shown)) => {
            return Err(FileError::UnknownVersion {
                version: Some(shown),
            })
        }
        None => return Err(FileError::UnknownVersion { version: None }),
    }
    let entries = match header.entries {
        None => Vec::new(),
        Some(raw) if raw.get().starts_with('[') => {
            serde_json::from_str(raw.get()).map_err(unreadable)?
        }
        Some(raw) => return Err(FileError::EntriesNotAList { found: kind(raw) }),
    };
    Ok(Versioned::V1(Document {
        entries,
        trial: header.trial,
        inputs: header.inputs,
    }))
}

/// A `version` that is a whole number (written as one: `1`, not `1.0` or `"1"`), or the text to
/// show for one that is not.
pub(super) fn version(raw: &RawValue) -> Result<u64, String> {
    let text = raw.get();
    match text.bytes().all(|b| b.is_ascii_digit()) {
        true => text.parse().map_err(|_| super::document::excerpt(text, 20)),
        false => Err(super::document::excerpt(text, 20)),
    }
}

fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// Version 0 → 1: the list becomes the `entries` of a document; it had no trial settings.
fn v0_to_v1(entries: Vec<&RawValue>) -> Document<'_> {
    Document {
        entries,
        trial: None,
        inputs: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::file::decode;

    #[test]
    fn version_0_a_bare_list_becomes_version_1() {
        let doc = to_current(r#"[{ "date": "2026-12-01", "symptoms": 5 }, "junk"]"#).unwrap();
        let d = decode(&doc);
        assert_eq!(d.diary.len(), 1);
        assert_eq!(
            d.skipped.len(),
            1,
            "an invalid entry stays reported, not dropped silently"
        );
        assert_eq!(d.trial, None);
    }

    #[test]
    fn the_current_version_is_read_as_it_is() {
        let doc = to_current(
            r#"{ "format": "mg-rls-diary", "version": 1, "entries": [], "trial": { "start": "2026-11-30" } }"#,
        )
        .unwrap();
        assert!(doc.entries.is_empty());
        assert_eq!(
            doc.trial.map(RawValue::get),
            Some(r#"{ "start": "2026-11-30" }"#)
        );
        let doc = to_current(r#"{ "format": "mg-rls-diary", "version": 1 }"#).unwrap();
        assert!(doc.entries.is_empty());
    }

    #[test]
    fn unknown_shapes_and_versions_each_say_what_is_wrong() {
        let read = |text: &str| to_current(text).map(|_| ());
        assert_eq!(
            read(r#""text""#),
            Err(FileError::NotAnObject { found: "text" })
        );
        assert_eq!(
            read(r#"{ "version": 1, "entries": [] }"#),
            Err(FileError::NotADiary)
        );
        assert_eq!(
            read(r#"{ "format": 7, "version": 1, "entries": [] }"#),
            Err(FileError::NotADiary)
        );
        assert_eq!(
            read(r#"{ "format": "mg-rls-diary", "entries": [] }"#),
            Err(FileError::UnknownVersion { version: None })
        );
        for (version, shown) in [
            ("0", "0"),
            ("1.5", "1.5"),
            (r#""1""#, r#""1""#),
            ("1.0", "1.0"),
            ("-1", "-1"),
            ("1e0", "1e0"),
            ("[1]", "[1]"),
        ] {
            let text = format!(r#"{{ "format": "mg-rls-diary", "version": {version} }}"#);
            let e = to_current(&text).map(|_| ()).unwrap_err();
            assert_eq!(
                e,
                FileError::UnknownVersion {
                    version: Some(shown.into())
                },
                "{version}"
            );
            assert!(
                e.message()
                    .contains(&format!("version {shown} is not one this app knows")),
                "{}",
                e.message()
            );
        }
        assert_eq!(
            read(r#"{ "format": "mg-rls-diary", "version": 7 }"#),
            Err(FileError::Newer { version: 7 })
        );
        assert_eq!(
            read(r#"{ "format": "mg-rls-diary", "version": 99999999999999999999999 }"#),
            Err(FileError::UnknownVersion {
                version: Some("99999999999999999999…".into())
            })
        );
    }

    #[test]
    fn entries_that_are_not_a_list_are_named() {
        let e = to_current(
            r#"{ "format": "mg-rls-diary", "version": 1, "entries": { "2026-12-01": {} } }"#,
        )
        .map(|_| ())
        .unwrap_err();
        assert_eq!(
            e,
            FileError::EntriesNotAList {
                found: "an object {…}"
            }
        );
        assert!(e.message().contains("not a list"));
        // `null` is no entries, as a missing field.
        assert!(
            to_current(r#"{ "format": "mg-rls-diary", "version": 1, "entries": null }"#)
                .unwrap()
                .entries
                .is_empty()
        );
    }

    #[test]
    fn not_json_says_where() {
        let e = to_current("{\n  \"format\": \"mg-rls-diary\",\n  oops }")
            .map(|_| ())
            .unwrap_err();
        let FileError::NotJson { line, .. } = &e else {
            panic!("{e:?}")
        };
        assert_eq!(*line, 3);
        assert!(e.message().contains("line 3, column"), "{}", e.message());
        // A \u escape needs four hex digits.
        assert!(matches!(
            to_current(r#"["\u+041"]"#),
            Err(FileError::NotJson { .. })
        ));
    }
}
