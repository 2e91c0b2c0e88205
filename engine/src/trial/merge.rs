//! Importing a diary file merges it by date (docs/contract.md §4.2: merge by date). The preview
//! lists what would change before anything does, so the person can confirm; entries only in the
//! current diary are always kept: an import never deletes. Merging re-checks the preview against
//! the diary as stored at that moment, so a day saved after the preview (the form, another tab)
//! is never overwritten without asking. Every step is a map by date: linear in the days (up to
//! a log factor), never a scan of the diary per incoming day.

use super::date::Date;
use super::diary::Diary;
use super::entry::Entry;
use std::collections::BTreeMap;

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

/// An incoming entry that would replace a day saved on this device after the preview was made:
/// never written without the person's word.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeConflict {
    /// What the device holds for the date now.
    pub stored: Entry,
    /// What the device held when the preview was made (`None`: the date was new then).
    pub previewed: Option<Entry>,
    /// The file's entry.
    pub incoming: Entry,
}

/// A preview checked against the diary as stored at the moment of merging.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergeCheck {
    /// Entries to write: their date holds now what the preview showed (or the date was deleted
    /// since), so writing them does what the person confirmed. Date order.
    pub write: Vec<Entry>,
    /// Dates saved since the preview with something else than the file's entry. Date order.
    pub conflicts: Vec<MergeConflict>,
    /// Dates that already hold the file's entry (saved since the preview): nothing to do.
    pub already: Vec<Date>,
}

impl Diary {
    /// What merging `incoming` into this diary would do. Changes nothing; see `apply` and
    /// `MergePreview::against`. One map lookup per incoming day.
    pub fn merge(&self, incoming: &Diary) -> MergePreview {
        let current = self.by_date();
        let mut preview = MergePreview::default();
        let mut shared = 0;
        for new in incoming.entries() {
            match current.get(&new.date()) {
                None => preview.added.push(new.clone()),
                Some(old) => {
                    shared += 1;
                    if *old == new {
                        preview.unchanged.push(new.date());
                    } else {
                        preview.changed.push(EntryChange {
                            old: (*old).clone(),
                            new: new.clone(),
                        });
                    }
                }
            }
        }
        preview.kept = self.len() - shared;
        preview
    }

    /// Writes the preview's added and changed entries. Only the dates listed there are touched,
    /// so an entry made since the preview (e.g. in another tab) on any other date survives. The
    /// app checks the preview against storage first (`MergePreview::against`).
    pub fn apply(&mut self, preview: &MergePreview) {
        let mut by_date: BTreeMap<Date, Entry> = std::mem::take(self)
            .entries()
            .iter()
            .map(|e| (e.date(), e.clone()))
            .collect();
        let incoming = preview
            .added
            .iter()
            .chain(preview.changed.iter().map(|c| &c.new));
        for e in incoming {
            by_date.insert(e.date(), e.clone());
        }
        *self = Diary::from_map(by_date);
    }
}

