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
}

/// A message for one field of the form (`data-field` is `trial-` + the field's name).
#[derive(Clone, Debug, PartialEq)]
pub struct FormError {
    pub field: String,
    pub message: String,
}

/// The elemental mg the plan suggests for `date`: 0 on the trial's baseline days, the plan's
/// start-low then full dose after (the engine's phases); nothing before the trial or without
/// a plan on magnesium days.
pub fn suggested_mg(trial: Option<TrialSettings>, plan: Option<&Plan>, date: Date) -> Option<f64> {
    let t = trial?;
    match plan {
        Some(plan) => TrialPlan::from_plan(t.start, t.baseline_days, plan).suggested_mg(date),
        None => {
            let phases = TrialPlan {
                start: t.start,
                baseline_days: t.baseline_days,
                start_low_mg: 0.0,
                full_mg: 0.0,
            };
            matches!(phases.phase_on(date), Phase::Baseline { .. }).then_some(0.0)
        }
    }
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
        }
    }

    /// A new date picked: that day's entry if there is one; otherwise the ratings stay, and the
    /// amount follows the plan unless the person typed one.
    pub fn with_date(&self, text: &str, diary: &Diary, suggestion: Option<f64>) -> Form {
        if let Some(e) = Date::parse(text).ok().and_then(|d| diary.get(d)) {
            return Form::from_entry(e);
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
        });
        assert_eq!(suggested_mg(t, Some(&plan()), d("2026-12-01")), Some(0.0));
        assert_eq!(
            suggested_mg(t, Some(&plan()), d("2026-12-08")),
            Some(plan().titration[0].mg)
        );
        assert_eq!(suggested_mg(t, Some(&plan()), d("2026-12-15")), Some(300.0));
        assert_eq!(suggested_mg(t, None, d("2026-12-03")), Some(0.0));
        assert_eq!(suggested_mg(t, None, d("2026-12-09")), None);
        assert_eq!(suggested_mg(None, Some(&plan()), d("2026-12-09")), None);
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
