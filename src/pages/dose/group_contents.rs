//! What each optional input group of the Dose screen holds: whether the URL gave it anything
//! (then it opens by itself) and the short line its closed summary shows ("2 medicines",
//! "eGFR 45"). Pure: it reads the query's raw text, so an invalid value still counts as given and
//! is shown as typed (its field explains it once the group is open).

use crate::state::{Param, Query};
use mg_engine::clock::Day;
use mg_engine::condition::Condition;
use mg_engine::input::MedDose;
use mg_engine::serum::SerumUnit;

/// The optional groups, in screen order. The id is the `data-group` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Day,
    Meds,
    Conditions,
    Kidneys,
    Blood,
    Other,
}

impl Group {
    pub const fn id(self) -> &'static str {
        match self {
            Group::Day => "day",
            Group::Meds => "meds",
            Group::Conditions => "conditions",
            Group::Kidneys => "kidneys",
            Group::Blood => "blood",
            Group::Other => "other",
        }
    }
}

/// A group's state as the URL gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contents {
    /// The URL sets at least one of its parameters.
    pub filled: bool,
    /// What it holds, in a few words.
    pub holds: String,
}

const NOTHING: &str = "Nothing entered";

fn given(q: &Query, params: &[Param]) -> bool {
    params
        .iter()
        .any(|p| q.get(*p).is_some_and(|v| p.omitted() != Some(v)))
}

/// Joins the parts with a middle dot; `NOTHING` when there are none.
fn line(parts: Vec<String>) -> String {
    if parts.is_empty() {
        NOTHING.to_owned()
    } else {
        parts.join(" · ")
    }
}

pub fn day(q: &Query) -> Contents {
    let d = Day::DEFAULT;
    let params = [
        (Param::Wake, "Wake", d.wake),
        (Param::Dinner, "Dinner", d.dinner),
        (Param::Bedtime, "Bed", d.bedtime),
    ];
    let filled = given(q, &params.map(|p| p.0));
    let parts = params
        .iter()
        .map(|(param, name, default)| {
            let time = q
                .get(*param)
                .map_or_else(|| default.format(), str::to_owned);
            format!("{name} {time}")
        })
        .collect();
    let holds = line(parts);
    Contents {
        filled,
        holds: if filled {
            holds
        } else {
            format!("{holds} (usual)")
        },
    }
}

/// `doses`: the valid doses of `meds`; a medicine taken several times a day counts once.
pub fn meds(q: &Query, doses: &[MedDose]) -> Contents {
    let mut ids = Vec::new();
    for d in doses {
        if !ids.contains(&d.med) {
            ids.push(d.med);
        }
    }
    Contents {
        filled: given(q, &[Param::Meds]),
        holds: match ids.len() {
            0 => "None ticked".to_owned(),
            1 => "1 medicine".to_owned(),
            n => format!("{n} medicines"),
        },
    }
}

pub fn conditions(q: &Query) -> Contents {
    let ticked = q
        .get(Param::Conditions)
        .unwrap_or("")
        .split(',')
        .filter_map(|id| Condition::parse(id.trim()))
        .map(|c| c.short().to_owned());
    Contents {
        filled: given(q, &[Param::Conditions]),
        holds: line(ticked.collect()),
    }
}

pub fn kidneys(q: &Query) -> Contents {
    let ckd = match q.get(Param::Ckd) {
        Some("yes") => Some("Kidney disease".to_owned()),
        Some("no") => Some("No kidney disease".to_owned()),
        _ => None,
    };
    let egfr = q.get(Param::Egfr).map(|v| format!("eGFR {v}"));
    Contents {
        filled: given(q, &[Param::Ckd, Param::Egfr]),
        holds: line(ckd.into_iter().chain(egfr).collect()),
    }
}

