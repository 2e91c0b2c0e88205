//! A day's timeline: the person's medicines placed so they keep their windows from each other
//! (iron and zinc from the medicines they bind, and from each other), then magnesium placed around
//! them so every magnesium window holds (docs/medical-reference.md §7).

use crate::clock::{Clock, Day, MINUTES_PER_DAY};
use crate::dose_times::day_doses;
pub use crate::dose_times::{usual_time, Assumed, DayDose};
use crate::input::MedDose;
use crate::meds::{between, spacing_holds, MedId, PairRule, Spacing};
use crate::units::Units;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ItemKind {
    Magnesium { mg: f64, units: Option<Units> },
    Iron,
    Med(MedId),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    pub time: Clock,
    /// Minutes after waking: the timeline's order.
    pub offset: u16,
    pub kind: ItemKind,
    /// True when the person gave no time and the app chose one.
    pub time_assumed: bool,
    /// An assumed time moved away from the usual one so it keeps its window from another medicine.
    pub moved: bool,
    /// Set on the evening magnesium dose when it falls at dinner.
    pub with_dinner: bool,
}

/// Two medicines closer together than the window one of them needs from the other.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MedClash {
    pub rule: PairRule,
    /// When the mineral (iron or zinc) is taken.
    pub mineral_at: Clock,
    /// When the other medicine is taken.
    pub drug_at: Clock,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    pub items: Vec<Item>,
    /// Medicines that left no valid time for a magnesium dose (then no magnesium is placed).
    pub conflict_with: Vec<MedId>,
    /// Medicine pairs that break a window: times the person stated, or an assumed time for which
    /// no time of the waking day keeps every window.
    pub med_clashes: Vec<MedClash>,
    /// The medicines listed without a time, with the doses the app assumed for them (docs §7).
    pub assumed: Vec<Assumed>,
}

/// Candidate times are on a 5-minute grid.
const STEP: u16 = 5;
/// The latest a dose may be taken before bedtime when the preferred window is blocked.
const LATEST_BEFORE_BED: u16 = 30;
/// The least time between the morning and the evening portion of a split dose.
const MIN_GAP_BETWEEN_PORTIONS: u16 = 180;
const DAY_MIN: i32 = MINUTES_PER_DAY as i32;

/// A dose taken while asleep (after bedtime, before waking) counts as taken before this day
/// started: the timeline lists it first.
fn night_before(day: &Day, t: Clock) -> i32 {
    let offset = i32::from(day.offset_of(t));
    if offset > i32::from(day.length()) {
        offset - 24 * 60
    } else {
        offset
    }
}

struct Slot {
    ideal: u16,
    preferred: (u16, u16),
    fallback: (u16, u16),
}

/// The open stretches of time (minutes after waking, with yesterday's and tomorrow's doses) in
/// which a dose may not be taken because of another dose's window. Finding a time is then a
/// look at the edges of these stretches, not a scan of every candidate (docs §7; the benchmark's
/// budget in `benches/evaluate.rs`).
#[derive(Default)]
struct Blocked(Vec<(i32, i32)>);

impl Blocked {
    /// Room for the windows of `doses` doses (each blocks yesterday, today and tomorrow).
    fn for_doses(doses: usize) -> Blocked {
        Blocked(Vec::with_capacity(3 * doses))
    }

    /// The dose being placed keeps `spacing` from a dose at offset `other`. `placed_as_mg`: the
    /// dose being placed stands where magnesium stands in the rule (magnesium, or iron or zinc
    /// against a medicine they bind); otherwise it is the rule's medicine.
    fn add(&mut self, spacing: Spacing, other: i32, placed_as_mg: bool) {
        let (below, above) = match spacing {
            Spacing::None => return,
            Spacing::EitherSide { hours } => (i32::from(hours) * 60, i32::from(hours) * 60),
            // Magnesium within `after_h` before the medicine, or `before_h` after it, breaks it.
            Spacing::DrugBeforeOrAfter { before_h, after_h } if placed_as_mg => {
                (i32::from(after_h) * 60, i32::from(before_h) * 60)
            }
            Spacing::DrugBeforeOrAfter { before_h, after_h } => {
                (i32::from(before_h) * 60, i32::from(after_h) * 60)
            }
        };
        for day in [-DAY_MIN, 0, DAY_MIN] {
            self.0.push((other + day - below, other + day + above));
        }
    }

