//! The report's content as data, and the same as plain text ("Copy as text", for a patient
//! portal message). Built from the engine's results only; the page and the text show the same
//! lines, so they cannot drift apart.

use crate::views::plan_words::step_text;
use crate::views::quiz_words::{headline, status};
use crate::views::timeline::describe;
use crate::widgets::format::mg;
use mg_engine::decimal::{self, trimmed};
use mg_engine::label::LabelAmount;
use mg_engine::labs::{lab_rows, LabRow};
use mg_engine::product::Basis;
use mg_engine::quiz::{criterion_label, parse_answers, result, QuizResult};
use mg_engine::requirement::Requirement;
use mg_engine::source::short_names;
use mg_engine::trial::{verdict, Date, Diary, Explanation, TrialRules, Verdict};
use mg_engine::{evaluate, Evaluation, Input};

/// Everything the report shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub made_on: Date,
    /// "About me": label and value.
    pub person: Vec<(String, String)>,
    pub quiz: QuizResult,
    pub labs: Vec<LabRow>,
    pub evaluation: Evaluation,
    pub day: mg_engine::clock::Day,
    /// The trial, when a diary exists.
    pub trial: Option<(Diary, Verdict)>,
    /// What the trial's rules say about the diary's amounts (days above the limit, magnesium
    /// while a stop applies), as the Trial screen's verdict says it.
    pub trial_notes: Vec<String>,
}

fn person_lines(input: &Input, requirement: &Requirement) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let p = &input.person;
    if let Some(age) = p.age {
        out.push(("Age".into(), format!("{age} years")));
    }
    if let Some(sex) = p.sex {
        out.push(("Sex".into(), sex.id().into()));
    }
    if p.stage != mg_engine::person::LifeStage::None {
        out.push(("Life stage".into(), p.stage.id().into()));
    }
    out.push(("Product".into(), product_text(input)));
    out.push((
        "Reference values".into(),
        reference_text(input, requirement),
    ));
    if let Some(t) = input.target_mg {
        out.push(("Daily target set".into(), mg(t)));
    }
    if input.other_mg > 0.0 {
        out.push((
            "Magnesium from other products".into(),
            format!("{} a day", mg(input.other_mg)),
        ));
    }
    if !input.meds.is_empty() {
        let meds: Vec<String> = input
            .meds
            .iter()
            .map(|d| match d.time {
                Some(t) => format!("{} at {}", d.med.med().name, t.format()),
                None => d.med.med().name.to_owned(),
            })
            .collect();
        out.push(("Medicines and supplements".into(), meds.join("; ")));
    }
    out.push((
        "Day".into(),
        format!(
            "wake {}, dinner {}, bed {}",
            input.day.wake.format(),
            input.day.dinner.format(),
            input.day.bedtime.format()
        ),
    ));
    if input.gi_upset {
        out.push(("Stomach".into(), "upset by the current supplement".into()));
    }
    out
}

/// The product as its label prints it, and what one unit holds: "Magnesium citrate, label
/// 10 mmol per serving of 2 units (121.5 mg of magnesium per unit)".
fn product_text(input: &Input) -> String {
    let name = input.form.form().name;
    let Some(label) = input.label() else {
        return name.into();
    };
    let amount = match label.amount {
        LabelAmount::Mg { mg: amount, basis } => format!(
            "{} ({})",
            mg(amount),
            match basis {
                Basis::Elemental => "elemental magnesium",
                Basis::Compound => "compound",
            }
        ),
        LabelAmount::Mmol(mmol) => format!("{} mmol", decimal::trimmed(mmol, 2)),
    };
    let kind = input.unit_kind;
    let per = match label.serving {
        1 => format!("per {}", kind.one()),
        n => format!("per serving of {n} {}", kind.many()),
    };
    // One decimal: a unit's share of a serving is rarely whole, and a clinician checks the sum.
    let per_unit = decimal::trimmed(label.product(input.form).elemental_per_unit(), 1);
    format!(
        "{name}, label {amount} {per}: {per_unit} mg of magnesium per {}",
        kind.one()
    )
}

