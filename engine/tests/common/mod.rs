//! Helpers shared by the engine's integration tests: inputs written as URL query strings.
// Each test file uses some of these.
#![allow(dead_code)]

use mg_engine::schedule::ItemKind;
use mg_engine::{evaluate, validate, Evaluation, FieldError, RawInput};

/// Validates a query string such as `age=40&target=300` (no field errors expected) and evaluates.
pub fn eval(query: &str) -> Evaluation {
    let (e, errors) = eval_with_errors(query);
    assert!(errors.is_empty(), "{query}: {errors:?}");
    e
}

/// Validates and evaluates a query string, returning the field errors too.
pub fn eval_with_errors(query: &str) -> (Evaluation, Vec<FieldError>) {
    let mut r = RawInput::default();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap();
        let slot = r
            .field_mut(mg_engine::Field::parse(k).expect("a field name"))
            .unwrap_or_else(|| panic!("unknown parameter {k}"));
        *slot = Some(v);
    }
    let (input, errors) = validate(&r);
    (evaluate(&input), errors)
}

/// The magnesium times of the day's timeline, `HH:MM`.
pub fn mg_times(e: &Evaluation) -> Vec<String> {
    e.schedule
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Magnesium { .. }))
        .map(|i| i.time.format())
        .collect()
}
