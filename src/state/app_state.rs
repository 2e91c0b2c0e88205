//! The app's state and every way it changes: a pure reducer (`yew::Reducible`), tested natively.
//!
//! The state is the URL query plus a few flags the URL does not hold. Components dispatch an
//! `Action`; the reducer computes the next state from the current one, so two events that arrive
//! before a re-render both apply. Writing the address bar, the document and storage happens in
//! `crate::app`, after the render, from the state.

use super::language_region::region_for_language;
use super::params::{Param, Query};
use super::settings::{Settings, Theme, View};
use super::stored::{self, Stored};
use mg_engine::region::Region;
use mg_engine::source::SourceId;
use std::rc::Rc;
use yew::Reducible;

/// Said once at start-up about the remembered entries; cleared by the first edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A bare link: the remembered entries were filled in.
    Restored,
    /// The link's own entries are shown; the remembered ones are kept until something changes.
    LinkShown,
    /// Storage held something unreadable: ignored.
    Unreadable,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub query: Query,
    /// "Remember my entries on this device" is on.
    pub remember: bool,
    /// An entry was changed, or remembering switched, since the page opened. Until then nothing
    /// is saved: opening a shared link, switching screens or the theme must not overwrite the
    /// remembered entries.
    pub edited: bool,
    pub notice: Option<Notice>,
    /// How many times the screen has changed: each change is a new history entry, so Back
    /// returns to the previous screen; typing replaces the current entry.
    pub view_changes: u32,
    /// The source About shows and focuses, after a "Source: …" link on another screen.
    pub source: Option<SourceId>,
    /// The region chosen from the browser's language on a first visit, while it is still the
    /// one in use: the Dose screen says so (never a silent choice).
    pub region_from_language: Option<Region>,
}

/// A change of the current value of one parameter: gets its text (`""` when absent), returns the
/// new text (`""` removes it).
pub type Update = Rc<dyn Fn(&str) -> String>;

pub enum Action {
    /// An entry typed or chosen: the new text of one parameter (blank removes it).
    Set(Param, String),
    /// An entry changed relative to its current value (tick one box of a list, add a dose, flip
    /// a sort).
    Update(Param, Update),
    /// Show another screen, every entry kept.
    Navigate(View),
    Theme(Theme),
    /// Switch "Remember on this device".
    Remember(bool),
    /// Show one source in About.
    ShowSource(SourceId),
    /// Back or Forward: the address bar now holds this query string.
    FromAddressBar(String),
}

impl AppState {
    /// The state a page opens with: the URL wins; a bare link (at most a `view`) gets the
    /// remembered entries, if any. `stored` is what storage held.
    pub fn start(search: &str, stored: Option<&str>) -> AppState {
        let from_url = Query::parse(search);
        let (query, remember, notice) = match stored::decode(stored) {
            Stored::Entries(saved) if stored::only_a_view(&from_url) => {
                let mut restored = *saved;
                restored.view = from_url.view;
                (restored, true, Some(Notice::Restored))
            }
            Stored::Entries(_) => (from_url, true, Some(Notice::LinkShown)),
            Stored::Corrupt => (from_url, false, Some(Notice::Unreadable)),
            Stored::Nothing => (from_url, false, None),
        };
        AppState {
            query,
            remember,
            edited: false,
            notice,
            view_changes: 0,
            source: None,
            region_from_language: None,
        }
    }

    /// A first visit: with no region in the link and no remembered entries, the region the
    /// browser's language suggests (`language`: `navigator.language`) is chosen, and marked so
    /// the screen can say where it came from. It is no edit: nothing is saved for it.
    pub fn with_language(mut self, language: Option<&str>) -> AppState {
        let remembered = matches!(self.notice, Some(Notice::Restored | Notice::LinkShown));
        if self.query.get(Param::Region).is_none() && !remembered {
            if let Some(region) = language.and_then(region_for_language) {
                self.query.set(Param::Region, region.id());
                self.region_from_language = Some(region);
            }
        }
        self
    }

    /// The view, theme and embed settings (an invalid one at its default; its message comes from
    /// `Settings::from_query`).
    pub fn settings(&self) -> Settings {
        Settings::from_query(&self.query).0
    }

    /// A relative link (`?…`) to `view` with every entry kept.
    pub fn link_to(&self, view: View) -> String {
        match self.query.with(Param::View, view.as_str()).to_search() {
            s if s.is_empty() => "?".to_owned(),
            s => s,
        }
    }

