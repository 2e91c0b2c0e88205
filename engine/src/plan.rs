//! The supplement plan: how much, in how many whole units, and how to start.

use crate::evaluate::NoPlan;
use crate::product::Product;
use crate::requirement::RLS_RANGE_MG;

/// The RLS dose the app suggests when the person sets none: the low end of the range.
pub const DEFAULT_TARGET_MG: f64 = RLS_RANGE_MG.0 as f64;
/// Week one: a lower evening dose to test tolerance (product policy, facts.md §8).
pub const START_DOSE_MG: f64 = 100.0;
pub const START_WEEKS: u8 = 1;
/// Trials lasted 4–8 weeks: judge the effect after 6–8.
pub const REASSESS_WEEKS: (u8, u8) = (6, 8);
/// More units a day than this usually means a label misread (e.g. compound read as elemental).
pub const MANY_UNITS: u32 = 10;
/// Above this daily dose the seed advises a morning and an evening portion.
pub const SPLIT_ABOVE_MG: f64 = 200.0;

/// Rounding rule: the largest whole number of units that does not exceed the target, but at
/// least one. Never rounding up keeps the plan at or below what the person chose; a plan whose
/// one unit is already above the target is refused (`NoPlan::UnitOverTarget`). The forms screen
/// uses the one-unit minimum as is, to compare what a product would give.
pub fn whole_units(target_mg: f64, per_unit_mg: f64) -> u32 {
    // The small tolerance keeps 3 × 66.67 from becoming 2 units through floating-point error.
    let n = (target_mg / per_unit_mg + 1e-9).floor();
    if n.is_finite() && n >= 1.0 {
        n.min(f64::from(u32::MAX)) as u32
    } else {
        1
    }
}

/// One unit alone is more than the target: no whole-unit plan stays at or below it. The small
/// tolerance keeps a unit equal to the target (after floating-point error) a valid one-unit plan.
pub fn unit_over_target(per_unit_mg: f64, target_mg: f64) -> bool {
    per_unit_mg > target_mg * (1.0 + 1e-9)
}

/// What one product delivers in the plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitPlan {
    pub product: Product,
    pub elemental_per_unit: f64,
    pub compound_per_unit: f64,
    pub units_per_day: u32,
}

impl UnitPlan {
    pub fn compound_mg_per_day(&self) -> f64 {
        f64::from(self.units_per_day) * self.compound_per_unit
    }
}

/// One phase of starting: from week `from_week` (1-based) until `to_week` (inclusive) or onward.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub from_week: u8,
    pub to_week: Option<u8>,
    pub mg: f64,
    pub units: Option<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// What the person asked for (or the default).
    pub target_mg: f64,
    pub target_is_default: bool,
    /// Present when the label's mg per unit is known.
    pub units: Option<UnitPlan>,
    /// Elemental mg/day the plan delivers: units × per-unit mg, or the target without a product.
    pub daily_mg: f64,
    /// Lower first week, then the full dose.
    pub titration: Vec<Step>,
}

impl Plan {
    /// The plan for `target_mg` (`target_is_default`: the app suggested it) with the product, if
    /// its label is known. Never more than the target: when one unit alone is more, there is no
    /// plan with this product.
    pub fn new(
        target_mg: f64,
        target_is_default: bool,
        product: Option<Product>,
    ) -> Result<Plan, NoPlan> {
        let units = product.map(|product| {
            let elemental_per_unit = product.elemental_per_unit();
            UnitPlan {
                product,
                elemental_per_unit,
                compound_per_unit: product.compound_per_unit(),
                units_per_day: whole_units(target_mg, elemental_per_unit),
            }
        });
        if let Some(u) = units.filter(|u| unit_over_target(u.elemental_per_unit, target_mg)) {
            return Err(NoPlan::UnitOverTarget {
                unit_mg: u.elemental_per_unit,
                target_mg,
                suggested: target_is_default,
                room_mg: None,
            });
        }
        let daily_mg = units.map_or(target_mg, |u| {
            f64::from(u.units_per_day) * u.elemental_per_unit
        });
        let titration = titration(daily_mg, units.as_ref());
        Ok(Plan {
            target_mg,
            target_is_default,
            units,
            daily_mg,
            titration,
        })
    }

    /// Whether the first week is lower than the full dose.
    pub fn starts_lower(&self) -> bool {
        self.titration.len() > 1
    }

    pub fn units_per_day(&self) -> Option<u32> {
        self.units.map(|u| u.units_per_day)
    }

    /// The seed's split applies only when there is more than one unit to split.
    pub fn is_split(&self) -> bool {
        self.daily_mg > SPLIT_ABOVE_MG && self.units_per_day().is_none_or(|n| n >= 2)
    }

