//! Conditions that rule out self-dosing magnesium, whatever the dose (the `conditions` parameter;
//! docs/medical-reference.md §7): product labels contraindicate oral magnesium with them.

use crate::finding::{Finding, RuleId};

/// Contract order (the `conditions` ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Condition {
    /// Heart block or a slow heart rhythm (bradycardia): a disorder of the heart's conduction.
    HeartBlock,
    Myasthenia,
}

impl Condition {
    pub const ALL: [Condition; 2] = [Condition::HeartBlock, Condition::Myasthenia];
    pub const fn id(self) -> &'static str {
        match self {
            Condition::HeartBlock => "heart_block",
            Condition::Myasthenia => "myasthenia",
        }
    }
    /// Plain words for a checkbox.
    pub const fn label(self) -> &'static str {
        match self {
            Condition::HeartBlock => "Heart block or a slow heart rhythm (bradycardia)",
            Condition::Myasthenia => "Myasthenia gravis (a muscle-weakness disease)",
        }
    }
    /// A few words, for a closed input group's summary line.
    pub const fn short(self) -> &'static str {
        match self {
            Condition::HeartBlock => "Heart block or slow rhythm",
            Condition::Myasthenia => "Myasthenia gravis",
        }
    }
    pub fn parse(s: &str) -> Option<Condition> {
        Condition::ALL.into_iter().find(|c| c.id() == s)
    }
    pub const fn rule(self) -> RuleId {
        match self {
            Condition::HeartBlock => RuleId::HeartBlock,
            Condition::Myasthenia => RuleId::Myasthenia,
        }
    }
}

/// One stop finding per condition given.
pub fn condition_findings(conditions: &[Condition]) -> Vec<Finding> {
    conditions
        .iter()
        .map(|c| match c {
            Condition::HeartBlock => Finding::new(
                RuleId::HeartBlock,
                "You have heart block or a slow heart rhythm. Magnesium slows the heart's electrical conduction further, and product labels rule out oral magnesium with conduction disorders such as AV block.",
                "Do not take magnesium supplements on your own. Ask your cardiologist or doctor first.",
            ),
            Condition::Myasthenia => Finding::new(
                RuleId::Myasthenia,
                "You have myasthenia gravis. Magnesium weakens the signal from nerve to muscle and can make the weakness worse; product labels rule it out.",
                "Do not take magnesium supplements on your own. Ask your neurologist or doctor first.",
            ),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_each_condition_stops() {
        for c in Condition::ALL {
            assert_eq!(Condition::parse(c.id()), Some(c));
        }
        let f = condition_findings(&Condition::ALL);
        assert_eq!(
            f.iter().map(|f| f.rule.id()).collect::<Vec<_>>(),
            ["heart-block", "myasthenia"]
        );
        assert!(f
            .iter()
            .all(|f| f.severity == crate::severity::Severity::Stop));
    }
}
