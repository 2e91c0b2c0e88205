//! Turning what a person typed (URL parameter strings) into validated engine input.
//! Each invalid value yields a `FieldError` for its field and falls back to empty/default;
//! every other field still applies.

use crate::clock::{Clock, Day};
use crate::condition::Condition;
use crate::decimal::trimmed;
use crate::excerpt::{quoted, quoted_list};
use crate::field::Field;
use crate::field_error::FieldError;
use crate::forms::FormId;
use crate::kidney::{Ckd, MAX_EGFR};
use crate::label::{Label, LabelAmount, MAX_SERVING, MAX_UNIT_MMOL, MIN_UNIT_MMOL};
use crate::meds::MedId;
use crate::person::{LifeStage, Person, Sex, CHILDBEARING_AGES, MAX_AGE};
use crate::product::{Basis, Product, MAX_UNIT_MG};
use crate::region::Region;
use crate::serum::{Serum, SerumUnit};
use crate::units::UnitKind;

/// The raw text of each input, keyed like the URL parameters. `None` or empty = not given.
#[derive(Clone, Copy, Debug, Default)]
pub struct RawInput<'a> {
    pub age: Option<&'a str>,
    pub sex: Option<&'a str>,
    pub stage: Option<&'a str>,
    pub form: Option<&'a str>,
    pub unit_mg: Option<&'a str>,
    pub basis: Option<&'a str>,
    pub target: Option<&'a str>,
    pub egfr: Option<&'a str>,
    pub ckd: Option<&'a str>,
    pub serum: Option<&'a str>,
    pub serum_unit: Option<&'a str>,
    pub ferritin: Option<&'a str>,
    pub tsat: Option<&'a str>,
    pub wake: Option<&'a str>,
    pub dinner: Option<&'a str>,
    pub bedtime: Option<&'a str>,
    pub other_mg: Option<&'a str>,
    pub meds: Option<&'a str>,
    pub gi: Option<&'a str>,
    // Regional reference values and labels as printed (docs/medical-reference.md §§2b, 3).
    pub region: Option<&'a str>,
    pub unit_mmol: Option<&'a str>,
    pub serving: Option<&'a str>,
    pub conditions: Option<&'a str>,
    /// What one unit is: tablet, capsule, sachet, scoop or ml (docs/contract.md).
    pub unit_kind: Option<&'a str>,
}

impl<'a> RawInput<'a> {
    /// The slot of one input; `None` for a field the engine does not read (view, theme, …).
    pub fn field_mut(&mut self, field: Field) -> Option<&mut Option<&'a str>> {
        Some(match field {
            Field::Age => &mut self.age,
            Field::Sex => &mut self.sex,
            Field::Stage => &mut self.stage,
            Field::Form => &mut self.form,
            Field::UnitMg => &mut self.unit_mg,
            Field::Basis => &mut self.basis,
            Field::Target => &mut self.target,
            Field::Egfr => &mut self.egfr,
            Field::Ckd => &mut self.ckd,
            Field::Serum => &mut self.serum,
            Field::SerumUnit => &mut self.serum_unit,
            Field::Ferritin => &mut self.ferritin,
            Field::Tsat => &mut self.tsat,
            Field::Wake => &mut self.wake,
            Field::Dinner => &mut self.dinner,
            Field::Bedtime => &mut self.bedtime,
            Field::OtherMg => &mut self.other_mg,
            Field::Meds => &mut self.meds,
            Field::Gi => &mut self.gi,
            Field::Region => &mut self.region,
            Field::UnitMmol => &mut self.unit_mmol,
            Field::Serving => &mut self.serving,
            Field::Conditions => &mut self.conditions,
            Field::UnitKind => &mut self.unit_kind,
            Field::View
            | Field::Quiz
            | Field::Embed
            | Field::Theme
            | Field::Price
            | Field::Count
            | Field::BForm
            | Field::BUnitMg
            | Field::BBasis
            | Field::BPrice
            | Field::BCount
            | Field::Sort
            | Field::Filter
            | Field::Lifestyle => return None,
        })
    }

    /// The raw text of one input (`None` also for a field the engine does not read).
    pub fn get(&self, field: Field) -> Option<&'a str> {
        let mut copy = *self;
        copy.field_mut(field).and_then(|slot| *slot)
    }
}

/// One dose of a medicine the person takes; `time: None` = the app's stated conventional time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MedDose {
    pub med: MedId,
    pub time: Option<Clock>,
}

