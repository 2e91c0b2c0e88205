//! Property tests over random inputs, through the public API only.
//!
//! Two kinds of input: (a) arbitrary strings in every `RawInput` field (unicode, "NaN", "inf",
//! "-0", huge numbers, blanks) and (b) structured, mostly valid inputs that reach every rule.
//! The spacing rules are also checked against an independent brute-force re-implementation that
//! scans the clock minute by minute and reads the spacing table from facts.md §7, not from `meds`.

use std::collections::HashSet;

use mg_engine::clock::{Clock, Day, MINUTES_PER_DAY};
use mg_engine::decimal;
use mg_engine::finding::{RuleId, Severity};
use mg_engine::forms::FormId;
use mg_engine::meds::{spacing_holds, MedId, Spacing};
use mg_engine::product::{compound_to_elemental, elemental_to_compound, Basis};
use mg_engine::schedule::ItemKind;
use mg_engine::serum::{convert, SerumUnit};
use mg_engine::NoPlan;
use mg_engine::{evaluate, validate, Evaluation, FieldError, Input, RawInput};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

const CASES: u32 = 256;

// ---------------------------------------------------------------------------------------------
// Raw input as an array of owned strings, one per URL parameter (same names as `FieldError`).

const FIELDS: [&str; 20] = [
    "age",
    "sex",
    "stage",
    "form",
    "unit_mg",
    "basis",
    "target",
    "egfr",
    "ckd",
    "serum",
    "serum_unit",
    "ferritin",
    "tsat",
    "wake",
    "dinner",
    "bedtime",
    "other_mg",
    "meds",
    "gi",
    "conditions",
];
const AGE: usize = 0;
const SEX: usize = 1;
const STAGE: usize = 2;
const SERUM: usize = 9;
const SERUM_UNIT: usize = 10;
const WAKE: usize = 13;
const BEDTIME: usize = 15;

type Fields = [Option<String>; 20];

fn raw(f: &Fields) -> RawInput<'_> {
    let g = |i: usize| f[i].as_deref();
    RawInput {
        age: g(0),
        sex: g(1),
        stage: g(2),
        form: g(3),
        unit_mg: g(4),
        basis: g(5),
        target: g(6),
        egfr: g(7),
        ckd: g(8),
        serum: g(9),
        serum_unit: g(10),
        ferritin: g(11),
        tsat: g(12),
        wake: g(13),
        dinner: g(14),
        bedtime: g(15),
        other_mg: g(16),
        meds: g(17),
        gi: g(18),
        conditions: g(19),
        // region, unit_mmol, serving: tests/region_labels.rs.
        ..RawInput::default()
    }
}

/// "Given" as the contract means it: present and not blank.
fn given(f: &Fields, i: usize) -> bool {
    f[i].as_deref().is_some_and(|s| !s.trim().is_empty())
}

/// Fields whose validated value legitimately depends on another field's value.
fn depends_on(i: usize) -> &'static [usize] {
    match i {
        STAGE => &[AGE, SEX],   // pregnancy/lactation only for females 14–50
        SERUM => &[SERUM_UNIT], // the plausible maximum is per unit
        BEDTIME => &[WAKE],     // bedtime may not equal waking time
        _ => &[],
    }
}

/// The part of a validated `Input` that field `i` controls, as comparable text.
fn component(input: &Input, i: usize) -> String {
    match FIELDS[i] {
        "age" => format!("{:?}", input.person.age),
        "sex" => format!("{:?}", input.person.sex),
        "stage" => format!("{:?}", input.person.stage),
        "form" => format!("{:?}", input.form),
        "unit_mg" => format!("{:?}", input.unit_mg),
        "basis" => format!("{:?}", input.basis),
        "target" => format!("{:?}", input.target_mg),
        "egfr" => format!("{:?}", input.egfr),
        "ckd" => format!("{:?}", input.ckd),
        "serum" => format!("{:?}", input.serum),
        "serum_unit" => String::new(), // only observable through `serum`
        "ferritin" => format!("{:?}", input.ferritin),
        "tsat" => format!("{:?}", input.tsat),
        "wake" => format!("{:?}", input.day.wake),
        "dinner" => format!("{:?}", input.day.dinner),
        "bedtime" => format!("{:?}", input.day.bedtime),
        "other_mg" => format!("{:?}", input.other_mg),
        "meds" => format!("{:?}", input.meds),
        "gi" => format!("{:?}", input.gi_upset),
        "conditions" => format!("{:?}", input.conditions),
        other => unreachable!("{other}"),
    }
}

fn errors_for(errors: &[FieldError], i: usize) -> Vec<&str> {
    errors
        .iter()
        .filter(|e| e.field.name() == FIELDS[i])
        .map(|e| e.message.as_str())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Strategies.

const FORM_IDS: [&str; 15] = [
    "oxide",
    "citrate",
    "glycinate",
    "chloride",
    "malate",
    "lactate",
    "taurate",
    "aspartate",
    "threonate",
    "sulfate",
    "carbonate",
    "gluconate",
    "orotate",
    "hydroxide",
    "glycerophosphate",
];
const MED_IDS: [&str; 17] = [
    "bisphosphonate",
    "tetracycline",
    "quinolone",
    "levothyroxine",
    "iron",
    "zinc",
    "gabapentin",
    "integrase",
    "raltegravir",
    "eltrombopag",
    "penicillamine",
    "mycophenolate",
    "digoxin",
    "ppi",
    "loop_diuretic",
    "thiazide",
    "potassium_sparing",
];

fn pick(options: &'static [&'static str]) -> BoxedStrategy<String> {
    proptest::sample::select(options)
        .prop_map(str::to_string)
        .boxed()
}

/// Strings meant to break parsers.
fn garbage() -> BoxedStrategy<String> {
    const SPECIAL: &[&str] = &[
        "",
        " ",
        "\t",
        "\u{3000}",
        "NaN",
        "nan",
        "-NaN",
        "inf",
        "-inf",
        "+inf",
        "Infinity",
        "-0",
        "+0",
        "-0.0",
        "0",
        "00",
        "0.0",
        "1e3",
        "1e999",
        "-1e999",
        "1E-5",
        "0x10",
        "1_000",
        "1,5",
        "12mg",
        "  7  ",
        "+5",
        "--5",
        "5-",
        ".",
        "..",
        "-.",
        ".5",
        "5.",
        "9999999999999999999999",
        "18446744073709551616",
        "340282366920938463463374607431768211456",
        "255",
        "256",
        "-1",
        "120",
        "121",
        "٣٠",
        "３０",
        "０７:００",
        "07:00",
        "7:00",
        "24:00",
        "23:60",
        "22:30",
        "07:00 ",
        "07:00\n",
        "12:3",
        "ab:cd",
        "female",
        "Female",
        "male",
        "MALE",
        "none",
        "pregnant",
        "lactating",
        "yes",
        "no",
        "unknown",
        "elemental",
        "compound",
        "mg_dl",
        "mmol_l",
        "meq_l",
        "glycinate",
        "GLYCINATE",
        "iron",
        "iron@",
        "@",
        "@07:00",
        ",",
        ",,,",
        "iron,,ppi",
        "quinolone@08:00@09:00",
        "iron@25:00",
        "aspirin",
        "1",
        "2",
        "yes",
        "é",
        "💊",
        "\u{0}",
        "\u{202e}07:00",
    ];
    let huge_digits = "[0-9]{300,400}".prop_map(|s| s);
    prop_oneof![
        3 => any::<String>(),
        3 => proptest::sample::select(SPECIAL).prop_map(str::to_string),
        2 => "[-+.0-9eE]{1,12}",
        1 => huge_digits,
        1 => "[0-9]{1,3}(\\.[0-9]{1,4})?",
        1 => "[ \t]{0,2}[0-2]?[0-9]:[0-6][0-9][ \t]{0,2}",
        1 => proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(&MED_IDS[..]).prop_map(str::to_string),
                any::<String>(),
                "[a-z_]{1,14}(@[0-9:]{0,6})?",
            ],
            0..6
        )
        .prop_map(|v| v.join(",")),
    ]
    .boxed()
}

