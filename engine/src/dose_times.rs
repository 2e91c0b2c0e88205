//! Every dose of every medicine in the day: the times the person stated, and for a medicine listed
//! without a time, its class's usual number of daily doses at conventional times spread over the
//! waking day (docs/medical-reference.md §7, "Usual number of daily doses").

use crate::clock::{Clock, Day};
use crate::input::MedDose;
use crate::meds::{DefaultTime, MedId};

/// One dose in the day: the person's time, or one the app assumed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayDose {
    pub med: MedId,
    pub time: Clock,
    /// The person gave no time for this dose; the app assumed it.
    pub assumed: bool,
}

/// A medicine with doses the app assumed, for the screen: how many and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assumed {
    pub med: MedId,
    /// The assumed times, in the order of the day (the medicine's stated times are not here).
    pub times: Vec<Clock>,
    /// All of the medicine's doses in the day, stated ones included, in the order of the day:
    /// what writing the doses out explicitly puts in `meds`.
    pub all_times: Vec<Clock>,
}

/// The first of several assumed doses: about an hour after waking (with breakfast), or on waking
/// for a medicine taken on an empty stomach first thing.
const FIRST_DOSE_AFTER_WAKING: u16 = 60;
/// Assumed doses are put on whole five minutes.
const ROUND_TO: u16 = 5;

/// The usual time of a single daily dose of `med`.
pub fn usual_time(day: &Day, med: MedId) -> Clock {
    match med.med().default_time {
        DefaultTime::OnWaking => day.wake,
        DefaultTime::AfterWaking(m) => day.at(m.min(day.length())),
        DefaultTime::WithDinner => day
            .dinner_offset()
            .map_or_else(|| day.at(day.length() / 2), |_| day.dinner),
        DefaultTime::AtBedtime => day.bedtime,
    }
}

/// Minutes between `n` assumed doses: about 12 h for two, 6 h for three (docs §7); more than
/// three share the waking day evenly.
fn interval(day: &Day, first: u16, n: u16) -> u16 {
    match n {
        2 => 12 * 60,
        3 => 6 * 60,
        _ => day.length().saturating_sub(first) / (n - 1),
    }
}

/// Conventional times for `n` daily doses of `med` in `day`: the usual time for one dose; for
/// more, the first after waking and the rest at the usual interval, all before bedtime (a short
/// waking day brings them closer together).
pub fn usual_times(day: &Day, med: MedId, n: usize) -> Vec<Clock> {
    let n = u16::try_from(n.max(1)).unwrap_or(u16::MAX).min(24);
    if n == 1 {
        return vec![usual_time(day, med)];
    }
    let len = day.length();
    let first = match med.med().default_time {
        DefaultTime::OnWaking => 0,
        _ => FIRST_DOSE_AFTER_WAKING.min(len),
    };
    let span = (interval(day, first, n) * (n - 1)).min(len - first);
    (0..n)
        .map(|k| {
            let step = u32::from(span) * u32::from(k) / u32::from(n - 1);
            day.at(first + (step as u16) / ROUND_TO * ROUND_TO)
        })
        .collect()
}

/// How many doses a day a medicine listed `listed` times, none with a time, is taken: its usual
/// number, or more when the person listed more.
pub fn assumed_count(med: MedId, listed: usize) -> usize {
    usize::from(med.med().usual_doses).max(listed)
}

/// Every dose of the day, in the order given (a medicine's assumed doses where it is first
/// listed), and the medicines with assumed doses.
///
/// A medicine with no stated time gets its usual number of doses (or as many as it is listed, if
/// more). A medicine with some stated times is taken as often as it is listed: the stated doses
/// take the conventional times nearest to them, and each dose without a time one of the rest.
pub fn day_doses(day: &Day, meds: &[MedDose]) -> (Vec<DayDose>, Vec<Assumed>) {
    let mut doses = Vec::with_capacity(meds.len() + 4);
    let mut assumed: Vec<Assumed> = Vec::new();
    for (i, d) in meds.iter().enumerate() {
        if let Some(time) = d.time {
            doses.push(DayDose {
                med: d.med,
                time,
                assumed: false,
            });
            continue;
        }
        // The first dose of this medicine without a time stands for all of its assumed doses.
        if meds[..i].iter().any(|e| e.med == d.med && e.time.is_none()) {
            continue;
        }
        let stated: Vec<Clock> = meds
            .iter()
            .filter(|e| e.med == d.med)
            .filter_map(|e| e.time)
            .collect();
        let listed = meds.iter().filter(|e| e.med == d.med).count();
        let times = if stated.is_empty() {
            usual_times(day, d.med, assumed_count(d.med, listed))
        } else {
            free_slots(day, usual_times(day, d.med, listed), &stated)
        };
        doses.extend(times.iter().map(|&time| DayDose {
            med: d.med,
            time,
            assumed: true,
        }));
        let mut all_times: Vec<Clock> = stated.iter().chain(&times).copied().collect();
        crate::small_sort::sort_by_key(&mut all_times, |t| day.offset_of(*t));
        assumed.push(Assumed {
            med: d.med,
            times,
            all_times,
        });
    }
    (doses, assumed)
}

