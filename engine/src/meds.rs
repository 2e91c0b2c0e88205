//! Medicines and supplements that interact with magnesium, how far apart to take them, and which
//! of them must also be kept apart from each other (docs/medical-reference.md §7).

use crate::severity::Severity;
use crate::source::SourceId;

/// Contract order (the `meds` ids).
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
    Raltegravir,
    Eltrombopag,
    Penicillamine,
    Mycophenolate,
    Digoxin,
    Ppi,
    LoopDiuretic,
    Thiazide,
    PotassiumSparing,
}

/// How magnesium (or iron or zinc, which bind the same medicines) must be placed relative to one
/// dose of the medicine. Every rule repeats daily: yesterday's and tomorrow's doses count too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spacing {
    /// No timing rule.
    None,
    /// Magnesium at least this many hours before or after the medicine.
    EitherSide { hours: u8 },
    /// The medicine at least `before_h` hours before magnesium, or at least `after_h` hours after it.
    DrugBeforeOrAfter { before_h: u8, after_h: u8 },
}

/// `n` in decimal (the hours of a window: small whole numbers).
fn push_hours(out: &mut String, n: u8) {
    if n >= 10 {
        push_hours(out, n / 10);
    }
    // A slice of fixed text rather than `String::push` of a char (cheaper, on every evaluation).
    let d = usize::from(n % 10);
    out.push_str(&"0123456789"[d..=d]);
}

/// The pieces joined into one string of the right size. The findings are rebuilt on every
/// evaluation, and plain joining costs a fraction of `format!` (benches/evaluate.rs).
pub(crate) fn join(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

impl Spacing {
    /// The rule in a sentence, `what` naming the medicine ("the antibiotic") and `other` what it is
    /// kept from ("magnesium"); `None` when there is no rule.
    pub fn sentence(self, what: &str, other: &str) -> Option<String> {
        self.sentence_then(what, other, "")
    }

    /// `sentence`, with `then` after it (one space between), in one string of the right size.
    fn sentence_then(self, what: &str, other: &str, then: &str) -> Option<String> {
        if self == Spacing::None {
            // No rule: nothing to write, and no string allocated for it.
            return None;
        }
        let mut out = String::with_capacity(96 + what.len() + other.len() + then.len());
        match self {
            Spacing::None => return None,
            Spacing::EitherSide { hours } => {
                out.push_str("Keep at least ");
                push_hours(&mut out, hours);
                out.push_str(" hours between ");
                out.push_str(what);
                out.push_str(" and ");
                out.push_str(other);
                out.push_str(", on either side.");
            }
            Spacing::DrugBeforeOrAfter { before_h, after_h } => {
                out.push_str("Take ");
                out.push_str(what);
                out.push_str(" at least ");
                push_hours(&mut out, before_h);
                out.push_str(" hours before ");
                out.push_str(other);
                out.push_str(", or at least ");
                push_hours(&mut out, after_h);
                out.push_str(" hours after it.");
            }
        }
        if !then.is_empty() {
            out.push(' ');
            out.push_str(then);
        }
        Some(out)
    }

    /// The hours the rule asks, for a message: "2 h either side", "4 h before or 8 h after".
    pub fn hours_text(self) -> String {
        let mut out = String::with_capacity(24);
        self.push_hours_text(&mut out);
        out
    }

    /// Appends `hours_text()` to `out`.
    pub(crate) fn push_hours_text(self, out: &mut String) {
        match self {
            Spacing::None => {}
            Spacing::EitherSide { hours } => {
                push_hours(out, hours);
                out.push_str(" h either side");
            }
            Spacing::DrugBeforeOrAfter { before_h, after_h } => {
                push_hours(out, before_h);
                out.push_str(" h before or ");
                push_hours(out, after_h);
                out.push_str(" h after");
            }
        }
    }
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
    /// How a sentence refers to it: "the antibiotic", "levothyroxine".
    pub noun: &'static str,
    pub examples: &'static str,
    /// What happens with magnesium.
    pub effect: &'static str,
    pub spacing: Spacing,
    /// Iron and zinc bind it as magnesium does, so they keep the same window from it.
    pub binds_minerals: bool,
    pub default_time: DefaultTime,
    /// How many doses a day the app assumes when the person gives no time (docs §7, "Usual
    /// number of daily doses"); more than one are spread over the waking day (`dose_times`).
    pub usual_doses: u8,
    pub severity: Severity,
    /// What the person should do besides keeping the spacing (which `advice` states).
    pub note: &'static str,
    pub sources: &'static [SourceId],
}

impl Med {
    /// What to do: the spacing rule, then the medicine's own note.
    pub fn advice(&self) -> String {
        self.advice_text().into_owned()
    }

    /// `advice()`, borrowing the note when there is no spacing rule to write before it (the
    /// findings take it on every evaluation).
    pub(crate) fn advice_text(&self) -> std::borrow::Cow<'static, str> {
        match self
            .spacing
            .sentence_then(self.noun, "magnesium", self.note)
        {
            Some(text) => text.into(),
            None => self.note.into(),
        }
    }
}

