//! Boundary tables from docs/medical-reference.md, exercised end to end through
//! `validate` + `evaluate` with the strings a URL would carry (the unit tests in src/ test the rule
//! functions directly). Every threshold is tested on both sides, and every rule id once, with its
//! severity; a `stop` must leave no plan and no magnesium in the schedule.

use mg_engine::finding::{RuleId, Severity};
use mg_engine::meds::MedId;
use mg_engine::schedule::ItemKind;
use mg_engine::NoPlan;
use mg_engine::{evaluate, validate, Evaluation, RawInput};

use Severity::{Caution, Info, Stop};

/// (serum_unit, serum, expected rule and severity)
type SerumCase = (&'static str, &'static str, Option<(&'static str, Severity)>);
/// (rule id, URL parameters, severity)
type RuleCase = (
    &'static str,
    &'static [(&'static str, &'static str)],
    Severity,
);

fn raw<'a>(pairs: &[(&'a str, &'a str)]) -> RawInput<'a> {
    let mut r = RawInput::default();
    for &(k, v) in pairs {
        let slot = r
            .field_mut(mg_engine::Field::parse(k).expect("a field name"))
            .unwrap_or_else(|| panic!("unknown parameter {k}"));
        *slot = Some(v);
    }
    r
}

/// Validates (expecting no field errors) and evaluates.
fn eval(pairs: &[(&str, &str)]) -> Evaluation {
    let (input, errors) = validate(&raw(pairs));
    assert!(errors.is_empty(), "{pairs:?}: {errors:?}");
    evaluate(&input)
}

fn ids(e: &Evaluation) -> Vec<String> {
    e.findings.iter().map(|f| f.rule.id()).collect()
}

fn has(e: &Evaluation, id: &str) -> bool {
    e.findings.iter().any(|f| f.rule.id() == id)
}

fn mg_items(e: &Evaluation) -> usize {
    e.schedule
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Magnesium { .. }))
        .count()
}

/// The finding is there, once, with this severity; a stop leaves no dose anywhere.
fn assert_rule(e: &Evaluation, id: &str, severity: Severity) {
    let found: Vec<_> = e.findings.iter().filter(|f| f.rule.id() == id).collect();
    assert_eq!(found.len(), 1, "{id} in {:?}", ids(e));
    assert_eq!(found[0].severity, severity, "{id}");
    assert_eq!(found[0].severity.id(), severity.id());
    assert!(!found[0].sources.is_empty(), "{id} cites no source");
    if severity == Stop {
        assert!(e.plan.is_err(), "{id} is a stop but a plan was made");
        assert_eq!(
            (mg_items(e), e.schedule.magnesium_mg()),
            (0, 0.0),
            "{id}: magnesium scheduled"
        );
    }
}

/// The start-low advice matches the plan's first step: a lower week, a single unit that cannot go
/// lower, or a dose that is already low.
#[test]
fn start_low_says_what_the_plan_does() {
    let message = |e: &Evaluation| e.finding(RuleId::StartLow).unwrap().message.clone();
    let e = eval(&[("age", "40"), ("target", "300"), ("unit_mg", "120")]);
    assert_eq!(e.plan.as_ref().unwrap().titration[0].mg, 120.0);
    assert_eq!(
        message(&e),
        "Start low to see how your stomach copes: 120 mg a day in the first week."
    );
    let e = eval(&[
        ("age", "40"),
        ("form", "citrate"),
        ("unit_mg", "1000"),
        ("basis", "compound"),
    ]);
    assert!(
        message(&e).starts_with("1 tablet (162 mg) is the smallest step"),
        "{}",
        message(&e)
    );
    let e = eval(&[("age", "40"), ("target", "100")]);
    assert_eq!(
        message(&e),
        "100 mg/day is already a low dose to start with."
    );
    // Findings round milligrams as the plan card does (whole mg from 100). The target is capped
    // at the 250 mg the limit leaves (docs §8): one 162 mg unit.
    let e = eval(&[
        ("age", "40"),
        ("form", "citrate"),
        ("unit_mg", "1000"),
        ("basis", "compound"),
        ("target", "350"),
        ("other_mg", "100"),
    ]);
    assert_eq!(
        e.plan.as_ref().unwrap().units_per_day(),
        Some(mg_engine::units::Units::whole(1))
    );
    assert!(
        e.finding(RuleId::UlExceeded).unwrap().message.starts_with(
            "Your target of 350 mg/day plus 100 mg from other products would be 450 mg/day"
        ),
        "{:?}",
        e.findings
    );
}

