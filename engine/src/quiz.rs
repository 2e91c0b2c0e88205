//! The symptom quiz: the five essential RLS criteria (IRLSSG 2014) with the contract's outcome
//! rule, plus questions about sensations, spread, triggers, sleep, relief and warning signs.
//! Questions are written for this app; no published rating scale is reproduced.

use crate::field_error::FieldError;
use crate::source::SourceId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    No,
    Unsure,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Unsure];
    pub const fn code(self) -> &'static str {
        match self {
            Answer::Yes => "y",
            Answer::No => "n",
            Answer::Unsure => "u",
        }
    }
    pub fn parse(s: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.code() == s)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Criteria,
    Sensations,
    Pattern,
    Safety,
}

/// A choice in a multiple-choice question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    YesNo,
    /// Any number of the choices; stored as `id:a+b+c` (or `none`).
    Multi(&'static [Choice]),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub section: Section,
    pub text: &'static str,
    pub hint: &'static str,
    pub kind: Kind,
}

/// The five essential criteria, in contract order.
pub const CRITERIA: [&str; 5] = ["urge", "rest", "move", "evening", "mimic"];

/// A short name for each criterion (result list, printout).
pub fn criterion_label(id: &str) -> &'static str {
    match id {
        "urge" => "An urge to move the legs",
        "rest" => "Starts or worsens at rest",
        "move" => "Eased by moving",
        "evening" => "Worse in the evening or at night",
        "mimic" => "Not explained by something else",
        _ => "",
    }
}

/// Why each criterion matters (shown with the result).
pub fn criterion_meaning(id: &str) -> &'static str {
    match id {
        "urge" => "RLS starts with an urge to move the legs, usually with an unpleasant feeling in them.",
        "rest" => "RLS begins or gets worse while resting, sitting or lying down.",
        "move" => "Moving eases RLS, at least for as long as the movement lasts.",
        "evening" => "RLS follows the body clock: it is worse, or only present, in the evening or at night.",
        "mimic" => "Other conditions can feel similar (cramps, an awkward position, arthritis, swelling, a tapping habit, restlessness caused by a medicine (akathisia), jerks on falling asleep (hypnic jerks)); RLS — also called Willis–Ekbom disease — is only considered when they do not explain it.",
        _ => "",
    }
}

const SENSATIONS: &[Choice] = &[
    Choice {
        id: "tingling",
        label: "Tingling, like pins and needles",
    },
    Choice {
        id: "burning",
        label: "Burning in the calves or thighs",
    },
    Choice {
        id: "crawling",
        label: "Creeping or crawling under the skin",
    },
    Choice {
        id: "aching",
        label: "Throbbing or aching in the muscles",
    },
    Choice {
        id: "electric",
        label: "Electric, zapping feelings",
    },
];

const SPREAD: &[Choice] = &[
    Choice {
        id: "arms",
        label: "Arms or hands",
    },
    Choice {
        id: "chest",
        label: "Chest",
    },
    Choice {
        id: "head",
        label: "Head",
    },
    Choice {
        id: "back",
        label: "Lower back",
    },
];

const RELIEF: &[Choice] = &[
    Choice {
        id: "walking",
        label: "Walking or pacing",
    },
    Choice {
        id: "stretching",
        label: "Stretching",
    },
    Choice {
        id: "massage",
        label: "Rubbing or massaging the legs",
    },
    Choice {
        id: "position",
        label: "Changing position",
    },
    Choice {
        id: "activity",
        label: "Light activity",
    },
];