/// Iron and zinc are kept at least this far apart (both are minerals that compete; docs §7).
pub const MINERALS_APART_H: u8 = 2;

/// A window two medicines keep from each other: `mineral` (iron or zinc) stands where magnesium
/// stands in `drug`'s own rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PairRule {
    pub mineral: MedId,
    pub drug: MedId,
    pub spacing: Spacing,
}

impl MedId {
    pub const ALL: [MedId; 17] = [
        MedId::Bisphosphonate,
        MedId::Tetracycline,
        MedId::Quinolone,
        MedId::Levothyroxine,
        MedId::Iron,
        MedId::Zinc,
        MedId::Gabapentin,
        MedId::Integrase,
        MedId::Raltegravir,
        MedId::Eltrombopag,
        MedId::Penicillamine,
        MedId::Mycophenolate,
        MedId::Digoxin,
        MedId::Ppi,
        MedId::LoopDiuretic,
        MedId::Thiazide,
        MedId::PotassiumSparing,
    ];
    /// Its row: `MEDS` lists the medicines in `MedId` order (tested), so this is an index, not a
    /// search (it is called for every dose in every schedule).
    pub fn med(self) -> &'static Med {
        &MEDS[self as usize]
    }
    pub fn id(self) -> &'static str {
        self.med().id_str
    }
    pub fn parse(s: &str) -> Option<MedId> {
        MEDS.iter().find(|m| m.id_str == s).map(|m| m.id)
    }
    /// Iron and high-dose zinc: polyvalent minerals like magnesium.
    pub fn is_mineral(self) -> bool {
        matches!(self, MedId::Iron | MedId::Zinc)
    }
}

/// The window between two medicines, whichever order they come in: iron or zinc against a
/// medicine they bind, and iron against zinc. `None` when they need no spacing from each other.
pub fn between(a: MedId, b: MedId) -> Option<PairRule> {
    match (a.is_mineral(), b.is_mineral()) {
        (true, true) if a != b => Some(PairRule {
            mineral: a,
            drug: b,
            spacing: Spacing::EitherSide {
                hours: MINERALS_APART_H,
            },
        }),
        (true, false) if b.med().binds_minerals => Some(PairRule {
            mineral: a,
            drug: b,
            spacing: b.med().spacing,
        }),
        (false, true) if a.med().binds_minerals => Some(PairRule {
            mineral: b,
            drug: a,
            spacing: a.med().spacing,
        }),
        _ => None,
    }
}

