//! Daily requirement (RDA, or AI for infants), upper limit from supplements, and the RLS range.

use crate::person::{LifeStage, Person, Sex, ADULT_AGE};
use crate::region::Region;
use crate::source::SourceId;

/// Whether a figure is a Recommended Dietary Allowance, an Adequate Intake (US infants, EFSA) or
/// a UK Reference Nutrient Intake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntakeKind {
    Rda,
    Ai,
    Rni,
}

impl IntakeKind {
    /// "RDA", "AI", "RNI".
    pub const fn abbr(self) -> &'static str {
        match self {
            IntakeKind::Rda => "RDA",
            IntakeKind::Ai => "AI",
            IntakeKind::Rni => "RNI",
        }
    }
    pub const fn name(self) -> &'static str {
        match self {
            IntakeKind::Rda => "Recommended Dietary Allowance",
            IntakeKind::Ai => "Adequate Intake",
            IntakeKind::Rni => "Reference Nutrient Intake",
        }
    }
}

/// One row of the NIH ODS / IOM 1997 table. Ages in months so infant rows fit (0–6, 7–12 months).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RdaRow {
    pub label: &'static str,
    pub from_months: u16,
    /// Inclusive; `None` = no upper end.
    pub to_months: Option<u16>,
    pub kind: IntakeKind,
    pub male: u16,
    pub female: u16,
    pub pregnant: Option<u16>,
    pub lactating: Option<u16>,
}

const fn y(years: u16) -> u16 {
    years * 12
}

pub const RDA_SOURCES: &[SourceId] = &[SourceId::Ods, SourceId::Iom1997];

/// mg of elemental magnesium per day from food, drinks and supplements together.
pub const RDA_TABLE: &[RdaRow] = &[
    RdaRow {
        label: "0–6 months",
        from_months: 0,
        to_months: Some(6),
        kind: IntakeKind::Ai,
        male: 30,
        female: 30,
        pregnant: None,
        lactating: None,
    },
    RdaRow {
        label: "7–12 months",
        from_months: 7,
        to_months: Some(11),
        kind: IntakeKind::Ai,
        male: 75,
        female: 75,
        pregnant: None,
        lactating: None,
    },
    RdaRow {
        label: "1–3 years",
        from_months: y(1),
        to_months: Some(y(4) - 1),
        kind: IntakeKind::Rda,
        male: 80,
        female: 80,
        pregnant: None,
        lactating: None,
    },
    RdaRow {
        label: "4–8 years",
        from_months: y(4),
        to_months: Some(y(9) - 1),
        kind: IntakeKind::Rda,
        male: 130,
        female: 130,
        pregnant: None,
        lactating: None,
    },
    RdaRow {
        label: "9–13 years",
        from_months: y(9),
        to_months: Some(y(14) - 1),
        kind: IntakeKind::Rda,
        male: 240,
        female: 240,
        pregnant: None,
        lactating: None,
    },
    RdaRow {
        label: "14–18 years",
        from_months: y(14),
        to_months: Some(y(19) - 1),
        kind: IntakeKind::Rda,
        male: 410,
        female: 360,
        pregnant: Some(400),
        lactating: Some(360),
    },
    RdaRow {
        label: "19–30 years",
        from_months: y(19),
        to_months: Some(y(31) - 1),
        kind: IntakeKind::Rda,
        male: 400,
        female: 310,
        pregnant: Some(350),
        lactating: Some(310),
    },
    RdaRow {
        label: "31–50 years",
        from_months: y(31),
        to_months: Some(y(51) - 1),
        kind: IntakeKind::Rda,
        male: 420,
        female: 320,
        pregnant: Some(360),
        lactating: Some(320),
    },
    RdaRow {
        label: "51 years and over",
        from_months: y(51),
        to_months: None,
        kind: IntakeKind::Rda,
        male: 420,
        female: 320,
        pregnant: None,
        lactating: None,
    },
];

/// One row of the upper-limit table: magnesium from supplements and medicines, not food.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UlRow {
    pub label: &'static str,
    pub from_years: u8,
    pub to_years: Option<u8>,
    /// `None`: no UL is set (infants: no supplements).
    pub mg: Option<u16>,
}

pub const UL_SOURCES: &[SourceId] = &[SourceId::Ods, SourceId::Iom1997];

pub const UL_TABLE: &[UlRow] = &[
    UlRow {
        label: "under 1 year",
        from_years: 0,
        to_years: Some(0),
        mg: None,
    },
    UlRow {
        label: "1–3 years",
        from_years: 1,
        to_years: Some(3),
        mg: Some(65),
    },
    UlRow {
        label: "4–8 years",
        from_years: 4,
        to_years: Some(8),
        mg: Some(110),
    },
    UlRow {
        label: "9 years and over (incl. pregnancy and lactation)",
        from_years: 9,
        to_years: None,
        mg: Some(350),
    },
];