pub const QUESTIONS: &[Question] = &[
    Question { id: "urge", section: Section::Criteria, text: "Do you feel a strong need to move your legs, often with an odd or unpleasant feeling in them?", hint: "The need to move is the key part; the feeling may be hard to describe.", kind: Kind::YesNo },
    Question { id: "rest", section: Section::Criteria, text: "Does it start, or get worse, when you sit still or lie down?", hint: "For example on a long drive, in a cinema, or in bed.", kind: Kind::YesNo },
    Question { id: "move", section: Section::Criteria, text: "Does moving (walking, stretching) ease it, at least while you keep moving?", hint: "Relief that fades soon after you stop still counts.", kind: Kind::YesNo },
    Question { id: "evening", section: Section::Criteria, text: "Is it worse in the evening or at night than during the day, or only there then?", hint: "Think about a typical day.", kind: Kind::YesNo },
    Question { id: "mimic", section: Section::Criteria, text: "Is it fully explained by something else — leg cramps, sitting awkwardly, joint pain, swollen legs, or a habit of tapping your feet?", hint: "Answer “no” if none of these explains it. Two more look-alikes: restlessness that started with a new medicine (akathisia), and single sudden jerks just as you fall asleep (hypnic jerks).", kind: Kind::YesNo },
    Question { id: "sensations", section: Section::Sensations, text: "Which of these feelings do you notice? Tick all that apply.", hint: "People describe RLS in many ways; none is required.", kind: Kind::Multi(SENSATIONS) },
    Question { id: "spread", section: Section::Sensations, text: "Does it ever reach other parts of the body? Tick all that apply.", hint: "RLS is mainly in the legs but can spread.", kind: Kind::Multi(SPREAD) },
    Question { id: "returns", section: Section::Pattern, text: "Does it come back soon after you stop moving?", hint: "", kind: Kind::YesNo },
    Question { id: "sitting", section: Section::Pattern, text: "Do long spells of sitting (travel, meetings, TV) bring it on?", hint: "", kind: Kind::YesNo },
    Question { id: "bedtime", section: Section::Pattern, text: "Is it at its worst when you go to bed?", hint: "", kind: Kind::YesNo },
    Question { id: "sleep", section: Section::Pattern, text: "Does it keep you from falling or staying asleep?", hint: "", kind: Kind::YesNo },
    Question { id: "relief", section: Section::Pattern, text: "What eases it? Tick all that apply.", hint: "", kind: Kind::Multi(RELIEF) },
    Question { id: "triggers", section: Section::Pattern, text: "Do you take sedating antihistamines, anti-sickness or antipsychotic medicines or antidepressants, or have caffeine, alcohol or nicotine in the evening?", hint: "These can make RLS worse; do not stop a prescribed medicine without advice.", kind: Kind::YesNo },
    Question { id: "one_leg", section: Section::Safety, text: "Is one leg swollen, red, warm or painful?", hint: "This needs prompt medical attention, whatever else you answer.", kind: Kind::YesNo },
];

pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    YesNo(Answer),
    /// Chosen ids, in the question's choice order; empty = "none of these".
    Multi(Vec<&'static str>),
}

/// Answers in question order, one per answered question.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(pub Vec<(&'static str, Value)>);

impl Answers {
    pub fn get(&self, id: &str) -> Option<&Value> {
        self.0.iter().find(|(q, _)| *q == id).map(|(_, v)| v)
    }
    pub fn yes_no(&self, id: &str) -> Option<Answer> {
        match self.get(id) {
            Some(Value::YesNo(a)) => Some(*a),
            _ => None,
        }
    }
    /// Sets (or with `None` clears) one answer, keeping question order.
    pub fn set(&mut self, id: &str, value: Option<Value>) {
        let order = |id: &str| QUESTIONS.iter().position(|q| q.id == id);
        let Some(pos) = order(id) else { return };
        let id = QUESTIONS[pos].id;
        self.0.retain(|(k, _)| *k != id);
        if let Some(v) = value {
            // Inserted in place rather than sorted: the list is short, and no sort code is needed.
            let at = self
                .0
                .iter()
                .position(|(k, _)| order(k) > Some(pos))
                .unwrap_or(self.0.len());
            self.0.insert(at, (id, v));
        }
    }
    /// The contract's `quiz` parameter: `id:answer` pairs, multi-choice as `id:a+b` or `id:none`.
    pub fn to_param(&self) -> String {
        self.0
            .iter()
            .map(|(id, v)| match v {
                Value::YesNo(a) => format!("{id}:{}", a.code()),
                Value::Multi(c) if c.is_empty() => format!("{id}:none"),
                Value::Multi(c) => format!("{id}:{}", c.join("+")),
            })
            .collect::<Vec<_>>()
            .join(",")
    }
    pub fn answered(&self) -> usize {
        self.0.len()
    }
}

