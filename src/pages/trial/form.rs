//! The morning form's values and how they become a diary entry (pure; tested natively). The
//! engine checks every field (`Entry::from_raw`); this adds what only the form knows: the
//! amount as typed, and that a morning entry is about a day that has passed.

use crate::diary::TrialSettings;
use mg_engine::decimal;
use mg_engine::plan::Plan;
use mg_engine::trial::{Date, Diary, Entry, EntryField, Phase, TrialPlan};

/// What the form holds, as the person left it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    pub date: String,
    pub symptoms: Option<u8>,
    pub sleep: Option<u8>,
    /// Elemental mg as typed (`,` or `.` as decimal mark; blank = not recorded).
    pub magnesium: String,
    /// The person typed the amount: a new date no longer replaces it with the plan's.
    pub magnesium_typed: bool,
    pub gi: bool,
    pub note: String,
    /// The date holds an entry already: saving replaces it.
    pub editing: bool,
    /// The entry the date held when the form was filled in (`None` for a new day): if storage
    /// holds something else at saving time, another window changed the day meanwhile.
    pub based_on: Option<Entry>,
}

/// A message for one field of the form (`data-field` is `trial-` + the field's name).
#[derive(Clone, Debug, PartialEq)]
pub struct FormError {
    pub field: String,
    pub message: String,
}

/// The amount the person recorded last before `date` (days left unrecorded do not count).
pub fn last_recorded_mg(diary: &Diary, date: Date) -> Option<f64> {
    diary
        .entries()
        .iter()
        .rev()
        .filter(|e| e.date() < date)
        .find_map(Entry::magnesium_mg)
}

/// The evening a morning entry dated `date` records: the one before (the morning rates last
/// evening and night, and the magnesium taken then; docs/medical-reference.md §8b).
pub fn evening_of(date: Date) -> Option<Date> {
    date.add_days(-1)
}

/// The elemental mg to prefill for the morning entry dated `date`, by the evening it records
/// (`evening_of`): 0 on the trial's baseline evenings (and on the evening before a trial that
/// starts with a baseline), then the plan's start-low and full dose (the engine's phases) — the
/// plan on the page, else the one saved when the trial started. So the first amount is
/// prefilled on the morning after the first evening with magnesium, and a 7-day baseline gets
/// its 7 mornings. With neither plan (a trial started before any plan was entered) or no trial
/// started here (a diary imported without one), the amount the person recorded last (`last`),
/// above 0 once the baseline is over, so a morning entry does not silently stop counting.
pub fn suggested_mg(
    trial: Option<TrialSettings>,
    plan: Option<&Plan>,
    date: Date,
    last: Option<f64>,
) -> Option<f64> {
    let Some(t) = trial else {
        return last;
    };
    let evening = evening_of(date)?;
    let phases = match (plan, t.planned_mg) {
        (Some(plan), _) => Some(TrialPlan::from_plan(t.start, t.baseline_days, plan)),
        (None, Some((start_low_mg, full_mg))) => Some(TrialPlan {
            start: t.start,
            baseline_days: t.baseline_days,
            start_low_mg,
            full_mg,
        }),
        (None, None) => None,
    };
    let timing = phases.unwrap_or(TrialPlan {
        start: t.start,
        baseline_days: t.baseline_days,
        start_low_mg: 0.0,
        full_mg: 0.0,
    });
    match timing.phase_on(evening) {
        Phase::BeforeStart if t.baseline_days > 0 => Some(0.0),
        Phase::BeforeStart => last,
        Phase::Baseline { .. } => Some(0.0),
        _ => match phases {
            Some(p) => p.suggested_mg(evening),
            None => last.filter(|mg| *mg > 0.0),
        },
    }
}

/// The amount to prefill, under the trial's rules: 0 while a finding rules out magnesium
/// (`blocked`), else `suggested_mg`.
pub fn prefill_mg(
    blocked: bool,
    trial: Option<TrialSettings>,
    plan: Option<&Plan>,
    date: Date,
    last: Option<f64>,
) -> Option<f64> {
    if blocked {
        return Some(0.0);
    }
    suggested_mg(trial, plan, date, last)
}

/// Whether the morning form asks for the magnesium taken. While a finding rules out magnesium
/// the diary is one of symptoms without it, and the form has no amount field (each day is
/// saved with 0) — unless the diary already records magnesium (a trial started before the
/// finding), where the amount stays so what was taken can still be recorded, with a message.
pub fn asks_amount(blocked: bool, diary: &Diary) -> bool {
    !blocked || diary.entries().iter().any(Entry::took_magnesium)
}