impl MergePreview {
    /// The preview checked against `current`, the diary as stored at the moment of merging
    /// (re-read, not the one the preview was made from). For each added or changed date: when
    /// the device holds what the preview showed (or nothing, after a delete), the file's entry
    /// is written; when it already holds the file's entry, nothing is; otherwise the day was
    /// saved after the preview and is a conflict, left for the person to decide. Dates the
    /// preview found unchanged are not touched either way.
    pub fn against(&self, current: &Diary) -> MergeCheck {
        let now = current.by_date();
        let mut incoming: Vec<(Option<&Entry>, &Entry)> = self
            .added
            .iter()
            .map(|e| (None, e))
            .chain(self.changed.iter().map(|c| (Some(&c.old), &c.new)))
            .collect();
        incoming.sort_by_key(|(_, e)| e.date());
        let mut check = MergeCheck::default();
        for (previewed, new) in incoming {
            match now.get(&new.date()).copied() {
                Some(stored) if stored == new => check.already.push(new.date()),
                Some(stored) if Some(stored) != previewed => check.conflicts.push(MergeConflict {
                    stored: stored.clone(),
                    previewed: previewed.cloned(),
                    incoming: new.clone(),
                }),
                _ => check.write.push(new.clone()),
            }
        }
        check
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

    #[test]
    fn a_day_saved_after_the_preview_is_a_conflict_not_overwritten() {
        // The preview was made with 12-01 stored and 12-03 absent; the file brings both.
        let at_preview = diary(vec![entry("2026-12-01", 5.0, "")]);
        let file = diary(vec![
            entry("2026-12-01", 6.0, "file"),
            entry("2026-12-02", 2.0, "file"),
            entry("2026-12-03", 4.0, "file"),
            entry("2026-12-04", 1.0, "file"),
        ]);
        let p = at_preview.merge(&file);
        assert_eq!((p.added.len(), p.changed.len()), (3, 1));
        // Since then the person saved 12-03 in the form, and another tab re-saved 12-01 and
        // saved 12-04 exactly as the file has it.
        let now = diary(vec![
            entry("2026-12-01", 3.0, "typed later"),
            entry("2026-12-03", 7.0, "typed later"),
            entry("2026-12-04", 1.0, "file"),
        ]);
        let check = p.against(&now);
        let dates = |v: &[Entry]| v.iter().map(|e| e.date().to_string()).collect::<Vec<_>>();
        assert_eq!(dates(&check.write), ["2026-12-02"]);
        assert_eq!(check.already, [date("2026-12-04")]);
        let conflicts: Vec<_> = check
            .conflicts
            .iter()
            .map(|c| {
                (
                    c.stored.date().to_string(),
                    c.stored.note(),
                    c.previewed.as_ref().map(Entry::symptoms),
                    c.incoming.symptoms(),
                )
            })
            .collect();
        assert_eq!(
            conflicts,
            [
                ("2026-12-01".into(), "typed later", Some(Some(5)), Some(6)),
                ("2026-12-03".into(), "typed later", None, Some(4)),
            ]
        );
    }

    #[test]
    fn an_unchanged_storage_writes_exactly_the_preview() {
        let current = diary(vec![
            entry("2026-12-01", 5.0, ""),
            entry("2026-12-05", 1.0, ""),
        ]);
        let file = diary(vec![
            entry("2026-12-01", 6.0, ""),
            entry("2026-12-02", 2.0, ""),
        ]);
        let p = current.merge(&file);
        let check = p.against(&current);
        assert!(check.conflicts.is_empty() && check.already.is_empty());
        let mut via_check = current.clone();
        for e in check.write {
            via_check.insert(e);
        }
        let mut via_apply = current.clone();
        via_apply.apply(&p);
        assert_eq!(via_check, via_apply);
        // A day deleted since the preview is simply written: nothing on the device is lost.
        let check = p.against(&diary(vec![entry("2026-12-05", 1.0, "")]));
        assert_eq!((check.write.len(), check.conflicts.len()), (2, 0));
    }

    #[test]
    fn ten_thousand_days_merge_in_one_pass() {
        let start = date("2000-01-01");
        let day = |i: i64, s: f64| {
            Entry::new(
                start.add_days(i).unwrap(),
                Some(s as u8),
                None,
                Some(0.0),
                false,
                "",
            )
            .unwrap()
        };
        let current = diary((0..10_000).step_by(2).map(|i| day(i, 5.0)).collect());
        let incoming = diary((0..10_000).map(|i| day(i, 6.0)).collect());
        let p = current.merge(&incoming);
        assert_eq!((p.added.len(), p.changed.len(), p.kept), (5_000, 5_000, 0));
        let mut merged = current.clone();
        merged.apply(&p);
        assert_eq!(merged, incoming);
        assert_eq!(p.against(&current).write.len(), 10_000);
    }
}
