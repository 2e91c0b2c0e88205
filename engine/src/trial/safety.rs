//! The trial under the Dose screen's rules (docs/medical-reference.md §8b): which of the one
//! evaluation's findings rule out a trial with magnesium, and what a logged daily amount breaks —
//! the supplemental limit of the chosen region (with magnesium from other products counted), or
//! a stop in force. Pure; the Trial and Report screens only show what this decides.

use super::diary::Diary;
use super::explain::days;
use crate::decimal::{amount, amount_beside};
use crate::evaluate::{safety_limit, Evaluation};
use crate::finding::{Finding, RuleId, Severity};
use crate::input::Input;
use crate::regional_requirement::limit_words;

/// Whether `f` rules out a trial with magnesium: every stop-level finding, and `under-18` (no
/// RLS dose of magnesium is given under 18, docs/medical-reference.md §8, so there is no plan to
/// try).
pub fn blocks_trial(f: &Finding) -> bool {
    f.severity == Severity::Stop || f.rule == RuleId::Under18
}

/// The supplemental limit that applies to a logged amount.
#[derive(Clone, Debug, PartialEq)]
pub struct AmountLimit {
    /// mg/day of magnesium from supplements and medicines.
    pub mg: u16,
    /// How the limit is named after "the N mg/day": "upper limit for your age from supplements",
    /// or the region's authority and kind of limit.
    pub words: String,
}

/// The rules a trial runs under, from the evaluation of the person's entries.
#[derive(Clone, Debug, PartialEq)]
pub struct TrialRules {
    /// The findings that rule out a trial with magnesium, in the evaluation's order (stops
    /// first). Empty: a trial may start.
    pub blocks: Vec<Finding>,
    /// `None` under one year (and then a stop applies anyway).
    pub limit: Option<AmountLimit>,
    /// Magnesium a day from other products (`other_mg`), counted with the logged amount.
    pub other_mg: f64,
}

/// What is wrong with one logged daily amount.
#[derive(Clone, Debug, PartialEq)]
pub enum AmountProblem {
    /// Magnesium logged while a finding rules it out.
    WhileBlocked { mg: f64, rule: RuleId },
    /// The amount plus other products is above the supplemental limit.
    AboveLimit {
        mg: f64,
        other_mg: f64,
        limit: AmountLimit,
    },
}

impl AmountProblem {
    /// The message shown at the amount.
    pub fn message(&self) -> String {
        match self {
            AmountProblem::WhileBlocked { mg, rule } => format!(
                "{} mg of magnesium is recorded, but your details rule it out ({}: see the stop \
                 above). Do not take magnesium on your own; ask your clinician first.",
                amount(*mg),
                rule.id()
            ),
            AmountProblem::AboveLimit {
                mg,
                other_mg,
                limit,
            } => {
                let total = mg + other_mg;
                let what = if *other_mg > 0.0 {
                    format!(
                        "{} mg plus {} mg a day from other products is {} mg a day, which is",
                        amount(*mg),
                        amount(*other_mg),
                        amount_beside(total, f64::from(limit.mg))
                    )
                } else {
                    format!("{} mg a day is", amount_beside(*mg, f64::from(limit.mg)))
                };
                format!(
                    "{what} above the {} mg/day {}. Above it diarrhoea and cramps become likely: \
                     take more only if a clinician prescribes it.",
                    limit.mg, limit.words
                )
            }
        }
    }
}

impl TrialRules {
    /// The rules for `input` under its evaluation `eval` (the Dose screen's one evaluation).
    pub fn new(input: &Input, eval: &Evaluation) -> TrialRules {
        let limit = safety_limit(&input.person, &eval.requirement).map(|l| AmountLimit {
            mg: l.mg,
            words: limit_words(input.region, &l, "from supplements"),
        });
        TrialRules {
            blocks: eval
                .findings
                .iter()
                .filter(|f| blocks_trial(f))
                .cloned()
                .collect(),
            limit,
            other_mg: input.other_mg,
        }
    }

    /// A finding rules out a trial with magnesium.
    pub fn blocked(&self) -> bool {
        !self.blocks.is_empty()
    }

    /// The first finding that rules the trial out (the one a single message names).
    pub fn first_block(&self) -> Option<&Finding> {
        self.blocks.first()
    }

