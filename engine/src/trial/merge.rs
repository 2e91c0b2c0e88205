//! Importing a diary file merges it by date (docs/contract.md §4.2: merge by date). The preview
//! lists what would change before anything does, so the person can confirm; entries only in the
//! current diary are always kept: an import never deletes.

use super::date::Date;
use super::diary::Diary;
use super::entry::Entry;

/// An entry the import would replace.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryChange {
    pub old: Entry,
    pub new: Entry,
}

/// What merging an incoming diary would do, by date, each list in date order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergePreview {
    /// Dates the current diary does not have.
    pub added: Vec<Entry>,
    /// Dates both have, with different values: the incoming entry replaces the current one.
    pub changed: Vec<EntryChange>,
    /// Dates both have with identical values.
    pub unchanged: Vec<Date>,
    /// Entries only in the current diary (kept as they are).
    pub kept: usize,
}

impl MergePreview {
    /// Whether applying it would change nothing.
    pub fn is_no_op(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty()
    }
}

impl Diary {
    /// What merging `incoming` into this diary would do. Changes nothing; see `apply`.
    pub fn merge(&self, incoming: &Diary) -> MergePreview {
        let mut preview = MergePreview::default();
        for new in incoming.entries() {
            match self.get(new.date()) {
                None => preview.added.push(new.clone()),
                Some(old) if old == new => preview.unchanged.push(new.date()),
                Some(old) => preview.changed.push(EntryChange {
                    old: old.clone(),
                    new: new.clone(),
                }),
            }
        }
        preview.kept = self
            .entries()
            .iter()
            .filter(|e| incoming.get(e.date()).is_none())
            .count();
        preview
    }

    /// Writes the preview's added and changed entries. Only the dates listed there are touched,
    /// so an entry made since the preview (e.g. in another tab) on any other date survives.
    pub fn apply(&mut self, preview: &MergePreview) {
        for e in &preview.added {
            self.insert(e.clone());
        }
        for c in &preview.changed {
            self.insert(c.new.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(date: &str, symptoms: f64, note: &str) -> Entry {
        Entry::from_raw(date, Some(symptoms), Some(5.0), Some(200.0), false, note).unwrap()
    }

    fn diary(entries: Vec<Entry>) -> Diary {
        Diary::from_entries(entries).0
    }

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn preview_lists_added_changed_unchanged_and_kept() {
        let current = diary(vec![
            entry("2026-12-01", 5.0, ""),
            entry("2026-12-02", 4.0, ""),
            entry("2026-12-03", 3.0, "slept badly"),
        ]);
        let incoming = diary(vec![
            entry("2026-12-02", 4.0, ""),
            entry("2026-12-03", 3.0, "slept badly, storm"),
            entry("2026-12-04", 2.0, ""),
            entry("2026-11-30", 6.0, ""),
        ]);
        let p = current.merge(&incoming);
        let added: Vec<_> = p.added.iter().map(|e| e.date().to_string()).collect();
        assert_eq!(added, ["2026-11-30", "2026-12-04"]);
        assert_eq!(p.changed.len(), 1);
        assert_eq!(p.changed[0].old.note(), "slept badly");
        assert_eq!(p.changed[0].new.note(), "slept badly, storm");
        assert_eq!(p.unchanged, [date("2026-12-02")]);
        assert_eq!(p.kept, 1);
        assert!(!p.is_no_op());

        let mut merged = current.clone();
        merged.apply(&p);
        assert_eq!(merged.len(), 5);
        assert_eq!(
            merged.get(date("2026-12-01")),
            current.get(date("2026-12-01"))
        );
        assert_eq!(
            merged.get(date("2026-12-03")).unwrap().note(),
            "slept badly, storm"
        );
        assert_eq!(merged.get(date("2026-11-30")).unwrap().symptoms(), Some(6));
        // Merging the same file again changes nothing.
        let again = merged.merge(&incoming);
        assert!(again.is_no_op());
        assert_eq!(again.unchanged.len(), 4);
    }

    #[test]
    fn every_field_counts_as_a_change() {
        let base =
            Entry::from_raw("2026-12-01", Some(5.0), Some(5.0), Some(200.0), false, "").unwrap();
        let variants = [
            Entry::from_raw("2026-12-01", None, Some(5.0), Some(200.0), false, ""),
            Entry::from_raw("2026-12-01", Some(5.0), Some(6.0), Some(200.0), false, ""),
            Entry::from_raw("2026-12-01", Some(5.0), Some(5.0), None, false, ""),
            Entry::from_raw("2026-12-01", Some(5.0), Some(5.0), Some(0.0), false, ""),
            Entry::from_raw("2026-12-01", Some(5.0), Some(5.0), Some(200.0), true, ""),
            Entry::from_raw("2026-12-01", Some(5.0), Some(5.0), Some(200.0), false, " "),
        ];
        let current = diary(vec![base]);
        for v in variants {
            let p = current.merge(&diary(vec![v.unwrap()]));
            assert_eq!((p.changed.len(), p.unchanged.len()), (1, 0));
        }
    }

    #[test]
    fn merging_into_an_empty_diary_adds_everything_and_an_empty_import_does_nothing() {
        let incoming = diary(vec![
            entry("2026-12-01", 5.0, ""),
            entry("2026-12-02", 4.0, ""),
        ]);
        let mut empty = Diary::new();
        let p = empty.merge(&incoming);
        assert_eq!((p.added.len(), p.kept), (2, 0));
        empty.apply(&p);
        assert_eq!(empty, incoming);
        let p = incoming.merge(&Diary::new());
        assert!(p.is_no_op());
        assert_eq!(p.kept, 2);
    }

    #[test]
    fn apply_keeps_entries_made_after_the_preview() {
        let mut current = diary(vec![entry("2026-12-01", 5.0, "")]);
        let p = current.merge(&diary(vec![entry("2026-12-02", 4.0, "")]));
        current.insert(entry("2026-12-03", 1.0, "other tab"));
        current.apply(&p);
        assert_eq!(current.len(), 3);
        assert_eq!(current.get(date("2026-12-03")).unwrap().note(), "other tab");
    }
}
