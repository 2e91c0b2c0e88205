//! One morning's diary entry (docs/contract.md §4.2): how bad the legs were last evening and
//! night, how well the person slept, how much magnesium they took, stomach upset, a note.
//! Built only through validation, so every `Entry` in the app holds valid values.

use super::date::{Date, DateError};

/// Both ratings run from 0 to this (symptoms: 0 none, 10 worst; sleep: 10 best).
pub const RATING_MAX: u8 = 10;
/// Longest note, in characters (Unicode scalar values).
pub const NOTE_MAX_CHARS: usize = 500;
/// The most elemental magnesium a diary day may record: far above any supplement plan (the
/// highest supplemental limit is 400 mg), so a larger figure is a typo such as 30000 for 300.
pub const MAGNESIUM_MAX_MG: f64 = 5000.0;

/// A valid diary entry. Ratings are whole numbers: the scale is an 11-point rating scale, and
/// whole numbers keep the verdict's arithmetic exact at its thresholds.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    date: Date,
    symptoms: Option<u8>,
    sleep: Option<u8>,
    magnesium_mg: Option<f64>,
    gi: bool,
    note: String,
}

/// Which field of an entry a problem is about; `id` is its name in the diary file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryField {
    Date,
    Symptoms,
    Sleep,
    MagnesiumMg,
    Note,
}

impl EntryField {
    pub fn id(self) -> &'static str {
        match self {
            EntryField::Date => "date",
            EntryField::Symptoms => "symptoms",
            EntryField::Sleep => "sleep",
            EntryField::MagnesiumMg => "magnesium_mg",
            EntryField::Note => "note",
        }
    }
}

/// Why a 0–10 rating is not valid.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RatingError {
    /// NaN or infinite.
    NotANumber,
    OutOfRange(f64),
    NotWhole(f64),
}

/// Why a magnesium amount is not valid.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AmountError {
    NotANumber,
    Negative(f64),
    TooHigh(f64),
}

/// One invalid field of an entry, with the message to show at that field.
#[derive(Clone, Debug, PartialEq)]
pub enum EntryError {
    Date(DateError),
    Symptoms(RatingError),
    Sleep(RatingError),
    MagnesiumMg(AmountError),
    NoteTooLong { chars: usize },
}

impl EntryError {
    pub fn field(&self) -> EntryField {
        match self {
            EntryError::Date(_) => EntryField::Date,
            EntryError::Symptoms(_) => EntryField::Symptoms,
            EntryError::Sleep(_) => EntryField::Sleep,
            EntryError::MagnesiumMg(_) => EntryField::MagnesiumMg,
            EntryError::NoteTooLong { .. } => EntryField::Note,
        }
    }

    pub fn message(&self) -> String {
        match self {
            EntryError::Date(e) => e.message(),
            EntryError::Symptoms(e) => rating_message("symptom rating", e),
            EntryError::Sleep(e) => rating_message("sleep rating", e),
            EntryError::MagnesiumMg(AmountError::NotANumber) => {
                "Magnesium taken must be a number of mg (0 if you took none).".into()
            }
            EntryError::MagnesiumMg(AmountError::Negative(_)) => {
                "Magnesium taken cannot be below 0 mg (0 means none).".into()
            }
            EntryError::MagnesiumMg(AmountError::TooHigh(v)) => format!(
                "{} mg of magnesium in a day looks like a typo: check the amount (at most {} mg).",
                crate::decimal::trimmed(*v, 2),
                crate::decimal::trimmed(MAGNESIUM_MAX_MG, 0)
            ),
            EntryError::NoteTooLong { chars } => {
                format!("The note has {chars} characters; keep it to {NOTE_MAX_CHARS} or fewer.")
            }
        }
    }
}

fn rating_message(what: &str, e: &RatingError) -> String {
    let rule = format!("a whole number from 0 to {RATING_MAX}");
    match e {
        RatingError::NotANumber => format!("The {what} must be {rule}."),
        RatingError::OutOfRange(v) | RatingError::NotWhole(v) => format!(
            "The {what} must be {rule}; {} is not.",
            crate::decimal::typed(*v)
        ),
    }
}

fn rating(value: Option<f64>) -> Result<Option<u8>, RatingError> {
    let Some(v) = value else { return Ok(None) };
    if !v.is_finite() {
        Err(RatingError::NotANumber)
    } else if !(0.0..=f64::from(RATING_MAX)).contains(&v) {
        Err(RatingError::OutOfRange(v))
    } else if v.fract() != 0.0 {
        Err(RatingError::NotWhole(v))
    } else {
        // Whole and within 0..=10: the cast is exact (and turns -0.0 into 0).
        Ok(Some(v as u8))
    }
}

