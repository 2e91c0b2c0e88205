//! The medicine finder's data: generic and brand names as printed on the box, each mapped to the
//! contract's medicine id (its class), and a ranked, case- and accent-insensitive search.
//! Ids are the contract's strings, so the list also covers classes the app adds over time.

/// One name a person may look for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MedName {
    /// As shown in the suggestions: generics in lower case, brands capitalised.
    pub name: &'static str,
    /// The contract medicine ids (classes) it holds, e.g. `["quinolone"]`; a combination
    /// product holds several (Dyazide: a potassium-sparing diuretic and a thiazide).
    pub meds: &'static [&'static str],
    pub brand: bool,
}

const fn generic(name: &'static str, med: &'static str) -> MedName {
    MedName {
        name,
        meds: one(med),
        brand: false,
    }
}

const fn brand(name: &'static str, med: &'static str) -> MedName {
    MedName {
        name,
        meds: one(med),
        brand: true,
    }
}

/// A combination product: every class it holds, each one added when it is chosen (docs §7).
const fn combination(name: &'static str, meds: &'static [&'static str]) -> MedName {
    MedName {
        name,
        meds,
        brand: true,
    }
}

/// The one-class list for `med` (a `&'static` slice per contract id).
const fn one(med: &'static str) -> &'static [&'static str] {
    const IDS: [&str; 17] = [
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
        "potassium_sparing",
    ];
    let mut i = 0;
    while i < IDS.len() {
        if const_eq(IDS[i], med) {
            return IDS.split_at(i).1.split_at(1).0;
        }
        i += 1;
    }
    panic!("not a contract medicine id");
}

const fn const_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A potassium-sparing diuretic with a thiazide in one tablet.
const K_SPARING_AND_THIAZIDE: &[&str] = &["potassium_sparing", "thiazide"];

/// Generic names (with British and older spellings) and common US, UK and EU brands.
/// Gabapentin enacarbil (Horizant) is a different product and deliberately absent.
pub const MED_NAMES: &[MedName] = &[
    // Quinolone antibiotics.
    generic("ciprofloxacin", "quinolone"),
    brand("Cipro", "quinolone"),
    brand("Ciproxin", "quinolone"),
    brand("Ciprobay", "quinolone"),
    generic("levofloxacin", "quinolone"),
    brand("Levaquin", "quinolone"),
    brand("Tavanic", "quinolone"),
    generic("moxifloxacin", "quinolone"),
    brand("Avelox", "quinolone"),
    brand("Avalox", "quinolone"),
    generic("ofloxacin", "quinolone"),
    // Tetracycline antibiotics.
    generic("doxycycline", "tetracycline"),
    brand("Vibramycin", "tetracycline"),
    brand("Doryx", "tetracycline"),
    generic("minocycline", "tetracycline"),
    brand("Minocin", "tetracycline"),
    brand("Solodyn", "tetracycline"),
    generic("tetracycline", "tetracycline"),
    generic("lymecycline", "tetracycline"),
    brand("Tetralysal", "tetracycline"),
    // Bisphosphonates.
    generic("alendronate", "bisphosphonate"),
    generic("alendronic acid", "bisphosphonate"),
    generic("alendronsäure", "bisphosphonate"),
    brand("Fosamax", "bisphosphonate"),
    generic("risedronate", "bisphosphonate"),
    brand("Actonel", "bisphosphonate"),
    generic("risedronsäure", "bisphosphonate"),
    generic("ibandronate", "bisphosphonate"),
    generic("ibandronic acid", "bisphosphonate"),
    generic("ibandronsäure", "bisphosphonate"),
    brand("Boniva", "bisphosphonate"),
    brand("Bonviva", "bisphosphonate"),
    brand("Binosto", "bisphosphonate"),
    // Thyroid hormone.
    generic("levothyroxine", "levothyroxine"),
    brand("Synthroid", "levothyroxine"),
    brand("Euthyrox", "levothyroxine"),
    brand("Eltroxin", "levothyroxine"),
    brand("Levoxyl", "levothyroxine"),
    brand("Tirosint", "levothyroxine"),
    brand("Unithroid", "levothyroxine"),
    brand("Lévothyrox", "levothyroxine"),
    // The German generic keeps its stereo prefix capitalised, as printed.
    generic("L-Thyroxin", "levothyroxine"),
    generic("L-thyroxine", "levothyroxine"),
    brand("L-Thyroxin Henning", "levothyroxine"),
    brand("Berlthyrox", "levothyroxine"),
    // HIV integrase inhibitors that chelate (dolutegravir, bictegravir, cabotegravir,
    // elvitegravir). The combinations (Triumeq, Dovato, Juluca, Biktarvy, Genvoya, Stribild)
    // hold one of them beside medicines with no magnesium rule: the class is the integrase one.
    generic("dolutegravir", "integrase"),
    brand("Tivicay", "integrase"),
    combination("Triumeq", &["integrase"]),
    combination("Dovato", &["integrase"]),
    combination("Juluca", &["integrase"]),
    generic("bictegravir", "integrase"),
    combination("Biktarvy", &["integrase"]),
    generic("cabotegravir", "integrase"),
    brand("Vocabria", "integrase"),
    generic("elvitegravir", "integrase"),
    combination("Genvoya", &["integrase"]),
    combination("Stribild", &["integrase"]),
    generic("raltegravir", "raltegravir"),
    brand("Isentress", "raltegravir"),
    // Other chelating medicines.
    generic("eltrombopag", "eltrombopag"),
    brand("Promacta", "eltrombopag"),
    brand("Revolade", "eltrombopag"),
    generic("penicillamine", "penicillamine"),
    brand("Cuprimine", "penicillamine"),
    brand("Depen", "penicillamine"),
    brand("Distamine", "penicillamine"),
    generic("mycophenolate", "mycophenolate"),
    generic("mycophenolate mofetil", "mycophenolate"),
    generic("mycophenolic acid", "mycophenolate"),
    brand("CellCept", "mycophenolate"),
    brand("Myfortic", "mycophenolate"),
    generic("gabapentin", "gabapentin"),
    brand("Neurontin", "gabapentin"),
    brand("Gralise", "gabapentin"),
    generic("digoxin", "digoxin"),
    brand("Lanoxin", "digoxin"),
    // Proton pump inhibitors.
    generic("omeprazole", "ppi"),
    brand("Prilosec", "ppi"),
    brand("Losec", "ppi"),
    brand("Antra", "ppi"),
    generic("esomeprazole", "ppi"),
    brand("Nexium", "ppi"),
    generic("lansoprazole", "ppi"),
    brand("Prevacid", "ppi"),
    brand("Zoton", "ppi"),
    generic("dexlansoprazole", "ppi"),
    brand("Dexilant", "ppi"),
    generic("pantoprazole", "ppi"),
    brand("Protonix", "ppi"),
    brand("Pantozol", "ppi"),
    generic("rabeprazole", "ppi"),
    brand("Aciphex", "ppi"),
    brand("Pariet", "ppi"),
    // Diuretics.
    generic("furosemide", "loop_diuretic"),
    generic("frusemide", "loop_diuretic"),
    brand("Lasix", "loop_diuretic"),
    brand("Furorese", "loop_diuretic"),
    generic("bumetanide", "loop_diuretic"),
    brand("Bumex", "loop_diuretic"),
    brand("Burinex", "loop_diuretic"),
    generic("torasemide", "loop_diuretic"),
    generic("torsemide", "loop_diuretic"),
    brand("Demadex", "loop_diuretic"),
    generic("hydrochlorothiazide", "thiazide"),
    brand("Microzide", "thiazide"),
    // The German abbreviation, printed on its generics ("HCT Hexal").
    generic("HCT", "thiazide"),
    generic("chlorthalidone", "thiazide"),
    generic("chlortalidone", "thiazide"),
    brand("Hygroton", "thiazide"),
    // Thiazide-like; the same rule as the thiazides.
    generic("indapamide", "thiazide"),
    brand("Natrilix", "thiazide"),
    generic("bendroflumethiazide", "thiazide"),
    generic("bendrofluazide", "thiazide"),
    generic("spironolactone", "potassium_sparing"),
    brand("Aldactone", "potassium_sparing"),
    generic("amiloride", "potassium_sparing"),
    brand("Midamor", "potassium_sparing"),
    generic("triamterene", "potassium_sparing"),
    generic("eplerenone", "potassium_sparing"),
    brand("Inspra", "potassium_sparing"),
    // Combinations of a potassium-sparing diuretic with a thiazide: both classes.
    combination("Dyazide", K_SPARING_AND_THIAZIDE),
    combination("Maxzide", K_SPARING_AND_THIAZIDE),
    combination("Moduretic", K_SPARING_AND_THIAZIDE),
    // Minerals.
    generic("iron", "iron"),
    generic("ferrous sulfate", "iron"),
    generic("ferrous sulphate", "iron"),
    generic("ferrous fumarate", "iron"),
    generic("ferrous gluconate", "iron"),
    generic("ferrous bisglycinate", "iron"),
    // German "Eisen"; "Eisen(II)-sulfat" is found by its first word, see `name_part`.
    generic("eisen", "iron"),
    brand("Fersamal", "iron"),
    brand("Pregaday", "iron"),
    brand("Tardyferon", "iron"),
    brand("Ferro Sanol", "iron"),
    generic("zinc", "zinc"),
    generic("zinc gluconate", "zinc"),
    generic("zinc sulfate", "zinc"),
    generic("zinc sulphate", "zinc"),
    generic("zinc picolinate", "zinc"),
    generic("zink", "zinc"),
    generic("zinkorotat", "zinc"),
];

/// How well a name matches a query; the order is the ranking (best first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    Exact,
    Prefix,
    /// The query starts a later word of the name ("sulfate" in "ferrous sulfate").
    WordPrefix,
    Substring,
}

/// One suggestion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MedMatch {
    pub name: &'static str,
    /// Every class the name holds (one, or several for a combination product).
    pub meds: &'static [&'static str],
    pub brand: bool,
    pub kind: MatchKind,
}

