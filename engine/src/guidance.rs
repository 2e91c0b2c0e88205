//! The seed article's relief and lifestyle measures, its account of how magnesium acts, and the
//! evidence table — each in this app's own words, each with its source.

use crate::field_error::FieldError;
use crate::plan::{start_period, MAX_UNITS, REASSESS_WEEKS, START_DOSE_MG};
use crate::requirement::RLS_RANGE_MG;
use crate::source::SourceId;

/// A measure the person can tick to try (the `lifestyle` URL parameter holds the ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Measure {
    pub id: &'static str,
    pub title: &'static str,
    pub how: &'static str,
    pub source: SourceId,
}

pub const LIFESTYLE: &[Measure] = &[
    Measure { id: "walk", title: "Move during the day", how: "Regular low-impact exercise such as walking or swimming; walk or pace when symptoms start.", source: SourceId::Seed },
    Measure { id: "stretch", title: "Stretch your legs", how: "Gentle calf and thigh stretches or leg-focused yoga in the evening.", source: SourceId::Seed },
    Measure { id: "massage", title: "Massage", how: "Rub or massage the legs when symptoms come; a magnesium oil may be used for the massage itself.", source: SourceId::Seed },
    Measure { id: "bath", title: "Warm bath before bed", how: "A warm bath in the evening to relax the muscles.", source: SourceId::Seed },
    Measure { id: "caffeine", title: "Less caffeine in the evening", how: "Avoid coffee, tea, cola and energy drinks after mid-afternoon.", source: SourceId::Seed },
    Measure { id: "sleep", title: "Regular sleep times", how: "Go to bed and get up at the same times every day.", source: SourceId::Seed },
    Measure { id: "socks", title: "Compression socks", how: "Wear them during long spells of sitting.", source: SourceId::Seed },
    Measure { id: "relax", title: "Muscle relaxation", how: "Tense and release muscle groups one by one (progressive muscle relaxation).", source: SourceId::Seed },
    Measure { id: "breathing", title: "Slow breathing", how: "A few minutes of slow, deep breathing when symptoms start.", source: SourceId::Seed },
    Measure { id: "meditation", title: "Meditation before sleep", how: "A short meditation or wind-down routine at bedtime.", source: SourceId::Seed },
    Measure { id: "iron_c", title: "Iron with vitamin C, apart from magnesium", how: "Only if a blood test shows low iron: take it with vitamin C and at least 2 hours away from magnesium.", source: SourceId::Seed },
    Measure { id: "b_vitamins", title: "B vitamins", how: "The seed article suggests a B-complex for nerve health; evidence for RLS is limited.", source: SourceId::Seed },
    Measure { id: "position", title: "Change position", how: "Shift position or get up briefly when symptoms build.", source: SourceId::Seed },
];

pub fn measure(id: &str) -> Option<&'static Measure> {
    LIFESTYLE.iter().find(|m| m.id == id)
}

/// Parses the `lifestyle` parameter (comma-separated measure ids) into ids in `LIFESTYLE` order;
/// unknown ids are reported and skipped.
pub fn parse_plan(s: &str) -> (Vec<&'static str>, Option<FieldError>) {
    let (known, bad): (Vec<&str>, Vec<&str>) = s
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .partition(|id| measure(id).is_some());
    let ids = LIFESTYLE
        .iter()
        .map(|m| m.id)
        .filter(|id| known.contains(id))
        .collect();
    let error = (!bad.is_empty()).then(|| {
        FieldError::new(
            crate::field::Field::Lifestyle,
            format!(
                "Some saved plan items were not recognised and are ignored: {}.",
                crate::excerpt::quoted_list(bad.iter().copied())
            ),
        )
    });
    (ids, error)
}

/// How the dose is chosen and rounded, for the About screen, stated with the constants the plan
/// uses (docs/medical-reference.md §8).
pub fn dose_notes() -> [String; 2] {
    let (lo, hi) = RLS_RANGE_MG;
    let (r0, r1) = REASSESS_WEEKS;
    let start = crate::decimal::amount(START_DOSE_MG);
    [
        format!("Dose: for adults who set no target it suggests the number of whole tablets or capsules closest to {lo} mg a day inside the seed article's {lo}–{hi} mg range and inside what the region's limit for supplements ({}) leaves beside magnesium you already take; failing that, the most whole units below {lo} mg that fit, and for a sachet, scoop or liquid half units when no whole number fits. It starts with {start} mg in the evening for {} (one tablet, or half a sachet, when that holds more), and judges the effect after {r0}–{r1} weeks.", crate::regional_requirement::adult_limits_text(), start_period()),
        format!("Rounding: the plan counts whole tablets or capsules and never goes above your target or the region's limit; a target above the limit is capped there, because more needs a clinician's prescription. When one unit alone is more than the target, it says so instead of making a plan, and more than {MAX_UNITS} units a day points to a misread label, so it makes none."),
    ]
}