/// The conventional `slots` left once each stated time has taken the one nearest to it.
fn free_slots(day: &Day, mut slots: Vec<Clock>, stated: &[Clock]) -> Vec<Clock> {
    let distance = |a: Clock, b: Clock| {
        let d = day.offset_of(a).abs_diff(day.offset_of(b));
        d.min(24 * 60 - d)
    };
    for &t in stated {
        let nearest = (0..slots.len()).min_by_key(|&i| distance(slots[i], t));
        if let Some(i) = nearest {
            slots.remove(i);
        }
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(times: &[Clock]) -> Vec<String> {
        times.iter().map(|t| t.format()).collect()
    }

    /// docs/medical-reference.md §7, "Usual number of daily doses", row by row.
    #[test]
    fn usual_number_of_daily_doses_for_every_class() {
        let expected: [(MedId, u8); 17] = [
            (MedId::Bisphosphonate, 1),
            (MedId::Tetracycline, 2),
            (MedId::Quinolone, 2),
            (MedId::Levothyroxine, 1),
            (MedId::Iron, 1),
            (MedId::Zinc, 1),
            (MedId::Gabapentin, 3),
            (MedId::Integrase, 1),
            (MedId::Raltegravir, 1),
            (MedId::Eltrombopag, 1),
            (MedId::Penicillamine, 2),
            (MedId::Mycophenolate, 2),
            (MedId::Digoxin, 1),
            (MedId::Ppi, 1),
            (MedId::LoopDiuretic, 1),
            (MedId::Thiazide, 1),
            (MedId::PotassiumSparing, 1),
        ];
        assert_eq!(expected.map(|e| e.0), MedId::ALL);
        for (med, n) in expected {
            assert_eq!(med.med().usual_doses, n, "{med:?}");
            let (doses, assumed) = day_doses(&Day::DEFAULT, &[MedDose { med, time: None }]);
            assert_eq!(doses.len(), usize::from(n), "{med:?}");
            assert!(doses.iter().all(|d| d.assumed && d.med == med));
            assert_eq!(assumed.len(), 1);
            assert_eq!(assumed[0].times.len(), usize::from(n));
        }
        // Levothyroxine and bisphosphonates: once, on waking.
        for med in [MedId::Levothyroxine, MedId::Bisphosphonate] {
            assert_eq!(hm(&usual_times(&Day::DEFAULT, med, 1)), ["07:00"]);
        }
    }

    #[test]
    fn two_doses_twelve_hours_apart_three_six_hours_apart() {
        let day = Day::DEFAULT; // 07:00–22:30
        for med in [
            MedId::Tetracycline,
            MedId::Quinolone,
            MedId::Mycophenolate,
            MedId::Penicillamine,
        ] {
            assert_eq!(
                hm(&usual_times(&day, med, 2)),
                ["08:00", "20:00"],
                "{med:?}"
            );
        }
        assert_eq!(
            hm(&usual_times(&day, MedId::Gabapentin, 3)),
            ["08:00", "14:00", "20:00"]
        );
        // A short waking day (08:00–17:00) keeps every dose before bedtime.
        let short = Day {
            wake: Clock::hm(8, 0),
            dinner: Clock::hm(16, 0),
            bedtime: Clock::hm(17, 0),
        };
        assert_eq!(
            hm(&usual_times(&short, MedId::Quinolone, 2)),
            ["09:00", "17:00"]
        );
        // A night shift: waking at 14:00, bed at 06:00.
        let night = Day {
            wake: Clock::hm(14, 0),
            dinner: Clock::hm(22, 0),
            bedtime: Clock::hm(6, 0),
        };
        assert_eq!(
            hm(&usual_times(&night, MedId::Quinolone, 2)),
            ["15:00", "03:00"]
        );
        // Four doses share the waking day.
        assert_eq!(
            hm(&usual_times(&day, MedId::Tetracycline, 4)),
            ["08:00", "12:50", "17:40", "22:30"]
        );
    }

    #[test]
    fn stated_doses_take_the_nearest_slot_and_the_rest_are_assumed() {
        let d = |med, t: Option<&str>| MedDose {
            med,
            time: t.and_then(Clock::parse),
        };
        let (doses, assumed) = day_doses(
            &Day::DEFAULT,
            &[
                d(MedId::Quinolone, Some("09:00")),
                d(MedId::Iron, None),
                d(MedId::Quinolone, None),
            ],
        );
        let got: Vec<(MedId, String, bool)> = doses
            .iter()
            .map(|x| (x.med, x.time.format(), x.assumed))
            .collect();
        assert_eq!(
            got,
            [
                (MedId::Quinolone, "09:00".into(), false),
                (MedId::Iron, "08:00".into(), true),
                (MedId::Quinolone, "20:00".into(), true),
            ]
        );
        assert_eq!(assumed[1].med, MedId::Quinolone);
        assert_eq!(hm(&assumed[1].times), ["20:00"]);
        assert_eq!(hm(&assumed[1].all_times), ["09:00", "20:00"]);
        // Every dose stated: nothing assumed. Listed twice without a time: still the usual two.
        let (_, assumed) = day_doses(&Day::DEFAULT, &[d(MedId::Quinolone, Some("08:00"))]);
        assert!(assumed.is_empty());
        let (doses, _) = day_doses(
            &Day::DEFAULT,
            &[d(MedId::Quinolone, None), d(MedId::Quinolone, None)],
        );
        assert_eq!(doses.len(), 2);
        // Listed three times without a time: three doses.
        let (doses, _) = day_doses(&Day::DEFAULT, &[d(MedId::Quinolone, None); 3]);
        assert_eq!(doses.len(), 3);
    }
}