/// Stomach upset on glycinate is not told to switch to glycinate.
#[test]
fn gi_advice_does_not_suggest_the_current_form() {
    let action = |form: &str| {
        eval(&[("age", "40"), ("gi", "1"), ("form", form)])
            .finding(RuleId::GiUpset)
            .unwrap()
            .action
            .clone()
    };
    assert!(
        !action("glycinate").contains("glycinate"),
        "{}",
        action("glycinate")
    );
    assert!(action("oxide").contains("such as glycinate"));
}

/// Serum typed in another unit shows its mg/dL to 0.001, so it never seems to contradict a cut-off.
#[test]
fn serum_in_other_units_shows_three_decimals() {
    let message = |v: &str, u: &str| {
        eval(&[("age", "40"), ("serum", v), ("serum_unit", u)])
            .findings
            .iter()
            .find(|f| f.rule.id().starts_with("serum"))
            .unwrap()
            .message
            .clone()
    };
    assert!(
        message("0.74", "mmol_l").contains("0.74 mmol/L (= 1.799 mg/dL) is below"),
        "{}",
        message("0.74", "mmol_l")
    );
    assert!(
        message("1.03", "mmol_l").contains("(= 2.503 mg/dL) is above 2.5"),
        "{}",
        message("1.03", "mmol_l")
    );
    assert!(
        message("1.7", "mg_dl").contains("of 1.7 mg/dL"),
        "{}",
        message("1.7", "mg_dl")
    );
}

/// Without a target the suggestion (200 mg) is lowered to what fits under the UL beside other
/// products; with no room left there is no suggestion at all.
#[test]
fn suggested_target_stays_under_the_ul() {
    let e = eval(&[("age", "40"), ("other_mg", "200")]);
    let p = e.plan.as_ref().unwrap();
    assert_eq!(
        (p.target_mg, p.target_is_default, p.daily_mg),
        (150.0, true, 150.0)
    );
    assert!(!has(&e, "ul-exceeded"));
    // 100 mg of room (a starting dose) is the least a suggestion needs.
    let e = eval(&[("age", "40"), ("other_mg", "250")]);
    assert_eq!(e.plan.as_ref().unwrap().daily_mg, 100.0);
    let e = eval(&[("age", "40"), ("other_mg", "250.5")]);
    assert_eq!(
        e.plan,
        Err(NoPlan::NoRoomUnderUl {
            other_mg: 250.5,
            ul_mg: 350
        })
    );
    let e = eval(&[("age", "40"), ("other_mg", "350")]);
    assert_eq!(
        e.plan,
        Err(NoPlan::NoRoomUnderUl {
            other_mg: 350.0,
            ul_mg: 350
        })
    );
    assert!(!has(&e, "ul-exceeded"));
    let e = eval(&[("age", "40"), ("other_mg", "400")]);
    assert_eq!(
        e.plan,
        Err(NoPlan::NoRoomUnderUl {
            other_mg: 400.0,
            ul_mg: 350
        })
    );
    assert_rule(&e, "ul-exceeded", Caution);
    // A target the person sets is honoured up to the room and capped there (docs §8, changed
    // from "kept as typed"): 150 mg, and the UL rule says why.
    let e = eval(&[("age", "40"), ("other_mg", "200"), ("target", "300")]);
    assert_eq!(e.plan.as_ref().unwrap().daily_mg, 150.0);
    assert_rule(&e, "ul-exceeded", Caution);
}

// ---------------------------------------------------------------------------------------------
// §5 Kidney: eGFR 30 / 60, ckd=yes without eGFR.

