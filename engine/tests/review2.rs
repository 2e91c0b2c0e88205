//! The second clinical review (issue 20), the parts about the Dose screen's product, the plan's
//! wording, regions and blood magnesium: each case with its exact input, both sides of every
//! boundary (docs/medical-reference.md §§2b, 3, 4, 8). Inputs are URL query strings.

use mg_engine::finding::RuleId;
use mg_engine::plan::Choice;
use mg_engine::schedule::ItemKind;
use mg_engine::units::{UnitKind, Units};
use mg_engine::{Evaluation, NoPlan};

mod common;
use common::{eval, eval_with_errors};

/// Every sentence the Dose screen shows from the evaluation: findings, the plan's note and the
/// reason for no plan.
fn all_text(e: &Evaluation) -> String {
    let mut out: Vec<String> = e
        .findings
        .iter()
        .map(|f| format!("{} {}", f.message, f.action))
        .collect();
    if let Ok(p) = &e.plan {
        out.push(p.choice_note());
    }
    if let Some(t) = e.no_plan_text() {
        out.push(format!("{} {} {}", t.title, t.first, t.rest));
    }
    out.join(" | ")
}

fn text(e: &Evaluation, rule: RuleId) -> String {
    let f = e.finding(rule).unwrap_or_else(|| panic!("no {rule:?}"));
    format!("{} {}", f.message, f.action)
}

// Item 4: the UK 400 mg is a guidance level, never an upper limit.

#[test]
fn uk_sentences_say_guidance_level_never_upper_limit() {
    for q in [
        "region=uk&age=50&sex=male&target=500",
        "region=uk&age=50&sex=male&target=500&unit_mg=100",
        "region=uk&age=50&sex=male&unit_mg=500",
        "region=uk&age=50&sex=male&unit_mg=450&target=420",
        "region=uk&age=50&sex=male&other_mg=400",
        "region=uk&age=50&sex=male&other_mg=300&unit_mg=150",
        "region=uk&age=30&sex=female&stage=pregnant",
        "region=uk&age=30&sex=female&stage=lactating",
    ] {
        let t = all_text(&eval(q));
        assert!(
            !t.contains("upper limit") || t.contains("not a formal upper limit"),
            "{q}: {t}"
        );
        assert!(!t.contains("the upper limit"), "{q}: {t}");
    }
    let e = eval("region=uk&age=50&sex=male&target=500");
    assert_eq!(
        e.plan.as_ref().unwrap().choice_note(),
        "capped at the 400 mg a day the guidance level leaves for supplements; a higher dose needs a clinician's prescription"
    );
    let e = eval("region=uk&age=50&sex=male&unit_mg=450&target=420");
    let t = e.no_plan_text().unwrap();
    assert_eq!(t.title, "One tablet is above the guidance level");
    // The US and EU limits stay upper limits.
    let e = eval("region=eu&age=50&sex=male&target=500");
    assert!(e
        .plan
        .unwrap()
        .choice_note()
        .contains("the upper limit leaves"));
    let e = eval("age=50&sex=male&target=500");
    assert!(e
        .plan
        .unwrap()
        .choice_note()
        .contains("the upper limit leaves"));
}

#[test]
fn a_borrowed_limit_says_whose_it_is() {
    // The UK sets none at 18: the lowest of the three (EU 250 mg) applies, and the note says so.
    let e = eval("region=uk&age=18&sex=male&target=500");
    let note = e.plan.unwrap().choice_note();
    assert!(
        note.contains(
            "capped at the 250 mg a day the EU upper limit (the UK sets none at this age"
        ),
        "{note}"
    );
    // At 19 the UK guidance level applies.
    let e = eval("region=uk&age=19&sex=male&target=500");
    assert!(e
        .plan
        .unwrap()
        .choice_note()
        .contains("400 mg a day the guidance level"));
}

// Item 5: pregnancy and breastfeeding from the region's own rows.