pub const MEDS: &[Med] = &[
    Med {
        id: MedId::Bisphosphonate, id_str: "bisphosphonate", name: "Bisphosphonate (bone medicine)", noun: "the bisphosphonate",
        examples: "alendronate, risedronate, ibandronate",
        effect: "Magnesium binds the medicine in the gut so less of it is absorbed; it also needs an empty stomach.",
        spacing: Spacing::EitherSide { hours: 2 }, binds_minerals: true, default_time: DefaultTime::OnWaking, usual_doses: 1, severity: Severity::Caution,
        note: "This holds whenever you take it — most are taken first thing on waking, and some in the evening, as the leaflet says.",
        sources: &[SourceId::Ods, SourceId::LabelRisedronate],
    },
    Med {
        id: MedId::Tetracycline, id_str: "tetracycline", name: "Tetracycline antibiotic", noun: "the antibiotic",
        examples: "doxycycline, minocycline, tetracycline",
        effect: "Magnesium binds the antibiotic and can make it fail.",
        spacing: Spacing::DrugBeforeOrAfter { before_h: 2, after_h: 6 }, binds_minerals: true, default_time: DefaultTime::AfterWaking(60), usual_doses: 2, severity: Severity::Caution,
        note: "NIH ODS gives a range for the later option; the app uses its longer end.",
        sources: &[SourceId::Ods],
    },
    Med {
        id: MedId::Quinolone, id_str: "quinolone", name: "Quinolone antibiotic", noun: "the antibiotic",
        examples: "ciprofloxacin, levofloxacin, moxifloxacin",
        effect: "Magnesium binds the antibiotic and can make it fail.",
        spacing: Spacing::DrugBeforeOrAfter { before_h: 4, after_h: 8 }, binds_minerals: true, default_time: DefaultTime::AfterWaking(60), usual_doses: 2, severity: Severity::Caution,
        note: "These are moxifloxacin's hours, the strictest in the class, so they are safe for every quinolone; your own antibiotic's leaflet may allow less.",
        sources: &[SourceId::LabelMoxifloxacin],
    },
    Med {
        id: MedId::Levothyroxine, id_str: "levothyroxine", name: "Levothyroxine (thyroid hormone)", noun: "levothyroxine",
        examples: "Synthroid, Eltroxin, Euthyrox",
        effect: "Magnesium lowers how much thyroid hormone is absorbed.",
        spacing: Spacing::EitherSide { hours: 4 }, binds_minerals: true, default_time: DefaultTime::OnWaking, usual_doses: 1, severity: Severity::Caution,
        note: "",
        sources: &[SourceId::LabelLevothyroxine],
    },
    Med {
        id: MedId::Iron, id_str: "iron", name: "Iron supplement", noun: "iron",
        examples: "ferrous sulfate, ferrous bisglycinate",
        effect: "Taken together, magnesium may lower how much iron is absorbed.",
        spacing: Spacing::EitherSide { hours: 2 }, binds_minerals: false, default_time: DefaultTime::AfterWaking(60), usual_doses: 1, severity: Severity::Info,
        note: "Vitamin C (e.g. orange juice) with the iron helps absorption. Iron also binds some medicines, so the day plan keeps it apart from them too.",
        sources: &[SourceId::Seed],
    },
    Med {
        id: MedId::Zinc, id_str: "zinc", name: "Zinc supplement (high dose)", noun: "zinc",
        examples: "zinc gluconate, zinc picolinate",
        effect: "Very high zinc intakes (about 142 mg/day) lower magnesium absorption.",
        spacing: Spacing::EitherSide { hours: 2 }, binds_minerals: false, default_time: DefaultTime::AfterWaking(300), usual_doses: 1, severity: Severity::Info,
        note: "Zinc also binds some medicines, so the day plan keeps it apart from them too.",
        sources: &[SourceId::Ods],
    },
    Med {
        id: MedId::Gabapentin, id_str: "gabapentin", name: "Gabapentin", noun: "gabapentin",
        examples: "Neurontin, Gralise",
        effect: "Magnesium (as in antacids) lowers how much gabapentin is absorbed. This rule is for gabapentin itself; gabapentin enacarbil (Horizant) is a different product.",
        spacing: Spacing::EitherSide { hours: 2 }, binds_minerals: false, default_time: DefaultTime::WithDinner, usual_doses: 3, severity: Severity::Caution,
        note: "",
        sources: &[SourceId::LabelGabapentin],
    },
    Med {
        id: MedId::Integrase, id_str: "integrase", name: "HIV integrase inhibitor", noun: "the HIV medicine",
        examples: "dolutegravir, bictegravir, cabotegravir, elvitegravir",
        effect: "Magnesium binds the medicine and can make it fail.",
        spacing: Spacing::DrugBeforeOrAfter { before_h: 4, after_h: 6 }, binds_minerals: true, default_time: DefaultTime::AfterWaking(60), usual_doses: 1, severity: Severity::Caution,
        note: "These hours follow the strictest labels in the class (Juluca, oral cabotegravir, dolutegravir), so they suit every medicine in it; your own leaflet may allow less. Raltegravir has a stricter rule of its own: choose it separately in the list.",
        sources: &[SourceId::LabelJuluca, SourceId::LabelCabotegravir, SourceId::LabelDolutegravir, SourceId::HhsArv],
    },
    Med {
        id: MedId::Raltegravir, id_str: "raltegravir", name: "Raltegravir (HIV medicine)", noun: "raltegravir",
        examples: "Isentress",
        effect: "Magnesium binds raltegravir; its labels advise against taking it with magnesium-containing antacids, at the same time or hours apart.",
        spacing: Spacing::None, binds_minerals: false, default_time: DefaultTime::AfterWaking(60), usual_doses: 1, severity: Severity::Stop,
        note: "Do not start magnesium on your own. Ask your HIV prescriber first: they may change how you take it or choose another medicine.",
        sources: &[SourceId::LabelRaltegravir],
    },
    Med {
        id: MedId::Eltrombopag, id_str: "eltrombopag", name: "Eltrombopag (platelet medicine)", noun: "eltrombopag",
        examples: "Promacta, Revolade",
        effect: "Magnesium and other minerals bind eltrombopag so less of it is absorbed.",
        spacing: Spacing::EitherSide { hours: 4 }, binds_minerals: true, default_time: DefaultTime::AfterWaking(60), usual_doses: 1, severity: Severity::Caution,
        note: "The app uses the stricter of the US and EU label rules.",
        sources: &[SourceId::LabelEltrombopag],
    },
    Med {
        id: MedId::Penicillamine, id_str: "penicillamine", name: "Penicillamine", noun: "penicillamine",
        examples: "Cuprimine, Depen, Distamine",
        effect: "Magnesium and other minerals bind penicillamine so less of it is absorbed.",
        spacing: Spacing::EitherSide { hours: 2 }, binds_minerals: true, default_time: DefaultTime::AfterWaking(60), usual_doses: 2, severity: Severity::Caution,
        note: "",
        sources: &[SourceId::LabelPenicillamine],
    },
    Med {
        id: MedId::Mycophenolate, id_str: "mycophenolate", name: "Mycophenolate (transplant or immune medicine)", noun: "mycophenolate",
        examples: "CellCept, Myfortic",
        effect: "Magnesium antacids lower how much mycophenolate is absorbed.",
        spacing: Spacing::EitherSide { hours: 2 }, binds_minerals: false, default_time: DefaultTime::AfterWaking(60), usual_doses: 2, severity: Severity::Caution,
        note: "",
        sources: &[SourceId::LabelMycophenolate],
    },
    Med {
        id: MedId::Digoxin, id_str: "digoxin", name: "Digoxin (heart medicine)", noun: "digoxin",
        examples: "Lanoxin",
        effect: "Low magnesium makes digoxin more toxic; magnesium salts may lower its absorption.",
        spacing: Spacing::EitherSide { hours: 2 }, binds_minerals: false, default_time: DefaultTime::AfterWaking(60), usual_doses: 1, severity: Severity::Caution,
        note: "Ask your prescriber to check your magnesium and digoxin levels.",
        sources: &[SourceId::LabelDigoxin],
    },
    Med {
        id: MedId::Ppi, id_str: "ppi", name: "Stomach-acid blocker (PPI)", noun: "it",
        examples: "omeprazole, esomeprazole, pantoprazole, lansoprazole",
        effect: "Taken for more than a year, these can lower blood magnesium.",
        spacing: Spacing::None, binds_minerals: false, default_time: DefaultTime::OnWaking, usual_doses: 1, severity: Severity::Info,
        note: "No spacing needed. If you have taken it for over a year, ask to have your magnesium checked.",
        sources: &[SourceId::FdaPpi2011],
    },
    Med {
        id: MedId::LoopDiuretic, id_str: "loop_diuretic", name: "Loop diuretic (water tablet)", noun: "it",
        examples: "furosemide, bumetanide, torsemide",
        effect: "Makes the kidneys lose more magnesium.",
        spacing: Spacing::None, binds_minerals: false, default_time: DefaultTime::OnWaking, usual_doses: 1, severity: Severity::Info,
        note: "No spacing needed. Your clinician may want to check your magnesium now and then.",
        sources: &[SourceId::Ods],
    },
    Med {
        id: MedId::Thiazide, id_str: "thiazide", name: "Thiazide diuretic (water tablet)", noun: "it",
        examples: "hydrochlorothiazide, chlorthalidone, indapamide",
        effect: "Makes the kidneys lose more magnesium.",
        spacing: Spacing::None, binds_minerals: false, default_time: DefaultTime::OnWaking, usual_doses: 1, severity: Severity::Info,
        note: "No spacing needed. Your clinician may want to check your magnesium now and then.",
        sources: &[SourceId::Ods],
    },
    Med {
        id: MedId::PotassiumSparing, id_str: "potassium_sparing", name: "Potassium-sparing diuretic", noun: "it",
        examples: "amiloride, spironolactone, eplerenone",
        effect: "Makes the kidneys keep magnesium, so levels can rise too high, more so with kidney disease.",
        spacing: Spacing::None, binds_minerals: false, default_time: DefaultTime::OnWaking, usual_doses: 1, severity: Severity::Caution,
        note: "Ask your prescriber before adding magnesium, and have your blood magnesium checked.",
        sources: &[SourceId::Ods],
    },
];

