//! The diary file's `inputs` (docs/contract.md §4.2): the Dose entries as a canonical query
//! string, so a diary moved to another device brings what the report is made from. The screen,
//! embed mode and theme are not entries and are never carried. Written with the app's own
//! query serialisation (`Query::to_search`), read with its parser (`Query::parse`), which
//! ignores unknown parameters; checking each value stays the engine's job, as for any link.

use super::document::Lenient;
use crate::state::{Param, Query};
use serde_json::value::RawValue;

/// Not Dose entries: how the page is shown, not what the person entered.
const NOT_ENTRIES: [Param; 3] = [Param::View, Param::Embed, Param::Theme];

/// The longest `inputs` text read, in bytes: far beyond every parameter at once, so a larger
/// one is not from this app.
pub const MAX_LEN: usize = 4096;

/// `query` without the screen, embed mode and theme.
pub fn entries_only(query: &Query) -> Query {
    let mut entries = query.clone();
    for param in NOT_ENTRIES {
        *entries.slot_mut(param) = None;
    }
    entries
}

/// Whether `query` holds any Dose entry.
pub fn holds_entries(query: &Query) -> bool {
    entries_only(query).params().any(|(_, v)| v.is_some())
}

/// The export's `inputs`: the canonical query string of the entries (`?age=60&sex=female…`),
/// or `None` when nothing was entered.
pub fn for_export(query: &Query) -> Option<String> {
    Some(entries_only(query).to_search()).filter(|s| !s.is_empty())
}

/// The file's `inputs`, read: `Ok(None)` when it carries no entry, `Err` with the line to show
/// when it is not a query string.
pub fn read(raw: &RawValue) -> Result<Option<Query>, String> {
    let refused = |why: &str| format!("The Dose entries in the file were left out: {why}");
    match serde_json::from_str::<Option<Lenient<String>>>(raw.get()) {
        Ok(None) => Ok(None),
        Ok(Some(Lenient::Read(text))) if text.len() > MAX_LEN => Err(refused(&format!(
            "\"inputs\" is longer than {MAX_LEN} characters."
        ))),
        Ok(Some(Lenient::Read(text))) => {
            let query = entries_only(&Query::parse(&text));
            Ok(holds_entries(&query).then_some(query))
        }
        _ => Err(refused("\"inputs\" is not a query string (text).")),
    }
}

/// What an import should do to the page's entries: `Some(query)` — the current screen, embed
/// mode and theme with the file's entries — when the page holds no Dose entry (`current`, the
/// app's query, which already holds what "Remember on this device" restored) and the file
/// carries some; `None` otherwise (what the device holds always wins).
pub fn restore(current: &Query, imported: Option<&Query>) -> Option<Query> {
    let imported = imported.filter(|q| holds_entries(q))?;
    if holds_entries(current) {
        return None;
    }
    let mut next = entries_only(imported);
    for param in NOT_ENTRIES {
        *next.slot_mut(param) = current.slot(param).clone();
    }
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str) -> Box<RawValue> {
        RawValue::from_string(text.into()).unwrap()
    }

    #[test]
    fn the_export_leaves_out_view_embed_and_theme() {
        let q = Query::parse(
            "?view=trial&embed=1&theme=dark&age=60&meds=quinolone%4008%3A00&quiz=urge:y",
        );
        assert_eq!(
            for_export(&q).as_deref(),
            Some("?age=60&meds=quinolone%4008%3A00&quiz=urge%3Ay")
        );
        assert_eq!(for_export(&Query::parse("?view=trial&theme=dark")), None);
        assert_eq!(for_export(&Query::default()), None);
    }

    #[test]
    fn read_back_is_the_same_entries() {
        let q = Query::parse("?age=60&sex=female&egfr=25&ckd=yes&meds=integrase%4019%3A00");
        let text = serde_json::to_string(&for_export(&q)).unwrap();
        assert_eq!(read(&raw(&text)), Ok(Some(q)));
        // A file can not switch the screen, embed mode or theme.
        assert_eq!(
            read(&raw(r#""view=report&embed=1&theme=dark&age=40&utm=x""#)),
            Ok(Some(Query::parse("?age=40")))
        );
        assert_eq!(read(&raw(r#""view=report""#)), Ok(None));
        assert_eq!(read(&raw("null")), Ok(None));
        for bad in ["42", r#"{"age":40}"#, r#""\ud800""#] {
            assert!(
                read(&raw(bad)).unwrap_err().contains("not a query string"),
                "{bad}"
            );
        }
        let long = format!("\"age=1&note={}\"", "x".repeat(MAX_LEN));
        assert!(read(&raw(&long)).unwrap_err().contains("longer than"));
    }

    #[test]
    fn restored_only_where_the_page_holds_no_entry() {
        let file = Query::parse("?age=60&sex=female&form=citrate");
        let bare = Query::parse("?view=trial&theme=dark");
        assert_eq!(
            restore(&bare, Some(&file)),
            Some(Query::parse(
                "?view=trial&theme=dark&age=60&sex=female&form=citrate"
            ))
        );
        let mine = Query::parse("?view=trial&age=40");
        assert_eq!(restore(&mine, Some(&file)), None);
        assert_eq!(restore(&bare, None), None);
        assert_eq!(restore(&bare, Some(&Query::parse("?view=dose"))), None);
    }
}