#[test]
fn pregnancy_and_breastfeeding_by_region_stage_and_age_band() {
    let cases = [
        (
            "region=us&age=30&stage=pregnant",
            "US RDA",
            "350 mg a day, 40 mg more than the 310 mg",
        ),
        (
            "region=us&age=16&stage=pregnant",
            "US RDA",
            "400 mg a day, 40 mg more than the 360 mg",
        ),
        (
            "region=us&age=40&stage=pregnant",
            "US RDA",
            "360 mg a day, 40 mg more than the 320 mg",
        ),
        (
            "region=us&age=30&stage=lactating",
            "US RDA",
            "310 mg a day, the same as for other women",
        ),
        (
            "region=us&age=16&stage=lactating",
            "US RDA",
            "360 mg a day, the same as for other women",
        ),
        (
            "region=eu&age=30&stage=pregnant",
            "EU AI",
            "300 mg a day, the same as for other women",
        ),
        (
            "region=eu&age=30&stage=lactating",
            "EU AI",
            "300 mg a day, the same as for other women",
        ),
        (
            "region=eu&age=17&stage=pregnant",
            "EU AI",
            "300 mg a day, 50 mg more than the 250 mg",
        ),
        (
            "region=eu&age=17&stage=lactating",
            "EU AI",
            "300 mg a day, 50 mg more than the 250 mg",
        ),
        (
            "region=eu&age=18&stage=lactating",
            "EU AI",
            "300 mg a day, the same as for other women",
        ),
        (
            "region=uk&age=30&stage=pregnant",
            "UK RNI",
            "270 mg a day, the same as for other women",
        ),
        (
            "region=uk&age=30&stage=lactating",
            "UK RNI",
            "320 mg a day, 50 mg more than the 270 mg",
        ),
        (
            "region=uk&age=16&stage=pregnant",
            "UK RNI",
            "300 mg a day, the same as for other women",
        ),
        (
            "region=uk&age=16&stage=lactating",
            "UK RNI",
            "350 mg a day, 50 mg more than the 300 mg",
        ),
    ];
    for (q, authority, figures) in cases {
        let e = eval(&format!("{q}&sex=female"));
        let rule = if q.contains("pregnant") {
            RuleId::Pregnancy
        } else {
            RuleId::Lactation
        };
        let t = text(&e, rule);
        assert!(t.contains(authority) && t.contains(figures), "{q}: {t}");
        assert!(
            !t.contains("rise") && !t.contains("stay the same"),
            "{q}: {t}"
        );
    }
}

#[test]
fn the_pregnancy_finding_asks_for_ferritin() {
    for region in ["us", "eu", "uk"] {
        let t = text(
            &eval(&format!("region={region}&age=30&sex=female&stage=pregnant")),
            RuleId::Pregnancy,
        );
        assert!(
            t.contains("iron deficiency is a major cause") && t.contains("ferritin"),
            "{t}"
        );
    }
}

// Item 6: high-normal blood magnesium with a typed dose.

#[test]
fn a_typed_dose_beside_high_normal_serum_is_the_dose_already_taken() {
    let e = eval("serum=2.4&target=350&age=50&sex=male&unit_mg=100");
    let p = e.plan.as_ref().unwrap();
    assert!(p.current);
    assert_eq!((p.daily_mg, p.titration.len()), (300.0, 1));
    assert_eq!(e.first_week, None);
    assert!(e.finding(RuleId::StartLow).is_none());
    let t = text(&e, RuleId::SerumHighNormal);
    assert!(
        t.contains("only if your clinician agrees") && t.contains("rechecked"),
        "{t}"
    );
    let all = all_text(&e);
    assert!(
        !all.contains("Start") && !all.contains("start low") && !all.contains("Do not start"),
        "{all}"
    );
    // Without a typed dose: no suggested dose.
    let e = eval("serum=2.4&age=50&sex=male&unit_mg=100");
    assert_eq!(e.plan, Err(NoPlan::SerumHighNormal));
    // Both sides of 2.2 mg/dL: at 2.2 the plan starts low as usual.
    let e = eval("serum=2.2&target=350&age=50&sex=male&unit_mg=100");
    assert!(!e.plan.as_ref().unwrap().current);
    assert!(e.finding(RuleId::StartLow).is_some());
    let e = eval("serum=2.21&target=350&age=50&sex=male&unit_mg=100");
    assert!(e.plan.as_ref().unwrap().current);
    // Above 2.5: stop, no plan.
    assert_eq!(
        eval("serum=2.51&target=350&age=50&sex=male").plan,
        Err(NoPlan::Stopped)
    );
}

// Item 7: the reference range in the unit entered.