#[test]
fn egfr_boundaries() {
    let cases: &[(&str, Option<(&str, Severity)>)] = &[
        ("1", Some(("kidney-stop", Stop))),
        ("29.9", Some(("kidney-stop", Stop))),
        ("29.99", Some(("kidney-stop", Stop))),
        ("30", Some(("kidney-monitor", Caution))),
        ("30.0", Some(("kidney-monitor", Caution))),
        ("45", Some(("kidney-monitor", Caution))),
        ("59.9", Some(("kidney-monitor", Caution))),
        ("60", None),
        ("90", None),
    ];
    for &(egfr, expected) in cases {
        let e = eval(&[("age", "40"), ("sex", "male"), ("egfr", egfr)]);
        match expected {
            Some((id, sev)) => {
                assert_rule(&e, id, sev);
                let other = if id == "kidney-stop" {
                    "kidney-monitor"
                } else {
                    "kidney-stop"
                };
                assert!(!has(&e, other), "eGFR {egfr}: {:?}", ids(&e));
            }
            None => assert!(
                !has(&e, "kidney-stop") && !has(&e, "kidney-monitor"),
                "eGFR {egfr}: {:?}",
                ids(&e)
            ),
        }
        if expected.is_none_or(|(_, s)| s != Stop) {
            assert!(e.plan.is_ok(), "eGFR {egfr} should still give a plan");
        } else {
            assert_eq!(e.plan, Err(NoPlan::Stopped));
        }
    }
}

#[test]
fn ckd_without_egfr() {
    assert_rule(
        &eval(&[("age", "40"), ("ckd", "yes")]),
        "kidney-monitor",
        Caution,
    );
    for ckd in ["no", "unknown"] {
        assert!(
            !has(&eval(&[("age", "40"), ("ckd", ckd)]), "kidney-monitor"),
            "ckd={ckd}"
        );
    }
    // Known kidney disease monitors whatever the eGFR (docs §5, changed: it used to need < 60).
    for egfr in ["60", "75", "120"] {
        assert_rule(
            &eval(&[("age", "40"), ("ckd", "yes"), ("egfr", egfr)]),
            "kidney-monitor",
            Caution,
        );
    }
    assert!(!has(
        &eval(&[("age", "40"), ("ckd", "no"), ("egfr", "60")]),
        "kidney-monitor"
    ));
    assert_rule(
        &eval(&[("age", "40"), ("ckd", "no"), ("egfr", "59")]),
        "kidney-monitor",
        Caution,
    );
    assert_rule(
        &eval(&[("age", "40"), ("ckd", "yes"), ("egfr", "20")]),
        "kidney-stop",
        Stop,
    );
}

// ---------------------------------------------------------------------------------------------
// §4 Serum: low < 1.8, high-normal > 2.2 up to 2.5, high > 2.5 mg/dL, compared after conversion
// (1 mmol/L = 2.4305 mg/dL = 2 mEq/L). Equivalents: 1.8 mg/dL = 0.7406 mmol/L = 1.4812 mEq/L;
// 2.2 = 0.9052 = 1.8103; 2.5 = 1.0286 = 2.0572.

