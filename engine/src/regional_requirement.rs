//! The requirement and the supplemental limit of the chosen region, and the three side by side.
//!
//! Where a region sets no limit for an age that another set covers (UK under 19, EU 1–3 years),
//! the lowest limit among the three sets for that age applies, and says which set it comes from
//! (docs/medical-reference.md §2b). The RLS range is the same in every region.

use crate::person::{Person, MAX_AGE};
use crate::region::Region;
use crate::regional_tables::{intake_set, limit_set};
use crate::requirement::{
    limit_row, rda_value, requirement, rls_range, rows_in, Limit, LimitKind, Rda, Requirement,
};

/// The region's own limit for an age, when its set gives one.
pub fn own_limit(region: Region, age: u8) -> Option<Limit> {
    let set = limit_set(region);
    limit_row(set.rows, age).and_then(|row| {
        row.mg.map(|mg| Limit {
            mg,
            kind: set.kind,
            set: region,
            sources: set.sources,
            row,
            fallback: false,
        })
    })
}

/// The limit that applies in `region` at `age`: its own, else the lowest of the three sets for
/// that age (marked `fallback`); `None` where no set gives one (infants).
pub fn limit_for(region: Region, age: u8) -> Option<Limit> {
    own_limit(region, age).or_else(|| {
        Region::ALL
            .into_iter()
            .filter_map(|r| own_limit(r, age))
            .min_by_key(|l| l.mg)
            .map(|l| Limit {
                fallback: true,
                ..l
            })
    })
}

/// The limit for an adult of any age (the UK's guidance level starts at 19): what safety rules
/// assume when the age is not given.
pub fn adult_limit(region: Region) -> Option<Limit> {
    limit_for(region, MAX_AGE)
}

/// The requirement for `person` by `region`'s authorities, shaped as `requirement::requirement`
/// gives it for the US (which it equals for `Region::Us`).
pub fn regional_requirement(person: &Person, region: Region) -> Requirement {
    let Some(age) = person.age else {
        return Requirement {
            region,
            ..requirement(person)
        };
    };
    // Built once from the region's own tables (not the US one first and then replaced: this
    // runs on every evaluation).
    let set = intake_set(region);
    let limit = limit_for(region, age);
    Requirement {
        rda: rows_in(set.rows, age)
            .filter_map(|row| {
                rda_value(row, person.sex, person.stage).map(|mg| Rda {
                    mg,
                    kind: row.kind,
                    row,
                    sources: set.sources,
                })
            })
            .collect(),
        ul_mg: limit.map(|l| l.mg),
        rls_range: rls_range(age),
        region,
        limit,
        intake_not_set: if age == 0 { set.not_set_infants } else { &[] },
    }
}

/// The requirement by each region's authorities, in `Region::ALL` order (US, EU, UK).
pub fn side_by_side(person: &Person) -> [Requirement; 3] {
    Region::ALL.map(|r| regional_requirement(person, r))
}

/// The age from which sex changes the region's requirement (US 14, EU 10, UK 19).
pub fn sex_matters_from(region: Region) -> u8 {
    intake_set(region)
        .rows
        .iter()
        .find(|r| r.male != r.female)
        .map_or(u8::MAX, |r| (r.from_months / 12) as u8)
}

/// The limit named for a sentence, after "the N mg/day": "upper limit for your age" (US, as
/// before), with the authority for the EU and UK, and, for a borrowed value, why it applies.
pub fn limit_words(region: Region, limit: &Limit, whose: &str) -> String {
    let authority = limit.sources.first().map_or("", |s| s.short());
    let kind = limit.kind.noun();
    if limit.fallback {
        format!(
            "{kind} {whose} ({} {authority}: {} sets none at this age, so the lowest of the US, EU and UK limits applies)",
            limit.set.short(),
            region.short()
        )
    } else {
        match (region, limit.kind) {
            (Region::Us, _) => format!("{kind} {whose}"),
            (_, LimitKind::GuidanceLevel) => format!(
                "{kind} for adults ({} {authority}; a guidance level, not a formal upper limit)",
                region.short()
            ),
            (_, LimitKind::UpperLimit) => {
                format!("{kind} {whose} ({} {authority})", region.short())
            }
        }
    }
}