    fn allows(&self, t: i32) -> bool {
        self.0.iter().all(|&(a, b)| t <= a || t >= b)
    }

    /// The grid time `lo, lo + STEP, …` up to `hi` nearest to `ideal` (the earlier of two equally
    /// near) that no window blocks. The best time is next to `ideal`, at a window's edge or at an
    /// end of the range, so only those candidates are tried.
    fn nearest(&self, ideal: u16, (lo, hi): (u16, u16)) -> Option<u16> {
        if lo > hi {
            return None;
        }
        let (lo, hi, ideal) = (i32::from(lo), i32::from(hi), i32::from(ideal));
        // Only the windows that reach into the range matter: one wholly outside blocks no time in
        // it, and its edge, where in range, is `lo` or the last grid time, tried anyway. Kept on
        // the stack (this runs several times on every evaluation with medicines); with more than
        // fit, all windows are used, which gives the same answer.
        let mut near = [(0i32, 0i32); 24];
        let mut count = 0;
        for &(a, b) in &self.0 {
            if b > lo && a < hi {
                if count == near.len() {
                    count = usize::MAX;
                    break;
                }
                near[count] = (a, b);
                count += 1;
            }
        }
        let windows: &[(i32, i32)] = if count == usize::MAX {
            &self.0
        } else {
            // Sorted by start and joined where they overlap, so that each blocked stretch is
            // one window: fewer edges to try, and fewer windows to check each against. Only
            // windows that share a time are joined (one ending where the next starts leaves that
            // time free), and an empty one blocks nothing. The free times, and so the answer,
            // stay the same.
            let near = &mut near[..count];
            crate::small_sort::sort_by_key(near, |w| w.0);
            let mut joined: usize = 0;
            for i in 0..near.len() {
                let (a, b) = near[i];
                if a >= b {
                    continue;
                }
                match joined.checked_sub(1).map(|j| &mut near[j]) {
                    Some(last) if a < last.1 => last.1 = last.1.max(b),
                    _ => {
                        near[joined] = (a, b);
                        joined += 1;
                    }
                }
            }
            &near[..joined]
        };
        let allows = |t: i32| windows.iter().all(|&(a, b)| t <= a || t >= b);
        let step = i32::from(STEP);
        let floor = |x: i32| lo + (x - lo).div_euclid(step) * step;
        let ceil = |x: i32| lo + (x - lo + step - 1).div_euclid(step) * step;
        let mut best: Option<(i32, i32)> = None;
        let mut consider = |t: i32| {
            if (lo..=hi).contains(&t)
                && best.is_none_or(|b| {
                    (t - ideal)
                        .abs()
                        .cmp(&(b.1 - ideal).abs())
                        .then(t.cmp(&b.1))
                        .is_lt()
                })
                && allows(t)
            {
                best = Some(((t - ideal).abs(), t));
            }
        };
        for t in [floor(ideal), ceil(ideal), lo, floor(hi)] {
            consider(t);
        }
        for &(a, b) in windows {
            consider(floor(a));
            consider(ceil(b));
        }
        best.map(|(_, t)| t as u16)
    }
}

/// Where each magnesium portion should go: one evening dose 1–2 h before bed (at dinner when dinner
/// falls there), or a morning and an evening portion.
fn slots(day: &Day, portions: usize) -> Vec<Slot> {
    let len = day.length();
    let latest = len.saturating_sub(LATEST_BEFORE_BED);
    let evening_window = (len.saturating_sub(120), len.saturating_sub(60));
    let ideal_evening = day
        .dinner_offset()
        .filter(|d| (evening_window.0..=evening_window.1).contains(d))
        .unwrap_or(len.saturating_sub(90));
    if portions < 2 {
        return vec![Slot {
            ideal: ideal_evening,
            preferred: evening_window,
            fallback: (0, latest),
        }];
    }
    let half = len / 2;
    vec![
        Slot {
            ideal: 60.min(half),
            preferred: (0, 180.min(half)),
            fallback: (0, half.saturating_sub(STEP)),
        },
        Slot {
            ideal: ideal_evening,
            preferred: evening_window,
            fallback: (half, latest.max(half)),
        },
    ]
}