fn amount(value: Option<f64>) -> Result<Option<f64>, AmountError> {
    match value {
        None => Ok(None),
        Some(v) if !v.is_finite() => Err(AmountError::NotANumber),
        Some(v) if v < 0.0 => Err(AmountError::Negative(v)),
        Some(v) if v > MAGNESIUM_MAX_MG => Err(AmountError::TooHigh(v)),
        // `+ 0.0` turns -0.0 into 0.0, so it prints and compares as plain 0.
        Some(v) => Ok(Some(v + 0.0)),
    }
}

impl Entry {
    /// An entry from raw values, as any parser (the diary file, a form) hands them over:
    /// `symptoms` and `sleep` 0–10 or `None` (not rated), `magnesium_mg` ≥ 0 or `None` (not
    /// recorded; 0 = none taken), `note` at most `NOTE_MAX_CHARS` characters.
    ///
    /// Every invalid field is reported, in field order (never an empty list); nothing panics.
    pub fn from_raw(
        date: &str,
        symptoms: Option<f64>,
        sleep: Option<f64>,
        magnesium_mg: Option<f64>,
        gi: bool,
        note: &str,
    ) -> Result<Entry, Vec<EntryError>> {
        Entry::checked(Date::parse(date), symptoms, sleep, magnesium_mg, gi, note)
    }

    /// An entry from already typed values (a form whose date is a `Date`).
    pub fn new(
        date: Date,
        symptoms: Option<u8>,
        sleep: Option<u8>,
        magnesium_mg: Option<f64>,
        gi: bool,
        note: &str,
    ) -> Result<Entry, Vec<EntryError>> {
        let (symptoms, sleep) = (symptoms.map(f64::from), sleep.map(f64::from));
        Entry::checked(Ok(date), symptoms, sleep, magnesium_mg, gi, note)
    }

    fn checked(
        date: Result<Date, DateError>,
        symptoms: Option<f64>,
        sleep: Option<f64>,
        magnesium_mg: Option<f64>,
        gi: bool,
        note: &str,
    ) -> Result<Entry, Vec<EntryError>> {
        let date = date.map_err(EntryError::Date);
        let symptoms = rating(symptoms).map_err(EntryError::Symptoms);
        let sleep = rating(sleep).map_err(EntryError::Sleep);
        let magnesium_mg = amount(magnesium_mg).map_err(EntryError::MagnesiumMg);
        let chars = note.chars().count();
        let note = if chars > NOTE_MAX_CHARS {
            Err(EntryError::NoteTooLong { chars })
        } else {
            Ok(note)
        };
        match (date, symptoms, sleep, magnesium_mg, note) {
            (Ok(date), Ok(symptoms), Ok(sleep), Ok(magnesium_mg), Ok(note)) => Ok(Entry {
                date,
                symptoms,
                sleep,
                magnesium_mg,
                gi,
                note: note.to_owned(),
            }),
            (date, symptoms, sleep, magnesium_mg, note) => Err([
                date.err(),
                symptoms.err(),
                sleep.err(),
                magnesium_mg.err(),
                note.err(),
            ]
            .into_iter()
            .flatten()
            .collect()),
        }
    }

    pub fn date(&self) -> Date {
        self.date
    }

    /// Symptom severity last evening and night: 0 none, 10 worst; `None` when not rated.
    pub fn symptoms(&self) -> Option<u8> {
        self.symptoms
    }

    /// Sleep quality: 0 worst, 10 best; `None` when not rated.
    pub fn sleep(&self) -> Option<u8> {
        self.sleep
    }

    /// Elemental mg taken that day: 0 none, `None` not recorded.
    pub fn magnesium_mg(&self) -> Option<f64> {
        self.magnesium_mg
    }

    /// Stomach upset (diarrhoea, nausea, cramping) that day.
    pub fn gi(&self) -> bool {
        self.gi
    }

    pub fn note(&self) -> &str {
        &self.note
    }

    /// A day on magnesium: some was taken (docs/contract.md §4.3: `magnesium_mg` > 0).
    pub fn took_magnesium(&self) -> bool {
        self.magnesium_mg.is_some_and(|mg| mg > 0.0)
    }

