//! Findings: what a rule says about a person's situation. Every rule id, its severity and its
//! sources are defined here, once; the rule functions live beside the concept they check.

use crate::meds::MedId;
pub use crate::severity::Severity;
use crate::source::SourceId;
use std::borrow::Cow;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleId {
    Infant,
    Under18,
    Pregnancy,
    Lactation,
    KidneyStop,
    KidneyMonitor,
    SerumHigh,
    SerumHighNormal,
    SerumLow,
    FerritinLow,
    FerritinBorderline,
    TsatLow,
    UlExceeded,
    AboveRlsRange,
    ManyUnits,
    GiUpset,
    SplitDose,
    StartLow,
    Interaction(MedId),
    ScheduleConflict,
    /// Two medicines taken closer together than one's label allows (iron or zinc with a medicine
    /// they bind, or with each other).
    MedSpacing,
    HeartBlock,
    Myasthenia,
}

/// Severity and sources of one rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleDef {
    pub severity: Severity,
    pub sources: &'static [SourceId],
}

const fn def(severity: Severity, sources: &'static [SourceId]) -> RuleDef {
    RuleDef { severity, sources }
}

impl RuleId {
    /// The stable id used in `data-rule` (contract).
    pub fn id(self) -> String {
        match self {
            RuleId::Infant => "infant".into(),
            RuleId::Under18 => "under-18".into(),
            RuleId::Pregnancy => "pregnancy".into(),
            RuleId::Lactation => "lactation".into(),
            RuleId::KidneyStop => "kidney-stop".into(),
            RuleId::KidneyMonitor => "kidney-monitor".into(),
            RuleId::SerumHigh => "serum-high".into(),
            RuleId::SerumHighNormal => "serum-high-normal".into(),
            RuleId::SerumLow => "serum-low".into(),
            RuleId::FerritinLow => "ferritin-low".into(),
            RuleId::FerritinBorderline => "ferritin-borderline".into(),
            RuleId::TsatLow => "tsat-low".into(),
            RuleId::UlExceeded => "ul-exceeded".into(),
            RuleId::AboveRlsRange => "above-rls-range".into(),
            RuleId::ManyUnits => "many-units".into(),
            RuleId::GiUpset => "gi-upset".into(),
            RuleId::SplitDose => "split-dose".into(),
            RuleId::StartLow => "start-low".into(),
            RuleId::Interaction(m) => format!("interaction-{}", m.id()),
            RuleId::ScheduleConflict => "schedule-conflict".into(),
            RuleId::MedSpacing => "med-spacing".into(),
            RuleId::HeartBlock => "heart-block".into(),
            RuleId::Myasthenia => "myasthenia".into(),
        }
    }

    pub fn def(self) -> RuleDef {
        use Severity::*;
        use SourceId::*;
        match self {
            RuleId::Infant => def(Stop, &[Ods, Iom1997]),
            RuleId::Under18 => def(Caution, &[Seed, Aasm2024]),
            RuleId::Pregnancy => def(Caution, &[Ods, Iom1997]),
            RuleId::Lactation => def(Info, &[Ods, Iom1997]),
            RuleId::KidneyStop => def(Stop, &[Kdigo2012, SmpcAspartate, Seed]),
            RuleId::KidneyMonitor => def(Caution, &[Kdigo2012, Seed]),
            RuleId::SerumHigh => def(Stop, &[Seed, Ods]),
            RuleId::SerumHighNormal => def(Caution, &[Iom1997, Seed]),
            RuleId::SerumLow => def(Info, &[Iom1997, Seed]),
            RuleId::FerritinLow => def(Info, &[Aasm2024, Seed]),
            RuleId::FerritinBorderline => def(Info, &[Aasm2024]),
            RuleId::TsatLow => def(Info, &[Aasm2024]),
            RuleId::UlExceeded => def(Caution, &[Ods, Iom1997]),
            RuleId::AboveRlsRange => def(Info, &[Seed]),
            // The threshold is this app's plausibility check; NIH ODS explains that labels state
            // elemental magnesium while the compound figure sits in the ingredient line.
            RuleId::ManyUnits => def(Caution, &[Ods]),
            RuleId::GiUpset => def(Caution, &[Seed, Ods]),
            RuleId::SplitDose => def(Info, &[Seed, Fine1991]),
            RuleId::StartLow => def(Info, &[Seed]),
            RuleId::Interaction(m) => {
                let med = m.med();
                def(med.severity, med.sources)
            }
            RuleId::ScheduleConflict => def(Caution, &[Ods]),
            // The labels of the medicines iron and zinc bind; a finding about one medicine cites
            // that medicine's own sources instead (`Finding::citing`).
            RuleId::MedSpacing => def(
                Caution,
                &[
                    LabelMoxifloxacin,
                    LabelLevothyroxine,
                    LabelJuluca,
                    LabelDolutegravir,
                    LabelEltrombopag,
                    LabelPenicillamine,
                    LabelRisedronate,
                    Ods,
                ],
            ),
            RuleId::HeartBlock => def(Stop, &[SmpcAspartate, SmpcOsvaren]),
            RuleId::Myasthenia => def(Stop, &[SmpcOsvaren]),
        }
    }