/// Whose requirement and limit the plan uses, named: the region chosen (or preselected from the
/// browser's language, which the link then holds) is part of the clinician's page too.
fn reference_text(input: &Input, r: &Requirement) -> String {
    let limit = r.limit.as_ref().map_or(&[][..], |l| l.sources);
    let sources = short_names(r.rda.iter().flat_map(|x| x.sources).chain(limit));
    match sources.is_empty() {
        true => input.region.name().to_owned(),
        false => format!("{} ({})", input.region.name(), sources.join(", ")),
    }
}

impl Summary {
    pub fn build(
        input: &Input,
        quiz_param: Option<&str>,
        diary: Option<&Diary>,
        made_on: Date,
    ) -> Summary {
        let (answers, _) = parse_answers(quiz_param.unwrap_or_default());
        let evaluation = evaluate(input);
        let diary = diary.filter(|d| !d.is_empty());
        let trial_notes = diary.map_or_else(Vec::new, |d| {
            TrialRules::new(input, &evaluation).diary_notes(d)
        });
        Summary {
            made_on,
            person: person_lines(input, &evaluation.requirement),
            quiz: result(&answers),
            labs: lab_rows(input),
            evaluation,
            day: input.day,
            trial: diary.map(|d| (d.clone(), verdict(d))),
            trial_notes,
        }
    }

    /// The plan in a few lines: the daily dose, the units, the first week and what follows.
    pub fn plan_lines(&self) -> Vec<String> {
        match &self.evaluation.plan {
            Ok(plan) => {
                let mut lines = vec![format!(
                    "Daily dose: {} of elemental magnesium",
                    mg(plan.daily_mg)
                )];
                if let Some(u) = plan.units {
                    lines.push(format!(
                        "{} a day, {} elemental per {}",
                        u.units_per_day.text(),
                        mg(u.elemental_per_unit),
                        u.kind.one()
                    ));
                }
                let note = plan.choice_note();
                if !note.is_empty() {
                    lines.push(format!("Why this amount: {note}"));
                }
                if plan.current {
                    lines.push("The dose already taken, kept only with the clinician's agreement (blood magnesium at the top of its range)".into());
                }
                if plan.starts_lower() {
                    lines.push(format!(
                        "First week lower: {}",
                        plan.titration
                            .iter()
                            .map(step_text)
                            .collect::<Vec<_>>()
                            .join("; ")
                    ));
                }
                lines
            }
            Err(_) => match self.evaluation.no_plan_text() {
                Some(t) => vec![format!("{}: {}", t.title, t.first)],
                None => vec!["No dose suggested (see the precautions).".into()],
            },
        }
    }

    /// The day's timeline as `HH:MM what — note`.
    pub fn timeline_lines(&self) -> Vec<String> {
        self.evaluation
            .schedule
            .items
            .iter()
            .map(|item| {
                let (what, note) = describe(item, &self.day);
                match note {
                    Some(n) => format!("{} {what} — {n}", item.time.format()),
                    None => format!("{} {what}", item.time.format()),
                }
            })
            .collect()
    }

