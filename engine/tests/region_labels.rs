//! Regional reference sets (docs/medical-reference.md §2b) and labels as printed (§3), end to end
//! through `validate` + `evaluate` with the strings a URL carries: every row of the EU and UK
//! tables on both sides of each age boundary, the lowest-limit rule, `unit_mmol`, `serving`, the
//! decimal comma, and the `region` field error.

use mg_engine::evaluate::NoPlan;
use mg_engine::finding::RuleId;
use mg_engine::forms::FormId;
use mg_engine::person::{LifeStage, Person, Sex};
use mg_engine::region::Region;
use mg_engine::regional_requirement::{limit_for, regional_requirement, side_by_side};
use mg_engine::requirement::{IntakeKind, LimitKind};
use mg_engine::source::SourceId;
use mg_engine::{evaluate, validate, Evaluation, FieldError, Input, RawInput};
use proptest::prelude::*;

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

fn check(pairs: &[(&str, &str)]) -> (Input, Vec<FieldError>) {
    validate(&raw(pairs))
}

fn eval(pairs: &[(&str, &str)]) -> Evaluation {
    let (input, errors) = check(pairs);
    assert!(errors.is_empty(), "{pairs:?}: {errors:?}");
    evaluate(&input)
}

fn fields(errors: &[FieldError]) -> Vec<&str> {
    errors.iter().map(|e| e.field.name()).collect()
}

/// The intake(s) shown for a person in a region, mg.
fn intake(region: &str, age: &str, sex: &str, stage: &str) -> Vec<u16> {
    eval(&[
        ("region", region),
        ("age", age),
        ("sex", sex),
        ("stage", stage),
    ])
    .requirement
    .rda
    .iter()
    .map(|r| r.mg)
    .collect()
}