fn hhmm() -> BoxedStrategy<String> {
    prop_oneof![
        4 => (0u16..24, 0u16..60).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
        1 => pick(&["07:00", "22:30", "19:00", "00:00", "23:59", "12:00", "06:00"]),
    ]
    .boxed()
}

/// Whole or two-decimal numbers in `lo..=hi` (a value just above `hi` is possible on purpose).
fn number(lo: u32, hi: u32) -> BoxedStrategy<String> {
    prop_oneof![
        (lo..=hi).prop_map(|v| v.to_string()),
        (lo..=hi, 0u32..100).prop_map(|(v, c)| format!("{v}.{c:02}")),
    ]
    .boxed()
}

/// A structured, mostly valid value for field `i`.
fn valid_field(i: usize) -> BoxedStrategy<String> {
    match FIELDS[i] {
        "age" => prop_oneof![
            (0u8..=120).prop_map(|a| a.to_string()),
            pick(&["0", "3", "4", "8", "9", "14", "17", "18", "50", "51"])
        ]
        .boxed(),
        "sex" => pick(&["female", "male"]),
        "stage" => pick(&["none", "pregnant", "lactating"]),
        "form" => pick(&FORM_IDS),
        "unit_mg" => prop_oneof![
            number(1, 5000),
            number(50, 1000),
            pick(&["100", "1000", "400", "66.67"])
        ]
        .boxed(),
        "basis" => pick(&["elemental", "compound"]),
        "target" => prop_oneof![
            number(1, 2000),
            number(50, 450),
            pick(&["200", "300", "350", "201"])
        ]
        .boxed(),
        "egfr" => prop_oneof![
            number(1, 250),
            number(10, 100),
            pick(&["29.9", "30", "59.9", "60"])
        ]
        .boxed(),
        "ckd" => pick(&["yes", "no", "unknown"]),
        // 0.50–3.50 (mg/dL); `structured_fields` rescales it to the unit chosen.
        "serum" => (50u32..=350)
            .prop_map(|centi| format!("{:.3}", f64::from(centi) / 100.0))
            .boxed(),
        "serum_unit" => pick(&["mg_dl", "mmol_l", "meq_l"]),
        "ferritin" => {
            prop_oneof![number(1, 5000), number(1, 200), pick(&["50", "75", "100"])].boxed()
        }
        "tsat" => prop_oneof![number(1, 100), pick(&["19.9", "20"])].boxed(),
        "wake" | "dinner" | "bedtime" => hhmm(),
        "other_mg" => {
            prop_oneof![3 => number(0, 100), 1 => number(0, 5000), 1 => Just("0".to_string())]
                .boxed()
        }
        // Raltegravir is rare: it stops the plan, and plans are what the schedule checks need. One
        // list in three is a crowded day of binding medicines with stated times (conflicts).
        "meds" => prop_oneof![
            2 => proptest::collection::vec(
                (
                    prop_oneof![
                        60 => proptest::sample::select(&MED_IDS[..]).prop_filter("not raltegravir", |m| *m != "raltegravir"),
                        1 => Just("raltegravir"),
                    ],
                    proptest::option::of(hhmm()),
                ),
                1..6,
            ),
            1 => proptest::collection::vec(
                (
                    proptest::sample::select(&["quinolone", "tetracycline", "levothyroxine", "eltrombopag", "integrase", "iron", "zinc"][..]),
                    hhmm().prop_map(Some),
                ),
                4..9,
            ),
        ]
        .prop_map(|v| {
            v.into_iter()
                .map(|(id, t)| t.map_or(id.to_string(), |t| format!("{id}@{t}")))
                .collect::<Vec<_>>()
                .join(",")
        })
        .boxed(),
        "gi" => pick(&["0", "1"]),
        // Rare on purpose: each one stops the plan.
        "conditions" => prop_oneof![
            40 => Just(String::new()),
            1 => pick(&["heart_block", "myasthenia", "heart_block,myasthenia", "gout"]),
        ]
        .boxed(),
        other => unreachable!("{other}"),
    }
}

fn to_fields(v: Vec<Option<String>>) -> Fields {
    v.try_into().expect("20 fields")
}

/// (a) Arbitrary strings (or nothing) in every field.
fn garbage_fields() -> impl Strategy<Value = Fields> {
    (0..20)
        .map(|_| proptest::option::weighted(0.8, garbage()))
        .collect::<Vec<_>>()
        .prop_map(to_fields)
}

/// (b) Structured, valid-ish values (each field sometimes absent; age nearly always given so
/// that plans are common).
fn structured_fields() -> impl Strategy<Value = Fields> {
    (0..20)
        .map(|i| proptest::option::weighted(if i == AGE { 0.95 } else { 0.7 }, valid_field(i)))
        .collect::<Vec<_>>()
        .prop_map(to_fields)
        .prop_map(|mut f| {
            // Express the generated mg/dL level in the chosen unit (3 decimals), so every unit
            // lands on both sides of the 1.8 / 2.2 / 2.5 mg/dL thresholds.
            let factor = match f[SERUM_UNIT].as_deref() {
                Some("mmol_l") => 1.0 / 2.4305,
                Some("meq_l") => 2.0 / 2.4305,
                _ => 1.0,
            };
            if let Some(v) = f[SERUM].as_deref().and_then(|v| v.parse::<f64>().ok()) {
                f[SERUM] = Some(format!("{:.3}", v * factor));
            }
            f
        })
}

/// Structured values with a few fields replaced by garbage.
fn mixed_fields() -> impl Strategy<Value = Fields> {
    (0..20)
        .map(|i| proptest::option::weighted(0.8, prop_oneof![3 => valid_field(i), 1 => garbage()]))
        .collect::<Vec<_>>()
        .prop_map(to_fields)
}

// ---------------------------------------------------------------------------------------------
// Independent re-implementation of facts.md §7 (spacing), by brute force over clock minutes.