#[test]
fn serum_boundaries_in_every_unit() {
    let low = Some(("serum-low", Info));
    let high_normal = Some(("serum-high-normal", Caution));
    let high = Some(("serum-high", Stop));
    let cases: &[SerumCase] = &[
        ("mg_dl", "1.79", low),
        ("mg_dl", "1.8", None),
        ("mg_dl", "2.2", None),
        ("mg_dl", "2.21", high_normal),
        ("mg_dl", "2.5", high_normal),
        ("mg_dl", "2.51", high),
        ("mmol_l", "0.74", low),          // 1.799 mg/dL
        ("mmol_l", "0.741", None),        // 1.801
        ("mmol_l", "0.75", None),         // 1.823 (the "0.75 mmol/L" of facts.md is not low)
        ("mmol_l", "0.905", None),        // 2.1996
        ("mmol_l", "0.906", high_normal), // 2.2020
        ("mmol_l", "1.028", high_normal), // 2.4986
        ("mmol_l", "1.029", high),        // 2.5010
        ("meq_l", "1.48", low),           // 1.7986
        ("meq_l", "1.482", None),         // 1.8010
        ("meq_l", "1.81", None),          // 2.1996
        ("meq_l", "1.812", high_normal),  // 2.2020
        ("meq_l", "2.057", high_normal),  // 2.4997
        ("meq_l", "2.058", high),         // 2.5010
    ];
    for &(unit, value, expected) in cases {
        let e = eval(&[("age", "40"), ("serum", value), ("serum_unit", unit)]);
        let serum_rules: Vec<_> = ids(&e)
            .into_iter()
            .filter(|r| r.starts_with("serum-"))
            .collect();
        match expected {
            Some((id, sev)) => {
                assert_eq!(serum_rules, [id], "{value} {unit}");
                assert_rule(&e, id, sev);
            }
            None => assert!(serum_rules.is_empty(), "{value} {unit}: {serum_rules:?}"),
        }
    }
    // Default unit is mg/dL.
    assert_rule(&eval(&[("age", "40"), ("serum", "1.7")]), "serum-low", Info);
}

// ---------------------------------------------------------------------------------------------
// §6 Iron: ferritin ≤ 75 adults (75–100 borderline), < 50 under 18; TSAT < 20.

#[test]
fn ferritin_boundaries_adult_and_child() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("18", "75", Some("ferritin-low")),
        ("18", "75.1", Some("ferritin-borderline")),
        ("18", "50", Some("ferritin-low")),
        ("18", "100", Some("ferritin-borderline")),
        ("18", "100.1", None),
        ("17", "49.9", Some("ferritin-low")),
        ("17", "50", None),
        ("17", "75", None),
        ("17", "90", None), // the 75–100 band is an adult rule
        ("5", "49", Some("ferritin-low")),
    ];
    for &(age, ferritin, expected) in cases {
        let e = eval(&[("age", age), ("ferritin", ferritin)]);
        let iron: Vec<_> = ids(&e)
            .into_iter()
            .filter(|r| r.starts_with("ferritin-"))
            .collect();
        assert_eq!(
            iron,
            expected.into_iter().collect::<Vec<_>>(),
            "age {age}, ferritin {ferritin}"
        );
        if let Some(id) = expected {
            assert_rule(&e, id, Info);
        }
    }
}

#[test]
fn tsat_boundary() {
    for age in ["17", "40"] {
        assert_rule(&eval(&[("age", age), ("tsat", "19.9")]), "tsat-low", Info);
        assert!(!has(&eval(&[("age", age), ("tsat", "20")]), "tsat-low"));
    }
}

// ---------------------------------------------------------------------------------------------
// §2 UL per age band (supplements + other_mg): none < 1 y, 65 (1–3), 110 (4–8), 350 (≥ 9).

#[test]
fn ul_per_age_band() {
    let bands: &[(&str, Option<u16>)] = &[
        ("0", None),
        ("1", Some(65)),
        ("3", Some(65)),
        ("4", Some(110)),
        ("8", Some(110)),
        ("9", Some(350)),
        ("18", Some(350)),
        ("120", Some(350)),
    ];
    for &(age, ul) in bands {
        let e = eval(&[("age", age)]);
        assert_eq!(e.requirement.ul_mg, ul, "age {age}");
        // Children get no plan: other_mg alone counts. Adults: a 200 mg plan + other_mg.
        let plan = if e.plan.is_ok() { 200.0 } else { 0.0 };
        if let Some(ul) = ul {
            let at = format!("{}", f64::from(ul) - plan);
            let above = format!("{}", f64::from(ul) - plan + 0.1);
            assert!(
                !has(
                    &eval(&[("age", age), ("target", "200"), ("other_mg", &at)]),
                    "ul-exceeded"
                ),
                "age {age}, other {at}"
            );
            assert_rule(
                &eval(&[("age", age), ("target", "200"), ("other_mg", &above)]),
                "ul-exceeded",
                Caution,
            );
        } else {
            assert!(
                !has(&eval(&[("age", age), ("other_mg", "5000")]), "ul-exceeded"),
                "no UL is set under 1 year"
            );
        }
    }
}

