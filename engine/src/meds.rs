//! Medicines and supplements that interact with magnesium, and how far apart to take them.

use crate::finding::Severity;
use crate::source::SourceId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MedId {
    Bisphosphonate,
    Tetracycline,
    Quinolone,
    Levothyroxine,
    Iron,
    Zinc,
    Gabapentin,
    Integrase,
    Digoxin,
    Ppi,
    LoopDiuretic,
    Thiazide,
    PotassiumSparing,
}

/// How magnesium must be placed relative to one dose of the medicine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spacing {
    /// No timing rule.
    None,
    /// Magnesium at least this many hours before or after the medicine.
    EitherSide { hours: u8 },
    /// The medicine at least `before_h` hours before magnesium, or at least `after_h` hours after it.
    DrugBeforeOrAfter { before_h: u8, after_h: u8 },
    /// The medicine comes first; magnesium only later the same day, at least `hours` after it.
    MagnesiumAfterOnly { hours: u8 },
}

/// Where the app assumes the medicine is taken when the person gives no time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultTime {
    OnWaking,
    /// Minutes after waking.
    AfterWaking(u16),
    WithDinner,
    AtBedtime,
}

impl DefaultTime {
    pub const fn describe(self) -> &'static str {
        match self {
            DefaultTime::OnWaking => "on waking",
            DefaultTime::AfterWaking(60) => "one hour after waking (breakfast)",
            DefaultTime::AfterWaking(_) => "around midday",
            DefaultTime::WithDinner => "with dinner",
            DefaultTime::AtBedtime => "at bedtime",
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct Med {
    pub id: MedId,
    pub id_str: &'static str,
    /// Plain name for the checklist.
    pub name: &'static str,
    pub examples: &'static str,
    /// What happens with magnesium.
    pub effect: &'static str,
    pub spacing: Spacing,
    pub default_time: DefaultTime,
    pub severity: Severity,
    /// What the person should do.
    pub advice: &'static str,
    pub sources: &'static [SourceId],
}

impl MedId {
    pub const ALL: [MedId; 13] = [
        MedId::Bisphosphonate,
        MedId::Tetracycline,
        MedId::Quinolone,
        MedId::Levothyroxine,
        MedId::Iron,
        MedId::Zinc,
        MedId::Gabapentin,
        MedId::Integrase,
        MedId::Digoxin,
        MedId::Ppi,
        MedId::LoopDiuretic,
        MedId::Thiazide,
        MedId::PotassiumSparing,
    ];
    pub fn med(self) -> &'static Med {
        MEDS.iter()
            .find(|m| m.id == self)
            .expect("every MedId has a row in MEDS")
    }
    pub fn id(self) -> &'static str {
        self.med().id_str
    }
    pub fn parse(s: &str) -> Option<MedId> {
        MEDS.iter().find(|m| m.id_str == s).map(|m| m.id)
    }
}

