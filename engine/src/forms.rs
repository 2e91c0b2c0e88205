//! Supplement forms: what each compound is, how much of it is magnesium, and what is known about it.
//! Elemental % is computed from molar masses (facts.md §3), never typed in.

use crate::region::Region;
use crate::regional_requirement::adult_limit;
use crate::source::SourceId;

/// Standard atomic weight of magnesium, g/mol.
pub const MG_MOLAR_MASS: f64 = 24.305;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FormId {
    Oxide,
    Citrate,
    Glycinate,
    Chloride,
    Malate,
    Lactate,
    Taurate,
    Aspartate,
    Threonate,
    Sulfate,
    Carbonate,
    Gluconate,
    Orotate,
    Hydroxide,
    Glycerophosphate,
}

impl FormId {
    /// Contract order.
    pub const ALL: [FormId; 15] = [
        FormId::Oxide,
        FormId::Citrate,
        FormId::Glycinate,
        FormId::Chloride,
        FormId::Malate,
        FormId::Lactate,
        FormId::Taurate,
        FormId::Aspartate,
        FormId::Threonate,
        FormId::Sulfate,
        FormId::Carbonate,
        FormId::Gluconate,
        FormId::Orotate,
        FormId::Hydroxide,
        FormId::Glycerophosphate,
    ];
    pub const DEFAULT: FormId = FormId::Glycinate;

    pub fn id(self) -> &'static str {
        self.form().id_str
    }
    pub fn parse(s: &str) -> Option<FormId> {
        FORMS.iter().find(|f| f.id_str == s).map(|f| f.id)
    }
    pub fn form(self) -> &'static Form {
        FORMS
            .iter()
            .find(|f| f.id == self)
            .expect("every FormId has a row in FORMS")
    }
}

/// A qualitative rating: `rank` orders the table (higher = more of the good thing; 0 = no data).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rating {
    pub rank: u8,
    pub label: &'static str,
    pub source: Option<SourceId>,
}

const NO_DATA: Rating = Rating {
    rank: 0,
    label: "No good data",
    source: None,
};
const fn r(rank: u8, label: &'static str, source: SourceId) -> Rating {
    Rating {
        rank,
        label,
        source: Some(source),
    }
}
const fn unsourced(rank: u8, label: &'static str) -> Rating {
    Rating {
        rank,
        label,
        source: None,
    }
}

#[derive(Debug, PartialEq)]
pub struct Form {
    pub id: FormId,
    pub id_str: &'static str,
    /// Plain name for pickers, e.g. "Magnesium glycinate".
    pub name: &'static str,
    /// The exact compound the percentage assumes (shown in the UI).
    pub compound: &'static str,
    pub formula: &'static str,
    /// Magnesium atoms per formula unit.
    pub mg_atoms: u8,
    pub molar_mass: f64,
    pub absorption: Rating,
    pub stomach: Rating,
    pub nervous: Rating,
    /// Cost-effectiveness: higher rank = more magnesium per money.
    pub cost: Rating,
    pub typical_use: &'static str,
    /// The usual daily amount, when the seed's (`seed_dose`) is not the one shown.
    pub typical_dose: &'static str,
    /// The seed article's usual daily amount applies (`SEED_USUAL_DOSE_MG`).
    pub seed_dose: bool,
    pub notes: &'static str,
    /// NIH ODS lists it among the forms most often linked with diarrhoea.
    pub diarrhoea_linked: bool,
    pub sources: &'static [SourceId],
}

/// The seed article's usual daily amount for citrate and glycinate, mg; its upper figure is above
/// the US supplemental limit.
pub const SEED_USUAL_DOSE_MG: (u16, u16) = (200, 400);

/// The seed's usual amount: "200–400 mg/day".
pub fn seed_dose_range() -> String {
    let (lo, hi) = SEED_USUAL_DOSE_MG;
    format!("{lo}–{hi} mg/day")
}

/// What the region's adult limit says about the seed's upper figure, when it is above it: the
/// US upper limit (350 mg) and the EU's (250 mg) are; the UK guidance level (400 mg) is not.
pub fn seed_dose_limit_note(region: Region) -> Option<String> {
    let hi = SEED_USUAL_DOSE_MG.1;
    adult_limit(region).filter(|l| hi > l.mg).map(|l| {
        let whose = match (region, l.sources.first()) {
            (Region::Us, _) | (_, None) => region.short().to_owned(),
            (_, Some(source)) => format!("{} ({})", region.short(), source.short()),
        };
        format!(
            "{hi} mg is above the {whose} {} of {} mg/day for magnesium from supplements",
            l.kind.noun(),
            l.mg
        )
    })
}