#[derive(Clone, Copy, Debug)]
enum Rule {
    NoSpacing,
    /// No drug dose closer than this many minutes on either side of magnesium.
    EitherSide(i32),
    /// Drug at least `before` minutes before magnesium or at least `after` minutes after it.
    BeforeOrAfter(i32, i32),
}

/// Straight from the facts.md §7 table, by contract id.
fn facts_rule(med_id: &str) -> Rule {
    match med_id {
        "levothyroxine" | "eltrombopag" => Rule::EitherSide(4 * 60),
        "gabapentin" | "iron" | "zinc" | "digoxin" | "bisphosphonate" | "penicillamine"
        | "mycophenolate" => Rule::EitherSide(2 * 60),
        "quinolone" => Rule::BeforeOrAfter(4 * 60, 8 * 60),
        "tetracycline" => Rule::BeforeOrAfter(2 * 60, 6 * 60),
        // The strictest labels in the class: Juluca, oral cabotegravir, dolutegravir.
        "integrase" => Rule::BeforeOrAfter(4 * 60, 6 * 60),
        "raltegravir" | "ppi" | "loop_diuretic" | "thiazide" | "potassium_sparing" => {
            Rule::NoSpacing
        }
        other => panic!("unknown medicine id {other}"),
    }
}

/// facts.md §7, "Usual number of daily doses": assumed when the person gives no time.
fn facts_usual_doses(med_id: &str) -> usize {
    match med_id {
        "levothyroxine" | "bisphosphonate" => 1,
        "tetracycline" | "quinolone" | "mycophenolate" | "penicillamine" => 2,
        "gabapentin" => 3,
        _ => 1,
    }
}

/// facts.md §7, "Medicines among themselves": the window between two medicines, as
/// (the mineral's id, the rule it keeps from the other), or `None`.
fn facts_pair(a: &'static str, b: &'static str) -> Option<(&'static str, Rule)> {
    const BINDERS: [&str; 7] = [
        "tetracycline",
        "quinolone",
        "integrase",
        "eltrombopag",
        "penicillamine",
        "bisphosphonate",
        "levothyroxine",
    ];
    let mineral = |m: &str| m == "iron" || m == "zinc";
    match (mineral(a), mineral(b)) {
        (true, true) if a != b => Some((a, Rule::EitherSide(2 * 60))),
        (true, false) if BINDERS.contains(&b) => Some((a, facts_rule(b))),
        (false, true) if BINDERS.contains(&a) => Some((b, facts_rule(a))),
        _ => None,
    }
}

const DAY_MIN: i32 = MINUTES_PER_DAY as i32;

/// Whether magnesium (or a mineral in its place) taken every day at clock minute `mg_clock` keeps
/// `rule` with a medicine taken every day at clock minute `drug_clock`: scans every minute of the
/// forbidden interval around the magnesium dose and looks for a dose of the medicine there.
fn brute_force_ok(rule: Rule, mg_clock: i32, drug_clock: i32) -> bool {
    let drug_at = |t: i32| t.rem_euclid(DAY_MIN) == drug_clock;
    match rule {
        Rule::NoSpacing => true,
        // Forbidden drug times: strictly within `w` of magnesium.
        Rule::EitherSide(w) => !(mg_clock - w + 1..mg_clock + w).any(drug_at),
        // Forbidden drug times: less than `before` before magnesium up to less than `after` after it.
        Rule::BeforeOrAfter(before, after) => {
            !(mg_clock - before + 1..mg_clock + after).any(drug_at)
        }
    }
}