/// Parses the `quiz` parameter; unknown questions or answers are reported and skipped.
pub fn parse_answers(s: &str) -> (Answers, Option<FieldError>) {
    let mut answers = Answers::default();
    let mut bad = Vec::new();
    let (mut seen, mut repeated): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for pair in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let parsed = pair.split_once(':').and_then(|(id, a)| {
            let q = question(id.trim())?;
            let a = a.trim();
            let value = match q.kind {
                Kind::YesNo => Value::YesNo(Answer::parse(a)?),
                Kind::Multi(_) if a == "none" => Value::Multi(Vec::new()),
                Kind::Multi(choices) => {
                    let picked: Option<Vec<&str>> = a
                        .split('+')
                        .map(|c| choices.iter().find(|x| x.id == c).map(|x| x.id))
                        .collect();
                    let picked = picked?;
                    Value::Multi(
                        choices
                            .iter()
                            .map(|c| c.id)
                            .filter(|c| picked.contains(c))
                            .collect(),
                    )
                }
            };
            Some((q.id, value))
        });
        match parsed {
            Some((id, v)) => {
                if seen.contains(&id) && !repeated.contains(&id) {
                    repeated.push(id);
                }
                seen.push(id);
                answers.set(id, Some(v));
            }
            None => bad.push(pair),
        }
    }
    let mut messages = Vec::new();
    if !bad.is_empty() {
        messages.push(format!(
            "Some saved answers were not understood and are ignored: {}.",
            crate::excerpt::quoted_list(bad.iter().copied())
        ));
    }
    if !repeated.is_empty() {
        messages.push(format!(
            "Answered more than once, so the last answer is used: {}.",
            repeated.join(", ")
        ));
    }
    let error = (!messages.is_empty())
        .then(|| FieldError::new(crate::field::Field::Quiz, messages.join(" ")));
    (answers, error)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Likely,
    Possible,
    Unlikely,
    Incomplete,
}

impl Outcome {
    pub const fn id(self) -> &'static str {
        match self {
            Outcome::Likely => "likely",
            Outcome::Possible => "possible",
            Outcome::Unlikely => "unlikely",
            Outcome::Incomplete => "incomplete",
        }
    }
}

/// The contract's outcome rule over the five criteria answers (`urge, rest, move, evening, mimic`).
pub fn outcome(c: [Option<Answer>; 5]) -> Outcome {
    use Answer::*;
    if c.iter().any(Option::is_none) {
        Outcome::Incomplete
    } else if c[..4].contains(&Some(No)) || c[4] == Some(Yes) {
        Outcome::Unlikely
    } else if c[..4].iter().all(|a| *a == Some(Yes)) && c[4] == Some(No) {
        Outcome::Likely
    } else {
        Outcome::Possible
    }
}

/// `y` among the first four, plus one when `mimic` is `n`.
pub fn criteria_met(c: [Option<Answer>; 5]) -> u8 {
    let four = c[..4].iter().filter(|a| **a == Some(Answer::Yes)).count() as u8;
    four + u8::from(c[4] == Some(Answer::No))
}

/// One bar of the trigger profile: the seed's population figure beside the person's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TriggerBar {
    pub id: &'static str,
    pub label: &'static str,
    /// The seed article's figure, percent.
    pub seed_pct: u8,
    /// The person's answer as 100 (yes), 50 (unsure), 0 (no); `None` if unanswered.
    pub you_pct: Option<u8>,
}