#[test]
fn the_range_is_shown_and_judged_in_the_unit_entered() {
    let note = |q: &str| eval(&format!("age=40&{q}")).serum_note.unwrap();
    let cases = [
        (
            "serum=0.95&serum_unit=mmol_l",
            "0.75–0.95 mmol/L",
            "at the top of",
        ),
        ("serum=0.96&serum_unit=mmol_l", "0.75–0.95 mmol/L", "above"),
        ("serum=0.75&serum_unit=mmol_l", "0.75–0.95 mmol/L", "within"),
        ("serum=0.74&serum_unit=mmol_l", "0.75–0.95 mmol/L", "below"),
        (
            "serum=1.9&serum_unit=meq_l",
            "1.5–1.9 mEq/L",
            "at the top of",
        ),
        ("serum=1.91&serum_unit=meq_l", "1.5–1.9 mEq/L", "above"),
        ("serum=1.5&serum_unit=meq_l", "1.5–1.9 mEq/L", "within"),
        ("serum=1.49&serum_unit=meq_l", "1.5–1.9 mEq/L", "below"),
        ("serum=2.3", "1.8–2.3 mg/dL", "at the top of"),
        ("serum=2.31", "1.8–2.3 mg/dL", "above"),
        ("serum=1.8", "1.8–2.3 mg/dL", "within"),
        ("serum=1.79", "1.8–2.3 mg/dL", "below"),
    ];
    for (q, range, place) in cases {
        let n = note(q);
        assert!(
            n.contains(&format!("{place} the reference range {range}")),
            "{q}: {n}"
        );
        assert!(!n.contains("0.741") && !n.contains("0.946"), "{q}: {n}");
    }
    // 0.95 mmol/L is inside its range; the rule (2.309 mg/dL, above 2.2) still applies.
    let e = eval("age=40&serum=0.95&serum_unit=mmol_l");
    let t = text(&e, RuleId::SerumHighNormal);
    assert!(
        t.contains("at the top of the reference range 0.75–0.95 mmol/L"),
        "{t}"
    );
    assert!(!t.contains("above the reference range"), "{t}");
    // Rules in mg/dL after exact conversion: 0.74 mmol/L = 1.799 mg/dL is low, 0.75 is not.
    assert!(eval("age=40&serum=0.74&serum_unit=mmol_l")
        .finding(RuleId::SerumLow)
        .is_some());
    assert!(eval("age=40&serum=0.75&serum_unit=mmol_l")
        .finding(RuleId::SerumLow)
        .is_none());
    // 0.905 mmol/L = 2.1996 mg/dL: no caution; 0.906 = 2.202: caution.
    assert!(eval("age=40&serum=0.905&serum_unit=mmol_l")
        .finding(RuleId::SerumHighNormal)
        .is_none());
    assert!(eval("age=40&serum=0.906&serum_unit=mmol_l")
        .finding(RuleId::SerumHighNormal)
        .is_some());
}

// Item 8: divisible products.

#[test]
fn the_eu_300_mg_sachet_is_half_a_sachet_the_tablet_no_plan() {
    let q =
        "region=eu&form=citrate&unit_mg=300&age=50&sex=female&meds=quinolone@08:00,quinolone@20:00";
    let e = eval(&format!("{q}&unit_kind=sachet"));
    let p = e.plan.as_ref().unwrap();
    assert_eq!(
        (p.daily_mg, p.units_per_day()),
        (150.0, Some(Units::from_halves(1).of(UnitKind::Sachet)))
    );
    assert_eq!(p.units_per_day().unwrap().data(), "0.5");
    assert_eq!(p.choice, Choice::BelowRange { by_room: true });
    assert!(p.choice_note().contains("sachets"), "{}", p.choice_note());
    // The magnesium keeps ≥ 4 h after and ≥ 8 h before both ciprofloxacin doses... as the label's
    // window: drug ≥ 4 h before or ≥ 8 h after magnesium.
    let mg_at: Vec<_> = e
        .schedule
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Magnesium { .. }))
        .map(|i| (i.time, i.kind))
        .collect();
    assert_eq!(mg_at.len(), 1);
    assert!(
        matches!(mg_at[0].1, ItemKind::Magnesium { units: Some(u), .. } if u == Units::from_halves(1).of(UnitKind::Sachet))
    );
    let t = mg_at[0].0.minutes();
    for drug in [8 * 60, 20 * 60] {
        let after_drug = t >= drug + 4 * 60;
        let before_drug = t + 8 * 60 <= drug;
        assert!(after_drug || before_drug, "magnesium at {t} vs {drug}");
    }
    // As a tablet (the default kind): no plan, with the reason and the next step.
    let e = eval(q);
    assert!(matches!(e.plan, Err(NoPlan::UnitAboveRoom { room_mg, .. }) if room_mg == 250.0));
    let t = e.no_plan_text().unwrap();
    assert!(
        t.first.contains("One tablet of this product gives 300 mg"),
        "{}",
        t.first
    );
    assert!(
        t.rest.contains("less magnesium per tablet") && t.rest.contains("clinician"),
        "{}",
        t.rest
    );
    assert!(!format!("{} {}", t.title, t.first).contains("unit"));
}