/// Validated input to `evaluate`.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub person: Person,
    pub form: FormId,
    /// mg per unit as printed on the label, with its basis.
    pub unit_mg: Option<f64>,
    pub basis: Basis,
    /// Planned daily elemental mg; `None` = the app's suggestion.
    pub target_mg: Option<f64>,
    pub egfr: Option<f64>,
    pub ckd: Ckd,
    pub serum: Option<Serum>,
    pub ferritin: Option<f64>,
    pub tsat: Option<f64>,
    pub day: Day,
    /// Elemental mg/day already taken from other supplements, antacids or laxatives.
    pub other_mg: f64,
    pub meds: Vec<MedDose>,
    /// Stomach upset on the current supplement.
    pub gi_upset: bool,
    /// Whose requirement and supplemental limit apply.
    pub region: Region,
    /// The label's amount in mmol of magnesium, instead of `unit_mg` (never both).
    pub unit_mmol: Option<f64>,
    /// Units the label's amount is for (1–10).
    pub serving: u8,
    /// Conditions that rule out self-dosing, each once, in contract order.
    pub conditions: Vec<Condition>,
    /// What one unit of the product is; sachets, scoops and liquids may be halved.
    pub unit_kind: UnitKind,
}

impl Default for Input {
    fn default() -> Self {
        Input {
            person: Person::default(),
            form: FormId::DEFAULT,
            unit_mg: None,
            basis: Basis::default(),
            target_mg: None,
            egfr: None,
            ckd: Ckd::default(),
            serum: None,
            ferritin: None,
            tsat: None,
            day: Day::DEFAULT,
            other_mg: 0.0,
            meds: Vec::new(),
            gi_upset: false,
            region: Region::default(),
            unit_mmol: None,
            serving: 1,
            conditions: Vec::new(),
            unit_kind: UnitKind::default(),
        }
    }
}

impl Input {
    /// One unit of the person's product: the label's amount per serving shared among its units.
    pub fn product(&self) -> Option<Product> {
        self.label().map(|l| l.product(self.form))
    }

    /// The label's amount as printed (mg wins if both were set; `validate` never sets both).
    pub fn label(&self) -> Option<Label> {
        let amount = match (self.unit_mg, self.unit_mmol) {
            (Some(mg), _) => LabelAmount::Mg {
                mg,
                basis: self.basis,
            },
            (None, Some(mmol)) => LabelAmount::Mmol(mmol),
            (None, None) => return None,
        };
        Some(Label {
            amount,
            serving: self.serving,
        })
    }
}

pub const MAX_TARGET_MG: f64 = 2000.0;
pub const MAX_OTHER_MG: f64 = 5000.0;
pub const MAX_MED_DOSES: usize = 24;
/// The shortest waking day (waking to bedtime) the schedule accepts, in hours: shorter is almost
/// always a typo (e.g. 07:00 to 09:00 for 21:00), and doses would crowd together.
pub const MIN_WAKING_HOURS: u16 = 8;
/// Smallest mg per unit accepted (anything smaller is a typo for grams or micrograms).
pub const MIN_UNIT_MG: f64 = 1.0;

