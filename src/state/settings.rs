//! The settings the URL holds besides the entries: which screen, which colour scheme, whether
//! the page is the compact embed. Typed here; an invalid value falls back with a field message.

use super::params::{Param, Query};
use mg_engine::excerpt::quoted;
use mg_engine::FieldError;

/// The screen shown (`view`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Dose,
    Forms,
    Quiz,
    About,
    Trial,
    Report,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Dose,
        View::Forms,
        View::Quiz,
        View::About,
        View::Trial,
        View::Report,
    ];

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
            View::Trial => "trial",
            View::Report => "report",
        }
    }

    /// The navigation label.
    pub fn label(self) -> &'static str {
        match self {
            View::Dose => "Dose",
            View::Forms => "Forms",
            View::Quiz => "Quiz",
            View::About => "About",
            View::Trial => "Trial",
            View::Report => "Report",
        }
    }
}

/// How a build shows a view: Dose is in every build; the others only in the full one
/// (README, "Two builds").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Dose,
    OnDemand(OnDemand),
}

/// The screens that come with the full build, loaded when one of them opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OnDemand {
    Quiz,
    Forms,
    About,
    Trial,
    Report,
}

impl OnDemand {
    pub fn view(self) -> View {
        match self {
            OnDemand::Quiz => View::Quiz,
            OnDemand::Forms => View::Forms,
            OnDemand::About => View::About,
            OnDemand::Trial => View::Trial,
            OnDemand::Report => View::Report,
        }
    }
}

impl View {
    /// Which build renders this view, exhaustively: a new view must say where it belongs.
    pub fn screen(self) -> Screen {
        match self {
            View::Dose => Screen::Dose,
            View::Quiz => Screen::OnDemand(OnDemand::Quiz),
            View::Forms => Screen::OnDemand(OnDemand::Forms),
            View::About => Screen::OnDemand(OnDemand::About),
            View::Trial => Screen::OnDemand(OnDemand::Trial),
            View::Report => Screen::OnDemand(OnDemand::Report),
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

/// The view, theme and embed settings from the URL, typed. Medical inputs are the engine's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub view: View,
    pub theme: Theme,
    pub embed: bool,
}

impl Settings {
    /// Reads the settings; an invalid value falls back to its default and yields a message.
    pub fn from_query(query: &Query) -> (Settings, Vec<FieldError>) {
        let mut errors = Vec::new();
        let view = match query.get(Param::View) {
            None => View::default(),
            Some(v) => View::parse(v).unwrap_or_else(|| {
                errors.push(FieldError::new(
                    Param::View,
                    format!(
                        "Unknown screen {}: use dose, forms, quiz, about, trial or report. Showing Dose instead.",
                        quoted(v)
                    ),
                ));
                View::default()
            }),
        };
        let theme = match query.get(Param::Theme) {
            None => Theme::default(),
            Some(t) => Theme::parse(t).unwrap_or_else(|| {
                errors.push(FieldError::new(
                    Param::Theme,
                    format!(
                        "Unknown colour theme {}: use auto, light or dark. Using auto.",
                        quoted(t)
                    ),
                ));
                Theme::default()
            }),
        };
        let embed = match query.get(Param::Embed) {
            None | Some("0") => false,
            Some("1") => true,
            Some(e) => {
                errors.push(FieldError::new(
                    Param::Embed,
                    format!(
                        "Unknown embed value {}: use 1 for the compact embed, or leave it out.",
                        quoted(e)
                    ),
                ));
                false
            }
        };
        (Settings { view, theme, embed }, errors)
    }

    /// Writes these settings into `query` (defaults are left out, see `Query::set`).
    pub fn write_to(self, query: &mut Query) {
        query.set(Param::View, self.view.as_str());
        query.set(Param::Theme, self.theme.as_str());
        query.set(Param::Embed, if self.embed { "1" } else { "0" });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_view_has_one_screen_and_on_demand_ones_map_back() {
        for view in View::ALL {
            match view.screen() {
                Screen::OnDemand(d) => assert_eq!(d.view(), view),
                Screen::Dose => assert_eq!(view, View::Dose),
            }
        }
    }

    #[test]
    fn defaults_when_absent() {
        let (settings, errors) = Settings::from_query(&Query::default());
        assert_eq!(
            settings,
            Settings {
                view: View::Dose,
                theme: Theme::Auto,
                embed: false
            }
        );
        assert!(errors.is_empty());
    }

    #[test]
    fn invalid_values_fall_back_with_errors_and_others_apply() {
        let q = Query::parse("?view=bogus&theme=dark&embed=yes");
        let (settings, errors) = Settings::from_query(&q);
        assert_eq!(
            settings,
            Settings {
                view: View::Dose,
                theme: Theme::Dark,
                embed: false
            }
        );
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, [Param::View, Param::Embed]);
        assert!(errors[0].message.contains("bogus"));

        let (settings, errors) =
            Settings::from_query(&Query::parse("view=about&theme=neon&embed=1"));
        assert_eq!(
            settings,
            Settings {
                view: View::About,
                theme: Theme::Auto,
                embed: true
            }
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, Param::Theme);
    }

    #[test]
    fn round_trip_typed_query_typed() {
        for view in View::ALL {
            for theme in Theme::ALL {
                for embed in [false, true] {
                    let settings = Settings { view, theme, embed };
                    let mut q = Query::parse("?age=30");
                    settings.write_to(&mut q);
                    let reparsed = Query::parse(&q.to_search());
                    assert_eq!(reparsed, q);
                    let (back, errors) = Settings::from_query(&reparsed);
                    assert_eq!(back, settings);
                    assert!(errors.is_empty());
                    assert_eq!(reparsed.age.as_deref(), Some("30"));
                }
            }
        }
    }

    #[test]
    fn the_default_view_and_theme_are_the_values_links_leave_out() {
        assert_eq!(Param::View.omitted(), Some(View::default().as_str()));
        assert_eq!(Param::Theme.omitted(), Some(Theme::default().as_str()));
    }

    #[test]
    fn view_parse() {
        assert_eq!(View::parse("quiz"), Some(View::Quiz));
        assert_eq!(View::parse("Quiz"), None);
        let q = Query::parse("age=30&view=bogus");
        assert_eq!(
            q.with(Param::View, View::Quiz.as_str()).to_search(),
            "?view=quiz&age=30"
        );
        assert_eq!(
            q.with(Param::View, View::Dose.as_str()).to_search(),
            "?age=30"
        );
    }
}