#[test]
fn ul_counts_the_plan() {
    assert!(!has(
        &eval(&[("age", "40"), ("target", "350")]),
        "ul-exceeded"
    ));
    assert_rule(
        &eval(&[("age", "40"), ("target", "350.1")]),
        "ul-exceeded",
        Caution,
    );
    assert_rule(
        &eval(&[("age", "40"), ("target", "300"), ("other_mg", "51")]),
        "ul-exceeded",
        Caution,
    );
    // One unit above the target: no plan (never more than the target), so nothing over the UL.
    let e = eval(&[("age", "40"), ("target", "300"), ("unit_mg", "400")]);
    assert_eq!(
        e.plan,
        Err(NoPlan::UnitOverTarget {
            unit_mg: 400.0,
            target_mg: 300.0,
            room_mg: Some(350.0)
        })
    );
    assert!(
        !has(&e, "ul-exceeded") && !has(&e, "start-low"),
        "{:?}",
        ids(&e)
    );
    // A target set to the one unit above the limit: no plan above the limit (docs §8, changed:
    // it used to plan 400 mg with a caution), and the UL rule says why.
    let e = eval(&[("age", "40"), ("target", "400"), ("unit_mg", "400")]);
    assert_eq!(
        e.plan,
        Err(NoPlan::UnitAboveRoom {
            unit_mg: 400.0,
            room_mg: 350.0,
            ul_mg: 350
        })
    );
    assert_rule(&e, "ul-exceeded", Caution);
    // Compound label, 500 target: capped at 350 in whole units, 2 × 161.6 mg (it used to be 3).
    let e = eval(&[
        ("age", "40"),
        ("target", "500"),
        ("unit_mg", "1000"),
        ("basis", "compound"),
        ("form", "citrate"),
    ]);
    assert_eq!(
        e.plan.as_ref().unwrap().units_per_day(),
        Some(mg_engine::units::Units::whole(2))
    );
    assert_rule(&e, "ul-exceeded", Caution);
}

// ---------------------------------------------------------------------------------------------
// §1 RDA: pregnant / lactating rows at the band edges (14, 18, 19, 30, 31, 50); outside 14–50 the
// stage is ignored with a field message.

#[test]
fn pregnancy_and_lactation_rows() {
    // (age, female, pregnant, lactating)
    let rows: &[(&str, u16, u16, u16)] = &[
        ("14", 360, 400, 360),
        ("18", 360, 400, 360),
        ("19", 310, 350, 310),
        ("30", 310, 350, 310),
        ("31", 320, 360, 320),
        ("50", 320, 360, 320),
    ];
    for &(age, female, pregnant, lactating) in rows {
        let rda = |stage: &str| {
            let e = eval(&[("age", age), ("sex", "female"), ("stage", stage)]);
            assert_eq!(e.requirement.rda.len(), 1, "age {age} {stage}");
            assert_eq!(
                e.requirement.ul_mg,
                Some(350),
                "the UL stays 350 in pregnancy and lactation"
            );
            (e.requirement.rda[0].mg, e)
        };
        assert_eq!(rda("none").0, female, "age {age}");
        let (mg, e) = rda("pregnant");
        assert_eq!(mg, pregnant, "age {age} pregnant");
        assert_rule(&e, "pregnancy", Caution);
        let (mg, e) = rda("lactating");
        assert_eq!(mg, lactating, "age {age} lactating");
        assert_rule(&e, "lactation", Info);
    }
    for (age, sex) in [("13", "female"), ("51", "female"), ("30", "male")] {
        let (input, errors) = validate(&raw(&[("age", age), ("sex", sex), ("stage", "pregnant")]));
        assert_eq!(
            errors.iter().map(|e| e.field.name()).collect::<Vec<_>>(),
            ["stage"],
            "{age} {sex}"
        );
        let e = evaluate(&input);
        assert!(!has(&e, "pregnancy"), "{age} {sex}");
    }
}