    /// A day recorded as without magnesium (`magnesium_mg` = 0; not recorded is not zero).
    pub fn took_none(&self) -> bool {
        self.magnesium_mg == Some(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(
        date: &str,
        symptoms: Option<f64>,
        sleep: Option<f64>,
        mg: Option<f64>,
        note: &str,
    ) -> Entry {
        Entry::from_raw(date, symptoms, sleep, mg, false, note).unwrap()
    }

    #[test]
    fn accepts_the_contract_example() {
        let e =
            Entry::from_raw("2026-12-01", Some(6.0), Some(4.0), Some(200.0), false, "").unwrap();
        assert_eq!(e.date().to_string(), "2026-12-01");
        assert_eq!(
            (e.symptoms(), e.sleep(), e.magnesium_mg(), e.gi(), e.note()),
            (Some(6), Some(4), Some(200.0), false, "")
        );
        assert!(e.took_magnesium() && !e.took_none());
    }

    #[test]
    fn rating_boundaries_both_sides() {
        for (v, expected) in [
            (0.0, Ok(Some(0))),
            (-0.0, Ok(Some(0))),
            (10.0, Ok(Some(10))),
            (10.5, Err(RatingError::OutOfRange(10.5))),
            (11.0, Err(RatingError::OutOfRange(11.0))),
            (-1.0, Err(RatingError::OutOfRange(-1.0))),
            (5.5, Err(RatingError::NotWhole(5.5))),
            (f64::NAN, Err(RatingError::NotANumber)),
            (f64::INFINITY, Err(RatingError::NotANumber)),
        ] {
            let symptoms = Entry::from_raw("2026-12-01", Some(v), None, None, false, "")
                .map(|e| e.symptoms())
                .map_err(|errs| errs[0].clone());
            assert_eq!(symptoms, expected.map_err(EntryError::Symptoms), "{v}");
            let sleep = Entry::from_raw("2026-12-01", None, Some(v), None, false, "")
                .map(|e| e.sleep())
                .map_err(|errs| errs[0].clone());
            assert_eq!(sleep, expected.map_err(EntryError::Sleep), "{v}");
        }
        assert_eq!(ok("2026-12-01", None, None, None, "").symptoms(), None);
    }

    #[test]
    fn magnesium_zero_is_none_taken_and_null_is_not_recorded() {
        let zero = ok("2026-12-01", None, None, Some(0.0), "");
        assert!(zero.took_none() && !zero.took_magnesium());
        let minus_zero = ok("2026-12-01", None, None, Some(-0.0), "");
        assert!(minus_zero.took_none() && minus_zero.magnesium_mg().unwrap().is_sign_positive());
        let unknown = ok("2026-12-01", None, None, None, "");
        assert!(!unknown.took_none() && !unknown.took_magnesium());
        assert_eq!(
            ok("2026-12-01", None, None, Some(0.5), "").magnesium_mg(),
            Some(0.5)
        );
        for (v, e) in [
            (-1.0, AmountError::Negative(-1.0)),
            (5000.5, AmountError::TooHigh(5000.5)),
            (f64::NAN, AmountError::NotANumber),
            (f64::NEG_INFINITY, AmountError::NotANumber),
        ] {
            assert_eq!(
                Entry::from_raw("2026-12-01", None, None, Some(v), false, ""),
                Err(vec![EntryError::MagnesiumMg(e)])
            );
        }
    }

    #[test]
    fn note_length_counts_characters_not_bytes() {
        let at_limit = "é".repeat(NOTE_MAX_CHARS);
        assert_eq!(
            ok("2026-12-01", None, None, None, &at_limit).note(),
            at_limit
        );
        let over = "a".repeat(NOTE_MAX_CHARS + 1);
        let errs = Entry::from_raw("2026-12-01", None, None, None, false, &over).unwrap_err();
        assert_eq!(errs, vec![EntryError::NoteTooLong { chars: 501 }]);
        assert_eq!(errs[0].field().id(), "note");
        assert_eq!(
            errs[0].message(),
            "The note has 501 characters; keep it to 500 or fewer."
        );
    }

    #[test]
    fn every_invalid_field_is_reported_in_field_order() {
        let errs = Entry::from_raw(
            "2026-02-30",
            Some(12.0),
            Some(2.5),
            Some(-5.0),
            true,
            &"x".repeat(600),
        )
        .unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field().id()).collect();
        assert_eq!(
            fields,
            ["date", "symptoms", "sleep", "magnesium_mg", "note"]
        );
        let messages: Vec<_> = errs.iter().map(EntryError::message).collect();
        assert_eq!(
            messages,
            [
                "2026-02 has no day 30: it has 28 days.",
                "The symptom rating must be a whole number from 0 to 10; 12 is not.",
                "The sleep rating must be a whole number from 0 to 10; 2.5 is not.",
                "Magnesium taken cannot be below 0 mg (0 means none).",
                "The note has 600 characters; keep it to 500 or fewer.",
            ]
        );
    }

    #[test]
    fn typed_constructor_matches_raw() {
        let date = Date::parse("2026-12-01").unwrap();
        assert_eq!(
            Entry::new(date, Some(3), Some(7), Some(100.0), true, "ok"),
            Entry::from_raw("2026-12-01", Some(3.0), Some(7.0), Some(100.0), true, "ok")
        );
        assert!(Entry::new(date, Some(11), None, None, false, "").is_err());
    }
}