/// One medicine dose with the time the planner gave it.
#[derive(Clone, Copy, Debug)]
struct Placed {
    dose: DayDose,
    time: Clock,
    moved: bool,
}

/// Whether two placed medicines keep the window between them (if they need one).
fn pair_holds(rule: PairRule, a: (MedId, Clock), b: (MedId, Clock)) -> bool {
    let (mineral, drug) = if a.0 == rule.mineral { (a, b) } else { (b, a) };
    spacing_holds(
        rule.spacing,
        i32::from(mineral.1.minutes()),
        i32::from(drug.1.minutes()),
    )
}

/// The windows a dose of `med` must keep from every dose already placed, and from magnesium at
/// the given offsets (minutes after waking).
fn blocked_for(day: &Day, med: MedId, placed: &[Placed], magnesium: &[u16]) -> Blocked {
    let mut blocked = Blocked::for_doses(placed.len() + magnesium.len());
    for p in placed {
        if let Some(rule) = between(med, p.dose.med) {
            let other = i32::from(day.offset_of(p.time));
            blocked.add(rule.spacing, other, rule.mineral == med);
        }
    }
    for &m in magnesium {
        blocked.add(med.med().spacing, i32::from(m), false);
    }
    blocked
}

/// Gives an assumed dose its assumed time, or the nearest time of the waking day that keeps
/// every window; `None` when no time does.
fn place_assumed(day: &Day, dose: DayDose, placed: &[Placed], magnesium: &[u16]) -> Option<Placed> {
    let blocked = blocked_for(day, dose.med, placed, magnesium);
    let ideal = day.offset_of(dose.time);
    if blocked.allows(i32::from(ideal)) {
        return Some(Placed {
            dose,
            time: dose.time,
            moved: false,
        });
    }
    blocked
        .nearest(ideal.min(day.length()), (0, day.length()))
        .map(|o| Placed {
            dose,
            time: day.at(o),
            moved: true,
        })
}

/// The medicines' places: stated times as given; other medicines at their assumed times (their
/// own labels set them, e.g. levothyroxine on waking, and a stated iron time too close to it is
/// reported rather than hidden by moving the medicine); then assumed iron and zinc times, moved
/// where needed so they keep every window. With `minerals_later`, assumed minerals are left
/// unplaced (magnesium goes before them). An assumed mineral with no valid time keeps its assumed
/// time (the clash is reported).
fn place_meds(day: &Day, doses: &[DayDose], minerals_later: bool) -> Vec<Option<Placed>> {
    let mut out: Vec<Option<Placed>> = doses
        .iter()
        .map(|d| {
            (!d.assumed || !d.med.is_mineral()).then_some(Placed {
                dose: *d,
                time: d.time,
                moved: false,
            })
        })
        .collect();
    if minerals_later {
        return out;
    }
    // Assumed minerals, one by one in the order given, each at the nearest time that keeps every
    // window from what is placed so far, else at its assumed time (the clash is reported).
    for (i, d) in doses.iter().enumerate() {
        if out[i].is_some() {
            continue;
        }
        let placed: Vec<Placed> = out.iter().flatten().copied().collect();
        out[i] = Some(place_assumed(day, *d, &placed, &[]).unwrap_or(Placed {
            dose: *d,
            time: d.time,
            moved: false,
        }));
    }
    // A mineral placed early may hold the only time a later one had, and that one then clashes
    // with it: move each assumed mineral that breaks a window to a time that keeps every window
    // from all the others, where there is one. Each move removes a clash and adds none, so this
    // ends; afterwards a reported assumed mineral has no such time.
    let mut moved = true;
    while moved {
        moved = false;
        for (i, d) in doses.iter().enumerate() {
            let Some(here) = out[i].filter(|_| d.assumed && d.med.is_mineral()) else {
                continue;
            };
            let others: Vec<Placed> = out
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .filter_map(|(_, p)| *p)
                .collect();
            let blocked = blocked_for(day, d.med, &others, &[]);
            if blocked.allows(i32::from(day.offset_of(here.time))) {
                continue;
            }
            if let Some(better) = place_assumed(day, *d, &others, &[]) {
                out[i] = Some(better);
                moved = true;
            }
        }
    }
    out
}