    /// The whole report as plain text.
    pub fn to_text(&self) -> String {
        let mut out = vec![
            "Magnesium for restless legs — summary for my clinician".to_owned(),
            format!(
                "Made on {} with the Magnesium & Restless Legs calculator. Not medical advice.",
                self.made_on
            ),
            String::new(),
            "ABOUT ME".into(),
        ];
        out.extend(self.person.iter().map(|(k, v)| format!("- {k}: {v}")));
        out.push(String::new());
        out.push("RESTLESS LEGS QUESTIONS".into());
        out.push(format!(
            "- Result: {} ({} of 5 essential criteria met) — {}",
            self.quiz.outcome.id(),
            self.quiz.criteria_met,
            headline(self.quiz.outcome).0
        ));
        for (id, answer, met) in &self.quiz.criteria {
            out.push(format!(
                "- {}: {}",
                criterion_label(id),
                status(id, *answer, *met).1
            ));
        }
        if !self.labs.is_empty() {
            out.push(String::new());
            out.push("LAB VALUES".into());
            out.extend(self.labs.iter().map(|l| {
                format!(
                    "- {}: {} — {} ({})",
                    l.name,
                    l.value,
                    l.status.label(),
                    l.range
                )
            }));
        }
        out.push(String::new());
        out.push("PLAN".into());
        out.extend(self.plan_lines().into_iter().map(|l| format!("- {l}")));
        let timeline = self.timeline_lines();
        if !timeline.is_empty() {
            out.push(String::new());
            out.push("MY DAY".into());
            out.extend(timeline.into_iter().map(|l| format!("- {l}")));
        }
        out.push(String::new());
        out.push("PRECAUTIONS".into());
        if self.evaluation.findings.is_empty() {
            out.push("- None found.".into());
        }
        for f in &self.evaluation.findings {
            let sources: Vec<&str> = f.sources.iter().map(|s| s.short()).collect();
            out.push(format!(
                "- [{}] {} What to do: {} Source: {}.",
                f.severity.id(),
                f.message,
                f.action,
                sources.join(", ")
            ));
        }
        if let Some((diary, v)) = &self.trial {
            let e: Explanation = v.explain();
            let n = v.decimals();
            let number = |x: &Option<String>| x.clone().unwrap_or_else(|| "–".into());
            out.push(String::new());
            out.push("MY TRIAL".into());
            out.push(format!(
                "- {} days recorded, {} to {}",
                diary.len(),
                diary
                    .first_date()
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                diary.last_date().map(|d| d.to_string()).unwrap_or_default()
            ));
            out.push(format!(
                "- Verdict: {} ({}). Symptoms 0–10: baseline {}, recent {}, change {}.",
                v.outcome.id(),
                e.headline,
                number(&n.baseline),
                number(&n.recent),
                number(&n.change)
            ));
            for note in &self.trial_notes {
                out.push(format!("- {note}"));
            }
            for line in [e.meaning, e.caveat, e.next] {
                if !line.is_empty() {
                    out.push(format!("- {line}"));
                }
            }
            if let Some(s) = e.stomach {
                out.push(format!("- {}", s.text));
            }
        }
        out.join("\n") + "\n"
    }
}

/// A rating for reading (`6.86`).
pub fn rating(x: Option<f64>) -> String {
    x.map_or_else(|| "–".into(), |x| trimmed(x, 2))
}

#[cfg(test)]
mod label_tests {
    use super::*;
    use mg_engine::{validate, RawInput};

    fn lines(raw: RawInput) -> Vec<(String, String)> {
        let input = validate(&raw).0;
        person_lines(&input, &evaluate(&input).requirement)
    }

    fn line(lines: &[(String, String)], key: &str) -> String {
        lines.iter().find(|(k, _)| k == key).unwrap().1.clone()
    }

    #[test]
    fn the_label_as_printed_and_what_one_unit_holds() {
        let l = lines(RawInput {
            form: Some("aspartate"),
            unit_mmol: Some("10"),
            serving: Some("2"),
            ..RawInput::default()
        });
        let product = line(&l, "Product");
        assert!(
            product.contains("label 10 mmol per serving of 2 tablets"),
            "{product}"
        );
        assert!(
            product.contains("121.5 mg of magnesium per tablet"),
            "{product}"
        );
        let l = lines(RawInput {
            form: Some("citrate"),
            unit_mg: Some("400"),
            serving: Some("2"),
            ..RawInput::default()
        });
        let product = line(&l, "Product");
        assert!(
            product.contains("label 400 mg (elemental magnesium) per serving of 2 tablets: 200 mg"),
            "{product}"
        );
    }

    #[test]
    fn the_region_and_its_authorities_are_named() {
        let l = lines(RawInput {
            age: Some("50"),
            sex: Some("female"),
            region: Some("eu"),
            ..RawInput::default()
        });
        let reference = line(&l, "Reference values");
        assert!(reference.starts_with("European Union"), "{reference}");
        assert!(
            reference.contains("EFSA") && reference.contains("SCF"),
            "{reference}"
        );
        let l = lines(RawInput::default());
        assert!(line(&l, "Reference values").starts_with("United States"));
    }
}