/// The seed's usual amount, with what the region's limit says about its upper figure.
pub fn seed_dose_text(region: Region) -> String {
    let seed = format!("{} (seed article)", seed_dose_range());
    match seed_dose_limit_note(region) {
        Some(note) => format!("{seed}; {note}"),
        None => seed,
    }
}

/// "the upper limit" in a form's text, named as `region`'s own kind of limit (the UK's is a
/// guidance level, docs/medical-reference.md §2b).
fn in_region(text: &str, region: Region) -> String {
    let noun = crate::regional_tables::limit_set(region).kind.noun();
    text.replace("upper limit", noun)
}

impl Form {
    /// The usual daily amount, for the forms table, against `region`'s limit.
    pub fn dose_text(&self, region: Region) -> String {
        if self.seed_dose {
            seed_dose_text(region)
        } else {
            in_region(self.typical_dose, region)
        }
    }

    /// The notes, with a limit they name in `region`'s own kind.
    pub fn notes_text(&self, region: Region) -> String {
        in_region(self.notes, region)
    }

    /// Elemental magnesium as a percentage of the compound's mass.
    pub fn elemental_pct(&self) -> f64 {
        elemental_pct(self.mg_atoms, self.molar_mass)
    }
}

pub fn elemental_pct(mg_atoms: u8, molar_mass: f64) -> f64 {
    f64::from(mg_atoms) * MG_MOLAR_MASS / molar_mass * 100.0
}

use SourceId::{Molecules2020 as M20, Molecules2021 as M21, Ods, Seed};

