//! The supplement plan: how much, in how many whole units, and how to start
//! (docs/medical-reference.md §8).
//!
//! With no target of the person's, the suggestion is the whole-unit amount closest to the low end
//! of the RLS range, inside the range and inside the room the upper limit leaves beside other
//! products; failing that, the largest whole-unit amount below the range that fits the room. A
//! target the person types is honoured up to that room and capped there. No plan ever exceeds the
//! supplemental limit.

use crate::product::Product;
use crate::region::Region;
use crate::requirement::{Limit as SupplementLimit, LimitKind, RLS_RANGE_MG};
use crate::units::{UnitKind, Units};

/// The RLS dose a suggestion aims at: the low end of the range.
pub const DEFAULT_TARGET_MG: f64 = RLS_RANGE_MG.0 as f64;
/// Week one: a lower evening dose to test tolerance (product policy, docs §8).
pub const START_DOSE_MG: f64 = 100.0;
pub const START_WEEKS: u8 = 1;
/// Trials lasted 4–8 weeks: judge the effect after 6–8.
pub const REASSESS_WEEKS: (u8, u8) = (6, 8);
/// More units a day than this is unusual: a finding says so.
pub const MANY_UNITS: u32 = 10;
/// More units a day than this: no plan, a misread label is likely (docs §8).
pub const MAX_UNITS: u32 = 20;
/// Above this daily dose the seed advises a morning and an evening portion.
pub const SPLIT_ABOVE_MG: f64 = 200.0;

/// Floating-point slack when comparing whole-unit amounts with a bound (3 × 66.67 is 200).
const SLACK: f64 = 1e-9;

/// Why there is no dose to show.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NoPlan {
    AgeUnknown,
    Infant,
    UnderAdultAge,
    /// A `stop` finding stands.
    Stopped,
    /// Blood magnesium at the top of or above the reference range: no new dose is suggested (a
    /// target the person types is still planned, with the caution).
    SerumHighNormal,
    /// One unit of the product (elemental mg) is more than the person's own target, which is
    /// within the room the upper limit leaves (`room_mg`, when a limit is set).
    UnitOverTarget {
        unit_mg: f64,
        target_mg: f64,
        room_mg: Option<f64>,
    },
    /// No target typed, and one unit alone is above the RLS range (e.g. magnesium oxide 500 mg).
    UnitAboveRange {
        unit_mg: f64,
        range_max_mg: u16,
    },
    /// One unit alone is more than what the upper limit leaves beside other products.
    UnitAboveRoom {
        unit_mg: f64,
        room_mg: f64,
        ul_mg: u16,
    },
    /// The plan would need this many units a day, more than `MAX_UNITS`.
    TooManyUnits {
        units: u32,
        unit_mg: f64,
    },
    /// Magnesium from other products leaves no room under the upper limit, or (for a suggestion
    /// without a product) less than a starting dose.
    NoRoomUnderUl {
        other_mg: f64,
        ul_mg: u16,
    },
}

/// How a sentence names the supplemental limit: an upper limit (US, EU) or a guidance level (UK),
/// and, when the chosen region sets none at this age, whose it is and why it applies
/// (docs/medical-reference.md §2b).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LimitName {
    pub kind: LimitKind,
    /// The set the value comes from.
    pub set: Region,
    /// The region the person chose.
    pub region: Region,
    /// The chosen region sets none at this age: the lowest of the three applies.
    pub fallback: bool,
}

impl LimitName {
    /// The US upper limit (the default region).
    pub const US: LimitName = LimitName {
        kind: LimitKind::UpperLimit,
        set: Region::Us,
        region: Region::Us,
        fallback: false,
    };
    pub fn of(region: Region, limit: &SupplementLimit) -> LimitName {
        LimitName {
            kind: limit.kind,
            set: limit.set,
            region,
            fallback: limit.fallback,
        }
    }
    /// "upper limit", "guidance level", or for a borrowed value "EU upper limit (the UK sets
    /// none at this age, so the lowest of the US, EU and UK limits applies)".
    pub fn noun(self) -> String {
        let kind = self.kind.noun();
        if self.fallback {
            format!(
                "{} {kind} (the {} sets none at this age, so the lowest of the US, EU and UK limits applies)",
                self.set.short(),
                self.region.short()
            )
        } else {
            kind.to_owned()
        }
    }
}

/// The supplemental limit that applies, and the magnesium other products already give.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limit {
    pub ul_mg: u16,
    pub other_mg: f64,
    pub name: LimitName,
}

