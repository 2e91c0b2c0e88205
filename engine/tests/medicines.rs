//! Issue 20, medicines and the schedule: the integrase class window (the strictest labels), each
//! class's usual number of daily doses assumed when no time is given, and magnesium placed around
//! every dose (docs/medical-reference.md §7). Inputs are written as URL query strings.

use mg_engine::clock::Clock;
use mg_engine::meds::{between, MedId, Spacing};
use mg_engine::schedule::ItemKind;
use mg_engine::source::SourceId;
use mg_engine::{Evaluation, RuleId};

mod common;
use common::{eval, mg_times};

fn med_times(e: &Evaluation, med: MedId) -> Vec<String> {
    e.schedule
        .items
        .iter()
        .filter(|i| match i.kind {
            ItemKind::Iron => med == MedId::Iron,
            ItemKind::Med(m) => m == med,
            ItemKind::Magnesium { .. } => false,
        })
        .map(|i| i.time.format())
        .collect()
}

fn minutes(t: &str) -> i32 {
    i32::from(Clock::parse(t).unwrap().minutes())
}

/// Magnesium at `mg` keeps "drug ≥ `before` h before or ≥ `after` h after magnesium" from a daily
/// dose at `drug` (yesterday's and tomorrow's included).
fn keeps(mg: &str, drug: &str, before: i32, after: i32) -> bool {
    let (m, d) = (minutes(mg), minutes(drug));
    [-1440, 0, 1440]
        .iter()
        .all(|day| d + day <= m - before * 60 || d + day >= m + after * 60)
}

#[test]
fn integrase_window_is_the_strictest_label_of_the_class() {
    let m = MedId::Integrase.med();
    assert_eq!(
        m.spacing,
        Spacing::DrugBeforeOrAfter {
            before_h: 4,
            after_h: 6
        }
    );
    // The finding cites Juluca's and oral cabotegravir's labels.
    let e = eval("age=40&meds=integrase@19:00");
    let f = e.finding(RuleId::Interaction(MedId::Integrase)).unwrap();
    for s in [SourceId::LabelJuluca, SourceId::LabelCabotegravir] {
        assert!(f.sources.contains(&s), "{:?}", f.sources);
    }
    assert_eq!(SourceId::LabelJuluca.as_str(), "label-juluca");
    assert_eq!(SourceId::LabelCabotegravir.as_str(), "label-cabotegravir");
    assert!(
        f.action
            .starts_with("Take the HIV medicine at least 4 hours before magnesium, or at least 6 hours after it."),
        "{}",
        f.action
    );
    // 19:00: 21:00 is only 2 h after the drug; magnesium goes at least 6 h before it.
    let mg = mg_times(&e);
    assert_eq!(mg, ["13:00"]);
    assert!(mg.iter().all(|t| keeps(t, "19:00", 4, 6)));
    assert!(!keeps("21:00", "19:00", 4, 6));
}

#[test]
fn integrase_both_sides_of_each_boundary() {
    // 4 h before magnesium: the drug at 17:00 leaves 21:00; at 17:05 magnesium moves to 21:05.
    assert_eq!(mg_times(&eval("age=40&meds=integrase@17:00")), ["21:00"]);
    assert_eq!(mg_times(&eval("age=40&meds=integrase@17:05")), ["21:05"]);
    // 6 h after magnesium: a night dose at 03:00 leaves 21:00; at 02:55, 20:55.
    assert_eq!(mg_times(&eval("age=40&meds=integrase@03:00")), ["21:00"]);
    assert_eq!(mg_times(&eval("age=40&meds=integrase@02:55")), ["20:55"]);
}

#[test]
fn iron_and_zinc_keep_the_same_hours_from_the_drugs_they_bind() {
    for mineral in [MedId::Iron, MedId::Zinc] {
        for (drug, spacing) in [
            (
                MedId::Integrase,
                Spacing::DrugBeforeOrAfter {
                    before_h: 4,
                    after_h: 6,
                },
            ),
            (
                MedId::Quinolone,
                Spacing::DrugBeforeOrAfter {
                    before_h: 4,
                    after_h: 8,
                },
            ),
            (
                MedId::Tetracycline,
                Spacing::DrugBeforeOrAfter {
                    before_h: 2,
                    after_h: 6,
                },
            ),
            (MedId::Levothyroxine, Spacing::EitherSide { hours: 4 }),
            (MedId::Eltrombopag, Spacing::EitherSide { hours: 4 }),
            (MedId::Penicillamine, Spacing::EitherSide { hours: 2 }),
            (MedId::Bisphosphonate, Spacing::EitherSide { hours: 2 }),
        ] {
            assert_eq!(
                between(mineral, drug).map(|r| r.spacing),
                Some(spacing),
                "{mineral:?}/{drug:?}"
            );
        }
    }
    // Iron at 21:00 with the HIV medicine at 19:00: only 2 h after it, so med-spacing.
    let e = eval("age=40&meds=integrase@19:00,iron@21:00");
    let f = e.finding(RuleId::MedSpacing).unwrap();
    assert!(
        f.message.contains("4 h before or 6 h after"),
        "{}",
        f.message
    );
    assert!(eval("age=40&meds=integrase@19:00,iron@13:00")
        .finding(RuleId::MedSpacing)
        .is_none());
}