#[test]
fn adult_age_boundary() {
    let e = eval(&[("age", "17"), ("sex", "male")]);
    assert_eq!(e.plan, Err(NoPlan::UnderAdultAge));
    assert_rule(&e, "under-18", Caution);
    assert_eq!(mg_items(&e), 0);
    let e = eval(&[("age", "18"), ("sex", "male")]);
    assert!(e.plan.is_ok() && !has(&e, "under-18"));
    let e = eval(&[("age", "1")]);
    assert_rule(&e, "under-18", Caution);
    let e = eval(&[("age", "0")]);
    assert_rule(&e, "infant", Stop);
    assert_eq!(e.plan, Err(NoPlan::Infant));
    assert!(!has(&e, "under-18"));
}

// ---------------------------------------------------------------------------------------------
// One evaluate-level test per rule id, with the severity facts.md gives (or, where facts.md is
// silent, the engine's documented choice — marked "engine").

#[test]
fn every_rule_id_with_its_severity() {
    let cases: &[RuleCase] = &[
        // facts.md §2 gives no severity; engine: caution.
        (
            "ul-exceeded",
            &[("age", "40"), ("other_mg", "400")],
            Caution,
        ),
        ("kidney-monitor", &[("age", "40"), ("egfr", "45")], Caution),
        ("kidney-monitor", &[("age", "40"), ("ckd", "yes")], Caution),
        ("kidney-stop", &[("age", "40"), ("egfr", "20")], Stop),
        ("serum-low", &[("age", "40"), ("serum", "1.5")], Info),
        (
            "serum-high-normal",
            &[("age", "40"), ("serum", "2.4")],
            Caution,
        ),
        ("serum-high", &[("age", "40"), ("serum", "3")], Stop),
        ("ferritin-low", &[("age", "40"), ("ferritin", "30")], Info),
        (
            "ferritin-borderline",
            &[("age", "40"), ("ferritin", "90")],
            Info,
        ), // engine
        ("tsat-low", &[("age", "40"), ("tsat", "15")], Info),
        (
            "pregnancy",
            &[("age", "30"), ("sex", "female"), ("stage", "pregnant")],
            Caution,
        ), // engine
        (
            "lactation",
            &[("age", "30"), ("sex", "female"), ("stage", "lactating")],
            Info,
        ), // engine
        ("under-18", &[("age", "12")], Caution), // engine
        ("infant", &[("age", "0")], Stop),       // engine: no plan (facts §1)
        ("gi-upset", &[("age", "40"), ("gi", "1")], Caution), // engine
        ("split-dose", &[("age", "40"), ("target", "300")], Info), // engine
        ("start-low", &[("age", "40")], Info),   // engine
        (
            "med-spacing",
            &[("age", "40"), ("meds", "iron@08:00,quinolone@08:00")],
            Caution,
        ),
        (
            "heart-block",
            &[("age", "40"), ("conditions", "heart_block")],
            Stop,
        ),
        (
            "myasthenia",
            &[("age", "40"), ("conditions", "myasthenia")],
            Stop,
        ),
        ("above-rls-range", &[("age", "40"), ("target", "301")], Info), // engine
        (
            "schedule-conflict",
            &[
                ("age", "40"),
                ("meds", "quinolone@08:00,quinolone@14:00,quinolone@21:00"),
            ],
            Caution,
        ), // engine
    ];
    for &(id, pairs, severity) in cases {
        let e = eval(pairs);
        assert_rule(&e, id, severity);
        assert_eq!(
            RuleId::severity(e.findings.iter().find(|f| f.rule.id() == id).unwrap().rule),
            severity
        );
    }
    // Below their thresholds these rules stay quiet.
    let e = eval(&[("age", "40"), ("target", "200"), ("gi", "0")]);
    assert_eq!(ids(&e), ["start-low"]);
    assert!(!has(
        &eval(&[("age", "40"), ("target", "300")]),
        "above-rls-range"
    ));
    assert!(
        !has(
            &eval(&[("age", "40"), ("target", "200.1"), ("unit_mg", "300")]),
            "split-dose"
        ),
        "one unit cannot be split"
    );
    assert!(has(
        &eval(&[("age", "40"), ("target", "200.1")]),
        "split-dose"
    ));
}

