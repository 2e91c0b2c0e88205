//! Every source a table row or a rule cites. Findings and tables refer to these by id, and the
//! About view lists them with an anchor per id (`#source-<id>`).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceId {
    Seed,
    Ods,
    Iom1997,
    Kdigo2012,
    SmpcAspartate,
    SmpcOsvaren,
    Aasm2024,
    Irlssg2014,
    Hening2009,
    LabelLevothyroxine,
    LabelRisedronate,
    LabelMoxifloxacin,
    LabelDolutegravir,
    LabelJuluca,
    LabelCabotegravir,
    LabelRaltegravir,
    LabelEltrombopag,
    LabelPenicillamine,
    LabelMycophenolate,
    LabelGabapentin,
    LabelDigoxin,
    FdaPpi2011,
    HhsArv,
    Fine1991,
    Hornyak1998,
    Jadidi2022,
    Gorantla2024,
    Marshall2019,
    Molecules2020,
    Molecules2021,
    // Regional reference sets and label units (docs/medical-reference.md §§2b, 3).
    Efsa2015,
    Scf2001,
    Coma1991,
    Evm2003,
    FdaDv2016,
    SmpcNeomag,
}

pub struct Source {
    pub id: SourceId,
    /// Short label shown next to a value, e.g. "NIH ODS".
    pub short: &'static str,
    /// Full citation shown in the About view.
    pub citation: &'static str,
}