/// Lower case without accents, and runs of spaces, hyphens and similar reduced to one space,
/// so "Lévothyrox", "levothyrox" and "LEVOTHYROX" compare equal.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
                'a'
            }
            'ç' | 'Ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ñ' | 'Ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => {
                'o'
            }
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ý' | 'ÿ' | 'Ý' => 'y',
            'ß' => 's',
            '-' | '‐' | '–' | '_' | '/' | '(' | ')' | ',' | '.' => ' ',
            c if c.is_whitespace() => ' ',
            // ASCII only: the names are Latin and their accents are listed above; the full
            // Unicode case tables would add several KB to the app for nothing.
            c => c.to_ascii_lowercase(),
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Byte offsets where `query` occurs in `name`. A plain scan: the names are short, and the
/// standard library's substring searcher costs kilobytes of WebAssembly. UTF-8 never matches in
/// the middle of a character, so offsets are character boundaries.
fn occurrences<'a>(name: &'a str, query: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (n, q) = (name.as_bytes(), query.as_bytes());
    (0..=n.len().saturating_sub(q.len())).filter(move |&i| n[i..].starts_with(q))
}

fn match_kind(name: &str, query: &str) -> Option<MatchKind> {
    let mut at = occurrences(name, query).peekable();
    let first = *at.peek()?;
    if name == query {
        Some(MatchKind::Exact)
    } else if first == 0 {
        Some(MatchKind::Prefix)
    } else if at.any(|i| name.as_bytes()[i - 1] == b' ') {
        Some(MatchKind::WordPrefix)
    } else {
        Some(MatchKind::Substring)
    }
}