impl Limit {
    /// A US upper limit of `ul_mg` beside `other_mg` from other products.
    pub const fn us(ul_mg: u16, other_mg: f64) -> Limit {
        Limit {
            ul_mg,
            other_mg,
            name: LimitName::US,
        }
    }
    /// What the limit leaves for this plan.
    pub fn room(self) -> f64 {
        f64::from(self.ul_mg) - self.other_mg
    }
}

/// How the plan's daily amount was chosen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Choice {
    /// The person's own target, within the room under the limit.
    Typed,
    /// The person's target was above what the limit leaves: the plan stops at `room_mg`.
    Capped { room_mg: f64 },
    /// Suggested, inside the RLS range.
    InRange,
    /// Suggested below the range: the largest whole-unit amount that fits. `by_room`: the room
    /// under the limit (not the unit size) kept it there.
    BelowRange { by_room: bool },
}

/// Rounding rule: the largest whole number of units that does not exceed the target, but at
/// least one. Never rounding up keeps the plan at or below what the person chose; a plan whose
/// one unit is already above the target is refused. The forms screen uses the one-unit minimum as
/// is, to compare what a product would give.
pub fn whole_units(target_mg: f64, per_unit_mg: f64) -> u32 {
    let n = (target_mg / per_unit_mg + SLACK).floor();
    if n.is_finite() && n >= 1.0 {
        n.min(f64::from(u32::MAX)) as u32
    } else {
        1
    }
}

/// The fewest whole units that reach `mg`.
fn units_reaching(mg: f64, per_unit_mg: f64) -> u32 {
    let n = (mg / per_unit_mg - SLACK).ceil();
    if n.is_finite() && n >= 1.0 {
        n.min(f64::from(u32::MAX)) as u32
    } else {
        1
    }
}

/// One unit alone is more than the target: no whole-unit plan stays at or below it. The small
/// tolerance keeps a unit equal to the target (after floating-point error) a valid one-unit plan.
pub fn unit_over_target(per_unit_mg: f64, target_mg: f64) -> bool {
    per_unit_mg > target_mg * (1.0 + SLACK)
}

/// What one product delivers in the plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitPlan {
    pub product: Product,
    pub elemental_per_unit: f64,
    pub compound_per_unit: f64,
    pub units_per_day: Units,
    /// Tablet, capsule, sachet, scoop or ml: the word every sentence uses.
    pub kind: UnitKind,
    /// The plan counts half units (a divisible product where no whole-unit amount fitted).
    pub in_halves: bool,
}

impl UnitPlan {
    pub fn compound_mg_per_day(&self) -> f64 {
        self.units_per_day.count() * self.compound_per_unit
    }
    /// Elemental mg in `units`.
    pub fn mg(&self, units: Units) -> f64 {
        units.count() * self.elemental_per_unit
    }
    /// The smallest step the plan counts in, in halves (1 or 2).
    fn step_halves(&self) -> u32 {
        if self.in_halves {
            1
        } else {
            2
        }
    }
}

/// One phase of starting: from week `from_week` (1-based) until `to_week` (inclusive) or onward.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub from_week: u8,
    pub to_week: Option<u8>,
    pub mg: f64,
    pub units: Option<Units>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// What the person asked for, or the suggested amount.
    pub target_mg: f64,
    pub target_is_default: bool,
    pub choice: Choice,
    /// Present when the label's mg per unit is known.
    pub units: Option<UnitPlan>,
    /// Elemental mg/day the plan delivers: units × per-unit mg, or the amount without a product.
    pub daily_mg: f64,
    /// Lower first week, then the full dose (one step for a dose already taken).
    pub titration: Vec<Step>,
    /// The limit the plan was kept under, for naming it.
    pub limit: Option<Limit>,
    /// The person's typed dose is the dose they already take (blood magnesium at the top of its
    /// range): no lower first week, nothing to start or raise (docs/medical-reference.md §4).
    pub current: bool,
}

/// The plan for a typed target (`None`: the app suggests one), with the product if its label is
/// known, under `limit` when one is set; tablets.
pub fn plan(
    typed_mg: Option<f64>,
    product: Option<Product>,
    limit: Option<Limit>,
) -> Result<Plan, NoPlan> {
    plan_units(typed_mg, product, UnitKind::Tablet, limit)
}