/// docs/medical-reference.md §7, "Usual number of daily doses", through a whole evaluation.
#[test]
fn each_class_alone_gets_its_usual_number_of_doses() {
    let table: [(MedId, usize); 17] = [
        (MedId::Bisphosphonate, 1),
        (MedId::Tetracycline, 2),
        (MedId::Quinolone, 2),
        (MedId::Levothyroxine, 1),
        (MedId::Iron, 1),
        (MedId::Zinc, 1),
        (MedId::Gabapentin, 3),
        (MedId::Integrase, 1),
        (MedId::Raltegravir, 1),
        (MedId::Eltrombopag, 1),
        (MedId::Penicillamine, 2),
        (MedId::Mycophenolate, 2),
        (MedId::Digoxin, 1),
        (MedId::Ppi, 1),
        (MedId::LoopDiuretic, 1),
        (MedId::Thiazide, 1),
        (MedId::PotassiumSparing, 1),
    ];
    assert_eq!(table.map(|t| t.0), MedId::ALL);
    for (med, n) in table {
        let e = eval(&format!("age=40&meds={}", med.id()));
        let times = med_times(&e, med);
        assert_eq!(times.len(), n, "{med:?}");
        assert_eq!(e.schedule.assumed.len(), 1);
        assert_eq!(e.schedule.assumed[0].med, med);
        assert_eq!(e.schedule.assumed[0].times.len(), n);
        assert!(e.schedule.items.iter().all(|i| match i.kind {
            ItemKind::Magnesium { .. } => !i.time_assumed,
            _ => i.time_assumed,
        }));
        // A stated time: that one dose only, nothing assumed.
        let e = eval(&format!("age=40&meds={}@09:00", med.id()));
        assert_eq!(med_times(&e, med), ["09:00"], "{med:?}");
        assert!(e.schedule.assumed.is_empty());
    }
    let times = |q: &str, med| med_times(&eval(q), med);
    assert_eq!(
        times("age=40&meds=levothyroxine", MedId::Levothyroxine),
        ["07:00"]
    );
    assert_eq!(
        times("age=40&meds=bisphosphonate", MedId::Bisphosphonate),
        ["07:00"]
    );
    assert_eq!(
        times("age=40&meds=quinolone", MedId::Quinolone),
        ["08:00", "20:00"]
    );
    assert_eq!(
        times("age=40&meds=gabapentin", MedId::Gabapentin),
        ["08:00", "14:00", "20:00"]
    );
    // Spread over the person's own waking day.
    assert_eq!(
        times(
            "age=40&meds=mycophenolate&wake=06:00&bedtime=23:00",
            MedId::Mycophenolate
        ),
        ["07:00", "19:00"]
    );
}

#[test]
fn a_quinolone_without_a_time_is_two_doses_and_magnesium_keeps_both_windows() {
    let e = eval("age=50&sex=male&meds=quinolone");
    let quin = med_times(&e, MedId::Quinolone);
    assert_eq!(quin, ["08:00", "20:00"]);
    let mg = mg_times(&e);
    assert_eq!(mg, ["12:00"], "not 21:00, an hour after the evening dose");
    for t in &mg {
        for d in &quin {
            assert!(keeps(t, d, 4, 8), "magnesium {t} vs quinolone {d}");
        }
    }
    assert!(e.finding(RuleId::ScheduleConflict).is_none());
    // Another waking day moves both doses and magnesium with it.
    let e = eval("age=50&sex=male&meds=quinolone&wake=06:00&bedtime=23:00");
    assert_eq!(med_times(&e, MedId::Quinolone), ["07:00", "19:00"]);
    assert_eq!(mg_times(&e), ["11:00"]);
    // Written out as the screen's one tap does it, the same day.
    let e = eval("age=50&sex=male&meds=quinolone@08:00,quinolone@20:00");
    assert_eq!(mg_times(&e), ["12:00"]);
    assert!(e.schedule.assumed.is_empty());
}

#[test]
fn assumed_doses_count_for_conflicts_too() {
    // Gabapentin three times (08:00, 14:00, 20:00) and a quinolone twice (08:00, 20:00):
    // magnesium at 12:00 would sit 2 h from the 14:00 gabapentin — allowed; a split dose needs a
    // second time, which the quinolone's evening dose rules out.
    let e = eval("age=40&meds=gabapentin,quinolone&target=300");
    assert_eq!(med_times(&e, MedId::Gabapentin).len(), 3);
    assert!(
        e.finding(RuleId::ScheduleConflict).is_some(),
        "{:?}",
        mg_times(&e)
    );
    assert!(mg_times(&e).is_empty());
    let one = eval("age=40&meds=gabapentin,quinolone&target=200");
    assert_eq!(mg_times(&one), ["12:00"]);
}

/// Found by the random medicine sets (1 run in ~90): iron, placed first at its nearest free
/// time, then clashed with zinc, which found no time (tetracycline's window leaves it none in a
/// 10-hour day) and kept its assumed one; but iron could have gone at 03:00. Now a clashing
/// assumed mineral moves wherever every window holds: only zinc's clash with tetracycline is left.
#[test]
fn an_assumed_mineral_moves_clear_of_one_that_found_no_time() {
    let e = eval("meds=tetracycline,iron,iron,zinc&wake=00:00&bedtime=10:00&target=150");
    let pairs: Vec<(MedId, MedId)> = e
        .schedule
        .med_clashes
        .iter()
        .map(|c| (c.rule.mineral, c.rule.drug))
        .collect();
    assert!(!pairs.is_empty());
    assert!(
        pairs
            .iter()
            .all(|&p| p == (MedId::Zinc, MedId::Tetracycline)),
        "{pairs:?}"
    );
    assert!(e.finding(RuleId::MedSpacing).is_some());
}