/// Another window's entry for the form's date, saved since the form was filled in: what would
/// be overwritten without asking. A day deleted meanwhile is no conflict (saving loses nothing).
pub fn conflict(form: &Form, stored_now: Option<&Entry>) -> Option<Entry> {
    stored_now
        .filter(|now| form.based_on.as_ref() != Some(*now))
        .cloned()
}

impl Form {
    /// The form for `date`: the entry it holds, or empty with the suggested amount.
    pub fn for_date(date: Date, diary: &Diary, suggestion: Option<f64>) -> Form {
        match diary.get(date) {
            Some(e) => Form::from_entry(e),
            None => Form {
                date: date.to_string(),
                magnesium: suggestion.map(decimal::typed).unwrap_or_default(),
                ..Form::default()
            },
        }
    }

    pub fn from_entry(e: &Entry) -> Form {
        Form {
            date: e.date().to_string(),
            symptoms: e.symptoms(),
            sleep: e.sleep(),
            magnesium: e.magnesium_mg().map(decimal::typed).unwrap_or_default(),
            magnesium_typed: true,
            gi: e.gi(),
            note: e.note().to_owned(),
            editing: true,
            based_on: Some(e.clone()),
        }
    }

    /// A new date picked: that day's entry if there is one; otherwise the ratings being typed
    /// stay, and the amount follows the plan unless the person typed one. A form that showed
    /// another day's entry starts empty: that day's ratings are never copied onto a missed day.
    pub fn with_date(&self, text: &str, diary: &Diary, suggestion: Option<f64>) -> Form {
        if let Some(e) = Date::parse(text).ok().and_then(|d| diary.get(d)) {
            return Form::from_entry(e);
        }
        if self.editing {
            return Form {
                date: text.to_owned(),
                magnesium: suggestion.map(decimal::typed).unwrap_or_default(),
                ..Form::default()
            };
        }
        let magnesium = if self.magnesium_typed {
            self.magnesium.clone()
        } else {
            suggestion.map(decimal::typed).unwrap_or_default()
        };
        Form {
            date: text.to_owned(),
            magnesium,
            editing: false,
            based_on: None,
            ..self.clone()
        }
    }

    /// The entry, or a message at each field that is not valid.
    pub fn to_entry(&self, today: Date) -> Result<Entry, Vec<FormError>> {
        let amount = self.magnesium.trim();
        let magnesium_mg = (!amount.is_empty())
            .then(|| decimal::parse(&amount.replace(',', ".")).unwrap_or(f64::NAN));
        let mut errors = Vec::new();
        if Date::parse(&self.date).is_ok_and(|d| d > today) {
            errors.push(FormError {
                field: field_name(EntryField::Date),
                message: format!(
                    "{} is after today: rate a night that has passed.",
                    self.date
                ),
            });
        }
        let entry = Entry::from_raw(
            &self.date,
            self.symptoms.map(f64::from),
            self.sleep.map(f64::from),
            magnesium_mg,
            self.gi,
            &self.note,
        );
        match entry {
            Ok(e) if errors.is_empty() => Ok(e),
            Ok(_) => Err(errors),
            Err(found) => {
                errors.extend(found.iter().map(|e| FormError {
                    field: field_name(e.field()),
                    message: e.message(),
                }));
                Err(errors)
            }
        }
    }
}