/// As `plan`, for a product whose units are `kind`: sachets, scoops and liquids may be planned in
/// half units where no whole-unit amount fits (whole units whenever they do).
pub fn plan_units(
    typed_mg: Option<f64>,
    product: Option<Product>,
    kind: UnitKind,
    limit: Option<Limit>,
) -> Result<Plan, NoPlan> {
    let whole = plan_in(typed_mg, product, kind, limit, false);
    let whole_fits = match &whole {
        Ok(p) => typed_mg.is_some() || p.choice == Choice::InRange,
        Err(_) => false,
    };
    if whole_fits || !kind.divisible() || product.is_none() {
        return whole;
    }
    match (plan_in(typed_mg, product, kind, limit, true), whole) {
        (Ok(half), Ok(whole)) if half.choice != Choice::InRange => Ok(whole),
        (Ok(half), _) => Ok(half),
        (Err(_), whole) => whole,
    }
}

fn plan_in(
    typed_mg: Option<f64>,
    product: Option<Product>,
    kind: UnitKind,
    limit: Option<Limit>,
    in_halves: bool,
) -> Result<Plan, NoPlan> {
    let room = limit.map(Limit::room);
    let no_room = |l: Limit| NoPlan::NoRoomUnderUl {
        other_mg: l.other_mg,
        ul_mg: l.ul_mg,
    };
    if let Some(l) = limit.filter(|l| l.room() <= 0.0) {
        return Err(no_room(l));
    }
    let per_unit = product.map(|p| p.elemental_per_unit());
    // The step the plan counts in: a unit, or half of one.
    let step = per_unit.map(|u| if in_halves { u / 2.0 } else { u });
    let (amount, choice) = match typed_mg {
        Some(t) => match room.filter(|r| t > *r) {
            Some(r) => (r, Choice::Capped { room_mg: r }),
            None => (t, Choice::Typed),
        },
        None => match step {
            None => {
                let amount = room.map_or(DEFAULT_TARGET_MG, |r| r.min(DEFAULT_TARGET_MG));
                // Without a product, less room than a starting dose gives no suggestion at all.
                if let Some(l) = limit.filter(|_| amount < START_DOSE_MG) {
                    return Err(no_room(l));
                }
                let by_room = amount < DEFAULT_TARGET_MG;
                let choice = if by_room {
                    Choice::BelowRange { by_room }
                } else {
                    Choice::InRange
                };
                (amount, choice)
            }
            Some(st) => suggest(st, limit)?,
        },
    };
    let units = match (product, per_unit, step) {
        (Some(product), Some(u), Some(st)) => {
            if unit_over_target(st, amount) {
                return Err(match (choice, limit) {
                    (Choice::Capped { room_mg }, Some(l)) => NoPlan::UnitAboveRoom {
                        unit_mg: st,
                        room_mg,
                        ul_mg: l.ul_mg,
                    },
                    _ => NoPlan::UnitOverTarget {
                        unit_mg: st,
                        target_mg: amount,
                        room_mg: room,
                    },
                });
            }
            let n = whole_units(amount, st);
            let units_per_day = if in_halves {
                Units::from_halves(n)
            } else {
                Units::whole(n)
            }
            .of(kind);
            if units_per_day.count() > f64::from(MAX_UNITS) {
                return Err(NoPlan::TooManyUnits {
                    units: n,
                    unit_mg: u,
                });
            }
            Some(UnitPlan {
                product,
                elemental_per_unit: u,
                compound_per_unit: product.compound_per_unit(),
                units_per_day,
                kind,
                in_halves,
            })
        }
        _ => None,
    };
    let daily_mg = units.map_or(amount, |u| u.mg(u.units_per_day));
    let target_is_default = typed_mg.is_none();
    Ok(Plan {
        target_mg: typed_mg.unwrap_or(daily_mg),
        target_is_default,
        choice,
        units,
        daily_mg,
        titration: titration(daily_mg, units.as_ref()),
        limit,
        current: false,
    })
}

