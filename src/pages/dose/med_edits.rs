//! Edits of the medicines list (`meds`), as actions: each is an `Action::Update` that edits the
//! doses the parameter holds when it is applied (read and written by the engine's
//! `meds_param`), not a copy from the last render. Used by the checklist and the finder.

use crate::state::{Action, Param};
use mg_engine::clock::Clock;
use mg_engine::input::MedDose;
use mg_engine::meds::MedId;
use mg_engine::meds_param;
use std::rc::Rc;

/// An edit of the list of doses, as an action on `meds`.
fn edit_doses(edit: impl Fn(&mut Vec<MedDose>) + 'static) -> Action {
    Action::Update(
        Param::Meds,
        Rc::new(move |current: &str| {
            let mut doses = meds_param::decode(current);
            edit(&mut doses);
            meds_param::encode(&doses)
        }),
    )
}

/// The index in `doses` of dose `n` (0-based) of `med`.
fn nth_dose(doses: &[MedDose], med: MedId, n: usize) -> Option<usize> {
    doses
        .iter()
        .enumerate()
        .filter(|(_, d)| d.med == med)
        .nth(n)
        .map(|(i, _)| i)
}

/// Ticking a medicine adds one dose at its usual time; unticking removes all of its doses.
pub fn tick(med: MedId, on: bool) -> Action {
    edit_doses(move |doses| {
        if on {
            if !doses.iter().any(|d| d.med == med) {
                doses.push(MedDose { med, time: None });
            }
        } else {
            doses.retain(|d| d.med != med);
        }
    })
}

/// One more dose of `med`, at its usual time until one is entered.
pub fn add_dose(med: MedId) -> Action {
    edit_doses(move |doses| doses.push(MedDose { med, time: None }))
}

/// The time of dose `n` of `med` (an empty or invalid time means the usual one).
pub fn set_time(med: MedId, n: usize, time: String) -> Action {
    edit_doses(move |doses| {
        if let Some(i) = nth_dose(doses, med, n) {
            doses[i].time = Clock::parse(&time);
        }
    })
}

/// The doses of `med` written out at `times` (the assumed ones the screen shows, and any stated):
/// each becomes an `id@HH:MM` entry where the medicine was first listed, so every time has a
/// field the person can change.
pub fn write_times(med: MedId, times: Vec<Clock>) -> Action {
    edit_doses(move |doses| {
        let at = doses
            .iter()
            .position(|d| d.med == med)
            .unwrap_or(doses.len());
        doses.retain(|d| d.med != med);
        let at = at.min(doses.len());
        doses.splice(
            at..at,
            times.iter().map(|&t| MedDose { med, time: Some(t) }),
        );
    })
}

pub fn remove_dose(med: MedId, n: usize) -> Action {
    edit_doses(move |doses| {
        if let Some(i) = nth_dose(doses, med, n) {
            doses.remove(i);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `action` makes of the `meds` value `current`.
    fn apply(action: Action, current: &str) -> String {
        match action {
            Action::Update(Param::Meds, update) => update(current),
            _ => panic!("not an update of meds"),
        }
    }

    #[test]
    fn ticking_adds_one_dose_and_unticking_removes_all() {
        assert_eq!(apply(tick(MedId::Iron, true), ""), "iron");
        assert_eq!(apply(tick(MedId::Iron, true), "zinc"), "zinc,iron");
        assert_eq!(apply(tick(MedId::Iron, true), "iron@09:00"), "iron@09:00");
        assert_eq!(
            apply(
                tick(MedId::Quinolone, false),
                "quinolone@08:00,iron,quinolone@20:00"
            ),
            "iron"
        );
    }

    #[test]
    fn times_and_extra_doses_address_the_nth_dose_of_one_medicine() {
        let meds = "quinolone@08:00,iron,quinolone";
        assert_eq!(
            apply(set_time(MedId::Quinolone, 1, "20:00".into()), meds),
            "quinolone@08:00,iron,quinolone@20:00"
        );
        assert_eq!(
            apply(set_time(MedId::Quinolone, 0, String::new()), meds),
            "quinolone,iron,quinolone"
        );
        assert_eq!(
            apply(remove_dose(MedId::Quinolone, 0), meds),
            "iron,quinolone"
        );
        assert_eq!(apply(remove_dose(MedId::Quinolone, 5), meds), meds);
        assert_eq!(
            apply(add_dose(MedId::Iron), meds),
            "quinolone@08:00,iron,quinolone,iron"
        );
    }

    #[test]
    fn assumed_doses_are_written_out_where_the_medicine_was_listed() {
        let times = vec![Clock::hm(8, 0), Clock::hm(20, 0)];
        assert_eq!(
            apply(
                write_times(MedId::Quinolone, times.clone()),
                "iron,quinolone,zinc"
            ),
            "iron,quinolone@08:00,quinolone@20:00,zinc"
        );
        assert_eq!(
            apply(
                write_times(MedId::Quinolone, times.clone()),
                "quinolone@08:00,iron,quinolone"
            ),
            "quinolone@08:00,quinolone@20:00,iron"
        );
        assert_eq!(
            apply(write_times(MedId::Quinolone, times), ""),
            "quinolone@08:00,quinolone@20:00"
        );
    }

    #[test]
    fn edits_keep_only_valid_doses() {
        assert_eq!(apply(add_dose(MedId::Zinc), "bogus,iron"), "iron,zinc");
    }
}