/// Words printed after a name on a box: release forms, units and dosage forms (English and
/// German), the Roman oxidation state of an iron salt ("Eisen(II)-sulfat"), and salts.
const SUFFIX_WORDS: &[&str] = &[
    "xr",
    "xl",
    "er",
    "sr",
    "cr",
    "mr",
    "la",
    "retard",
    "mups",
    "mg",
    "mcg",
    "ug",
    "ml",
    "tablet",
    "tablets",
    "tabletten",
    "capsule",
    "capsules",
    "kapseln",
    "ii",
    "iii",
    // Salts and hydrates printed after a generic name ("levothyroxine sodium", "doxycycline
    // hyclate", "esomeprazole magnesium").
    "sodium",
    "natrium",
    "hyclate",
    "hydrochloride",
    "hcl",
    "monohydrate",
    "dihydrate",
    "trihydrate",
    "magnesium",
    "calcium",
    "potassium",
    "sulfate",
    "sulphate",
    "fumarate",
    "gluconate",
    // Makers printed after a generic name on European boxes ("HCT Hexal", "Ciprofloxacin
    // ratiopharm"), where the name on the box is the generic followed by its maker.
    "hexal",
    "ratiopharm",
    "stada",
    "sandoz",
    "teva",
    "mylan",
    "viatris",
    "accord",
    "zentiva",
    "heumann",
    "aliud",
    "abz",
    "aaa",
    "basics",
    "winthrop",
    "actavis",
    "aurobindo",
    "puren",
];