/// The suggested whole-unit amount for units of `u` mg: the closest to the range's low end inside
/// the range and the room; else the largest below the range that fits the room; else none, with
/// the reason.
fn suggest(u: f64, limit: Option<Limit>) -> Result<(f64, Choice), NoPlan> {
    let (lo, hi) = (f64::from(RLS_RANGE_MG.0), f64::from(RLS_RANGE_MG.1));
    let room = limit.map(Limit::room);
    let top = room.map_or(hi, |r| r.min(hi));
    let reaching = units_reaching(lo, u);
    let in_range = f64::from(reaching) * u;
    if in_range <= top * (1.0 + SLACK) {
        return Ok((in_range, Choice::InRange));
    }
    let below = room.map_or(lo, |r| r.min(lo));
    if !unit_over_target(u, below) {
        let n = whole_units(below, u);
        let by_room = room.is_some_and(|r| r < in_range.min(hi));
        return Ok((f64::from(n) * u, Choice::BelowRange { by_room }));
    }
    Err(match (limit, room) {
        (Some(l), Some(r)) if u > r => NoPlan::UnitAboveRoom {
            unit_mg: u,
            room_mg: r,
            ul_mg: l.ul_mg,
        },
        _ => NoPlan::UnitAboveRange {
            unit_mg: u,
            range_max_mg: RLS_RANGE_MG.1,
        },
    })
}

impl Plan {
    /// Whether the first week is lower than the full dose.
    pub fn starts_lower(&self) -> bool {
        self.titration.len() > 1
    }

    /// The lower first week, when there is one.
    pub fn first_week(&self) -> Option<Step> {
        self.starts_lower().then(|| self.titration[0])
    }

    pub fn units_per_day(&self) -> Option<Units> {
        self.units.map(|u| u.units_per_day)
    }

    /// The seed's split applies only when there is more than one unit to split.
    pub fn is_split(&self) -> bool {
        self.daily_mg > SPLIT_ABOVE_MG && self.units_per_day().is_none_or(|n| n.count() >= 2.0)
    }

    /// The dose already taken (blood magnesium at the top of its range, a typed dose): one step,
    /// no lower first week, nothing to start or raise.
    pub fn as_current(mut self) -> Plan {
        self.current = true;
        self.titration = vec![Step {
            from_week: 1,
            to_week: None,
            mg: self.daily_mg,
            units: self.units_per_day(),
        }];
        self
    }

    /// "2 tablets", "½ sachet" for `units` of this plan's product (`None` without a product).
    pub fn units_text(&self, units: Units) -> Option<String> {
        self.units.map(|_| units.text())
    }

    /// (morning, evening) portions of the full daily dose: mg and units. Evening gets the larger
    /// half because symptoms peak then.
    pub fn portions(&self) -> Vec<(f64, Option<Units>)> {
        if !self.is_split() {
            return vec![(self.daily_mg, self.units_per_day())];
        }
        match self.units {
            Some(u) => {
                let morning = u.units_per_day.half_down(u.step_halves());
                let evening =
                    Units::from_halves(u.units_per_day.halves() - morning.halves()).of(u.kind);
                vec![
                    (u.mg(morning), Some(morning)),
                    (u.mg(evening), Some(evening)),
                ]
            }
            None => vec![(self.daily_mg / 2.0, None), (self.daily_mg / 2.0, None)],
        }
    }

    /// Why this amount, in a few words for beside the daily dose (empty for the person's own
    /// target or a dose already taken); uses the constants it states and names the product's kind
    /// and the kind of limit.
    pub fn choice_note(&self) -> String {
        let (lo, hi) = RLS_RANGE_MG;
        let per_unit = self.units.is_some();
        let halves = self.in_halves();
        let many = self.kind_many();
        match self.choice {
            _ if self.current => String::new(),
            Choice::Typed => String::new(),
            Choice::Capped { room_mg } => format!(
                "capped at the {} mg a day the {} leaves for supplements; a higher dose needs a clinician's prescription",
                crate::decimal::amount(room_mg),
                self.limit_noun()
            ),
            Choice::InRange if halves => format!(
                "suggested: no whole number of {many} lies in the {lo}–{hi} mg RLS range, so half {}s: the amount closest to {lo} mg",
                self.kind_one()
            ),
            Choice::InRange if per_unit => format!(
                "suggested: the number of whole {many} closest to {lo} mg in the {lo}–{hi} mg RLS range"
            ),
            Choice::InRange => format!("suggested start for RLS: the low end of the {lo}–{hi} mg range"),
            Choice::BelowRange { by_room: true } if halves => format!(
                "suggested: no whole number of {many} fits the {lo}–{hi} mg RLS range within the {}, so the most half {}s below {lo} mg that fit",
                self.limit_noun(),
                self.kind_one()
            ),
            Choice::BelowRange { by_room: true } => format!(
                "suggested: kept within the {} beside your other magnesium",
                self.limit_noun()
            ),
            Choice::BelowRange { by_room: false } if halves => format!(
                "suggested: the most half {}s below {lo} mg, since one more would go above the {lo}–{hi} mg RLS range",
                self.kind_one()
            ),
            Choice::BelowRange { by_room: false } => format!(
                "suggested: the most whole {many} below {lo} mg, since one more would go above the {lo}–{hi} mg RLS range"
            ),
        }
    }
}