fn med_id_of(kind: &ItemKind) -> Option<&'static str> {
    match kind {
        ItemKind::Iron => Some("iron"),
        ItemKind::Med(m) => Some(m.id()),
        ItemKind::Magnesium { .. } => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Invariants of one evaluation.

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn check_findings(e: &Evaluation) -> Result<(), TestCaseError> {
    // Stop → caution → info.
    for w in e.findings.windows(2) {
        prop_assert!(
            w[0].severity >= w[1].severity,
            "findings out of order: {:?}",
            e.findings.iter().map(|f| f.rule.id()).collect::<Vec<_>>()
        );
    }
    let mut seen = HashSet::new();
    for f in &e.findings {
        prop_assert!(
            seen.insert(f.rule.id()),
            "rule {} appears twice",
            f.rule.id()
        );
        prop_assert_eq!(f.severity, f.rule.severity());
        prop_assert!(!f.message.is_empty() && !f.action.is_empty() && !f.sources.is_empty());
    }
    Ok(())
}

/// The suggestion by brute force over unit counts (docs/medical-reference.md §8): the smallest
/// whole-unit amount in 200–300 mg that fits the room; else the largest below 200 that fits.
fn expected_suggestion(per_unit: Option<f64>, room: Option<f64>) -> Option<f64> {
    let (lo, hi) = (200.0, 300.0);
    let room = room.unwrap_or(f64::INFINITY);
    let Some(u) = per_unit else {
        let amount = room.min(lo);
        return (amount >= 100.0).then_some(amount);
    };
    let amounts: Vec<f64> = (1..=((hi / u) as u32 + 2))
        .map(|n| f64::from(n) * u)
        .collect();
    let fits = |a: f64| a <= room * (1.0 + 1e-9);
    amounts
        .iter()
        .copied()
        .find(|&a| a >= lo * (1.0 - 1e-9) && a <= hi * (1.0 + 1e-9) && fits(a))
        .or_else(|| {
            amounts
                .iter()
                .copied()
                .filter(|&a| a < lo * (1.0 - 1e-9) && fits(a))
                .reduce(f64::max)
        })
}

fn check_plan(input: &Input, e: &Evaluation) -> Result<(), TestCaseError> {
    let mg_items = e
        .schedule
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Magnesium { .. }))
        .count();
    // What one unit holds is shown whenever a product is given, plan or not.
    prop_assert_eq!(
        e.elemental_per_unit,
        input.product().map(|p| p.elemental_per_unit())
    );
    if e.has_stop() {
        prop_assert!(e.plan.is_err(), "stop finding but a plan");
        prop_assert_eq!(mg_items, 0);
        prop_assert_eq!(e.schedule.magnesium_mg(), 0.0);
        if input.person.is_adult() {
            prop_assert_eq!(e.plan.clone().err(), Some(NoPlan::Stopped));
        }
    }
    let room = e.requirement.ul_mg.map(|ul| f64::from(ul) - input.other_mg);
    let per_unit = input.product().map(|p| p.elemental_per_unit());
    let plan = match &e.plan {
        Err(reason) => {
            prop_assert_eq!(mg_items, 0, "magnesium scheduled without a plan");
            prop_assert!(e.suggested_mg.is_none() && e.first_week.is_none());
            // Each refusal says why, with the numbers that caused it.
            match *reason {
                NoPlan::UnitOverTarget {
                    unit_mg,
                    target_mg,
                    room_mg,
                } => {
                    prop_assert!(per_unit == Some(unit_mg) && unit_mg > target_mg);
                    prop_assert_eq!(Some(target_mg), input.target_mg);
                    prop_assert_eq!(room_mg, room);
                    prop_assert!(room.is_none_or(|r| target_mg <= r));
                }
                NoPlan::UnitAboveRange {
                    unit_mg,
                    range_max_mg,
                } => {
                    prop_assert!(input.target_mg.is_none() && per_unit == Some(unit_mg));
                    prop_assert!(unit_mg > f64::from(range_max_mg) && range_max_mg == 300);
                    prop_assert_eq!(expected_suggestion(per_unit, room), None);
                }
                NoPlan::UnitAboveRoom {
                    unit_mg, room_mg, ..
                } => {
                    prop_assert!(per_unit == Some(unit_mg) && unit_mg > room_mg);
                    prop_assert_eq!(Some(room_mg), room);
                }
                NoPlan::TooManyUnits { units, unit_mg } => {
                    prop_assert!(units > 20 && per_unit == Some(unit_mg));
                }
                NoPlan::NoRoomUnderUl { other_mg, ul_mg } => {
                    let left = f64::from(ul_mg) - other_mg;
                    prop_assert_eq!(other_mg, input.other_mg);
                    prop_assert!(
                        left <= 0.0
                            || (input.target_mg.is_none() && per_unit.is_none() && left < 100.0)
                    );
                }
                NoPlan::SerumHighNormal => {
                    prop_assert!(input.target_mg.is_none());
                    prop_assert!(e.finding(RuleId::SerumHighNormal).is_some());
                }
                _ => {}
            }
            return Ok(());
        }
        Ok(p) => p,
    };
    prop_assert!(input.person.is_adult());
    prop_assert!(plan.daily_mg.is_finite() && plan.daily_mg > 0.0);
    // No plan above the supplemental limit, or above the person's own target.
    if let Some(r) = room {
        prop_assert!(
            plan.daily_mg <= r * (1.0 + 1e-9),
            "{} above the room {r}",
            plan.daily_mg
        );
    }
    match input.target_mg {
        Some(t) => {
            prop_assert!(plan.daily_mg <= t * (1.0 + 1e-9) && !plan.target_is_default);
            prop_assert_eq!(plan.target_mg, t);
            prop_assert_eq!(e.suggested_mg, None);
            // Whole units: the most that fit under the target and the room.
            if let Some(u) = plan.units {
                let cap = room.map_or(t, |r| r.min(t));
                prop_assert!(
                    plan.daily_mg + u.elemental_per_unit > cap * (1.0 - 1e-9),
                    "one more unit would still fit"
                );
            }
        }
        None => {
            prop_assert!(plan.target_is_default);
            // The suggestion, typed back as a target, gives the same plan.
            let s = e.suggested_mg.unwrap();
            prop_assert!(
                s >= plan.daily_mg - 1e-9 && s - plan.daily_mg < 0.01,
                "{} vs {}",
                s,
                plan.daily_mg
            );
            let again = mg_engine::plan::plan(
                Some(s),
                input.product(),
                e.requirement
                    .ul_mg
                    .map(|ul_mg| mg_engine::plan::Limit::us(ul_mg, input.other_mg)),
            )
            .unwrap();
            prop_assert!(
                close(again.daily_mg, plan.daily_mg)
                    && again.units_per_day() == plan.units_per_day()
            );
            prop_assert!(e.finding(RuleId::SerumHighNormal).is_none());
            let expected = expected_suggestion(per_unit, room);
            prop_assert!(
                expected.is_some_and(|x| close(x, plan.daily_mg)),
                "suggested {} but brute force gives {:?}",
                plan.daily_mg,
                expected
            );
        }
    }
    match (plan.units, input.product()) {
        (Some(u), Some(product)) => {
            prop_assert_eq!(u.product, product);
            let per_unit = match product.basis {
                Basis::Elemental => product.unit_mg,
                Basis::Compound => compound_to_elemental(product.form, product.unit_mg),
            };
            prop_assert!(close(u.elemental_per_unit, per_unit));
            let n = u.units_per_day.whole_count().unwrap_or(0);
            prop_assert!((1..=20).contains(&n));
            // Delivered = units × per-unit mg.
            prop_assert!(
                close(plan.daily_mg, f64::from(n) * u.elemental_per_unit),
                "{} vs {} × {}",
                plan.daily_mg,
                n,
                u.elemental_per_unit
            );
            // First week: 100 mg, or one unit when a unit is above 100 mg.
            let first = plan.titration[0];
            let expected = ((100.0 / u.elemental_per_unit + 1e-9).floor() as u32)
                .max(1)
                .min(n);
            // A dose already taken (high-normal blood magnesium) has no lower first week.
            let expected = if plan.current { n } else { expected };
            prop_assert_eq!(first.units, Some(mg_engine::units::Units::whole(expected)));
        }
        (None, None) => {}
        (u, p) => prop_assert!(false, "units {u:?} without product {p:?} or the reverse"),
    }
    let last = plan.titration.last().unwrap();
    prop_assert!(close(last.mg, plan.daily_mg) && last.to_week.is_none());
    prop_assert!(plan.titration[0].mg <= plan.daily_mg);

    if e.schedule.conflict_with.is_empty() {
        prop_assert_eq!(e.first_week, plan.first_week());
        // The day's magnesium doses add up to the plan.
        prop_assert!(
            close(e.schedule.magnesium_mg(), plan.daily_mg),
            "schedule {} mg vs plan {} mg",
            e.schedule.magnesium_mg(),
            plan.daily_mg
        );
        prop_assert_eq!(mg_items, plan.portions().len());
        let units = e
            .schedule
            .items
            .iter()
            .filter_map(|i| match i.kind {
                ItemKind::Magnesium { units, .. } => units,
                _ => None,
            })
            .reduce(|a, b| {
                mg_engine::units::Units::from_halves(a.halves() + b.halves()).of(a.kind())
            });
        prop_assert_eq!(units, plan.units_per_day());
    } else {
        prop_assert_eq!(mg_items, 0);
        // No time to take it: no calendar week, and no finding says how to take it.
        prop_assert_eq!(e.first_week, None);
        prop_assert!(e.finding(RuleId::StartLow).is_none());
        prop_assert!(e.finding(RuleId::SplitDose).is_none());
    }
    Ok(())
}

fn check_ul(input: &Input, e: &Evaluation) -> Result<(), TestCaseError> {
    // Unknown age: the adult limit, and the finding says so (docs §6).
    let ul = match input.person.age {
        None => Some(350),
        Some(_) => e.requirement.ul_mg,
    };
    let target = input
        .target_mg
        .filter(|_| input.person.age.is_none_or(|a| a >= 18));
    let over = ul.is_some_and(|ul| target.unwrap_or(0.0) + input.other_mg > f64::from(ul));
    let f = e.finding(RuleId::UlExceeded);
    prop_assert_eq!(
        f.is_some(),
        over,
        "target {:?} + other {} vs UL {:?}",
        target,
        input.other_mg,
        ul
    );
    if let Some(f) = f {
        prop_assert_eq!(
            f.message.contains("your age was not given"),
            input.person.age.is_none()
        );
    }
    // Never a plan that, with other products, goes above the limit.
    if let (Ok(p), Some(ul)) = (&e.plan, e.requirement.ul_mg) {
        prop_assert!(p.daily_mg + input.other_mg <= f64::from(ul) * (1.0 + 1e-9));
    }
    Ok(())
}

