//! Which region's reference values a browser language suggests, for a first visit only. Pure:
//! reading `navigator.language` is `crate::platform::language`.
//!
//! A country in the tag decides (`en-GB` → UK, `de-AT` → EU, `fr-CA` → none); without one, a
//! language spoken mainly in the EU suggests the EU (`de`, `fr`, `it`, …). English without a
//! country, and every other language, suggests nothing: the US default stays.

use mg_engine::region::Region;

/// ISO 3166 codes of the EU member states. One string rather than an array of strings: a
/// fraction of the WebAssembly.
const EU_COUNTRIES: &str =
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE";

/// Languages whose speakers live mainly in the EU (official EU languages but English).
const EU_LANGUAGES: &str = "bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv";

/// Languages of the UK besides English.
const UK_LANGUAGES: &str = "cy gd";

/// Whether the space-separated `list` holds `code`.
fn listed(list: &str, code: &str) -> bool {
    list.split(' ').any(|c| c == code)
}

/// The region a BCP 47 language tag (`navigator.language`) suggests, if any.
pub fn region_for_language(tag: &str) -> Option<Region> {
    let mut parts = tag.trim().split(['-', '_']);
    let language = parts.next()?.to_ascii_lowercase();
    // The region is the first subtag of two letters or three digits after the language (a
    // script such as `Latn` has four letters); `419` (Latin America) is a region, not a country.
    let country = parts
        .find(|p| {
            (p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()))
                || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(str::to_ascii_uppercase);
    match country.as_deref() {
        Some("GB" | "UK") => Some(Region::Uk),
        Some(c) if listed(EU_COUNTRIES, c) => Some(Region::Eu),
        Some(_) => None,
        None if listed(UK_LANGUAGES, &language) => Some(Region::Uk),
        None if listed(EU_LANGUAGES, &language) => Some(Region::Eu),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_decide_then_languages() {
        for (tag, region) in [
            ("en-GB", Some(Region::Uk)),
            ("en_gb", Some(Region::Uk)),
            ("cy", Some(Region::Uk)),
            ("de-DE", Some(Region::Eu)),
            ("de", Some(Region::Eu)),
            ("de-AT", Some(Region::Eu)),
            ("de-CH", None),
            ("fr", Some(Region::Eu)),
            ("fr-CA", None),
            ("en-IE", Some(Region::Eu)),
            ("pt-BR", None),
            ("sr-Latn-HR", Some(Region::Eu)),
            ("es-419", None),
            ("en-US", None),
            ("en", None),
            ("ja-JP", None),
            ("", None),
            ("  ", None),
        ] {
            assert_eq!(region_for_language(tag), region, "{tag:?}");
        }
    }
}