    fn edit(&mut self, param: Param, value: &str) {
        self.query.set(param, value);
        self.edited = true;
        self.notice = None;
    }

    fn show(&mut self, view: View) {
        let shown = self.settings().view;
        self.query.set(Param::View, view.as_str());
        self.source = None;
        if view != shown {
            self.view_changes += 1;
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Set(param, value) => next.edit(param, &value),
            Action::Update(param, update) => {
                next.edit(param, &update(self.query.get(param).unwrap_or_default()))
            }
            Action::Navigate(view) => next.show(view),
            Action::Theme(theme) => next.query.set(Param::Theme, theme.as_str()),
            Action::Remember(on) => {
                next.remember = on;
                next.edited = true;
                next.notice = None;
            }
            Action::ShowSource(id) => {
                next.show(View::About);
                next.source = Some(id);
            }
            Action::FromAddressBar(search) => {
                next.query = Query::parse(&search);
                next.source = None;
            }
        }
        // The notice about the preselected region lasts while that region is in use.
        if let Some(region) = next.region_from_language {
            if next.query.get(Param::Region) != Some(region.id()) {
                next.region_from_language = None;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::stored::encode;

    fn run(start: AppState, actions: Vec<Action>) -> AppState {
        let state = actions
            .into_iter()
            .fold(Rc::new(start), |state, action| state.reduce(action));
        (*state).clone()
    }

    fn opened(search: &str) -> AppState {
        AppState::start(search, None)
    }

    /// Ticks `id` in the comma-separated list, relative to what the list holds when applied.
    fn tick(id: &'static str) -> Action {
        Action::Update(
            Param::Lifestyle,
            Rc::new(move |list: &str| {
                let mut ids: Vec<&str> = list.split(',').filter(|s| !s.is_empty()).collect();
                ids.push(id);
                ids.join(",")
            }),
        )
    }

    #[test]
    fn set_changes_one_parameter_and_marks_the_state_edited() {
        let s = run(
            opened("?age=40&sex=male"),
            vec![Action::Set(Param::Age, "41".into())],
        );
        assert_eq!(s.query.to_search(), "?age=41&sex=male");
        assert!(s.edited);
        let s = run(s, vec![Action::Set(Param::Sex, " ".into())]);
        assert_eq!(s.query.to_search(), "?age=41");
    }

    #[test]
    fn two_updates_before_a_render_both_apply() {
        // Each update reads the value the previous one left, not a copy from the last render.
        let s = run(opened("?view=quiz"), vec![tick("walk"), tick("bath")]);
        assert_eq!(s.query.get(Param::Lifestyle), Some("walk,bath"));
        let s = run(
            opened(""),
            vec![
                Action::Set(Param::Age, "40".into()),
                Action::Set(Param::Sex, "female".into()),
            ],
        );
        assert_eq!(s.query.to_search(), "?age=40&sex=female");
    }

    #[test]
    fn navigating_counts_view_changes_and_keeps_the_entries() {
        let s = run(
            opened("?age=40"),
            vec![
                Action::Navigate(View::Forms),
                Action::Set(Param::UnitMg, "100".into()),
                Action::Navigate(View::Forms),
            ],
        );
        assert_eq!(s.query.to_search(), "?view=forms&age=40&unit_mg=100");
        assert_eq!(
            s.view_changes, 1,
            "typing and re-choosing the same view add no entry"
        );
        let s = run(s, vec![Action::Navigate(View::Dose)]);
        assert_eq!(s.query.to_search(), "?age=40&unit_mg=100");
        assert_eq!(s.view_changes, 2);
        assert!(!run(opened(""), vec![Action::Navigate(View::Quiz)]).edited);
        // An invalid view shows Dose: choosing Dose fixes the URL without a new entry.
        let s = run(opened("?view=bogus"), vec![Action::Navigate(View::Dose)]);
        assert_eq!((s.query.to_search().as_str(), s.view_changes), ("", 0));
    }

    #[test]
    fn theme_and_a_source_link() {
        let s = run(opened("?age=40"), vec![Action::Theme(Theme::Dark)]);
        assert_eq!(s.query.to_search(), "?age=40&theme=dark");
        assert!(!s.edited, "the theme is no entry");
        let s = run(s, vec![Action::Theme(Theme::Auto)]);
        assert_eq!(s.query.to_search(), "?age=40");
        let s = run(s, vec![Action::ShowSource(SourceId::Kdigo2012)]);
        assert_eq!(s.settings().view, View::About);
        assert_eq!((s.source, s.view_changes), (Some(SourceId::Kdigo2012), 1));
        let s = run(s, vec![Action::Navigate(View::Dose)]);
        assert_eq!(s.source, None);
    }

    #[test]
    fn back_and_forward_read_the_address_bar() {
        let s = run(
            opened("?age=40"),
            vec![
                Action::Navigate(View::Forms),
                Action::FromAddressBar("?age=40".into()),
            ],
        );
        assert_eq!(s.settings().view, View::Dose);
        assert_eq!(s.query.to_search(), "?age=40");
        assert_eq!(s.view_changes, 1, "going back adds no entry of its own");
        assert_eq!(s.link_to(View::Forms), "?view=forms&age=40");
        assert_eq!(opened("").link_to(View::Dose), "?");
    }

    #[test]
    fn start_up_the_url_wins_and_a_bare_link_gets_the_remembered_entries() {
        let saved = encode(&Query::parse("?age=60&sex=female"));
        let s = AppState::start("?view=forms", Some(&saved));
        assert_eq!(s.query.to_search(), "?view=forms&age=60&sex=female");
        assert_eq!((s.remember, s.notice), (true, Some(Notice::Restored)));

        let s = AppState::start("?age=30", Some(&saved));
        assert_eq!(s.query.to_search(), "?age=30");
        assert_eq!((s.remember, s.notice), (true, Some(Notice::LinkShown)));

        let s = AppState::start("?age=30", Some("garbage"));
        assert_eq!((s.remember, s.notice), (false, Some(Notice::Unreadable)));

        let s = AppState::start("?age=30", None);
        assert_eq!((s.remember, s.notice, s.edited), (false, None, false));
    }

    #[test]
    fn a_first_visit_takes_the_region_from_the_language_and_says_so() {
        let s = opened("?age=40").with_language(Some("en-GB"));
        assert_eq!(s.query.to_search(), "?age=40&region=uk");
        assert_eq!(
            (s.region_from_language, s.edited),
            (Some(Region::Uk), false)
        );
        // Other edits keep the notice; choosing a region ends it.
        let s = run(s, vec![Action::Set(Param::Age, "41".into())]);
        assert_eq!(s.region_from_language, Some(Region::Uk));
        let s = run(s, vec![Action::Set(Param::Region, "us".into())]);
        assert_eq!(
            (s.region_from_language, s.query.get(Param::Region)),
            (None, Some("us"))
        );
        // A region in the link wins; a language without a region suggests nothing.
        let s = opened("?region=us").with_language(Some("de-DE"));
        assert_eq!(
            (s.query.to_search().as_str(), s.region_from_language),
            ("?region=us", None)
        );
        let s = opened("").with_language(Some("en-US"));
        assert_eq!(
            (s.query.to_search().as_str(), s.region_from_language),
            ("", None)
        );
        assert_eq!(opened("").with_language(None).region_from_language, None);
    }

    #[test]
    fn remembered_entries_get_no_region_from_the_language() {
        let saved = encode(&Query::parse("?age=60"));
        for search in ["", "?age=30"] {
            let s = AppState::start(search, Some(&saved)).with_language(Some("fr-FR"));
            assert_eq!(s.query.get(Param::Region), None, "{search}");
            assert_eq!(s.region_from_language, None);
        }
        // Unreadable storage holds no entries: the language applies.
        let s = AppState::start("", Some("garbage")).with_language(Some("fr-FR"));
        assert_eq!(s.region_from_language, Some(Region::Eu));
    }

    #[test]
    fn remembering_and_the_first_edit_clear_the_notice() {
        let saved = encode(&Query::parse("?age=60"));
        let s = AppState::start("?age=30", Some(&saved));
        let s = run(s, vec![Action::Navigate(View::Quiz)]);
        assert_eq!(s.notice, Some(Notice::LinkShown), "navigation is no edit");
        let edited = run(s.clone(), vec![Action::Set(Param::Age, "31".into())]);
        assert_eq!((edited.notice, edited.edited), (None, true));
        let off = run(s, vec![Action::Remember(false)]);
        assert_eq!((off.remember, off.edited, off.notice), (false, true, None));
    }
}