/// A dose's clock minute and whether it counts as taken the evening before (while asleep).
fn clock(i: &mg_engine::schedule::Item) -> i32 {
    i32::from(i.time.minutes())
}

fn check_schedule(input: &Input, e: &Evaluation) -> Result<(), TestCaseError> {
    let day = input.day;
    let len = day.length();
    let s = &e.schedule;
    // Time order from waking; a dose taken while asleep (after bedtime) is listed before waking.
    let order = |i: &mg_engine::schedule::Item| {
        if i.offset > len {
            i32::from(i.offset) - DAY_MIN
        } else {
            i32::from(i.offset)
        }
    };
    for w in s.items.windows(2) {
        prop_assert!(order(&w[0]) <= order(&w[1]), "items out of order");
    }
    for item in &s.items {
        prop_assert_eq!(item.offset, day.offset_of(item.time));
    }
    // Every dose of the day is on the timeline: the stated ones, and for a medicine listed
    // without a time its usual number of daily doses (facts §7).
    let mut expected_doses = 0;
    let mut ids: Vec<MedId> = input.meds.iter().map(|d| d.med).collect();
    ids.sort();
    ids.dedup();
    for id in ids {
        let listed = input.meds.iter().filter(|d| d.med == id).count();
        let stated = input
            .meds
            .iter()
            .filter(|d| d.med == id && d.time.is_some())
            .count();
        let n = if stated == 0 {
            facts_usual_doses(id.id()).max(listed)
        } else {
            listed
        };
        let on_timeline = s
            .items
            .iter()
            .filter(|i| med_id_of(&i.kind) == Some(id.id()))
            .count();
        prop_assert_eq!(
            on_timeline,
            n,
            "{} listed {} times, {} stated",
            id.id(),
            listed,
            stated
        );
        let assumed = s
            .items
            .iter()
            .filter(|i| med_id_of(&i.kind) == Some(id.id()) && i.time_assumed)
            .count();
        prop_assert_eq!(assumed, n - stated, "{} assumed doses", id.id());
        expected_doses += n;
    }
    prop_assert_eq!(
        s.items
            .iter()
            .filter(|i| !matches!(i.kind, ItemKind::Magnesium { .. }))
            .count(),
        expected_doses
    );

    // Conflict ⇔ finding; each medicine named once.
    prop_assert_eq!(
        !s.conflict_with.is_empty(),
        e.finding(RuleId::ScheduleConflict).is_some()
    );
    let unique: HashSet<_> = s.conflict_with.iter().collect();
    prop_assert_eq!(
        unique.len(),
        s.conflict_with.len(),
        "conflict lists a medicine twice: {:?}",
        s.conflict_with
    );

    // One interaction finding per distinct medicine.
    let given: HashSet<String> = input
        .meds
        .iter()
        .map(|d| format!("interaction-{}", d.med.id()))
        .collect();
    let found: HashSet<String> = e
        .findings
        .iter()
        .map(|f| f.rule.id())
        .filter(|id| id.starts_with("interaction-"))
        .collect();
    prop_assert_eq!(given, found);

    let meds: Vec<_> = s
        .items
        .iter()
        .filter_map(|i| med_id_of(&i.kind).map(|id| (id, i)))
        .collect();
    // Every magnesium dose keeps every medicine's window, by brute force.
    for mg in s
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Magnesium { .. }))
    {
        // Within the waking day, at the clock time its offset says.
        prop_assert!(
            mg.offset <= len,
            "magnesium at offset {} after bedtime ({len})",
            mg.offset
        );
        prop_assert_eq!(
            i32::from(mg.time.minutes()),
            (i32::from(day.wake.minutes()) + i32::from(mg.offset)) % DAY_MIN
        );
        for (id, med) in &meds {
            let spacing = match med.kind {
                ItemKind::Iron => MedId::Iron.med().spacing,
                ItemKind::Med(m) => m.med().spacing,
                ItemKind::Magnesium { .. } => unreachable!(),
            };
            prop_assert!(
                spacing_holds(spacing, clock(mg), clock(med)),
                "{id} at {} vs magnesium at {}",
                med.time,
                mg.time
            );
            prop_assert!(
                brute_force_ok(facts_rule(id), clock(mg), clock(med)),
                "brute force: {id} at {} vs magnesium at {}",
                med.time,
                mg.time
            );
        }
    }
    check_medicine_pairs(input, e, &meds)?;

    // A conflict for a single dose is genuine: no candidate time the scheduler could have used
    // (the 5-minute grid from waking to 30 min before bed, and the 1–2 h-before-bed window) keeps
    // every rule, by the brute-force check.
    if let Ok(plan) = &e.plan {
        if !s.conflict_with.is_empty() && plan.portions().len() == 1 {
            let latest = len.saturating_sub(30);
            let window = (len.saturating_sub(120)..=len.saturating_sub(60)).step_by(5);
            for o in (0..=latest).step_by(5).chain(window) {
                let at = (i32::from(day.wake.minutes()) + i32::from(o)) % DAY_MIN;
                let ok = meds
                    .iter()
                    .all(|(id, m)| brute_force_ok(facts_rule(id), at, clock(m)));
                prop_assert!(!ok, "conflict reported but offset {o} keeps every rule");
            }
        }
    }
    Ok(())
}

