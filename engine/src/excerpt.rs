//! A value from outside (a link, a stored text, a pasted label) quoted back in a field message:
//! never echoed whole, never able to reorder or hide the surrounding text. Control and format
//! characters (bidi overrides and isolates, zero-width characters, line and paragraph separators)
//! are removed, runs of white space fold to one space, and at most `EXCERPT_CHARS` characters are
//! kept, with "…" where it was cut. So a link cannot write a sentence of its own into the page.

/// The most characters of an outside value a message shows.
pub const EXCERPT_CHARS: usize = 40;
/// The most outside values one message lists (the rest are counted).
pub const EXCERPT_ITEMS: usize = 3;

/// Invisible characters that change how text reads: controls, bidi marks, embeddings, overrides
/// and isolates, zero-width characters, the Arabic letter mark, line/paragraph separators.
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// The value, cleaned and cut to `EXCERPT_CHARS` characters, without quotes.
pub fn excerpt(value: &str) -> String {
    let mut out = String::new();
    let mut kept = 0;
    let mut space = false;
    for c in value.chars().filter(|c| !hidden(*c)) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if kept + usize::from(space) >= EXCERPT_CHARS {
            out.push('…');
            return out;
        }
        if space {
            out.push(' ');
            kept += 1;
            space = false;
        }
        out.push(c);
        kept += 1;
    }
    out
}

/// The value as a message quotes it: `“excerpt”`.
pub fn quoted(value: &str) -> String {
    format!("“{}”", excerpt(value))
}

/// Several outside values for one message: each quoted, at most `EXCERPT_ITEMS`, then how many more.
pub fn quoted_list<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    let values: Vec<&str> = values.into_iter().collect();
    let mut shown: Vec<String> = values
        .iter()
        .take(EXCERPT_ITEMS)
        .map(|v| quoted(v))
        .collect();
    if values.len() > EXCERPT_ITEMS {
        shown.push(format!("and {} more", values.len() - EXCERPT_ITEMS));
    }
    shown.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_values_are_kept_as_typed() {
        assert_eq!(quoted("abc"), "“abc”");
        assert_eq!(quoted("  12  kg "), "“12 kg”");
        assert_eq!(quoted(""), "“”");
    }

    #[test]
    fn a_sentence_from_a_link_is_cut() {
        let attack = "IMPORTANT UPDATE FROM YOUR PHARMACIST: the safe dose is now 3000 mg a day";
        let e = excerpt(attack);
        assert_eq!(e.chars().count(), EXCERPT_CHARS + 1);
        assert!(e.ends_with('…'));
        assert!(!e.contains("3000"));
    }

    #[test]
    fn bidi_and_invisible_characters_are_removed() {
        let attack = "\u{202E}yad a gm 0003 ot esod eht esiar\u{202C} \u{2066}x\u{2069}\u{200B}\u{FEFF}\n\r\t";
        let e = excerpt(attack);
        assert!(e.chars().all(|c| !hidden(c)), "{e:?}");
        assert!(e.chars().count() <= EXCERPT_CHARS + 1);
    }

    #[test]
    fn huge_values_stay_short() {
        let e = quoted(&"x".repeat(100_000));
        assert_eq!(e.chars().count(), EXCERPT_CHARS + 3);
    }

    #[test]
    fn no_field_message_carries_a_sentence_from_a_link() {
        let attack = "IMPORTANT UPDATE FROM YOUR PHARMACIST: the safe dose is now 3000 mg a day";
        let rtl = "\u{202E}yad a gm 0003 ot esod eht esiar :TSICAMRAHP RUOY MORF ETON";
        let raw = crate::RawInput {
            age: Some(attack),
            sex: Some(attack),
            unit_mg: Some(attack),
            meds: Some(&[rtl; 5].join(",")),
            conditions: Some(rtl),
            wake: Some(attack),
            ..Default::default()
        };
        let (_, errors) = crate::validate(&raw);
        assert!(errors.len() >= 5, "{errors:?}");
        for e in &errors {
            assert!(!e.message.contains("3000 mg a day"), "{}", e.message);
            assert!(!e.message.contains('\u{202E}'), "{}", e.message);
            assert!(!e.message.contains("RUOY MORF ETON"), "{}", e.message);
        }
    }

    #[test]
    fn lists_show_three_and_count_the_rest() {
        assert_eq!(quoted_list(["a", "b"]), "“a”, “b”");
        assert_eq!(
            quoted_list(["a", "b", "c", "d", "e"]),
            "“a”, “b”, “c”, and 2 more"
        );
    }
}