pub const FORMS: &[Form] = &[
    Form {
        id: FormId::Oxide, id_str: "oxide", name: "Magnesium oxide", compound: "magnesium oxide",
        formula: "MgO", mg_atoms: 1, molar_mass: 40.30,
        absorption: r(1, "Low", Ods), stomach: r(1, "Often loosens stools", Ods), nervous: NO_DATA,
        cost: unsourced(3, "High (cheap, dense)"),
        typical_use: "Low-cost tablets; antacid and laxative",
        typical_dose: "250 mg/day in the one RLS trial (Jadidi 2023)", seed_dose: false,
        notes: "Most magnesium per tablet, but a small share is absorbed. The only form tested in an RLS trial with a placebo group.",
        diarrhoea_linked: true, sources: &[Ods, M20, M21, SourceId::Jadidi2022],
    },
    Form {
        id: FormId::Citrate, id_str: "citrate", name: "Magnesium citrate", compound: "trimagnesium dicitrate, anhydrous",
        formula: "Mg₃(C₆H₅O₇)₂", mg_atoms: 3, molar_mass: 451.11,
        absorption: r(4, "High", Seed), stomach: r(2, "Moderate", Seed), nervous: r(3, "Good", Seed),
        cost: r(3, "High", Seed),
        typical_use: "General supplement; laxative in larger amounts",
        typical_dose: "", seed_dose: true,
        notes: "Absorbed more completely than oxide in small studies (NIH ODS). Used in the Gorantla 2024 pilot (200 mg with dinner). Nonahydrate powders hold less magnesium.",
        diarrhoea_linked: false, sources: &[Seed, Ods, M20, M21, SourceId::Gorantla2024],
    },
    Form {
        id: FormId::Glycinate, id_str: "glycinate", name: "Magnesium glycinate (bisglycinate)", compound: "magnesium bisglycinate, anhydrous",
        formula: "Mg(C₂H₄NO₂)₂", mg_atoms: 1, molar_mass: 172.42,
        absorption: r(5, "Very high", Seed), stomach: r(5, "Excellent", Seed), nervous: r(5, "Superior", Seed),
        cost: r(2, "Moderate", Seed),
        typical_use: "General supplement, often taken in the evening",
        typical_dose: "", seed_dose: true,
        notes: "The seed's ratings are not backed by head-to-head trials, and its claim that glycinate interferes little with medicines does not lift the spacing from medicines: that applies to every form. \"Buffered\" products contain added magnesium oxide. Dihydrate holds less magnesium.",
        diarrhoea_linked: false, sources: &[Seed, M20, M21],
    },
    Form {
        id: FormId::Chloride, id_str: "chloride", name: "Magnesium chloride", compound: "magnesium chloride hexahydrate",
        formula: "MgCl₂·6H₂O", mg_atoms: 1, molar_mass: 203.30,
        absorption: r(3, "Good", Ods), stomach: r(1, "Often loosens stools", Ods), nervous: NO_DATA,
        cost: unsourced(2, "Moderate"),
        typical_use: "Tablets, flakes and \"magnesium oil\"",
        typical_dose: "As labelled, within the upper limit", seed_dose: false,
        notes: "Absorbed more completely than oxide in small studies. Skin-applied oil delivers little magnesium.",
        diarrhoea_linked: true, sources: &[Ods, M20, M21],
    },
    Form {
        id: FormId::Malate, id_str: "malate", name: "Magnesium malate", compound: "magnesium malate (1:1), anhydrous",
        formula: "MgC₄H₄O₅", mg_atoms: 1, molar_mass: 156.38,
        absorption: NO_DATA, stomach: NO_DATA, nervous: NO_DATA, cost: unsourced(2, "Moderate"),
        typical_use: "General supplement",
        typical_dose: "As labelled, within the upper limit", seed_dose: false,
        notes: "Little human data on absorption or tolerance.",
        diarrhoea_linked: false, sources: &[M20, M21],
    },
    Form {
        id: FormId::Lactate, id_str: "lactate", name: "Magnesium lactate", compound: "magnesium lactate, anhydrous",
        formula: "Mg(C₃H₅O₃)₂", mg_atoms: 1, molar_mass: 202.44,
        absorption: r(3, "Good", Ods), stomach: NO_DATA, nervous: NO_DATA, cost: unsourced(2, "Moderate"),
        typical_use: "General supplement; some slow-release tablets",
        typical_dose: "As labelled, within the upper limit", seed_dose: false,
        notes: "Absorbed more completely than oxide in small studies.",
        diarrhoea_linked: false, sources: &[Ods, M20, M21],
    },
    Form {
        id: FormId::Taurate, id_str: "taurate", name: "Magnesium taurate", compound: "magnesium taurate, anhydrous",
        formula: "Mg(C₂H₆NO₃S)₂", mg_atoms: 1, molar_mass: 272.57,
        absorption: NO_DATA, stomach: NO_DATA, nervous: NO_DATA, cost: unsourced(1, "Low"),
        typical_use: "Magnesium combined with taurine",
        typical_dose: "As labelled, within the upper limit", seed_dose: false,
        notes: "Marketing claims outrun the human evidence.",
        diarrhoea_linked: false, sources: &[M20, M21],
    },
    Form {
        id: FormId::Aspartate, id_str: "aspartate", name: "Magnesium aspartate", compound: "magnesium L-aspartate, anhydrous",
        formula: "Mg(C₄H₆NO₄)₂", mg_atoms: 1, molar_mass: 288.50,
        absorption: r(3, "Good", Ods), stomach: NO_DATA, nervous: NO_DATA, cost: unsourced(2, "Moderate"),
        typical_use: "Licensed tablets in some countries",
        typical_dose: "As labelled, within the upper limit", seed_dose: false,
        notes: "Absorbed more completely than oxide in small studies. The dihydrate holds about 7.5 %.",
        diarrhoea_linked: false, sources: &[Ods, SourceId::SmpcAspartate, M20, M21],
    },
    Form {
        id: FormId::Threonate, id_str: "threonate", name: "Magnesium L-threonate", compound: "magnesium L-threonate, anhydrous",
        formula: "Mg(C₄H₇O₅)₂", mg_atoms: 1, molar_mass: 294.50,
        absorption: NO_DATA, stomach: NO_DATA, nervous: unsourced(0, "Claimed; human data limited"), cost: unsourced(1, "Low"),
        typical_use: "Marketed for memory and sleep",
        typical_dose: "As labelled, within the upper limit", seed_dose: false,
        notes: "Branded threonate is often stated as about 7.2 % magnesium: check the label's elemental figure.",
        diarrhoea_linked: false, sources: &[M20, M21],
    },
    Form {
        id: FormId::Sulfate, id_str: "sulfate", name: "Magnesium sulfate (Epsom salt)", compound: "magnesium sulfate heptahydrate (Epsom salt)",
        formula: "MgSO₄·7H₂O", mg_atoms: 1, molar_mass: 246.47,
        absorption: r(1, "Low", Ods), stomach: unsourced(1, "Strong laxative by mouth"), nervous: NO_DATA, cost: unsourced(3, "High"),
        typical_use: "Bath salts; laxative; given by drip in hospital",
        typical_dose: "Not a daily oral supplement", seed_dose: false,
        notes: "Absorbed less completely than citrate, aspartate, lactate or chloride in small studies.",
        diarrhoea_linked: false, sources: &[Ods, M20, M21],
    },
    Form {
        id: FormId::Carbonate, id_str: "carbonate", name: "Magnesium carbonate", compound: "magnesium carbonate, anhydrous",
        formula: "MgCO₃", mg_atoms: 1, molar_mass: 84.31,
        absorption: NO_DATA, stomach: r(1, "Often loosens stools", Ods), nervous: NO_DATA, cost: unsourced(3, "High"),
        typical_use: "Antacid; some tablets",
        typical_dose: "As labelled, within the upper limit", seed_dose: false,
        notes: "Reacts with stomach acid; counts toward the upper limit when used as an antacid.",
        diarrhoea_linked: true, sources: &[Ods, M20, M21],
    },
    Form {
        id: FormId::Gluconate, id_str: "gluconate", name: "Magnesium gluconate", compound: "magnesium gluconate, anhydrous",
        formula: "Mg(C₆H₁₁O₇)₂", mg_atoms: 1, molar_mass: 414.60,
        absorption: NO_DATA, stomach: r(1, "Often loosens stools", Ods), nervous: NO_DATA, cost: unsourced(1, "Low"),
        typical_use: "Tablets and liquids",
        typical_dose: "As labelled, within the upper limit", seed_dose: false,
        notes: "Little magnesium per gram, so many tablets are needed.",
        diarrhoea_linked: true, sources: &[Ods, M20, M21],
    },
    Form {
        id: FormId::Orotate, id_str: "orotate", name: "Magnesium orotate", compound: "magnesium orotate, anhydrous",
        formula: "Mg(C₅H₃N₂O₄)₂", mg_atoms: 1, molar_mass: 334.48,
        absorption: NO_DATA, stomach: NO_DATA, nervous: NO_DATA, cost: unsourced(1, "Low"),
        typical_use: "Magnesium combined with orotic acid",
        typical_dose: "As labelled, within the upper limit", seed_dose: false,
        notes: "The dihydrate holds about 6.6 %.",
        diarrhoea_linked: false, sources: &[M20, M21],
    },
    Form {
        id: FormId::Hydroxide, id_str: "hydroxide", name: "Magnesium hydroxide (milk of magnesia)", compound: "magnesium hydroxide",
        formula: "Mg(OH)₂", mg_atoms: 1, molar_mass: 58.32,
        absorption: unsourced(1, "Low"), stomach: unsourced(1, "Laxative"), nervous: NO_DATA, cost: unsourced(3, "High"),
        typical_use: "Antacid and laxative",
        typical_dose: "Not a daily supplement; counts toward the upper limit", seed_dose: false,
        notes: "Mostly used for constipation or heartburn, not to raise magnesium.",
        diarrhoea_linked: false, sources: &[Ods, M20, M21],
    },
    // A UK prescription form: no source rates its absorption, comfort or effect, so none is shown.
    Form {
        id: FormId::Glycerophosphate, id_str: "glycerophosphate", name: "Magnesium glycerophosphate", compound: "magnesium glycerophosphate, anhydrous (Ph. Eur. 1446)",
        formula: "C₃H₇MgO₆P", mg_atoms: 1, molar_mass: 194.36,
        absorption: NO_DATA, stomach: NO_DATA, nervous: NO_DATA, cost: unsourced(0, "Prescription in the UK"),
        typical_use: "UK prescription tablets for low magnesium, labelled in mmol",
        typical_dose: "As prescribed; one 4 mmol tablet holds 97.2 mg", seed_dose: false,
        notes: "Labelled in mmol of magnesium (1 mmol = 24.305 mg). The percentage assumes the anhydrous salt; the monohydrate holds about 11.4 %.",
        diarrhoea_linked: false, sources: &[SourceId::SmpcNeomag],
    },
];