/// The `data-field` of a form field.
pub fn field_name(field: EntryField) -> String {
    format!("trial-{}", field.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn plan() -> Plan {
        mg_engine::plan::plan(Some(300.0), None, None).unwrap()
    }

    #[test]
    fn the_amount_follows_the_phases() {
        let t = Some(TrialSettings {
            start: d("2026-12-01"),
            baseline_days: 7,
            planned_mg: None,
        });
        let p = Some(&plan());
        // The morning of the start rates the evening before: none, as a baseline begins.
        assert_eq!(suggested_mg(t, p, d("2026-12-01"), Some(150.0)), Some(0.0));
        // The 7th baseline evening (12-07) is rated on the morning of 12-08: still 0 …
        assert_eq!(suggested_mg(t, p, d("2026-12-08"), None), Some(0.0));
        // … and the first magnesium evening (12-08) on the morning after.
        assert_eq!(
            suggested_mg(t, p, d("2026-12-09"), None),
            Some(plan().titration[0].mg)
        );
        // The start-low week is the evenings 12-08..14; the full dose from the morning of 12-16.
        assert_eq!(
            suggested_mg(t, p, d("2026-12-15"), Some(150.0)),
            Some(plan().titration[0].mg)
        );
        assert_eq!(
            suggested_mg(t, p, d("2026-12-16"), Some(150.0)),
            Some(300.0)
        );
        assert_eq!(
            suggested_mg(t, None, d("2026-12-03"), Some(150.0)),
            Some(0.0)
        );
        assert_eq!(suggested_mg(t, None, d("2026-12-09"), None), None);
    }

    #[test]
    fn without_a_plan_or_a_trial_the_last_recorded_amount() {
        let t = Some(TrialSettings {
            start: d("2026-12-01"),
            baseline_days: 7,
            planned_mg: None,
        });
        // After the baseline, without the Dose entries: the amount taken last.
        assert_eq!(
            suggested_mg(t, None, d("2026-12-20"), Some(300.0)),
            Some(300.0)
        );
        // The last recorded day was a baseline day: 0 is not carried past the baseline.
        assert_eq!(suggested_mg(t, None, d("2026-12-20"), Some(0.0)), None);
        // A diary imported without a trial: whatever was recorded last, 0 included.
        assert_eq!(
            suggested_mg(None, Some(&plan()), d("2026-12-09"), Some(0.0)),
            Some(0.0)
        );
        assert_eq!(suggested_mg(None, None, d("2026-12-09"), None), None);
        // The plan saved when the trial started fills in the amount on a page without one.
        let saved = Some(TrialSettings {
            start: d("2026-12-01"),
            baseline_days: 7,
            planned_mg: Some((100.0, 250.0)),
        });
        assert_eq!(suggested_mg(saved, None, d("2026-12-03"), None), Some(0.0));
        assert_eq!(suggested_mg(saved, None, d("2026-12-08"), None), Some(0.0));
        assert_eq!(
            suggested_mg(saved, None, d("2026-12-09"), None),
            Some(100.0)
        );
        assert_eq!(
            suggested_mg(saved, None, d("2026-12-20"), Some(0.0)),
            Some(250.0)
        );
    }

    #[test]
    fn a_seven_day_baseline_gets_seven_mornings_without_magnesium() {
        let t = Some(TrialSettings {
            start: d("2026-12-01"),
            baseline_days: 7,
            planned_mg: Some((100.0, 300.0)),
        });
        // The mornings after the 7 baseline evenings (12-02..12-08) are all prefilled 0.
        let zero_mornings = (1..=7)
            .filter_map(|n| d("2026-12-01").add_days(n))
            .filter(|m| suggested_mg(t, None, *m, None) == Some(0.0))
            .count();
        assert_eq!(zero_mornings, 7);
        assert_eq!(suggested_mg(t, None, d("2026-12-09"), None), Some(100.0));
        // Without a baseline, the first evening is the start day: its amount on the next
        // morning; the start morning rates the evening before the trial (left as recorded).
        let now = Some(TrialSettings {
            start: d("2026-12-01"),
            baseline_days: 0,
            planned_mg: Some((100.0, 300.0)),
        });
        assert_eq!(suggested_mg(now, None, d("2026-12-01"), None), None);
        assert_eq!(suggested_mg(now, None, d("2026-12-02"), None), Some(100.0));
        assert_eq!(evening_of(d("2026-03-01")), Some(d("2026-02-28")));
    }

    #[test]
    fn a_block_prefills_none_and_drops_the_amount_field() {
        let t = Some(TrialSettings {
            start: d("2026-12-01"),
            baseline_days: 0,
            planned_mg: Some((100.0, 300.0)),
        });
        assert_eq!(prefill_mg(true, t, None, d("2026-12-05"), None), Some(0.0));
        assert_eq!(
            prefill_mg(false, t, None, d("2026-12-05"), None),
            Some(100.0)
        );
        let e = |date: &str, mg: f64| {
            Entry::from_raw(date, Some(3.0), Some(5.0), Some(mg), false, "").unwrap()
        };
        let symptoms_only = Diary::from_entries([e("2026-12-01", 0.0)]).0;
        let with_magnesium = Diary::from_entries([e("2026-12-01", 0.0), e("2026-12-02", 200.0)]).0;
        assert!(!asks_amount(true, &Diary::new()));
        assert!(!asks_amount(true, &symptoms_only));
        assert!(asks_amount(true, &with_magnesium));
        assert!(asks_amount(false, &Diary::new()));
    }

    #[test]
    fn the_last_recorded_amount_skips_later_and_unrecorded_days() {
        let e = |date: &str, mg: Option<f64>| {
            Entry::from_raw(date, Some(3.0), Some(5.0), mg, false, "").unwrap()
        };
        let (diary, _) = Diary::from_entries([
            e("2026-12-01", Some(0.0)),
            e("2026-12-10", Some(250.0)),
            e("2026-12-11", None),
            e("2026-12-13", Some(300.0)),
        ]);
        assert_eq!(last_recorded_mg(&diary, d("2026-12-12")), Some(250.0));
        assert_eq!(last_recorded_mg(&diary, d("2026-12-14")), Some(300.0));
        assert_eq!(last_recorded_mg(&diary, d("2026-12-01")), None);
    }

    #[test]
    fn a_day_saved_elsewhere_meanwhile_is_a_conflict() {
        let e = |symptoms: f64| {
            Entry::from_raw(
                "2026-11-30",
                Some(symptoms),
                Some(5.0),
                Some(0.0),
                false,
                "",
            )
            .unwrap()
        };
        let (diary, _) = Diary::from_entries([e(3.0)]);
        let editing = Form::from_entry(diary.get(d("2026-11-30")).unwrap());
        assert_eq!(conflict(&editing, Some(&e(3.0))), None, "unchanged");
        assert_eq!(
            conflict(&editing, Some(&e(9.0))),
            Some(e(9.0)),
            "changed elsewhere"
        );
        assert_eq!(conflict(&editing, None), None, "deleted elsewhere");
        let new_day = Form::for_date(d("2026-11-30"), &Diary::new(), None);
        assert_eq!(
            conflict(&new_day, Some(&e(9.0))),
            Some(e(9.0)),
            "entered elsewhere"
        );
        assert_eq!(conflict(&new_day, None), None);
    }

    #[test]
    fn moving_an_edited_day_to_a_missed_day_starts_empty() {
        let (diary, _) = Diary::from_entries([Entry::from_raw(
            "2026-11-27",
            Some(8.0),
            Some(2.0),
            Some(100.0),
            true,
            "bad night",
        )
        .unwrap()]);
        let edited = Form::from_entry(diary.get(d("2026-11-27")).unwrap());
        let moved = edited.with_date("2026-11-28", &diary, Some(100.0));
        assert_eq!(moved.symptoms, None);
        assert_eq!(moved.sleep, None);
        assert!(!moved.gi);
        assert_eq!(moved.note, "");
        assert_eq!(moved.magnesium, "100");
        assert!(!moved.editing);
    }

    #[test]
    fn a_valid_form_is_an_entry() {
        let f = Form {
            date: "2026-12-02".into(),
            symptoms: Some(6),
            sleep: Some(4),
            magnesium: "100,5".into(),
            note: "late coffee".into(),
            ..Form::default()
        };
        let e = f.to_entry(d("2026-12-02")).unwrap();
        assert_eq!(
            (e.symptoms(), e.sleep(), e.magnesium_mg()),
            (Some(6), Some(4), Some(100.5))
        );
        assert_eq!(Form::from_entry(&e).magnesium, "100.5");
    }

    #[test]
    fn each_invalid_field_has_its_message() {
        let f = Form {
            date: "2026-12-09".into(),
            magnesium: "lots".into(),
            note: "x".repeat(501),
            ..Form::default()
        };
        let errors = f.to_entry(d("2026-12-02")).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["trial-date", "trial-magnesium_mg", "trial-note"]);
        assert!(errors[2].message.contains("501"));
        let blank = Form {
            date: String::new(),
            ..Form::default()
        };
        assert_eq!(
            blank.to_entry(d("2026-12-02")).unwrap_err()[0].field,
            "trial-date"
        );
    }

    #[test]
    fn picking_a_date_loads_its_entry_or_keeps_the_ratings() {
        let e = Entry::from_raw("2026-12-01", Some(7.0), Some(3.0), Some(0.0), true, "x").unwrap();
        let diary = Diary::from_entries([e]).0;
        let f = Form::for_date(d("2026-12-02"), &diary, Some(0.0));
        assert_eq!((f.magnesium.as_str(), f.editing), ("0", false));
        let f = Form {
            symptoms: Some(5),
            ..f
        };
        let loaded = f.with_date("2026-12-01", &diary, Some(0.0));
        assert!(loaded.editing && loaded.gi && loaded.symptoms == Some(7));
        let moved = f.with_date("2026-12-10", &diary, Some(100.0));
        assert_eq!((moved.symptoms, moved.magnesium.as_str()), (Some(5), "100"));
        let typed = Form {
            magnesium: "250".into(),
            magnesium_typed: true,
            ..f
        };
        assert_eq!(
            typed.with_date("2026-12-10", &diary, Some(100.0)).magnesium,
            "250"
        );
    }
}
