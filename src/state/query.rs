//! The query string as the app's single source of state: reading it, writing it back in
//! canonical form, and changing one parameter. Pure: the address bar itself is
//! `crate::platform::url`.

use super::params::{Param, Query};
use mg_engine::{decimal, RawInput};
use std::borrow::Cow;

impl Query {
    /// Parses a query string such as `location.search`. Tolerates a leading `?`, ignores unknown
    /// parameters, keeps the first non-empty value of a repeated one, treats blank values as
    /// absent, and never panics (undecodable bytes become U+FFFD).
    pub fn parse(search: &str) -> Query {
        let search = search.strip_prefix('?').unwrap_or(search);
        let mut query = Query::default();
        for (name, value) in form_urlencoded::parse(search.as_bytes()) {
            let Some(param) = Param::ALL.into_iter().find(|p| p.name() == name) else {
                continue;
            };
            let slot = query.slot_mut(param);
            if slot.is_none() && !value.is_empty() {
                *slot = Some(value.into_owned());
            }
        }
        for param in Param::ALL {
            let slot = query.slot_mut(param);
            if slot.as_deref().is_some_and(is_blank) {
                *slot = None;
            }
        }
        query
    }

    /// The canonical query string: `?` plus the present parameters in declaration order, or `""`
    /// when nothing is set. Numbers typed with a decimal comma are written with a point; the
    /// state keeps the text as typed, so the field the person types in is never rewritten.
    pub fn to_search(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for param in Param::ALL {
            if let Some(value) = self.get(param) {
                out.append_pair(param.name(), &written(param, value));
            }
        }
        match out.finish() {
            s if s.is_empty() => s,
            s => format!("?{s}"),
        }
    }

    /// The value of one parameter, if present and not blank.
    pub fn get(&self, param: Param) -> Option<&str> {
        self.slot(param).as_deref().filter(|v| !is_blank(v))
    }

    /// Sets one parameter. Blank text, or the value that stands for the parameter's default
    /// (`Param::omitted`), removes it: the one place that keeps defaults out of links.
    pub fn set(&mut self, param: Param, value: &str) {
        *self.slot_mut(param) =
            (!is_blank(value) && param.omitted() != Some(value)).then(|| value.to_owned());
    }

    /// A copy with one parameter set (see `set`).
    pub fn with(&self, param: Param, value: &str) -> Query {
        let mut next = self.clone();
        next.set(param, value);
        next
    }

    /// Every parameter with its raw value, in canonical order.
    pub fn params(&self) -> impl Iterator<Item = (Param, &Option<String>)> {
        Param::ALL.into_iter().map(|p| (p, self.slot(p)))
    }

    /// The medical inputs, as text, for `mg_engine::validate`.
    pub fn raw_input(&self) -> RawInput<'_> {
        let mut raw = RawInput::default();
        for param in Param::ALL {
            if let Some(slot) = raw.field_mut(param) {
                *slot = self.get(param);
            }
        }
        raw
    }
}

/// The text a parameter is written to the URL with: a number typed with a decimal comma gets a
/// point (`0,85` → `0.85`); anything else, including text that is no number, as typed.
pub fn written(param: Param, value: &str) -> Cow<'_, str> {
    if param.is_number() && value.contains(',') && decimal::parse_input(value.trim()).is_some() {
        Cow::Owned(value.replacen(',', ".", 1))
    } else {
        Cow::Borrowed(value)
    }
}