/// A hydrate or other variant of a form that changes how much magnesium a gram holds.
#[derive(Debug, PartialEq)]
pub struct Variant {
    pub form: FormId,
    pub id: &'static str,
    pub compound: &'static str,
    pub formula: &'static str,
    pub molar_mass: f64,
}

impl Variant {
    pub fn elemental_pct(&self) -> f64 {
        elemental_pct(self.form.form().mg_atoms, self.molar_mass)
    }
}

/// Water of crystallisation, g/mol (2 × 1.008 + 15.999).
const H2O: f64 = 18.015;

pub const VARIANTS: &[Variant] = &[
    Variant {
        form: FormId::Citrate,
        id: "citrate-9h2o",
        compound: "trimagnesium dicitrate nonahydrate",
        formula: "Mg₃(C₆H₅O₇)₂·9H₂O",
        molar_mass: 451.11 + 9.0 * H2O,
    },
    Variant {
        form: FormId::Glycinate,
        id: "glycinate-2h2o",
        compound: "magnesium bisglycinate dihydrate",
        formula: "Mg(C₂H₄NO₂)₂·2H₂O",
        molar_mass: 172.42 + 2.0 * H2O,
    },
    Variant {
        form: FormId::Aspartate,
        id: "aspartate-2h2o",
        compound: "magnesium L-aspartate dihydrate",
        formula: "Mg(C₄H₆NO₄)₂·2H₂O",
        molar_mass: 288.50 + 2.0 * H2O,
    },
    Variant {
        form: FormId::Orotate,
        id: "orotate-2h2o",
        compound: "magnesium orotate dihydrate",
        formula: "Mg(C₅H₃N₂O₄)₂·2H₂O",
        molar_mass: 334.48 + 2.0 * H2O,
    },
    Variant {
        form: FormId::Glycerophosphate,
        id: "glycerophosphate-h2o",
        compound: "magnesium glycerophosphate monohydrate",
        formula: "C₃H₇MgO₆P·H₂O",
        molar_mass: 194.36 + H2O,
    },
];