    /// What is wrong with `mg` logged for one day; `None` for no magnesium or an amount within
    /// the rules. A block comes first: then any amount is too much.
    pub fn amount_problem(&self, mg: f64) -> Option<AmountProblem> {
        if mg <= 0.0 || mg.is_nan() {
            return None;
        }
        if let Some(f) = self.first_block() {
            return Some(AmountProblem::WhileBlocked { mg, rule: f.rule });
        }
        let limit = self.limit.clone()?;
        (mg + self.other_mg > f64::from(limit.mg)).then_some(AmountProblem::AboveLimit {
            mg,
            other_mg: self.other_mg,
            limit,
        })
    }

    /// What the verdict and the report say about the diary under these rules: days with
    /// magnesium while a finding rules it out, days above the limit. Empty when all is well.
    pub fn diary_notes(&self, diary: &Diary) -> Vec<String> {
        let taken = diary.entries().iter().filter_map(|e| e.magnesium_mg());
        let mut notes = Vec::new();
        if let Some(f) = self.first_block() {
            let n = taken.filter(|mg| *mg > 0.0).count();
            if n > 0 {
                notes.push(format!(
                    "The diary records magnesium on {}, but your details now rule out taking it \
                     on your own ({}): {} Stop it and talk with your clinician before taking more.",
                    days(n),
                    f.rule.id(),
                    f.message
                ));
            }
            return notes;
        }
        if let Some(limit) = &self.limit {
            let above = taken
                .filter(|mg| *mg + self.other_mg > f64::from(limit.mg))
                .count();
            if above > 0 {
                let with_other = if self.other_mg > 0.0 {
                    format!(
                        " (with the {} mg a day from other products)",
                        amount(self.other_mg)
                    )
                } else {
                    String::new()
                };
                notes.push(format!(
                    "On {} the diary records more magnesium{with_other} than the {} mg/day {}. \
                     Above it diarrhoea and cramps become likely: keep within it unless a \
                     clinician prescribes more.",
                    days(above),
                    limit.mg,
                    limit.words
                ));
            }
        }
        notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate;
    use crate::input::{validate, RawInput};
    use crate::trial::Entry;

    fn rules(raw: RawInput) -> TrialRules {
        let input = validate(&raw).0;
        TrialRules::new(&input, &evaluate(&input))
    }

    fn blocks(raw: RawInput) -> Vec<String> {
        rules(raw).blocks.iter().map(|f| f.rule.id()).collect()
    }

    #[test]
    fn every_stop_and_under_18_block_the_trial() {
        let cases: [(RawInput, &str); 7] = [
            (
                RawInput {
                    age: Some("60"),
                    sex: Some("female"),
                    egfr: Some("25"),
                    ckd: Some("yes"),
                    ..RawInput::default()
                },
                "kidney-stop",
            ),
            (
                RawInput {
                    meds: Some("raltegravir"),
                    ..RawInput::default()
                },
                "interaction-raltegravir",
            ),
            (
                RawInput {
                    conditions: Some("heart_block"),
                    ..RawInput::default()
                },
                "heart-block",
            ),
            (
                RawInput {
                    conditions: Some("myasthenia"),
                    ..RawInput::default()
                },
                "myasthenia",
            ),
            (
                RawInput {
                    serum: Some("2.6"),
                    ..RawInput::default()
                },
                "serum-high",
            ),
            (
                RawInput {
                    age: Some("16"),
                    ..RawInput::default()
                },
                "under-18",
            ),
            (
                RawInput {
                    age: Some("0"),
                    ..RawInput::default()
                },
                "infant",
            ),
        ];
        for (raw, rule) in cases {
            assert_eq!(blocks(raw), [rule]);
        }
    }

    #[test]
    fn caution_and_info_findings_do_not_block() {
        // Both sides of the boundaries: eGFR 30 (monitor, not stop), serum 2.5 (high-normal, not
        // high), age 18 (adult).
        for raw in [
            RawInput {
                egfr: Some("30"),
                ckd: Some("yes"),
                ..RawInput::default()
            },
            RawInput {
                serum: Some("2.5"),
                ..RawInput::default()
            },
            RawInput {
                age: Some("18"),
                ..RawInput::default()
            },
            RawInput {
                meds: Some("quinolone"),
                gi: Some("1"),
                ..RawInput::default()
            },
        ] {
            assert!(blocks(raw).is_empty());
        }
        let r = rules(RawInput {
            egfr: Some("29"),
            serum: Some("2.6"),
            ..RawInput::default()
        });
        assert_eq!(
            r.blocks.iter().map(|f| f.rule.id()).collect::<Vec<_>>(),
            ["kidney-stop", "serum-high"]
        );
    }

    #[test]
    fn an_amount_above_the_regions_limit_with_other_products() {
        let us = rules(RawInput {
            age: Some("50"),
            ..RawInput::default()
        });
        assert_eq!(us.limit.as_ref().map(|l| l.mg), Some(350));
        assert_eq!(us.amount_problem(350.0), None);
        assert_eq!(us.amount_problem(0.0), None);
        let p = us.amount_problem(351.0).unwrap();
        assert!(
            p.message()
                .starts_with("351 mg a day is above the 350 mg/day upper limit"),
            "{}",
            p.message()
        );
        let eu = rules(RawInput {
            age: Some("50"),
            region: Some("eu"),
            other_mg: Some("50"),
            ..RawInput::default()
        });
        assert_eq!(eu.limit.as_ref().map(|l| l.mg), Some(250));
        assert_eq!(
            eu.amount_problem(200.0),
            None,
            "200 + 50 = 250, at the limit"
        );
        let m = eu.amount_problem(201.0).unwrap().message();
        assert!(
            m.contains("201 mg plus 50 mg a day from other products is 251 mg a day, which is above the 250 mg/day")
                && m.contains("above the 250 mg/day")
                && m.contains("SCF"),
            "{m}"
        );
        let uk = rules(RawInput {
            age: Some("50"),
            region: Some("uk"),
            ..RawInput::default()
        });
        assert_eq!(uk.limit.as_ref().map(|l| l.mg), Some(400));
        assert!(uk.amount_problem(400.0).is_none() && uk.amount_problem(401.0).is_some());
        assert!(uk.limit.unwrap().words.contains("not a formal upper limit"));
        // No age: an adult's limit.
        assert_eq!(
            rules(RawInput::default()).limit.map(|l| l.mg),
            Some(350),
            "adult limit without an age"
        );
    }

    #[test]
    fn any_amount_while_blocked_gets_a_message() {
        let r = rules(RawInput {
            egfr: Some("25"),
            ckd: Some("yes"),
            ..RawInput::default()
        });
        assert_eq!(r.amount_problem(0.0), None);
        let p = r.amount_problem(50.0).unwrap();
        assert_eq!(
            p,
            AmountProblem::WhileBlocked {
                mg: 50.0,
                rule: RuleId::KidneyStop
            }
        );
        assert!(p.message().contains("kidney-stop"), "{}", p.message());
    }

    #[test]
    fn the_diary_notes_count_the_days() {
        let e = |date: &str, mg: f64| {
            Entry::from_raw(date, Some(4.0), Some(5.0), Some(mg), false, "").unwrap()
        };
        let diary = Diary::from_entries([
            e("2026-12-01", 0.0),
            e("2026-12-02", 300.0),
            e("2026-12-03", 400.0),
            e("2026-12-04", 351.0),
        ])
        .0;
        let us = rules(RawInput {
            age: Some("50"),
            ..RawInput::default()
        });
        let notes = us.diary_notes(&diary);
        assert_eq!(notes.len(), 1);
        assert!(
            notes[0].starts_with("On 2 days the diary records more magnesium than the 350 mg/day"),
            "{}",
            notes[0]
        );
        let blocked = rules(RawInput {
            conditions: Some("myasthenia"),
            ..RawInput::default()
        });
        let notes = blocked.diary_notes(&diary);
        assert!(
            notes[0].starts_with("The diary records magnesium on 3 days")
                && notes[0].contains("(myasthenia)"),
            "{}",
            notes[0]
        );
        assert!(us
            .diary_notes(&Diary::from_entries([e("2026-12-01", 350.0)]).0)
            .is_empty());
    }
}