#[test]
fn split_dose_with_units() {
    let e = eval(&[("age", "40"), ("target", "300"), ("unit_mg", "100")]);
    assert_rule(&e, "split-dose", Info);
    let mg: Vec<f64> = e
        .schedule
        .items
        .iter()
        .filter_map(|i| match i.kind {
            ItemKind::Magnesium { mg, .. } => Some(mg),
            _ => None,
        })
        .collect();
    assert_eq!(mg, [100.0, 200.0], "morning smaller, evening larger");
    let e = eval(&[("age", "40"), ("target", "200"), ("unit_mg", "100")]);
    assert!(!has(&e, "split-dose"), "200 mg is not above 200");
}

/// interaction-<id> for all 17 medicines. Severities: facts.md §7 names digoxin (caution),
/// ppi / loop_diuretic / thiazide (info), potassium_sparing (caution) and raltegravir (stop); the
/// rest are the engine's.
#[test]
fn every_interaction_with_its_severity() {
    let table: [(&str, Severity); 17] = [
        ("bisphosphonate", Caution), // engine
        ("tetracycline", Caution),   // engine
        ("quinolone", Caution),      // engine
        ("levothyroxine", Caution),  // engine
        ("iron", Info),              // engine
        ("zinc", Info),              // engine
        ("gabapentin", Caution),     // engine
        ("integrase", Caution),      // engine
        ("raltegravir", Stop),
        ("eltrombopag", Caution),   // engine
        ("penicillamine", Caution), // engine
        ("mycophenolate", Caution), // engine
        ("digoxin", Caution),
        ("ppi", Info),
        ("loop_diuretic", Info),
        ("thiazide", Info),
        ("potassium_sparing", Caution),
    ];
    assert_eq!(table.map(|t| t.0), MedId::ALL.map(MedId::id));
    for (med, severity) in table {
        let e = eval(&[("age", "40"), ("meds", med)]);
        let id = format!("interaction-{med}");
        assert_rule(&e, &id, severity);
        assert!(
            e.schedule.conflict_with.is_empty(),
            "{med} at its usual time leaves room for magnesium"
        );
        if severity == Stop {
            assert_eq!(e.plan, Err(NoPlan::Stopped), "{med}");
        } else {
            assert!(e.plan.is_ok(), "{med} alone never stops the plan");
            assert_eq!(mg_items(&e), 1, "{med}");
        }
        // Listed twice, reported once.
        let twice = format!("{med},{med}@12:00");
        let e = eval(&[("age", "40"), ("meds", &twice)]);
        assert_eq!(ids(&e).iter().filter(|r| **r == id).count(), 1, "{med}");
    }
    // All seventeen together: seventeen findings, one per medicine.
    let all = MedId::ALL.map(MedId::id).join(",");
    let e = eval(&[("age", "40"), ("meds", &all)]);
    assert_eq!(
        ids(&e)
            .iter()
            .filter(|r| r.starts_with("interaction-"))
            .count(),
        17
    );
}

/// A stop of any kind beats every other rule: no plan, no magnesium, stop findings first.
#[test]
fn stops_remove_the_dose_and_come_first() {
    for pairs in [
        &[
            ("age", "40"),
            ("egfr", "29"),
            ("target", "300"),
            ("gi", "1"),
            ("meds", "iron"),
        ][..],
        &[
            ("age", "40"),
            ("serum", "1.1"),
            ("serum_unit", "mmol_l"),
            ("ferritin", "30"),
        ][..],
        &[("age", "0"), ("other_mg", "100")][..],
    ] {
        let e = eval(pairs);
        assert!(e.has_stop(), "{pairs:?}");
        assert!(e.plan.is_err() && mg_items(&e) == 0, "{pairs:?}");
        assert_eq!(e.findings[0].severity, Stop);
        assert!(
            !has(&e, "start-low") && !has(&e, "split-dose"),
            "{pairs:?}: plan findings without a plan"
        );
        let severities: Vec<_> = e.findings.iter().map(|f| f.severity).collect();
        let mut sorted = severities.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(severities, sorted);
    }
}