/// Each medicine rule cites the label of that medicine (docs/medical-reference.md, Sources): no
/// generic "drug labels" entry stands in for one.
pub const SOURCES: &[Source] = &[
    Source { id: SourceId::Seed, short: SourceId::Seed.short(), citation: "The blog article this calculator is built from (\"Magnesium for Restless Legs Syndrome\"): symptom patterns, trigger table, citrate vs glycinate ratings, the RLS dose range, timing advice, kidney and blood limits." },
    Source { id: SourceId::Ods, short: SourceId::Ods.short(), citation: "NIH Office of Dietary Supplements. Magnesium — Fact Sheet for Health Professionals." },
    Source { id: SourceId::Iom1997, short: SourceId::Iom1997.short(), citation: "Institute of Medicine. Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride. National Academies Press, 1997, chapter 6." },
    Source { id: SourceId::Kdigo2012, short: SourceId::Kdigo2012.short(), citation: "KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease. Kidney Int Suppl 2013;3:1–150." },
    Source { id: SourceId::SmpcAspartate, short: SourceId::SmpcAspartate.short(), citation: "UK Summary of Product Characteristics, magnesium aspartate 243 mg (contraindicated below GFR 30 and with heart conduction disorders)." },
    Source { id: SourceId::SmpcOsvaren, short: SourceId::SmpcOsvaren.short(), citation: "UK Summary of Product Characteristics, OsvaRen (calcium acetate / magnesium carbonate): contraindicated with AV block III°, myasthenia gravis, serum magnesium > 2 mmol/L." },
    Source { id: SourceId::Aasm2024, short: SourceId::Aasm2024.short(), citation: "Winkelman JW et al. Treatment of restless legs syndrome and periodic limb movement disorder: an American Academy of Sleep Medicine clinical practice guideline. J Clin Sleep Med 2025;21(1):137–152 (online 2024)." },
    Source { id: SourceId::Irlssg2014, short: SourceId::Irlssg2014.short(), citation: "Allen RP et al. Restless legs syndrome/Willis–Ekbom disease diagnostic criteria: updated IRLSSG consensus criteria. Sleep Med 2014;15:860–873." },
    Source { id: SourceId::Hening2009, short: SourceId::Hening2009.short(), citation: "Hening WA et al. The four diagnostic criteria for RLS are unable to exclude confounding conditions (\"mimics\"). Sleep Med 2009." },
    Source { id: SourceId::LabelLevothyroxine, short: SourceId::LabelLevothyroxine.short(), citation: "US prescribing information, levothyroxine (Synthroid): at least 4 h from products that lower its absorption." },
    Source { id: SourceId::LabelRisedronate, short: SourceId::LabelRisedronate.short(), citation: "Risedronate SmPC and NHS guidance: 2 h from food, drink and other medicines when taken between meals or in the evening." },
    Source { id: SourceId::LabelMoxifloxacin, short: SourceId::LabelMoxifloxacin.short(), citation: "US prescribing information, moxifloxacin (Avelox): at least 4 h before or 8 h after Mg/Al antacids, iron and zinc." },
    Source { id: SourceId::LabelDolutegravir, short: SourceId::LabelDolutegravir.short(), citation: "US prescribing information, dolutegravir (Tivicay): 2 h before or 6 h after cation-containing products." },
    Source { id: SourceId::LabelJuluca, short: SourceId::LabelJuluca.short(), citation: "US prescribing information, dolutegravir/rilpivirine (Juluca): the tablet at least 4 h before, or 6 h after, antacids or laxatives that hold polyvalent cations." },
    Source { id: SourceId::LabelCabotegravir, short: SourceId::LabelCabotegravir.short(), citation: "Prescribing information / SmPC, oral cabotegravir (Vocabria): antacids with polyvalent cations at least 2 h before, or at least 4 h after, the tablet." },
    Source { id: SourceId::LabelRaltegravir, short: SourceId::LabelRaltegravir.short(), citation: "US prescribing information, raltegravir (Isentress): with or staggered from Al/Mg antacids not recommended." },
    Source { id: SourceId::LabelEltrombopag, short: SourceId::LabelEltrombopag.short(), citation: "US prescribing information, eltrombopag (Promacta): at least 2 h before or 4 h after polyvalent cations including magnesium." },
    Source { id: SourceId::LabelPenicillamine, short: SourceId::LabelPenicillamine.short(), citation: "Penicillamine prescribing information / UK patient information: 2 h from antacids, iron and zinc." },
    Source { id: SourceId::LabelMycophenolate, short: SourceId::LabelMycophenolate.short(), citation: "US prescribing information, mycophenolate mofetil (CellCept): Mg/Al antacids lower exposure; not taken together." },
    Source { id: SourceId::LabelGabapentin, short: SourceId::LabelGabapentin.short(), citation: "US prescribing information, gabapentin (Neurontin): at least 2 h after Al/Mg antacids (not gabapentin enacarbil)." },
    Source { id: SourceId::LabelDigoxin, short: SourceId::LabelDigoxin.short(), citation: "US prescribing information, digoxin (Lanoxin): low magnesium raises toxicity; antacids may lower absorption." },
    Source { id: SourceId::FdaPpi2011, short: SourceId::FdaPpi2011.short(), citation: "US FDA Drug Safety Communication: low magnesium levels can be associated with long-term use of proton pump inhibitors (2 March 2011)." },
    Source { id: SourceId::HhsArv, short: SourceId::HhsArv.short(), citation: "US HHS Guidelines for the Use of Antiretroviral Agents, drug–drug interaction tables (integrase inhibitors and polyvalent cations)." },
    Source { id: SourceId::Fine1991, short: SourceId::Fine1991.short(), citation: "Fine KD et al. Intestinal absorption of magnesium from food and supplements. J Clin Invest 1991;88:396–402." },
    Source { id: SourceId::Hornyak1998, short: SourceId::Hornyak1998.short(), citation: "Hornyak M et al. Magnesium therapy for periodic leg movements-related insomnia and restless legs syndrome: an open pilot study. Sleep 1998;21(5):501–505. Of its 10 participants, 6 had RLS and 4 insomnia with periodic leg movements." },
    Source { id: SourceId::Jadidi2022, short: SourceId::Jadidi2022.short(), citation: "Jadidi A et al. Therapeutic effects of magnesium and vitamin B6 in alleviating the symptoms of restless legs syndrome: a randomized controlled clinical trial. BMC Complement Med Ther 2023;23:1. doi:10.1186/s12906-022-03814-8. It also tested vitamin B6 (40 mg a day), which helped as well." },
    Source { id: SourceId::Gorantla2024, short: SourceId::Gorantla2024.short(), citation: "Gorantla S, Ravisankar A, Trotti LM. Magnesium citrate monotherapy improves restless legs syndrome symptoms and multiple suggested immobilization test scores in an open-label pilot study. J Clin Sleep Med 2024;20(8):1357–1361 (PMID 38738598)." },
    Source { id: SourceId::Marshall2019, short: SourceId::Marshall2019.short(), citation: "Marshall NS et al. Magnesium supplementation for the treatment of restless legs syndrome and periodic limb movement disorder: a systematic review. Sleep Med Rev 2019;48:101218." },
    Source { id: SourceId::Molecules2020, short: SourceId::Molecules2020.short(), citation: "Molecules 2020;25(14):3172, Table 3 (magnesium content of supplement compounds)." },
    Source { id: SourceId::Molecules2021, short: SourceId::Molecules2021.short(), citation: "Molecules 2021;26:2419, Table 1 (magnesium salts and their magnesium content)." },
    Source { id: SourceId::Efsa2015, short: SourceId::Efsa2015.short(), citation: "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA). Scientific Opinion on Dietary Reference Values for magnesium. EFSA Journal 2015;13(7):4186." },
    Source { id: SourceId::Scf2001, short: SourceId::Scf2001.short(), citation: "Scientific Committee on Food. Opinion on the Tolerable Upper Intake Level of Magnesium, SCF/CS/NUT/UPPLEV/54 Final, 2001 (in EFSA, Tolerable Upper Intake Levels for Vitamins and Minerals, 2006)." },
    Source { id: SourceId::Coma1991, short: SourceId::Coma1991.short(), citation: "Department of Health. Dietary Reference Values for Food Energy and Nutrients for the United Kingdom. Report on Health and Social Subjects 41. HMSO, 1991." },
    Source { id: SourceId::Evm2003, short: SourceId::Evm2003.short(), citation: "Expert Group on Vitamins and Minerals. Safe Upper Levels for Vitamins and Minerals. Food Standards Agency, 2003." },
    Source { id: SourceId::FdaDv2016, short: SourceId::FdaDv2016.short(), citation: "US FDA. Food Labeling: Revision of the Nutrition and Supplement Facts Labels. 81 FR 33742 (27 May 2016); 21 CFR 101.9 (Daily Values)." },
    Source { id: SourceId::SmpcNeomag, short: SourceId::SmpcNeomag.short(), citation: "UK Summary of Product Characteristics, Neomag 4 mmol chewable tablets (magnesium glycerophosphate), 2022." },
];