/// (age, male, female, pregnant, lactating); `None` = that stage is not valid at this age.
type Row = (&'static str, u16, u16, Option<u16>, Option<u16>);

fn assert_rows(region: &str, rows: &[Row]) {
    for &(age, m, f, p, l) in rows {
        assert_eq!(
            intake(region, age, "male", "none"),
            [m],
            "{region} male {age}"
        );
        assert_eq!(
            intake(region, age, "female", "none"),
            [f],
            "{region} female {age}"
        );
        if let Some(p) = p {
            assert_eq!(
                intake(region, age, "female", "pregnant"),
                [p],
                "{region} pregnant {age}"
            );
        }
        if let Some(l) = l {
            assert_eq!(
                intake(region, age, "female", "lactating"),
                [l],
                "{region} lactating {age}"
            );
        }
    }
}

// §2b EU: EFSA 2015 adequate intakes, both sides of 1, 3, 10 and 18 years.
#[test]
fn efsa_rows_at_every_boundary() {
    assert_rows(
        "eu",
        &[
            ("1", 170, 170, None, None),
            ("2", 170, 170, None, None),
            ("3", 230, 230, None, None),
            ("9", 230, 230, None, None),
            ("10", 300, 250, None, None),
            ("13", 300, 250, None, None),
            ("14", 300, 250, Some(300), Some(300)),
            ("17", 300, 250, Some(300), Some(300)),
            ("18", 350, 300, Some(300), Some(300)),
            ("50", 350, 300, Some(300), Some(300)),
            ("51", 350, 300, None, None),
            ("120", 350, 300, None, None),
        ],
    );
    let r = eval(&[("region", "eu"), ("age", "5")]).requirement;
    assert_eq!(
        (r.rda[0].kind, r.rda[0].sources),
        (IntakeKind::Ai, &[SourceId::Efsa2015][..])
    );
    // Sex matters from 10 in EFSA's table.
    assert_eq!(
        eval(&[("region", "eu"), ("age", "9")])
            .requirement
            .rda
            .len(),
        1
    );
    assert!(eval(&[("region", "eu"), ("age", "10")])
        .requirement
        .rda
        .is_empty());
}

#[test]
fn efsa_infants_have_one_row_and_none_set_for_0_to_6_months() {
    let r = eval(&[("region", "eu"), ("age", "0")]).requirement;
    assert_eq!(
        r.rda
            .iter()
            .map(|x| (x.row.label, x.mg, x.kind))
            .collect::<Vec<_>>(),
        [("7–11 months", 80, IntakeKind::Ai)]
    );
    assert_eq!(r.intake_not_set, ["0–6 months"]);
    assert_eq!((r.ul_mg, r.limit), (None, None));
    assert!(eval(&[("region", "eu"), ("age", "1")])
        .requirement
        .intake_not_set
        .is_empty());
}

// §2b UK: COMA 1991 RNIs, both sides of 1, 4, 7, 11, 15 and 19 years; lactation +50 at every
// age a woman may breastfeed, pregnancy no increment.
#[test]
fn coma_rows_at_every_boundary() {
    assert_rows(
        "uk",
        &[
            ("1", 85, 85, None, None),
            ("3", 85, 85, None, None),
            ("4", 120, 120, None, None),
            ("6", 120, 120, None, None),
            ("7", 200, 200, None, None),
            ("10", 200, 200, None, None),
            ("11", 280, 280, None, None),
            ("14", 280, 280, Some(280), Some(330)),
            ("15", 300, 300, Some(300), Some(350)),
            ("18", 300, 300, Some(300), Some(350)),
            ("19", 300, 270, Some(270), Some(320)),
            ("50", 300, 270, Some(270), Some(320)),
            ("51", 300, 270, None, None),
            ("120", 300, 270, None, None),
        ],
    );
    let r = eval(&[("region", "uk"), ("age", "40"), ("sex", "female")]).requirement;
    assert_eq!(
        (r.rda[0].kind, r.rda[0].sources),
        (IntakeKind::Rni, &[SourceId::Coma1991][..])
    );
    // Sex matters only from 19.
    assert_eq!(
        eval(&[("region", "uk"), ("age", "18")])
            .requirement
            .rda
            .len(),
        1
    );
    assert!(eval(&[("region", "uk"), ("age", "19")])
        .requirement
        .rda
        .is_empty());
}

#[test]
fn coma_infants_show_all_four_rows() {
    let r = eval(&[("region", "uk"), ("age", "0")]).requirement;
    assert_eq!(
        r.rda
            .iter()
            .map(|x| (x.row.label, x.mg))
            .collect::<Vec<_>>(),
        [
            ("0–3 months", 55),
            ("4–6 months", 60),
            ("7–9 months", 75),
            ("10–12 months", 80)
        ]
    );
    assert!(r.rda.iter().all(|x| x.kind == IntakeKind::Rni));
    assert_eq!(r.ul_mg, None);
}

/// (age, limit mg, from which region's set, kind)
type LimitCase = (u8, Option<(u16, Region, LimitKind)>);

// §2b limits, with the lowest-limit rule where a region sets none (UK under 19, EU 1–3 years).
#[test]
fn limits_by_region_and_age_with_the_lowest_set_where_none_is_set() {
    use LimitKind::{GuidanceLevel as Gl, UpperLimit as Ul};
    use Region::{Eu, Uk, Us};
    let cases: &[(Region, &[LimitCase])] = &[
        (
            Us,
            &[
                (0, None),
                (1, Some((65, Us, Ul))),
                (3, Some((65, Us, Ul))),
                (4, Some((110, Us, Ul))),
                (8, Some((110, Us, Ul))),
                (9, Some((350, Us, Ul))),
                (120, Some((350, Us, Ul))),
            ],
        ),
        (
            Eu,
            &[
                (0, None),
                (1, Some((65, Us, Ul))),
                (3, Some((65, Us, Ul))),
                (4, Some((250, Eu, Ul))),
                (8, Some((250, Eu, Ul))),
                (9, Some((250, Eu, Ul))),
                (120, Some((250, Eu, Ul))),
            ],
        ),
        (
            Uk,
            &[
                (0, None),
                (1, Some((65, Us, Ul))),
                (3, Some((65, Us, Ul))),
                (4, Some((110, Us, Ul))),
                (8, Some((110, Us, Ul))),
                (9, Some((250, Eu, Ul))),
                (18, Some((250, Eu, Ul))),
                (19, Some((400, Uk, Gl))),
                (120, Some((400, Uk, Gl))),
            ],
        ),
    ];
    for (region, rows) in cases {
        for &(age, expected) in *rows {
            let got = limit_for(*region, age);
            assert_eq!(
                got.map(|l| (l.mg, l.set, l.kind)),
                expected,
                "{region:?} age {age}"
            );
            if let Some(l) = got {
                assert_eq!(l.fallback, l.set != *region, "{region:?} age {age}");
            }
            // Through the URL, `ul` holds the same figure.
            let age_s = age.to_string();
            let r = eval(&[("region", region.id()), ("age", &age_s)]).requirement;
            assert_eq!(r.ul_mg, expected.map(|e| e.0), "{region:?} age {age}");
            assert_eq!(r.limit, got);
        }
    }
    // The borrowed value names its set's authority.
    let uk18 = limit_for(Region::Uk, 18).unwrap();
    assert_eq!(uk18.sources, &[SourceId::Scf2001]);
    let eu2 = limit_for(Region::Eu, 2).unwrap();
    assert_eq!(eu2.sources, &[SourceId::Ods, SourceId::Iom1997]);
    // Pregnancy and lactation do not change any limit.
    for region in ["us", "eu", "uk"] {
        for stage in ["pregnant", "lactating"] {
            let e = eval(&[
                ("region", region),
                ("age", "30"),
                ("sex", "female"),
                ("stage", stage),
            ]);
            assert_eq!(
                e.requirement.ul_mg,
                eval(&[("region", region), ("age", "30")]).requirement.ul_mg
            );
        }
    }
}

#[test]
fn side_by_side_shows_the_three_authorities() {
    let p = Person {
        age: Some(45),
        sex: Some(Sex::Male),
        stage: LifeStage::None,
    };
    let all = side_by_side(&p);
    assert_eq!(all.clone().map(|r| r.rda[0].mg), [420, 350, 300]);
    assert_eq!(
        all.clone().map(|r| r.ul_mg),
        [Some(350), Some(250), Some(400)]
    );
    assert_eq!(all.clone().map(|r| r.region), Region::ALL);
    assert_eq!(regional_requirement(&p, Region::Eu), all[1]);
}

// Only the requirement and the limit change: the range, the start-low week and every rule stay.
#[test]
fn the_region_changes_only_the_requirement_and_the_limit() {
    for region in ["us", "eu", "uk"] {
        let e = eval(&[
            ("region", region),
            ("age", "40"),
            ("sex", "female"),
            ("unit_mg", "100"),
        ]);
        assert_eq!(e.requirement.rls_range, Ok((200, 300)), "{region}");
        let p = e.plan.as_ref().unwrap();
        assert_eq!((p.daily_mg, p.titration[0].mg), (200.0, 100.0), "{region}");
        assert!(e.finding(RuleId::StartLow).is_some());
        let k = eval(&[("region", region), ("age", "40"), ("egfr", "29")]);
        assert_eq!(k.plan, Err(NoPlan::Stopped), "{region}");
    }
}

#[test]
fn the_regions_limit_drives_the_ul_check_and_the_room() {
    // 300 mg: above the EU limit (250), within the US (350) and UK (400) ones.
    let over = |region| {
        eval(&[("region", region), ("age", "40"), ("target", "300")])
            .finding(RuleId::UlExceeded)
            .cloned()
    };
    assert!(over("us").is_none());
    assert!(over("uk").is_none());
    let eu = over("eu").unwrap();
    assert!(
        eu.message
            .contains("above the 250 mg/day upper limit for magnesium from supplements and medicines for your age (EU SCF 2001)"),
        "{}",
        eu.message
    );
    assert_eq!(eu.sources, &[SourceId::Scf2001]);
    // 380 mg: above the US UL, within the UK guidance level.
    let us = eval(&[("age", "40"), ("target", "380")]);
    let f = us.finding(RuleId::UlExceeded).unwrap();
    assert!(
        f.message
            .contains("above the 350 mg/day upper limit for magnesium from supplements and medicines for your age."),
        "{}",
        f.message
    );
    assert_eq!(f.sources, &[SourceId::Ods, SourceId::Iom1997]);
    assert!(eval(&[("region", "uk"), ("age", "40"), ("target", "380")])
        .finding(RuleId::UlExceeded)
        .is_none());
    let uk = eval(&[("region", "uk"), ("age", "40"), ("target", "420")]);
    let f = uk.finding(RuleId::UlExceeded).unwrap();
    assert!(
        f.message.contains("400 mg/day guidance level for adults"),
        "{}",
        f.message
    );
    assert_eq!(f.sources, &[SourceId::Evm2003]);
    // An 18-year-old in the UK: no UK limit, the lowest set (EU, 250) applies and says so.
    let uk18 = eval(&[("region", "uk"), ("age", "18"), ("target", "300")]);
    let f = uk18.finding(RuleId::UlExceeded).unwrap();
    assert!(
        f.message
            .contains("250 mg/day upper limit for magnesium from supplements and medicines for your age (EU SCF 2001: UK sets none at this age"),
        "{}",
        f.message
    );
    // Room under the limit beside other products: EU 250 − 100 = 150 → the suggestion is 150 mg.
    let eu_room = eval(&[("region", "eu"), ("age", "40"), ("other_mg", "100")]);
    assert_eq!(eu_room.plan.unwrap().daily_mg, 150.0);
    let us_room = eval(&[("age", "40"), ("other_mg", "100")]);
    assert_eq!(us_room.plan.unwrap().daily_mg, 200.0);
    // EU: other products at 200 mg leave 50 mg, less than a starting dose.
    assert_eq!(
        eval(&[("region", "eu"), ("age", "40"), ("other_mg", "200")]).plan,
        Err(NoPlan::NoRoomUnderUl {
            other_mg: 200.0,
            ul_mg: 250
        })
    );
    // A unit above what the EU limit leaves: no plan, naming the EU room and limit.
    assert_eq!(
        eval(&[("region", "eu"), ("age", "40"), ("unit_mg", "400")]).plan,
        Err(NoPlan::UnitAboveRoom {
            unit_mg: 400.0,
            room_mg: 250.0,
            ul_mg: 250
        })
    );
    // Pregnancy advice names the region's limit.
    let preg = eval(&[
        ("region", "eu"),
        ("age", "30"),
        ("sex", "female"),
        ("stage", "pregnant"),
    ]);
    assert!(preg
        .finding(RuleId::Pregnancy)
        .unwrap()
        .action
        .contains("within the 250 mg/day upper limit"));
    let preg = eval(&[("age", "30"), ("sex", "female"), ("stage", "pregnant")]);
    assert!(preg
        .finding(RuleId::Pregnancy)
        .unwrap()
        .action
        .contains("within the 350 mg/day upper limit"));
}

#[test]
fn an_unknown_region_is_a_field_error_and_the_us_applies() {
    for bad in ["fr", "EU", "gb", "us,eu", "1"] {
        let (input, errors) = check(&[("region", bad), ("age", "40"), ("unit_mg", "100")]);
        assert_eq!(fields(&errors), ["region"], "{bad}");
        assert!(errors[0].message.contains("us, eu or uk"));
        assert_eq!(
            (input.region, input.person.age, input.unit_mg),
            (Region::Us, Some(40), Some(100.0))
        );
    }
    assert_eq!(check(&[("region", "uk")]).0.region, Region::Uk);
    assert_eq!(check(&[("region", " ")]).0.region, Region::Us);
}

// §3 label units.
#[test]
fn a_uk_label_in_mmol() {
    // Glycerophosphate 4 mmol = 97.2 mg a tablet: 2 tablets (194.4 mg) fall below the RLS range, so
    // plan v2 suggests 3 (291.7 mg), the whole-unit amount inside it closest to 200 mg.
    let e = eval(&[
        ("age", "40"),
        ("form", "glycerophosphate"),
        ("unit_mmol", "4"),
    ]);
    let p = e.plan.unwrap();
    let u = p.units.unwrap();
    assert_eq!(mg_engine::decimal::trimmed(u.elemental_per_unit, 1), "97.2");
    assert_eq!(u.units_per_day, mg_engine::units::Units::whole(3));
    assert!((p.daily_mg - 291.66).abs() < 1e-9);
    // Aspartate 10 mmol = 243.05 mg: inside the RLS range, so one unit is the suggestion (plan v2),
    // and also one unit with a 250 mg target.
    let e = eval(&[("age", "40"), ("form", "aspartate"), ("unit_mmol", "10")]);
    let p = e.plan.unwrap();
    assert_eq!(p.units_per_day(), Some(mg_engine::units::Units::whole(1)));
    assert!((p.daily_mg - 243.05).abs() < 1e-9);
    let e = eval(&[
        ("age", "40"),
        ("form", "aspartate"),
        ("unit_mmol", "10"),
        ("target", "250"),
    ]);
    assert_eq!(
        e.plan.unwrap().units_per_day(),
        Some(mg_engine::units::Units::whole(1))
    );
    // mmol are elemental: `basis` does not apply.
    let (i, errors) = check(&[
        ("form", "citrate"),
        ("unit_mmol", "4"),
        ("basis", "compound"),
    ]);
    assert!(errors.is_empty());
    assert!((i.product().unwrap().elemental_per_unit() - 97.22).abs() < 1e-9);
}

#[test]
fn mg_and_mmol_together_is_an_error_on_unit_mmol() {
    let (i, errors) = check(&[("unit_mg", "100"), ("unit_mmol", "4")]);
    assert_eq!(fields(&errors), ["unit_mmol"]);
    assert_eq!((i.unit_mg, i.unit_mmol), (Some(100.0), None));
    assert_eq!(i.product().unwrap().elemental_per_unit(), 100.0);
    // An invalid mmol figure gets its own message, once.
    for bad in ["0", "-1", "abc", "201", "0.01", "NaN"] {
        let (i, errors) = check(&[("unit_mmol", bad)]);
        assert_eq!(
            (fields(&errors), i.unit_mmol),
            (vec!["unit_mmol"], None),
            "{bad}"
        );
    }
}

#[test]
fn the_amount_is_per_serving() {
    // "400 mg per 2 capsules": one capsule is 200 mg.
    let e = eval(&[("age", "40"), ("unit_mg", "400"), ("serving", "2")]);
    let p = e.plan.unwrap();
    assert_eq!(
        (p.units.unwrap().elemental_per_unit, p.units_per_day()),
        (200.0, Some(mg_engine::units::Units::whole(1)))
    );
    // With a compound figure, and with mmol.
    let (i, _) = check(&[
        ("form", "citrate"),
        ("unit_mg", "2000"),
        ("basis", "compound"),
        ("serving", "2"),
    ]);
    assert!((i.product().unwrap().elemental_per_unit() - 161.63).abs() < 0.01);
    let (i, _) = check(&[("unit_mmol", "8"), ("serving", "2")]);
    assert!((i.product().unwrap().elemental_per_unit() - 97.22).abs() < 1e-9);
    // Default 1; invalid values are a message and 1 applies.
    assert_eq!(check(&[]).0.serving, 1);
    assert_eq!(check(&[("serving", "10")]).0.serving, 10);
    for bad in ["0", "11", "2.5", "2,0", "-1", "two", "256"] {
        let (i, errors) = check(&[("serving", bad), ("unit_mg", "100")]);
        assert_eq!(fields(&errors), ["serving"], "{bad}");
        assert_eq!((i.serving, i.unit_mg), (1, Some(100.0)), "{bad}");
    }
}

#[test]
fn glycerophosphate_is_a_form_everywhere_forms_are_listed() {
    assert_eq!(
        FormId::parse("glycerophosphate"),
        Some(FormId::Glycerophosphate)
    );
    assert!(FormId::ALL.contains(&FormId::Glycerophosphate));
    let f = FormId::Glycerophosphate.form();
    assert_eq!(mg_engine::decimal::fixed(f.elemental_pct(), 1), "12.5");
    // Compound label: 777.6 mg of the salt = 97.2 mg of magnesium.
    let (i, _) = check(&[
        ("form", "glycerophosphate"),
        ("unit_mg", "777.6"),
        ("basis", "compound"),
    ]);
    assert_eq!(
        mg_engine::decimal::fixed(i.product().unwrap().elemental_per_unit(), 1),
        "97.2"
    );
}

// The decimal comma (contract): every numeric parameter reads `x,y` as `x.y`.
const NUMERIC: [&str; 9] = [
    "unit_mg",
    "target",
    "egfr",
    "serum",
    "ferritin",
    "tsat",
    "other_mg",
    "unit_mmol",
    "serving",
];

#[test]
fn a_decimal_comma_in_every_numeric_field() {
    let comma = check(&[
        ("unit_mg", "0,85"),
        ("target", "250,5"),
        ("egfr", "59,9"),
        ("serum", "0,85"),
        ("serum_unit", "mmol_l"),
        ("ferritin", "74,5"),
        ("tsat", "19,9"),
        ("other_mg", "50,5"),
    ]);
    let point = check(&[
        ("unit_mg", "0.85"),
        ("target", "250.5"),
        ("egfr", "59.9"),
        ("serum", "0.85"),
        ("serum_unit", "mmol_l"),
        ("ferritin", "74.5"),
        ("tsat", "19.9"),
        ("other_mg", "50.5"),
    ]);
    // unit_mg 0.85 is below the 1 mg minimum either way: the same message field.
    assert_eq!(fields(&comma.1), fields(&point.1));
    assert_eq!(comma.0, point.0);
    assert_eq!(comma.0.target_mg, Some(250.5));
    assert_eq!(comma.0.egfr, Some(59.9));
    let (i, e) = check(&[("unit_mmol", "4,5")]);
    assert!(e.is_empty());
    assert_eq!(i.unit_mmol, Some(4.5));
}

fn value(i: &Input, field: &str) -> String {
    match field {
        "unit_mg" => format!("{:?}", i.unit_mg),
        "target" => format!("{:?}", i.target_mg),
        "egfr" => format!("{:?}", i.egfr),
        "serum" => format!("{:?}", i.serum),
        "ferritin" => format!("{:?}", i.ferritin),
        "tsat" => format!("{:?}", i.tsat),
        "other_mg" => format!("{:?}", i.other_mg),
        "unit_mmol" => format!("{:?}", i.unit_mmol),
        "serving" => format!("{:?}", i.serving),
        other => unreachable!("{other}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// `x,y` and `x.y` give the same value and the same message fields in every numeric field.
    #[test]
    fn comma_and_point_parse_alike(field in proptest::sample::select(&NUMERIC[..]), whole in 0u32..6000, frac in "[0-9]{0,4}", sign in proptest::sample::select(&["", "-", "+"][..])) {
        let point = format!("{sign}{whole}.{frac}");
        let comma = format!("{sign}{whole},{frac}");
        let (a, ea) = check(&[(field, &point)]);
        let (b, eb) = check(&[(field, &comma)]);
        prop_assert_eq!(value(&a, field), value(&b, field));
        prop_assert_eq!(fields(&ea), fields(&eb));
        prop_assert_eq!(mg_engine::decimal::parse_input(&comma), mg_engine::decimal::parse_input(&point));
        prop_assert_eq!(mg_engine::decimal::with_point(&comma), mg_engine::decimal::parse_input(&point).map(|_| point.clone()));
    }

    /// Anything in the three new fields never panics, gives messages only for them, and changes
    /// nothing else.
    #[test]
    fn new_fields_never_disturb_the_others(region in any::<String>(), mmol in prop_oneof![any::<String>(), "[0-9]{1,3}([.,][0-9]{1,3})?"], serving in prop_oneof![any::<String>(), "[0-9]{1,3}"]) {
        let base = [("age", "40"), ("sex", "female"), ("form", "citrate"), ("target", "250"), ("egfr", "75")];
        let (clean, clean_errors) = check(&base);
        prop_assert!(clean_errors.is_empty());
        let mut pairs = base.to_vec();
        pairs.extend([("region", region.as_str()), ("unit_mmol", mmol.as_str()), ("serving", serving.as_str())]);
        let (input, errors) = check(&pairs);
        let e = evaluate(&input);
        prop_assert!(e.plan.as_ref().map_or(true, |p| p.daily_mg.is_finite() && p.daily_mg > 0.0));
        for err in &errors {
            prop_assert!(["region", "unit_mmol", "serving"].contains(&err.field.name()), "{}", err.field.name());
        }
        prop_assert_eq!(input.person, clean.person);
        prop_assert_eq!((input.form, input.target_mg, input.egfr), (clean.form, clean.target_mg, clean.egfr));
        prop_assert!((1..=10).contains(&input.serving));
        if let Some(p) = input.product() {
            prop_assert!(p.elemental_per_unit().is_finite() && p.elemental_per_unit() > 0.0);
        }
    }
}