    pub fn severity(self) -> Severity {
        self.def().severity
    }
}

/// What a rule found for this person.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    /// What was found, with the person's numbers. Borrowed when the sentence is fixed text (most
    /// actions are): no copy of it is made on every evaluation (benches/evaluate.rs).
    pub message: Cow<'static, str>,
    /// What to do about it.
    pub action: Cow<'static, str>,
    pub sources: &'static [SourceId],
}

impl Finding {
    pub fn new(
        rule: RuleId,
        message: impl Into<Cow<'static, str>>,
        action: impl Into<Cow<'static, str>>,
    ) -> Finding {
        let d = rule.def();
        Finding {
            rule,
            severity: d.severity,
            message: message.into(),
            action: action.into(),
            sources: d.sources,
        }
    }

    /// The same finding citing narrower sources than its rule's list.
    pub fn citing(self, sources: &'static [SourceId]) -> Finding {
        Finding { sources, ..self }
    }
}

/// Adds `new` to `findings`, which stay in severity order (stop first, then caution, then info;
/// the order of a stable sort by severity, which the test checks): each goes after every
/// finding at least as severe (so equal ones keep the order they came in), moved into its place
/// once rather than swapped along the list by a sort afterwards (a finding is ≈ 70 bytes, and the
/// evaluation adds a dozen on every run).
pub fn add_by_severity(findings: &mut Vec<Finding>, new: impl IntoIterator<Item = Finding>) {
    for f in new {
        insert_by_severity(findings, f);
    }
}

/// One finding into its place (not generic: one copy of this code for every kind of `new`).
fn insert_by_severity(findings: &mut Vec<Finding>, f: Finding) {
    let at = findings
        .iter()
        .rposition(|g| g.severity >= f.severity)
        .map_or(0, |i| i + 1);
    findings.insert(at, f);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference order: stop first, then caution, then info; stable within a severity.
    fn sort_by_severity(findings: &mut [Finding]) {
        crate::small_sort::sort_by_key(findings, |f| std::cmp::Reverse(f.severity));
    }

    #[test]
    fn adding_by_severity_gives_the_stable_sort() {
        let rules = [
            RuleId::StartLow,
            RuleId::KidneyMonitor,
            RuleId::Interaction(MedId::Ppi),
            RuleId::Infant,
            RuleId::GiUpset,
            RuleId::Interaction(MedId::Quinolone),
            RuleId::SplitDose,
            RuleId::Under18,
        ];
        // Every rotation and its reverse: the same findings arriving in many orders, in batches.
        for shift in 0..rules.len() {
            for reverse in [false, true] {
                let mut order = rules;
                order.rotate_left(shift);
                if reverse {
                    order.reverse();
                }
                let all: Vec<Finding> = order
                    .iter()
                    .enumerate()
                    .map(|(i, r)| Finding::new(*r, i.to_string(), ""))
                    .collect();
                let mut sorted = all.clone();
                sort_by_severity(&mut sorted);
                let mut added = Vec::new();
                for batch in all.chunks(3) {
                    add_by_severity(&mut added, batch.iter().cloned());
                }
                assert_eq!(added, sorted);
            }
        }
    }

    #[test]
    fn interaction_findings_cite_their_drug() {
        let d = RuleId::Interaction(MedId::Levothyroxine).def();
        assert_eq!(d.sources, &[SourceId::LabelLevothyroxine]);
        assert_eq!(
            RuleId::Interaction(MedId::LoopDiuretic).id(),
            "interaction-loop_diuretic"
        );
    }
}
