//! One full evaluation: requirement, plan, schedule and every finding, from validated input.

use crate::finding::{sort_by_severity, Finding, RuleId, Severity};
use crate::forms::ABSORPTION_FALLS_WITH_DOSE;
use crate::input::Input;
use crate::iron::iron_findings;
use crate::kidney::kidney_finding;
use crate::meds::MedId;
use crate::person::{LifeStage, Person};
use crate::plan::{Plan, DEFAULT_TARGET_MG, MANY_UNITS, START_DOSE_MG};
use crate::regional_requirement::{adult_limit, limit_words, regional_requirement};
use crate::requirement::{Requirement, RLS_RANGE_MG};
use crate::schedule::{schedule, Schedule};
use crate::serum::serum_findings;

/// Why there is no dose to show.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NoPlan {
    AgeUnknown,
    Infant,
    UnderAdultAge,
    /// A `stop` finding stands.
    Stopped,
    /// One unit of the product (elemental mg) is already more than the daily target (`suggested`:
    /// the app's suggestion, not the person's); `room_mg`: what the upper limit leaves beside
    /// other products, when one is set.
    UnitOverTarget {
        unit_mg: f64,
        target_mg: f64,
        suggested: bool,
        room_mg: Option<f64>,
    },
    /// No target set, and magnesium from other products leaves less than a starting dose
    /// (`START_DOSE_MG`) under the upper limit.
    NoRoomUnderUl {
        other_mg: f64,
        ul_mg: u16,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub requirement: Requirement,
    pub plan: Result<Plan, NoPlan>,
    /// The full-dose day (from week 2), or only the medicines when there is no plan.
    pub schedule: Schedule,
    /// Stop first, then caution, then info.
    pub findings: Vec<Finding>,
}

impl Evaluation {
    pub fn has_stop(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Stop)
    }
    pub fn finding(&self, rule: RuleId) -> Option<&Finding> {
        self.findings.iter().find(|f| f.rule == rule)
    }
}

/// Milligrams in a sentence, the unit written after, rounded as the plan card shows them: `302`,
/// `80.8`.
fn mg(x: f64) -> String {
    crate::decimal::amount(x)
}

/// The supplemental limit the pregnancy and lactation advice names: the person's, or the region's
/// adult one when the age is unknown.
fn stage_limit_mg(req: &Requirement) -> u16 {
    req.limit
        .or_else(|| adult_limit(req.region))
        .map_or(0, |l| l.mg)
}

fn person_findings(p: &Person, req: &Requirement) -> Vec<Finding> {
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
    match p.stage {
        LifeStage::Pregnant => out.push(Finding::new(
            RuleId::Pregnancy,
            "During pregnancy magnesium needs rise a little, and restless legs are common, especially late in pregnancy.",
            format!("Talk to your midwife or doctor before taking a supplement; supplements should stay within {} mg/day.", stage_limit_mg(req)),
        )),
        LifeStage::Lactating => out.push(Finding::new(
            RuleId::Lactation,
            "While breastfeeding, magnesium needs are the same as for other women of your age.",
            format!("A supplement within {} mg/day is not expected to harm the baby, but mention it to your doctor or midwife.", stage_limit_mg(req)),
        )),
        LifeStage::None => {}
    }
    out
}

fn interaction_findings(input: &Input) -> Vec<Finding> {
    let mut ids: Vec<MedId> = input.meds.iter().map(|d| d.med).collect();
    crate::small_sort::sort_by_key(&mut ids, |id| *id);
    ids.dedup();
    ids.into_iter()
        .map(|id| {
            let m = id.med();
            Finding::new(
                RuleId::Interaction(id),
                format!("{} — e.g. {}: {}", m.name, m.examples, m.effect),
                m.advice,
            )
        })
        .collect()
}