impl SourceId {
    /// Stable id used in anchors and data attributes (`source-<id>`), as in facts.md.
    pub const fn as_str(self) -> &'static str {
        match self {
            SourceId::Seed => "seed",
            SourceId::Ods => "ods",
            SourceId::Iom1997 => "iom1997",
            SourceId::Kdigo2012 => "kdigo2012",
            SourceId::SmpcAspartate => "smpc-aspartate",
            SourceId::SmpcOsvaren => "smpc-osvaren",
            SourceId::Aasm2024 => "aasm2024",
            SourceId::Irlssg2014 => "irlssg2014",
            SourceId::Hening2009 => "hening2009",
            SourceId::LabelLevothyroxine => "label-levothyroxine",
            SourceId::LabelRisedronate => "label-risedronate",
            SourceId::LabelMoxifloxacin => "label-moxifloxacin",
            SourceId::LabelDolutegravir => "label-dolutegravir",
            SourceId::LabelJuluca => "label-juluca",
            SourceId::LabelCabotegravir => "label-cabotegravir",
            SourceId::LabelRaltegravir => "label-raltegravir",
            SourceId::LabelEltrombopag => "label-eltrombopag",
            SourceId::LabelPenicillamine => "label-penicillamine",
            SourceId::LabelMycophenolate => "label-mycophenolate",
            SourceId::LabelGabapentin => "label-gabapentin",
            SourceId::LabelDigoxin => "label-digoxin",
            SourceId::FdaPpi2011 => "fda-ppi-2011",
            SourceId::HhsArv => "hhs-arv",
            SourceId::Fine1991 => "fine1991",
            SourceId::Hornyak1998 => "hornyak1998",
            SourceId::Jadidi2022 => "jadidi2022",
            SourceId::Gorantla2024 => "gorantla2024",
            SourceId::Marshall2019 => "marshall2019",
            SourceId::Molecules2020 => "molecules2020",
            SourceId::Molecules2021 => "molecules2021",
            SourceId::Efsa2015 => "efsa2015",
            SourceId::Scf2001 => "scf2001",
            SourceId::Coma1991 => "coma1991",
            SourceId::Evm2003 => "evm2003",
            SourceId::FdaDv2016 => "fda-dv2016",
            SourceId::SmpcNeomag => "smpc-neomag",
        }
    }

    pub fn source(self) -> &'static Source {
        SOURCES
            .iter()
            .find(|s| s.id == self)
            .expect("every SourceId has a row in SOURCES")
    }

    /// The short label ("NIH ODS"), without the citation: a match rather than a look-up in
    /// `SOURCES`, so a "Source: …" link does not bring every full citation (About's text) into
    /// the first-load build.
    pub const fn short(self) -> &'static str {
        match self {
            SourceId::Seed => "Seed article",
            SourceId::Ods => "NIH ODS",
            SourceId::Iom1997 => "IOM 1997",
            SourceId::Kdigo2012 => "KDIGO 2012",
            SourceId::SmpcAspartate => "UK SmPC (magnesium aspartate)",
            SourceId::SmpcOsvaren => "UK SmPC (OsvaRen)",
            SourceId::Aasm2024 => "AASM 2024",
            SourceId::Irlssg2014 => "IRLSSG 2014",
            SourceId::Hening2009 => "Hening 2009",
            SourceId::LabelLevothyroxine => "Levothyroxine label",
            SourceId::LabelRisedronate => "Risedronate SmPC",
            SourceId::LabelMoxifloxacin => "Moxifloxacin label",
            SourceId::LabelDolutegravir => "Dolutegravir label",
            SourceId::LabelJuluca => "Juluca label",
            SourceId::LabelCabotegravir => "Oral cabotegravir label",
            SourceId::LabelRaltegravir => "Raltegravir label",
            SourceId::LabelEltrombopag => "Eltrombopag label",
            SourceId::LabelPenicillamine => "Penicillamine label",
            SourceId::LabelMycophenolate => "Mycophenolate label",
            SourceId::LabelGabapentin => "Gabapentin label",
            SourceId::LabelDigoxin => "Digoxin label",
            SourceId::FdaPpi2011 => "FDA 2011",
            SourceId::HhsArv => "HHS ARV guidelines",
            SourceId::Fine1991 => "Fine 1991",
            SourceId::Hornyak1998 => "Hornyak 1998",
            SourceId::Jadidi2022 => "Jadidi 2023",
            SourceId::Gorantla2024 => "Gorantla 2024",
            SourceId::Marshall2019 => "Marshall 2019",
            SourceId::Molecules2020 => "Molecules 2020",
            SourceId::Molecules2021 => "Molecules 2021",
            SourceId::Efsa2015 => "EFSA 2015",
            SourceId::Scf2001 => "SCF 2001",
            SourceId::Coma1991 => "COMA 1991",
            SourceId::Evm2003 => "EVM 2003",
            SourceId::FdaDv2016 => "FDA 2016",
            SourceId::SmpcNeomag => "Neomag SmPC",
        }
    }
}

/// The short names of `ids`, each once, in order: "EFSA 2015, SCF 2001" for a table's
/// authorities when several tables cite the same source.
pub fn short_names<'a>(ids: impl IntoIterator<Item = &'a SourceId>) -> Vec<&'static str> {
    let mut names = Vec::new();
    for id in ids {
        if !names.contains(&id.short()) {
            names.push(id.short());
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_row_is_unique_and_resolvable() {
        for (i, s) in SOURCES.iter().enumerate() {
            assert_eq!(s.id.source().citation, s.citation);
            assert!(SOURCES[i + 1..]
                .iter()
                .all(|o| o.id != s.id && o.id.as_str() != s.id.as_str()));
        }
        assert_eq!(SOURCES.len(), 36);
    }

    #[test]
    fn short_names_are_listed_once_in_order() {
        let ids = [
            SourceId::Ods,
            SourceId::Iom1997,
            SourceId::Ods,
            SourceId::Scf2001,
        ];
        assert_eq!(short_names(&ids), ["NIH ODS", "IOM 1997", "SCF 2001"]);
    }
}