/// The seed's trigger table, and the question that asks about each trigger.
pub const TRIGGERS: &[(&str, &str, u8, &str)] = &[
    ("evening", "Evening hours", 85, "evening"),
    ("rest", "Physical rest", 90, "rest"),
    ("sitting", "Prolonged sitting", 75, "sitting"),
    ("bedtime", "Bedtime", 95, "bedtime"),
];
pub const TRIGGER_SOURCE: SourceId = SourceId::Seed;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizResult {
    pub outcome: Outcome,
    pub criteria_met: u8,
    /// Each criterion with the answer given and whether it is met.
    pub criteria: Vec<(&'static str, Option<Answer>, bool)>,
    /// Answers that need prompt medical attention.
    pub urgent: bool,
    pub triggers: Vec<TriggerBar>,
    pub answered: usize,
    pub total: usize,
}

pub fn result(answers: &Answers) -> QuizResult {
    let c = CRITERIA.map(|id| answers.yes_no(id));
    let criteria = CRITERIA
        .iter()
        .zip(c)
        .map(|(id, a)| {
            let met = if *id == "mimic" {
                a == Some(Answer::No)
            } else {
                a == Some(Answer::Yes)
            };
            (*id, a, met)
        })
        .collect();
    let triggers = TRIGGERS
        .iter()
        .map(|&(id, label, seed_pct, q)| TriggerBar {
            id,
            label,
            seed_pct,
            you_pct: answers.yes_no(q).map(|a| match a {
                Answer::Yes => 100,
                Answer::Unsure => 50,
                Answer::No => 0,
            }),
        })
        .collect();
    QuizResult {
        outcome: outcome(c),
        criteria_met: criteria_met(c),
        criteria,
        urgent: answers.yes_no("one_leg") == Some(Answer::Yes),
        triggers,
        answered: answers.answered(),
        total: QUESTIONS.len(),
    }
}

/// Conditions that can feel like RLS and should be ruled out (Hening 2009; IRLSSG 2014).
pub const MIMICS: &[&str] = &[
    "leg cramps",
    "discomfort from an awkward position",
    "muscle pain",
    "venous problems (varicose veins, venous stasis)",
    "leg swelling",
    "arthritis",
    "habitual foot tapping",
    "nerve damage (peripheral neuropathy)",
    "akathisia (restlessness caused by some medicines)",
    "hypnic jerks (sudden jerks on falling asleep)",
];
pub const MIMIC_SOURCES: &[SourceId] = &[SourceId::Hening2009, SourceId::Irlssg2014];

#[cfg(test)]
mod tests {
    use super::*;
    use Answer::*;

    /// Every combination of the five criteria (4^5 = 1024 with "unanswered"), against the
    /// contract's rule written out independently.
    #[test]
    fn outcome_rule_for_every_combination() {
        let options = [None, Some(Yes), Some(No), Some(Unsure)];
        let mut count = 0;
        for a in options {
            for b in options {
                for c in options {
                    for d in options {
                        for e in options {
                            let x = [a, b, c, d, e];
                            let expected = if x.contains(&None) {
                                "incomplete"
                            } else if [a, b, c, d].contains(&Some(No)) || e == Some(Yes) {
                                "unlikely"
                            } else if [a, b, c, d] == [Some(Yes); 4] && e == Some(No) {
                                "likely"
                            } else {
                                "possible"
                            };
                            assert_eq!(outcome(x).id(), expected, "{x:?}");
                            let met = [a, b, c, d].iter().filter(|v| **v == Some(Yes)).count()
                                + usize::from(e == Some(No));
                            assert_eq!(usize::from(criteria_met(x)), met);
                            count += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(count, 1024);
    }

    #[test]
    fn param_round_trip_and_errors() {
        let (a, err) = parse_answers(
            "urge:y,rest:n,mimic:u,sensations:burning+tingling,spread:none,bogus:y,move:maybe",
        );
        assert_eq!(
            a.to_param(),
            "urge:y,rest:n,mimic:u,sensations:tingling+burning,spread:none"
        );
        assert!(err.unwrap().message.contains("“bogus:y”, “move:maybe”"));
        assert_eq!(parse_answers(&a.to_param()).0, a);
        assert_eq!(parse_answers(&a.to_param()).1, None);
        let (a, err) = parse_answers("urge:y,urge:n,rest:y,urge:u");
        assert_eq!(a.to_param(), "urge:u,rest:y");
        assert_eq!(
            err.unwrap().message,
            "Answered more than once, so the last answer is used: urge."
        );
    }

    #[test]
    fn result_lists_criteria_triggers_and_urgent_flag() {
        let (a, _) = parse_answers("urge:y,rest:y,move:y,evening:y,mimic:n,sitting:u,one_leg:y");
        let r = result(&a);
        assert_eq!(
            (r.outcome, r.criteria_met, r.urgent),
            (Outcome::Likely, 5, true)
        );
        assert_eq!(
            r.triggers
                .iter()
                .map(|t| (t.seed_pct, t.you_pct))
                .collect::<Vec<_>>(),
            [(85, Some(100)), (90, Some(100)), (75, Some(50)), (95, None)]
        );
        assert_eq!(QUESTIONS.len(), 14);
        assert!(CRITERIA
            .iter()
            .all(|id| !criterion_label(id).is_empty() && !criterion_meaning(id).is_empty()));
    }
}