/// The leading words of a folded query, up to the first word that holds a digit (a strength:
/// "50", "500mg") or is a suffix word: "pantozol 40 mg" → "pantozol", "cipro xr" → "cipro".
fn name_part(q: &str) -> &str {
    let mut end = 0;
    for w in q.split(' ') {
        if w.bytes().any(|b| b.is_ascii_digit()) || SUFFIX_WORDS.contains(&w) {
            break;
        }
        end += w.len() + 1;
    }
    &q[..end.saturating_sub(1)]
}

/// Names matching a folded query, ranked (see `search`).
fn ranked(q: &str) -> Vec<(MatchKind, String, &'static MedName)> {
    if q.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(MatchKind, String, &MedName)> = MED_NAMES
        .iter()
        .filter_map(|n| {
            let folded = fold(n.name);
            match_kind(&folded, q).map(|k| (k, folded, n))
        })
        .collect();
    // The crate's small stable sort: std's adds about 6 KB gzip to the app (small_sort.rs).
    crate::small_sort::sort_by(&mut found, |a, b| {
        (a.0, a.2.brand, a.1.len(), &a.1).cmp(&(b.0, b.2.brand, b.1.len(), &b.1))
    });
    // A match inside a word only when nothing starts with the query: "iron" finds the iron
    // names, not spironolactone.
    if found.first().is_some_and(|f| f.0 != MatchKind::Substring) {
        found.retain(|f| f.0 != MatchKind::Substring);
    }
    every_class_first(found)
}

/// Within each kind of match, the first name of each class before more names of a class already
/// offered: a prefix that could be two classes ("levo": levothyroxine, levofloxacin) shows both
/// at the top, so neither hides behind the other's brands.
fn every_class_first(
    found: Vec<(MatchKind, String, &'static MedName)>,
) -> Vec<(MatchKind, String, &'static MedName)> {
    let mut out = Vec::with_capacity(found.len());
    let mut later = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut kind = None;
    for f in found {
        if kind != Some(f.0) {
            out.append(&mut later);
            kind = Some(f.0);
        }
        if f.2.meds.iter().any(|m| !seen.contains(m)) {
            seen.extend(f.2.meds);
            out.push(f);
        } else {
            later.push(f);
        }
    }
    out.append(&mut later);
    out
}

/// Names matching `query`, best first: exact, then prefix, word-prefix and substring matches;
/// within a kind, generic names before brands, then shorter names, then alphabetical. At most
/// `limit` results; none for a blank query or when nothing matches. When the whole query matches
/// nothing, its name part is searched instead, so what is copied from a box ("Euthyrox 50",
/// "Cipro XR", "Pantozol 40 mg") still finds the name; the kinds then describe the name part.
pub fn search(query: &str, limit: usize) -> Vec<MedMatch> {
    let q = fold(query);
    let mut found = ranked(&q);
    if found.is_empty() {
        found = ranked(name_part(&q));
    }
    found
        .into_iter()
        .take(limit)
        .map(|(kind, _, n)| MedMatch {
            name: n.name,
            meds: n.meds,
            brand: n.brand,
            kind,
        })
        .collect()
}

/// The classes a query could mean when its best matches lead to more than one ("levo":
/// levothyroxine and quinolone), in the order offered; empty when it is not ambiguous. The best
/// matches are those of the best kind (exact, prefix, …); an exact name is never ambiguous.
pub fn ambiguous(query: &str) -> Vec<&'static str> {
    let found = search(query, usize::MAX);
    let Some(best) = found.first().map(|m| m.kind) else {
        return Vec::new();
    };
    if best == MatchKind::Exact {
        return Vec::new();
    }
    let mut classes: Vec<&'static [&'static str]> = Vec::new();
    for m in found.iter().filter(|m| m.kind == best) {
        if !classes.contains(&m.meds) {
            classes.push(m.meds);
        }
    }
    if classes.len() < 2 {
        return Vec::new();
    }
    let mut ids = Vec::new();
    for id in classes.into_iter().flatten() {
        if !ids.contains(id) {
            ids.push(*id);
        }
    }
    ids
}

