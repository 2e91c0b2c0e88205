//! The benchmarks' busy but realistic person, one definition for `benches/evaluate.rs` (criterion)
//! and `examples/evaluate_cost.rs` (on-CPU time, callgrind), which include this file. Their
//! quinolone twice a day, gabapentin at 13:00 and iron at 10:00 leave no time for magnesium (a
//! schedule conflict and two medicine clashes): the costliest path.

use mg_engine::RawInput;

pub fn busy_person() -> RawInput<'static> {
    RawInput {
        age: Some("52"),
        sex: Some("female"),
        form: Some("citrate"),
        unit_mg: Some("1000"),
        basis: Some("compound"),
        target: Some("300"),
        egfr: Some("55"),
        serum: Some("0.8"),
        serum_unit: Some("mmol_l"),
        ferritin: Some("60"),
        tsat: Some("18"),
        other_mg: Some("50"),
        meds: Some("levothyroxine,iron@10:00,quinolone@08:00,quinolone@20:00,ppi,gabapentin@13:00"),
        gi: Some("1"),
        ..RawInput::default()
    }
}
