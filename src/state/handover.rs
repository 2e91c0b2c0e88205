//! What the first-load app hands to the full build besides the URL (README, "Two builds"): the
//! state that lives only in memory — "Remember on this device", whether something was edited, the
//! start-up notice, how many screens were opened (so the next screen change still adds a history
//! entry) and the region chosen from the browser's language. Without it, Dose → Forms → Dose with
//! remembering on would say "This link's entries are shown…", which is false.
//!
//! The text is a query string of its own (`remember=1&edited=1&notice=restored&views=2&lang_region=eu`),
//! made and read here, pure; a part that cannot be read is left at its start-up value.

use super::app_state::{AppState, Notice};
use super::{Param, Query, Screen, View};
use mg_engine::region::Region;

impl Notice {
    fn as_str(self) -> &'static str {
        match self {
            Notice::Restored => "restored",
            Notice::LinkShown => "link",
            Notice::Unreadable => "unreadable",
        }
    }

    fn parse(s: &str) -> Option<Notice> {
        [Notice::Restored, Notice::LinkShown, Notice::Unreadable]
            .into_iter()
            .find(|n| n.as_str() == s)
    }
}

/// The in-memory part of `state`, as text for the full build.
pub fn carry(state: &AppState) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair("remember", if state.remember { "1" } else { "0" });
    out.append_pair("edited", if state.edited { "1" } else { "0" });
    if let Some(notice) = state.notice {
        out.append_pair("notice", notice.as_str());
    }
    out.append_pair("views", &state.view_changes.to_string());
    if let Some(region) = state.region_from_language {
        out.append_pair("lang_region", region.id());
    }
    out.finish()
}

/// Whether the link `search` opens straight on an on-demand screen (Quiz, Forms, About, Trial,
/// Report): then the full build starts without the first-load app (`crate::run`).
pub fn opens_on_demand(search: &str) -> bool {
    Query::parse(search)
        .get(Param::View)
        .and_then(View::parse)
        .is_some_and(|view| matches!(view.screen(), Screen::OnDemand(_)))
}

impl AppState {
    /// The full build's start: the entries from the address bar (`search`), the rest from what
    /// the first-load app `carried`. Storage is not read again: the first-load app already chose
    /// between the link and the remembered entries.
    pub fn resume(search: &str, carried: &str) -> AppState {
        let mut state = AppState::start(search, None);
        for (key, value) in form_urlencoded::parse(carried.as_bytes()) {
            match key.as_ref() {
                "remember" => state.remember = value == "1",
                "edited" => state.edited = value == "1",
                "notice" => state.notice = Notice::parse(&value),
                "views" => state.view_changes = value.parse().unwrap_or(0),
                "lang_region" => state.region_from_language = Region::parse(&value),
                _ => {}
            }
        }
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, View};
    use std::rc::Rc;
    use yew::Reducible;

    #[test]
    fn the_in_memory_state_survives_the_hand_over() {
        let stored = crate::state::stored::encode(&crate::state::Query::parse("?age=50&sex=male"));
        let first = AppState::start("?view=dose", Some(&stored));
        assert_eq!(first.notice, Some(Notice::Restored));
        let first = Rc::new(first).reduce(Action::Navigate(View::Forms));
        let full = AppState::resume(&first.query.to_search(), &carry(&first));
        assert_eq!(full.query, first.query);
        assert!(full.remember);
        assert!(!full.edited);
        assert_eq!(
            full.notice,
            Some(Notice::Restored),
            "never “this link's entries are shown”"
        );
        assert_eq!(full.view_changes, 1);
    }

    #[test]
    fn edits_and_the_language_region_are_carried() {
        let mut state = AppState::start("?age=40", None).with_language(Some("de-DE"));
        assert!(state.region_from_language.is_some());
        state.remember = true;
        state.edited = true;
        let full = AppState::resume(&state.query.to_search(), &carry(&state));
        assert_eq!(full, state);
    }

    #[test]
    fn only_a_link_to_an_on_demand_screen_skips_the_first_load_app() {
        for search in ["?view=forms", "?age=40&view=about", "?view=quiz&embed=1"] {
            assert!(opens_on_demand(search), "{search}");
        }
        for search in ["", "?age=40", "?view=dose", "?view=nope", "?view=Forms"] {
            assert!(!opens_on_demand(search), "{search}");
        }
    }

    #[test]
    fn unreadable_parts_keep_their_start_up_values() {
        let full = AppState::resume(
            "?age=40",
            "remember=yes&views=-3&notice=%00&lang_region=mars&x=1",
        );
        assert_eq!(full, AppState::start("?age=40", None));
    }
}
