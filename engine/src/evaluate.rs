//! One full evaluation: requirement, plan, schedule and every finding, from validated input. The
//! screens show what this returns and decide nothing medical themselves.

use std::borrow::Cow;

use crate::condition::condition_findings;
use crate::decimal::{amount, amount_beside};
use crate::finding::{add_by_severity, Finding, RuleId, Severity};
use crate::forms::ABSORPTION_FALLS_WITH_DOSE;
use crate::input::Input;
use crate::iron::iron_findings;
use crate::kidney::kidney_finding;
use crate::label_hint::{basis_hint, per_unit_note, BasisHint};
use crate::meds::{join, MedId};
use crate::person::{AgeRules, LifeStage, Person};
pub use crate::plan::NoPlan;
use crate::plan::{
    plan_units, start_period, Limit, LimitName, Plan, Step, MANY_UNITS, REASSESS_WEEKS,
    SPLIT_ABOVE_MG, START_DOSE_MG,
};
use crate::plan_text::{no_plan_text, NoPlanText};
use crate::region::Region;
use crate::regional_requirement::{adult_limit, limit_words, regional_requirement};
use crate::requirement::{Limit as SupplementLimit, Requirement, RLS_RANGE_MG};
use crate::schedule::{schedule, Schedule};
use crate::serum::{blocks_suggestion, serum_findings};
use crate::stage_words::stage_sentence;
use crate::units::UnitKind;

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub requirement: Requirement,
    pub plan: Result<Plan, NoPlan>,
    /// The full-dose day (from week 2), or only the medicines when there is no plan.
    pub schedule: Schedule,
    /// Stop first, then caution, then info.
    pub findings: Vec<Finding>,
    /// The daily dose the app suggests while the person has typed no target (none when it
    /// suggests nothing, or the person typed one), rounded up to 0.01 mg: typed back as the
    /// target, it gives the same whole units (241.24 for one 241.2357 mg tablet, not 241).
    pub suggested_mg: Option<f64>,
    /// The plan's lower first week, for the calendar: `None` when there is no lower week, or when
    /// a schedule conflict leaves no time to take it.
    pub first_week: Option<Step>,
    /// Elemental magnesium in one unit of the product, whenever a label amount is given, with or
    /// without a plan.
    pub elemental_per_unit: Option<f64>,
    /// The entered blood magnesium against its reference range, for beside the field.
    pub serum_note: Option<String>,
    /// How many findings are stop-level: any one means no self-dosing and no plan.
    pub stop_count: usize,
    /// What one unit of the product is (the word every plan sentence uses).
    pub unit_kind: UnitKind,
    /// How sentences name the supplemental limit (`None` where none is set).
    pub limit_name: Option<LimitName>,
    /// "= 241.2 mg of magnesium per tablet", beside the label amount.
    pub per_unit_note: Option<String>,
    /// The offer to read the label's figure as the whole compound (docs §8).
    pub basis_hint: Option<BasisHint>,
}

impl Evaluation {
    pub fn has_stop(&self) -> bool {
        self.stop_count > 0
    }
    pub fn finding(&self, rule: RuleId) -> Option<&Finding> {
        self.findings.iter().find(|f| f.rule == rule)
    }
    /// Why there is no plan, in words naming the limit's kind and the product's kind.
    pub fn no_plan_text(&self) -> Option<NoPlanText> {
        let reason = *self.plan.as_ref().err()?;
        Some(no_plan_text(
            reason,
            self.limit_name.unwrap_or(LimitName::US),
            self.unit_kind,
        ))
    }
}

/// The supplemental limit the safety rules use, from the chosen region's set: the person's, or an
/// adult's when the age is not given (and the finding says so); none under one year.
pub(crate) fn safety_limit(person: &Person, req: &Requirement) -> Option<SupplementLimit> {
    match person.age {
        None => adult_limit(req.region),
        Some(_) => req.limit,
    }
}