fn given(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// A plain decimal number (no NaN, no infinity, no units) within `min..=max`.
/// `min_exclusive` makes the lower bound strict.
pub fn parse_number(s: &str, min: f64, min_exclusive: bool, max: f64) -> Option<f64> {
    // A decimal comma reads as a point (contract).
    let v = crate::decimal::parse_input(s)?;
    let above_min = if min_exclusive { v > min } else { v >= min };
    (v.is_finite() && above_min && v <= max).then_some(v)
}

struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    fn number(
        &mut self,
        field: Field,
        raw: Option<&str>,
        (min, excl, max): (f64, bool, f64),
        what: &str,
    ) -> Option<f64> {
        let s = given(raw)?;
        let v = parse_number(s, min, excl, max);
        if v.is_none() {
            let (min, max) = (trimmed(min, 3), trimmed(max, 3));
            let bound = if excl {
                format!("above {min}")
            } else {
                format!("from {min}")
            };
            self.errors.push(FieldError::new(
                field,
                format!(
                    "{} is not a valid {what}: enter a number {bound} up to {max}.",
                    quoted(s)
                ),
            ));
        }
        v
    }

    fn choice<T>(
        &mut self,
        field: Field,
        raw: Option<&str>,
        parse: impl Fn(&str) -> Option<T>,
        allowed: &str,
    ) -> Option<T> {
        let s = given(raw)?;
        let v = parse(s);
        if v.is_none() {
            self.errors.push(FieldError::new(
                field,
                format!("{} is not one of the choices: {allowed}.", quoted(s)),
            ));
        }
        v
    }

    fn time(&mut self, field: Field, raw: Option<&str>, default: Clock) -> Clock {
        self.choice(
            field,
            raw,
            Clock::parse,
            "a 24-hour time such as 07:30 (HH:MM)",
        )
        .unwrap_or(default)
    }

    fn meds(&mut self, raw: Option<&str>) -> Vec<MedDose> {
        let Some(s) = given(raw) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut unknown = Vec::new();
        let mut bad_times = Vec::new();
        let mut dropped = Vec::new();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (id, time) = match part.split_once('@') {
                Some((id, t)) => (id.trim(), Some(t.trim())),
                None => (part, None),
            };
            let Some(med) = MedId::parse(id) else {
                unknown.push(id.to_string());
                continue;
            };
            let time = match time.map(|t| (t, Clock::parse(t))) {
                Some((_, Some(c))) => Some(c),
                Some((t, None)) => {
                    bad_times.push(format!("{id}@{t}"));
                    None
                }
                None => None,
            };
            if out.len() < MAX_MED_DOSES {
                out.push(MedDose { med, time });
            } else {
                dropped.push(part.to_string());
            }
        }
        if !unknown.is_empty() {
            self.errors.push(FieldError::new(
                Field::Meds,
                format!(
                    "Unknown medicine id(s) ignored: {}.",
                    quoted_list(unknown.iter().map(String::as_str))
                ),
            ));
        }
        if !dropped.is_empty() {
            self.errors.push(FieldError::new(
                Field::Meds,
                format!(
                    "Only the first {MAX_MED_DOSES} doses are used; left out: {}.",
                    quoted_list(dropped.iter().map(String::as_str))
                ),
            ));
        }
        if !bad_times.is_empty() {
            self.errors.push(FieldError::new(
                Field::Meds,
                format!("Time not understood for {} — use HH:MM (24-hour); the usual time is assumed instead.", quoted_list(bad_times.iter().map(String::as_str))),
            ));
        }
        out
    }

    fn conditions(&mut self, raw: Option<&str>) -> Vec<Condition> {
        let Some(s) = given(raw) else {
            return Vec::new();
        };
        let mut unknown = Vec::new();
        let mut found = Vec::new();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match Condition::parse(part) {
                Some(c) => found.push(c),
                None => unknown.push(part),
            }
        }
        if !unknown.is_empty() {
            let known: Vec<&str> = Condition::ALL.iter().map(|c| c.id()).collect();
            self.errors.push(FieldError::new(
                Field::Conditions,
                format!(
                    "Unknown condition(s) ignored: {}. Known: {}.",
                    quoted_list(unknown.iter().copied()),
                    known.join(", ")
                ),
            ));
        }
        Condition::ALL
            .into_iter()
            .filter(|c| found.contains(c))
            .collect()
    }
}

/// A bedtime that makes the waking day at least `MIN_WAKING_HOURS` long: the usual bedtime, or
/// else the usual waking time (a night-shift day), or else a full-length day from waking.
fn assumed_bedtime(wake: Clock) -> Clock {
    let d = Day::DEFAULT;
    let long_enough = |bed: Clock| {
        Day {
            wake,
            dinner: d.dinner,
            bedtime: bed,
        }
        .length()
            >= MIN_WAKING_HOURS * 60
    };
    [d.bedtime, d.wake]
        .into_iter()
        .find(|b| *b != wake && long_enough(*b))
        .unwrap_or_else(|| Clock::wrapping(i32::from(wake.minutes()) + i32::from(d.length())))
}

