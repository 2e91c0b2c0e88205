//! Iron status: the thresholds at which iron treatment for RLS is worth asking about.

use crate::decimal::{push_typed, typed};
use crate::finding::{Finding, RuleId};
use crate::person::AgeRules;

/// AASM 2024, adults: iron indicated at ferritin ≤ 75 ng/mL …
pub const ADULT_FERRITIN_MAX: f64 = 75.0;
/// … or transferrin saturation below 20 %.
pub const TSAT_BELOW: f64 = 20.0;
/// AASM 2024: 75–100 ng/mL, only intravenous iron, the clinician's decision.
pub const ADULT_FERRITIN_IV_MAX: f64 = 100.0;
/// AASM 2024 for children, and the seed article's threshold for everyone.
pub const CHILD_FERRITIN_BELOW: f64 = 50.0;
pub const SEED_FERRITIN_BELOW: f64 = 50.0;
pub const MAX_FERRITIN: f64 = 5000.0;

/// What to do about a low iron result: testing, then taking iron apart from magnesium (the iron
/// rule's sentence, `Spacing::sentence`; a test checks the two agree). Fixed text, so no
/// evaluation writes it again.
const TESTING: &str = "Ask your clinician about iron. Blood for iron tests is best taken in the morning, after 24 hours without iron tablets. If you take iron, take it with vitamin C. Keep at least 2 hours between iron and magnesium, on either side.";

/// The guideline's threshold in words (`ADULT_FERRITIN_MAX`, `CHILD_FERRITIN_BELOW`; checked by a
/// test).
const ADULT_GUIDELINE: &str = "at or below 75 ng/mL (AASM 2024, adults)";
const CHILD_GUIDELINE: &str = "below 50 ng/mL (AASM 2024, children)";

pub fn iron_findings(ferritin: Option<f64>, tsat: Option<f64>, rules: AgeRules) -> Vec<Finding> {
    let adult = rules.adult();
    let assumed = rules.assumption();
    let mut out = Vec::new();
    if let Some(f) = ferritin {
        let low = if adult {
            f <= ADULT_FERRITIN_MAX
        } else {
            f < CHILD_FERRITIN_BELOW
        };
        if low {
            let guideline = if adult {
                ADULT_GUIDELINE
            } else {
                CHILD_GUIDELINE
            };
            let seed = if f < SEED_FERRITIN_BELOW {
                "also"
            } else {
                "not"
            };
            // Piece by piece into one string: this runs on every evaluation with a ferritin.
            let mut message = String::with_capacity(200 + assumed.len());
            message.push_str("Ferritin ");
            push_typed(&mut message, f);
            for part in [
                " ng/mL is ",
                guideline,
                ": low iron stores are a treatable cause of RLS. It is ",
                seed,
                " below the seed article's ",
            ] {
                message.push_str(part);
            }
            push_typed(&mut message, SEED_FERRITIN_BELOW);
            message.push_str(" ng/mL.");
            message.push_str(assumed);
            out.push(Finding::new(RuleId::FerritinLow, message, TESTING));
        } else if adult && f <= ADULT_FERRITIN_IV_MAX {
            out.push(Finding::new(
                RuleId::FerritinBorderline,
                format!("Ferritin {} ng/mL is above {} and up to {} ng/mL: iron tablets are not advised, but intravenous iron can be considered by a clinician (AASM 2024).{assumed}", typed(f), typed(ADULT_FERRITIN_MAX), typed(ADULT_FERRITIN_IV_MAX)),
                "Discuss it with your clinician; do not start iron tablets on your own.",
            ));
        }
    }
    if let Some(t) = tsat.filter(|t| *t < TSAT_BELOW) {
        let mut message = String::with_capacity(128);
        message.push_str("Transferrin saturation ");
        push_typed(&mut message, t);
        message.push_str(" % is below ");
        push_typed(&mut message, TSAT_BELOW);
        message.push_str(" %: iron treatment is recommended for RLS at this level (AASM 2024).");
        out.push(Finding::new(RuleId::TsatLow, message, TESTING));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meds::MedId;

    fn rules(f: Option<f64>, t: Option<f64>, adult: bool) -> Vec<String> {
        let age = if adult {
            AgeRules::Adult
        } else {
            AgeRules::UnderAdultAge
        };
        iron_findings(f, t, age)
            .iter()
            .map(|x| x.rule.id())
            .collect()
    }

    #[test]
    fn fixed_texts_follow_the_constants_and_the_iron_rule() {
        let apart = MedId::Iron
            .med()
            .spacing
            .sentence("iron", "magnesium")
            .unwrap();
        assert_eq!(
            TESTING,
            format!("Ask your clinician about iron. Blood for iron tests is best taken in the morning, after 24 hours without iron tablets. If you take iron, take it with vitamin C. {apart}")
        );
        assert_eq!(
            ADULT_GUIDELINE,
            format!(
                "at or below {} ng/mL (AASM 2024, adults)",
                typed(ADULT_FERRITIN_MAX)
            )
        );
        assert_eq!(
            CHILD_GUIDELINE,
            format!(
                "below {} ng/mL (AASM 2024, children)",
                typed(CHILD_FERRITIN_BELOW)
            )
        );
    }

    #[test]
    fn adult_and_child_boundaries() {
        assert_eq!(rules(Some(75.0), None, true), ["ferritin-low"]);
        assert_eq!(rules(Some(75.1), None, true), ["ferritin-borderline"]);
        assert_eq!(rules(Some(100.0), None, true), ["ferritin-borderline"]);
        assert!(rules(Some(100.1), None, true).is_empty());
        assert_eq!(rules(Some(49.9), None, false), ["ferritin-low"]);
        assert!(rules(Some(50.0), None, false).is_empty());
        assert_eq!(rules(None, Some(19.9), true), ["tsat-low"]);
        assert!(rules(None, Some(20.0), true).is_empty());
    }

    #[test]
    fn shows_the_seed_threshold_beside_the_guideline() {
        let f = &iron_findings(Some(60.0), None, AgeRules::Adult)[0];
        assert!(
            f.message.contains("75 ng/mL")
                && f.message.contains("not below the seed article's 50 ng/mL")
        );
        assert!(!f.message.contains("age was not given"));
    }

    #[test]
    fn unknown_age_uses_the_adult_rule_and_says_so() {
        let f = iron_findings(Some(60.0), None, AgeRules::AssumedAdult);
        assert_eq!(f[0].rule, RuleId::FerritinLow);
        assert!(f[0].message.contains("75 ng/mL (AASM 2024, adults)"));
        assert!(f[0]
            .message
            .contains("Your age was not given, so the adult rule is used."));
        let f = iron_findings(Some(40.0), None, AgeRules::AssumedAdult);
        assert!(!f[0].message.contains("children"), "{}", f[0].message);
    }
}