fn person_findings(p: &Person, limit: Option<SupplementLimit>, region: Region) -> Vec<Finding> {
    let mut out = Vec::new();
    match p.age {
        Some(0) => out.push(Finding::new(
            RuleId::Infant,
            "Babies under one year get their magnesium from breast milk or formula; no upper limit for supplements is set at this age.",
            "Do not give magnesium supplements to a baby unless a doctor prescribes them.",
        )),
        Some(a) if !p.is_adult() => out.push(Finding::new(
            RuleId::Under18,
            format!("At {a}, no RLS dose of magnesium has been studied; this calculator gives RLS doses to adults only."),
            "Ask a paediatrician. Restless legs in children are often linked to low iron, which a blood test can show.",
        )),
        _ => {}
    }
    // Written only for the two life stages that use them: this runs on every evaluation.
    let within = || {
        limit.map_or_else(String::new, |l| {
            format!(
                " within the {} mg/day {}",
                l.mg,
                LimitName::of(region, &l).noun()
            )
        })
    };
    let compared = || stage_sentence(p, region).unwrap_or_default();
    match p.stage {
        LifeStage::Pregnant => out.push(Finding::new(
            RuleId::Pregnancy,
            format!("{} Restless legs are common in pregnancy, especially late in it, and iron deficiency is a major cause.", compared()),
            format!("Ask your midwife or doctor for a ferritin (iron stores) test, and talk to them before taking a supplement; supplements should stay{}.", within()),
        )),
        LifeStage::Lactating => out.push(Finding::new(
            RuleId::Lactation,
            compared(),
            format!("A supplement{} is not expected to harm the baby, but mention it to your doctor or midwife.", within()),
        )),
        LifeStage::None => {}
    }
    out
}

/// One finding per medicine listed, in `MedId` order (`MedId::ALL` is in that order, tested).
fn interaction_findings(input: &Input) -> impl Iterator<Item = Finding> + '_ {
    MedId::ALL
        .iter()
        .copied()
        .filter(|id| input.meds.iter().any(|d| d.med == *id))
        .map(|id| {
            let m = id.med();
            Finding::new(
                RuleId::Interaction(id),
                join(&[m.name, " — e.g. ", m.examples, ": ", m.effect]),
                m.advice_text(),
            )
        })
}

fn gi_finding(input: &Input) -> Option<Finding> {
    input.gi_upset.then(|| {
        let form = input.form.form();
        // The common case is fixed text: no sentence is written for it on every evaluation.
        macro_rules! upset {
            () => {
                "You have stomach upset on your current supplement. "
            };
        }
        let message: Cow<'static, str> = if form.diarrhoea_linked {
            join(&[upset!(), form.name, " is one of the forms most often linked with diarrhoea."]).into()
        } else {
            concat!(upset!(), "Stomach upset is the most common side effect of magnesium, and it grows with the dose.").into()
        };
        Finding::new(
            RuleId::GiUpset,
            message,
            if input.form == crate::forms::FormId::Glycinate {
                "Try a lower dose, split it, or take it with food. Stop if the upset persists."
            } else {
                "Try a lower dose, split it, take it with food, or switch to a gentler form such as glycinate. Stop if the upset persists."
            },
        )
    })
}

/// "Judge the effect after 6–8 weeks", from the constant.
fn reassess() -> String {
    format!(
        "Keep the timing the same each day and judge the effect after {}–{} weeks.",
        REASSESS_WEEKS.0, REASSESS_WEEKS.1
    )
}

