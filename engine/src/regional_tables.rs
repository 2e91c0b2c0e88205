//! The EU and UK reference sets as data (docs/medical-reference.md §2b), beside the US tables in
//! `requirement`: EFSA 2015 adequate intakes, the SCF 2001 upper limit, COMA 1991 reference
//! nutrient intakes and the EVM 2003 guidance level. Each authority keeps its own age bands.

use crate::region::Region;
use crate::requirement::{
    IntakeKind, LimitKind, RdaRow, UlRow, EU_UL_MG, RDA_SOURCES, RDA_TABLE, UL_SOURCES, UL_TABLE,
};
use crate::source::SourceId;

const fn y(years: u16) -> u16 {
    years * 12
}

/// An intake row with one value for both sexes and no pregnancy or lactation figure.
const fn both(
    label: &'static str,
    from_months: u16,
    to_months: u16,
    kind: IntakeKind,
    mg: u16,
) -> RdaRow {
    RdaRow {
        label,
        from_months,
        to_months: Some(to_months),
        kind,
        male: mg,
        female: mg,
        pregnant: None,
        lactating: None,
    }
}

pub const EFSA_SOURCES: &[SourceId] = &[SourceId::Efsa2015];

/// EFSA 2015 adequate intakes, mg/day, with EFSA's bands (7–11 months, 1 to < 3 y, 3 to < 10 y,
/// 10 to < 18 y, 18 y and over). EFSA sets no value for 0–6 months (`EFSA_NOT_SET_INFANTS`).
pub const EFSA_TABLE: &[RdaRow] = &[
    both("7–11 months", 7, 11, IntakeKind::Ai, 80),
    both("1–2 years", y(1), y(3) - 1, IntakeKind::Ai, 170),
    both("3–9 years", y(3), y(10) - 1, IntakeKind::Ai, 230),
    RdaRow {
        label: "10–17 years",
        from_months: y(10),
        to_months: Some(y(18) - 1),
        kind: IntakeKind::Ai,
        male: 300,
        female: 250,
        pregnant: Some(300),
        lactating: Some(300),
    },
    RdaRow {
        label: "18 years and over",
        from_months: y(18),
        to_months: None,
        kind: IntakeKind::Ai,
        male: 350,
        female: 300,
        pregnant: Some(300),
        lactating: Some(300),
    },
];

/// Infant bands for which EFSA sets no adequate intake.
pub const EFSA_NOT_SET_INFANTS: &[&str] = &["0–6 months"];

pub const SCF_SOURCES: &[SourceId] = &[SourceId::Scf2001];

/// SCF 2001 (reprinted by EFSA 2006): 250 mg/day from supplements, water and foods with added
/// magnesium from age 4, pregnancy and lactation included; none set for 1–3 y or infants.
pub const SCF_TABLE: &[UlRow] = &[
    UlRow {
        label: "under 1 year",
        from_years: 0,
        to_years: Some(0),
        mg: None,
    },
    UlRow {
        label: "1–3 years (insufficient data)",
        from_years: 1,
        to_years: Some(3),
        mg: None,
    },
    UlRow {
        label: "4 years and over (incl. pregnancy and lactation)",
        from_years: 4,
        to_years: None,
        mg: Some(EU_UL_MG),
    },
];

pub const COMA_SOURCES: &[SourceId] = &[SourceId::Coma1991];

/// COMA 1991: lactation adds this to the woman's RNI at any age; pregnancy adds nothing.
pub const COMA_LACTATION_EXTRA_MG: u16 = 50;

/// A COMA row for an age band where girls may be pregnant or breastfeeding (14–50): pregnancy
/// keeps the female value (`None` falls back to it), lactation adds `COMA_LACTATION_EXTRA_MG`.
const fn coma_women(
    label: &'static str,
    from_months: u16,
    to_months: Option<u16>,
    male: u16,
    female: u16,
) -> RdaRow {
    RdaRow {
        label,
        from_months,
        to_months,
        kind: IntakeKind::Rni,
        male,
        female,
        pregnant: None,
        lactating: Some(female + COMA_LACTATION_EXTRA_MG),
    }
}