/// Validates every field independently. Never panics, whatever the strings hold.
pub fn validate(raw: &RawInput) -> (Input, Vec<FieldError>) {
    let mut v = Validator { errors: Vec::new() };
    let d = Input::default();

    let age = given(raw.age).and_then(|s| {
        let age = s.parse::<u8>().ok().filter(|a| *a <= MAX_AGE);
        if age.is_none() {
            v.errors.push(FieldError::new(Field::Age, format!("{} is not a valid age: enter whole years from 0 to {MAX_AGE} (0 = under one year).", quoted(s))));
        }
        age
    });
    let sex = v.choice(Field::Sex, raw.sex, Sex::parse, "female or male");
    let mut stage = v
        .choice(
            Field::Stage,
            raw.stage,
            LifeStage::parse,
            "none, pregnant or lactating",
        )
        .unwrap_or_default();
    if stage != LifeStage::None {
        let wrong_sex = sex == Some(Sex::Male);
        let wrong_age = age.is_some_and(|a| !CHILDBEARING_AGES.contains(&a));
        if wrong_sex || wrong_age {
            v.errors.push(FieldError::new(
                Field::Stage,
                "Pregnancy and breastfeeding values exist only for females aged 14–50, so this choice is ignored.",
            ));
            stage = LifeStage::None;
        }
    }

    let form = v
        .choice(
            Field::Form,
            raw.form,
            FormId::parse,
            "a form from the list (e.g. glycinate, citrate, oxide)",
        )
        .unwrap_or(d.form);
    let unit_mg = v.number(
        Field::UnitMg,
        raw.unit_mg,
        (MIN_UNIT_MG, false, MAX_UNIT_MG),
        "amount per tablet (mg)",
    );
    let basis = v
        .choice(
            Field::Basis,
            raw.basis,
            Basis::parse,
            "elemental or compound",
        )
        .unwrap_or_default();
    let unit_kind = v
        .choice(
            Field::UnitKind,
            raw.unit_kind,
            UnitKind::parse,
            "tablet, capsule, sachet, scoop or ml",
        )
        .unwrap_or_default();
    let target_mg = v.number(
        Field::Target,
        raw.target,
        (0.0, true, MAX_TARGET_MG),
        "daily dose (mg/day)",
    );
    let egfr = v.number(
        Field::Egfr,
        raw.egfr,
        (0.0, true, MAX_EGFR),
        "eGFR (mL/min/1.73 m²)",
    );
    let ckd = v
        .choice(Field::Ckd, raw.ckd, Ckd::parse, "yes, no or unknown")
        .unwrap_or_default();
    let serum_unit = v
        .choice(
            Field::SerumUnit,
            raw.serum_unit,
            SerumUnit::parse,
            "mg_dl, mmol_l or meq_l",
        )
        .unwrap_or_default();
    let serum = v
        .number(
            Field::Serum,
            raw.serum,
            (0.0, true, serum_unit.max_plausible()),
            &format!("blood magnesium ({})", serum_unit.label()),
        )
        .map(|value| Serum {
            value,
            unit: serum_unit,
        });
    let ferritin = v.number(
        Field::Ferritin,
        raw.ferritin,
        (0.0, true, crate::iron::MAX_FERRITIN),
        "ferritin (ng/mL)",
    );
    let tsat = v.number(
        Field::Tsat,
        raw.tsat,
        (0.0, true, 100.0),
        "transferrin saturation (%)",
    );
    let wake = v.time(Field::Wake, raw.wake, d.day.wake);
    let dinner = v.time(Field::Dinner, raw.dinner, d.day.dinner);
    let bedtime_given = v.choice(
        Field::Bedtime,
        raw.bedtime,
        Clock::parse,
        "a 24-hour time such as 07:30 (HH:MM)",
    );
    let short = |bed: Clock| {
        Day {
            wake,
            dinner,
            bedtime: bed,
        }
        .length()
            < MIN_WAKING_HOURS * 60
            || bed == wake
    };
    let bedtime = match bedtime_given {
        Some(bed) if short(bed) => {
            let assumed = assumed_bedtime(wake);
            v.errors.push(FieldError::new(
                Field::Bedtime,
                if bed == wake {
                    format!("Bedtime cannot be the same as waking time; {assumed} is assumed.")
                } else {
                    format!("From waking at {wake} to bed at {bed} is less than {MIN_WAKING_HOURS} hours, too short a day to space doses in; {assumed} is assumed. Check the time (24-hour clock: 21:00 for 9 pm).")
                },
            ));
            assumed
        }
        Some(bed) => bed,
        // Only a bedtime the person gave gets a message; without one, the usual bedtime is
        // assumed when it leaves a full enough day (a night-shift waking time gets another).
        None => assumed_bedtime(wake),
    };
    let other_mg = v
        .number(
            Field::OtherMg,
            raw.other_mg,
            (0.0, false, MAX_OTHER_MG),
            "amount from other products (mg/day)",
        )
        .unwrap_or(0.0);
    let meds = v.meds(raw.meds);
    let gi_upset = v
        .choice(
            Field::Gi,
            raw.gi,
            |s| match s {
                "0" => Some(false),
                "1" => Some(true),
                _ => None,
            },
            "0 (no) or 1 (yes)",
        )
        .unwrap_or(false);
    let conditions = v.conditions(raw.conditions);

    let (region, unit_mmol, serving) = v.region_and_label(raw);

    let input = Input {
        person: Person { age, sex, stage },
        form,
        unit_mg,
        basis,
        target_mg,
        egfr,
        ckd,
        serum,
        ferritin,
        tsat,
        day: Day {
            wake,
            dinner,
            bedtime,
        },
        other_mg,
        meds,
        gi_upset,
        region,
        unit_mmol,
        serving,
        conditions,
        unit_kind,
    };
    (input, v.errors)
}

