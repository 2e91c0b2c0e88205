//! The URL query string as the app's single source of state (see the public contract).
//!
//! Pure Rust, no browser APIs: everything here is tested natively. Reading and writing the real
//! address bar lives in `browser_url`.

use mg_engine::FieldError;
use serde::{Deserialize, Serialize};

/// Declares `Query` with one `Option<String>` field per URL parameter, and the list of
/// `(name, field)` pairs the rest of the app iterates over, from one list of names.
macro_rules! query_params {
    ($($name:ident),* $(,)?) => {
        /// Every URL parameter, kept as the raw text found in the URL.
        ///
        /// Field order is the canonical parameter order of [`Query::to_search`]; never rename a
        /// field (names are the public URL contract). Empty values are treated as absent.
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(default)]
        pub struct Query {
            $(
                #[serde(skip_serializing_if = "Option::is_none")]
                pub $name: Option<String>,
            )*
        }

        impl Query {
            /// Every parameter with its URL name, in canonical order.
            pub fn params(&self) -> [(&'static str, &Option<String>); PARAM_COUNT] {
                [$((stringify!($name), &self.$name)),*]
            }
            fn params_mut(&mut self) -> [(&'static str, &mut Option<String>); PARAM_COUNT] {
                [$((stringify!($name), &mut self.$name)),*]
            }
        }
    };
}

const PARAM_COUNT: usize = 36;

query_params!(
    // The public contract (../shared/reference/contract.md).
    view, age, sex, stage, form, unit_mg, basis, target, egfr, ckd, serum, serum_unit, ferritin,
    tsat, wake, dinner, bedtime, other_mg, meds, gi, quiz, embed, theme, region, unit_mmol,
    serving,
    // This app's own additions (README, "URL parameters"): Forms screen prices, product B,
    // table sort and filter; the lifestyle checklist.
    price, count, b_form, b_unit_mg, b_basis, b_price, b_count, sort, filter, lifestyle,
);

impl Query {
    /// Parses a query string such as `location.search`. Tolerates a leading `?`, ignores unknown
    /// parameters, keeps the first of repeated ones, and never panics: pairs that cannot be read
    /// are skipped.
    pub fn parse(search: &str) -> Query {
        let search = search.strip_prefix('?').unwrap_or(search);
        let mut query = serde_urlencoded::from_str::<Query>(search).unwrap_or_else(|_| {
            // Whole-string parse failed (e.g. a repeated parameter): read pair by pair.
            let mut merged = Query::default();
            for pair in search.split('&').filter(|p| !p.is_empty()) {
                if let Ok(one) = serde_urlencoded::from_str::<Query>(pair) {
                    merged.fill_missing_from(one);
                }
            }
            merged
        });
        query.drop_empty();
        query
    }

    /// The canonical query string: `?` plus the present parameters in a fixed order, or `""`
    /// when nothing is set.
    pub fn to_search(&self) -> String {
        let mut canonical = self.clone();
        canonical.drop_empty();
        match serde_urlencoded::to_string(&canonical) {
            Ok(s) if !s.is_empty() => format!("?{s}"),
            _ => String::new(),
        }
    }

    /// The slot of one parameter by its URL name.
    pub fn param_mut(&mut self, name: &str) -> Option<&mut Option<String>> {
        self.params_mut()
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v)
    }

    /// The raw value of one parameter.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.params()
            .into_iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, v)| v.as_deref())
    }

    fn drop_empty(&mut self) {
        for (_, field) in self.params_mut() {
            if field.as_deref().is_some_and(|v| v.trim().is_empty()) {
                *field = None;
            }
        }
    }

    fn fill_missing_from(&mut self, mut other: Query) {
        for ((_, mine), (_, theirs)) in self.params_mut().into_iter().zip(other.params_mut()) {
            if mine.as_deref().is_none_or(str::is_empty) {
                *mine = theirs.take();
            }
        }
    }
}

/// The screen shown (`view`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Dose,
    Forms,
    Quiz,
    About,
}

impl View {
    pub const ALL: [View; 4] = [View::Dose, View::Forms, View::Quiz, View::About];

    pub fn parse(value: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.as_str() == value)
    }

    /// The URL value.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Dose => "dose",
            View::Forms => "forms",
            View::Quiz => "quiz",
            View::About => "about",
        }
    }

    /// The navigation label.
    pub fn label(self) -> &'static str {
        match self {
            View::Dose => "Dose",
            View::Forms => "Forms",
            View::Quiz => "Quiz",
            View::About => "About",
        }
    }
}

/// The colour scheme (`theme`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn parse(value: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == value)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The UI-level settings from the URL, typed. Medical inputs are the engine's business.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UiState {
    pub view: View,
    pub theme: Theme,
    pub embed: bool,
}