    /// (morning, evening) portions of the full daily dose: mg and units. Evening gets the larger
    /// half because symptoms peak then.
    pub fn portions(&self) -> Vec<(f64, Option<u32>)> {
        if !self.is_split() {
            return vec![(self.daily_mg, self.units_per_day())];
        }
        match self.units {
            Some(u) => {
                let morning = u.units_per_day / 2;
                let evening = u.units_per_day - morning;
                vec![
                    (f64::from(morning) * u.elemental_per_unit, Some(morning)),
                    (f64::from(evening) * u.elemental_per_unit, Some(evening)),
                ]
            }
            None => vec![(self.daily_mg / 2.0, None), (self.daily_mg / 2.0, None)],
        }
    }
}

fn titration(daily_mg: f64, units: Option<&UnitPlan>) -> Vec<Step> {
    let (start_mg, start_units) = match units {
        Some(u) => {
            let n = whole_units(START_DOSE_MG, u.elemental_per_unit).min(u.units_per_day);
            (f64::from(n) * u.elemental_per_unit, Some(n))
        }
        None => (START_DOSE_MG.min(daily_mg), None),
    };
    let full = Step {
        from_week: START_WEEKS + 1,
        to_week: None,
        mg: daily_mg,
        units: units.map(|u| u.units_per_day),
    };
    if start_mg < daily_mg {
        vec![
            Step {
                from_week: 1,
                to_week: Some(START_WEEKS),
                mg: start_mg,
                units: start_units,
            },
            full,
        ]
    } else {
        vec![Step {
            from_week: 1,
            ..full
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::FormId;
    use crate::product::Basis;

    #[test]
    fn rounding_never_exceeds_the_target_but_gives_at_least_one_unit() {
        assert_eq!(whole_units(200.0, 100.0), 2);
        assert_eq!(whole_units(200.0, 120.0), 1);
        assert_eq!(whole_units(200.0, 66.666_666_666_666_67), 3);
        assert_eq!(whole_units(50.0, 400.0), 1);
    }

    #[test]
    fn default_plan_is_200_mg_started_at_100() {
        let p = Plan::new(DEFAULT_TARGET_MG, true, None).unwrap();
        assert_eq!(
            (p.target_mg, p.daily_mg, p.target_is_default),
            (200.0, 200.0, true)
        );
        assert_eq!(
            p.titration,
            vec![
                Step {
                    from_week: 1,
                    to_week: Some(1),
                    mg: 100.0,
                    units: None
                },
                Step {
                    from_week: 2,
                    to_week: None,
                    mg: 200.0,
                    units: None
                },
            ]
        );
        assert!(!p.is_split());
    }

    #[test]
    fn compound_label_plan() {
        // 1000 mg citrate compound = 161.6 mg elemental; 250 target → 1 unit.
        let product = Product {
            form: FormId::Citrate,
            unit_mg: 1000.0,
            basis: Basis::Compound,
        };
        let p = Plan::new(350.0, false, Some(product)).unwrap();
        let u = p.units.unwrap();
        assert_eq!(u.units_per_day, 2);
        assert!((p.daily_mg - 323.26).abs() < 0.01);
        assert!((u.compound_mg_per_day() - 2000.0).abs() < 1e-9);
        assert!(p.is_split());
        assert_eq!(
            p.portions().iter().map(|x| x.1).collect::<Vec<_>>(),
            [Some(1), Some(1)]
        );
    }

    #[test]
    fn split_gives_evening_the_larger_half() {
        let product = Product {
            form: FormId::Glycinate,
            unit_mg: 100.0,
            basis: Basis::Elemental,
        };
        let p = Plan::new(300.0, false, Some(product)).unwrap();
        assert_eq!(p.portions(), vec![(100.0, Some(1)), (200.0, Some(2))]);
        assert_eq!(
            p.titration[0],
            Step {
                from_week: 1,
                to_week: Some(1),
                mg: 100.0,
                units: Some(1)
            }
        );
    }

    #[test]
    fn one_unit_above_the_target_gives_no_plan() {
        let product = Product {
            form: FormId::Oxide,
            unit_mg: 400.0,
            basis: Basis::Elemental,
        };
        assert_eq!(
            Plan::new(200.0, true, Some(product)),
            Err(NoPlan::UnitOverTarget {
                unit_mg: 400.0,
                target_mg: 200.0,
                suggested: true,
                room_mg: None
            })
        );
        let p = Plan::new(400.0, false, Some(product)).unwrap();
        assert_eq!(
            (p.daily_mg, p.units_per_day(), p.starts_lower()),
            (400.0, Some(1), false)
        );
    }
}