/// Fractional absorption falls as the dose rises (Fine 1991): the reason larger doses are split.
pub const ABSORPTION_FALLS_WITH_DOSE: (u8, u8) = (65, 11);

#[cfg(test)]
mod tests {
    use super::*;

    fn round1(x: f64) -> f64 {
        (x * 10.0).round() / 10.0
    }

    #[test]
    fn elemental_percentages_match_facts_table() {
        // facts.md §3, "≈ %" column (one decimal).
        let expected = [
            (FormId::Oxide, 60.3),
            (FormId::Hydroxide, 41.7),
            (FormId::Carbonate, 28.8),
            (FormId::Chloride, 12.0),
            (FormId::Sulfate, 9.9),
            (FormId::Citrate, 16.2),
            (FormId::Glycinate, 14.1),
            (FormId::Malate, 15.5),
            (FormId::Lactate, 12.0),
            (FormId::Gluconate, 5.9),
            (FormId::Taurate, 8.9),
            (FormId::Aspartate, 8.4),
            (FormId::Threonate, 8.3),
            (FormId::Orotate, 7.3),
            (FormId::Glycerophosphate, 12.5),
        ];
        for (id, pct) in expected {
            assert_eq!(round1(id.form().elemental_pct()), pct, "{id:?}");
        }
        // Two-decimal figures from facts.md.
        assert!((FormId::Chloride.form().elemental_pct() - 11.96).abs() < 0.005);
        assert!((FormId::Sulfate.form().elemental_pct() - 9.86).abs() < 0.005);
        assert!((FormId::Gluconate.form().elemental_pct() - 5.86).abs() < 0.005);
        assert!((FormId::Threonate.form().elemental_pct() - 8.25).abs() < 0.005);
    }

    #[test]
    fn hydrates_hold_less_magnesium() {
        let expected = [
            ("citrate-9h2o", 11.9),
            ("glycinate-2h2o", 11.7),
            ("aspartate-2h2o", 7.5),
            ("orotate-2h2o", 6.6),
            ("glycerophosphate-h2o", 11.4),
        ];
        for (id, pct) in expected {
            let v = VARIANTS.iter().find(|v| v.id == id).unwrap();
            assert_eq!(round1(v.elemental_pct()), pct, "{id}");
            assert!(v.elemental_pct() < v.form.form().elemental_pct());
        }
    }