fn gi_finding(input: &Input) -> Option<Finding> {
    input.gi_upset.then(|| {
        let form = input.form.form();
        let why = if form.diarrhoea_linked {
            format!("{} is one of the forms most often linked with diarrhoea.", form.name)
        } else {
            "Stomach upset is the most common side effect of magnesium, and it grows with the dose.".to_string()
        };
        Finding::new(
            RuleId::GiUpset,
            format!("You have stomach upset on your current supplement. {why}"),
            if input.form == crate::forms::FormId::Glycinate {
                "Try a lower dose, split it, or take it with food. Stop if the upset persists."
            } else {
                "Try a lower dose, split it, take it with food, or switch to a gentler form such as glycinate. Stop if the upset persists."
            },
        )
    })
}

fn plan_findings(plan: &Plan) -> Vec<Finding> {
    let mut out = Vec::new();
    if plan.daily_mg > f64::from(RLS_RANGE_MG.1) {
        out.push(Finding::new(
            RuleId::AboveRlsRange,
            format!("Your plan gives {} mg/day, above the 200–300 mg/day used for RLS in the seed article.", mg(plan.daily_mg)),
            "More is not shown to work better, and side effects grow with the dose.",
        ));
    }
    if let Some(n) = plan.units_per_day().filter(|n| *n > MANY_UNITS) {
        out.push(Finding::new(
            RuleId::ManyUnits,
            format!("The plan needs {n} units a day, which is unusual."),
            "Check the amount per unit on the label and whether it is elemental magnesium or the whole compound. A product with more magnesium per unit is easier to take.",
        ));
    }
    if plan.is_split() {
        out.push(Finding::new(
            RuleId::SplitDose,
            format!("{} mg/day is more than 200 mg, so it is split into two portions: morning and evening, or as close to that as your medicines allow.", mg(plan.daily_mg)),
            format!(
                "Smaller portions are absorbed better — the share absorbed falls from about {} % at the lowest intakes to about {} % at the highest (Fine 1991) — and are easier on the stomach.",
                ABSORPTION_FALLS_WITH_DOSE.0, ABSORPTION_FALLS_WITH_DOSE.1
            ),
        ));
    }
    let first = plan.titration[0];
    let (message, action) = if plan.starts_lower() {
        (
            format!("Start low to see how your stomach copes: {} mg a day in the first week.", mg(first.mg)),
            format!("Take {} mg once a day for the first week, then {} mg/day. Keep the timing the same each day and judge the effect after 6–8 weeks.", mg(first.mg), mg(plan.daily_mg)),
        )
    } else if plan.units_per_day() == Some(1) && plan.daily_mg > START_DOSE_MG {
        (
            format!("One unit ({} mg) is the smallest step this product allows, so there is no lower first week.", mg(plan.daily_mg)),
            "Watch how your stomach copes in the first days. Keep the timing the same each day and judge the effect after 6–8 weeks.".to_string(),
        )
    } else {
        (
            format!(
                "{} mg/day is already a low dose to start with.",
                mg(plan.daily_mg)
            ),
            "Keep the timing the same each day and judge the effect after 6–8 weeks.".to_string(),
        )
    };
    out.push(Finding::new(RuleId::StartLow, message, action));
    out
}

fn ul_finding(req: &Requirement, plan_mg: f64, other_mg: f64) -> Option<Finding> {
    let limit = req.limit?;
    let ul = f64::from(limit.mg);
    let total = plan_mg + other_mg;
    (total > ul).then(|| {
        let parts = if other_mg > 0.0 && plan_mg > 0.0 {
            format!("{} mg from this plan plus {} mg from other products = {} mg/day", mg(plan_mg), mg(other_mg), mg(total))
        } else {
            format!("{} mg/day", mg(total))
        };
        let mut f = Finding::new(
            RuleId::UlExceeded,
            format!("{parts} of magnesium from supplements and medicines is above the {} mg/day {}.", mg(ul), limit_words(req.region, &limit)),
            "Lower the dose or ask a clinician: above this amount diarrhoea and cramps become likely. Magnesium from food does not count.",
        );
        // The limit's own authority (the same ODS/IOM pair as the rule's for the US).
        f.sources = limit.sources;
        f
    })
}