impl Validator {
    /// `region`, `unit_mmol` and `serving`. `unit_mmol` beside a given `unit_mg` is an error on
    /// `unit_mmol` (contract), and the mg figure is used.
    fn region_and_label(&mut self, raw: &RawInput) -> (Region, Option<f64>, u8) {
        let region = self
            .choice(Field::Region, raw.region, Region::parse, "us, eu or uk")
            .unwrap_or_default();
        let mut unit_mmol = self.number(
            Field::UnitMmol,
            raw.unit_mmol,
            (MIN_UNIT_MMOL, false, MAX_UNIT_MMOL),
            "amount per tablet (mmol of magnesium)",
        );
        if given(raw.unit_mg).is_some() && unit_mmol.is_some() {
            self.errors.push(FieldError::new(
                Field::UnitMmol,
                "Give the label's amount either in mg or in mmol, not both; the mg figure is used.",
            ));
            unit_mmol = None;
        }
        let serving = given(raw.serving).map_or(1, |s| {
            s.parse::<u8>()
                .ok()
                .filter(|n| (1..=MAX_SERVING).contains(n))
                .unwrap_or_else(|| {
                    self.errors.push(FieldError::new(
                        Field::Serving,
                        format!("{} is not a valid number of units per serving: enter a whole number from 1 to {MAX_SERVING}; 1 is assumed.", quoted(s)),
                    ));
                    1
                })
        });
        (region, unit_mmol, serving)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.name()).collect()
    }

    #[test]
    fn valid_input_parses_fully() {
        let raw = RawInput {
            age: Some("45"),
            sex: Some("female"),
            stage: Some("pregnant"),
            form: Some("citrate"),
            unit_mg: Some("1000"),
            basis: Some("compound"),
            target: Some("250"),
            egfr: Some("45"),
            ckd: Some("yes"),
            serum: Some("0.8"),
            serum_unit: Some("mmol_l"),
            ferritin: Some("40"),
            tsat: Some("15"),
            wake: Some("06:30"),
            dinner: Some("18:45"),
            bedtime: Some("23:00"),
            other_mg: Some("50"),
            meds: Some("quinolone@08:00,quinolone@20:00,iron"),
            gi: Some("1"),
            conditions: Some("myasthenia,heart_block"),
            ..Default::default()
        };
        let (i, errors) = validate(&raw);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            i.person,
            Person {
                age: Some(45),
                sex: Some(Sex::Female),
                stage: LifeStage::Pregnant
            }
        );
        assert_eq!(
            (i.form, i.unit_mg, i.basis, i.target_mg),
            (FormId::Citrate, Some(1000.0), Basis::Compound, Some(250.0))
        );
        assert_eq!(
            i.serum,
            Some(Serum {
                value: 0.8,
                unit: SerumUnit::MmolL
            })
        );
        assert_eq!(i.meds.len(), 3);
        assert_eq!(
            i.meds[1],
            MedDose {
                med: MedId::Quinolone,
                time: Clock::parse("20:00")
            }
        );
        assert_eq!(i.meds[2].time, None);
        assert!(i.gi_upset);
        assert_eq!(i.conditions, [Condition::HeartBlock, Condition::Myasthenia]);
    }

    #[test]
    fn invalid_values_report_their_field_and_keep_the_rest() {
        let raw = RawInput {
            age: Some("abc"),
            sex: Some("male"),
            unit_mg: Some("0"),
            target: Some("NaN"),
            egfr: Some("-5"),
            serum: Some("inf"),
            ferritin: Some("1e999"),
            tsat: Some("101"),
            wake: Some("7:00"),
            bedtime: Some("25:00"),
            meds: Some("aspirin,levothyroxine@9"),
            gi: Some("yes"),
            form: Some("unobtainium"),
            ..Default::default()
        };
        let (i, errors) = validate(&raw);
        assert_eq!(
            fields(&errors),
            [
                "age", "form", "unit_mg", "target", "egfr", "serum", "ferritin", "tsat", "wake",
                "bedtime", "meds", "meds", "gi"
            ]
        );
        assert_eq!(i.person.sex, Some(Sex::Male));
        assert_eq!(i.form, FormId::Glycinate);
        assert_eq!(
            i.meds,
            vec![MedDose {
                med: MedId::Levothyroxine,
                time: None
            }]
        );
        assert_eq!(i.day, Day::DEFAULT);
    }

    #[test]
    fn stage_only_for_females_14_to_50() {
        let (i, e) = validate(&RawInput {
            age: Some("55"),
            sex: Some("female"),
            stage: Some("pregnant"),
            ..Default::default()
        });
        assert_eq!(
            (i.person.stage, fields(&e)),
            (LifeStage::None, vec!["stage"])
        );
        let (_, e) = validate(&RawInput {
            age: Some("30"),
            sex: Some("male"),
            stage: Some("lactating"),
            ..Default::default()
        });
        assert_eq!(fields(&e), ["stage"]);
        let (i, e) = validate(&RawInput {
            age: Some("14"),
            sex: Some("female"),
            stage: Some("lactating"),
            ..Default::default()
        });
        assert_eq!((i.person.stage, e.len()), (LifeStage::Lactating, 0));
    }

    #[test]
    fn numbers_reject_units_and_specials() {
        for bad in ["NaN", "inf", "-inf", "12mg", "1,2,3", " ", "0x10", "1e3"] {
            assert_eq!(parse_number(bad, 0.0, true, 1e9), None, "{bad}");
        }
        // The contract accepts a decimal comma: `1,5` = `1.5`.
        assert_eq!(parse_number("1,5", 0.0, true, 10.0), Some(1.5));
        assert_eq!(parse_number("1.5", 0.0, true, 10.0), Some(1.5));
        assert_eq!(parse_number("0", 0.0, true, 10.0), None);
        assert_eq!(parse_number("0", 0.0, false, 10.0), Some(0.0));
    }

    #[test]
    fn unknown_conditions_are_named_and_known_ones_kept() {
        let (i, e) = validate(&RawInput {
            conditions: Some("heart_block,gout"),
            ..Default::default()
        });
        assert_eq!(i.conditions, [Condition::HeartBlock]);
        assert_eq!(fields(&e), ["conditions"]);
        assert!(e[0].message.contains("gout"));
    }

    /// docs/medical-reference.md §8: a waking day under 8 h is a message on `bedtime`.
    #[test]
    fn a_waking_day_under_eight_hours_is_a_bedtime_error() {
        for (wake, bed, error) in [
            ("07:00", "09:00", true),
            ("07:00", "14:59", true),
            ("07:00", "15:00", false),
            ("22:00", "05:59", true),
            ("22:00", "06:00", false),
        ] {
            let (i, e) = validate(&RawInput {
                wake: Some(wake),
                bedtime: Some(bed),
                ..Default::default()
            });
            assert_eq!(
                fields(&e),
                if error { vec!["bedtime"] } else { vec![] },
                "{wake}–{bed}"
            );
            assert!(i.day.length() >= MIN_WAKING_HOURS * 60, "{wake}–{bed}");
        }
        let (_, e) = validate(&RawInput {
            bedtime: Some("09:00"),
            ..Default::default()
        });
        assert!(
            e[0].message.contains("less than 8 hours"),
            "{}",
            e[0].message
        );
        // Without a bedtime, a late waking time gets a full day and no message.
        let (i, e) = validate(&RawInput {
            wake: Some("20:00"),
            ..Default::default()
        });
        assert!(e.is_empty());
        assert!(i.day.length() >= MIN_WAKING_HOURS * 60);
    }

    #[test]
    fn equal_wake_and_bedtime_is_rejected() {
        let (i, e) = validate(&RawInput {
            wake: Some("08:00"),
            bedtime: Some("08:00"),
            ..Default::default()
        });
        assert_eq!(fields(&e), ["bedtime"]);
        assert_ne!(i.day.wake, i.day.bedtime);
    }
}