/// The classes to add when the person presses Enter: the best match's, unless the query could
/// mean more than one (`ambiguous`: then the person chooses).
pub fn best_classes(query: &str) -> Option<&'static [&'static str]> {
    if !ambiguous(query).is_empty() {
        return None;
    }
    search(query, 1).first().map(|m| m.meds)
}

/// The first class `best_classes` gives (the only one, except for a combination product).
pub fn best_match(query: &str) -> Option<&'static str> {
    best_classes(query).map(|m| m[0])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meds::MedId;

    fn names(query: &str, limit: usize) -> Vec<&'static str> {
        search(query, limit).iter().map(|m| m.name).collect()
    }

    #[test]
    fn every_name_maps_to_a_contract_id_and_every_id_has_a_name() {
        // `MedId::ALL` is pinned to the contract's medicine ids (meds.rs, `ids_follow_the_contract`).
        for n in MED_NAMES {
            assert!(!n.meds.is_empty(), "{}", n.name);
            for m in n.meds {
                assert!(MedId::parse(m).is_some(), "{} → {m}", n.name);
            }
        }
        for id in MedId::ALL.map(MedId::id) {
            assert!(MED_NAMES.iter().any(|n| n.meds == [id]), "{id} has no name");
        }
    }

    #[test]
    fn names_are_unique_once_folded() {
        for (i, a) in MED_NAMES.iter().enumerate() {
            for b in &MED_NAMES[i + 1..] {
                assert_ne!(fold(a.name), fold(b.name), "{} / {}", a.name, b.name);
            }
        }
    }

    #[test]
    fn every_name_finds_its_own_class_first() {
        for n in MED_NAMES {
            let best = search(n.name, 1);
            assert_eq!(best[0].kind, MatchKind::Exact, "{}", n.name);
            assert_eq!(best[0].meds, n.meds, "{}", n.name);
            assert_eq!(
                best_classes(&n.name.to_uppercase()),
                Some(n.meds),
                "{}",
                n.name
            );
        }
    }

    #[test]
    fn the_issue_examples() {
        let m = search("cipro", 5);
        assert_eq!(
            (m[0].name, m[0].meds, m[0].brand, m[0].kind),
            ("Cipro", &["quinolone"][..], true, MatchKind::Exact)
        );
        assert!(m.iter().all(|x| x.meds == ["quinolone"]));
        for (query, id) in [
            ("Levaquin", "quinolone"),
            ("avelox", "quinolone"),
            ("ofloxacin", "quinolone"),
            ("doxy", "tetracycline"),
            ("minocycline", "tetracycline"),
            ("fosamax", "bisphosphonate"),
            ("Actonel", "bisphosphonate"),
            ("boniva", "bisphosphonate"),
            ("synthroid", "levothyroxine"),
            ("euthyrox", "levothyroxine"),
            ("Eltroxin", "levothyroxine"),
            ("tivicay", "integrase"),
            ("biktarvy", "integrase"),
            ("vocabria", "integrase"),
            ("triumeq", "integrase"),
            ("isentress", "raltegravir"),
            ("raltegravir", "raltegravir"),
            ("promacta", "eltrombopag"),
            ("revolade", "eltrombopag"),
            ("cuprimine", "penicillamine"),
            ("cellcept", "mycophenolate"),
            ("neurontin", "gabapentin"),
            ("lanoxin", "digoxin"),
            ("prilosec", "ppi"),
            ("pantoprazole", "ppi"),
            ("lasix", "loop_diuretic"),
            ("torsemide", "loop_diuretic"),
            ("hydrochlorothiazide", "thiazide"),
            ("spironolactone", "potassium_sparing"),
            ("ferrous sulfate", "iron"),
            ("zinc", "zinc"),
        ] {
            assert_eq!(best_match(query), Some(id), "{query}");
        }
    }

    #[test]
    fn ranking_exact_then_prefix_then_word_prefix_then_substring() {
        // "iron" is exact; "spironolactone" holds it only inside a word, so it is left out.
        assert_eq!(names("iron", 10), ["iron"]);
        assert_eq!(best_match("iron"), Some("iron"));
        // Word prefix: the salt's second word.
        assert_eq!(names("sulf", 10), ["zinc sulfate", "ferrous sulfate"]);
        // Exact beats prefix ("zinc" before "zinc sulfate"); prefix beats word prefix.
        let zinc = search("zinc", 10);
        assert_eq!(zinc[0].kind, MatchKind::Exact);
        assert!(zinc[1..].iter().all(|m| m.kind == MatchKind::Prefix));
        // "mycophenolate": exact generic, then the longer generic as a prefix match.
        assert_eq!(
            names("mycophenolate", 10),
            ["mycophenolate", "mycophenolate mofetil"]
        );
        // "prazole" is inside every PPI name: substring matches, shortest first.
        let ppi = search("prazole", 10);
        assert!(ppi
            .iter()
            .all(|m| m.kind == MatchKind::Substring && m.meds == ["ppi"]));
        assert_eq!(ppi[0].name, "omeprazole");
        // A prefix match ranks above a substring match of the same text.
        let tetra = search("tetracycline", 10);
        assert_eq!(tetra[0].kind, MatchKind::Exact);
        // Generic before brand within a kind.
        let lev = search("lev", 10);
        assert!(lev.iter().all(|m| m.kind == MatchKind::Prefix));
        let first_brand = lev.iter().position(|m| m.brand).unwrap();
        assert!(lev[first_brand..].iter().all(|m| m.brand));
    }

    #[test]
    fn case_accents_and_spacing_do_not_matter() {
        assert_eq!(best_match("LÉVOTHYROX"), Some("levothyroxine"));
        assert_eq!(search("levothyrox", 1)[0].name, "Lévothyrox");
        assert_eq!(best_match("  Ferrous   SULPHATE "), Some("iron"));
        assert_eq!(best_match("ferrous-sulfate"), Some("iron"));
        assert_eq!(best_match("oméprazole"), Some("ppi"));
    }

    #[test]
    fn the_plain_scan_agrees_with_the_standard_library() {
        // The matching as std's substring search would do it.
        let reference = |name: &str, q: &str| {
            if name == q {
                Some(MatchKind::Exact)
            } else if name.starts_with(q) {
                Some(MatchKind::Prefix)
            } else if name.match_indices(q).any(|(i, _)| name[..i].ends_with(' ')) {
                Some(MatchKind::WordPrefix)
            } else if name.contains(q) {
                Some(MatchKind::Substring)
            } else {
                None
            }
        };
        let queries = [
            "a",
            "ci",
            "sulf",
            "acid",
            "in",
            "ferrous sulfate",
            "xyz",
            "é",
            "n ",
            "zz",
        ];
        for n in MED_NAMES {
            let name = fold(n.name);
            for q in queries
                .iter()
                .map(|q| fold(q))
                .chain([name.clone(), format!("{name}x")])
            {
                assert_eq!(
                    match_kind(&name, &q),
                    reference(&name, &q),
                    "{name:?} / {q:?}"
                );
            }
        }
    }

    #[test]
    fn nothing_matches_gives_nothing() {
        assert!(search("xyz", 10).is_empty());
        assert!(search("", 10).is_empty());
        assert!(search("   ", 10).is_empty());
        assert!(search("cipro", 0).is_empty());
        assert_eq!(best_match("xyz"), None);
        // Gabapentin enacarbil is not Neurontin: not offered as gabapentin.
        assert!(search("horizant", 10).is_empty());
        assert!(search("gabapentin enacarbil", 10).is_empty());
    }

    #[test]
    fn european_and_uk_box_names() {
        for (query, id) in [
            ("Ciprobay", "quinolone"),
            ("Avalox", "quinolone"),
            ("L-Thyroxin", "levothyroxine"),
            ("l thyroxin henning", "levothyroxine"),
            ("Berlthyrox", "levothyroxine"),
            ("Pantozol", "ppi"),
            ("Antra", "ppi"),
            ("Zink", "zinc"),
            ("Zinkorotat", "zinc"),
            ("Eisen", "iron"),
            ("Eisen(II)-sulfat", "iron"),
            ("Eisen(III)", "iron"),
            ("Alendronsäure", "bisphosphonate"),
            ("ALENDRONSAURE", "bisphosphonate"),
            ("Furorese", "loop_diuretic"),
            ("HCT", "thiazide"),
            ("Aldactone", "potassium_sparing"),
            ("Distamine", "penicillamine"),
            ("Fersamal", "iron"),
            ("Pregaday", "iron"),
            ("mycophenolic acid", "mycophenolate"),
            ("Myfortic", "mycophenolate"),
        ] {
            assert_eq!(best_match(query), Some(id), "{query}");
        }
        // "ä" folds to "a", "(II)" to a word of its own.
        assert_eq!(fold("Alendronsäure"), "alendronsaure");
        assert_eq!(fold("Eisen(II)-sulfat"), "eisen ii sulfat");
    }

    #[test]
    fn a_strength_or_release_suffix_after_the_name_is_tolerated() {
        for (query, name, id) in [
            ("Euthyrox 50", "Euthyrox", "levothyroxine"),
            ("L-Thyroxin 75 Henning", "L-Thyroxin", "levothyroxine"),
            ("Cipro XR", "Cipro", "quinolone"),
            ("Pantozol 40 mg", "Pantozol", "ppi"),
            ("ciprofloxacin 500mg tablets", "ciprofloxacin", "quinolone"),
            ("Omeprazole 20 mg capsules", "omeprazole", "ppi"),
            ("Tardyferon retard", "Tardyferon", "iron"),
            ("Ferro Sanol 100 mg", "Ferro Sanol", "iron"),
        ] {
            let m = search(query, 5);
            assert_eq!((m[0].name, m[0].meds), (name, &[id][..]), "{query}");
            assert_eq!(m[0].kind, MatchKind::Exact, "{query}");
            assert_eq!(best_match(query), Some(id), "{query}");
        }
        // A prefix of the name before the strength still ranks the name's class.
        assert_eq!(best_match("cipro 500"), Some("quinolone"));
        assert_eq!(name_part("pantozol 40 mg"), "pantozol");
        assert_eq!(name_part("cipro xr"), "cipro");
        assert_eq!(name_part("euthyrox"), "euthyrox");
        assert_eq!(name_part("50 mg"), "");
    }

    #[test]
    fn salts_as_printed_and_no_match_inside_a_word_when_a_name_starts_with_the_query() {
        for (query, med) in [
            ("Levothyroxine sodium", "levothyroxine"),
            ("Alendronate sodium", "bisphosphonate"),
            ("Risedronate sodium", "bisphosphonate"),
            ("Doxycycline hyclate", "tetracycline"),
            ("Ciprofloxacin hydrochloride", "quinolone"),
            ("Pantoprazole sodium", "ppi"),
            ("Esomeprazole magnesium", "ppi"),
            ("L-thyroxine", "levothyroxine"),
            ("Tetralysal", "tetracycline"),
            ("lymecycline 408 mg", "tetracycline"),
        ] {
            assert_eq!(best_match(query), Some(med), "{query}");
        }
        let iron = search("iron", 20);
        assert!(!iron.is_empty() && iron.iter().all(|m| m.kind != MatchKind::Substring));
        assert!(
            iron.iter().all(|m| m.meds != ["potassium_sparing"]),
            "{iron:?}"
        );
        // Inside a word still counts when nothing starts with the query.
        assert_eq!(best_match("thyrox"), Some("levothyroxine"));
    }

    #[test]
    fn a_suffix_does_not_rescue_an_unknown_name() {
        for query in [
            "xyz 50",
            "xyz XR",
            "50 mg",
            "mg",
            "tablets",
            "blorp 40 mg tablets",
        ] {
            assert!(search(query, 10).is_empty(), "{query}");
            assert_eq!(best_match(query), None, "{query}");
        }
        // Only the words before the strength are kept, never fewer.
        assert!(search("gabapentin enacarbil 600 mg", 10).is_empty());
    }

    /// Issue 20, item 12: the names it found missing, each to its class.
    #[test]
    fn the_second_review_names() {
        for (query, id) in [
            ("Gralise", "gabapentin"),
            ("Doryx", "tetracycline"),
            ("Solodyn", "tetracycline"),
            ("Binosto", "bisphosphonate"),
            ("Unithroid", "levothyroxine"),
            ("Dexilant", "ppi"),
            ("Bumex", "loop_diuretic"),
            ("Burinex", "loop_diuretic"),
            ("Demadex", "loop_diuretic"),
            ("Microzide", "thiazide"),
            ("Hygroton", "thiazide"),
            ("Natrilix", "thiazide"),
            ("Midamor", "potassium_sparing"),
            ("Genvoya", "integrase"),
            ("Stribild", "integrase"),
            ("elvitegravir", "integrase"),
            // The German generic with its maker, as printed on the box.
            ("HCT Hexal", "thiazide"),
            ("HCT-Hexal 25 mg", "thiazide"),
            ("Ciprofloxacin ratiopharm 500 mg", "quinolone"),
            ("L-Thyroxin Hexal", "levothyroxine"),
        ] {
            assert_eq!(best_classes(query), Some(&[id][..]), "{query}");
        }
        assert_eq!(search("HCT Hexal", 1)[0].name, "HCT");
    }

    /// Combination products add every class they hold (docs §7).
    #[test]
    fn combinations_hold_every_class() {
        for query in ["Dyazide", "Maxzide", "Moduretic"] {
            assert_eq!(
                best_classes(query),
                Some(&["potassium_sparing", "thiazide"][..]),
                "{query}"
            );
        }
        for query in [
            "Triumeq", "Dovato", "Juluca", "Biktarvy", "Genvoya", "Stribild",
        ] {
            assert_eq!(best_classes(query), Some(&["integrase"][..]), "{query}");
        }
        let m = search("dyaz", 5);
        assert_eq!(m[0].meds, ["potassium_sparing", "thiazide"]);
    }

    /// An ambiguous prefix offers both classes at the top, and Enter does not pick one.
    #[test]
    fn an_ambiguous_prefix_offers_both_classes() {
        let levo = search("levo", 8);
        let first_two: Vec<&[&str]> = levo[..2].iter().map(|m| m.meds).collect();
        assert!(first_two.contains(&&["levothyroxine"][..]), "{levo:?}");
        assert!(first_two.contains(&&["quinolone"][..]), "{levo:?}");
        assert_eq!(names("levo", 2), ["levofloxacin", "levothyroxine"]);
        assert_eq!(ambiguous("levo"), ["quinolone", "levothyroxine"]);
        assert_eq!(best_match("levo"), None);
        // Typed further, it is one class again.
        assert_eq!(best_match("levoth"), Some("levothyroxine"));
        assert_eq!(best_match("levof"), Some("quinolone"));
        assert!(ambiguous("levothyroxine").is_empty());
        assert!(ambiguous("cipro").is_empty());
        // A shared salt word: two classes, both offered.
        assert_eq!(ambiguous("sulf"), ["zinc", "iron"]);
        // One class under many names is not ambiguous.
        assert!(ambiguous("thyrox").is_empty());
        assert!(ambiguous("xyz").is_empty());
    }

    #[test]
    fn results_are_limited() {
        assert_eq!(search("e", 3).len(), 3);
        assert!(search("e", 100).len() > 5);
    }
}