/// What the upper limit leaves for this plan beside magnesium from other products.
pub fn room_under_ul(input: &Input, req: &Requirement) -> Option<f64> {
    req.ul_mg.map(|ul| f64::from(ul) - input.other_mg)
}

/// The person's target, or the suggested one: 200 mg, lowered to what still fits under the upper
/// limit beside the magnesium they already take from other products; none when that leaves less
/// than a starting dose.
pub fn target(input: &Input, req: &Requirement) -> Result<(f64, bool), NoPlan> {
    if let Some(t) = input.target_mg {
        return Ok((t, false));
    }
    match room_under_ul(input, req) {
        Some(room) if room < START_DOSE_MG => Err(NoPlan::NoRoomUnderUl {
            other_mg: input.other_mg,
            ul_mg: req.ul_mg.unwrap_or_default(),
        }),
        Some(room) => Ok((DEFAULT_TARGET_MG.min(room), true)),
        None => Ok((DEFAULT_TARGET_MG, true)),
    }
}

pub fn evaluate(input: &Input) -> Evaluation {
    let person = &input.person;
    let requirement = regional_requirement(person, input.region);
    let mut findings = person_findings(person, &requirement);
    findings.extend(kidney_finding(input.egfr, input.ckd));
    findings.extend(serum_findings(input.serum));
    findings.extend(iron_findings(input.ferritin, input.tsat, person.is_adult()));
    findings.extend(gi_finding(input));
    findings.extend(interaction_findings(input));

    let stopped = findings.iter().any(|f| f.severity == Severity::Stop);
    let plan = match person.age {
        None => Err(NoPlan::AgeUnknown),
        Some(0) => Err(NoPlan::Infant),
        Some(_) if !person.is_adult() => Err(NoPlan::UnderAdultAge),
        Some(_) if stopped => Err(NoPlan::Stopped),
        Some(_) => target(input, &requirement).and_then(|(t, suggested)| {
            // The plan does not know the UL: add the room it leaves beside other products.
            Plan::new(t, suggested, input.product()).map_err(|mut e| {
                if let NoPlan::UnitOverTarget { room_mg, .. } = &mut e {
                    *room_mg = room_under_ul(input, &requirement);
                }
                e
            })
        }),
    };

    let plan_mg = plan.as_ref().map_or(0.0, |p| p.daily_mg);
    findings.extend(ul_finding(&requirement, plan_mg, input.other_mg));
    let portions = plan.as_ref().map(Plan::portions).unwrap_or_default();
    let schedule = schedule(&input.day, &portions, &input.meds);
    if let Ok(p) = &plan {
        findings.extend(plan_findings(p));
    }
    if !schedule.conflict_with.is_empty() {
        let names: Vec<&str> = schedule
            .conflict_with
            .iter()
            .map(|m| m.med().name)
            .collect();
        findings.push(Finding::new(
            RuleId::ScheduleConflict,
            format!(
                "No time between waking ({}) and bedtime ({}) keeps magnesium far enough from: {}.",
                input.day.wake, input.day.bedtime, names.join(", ")
            ),
            "Ask your pharmacist how to fit them together. Do not take magnesium closer to these medicines than their rules allow; it can stop them working.",
        ));
    }
    sort_by_severity(&mut findings);
    Evaluation {
        requirement,
        plan,
        schedule,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
        let f = e.finding(RuleId::UlExceeded).unwrap();
        assert!(
            f.message
                .contains("300 mg from this plan plus 100 mg from other products = 400 mg/day"),
            "{}",
            f.message
        );
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
        assert_eq!(e.plan.as_ref().unwrap().units_per_day(), Some(20));
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
        assert_eq!(
            rules(&e),
            ["interaction-quinolone", "schedule-conflict", "start-low"]
        );
    }
}
