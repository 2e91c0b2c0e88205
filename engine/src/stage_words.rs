//! Pregnancy and breastfeeding compared with the region's own rows: what the chosen set gives at
//! the person's age in that stage against what it gives other women of the same age
//! (docs/medical-reference.md §2b). No fixed sentence says needs rise or stay the same: the
//! comparison is the tables'.

use crate::person::{LifeStage, Person, Sex};
use crate::region::Region;
use crate::regional_requirement::regional_requirement;

/// The age the comparison uses when none is given: an adult's (safety rules assume an adult).
pub const ASSUMED_ADULT_AGE: u8 = 30;

/// What the region's set gives in `stage` and outside it, at the person's age (an adult's when
/// not given): `(in stage, other women, intake abbreviation)`.
pub fn stage_values(person: &Person, region: Region) -> Option<(u16, u16, &'static str)> {
    let age = person.age.unwrap_or(ASSUMED_ADULT_AGE);
    let at = |stage| {
        let p = Person {
            age: Some(age),
            sex: Some(Sex::Female),
            stage,
        };
        regional_requirement(&p, region).rda.first().copied()
    };
    let with = at(person.stage)?;
    let without = at(LifeStage::None)?;
    Some((with.mg, without.mg, with.kind.abbr()))
}

/// "In pregnancy the UK RNI for your age is 270 mg a day, the same as for other women of your
/// age: no increase is set." — built from the region's rows.
pub fn stage_sentence(person: &Person, region: Region) -> Option<String> {
    let during = match person.stage {
        LifeStage::None => return None,
        LifeStage::Pregnant => "In pregnancy",
        LifeStage::Lactating => "While breastfeeding",
    };
    let (with, without, abbr) = stage_values(person, region)?;
    let whose = if person.age.is_some() {
        "your age"
    } else {
        "an adult (your age was not given)"
    };
    let compared = match with.checked_sub(without) {
        Some(0) => format!(
            "the same as for other women: the {} sets no extra amount",
            region.short()
        ),
        Some(more) => format!("{more} mg more than the {without} mg for other women"),
        None => format!(
            "{} mg less than the {without} mg for other women",
            without - with
        ),
    };
    Some(format!(
        "{during} the {} {abbr} of magnesium for {whose} is {with} mg a day, {compared}.",
        region.short()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(region: Region, age: u8, stage: LifeStage) -> i32 {
        let p = Person {
            age: Some(age),
            sex: Some(Sex::Female),
            stage,
        };
        let (with, without, _) = stage_values(&p, region).unwrap();
        i32::from(with) - i32::from(without)
    }

    /// docs/medical-reference.md §2b: US pregnancy +40 mg (every band from 14), lactation the
    /// same; EU pregnancy and lactation 300 mg, above the 250 mg for girls 10–17, equal for women;
    /// UK pregnancy no change, lactation +50 mg.
    #[test]
    fn every_region_stage_and_age_band() {
        for age in 14..=50u8 {
            assert_eq!(diff(Region::Us, age, LifeStage::Pregnant), 40, "US {age}");
            assert_eq!(diff(Region::Us, age, LifeStage::Lactating), 0, "US {age}");
            let eu = if age < 18 { 50 } else { 0 };
            assert_eq!(diff(Region::Eu, age, LifeStage::Pregnant), eu, "EU {age}");
            assert_eq!(diff(Region::Eu, age, LifeStage::Lactating), eu, "EU {age}");
            assert_eq!(diff(Region::Uk, age, LifeStage::Pregnant), 0, "UK {age}");
            assert_eq!(diff(Region::Uk, age, LifeStage::Lactating), 50, "UK {age}");
        }
    }

    #[test]
    fn sentences_follow_the_rows() {
        let p = |age, stage| Person {
            age,
            sex: Some(Sex::Female),
            stage,
        };
        let s = |age, stage, region| stage_sentence(&p(age, stage), region).unwrap();
        assert_eq!(
            s(Some(30), LifeStage::Pregnant, Region::Us),
            "In pregnancy the US RDA of magnesium for your age is 350 mg a day, 40 mg more than the 310 mg for other women."
        );
        assert_eq!(
            s(Some(30), LifeStage::Pregnant, Region::Uk),
            "In pregnancy the UK RNI of magnesium for your age is 270 mg a day, the same as for other women: the UK sets no extra amount."
        );
        assert_eq!(
            s(Some(30), LifeStage::Lactating, Region::Uk),
            "While breastfeeding the UK RNI of magnesium for your age is 320 mg a day, 50 mg more than the 270 mg for other women."
        );
        assert_eq!(
            s(Some(16), LifeStage::Lactating, Region::Eu),
            "While breastfeeding the EU AI of magnesium for your age is 300 mg a day, 50 mg more than the 250 mg for other women."
        );
        assert_eq!(
            s(Some(30), LifeStage::Lactating, Region::Eu),
            "While breastfeeding the EU AI of magnesium for your age is 300 mg a day, the same as for other women: the EU sets no extra amount."
        );
        assert!(
            s(None, LifeStage::Pregnant, Region::Us).contains("an adult (your age was not given)")
        );
        for region in Region::ALL {
            for stage in [LifeStage::Pregnant, LifeStage::Lactating] {
                for age in [None, Some(14), Some(17), Some(18), Some(19), Some(50)] {
                    let t = s(age, stage, region);
                    assert!(!t.contains("rise") && !t.contains("stay"), "{t}");
                }
            }
        }
    }
}