/// The EU's (SCF 2001) UL for age ≥ 4; `region=eu` applies it (`regional_tables::SCF_TABLE`).
pub const EU_UL_MG: u16 = 250;

/// Adults' RLS supplement range, mg elemental per day (seed article).
pub const RLS_RANGE_MG: (u16, u16) = (200, 300);
pub const RLS_RANGE_SOURCES: &[SourceId] = &[SourceId::Seed];

/// One requirement figure for the person, with the table row it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rda {
    pub mg: u16,
    pub kind: IntakeKind,
    pub row: &'static RdaRow,
    /// The authority of the table the row belongs to (`ods`/`iom1997`, `efsa2015`, `coma1991`).
    pub sources: &'static [SourceId],
}

/// A formal tolerable upper intake level (IOM, SCF) or a guidance level (UK EVM 2003, which is
/// not a formal upper limit: docs/medical-reference.md §2b).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitKind {
    UpperLimit,
    GuidanceLevel,
}

impl LimitKind {
    /// "UL", "guidance level".
    pub const fn abbr(self) -> &'static str {
        match self {
            LimitKind::UpperLimit => "UL",
            LimitKind::GuidanceLevel => "guidance level",
        }
    }
    /// For sentences: "upper limit", "guidance level".
    pub const fn noun(self) -> &'static str {
        match self {
            LimitKind::UpperLimit => "upper limit",
            LimitKind::GuidanceLevel => "guidance level",
        }
    }
}

/// The limit for magnesium from supplements and medicines that applies to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub mg: u16,
    pub kind: LimitKind,
    /// The region whose set gives the value (another region's when `fallback`).
    pub set: Region,
    /// The authority of that set (`ods`/`iom1997`, `scf2001`, `evm2003`).
    pub sources: &'static [SourceId],
    pub row: &'static UlRow,
    /// The chosen region sets no limit at this age: this is the lowest among the three sets.
    pub fallback: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoRlsRangeReason {
    AgeUnknown,
    UnderAdultAge,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// Empty while age is unknown; two rows for `age = 0` (both infant rows); otherwise one.
    /// Under 14 the sexes share a value, so sex is only needed from 14.
    pub rda: Vec<Rda>,
    /// `None` where no UL is set (infants) or the age is unknown. Always `limit`'s mg.
    pub ul_mg: Option<u16>,
    pub rls_range: Result<(u16, u16), NoRlsRangeReason>,
    /// Whose values these are (US unless `regional_requirement` chose another region).
    pub region: Region,
    /// The supplemental limit with its authority and kind; `None` as for `ul_mg`.
    pub limit: Option<Limit>,
    /// Age bands at this age for which the region's table sets no intake (EFSA: 0–6 months).
    pub intake_not_set: &'static [&'static str],
}

fn rows_for_age(age: u8) -> impl Iterator<Item = &'static RdaRow> {
    rows_in(RDA_TABLE, age)
}