impl UiState {
    /// Reads the UI settings; an invalid value falls back to its default and yields a message.
    pub fn from_query(query: &Query) -> (UiState, Vec<FieldError>) {
        let mut errors = Vec::new();
        let view = match query.view.as_deref() {
            None => View::default(),
            Some(v) => View::parse(v).unwrap_or_else(|| {
                errors.push(FieldError::new(
                    "view",
                    format!(
                        "Unknown screen “{v}”: use dose, forms, quiz or about. Showing Dose instead."
                    ),
                ));
                View::default()
            }),
        };
        let theme = match query.theme.as_deref() {
            None => Theme::default(),
            Some(t) => Theme::parse(t).unwrap_or_else(|| {
                errors.push(FieldError::new(
                    "theme",
                    format!("Unknown colour theme “{t}”: use auto, light or dark. Using auto."),
                ));
                Theme::default()
            }),
        };
        let embed = match query.embed.as_deref() {
            None | Some("0") => false,
            Some("1") => true,
            Some(e) => {
                errors.push(FieldError::new(
                    "embed",
                    format!(
                        "Unknown embed value “{e}”: use 1 for the compact embed, or leave it out."
                    ),
                ));
                false
            }
        };
        (UiState { view, theme, embed }, errors)
    }

    /// Writes these settings into `query`; defaults are left out to keep links short.
    pub fn write_to(self, query: &mut Query) {
        query.view = (self.view != View::default()).then(|| self.view.as_str().to_owned());
        query.theme = (self.theme != Theme::default()).then(|| self.theme.as_str().to_owned());
        query.embed = self.embed.then(|| "1".to_owned());
    }
}

impl Query {
    /// A copy of this query showing `view`, every other parameter kept.
    pub fn with_view(&self, view: View) -> Query {
        let mut next = self.clone();
        next.view = (view != View::default()).then(|| view.as_str().to_owned());
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full_query() -> Query {
        Query {
            view: Some("dose".into()),
            age: Some("54".into()),
            sex: Some("female".into()),
            stage: Some("none".into()),
            form: Some("glycinate".into()),
            unit_mg: Some("120.5".into()),
            basis: Some("elemental".into()),
            target: Some("300".into()),
            egfr: Some("75".into()),
            ckd: Some("unknown".into()),
            serum: Some("1.9".into()),
            serum_unit: Some("mg_dl".into()),
            ferritin: Some("45".into()),
            tsat: Some("22".into()),
            wake: Some("07:00".into()),
            dinner: Some("19:00".into()),
            bedtime: Some("22:30".into()),
            other_mg: Some("0".into()),
            meds: Some("quinolone@08:00,quinolone@20:00,iron".into()),
            gi: Some("1".into()),
            quiz: Some("urge:y,rest:y,move:u".into()),
            embed: Some("1".into()),
            theme: Some("dark".into()),
            region: Some("uk".into()),
            unit_mmol: Some("4".into()),
            serving: Some("2".into()),
            price: Some("12.99".into()),
            count: Some("120".into()),
            b_form: Some("oxide".into()),
            b_unit_mg: Some("400".into()),
            b_basis: Some("compound".into()),
            b_price: Some("8.5".into()),
            b_count: Some("60".into()),
            sort: Some("elemental-pct".into()),
            filter: Some("gentle".into()),
            lifestyle: Some("walk,stretch".into()),
        }
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
    fn defaults_when_absent() {
        let (ui, errors) = UiState::from_query(&Query::default());
        assert_eq!(
            ui,
            UiState {
                view: View::Dose,
                theme: Theme::Auto,
                embed: false
            }
        );
        assert!(errors.is_empty());
    }

    #[test]
    fn invalid_ui_values_fall_back_with_errors_and_others_apply() {
        let q = Query::parse("?view=bogus&theme=dark&embed=yes");
        let (ui, errors) = UiState::from_query(&q);
        assert_eq!(
            ui,
            UiState {
                view: View::Dose,
                theme: Theme::Dark,
                embed: false
            }
        );
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["view", "embed"]);
        assert!(errors[0].message.contains("bogus"));

        let (ui, errors) = UiState::from_query(&Query::parse("view=about&theme=neon&embed=1"));
        assert_eq!(
            ui,
            UiState {
                view: View::About,
                theme: Theme::Auto,
                embed: true
            }
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "theme");
    }

    #[test]
    fn round_trip_typed_query_typed() {
        for view in View::ALL {
            for theme in Theme::ALL {
                for embed in [false, true] {
                    let ui = UiState { view, theme, embed };
                    let mut q = Query {
                        age: Some("30".into()),
                        ..Query::default()
                    };
                    ui.write_to(&mut q);
                    let reparsed = Query::parse(&q.to_search());
                    assert_eq!(reparsed, q);
                    let (back, errors) = UiState::from_query(&reparsed);
                    assert_eq!(back, ui);
                    assert!(errors.is_empty());
                    assert_eq!(reparsed.age.as_deref(), Some("30"));
                }
            }
        }
    }

    #[test]
    fn view_parse_and_with_view() {
        assert_eq!(View::parse("quiz"), Some(View::Quiz));
        assert_eq!(View::parse("Quiz"), None);
        let q = Query::parse("age=30&view=bogus");
        assert_eq!(q.with_view(View::Quiz).to_search(), "?view=quiz&age=30");
        assert_eq!(q.with_view(View::Dose).to_search(), "?age=30");
    }
}