/// Magnesium offsets for each portion around the placed medicines, or `None` when a portion
/// finds no time that keeps every window.
fn place_magnesium(day: &Day, portions: usize, meds: &[Placed]) -> Option<Vec<u16>> {
    let mut blocked = Blocked::for_doses(meds.len());
    for p in meds {
        blocked.add(
            p.dose.med.med().spacing,
            i32::from(day.offset_of(p.time)),
            true,
        );
    }
    let mut previous: Option<u16> = None;
    let mut out = Vec::new();
    for slot in slots(day, portions).iter().take(portions) {
        // A second portion whose evening is blocked may come earlier, if it stays a few hours
        // after the first: a split that fits beats "no time fits".
        let found = blocked
            .nearest(slot.ideal, slot.preferred)
            .or_else(|| blocked.nearest(slot.ideal, slot.fallback))
            .or_else(|| {
                let after_first = previous? + MIN_GAP_BETWEEN_PORTIONS;
                blocked.nearest(slot.ideal, (after_first, slot.fallback.1))
            })?;
        previous = Some(found);
        out.push(found);
    }
    Some(out)
}

/// Medicine pairs that break a window, each pair of doses once.
fn clashes(placed: &[Placed]) -> Vec<MedClash> {
    let mut out = Vec::new();
    for (i, a) in placed.iter().enumerate() {
        for b in &placed[i + 1..] {
            let Some(rule) = between(a.dose.med, b.dose.med) else {
                continue;
            };
            if pair_holds(rule, (a.dose.med, a.time), (b.dose.med, b.time)) {
                continue;
            }
            let (mineral_at, drug_at) = if a.dose.med == rule.mineral {
                (a.time, b.time)
            } else {
                (b.time, a.time)
            };
            let clash = MedClash {
                rule,
                mineral_at,
                drug_at,
            };
            if !out.contains(&clash) {
                out.push(clash);
            }
        }
    }
    out
}

/// Places `portions` (mg, units) of magnesium around every dose of `meds` — the stated ones and
/// those assumed for a medicine listed without a time (`dose_times`). With no portions, only
/// medicines.
pub fn schedule(day: &Day, portions: &[(f64, Option<Units>)], meds: &[MedDose]) -> Schedule {
    let (doses, assumed) = day_doses(day, meds);
    // First try: every medicine, then magnesium around them. If magnesium finds no time and some
    // minerals had assumed times, try magnesium before those minerals (they then move around it).
    let first: Vec<Placed> = place_meds(day, &doses, false)
        .into_iter()
        .flatten()
        .collect();
    let retry = || {
        let mut held: Vec<Option<Placed>> = place_meds(day, &doses, true);
        let fixed: Vec<Placed> = held.iter().flatten().copied().collect();
        let mg = place_magnesium(day, portions.len(), &fixed)?;
        for (i, d) in doses.iter().enumerate() {
            if held[i].is_none() {
                let placed: Vec<Placed> = held.iter().flatten().copied().collect();
                held[i] = Some(place_assumed(day, *d, &placed, &mg)?);
            }
        }
        Some((held.into_iter().flatten().collect::<Vec<Placed>>(), mg))
    };
    let (placed, mg_offsets, conflict_with) = match place_magnesium(day, portions.len(), &first) {
        Some(mg) => (first, mg, Vec::new()),
        None => match doses
            .iter()
            .any(|d| d.assumed && d.med.is_mineral())
            .then(retry)
            .flatten()
        {
            Some((placed, mg)) => (placed, mg, Vec::new()),
            None => {
                // Each medicine with a rule once, in the order given.
                let mut names: Vec<MedId> = Vec::with_capacity(first.len());
                for p in &first {
                    if p.dose.med.med().spacing != Spacing::None && !names.contains(&p.dose.med) {
                        names.push(p.dose.med);
                    }
                }
                (first, Vec::new(), names)
            }
        },
    };

    let dinner = day.dinner_offset();
    // Room for every item from the start: no regrowing while the medicines are added.
    let mut items: Vec<Item> = Vec::with_capacity(mg_offsets.len() + placed.len());
    items.extend(
        mg_offsets
            .iter()
            .zip(portions)
            .map(|(&offset, &(mg, units))| Item {
                time: day.at(offset),
                offset,
                kind: ItemKind::Magnesium { mg, units },
                time_assumed: false,
                moved: false,
                with_dinner: Some(offset) == dinner,
            }),
    );
    for p in &placed {
        let kind = if p.dose.med == MedId::Iron {
            ItemKind::Iron
        } else {
            ItemKind::Med(p.dose.med)
        };
        items.push(Item {
            time: p.time,
            offset: day.offset_of(p.time),
            kind,
            time_assumed: p.dose.assumed,
            moved: p.moved,
            with_dinner: false,
        });
    }
    crate::small_sort::sort_by_key(&mut items, |i| i.day_order(day));
    Schedule {
        items,
        conflict_with,
        med_clashes: clashes(&placed),
        assumed,
    }
}