/// The adults' limits of the three sets with their kinds: "US 350 mg a day (upper limit), EU
/// 250 mg a day (upper limit), UK 400 mg a day (guidance level)".
pub fn adult_limits_text() -> String {
    Region::ALL
        .into_iter()
        .filter_map(|r| {
            own_limit(r, MAX_AGE)
                .map(|l| format!("{} {} mg a day ({})", r.short(), l.mg, l.kind.noun()))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What the region switch changes, for beside it: the requirement and the limits, which differ;
/// the rest is shared (docs/medical-reference.md §2b).
pub fn region_note() -> String {
    format!(
        "Changes the daily requirement and the limit for supplements, and the limits differ: {}. \
         The restless-legs amount, the first week, the spacing from medicines and the kidney, blood \
         magnesium and iron thresholds are the same in all three.",
        adult_limits_text()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::{LifeStage, Sex};
    use crate::requirement::IntakeKind;
    use crate::source::SourceId;

    fn person(age: u8, sex: Option<Sex>, stage: LifeStage) -> Person {
        Person {
            age: Some(age),
            sex,
            stage,
        }
    }

    #[test]
    fn the_region_note_says_the_limits_differ() {
        assert_eq!(
            adult_limits_text(),
            "US 350 mg a day (upper limit), EU 250 mg a day (upper limit), UK 400 mg a day (guidance level)"
        );
        let note = region_note();
        assert!(note.contains("the limits differ"), "{note}");
        assert!(!note.contains("every safety threshold"), "{note}");
    }

    #[test]
    fn us_equals_the_existing_requirement_at_every_age() {
        for age in 0..=120 {
            for sex in [None, Some(Sex::Female), Some(Sex::Male)] {
                for stage in LifeStage::ALL {
                    let p = person(age, sex, stage);
                    assert_eq!(regional_requirement(&p, Region::Us), requirement(&p));
                }
            }
        }
        let unknown = Person::default();
        assert_eq!(
            regional_requirement(&unknown, Region::Us),
            requirement(&unknown)
        );
    }

    #[test]
    fn unknown_age_keeps_the_region_and_has_no_values() {
        let r = regional_requirement(&Person::default(), Region::Uk);
        assert_eq!(
            (r.region, r.rda.len(), r.limit, r.ul_mg),
            (Region::Uk, 0, None, None)
        );
    }

    #[test]
    fn limits_carry_their_authority_and_kind() {
        let eu = limit_for(Region::Eu, 40).unwrap();
        assert_eq!(
            (eu.mg, eu.kind, eu.set, eu.sources, eu.fallback),
            (
                250,
                LimitKind::UpperLimit,
                Region::Eu,
                &[SourceId::Scf2001][..],
                false
            )
        );
        let uk = limit_for(Region::Uk, 40).unwrap();
        assert_eq!(
            (uk.mg, uk.kind, uk.set, uk.sources, uk.fallback),
            (
                400,
                LimitKind::GuidanceLevel,
                Region::Uk,
                &[SourceId::Evm2003][..],
                false
            )
        );
        let us = limit_for(Region::Us, 40).unwrap();
        assert_eq!(
            (us.mg, us.sources),
            (350, &[SourceId::Ods, SourceId::Iom1997][..])
        );
    }

    #[test]
    fn side_by_side_is_in_region_order() {
        let p = person(40, Some(Sex::Female), LifeStage::None);
        let [us, eu, uk] = side_by_side(&p);
        assert_eq!(
            [us.region, eu.region, uk.region],
            [Region::Us, Region::Eu, Region::Uk]
        );
        assert_eq!([us.rda[0].mg, eu.rda[0].mg, uk.rda[0].mg], [320, 300, 270]);
        assert_eq!(
            [us.rda[0].kind, eu.rda[0].kind, uk.rda[0].kind],
            [IntakeKind::Rda, IntakeKind::Ai, IntakeKind::Rni]
        );
        assert_eq!(
            [us.ul_mg, eu.ul_mg, uk.ul_mg],
            [Some(350), Some(250), Some(400)]
        );
        assert!([&us, &eu, &uk]
            .iter()
            .all(|r| r.rls_range == Ok((200, 300))));
    }

    #[test]
    fn sex_matters_from_each_tables_first_split_band() {
        assert_eq!(Region::ALL.map(sex_matters_from), [14, 10, 19]);
    }

    #[test]
    fn limit_words_name_the_authority() {
        let w = |region, age| limit_words(region, &limit_for(region, age).unwrap(), "for your age");
        assert_eq!(w(Region::Us, 40), "upper limit for your age");
        assert_eq!(w(Region::Eu, 40), "upper limit for your age (EU SCF 2001)");
        assert_eq!(
            w(Region::Uk, 40),
            "guidance level for adults (UK EVM 2003; a guidance level, not a formal upper limit)"
        );
        assert_eq!(
            w(Region::Uk, 18),
            "upper limit for your age (EU SCF 2001: UK sets none at this age, so the lowest of the US, EU and UK limits applies)"
        );
    }
}