/// How magnesium is thought to act on nerves and muscles (seed article; paraphrased).
pub const MECHANISMS: &[(&str, &str)] = &[
    ("Calmer nerve signals", "Magnesium damps the release of acetylcholine, the messenger that tells muscles to contract, so nerves fire less easily."),
    ("Calcium balance", "It sits in calcium channels of nerve cells and limits how much calcium flows in, which keeps nerves from over-reacting."),
    ("Steady membranes", "It helps keep the electrical charge across nerve membranes stable, against irregular firing."),
    ("Contract and relax", "Muscles need it to relax after contracting; it balances calcium inside muscle fibres."),
    ("Energy", "It is needed to make and use ATP, the energy molecule of muscle cells."),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    VeryLow,
    Low,
    Unclear,
}

impl Strength {
    pub const fn label(self) -> &'static str {
        match self {
            Strength::VeryLow => "Very low",
            Strength::Low => "Low",
            Strength::Unclear => "Unclear",
        }
    }
}

/// One row of the evidence table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Study {
    pub source: SourceId,
    pub design: &'static str,
    pub people: Option<u16>,
    pub dose: &'static str,
    pub duration: &'static str,
    pub result: &'static str,
    pub strength: Strength,
    /// Where the seed article states it differently.
    pub seed_says: Option<&'static str>,
}

pub const EVIDENCE: &[Study] = &[
    Study {
        source: SourceId::Hornyak1998,
        design: "Open pilot study, no control group; only 6 of the 10 people had RLS (the other 4 had insomnia with periodic leg movements)",
        people: Some(10),
        dose: "about 300 mg magnesium in the evening",
        duration: "4–6 weeks",
        result: "Fewer leg movements that woke people and better sleep efficiency.",
        strength: Strength::VeryLow,
        seed_says: Some("The seed lists it as an unnamed \"clinical trial\" of 300 mg."),
    },
    Study {
        source: SourceId::Jadidi2022,
        design: "Single-blind randomised trial: magnesium oxide vs vitamin B6 (40 mg a day) vs placebo",
        people: Some(75),
        dose: "250 mg magnesium oxide daily",
        duration: "2 months",
        result: "Symptoms and sleep improved more than with placebo at 2 months — and vitamin B6 helped as well, so the trial does not single out magnesium.",
        strength: Strength::Low,
        seed_says: Some("The seed article gives the dose as 200 mg; the trial used 250 mg."),
    },
    Study {
        source: SourceId::Gorantla2024,
        design: "Open-label pilot study, no control group",
        people: Some(12),
        dose: "200 mg elemental magnesium (citrate) with dinner",
        duration: "8 weeks",
        result: "RLS severity scores improved.",
        strength: Strength::VeryLow,
        seed_says: None,
    },
    Study {
        source: SourceId::Marshall2019,
        design: "Systematic review of the trials",
        people: None,
        dose: "various",
        duration: "various",
        result: "It is unclear whether magnesium helps RLS; the studies are small and weak.",
        strength: Strength::Unclear,
        seed_says: None,
    },
    Study {
        source: SourceId::Aasm2024,
        design: "Clinical practice guideline",
        people: None,
        dose: "—",
        duration: "—",
        result: "Does not recommend magnesium for RLS; checking and treating iron comes first.",
        strength: Strength::Unclear,
        seed_says: None,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifestyle_ids_are_unique_and_the_jadidi_dose_is_corrected() {
        for (i, m) in LIFESTYLE.iter().enumerate() {
            assert!(LIFESTYLE[i + 1..].iter().all(|o| o.id != m.id));
            assert_eq!(measure(m.id), Some(m));
        }
        let j = EVIDENCE
            .iter()
            .find(|s| s.source == SourceId::Jadidi2022)
            .unwrap();
        assert!(j.dose.starts_with("250 mg") && j.seed_says.unwrap().contains("200 mg"));
        assert!(j.design.contains("vitamin B6 (40 mg") && j.result.contains("B6 helped"));
        let h = EVIDENCE
            .iter()
            .find(|s| s.source == SourceId::Hornyak1998)
            .unwrap();
        assert!(h.design.contains("only 6 of the 10 people had RLS"));
    }

    #[test]
    fn plan_param_keeps_known_ids_in_list_order_and_reports_the_rest() {
        let (ids, err) = parse_plan("bath, walk,bogus,walk,,");
        assert_eq!(ids, ["walk", "bath"]);
        assert!(err.unwrap().message.contains("bogus"));
        assert_eq!(parse_plan(""), (Vec::new(), None));
    }
}