    #[test]
    fn ids_round_trip_and_follow_the_contract() {
        let ids: Vec<_> = FormId::ALL.iter().map(|f| f.id()).collect();
        assert_eq!(
            ids,
            [
                "oxide",
                "citrate",
                "glycinate",
                "chloride",
                "malate",
                "lactate",
                "taurate",
                "aspartate",
                "threonate",
                "sulfate",
                "carbonate",
                "gluconate",
                "orotate",
                "hydroxide",
                "glycerophosphate"
            ]
        );
        for f in FormId::ALL {
            assert_eq!(FormId::parse(f.id()), Some(f));
        }
        assert_eq!(FORMS.len(), 15);
    }

    #[test]
    fn glycerophosphate_is_computed_from_its_molar_mass() {
        // docs/medical-reference.md §3: C₃H₇MgO₆P, 194.36 g/mol → 12.5 %; monohydrate 11.44 %.
        let g = FormId::Glycerophosphate.form();
        assert_eq!(g.elemental_pct(), 24.305 / 194.36 * 100.0);
        assert_eq!(crate::decimal::fixed(g.elemental_pct(), 1), "12.5");
        let h = VARIANTS
            .iter()
            .find(|v| v.form == FormId::Glycerophosphate)
            .unwrap();
        assert_eq!(crate::decimal::fixed(h.elemental_pct(), 2), "11.44");
        // A chewable 4 mmol tablet: 97.2 mg of magnesium from 777.6 mg of the salt.
        assert_eq!(
            crate::decimal::fixed(777.6 * g.elemental_pct() / 100.0, 1),
            "97.2"
        );
        // No source rates it: every qualitative column says so.
        assert!([g.absorption, g.stomach, g.nervous, g.cost]
            .iter()
            .all(|r| r.rank == 0 && r.source.is_none()));
        assert_eq!(g.sources, &[SourceId::SmpcNeomag]);
    }

    #[test]
    fn seed_ratings_for_citrate_and_glycinate_are_kept_and_attributed() {
        let c = FormId::Citrate.form();
        let g = FormId::Glycinate.form();
        assert_eq!(
            (
                c.absorption.label,
                c.stomach.label,
                c.nervous.label,
                c.cost.label
            ),
            ("High", "Moderate", "Good", "High")
        );
        assert_eq!(
            (
                g.absorption.label,
                g.stomach.label,
                g.nervous.label,
                g.cost.label
            ),
            ("Very high", "Excellent", "Superior", "Moderate")
        );
        for rating in [
            c.absorption,
            c.stomach,
            c.nervous,
            c.cost,
            g.absorption,
            g.stomach,
            g.nervous,
            g.cost,
        ] {
            assert_eq!(rating.source, Some(SourceId::Seed));
        }
    }

    #[test]
    fn every_compound_states_its_hydrate_and_the_seed_dose_notes_the_limit() {
        for f in FORMS {
            assert!(
                f.compound.contains("anhydrous")
                    || f.compound.contains("hydrate")
                    || ["oxide", "hydroxide"].contains(&f.id_str),
                "{}",
                f.compound
            );
        }
        assert_eq!(
            FormId::Citrate.form().dose_text(Region::Us),
            "200–400 mg/day (seed article); 400 mg is above the US upper limit of 350 mg/day for magnesium from supplements"
        );
        assert_eq!(
            FormId::Citrate.form().dose_text(Region::Eu),
            "200–400 mg/day (seed article); 400 mg is above the EU (SCF 2001) upper limit of 250 mg/day for magnesium from supplements"
        );
        // 400 mg is the UK guidance level itself, not above it.
        assert_eq!(
            FormId::Citrate.form().dose_text(Region::Uk),
            "200–400 mg/day (seed article)"
        );
        assert!(FormId::Glycinate
            .form()
            .notes
            .contains("applies to every form"));
        assert!(FormId::Oxide
            .form()
            .dose_text(Region::Eu)
            .starts_with("250 mg/day"));
        // The UK's limit is a guidance level in the table's texts too.
        assert_eq!(
            FormId::Chloride.form().dose_text(Region::Uk),
            "As labelled, within the guidance level"
        );
        assert_eq!(
            FormId::Chloride.form().dose_text(Region::Us),
            "As labelled, within the upper limit"
        );
        assert!(FormId::Carbonate
            .form()
            .notes_text(Region::Uk)
            .contains("counts toward the guidance level"));
    }

    #[test]
    fn ods_diarrhoea_forms() {
        let linked: Vec<_> = FORMS
            .iter()
            .filter(|f| f.diarrhoea_linked)
            .map(|f| f.id_str)
            .collect();
        assert_eq!(linked, ["oxide", "chloride", "carbonate", "gluconate"]);
    }
}