pub fn blood(q: &Query) -> Contents {
    let unit = q
        .get(Param::SerumUnit)
        .and_then(SerumUnit::parse)
        .unwrap_or(SerumUnit::MgDl);
    let parts = [
        q.get(Param::Serum)
            .map(|v| format!("Magnesium {v} {}", unit.label())),
        q.get(Param::Ferritin).map(|v| format!("Ferritin {v}")),
        q.get(Param::Tsat).map(|v| format!("TSAT {v} %")),
    ];
    Contents {
        filled: given(
            q,
            &[Param::Serum, Param::SerumUnit, Param::Ferritin, Param::Tsat],
        ),
        holds: line(parts.into_iter().flatten().collect()),
    }
}

pub fn other(q: &Query) -> Contents {
    let parts = [
        q.get(Param::OtherMg)
            .map(|v| format!("{v} mg/day from other products")),
        (q.get(Param::Gi) == Some("1")).then(|| "Stomach upset".to_owned()),
    ];
    Contents {
        filled: given(q, &[Param::OtherMg, Param::Gi]),
        holds: line(parts.into_iter().flatten().collect()),
    }
}

/// The groups the URL gives a value.
pub fn filled(q: &Query, doses: &[MedDose]) -> Vec<Group> {
    [
        (Group::Day, day(q)),
        (Group::Meds, meds(q, doses)),
        (Group::Conditions, conditions(q)),
        (Group::Kidneys, kidneys(q)),
        (Group::Blood, blood(q)),
        (Group::Other, other(q)),
    ]
    .into_iter()
    .filter(|(_, c)| c.filled)
    .map(|(g, _)| g)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use mg_engine::meds_param;

    fn q(search: &str) -> Query {
        Query::parse(search)
    }

    #[test]
    fn empty_groups_are_closed_and_say_so() {
        let empty = q("?age=45");
        for c in [kidneys(&empty), blood(&empty), other(&empty)] {
            assert_eq!(
                c,
                Contents {
                    filled: false,
                    holds: NOTHING.into()
                }
            );
        }
        assert!(!meds(&empty, &[]).filled);
        assert_eq!(meds(&empty, &[]).holds, "None ticked");
        assert!(!day(&empty).filled);
        assert_eq!(
            day(&empty).holds,
            "Wake 07:00 · Dinner 19:00 · Bed 22:30 (usual)"
        );
    }

    #[test]
    fn given_values_open_the_group_and_are_shown() {
        let k = kidneys(&q("?egfr=45"));
        assert!(k.filled);
        assert_eq!(k.holds, "eGFR 45");
        assert_eq!(
            kidneys(&q("?ckd=yes&egfr=45")).holds,
            "Kidney disease · eGFR 45"
        );
        assert_eq!(
            blood(&q("?serum=2.1&ferritin=40")).holds,
            "Magnesium 2.1 mg/dL · Ferritin 40"
        );
        assert_eq!(
            other(&q("?other_mg=100&gi=1")).holds,
            "100 mg/day from other products · Stomach upset"
        );
        let d = day(&q("?wake=06:30"));
        assert!(d.filled);
        assert_eq!(d.holds, "Wake 06:30 · Dinner 19:00 · Bed 22:30");
    }

    #[test]
    fn filled_lists_the_groups_with_a_value() {
        let query = q("?egfr=45&gi=1&age=40");
        assert_eq!(filled(&query, &[]), [Group::Kidneys, Group::Other]);
        assert!(filled(&q("?age=40"), &[]).is_empty());
    }

    #[test]
    fn an_invalid_value_still_opens_its_group() {
        assert!(blood(&q("?serum=abc")).filled);
        assert_eq!(blood(&q("?serum=abc")).holds, "Magnesium abc mg/dL");
    }

    #[test]
    fn defaults_written_out_do_not_open_a_group() {
        assert!(!other(&q("?gi=0")).filled);
    }

    #[test]
    fn medicines_count_once_however_many_times_they_are_taken() {
        let query = q("?meds=iron@08:00,levothyroxine,iron@20:00");
        let doses = meds_param::decode(query.get(Param::Meds).unwrap());
        let c = meds(&query, &doses);
        assert!(c.filled);
        assert_eq!(c.holds, "2 medicines");
        assert_eq!(
            meds(&q("?meds=iron"), &meds_param::decode("iron")).holds,
            "1 medicine"
        );
    }
}