fn is_blank(value: &str) -> bool {
    value.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full_query() -> Query {
        let mut q = Query::default();
        for (param, value) in [
            (Param::View, "dose"),
            (Param::Age, "54"),
            (Param::Sex, "female"),
            (Param::Stage, "none"),
            (Param::Form, "glycinate"),
            (Param::UnitMg, "120.5"),
            (Param::Basis, "elemental"),
            (Param::Target, "300"),
            (Param::Egfr, "75"),
            (Param::Ckd, "unknown"),
            (Param::Serum, "1.9"),
            (Param::SerumUnit, "mg_dl"),
            (Param::Ferritin, "45"),
            (Param::Tsat, "22"),
            (Param::Wake, "07:00"),
            (Param::Dinner, "19:00"),
            (Param::Bedtime, "22:30"),
            (Param::OtherMg, "0"),
            (Param::Meds, "quinolone@08:00,quinolone@20:00,iron"),
            (Param::Gi, "1"),
            (Param::Conditions, "heart_block"),
            (Param::Quiz, "urge:y,rest:y,move:u"),
            (Param::Embed, "1"),
            (Param::Theme, "dark"),
            (Param::Region, "uk"),
            (Param::UnitMmol, "4"),
            (Param::Serving, "2"),
            (Param::UnitKind, "sachet"),
            (Param::Price, "12.99"),
            (Param::Count, "120"),
            (Param::BForm, "oxide"),
            (Param::BUnitMg, "400"),
            (Param::BBasis, "compound"),
            (Param::BPrice, "8.5"),
            (Param::BCount, "60"),
            (Param::Sort, "elemental-pct"),
            (Param::Filter, "gentle"),
            (Param::Lifestyle, "walk,stretch"),
        ] {
            *q.slot_mut(param) = Some(value.into());
        }
        assert!(q.params().all(|(_, v)| v.is_some()), "every parameter set");
        q
    }

    #[test]
    fn parses_leading_question_mark_and_ignores_unknown() {
        let q = Query::parse("?view=forms&utm_source=blog&age=40");
        assert_eq!(q.view.as_deref(), Some("forms"));
        assert_eq!(q.age.as_deref(), Some("40"));
        assert_eq!(q, Query::parse("view=forms&age=40"));
    }

    #[test]
    fn empty_values_are_absent() {
        let q = Query::parse("?view=&age=%20&sex=male");
        assert_eq!(q.view, None);
        assert_eq!(q.age, None);
        assert_eq!(q.sex.as_deref(), Some("male"));
        let with_empty = Query {
            view: Some(String::new()),
            ..Query::default()
        };
        assert_eq!(with_empty.to_search(), "");
    }

    #[test]
    fn decodes_percent_and_plus() {
        let q = Query::parse("meds=quinolone%4008%3A00%2Ciron&quiz=urge:y,rest:n&wake=06%3A30");
        assert_eq!(q.meds.as_deref(), Some("quinolone@08:00,iron"));
        assert_eq!(q.quiz.as_deref(), Some("urge:y,rest:n"));
        assert_eq!(q.wake.as_deref(), Some("06:30"));
        assert_eq!(Query::parse("view=a+b").view.as_deref(), Some("a b"));
    }

    #[test]
    fn repeated_parameter_keeps_first_and_applies_others() {
        let q = Query::parse("view=quiz&view=forms&age=30&theme=dark");
        assert_eq!(q.view.as_deref(), Some("quiz"));
        assert_eq!(q.age.as_deref(), Some("30"));
        assert_eq!(q.theme.as_deref(), Some("dark"));
    }

    #[test]
    fn never_panics_on_odd_input() {
        let inputs = [
            "",
            "?",
            "??",
            "&&&",
            "=",
            "==",
            "a",
            "view",
            "view==x",
            "%",
            "%zz",
            "%FF%FE",
            "view=%E2%82",
            "=x&view=about",
            "view=about&&&=&",
            "?view=forms#hash",
            "\u{0}\u{1}",
            "view=\u{1F600}",
        ];
        for input in inputs {
            let q = Query::parse(input);
            let again = Query::parse(&q.to_search());
            assert_eq!(q, again, "input {input:?}");
        }
        assert_eq!(Query::parse("=x&view=about").view.as_deref(), Some("about"));
        assert_eq!(
            Query::parse("view=about&&&=&").view.as_deref(),
            Some("about")
        );
    }

    #[test]
    fn numbers_are_written_with_a_point_and_other_text_as_typed() {
        let q = Query::parse("?serum=0,85&unit_mg=120%2C5&age=4,0&meds=iron,zinc&price=lots");
        assert_eq!(
            q.to_search(),
            "?age=4.0&unit_mg=120.5&serum=0.85&meds=iron%2Czinc&price=lots"
        );
        // The state keeps what was typed; the written link reads back to the same numbers.
        assert_eq!(q.get(Param::Serum), Some("0,85"));
        let again = Query::parse(&q.to_search());
        assert_eq!(again.get(Param::Serum), Some("0.85"));
        assert_eq!(again.to_search(), q.to_search());
        // Not a number the engine reads: kept as typed, so its field message can quote it.
        assert_eq!(
            Query::parse("?target=1,2,3").to_search(),
            "?target=1%2C2%2C3"
        );
    }

    #[test]
    fn canonical_order_is_stable() {
        let a = Query::parse("theme=dark&age=30&view=quiz");
        let b = Query::parse("view=quiz&theme=dark&age=30");
        assert_eq!(a.to_search(), "?view=quiz&age=30&theme=dark");
        assert_eq!(a.to_search(), b.to_search());
        assert_eq!(Query::default().to_search(), "");
    }

    #[test]
    fn round_trip_query_string_query() {
        let q = full_query();
        let s = q.to_search();
        assert!(s.starts_with("?view=dose&age=54&"), "{s}");
        assert_eq!(Query::parse(&s), q);
        let odd = Query {
            meds: Some("a&b=c d+e%f?".into()),
            ..Query::default()
        };
        assert_eq!(Query::parse(&odd.to_search()), odd);
    }

    #[test]
    fn set_keeps_defaults_and_blanks_out_of_the_url() {
        let q = Query::parse("?age=40&sex=male&theme=dark");
        let q2 = q.with(Param::Age, "41");
        assert_eq!(q2.get(Param::Age), Some("41"));
        assert_eq!(q2.get(Param::Sex), Some("male"));
        assert_eq!(q2.with(Param::Age, "").get(Param::Age), None);
        assert_eq!(q2.with(Param::Age, "  ").get(Param::Age), None);
        assert_eq!(q.with(Param::Theme, "auto").to_search(), "?age=40&sex=male");
        assert_eq!(q.with(Param::View, "dose"), q);
        assert_eq!(
            q.with(Param::View, "quiz").to_search(),
            "?view=quiz&age=40&sex=male&theme=dark"
        );
        assert_eq!(q.with(Param::Embed, "0"), q);
        assert_eq!(q.with(Param::Gi, "0"), q);
        assert_eq!(q.with(Param::Gi, "1").get(Param::Gi), Some("1"));
        // Only the parameters that stand for a default drop it; a chosen medical value stays.
        assert_eq!(q.with(Param::Stage, "none").get(Param::Stage), Some("none"));
        assert_eq!(q.raw_input().sex, Some("male"));
    }
}
