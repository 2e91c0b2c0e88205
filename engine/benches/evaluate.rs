//! One full evaluation (requirement + plan + schedule + findings) for a busy but realistic person.
//! Budget: ≤ 5 µs per evaluation for this person (issue 21; `scripts/bench/engine.mjs` still
//! fails only above 50 µs). Measured on 2026-12-08 on a shared 2-core machine with
//! `examples/evaluate_cost.rs` (same person, release profile, pinned with `taskset`, on-CPU time
//! rather than wall clock, and instruction counts under callgrind): 3.9–4.2 µs and 37.4 k
//! instructions per evaluation, against 5.6–5.8 µs and 51.1 k before fewer allocations, findings
//! put in order as they are added and cheaper number writing — the 5 µs budget is met; what is
//! left is allocation, number writing and copying text (see README, "Benchmarks").
//! The busy person (`shared/busy_person.rs`) takes the costliest path: no time left for magnesium.

#[path = "shared/busy_person.rs"]
mod busy_person;

use busy_person::busy_person;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use mg_engine::{evaluate, validate};

fn bench(c: &mut Criterion) {
    let (input, _) = validate(&busy_person());
    c.bench_function("evaluate (full)", |b| {
        b.iter(|| evaluate(black_box(&input)))
    });
    let raw = busy_person();
    c.bench_function("validate + evaluate", |b| {
        b.iter(|| evaluate(&validate(black_box(&raw)).0))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