/// Findings about the plan's amount, and (unless a schedule conflict leaves no time to take it)
/// how to take and start it.
fn plan_findings(plan: &Plan, conflict: bool) -> Vec<Finding> {
    let mut out = Vec::new();
    let (lo, hi) = RLS_RANGE_MG;
    if plan.daily_mg > f64::from(hi) {
        out.push(Finding::new(
            RuleId::AboveRlsRange,
            format!("Your plan gives {} mg/day, above the {lo}–{hi} mg/day used for RLS in the seed article.", amount_beside(plan.daily_mg, f64::from(hi))),
            "More is not shown to work better, and side effects grow with the dose.",
        ));
    }
    if let Some(n) = plan
        .units
        .filter(|u| u.units_per_day.count() > f64::from(MANY_UNITS))
    {
        out.push(Finding::new(
            RuleId::ManyUnits,
            format!(
                "The plan needs {} a day, more than {MANY_UNITS}, which is unusual.",
                n.units_per_day.text()
            ),
            "Check the amount per unit on the label and whether it is elemental magnesium or the whole compound. A product with more magnesium per unit is easier to take.",
        ));
    }
    // With no time to take magnesium, no finding may tell the person how to take it.
    if conflict {
        return out;
    }
    if plan.is_split() {
        out.push(Finding::new(
            RuleId::SplitDose,
            format!("{} mg/day is more than {} mg, so it is split into two portions: morning and evening, or as close to that as your medicines allow.", amount_beside(plan.daily_mg, SPLIT_ABOVE_MG), amount(SPLIT_ABOVE_MG)),
            format!(
                "Smaller portions are absorbed better — the share absorbed falls from about {} % at the lowest intakes to about {} % at the highest (Fine 1991) — and are easier on the stomach.",
                ABSORPTION_FALLS_WITH_DOSE.0, ABSORPTION_FALLS_WITH_DOSE.1
            ),
        ));
    }
    // A dose already taken (blood magnesium at the top of its range): nothing to start.
    if plan.current {
        return out;
    }
    let first = plan.titration[0];
    let period = start_period();
    let units_of = |s: &Step| {
        s.units
            .and_then(|u| plan.units_text(u))
            .map_or_else(String::new, |t| format!(" ({t})"))
    };
    let smallest = plan.units.map(|u| {
        if u.kind.divisible() {
            crate::units::Units::from_halves(1).of(u.kind)
        } else {
            crate::units::Units::whole(1).of(u.kind)
        }
    });
    let (message, action) = if plan.starts_lower() {
        let one_unit = match (first.units, plan.units) {
            (Some(n), Some(_)) if Some(n) == smallest && first.mg > START_DOSE_MG => format!(
                " ({}: the smallest step this product allows, above the usual {} mg start)",
                n.text(),
                amount(START_DOSE_MG)
            ),
            _ => units_of(&first),
        };
        (
            format!(
                "Start low to see how your stomach copes: {} mg a day in {period}.",
                amount(first.mg)
            ),
            format!(
                "Take {} mg{one_unit} once a day in the evening for {period}, then {} mg/day{}. {}",
                amount(first.mg),
                amount(plan.daily_mg),
                plan.titration.last().map_or_else(String::new, units_of),
                reassess()
            ),
        )
    } else if plan.units_per_day().is_some()
        && plan.units_per_day() == smallest
        && plan.daily_mg > START_DOSE_MG
    {
        let text = plan
            .units_per_day()
            .and_then(|n| plan.units_text(n))
            .unwrap_or_default();
        (
            format!("{} ({} mg) is the smallest step this product allows, so there is no lower first week.", capitalised(&text), amount(plan.daily_mg)),
            format!("Watch how your stomach copes in the first days. {}", reassess()),
        )
    } else {
        (
            format!(
                "{} mg/day is already a low dose to start with.",
                amount(plan.daily_mg)
            ),
            reassess(),
        )
    };
    out.push(Finding::new(RuleId::StartLow, message, action));
    out
}

