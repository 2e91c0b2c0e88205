//! The benchmark's busy person (`benches/shared/busy_person.rs`, the one `benches/evaluate.rs`
//! uses) evaluated N times, timed by on-CPU time (`/proc/thread-self/schedstat`, Linux) rather
//! than wall clock, so that other processes on a shared machine do not inflate the figure. Also the loop to run under
//! `valgrind --tool=callgrind` for instruction counts:
//!
//! ```text
//! cargo build --release -p mg-engine --example evaluate_cost
//! taskset -c 1 target/release/examples/evaluate_cost 200000
//! valgrind --tool=callgrind target/release/examples/evaluate_cost 2000
//! ```

#[path = "../benches/shared/busy_person.rs"]
mod busy_person;

use busy_person::busy_person;
use mg_engine::{evaluate, validate};
use std::hint::black_box;

/// Nanoseconds this thread has run on a CPU (first field of schedstat), if the kernel says.
fn on_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let (input, _) = validate(&busy_person());
    // Warm up caches and the allocator.
    for _ in 0..n.min(1000) {
        black_box(evaluate(black_box(&input)));
    }
    let rounds = 5;
    let mut best = f64::INFINITY;
    for _ in 0..rounds {
        let (cpu0, wall0) = (on_cpu_ns(), std::time::Instant::now());
        for _ in 0..n {
            black_box(evaluate(black_box(&input)));
        }
        let wall = wall0.elapsed().as_nanos() as f64 / f64::from(n);
        let cpu = match (cpu0, on_cpu_ns()) {
            (Some(a), Some(b)) => (b - a) as f64 / f64::from(n),
            _ => f64::NAN,
        };
        best = best.min(cpu);
        println!("{n} evaluations: {cpu:.0} ns on-CPU, {wall:.0} ns wall each");
    }
    println!("best on-CPU: {best:.0} ns per evaluation");
}