impl Plan {
    /// "upper limit", "guidance level" (docs/medical-reference.md §2b).
    pub fn limit_noun(&self) -> String {
        self.limit.map_or(LimitName::US, |l| l.name).noun()
    }
    fn in_halves(&self) -> bool {
        self.units.is_some_and(|u| u.in_halves)
    }
    /// "tablet", "sachet": the product's kind (tablet without a product).
    pub fn kind_one(&self) -> &'static str {
        self.units.map_or(UnitKind::Tablet, |u| u.kind).one()
    }
    fn kind_many(&self) -> &'static str {
        self.units.map_or(UnitKind::Tablet, |u| u.kind).many()
    }
}

/// "the first week" (or weeks), as the start-low sentences say it.
pub fn start_period() -> String {
    if START_WEEKS == 1 {
        "the first week".to_owned()
    } else {
        format!("the first {START_WEEKS} weeks")
    }
}

fn titration(daily_mg: f64, units: Option<&UnitPlan>) -> Vec<Step> {
    // One unit (half a unit of a divisible product) when that is above the starting dose: the
    // smallest step the product allows.
    let (start_mg, start_units) = match units {
        Some(u) => {
            let halves = if u.kind.divisible() {
                whole_units(START_DOSE_MG, u.elemental_per_unit / 2.0)
            } else {
                whole_units(START_DOSE_MG, u.elemental_per_unit).saturating_mul(2)
            };
            let n = Units::from_halves(halves).of(u.kind).min(u.units_per_day);
            (u.mg(n), Some(n))
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

    const ADULT: Option<Limit> = Some(Limit::us(350, 0.0));

    fn product(form: FormId, unit_mg: f64, basis: Basis) -> Option<Product> {
        Some(Product {
            form,
            unit_mg,
            basis,
        })
    }

    fn elemental(unit_mg: f64) -> Option<Product> {
        product(FormId::Glycinate, unit_mg, Basis::Elemental)
    }

    fn suggested(p: Option<Product>, limit: Option<Limit>) -> Result<(f64, Option<Units>), NoPlan> {
        plan(None, p, limit).map(|p| (p.daily_mg, p.units_per_day()))
    }

    #[test]
    fn rounding_never_exceeds_the_target_but_gives_at_least_one_unit() {
        assert_eq!(whole_units(200.0, 100.0), 2);
        assert_eq!(whole_units(200.0, 120.0), 1);
        assert_eq!(whole_units(200.0, 66.666_666_666_666_67), 3);
        assert_eq!(whole_units(50.0, 400.0), 1);
        assert_eq!(units_reaching(200.0, 66.666_666_666_666_67), 3);
        assert_eq!(units_reaching(200.0, 150.0), 2);
        assert_eq!(units_reaching(200.0, 241.0), 1);
    }

    /// docs/medical-reference.md §8, the suggestion's worked examples.
    #[test]
    fn suggestion_is_the_whole_unit_amount_closest_to_200_in_range_and_room() {
        assert_eq!(
            suggested(elemental(100.0), ADULT),
            Ok((200.0, Some(Units::whole(2))))
        );
        assert_eq!(
            suggested(elemental(150.0), ADULT),
            Ok((300.0, Some(Units::whole(2))))
        );
        let mag_ox_400 = product(FormId::Oxide, 400.0, Basis::Compound);
        let (mg, n) = suggested(mag_ox_400, ADULT).unwrap();
        assert!(
            (mg - 241.2).abs() < 0.1 && n == Some(Units::whole(1)),
            "{mg}"
        );
        let oxide_500 = product(FormId::Oxide, 500.0, Basis::Compound);
        assert!(matches!(
            suggested(oxide_500, ADULT),
            Err(NoPlan::UnitAboveRange {
                range_max_mg: 300,
                ..
            })
        ));
        // Range edges: 300 mg units are in it, 300.1 mg are not.
        assert_eq!(
            suggested(elemental(300.0), ADULT),
            Ok((300.0, Some(Units::whole(1))))
        );
        assert!(matches!(
            suggested(elemental(300.1), ADULT),
            Err(NoPlan::UnitAboveRange { .. })
        ));
        // 160 mg units: 2 would be 320, above the range → the largest below 200: 1 unit.
        let p = plan(None, elemental(160.0), ADULT).unwrap();
        assert_eq!(
            (p.daily_mg, p.choice),
            (160.0, Choice::BelowRange { by_room: false })
        );
        // No product: 200 mg.
        assert_eq!(suggested(None, ADULT), Ok((200.0, None)));
    }

    #[test]
    fn suggestion_fits_the_room_beside_other_products() {
        let other = |mg| Some(Limit::us(350, mg));
        // Room 250: 150 mg units → 300 does not fit, 150 (1 unit) does.
        let p = plan(None, elemental(150.0), other(100.0)).unwrap();
        assert_eq!(
            (p.daily_mg, p.choice),
            (150.0, Choice::BelowRange { by_room: true })
        );
        // Room 150 with 400 mg units: nothing fits.
        assert_eq!(
            plan(None, elemental(400.0), other(200.0)),
            Err(NoPlan::UnitAboveRoom {
                unit_mg: 400.0,
                room_mg: 150.0,
                ul_mg: 350
            })
        );
        // Room 60 with 50 mg units: one unit.
        assert_eq!(
            suggested(elemental(50.0), other(290.0)),
            Ok((50.0, Some(Units::whole(1))))
        );
        // No product: the room itself, but not less than a starting dose.
        assert_eq!(suggested(None, other(250.0)), Ok((100.0, None)));
        assert_eq!(
            suggested(None, other(250.5)),
            Err(NoPlan::NoRoomUnderUl {
                other_mg: 250.5,
                ul_mg: 350
            })
        );
        assert!(matches!(
            suggested(elemental(10.0), other(350.0)),
            Err(NoPlan::NoRoomUnderUl { .. })
        ));
    }

    #[test]
    fn a_typed_target_is_honoured_up_to_the_room_and_capped_above_it() {
        let p = plan(Some(250.0), None, ADULT).unwrap();
        assert_eq!(
            (p.daily_mg, p.choice, p.target_is_default),
            (250.0, Choice::Typed, false)
        );
        let p = plan(Some(2000.0), None, ADULT).unwrap();
        assert_eq!((p.daily_mg, p.target_mg), (350.0, 2000.0));
        assert_eq!(p.choice, Choice::Capped { room_mg: 350.0 });
        assert_eq!(p.titration.last().unwrap().mg, 350.0);
        // Capped in whole units: 3 × 100 mg under a 350 mg room.
        let p = plan(Some(2000.0), elemental(100.0), ADULT).unwrap();
        assert_eq!(
            (p.daily_mg, p.units_per_day()),
            (300.0, Some(Units::whole(3)))
        );
        // 350.4 is capped at 350.
        assert_eq!(plan(Some(350.4), None, ADULT).unwrap().daily_mg, 350.0);
        assert_eq!(
            plan(Some(350.0), None, ADULT).unwrap().choice,
            Choice::Typed
        );
        // Other products leave nothing: no plan.
        let full = Some(Limit::us(350, 5000.0));
        assert_eq!(
            plan(Some(2000.0), None, full),
            Err(NoPlan::NoRoomUnderUl {
                other_mg: 5000.0,
                ul_mg: 350
            })
        );
        // One unit above the person's target (within the room), or above the room when capped.
        assert_eq!(
            plan(Some(300.0), elemental(400.0), ADULT),
            Err(NoPlan::UnitOverTarget {
                unit_mg: 400.0,
                target_mg: 300.0,
                room_mg: Some(350.0)
            })
        );
        assert_eq!(
            plan(Some(400.0), elemental(400.0), ADULT),
            Err(NoPlan::UnitAboveRoom {
                unit_mg: 400.0,
                room_mg: 350.0,
                ul_mg: 350
            })
        );
    }

    #[test]
    fn more_than_twenty_units_is_no_plan() {
        assert_eq!(
            suggested(elemental(10.0), ADULT),
            Ok((200.0, Some(Units::whole(20))))
        );
        assert!(matches!(
            suggested(elemental(9.9), ADULT),
            Err(NoPlan::TooManyUnits { units: 21, .. })
        ));
        // 1 mg of gluconate compound is 0.0586 mg of magnesium.
        let tiny = product(FormId::Gluconate, 1.0, Basis::Compound);
        assert!(matches!(
            suggested(tiny, ADULT),
            Err(NoPlan::TooManyUnits { units, .. }) if units > 3000
        ));
    }

    #[test]
    fn default_plan_is_200_mg_started_at_100() {
        let p = plan(None, None, ADULT).unwrap();
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
    fn first_week_is_one_unit_when_a_unit_is_above_100() {
        // 150 mg units, 300 mg/day: week one is one unit (150 mg), the smallest step.
        let p = plan(None, elemental(150.0), ADULT).unwrap();
        assert_eq!(
            p.first_week(),
            Some(Step {
                from_week: 1,
                to_week: Some(1),
                mg: 150.0,
                units: Some(Units::whole(1))
            })
        );
        // Mag-Ox 400: one unit a day, no lower week.
        let p = plan(None, product(FormId::Oxide, 400.0, Basis::Compound), ADULT).unwrap();
        assert_eq!(p.first_week(), None);
    }

    #[test]
    fn compound_label_plan() {
        // 1000 mg citrate compound = 161.6 mg elemental; a 350 target → 2 units.
        let p = plan(
            Some(350.0),
            product(FormId::Citrate, 1000.0, Basis::Compound),
            ADULT,
        )
        .unwrap();
        let u = p.units.unwrap();
        assert_eq!(u.units_per_day, Units::whole(2));
        assert!((p.daily_mg - 323.26).abs() < 0.01);
        assert!((u.compound_mg_per_day() - 2000.0).abs() < 1e-9);
        assert!(p.is_split());
        assert_eq!(
            p.portions().iter().map(|x| x.1).collect::<Vec<_>>(),
            [Some(Units::whole(1)), Some(Units::whole(1))]
        );
    }

    #[test]
    fn split_gives_evening_the_larger_half() {
        let p = plan(Some(300.0), elemental(100.0), ADULT).unwrap();
        assert_eq!(
            p.portions(),
            vec![
                (100.0, Some(Units::whole(1))),
                (200.0, Some(Units::whole(2)))
            ]
        );
        assert_eq!(
            p.titration[0],
            Step {
                from_week: 1,
                to_week: Some(1),
                mg: 100.0,
                units: Some(Units::whole(1))
            }
        );
    }

    #[test]
    fn notes_say_why_the_amount() {
        assert_eq!(
            plan(None, elemental(100.0), ADULT).unwrap().choice_note(),
            "suggested: the number of whole tablets closest to 200 mg in the 200–300 mg RLS range"
        );
        assert!(plan(Some(500.0), None, ADULT)
            .unwrap()
            .choice_note()
            .starts_with("capped at the 350 mg a day"));
        assert_eq!(plan(Some(250.0), None, ADULT).unwrap().choice_note(), "");
    }

    fn eu(other_mg: f64) -> Option<Limit> {
        Some(Limit {
            ul_mg: 250,
            other_mg,
            name: LimitName {
                kind: LimitKind::UpperLimit,
                set: Region::Eu,
                region: Region::Eu,
                fallback: false,
            },
        })
    }

    fn planned(p: &Result<Plan, NoPlan>) -> Option<(f64, u32)> {
        p.as_ref()
            .ok()
            .map(|p| (p.daily_mg, p.units_per_day().unwrap().halves()))
    }

    /// docs/medical-reference.md §8: EU (limit 250), citrate 300 mg per sachet → ½ sachet
    /// (150 mg); as a tablet → no plan.
    #[test]
    fn a_sachet_may_be_halved_a_tablet_may_not() {
        let sachet = plan_units(None, elemental(300.0), UnitKind::Sachet, eu(0.0));
        assert_eq!(planned(&sachet), Some((150.0, 1)));
        let p = sachet.unwrap();
        assert_eq!(p.choice, Choice::BelowRange { by_room: true });
        assert_eq!(
            p.units_text(p.units_per_day().unwrap()).unwrap(),
            "½ sachet"
        );
        assert!(
            p.choice_note().contains("no whole number of sachets fits"),
            "{}",
            p.choice_note()
        );
        assert!(!p.starts_lower());
        for kind in [UnitKind::Tablet, UnitKind::Capsule] {
            assert_eq!(
                plan_units(None, elemental(300.0), kind, eu(0.0)),
                Err(NoPlan::UnitAboveRoom {
                    unit_mg: 300.0,
                    room_mg: 250.0,
                    ul_mg: 250
                })
            );
        }
        // Scoops and ml halve too; in the US (room 350) a 300 mg sachet is one whole sachet.
        assert_eq!(
            planned(&plan_units(
                None,
                elemental(300.0),
                UnitKind::Scoop,
                eu(0.0)
            )),
            Some((150.0, 1))
        );
        assert_eq!(
            planned(&plan_units(None, elemental(300.0), UnitKind::Sachet, ADULT)),
            Some((300.0, 2))
        );
    }

    #[test]
    fn whole_units_win_whenever_they_fit() {
        // 100 mg scoops: 2 whole scoops are in range, never 2 halves of something else.
        let p = plan_units(None, elemental(100.0), UnitKind::Scoop, ADULT).unwrap();
        assert_eq!(
            (p.daily_mg, p.units_per_day(), p.units.unwrap().in_halves),
            (200.0, Some(Units::whole(2).of(UnitKind::Scoop)), false)
        );
        // 160 mg sachets: whole gives 160 (below range); halves give 240 (1½) in range.
        let p = plan_units(None, elemental(160.0), UnitKind::Sachet, ADULT).unwrap();
        assert_eq!(
            (p.daily_mg, p.units_per_day()),
            (240.0, Some(Units::from_halves(3).of(UnitKind::Sachet)))
        );
        assert_eq!(
            p.units_text(Units::from_halves(3).of(UnitKind::Sachet))
                .unwrap(),
            "1½ sachets"
        );
        assert_eq!(p.choice, Choice::InRange);
        // As a tablet: one 160 mg tablet.
        let p = plan_units(None, elemental(160.0), UnitKind::Tablet, ADULT).unwrap();
        assert_eq!(p.units_per_day(), Some(Units::whole(1)));
        // Both sides of the EU room with a 500 mg sachet: ½ = 250 fits 250, not 249.
        assert_eq!(
            planned(&plan_units(
                None,
                elemental(500.0),
                UnitKind::Sachet,
                eu(0.0)
            )),
            Some((250.0, 1))
        );
        assert!(plan_units(None, elemental(500.0), UnitKind::Sachet, eu(1.0)).is_err());
        // A typed 200 mg with a 300 mg sachet: ½ sachet; with a tablet: no plan.
        assert_eq!(
            planned(&plan_units(
                Some(200.0),
                elemental(300.0),
                UnitKind::Sachet,
                ADULT
            )),
            Some((150.0, 1))
        );
        assert!(plan_units(Some(200.0), elemental(300.0), UnitKind::Tablet, ADULT).is_err());
    }

    #[test]
    fn a_divisible_product_starts_with_half_a_unit() {
        // 200 mg scoop: the plan is 1 scoop, week one ½ scoop (100 mg).
        let p = plan_units(None, elemental(200.0), UnitKind::Scoop, ADULT).unwrap();
        assert_eq!(
            p.first_week(),
            Some(Step {
                from_week: 1,
                to_week: Some(1),
                mg: 100.0,
                units: Some(Units::from_halves(1).of(UnitKind::Scoop))
            })
        );
    }

    #[test]
    fn the_uk_limit_is_named_a_guidance_level() {
        let uk = Some(Limit {
            ul_mg: 400,
            other_mg: 0.0,
            name: LimitName {
                kind: LimitKind::GuidanceLevel,
                set: Region::Uk,
                region: Region::Uk,
                fallback: false,
            },
        });
        let note = plan(Some(500.0), None, uk).unwrap().choice_note();
        assert_eq!(note, "capped at the 400 mg a day the guidance level leaves for supplements; a higher dose needs a clinician's prescription");
        // A UK 18-year-old: the UK sets none, the EU's 250 mg upper limit applies and is named.
        let borrowed = Some(Limit {
            ul_mg: 250,
            other_mg: 0.0,
            name: LimitName {
                kind: LimitKind::UpperLimit,
                set: Region::Eu,
                region: Region::Uk,
                fallback: true,
            },
        });
        let note = plan(Some(500.0), None, borrowed).unwrap().choice_note();
        assert!(note.contains("the EU upper limit (the UK sets none at this age, so the lowest of the US, EU and UK limits applies)"), "{note}");
    }

    #[test]
    fn a_dose_already_taken_has_one_step_and_no_note() {
        let p = plan(Some(350.0), elemental(100.0), ADULT)
            .unwrap()
            .as_current();
        assert_eq!(p.titration.len(), 1);
        assert_eq!(p.first_week(), None);
        assert_eq!(p.daily_mg, 300.0);
        assert_eq!(p.choice_note(), "");
    }
}