/// The rows of an intake table for an age in whole years: every infant row (under 12 months)
/// for `age = 0`, else the row holding the age.
pub fn rows_in(table: &'static [RdaRow], age: u8) -> impl Iterator<Item = &'static RdaRow> {
    let months = u16::from(age) * 12;
    table.iter().filter(move |r| {
        if age == 0 {
            r.to_months.is_some_and(|t| t < 12)
        } else {
            months >= r.from_months && r.to_months.is_none_or(|t| months <= t)
        }
    })
}

pub(crate) fn rda_value(row: &RdaRow, sex: Option<Sex>, stage: LifeStage) -> Option<u16> {
    let by_stage = match stage {
        LifeStage::Pregnant => row.pregnant,
        LifeStage::Lactating => row.lactating,
        LifeStage::None => None,
    };
    by_stage.or(match sex {
        Some(Sex::Male) => Some(row.male),
        Some(Sex::Female) => Some(row.female),
        None if row.male == row.female => Some(row.male),
        None => None,
    })
}

pub fn ul_for_age(age: u8) -> Option<u16> {
    UL_TABLE
        .iter()
        .find(|r| age >= r.from_years && r.to_years.is_none_or(|t| age <= t))
        .and_then(|r| r.mg)
}

/// The row of a limit table holding an age, when it sets a value.
pub fn limit_row(table: &'static [UlRow], age: u8) -> Option<&'static UlRow> {
    table
        .iter()
        .find(|r| age >= r.from_years && r.to_years.is_none_or(|t| age <= t))
        .filter(|r| r.mg.is_some())
}

/// The US limit (IOM 1997, as NIH ODS gives it), which covers every age from 1.
fn us_limit(age: u8) -> Option<Limit> {
    limit_row(UL_TABLE, age).and_then(|row| {
        row.mg.map(|mg| Limit {
            mg,
            kind: LimitKind::UpperLimit,
            set: Region::Us,
            sources: UL_SOURCES,
            row,
            fallback: false,
        })
    })
}

/// The adults' RLS range, or why there is none at this age (the same in every region).
pub(crate) fn rls_range(age: u8) -> Result<(u16, u16), NoRlsRangeReason> {
    if age >= ADULT_AGE {
        Ok(RLS_RANGE_MG)
    } else {
        Err(NoRlsRangeReason::UnderAdultAge)
    }
}

pub fn requirement(person: &Person) -> Requirement {
    let Some(age) = person.age else {
        return Requirement {
            rda: vec![],
            ul_mg: None,
            rls_range: Err(NoRlsRangeReason::AgeUnknown),
            region: Region::Us,
            limit: None,
            intake_not_set: &[],
        };
    };
    let rda = rows_for_age(age)
        .filter_map(|row| {
            rda_value(row, person.sex, person.stage).map(|mg| Rda {
                mg,
                kind: row.kind,
                row,
                sources: RDA_SOURCES,
            })
        })
        .collect();
    Requirement {
        rda,
        ul_mg: ul_for_age(age),
        rls_range: rls_range(age),
        region: Region::Us,
        limit: us_limit(age),
        intake_not_set: &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rda(age: u8, sex: Sex, stage: LifeStage) -> Vec<u16> {
        requirement(&Person {
            age: Some(age),
            sex: Some(sex),
            stage,
        })
        .rda
        .iter()
        .map(|r| r.mg)
        .collect()
    }

    #[test]
    fn rda_table_row_by_row() {
        use LifeStage as L;
        use Sex::*;
        // (age in years, male, female, pregnant, lactating) — facts.md §1
        type Row = (u8, u16, u16, Option<u16>, Option<u16>);
        let rows: &[Row] = &[
            (1, 80, 80, None, None),
            (3, 80, 80, None, None),
            (4, 130, 130, None, None),
            (8, 130, 130, None, None),
            (9, 240, 240, None, None),
            (13, 240, 240, None, None),
            (14, 410, 360, Some(400), Some(360)),
            (18, 410, 360, Some(400), Some(360)),
            (19, 400, 310, Some(350), Some(310)),
            (30, 400, 310, Some(350), Some(310)),
            (31, 420, 320, Some(360), Some(320)),
            (50, 420, 320, Some(360), Some(320)),
            (51, 420, 320, None, None),
            (120, 420, 320, None, None),
        ];
        for &(age, m, f, p, l) in rows {
            assert_eq!(rda(age, Male, L::None), vec![m], "male {age}");
            assert_eq!(rda(age, Female, L::None), vec![f], "female {age}");
            if let Some(p) = p {
                assert_eq!(rda(age, Female, L::Pregnant), vec![p], "pregnant {age}");
            }
            if let Some(l) = l {
                assert_eq!(rda(age, Female, L::Lactating), vec![l], "lactating {age}");
            }
        }
    }

    #[test]
    fn infants_get_both_ai_rows_and_no_ul() {
        let r = requirement(&Person {
            age: Some(0),
            sex: None,
            stage: LifeStage::None,
        });
        assert_eq!(
            r.rda.iter().map(|x| (x.mg, x.kind)).collect::<Vec<_>>(),
            vec![(30, IntakeKind::Ai), (75, IntakeKind::Ai)]
        );
        assert_eq!(r.ul_mg, None);
        assert_eq!(r.rls_range, Err(NoRlsRangeReason::UnderAdultAge));
    }

    #[test]
    fn ul_table_row_by_row() {
        assert_eq!(ul_for_age(0), None);
        for (age, ul) in [
            (1, 65),
            (3, 65),
            (4, 110),
            (8, 110),
            (9, 350),
            (18, 350),
            (120, 350),
        ] {
            assert_eq!(ul_for_age(age), Some(ul), "age {age}");
        }
    }

    #[test]
    fn rls_range_only_for_adults() {
        let p = |age| {
            requirement(&Person {
                age: Some(age),
                sex: Some(Sex::Male),
                stage: LifeStage::None,
            })
            .rls_range
        };
        assert_eq!(p(17), Err(NoRlsRangeReason::UnderAdultAge));
        assert_eq!(p(18), Ok((200, 300)));
    }

    #[test]
    fn sex_needed_only_from_14() {
        let r = |age| {
            requirement(&Person {
                age: Some(age),
                sex: None,
                stage: LifeStage::None,
            })
            .rda
        };
        assert_eq!(r(10).len(), 1);
        assert!(r(14).is_empty());
    }
}
