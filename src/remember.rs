//! "Remember on this device": an opt-in copy of the entries in `localStorage`. Off by default;
//! a URL with parameters always wins; unreadable stored data is ignored with a notice.

use crate::url_state::Query;

const KEY: &str = "mg-rls:remember";
/// Version prefix, so a future format can tell old data apart.
const PREFIX: &str = "v1:";

/// What was found in storage at start-up.
// Read once at start-up and consumed at once: boxing the query would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    Nothing,
    Entries(Query),
    /// Present but not in our format (edited by hand, or written by another version).
    Corrupt,
}

pub fn encode(query: &Query) -> String {
    format!("{PREFIX}{}", query.to_search())
}

pub fn decode(text: &str) -> Stored {
    match text.strip_prefix(PREFIX) {
        Some("") => Stored::Entries(Query::default()),
        Some(search) if search.starts_with('?') && !search.contains(['\n', '\r', '#']) => {
            Stored::Entries(Query::parse(search))
        }
        _ => Stored::Corrupt,
    }
}

/// Storage can be missing or blocked (private modes, partitioned iframes): every call tolerates it.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Stored {
    match storage().and_then(|s| s.get_item(KEY).ok().flatten()) {
        Some(text) => decode(&text),
        None => Stored::Nothing,
    }
}

pub fn save(query: &Query) {
    if let Some(s) = storage() {
        // Only the entries: which screen is open and embed mode are not personal data.
        let mut q = query.clone();
        q.view = None;
        q.embed = None;
        let _ = s.set_item(KEY, &encode(&q));
    }
}

pub fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_corruption() {
        let q = Query::parse("?age=40&sex=female&meds=iron");
        assert_eq!(decode(&encode(&q)), Stored::Entries(q));
        assert_eq!(decode("v1:"), Stored::Entries(Query::default()));
        for bad in [
            "",
            "{\"age\":40}",
            "v2:?age=1",
            "v1:age=40",
            "v1:?a\nb",
            "\u{0}",
        ] {
            assert_eq!(decode(bad), Stored::Corrupt, "{bad:?}");
        }
    }
}