/// "½ sachet" → "½ sachet", "1 tablet" → "1 tablet": a sentence's start (digits and ½ stay).
fn capitalised(s: &str) -> String {
    // ASCII only: these words start with a digit, "½" or an ASCII letter, and Unicode case
    // mapping would bring std's case tables (≈ 10 KB gzip) into the first load.
    let mut out = s.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// Magnesium from supplements and medicines above the limit: from other products alone, or
/// because the person's own target would go above it (the plan then stops at the limit). A target
/// counts only where a dose can be planned (adults, or an unknown age taken as an adult's).
fn ul_finding(
    input: &Input,
    supplement_limit: Option<SupplementLimit>,
    rules: AgeRules,
) -> Option<Finding> {
    let supplement_limit = supplement_limit?;
    let ul = supplement_limit.mg;
    let limit = f64::from(ul);
    let other = input.other_mg;
    let target = input.target_mg.filter(|_| rules.adult());
    let wanted = target.map_or(other, |t| t + other);
    if wanted <= limit {
        return None;
    }
    let whose = if rules == AgeRules::AssumedAdult {
        "for adults (your age was not given, so the adult limit is used)"
    } else {
        "for your age"
    };
    let described = limit_words(
        input.region,
        &supplement_limit,
        &format!("for magnesium from supplements and medicines {whose}"),
    );
    let room = limit - other;
    let parts = match target {
        Some(t) if other > 0.0 => format!(
            "Your target of {} mg/day plus {} mg from other products would be {} mg/day",
            amount(t),
            amount(other),
            amount_beside(wanted, limit)
        ),
        Some(t) => format!("Your target of {} mg/day", amount_beside(t, limit)),
        None => format!(
            "The {} mg/day you take from other products",
            amount_beside(other, limit)
        ),
    };
    let outcome = match target {
        Some(_) if room > 0.0 => format!(
            " Any plan here stops at {} mg/day, what the limit leaves beside your other products.",
            amount(room)
        ),
        Some(_) => " The limit leaves no room for more, so no plan is made.".to_owned(),
        None => String::new(),
    };
    let finding = Finding::new(
        RuleId::UlExceeded,
        format!("{parts} — above the {ul} mg/day {described}.{outcome}"),
        "A higher dose needs a clinician's prescription and supervision: above the limit diarrhoea and cramps become likely. Magnesium that food contains naturally does not count.",
    );
    // The limit's own authority (the ODS/IOM pair for the US, SCF or EVM elsewhere).
    Some(finding.citing(supplement_limit.sources))
}

/// The schedule's two kinds of trouble: no time for magnesium, and medicines too close together.
fn schedule_findings(input: &Input, schedule: &Schedule) -> Vec<Finding> {
    let mut out = Vec::new();
    if let [only, ..] = schedule.conflict_with.as_slice() {
        // Written piece by piece into one string: this runs on every evaluation with medicines.
        let mut message = String::with_capacity(96 + 64 * schedule.conflict_with.len());
        message.push_str("No time between waking (");
        input.day.wake.push_to(&mut message);
        message.push_str(") and bedtime (");
        input.day.bedtime.push_to(&mut message);
        message.push_str(") keeps magnesium far enough from: ");
        for (i, m) in schedule.conflict_with.iter().enumerate() {
            if i > 0 {
                message.push_str(", ");
            }
            message.push_str(m.med().name);
            message.push_str(" (");
            m.med().spacing.push_hours_text(&mut message);
            message.push(')');
        }
        message.push('.');
        let finding = Finding::new(
            RuleId::ScheduleConflict,
            message,
            "Ask your pharmacist how to fit them together. Do not take magnesium closer to these medicines than their rules allow; it can stop them working.",
        );
        // One medicine: its own label is the source.
        out.push(if schedule.conflict_with.len() == 1 {
            finding.citing(only.med().sources)
        } else {
            finding
        });
    }
    if let Some(first) = schedule.med_clashes.first() {
        // Joined piece by piece: this runs on every evaluation with medicines.
        let mut message = String::with_capacity(72 + 160 * schedule.med_clashes.len());
        message.push_str("These medicines are taken closer together than their labels allow: ");
        for (i, c) in schedule.med_clashes.iter().enumerate() {
            let (m, d) = (c.rule.mineral.med(), c.rule.drug.med());
            if i > 0 {
                message.push_str("; ");
            }
            for part in [m.name, " at "] {
                message.push_str(part);
            }
            c.mineral_at.push_to(&mut message);
            for part in [" and ", d.name, " at "] {
                message.push_str(part);
            }
            c.drug_at.push_to(&mut message);
            message.push_str(" (");
            if c.rule.drug.is_mineral() {
                message.push_str("they need ");
            } else {
                for part in [d.noun, " needs "] {
                    message.push_str(part);
                }
            }
            c.rule.spacing.push_hours_text(&mut message);
            if !c.rule.drug.is_mineral() {
                message.push_str(" from ");
                message.push_str(m.noun);
            }
            message.push(')');
        }
        message.push('.');
        let one_drug = schedule
            .med_clashes
            .iter()
            .all(|c| c.rule.drug == first.rule.drug && !first.rule.drug.is_mineral());
        let finding = Finding::new(
            RuleId::MedSpacing,
            message,
            "Iron and zinc bind some medicines just as magnesium does. Ask your pharmacist whether to move one of them; do not change a prescribed medicine's time on your own.",
        );
        out.push(if one_drug {
            finding.citing(first.rule.drug.med().sources)
        } else {
            finding
        });
    }
    out
}

pub fn evaluate(input: &Input) -> Evaluation {
    let person = &input.person;
    let rules = person.age_rules();
    let requirement = regional_requirement(person, input.region);
    let supplement_limit = safety_limit(person, &requirement);
    // Room for a busy person's findings from the start: no regrowing while they are collected.
    // Kept stop first, then caution, then info (stable) as they are added.
    let mut findings = Vec::with_capacity(16);
    add_by_severity(
        &mut findings,
        person_findings(person, supplement_limit, input.region),
    );
    add_by_severity(&mut findings, condition_findings(&input.conditions));
    add_by_severity(&mut findings, kidney_finding(input.egfr, input.ckd));
    add_by_severity(&mut findings, serum_findings(input.serum, input.target_mg));
    add_by_severity(
        &mut findings,
        iron_findings(input.ferritin, input.tsat, rules),
    );
    add_by_severity(&mut findings, gi_finding(input));
    add_by_severity(&mut findings, interaction_findings(input));

    let stopped = findings.iter().any(|f| f.severity == Severity::Stop);
    let limit = requirement.limit.map(|l| Limit {
        ul_mg: l.mg,
        other_mg: input.other_mg,
        name: LimitName::of(input.region, &l),
    });
    let high_normal = blocks_suggestion(input.serum);
    let plan = match person.age {
        None => Err(NoPlan::AgeUnknown),
        Some(0) => Err(NoPlan::Infant),
        Some(_) if !person.is_adult() => Err(NoPlan::UnderAdultAge),
        Some(_) if stopped => Err(NoPlan::Stopped),
        Some(_) if input.target_mg.is_none() && high_normal => Err(NoPlan::SerumHighNormal),
        // A typed dose beside a high-normal level is the dose already taken (docs §4).
        Some(_) if high_normal => {
            plan_units(input.target_mg, input.product(), input.unit_kind, limit)
                .map(Plan::as_current)
        }
        Some(_) => plan_units(input.target_mg, input.product(), input.unit_kind, limit),
    };

    add_by_severity(&mut findings, ul_finding(input, supplement_limit, rules));
    let portions = plan.as_ref().map(Plan::portions).unwrap_or_default();
    let schedule = schedule(&input.day, &portions, &input.meds);
    let conflict = !schedule.conflict_with.is_empty();
    if let Ok(p) = &plan {
        add_by_severity(&mut findings, plan_findings(p, conflict));
    }
    add_by_severity(&mut findings, schedule_findings(input, &schedule));
    let stop_count = findings
        .iter()
        .filter(|f| f.severity == Severity::Stop)
        .count();
    let ok = plan.as_ref().ok();
    Evaluation {
        suggested_mg: ok
            .filter(|p| p.target_is_default)
            .map(|p| (p.daily_mg * 100.0 - 1e-6).ceil() / 100.0),
        first_week: ok.and_then(Plan::first_week).filter(|_| !conflict),
        elemental_per_unit: input.product().map(|p| p.elemental_per_unit()),
        serum_note: input.serum.map(|s| s.against_range()),
        stop_count,
        unit_kind: input.unit_kind,
        limit_name: limit.map(|l| l.name),
        per_unit_note: input
            .product()
            .map(|p| per_unit_note(p.elemental_per_unit(), input.unit_kind)),
        basis_hint: plan
            .as_ref()
            .err()
            .and_then(|reason| basis_hint(input, reason, limit)),
        requirement,
        plan,
        schedule,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalised_changes_only_an_ascii_first_letter() {
        assert_eq!(capitalised("1 tablet"), "1 tablet");
        assert_eq!(capitalised("½ sachet"), "½ sachet");
        assert_eq!(capitalised("tablets"), "Tablets");
        assert_eq!(capitalised(""), "");
    }
    use crate::input::{validate, RawInput};

    fn eval(raw: RawInput) -> Evaluation {
        let (input, errors) = validate(&raw);
        assert!(errors.is_empty(), "{errors:?}");
        evaluate(&input)
    }

    fn rules(e: &Evaluation) -> Vec<String> {
        e.findings.iter().map(|f| f.rule.id()).collect()
    }

    #[test]
    fn adult_defaults() {
        let e = eval(RawInput {
            age: Some("40"),
            sex: Some("female"),
            ..Default::default()
        });
        assert_eq!(e.requirement.rda[0].mg, 320);
        assert_eq!(e.requirement.ul_mg, Some(350));
        assert_eq!(e.plan.as_ref().unwrap().daily_mg, 200.0);
        assert_eq!(rules(&e), ["start-low"]);
        assert_eq!(e.schedule.magnesium_mg(), 200.0);
    }

    #[test]
    fn kidney_stop_removes_the_dose() {
        let e = eval(RawInput {
            age: Some("70"),
            sex: Some("male"),
            egfr: Some("20"),
            ..Default::default()
        });
        assert_eq!(e.plan, Err(NoPlan::Stopped));
        assert_eq!(rules(&e), ["kidney-stop"]);
        assert_eq!(e.schedule.magnesium_mg(), 0.0);
    }

    #[test]
    fn ul_counts_other_products() {
        let e = eval(RawInput {
            age: Some("40"),
            sex: Some("male"),
            target: Some("300"),
            other_mg: Some("100"),
            ..Default::default()
        });
        // The target is capped at the 250 mg the limit leaves (docs §8); the finding says why.
        let f = e.finding(RuleId::UlExceeded).unwrap();
        assert!(
            f.message.contains(
                "Your target of 300 mg/day plus 100 mg from other products would be 400 mg/day"
            ) && f.message.contains("stops at 250 mg/day"),
            "{}",
            f.message
        );
        assert!(f.action.contains("prescription"));
        assert_eq!(e.plan.as_ref().unwrap().daily_mg, 250.0);
        assert_eq!(rules(&e), ["ul-exceeded", "split-dose", "start-low"]);
    }

    #[test]
    fn infants_and_children_get_no_plan() {
        let e = eval(RawInput {
            age: Some("0"),
            ..Default::default()
        });
        assert_eq!(
            (e.plan.clone(), rules(&e)),
            (Err(NoPlan::Infant), vec!["infant".to_string()])
        );
        let e = eval(RawInput {
            age: Some("12"),
            ferritin: Some("40"),
            ..Default::default()
        });
        assert_eq!(e.plan, Err(NoPlan::UnderAdultAge));
        assert_eq!(rules(&e), ["under-18", "ferritin-low"]);
    }

    #[test]
    fn tiny_units_are_flagged() {
        let e = eval(RawInput {
            age: Some("40"),
            unit_mg: Some("10"),
            ..Default::default()
        });
        assert_eq!(
            e.plan.as_ref().unwrap().units_per_day(),
            Some(crate::units::Units::whole(20))
        );
        assert!(e.finding(RuleId::ManyUnits).is_some());
        let e = eval(RawInput {
            age: Some("40"),
            unit_mg: Some("20"),
            ..Default::default()
        });
        assert!(e.finding(RuleId::ManyUnits).is_none());
    }

    #[test]
    fn impossible_schedule_is_a_finding() {
        let e = eval(RawInput {
            age: Some("40"),
            meds: Some("quinolone@08:00,quinolone@14:00,quinolone@21:00"),
            ..Default::default()
        });
        // No time for magnesium: no finding tells the person how to take it (docs §7).
        assert_eq!(rules(&e), ["interaction-quinolone", "schedule-conflict"]);
        assert_eq!(e.first_week, None);
    }
}
