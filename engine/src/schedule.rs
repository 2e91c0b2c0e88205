//! A day's timeline: magnesium placed around the person's medicines so every spacing rule holds.

use crate::clock::{Clock, Day};
use crate::input::MedDose;
use crate::meds::{spacing_holds, DefaultTime, MedId, Spacing};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ItemKind {
    Magnesium { mg: f64, units: Option<u32> },
    Iron,
    Med(MedId),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    pub time: Clock,
    /// Minutes after waking: the timeline's order.
    pub offset: u16,
    pub kind: ItemKind,
    /// True when the person gave no time and the app assumed the usual one.
    pub time_assumed: bool,
    /// Set on the evening magnesium dose when it falls at dinner.
    pub with_dinner: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    pub items: Vec<Item>,
    /// Medicines that left no valid time for a magnesium dose (then no magnesium is placed).
    pub conflict_with: Vec<MedId>,
}

/// Candidate times are tried on a 5-minute grid.
const STEP: u16 = 5;
/// The latest a dose may be taken before bedtime when the preferred window is blocked.
const LATEST_BEFORE_BED: u16 = 30;
/// The least time between the morning and the evening portion of a split dose.
const MIN_GAP_BETWEEN_PORTIONS: u16 = 180;

pub fn med_time(day: &Day, dose: &MedDose) -> Clock {
    dose.time
        .unwrap_or_else(|| match dose.med.med().default_time {
            DefaultTime::OnWaking => day.wake,
            DefaultTime::AfterWaking(m) => day.at(m.min(day.length())),
            DefaultTime::WithDinner => day
                .dinner_offset()
                .map_or_else(|| day.at(day.length() / 2), |_| day.dinner),
            DefaultTime::AtBedtime => day.bedtime,
        })
}

/// A dose taken while asleep (after bedtime, before waking) counts as taken before this day
/// started, so "magnesium only after it" rules see it as already taken.
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

/// Nearest-to-ideal first, preferred window before the fallback window.
fn candidates(slot: &Slot) -> impl Iterator<Item = u16> {
    by_distance(slot.ideal, slot.preferred)
        .into_iter()
        .chain(by_distance(slot.ideal, slot.fallback))
}

/// The grid `lo, lo + STEP, …, hi`, nearest to `ideal` first and the earlier of two equally near
/// times first: the grid is split at `ideal` and merged outwards (no sort needed).
fn by_distance(ideal: u16, (lo, hi): (u16, u16)) -> Vec<u16> {
    let grid: Vec<u16> = (lo..=hi).step_by(usize::from(STEP)).collect();
    let split = grid.partition_point(|&t| t <= ideal);
    let mut below = grid[..split].iter().rev().copied().peekable();
    let mut above = grid[split..].iter().copied().peekable();
    let mut out = Vec::with_capacity(grid.len());
    loop {
        let next = match (below.peek(), above.peek()) {
            (Some(&b), Some(&a)) if ideal - b > a - ideal => above.next(),
            _ => below.next().or_else(|| above.next()),
        };
        match next {
            Some(t) => out.push(t),
            None => return out,
        }
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

/// Places `portions` (mg, units) of magnesium around `meds`. With no portions, only medicines.
pub fn schedule(day: &Day, portions: &[(f64, Option<u32>)], meds: &[MedDose]) -> Schedule {
    let placed_meds: Vec<(MedDose, Clock)> = meds.iter().map(|d| (*d, med_time(day, d))).collect();
    let rules: Vec<(MedId, Spacing, i32)> = placed_meds
        .iter()
        .map(|(d, t)| (d.med, d.med.med().spacing, night_before(day, *t)))
        .filter(|(_, s, _)| *s != Spacing::None)
        .collect();

    let mut items = Vec::new();
    let mut conflict_with = Vec::new();
    let dinner = day.dinner_offset();
    let mut previous: Option<u16> = None;
    for (slot, &(mg, units)) in slots(day, portions.len()).iter().zip(portions) {
        let ok = |o: u16| {
            rules
                .iter()
                .all(|(_, s, d)| spacing_holds(*s, i32::from(o), *d))
        };
        // A second portion whose evening is blocked may come earlier, if it stays a few hours
        // after the first: a split that fits beats "no time fits".
        let later_than_first =
            |p: u16| by_distance(slot.ideal, (p + MIN_GAP_BETWEEN_PORTIONS, slot.fallback.1));
        let found = candidates(slot)
            .find(|&o| ok(o))
            .or_else(|| later_than_first(previous?).into_iter().find(|&o| ok(o)));
        previous = found;
        match found {
            Some(offset) => items.push(Item {
                time: day.at(offset),
                offset,
                kind: ItemKind::Magnesium { mg, units },
                time_assumed: false,
                with_dinner: Some(offset) == dinner,
            }),
            None => {
                // Each medicine once, in the order given (`dedup` alone misses non-adjacent repeats).
                for (med, _, _) in &rules {
                    if !conflict_with.contains(med) {
                        conflict_with.push(*med);
                    }
                }
                items.retain(|i| !matches!(i.kind, ItemKind::Magnesium { .. }));
                break;
            }
        }
    }
    for (dose, time) in placed_meds {
        let kind = if dose.med == MedId::Iron {
            ItemKind::Iron
        } else {
            ItemKind::Med(dose.med)
        };
        items.push(Item {
            time,
            offset: day.offset_of(time),
            kind,
            time_assumed: dose.time.is_none(),
            with_dinner: false,
        });
    }
    crate::small_sort::sort_by_key(&mut items, |i| i.day_order(day));
    Schedule {
        items,
        conflict_with,
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

    #[test]
    fn candidates_are_nearest_first_earlier_on_ties() {
        for (ideal, window) in [
            (60, (0, 180)),
            (0, (0, 40)),
            (200, (0, 180)),
            (37, (10, 100)),
            (90, (90, 90)),
            (50, (60, 0)),
        ] {
            let mut expected: Vec<u16> = (window.0..=window.1).step_by(usize::from(STEP)).collect();
            expected.sort_by_key(|t| (t.abs_diff(ideal), *t));
            assert_eq!(
                by_distance(ideal, window),
                expected,
                "ideal {ideal}, window {window:?}"
            );
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
    fn quinolone_morning_and_evening_leaves_an_afternoon_slot() {
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
        let s = schedule(&Day::DEFAULT, &[(200.0, None)], &meds);
        // The 1–2 h-before-bed window is within 2 h of the 20:00 dose; 22:00 (30 min before bed)
        // is the nearest time that is ≥ 2 h after it and ≥ 6 h before tomorrow's 08:00 dose.
        assert_eq!(mg_times(&s), ["22:00"]);
        let early = Day {
            bedtime: Clock::hm(22, 0),
            ..Day::DEFAULT
        };
        // With a 22:00 bedtime only 10:00–14:00 remains (≥ 2 h after 08:00, ≥ 6 h before 20:00).
        assert_eq!(
            mg_times(&schedule(&early, &[(200.0, None)], &meds)),
            ["14:00"]
        );
    }
}