/// Medicines among themselves (docs §7): every pair keeps its window by brute force, or the pair
/// is reported in `med-spacing`, naming both. A reported pair always involves a time the person
/// stated, or an assumed iron or zinc time for which no time of the waking day keeps every window.
fn check_medicine_pairs(
    input: &Input,
    e: &Evaluation,
    meds: &[(&'static str, &mg_engine::schedule::Item)],
) -> Result<(), TestCaseError> {
    let day = input.day;
    let finding = e.finding(RuleId::MedSpacing);
    prop_assert_eq!(finding.is_some(), !e.schedule.med_clashes.is_empty());
    for (i, (a, ia)) in meds.iter().enumerate() {
        for (b, ib) in &meds[i + 1..] {
            let Some((mineral, rule)) = facts_pair(a, b) else {
                continue;
            };
            let (m, d) = if *a == mineral { (ia, ib) } else { (ib, ia) };
            if brute_force_ok(rule, clock(m), clock(d)) {
                continue;
            }
            let names = (MedId::parse(a).unwrap(), MedId::parse(b).unwrap());
            let f = finding.ok_or_else(|| {
                TestCaseError::fail(format!(
                    "{a} at {} and {b} at {} unreported",
                    ia.time, ib.time
                ))
            })?;
            prop_assert!(
                f.message.contains(names.0.med().name) && f.message.contains(names.1.med().name),
                "{}",
                f.message
            );
            prop_assert!(
                e.schedule
                    .med_clashes
                    .iter()
                    .any(|c| (c.mineral_at, c.drug_at) == (m.time, d.time)
                        || (c.rule.drug.is_mineral()
                            && (c.drug_at, c.mineral_at) == (m.time, d.time))),
                "{a} at {} and {b} at {} not in the clashes",
                ia.time,
                ib.time
            );
            let stated = !ia.time_assumed || !ib.time_assumed;
            if !stated {
                // The assumed one is the mineral, and nowhere in the waking day fits it.
                prop_assert!(
                    m.time_assumed
                        && (*a == "iron" || *a == "zinc" || *b == "iron" || *b == "zinc")
                );
                for o in (0..=day.length()).step_by(5) {
                    let at = i32::from(day.at(o).minutes());
                    let fits =
                        meds.iter()
                            .filter(|(_, x)| !std::ptr::eq(*x, *m))
                            .all(|(other, x)| {
                                facts_pair(mineral, other).is_none_or(|(who, r)| {
                                    if who == mineral {
                                        brute_force_ok(r, at, clock(x))
                                    } else {
                                        brute_force_ok(r, clock(x), at)
                                    }
                                })
                            });
                    prop_assert!(!fits, "{mineral} could have gone at offset {o}");
                }
            }
        }
    }
    Ok(())
}

fn check_all(f: &Fields) -> Result<(), TestCaseError> {
    let (input, _) = validate(&raw(f));
    let e = evaluate(&input);
    check_findings(&e)?;
    check_plan(&input, &e)?;
    check_ul(&input, &e)?;
    check_schedule(&input, &e)?;
    Ok(())
}

/// Errors only for given fields, and each field's value and messages are exactly what it gets when
/// validated alone (with only the fields it depends on): garbage elsewhere changes nothing.
fn check_validation(f: &Fields) -> Result<(), TestCaseError> {
    let (input, errors) = validate(&raw(f));
    for e in &errors {
        let i = FIELDS.iter().position(|n| *n == e.field.name());
        prop_assert!(i.is_some(), "error for unknown field {}", e.field.name());
        prop_assert!(
            given(f, i.unwrap()),
            "error for field {} that was not given: {}",
            e.field.name(),
            e.message
        );
    }
    for i in 0..FIELDS.len() {
        let mut solo: Fields = Default::default();
        solo[i] = f[i].clone();
        for &d in depends_on(i) {
            solo[d] = f[d].clone();
        }
        let (alone, alone_errors) = validate(&raw(&solo));
        prop_assert_eq!(
            component(&input, i),
            component(&alone, i),
            "field {} changed by other fields",
            FIELDS[i]
        );
        prop_assert_eq!(
            errors_for(&errors, i),
            errors_for(&alone_errors, i),
            "field {} messages changed by other fields",
            FIELDS[i]
        );
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------

proptest! {
    // No regression files (tests/ has no lib.rs to anchor them); found cases are pinned as tests below.
    #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

    /// validate + evaluate never panic on arbitrary strings, and every invariant holds.
    #[test]
    fn garbage_never_panics_and_invariants_hold(f in garbage_fields()) {
        check_all(&f)?;
    }

    /// Every invariant holds on structured, valid-ish input.
    #[test]
    fn structured_invariants_hold(f in structured_fields()) {
        check_all(&f)?;
    }

    #[test]
    fn mixed_invariants_hold(f in mixed_fields()) {
        check_all(&f)?;
    }

    /// Field errors only for given, invalid fields; no field is changed by another's garbage.
    #[test]
    fn field_errors_are_local_on_garbage(f in garbage_fields()) {
        check_validation(&f)?;
    }

    #[test]
    fn field_errors_are_local_on_structured(f in structured_fields()) {
        check_validation(&f)?;
    }

    #[test]
    fn field_errors_are_local_on_mixed(f in mixed_fields()) {
        check_validation(&f)?;
    }

    /// A fully valid input with one field replaced by garbage keeps every other field's value
    /// (e.g. a valid `sex` survives any garbage `age`), except fields that depend on it.
    #[test]
    fn one_garbage_field_wipes_nothing_else(mut f in structured_fields(), which in 0usize..20, junk in garbage()) {
        let (before, _) = validate(&raw(&f));
        f[which] = Some(junk);
        let (after, errors) = validate(&raw(&f));
        for (i, name) in FIELDS.iter().enumerate() {
            if i == which || depends_on(i).contains(&which) {
                continue;
            }
            prop_assert_eq!(component(&before, i), component(&after, i), "garbage in {} changed {}", FIELDS[which], name);
        }
        for e in &errors {
            let i = FIELDS.iter().position(|n| *n == e.field.name()).unwrap();
            prop_assert!(given(&f, i), "error for {} that was not given", e.field.name());
        }
    }

    /// A long medicine list: every valid medicine gets its interaction finding, or the `meds`
    /// field says which doses were left out.
    #[test]
    fn long_medicine_lists_are_not_silently_cut(ids in proptest::collection::vec(proptest::sample::select(&MED_IDS[..]), 20..40)) {
        let list = ids.join(",");
        let (input, errors) = validate(&RawInput { age: Some("40"), meds: Some(&list), ..Default::default() });
        let e = evaluate(&input);
        let missing: Vec<_> = ids.iter().filter(|id| e.finding(RuleId::Interaction(MedId::parse(id).unwrap())).is_none()).collect();
        if !missing.is_empty() {
            prop_assert!(errors.iter().any(|e| e.field.name() == "meds"), "{:?} dropped without a message", missing);
        }
    }

    /// Serum conversions round-trip and agree with 1 mmol/L = 2.4305 mg/dL = 2 mEq/L.
    #[test]
    fn serum_conversions_round_trip(v in 0.001f64..100.0, a in 0usize..3, b in 0usize..3) {
        let (a, b) = (SerumUnit::ALL[a], SerumUnit::ALL[b]);
        let there = convert(v, a, b);
        prop_assert!(close(convert(there, b, a), v), "{v} {a:?}→{b:?}→{a:?}");
        let mmol = convert(v, a, SerumUnit::MmolL);
        prop_assert!(close(convert(mmol, SerumUnit::MmolL, SerumUnit::MgDl), mmol * 2.4305));
        prop_assert!(close(convert(mmol, SerumUnit::MmolL, SerumUnit::MeqL), mmol * 2.0));
        // Through a third unit gives the same as directly.
        for c in SerumUnit::ALL {
            prop_assert!(close(convert(convert(v, a, c), c, b), there));
        }
    }

    /// The engine's decimal reader gives exactly what the standard library's parser gives for plain
    /// decimals of up to 15 significant digits, and refuses what is not a plain decimal.
    #[test]
    fn decimal_parse_matches_std(s in prop_oneof!["[+-]?[0-9]{1,8}(\\.[0-9]{0,7})?", "[+-]?\\.[0-9]{1,15}", any::<String>()]) {
        let std_plain = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b"+-.".contains(&b));
        let expected = if std_plain { s.parse::<f64>().ok() } else { None };
        prop_assert_eq!(decimal::parse(&s), expected, "{:?}", s);
    }

    /// Fixed decimals agree with `format!("{:.N}")` except at exact ties (where the engine rounds
    /// half away from zero and Rust half to even) and on the sign of values that round to zero.
    #[test]
    fn decimal_fixed_matches_std(x in -1e6f64..1e6, n in 0u8..4) {
        let scaled = x.abs() * 10f64.powi(i32::from(n));
        prop_assume!((scaled.fract() - 0.5).abs() > 1e-6);
        let std = format!("{:.*}", usize::from(n), x);
        let std = if std.trim_start_matches('-').bytes().all(|b| b == b'0' || b == b'.') { std.trim_start_matches('-').to_owned() } else { std };
        prop_assert_eq!(decimal::fixed(x, n), std);
        prop_assert_eq!(decimal::parse(&decimal::fixed(x, n)).map(|v| (v - x).abs() <= 0.5 / 10f64.powi(i32::from(n)) + 1e-9), Some(true));
    }

    /// Fixed and trimmed decimals round exactly as `f64::round` (half away from zero) on the
    /// value times 10^N, ties included: the reference writes that rounded whole number with std's
    /// integer formatting and puts the point in.
    #[test]
    fn decimal_fixed_rounds_as_f64_round(
        x in prop_oneof![-1e12f64..1e12, -1e3f64..1e3, (-2_000_000i64..2_000_000).prop_map(|k| k as f64 / 2000.0)],
        n in 0u8..=6,
    ) {
        let r = (x.abs() * 10f64.powi(i32::from(n))).round();
        let digits = format!("{:0>width$.0}", r, width = usize::from(n) + 1);
        let (whole, frac) = digits.split_at(digits.len() - usize::from(n));
        let sign = if x < 0.0 && r != 0.0 { "-" } else { "" };
        let expected = if n == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{frac}") };
        prop_assert_eq!(decimal::fixed(x, n), expected.clone());
        let trimmed = if n == 0 { expected } else { expected.trim_end_matches('0').trim_end_matches('.').to_owned() };
        prop_assert_eq!(decimal::trimmed(x, n), trimmed);
    }

    /// Every minute formats as HH:MM and parses back; anything that parses is already in canonical form.
    #[test]
    fn clock_parse_format_round_trip(m in 0u16..MINUTES_PER_DAY, s in prop_oneof!["[0-9]{2}:[0-9]{2}", any::<String>(), "[ 0-9:]{4,6}"]) {
        let c = Clock::from_minutes(m).unwrap();
        prop_assert_eq!(Clock::parse(&c.format()), Some(c));
        prop_assert_eq!(c.to_string(), c.format());
        if let Some(p) = Clock::parse(&s) {
            prop_assert_eq!(p.format(), s);
        }
        prop_assert_eq!(Clock::wrapping(i32::from(m) + 3 * DAY_MIN), c);
    }

    /// elemental → compound → elemental (and back) is the identity for every form; the compound
    /// always weighs more than the magnesium in it.
    #[test]
    fn elemental_compound_round_trip(form in 0usize..15, mg in 0.001f64..100_000.0) {
        let form = FormId::ALL[form];
        prop_assert!(close(elemental_to_compound(form, compound_to_elemental(form, mg)), mg));
        prop_assert!(close(compound_to_elemental(form, elemental_to_compound(form, mg)), mg));
        prop_assert!(compound_to_elemental(form, mg) < mg && elemental_to_compound(form, mg) > mg);
        let pct = form.form().elemental_pct();
        prop_assert!(close(compound_to_elemental(form, mg), mg * pct / 100.0));
    }

    /// The day model: offsets and clock times agree for any wake/bedtime.
    #[test]
    fn day_offsets_round_trip(wake in 0u16..MINUTES_PER_DAY, bed in 0u16..MINUTES_PER_DAY, t in 0u16..MINUTES_PER_DAY) {
        prop_assume!(wake != bed);
        let c = |m| Clock::from_minutes(m).unwrap();
        let day = Day { wake: c(wake), dinner: c(t), bedtime: c(bed) };
        prop_assert!(day.length() >= 1 && day.length() < MINUTES_PER_DAY);
        prop_assert_eq!(day.at(day.offset_of(c(t))), c(t));
        prop_assert_eq!(day.dinner_offset().is_some(), day.offset_of(c(t)) <= day.length());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    /// The engine's spacing function agrees with the brute-force reading of facts.md §7 for a
    /// random medicine time and EVERY magnesium minute of the day (so each window edge is hit).
    #[test]
    fn spacing_holds_matches_brute_force(drug in 0i32..DAY_MIN, med in proptest::sample::select(&MED_IDS[..])) {
        let id = MedId::parse(med).unwrap();
        let rule = facts_rule(med);
        if matches!(rule, Rule::NoSpacing) {
            prop_assert_eq!(id.med().spacing, Spacing::None);
        }
        for mg in 0..DAY_MIN {
            let engine = spacing_holds(id.med().spacing, mg, drug);
            prop_assert_eq!(engine, brute_force_ok(rule, mg, drug), "{} mg {} drug {}", med, mg, drug);
        }
    }
}

/// A random medicine set with a random day: any ids, any mix of stated and usual times, one or two
/// magnesium portions (a target of 150 or 300 mg), waking days of 8 hours or more.
fn medicine_day() -> impl Strategy<Value = (String, String, String, &'static str)> {
    let dose = (
        proptest::sample::select(&MED_IDS[..])
            .prop_filter("a plan is needed", |m| *m != "raltegravir"),
        proptest::option::weighted(0.6, hhmm()),
    );
    (
        proptest::collection::vec(dose, 1..10),
        0u16..24,
        8u16..20,
        proptest::sample::select(&["150", "300"][..]),
    )
        .prop_map(|(doses, wake_h, hours, target)| {
            let meds = doses
                .into_iter()
                .map(|(id, t)| t.map_or(id.to_string(), |t| format!("{id}@{t}")))
                .collect::<Vec<_>>()
                .join(",");
            let wake = format!("{wake_h:02}:00");
            let bed = format!("{:02}:00", (wake_h + hours) % 24);
            (meds, wake, bed, target)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// docs/medical-reference.md §7, by brute force over random medicine sets: every magnesium dose
    /// keeps every medicine's window (or none is placed and `schedule-conflict` names them), and
    /// every pair of medicines keeps its window or `med-spacing` names both — only for a time the
    /// person stated, or an iron or zinc dose no time of the day could fit.
    #[test]
    fn spacing_brute_force_over_random_medicine_sets((meds, wake, bed, target) in medicine_day()) {
        let raw = RawInput { age: Some("40"), meds: Some(&meds), wake: Some(&wake), bedtime: Some(&bed), target: Some(target), ..Default::default() };
        let (input, errors) = validate(&raw);
        prop_assert!(errors.is_empty(), "{:?}", errors);
        let e = evaluate(&input);
        prop_assert!(e.plan.is_ok());
        check_schedule(&input, &e)?;
        check_plan(&input, &e)?;
        // Medicines with no stated time other than iron and zinc stay at the times the app
        // assumed and shows for them.
        for item in e.schedule.items.iter().filter(|i| i.time_assumed) {
            if let ItemKind::Med(m) = item.kind {
                if !m.is_mineral() {
                    let shown = e.schedule.assumed.iter().find(|a| a.med == m);
                    prop_assert!(shown.is_some_and(|a| a.times.contains(&item.time)), "{:?} at {}", m, item.time);
                }
            }
        }
        // What the screen shows as assumed: one row per medicine with assumed doses.
        for a in &e.schedule.assumed {
            let on_timeline = e.schedule.items.iter().filter(|i| i.time_assumed && med_id_of(&i.kind) == Some(a.med.id())).count();
            prop_assert_eq!(a.times.len(), on_timeline);
            prop_assert!(input.meds.iter().any(|d| d.med == a.med && d.time.is_none()));
        }
    }
}

#[test]
fn severity_order_is_stop_caution_info() {
    assert!(Severity::Stop > Severity::Caution && Severity::Caution > Severity::Info);
}

/// The structured generator reaches every rule and every interesting branch (deterministic seed),
/// so the properties above are not passing vacuously.
#[test]
fn structured_generator_reaches_every_rule() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = structured_fields();
    let mut rules = HashSet::new();
    let (
        mut plans,
        mut with_units,
        mut split,
        mut conflicts,
        mut single_conflicts,
        mut stops,
        mut spacing_pairs,
    ) = (0, 0, 0, 0, 0, 0, 0);
    for _ in 0..3000 {
        let f = strategy.new_tree(&mut runner).unwrap().current();
        let (input, _) = validate(&raw(&f));
        let e = evaluate(&input);
        rules.extend(e.findings.iter().map(|x| x.rule.id()));
        stops += usize::from(e.has_stop());
        conflicts += usize::from(!e.schedule.conflict_with.is_empty());
        if let Ok(p) = &e.plan {
            plans += 1;
            with_units += usize::from(p.units.is_some());
            split += usize::from(p.is_split());
            single_conflicts += usize::from(!e.schedule.conflict_with.is_empty() && !p.is_split());
        }
        let mg = e
            .schedule
            .items
            .iter()
            .filter(|i| matches!(i.kind, ItemKind::Magnesium { .. }))
            .count();
        let spaced = e
            .schedule
            .items
            .iter()
            .filter(|i| {
                med_id_of(&i.kind).is_some_and(|id| !matches!(facts_rule(id), Rule::NoSpacing))
            })
            .count();
        spacing_pairs += mg * spaced;
    }
    eprintln!("3000 structured cases: {plans} plans ({with_units} with units, {split} split), {conflicts} conflicts ({single_conflicts} single-dose), {stops} stops, {spacing_pairs} magnesium/medicine pairs checked");
    let mut expected: Vec<String> = [
        "infant",
        "under-18",
        "pregnancy",
        "lactation",
        "kidney-stop",
        "kidney-monitor",
        "serum-high",
        "serum-high-normal",
        "serum-low",
        "ferritin-low",
        "ferritin-borderline",
        "tsat-low",
        "ul-exceeded",
        "above-rls-range",
        "gi-upset",
        "split-dose",
        "start-low",
        "schedule-conflict",
        "med-spacing",
        "heart-block",
        "myasthenia",
    ]
    .map(String::from)
    .to_vec();
    expected.extend(MED_IDS.iter().map(|m| format!("interaction-{m}")));
    let missing: Vec<_> = expected.iter().filter(|r| !rules.contains(*r)).collect();
    assert!(missing.is_empty(), "never produced: {missing:?}");
    for (what, n) in [
        ("plans", plans),
        ("plans with units", with_units),
        ("split plans", split),
        ("conflicts", conflicts),
        ("single-dose conflicts", single_conflicts),
        ("stops", stops),
        ("magnesium/medicine pairs", spacing_pairs),
    ] {
        assert!(n >= 20, "only {n} {what} in 3000 cases");
    }
}

// ---------------------------------------------------------------------------------------------
// Cases the properties found (fixed in engine/src), pinned.

/// A waking time equal to the default bedtime, with no bedtime given: no message for the field
/// that was not given, and the day runs 22:30 → 07:00.
#[test]
fn night_shift_wake_without_bedtime_gets_no_bedtime_error() {
    let (input, errors) = validate(&RawInput {
        wake: Some("22:30"),
        ..Default::default()
    });
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        (input.day.wake.format(), input.day.bedtime.format()),
        ("22:30".into(), "07:00".into())
    );
    // Given and equal: the message names the time actually assumed.
    let (input, errors) = validate(&RawInput {
        wake: Some("22:30"),
        bedtime: Some("22:30"),
        ..Default::default()
    });
    assert_eq!(
        errors.iter().map(|e| e.field.name()).collect::<Vec<_>>(),
        ["bedtime"]
    );
    assert!(
        errors[0].message.contains("07:00 is assumed"),
        "{}",
        errors[0].message
    );
    assert_eq!(input.day.bedtime.format(), "07:00");
    let (_, errors) = validate(&RawInput {
        wake: Some("08:00"),
        bedtime: Some("08:00"),
        ..Default::default()
    });
    assert!(
        errors[0].message.contains("22:30 is assumed"),
        "{}",
        errors[0].message
    );
}

/// Doses past the 24-dose cap are named in a `meds` message instead of vanishing (they used to
/// drop the medicine's interaction finding silently).
#[test]
fn doses_past_the_cap_are_reported() {
    let list = format!("{},tetracycline@09:00", vec!["ppi"; 24].join(","));
    let (input, errors) = validate(&RawInput {
        age: Some("40"),
        meds: Some(&list),
        ..Default::default()
    });
    assert_eq!(input.meds.len(), 24);
    let e: Vec<_> = errors.iter().filter(|e| e.field.name() == "meds").collect();
    assert_eq!(e.len(), 1);
    assert!(
        e[0].message.contains("tetracycline@09:00"),
        "{}",
        e[0].message
    );
}

/// A schedule conflict names each medicine once, even when its doses are not next to each other.
#[test]
fn conflict_names_each_medicine_once() {
    let (input, _) = validate(&RawInput {
        age: Some("40"),
        meds: Some("quinolone@08:00,iron@12:00,quinolone@14:00,quinolone@21:00"),
        ..Default::default()
    });
    let e = evaluate(&input);
    assert_eq!(
        e.schedule.conflict_with,
        vec![MedId::Quinolone, MedId::Iron]
    );
    let f = e.finding(RuleId::ScheduleConflict).unwrap();
    assert_eq!(f.message.matches("Quinolone").count(), 1, "{}", f.message);
}
