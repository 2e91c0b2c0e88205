//! Why there is no plan, in words: built here because most reasons name the supplemental limit
//! (an upper limit or the UK guidance level, docs/medical-reference.md §2b) and the product's kind
//! ("one sachet", never "one unit"; §8). The Dose summary, the plan card and the report show it.

use crate::decimal::{amount, amount_beside};
use crate::plan::{LimitName, NoPlan, MAX_UNITS};
use crate::requirement::RLS_RANGE_MG;
use crate::units::UnitKind;

/// A title, the first sentence (the plan summary shows these two) and the rest (the plan card
/// shows all three).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoPlanText {
    pub title: String,
    pub first: String,
    pub rest: String,
}

fn mg(x: f64) -> String {
    format!("{} mg", amount(x))
}

/// One unit's magnesium next to the amount it is compared with, never rounded onto or across it.
fn unit_beside(unit_mg: f64, limit_mg: f64) -> String {
    format!("{} mg", amount_beside(unit_mg, limit_mg))
}

/// The next step when one unit is too much: a product with less per unit, or (for tablets) a
/// pharmacist's word on splitting; a divisible kind already tried half a unit.
fn smaller_product(kind: UnitKind) -> String {
    if kind.divisible() {
        format!(
            "Even half a {} is too much: choose a product with less magnesium per {}, or ask a clinician.",
            kind.one(),
            kind.one()
        )
    } else {
        format!(
            "Choose a product with less magnesium per {} (a powder or liquid can be divided), or ask a pharmacist whether the {} may be split, or a clinician.",
            kind.one(),
            kind.one()
        )
    }
}

pub fn no_plan_text(reason: NoPlan, limit: LimitName, kind: UnitKind) -> NoPlanText {
    let lo = RLS_RANGE_MG.0;
    let one = kind.one();
    let noun = limit.noun();
    let (title, first, rest): (String, String, String) = match reason {
        NoPlan::AgeUnknown => ("No plan yet".into(), "Enter your age to see a suggested plan.".into(), String::new()),
        NoPlan::Infant => ("No supplement for babies".into(), "Babies should not be given magnesium supplements unless a doctor prescribes them.".into(), String::new()),
        NoPlan::UnderAdultAge => ("No RLS dose under 18".into(), "This calculator suggests RLS doses for adults only.".into(), "See the precautions for what to do instead.".into()),
        NoPlan::Stopped => ("No dose suggested".into(), "A stop precaution applies to you (see below).".into(), "Do not take magnesium on your own: follow what it says and talk to a clinician.".into()),
        NoPlan::SerumHighNormal => (
            "No dose suggested".into(),
            "Your blood magnesium is at the top of its reference range or above it (see the precautions), so no new dose is suggested.".into(),
            "Ask your clinician to recheck it; if you already take a dose they agreed to, enter it as your daily dose to see its timing.".into(),
        ),
        NoPlan::UnitOverTarget { unit_mg, target_mg, room_mg } => {
            let next = match room_mg {
                Some(room) if unit_mg > room => format!(
                    "One {one} alone is also more than the {} a day the {noun} leaves for supplements, so do not take it daily on your own.",
                    mg(room.max(0.0))
                ),
                _ => format!("If you mean to take the whole {one}, set your target to {}.", mg(unit_mg)),
            };
            (
                format!("One {one} is more than your target"),
                format!("One {one} of this product gives {} of magnesium, more than your daily target of {}.", unit_beside(unit_mg, target_mg), mg(target_mg)),
                format!("{} {next}", smaller_product(kind)),
            )
        }
        NoPlan::UnitAboveRange { unit_mg, range_max_mg } => (
            format!("One {one} is above the RLS range"),
            format!(
                "One {one} of this product gives {} of magnesium, more than the {lo}–{range_max_mg} mg a day used for RLS, so no dose is suggested.",
                unit_beside(unit_mg, f64::from(range_max_mg))
            ),
            smaller_product(kind),
        ),
        NoPlan::UnitAboveRoom { unit_mg, room_mg, ul_mg } => {
            let limit = if room_mg < f64::from(ul_mg) {
                format!("the {} a day that the {} {noun} for supplements leaves beside your other products", mg(room_mg.max(0.0)), mg(f64::from(ul_mg)))
            } else {
                format!("the {} a day {noun} for supplements", mg(f64::from(ul_mg)))
            };
            (
                format!("One {one} is above the {}", limit_name_kind(&noun)),
                format!("One {one} of this product gives {} of magnesium, more than {limit}.", unit_beside(unit_mg, room_mg)),
                format!("Do not take it daily on your own: a dose above the limit needs a clinician's prescription. {}", smaller_product(kind)),
            )
        }
        NoPlan::TooManyUnits { units, unit_mg } => (
            format!("Too many {} a day", kind.many()),
            format!("One {one} holds only {} of magnesium, so the plan would need {units} a day, more than {MAX_UNITS}.", mg(unit_mg)),
            "The label has probably been misread: check whether its amount is per unit or per serving, and whether it is the magnesium itself or the whole compound.".into(),
        ),
        NoPlan::NoRoomUnderUl { other_mg, ul_mg } => (
            "No dose suggested".into(),
            format!("Your other products already give {} a day.", mg(other_mg)),
            format!(
                "The {noun} for supplements is {} a day, so that leaves less than a starting dose. \
                 Ask a clinician or pharmacist before adding magnesium for restless legs.",
                mg(f64::from(ul_mg))
            ),
        ),
    };
    NoPlanText { title, first, rest }
}

/// The first words of a limit's noun ("upper limit", "guidance level", or "EU upper limit" for a
/// borrowed one), for a title.
fn limit_name_kind(noun: &str) -> &str {
    noun.split(" (").next().unwrap_or(noun)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::region::Region;
    use crate::requirement::LimitKind;

    const UK: LimitName = LimitName {
        kind: LimitKind::GuidanceLevel,
        set: Region::Uk,
        region: Region::Uk,
        fallback: false,
    };

    #[test]
    fn the_uk_limit_is_a_guidance_level_and_the_kind_is_named() {
        let t = no_plan_text(
            NoPlan::UnitAboveRoom {
                unit_mg: 500.0,
                room_mg: 400.0,
                ul_mg: 400,
            },
            UK,
            UnitKind::Tablet,
        );
        assert_eq!(t.title, "One tablet is above the guidance level");
        assert!(
            t.first
                .contains("the 400 mg a day guidance level for supplements"),
            "{}",
            t.first
        );
        let all = format!("{} {} {}", t.title, t.first, t.rest);
        assert!(
            !all.contains("upper limit") && !all.contains("unit"),
            "{all}"
        );
        let us = no_plan_text(
            NoPlan::UnitAboveRoom {
                unit_mg: 400.0,
                room_mg: 350.0,
                ul_mg: 350,
            },
            LimitName::US,
            UnitKind::Capsule,
        );
        assert_eq!(us.title, "One capsule is above the upper limit");
    }
}
