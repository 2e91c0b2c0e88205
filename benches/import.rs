//! Importing a diary file of 10,000 days, natively: the bytes read as a diary (`decode_bytes`),
//! the preview against a stored diary of 10,000 days (`Diary::merge`), and the merge as the
//! Trial screen makes it: the preview checked against the stored text read again
//! (`stored::check_merge`), then the confirmed days written back (`stored::apply`).
//! Prints one line per run and the median; `scripts/bench/import.mjs` checks the budget.
//!
//!   cargo bench -p mg-rls --bench import

use mg_engine::trial::{Date, Diary, Entry};
use mg_rls::diary::file::{decode_bytes, export, TrialSettings};
use mg_rls::diary::stored::{apply, check_merge, load, Change, Loaded};
use std::hint::black_box;
use std::time::Instant;

const DAYS: i64 = 10_000;
const RUNS: usize = 7;

fn diary(shift: u8) -> Diary {
    let start = Date::parse("1999-01-01").unwrap();
    Diary::from_entries((0..DAYS).map(|i| {
        let rating = ((i as u8).wrapping_add(shift)) % 11;
        let note = if i % 3 == 0 {
            "legs restless after a long drive, \"slept\" late"
        } else {
            ""
        };
        Entry::new(
            start.add_days(i).unwrap(),
            Some(rating),
            Some(10 - rating),
            Some(if i < 7 { 0.0 } else { 241.25 }),
            i % 17 == 0,
            note,
        )
        .unwrap()
    }))
    .0
}

fn main() {
    let trial = TrialSettings {
        start: Date::parse("1999-01-01").unwrap(),
        baseline_days: 7,
        planned_mg: Some((100.0, 241.25)),
    };
    // The file differs from the stored diary on most days, so the merge writes nearly all of them.
    let file = export(&diary(3), Some(trial), None).into_bytes();
    let stored = export(&diary(0), Some(trial), None);
    println!(
        "import: file {} KB, stored diary {} KB, {DAYS} days each",
        file.len() / 1024,
        stored.len() / 1024
    );
    let mut times = Vec::new();
    for run in 1..=RUNS {
        let t = Instant::now();
        let decoded = decode_bytes(black_box(&file)).unwrap();
        let Loaded::Diary(on_device) = load(Some(black_box(&stored))) else {
            panic!("stored diary not read")
        };
        let preview = on_device.diary.merge(&decoded.diary);
        let check = check_merge(Some(&stored), &preview);
        let written = check.write.len() as i64;
        assert!(check.conflicts.is_empty() && written > DAYS / 2);
        let w = apply(
            Some(&stored),
            &Change::Confirmed(check.write, decoded.trial),
        )
        .unwrap();
        let ms = t.elapsed().as_secs_f64() * 1e3;
        black_box(w.text);
        println!("import: run {run}: {ms:.1} ms");
        times.push(ms);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "import: median {:.1} ms for {DAYS} days (parse + preview + merge)",
        times[RUNS / 2]
    );
}