pub const MEDS: &[Med] = &[
    Med {
        id: MedId::Bisphosphonate, id_str: "bisphosphonate", name: "Bisphosphonate (bone medicine)",
        examples: "alendronate, risedronate, ibandronate",
        effect: "Magnesium binds the medicine in the gut so less of it is absorbed.",
        spacing: Spacing::MagnesiumAfterOnly { hours: 2 }, default_time: DefaultTime::OnWaking, severity: Severity::Caution,
        advice: "Take the bisphosphonate first thing on waking; take magnesium at least 2 hours later and never before it that morning.",
        sources: &[SourceId::Ods],
    },
    Med {
        id: MedId::Tetracycline, id_str: "tetracycline", name: "Tetracycline antibiotic",
        examples: "doxycycline, minocycline, tetracycline",
        effect: "Magnesium binds the antibiotic and can make it fail.",
        spacing: Spacing::DrugBeforeOrAfter { before_h: 2, after_h: 6 }, default_time: DefaultTime::AfterWaking(60), severity: Severity::Caution,
        advice: "Take the antibiotic at least 2 hours before magnesium, or at least 6 hours after it (NIH ODS says 4–6 hours; the app uses 6).",
        sources: &[SourceId::Ods],
    },
    Med {
        id: MedId::Quinolone, id_str: "quinolone", name: "Quinolone antibiotic",
        examples: "ciprofloxacin, levofloxacin, moxifloxacin",
        effect: "Magnesium binds the antibiotic and can make it fail.",
        spacing: Spacing::DrugBeforeOrAfter { before_h: 2, after_h: 6 }, default_time: DefaultTime::AfterWaking(60), severity: Severity::Caution,
        advice: "Take the antibiotic at least 2 hours before magnesium, or at least 6 hours after it (ciprofloxacin label). Moxifloxacin asks for 4 hours before or 8 hours after: check your leaflet.",
        sources: &[SourceId::DrugLabel],
    },
    Med {
        id: MedId::Levothyroxine, id_str: "levothyroxine", name: "Levothyroxine (thyroid hormone)",
        examples: "Synthroid, Eltroxin, Euthyrox",
        effect: "Magnesium lowers how much thyroid hormone is absorbed.",
        spacing: Spacing::EitherSide { hours: 4 }, default_time: DefaultTime::OnWaking, severity: Severity::Caution,
        advice: "Keep at least 4 hours between levothyroxine and magnesium.",
        sources: &[SourceId::FdaLevothyroxine],
    },
    Med {
        id: MedId::Iron, id_str: "iron", name: "Iron supplement",
        examples: "ferrous sulfate, ferrous bisglycinate",
        effect: "Taken together, magnesium may lower how much iron is absorbed.",
        spacing: Spacing::EitherSide { hours: 2 }, default_time: DefaultTime::AfterWaking(60), severity: Severity::Info,
        advice: "Keep iron at least 2 hours away from magnesium; vitamin C (e.g. orange juice) with the iron helps absorption.",
        sources: &[SourceId::Seed],
    },
    Med {
        id: MedId::Zinc, id_str: "zinc", name: "Zinc supplement (high dose)",
        examples: "zinc gluconate, zinc picolinate",
        effect: "Very high zinc intakes (about 142 mg/day) lower magnesium absorption.",
        spacing: Spacing::EitherSide { hours: 2 }, default_time: DefaultTime::AfterWaking(300), severity: Severity::Info,
        advice: "Keep zinc at least 2 hours away from magnesium.",
        sources: &[SourceId::Ods],
    },
    Med {
        id: MedId::Gabapentin, id_str: "gabapentin", name: "Gabapentin",
        examples: "Neurontin, Horizant (gabapentin enacarbil)",
        effect: "Magnesium (as in antacids) lowers how much gabapentin is absorbed.",
        spacing: Spacing::EitherSide { hours: 2 }, default_time: DefaultTime::WithDinner, severity: Severity::Caution,
        advice: "Keep at least 2 hours between gabapentin and magnesium.",
        sources: &[SourceId::DrugLabel],
    },
    Med {
        id: MedId::Integrase, id_str: "integrase", name: "HIV integrase inhibitor",
        examples: "dolutegravir, bictegravir",
        effect: "Magnesium binds the medicine and can make it fail.",
        spacing: Spacing::DrugBeforeOrAfter { before_h: 2, after_h: 6 }, default_time: DefaultTime::AfterWaking(60), severity: Severity::Caution,
        advice: "Take the HIV medicine at least 2 hours before magnesium, or at least 6 hours after it.",
        sources: &[SourceId::HhsArv],
    },
    Med {
        id: MedId::Digoxin, id_str: "digoxin", name: "Digoxin (heart medicine)",
        examples: "Lanoxin",
        effect: "Low magnesium makes digoxin more toxic; magnesium salts may lower its absorption.",
        spacing: Spacing::EitherSide { hours: 2 }, default_time: DefaultTime::AfterWaking(60), severity: Severity::Caution,
        advice: "Keep at least 2 hours between digoxin and magnesium, and ask your prescriber to check your magnesium and digoxin levels.",
        sources: &[SourceId::DrugLabel],
    },
    Med {
        id: MedId::Ppi, id_str: "ppi", name: "Stomach-acid blocker (PPI)",
        examples: "omeprazole, esomeprazole, pantoprazole, lansoprazole",
        effect: "Taken for more than a year, these can lower blood magnesium.",
        spacing: Spacing::None, default_time: DefaultTime::OnWaking, severity: Severity::Info,
        advice: "No spacing needed. If you have taken it for over a year, ask to have your magnesium checked.",
        sources: &[SourceId::FdaPpi2011],
    },
    Med {
        id: MedId::LoopDiuretic, id_str: "loop_diuretic", name: "Loop diuretic (water tablet)",
        examples: "furosemide, bumetanide, torsemide",
        effect: "Makes the kidneys lose more magnesium.",
        spacing: Spacing::None, default_time: DefaultTime::OnWaking, severity: Severity::Info,
        advice: "No spacing needed. Your clinician may want to check your magnesium now and then.",
        sources: &[SourceId::Ods],
    },
    Med {
        id: MedId::Thiazide, id_str: "thiazide", name: "Thiazide diuretic (water tablet)",
        examples: "hydrochlorothiazide, chlorthalidone, indapamide",
        effect: "Makes the kidneys lose more magnesium.",
        spacing: Spacing::None, default_time: DefaultTime::OnWaking, severity: Severity::Info,
        advice: "No spacing needed. Your clinician may want to check your magnesium now and then.",
        sources: &[SourceId::Ods],
    },
    Med {
        id: MedId::PotassiumSparing, id_str: "potassium_sparing", name: "Potassium-sparing diuretic",
        examples: "amiloride, spironolactone, eplerenone",
        effect: "Makes the kidneys keep magnesium, so levels can rise too high, more so with kidney disease.",
        spacing: Spacing::None, default_time: DefaultTime::OnWaking, severity: Severity::Caution,
        advice: "Ask your prescriber before adding magnesium, and have your blood magnesium checked.",
        sources: &[SourceId::Ods],
    },
];