/// Whether magnesium (or a mineral in its place) at `mg` and the medicine at `drug` (minutes on
/// one clock) keep the rule. Doses the day before and the day after count too, so a late dose
/// cannot sit too close to the next morning's medicine.
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
                "raltegravir",
                "eltrombopag",
                "penicillamine",
                "mycophenolate",
                "digoxin",
                "ppi",
                "loop_diuretic",
                "thiazide",
                "potassium_sparing"
            ]
        );
        for (i, m) in MedId::ALL.into_iter().enumerate() {
            assert_eq!(MedId::parse(m.id()), Some(m));
            assert_eq!((MEDS[i].id, m as usize), (m, i), "MEDS in MedId order");
        }
        assert_eq!(MEDS.len(), MedId::ALL.len());
    }

    /// docs/medical-reference.md §7, row by row.
    #[test]
    fn spacing_table_matches_facts() {
        use Spacing::*;
        let s = |id: MedId| id.med().spacing;
        for id in [MedId::Levothyroxine, MedId::Eltrombopag] {
            assert_eq!(s(id), EitherSide { hours: 4 }, "{id:?}");
        }
        assert_eq!(
            s(MedId::Quinolone),
            DrugBeforeOrAfter {
                before_h: 4,
                after_h: 8
            }
        );
        assert_eq!(
            s(MedId::Tetracycline),
            DrugBeforeOrAfter {
                before_h: 2,
                after_h: 6
            }
        );
        // The strictest labels in the class: Juluca (4 h before / 6 h after), oral cabotegravir.
        assert_eq!(
            s(MedId::Integrase),
            DrugBeforeOrAfter {
                before_h: 4,
                after_h: 6
            }
        );
        assert_eq!(
            MedId::Integrase.med().sources[..2],
            [SourceId::LabelJuluca, SourceId::LabelCabotegravir]
        );
        for id in [
            MedId::Bisphosphonate,
            MedId::Gabapentin,
            MedId::Iron,
            MedId::Zinc,
            MedId::Digoxin,
            MedId::Penicillamine,
            MedId::Mycophenolate,
        ] {
            assert_eq!(s(id), EitherSide { hours: 2 }, "{id:?}");
        }
        for id in [
            MedId::Raltegravir,
            MedId::Ppi,
            MedId::LoopDiuretic,
            MedId::Thiazide,
            MedId::PotassiumSparing,
        ] {
            assert_eq!(s(id), None, "{id:?}");
        }
        assert_eq!(MedId::Raltegravir.med().severity, Severity::Stop);
    }

    #[test]
    fn minerals_keep_the_drugs_windows_and_each_other_apart() {
        let binders: Vec<MedId> = MedId::ALL
            .into_iter()
            .filter(|m| m.med().binds_minerals)
            .collect();
        assert_eq!(
            binders,
            [
                MedId::Bisphosphonate,
                MedId::Tetracycline,
                MedId::Quinolone,
                MedId::Levothyroxine,
                MedId::Integrase,
                MedId::Eltrombopag,
                MedId::Penicillamine
            ]
        );
        for mineral in [MedId::Iron, MedId::Zinc] {
            for drug in &binders {
                let rule = PairRule {
                    mineral,
                    drug: *drug,
                    spacing: drug.med().spacing,
                };
                assert_eq!(between(mineral, *drug), Some(rule));
                assert_eq!(between(*drug, mineral), Some(rule));
            }
            assert_eq!(between(mineral, MedId::Digoxin), None);
            assert_eq!(between(mineral, mineral), None);
        }
        // Levothyroxine 4 h from iron (its label), iron and zinc 2 h apart.
        assert_eq!(
            between(MedId::Iron, MedId::Levothyroxine).map(|r| r.spacing),
            Some(Spacing::EitherSide { hours: 4 })
        );
        assert_eq!(
            between(MedId::Zinc, MedId::Iron).map(|r| r.spacing),
            Some(Spacing::EitherSide { hours: 2 })
        );
        assert_eq!(between(MedId::Quinolone, MedId::Tetracycline), None);
    }

    #[test]
    fn advice_states_the_hours_of_the_rule() {
        assert_eq!(
            MedId::Quinolone.med().advice().split(". ").next(),
            Some("Take the antibiotic at least 4 hours before magnesium, or at least 8 hours after it")
        );
        assert!(MedId::Levothyroxine
            .med()
            .advice()
            .starts_with("Keep at least 4 hours between levothyroxine and magnesium"));
        assert!(MedId::Raltegravir
            .med()
            .advice()
            .starts_with("Do not start magnesium on your own"));
        assert!(!MedId::Gabapentin.med().examples.contains("Horizant"));
    }

    #[test]
    fn spacing_boundaries() {
        let four = Spacing::EitherSide { hours: 4 };
        assert!(spacing_holds(four, 240, 0));
        assert!(!spacing_holds(four, 239, 0));
        assert!(!spacing_holds(four, 0, 239));
        let quin = Spacing::DrugBeforeOrAfter {
            before_h: 4,
            after_h: 8,
        };
        assert!(spacing_holds(quin, 240, 0)); // drug 4 h before
        assert!(!spacing_holds(quin, 239, 0));
        assert!(spacing_holds(quin, 0, 480)); // drug 8 h after
        assert!(!spacing_holds(quin, 0, 479));
        assert!(!spacing_holds(quin, 0, 300)); // drug 5 h after: neither
                                               // Late-evening magnesium and next morning's antibiotic 7 h later: too close.
        assert!(!spacing_holds(quin, 1020, 0));
        // An evening bisphosphonate: 2 h either side, like a morning one.
        let bis = Spacing::EitherSide { hours: 2 };
        assert!(spacing_holds(bis, 780, 900));
        assert!(!spacing_holds(bis, 781, 900));
        assert!(!spacing_holds(bis, 1019, 900));
        assert!(spacing_holds(bis, 1020, 900));
    }
}