#[test]
fn unit_kind_is_validated() {
    let (e, errors) = eval_with_errors("age=40&unit_mg=100&unit_kind=pill");
    assert_eq!(
        errors.iter().map(|e| e.field.name()).collect::<Vec<_>>(),
        ["unit_kind"]
    );
    assert_eq!(e.unit_kind, mg_engine::units::UnitKind::Tablet);
    for k in ["tablet", "capsule", "sachet", "scoop", "ml"] {
        let (_, errors) = eval_with_errors(&format!("age=40&unit_kind={k}"));
        assert!(errors.is_empty(), "{k}");
    }
}

#[test]
fn start_low_names_the_kind() {
    let t = text(
        &eval("age=40&unit_mg=150&unit_kind=capsule"),
        RuleId::StartLow,
    );
    assert!(
        t.contains("1 capsule: the smallest step") && t.contains("(2 capsules)"),
        "{t}"
    );
    let t = text(
        &eval("age=40&unit_mg=200&unit_kind=scoop"),
        RuleId::StartLow,
    );
    assert!(
        t.contains("Take 100 mg (½ scoop)") && t.contains("200 mg/day (1 scoop)"),
        "{t}"
    );
    let t = text(&eval("age=40&unit_mg=20&unit_kind=ml"), RuleId::StartLow);
    assert!(t.contains("(5 ml)") && t.contains("(10 ml)"), "{t}");
    // One whole tablet above 100 mg and no lower week.
    let t = text(&eval("age=40&unit_mg=250"), RuleId::StartLow);
    assert!(
        t.starts_with("1 tablet (250 mg) is the smallest step"),
        "{t}"
    );
}

#[test]
fn the_region_note_says_the_limits_differ() {
    let note = mg_engine::regional_requirement::region_note();
    assert!(
        note.contains("350") && note.contains("250") && note.contains("400"),
        "{note}"
    );
    assert!(note.contains("the limits differ") && !note.contains("every safety threshold"));
}

// Item 9: the elemental/compound question.

#[test]
fn uk_oxide_400_offers_the_compound_reading() {
    // Elemental (the default): 400 mg is above the RLS range; as the whole oxide it is 241 mg.
    let e = eval("region=uk&form=oxide&unit_mg=400&age=50&sex=male");
    assert!(e.plan.is_err());
    let hint = e.basis_hint.clone().unwrap();
    assert_eq!(
        hint.text,
        "400 mg is the whole magnesium oxide → 241 mg magnesium"
    );
    assert!((hint.elemental_mg - 241.24).abs() < 0.01);
    assert_eq!(
        e.per_unit_note.as_deref(),
        Some("= 400 mg of magnesium per tablet")
    );
    // Compound: a plan of one tablet, no hint.
    let e = eval("region=uk&form=oxide&unit_mg=400&basis=compound&age=50&sex=male");
    let p = e.plan.as_ref().unwrap();
    assert_eq!(p.units_per_day(), Some(Units::whole(1)));
    assert!((p.daily_mg - 241.24).abs() < 0.01);
    assert_eq!(e.basis_hint, None);
    assert_eq!(
        e.per_unit_note.as_deref(),
        Some("= 241 mg of magnesium per tablet")
    );
    // A figure whose compound reading would not fit either: no offer (oxide 600 = 361.8 mg).
    assert_eq!(
        eval("form=oxide&unit_mg=600&age=50&sex=male").basis_hint,
        None
    );
    // A form whose labels print elemental magnesium (chloride): no offer.
    assert_eq!(
        eval("form=chloride&unit_mg=400&age=50&sex=male").basis_hint,
        None
    );
    // A fitting elemental figure: no offer.
    assert_eq!(
        eval("form=oxide&unit_mg=200&age=50&sex=male").basis_hint,
        None
    );
    // US citrate 1000 "elemental" is above the limit; as the compound (161.6 mg) it fits.
    let e = eval("form=citrate&unit_mg=1000&age=50&sex=male");
    assert!(e
        .basis_hint
        .unwrap()
        .text
        .starts_with("1000 mg is the whole magnesium citrate"));
}

// Item 13: citations.

#[test]
fn citations_match_the_sources_table() {
    use mg_engine::source::SourceId;
    let aasm = SourceId::Aasm2024.source().citation;
    assert!(aasm.contains("Treatment of restless legs syndrome and periodic limb movement disorder: an American Academy of Sleep Medicine clinical practice guideline"), "{aasm}");
    assert!(aasm.contains("J Clin Sleep Med 2025;21(1):137–152"));
    let g = SourceId::Gorantla2024.source().citation;
    assert!(
        g.starts_with("Gorantla S, Ravisankar A, Trotti LM.") && g.contains("2024;20(8):1357–1361"),
        "{g}"
    );
}