/// Whether magnesium at `mg` and the medicine at `drug` (both minutes after waking) keep the rule.
/// Doses the day before and the day after count too, so a late dose cannot sit too close to the
/// next morning's medicine.
pub fn spacing_holds(spacing: Spacing, mg: i32, drug: i32) -> bool {
    const DAY: i32 = 24 * 60;
    let occurrences = [drug - DAY, drug, drug + DAY];
    match spacing {
        Spacing::None => true,
        Spacing::EitherSide { hours } => occurrences
            .iter()
            .all(|&d| (mg - d).abs() >= i32::from(hours) * 60),
        Spacing::DrugBeforeOrAfter { before_h, after_h } => occurrences
            .iter()
            .all(|&d| d <= mg - i32::from(before_h) * 60 || d >= mg + i32::from(after_h) * 60),
        // Same-day rule: the morning's medicine must come first, with the gap after it.
        Spacing::MagnesiumAfterOnly { hours } => mg >= drug + i32::from(hours) * 60,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_contract() {
        let ids: Vec<_> = MedId::ALL.iter().map(|m| m.id()).collect();
        assert_eq!(
            ids,
            [
                "bisphosphonate",
                "tetracycline",
                "quinolone",
                "levothyroxine",
                "iron",
                "zinc",
                "gabapentin",
                "integrase",
                "digoxin",
                "ppi",
                "loop_diuretic",
                "thiazide",
                "potassium_sparing"
            ]
        );
        for m in MedId::ALL {
            assert_eq!(MedId::parse(m.id()), Some(m));
        }
    }

    #[test]
    fn spacing_table_matches_facts() {
        use Spacing::*;
        let s = |id: MedId| id.med().spacing;
        assert_eq!(s(MedId::Levothyroxine), EitherSide { hours: 4 });
        assert_eq!(s(MedId::Bisphosphonate), MagnesiumAfterOnly { hours: 2 });
        for id in [MedId::Tetracycline, MedId::Quinolone, MedId::Integrase] {
            assert_eq!(
                s(id),
                DrugBeforeOrAfter {
                    before_h: 2,
                    after_h: 6
                }
            );
        }
        for id in [MedId::Gabapentin, MedId::Iron, MedId::Zinc, MedId::Digoxin] {
            assert_eq!(s(id), EitherSide { hours: 2 });
        }
        for id in [
            MedId::Ppi,
            MedId::LoopDiuretic,
            MedId::Thiazide,
            MedId::PotassiumSparing,
        ] {
            assert_eq!(s(id), None);
        }
    }

    #[test]
    fn spacing_boundaries() {
        let four = Spacing::EitherSide { hours: 4 };
        assert!(spacing_holds(four, 240, 0));
        assert!(!spacing_holds(four, 239, 0));
        assert!(!spacing_holds(four, 0, 239));
        let quin = Spacing::DrugBeforeOrAfter {
            before_h: 2,
            after_h: 6,
        };
        assert!(spacing_holds(quin, 120, 0)); // drug 2 h before
        assert!(!spacing_holds(quin, 119, 0));
        assert!(spacing_holds(quin, 0, 360)); // drug 6 h after
        assert!(!spacing_holds(quin, 0, 359));
        assert!(!spacing_holds(quin, 0, 180)); // drug 3 h after: neither
                                               // Late-evening magnesium and next morning's antibiotic 5 h later: too close.
        assert!(!spacing_holds(quin, 1200, 0));
        let bis = Spacing::MagnesiumAfterOnly { hours: 2 };
        assert!(spacing_holds(bis, 120, 0));
        assert!(!spacing_holds(bis, 119, 0));
        assert!(!spacing_holds(bis, 0, 60));
    }
}
