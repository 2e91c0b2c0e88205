//! The entries kept by "Remember on this device", as text: a version prefix and the query
//! string. Pure; reading and writing `localStorage` is `crate::platform::storage`.

use super::params::{Param, Query};

/// Version prefix, so a future format can tell old data apart.
const PREFIX: &str = "v1:";

/// What was found in storage at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    Nothing,
    Entries(Box<Query>),
    /// Present but not in our format (edited by hand, or written by another version).
    Corrupt,
}

/// The text saved for `query`: only the entries (which screen is open and embed mode are not
/// personal data).
pub fn encode(query: &Query) -> String {
    let mut entries = query.clone();
    entries.view = None;
    entries.embed = None;
    format!("{PREFIX}{}", entries.to_search())
}

/// Reads what storage held (`None`: nothing saved, or storage unavailable).
pub fn decode(text: Option<&str>) -> Stored {
    let Some(text) = text else {
        return Stored::Nothing;
    };
    match text.strip_prefix(PREFIX) {
        Some("") => Stored::Entries(Box::default()),
        Some(search) if search.starts_with('?') && !search.contains(['\n', '\r', '#']) => {
            Stored::Entries(Box::new(Query::parse(search)))
        }
        _ => Stored::Corrupt,
    }
}

/// Whether `query` holds nothing but (at most) a screen: a bare link, which remembered entries
/// may fill in.
pub fn only_a_view(query: &Query) -> bool {
    query.params().all(|(p, v)| p == Param::View || v.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_corruption() {
        let q = Query::parse("?age=40&sex=female&meds=iron");
        assert_eq!(decode(Some(&encode(&q))), Stored::Entries(Box::new(q)));
        assert_eq!(decode(Some("v1:")), Stored::Entries(Box::default()));
        assert_eq!(decode(None), Stored::Nothing);
        for bad in [
            "",
            "{\"age\":40}",
            "v2:?age=1",
            "v1:age=40",
            "v1:?a\nb",
            "\u{0}",
        ] {
            assert_eq!(decode(Some(bad)), Stored::Corrupt, "{bad:?}");
        }
    }

    #[test]
    fn saves_entries_only() {
        let q = Query::parse("?view=quiz&age=40&embed=1&theme=dark");
        assert_eq!(encode(&q), "v1:?age=40&theme=dark");
        assert!(only_a_view(&Query::parse("?view=forms")));
        assert!(!only_a_view(&Query::parse("?view=forms&age=1")));
    }
}