impl Item {
    /// Timeline order: minutes after waking, with doses taken while asleep placed before waking.
    pub fn day_order(&self, day: &Day) -> i32 {
        night_before(day, self.time)
    }
    /// Taken while asleep (after bedtime, before waking).
    pub fn at_night(&self, day: &Day) -> bool {
        self.offset > day.length()
    }
}

impl Schedule {
    pub fn magnesium_mg(&self) -> f64 {
        self.items
            .iter()
            .filter_map(|i| match i.kind {
                ItemKind::Magnesium { mg, .. } => Some(mg),
                _ => None,
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blocked_evening_portion_moves_earlier_rather_than_failing() {
        // Quinolones at 19:00 and 22:00 block the whole evening; 07:00–13:00 is free.
        let (input, _) = crate::input::validate(&crate::input::RawInput {
            age: Some("40"),
            unit_mg: Some("120"),
            target: Some("300"),
            meds: Some("quinolone@19:00,quinolone@22:00"),
            ..Default::default()
        });
        let e = crate::evaluate(&input);
        assert!(e.schedule.conflict_with.is_empty(), "{:?}", e.schedule);
        let times: Vec<String> = e
            .schedule
            .items
            .iter()
            .filter(|i| matches!(i.kind, ItemKind::Magnesium { .. }))
            .map(|i| i.time.format())
            .collect();
        assert_eq!(times.len(), 2);
        let (a, b) = (
            Clock::parse(&times[0]).unwrap(),
            Clock::parse(&times[1]).unwrap(),
        );
        assert!(
            input.day.offset_of(b) >= input.day.offset_of(a) + MIN_GAP_BETWEEN_PORTIONS,
            "{times:?}"
        );
    }

    /// The grid `lo, lo + STEP, …, hi`, nearest to `ideal` first, the earlier of two equally near
    /// first: the brute-force order the bounded search must agree with.
    fn by_distance(ideal: u16, (lo, hi): (u16, u16)) -> Vec<u16> {
        let mut grid: Vec<u16> = (lo..=hi).step_by(usize::from(STEP)).collect();
        grid.sort_by_key(|t| (t.abs_diff(ideal), *t));
        grid
    }

    fn brute_force(b: &Blocked, ideal: u16, window: (u16, u16)) -> Option<u16> {
        by_distance(ideal, window)
            .into_iter()
            .find(|&t| b.allows(i32::from(t)))
    }

    #[test]
    fn nearest_free_time_at_the_edges() {
        let mut b = Blocked::default();
        assert_eq!(b.nearest(60, (0, 180)), Some(60));
        assert_eq!(b.nearest(37, (10, 100)), Some(35), "the grid starts at lo");
        assert_eq!(b.nearest(200, (0, 180)), Some(180));
        assert_eq!(b.nearest(50, (60, 0)), None);
        // A quinolone at offset 600: magnesium not within 8 h before or 4 h after it.
        b.add(
            Spacing::DrugBeforeOrAfter {
                before_h: 4,
                after_h: 8,
            },
            600,
            true,
        );
        assert!(!b.allows(121) && b.allows(120) && b.allows(840) && !b.allows(839));
        assert_eq!(b.nearest(470, (0, 900)), Some(120));
        assert_eq!(b.nearest(500, (0, 900)), Some(840));
        assert_eq!(
            b.nearest(480, (0, 900)),
            Some(120),
            "equally near: the earlier"
        );
    }

    proptest::proptest! {
        /// The bounded search gives exactly what trying every grid time nearest-first gives.
        #[test]
        fn nearest_agrees_with_brute_force(
            rules in proptest::collection::vec((0u8..3, 0u8..9, 0u8..9, 0i32..1440, proptest::bool::ANY), 0..12),
            ideal in 0u16..1440,
            lo in 0u16..1440,
            width in 0u16..1440,
        ) {
            let mut b = Blocked::default();
            let mut specs = Vec::new();
            for (kind, x, y, at, as_mg) in rules {
                let spacing = match kind {
                    0 => Spacing::None,
                    1 => Spacing::EitherSide { hours: x },
                    _ => Spacing::DrugBeforeOrAfter { before_h: x, after_h: y },
                };
                b.add(spacing, at, as_mg);
                specs.push((spacing, at, as_mg));
            }
            let window = (lo, lo.saturating_add(width).min(1439));
            // The blocked stretches are exactly where `spacing_holds` fails.
            for t in (0..1440).step_by(7) {
                let holds = specs.iter().all(|&(s, at, as_mg)| if as_mg { spacing_holds(s, t, at) } else { spacing_holds(s, at, t) });
                proptest::prop_assert_eq!(b.allows(t), holds, "t {}", t);
            }
            proptest::prop_assert_eq!(b.nearest(ideal, window), brute_force(&b, ideal, window));
        }
    }

    fn mg_times(s: &Schedule) -> Vec<String> {
        s.items
            .iter()
            .filter(|i| matches!(i.kind, ItemKind::Magnesium { .. }))
            .map(|i| i.time.format())
            .collect()
    }

    #[test]
    fn default_day_single_dose_lands_90_minutes_before_bed() {
        let s = schedule(&Day::DEFAULT, &[(200.0, None)], &[]);
        assert_eq!(mg_times(&s), ["21:00"]);
    }

    #[test]
    fn dinner_inside_the_window_is_preferred() {
        let day = Day {
            wake: Clock::hm(7, 0),
            dinner: Clock::hm(20, 30),
            bedtime: Clock::hm(22, 0),
        };
        let s = schedule(&day, &[(200.0, None)], &[]);
        assert_eq!(mg_times(&s), ["20:30"]);
        assert!(s.items[0].with_dinner);
    }

    #[test]
    fn split_doses_morning_and_evening() {
        let s = schedule(&Day::DEFAULT, &[(150.0, None), (150.0, None)], &[]);
        assert_eq!(mg_times(&s), ["08:00", "21:00"]);
    }

    #[test]
    fn levothyroxine_and_iron_are_kept_apart() {
        let meds = [
            MedDose {
                med: MedId::Levothyroxine,
                time: None,
            },
            MedDose {
                med: MedId::Iron,
                time: Clock::parse("10:00"),
            },
        ];
        let s = schedule(&Day::DEFAULT, &[(150.0, None), (150.0, None)], &meds);
        // Morning magnesium must be ≥ 4 h after 07:00 levothyroxine and ≥ 2 h from 10:00 iron.
        assert_eq!(mg_times(&s), ["12:00", "21:00"]);
        assert!(s.conflict_with.is_empty());
    }

    #[test]
    fn bisphosphonate_before_waking_counts_as_taken_first() {
        let meds = [MedDose {
            med: MedId::Bisphosphonate,
            time: Clock::parse("06:30"),
        }];
        let s = schedule(&Day::DEFAULT, &[(100.0, None), (100.0, None)], &meds);
        // Morning magnesium ≥ 2 h after 06:30: 08:30 is the nearest to the 08:00 ideal.
        assert_eq!(mg_times(&s), ["08:30", "21:00"]);
        assert!(s.conflict_with.is_empty());
    }

    #[test]
    fn quinolone_twice_a_day_blocks_the_whole_day() {
        let meds = [
            MedDose {
                med: MedId::Quinolone,
                time: Clock::parse("08:00"),
            },
            MedDose {
                med: MedId::Quinolone,
                time: Clock::parse("14:00"),
            },
            MedDose {
                med: MedId::Quinolone,
                time: Clock::parse("21:00"),
            },
        ];
        let s = schedule(&Day::DEFAULT, &[(200.0, None)], &meds);
        assert_eq!(mg_times(&s), Vec::<String>::new());
        assert_eq!(s.conflict_with, vec![MedId::Quinolone]);
        assert_eq!(s.items.len(), 3);
    }

    #[test]
    fn quinolone_morning_and_evening_leaves_one_midday_slot() {
        let meds = [
            MedDose {
                med: MedId::Quinolone,
                time: Clock::parse("08:00"),
            },
            MedDose {
                med: MedId::Quinolone,
                time: Clock::parse("20:00"),
            },
        ];
        // Moxifloxacin's rule: magnesium ≥ 4 h after a dose and ≥ 8 h before the next. After
        // 08:00 + 4 h and before 20:00 − 8 h leaves exactly 12:00; after 20:00 + 4 h is past bedtime.
        assert_eq!(
            mg_times(&schedule(&Day::DEFAULT, &[(200.0, None)], &meds)),
            ["12:00"]
        );
        let early = Day {
            bedtime: Clock::hm(22, 0),
            ..Day::DEFAULT
        };
        assert_eq!(
            mg_times(&schedule(&early, &[(200.0, None)], &meds)),
            ["12:00"]
        );
    }

    fn dose(med: MedId, time: Option<&str>) -> MedDose {
        MedDose {
            med,
            time: time.and_then(Clock::parse),
        }
    }

    fn times_of(s: &Schedule, kind: &str) -> Vec<String> {
        s.items
            .iter()
            .filter(|i| match i.kind {
                ItemKind::Iron => kind == "iron",
                ItemKind::Med(m) => m.id() == kind,
                ItemKind::Magnesium { .. } => kind == "magnesium",
            })
            .map(|i| i.time.format())
            .collect()
    }

    #[test]
    fn an_evening_bisphosphonate_leaves_the_evening_around_it() {
        let s = schedule(
            &Day::DEFAULT,
            &[(200.0, None)],
            &[dose(MedId::Bisphosphonate, Some("22:00"))],
        );
        assert!(s.conflict_with.is_empty());
        // ≥ 2 h before 22:00: 20:00, the nearest to the usual 21:00.
        assert_eq!(mg_times(&s), ["20:00"]);
    }

    #[test]
    fn default_iron_moves_clear_of_every_drug_it_binds() {
        let meds = [
            dose(MedId::Iron, None),
            dose(MedId::Quinolone, Some("08:00")),
            dose(MedId::Tetracycline, Some("08:00")),
            dose(MedId::Integrase, None),
            dose(MedId::Levothyroxine, None),
        ];
        let s = schedule(&Day::DEFAULT, &[(200.0, None)], &meds);
        // Levothyroxine 07:00, the HIV medicine 08:00 (their usual times); iron ≥ 4 h after the
        // quinolone and the HIV medicine (and levothyroxine): 12:00; magnesium in the evening.
        assert_eq!(times_of(&s, "levothyroxine"), ["07:00"]);
        assert_eq!(times_of(&s, "integrase"), ["08:00"]);
        assert_eq!(times_of(&s, "iron"), ["12:00"]);
        assert_eq!(mg_times(&s), ["21:00"]);
        assert!(s.med_clashes.is_empty() && s.conflict_with.is_empty());
        assert!(s.items.iter().any(|i| i.kind == ItemKind::Iron && i.moved));
    }

    #[test]
    fn twice_daily_antibiotics_assumed_leave_one_time_for_iron_and_magnesium() {
        // A quinolone without a time: 08:00 and 20:00. Magnesium and iron alike must be ≥ 4 h
        // after 08:00 and ≥ 8 h before 20:00: only 12:00, which cannot hold both.
        let s = schedule(
            &Day::DEFAULT,
            &[(200.0, None)],
            &[dose(MedId::Iron, None), dose(MedId::Quinolone, None)],
        );
        assert_eq!(times_of(&s, "quinolone"), ["08:00", "20:00"]);
        assert_eq!(mg_times(&s), Vec::<String>::new());
        assert_eq!(s.conflict_with, [MedId::Iron, MedId::Quinolone]);
        // Without iron, magnesium takes 12:00.
        let s = schedule(
            &Day::DEFAULT,
            &[(200.0, None)],
            &[dose(MedId::Quinolone, None)],
        );
        assert_eq!(mg_times(&s), ["12:00"]);
        assert_eq!(s.assumed.len(), 1);
        assert_eq!(s.assumed[0].times.len(), 2);
    }

    #[test]
    fn integrase_at_seven_pm_keeps_the_strictest_label() {
        // Juluca: the drug ≥ 4 h before magnesium or ≥ 6 h after it; 21:00 (2 h after) is out.
        let s = schedule(
            &Day::DEFAULT,
            &[(200.0, None)],
            &[dose(MedId::Integrase, Some("19:00"))],
        );
        let mg = mg_times(&s);
        assert_eq!(mg, ["13:00"]);
        let m = i32::from(Clock::parse(&mg[0]).unwrap().minutes());
        let drug = 19 * 60;
        assert!(m >= drug + 240 || m <= drug - 360);
    }

    #[test]
    fn a_medicine_keeps_its_usual_time_and_a_stated_iron_too_close_is_reported() {
        let s = schedule(
            &Day::DEFAULT,
            &[],
            &[
                dose(MedId::Levothyroxine, None),
                dose(MedId::Iron, Some("10:00")),
            ],
        );
        assert_eq!(times_of(&s, "levothyroxine"), ["07:00"]);
        assert_eq!(s.med_clashes.len(), 1);
        assert_eq!(s.med_clashes[0].rule.drug, MedId::Levothyroxine);
    }

    #[test]
    fn stated_times_that_break_a_window_are_reported() {
        let s = schedule(
            &Day::DEFAULT,
            &[],
            &[
                dose(MedId::Iron, Some("08:00")),
                dose(MedId::Levothyroxine, Some("07:00")),
                dose(MedId::Zinc, Some("09:00")),
            ],
        );
        let pairs: Vec<(MedId, MedId)> = s
            .med_clashes
            .iter()
            .map(|c| (c.rule.mineral, c.rule.drug))
            .collect();
        assert_eq!(
            pairs,
            [
                (MedId::Iron, MedId::Levothyroxine),
                (MedId::Iron, MedId::Zinc),
                (MedId::Zinc, MedId::Levothyroxine)
            ]
        );
    }

    #[test]
    fn an_assumed_iron_time_moves_around_a_stated_drug() {
        let s = schedule(
            &Day::DEFAULT,
            &[(200.0, None)],
            &[
                dose(MedId::Quinolone, Some("19:00")),
                dose(MedId::Iron, None),
            ],
        );
        // Iron's usual 08:00 is ≥ 8 h before 19:00 and far from yesterday's dose: it stays.
        assert_eq!(times_of(&s, "iron"), ["08:00"]);
        // Magnesium: not 21:00 (only 2 h after the quinolone); ≥ 8 h before it and ≥ 2 h from iron.
        assert_eq!(mg_times(&s), ["11:00"]);
        assert!(s.med_clashes.is_empty());
    }

    #[test]
    fn magnesium_may_go_first_when_an_assumed_mineral_would_take_its_only_time() {
        // Quinolone at 08:00 and 20:00 leaves only 12:00 for magnesium and for iron alike: no
        // order fits both, so the conflict is reported rather than a bad time.
        let s = schedule(
            &Day::DEFAULT,
            &[(200.0, None)],
            &[
                dose(MedId::Quinolone, Some("08:00")),
                dose(MedId::Quinolone, Some("20:00")),
                dose(MedId::Iron, None),
            ],
        );
        assert_eq!(mg_times(&s), Vec::<String>::new());
        assert_eq!(s.conflict_with, [MedId::Quinolone, MedId::Iron]);
    }
}