/// COMA 1991 Reference Nutrient Intakes, mg/day. The 10–12 months row ends at 11 months so that
/// age 1 (12 months) falls in 1–3 years only.
pub const COMA_TABLE: &[RdaRow] = &[
    both("0–3 months", 0, 3, IntakeKind::Rni, 55),
    both("4–6 months", 4, 6, IntakeKind::Rni, 60),
    both("7–9 months", 7, 9, IntakeKind::Rni, 75),
    both("10–12 months", 10, 11, IntakeKind::Rni, 80),
    both("1–3 years", y(1), y(4) - 1, IntakeKind::Rni, 85),
    both("4–6 years", y(4), y(7) - 1, IntakeKind::Rni, 120),
    both("7–10 years", y(7), y(11) - 1, IntakeKind::Rni, 200),
    coma_women("11–14 years", y(11), Some(y(15) - 1), 280, 280),
    coma_women("15–18 years", y(15), Some(y(19) - 1), 300, 300),
    coma_women("19 years and over", y(19), None, 300, 270),
];

pub const EVM_SOURCES: &[SourceId] = &[SourceId::Evm2003];

/// EVM 2003 guidance level for supplemental magnesium, adults; not a formal upper limit.
pub const EVM_GUIDANCE_MG: u16 = 400;

pub const EVM_TABLE: &[UlRow] = &[
    UlRow {
        label: "under 19 years (none set)",
        from_years: 0,
        to_years: Some(18),
        mg: None,
    },
    UlRow {
        label: "adults, 19 years and over",
        from_years: 19,
        to_years: None,
        mg: Some(EVM_GUIDANCE_MG),
    },
];

/// One region's requirement table.
#[derive(Debug, PartialEq)]
pub struct IntakeSet {
    pub region: Region,
    pub rows: &'static [RdaRow],
    pub sources: &'static [SourceId],
    /// Infant bands without a value, shown as "none set".
    pub not_set_infants: &'static [&'static str],
}

/// One region's supplemental limit table.
#[derive(Debug, PartialEq)]
pub struct LimitSet {
    pub region: Region,
    pub kind: LimitKind,
    pub rows: &'static [UlRow],
    pub sources: &'static [SourceId],
}

pub const INTAKE_SETS: [IntakeSet; 3] = [
    IntakeSet {
        region: Region::Us,
        rows: RDA_TABLE,
        sources: RDA_SOURCES,
        not_set_infants: &[],
    },
    IntakeSet {
        region: Region::Eu,
        rows: EFSA_TABLE,
        sources: EFSA_SOURCES,
        not_set_infants: EFSA_NOT_SET_INFANTS,
    },
    IntakeSet {
        region: Region::Uk,
        rows: COMA_TABLE,
        sources: COMA_SOURCES,
        not_set_infants: &[],
    },
];

pub const LIMIT_SETS: [LimitSet; 3] = [
    LimitSet {
        region: Region::Us,
        kind: LimitKind::UpperLimit,
        rows: UL_TABLE,
        sources: UL_SOURCES,
    },
    LimitSet {
        region: Region::Eu,
        kind: LimitKind::UpperLimit,
        rows: SCF_TABLE,
        sources: SCF_SOURCES,
    },
    LimitSet {
        region: Region::Uk,
        kind: LimitKind::GuidanceLevel,
        rows: EVM_TABLE,
        sources: EVM_SOURCES,
    },
];

pub fn intake_set(region: Region) -> &'static IntakeSet {
    match region {
        Region::Us => &INTAKE_SETS[0],
        Region::Eu => &INTAKE_SETS[1],
        Region::Uk => &INTAKE_SETS[2],
    }
}

pub fn limit_set(region: Region) -> &'static LimitSet {
    match region {
        Region::Us => &LIMIT_SETS[0],
        Region::Eu => &LIMIT_SETS[1],
        Region::Uk => &LIMIT_SETS[2],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_are_indexed_by_their_region() {
        for r in Region::ALL {
            assert_eq!(intake_set(r).region, r);
            assert_eq!(limit_set(r).region, r);
        }
    }

    /// Every month from 0 to 120 years lies in exactly one row of each intake table, except the
    /// first six months in the EFSA table.
    #[test]
    fn intake_bands_do_not_overlap_or_leave_gaps() {
        for set in &INTAKE_SETS {
            for month in 0..=(120 * 12) {
                let n = set
                    .rows
                    .iter()
                    .filter(|r| month >= r.from_months && r.to_months.is_none_or(|t| month <= t))
                    .count();
                let expected = usize::from(!(set.region == Region::Eu && month <= 6));
                assert_eq!(n, expected, "{:?} month {month}", set.region);
            }
        }
    }

    #[test]
    fn limit_bands_cover_every_age_once() {
        for set in &LIMIT_SETS {
            for age in 0..=120u8 {
                let n = set
                    .rows
                    .iter()
                    .filter(|r| age >= r.from_years && r.to_years.is_none_or(|t| age <= t))
                    .count();
                assert_eq!(n, 1, "{:?} age {age}", set.region);
            }
        }
    }
}
